"""The product's own timeline scored on Timeline17, and the topic-disjoint split every T17 evaluation uses."""

from __future__ import annotations

import pytest

from storyline.evaluate.splits import T17_SPLITS, in_split, t17_topic
from storyline.evaluate.timeline import topic_folders
from tests.conftest import EVAL

T17 = EVAL / "timeline17" / "t17"


def test_splits_are_topic_disjoint() -> None:
    if not T17.is_dir():
        pytest.skip(f"Timeline17 not found at {T17}")
    dev, test = topic_folders(T17, "dev"), topic_folders(T17, "test")
    assert dev and test
    assert not {t17_topic(f) for f in dev} & {t17_topic(f) for f in test}
    assert {f.name for f in dev} | {f.name for f in test} == {f.name for f in topic_folders(T17, "all")}
    assert in_split("bpoil_reuters", "dev") and in_split("H1N1_bbc", "test") and set(T17_SPLITS) == {"dev", "test", "all"}


def test_the_product_timeline_is_scored_and_every_citation_checked() -> None:
    if not T17.is_dir():
        pytest.skip(f"Timeline17 not found at {T17}")
    from storyline.evaluate.story import run

    result = run(T17 / "haiti_bbc", limit=15, progress=False)
    (row,) = result["timelines"]
    assert row["articles"] >= 14 and row["system_dates"] >= 1  # a record with no text, or a copy of another, is not stored twice
    assert 0.0 <= row["date_f1"] <= 1.0 and row["citations"] > 100
    assert row["valid_share"] == 1.0  # every citation the store shows lies in its article and says what it is cited for
