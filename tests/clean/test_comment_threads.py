"""Reader comment threads under real CNN pages (Timeline17 LibyaWar_cnn): stamped comments go, the article stays."""

from __future__ import annotations

import json

import pytest

from storyline.model import RawDocument
from storyline.pipeline import clean_document
from tests.conftest import EVAL

LIBYA = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"


def test_a_stamped_comment_thread_is_removed_to_the_end_of_the_page() -> None:
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(LIBYA) if r["url"].endswith("/199"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    comments = [r for r in article.removed if r.reason == "reader comments"]
    assert len(comments) > 100  # every comment after the second stamp, with its reason
    assert "| Reply" not in article.text and "at 10:55 am" not in article.text
    assert "Koraan" not in article.text  # a reader's comment, not the article
    first_words = " ".join(record["text"].split()[:12]).replace(" ,", ",").replace(" .", ".").replace(" 's", "'s")
    assert article.text[article.body_start:].startswith(first_words[:30]) or first_words[:20] in article.text
