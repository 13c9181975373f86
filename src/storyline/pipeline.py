"""The storyline pipeline, read top to bottom.

Per article (one ``Analysis`` object passes through named stages, as a spaCy ``Doc`` does):

1. ``clean``     raw bytes -> Article: decoded text, boilerplate removed, title block, metadata
2. ``nlp``       spaCy pass over the clean text, with news-aware sentence boundaries
3. ``sentences`` sentence spans (never across a line break; closing quotes stay with their sentence)
4. ``mentions``  named-entity mentions from the body (not the title block, captions or footers)
5. ``quotes``    direct, partial and indirect quotes (and topics spoken of) with cue and speaker
6. ``timexes``   time expressions normalised against the article's own date

Per corpus (after each ingest, rebuilt from what is stored): publication-date inference from other
articles, entity resolution across articles, events, claims and the timeline.

Each stage declares what it ``requires`` and ``assigns``; ``run_stages`` checks both.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from storyline.model import NAME_LABELS, Article, Mention, Quote, RawDocument, Sentence, Timex
from storyline.spans import doc_sentences, strip_span


@dataclass
class Analysis:
    """Everything derived from one article; every item carries offsets into ``article.text``."""

    article: Article
    doc: Doc | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # stages that failed on this article, and why


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Analysis], Analysis]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def sentences_stage(analysis: Analysis) -> Analysis:
    """Sentence spans, trimmed of surrounding whitespace, numbered with their paragraph."""
    assert analysis.doc is not None
    text = analysis.article.text
    paragraph = 0
    previous_end = 0
    for span in doc_sentences(analysis.doc):
        start, end = strip_span(text, span.start_char, span.end_char)
        if start == end:
            continue
        if "\n" in text[previous_end:start]:
            paragraph += 1
        analysis.sentences.append(Sentence(analysis.article.id, len(analysis.sentences), start, end, paragraph))
        previous_end = end
    return analysis


def mentions_stage(analysis: Analysis) -> Analysis:
    """Named-entity mentions in the body only: the title block is title-case and misleads NER."""
    assert analysis.doc is not None
    body_start = analysis.article.body_start
    for ent in analysis.doc.ents:
        if ent.start_char < body_start or ent.label_ not in NAME_LABELS:
            continue
        analysis.mentions.append(
            Mention(analysis.article.id, ent.start_char, ent.end_char, ent.text, ent.label_)
        )
    return analysis


def quotes_stage(analysis: Analysis) -> Analysis:
    from storyline.analyse.quotes.attribution import extract_quotes

    assert analysis.doc is not None
    analysis.quotes = extract_quotes(analysis.doc, analysis.article.id, body_start=analysis.article.body_start)
    return analysis


def timexes_stage(analysis: Analysis) -> Analysis:
    from storyline.analyse.time.expressions import extract_timexes

    assert analysis.doc is not None
    analysis.timexes = extract_timexes(analysis.doc, analysis.article.id, anchor=analysis.article.published)
    return analysis


def available_stages() -> list[Stage]:
    """The per-article stages after ``clean`` and ``nlp``, in order."""
    return [
        Stage("sentences", sentences_stage, ("doc",), ("sentences",)),
        Stage("mentions", mentions_stage, ("doc",), ("mentions",)),
        Stage("quotes", quotes_stage, ("doc", "sentences"), ("quotes",)),
        Stage("timexes", timexes_stage, ("doc",), ("timexes",)),
    ]


def run_stages(analysis: Analysis, stages: list[Stage], *, timings: dict[str, float] | None = None) -> Analysis:
    """Pass one analysis through the stages, checking each returned an Analysis; optionally time them.

    A stage that fails on one article is recorded in ``analysis.errors`` (its output stays empty)
    and the article goes on through the stages that do not need it, as spaCy's pipeline sends
    every failure to one error handler instead of stopping the batch.
    """
    failed: set[str] = set()
    for stage in stages:
        for need in stage.requires:
            if getattr(analysis, need, None) is None:
                raise RuntimeError(f"stage '{stage.name}' needs '{need}', which no earlier stage set")
        if failed & set(stage.requires):
            analysis.errors.append(f"{stage.name}: skipped, it needs {', '.join(sorted(failed & set(stage.requires)))}")
            failed.update(stage.assigns)
            continue
        started = time.perf_counter()
        try:
            result = stage.func(analysis)
        except Exception as exc:  # one article's failure must not stop the batch or lose the article
            analysis.errors.append(f"{stage.name}: {exc.__class__.__name__}: {exc}")
            failed.update(stage.assigns)
            continue
        finally:
            if timings is not None:
                timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - started
        if not isinstance(result, Analysis):
            raise TypeError(f"stage '{stage.name}' returned {type(result).__name__}, not Analysis")
        analysis = result
    return analysis


def analyse_documents(
    articles: list[Article],
    nlp: Language,
    *,
    stages: list[Stage] | None = None,
    n_process: int = 1,
    timings: dict[str, float] | None = None,
    batch_size: int = 16,
) -> list[Analysis]:
    """Run spaCy over a batch of cleaned articles, then the per-article stages."""
    stages = available_stages() if stages is None else stages
    docs = nlp.pipe([article.text for article in articles], batch_size=batch_size, n_process=n_process)
    out = []
    for article in articles:
        started = time.perf_counter()
        doc = next(docs)
        if timings is not None:
            timings["spacy"] = timings.get("spacy", 0.0) + time.perf_counter() - started
        out.append(run_stages(Analysis(article=article, doc=doc), stages, timings=timings))
    return out


def clean_document(document: RawDocument) -> Article:
    from storyline.clean.article import build_article

    return build_article(document)
