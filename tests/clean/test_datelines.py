"""Datelines inside wire and newspaper copy: the captions and promos before them go, the story starts after them."""

from __future__ import annotations

import json

import pytest

from storyline.evaluate.t17 import topic_records
from storyline.model import Article, RawDocument
from storyline.pipeline import clean_document
from tests.conftest import EVAL

T17 = EVAL / "timeline17" / "t17"


def _cleaned(topic: str, uid: str) -> Article:
    folder = T17 / topic
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    return clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))


def test_captions_before_a_place_dateline_are_head_matter() -> None:
    """bpoil_foxnews (dev) pages open with photo captions and their credit ("... along the shoreline ... in Port Eads,
    La. AP NEW ORLEANS -- An oil spill ..."), and a Washington Post page with a gallery promo ("Oil execs in Senate
    hearing ... -- photos ... all at risk. PASS CHRISTIAN, MISS. -- In this Gulf Coast fishing town"): the story
    starts after the place and its double dash."""
    post = _cleaned("bpoil_washingtonpost", "278")
    assert post.text[post.body_start :].startswith("In this Gulf Coast fishing town")
    assert post.dateline == "PASS CHRISTIAN"
    assert any(r.reason == "head matter before the dateline" and "Oil execs in Senate hearing" in r.text for r in post.removed)
    fox = _cleaned("bpoil_foxnews", "765")
    assert fox.text[fox.body_start :].startswith("BP was confident Saturday")


def test_a_wire_dateline_after_the_pages_own_goes_too() -> None:
    """"NEW ORLEANS -- NEW ORLEANS (AP) -- Vast amounts of natural gas ..." (bpoil_foxnews, Penn-Treebank text): both
    datelines go and the agency is read from the second; a ticker in brackets ("BP (BP.L) Chief Executive Bob Dudley",
    bpoil_reuters) is no dateline."""
    fox = _cleaned("bpoil_foxnews", "697")
    assert fox.text[fox.body_start :].startswith("Vast amounts of natural gas")
    assert (fox.dateline, fox.agency) == ("NEW ORLEANS", "Associated Press")
    reuters = _cleaned("bpoil_reuters", "818")
    assert "BP (BP.L) Chief Executive Bob Dudley" in reuters.text


def test_a_pages_day_stamp_is_its_date_line_and_the_story_follows() -> None:
    """bpoil_washingtonpost (dev): 71 pages print "Wednesday, May 26, 2010; 4:26 PM" right before the story (or after
    a headline); it had opened the story's first sentence (events, quotes and the briefing carried "...; 4:26 PM As
    his administration comes under ..."). The stamp is the publication date line; what precedes it is the head."""
    post = _cleaned("bpoil_washingtonpost", "354")
    assert post.text[post.body_start :].startswith("As his administration comes under increasing criticism")
    assert any(r.reason == "publication date line" and "4:26 PM" in r.text for r in post.removed)
    headed = _cleaned("bpoil_washingtonpost", "2151")
    assert headed.text[headed.body_start :].startswith("Republican criticism of President Obama's response")


def test_a_live_pages_clock_stamps_are_cut_and_a_lone_year_is_not() -> None:
    """haiti_bbc's live pages open each entry with a 24-hour clock ("1746 UN humanitarian chief John Holmes says ..."),
    which had dated an entry to the year 1746; an article whose one sentence opens with a year keeps it."""
    folder = EVAL / "timeline17" / "t17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    records = {r["url"].rsplit("/", 1)[1]: r for r in topic_records(folder)}
    record = records["1580"]
    assert "1746 UN humanitarian chief John Holmes says" in record["text"]
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    assert "1746 UN" not in article.text and "UN humanitarian chief John Holmes says it will launch" in article.text
    assert sum(r.reason == "live page's time stamp" for r in article.removed) > 50
    lone = clean_document(RawDocument(source="lone-year", raw=b"1945 was the year the war ended. It ended in Europe first.\n",
                                      media_type="text/plain"))
    assert lone.text.startswith("1945 was the year")


def test_a_live_pages_stamps_inside_a_flattened_line_open_entries_and_a_chronologys_years_stay() -> None:
    """haiti_bbc (dev) 1580 and 640, live pages flattened to one line: a stamp after a caption has no sentence end
    before it ("... being taken from shops 2149 Mrs Clinton says ...", "... from the coast 1723 Haiti's Prime
    Minister ..."), so entries ran into each other (a quote ran on into "AFP news agency 1432 The International
    Monetary Fund ..."). Such a stamp is cut too, and its entry is a paragraph of its own; a chronology's years in running
    order ("2000 Dr Murray opens a practice ... 2006 Dr Murray meets ...") and a date's year stay."""
    folder = EVAL / "timeline17" / "t17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    records = {r["url"].rsplit("/", 1)[1]: r for r in topic_records(folder)}
    live = clean_document(RawDocument(source="1580", raw=json.dumps(records["1580"]).encode(), media_type="application/json"))
    assert "being taken from shops\n\nMrs Clinton says they will remain" in live.text
    other = clean_document(RawDocument(source="640", raw=json.dumps(records["640"]).encode(), media_type="application/json"))
    assert "1432" not in other.text and "\n\nThe International Monetary Fund is mustering" in other.text
    chronology = ("He studied medicine in Arizona. 2000 Dr Murray opens a practice in Las Vegas, expanding in 2006. "
                  "2006 Dr Murray meets the singer. 25 June 2009 Dr Murray finds him unconscious. 2010 Dr Murray is "
                  "charged. 2011 The trial begins. 2011 Dr Murray is found guilty of manslaughter.")
    kept = clean_document(RawDocument(source="chronology", raw=(chronology + "\n").encode(), media_type="text/plain"))
    assert " ".join(kept.text.split()) == chronology


def test_a_short_one_line_pages_headline_is_split_from_its_lead() -> None:
    """haiti_bbc (dev) 1208, a 310-character page printed as one line: "Bill Clinton appeals for Haiti earthquake aid The
    United Nations Special Envoy to Haiti, Bill Clinton, has called on ..." ran its headline into the lead, and the
    timeline read "Bill Clinton appeals for Haiti earthquake aid The United Nations ... has called". A short page's one
    line is cut at its head as a long page's first line was; a blog's name after "blog" opens no lead (435)."""
    clinton = _cleaned("haiti_bbc", "1208")
    assert clinton.text.startswith("Bill Clinton appeals for Haiti earthquake aid\n\nThe United Nations Special Envoy")
    blog = _cleaned("haiti_bbc", "435")
    assert "Erik Parker who runs online blog The Parker Report was in Port-au-Prince" in blog.text


def test_a_headline_its_lead_recaps_is_split_from_it() -> None:
    """bpoil_washingtonpost (dev) 1579, printed as one line: "BP lawyers challenge government's size estimate of Gulf of
    Mexico oil spill BP lawyers have said that government estimates of the size of the Gulf of Mexico oil spill are too
    big, ..." (no "The" opens the lead) made one sentence of headline and lead, and the ledger showed it contested by BP
    lawyers against the government (a wrong party of the 4297 claims draw). Where most of the words before a capital
    come back in the lead right after it, the words before are the headline; a name's capitals in a row ("the Health
    Protection Agency") are no seam."""
    page = _cleaned("bpoil_washingtonpost", "1579")
    assert page.text.startswith("BP lawyers challenge government's size estimate of Gulf of Mexico oil spill\n\nBP lawyers")
    assert page.text[page.body_start :].startswith("BP lawyers have said that government estimates")


def test_a_hyphen_dateline_after_a_pages_stamp_goes_and_labels_stay() -> None:
    """bpoil_washingtonpost (dev) 678: "Thursday , August 26 , 2010 ; 8:12 PM HOUSTON - Federal investigators on
    Thursday grilled ..." kept "HOUSTON - " in the text once the stamp went (a tokenized page's single hyphen was read as
    a caption head's), and the timeline showed "HOUSTON - Federal" as the one who grilled BP (a judge's wrong actor in
    the forty-ninth session's draw 6251). A dateline goes before a sentence; a caption head in capitals and a label with
    a colon ("PLEASE NOTE: We are unable to offer transcripts", haiti_bbc 632) stay."""
    grilled = _cleaned("bpoil_washingtonpost", "678")
    assert grilled.dateline == "HOUSTON" and grilled.text.startswith("Federal investigators on Thursday grilled")
    note = _cleaned("haiti_bbc", "632")
    assert note.dateline is None and note.text.startswith("PLEASE NOTE: We are unable")
