"""Timeline17 scorer: date F1, alignment ROUGE, dated sentences, and one real topic."""

from __future__ import annotations

import pytest

from storyline.evaluate.timeline import (
    alignment_rouge,
    date_f1,
    dated_sentences,
    detokenize,
    load_topics,
    score_topic,
    topic_folders,
)
from tests.conftest import REPO

T17 = REPO.parent / "shared" / "eval" / "timeline17" / "t17"


def test_date_f1() -> None:
    assert date_f1({"2010-04-20", "2010-05-01"}, {"2010-04-20"}) == pytest.approx(2 / 3)
    assert date_f1(set(), {"2010-04-20"}) == 0.0


def test_alignment_rouge_rewards_near_dates_less_than_exact_ones() -> None:
    gold = {"2010-04-20": ["The Deepwater Horizon rig explodes in the Gulf of Mexico."]}
    exact = alignment_rouge({"2010-04-20": ["The Deepwater Horizon rig explodes in the Gulf of Mexico."]}, gold, 1)
    near = alignment_rouge({"2010-04-22": ["The Deepwater Horizon rig explodes in the Gulf of Mexico."]}, gold, 1)
    assert exact == pytest.approx(1.0) and near == pytest.approx(1 / 3)


def test_sentences_are_dated_from_the_publication_date() -> None:
    article = {"dct": "2010-04-22", "text": "The rig exploded on Tuesday , killing 11 workers . Officials said the leak was small ."}
    rows = dated_sentences(article)
    assert rows[0][1] == ["2010-04-20"] and rows[1][1] == []
    assert detokenize("the rig -LRB- BP 's -RRB- sank , officials said .") == "the rig (BP's) sank, officials said."


def test_one_dev_topic_scores_above_chance() -> None:
    if not T17.is_dir():
        pytest.skip(f"Timeline17 copy missing at {T17}")
    folder = next(f for f in topic_folders(T17, "dev") if f.name == "haiti_bbc")
    topic = load_topics(folder)[0]
    result = score_topic(topic)
    assert result["date_f1"] >= 0.5 and result["ar1_f"] > 0.05
