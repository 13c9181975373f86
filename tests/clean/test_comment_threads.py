"""Reader comment threads under real CNN pages (Timeline17 LibyaWar_cnn): stamped comments go, the article stays."""

from __future__ import annotations

import json
from typing import Any

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
    assert len(article.text[article.body_start:].split()) > 50  # the article itself stays (184 is a 60-word brief)


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


def _t17_article(topic: str, uid: str) -> tuple[dict[str, str], Any]:
    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    return record, clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))


@pytest.mark.parametrize(("topic", "uid", "header", "comment"), [
    ("bpoil_bbc", "1317", "pzero wrote", "I think the response by BP is admirable"),  # "At 10:14 am on 28 May 2010, pzero wrote:"
    ("bpoil_bbc", "1671", "Uphios wrote", "I look at that 8% dividend"),  # "At 16:23 1st Jun 2010, Uphios wrote:"
    ("haiti_bbc", "1702", "WebAliceinwonderland wrote", "stupid of me, awful"),
])
def test_a_comment_header_naming_its_writer_opens_the_thread(topic: str, uid: str, header: str, comment: str) -> None:
    record, article = _t17_article(topic, uid)
    assert header.replace(" wrote", " wrote :") in record["text"]
    assert header not in article.text and comment not in article.text
    assert any(r.reason == "reader comments" and header in r.text for r in article.removed)
    assert len(article.text[article.body_start:].split()) > 100  # the post itself stays


@pytest.mark.parametrize(("topic", "uid", "last_words", "links"), [
    ("haiti_bbc", "531", "Oxfam was pressing for the camps to be smaller, she added.", "hrs ago"),
    # a one-line page: the story's last sentence runs into the disclaimer and stays
    ("bpoil_bbc", "88", "over the next 10 years.", "The pun"),
])
def test_the_disclaimer_for_external_sites_and_its_links_go(topic: str, uid: str, last_words: str, links: str) -> None:
    record, article = _t17_article(topic, uid)
    assert "not responsible for the content of external" in record["text"]
    assert article.text.endswith(last_words)
    assert "not responsible" not in article.text and links not in article.text
    assert any(r.reason.startswith("disclaimer for external sites") for r in article.removed)


WAPO = EVAL / "timeline17" / "t17" / "bpoil_washingtonpost"


@pytest.mark.parametrize(("uid", "kept", "gone"), [
    # a call for comments, then the readers' ("Are the teabaggers going to do anything ...")
    ("1796", "can't be done at the risk of having to spend billions", "teabaggers"),
    # "Please email us to report offensive comments.", then the comments
    ("312", "What story lines have you noticed", "there really is a Santa Claus"),
    # the comment system's legend: "This commenter is a Washington Post editor ...", "You must be logged in ..."
    ("47", "Deepwater Horizon", "This commenter is a Washington Post"),
    # a blog's post stamps: "Posted by Arthur Waskow, on July 21, 2010 4:21 PM"
    ("1518", "Is the Gulf oil spill also a moral crisis?", "Posted by Arthur Waskow"),
    # "The comments to this entry are closed." under a blog entry
    ("99", "migratory birds as a natural resource", "comments to this entry are closed"),
])
def test_a_comment_systems_furniture_and_the_thread_under_it_go(uid: str, kept: str, gone: str) -> None:
    """Washington Post pages print their comment system's calls, rules and legend in the text, with the readers'
    comments after them; the furniture and the thread go, the article stays."""
    if not WAPO.is_dir():
        pytest.skip(f"Timeline17 not found at {WAPO}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(WAPO) if r["url"].endswith(f"/{uid}"))
    assert gone in record["text"]
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert kept in article.text
    assert gone not in article.text
    assert any("comment" in r.reason for r in article.removed)


@pytest.mark.parametrize(("uid", "credit", "kept"), [
    ("1122", "Tracy A. Woodward/the Washington Post", "Lamar McKay, the BP official who visited Capitol Hill"),
    ("272", "Ian Shapira - Washington Post", "Marco Mora, an auto body shop owner"),
])
def test_a_bracketed_photo_credit_is_cut_out_alone(uid: str, credit: str, kept: str) -> None:
    """Washington Post pages print a photo's credit in brackets after its caption and before the story goes on
    ("... take blame for the spill. (Tracy A. Woodward/the Washington Post) Lamar McKay, the BP official ..."): the
    timeline had opened an event on it. The credit goes with its reason; the words around it stay."""
    if not WAPO.is_dir():
        pytest.skip(f"Timeline17 not found at {WAPO}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(WAPO) if r["url"].endswith(f"/{uid}"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert credit.split(" ")[0] + " " in record["text"] and kept in article.text
    assert credit not in article.text and credit.split("/")[0].split(" - ")[0] not in article.text
    assert any(r.reason == "photo credit" for r in article.removed)


def test_the_comments_between_the_first_stamp_and_the_second_go_too() -> None:
    """LibyaWar_cnn (dev) 363, a blog post: 'March 23, 2011 at 4:24 pm | Reply So which country is stepping up ...? In
    your reply please also include the link ... NATO just refused to take the lead due to Turkey voting no ...' The
    second stamp shows the thread; the comments between the first and the second had stayed, and "NATO just refused
    to take the lead" became an event."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(LIBYA) if r["url"].endswith("/363"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert "NATO just refused to take the lead" not in article.text and "In your reply" not in article.text
    assert any(r.reason == "reader comments" and "NATO just refused" in r.text for r in article.removed)
    assert article.text.startswith("Ezra Klein thinks there are better things to do with our money")
    assert "Next up: five arguments in favor of intervention." in article.text  # the post itself stays


def test_the_readers_voice_before_the_first_stamp_is_read_with_the_thread() -> None:
    """LibyaWar_cnn (dev) 336, a blog post that asks its readers, then their answers ('Let the British do it. Gadhafi's
    their buddy. Didn't the British let out that “dying” terrorist ...?'), each closed by its stamp. Read alone, the
    answers before the first stamp were too few to be a readers' run; read with the stamped thread after them, they
    go, and the post stays."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(LIBYA) if r["url"].endswith("/336"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert "Gadhafi's their buddy" not in article.text and "Paul Wolfowitz" not in article.text
    assert "foreign affairs analyst Nile Gardiner asks whether tyrants even fear the United States" in article.text


def test_an_archive_pages_stamped_teasers_of_other_stories_go() -> None:
    """LibyaWar_cnn (dev) 159, published 2011-08-13: after its own lead, the page lists other stories, each under its
    own stamp ("Gunners pound rebels, embassies sacked after Gadhafi's son said killed updated: Sun May 01 2011
    19:01:00 Government forces pounded rebel-held cities ... on Sunday ..."). Read as the page's text, May 1's shelling
    was dated by the page's date (a "Sunday" in August) and led the briefing. The teasers go from the first stamp on;
    the page's own lead stays."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    record = next(r for r in topic_records(LIBYA) if r["url"].endswith("/159"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert "updated:" not in article.text and "Government forces pounded rebel-held cities" not in article.text
    assert article.text.startswith("Rebels said Saturday that they were gaining traction in a series of offensives")
    assert any("Sun May 01 2011" in r.text for r in article.removed)
