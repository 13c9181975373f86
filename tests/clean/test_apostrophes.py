"""Pages that lost their apostrophes ("Allen s reckoning", "couldn t") get them back, mapped to their raw text."""

from __future__ import annotations

import json

import pytest

from storyline.clean.apostrophes import lost_apostrophes, restore_apostrophes
from storyline.clean.detokenize import joined
from storyline.evaluate.t17 import topic_records
from storyline.model import Article, RawDocument
from storyline.pipeline import clean_document
from tests.conftest import EVAL

T17 = EVAL / "timeline17" / "t17"


def _cleaned(topic: str, uid: str) -> tuple[str, Article]:
    folder = T17 / topic
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    raw = json.dumps(record).encode()
    return record["text"], clean_document(RawDocument(source=record["url"], raw=raw, media_type="application/json"))


def test_lost_apostrophes_come_back_in_the_clean_text() -> None:
    """bpoil_washingtonpost (dev): "according to Allen s reckoning", "couldn t", "that s a source" had made "Allen s"
    and "s" persons (50 mentions); the clean text reads as printed, and every verbatim segment still points at the
    same characters of the raw text."""
    raw, article = _cleaned("bpoil_washingtonpost", "34")
    assert "Allen s reckoning" in raw and "Allen’s reckoning" in article.text
    assert "couldn’t" in article.text and " couldn t " not in article.text
    for segment in article.segments:
        shown = article.text[segment.start : segment.start + segment.length]
        assert shown == raw[segment.raw_start : segment.raw_start + segment.length]


def test_only_a_text_that_lost_them_is_repaired() -> None:
    """A teaser cut short ("believed to be dumping s. . .", bpoil_foxnews), one stray "s", "re-sent" and printed
    apostrophes are left alone."""
    assert not lost_apostrophes("the spill that is believed to be dumping s. . . The U.S. Justice Department said")
    assert not lost_apostrophes("Obama's plan is fine, he said; it's the letters we re-sent that s")
    text = "I think that s a source of frustration, and they ve left; we re told it won t stop."
    pieces = restore_apostrophes([(7, text)])
    assert joined(pieces) == "I think that’s a source of frustration, and they’ve left; we’re told it won’t stop."
    for start, piece in pieces:
        assert start is None or text[start - 7 : start - 7 + len(piece)] == piece
