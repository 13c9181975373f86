"""Stage ``entities``: mentions resolved across articles into entities, from per-article facts.

Each article's candidates, roles, acronyms and garble suspects are read from its Doc once and kept
(``ArticleEntities``, fingerprinted by the article's mentions and date); the corpus merge
(``cluster_entities``) is pure over those facts and needs no Doc; the full-text index tells it which articles to read
for the lower-case uses of a would-be name capitalised only by its place (``common_words``).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from storyline.analyse.entities.common_words import CommonWords
from storyline.analyse.entities.resolve import (
    ArticleEntities,
    EntityInput,
    article_entities,
    cluster_entities,
)
from storyline.corpus.facts import fingerprint
from storyline.corpus.state import CorpusState
from storyline.model import Mention


def resolve(state: CorpusState) -> None:
    table = state.table("entities")
    mentions = state.by_article(state.mentions)
    facts: list[ArticleEntities] = []
    for article in state.articles:
        rows = mentions[article["id"]]
        key = fingerprint("entities", article["id"], article["published"], article["body_start"],
                          [(m["start"], m["end"], m["text"], m["label"]) for m in rows])
        facts.append(table.get(article["id"], key, partial(_compute, state, article, rows)))
    state.entity_facts = facts
    texts = {article["id"]: article["text"] for article in state.articles}
    state.resolution = cluster_entities(facts, CommonWords(lambda a: texts.get(a, ""), state.word_articles))


def _compute(state: CorpusState, article: dict[str, Any], rows: list[dict[str, Any]]) -> ArticleEntities:
    return article_entities(EntityInput(
        article_id=article["id"], published=article["published"], text=article["text"], doc=state.docs.get(article["id"]),
        mentions=[Mention(m["article"], m["start"], m["end"], m["text"], m["label"]) for m in rows],
        body_start=int(article["body_start"] or 0),
    ))
