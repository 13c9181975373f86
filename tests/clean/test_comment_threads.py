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


@pytest.mark.parametrize(("uid", "stamp"), [("184", "03:55 pm at 3:55 pm"), ("389", "4:07 am ET")])
def test_stamps_with_the_time_twice_or_a_time_zone_open_a_thread(uid: str, stamp: str) -> None:
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(LIBYA) if r["url"].endswith(f"/{uid}"))
    assert stamp in record["text"]
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert stamp not in article.text
    assert any(r.reason == "reader comments" and stamp in r.text for r in article.removed)
    assert len(article.text[article.body_start:].split()) > 80  # the article itself stays


def test_highlights_before_an_inline_dateline_are_head_matter() -> None:
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(LIBYA) if r["url"].endswith("/134"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    # byline, photo caption and four story highlights ran together ahead of "(CNN) --" on the page's one line
    assert article.text.startswith("At least 20 people were killed and 200 more were injured Friday")
    head = [r for r in article.removed if r.reason == "head matter before the dateline"]
    assert head and "Tanks surrounded demonstrators" in " ".join(r.text for r in head)
    assert "(CNN) --" not in article.text[:200]


@pytest.mark.parametrize(("uid", "last_words", "comment"), [
    ("303", "one that will perhaps prove unbridgeable", "Liars Anonymous"),
    ("299", "former loyalists and former rebels can co-exist", "puppet to the devil"),
    ("85", "overreactions on the part of the Libyans", "The reasons mentioned here are real"),
])
def test_what_follows_an_opinion_pieces_closing_disclaimer_is_not_the_piece(uid: str, last_words: str, comment: str) -> None:
    """CNN op-eds end "The views expressed in this article are solely those of X."; the unstamped reader comments and
    links printed after it (a 4,000-character rant about "Liars Anonymous") go, the piece and its disclaimer stay."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.clean.genre import is_opinion
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(LIBYA) if r["url"].endswith(f"/{uid}"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert last_words in article.text and is_opinion(article.text)
    assert comment not in article.text
    assert any(comment in r.text and "disclaimer" in r.reason for r in article.removed)


def test_a_disclaimer_before_the_piece_closes_nothing() -> None:
    """An editor's note on top carries the same disclaimer: it opens the piece, and nothing after it is cut."""
    from storyline.clean.lines import clean_lines

    text = ("Editor's note: Peter Bergen is CNN's national security analyst. The opinions expressed in this commentary "
            "are solely those of Peter Bergen.\n\nThe rebels took the town of Brega on Monday after a week of fighting.\n\n"
            "NATO said its jets had struck tanks outside the town.")
    cleaned = clean_lines(text)
    assert "NATO said its jets had struck tanks" in cleaned.text
    assert not any("disclaimer" in r.reason for r in cleaned.removed)


def test_a_comment_forms_policy_lines_go() -> None:
    """LibyaWar_cnn: "(required, but will not be displayed) CNN welcomes a lively and courteous discussion as long as
    you follow the Rules of Conduct ...", "Comments are not pre-screened before they post." stayed in twelve articles'
    text and became an event of ten sources; they are comment-form furniture."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    records = [r for r in topic_records(LIBYA) if "welcomes a lively and courteous discussion" in " ".join(r["text"].split())]
    assert len(records) >= 5
    for record in records:
        article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
        for phrase in ("welcomes a lively and courteous discussion", "not pre-screened", "will not be displayed"):
            assert phrase not in article.text, (record["url"], phrase)
        if record["url"].endswith("/9"):  # a live blog's article: its news stays (other pages are comment threads only)
            assert "After days of unrest, at least 219 people" in article.text
