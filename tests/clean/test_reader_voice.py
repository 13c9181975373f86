"""Reader comments printed bare under real pages (Timeline17 dev topics): the thread goes, the article stays.

A run of lines that speak as "I"/"we" and to "you", exclaim and shout, at the foot of a page whose article does not,
is the readers'; so is what follows a comment policy under the article. A reporter's own "I" (a photographer's
diary, a correspondent's closing thought), a transcript's "you" and a call for readers' views in the middle of a
page are not touched.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from storyline.clean.reader_voice import loud, reader_run, reader_voice
from storyline.model import Article, RawDocument
from storyline.pipeline import clean_document
from tests.conftest import EVAL

T17 = EVAL / "timeline17" / "t17"
CUT = ("reader voice", "after the comment policy")


@cache
def _records(topic: str) -> dict[str, dict[str, str]]:
    from storyline.evaluate.t17 import topic_records

    return {r["url"].rsplit("/", 1)[1]: r for r in topic_records(T17 / topic)}


def _clean(topic: str, uid: str) -> Article:
    if not (T17 / topic).is_dir():
        pytest.skip(f"Timeline17 not found at {T17 / topic}")
    record = _records(topic)[uid]
    return clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))


def _cut(article: Article) -> str:
    return " ".join(r.text for r in article.removed if r.reason.startswith(CUT))


def test_a_bare_comment_thread_under_a_live_blog_is_cut() -> None:
    article = _clean("LibyaWar_cnn", "376")
    assert "One thing President Bush was right about" not in article.text  # a reader, not George W. Bush
    assert "IF UN WANTS TO FREE LIBYAN PEOPLE" not in article.text
    assert "One thing President Bush was right about" in _cut(article)
    # the live blog above it stays, to its last entry
    assert "U.S. officials have said they plan to hand over operational control" in article.text
    assert "French government spokesman Francois Baroin" in article.text


def test_what_follows_a_comment_policy_under_the_article_is_comments() -> None:
    article = _clean("bpoil_reuters", "108")
    assert "The Russians executed the chief of operations at Chernobyl" not in article.text
    assert any(r.reason.startswith("after the comment policy") for r in article.removed)
    assert article.text.rstrip().endswith("“game-changer.”")


def test_a_call_for_readers_views_closing_a_page_is_cut() -> None:
    article = _clean("bpoil_bbc", "1214")
    assert "Do you live in the Gulf of Mexico region" in _cut(article)
    assert "Do you live in" not in article.text
    assert "80,000 barrels" in article.text


@pytest.mark.parametrize(("topic", "uid", "kept"), [
    ("bpoil_reuters", "1078", "I accompanied a Reuters TV crew"),  # a photographer's diary under his own article
    ("haiti_bbc", "151", "He is a dignified young man and I respect him greatly"),  # a correspondent's closing thought
    ("bpoil_foxnews", "1090", "Nice to see you"),  # an interview transcript: its speakers say "I" and "you"
    ("bpoil_washingtonpost", "571", "I'm one of the three collaborators on the computer simulations"),  # a live Q&A
])
def test_a_reporters_or_a_transcripts_first_person_stays(topic: str, uid: str, kept: str) -> None:
    article = _clean(topic, uid)
    assert kept in article.text
    assert kept not in _cut(article)


def test_reader_voice_of_single_lines() -> None:
    assert reader_voice("I know everyone is up in arms about us being in conflict with another arab country .")
    assert reader_voice("Have you been affected by the earthquake ?")
    assert loud("Have you been affected by the earthquake ?")  # a question to the reader
    assert loud("IT SOUNDS INHUMAN BUT TO MINIMIZE THE DAMAGE , THIS IS THE WAY")
    assert loud("@Jim Briesle hi jim !")
    assert not loud("I respect him greatly .")  # first person alone is not a reader's
    # a line with a quotation or an attribution is the article's, whatever its voice
    assert not reader_voice("“I cared for him,” Murray told police .")
    assert not reader_voice("We will fight to the end , Gadhafi said .")
    assert not reader_voice("NATO struck a compound in Tripoli on Monday .")


def test_the_seam_needs_an_article_above_and_a_reader_run_below() -> None:
    article = ["NATO struck a compound in Tripoli on Monday ."] * 6
    comments = ["I think this is wrong !", "Why do you believe them ?", "We should stay out of it ."]
    assert reader_run(article + comments) == 6
    assert reader_run(article[:3] + comments) is None  # too little article above
    assert reader_run(article + comments[:2]) is None  # too short a run
    assert reader_run(["I went to Benghazi ."] * 6 + comments) is None  # first person all through: no seam
    assert reader_run(["“I will die here ."] + article + comments) is None  # an open quotation runs on
