"""Quotes and speakers on the seed articles, PolNeAR train sentences and hand-built strings."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from storyline.analyse.quotes.attribution import extract_quotes, find_quote_spans
from storyline.clean.article import build_article
from storyline.model import Article, Quote, RawDocument
from storyline.nlp import load_nlp
from tests.conftest import SEEDS, SHARED

POLNEAR_TRAIN = SHARED / "eval" / "polnear" / "data" / "train" / "text"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles missing at {SEEDS}")


@cache
def seed(prefix: str) -> tuple[Article, list[Quote]]:
    """The cleaned seed article and its quotes."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    article = build_article(RawDocument(source=str(path), raw=path.read_bytes(), media_type="text/plain"))
    doc = load_nlp()(article.text)
    return article, extract_quotes(doc, article.id, body_start=article.body_start)


def _t17_article(topic: str, uid: str):  # type: ignore[no-untyped-def]
    """One Timeline17 article, cleaned as the product cleans it."""
    import json

    import pytest

    from storyline.evaluate.t17 import topic_records
    from storyline.model import RawDocument
    from storyline.pipeline import clean_document
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    return clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(load_nlp()(text), "t")


def find(quotes: list[Quote], prefix: str, kind: str | None = None) -> Quote:
    hits = [q for q in quotes if q.text.startswith(prefix) and (kind is None or q.kind == kind)]
    assert hits, f"no quote starting {prefix!r}"
    return hits[0]


# Expected speaker of every direct quote (content prefix -> speaker, named).
DIRECT_000 = {
    "It is a matter of concern and it is a matter": ("White House", True),
    "It's something our intelligence": ("Jake Sullivan", True),
    "This is also a dynamic picture": ("Jake Sullivan", True),
    "it is a matter of concern and it is a matter": ("Jake Sullivan", True),
    "Russia is a permanent member": ("Jake Sullivan", True),
    "It has a heightened responsibility": ("Jake Sullivan", True),
}
DIRECT_001 = {
    "In a similar fashion": ("John Kirby", True),
    "Certainly, any arrangement": ("John Kirby", True),
    "What's going on in the Donbas": ("John Kirby", True),
    "I have said on the record": ("John Kirby", True),
    "If they decide to move forward": ("John Kirby", True),
    "As I have said before": ("John Kirby", True),
    "Of course, the relationship": ("Antony Blinken", True),
    "We are looking to make sure": ("Antony Blinken", True),
    "We also don't want": ("Antony Blinken", True),
    "We are working with other countries": ("Antony Blinken", True),
    "Now a year and a half later": ("Matthew Miller", True),
    "So, it says something": ("Matthew Miller", True),
    "I don't think at the beginning": ("Matthew Miller", True),
}
DIRECT_003 = {
    "We are aware of reports": ("A U.S. State Department spokesperson", False),
    "Deepening military cooperation": ("A U.S. State Department spokesperson", False),
    "We have seen over the past few months": ("Matthew Miller", True),
    "We have seen those munitions": ("Matthew Miller", True),
    "We are not concerned about": ("John Kirby", True),
    "But because there could be": ("John Kirby", True),
}


@needs_seeds
@pytest.mark.parametrize(("prefix", "expected"), [("000", DIRECT_000), ("001", DIRECT_001), ("003", DIRECT_003)])
def test_every_direct_quote_has_the_right_speaker(prefix: str, expected: dict[str, tuple[str, bool]]) -> None:
    _, quotes = seed(prefix)
    direct = [q for q in quotes if q.kind == "direct"]
    got = {}
    for q in direct:
        key = next((k for k in expected if q.text.startswith(k)), q.text[:40])
        got[key] = (q.speaker, q.speaker_named)
    assert got == expected


@needs_seeds
def test_offsets_point_into_the_clean_text() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        article, quotes = seed(prefix)
        assert quotes
        for q in quotes:
            assert article.text[q.start : q.end] == q.text
            assert q.text == q.text.strip() and q.text[0] not in "\"“‘'"
            if q.cue is not None:
                assert article.text[q.cue_start : q.cue_end] == q.cue
            assert q.speaker_entity is None and q.id is None and q.group is None


@needs_seeds
def test_he_added_resolves_to_the_named_speaker_with_role() -> None:
    article, quotes = seed("000")
    q = find(quotes, "This is also a dynamic picture")
    assert q.cue == "added"
    assert article.text[q.speaker_start : q.speaker_end] == "he"
    assert q.speaker == "Jake Sullivan" and q.speaker_role == "National Security Advisor"


@needs_seeds
def test_appositive_gives_the_role() -> None:
    _, quotes = seed("001")
    q = find(quotes, "In a similar fashion")
    assert q.speaker == "John Kirby" and q.speaker_role == "NSC strategic communications coordinator"


@needs_seeds
def test_passive_was_quoted_as_saying() -> None:
    article, quotes = seed("001")
    q = find(quotes, "Of course, the relationship")
    assert q.cue == "quoted"
    assert article.text[q.speaker_start : q.speaker_end] == "Blinken"


@needs_seeds
def test_role_noun_goes_back_to_the_named_official() -> None:
    article, quotes = seed("001")
    q = find(quotes, "the US does not have full visibility", "indirect")
    assert article.text[q.speaker_start : q.speaker_end] == "The NSC official"
    assert q.speaker == "John Kirby"


@needs_seeds
def test_unnamed_spokesperson_stays_unnamed_until_miller_is_introduced() -> None:
    _, quotes = seed("003")
    first = find(quotes, "We are aware of reports")
    assert not first.speaker_named
    assert first.speaker_role == "U.S. State Department spokesperson"
    assert all(q.speaker != "Matthew Miller" for q in quotes if q.start < first.end + 400)


@needs_seeds
def test_partial_quotes_inside_reported_speech() -> None:
    _, quotes = seed("001")
    begging = find(quotes, "begging", "partial")
    assert begging.cue == "characterized" and begging.speaker == "Matthew Miller"
    closely = find(quotes, "very closely", "partial")
    assert closely.cue == "reiterated" and closely.speaker == "Matthew Miller"
    concern = find(quotes, "significant concern", "partial")
    assert concern.speaker == "John Kirby"


@needs_seeds
def test_indirect_speech_with_content_clause() -> None:
    _, quotes = seed("000")
    q = find(quotes, "that the US is not yet asserting", "indirect")
    assert q.cue == "maintained" and q.speaker == "Jake Sullivan"
    _, quotes = seed("002")
    q = find(quotes, "Russia of firing dozens", "indirect")
    assert q.cue == "accused" and q.speaker == "Robert Wood"


@needs_seeds
def test_single_quoted_headline_quotes() -> None:
    article, quotes = seed("000")
    title = [q for q in quotes if q.start < article.body_start]
    assert [q.text for q in title][:1] == ["taking a hard look"]
    sub = find(quotes, "It is a matter of concern and it is a matter")
    assert sub.start < article.body_start and sub.cue == "says" and sub.speaker == "White House"


@needs_seeds
def test_no_quote_goes_to_an_organisation_when_a_person_is_named() -> None:
    _, quotes = seed("001")
    speakers = {q.speaker for q in quotes if q.kind == "direct"}
    assert speakers == {"John Kirby", "Antony Blinken", "Matthew Miller"}


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason=f"PolNeAR train texts missing at {POLNEAR_TRAIN}")
def test_quote_split_by_its_attribution_polnear() -> None:
    text = (POLNEAR_TRAIN / "breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza.txt").read_text(encoding="utf-8")
    start = text.index("Brafman said, “The zeal")
    end = text.index("Brafman finally sat down")
    quotes = quotes_of(text[start:end])
    judge = find(quotes, "Judge")
    rest = find(quotes, "I have never had that happen")
    assert judge.cue == rest.cue == "said"
    assert judge.speaker == rest.speaker == "Brafman"
    added = find(quotes, "In this case things happened")
    assert added.cue == "added" and added.speaker == "Brafman"


# ---------------------------------------------------------------- quote marks, hand-built


def test_quote_running_over_two_paragraphs() -> None:
    text = "“First part of it.\n\n“Second part,” he said."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "First part of it.\n\n“Second part,"


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "He said: “This never closes\n\nNext paragraph is plain."
    spans = find_quote_spans(text)
    assert [(text[s.start : s.end], s.closed) for s in spans] == [("This never closes", False)]


def test_apostrophes_and_odd_marks_do_not_break_the_document() -> None:
    text = "Putin’s plan and the North’s view. The students’ union said \"one\" and then \"two\n\nLater ‘quoted words’ here."
    got = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert got == ["one", "two", "quoted words"]


def test_straight_single_quotes_skip_contractions() -> None:
    text = "'It is a matter that we're looking into,' says White House"
    got = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert got == ["It is a matter that we're looking into,"]


def test_speaker_in_the_next_sentence() -> None:
    quotes = quotes_of("“Why would we stop now?” The senator asked reporters on Monday.")
    q = find(quotes, "Why would we stop now?")
    assert q.cue == "asked" and q.speaker == "The senator" and not q.speaker_named


def test_typewriter_double_quotes_nyt_style() -> None:
    text = "''We will fight back,'' Mr. Sanders said. ''I'm not going to get beaten up.'' He left."
    got = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert got == ["We will fight back,", "I'm not going to get beaten up."]
    q = find(quotes_of(text), "We will fight back")
    assert q.kind == "direct" and q.cue == "said" and q.speaker == "Sanders"


@needs_seeds
def test_relative_pronoun_is_never_a_speaker() -> None:
    article, quotes = seed("000")
    q = find(quotes, "North Korea's July 12 test", "indirect")
    assert q.cue == "suggested"  # "a report from the Center for Strategic and International Studies, ..., that
    # suggested": the report's, and so the body's it came from (not "that")
    assert article.text[q.speaker_start : q.speaker_end] == "the Center for Strategic and International Studies"
    assert all((q.speaker or "").lower() not in ("that", "it", "which") for q in quotes)


@needs_seeds
def test_nested_wishes_inside_reported_speech_are_not_quotes() -> None:
    _, quotes = seed("002")
    assert not [q for q in quotes if q.cue in ("wants", "see")]
    q = find(quotes, "that the US also wants to see", "indirect")
    assert q.cue == "said" and q.speaker == "Robert Wood"


def test_seems_to_without_anyone_to_hold_it_is_no_quote() -> None:
    """"The music seemed to match the sense of relief" is an attribution with no source (PolNeAR marks it), but in the
    quotes view it is a line with no speaker the reader can hold to it (LibyaWar_cnn: "Gadhafi seemed to take on a new
    role internationally", 302 such lines); someone's "seemed" is theirs."""
    assert not [q for q in quotes_of("The music seemed to match the sense of relief in the arena.") if q.kind == "indirect"]
    q = find(quotes_of("Kristof said the security forces seemed to have backed off."), "the security forces seemed")
    assert q.speaker == "Kristof"


def test_verb_with_preposition_cue() -> None:
    q = find(quotes_of("At the debate, Bush referred to Rubio as a bright leader."), "Rubio")
    assert q.cue == "referred" and q.speaker == "Bush"


def test_cue_noun_takes_the_subject_of_its_verb() -> None:
    text = "Since launching his bid, Trump has taken a firm stance against letting illegal immigrants stay."
    q = find(quotes_of(text), "letting illegal immigrants stay")
    assert q.cue == "stance" and q.speaker == "Trump"
    # a stance against a thing is an attitude, no words: no quote
    assert not quotes_of("Since launching his bid, Trump has taken a firm stance against illegal immigration.")


def test_statement_saying_goes_to_who_released_it() -> None:
    text = 'At the time, Ms. Rowe released a statement saying the company had been a trusted partner.'
    q = find(quotes_of(text), "the company had been")
    assert q.cue == "saying" and q.speaker == "Rowe"


def test_hoping_is_a_cue_despite_the_lemma() -> None:
    q = find(quotes_of("Mr. Bush was hoping that the vote would pass."), "that the vote")
    assert q.cue == "hoping" and q.speaker == "Bush"


def test_reported_words_with_no_one_to_say_them_are_no_quote() -> None:
    """LibyaWar_cnn pages: a forecaster's "I remember when we were covering this story how surprised we were ...", a
    sign-up box's "you agree with CNN's Terms of Service", a resolution that "authorises force to protect the
    civilian population": no speaker the reader can hold to them."""
    for text in ("I remember when we were covering this story how surprised we were to see all of that rain.",
                 "By signing up, you agree with CNN's Terms of Service.",
                 "The resolution authorises force to protect the civilian population."):
        assert not [q for q in quotes_of(text) if q.kind == "indirect"], text
    said = find(quotes_of("Sen. Susan Collins said action should be in concert with our allies."), "action should be")
    assert said.speaker == "Susan Collins"


def test_she_said_is_never_the_last_man_named() -> None:
    """LibyaWar_cnn: "Gadhafi's daughter has accused NATO of war crimes ... 'I am not hiding,' she said" is the
    daughter's, not her father's; after "NATO spokeswoman Oana Lungescu said" and a link line naming Rasmussen,
    "she said" is still Lungescu."""
    daughter = quotes_of("NATO began bombing military targets a short time later. Gadhafi's daughter has accused NATO "
                         "of war crimes for airstrikes targeting her father in Tripoli. “I am not hiding. I am at home. I "
                         "live normally,” she said in the France 2 interview that aired Thursday.")
    assert "daughter" in (find(daughter, "I am not hiding", "direct").speaker or "")
    spokeswoman = quotes_of("“We are targeting command and control centers,” NATO spokeswoman Oana Lungescu said. "
                            "NATO's Rasmussen on Libyan endgame. “We are simply not targeting individuals,” she said.")
    assert find(spokeswoman, "We are simply not targeting", "direct").speaker == "Oana Lungescu"


def test_a_spokesman_for_someone_is_not_that_person() -> None:
    """LibyaWar_cnn: "..., a spokesman for Libyan leader Moammar Gadhafi said Friday" is the spokesman speaking, an
    unnamed speaker whose role says whom he speaks for; a title before a name ("Secretary of State Antony Blinken")
    is still the named person."""
    text = ("The killing on Thursday of the top rebel military commander shows that those forces are in disarray, "
            "a spokesman for Libyan leader Moammar Gadhafi said Friday.")
    q = find(quotes_of(text), "The killing on Thursday of the top rebel", "indirect")
    assert not q.speaker_named and "spokesman" in (q.speaker or ""), (q.speaker, q.speaker_named)
    title = find(quotes_of("Secretary of State Antony Blinken said the talks had failed."), "the talks had failed")
    assert title.speaker == "Antony Blinken" and title.speaker_named


def test_when_words_were_said_stays_with_the_attribution() -> None:
    """Real LibyaWar_cnn sentences: a time word between the cue and the reported clause's subject dates the saying
    ("said later the government deeply regrets", "told CNN's “AC360” Tuesday she fears"); one after "that" or one
    that modifies a noun ("Tuesday's attack") belongs to the content."""
    kaim = quotes_of("Libyan Deputy Foreign Minister Khaled Kaim said later the government deeply regrets the looting and "
                     "violence at the embassies.")
    assert find(kaim, "the government deeply regrets", "indirect").speaker == "Khaled Kaim"
    obeidy = quotes_of("Still, she told CNN's “AC360” Tuesday she fears for her safety in Tripoli, which she called a “large prison.”")
    find(obeidy, "she fears for her safety", "indirect")
    find(quotes_of("The minister said Tuesday's attack was a crime."), "Tuesday's attack was a crime", "indirect")
    find(quotes_of("He said earlier that the rebels had taken the town."), "that the rebels had taken", "indirect")



def _libya(uid: str) -> list[Quote]:
    """The quotes of one LibyaWar_cnn (dev) article, cleaned through the product's JSONL path."""
    return _t17_quotes("LibyaWar_cnn", uid)


def _libya_store(tmp_path: Path, uid: str) -> Any:
    """One LibyaWar_cnn (dev) article ingested through the product into a fresh store."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    raw = "\n".join(json.dumps(r) for r in topic_records(folder) if r["url"].endswith(f"/{uid}")).encode()
    store = Store(tmp_path / f"libya-{uid}.db")
    ingest_documents(store, list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)), Options(progress=False))
    return store


def _t17_quotes(topic: str, uid: str) -> list[Quote]:
    """The quotes of one article of a Timeline17 topic, cleaned through the product's JSONL path."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.pipeline import clean_document
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
    return extract_quotes(load_nlp()(article.text), article.id, body_start=article.body_start)


def test_a_role_that_says_whose_it_is_is_not_the_last_leader() -> None:
    """LibyaWar_cnn (dev): "The leader of an opposition movement told CNN that helicopter gunships were firing" is a new,
    unnamed speaker, not "Libyan leader Moammar Gadhafi" named earlier in the article."""
    q = find(_libya("7"), "that helicopter gunships were firing into crowds", "indirect")
    assert "Gadhafi" not in (q.speaker or ""), q.speaker


def test_a_name_before_a_colon_speaks_the_quote_after_it() -> None:
    """LibyaWar_cnn 176, a collection of reactions: 'U.S. Sen. John McCain, R-Arizona: “I think ...”', then 'Fareed
    Zakaria, host of CNN's “Fareed Zakaria GPS”: “It was actually an important speech ...”' — each speaks his own
    words, not Barack Obama, the last speaker a verb named."""
    quotes = _libya("176")
    assert find(quotes, "I think that the first part of his speech", "direct").speaker == "John McCain"
    assert find(quotes, "It was actually an important speech", "direct").speaker == "Fareed Zakaria"
    assert find(quotes, "What John McCain was suggesting", "direct").speaker == "Fareed Zakaria"  # his words go on


def test_words_withheld_are_no_quote() -> None:
    """LibyaWar_cnn 108: "Lapan refused to indicate whether any American ground forces have been put on a heightened
    state of alert": he said nothing of it. 188: "did not know exactly how many" is no reported content either."""
    assert not [q for q in _libya("108") if "heightened state of alert" in q.text]
    assert not [q for q in _libya("188") if q.text.startswith("exactly how many")]


def test_an_act_on_a_thing_is_no_quote() -> None:
    """LibyaWar_cnn 34: "before the U.S. and allies attacked Gadhafi's forces" and 72: "Luis Moreno-Ocampo, who has been
    seeking warrants for three individuals": a verb that is not one of saying, governing only a thing, is an act."""
    assert not [q for q in _libya("34") if q.text == "Gadhafi's forces"]
    assert not [q for q in _libya("72") if q.text.startswith("warrants for three individuals")]
    assert find(quotes_of("At the debate, Bush referred to Rubio as a bright leader."), "Rubio").speaker == "Bush"


def test_the_group_is_the_body_named_before() -> None:
    """LibyaWar_cnn 196: "..., Human Rights Watch said in a statement Wednesday. “Given the pedestrian and vehicular
    traffic in the area, the mines were clearly laid while government forces were in Ajdabiya,” the group said." The
    group is Human Rights Watch; a group of people named by no body stays "the group"."""
    q = find(_libya("196"), "Given the pedestrian and vehicular traffic", "direct")
    assert q.speaker == "Human Rights Watch" and q.speaker_named, q.speaker
    q = find(quotes_of("A group of protesters marched to the square. “We want freedom,” the group said."), "We want freedom")
    assert q.speaker == "the group" and not q.speaker_named


def test_a_full_name_keeps_its_own_first_name() -> None:
    """LibyaWar_cnn (dev): an article naming "Saif al-Islam Gadhafi" credited "Moammar Gadhafi said" to the son, one
    naming both "Musa Ibrahim" and "Jumma Ibrahim" gave Musa's words to Jumma, "Erika Fearnley" spoke as "Franz
    Fearnley": the fullest name by surname stood for every person who shares it. A full name written at the speaker's
    place is that person."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.pipeline import clean_document
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    checked = 0
    for uid in ("52", "191", "290", "71"):
        record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
        article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
        for q in extract_quotes(load_nlp()(article.text), article.id, body_start=article.body_start):
            if q.speaker_start is None or not q.speaker:
                continue
            written = article.text[q.speaker_start : q.speaker_end].split()
            if q.speaker_named and len(written) >= 2 and written[-1] == q.speaker.split()[-1] and written[-2].istitle():
                assert written[-2] in q.speaker.split(), (uid, " ".join(written), q.speaker)
                checked += 1
    assert checked >= 10


def test_a_surname_two_people_share_is_not_expanded() -> None:
    quotes = quotes_of("Saif al-Islam Gadhafi spoke on Monday. Libyan leader Moammar Gadhafi said on state TV: “We will "
                       "fight.” “They put it in milk,” Gadhafi said.")
    assert find(quotes, "We will fight").speaker == "Moammar Gadhafi"
    assert find(quotes, "They put it in milk").speaker == "Gadhafi"


@pytest.mark.parametrize(("uid", "words"), [
    ("166", "The Limits of Humanitarian Intervention"),  # 'political scientist Alan J. Kuperman, author of “...”'
    ("283", "Taobao"),  # 'a popular e-retailing site called Taobao'
])
def test_a_title_a_name_or_a_label_is_no_quote(uid: str, words: str) -> None:
    """LibyaWar_cnn (dev): a book's title after "author of" and a site "called" so were quotes of the person and the
    village beside them; the words that mark them say they are names."""
    assert not [q for q in _libya(uid) if q.text.strip(" .,“”\"") == words], words


def test_what_a_title_marker_does_not_open_stays_a_quote() -> None:
    """The same checks leave a partial quote in a clause of saying and a direct quote with its speaker."""
    quotes = quotes_of("He said the rebels were “bandits” and would be crushed. “We will fight,” Gadhafi said.")
    assert find(quotes, "bandits", "partial").speaker == "He"
    assert find(quotes, "We will fight").speaker == "Gadhafi"


def test_a_request_for_anonymity_is_no_quote() -> None:
    """LibyaWar_cnn 235: "a source close to the government who asked not to be identified because he was not authorized
    to talk to the media" was a quote of "the government"; the source's words that follow stay quotes."""
    quotes = _libya("235")
    assert not [q for q in quotes if q.text.startswith("not to be identified")]
    assert find(quotes, "There is nothing serious here")
    # LibyaWar_cnn 183, quotes draw of seed 5541 (wrong speaker, fifty-seventh session): "A resident of Misrata who asked
    # to be identified only as Mohammed said Monday that ..." gave "to be identified" to Misrata; the request for a
    # name is as much the reporter's account as one for none, and what the resident said stays a quote
    quotes = _libya("183")
    assert not [q for q in quotes if q.text.startswith("to be identified")], [q.text for q in quotes]
    assert find(quotes, "that six people were killed in the morning").speaker == "Mohammed"


def test_a_participle_after_a_word_of_saying_says_where_not_what() -> None:
    """LibyaWar_cnn 24: 'Chavez said Gadhafi “has been my friend ...” in remarks broadcast on Venezuelan state
    television. “We must be cautious ...,” he said.' "remarks broadcast on ..." was a quote of Gadhafi, who then spoke
    the next quote as its last speaker; the words are Chavez's."""
    quotes = _libya("24")
    assert not [q for q in quotes if q.text.startswith("broadcast on")]
    assert find(quotes, "We must be cautious").speaker == "Hugo Chavez"


@pytest.mark.parametrize(("uid", "thing"), [
    ("25", "the capital from the west"),  # "forces loyal to the Libyan leader tried to defend the capital from the west"
    ("183", "Libyan civilians"),  # "NATO has been issuing warnings to Libyan civilians to stay away from military sites"
    ("13", "in a statement"),  # "..., the ministry said in a statement": where it was said, not what
])
def test_a_thing_an_act_or_a_place_of_saying_is_no_quote(uid: str, thing: str) -> None:
    """LibyaWar_cnn (dev): a cue that as often names an act ("defend"), a cue noun whose complement is a thing ("warnings
    to"), and a preposition after "said" gave quotes with no words in them; the judges counted 12 of 50 quotes of one
    draw as no speech, most of them such things."""
    quotes = _libya(uid)
    assert not [q for q in quotes if q.text == thing]


def test_a_denied_thing_stays_the_content_of_the_denial() -> None:
    """The ledger resolves "denied these reports" to the reports: a deny cue's thing stays its content."""
    quotes = _libya("59")
    assert [q for q in quotes if q.text == "these reports" and q.cue and q.cue.lower() == "denied"]


def test_the_agency_after_a_described_agency_is_that_agency() -> None:
    """LibyaWar_cnn (dev) 61: "The U.N. refugee agency said Friday that ... , the agency said." — the second speaker was
    left as "the agency" (a judge counted it vague); it is the body the article just described with the same noun."""
    quotes = _libya("61")
    q = next(q for q in quotes if q.text.startswith("Compared with earlier in the week"))
    assert q.speaker == "The U.N. refugee agency"


def test_an_inverted_attribution_to_a_described_source_and_a_phrasal_verb() -> None:
    """LibyaWar_cnn (dev) 235: "But Libya ... is not Egypt, said a highly placed Libyan source close to the government
    who asked not to be identified ..." — the parser takes the source for the verb's object; it was credited to "Egypt",
    and the "he said" after it to the source of the paragraph before. "security forces have backed off after “a
    concerted deliberate effort ...”" is Kristof's, not a backing by the security forces."""
    quotes = _libya("235")
    egypt = find(quotes, "But Libya")
    assert egypt.speaker == "a highly placed Libyan source"
    assert find(quotes, "There is nothing serious here").speaker == "a highly placed Libyan source"
    effort = find(quotes, "a concerted deliberate effort")
    assert effort.cue == "said" and effort.speaker == "Nicholas Kristof"  # the full name the article gave before


def test_a_live_blog_stamp_is_no_speaker() -> None:
    """LibyaWar_cnn (dev): "LIBYA, 12:45 p.m. ET, 7:45 p.m. local: Oil company Total says it will evacuate most of its
    expatriate employees" was credited to "LIBYA", the live blog's place stamp; the entry starts after the stamp."""
    quotes = _libya("13")
    q = find(quotes, "it will evacuate most of its expatriate employees")
    assert q.speaker == "Oil company Total"
    assert not [q for q in quotes if q.speaker == "LIBYA"]


def test_an_object_ends_the_reported_words_before_an_inverted_attribution() -> None:
    """LibyaWar_cnn (dev) 28: "... rebels pushing to oust longtime strongman Moammar Gadhafi, the U.N. refugee agency
    reported." — with no subject for "reported", the parser hangs the agency on Gadhafi as his appositive; climbing it
    credited the refugee figures to Gadhafi. The object of the reported words ends them: the agency reports."""
    q = find(_libya("28"), "Nearly 180,000 people, mainly foreign workers")
    assert q.speaker == "the U.N. refugee agency", q.speaker
    assert q.text.endswith("Moammar Gadhafi"), q.text  # the words end before their speaker


def test_a_body_s_person_is_the_speaker_not_the_body() -> None:
    """LibyaWar_cnn (dev) 382: "The Center for Strategic and International Studies' Stephen Flanagan said ..." — the
    parser makes the centre the subject and hangs Flanagan inside it; the speaker was the centre, and the "He said he
    thinks ..." after it went to William Hague, the last person named before."""
    quotes = _libya("382")
    assert find(quotes, "the British stance is another step").speaker == "Stephen Flanagan"
    assert find(quotes, "he thinks that the British forces").speaker == "Stephen Flanagan"


def test_a_bylines_clock_is_no_colon_attribution() -> None:
    """haiti_bbc (dev) 1702, a BBC blog page: "Gavin Hewitt | 10:35 UK time, Monday, 18 January 2010 At every disaster
    ..." — the colon of the clock was read as "Gavin Hewitt: ...", and the rest of the page, 163,000 characters, became
    his words. A name's colon follows the name."""
    quotes = _t17_quotes("haiti_bbc", "1702")
    assert not [q for q in quotes if q.cue == ":" and q.text.startswith("35 UK time")]
    assert all(len(q.text) < 20_000 for q in quotes), max(len(q.text) for q in quotes)


def test_who_after_a_place_is_the_person_the_place_describes() -> None:
    """LibyaWar_cnn (dev) 1: "the concerns of a woman from Benghazi, who urged U.S. President Barack Obama and other
    world leaders to help the Libyan people" — the parser hangs "who urged" on Benghazi, and the city was the speaker."""
    q = find(_libya("1"), "U.S. President Barack Obama and other world leaders to help")
    assert q.speaker is not None and "woman" in q.speaker, q.speaker


def test_he_after_a_clause_naming_someone_is_that_someone() -> None:
    """LibyaWar_cnn (dev) 355: "Similarly, after British Foreign Secretary William Hague held talks with the TNC ...,
    he declared: These people at the top of this organization are genuine believers in democracy ..." — only main
    clauses' subjects were candidates for a later "he", so it went to John McCain, quoted the sentence before, and the
    ledger had McCain and Hague corroborating Hague's words."""
    q = find(_libya("355"), "These people at the top of this organization")
    assert q.speaker == "William Hague", q.speaker


@pytest.mark.parametrize(("uid", "words", "speaker"), [
    ("222", "Libyan Prime Minister Al-Baghdadi Ali al-Mahmudi asked for help", "Russian Foreign Ministry"),
    ("311", "Along the southern borders, rebels had gained control", "International Medical Corps"),
    ("379", "that Gadhafi loyalists had something to do with the death", "Mohammad Ethish"),
])
def test_a_document_speaks_for_whoever_issued_it(uid: str, words: str, speaker: str) -> None:
    """LibyaWar_cnn (dev): "..., according to a statement posted late Thursday by the Russian Foreign Ministry", "...,
    according to a report by the International Medical Corps", "Mohammad Ethish released a statement that seemed to
    imply that ..." — the speaker was "a statement" or "a report" (a judge counted each vague): the issuer named."""
    q = find(_libya(uid), words)
    assert q.speaker is not None and speaker in q.speaker, q.speaker


def test_a_cue_with_its_own_object_after_a_finished_quote_is_a_new_statement() -> None:
    """LibyaWar_cnn (dev) 365: '“... There have been a lot injured among our ranks but it is hard to give a number.” The
    rebels claim control of towns west of Zawiya' — "claim" with its own object opens a new statement; it made "The
    rebels" the speaker of Col. Jumma Ibrahim's words."""
    q = find(_libya("365"), "The fight is now urban warfare")
    assert q.speaker is not None and "Ibrahim" in q.speaker, q.speaker


def test_a_name_tagged_as_an_organisation_is_the_person_named_before() -> None:
    """LibyaWar_cnn (dev) 226: the article names "Luis Moreno-Ocampo", then "Moreno-Ocampo insisted ..." with the
    surname tagged an organisation; the "he said" of the next sentence went to the doctor quoted before him."""
    quotes = _libya("226")
    assert find(quotes, "The arrest warrants are not going away").speaker == "Luis Moreno-Ocampo"
    assert find(quotes, "that 161 warrants had been issued").speaker == "Luis Moreno-Ocampo"


def test_a_name_before_a_role_noun_is_whom_the_speaker_serves() -> None:
    """LibyaWar_cnn (dev) 284: "..., the Obama administration official added" — the speaker was Obama (a judge's
    wrong-party in the 8181 claims draw); it is the official introduced before as "a senior Obama administration
    official"."""
    said = [q for q in _libya("284") if "Obama officials continued to discuss" in q.text]
    assert said and all(q.speaker is not None and "official" in q.speaker for q in said), [q.speaker for q in said]


def test_a_person_named_in_a_clause_after_the_verb_is_a_candidate_for_he() -> None:
    """LibyaWar_cnn (dev) 255: "Witnesses said security forces increased their presence after Gadhafi defended his
    regime in a defiant speech Tuesday. He vowed to die a 'martyr' ... He warned that people found to be cooperating
    with outside forces ... will be executed": "He" went to the witness quoted before (the ledger added "a witness" to
    Gadhafi's warning, 9292 draw); the man named in the "after" clause is the latest person."""
    said = [q for q in _libya("255") if "people found to be cooperating with outside forces" in q.text]
    assert said and all(q.speaker is not None and "Gadhafi" in q.speaker for q in said), [q.speaker for q in said]


def test_marked_words_with_no_verb_of_saying_in_their_sentence_are_not_the_last_speakers() -> None:
    """LibyaWar_cnn (dev) 31 and 334: 'The council voted 10-0 ... to authorize "states to take all necessary measures to
    protect civilians."' went to Michael Rubin, quoted before; 'The warrants are for "crimes against humanity," including
    murder and persecution committed ... "through the state apparatus and security forces."' to Musa Ibrahim (two
    wrong speakers in the 9292 quotes draw). A whole quoted sentence goes on in its speaker's voice; words marked inside
    a sentence of narration quote a document or a phrase, not the last person quoted."""
    resolution = [q for q in _libya("31") if q.text.startswith("states to take all necessary measures")]
    assert not [q for q in resolution if q.speaker == "Michael Rubin"], [(q.text, q.speaker) for q in resolution]
    warrant = [q for q in _libya("334") if q.text.startswith("through the state apparatus")]
    assert not [q for q in warrant if q.speaker and "Ibrahim" in q.speaker], [(q.text, q.speaker) for q in warrant]


def test_of_two_subjects_the_one_nearest_the_verb_speaks() -> None:
    """LibyaWar_cnn (dev) 182: a headline run into the sentence, "Libya's Zlitan in rebel, NATO sights When asked about
    the suspected air strike, a NATO spokesman told CNN: ...", parses with two subjects of "told"; the town spoke (a
    judge's wrong-party in the 9292 claims draw)."""
    q = find(_libya("182"), "NATO made a strike in Zlitan")
    assert q.speaker is not None and "spokesman" in q.speaker, q.speaker


def test_told_words_keep_a_subject_the_parse_took_for_an_object() -> None:
    """LibyaWar_cnn (dev) 13: "A Libyan diplomatic source has denied the Libyan air force was conducting air raids
    against protesters in Libya" — the parse makes "the Libyan air force" the object of "denied", and the denied words
    began "was conducting ..." (a judge's bad span, 9292 quotes draw)."""
    q = find(_libya("13"), "the Libyan air force was conducting air raids")
    assert q.kind == "indirect" and "diplomatic source" in (q.speaker or ""), (q.kind, q.speaker)


def test_told_words_keep_a_subject_whose_modifier_the_parse_hung_on_the_verb() -> None:
    """bpoil_reuters (dev) 1803: "BP has said disruption due to the spill would knock more than 1 percent off next
    year's output" — the parse makes "disruption" the object of "said" and hangs "due to the spill" on the verb, and
    the told words (a ledger line of the 4221 claims draw) began "would knock ..."."""
    q = find(_t17_quotes("bpoil_reuters", "1803"), "disruption due to the spill would knock")
    assert q.kind == "indirect" and q.speaker == "BP", (q.kind, q.speaker)


def test_a_role_keeps_the_body_it_heads_when_its_name_runs_long() -> None:
    """bpoil_washingtonpost (dev) 277: "In Mississippi, the head of the state's Department of Marine Resources said the oil
    is still likely 30 miles from his state's coastline" — the speaker was "the head" (the ledger's party; a judge's
    vague claim, 4222 claims draw): the body's name runs eight words past the role."""
    q = find(_t17_quotes("bpoil_washingtonpost", "277"), "the oil is still likely 30 miles")
    assert q.speaker == "the head of the state's Department of Marine Resources", q.speaker


def test_told_words_end_before_an_added_saying() -> None:
    """bpoil_reuters (dev) 1074: "He said there was “no doubt” that a mechanism ... was defective, adding that 100,000
    barrels or more of oil could leak per day in a worst case scenario" — the first words ran on into the second saying
    ("..., adding that ...": a judge's garbled ledger line, 4221 claims draw); each saying holds its own words."""
    quotes = _t17_quotes("bpoil_reuters", "1074")
    first = find(quotes, "there was “no doubt” that a mechanism")
    assert first.text.endswith("was defective"), first.text
    added = find(quotes, "that 100,000 barrels or more of oil could leak")
    assert added.kind == "indirect" and added.speaker == first.speaker, (added.kind, added.speaker, first.speaker)


def test_a_party_member_described_after_a_quote_is_the_one_quoted() -> None:
    """bpoil_reuters (dev) 1828: '“It's just not working,” U.S. Senator Barbara Boxer, who heads the Environment and
    Public Works Committee, told CNN .... The California Democrat denounced a “cover-up” of the real size of the oil
    spill' — the speaker was "Democrat" (a judge's vague speaker, 4201 quotes draw)."""
    q = find(_t17_quotes("bpoil_reuters", "1828"), "a “cover-up” of the real size", "topic")
    assert q.speaker == "Barbara Boxer", q.speaker


def test_a_name_beside_a_title_split_at_its_and_speaks() -> None:
    """bpoil_reuters (dev) 888: '“We are trying to have a process that is workable ...,” said BP's government and public
    affairs director, Ron Rybarczyk' — the parse joins "government" and "director", and the speaker was "BP's
    government" (a judge's wrong speaker, 4201 quotes draw)."""
    q = find(_t17_quotes("bpoil_reuters", "888"), "We are trying to have a process that is workable", "direct")
    assert q.speaker == "Ron Rybarczyk", q.speaker


def test_the_agency_told_is_no_part_of_the_told_words() -> None:
    """bpoil_reuters (dev) 1543: "A senior banker told Reuters BP's outreach to banks, including Barclays, HSBC and Royal Bank of
    Scotland, was part of an effort to raise capital" — the parse glues the agency to the words' subject; the told words
    begin at "BP's outreach", not at "Reuters" (nor at "was part", as they did before the object was read as their
    subject)."""
    q = find(_t17_quotes("bpoil_reuters", "1543"), "BP's outreach to banks", "indirect")
    assert q.speaker == "A senior banker", q.speaker


def test_what_a_participle_refers_to_is_no_words_told() -> None:
    """bpoil_reuters (dev) 1820: '“... into the Loop Current,” NOAA said on its website, referring to the deep ocean
    stream that transfers heat from the tropics ...' — the parse hangs "stream" on "said", and the writer's gloss was
    NOAA's told words (a judge's not speech, 4201 quotes draw)."""
    quotes = _t17_quotes("bpoil_reuters", "1820")
    assert not [q for q in quotes if q.kind == "indirect" and q.text.startswith("stream that transfers heat")], quotes


def test_what_a_report_shows_is_a_finding() -> None:
    """bpoil_reuters (dev) 479: "The initial tests showed they were at high levels very deep under the water, the report
    shows" was the report's words (a judge's not speech, 4201 quotes draw): what a document shows is its finding."""
    q = find(_t17_quotes("bpoil_reuters", "479"), "The initial tests showed they were at high levels")
    assert q.kind == "finding", q.kind


def test_told_words_run_to_their_last_word_past_a_crossing_arc() -> None:
    """bpoil_washingtonpost (dev) 1428: "A rescue center in Louisiana said it has gotten more than five times as many oily
    birds in the past few days than in the previous six weeks" — the words ended before "than in the previous six
    weeks" (hung on "as" across "in the past few days", past the parser's right edge; a judge's bad span, 4202 quotes
    draw)."""
    q = find(_t17_quotes("bpoil_washingtonpost", "1428"), "it has gotten more than five times as many oily birds")
    assert q.text.endswith("than in the previous six weeks"), q.text


def test_a_cue_inside_what_a_saying_withholds_says_nothing() -> None:
    """LibyaWar_cnn (dev) 70: "McCain supported the idea of a no-fly zone but did not say if he supports providing arms to
    Libyans fighting Gadhafi" gave McCain the words "providing arms to Libyans fighting Gadhafi" (a judge's not speech,
    4203 quotes draw): what he did not say, he did not say."""
    assert not [q for q in _libya("70") if q.text.startswith("providing arms to Libyans")]


def test_a_definite_role_that_says_whose_is_named_next() -> None:
    """LibyaWar_cnn (dev) 376: "Libyan leader Moammar Gadhafi may remain the leader of Libya after the coalition mission has
    ended, the commander of U.S. forces said Monday. “I could see accomplishing the military mission ...,” Gen. Carter
    F. Ham, commander, U.S. Africa Command, said." — the speaker stayed "the commander of U.S. forces" (a judge's vague
    speaker, 4203 quotes draw): a definite role that says whose it is, named next with its noun, is that person."""
    q = find(_libya("376"), "Libyan leader Moammar Gadhafi may remain the leader of Libya", "indirect")
    assert q.speaker == "Carter F. Ham", q.speaker


def test_a_figure_according_to_data_is_a_finding() -> None:
    """bpoil_washingtonpost (dev) 1744: "One major recipient of donations from BP is Sen. Mary Landrieu (D-La.), who has
    taken more than $15,000 in PAC contributions ..., according to data from the nonpartisan Center for Responsive
    Politics" was an indirect quote of "data" (judged "not speech" in the quote draw of seed 5501): the record that
    counts was missed because spaCy's lemma of "data" is "datum". LibyaWar_cnn (dev) 393 the same ("A no-fly zone could
    cost up to $300 million a week")."""
    for topic, uid, words in (("bpoil_washingtonpost", "1744", "One major recipient of donations from BP"),
                              ("LibyaWar_cnn", "393", "A no-fly zone could cost up to $300 million a week")):
        found = [q for q in _t17_quotes(topic, uid) if q.text.startswith(words)]
        assert found and all(q.kind == "finding" for q in found), [(q.kind, q.speaker) for q in found]


def test_whom_a_document_was_sent_to_does_not_speak_in_it() -> None:
    """bpoil_reuters (dev) 525: "The letter, sent to U.S. Attorney General Eric Holder and incoming BP CEO Robert Dudley,
    demanded full public disclosure of all scientific data related to the disaster" gave the demand to Dudley (judged
    "wrong speaker" in the quote draw of seed 5501): the parse joins his name to "sent", and a name closing the subject
    after a title had been taken for the speaker."""
    found = [q for q in _t17_quotes("bpoil_reuters", "525") if q.text.startswith("full public disclosure")]
    assert found and all("Dudley" not in (q.speaker or "") for q in found), [q.speaker for q in found]


def test_what_a_trip_signals_or_an_estimate_gives_is_a_finding() -> None:
    """bpoil_washingtonpost (dev) 334, 1183: "The Holder trip could signal that the environmental calamity might become
    the subject of a criminal investigation" and "..., according to the new estimate, so that fine would come to $4.5
    billion" were the trip's and the estimate's words (two judges' not speech, 4252 quotes draw): what an estimate gives
    is a finding, no one's speech; what a trip only could signal is the writer's guess, no finding either (fifty-second
    session: a saying one can or could make, told on its own, is no one's words)."""
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", "334") if q.text.startswith("that the environmental calamity")]
    estimate = find(_t17_quotes("bpoil_washingtonpost", "1183"), "so that fine would come to $4.5 billion")
    assert estimate.kind == "finding", estimate.kind


def test_the_alliance_is_the_last_body_named_before_it() -> None:
    """LibyaWar_cnn (dev) 183: "Since NATO took command of Operation Unified Protector on March 31, its aircraft have
    flown more than 3,700 sorties ... Over the weekend, NATO aircraft destroyed multiple-rocket launchers ..., the
    alliance said." — "its aircraft" came between, and the speaker stayed "the alliance" (a judge's vague party, 1313
    claims draw)."""
    assert find(_libya("183"), "Over the weekend, NATO aircraft destroyed").speaker == "NATO"


def test_an_order_without_a_that_clause_is_an_act() -> None:
    """LibyaWar_cnn (dev) 26: "Switzerland ordered Gadhafi's assets frozen, the foreign ministry said" — "Gadhafi's
    assets frozen" was Switzerland's words (a judge's not-a-quote, 1313 quotes draw); "ordered that his assets ... be
    frozen" reports an order's words."""
    quotes = _libya("26")
    assert not [q for q in quotes if q.text.startswith("Gadhafi's assets frozen")]


def test_a_document_speaks_for_who_issued_it_through_a_clause() -> None:
    """LibyaWar_cnn (dev) 385: "Sheikh Abu Musab Wadud, the head of AQIM, reacted to Western airstrikes by issuing a
    video statement denouncing the intervention as a 'modern crusade' and promising to work to remove it" — the speaker
    was "a video statement" (a judge's vague speaker, 1313 quotes draw): the subject of the verb "issuing" hangs on."""
    said = [q for q in _libya("385") if q.text.startswith("to work to remove it")]
    assert said and all(q.speaker is not None and "Wadud" in q.speaker for q in said), [q.speaker for q in said]


def test_a_participle_of_saying_hung_on_the_reported_clause_is_the_sayers() -> None:
    """LibyaWar_cnn (dev) 313: "He also said Libya was unlike those two countries, predicting that its civil war would
    be '1,000 times worse' ..." — the parse hangs "predicting" on "was", and Libya predicted (the ledger listed Libya
    beside Saif al-Islam Gadhafi, 3535 claims draw); the one who said it predicts."""
    said = [q for q in _libya("313") if q.text.startswith("that its civil war would be")]
    assert said and all(q.speaker is not None and "Gadhafi" in q.speaker for q in said), [q.speaker for q in said]


def test_an_unclosed_quote_ends_where_the_narration_resumes() -> None:
    """LibyaWar_cnn (dev) 233: '"Here, the authority is in the hands of the people. You can change your authority, just
    make committees. And if you think they are corrupt, take them to court. In an apparent allusion to calls for
    government officials to be held accountable ..., Gadhafi said it is bin Laden who should be prosecuted. "He's
    responsible ..."' — the closing mark is lost, and the quote ran on through the reporter's sentence to the next
    opening mark (the first quote of the LibyaWar_cnn briefing's "Who said what")."""
    q = find(_libya("233"), "Here, the authority is in the hands of the people")
    assert q.text.endswith("take them to court."), q.text[-120:]


def test_words_a_thing_is_known_as_are_its_name() -> None:
    """bpoil_guardian (dev): "a more modest containment box known as a “top hat”" was a quote of BP's; a thing's name
    ("known as a “junk shot”", "the “dead zone”") is nobody's words. What someone "called" a thing stays theirs:
    "laying out what he called a “battle plan”" is Obama's."""
    assert not [q for q in _t17_quotes("bpoil_guardian", "20") if q.text == "top hat"]
    assert [q for q in _t17_quotes("bpoil_guardian", "862") if q.text == "battle plan"]


def test_whom_one_tells_is_not_the_speaker() -> None:
    """bpoil_guardian (dev): "“We do not have any anomalies ...,” BP's senior vice-president, Kent Wells, told
    reporters." — the parse gave "told" no subject, and the object right after it, the reporters, was taken for an
    inverted speaker; whom one tells hears the words."""
    q = find(_t17_quotes("bpoil_guardian", "651"), "We do not have any anomalies", "direct")
    assert q.speaker == "Kent Wells", q.speaker


def test_the_writers_own_refusal_has_no_speaker() -> None:
    """bpoil_guardian (dev), an opinion piece: "the real cause is our demand for oil and our refusal to pay its true
    price" was a quote of "our"; a first-person possessive standing alone for the source is the writer, no one quoted.
    (Described people with it stay: "Terry Macalister, our energy editor, says ...".)"""
    assert not [q for q in _t17_quotes("bpoil_guardian", "16") if (q.speaker or "").lower() == "our"]


def test_whom_one_accuses_or_tells_right_after_the_verb_is_no_inverted_speaker() -> None:
    """bpoil_guardian (dev): "Mike Ellis, a skipper from Venice, Louisiana, accuses BP of chasing away a boat" and "The
    congressional hearing is told BP, Halliburton and Transocean ignored safety warnings" were BP's own words (the
    ledger: BP, Halliburton and Transocean asserting they ignored warnings). A name right after a verb that acts on
    it is whom it acts on; "..., said Kirby" stays Kirby's."""
    for uid, words in (("1301", "chasing away a boat of conservationists"), ("475", "ignored safety warnings")):
        credited = [q.speaker for q in _t17_quotes("bpoil_guardian", uid) if words in q.text]
        assert "BP" not in credited, (words, credited)


def test_whom_a_passive_is_done_to_does_not_speak() -> None:
    """bpoil_washingtonpost (dev): "after being denied a visa, Dudley ran operations from abroad" was a quote of
    Dudley's ("a visa"), and the ledger had Dudley denying; a passive cue without an agent has no speaker in its
    subject, and none up the clauses it hangs from ("was quoted as saying" keeps its subject)."""
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", "83") if q.text == "a visa"]


def test_a_speaker_inside_the_words_it_reports_says_nothing() -> None:
    """bpoil_washingtonpost (dev): "But by denying God and his help, we are left ..." was God's quote "God and his
    help", and "“...,” said Hugh Kaufman, a senior policy analyst at the EPA's office ... said during an interview" gave
    Kaufman the indirect quote "Hugh Kaufman, a senior policy analyst ..."; his direct quotes stay."""
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", "1518") if q.speaker == "God"]
    kaufman = [q for q in _t17_quotes("bpoil_washingtonpost", "671") if q.speaker == "Hugh Kaufman"]
    assert kaufman and all(q.kind == "direct" for q in kaufman), [(q.kind, q.text) for q in kaufman]


def test_marked_words_inside_a_report_are_the_reporters_and_no_one_says_nothing() -> None:
    """bpoil_washingtonpost (dev): "BP said ..., saying that one procedure had to be attempted nine times, which might
    have indicated “contamination of the cement.”" gave the marked words to "nine times", the subject of "indicated"
    (no saying); "No one is claiming victory or “mission accomplished” at this point" was a quote of "No one"."""
    cement = [q for q in _t17_quotes("bpoil_washingtonpost", "390") if q.text.startswith("contamination of the cement")]
    assert cement and all(q.speaker == "BP" for q in cement), [q.speaker for q in cement]
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", "360") if (q.speaker or "").lower() == "no one"]


def test_a_programme_named_in_marks_is_no_quote() -> None:
    """bpoil_reuters (dev): 31 partial quotes were programme names credited to their guest ("told NBC's “Today”
    show", "told CBS's “Face The Nation,”", "said on “Fox News Sunday”", "told ABC's “This Week.”"); title-cased marked
    words after a proper noun's possessive or "on", or before "show"/"program"/"report", name a thing. Marked words of
    the speaker's own stay ("what he called a “ridiculous spectacle”")."""
    for text, name in (
        ("“We are taking nothing for granted,” Salazar told NBC's “Today” show. Wildlife officials were there.", "Today"),
        ("Browner told CBS's “Face The Nation,” “We are prepared for the worst.”", "Face The Nation"),
        ("Mississippi Governor Haley Barbour said on “Fox News Sunday” that his state's beaches were clean.", "Fox News"),
        ("“We will hold them accountable,” Kerry, a Democrat, told ABC's “This Week.” Kerry said America needs more.", "This Week"),
        ("Former Obama adviser David Axelrod, asked on the “Fox News Sunday” program about hopes the well was capped, "
         "said it was too early.", "Fox News"),
    ):
        found = quotes_of(text)
        assert not [q for q in found if q.text.startswith(name)], (text, [(q.kind, q.text) for q in found])
    kept = quotes_of("Obama said he did not appreciate what he considered to be a “ridiculous spectacle” at the hearings.")
    assert [q.text for q in kept if q.kind == "partial"] == ["ridiculous spectacle"]


def test_a_preposition_is_never_a_speaker() -> None:
    """bpoil_reuters (dev): in "... four Gulf states that have been affected by the spill, said the state Coastal
    Recovery Commission set up by Governor Bob Riley." the parse gave "said" no subject, and the noun before it climbed
    to "by", the speaker of the words."""
    found = quotes_of("Negotiators hope to soon reach an agreement on how much money will be available to four Gulf "
                      "states that have been affected by the spill, said the state Coastal Recovery Commission set up "
                      "by Governor Bob Riley.")
    assert not [q for q in found if (q.speaker or "").lower() in ("by", "of", "in", "to", "for", "with")], \
        [(q.text, q.speaker) for q in found]
    # in the cue's own clause the noun speaks, however the parse hangs it (LibyaWar_cnn 59)
    found = quotes_of("Gadhafi met with rebel leaders. But later on both sides denied these reports.")
    assert [q.speaker for q in found if q.text == "these reports"] == ["both sides"]


def test_a_second_saying_joined_to_the_content_is_the_speakers() -> None:
    """bpoil_reuters (dev): "Hayward says a “series of failures” led to the accident but denies these resulted from BP
    efforts to save costs" ran his words through "but denies ..." (a judge: bad span), and the denial went to "a series
    of failures". A saying in the speaker's tense, joined by the parse to the content's verb, is the speaker's next
    saying; an act in the content's own tense stays in it ("said the rebels attacked the town and denied access")."""
    found = quotes_of("Hayward says a “series of failures” led to the accident but denies these resulted from BP "
                      "efforts to save costs.")
    said = {q.cue: (q.text, q.speaker) for q in found if q.kind == "indirect"}
    assert said["says"] == ("a “series of failures” led to the accident", "Hayward")
    assert said["denies"][1] == "Hayward"
    kept = quotes_of("He said the rebels attacked the town and denied access to aid workers.")
    assert [q.text for q in kept if q.cue == "said"] == ["the rebels attacked the town and denied access to aid workers"]
    assert [q.text for q in quotes_of("Obama said BP was responsible and added that the company would pay.")
            if q.cue == "said"] == ["BP was responsible"]


def test_words_a_source_relays_are_the_speakers() -> None:
    """bpoil_reuters (dev): "There are no current impediments to the transfer of assets to BP, Lima said, according to
    Valor" was Valor's quote holding "Lima said" (a judge: wrong speaker); the words are Lima's, and the newspaper's
    relay of them ends where his words do. "according to" with no one inside still gives the source ("according to
    data from the agency")."""
    found = quotes_of("There are no current impediments to the transfer of assets to BP, Lima said, according to Valor. "
                      "Oil output fell, according to data from the agency.")
    words = "There are no current impediments to the transfer of assets to BP"
    assert {(q.text, q.speaker) for q in found if q.text.startswith("There are")} <= {(words, "Lima"), (words, "Valor")}
    assert (words, "Lima") in {(q.text, q.speaker) for q in found}
    assert [q.speaker for q in found if q.text == "Oil output fell"] == ["data from the agency"]


def test_whom_one_cites_is_a_source_not_words() -> None:
    """bpoil_reuters (dev): "..., Valor said, citing Haroldo Lima, the head of the ANP energy regulator" gave Valor the
    quote "Haroldo Lima, the head of the ANP energy regulator"; a named party cited is the source. A reason cited is
    what was said ("citing uncertainty over the costs")."""
    found = quotes_of("The review will also gauge BP's ability to honor contracts, Valor said, citing Haroldo Lima, the "
                      "head of the ANP energy regulator.")
    assert not [q for q in found if q.text.startswith("Haroldo Lima")], [(q.text, q.speaker) for q in found]
    found = quotes_of("Moody's cut its outlook on BP debt to negative, citing uncertainty over the costs related to the spill.")
    assert [q.text for q in found if q.cue == "citing"] == ["uncertainty over the costs related to the spill"]


def test_a_chronologys_date_is_not_part_of_the_speaker() -> None:
    """bpoil_reuters (dev), a chronology: "July 15 - BP says it has stopped the leak ..." had the speaker "July 15 - BP"
    (a judge: wrong speaker), as "Sept. 26 - Halliburton" had been an asserter in the ledger."""
    found = quotes_of("July 14 - BP delays the test. July 15 - BP says it has stopped the leak -- at least during testing "
                      "-- with the new tight-sealing containment cap.")
    assert [q.speaker for q in found if q.cue == "says"] == ["BP"]


def test_an_unclosed_quote_ends_where_its_voice_does() -> None:
    """bpoil_reuters (dev): 'BP spokesman David Nicholas said: “What they are requesting in the letter is absolutely
    consistent with all our public statements on the matter. President Barack Obama's administration wants to raise the
    liability limit retroactively.' — the closing mark was lost, and the reporter's sentence was Nicholas's claim. After
    words in the speaker's own voice, a sentence out of it is the reporter's; one in it stays."""
    text = ("BP spokesman David Nicholas said: “What they are requesting in the letter is absolutely consistent with all "
            "our public statements on the matter. President Barack Obama's administration wants to raise the liability "
            "limit retroactively.")
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "What they are requesting in the letter is absolutely consistent with all our public statements on the matter."]
    text = "He said: “We will pay. We are going to pay every legitimate claim. Our job is to stop the leak."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [text[text.index("We will") :]]


def test_a_question_put_to_someone_is_not_their_words() -> None:
    """LibyaWar_cnn (dev): "Asked whether Clapper has problems communicating, Feinstein responded, ..." and "Asked
    whether the cease-fire declaration complicates a U.N.-sanctioned intervention, Michael Rubin ... said, ..." gave
    each the question as an indirect quote (judged wrong speaker in the draw of seed 2222); the question was put to them
    by someone unnamed, their words are the answer. A question someone asks stays theirs ("Obama asked whether ...")."""
    found = quotes_of("Asked whether Clapper has problems communicating, Feinstein responded, “I don't know what it is "
                      "and I'm not going to speculate.”")
    assert [(q.text, q.speaker) for q in found] == [("I don't know what it is and I'm not going to speculate.", "Feinstein")]
    assert [q.speaker for q in quotes_of("Obama asked whether Congress would act.")] == ["Obama"]


def test_a_role_the_parse_splits_at_its_hyphen_is_the_whole_word() -> None:
    """haiti_bbc (dev): "Emergency Relief Co-ordinator, John Holmes, says" -- spaCy reads "Co-ordinator" as three
    words, and the speaker's role had been "ordinator"."""
    text = ("I feel so useless. The UN's Emergency Relief Co-ordinator, John Holmes, says a Chinese search and rescue team "
            "has arrived in Port-au-Prince. Teams are also on their way from the US, France, Iceland and the Dominican "
            "Republic. “Help is beginning to arrive, but of course it is desperately needed,” he says.")
    roles = {q.speaker_role for q in quotes_of(text) if q.speaker == "John Holmes"}
    assert roles and all(role and "Co-ordinator" in role for role in roles), roles


def test_a_request_to_the_reader_is_no_quote() -> None:
    """haiti_bbc (dev) 1477, a BBC programme page: "PLEASE NOTE: We are unable to offer transcripts for our program
    interviews." had been the words of a speaker "PLEASE" (three pages)."""
    article = _t17_article("haiti_bbc", "1477")
    quotes = quotes_of(article.text)
    assert "PLEASE NOTE:" in article.text
    assert not [q for q in quotes if "unable to offer transcripts" in q.text], [(q.speaker, q.text) for q in quotes][:5]


def test_the_outlet_told_is_not_part_of_the_words() -> None:
    """haiti_bbc (dev): "American Red Cross spokeswoman Gloria Huang tells the BBC social networking sites have helped
    them raise $35m" -- the parse ran "the BBC" into the subject of what she said, and the ledger's claim began "The BBC
    social networking sites"; a council of several words stays in what is said ("members of it" may be the subject)."""
    told = quotes_of("American Red Cross spokeswoman Gloria Huang tells the BBC social networking sites have helped them raise "
                     "$35m (#21.5 m) in the US, with $5m raised through a text message campaign alone.")
    assert [q.text for q in told if q.speaker == "Gloria Huang"] == [
        "social networking sites have helped them raise $35m (#21.5 m) in the US, with $5m raised through a text message "
        "campaign alone"]
    council = quotes_of("He told the UN Security Council members were divided.")
    assert [q.text for q in council] == ["the UN Security Council members were divided"]


def test_the_writers_own_remark_is_no_ones_report() -> None:
    """bpoil_foxnews (dev) 1443, an op-ed: "It's also important to note that while many advocates for a 'clean energy
    future' want to reduce our dependence on foreign oil ..., their solution does not work" had been the words of the
    National Academy of Sciences, named in the sentence before. A cue whose only subject is an "it" with nothing to
    refer to is the writer's own remark; "It said that ..." still reports."""
    article = _t17_article("bpoil_foxnews", "1443")
    assert "also important to note that" in article.text
    assert not [q for q in quotes_of(article.text) if "their solution does not work" in q.text]
    remarks = quotes_of("It should be noted that the company has not paid anyone. BP said that it is worth noting that the well "
                        "was capped. It said that the cap held.")
    assert [(q.speaker, q.text) for q in remarks] == [("BP", "that it is worth noting that the well was capped"),
                                                      ("BP", "that the cap held")]


def test_a_name_after_a_title_closing_the_speakers_phrase_is_the_speaker() -> None:
    """bpoil_foxnews (dev) 1688: '"... back to reality," said House Environment and Natural Resources Committee Chairman
    Ed Markey, D-Mass. "Much more is left to be done ...," he added' -- the parse coordinates the committee with its
    chairman, and the committee spoke; the "he" who added then went back to Sen. Mary L. Landrieu, quoted before. The
    name after the title that closes the speaker's phrase is who speaks."""
    article = _t17_article("bpoil_foxnews", "1688")
    quotes = quotes_of(article.text)
    assert find(quotes, "Because there was a suspension of belief").speaker == "Ed Markey"
    assert find(quotes, "Much more is left to be done").speaker == "Ed Markey"


def test_a_clocks_zone_is_no_speaker() -> None:
    """bpoil_foxnews (dev): "At 10:30 a.m. CDT, video streams showed the cap being slowly lowered into place" was said
    by "CDT" (the tagger's person; the seed 2829 draw): a time zone speaks no words."""
    quotes = quotes_of("At 10:30 a.m. CDT, video streams showed the cap being slowly lowered into place. "
                       "Officials said the cap worked.")
    assert [q.speaker for q in quotes] == ["Officials"]


def test_a_day_is_no_speaker() -> None:
    """LibyaWar_cnn (dev): "the United Nations' top human rights official noted Monday “the brutality and magnitude of
    measures” taken by the Libyan government" was said by "Monday" (the seed 2424 draw): a day says nothing."""
    quotes = quotes_of("In a speech in Geneva, Switzerland, the United Nations' top human rights official noted Monday "
                       "“the brutality and magnitude of measures” taken by the Libyan government.")
    assert not [q for q in quotes if (q.speaker or "").lower() == "monday"], [(q.speaker, q.text) for q in quotes]


def test_a_word_inside_the_quote_is_not_its_speaker() -> None:
    """bpoil_guardian (dev) 69: '“I don't mean Dunkirk in terms of losses,” countered the vet, “I mean ... to prevent a
    far greater disaster, ingenuity succeeding over seemingly insurmountable problems.”' was said by "ingenuity": the
    parse made that word of the second part the subject of "countered", and the vet its object. What quote marks hold
    is said, never who says it; the phrase next to the cue speaks."""
    article = _t17_article("bpoil_guardian", "69")
    quotes = quotes_of(article.text)
    for prefix in ("I don't mean Dunkirk", "I mean in terms of focusing"):
        assert find(quotes, prefix).speaker == "the vet"
    assert not [q for q in quotes if q.speaker == "ingenuity"]


def test_a_lone_pronoun_is_no_ones_words() -> None:
    """bpoil_guardian (dev) 1925: "Interior secretary Ken Salazar described it as a “massive and potentially
    unprecedented environmental disaster”" gave Salazar an indirect quote of one word, "it". A pronoun alone only
    points at what was said; the partial quote after it holds his words."""
    article = _t17_article("bpoil_guardian", "1925")
    quotes = quotes_of(article.text)
    salazar = [q for q in quotes if q.speaker == "Ken Salazar"]
    assert salazar and not [q for q in salazar if q.text.strip().lower() in ("it", "this", "that", "them")], salazar
    assert find(quotes, "massive and potentially unprecedented").speaker == "Ken Salazar"


def test_who_a_warning_comes_from_gave_it() -> None:
    """bpoil_guardian (dev): "The change followed a warning from BP that not including the bomber could hurt its
    business interests" was said by "The change" (the subject of the verb the warning hangs on). A cue noun's "from X"
    names who gave it, as its "by X" does."""
    quotes = quotes_of("Documents last year showed Straw originally promised a PTA would only be reached with Libya if "
                       "Megrahi was excluded. But he later acceded to Libyan demands to include Megrahi. The change followed "
                       "a warning from BP that not including the bomber could hurt its business interests.")
    assert find(quotes, "that not including the bomber").speaker == "BP"


def test_a_surname_before_a_transcripts_colon_speaks() -> None:
    """bpoil_washingtonpost (dev): a hearing printed as a transcript, 'Suttles: “It's hard for me to go back in time
    ...”' after 'Graham pressed on: ...'; the tagger tags no name in "Suttles:", and the words had gone to the last
    speaker (Ian MacDonald, then Bob Graham). A surname a person of the article bears ("Doug Suttles") speaks, as that
    person, named; and the "He said" after his words is his."""
    quotes = _t17_quotes("bpoil_washingtonpost", "1458")
    for opening in ("It's hard for me to go back in time", "I think what's been clear", "no one anticipated a well"):
        quote = next(q for q in quotes if q.text.startswith(opening))
        assert (quote.speaker, quote.speaker_named) == ("Doug Suttles", True), opening
    assert next(q for q in quotes if q.text.startswith("Do you think that now your company")).speaker == "Bob Graham"


@pytest.mark.parametrize(("uid", "words"), [
    ("1081", "the Oil Spill Liability Trust Fund"),  # "The pot of money, called the Oil Spill Liability Trust Fund, ..."
    ("1298", "spacer"),  # "used it as a “spacer” to separate seawater from dense drilling fluid called “mud”"
])
def test_a_name_given_is_no_quote(uid: str, words: str) -> None:
    """bpoil_washingtonpost (dev): a verb of naming that names ("called" with a thing for its subject, or as a
    participle) neither reports words nor is the cue of marked words near it."""
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", uid) if q.text.strip("“”\"") == words]


@pytest.mark.parametrize(("uid", "words"), [
    ("1449", "offshore drilling"),  # "Lawmakers who favor offshore drilling ..."
    ("239", "putting a price on carbon emissions"),  # "a large New Jersey-based utility that supports putting a price ..."
    ("1354", "what was being hauled out"),  # "Pointer moved closer to see what was being hauled out"
])
def test_a_stance_that_describes_its_holder_or_a_purpose_is_no_quote(uid: str, words: str) -> None:
    """bpoil_washingtonpost (dev): a verb of stance or thought in a relative clause describes who holds it, and one
    in an infinitive of purpose says what an act was for; neither reports anything said."""
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", uid) if q.text == words]


def test_a_marked_word_inside_narration_is_not_the_next_sentences_speakers() -> None:
    """bpoil_washingtonpost (dev): "Lines of dead jellyfish float in the gulf, traces of oil visible in their clear
    “bells.” These scenes, scientists say, are confirmation ..." had "bells." said by the scientists; only words that
    open their own sentence may be said by the next sentence's speaker."""
    quotes = _t17_quotes("bpoil_washingtonpost", "1923")
    assert not [q for q in quotes if q.text.startswith("bells")]


def test_a_participle_the_reporter_sets_off_with_a_dash_ends_the_reported_words() -> None:
    """bpoil_washingtonpost (dev): "Other scientists have said they have little of the equipment necessary to find oil
    under the water -- leading to debates about whether the underwater plumes were even there": the debates are the
    reporter's account of what followed, not the scientists' words."""
    quote = next(q for q in _t17_quotes("bpoil_washingtonpost", "1716") if q.text.startswith("they have little of the equipment"))
    assert quote.text.endswith("to find oil under the water") and quote.speaker == "Other scientists"


def test_a_new_statement_with_its_own_content_does_not_tag_the_quote_before_it() -> None:
    """bpoil_washingtonpost (dev): "“It's presenting a lot of challenges to the companies.” Some lawmakers called for
    an inquiry into safety regulation." had the Sierra Club expert's second sentence said by "Some lawmakers": a verb
    with its own content after its preposition ("called for an inquiry") starts a new statement."""
    quotes = _t17_quotes("bpoil_washingtonpost", "700")
    assert next(q for q in quotes if q.text.startswith("It's presenting a lot of challenges")).speaker != "Some lawmakers"
    assert next(q for q in quotes if q.text == "an inquiry into safety regulation").speaker == "Some lawmakers"


@pytest.mark.parametrize(("uid", "words"), [
    ("700", "to churn political waters"),  # "The growing spill threatened to churn political waters as lawmakers ..."
    ("759", "to despoil the ecosystems"),  # "a gigantic man-made disaster that is threatening to despoil the ecosystems"
])
def test_a_thing_that_threatens_says_nothing(uid: str, words: str) -> None:
    """bpoil_washingtonpost (dev): "threaten", "defend" and "challenge" name acts as often as words; done by a thing
    no one speaks for (a spill, a disaster) they report nothing said."""
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", uid) if q.text.startswith(words)]


def test_the_service_is_the_service_named_before() -> None:
    """bpoil_washingtonpost (dev): "The National Weather Service issued a flood warning ... The service also cautioned
    small craft to expect “strong winds and hazardous seas”" was said by "The service": a definite body noun is the last
    named body whose name holds it, for services and commissions as for councils and ministries."""
    quote = next(q for q in _t17_quotes("bpoil_washingtonpost", "131") if q.text == "strong winds and hazardous seas")
    assert quote.speaker == "National Weather Service"


@pytest.mark.parametrize(("uid", "words"), [
    ("1334", "criminal negligence"),  # "If the device was poorly maintained ..., a finding of “criminal negligence”"
    ("60", "Save U.S. Energy Jobs"),  # "The campaign operates under the name “Save U.S. Energy Jobs,” which is described"
    ("1748", "a company makes $100 billion one year"),  # "Let's say a company makes $100 billion one year"
])
def test_a_passive_of_no_one_a_name_and_a_supposition_report_no_words(uid: str, words: str) -> None:
    """bpoil_washingtonpost (dev): a passive with no one doing it ("was poorly maintained", "is described as") names no
    speaker for marked words near it, words after "the name" are a name, and "Let's say" is the writer's supposition
    (its speaker had been "'s")."""
    assert not [q for q in _t17_quotes("bpoil_washingtonpost", uid) if q.text.strip(" ,") == words]


def test_whom_one_calls_something_is_no_speaker() -> None:
    """bpoil_washingtonpost (dev): "Cameron came to BP's defense ..., calling the British oil giant “an important
    multinational company”" had the words said by "the British oil giant": whom one calls, names or describes as
    something is no speaker inverted after the verb, as whom one tells or accuses is not."""
    quotes = _t17_quotes("bpoil_washingtonpost", "2065")
    called = [q for q in quotes if q.text.startswith("an important multinational company")]
    assert called and all(q.speaker != "the British oil giant" for q in called)


def test_words_after_a_colon_are_the_arguers_not_a_seeing_inside_the_argument() -> None:
    """bpoil_bbc (dev): "George Monbiot argues in the Guardian that BP should not see the money it makes as profit ...:
    “Pollution has been defined as a resource in the wrong place. ...”" gave the quoted column to BP (the parse hung it
    on "see", a verb of seeing inside what Monbiot argues). A verb of knowing or seeing is the cue only when no verb of
    saying holds it."""
    (quote,) = [q for q in _t17_quotes("bpoil_bbc", "344") if q.text.startswith("Pollution has been defined")]
    assert (quote.speaker, quote.cue) == ("George Monbiot", "argues")


def test_a_name_and_colon_before_marked_words_speaks_them_and_no_more() -> None:
    """bpoil_bbc (dev) 2073 opens "Mike O'Berry, US Coast Guard: “We'll search until all likelihood of success has
    passed” The US Coast Guard says that no oil appears to be leaking ...", all on one line: the line's "name: words"
    ran 2,358 characters to the end of the article, and the marked words went to the Coast Guard's "says", a verb after
    them with words of its own. The name before the colon speaks the marked words, and a "name: words" line ends with
    its sentence."""
    quotes = _t17_quotes("bpoil_bbc", "2073")
    (search,) = [q for q in quotes if q.text.startswith("We'll search until")]
    assert search.speaker == "Mike O'Berry" and search.kind == "direct"
    assert not [q for q in quotes if q.text.startswith("“We'll search")]
    assert all(len(q.text) < 600 for q in quotes), max(len(q.text) for q in quotes)


def test_a_date_before_the_that_of_reported_words_is_when_they_were_said() -> None:
    """bpoil_bbc (dev): "President Barack Obama says the following day that the $50m spent by BP on the campaign ...
    should have instead gone towards the clean-up operation" reported "the following day that the $50m ..." (the
    ledger's statement opened on it). A date right before the "that" says when the words were said."""
    quotes = _t17_quotes("bpoil_bbc", "1249")
    (said,) = [q for q in quotes if "should have instead gone towards the clean-up" in q.text]
    assert said.text.startswith("that the $50m spent by BP") and said.speaker == "Barack Obama"


def test_a_document_by_someone_speaks_for_its_author() -> None:
    """bpoil_bbc (dev): "An investigation carried out by BP said that it was responsible in part for the disaster" had
    the speaker "An investigation", and "Earlier statements by the company had said tests had shown the cement to be
    stable" the speaker "Earlier statements by the company" (its last word taken for its head). A document with its
    author after "by" speaks for the author."""
    (found,) = [q for q in _t17_quotes("bpoil_bbc", "452") if q.text.startswith("that it was responsible in part")]
    assert found.speaker == "BP"
    (stable,) = [q for q in _t17_quotes("bpoil_bbc", "805") if q.text.startswith("tests had shown the cement")]
    assert stable.speaker == "the company"


def test_a_trailing_relay_says_none_of_the_words_it_relays() -> None:
    """bpoil_bbc (dev) 1252: "BP has told members of a US congressional committee that up to 9.5 m litres a day could
    spill if the leaks worsen, AP notes." gave the same words twice, to BP and to AP. The words are BP's; the agency
    after them relays the report."""
    found = [q for q in _t17_quotes("bpoil_bbc", "1252") if "9.5 m litres a day could spill" in q.text]
    assert [(q.speaker, q.cue) for q in found] == [("BP", "told")]


def test_marked_words_signed_with_a_dash_and_a_name_are_that_persons() -> None:
    """bpoil_bbc (dev) 1338, readers' ideas to stop the leak, each signed: '“Beads get processed to remove the oil, then
    re-used. ...” - Alwyn Turner, ...' went to the signer before (the next sentence's "says" taken for their cue). Marked
    words with a dash and a person's name right after them are that person's."""
    quotes = _t17_quotes("bpoil_bbc", "1338")
    for opening, signer in (("Beads get processed to remove the oil", "Alwyn Turner"),
                            ("It might have access panels", "Elaine Seniuk"),
                            ("The power will fuse the rock together", "Michael Murray")):
        (found,) = [q for q in quotes if q.text.startswith(opening)]
        assert found.speaker == signer, (opening, found.speaker)


def test_a_name_set_off_after_a_spokesmans_body_is_the_speaker() -> None:
    """haiti_bbc (dev) 1580 read "A spokeswoman for the UN World Food Programme, Emilia Casella, rejects ..." as said by
    "A spokeswoman": the parse hangs a name set off after a title's phrase on the name the phrase ends on. That name,
    a person's, is the speaker, after a body's name or a person's ("a spokesman for Libyan leader Moammar Gadhafi,
    Moussa Ibrahim"), and up a chain of prepositions ("the acting head of the UN mission in Haiti, Edmond Mulet, told
    the BBC ...", given to "the acting head" in the seed 7171 draw); a name set off after a noun that can be a person
    names that noun ("a spokesman for the leader, Moammar Gadhafi", "a spokesman for the leader of Libya, ...")."""
    text = ("Food is arriving in the city. A spokeswoman for the UN World Food Programme, Emilia Casella, said: “We are "
            "working as fast as we can.” A spokesman for Libyan leader Moammar Gadhafi, Moussa Ibrahim, said the strikes "
            "had killed civilians. A spokesman for the leader, Moammar Gadhafi, said nothing had changed. A spokesman for "
            "the leader of Libya, Moammar Gadhafi, said the talks had failed. Earlier, the acting head of the UN mission "
            "in Haiti, Edmond Mulet, told the BBC that reconstruction would take several decades.")
    found = {q.text: q.speaker for q in extract_quotes(load_nlp()(text), "t")}
    assert found["We are working as fast as we can."] == "Emilia Casella", found
    assert found["the strikes had killed civilians"] == "Moussa Ibrahim", found
    assert found["nothing had changed"] != "Moammar Gadhafi" and found["the talks had failed"] != "Moammar Gadhafi", found
    assert found["that reconstruction would take several decades"] == "Edmond Mulet", found


def test_marked_words_after_a_named_persons_reported_words_are_theirs() -> None:
    """haiti_bbc (dev) 105: "Andrew Goodwill, from fraud screening firm 3rd Man, said criminals use charity donations to
    test whether a card has been stopped. “When a credit card fraudster compromises your card he will want to test that
    card to see if it works. “So he will make a small donation ...”" left both marked paragraphs with no speaker: only
    marked words carried a speaker on to the words after them. Reported words of a named person do too."""
    text = ("Andrew Goodwill, from fraud screening firm 3rd Man, said criminals use charity donations to test whether a "
            "card has been stopped. “When a credit card fraudster compromises your card he will want to test that card to "
            "see if it works. “So he will make a small donation through a charity website.”")
    found = {q.text[:20]: q.speaker for q in extract_quotes(load_nlp()(text), "t")}
    assert found == {"criminals use charit": "Andrew Goodwill", "When a credit card f": "Andrew Goodwill",
                     "So he will make a sm": "Andrew Goodwill"}, found


def test_marked_words_after_a_described_persons_reported_words_are_theirs() -> None:
    """bpoil_reuters (dev), 2011-01-04: the marked words after "One dealer said ..." were given to Ken Feinberg, named in
    the sentence before: a described speaker's reported words did not carry the speaker on, and the named one's did."""
    text = ("Ken Feinberg, the independent administrator of the $20 billion fund set up by BP told Bloomberg Television "
            "about half the fund's assets should be adequate to cover claims for economic losses. One dealer said the news "
            "reports focused minds on the fact BP shares were cheap compared to rivals. “BP remains cheap and vulnerable at "
            "these levels but I do not think a bid is likely.” BP shares trade on a price-earnings ratio of 6.5 times.")
    found = {q.text[:20]: q.speaker for q in extract_quotes(load_nlp()(text), "t")}
    assert found["BP remains cheap and"] == "One dealer", found


def test_e_mailed_words_are_the_senders() -> None:
    """bpoil_washingtonpost (dev) 1053: the tokenizer split "e-mailed" into "e", "-", "mailed", the parse made the verb a
    modifier of the name, and the words went on to the speaker before (Justin Taffinder)."""
    text = ("“We're not small people. We're human beings,” said Justin Taffinder of New Orleans. “Purely a translation "
            "matter,” e-mailed BP spokesman Scott Dean. And later Wednesday, Svanberg apologized for his apology.")
    found = {q.text[:20]: q.speaker for q in extract_quotes(load_nlp()(text), "t")}
    assert found["Purely a translation"] == "Scott Dean", found


def test_reported_words_whose_subject_was_read_as_the_verbs_object_hold_it_past_a_comma() -> None:
    """haiti_bbc (dev): "The UN says up to 80-90% of buildings in Leogane, about 19km (12 miles) west of
    Port-au-Prince, have been destroyed." gave the UN the words "have been destroyed": the parse took the subject for
    the verb's object, and the comma closing its aside kept it from the clause."""
    text = ("The UN says up to 80-90% of buildings in Leogane, about 19km (12 miles) west of Port-au-Prince, have been "
            "destroyed.")
    (quote,) = extract_quotes(load_nlp()(text), "t")
    assert quote.text == ("up to 80-90% of buildings in Leogane, about 19km (12 miles) west of Port-au-Prince, have been "
                          "destroyed"), quote.text


def test_what_someone_described_a_thing_as_is_the_description() -> None:
    """haiti_bbc (dev): "... said Mr Bahn, who described the sky as “just gray with dust”." gave Bahn the words "the
    sky": a verb of describing reports the thing with what it was described as."""
    text = ("In the minutes after the quake, Henry Bahn said he had seen houses which had tumbled into a ravine. “Everybody "
            "is just totally, totally freaked out and shaken,” said Mr Bahn, who described the sky as “just gray with "
            "dust”. The minister described the attack as a war crime.")
    found = {q.text: q.speaker for q in extract_quotes(load_nlp()(text), "t")}
    assert "the sky" not in found and found.get("just gray with dust") == "Henry Bahn", found
    assert found.get("the attack as a war crime") == "The minister", found


def test_an_unclosed_quote_reopened_after_a_run_with_no_stop_ends_at_its_last_sentence() -> None:
    """haiti_bbc (dev): Douglas Alexander's "“This ship will provide a lifeline ... to keep Haiti running." ran on
    through a flattened box ("The Disasters Emergency Committee is co-ordinating an appeal ... or by telephoning 0370
    60 60 900") to the next paragraph of his words, which reopens with a mark. A quoted paragraph the next one reopens
    ends as a paragraph does; a run with no stop before the new mark is not his."""
    text = ("International Development Secretary Douglas Alexander said: “This ship will provide a lifeline of essential "
            "supplies to keep Haiti running. The Disasters Emergency Committee is co-ordinating an appeal to help the "
            "people of Haiti There are 13 charities involved Donate via the DEC website or by telephoning 0370 60 60 900 "
            "“The focus until now has rightly been on the immediate task of trying to save lives.” The minister spoke "
            "in London. She said: “We are sending help. We are sending doctors. “We will stay as long as needed.”")
    found = [q.text for q in extract_quotes(load_nlp()(text), "t") if q.kind == "direct"]
    assert found[0] == "This ship will provide a lifeline of essential supplies to keep Haiti running.", found
    assert "We are sending help. We are sending doctors." in found, found



def test_reported_words_keep_the_bracket_they_close() -> None:
    """haiti_bbc (dev): "The British government has said it will treble its aid to Haiti to #20m ($32m)." gave the words
    "it will treble its aid to Haiti to #20m ($32m": the closing bracket was trimmed as trailing punctuation (judged a
    bad span in the seed 7272 draw). Words keep a bracket they close."""
    (quote,) = extract_quotes(load_nlp()("The British government has said it will treble its aid to Haiti to #20m ($32m)."), "t")
    assert quote.text == "it will treble its aid to Haiti to #20m ($32m)", quote.text


def test_whom_one_tells_is_no_speaker_when_the_parse_loses_the_subject() -> None:
    """LibyaWar_cnn 26 (dev): 'Asked if Gadhafi has a “Plan B” to leave Libya, Saif al-Islam Gadhafi told CNN Turk: “We
    have Plan A, ...”' parses "told" as an auxiliary with no subject; the name after it is whom he told, the name before
    it speaks (the tagger's "told", left unlemmatised, had missed the verbs of telling)."""
    quotes = _libya("26")
    assert find(quotes, "We have Plan A, Plan B, Plan C", "direct").speaker == "Saif al-Islam Gadhafi"


def test_a_speaker_named_by_a_shared_surname_is_whom_the_article_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 26: 'On state television, Gadhafi ... threatened to escalate the violence. “We can destroy any
    assault ...,” he said.' The quotes stage names the speaker "Gadhafi"; stored with 37, 249 and 255, which name
    Ayesha Gadhafi (and with pages that call her father "Moammar Gadhafi", his entity's name), the name's entity had
    been hers (her alias "Gadhafi" came first). The article's own mention says whom it means."""
    from tests.analyse.test_entities import _libya_store

    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith(("/26", "/37", "/249", "/255"))
                                                    or r["text"].count("Moammar Gadhafi") >= 4], "surname")
    rows = store.query("SELECT q.article, q.text, q.speaker_entity, e.name FROM quotes q JOIN entities e "
                       "ON e.id = q.speaker_entity WHERE q.text LIKE 'We can destroy any assault%' "
                       "OR q.text LIKE 'We will defeat any foreign%'")
    article = rows[0]["article"]
    text = store.query("SELECT text FROM articles WHERE id = ?", (article,))[0]["text"]
    named = text.index("Gadhafi -- wearing a fur trooper's hat")
    mention = store.query("SELECT entity FROM mentions WHERE article = ? AND start = ?", (article, named))
    assert mention and "Ayesha" not in str(rows), rows
    assert len(rows) == 2 and {r["speaker_entity"] for r in rows} == {mention[0]["entity"]}, rows


def test_a_thing_that_demands_is_no_speaker_under_a_sayer() -> None:
    """LibyaWar_cnn (dev) 278: 'Secretary of State Hillary Clinton said the situation demands “a strong and strategic
    American response.”' The nearest verb of saying above the words is "demands", whose doer is a thing; Clinton,
    who says so, speaks them ("the situation" had been the speaker)."""
    quote = find(_libya("278"), "a strong and strategic American response")
    assert quote.speaker == "Hillary Clinton", (quote.speaker, quote.cue)


def test_what_one_warns_of_is_the_thing_not_the_preposition() -> None:
    """LibyaWar_cnn (dev) 313, 263: "while warning of a chaotic civil war, return to colonialism and mass poverty",
    "warned of civil war with members of different tribes ...": the words reported are "a chaotic civil war ...", not
    "of a chaotic civil war ..." (a fragment). On PolNeAR dev this lifted content exact F1 0.511 -> 0.520."""
    warned = [q for q in _libya("313") + _libya("263") if q.cue in ("warning", "warned") and "civil war" in q.text]
    assert warned and all(not q.text.startswith("of ") for q in warned), [q.text for q in warned]
    assert any(q.text.startswith("a chaotic civil war") for q in warned), [q.text for q in warned]


def test_a_name_the_parse_misread_before_its_verb_of_saying_speaks() -> None:
    """bpoil_guardian (dev) 665: "The project took four years, but in all that time Nunnally said it never occurred to
    the scientists ...": the parse made "Nunnally" an adverb of "said", whose subject was then sought up its "conj" ("The
    project"); the words after, with no cue, had gone to BP. The name right before the verb speaks."""
    quotes = _t17_quotes("bpoil_guardian", "665")
    assert find(quotes, "it never occurred to the scientists").speaker.endswith("Nunnally")
    assert find(quotes, "For all the ship time").speaker.endswith("Nunnally")


def test_the_verbs_inside_a_new_statement_after_a_quote_are_its_own() -> None:
    """bpoil_guardian (dev) 1777: '... keep in mind those individuals. “That will be the standard by which I measure
    BP's response. ... That's who we're doing the work for.” Obama said BP had also agreed to establish a $100m fund':
    "Obama said ..." reports words of its own, a new statement, and the "agreed" inside it had made BP the speaker of
    the President's words (the briefing's "Who said what" showed them as BP's)."""
    quote = find(_t17_quotes("bpoil_guardian", "1777"), "That will be the standard by which")
    assert quote.speaker == "Barack Obama", (quote.speaker, quote.cue)


def test_the_aim_of_an_act_told_is_no_quote() -> None:
    """LibyaWar_cnn: "Some families fled Ras Lanuf, hoping to escape the violence" was an indirect quote of the
    families; bpoil_guardian: "BP then lowered a large container ..., hoping to collect the oil" and "Transocean ...
    filed papers in a Houston court on Thursday seeking to limit its legal liability to $27m" were BP's and
    Transocean's words (and migrants "seeking to enter Europe" the words of Lampedusa). A participle of a verb that is not one of saying, with only an infinitive of its own, is the aim
    of the act the sentence tells; a speech verb's ("vowing to retake all territory") is still what was said."""
    for topic, uid, aim in (("LibyaWar_cnn", "271", "to escape the violence"), ("bpoil_guardian", "646", "to collect the oil"),
                            ("bpoil_guardian", "717", "to limit its legal liability"), ("LibyaWar_cnn", "130", "to enter Europe")):
        quotes = _t17_quotes(topic, uid)
        assert quotes and not [q.text for q in quotes if q.text.startswith(aim)], (topic, uid)
    vowed = [q for q in _t17_quotes("LibyaWar_cnn", "162") if q.text.startswith("to retake all territory")]
    assert vowed and vowed[0].cue == "vowing", vowed


def test_a_subject_the_parse_hung_on_an_aside_speaks() -> None:
    """LibyaWar_cnn: "Defense Secretary Robert Gates, also speaking before the House committee, warned that the Libyan
    rebels still need significant training and assistance." The parse makes "Gates" the subject of "speaking" and leaves
    "warned" with none: the words were the House committee's, and Gates's '"It's pretty much a pickup ballgame" right
    now, he said' went to Mike Mullen, the last speaker before him."""
    for uid in ("86", "320"):
        quotes = _t17_quotes("LibyaWar_cnn", uid)
        warned = [q for q in quotes if q.text.startswith("that the Libyan rebels still need")]
        assert warned and all("Gates" in (q.speaker or "") for q in warned), [(q.speaker, q.text[:40]) for q in warned]


def test_words_that_only_name_what_was_spoken_of_are_a_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: "Rebel leaders have criticized NATO's efforts in recent days" was an indirect quote "NATO's
    efforts" (a hand-check judged 7 of 50 quotes such noun phrases: "not speech"); bpoil_guardian: "... criticised the
    company's safety culture". Words that only name a thing are a quote of kind "topic": kept (PolNeAR counts them as
    attributions, and the claims ledger reads them), left out of the quote views unless asked for. What is said of the
    thing stays a quote ("blamed drunks, criminals and foreigners for fanning dissent", "criticised BP for scrimping")."""
    for topic, uid, named, said in (("LibyaWar_cnn", "32", "NATO's efforts", None),
                                    ("LibyaWar_cnn", "313", None, "drunks, criminals and foreigners for fanning dissent"),
                                    ("bpoil_guardian", "717", "the company's safety culture", None),
                                    ("bpoil_guardian", "1101", None, "BP for scrimping")):
        kinds = {q.text: q.kind for q in _t17_quotes(topic, uid)}
        if named:
            assert kinds.get(named) == "topic", (uid, {t: k for t, k in kinds.items() if named[:8] in t})
        if said:
            assert [k for t, k in kinds.items() if t.startswith(said)] == ["indirect"], (uid, {t: k for t, k in kinds.items() if said[:8] in t})
    from storyline.views import quotes_view

    store = _libya_store(tmp_path, "32")
    shown = quotes_view(store)["items"]
    assert shown and not [q for q in shown if q["kind"] == "topic"]
    assert "NATO's efforts" in [q["text"] for q in quotes_view(store, kind="topic")["items"]]


def test_an_attribution_closing_the_words_or_after_a_connective_is_no_part_of_them() -> None:
    """LibyaWar_cnn (dev) 120: "Even so, he said, time is now against Gadhafi" and 78: "... asked the agency to “ban all
    flights” flying over and heading to Libya, a spokeswoman said, in quotes carried by Agence France-Presse" were quotes
    holding their own attribution (judged "bad span" in the draw of seed 2930); bpoil_guardian (dev) 656: "But, Suttles
    said, oil was still coming out". An attribution set in the words is cut out when only a connective stands before it
    or at most a phrase after it; one that interrupts the words keeps them whole ("Some of the people involved in the
    opposition, he said, were detained ...")."""
    texts = {q.text for q in _t17_quotes("LibyaWar_cnn", "120")}
    assert "time is now against Gadhafi" in texts, [t for t in texts if "against Gadhafi" in t]
    texts = {q.text for q in _t17_quotes("LibyaWar_cnn", "78")}
    wanted = [t for t in texts if t.startswith("Meanwhile all 39 member states")]
    assert wanted and all(t.endswith("heading to Libya") for t in wanted), wanted
    texts = {q.text for q in _t17_quotes("bpoil_guardian", "656")}
    assert "oil was still coming out" in texts, [t for t in texts if "still coming out" in t]
    doc = load_nlp()("Some of the people involved in the opposition, he said, were detained by the United States in Guantanamo.")
    assert [q.text for q in extract_quotes(doc, "x")] == [
        "Some of the people involved in the opposition, he said, were detained by the United States in Guantanamo"]


def test_a_topic_heading_before_a_colon_names_no_speaker() -> None:
    """LibyaWar_cnn (dev) 396: Huckabee's interview printed under topic headings ("On whether President Obama is being
    too timid in his handling of the crisis: “In light of the urgency ...”", "On the role his new book plays ...: “This
    is the message ...”") gave both answers to Barack Obama, the first "Who said what" of the story's briefing (judged
    "wrong speaker" in the draw of seed 2930). A label before a colon that opens on "On" is the answer's topic: the one
    it names does not speak; a name before a colon still does (bpoil_guardian (dev) 215: "In the words of Micky Driver,
    a Chevron spokesman: “It's lots of money ...”")."""
    quotes = _t17_quotes("LibyaWar_cnn", "396")
    answers = [q for q in quotes if q.text.startswith(("In light of the urgency", "This is the message"))]
    assert answers and not [q for q in answers if q.speaker and "Obama" in q.speaker], [(q.speaker, q.text[:30]) for q in answers]
    assert [q for q in _t17_quotes("bpoil_guardian", "215") if q.text.startswith("It's lots of money") and q.speaker == "Micky Driver"]


def test_the_one_asked_in_a_participle_the_tagger_read_as_a_past_is_no_asker() -> None:
    """LibyaWar_cnn (dev) 317: "Asked how often it has happened, Gates replied: ..." gave Gates the question "how often
    it has happened" (judged "wrong speaker" in the draw of seed 2626): in that article the tagger read "Asked" as a
    finite past, and only a participle tagged so was known to be asked of its subject. bpoil_guardian (dev) 2174:
    "Asked how BP could ever quantify the damage caused by the spill, he just says ..." the same. A past form set before
    the verb it hangs on, with no subject of its own, is a participle."""
    for topic, uid, asked in (("LibyaWar_cnn", "317", "how often it has happened"),
                              ("bpoil_guardian", "2174", "how BP could ever quantify")):
        quotes = _t17_quotes(topic, uid)
        assert quotes
        assert not [q for q in quotes if q.text.startswith(asked)], [(q.speaker, q.text[:40]) for q in quotes if q.text.startswith(asked)]


def test_a_noun_phrase_whose_verbs_only_describe_it_names_a_topic() -> None:
    """LibyaWar_cnn (dev) 115: "Gadhafi referred to [NATO, which began bombing military targets in Libya ...]" and 169:
    "a resolution Tuesday expressing [support for limited American involvement in the NATO-led military campaign]" were
    quotes (judged "not speech" in the draw of seed 2626); bpoil_guardian (dev) 253: "criticised [Obama's decision to
    compare an environmental disaster with a terror plot ...]". A noun phrase whose verbs are all inside what describes
    a noun names what was spoken of: kind "topic". Words that say something stay a quote ("said the rebels had taken the
    town")."""
    for topic, uid, named in (("LibyaWar_cnn", "115", "NATO, which began bombing military targets"),
                              ("LibyaWar_cnn", "169", "support for limited American involvement"),
                              ("bpoil_guardian", "253", "Obama's decision to compare an environmental disaster")):
        kinds = {q.text: q.kind for q in _t17_quotes(topic, uid)}
        found = [k for t, k in kinds.items() if t.startswith(named)]
        assert found and set(found) == {"topic"}, (uid, {t[:50]: k for t, k in kinds.items() if named[:10] in t})
    doc = load_nlp()("He said the rebels had taken the town.")
    assert [q.kind for q in extract_quotes(doc, "x")] == ["indirect"]


def test_a_described_speaker_the_next_sentence_names_is_that_person() -> None:
    """bpoil_guardian (dev) 1685: "The chief executive of Britain's National Association of Pension Funds said investors
    might be receptive ... “BP's current difficulties shouldn't have ...,” Joanne Segars said." left the first words to
    "The chief executive" (judged "vague speaker" in the draw of seed 3030); LibyaWar_cnn (dev) 304 and 131 the same ("A
    spokesman for the Libyan government said the charge was not true. “We would never use such weapons ...,” Musa Ibrahim
    said"; "a Johns Hopkins University professor said ... “We have to understand ...,” Fouad Ajami told CNN's “AC360.”").
    A name the article has not used before, with no title or description of its own, speaking in the next sentence, is
    the described speaker's, and so is one given only a rank ("the chief operations officer of NATO's Operation Unified
    Protector told reporters ... “...,” Brig. Gen. Claudio Gabellini said", judged "vague speaker" in the draw of seed
    3333, the name of another in the described one's own words no bar); a name introduced on its own is someone else
    (LibyaWar_cnn 111: "One Security Council
    diplomat said ... France's U.N. ambassador, Gerard Araud, also said ..."; 190: "which a U.S. official described as
    “delusional.” ... Told by the BBC's Jeremy Bowen that ..."). A name in the named one's own words is no bar either
    (LibyaWar_cnn 319: "..., a government spokesman said Thursday. Eman al-Obeidy will “hopefully” be visited ...,
    Mousa Ibrahim said", judged "vague speaker" in the quote draw of seed 5414; 391: "A former Obama national security
    adviser said Sunday that ... “The problem is that while everybody wants to see Gadhafi leave ...,” Ret. Gen. Jim
    Jones said"), and the next sentence may name the one described as the subject of a verb of saying with no words
    quoted (366: "A woman who worked on the campaign ... has learned that her phone may have been hacked. As Sarah Payne
    previously defended the newspaper"), but not someone it introduces who says nothing (111: "One Western diplomat
    said ... The Chinese ambassador, Li Baodong, ... would not comment")."""
    for topic, uid, words, named, role in (
            ("LibyaWar_cnn", "319", "A woman who was dragged away", "Mousa Ibrahim", "spokesman"),
            ("LibyaWar_cnn", "391", "that the international coalition in Libya", "Jim Jones", "national security adviser"),
            ("LibyaWar_cnn", "366", "that her phone may have been hacked", "Sarah Payne", "woman"),
            ("bpoil_guardian", "1685", "investors might be receptive", "Joanne Segars", "chief executive"),
            ("LibyaWar_cnn", "304", "the charge was not true", "Musa Ibrahim", "spokesman"),
            ("LibyaWar_cnn", "131", "the coalition can achieve only so much", "Fouad Ajami", "professor"),
            ("LibyaWar_cnn", "331", "that the organization had no evidence", "Claudio Gabellini", "chief operations officer")):
        quote = next(q for q in _t17_quotes(topic, uid) if q.text.startswith(words))
        assert quote.speaker == named and quote.speaker_named and role in (quote.speaker_role or ""), (quote.speaker, quote.speaker_role)
    for uid, words, other in (("111", "if there is a clear trigger", "Araud"), ("190", "delusional", "Bowen"),
                              ("111", "his country is cautious", "Li Baodong")):
        said = [q for q in _t17_quotes("LibyaWar_cnn", uid) if words in q.text]
        assert said and not [q for q in said if other in (q.speaker or "")], [(q.speaker, q.text[:40]) for q in said]


def test_a_body_set_off_after_a_description_is_the_speaker() -> None:
    """bpoil_guardian (dev) 1639: "One stockbroker, Arbuthnot, captured the gloomy mood at the company, saying the
    disaster “has a real possibility of breaking the company”" gave the words to "One stockbroker" (judged "vague
    speaker" in the draw of seed 3030); 1216: "One environmental group, the Centre for Biological Diversity, has
    threatened to sue ..." the same. A name the tagger calls an organisation, set off after the described speaker's
    noun, is who speaks; after a person's title it is that person (1381: "The White House chief of staff, Rahm Emanuel,
    joked ... “I think we can all conclude ...,” he added", the name tagged an organisation: "he" is still Emanuel, not
    the "Photographs of Hayward" named before). LibyaWar_cnn holds no such apposition the tagger reads as a body."""
    quote = next(q for q in _t17_quotes("bpoil_guardian", "1639") if q.text.startswith("has a real possibility"))
    assert quote.speaker == "Arbuthnot" and quote.speaker_named
    quote = next(q for q in _t17_quotes("bpoil_guardian", "1216") if "sue the administration" in q.text)
    assert quote.speaker == "Centre for Biological Diversity", quote.speaker
    added = [q.speaker for q in _t17_quotes("bpoil_guardian", "1381") if q.text.startswith(("He's got his life back", "I think we can all"))]
    assert added == ["Rahm Emanuel", "Rahm Emanuel"], added


def test_a_state_of_mind_the_writer_tells_is_a_view(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 983: "the Obama administration thinks this is lower than it should be and would like to see
    the pressure rise ..."; 665: "BP intended to follow standard academic protocols ..."; 1777: "even some investors
    worried that attempting to pay the dividend risked antagonising the White House ..." (each judged "not speech" in
    the draw of seed 3030: the writer tells what someone thinks, wants or intends). LibyaWar_cnn (dev) 200: "Robert Gates
    believes the sustained campaign is having an effect"; 112: "German pundits worry that this stance will hurt
    Germany's global standing". Such words are a quote of kind "view": kept (PolNeAR counts them, the ledger reads them),
    left out of the quote views unless asked for. Words said stay quotes (200: "Human Rights Watch said" "It is difficult
    to tell exactly how many civilians are being held ...")."""
    for topic, uid, words in (("bpoil_guardian", "983", "this is lower than it should be"),
                              ("bpoil_guardian", "665", "to follow standard academic protocols"),
                              ("bpoil_guardian", "1777", "that attempting to pay the dividend"),
                              ("LibyaWar_cnn", "200", "the sustained campaign is having an effect"),
                              ("LibyaWar_cnn", "112", "that this stance will hurt")):
        kinds = [q.kind for q in _t17_quotes(topic, uid) if q.text.startswith(words)]
        assert kinds == ["view"], (uid, words, kinds)
    assert [q.kind for q in _t17_quotes("LibyaWar_cnn", "200") if q.text.startswith("It is difficult to tell")] == ["indirect"]
    from storyline.views import quotes_view

    store = _libya_store(tmp_path, "200")
    shown = quotes_view(store)["items"]
    assert shown and not [q for q in shown if q["kind"] == "view"]
    assert [q for q in quotes_view(store, kind="view")["items"] if q["text"].startswith("the sustained campaign")]


def test_what_someone_seeks_or_decides_is_a_view() -> None:
    """bpoil_guardian (dev) 754: "the White House sought to block the worst-case scenarios" and 584: "BP's decision to
    break up the spill with dispersants" were quotes (judged "not speech" in the draw of seed 3434); LibyaWar_cnn (dev)
    393: "France decided to recognize the Parliament of Benghazzi", 248: "Gadhafi sought to project confidence Monday".
    An aim or a resolve the writer tells is a view, as a belief is."""
    for topic, uid, words in (("bpoil_guardian", "754", "to block the worst-case scenarios"),
                              ("bpoil_guardian", "584", "to break up the spill with dispersants"),
                              ("LibyaWar_cnn", "393", "to recognize the Parliament of Benghazzi"),
                              ("LibyaWar_cnn", "248", "to project confidence Monday")):
        kinds = [q.kind for q in _t17_quotes(topic, uid) if q.text.startswith(words)]
        assert kinds == ["view"], (uid, words, kinds)


def test_an_eyewitness_who_told_cnn_goes_on_speaking_as_he() -> None:
    """LibyaWar_cnn (dev): "... remained under siege ..., an eyewitness told CNN. The city remained under shelling and
    pro-Gadhafi snipers remained on rooftops, he said." gave the words to Moammar Gadhafi, the last person named: an
    eyewitness is a person who speaks, and the "he" of the next sentence is that eyewitness."""
    quotes = _libya("180")
    for words in ("The city remained under shelling", "Pro-Gadhafi forces appeared to be shelling"):
        q = find(quotes, words, "indirect")
        assert q.speaker and "eyewitness" in q.speaker and "Gadhafi" not in q.speaker, q.speaker


def test_a_title_the_parser_reads_as_a_preposition_still_names_the_speaker_after_the_cue() -> None:
    """LibyaWar_cnn (dev): "Libyan employees were remaining at the embassy, said Under Secretary ofState for Management
    Patrick Kennedy. “The flag is still flying. ...,” he said." parsed "Under" as a preposition of "said", so "the
    embassy" spoke the first words and Jay Carney, quoted before, the next. A capitalised word the parser takes for a
    preposition right after an inverted cue opens a title: the person named in it speaks."""
    quotes = _libya("26")
    first = find(quotes, "Libyan employees were remaining at", "indirect")
    assert first.speaker and "Kennedy" in first.speaker and "embassy" in first.text, (first.speaker, first.text)
    assert "Kennedy" in (find(quotes, "The flag is still flying", "direct").speaker or "")


def test_the_words_that_say_which_official_keep_an_earlier_person_from_being_that_official() -> None:
    """LibyaWar_cnn (dev): "“He's clearly been on the offensive,” the senior U.S. military official said of Gadhafi" went
    to Barack Obama (any person with a title was "the official"), and so did the next quotation. The words that say
    which official it is (military) must be the earlier person's own: else it is a new, unnamed speaker; "the senior
    official" after "a senior administration official" is still that one."""
    quotes = _libya("381")
    for words in ("He's clearly been on the offensive", "He said that he was going to do a cease-fire"):
        q = find(quotes, words, "direct")
        assert q.speaker and "military official" in q.speaker, q.speaker
    assert "administration official" in (find(quotes, "After that we'll take more of a supporting role", "direct").speaker or "")


def test_the_younger_gadhafis_words_are_not_his_fathers(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "the younger Gadhafi acknowledged the violence ... Still, he principally blamed drunks,
    criminals and foreigners for fanning dissent" was Moammar Gadhafi's in the store; it is Saif al-Islam Gadhafi's."""
    from storyline.reader import Storyline

    quotes = Storyline(_libya_store(tmp_path, "313")).quotes(search="drunks, criminals")["items"]
    assert quotes and all("Saif" in q["speaker"]["name"] for q in quotes), [q["speaker"] for q in quotes]


def test_a_speaker_written_with_more_than_a_name_is_the_entity_its_name_was_linked_to(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), four articles that call Saif al-Islam "the younger Gadhafi": the speaker's words were "the
    younger Gadhafi", no linked mention had those bounds, and the name "Gadhafi" went to whichever Gadhafi it is an alias
    of across the store (Khamis, or Moammar). The name written inside the speaker's words is the entity its mention was
    linked to."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from tests.conftest import EVAL

    store = _libya_store(tmp_path, "313")
    raw = "\n".join(json.dumps(r) for r in topic_records(EVAL / "timeline17" / "t17" / "LibyaWar_cnn")
                    if r["url"].rsplit("/", 1)[1] in {"7", "229", "399", "32", "1004"}).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)), Options(progress=False))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    linked = [(names.get(q["speaker_entity"]), store.article(q["article"])["text"][q["speaker_start"]:q["speaker_end"]])
              for q in store.rows("quotes") if q["speaker"] == "Gadhafi" and q["speaker_start"] is not None]
    younger = [entity for entity, words in linked if "younger Gadhafi" in words]
    assert len(younger) >= 5 and all(entity and "Saif" in entity for entity in younger), linked


def test_the_diplomat_is_the_ambassador_named_before() -> None:
    """LibyaWar_cnn (dev): "Libyan Ambassador Abdurrahman Mohamed Shalgham told reporters ... Asked why he had continued
    to support Gadhafi ..., the diplomat said, “I couldn't imagine ...”" was left to "the diplomat": a role noun refers
    back to a person whose title is a kind of it (an ambassador is a diplomat, a senator a lawmaker)."""
    q = find(_libya("26"), "I couldn't imagine in the beginning", "direct")
    assert q.speaker and "Shalgham" in q.speaker, q.speaker


def test_a_name_the_tagger_took_for_a_place_beside_a_title_speaks() -> None:
    """LibyaWar_cnn (dev): "“Chris never shied away from the front line ...,” said Manager of Public Relations Jodi
    Einhorn." showed "Manager of Public Relations" as the speaker ("Jodi Einhorn" tagged a place). A name of two words,
    no country's or capital's, in apposition to a title is the person who holds it."""
    q = find(_libya("232"), "Chris never shied away from the front line", "direct")
    assert q.speaker == "Jodi Einhorn" and "Public Relations" in (q.speaker_role or ""), (q.speaker, q.speaker_role)


def test_the_statement_said_is_who_issued_the_statement() -> None:
    """LibyaWar_cnn (dev): "..., the organization said in a statement Sunday. “The AU high-level ad hoc committee welcomes
    ...,” the statement said." left the words to "the statement". A document that speaks is who the article said issued
    it ("said in a statement")."""
    quotes = _libya("197")
    issuer = find(quotes, "Libyan leader Moammar Gadhafi will not be part of", "indirect")
    q = find(quotes, "The AU high-level ad hoc committee welcomes", "direct")
    assert q.speaker == issuer.speaker and "statement" not in (q.speaker or "statement"), (q.speaker, issuer.speaker)


def test_a_participle_describing_someone_of_the_next_sentence_tags_no_quote() -> None:
    """bpoil_guardian (dev) 862: "“...,” Obama said. “This fund will not be controlled by BP.” But administration officials
    briefing reporters before the speech admitted BP has yet to sign on" gave Obama's next words to "But administration
    officials" (the cue "briefing"). A verb that only describes someone of the next sentence tags no words before it;
    the words go on in the last speaker's voice."""
    q = find(_t17_quotes("bpoil_guardian", "862"), "This fund will not be controlled by BP", "direct")
    assert q.speaker and "Obama" in q.speaker, q.speaker


def test_in_the_words_of_names_who_speaks() -> None:
    """bpoil_guardian (dev) 97: "... adopting what one observer has called “the Shaggy defense” - in the words of Senator
    Robert Menendez, Democrat of New Jersey: “BP says Transocean, Transocean says Halliburton ...”" gave the words to
    "one observer" (the nearest verb, "called", is the observer's). Marked words introduced "in the words of" someone
    are that person's."""
    q = find(_t17_quotes("bpoil_guardian", "97"), "BP says Transocean, Transocean says Halliburton", "direct")
    assert q.speaker and "Menendez" in q.speaker, q.speaker


FINDINGS = [  # (dev text, the reported words' opening, the kind they are)
    # bpoil_guardian 614 and 593: what a poll and papers show, which stood in the quote views as words of "The poll" and
    # "The documents"; a report speaks for its issuer and stays a quote
    ("Some 69% said the government had done a poor job. The poll said a majority of Democrats were also disappointed "
     "with the response.", "a majority of Democrats", "finding"),
    ("The documents also showed the EPA allowed BP to spray 36,000 gallons of Corexit in a single day.", "the EPA allowed BP",
     "finding"),
    ("The report said the rig's blowout preventer had a dead battery.", "the rig's blowout preventer", "indirect"),
    # bpoil_guardian 1148 and LibyaWar_cnn: what a thing shows or indicates, which had been words of "pressure" and
    # "Video"; what people indicate stays their words
    ("Thad Allen said that pressure of about 7,500 pounds per square inch would show the well was intact, while pressure "
     "that lingered below 6,000 psi would indicate it had been damaged and could be leaking.", "it had been damaged", "finding"),
    ("Video showed that fighting was continuing in Zawiya, despite government assertions.", "that fighting was continuing",
     "finding"),
    ("The rebels indicated they didn't want such an intervention.", "they didn't want", "indirect"),
]


@pytest.mark.parametrize(("text", "opening", "kind"), FINDINGS)
def test_what_a_poll_papers_or_a_thing_show_is_a_finding_not_words_said(text: str, opening: str, kind: str) -> None:
    """A poll's, papers' or a thing's findings are kind "finding": kept, and left out of the quote views as views and
    topics are; people's and a report's words stay quotes."""
    assert find(quotes_of(text), opening).kind == kind


TERMS = [
    # bpoil_guardian (dev) 550, 591, 1035 and LibyaWar_cnn (dev): marked nouns naming the kind of the noun after them
    ("A delicate “top kill” operation by BP appears to have halted the flow of oil, Thad Allen said.", "top kill", False),
    ("After that report was published, a BP spokesman explained that an “F” ranking does not imply that an accident is "
     "imminent.", "F", False),
    ("The report says the “shoe track” cement and the float collar must have failed.", "shoe track", False),
    ("The Libyan opposition has rejected a “road map” proposal by the African Union to bring an end to the conflict.",
     "road map", False),
    # a speaker's own words stay quotes, a noun phrase of its own or an adjective before a noun
    ("Greenpeace condemned it as a “dirty energy bailout”, with director Phil Radford adding that it was wrong.",
     "dirty energy bailout", True),
    ("Hayward told the Guardian the amount of leaking oil was “relatively tiny” compared with the ocean.", "relatively tiny", True),
    ("The minister proposed “radical” reforms of the regulator, he said.", "radical", True),
]


@pytest.mark.parametrize(("text", "words", "quoted"), TERMS)
def test_marked_nouns_naming_the_kind_of_a_noun_are_a_term_not_words_said(text: str, words: str, quoted: bool) -> None:
    """bpoil_guardian: "the “top kill” operation", "the “shoe track” cement", "an “F” ranking" were partial quotes of
    whoever stood near ("the “blowout protector”" Halliburton's, "a “BP boycott”" the LA Times'), a sampled "not speech"
    class. Marked nouns that name the kind of the noun after the marks are a term set off."""
    assert any(q.text.strip("“”‘’\"' ") == words for q in quotes_of(text)) is quoted, quotes_of(text)


NAMED_BY_ROLE = [
    # LibyaWar_cnn (dev) 376 and bpoil_guardian (dev) 1425: the next sentence names whoever has the described role
    ("A group of supporters of Libyan leader Moammar Gadhafi confronted UN Secretary-General Ban Ki-moon as he was leaving "
     "the Arab League building in Cairo on Monday, a UN spokesman said. Spokesman Khawla Mattar said Ban was “fine” and "
     "“it was not a serious incident.”", "A group of supporters", "Khawla Mattar"),
    ("White House claims that the worst of the BP oil spill was over were undermined yesterday when a senior government "
     "scientist said three-quarters of the oil was still in the Gulf environment. Bill Lehr, a senior scientist at the "
     "National Oceanographic and Atmospheric Administration (NOAA) departed from an official report from two weeks ago.",
     "three-quarters of the oil", "Bill Lehr"),
    # someone named next with another role is someone else
    ("A BP engineer said the well was stable. Mark Hafle, a lawyer, testified on Friday.", "the well was stable", "A BP engineer"),
    ("Rebel forces moved to within 9 km of al-Brega over the weekend, a rebel spokesman said. Government spokesman Musa "
     "Ibrahim said the rebels had been pushed back.", "Rebel forces moved", "a rebel spokesman"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), NAMED_BY_ROLE)
def test_a_described_speaker_is_the_one_the_next_sentence_names_with_that_role(text: str, opening: str, speaker: str) -> None:
    """A sampled "vague speaker" class: "a UN spokesman" and "a senior government scientist" were shown as such, though
    the next sentence names them ("Spokesman Khawla Mattar said ...", "Bill Lehr, a senior scientist at the NOAA, ...").
    A person the next sentence gives the described speaker's noun, as a title or in apposition, is that speaker."""
    assert find(quotes_of(text), opening).speaker == speaker


def test_a_speaker_of_two_joined_nouns_is_both() -> None:
    """bpoil_guardian (dev) 704: "Members of Congress and oil executives argued that the administration had gone too far
    ..." was given to "Members of Congress and" (a claim draw judged the party garbled): the speaker's words take the
    noun joined to theirs, or end before the "and"."""
    article = _t17_article("bpoil_guardian", "704")
    quotes = [q for q in quotes_of(article.text) if "had gone too far in restricting drilling" in q.text]
    assert quotes and all(q.speaker == "Members of Congress and oil executives" for q in quotes), [q.speaker for q in quotes]


def test_another_speakers_saying_ends_the_words() -> None:
    """LibyaWar_cnn (dev) 162: "She said the United States was suspending relations with the Libyan Embassy in
    Washington, and an administration official added that the embassy “must shut down.”" gave Clinton the official's
    words too (the parse makes both clauses complements of "said"), and the ledger credited her with them (a judge's
    wrong party). A saying with a subject of its own ends the words of the one before it."""
    quotes = _libya("162")
    clinton = find(quotes, "the United States was suspending relations", "indirect")
    assert clinton.text.rstrip(" ,") == "the United States was suspending relations with the Libyan Embassy in Washington", clinton.text
    assert find(quotes, "that the embassy", "indirect").speaker == "an administration official"


def test_a_pronoun_that_says_is_no_one_its_words_name(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 216: "But Gadhafi's imminent departure is not a foregone conclusion, he added" (a Dartmouth
    professor, quoted before) was given to Moammar Gadhafi, the last man named (judged a wrong speaker in a quote draw).
    A pronoun that says something is not anyone its own words name ("he said Gadhafi ..." is never Gadhafi)."""
    store = _libya_store(tmp_path, "216")
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    quotes = [q for q in store.rows("quotes") if "imminent departure is not a foregone conclusion" in q["text"]]
    assert quotes
    for q in quotes:
        assert "Gadhafi" not in names.get(q["speaker_entity"] or "", ""), (q["speaker"], names.get(q["speaker_entity"] or ""))


def test_a_link_headlines_sayer_is_no_speaker() -> None:
    """LibyaWar_cnn (dev): related-story links run into the page ("Woman alleges Libyan forces raped her Libya responds to
    rape claim", "Woman alleges rape by Gadhafi forces") made 9 quotes of the speaker "Woman" and ledger lines with the
    party "Woman" (wrong party in the claim draw of seed 3613). A singular common noun with no determiner as the subject
    of a present-tense cue is a headline's; prose says "A woman said", and "Police say" stays."""
    for uid in ("64", "109", "180"):
        speakers = [q.speaker for q in _libya(uid)]
        assert "Woman" not in speakers, (uid, speakers)
    nlp = load_nlp()
    for prose, speaker in (("A woman alleges that soldiers beat her.", "A woman"), ("Police say the rebels took the town.", "Police"),
                           ("Fareed argues that a genuine rebel army could pressure Gadhafi.", "Fareed"),
                           ("“I trust in God”, says one woman. Another, younger woman says she needs to feed her baby.", "younger woman")):
        assert speaker in [q.speaker for q in extract_quotes(nlp(prose), "x")], prose


def test_the_source_is_never_a_named_person_met_before() -> None:
    """LibyaWar_cnn (dev) 362, the quote draw of seed 3713 (wrong speaker): "Deputy Energy Secretary Daniel Poneman ...
    said U.S. officials had seen no evidence of an oil shortage. “We believe ...,” he said. Still, the senior source
    close to the Libyan government said ammunition depots had been attacked ..." gave the source's words, and the next
    sentence's "The source said", to Poneman: "the source" may refer back to any person with a role, as "the official"
    does. A source is one the article does not name, and an earlier unnamed one only when every word that says which
    one this is was its own ("a source in the capital" and "a U.S official with access to U.S. intelligence" are
    others)."""
    quotes = _libya("362")
    source = [q for q in quotes if q.text.startswith("ammunition depots had been attacked")]
    fighting = [q for q in quotes if q.text.startswith("the country was fighting")]
    assert source and fighting
    assert all(q.speaker == "the senior source close to the Libyan government" for q in source + fighting), [
        (q.text[:30], q.speaker) for q in source + fighting]
    assert [q for q in quotes if q.text.startswith("U.S. officials had seen no evidence") and q.speaker == "Daniel Poneman"]


def test_a_naming_verb_that_says_tags_the_words_it_names() -> None:
    """LibyaWar_cnn (dev) 50, the quote draw of seed 3713 (wrong speaker): "Robert Gates warned against widening the
    current allied operations to include a direct attack on Gadhafi, who earlier Sunday labeled the coalition
    “terrorists.”" gave Gadhafi's word to Gates: the walk up the parse passed "labeled" (a cue, not a verb of saying) and
    took "warned". A naming verb used to say ("called the move a mistake", "labeled the coalition ...") tags the words it
    names."""
    quotes = _libya("50")
    terrorists = [q for q in quotes if q.text.rstrip(".") == "terrorists"]
    assert terrorists and all(q.cue == "labeled" and "Gates" not in (q.speaker or "") for q in terrorists), [
        (q.text, q.speaker, q.cue) for q in terrorists]


def test_a_claim_rejected_is_a_topic_not_the_rejecters_words() -> None:
    """LibyaWar_cnn (dev) 165, the quote draw of seed 3713 (wrong speaker): "Libyan officials reject rebel claims that
    Gadhafi is seeking refuge for his family, saying ..." showed "rebel claims that Gadhafi is seeking refuge" as the
    officials' words. A clause that says what a claim, report or allegation holds describes that noun: the words name
    what the officials spoke of (a topic, kept for the ledger), and what they said ("saying that neither the leader nor
    his wife ...") stays theirs."""
    quotes = _libya("165")
    claims = [q for q in quotes if q.text.startswith("rebel claims that Gadhafi is seeking refuge")]
    assert claims and all(q.kind == "topic" for q in claims), [(q.text[:40], q.kind) for q in claims]
    assert [q for q in quotes if q.kind == "indirect" and q.text.startswith("that neither the leader nor his wife")]


def test_a_question_the_writer_puts_tells_no_ones_words() -> None:
    """Sampled "not speech" class (bpoil_washingtonpost, dev, seed 3802): "Did BP ask federal regulators to reverse
    procedures shortly before its oil rig in the gulf exploded?" was BP's indirect quote. A cue whose auxiliary comes
    before its subject, or whose subject is "who", in a sentence ending on a question mark, asks; a question reported
    in plain order ("So, Braley asks, is the $20bn pot of money a “slush fund” ...?", bpoil_guardian 1029) stays."""
    asked = [("1122", "federal regulators to reverse procedures"), ("1590", "how much money BP gave"),
             ("1590", "what needs to be done"), ("2061", "no such thing as loyalty")]
    for uid, words in asked:
        found = [q for q in _t17_quotes("bpoil_washingtonpost", uid) if words in q.text]
        assert not found, found
    reported = [q for q in _t17_quotes("bpoil_guardian", "1029") if q.text.startswith("is the $20bn pot of money")]
    assert [q.speaker for q in reported] == ["Bruce Braley"], reported
    # a relative "who" is no question word (bpoil_guardian 1578: "... Kate Sheppard of Mother Jones, who writes: Can it rain oil?")
    assert [q for q in _t17_quotes("bpoil_guardian", "1578") if q.text.startswith("Can it rain oil")]


def test_an_inverted_sayer_the_parse_ran_into_the_words_speaks() -> None:
    """Sampled "wrong speaker" class (bpoil_reuters, dev, seed 3801): "By that time, says the complaint, Costner's attempts
    to market his technology had proven unsuccessful" had "that time" for a speaker and "the complaint," inside the
    words: the parse made "the complaint" a second subject of the told clause. The first of two such subjects, set off
    by commas right after an inverted cue, is the sayer, and the words begin after it."""
    found = [q for q in _t17_quotes("bpoil_reuters", "1016") if "attempts to market his technology" in q.text]
    assert [(q.speaker, q.text[:17]) for q in found] == [("the complaint", "Costner's attempt")], found


def test_the_writers_which_after_told_words_is_not_theirs() -> None:
    """Sampled "bad span" class (bpoil_reuters 1745 and bpoil_washingtonpost 2087, dev, seeds 3801 and 3802): "Obama said
    he was talking to experts ... over the spill, which has soiled 120 miles of U.S. coastline and threatens ..." and
    "The government declared the spill to be of “national significance,” Napolitano said, which clears the way for a
    wider federal response" gave the speakers the writer's comment. A present-tense "which" clause ending words told in
    the past, or opening right after the attribution, is the writer's; after words told in the present ("the spill has
    devastated the city, which is still climbing back", bpoil_reuters 302) it may be the speaker's and stays."""
    obama = [q for q in _t17_quotes("bpoil_reuters", "1745") if "talking to experts" in q.text and q.kind == "indirect"]
    assert obama and all(q.text.endswith("over the spill") for q in obama), obama
    declared = [q for q in _t17_quotes("bpoil_washingtonpost", "2087") if "national significance" in q.text]
    assert declared and not [q for q in declared if "clears the way" in q.text], declared
    herman = [q for q in _t17_quotes("bpoil_reuters", "302") if "devastated the city" in q.text]
    assert herman and herman[0].text.endswith("after the 2005 Hurricane Katrina"), herman


def test_a_name_the_parse_split_from_its_role_speaks() -> None:
    """Sampled "vague speaker" class (LibyaWar_cnn, dev, seed 3813): "The United States fired 20 Tomahawk cruise missiles
    ..., said military spokeswoman Cmdr. Monica Rousselow" showed "military spokeswoman": the parse made the role noun and
    the name two subjects of "said". A name right after a role noun, both subjects of one verb, is whose role it is."""
    found = [q for q in _libya("377") if q.text.startswith("The United States fired 20 Tomahawk")]
    assert [q.speaker for q in found] == ["Monica Rousselow"], found


def test_on_a_day_right_after_the_verb_says_when_the_words_were_said() -> None:
    """Sampled "vague" class of the claims draws (bpoil_reuters 1572, dev): "BP, which said on Monday it had spent about
    $3.95 billion so far on the oil spill" made the ledger line "On Monday it had spent ...": the day is the saying's,
    and without it the words open on their subject, which the ledger names ("[BP] had spent ...")."""
    found = [q for q in _t17_quotes("bpoil_reuters", "1572") if "had spent about $3.95 billion" in q.text]
    assert found and all(q.text.startswith("it had spent") for q in found), found


def test_a_date_phrase_before_the_subject_says_when_the_words_were_said() -> None:
    """bpoil_reuters (dev) 763: "Chief Executive Officer Jim Hackett told investors this week his company had nothing to
    do with the well design ..." made the ledger line "This week [Jim Hackett's] company had nothing to do with the well
    design" (judged "garbled" in the claim draw of seed 5414); 1008: "The group said last month it had $5 billion in
    cash"; LibyaWar_cnn (dev) 311: "the family said late Thursday they believe he was killed". With no "that", a date
    phrase between the verb and the words' subject is the saying's; a date inside the subject stays ("said last
    month's attack was a crime")."""
    for topic, uid, words, opening in (("bpoil_reuters", "763", "nothing to do with the well design", "his company"),
                                       ("bpoil_reuters", "1008", "$5 billion in cash", "it had"),
                                       ("LibyaWar_cnn", "311", "he was killed by Libyan government forces", "they believe")):
        found = [q for q in _t17_quotes(topic, uid) if words in q.text]
        assert found and all(q.text.startswith(opening) for q in found), [q.text[:40] for q in found]
    assert [q.text for q in quotes_of("The minister said last month's attack was a crime.")] == ["last month's attack was a crime"]


def test_a_saying_after_the_words_closing_mark_is_the_sayer_after_it() -> None:
    """LibyaWar_cnn (dev) 260: "“We were sitting at home, the whole family,” said Ibrahim's father, Ali. “We didn't know
    what happened.”" gave both quotes to Ibrahim, the son (judged "wrong speaker" in the quote draw of seed 5511): the
    parse made "the whole family", inside the words, a second subject of "said", and the comma before the verb that
    tells a saying set in its words stood inside the closing mark. bpoil_washingtonpost (dev) 1323 the same ('“I feel for
    the guys who are doing it, ...,” said Byron King', no speaker before)."""
    found = [q for q in _t17_quotes("LibyaWar_cnn", "260") if q.text.startswith(("We were sitting at home", "We didn't know"))]
    assert len(found) == 2 and all(q.speaker == "Ali" and "father" in (q.speaker_role or "") for q in found), [
        (q.speaker, q.speaker_role) for q in found]
    feel = [q for q in _t17_quotes("bpoil_washingtonpost", "1323") if q.text.startswith("I feel for the guys")]
    assert feel and all((q.speaker or "").endswith("King") for q in feel), [q.speaker for q in feel]


def test_words_given_in_someones_statement_or_letter_are_theirs() -> None:
    """Sampled "vague speaker" class (LibyaWar_cnn, dev, seed 3813): '"...," his statement said' after "ICC Prosecutor Luis
    Moreno-Ocampo noted that ..." showed "his statement". A statement, letter or speech that says something is its
    owner's voice: the possessive's person ("his"), or the name that owns it ("Boehner's letter said")."""
    found = [q for q in _libya("255") if q.text.startswith(("Intervention by the ICC", "In the absence of such step"))]
    assert found and {q.speaker for q in found} == {"Luis Moreno-Ocampo"}, found
    letter = [q for q in _libya("207") if q.text.startswith("Since the mission began")]
    assert letter and all((q.speaker or "").endswith("Boehner") and q.speaker_named for q in letter), letter


def test_a_possessive_that_is_not_a_document_stays_someone_else() -> None:
    """The same rule keeps kin and staff apart: "her daughter", "his lawyer" are not the owner speaking (LibyaWar_cnn 202);
    "their letter" after "Waxman and Stupak released a letter to BP Chief Executive Tony Hayward" is not BP's, the last
    body named (bpoil_reuters 1292), and stays the letter."""
    found = [q for q in _libya("202") if (q.speaker or "").lower() == "her daughter"]
    assert found, [q.speaker for q in _libya("202")]
    letter = [q for q in _t17_quotes("bpoil_reuters", "1292") if q.text.startswith("It appears that BP repeatedly chose")]
    assert letter and all(q.speaker == "their letter" for q in letter), letter


def test_what_a_thing_highlights_or_someone_would_like_is_no_ones_words() -> None:
    """Sampled "not speech" class (bpoil_reuters 1695 and 22, bpoil_washingtonpost 673, dev; seeds 3811, 3812): "This
    latest spill highlights the harsh truth that ..." is the writer's: what a thing highlights is a finding, like what
    it shows; "Federal officials who rage against BP would like to deflect attention ..." and "Investors should
    consider shifting their investments ..." tell a wish and a weighing, a view, not words said (the second, a duty the
    writer sets, is no one's at all since the fifty-first session). A report that highlights something still speaks."""
    from storyline.model import UNSPOKEN_KINDS

    spill = [q for q in _t17_quotes("bpoil_reuters", "1695") if q.text.startswith("the harsh truth")]
    assert spill and all(q.kind in UNSPOKEN_KINDS for q in spill), spill
    advice = [q for q in _t17_quotes("bpoil_reuters", "22") if "fee and performance characteristics" in q.text]
    assert all(q.kind in UNSPOKEN_KINDS for q in advice), advice
    wish = [q for q in _t17_quotes("bpoil_washingtonpost", "673") if q.text.startswith("to deflect attention")]
    assert wish and all(q.kind in UNSPOKEN_KINDS for q in wish), wish


def test_a_described_speaker_named_right_beside_its_description_is_that_name() -> None:
    """Sampled "vague speaker" class (LibyaWar_cnn 225 and 348, bpoil_reuters, dev; seeds 3913, 3911): "The
    humanitarian group Doctors Without Borders said ...", "..., said Navy spokesman Cmdr. Danny Hernandez" and "A group
    calling itself Seize BP ... said on Monday it would organize demonstrations" showed "The humanitarian group", "Navy
    spokesman" and "A group". A name set beside the description with no comma, after a title's abbreviation, or given
    by "calling itself" is who speaks."""
    msf = [q for q in _libya("225") if q.text.startswith("one of its teams") or q.text.startswith("was in Benghazi")]
    assert msf and all(q.speaker == "Doctors Without Borders" for q in msf), msf
    navy = [q for q in _libya("348") if q.text.startswith("conducted strikes against Gadhafi's ground forces")]
    assert navy and all(q.speaker == "Danny Hernandez" for q in navy), navy
    seize = [q for q in _t17_quotes("bpoil_reuters", "103") if q.text.startswith("it would organize demonstrations")]
    assert seize and all(q.speaker == "Seize BP" for q in seize), seize
    day = [q for q in _t17_quotes("bpoil_washingtonpost", "503") if q.text.startswith("the discovery of a 22-mile")]
    assert day and all(q.speaker == "one group" for q in day), day  # "one group Thursday announcing": a day is no name


def test_the_network_and_the_organization_speak_as_the_body_named_before(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 175 and 333: "Al Jaber was rushed to a hospital, but did not survive, the network said" after
    "Al-Jazeera reported on its English-language website", and "the organization said in a news release" after the
    International Organization for Migration, were shown as "the network" and "the organization" (judged vague speaker
    in the quotes draw of seed 3913): a description of a body that need not be a business is linked to the body named
    before it, and the quote views name it (the article's first "the network reported", after "An Al-Jazeera
    cameraman", follows no body that spoke, and stays as written)."""
    from storyline.export import quote_record, speaker_names

    for uid, described, named, unnamed in (("175", "the network", "Al-Jazeera", 1),
                                           ("333", "the organization", "International", 0)):
        store = _libya_store(tmp_path, uid)
        rows = [r for r in store.rows("quotes") if r["speaker"] == described]
        assert rows, uid
        names = speaker_names(store, rows)
        shown = [quote_record(r, names)["speaker"]["name"] for r in rows]
        assert shown and sum(named not in name for name in shown) <= unnamed, shown


def test_the_group_that_spoke_is_the_group_not_the_pages_company(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 103: "A group calling itself Seize BP, which has already staged anti-BP protests, said on
    Monday it would organize demonstrations ... The group demands that BP's assets be immediately seized" was BP's demand
    (judged wrong speaker in the quotes draw of seed 4011): "the group" had gone to the page's main body. A group that
    just spoke is the one "the group" goes on with."""
    from tests.analyse.test_events import _t17_store

    store = _t17_store(tmp_path, "bpoil_reuters", ("103",))
    rows = store.query("SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_entity "
                       "WHERE q.text LIKE 'that BP''s assets be immediately seized%'")
    assert [r["name"] for r in rows] == ["Seize BP"], rows


def test_a_description_named_two_sentences_on_is_that_person() -> None:
    """bpoil_reuters (dev): "Alabama is suing BP Plc, ..., the state's attorney general said on Friday. Alabama is the
    first state to sue BP .... The decision stems from fear ..., Attorney General Troy King said." The lede's speaker
    is Troy King, with no one named in the sentence between."""
    q = find(_t17_quotes("bpoil_reuters", "2069"), "Alabama is suing BP Plc", "indirect")
    assert (q.speaker, q.speaker_named) == ("Troy King", True), q.speaker


def test_a_new_description_after_a_name_alone_is_the_one_just_quoted() -> None:
    """bpoil_reuters (dev): '“It's a great thing, ...,” said Jerome DeGree in Larose, Louisiana .... “This has been
    hurting this whole area,” the shallow-water oil driller said.' The driller is DeGree, given a role."""
    q = find(_t17_quotes("bpoil_reuters", "1203"), "This has been hurting this whole area", "direct")
    assert (q.speaker, q.speaker_role) == ("Jerome DeGree", "shallow-water oil driller"), (q.speaker, q.speaker_role)


def test_a_record_or_speech_speaks_for_who_made_it() -> None:
    """A log "kept by Thierens" (bpoil_washingtonpost), a poll "released on Monday by the Clean Energy Works campaign"
    and "a defiant speech which criticized ..." that Dudley gave (bpoil_reuters) speak for their makers."""
    log = find(_t17_quotes("bpoil_washingtonpost", "63"), "that he had immediately met with Transocean engineer")
    assert log.speaker == "Thierens", log.speaker
    poll = find(_t17_quotes("bpoil_reuters", "1532"), "overwhelming public support for comprehensive clean energy")
    assert poll.speaker == "the Clean Energy Works campaign", poll.speaker
    speech = find(_t17_quotes("bpoil_reuters", "1280"), "the media and industry rivals of stoking fears")
    assert speech.speaker == "Bob Dudley", speech.speaker


def test_who_after_a_named_persons_description_is_that_person() -> None:
    """bpoil_washingtonpost (dev): "Ian R. MacDonald, a professor of oceanography at Florida State University who has
    been arguing that the NOAA estimate is too low, said ..." argues as MacDonald, not as an unnamed professor nor as
    Greg McCormack, "director of Petroleum Extension Service at the University of Texas", who speaks two sentences on."""
    q = find(_t17_quotes("bpoil_washingtonpost", "1944"), "that the NOAA estimate is too low")
    assert q.speaker == "Ian R. MacDonald", q.speaker


def test_a_name_further_on_that_does_not_speak_is_someone_else() -> None:
    """bpoil_washingtonpost (dev), a first-person column: "a crusty old warrant officer told me that an idea of mine was
    in the “too hard to” do locker. ... I invoked that line last May at the memorial services for retired Chief Warrant
    Officer Bernie Webber" -- Webber, named but not speaking, is not the officer described."""
    q = find(_t17_quotes("bpoil_washingtonpost", "360"), "that an idea of mine was in the")
    assert q.speaker == "a crusty old warrant officer", q.speaker


def test_a_description_ending_on_a_missed_name_is_not_named_further_on() -> None:
    """bpoil_washingtonpost (dev): '“So far it's working extremely well,” said BP senior vice president for exploration
    and production Kent Wells. He said ... “As of now ...,” said Andrew Gowers, an executive vice president at BP.' The
    tagger missed Wells's name; his words are not Gowers's, the vice president named two sentences on."""
    quotes = _t17_quotes("bpoil_washingtonpost", "568")
    for words in ("the company has been able to flare", "it would not be clear how much of the oil"):
        assert find(quotes, words).speaker != "Andrew Gowers", words


def test_a_what_or_how_clause_names_what_was_spoken_of() -> None:
    """Sampled "not speech" class (bpoil_reuters 1525, dev, seed 3911): "George Walker ... explained what had happened
    after the rig blew" was shown as Walker's words. A question of what, how or why the writer puts after a cue names
    the topic: kind "topic". Said words a "when" clause opens stay (bpoil_reuters 498), and so do a pseudo-cleft
    (LibyaWar_cnn 70) and a question the cue asks (bpoil_washingtonpost 882)."""
    assert find(_t17_quotes("bpoil_reuters", "1525"), "what had happened after the rig blew").kind == "topic"
    assert find(_t17_quotes("bpoil_reuters", "498"), "when the pressure test ends").kind == "indirect"
    assert find(_t17_quotes("LibyaWar_cnn", "70"), "What I would suggest is").kind == "indirect"
    assert find(_t17_quotes("bpoil_washingtonpost", "882"), "why the government had not done more").kind == "indirect"


def test_marked_words_no_one_holds_are_no_quote() -> None:
    """Sampled "not speech" class (bpoil_reuters, dev, seed 4071): '“Oil debris,” in the form of tar balls and surface
    “sheen,” has also been reported coming ashore' gave the partial quotes "Oil debris," and "sheen," with no speaker
    (the passive's cue has no one to hold it). Marked words no one says are scare quotes, with no cue or a passive one
    with no agent (an active cue whose subject the finder could not name keeps them: PolNeAR scores those)."""
    quotes = _t17_quotes("bpoil_reuters", "551")
    assert quotes
    assert not [q for q in quotes if q.kind == "partial" and q.speaker is None], [q.text for q in quotes if q.speaker is None]


def test_a_name_right_after_a_quote_with_no_verb_speaks_it() -> None:
    """Sampled "wrong speaker" class (bpoil_reuters 1399, dev, seed 4071): '“Judges will take into account the fact that
    you have a completely innocent operator,” Patrick Morris, a lawyer at the firm Johnson & Bell ...' (the copy left
    out "said") went to Keith Goddard, quoted before. The name right after the closing mark is the speaker, and the
    quote after it goes on with him."""
    quotes = _t17_quotes("bpoil_reuters", "1399")
    assert find(quotes, "Judges will take into account").speaker == "Patrick Morris"
    assert find(quotes, "I think Anadarko's defense").speaker == "Patrick Morris"


def test_a_name_closing_a_title_speaks_not_the_title() -> None:
    """Sampled "vague speaker" class (seeds 4111, 4113): "said Dr. Mohammed Froka" was shown as "Dr." (LibyaWar_cnn
    260), "Film director and deep-sea explorer James Cameron said" as "Film director" (bpoil_reuters 1019): the name
    the title or the trade's noun closes on is who speaks."""
    assert find(_t17_quotes("LibyaWar_cnn", "260"), "She has got second degree burns").speaker == "Mohammed Froka"
    assert find(_t17_quotes("bpoil_reuters", "1019"), "that BP Plc turned down his offer").speaker == "James Cameron"


def test_the_role_named_next_is_the_one_described() -> None:
    """Sampled "vague speaker" class (LibyaWar_cnn 7, dev, seed 4113): "Libya's deputy ambassador to the United Nations
    called the crackdown “genocide,” adding, “The mass killing has reached a stage ...” “...,” the diplomat, Ibrahim
    Dabbashi, told CNN": the definite role noun with a name beside it goes on with the one just described."""
    q = find(_t17_quotes("LibyaWar_cnn", "7"), "The mass killing has reached a stage")
    assert q.speaker == "Ibrahim Dabbashi", q.speaker


def test_words_a_cue_is_only_expected_or_tried_for_are_not_said() -> None:
    """Sampled "not speech" class (bpoil_reuters 840 and 1805, dev, seed 4111): "Analysts currently expect BP to announce
    a 7 to 10 cents dividend" was BP's quote, "NOAA has been trying to “fingerprint” the oil to confirm that it came
    from the BP well" NOAA's. The cue under a verb of expecting or trying has said nothing yet."""
    assert not [q for q in _t17_quotes("bpoil_reuters", "840") if q.speaker == "BP" and "7 to 10 cents" in q.text]
    assert not [q for q in _t17_quotes("bpoil_reuters", "1805") if q.text.startswith("that it came from the BP well")]


def test_words_one_tried_to_explain_were_said() -> None:
    """LibyaWar_cnn (dev): "Clapper tried to explain that he was “loath” to pick one country" -- he explained; only a
    purpose reached through the trying ("trying to fingerprint the oil to confirm ...") is not said yet."""
    assert [q for q in _t17_quotes("LibyaWar_cnn", "341") if q.text.startswith("that he was “loath”")]


def test_a_thing_named_by_a_participle_is_no_ones_words() -> None:
    """Sampled "not speech" class (bpoil_reuters 641 and 124, dev, seed 4291): "The 1,100-foot (335 meter) vessel, dubbed
    the “A Whale,” was provided by its owner ..., officials said" gave officials the words "A Whale,"; "a method called
    a “junk shot”" gave BP "junk shot". A participle of naming with no subject of its own names a thing; "what he
    called a “battle plan”" stays his (a subject of its own)."""
    assert not [q for q in _t17_quotes("bpoil_reuters", "641") if q.text.startswith("A Whale")]
    assert not [q for q in _t17_quotes("bpoil_reuters", "124") if q.text.startswith("junk shot")]


def test_a_name_in_marks_that_writes_is_no_quote() -> None:
    """Sampled "not speech" class (bpoil_washingtonpost 2065, dev, seed 4292): 'a “Mr. Grimsdale” wrote on the Daily
    Mail's Web site' made the commenter's name a partial quote. Marked words that are the only subject of their own cue
    are a name; '... are “working hand in hand” to manage all that trash ..., said BP spokesman Scott Dean' (parsed with
    the marked words for a subject of "said" beside the spokesman) stays the spokesman's."""
    quotes = _t17_quotes("bpoil_washingtonpost", "2065")
    assert not [q for q in quotes if q.text.startswith("Mr. Grimsdale")]
    assert find(_t17_quotes("bpoil_washingtonpost", "1137"), "working hand in hand").kind == "partial"
    assert find(_t17_quotes("LibyaWar_cnn", "31"), "What cease-fire?").speaker  # ('“What cease-fire?” asked a doctor in
    # Misrata': marked words opening the sentence, their speaker inverted after the verb)


def test_a_noun_read_as_a_verb_is_no_cue() -> None:
    """Sampled "wrong speaker" class (bpoil_washingtonpost 675, dev, seed 4292): 'But, she said, the Coast Guard had the
    ultimate say: “The final decision-making rests with the federal on-scene coordinator. ...”' took the noun "say" (read
    as a verb) for the cue and had no speaker; the saying set inside the sentence gives Lisa Jackson."""
    q = find(_t17_quotes("bpoil_washingtonpost", "675"), "The final decision-making rests with")
    assert q.speaker == "Lisa P. Jackson" and q.cue == "said", (q.speaker, q.cue)


def test_a_scene_set_for_another_act_tags_no_quote_before_it() -> None:
    """Sampled "wrong speaker" class (bpoil_reuters 1168, dev, seed 4291): '“If we are still finding new species of
    fishes in the Gulf, ...” Writing in the Journal of Fish Biology, Sparks and his colleagues named the species ...'
    took "Writing" for the cue of the words before it, with no speaker. A participle opening the next sentence, under a
    main verb that reports nothing, tells where that act was done: the words go on with John Sparks."""
    q = find(_t17_quotes("bpoil_reuters", "1168"), "If we are still finding new species")
    assert q.speaker == "John Sparks", q.speaker


def test_a_name_before_its_role_speaks_when_the_parse_leaves_no_subject() -> None:
    """Sampled "wrong speaker" class (bpoil_washingtonpost 24, dev, seed 4302): "In Houma, La., Mike Voisin, owner of the
    Motivatit oyster harvesting and processing business, said he understands the restrictions, but “I'm on the side of
    don't like it.”" went to "processing business": the parse hung the role on Houma and left "said" no subject, and the
    role's last noun was taken. The person named right before a role set off by commas speaks."""
    quotes = _t17_quotes("bpoil_washingtonpost", "24")
    assert find(quotes, "I'm on the side of don't like it").speaker == "Mike Voisin"


def test_a_document_speaks_for_whose_it_was_said_to_be() -> None:
    """Sampled "vague speaker" class (bpoil_washingtonpost 388, dev, seed 4302): '“But how do we address the conduct of
    industry representatives?” the prepared testimony says' (two sentences after "Kendall's testimony was first reported
    Wednesday ...") named the document, not whose it is. A document an owner's possessive gave is that owner's when the
    article speaks of it again within three sentences (the quoted words split off at their "?" not counted); one "from"
    a named body is that body's (LibyaWar_cnn 11: "according to a statement from the UK's Department for International
    Development. The statement said ..." had gone to "The statement"; it must not go to the UK mission, whose statement
    came the sentence before). A rule that gave a document to the source named in the sentence before ("Zoback said ...
    the report says") was tried and dropped: it changed 32 speakers on three dev stores, and of the nine read, six were
    wrong ("Zoback" for the academy's report, "Tripoli" for a group's statement)."""
    assert find(_t17_quotes("bpoil_washingtonpost", "388"), "But how do we address the conduct").speaker == "Mary L. Kendall"
    assert find(_t17_quotes("LibyaWar_cnn", "11"), "urgent talks").speaker == "Department for International Development"


def test_told_words_end_before_anothers_report_set_beside_them() -> None:
    """Sampled "wrong party" class of the ledger (bpoil_reuters 31 and 1627, dev, seed 4331): "Goldman Sachs downgraded
    its rating on BP ..., saying the spill would impact the London-based company's ability to do business worldwide,
    while Nordic bank Nordea said it had divested all its BP shares ..." gave Goldman Nordea's divestment, and "BP said
    it was making progress on plugging the ruptured well as U.S. government figures showed the disaster has eclipsed
    ..." gave BP the government's figures. Told words end before a "while" or "as" clause in which another, named
    party or record, reports."""
    goldman = find(_t17_quotes("bpoil_reuters", "31"), "the spill would impact the London-based company")
    assert goldman.speaker == "Goldman Sachs" and goldman.text.endswith("ability to do business worldwide"), goldman.text
    bp = find(_t17_quotes("bpoil_reuters", "1627"), "it was making progress on plugging")
    assert bp.text.endswith("plugging the ruptured well"), bp.text


def test_who_is_to_blame_is_no_ones_charge() -> None:
    """Sampled "wrong party" class of the ledger (bpoil_washingtonpost 1590, dev, seed 4332): a reader's comment "Bush/Cheney
    is no more to blame for this horrible disaster than Obama/Biden" was Cheney's allegation: "blame" after "is to"
    says who is blamed. A saying that X is to blame stays the sayer's ("Many residents say BP is to blame")."""
    quotes = _t17_quotes("bpoil_washingtonpost", "1590")
    assert not [q for q in quotes if q.cue == "blame" and q.speaker == "Cheney"], [(q.speaker, q.text) for q in quotes if q.cue == "blame"]
    said = quotes_of("Many residents say BP is to blame for the spill.")
    assert [(q.speaker, q.text) for q in said] == [("Many residents", "BP is to blame for the spill")]


PERCEIVED = [  # (topic, uid, the reported words' opening): what someone saw, heard or found, set out as their words
    # bpoil_washingtonpost (dev) 743 and 1716: "But those close to him saw he was losing weight", "Scientists have found
    # evidence of a large underwater “plume” of oil" (two judges' not speech, 4402 quotes draw)
    ("bpoil_washingtonpost", "743", "he was losing weight"),
    ("bpoil_washingtonpost", "1716", "plume"),
    # LibyaWar_cnn (dev) 288: "A CNN crew saw the aircraft drop two bombs near al-Brega": a witness's sight, no words
    ("LibyaWar_cnn", "288", "the aircraft drop two bombs"),
    # bpoil_reuters (dev) 417: "Billy Nungesser, president of Plaquemines Parish, saw dying cane and “no life” in parts of
    # Pass-a-Loutre": what he saw, with marks
    ("bpoil_reuters", "417", "no life"),
]


@pytest.mark.parametrize(("topic", "uid", "opening"), PERCEIVED)
def test_what_someone_saw_or_found_is_a_finding_not_words_said(topic: str, uid: str, opening: str) -> None:
    """Reported words cued by a verb of perceiving or coming upon (see, find, hear, learn, notice, discover, witness,
    watch) are a finding, marked or not: kept as an attribution, left out of the quote views."""
    q = find(_t17_quotes(topic, uid), opening)
    assert q.kind == "finding", (q.kind, q.cue, q.speaker)


def test_marked_words_inside_a_state_of_mind_are_a_view() -> None:
    """bpoil_washingtonpost (dev) 1699: "officials fear that seawater will leak in and create slush-like “hydrates”" gave
    officials the word "hydrates" (a judge's not speech, 4402 quotes draw): a term the writer marks inside what someone
    fears is a view, as the fear told without marks is; what is said with marks stays a quote."""
    quotes = _t17_quotes("bpoil_washingtonpost", "1699")
    assert find(quotes, "hydrates").kind == "view"
    assert [q for q in quotes if q.kind in ("direct", "partial") and q.speaker], quotes


def test_a_role_is_shown_only_beside_the_person_it_was_given(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 216: the quotes stage gave '“no younger leadership able to assume that mantle of leadership,” he
    said' to Diederik Vandewalle, "associate professor of government at Dartmouth College"; the entities stage's "he"
    was Moammar Gadhafi, and the views showed "Moammar Gadhafi (associate professor of government at Dartmouth
    College)" (a judge's wrong speaker, 4403 quotes draw). Whoever the link names, a role the quotes stage gave one
    person is never shown beside another's name; a description's own role stays with the entity it names."""
    from storyline.reader import Storyline

    quotes = Storyline(_libya_store(tmp_path, "216")).quotes(limit=None)["items"]
    professor = next(q for q in quotes if q["text"].startswith("no younger leadership"))["speaker"]
    assert professor["as_written"] == "Diederik Vandewalle", professor
    assert professor["role"] is None or "Vandewalle" in professor["name"], professor
    roles = [q["speaker"] for q in quotes if q["speaker"]["role"] and "Dartmouth" in q["speaker"]["role"]]
    assert roles and all("Vandewalle" in s["name"] for s in roles), roles


@pytest.mark.parametrize(("topic", "uid", "opening", "speaker"), [
    # bpoil_reuters (dev) 1014: "Marilyn Heiman, ... quoted the Shell exploration drilling plan as saying that a large
    # oil spill ... is extremely rare" gave Heiman the plan's words (a judge's wrong speaker, 4501 quotes draw)
    ("bpoil_reuters", "1014", "that a large oil spill", "the Shell exploration drilling plan"),
    # LibyaWar_cnn (dev) 196: "State-run Libyan TV late Wednesday quoted a military source as saying a “civilian
    # location was shelled ...”"
    ("LibyaWar_cnn", "196", "civilian location was shelled", "a military source"),
])
def test_who_is_quoted_as_saying_says_it(topic: str, uid: str, opening: str, speaker: str) -> None:
    """An active "X quoted Y as saying" relays Y's words: Y is the speaker, X the relay (the passive "X was quoted as
    saying" keeps X)."""
    assert find(_t17_quotes(topic, uid), opening).speaker == speaker


@pytest.mark.parametrize(("topic", "uid", "opening", "speaker"), [
    # bpoil_washingtonpost (dev) 1947: "BP executives in early May briefed members of Congress on their conclusion: that
    # the absolute worst-case flow rate was 60,000 barrels" (the ledger's party read "BP executives in early May", a
    # judge's wrong party, 4422 claims draw)
    ("bpoil_washingtonpost", "1947", "that the absolute worst-case flow rate", "BP executives"),
    ("bpoil_reuters", "1495", "it would channel revenue", "The oil major"),  # "The oil major on Friday said ..."
    ("LibyaWar_cnn", "50", "an immediate cease-fire", "The Libyan military"),  # "The Libyan military on Sunday called ..."
])
def test_when_they_spoke_is_no_part_of_who_speaks(topic: str, uid: str, opening: str, speaker: str) -> None:
    """A time set after a described speaker ("on Friday", "in early May") says when they spoke, not who they are: the
    speaker shown ends before it (an age, "a taxi driver in his 20s", or a name's year, "the Oil Pollution Act of 1990",
    stays)."""
    assert find(_t17_quotes(topic, uid), opening).speaker == speaker


def test_a_proper_name_in_marks_after_a_preposition_is_no_ones_words() -> None:
    """LibyaWar_cnn (dev) 94: "But Admiral Mullen also said the U.S. role in “Operation Odyssey Dawn” would be limited"
    gave Mullen the words "Operation Odyssey Dawn" (a judge's not speech, 4503 quotes draw): a name of a thing in marks
    after a preposition, every word a proper noun, is the name, not a quote; what he said of it stays his."""
    quotes = _t17_quotes("LibyaWar_cnn", "94")
    assert not [q for q in quotes if q.text.startswith("Operation Odyssey Dawn")], quotes
    assert [q for q in quotes if q.text.startswith("we're not going to put any boots on the ground")], quotes


def test_whole_words_ending_in_a_comma_are_the_next_speakers_whatever_verb_the_parse_hangs_them_from() -> None:
    """bpoil_reuters (dev) 1192: "Meanwhile, BP said it had no specific pre-allocated budget ..., “We will make these
    payments for as long as it takes ...,” BP America Vice President of Resources Darryl Willis said in a conference call"
    gave the words to BP, the verb the parse hung them from (a judge's wrong speaker, 4511 quotes draw): words that end
    in a comma before their closing mark are the speaker's named after it; what BP said stays BP's."""
    quotes = _t17_quotes("bpoil_reuters", "1192")
    words = find(quotes, "We will make these payments")
    assert words.kind == "direct" and words.speaker == "Darryl Willis", words
    assert find(quotes, "it had no specific pre-allocated budget").speaker == "BP"


@pytest.mark.parametrize(("topic", "uid", "opening"), [
    # "..., according to evidence collected by the National Commission" (a judge's not speech, 4402 quotes draw)
    ("bpoil_washingtonpost", "645", "As early as February, Halliburton was getting poor results"),
    ("bpoil_washingtonpost", "1183", "The blown-out well in the Gulf of Mexico gushed 12 times faster"),  # "a more detailed analysis"
    ("LibyaWar_cnn", "178", "International internet traffic to and from Libya was shut down"),  # "according to Renesys analysis"
])
def test_what_evidence_or_an_analysis_gives_is_a_finding(topic: str, uid: str, opening: str) -> None:
    """What evidence, an analysis or a count gives is a finding, no one's words (docs/HANDCHECK.md: a document's figure is
    not speech); what the analyst says of it stays a quote."""
    quotes = _t17_quotes(topic, uid)
    assert find(quotes, opening).kind == "finding"
    if uid == "178":
        assert find(quotes, "Possibilities include a government crackdown").kind == "indirect"


@pytest.mark.parametrize(("topic", "uid", "opening", "kept"), [
    # "Some people are probably wondering why not ring up Exxon" (a judge's not speech, 4511 quotes draw)
    ("bpoil_reuters", "1171", "why not ring up Exxon", "It is very difficult"),
    # "These companies could potentially sue the government, arguing they would have paid less ..." (4501)
    ("bpoil_reuters", "634", "they would have paid less", None),
    ("bpoil_washingtonpost", "1486", "he energized Washington", None),  # "Jindal may claim he energized Washington"
])
def test_what_someone_only_might_say_is_no_ones_words(topic: str, uid: str, opening: str, kept: str | None) -> None:
    """A saying hedged ("probably", "potentially") or put as a possibility ("may", "might") is the writer's supposition:
    no one has said it. What the article reports said stays ("could" is left alone: "he could confirm" was said)."""
    quotes = _t17_quotes(topic, uid)
    assert not [q for q in quotes if q.text.startswith(opening)], quotes
    if kept:
        assert find(quotes, kept).speaker == "Thad Allen"


@pytest.mark.parametrize(("topic", "uid", "opening"), [
    # "President Barack Obama and members of Congress may have to answer for the millions in campaign contributions ...":
    # the page's dateline "Wed" shown as the speaker (a judge's not speech, 5101 quotes draw of the fiftieth session)
    ("bpoil_reuters", "1538", "the millions in campaign contributions"),
    ("bpoil_washingtonpost", "34", "that BP is its partner of necessity"),  # "even while it must admit that ..." (not speech)
    ("bpoil_reuters", "1660", "that he is not caving in"),  # "Cameron must show Britons that he is not caving in ..."
    ("LibyaWar_cnn", "63", "whether they will do so"),  # "U.S. officials have yet to say whether they will do so"
])
def test_what_someone_ought_to_say_is_no_ones_words(topic: str, uid: str, opening: str) -> None:
    """A saying one must, should, has to or needs to make is a duty in the writer's view, not words anyone said; one that
    had to be made was made ("had to admit that ...")."""
    assert not [q for q in _t17_quotes(topic, uid) if q.text.startswith(opening)]
    admitted = quotes_of("The company's chief executive had to admit that the cap had failed.")
    assert [(q.speaker, q.text) for q in admitted] == [("The company's chief executive", "that the cap had failed")]


def test_a_hearsay_passive_hands_its_subject_to_the_saying() -> None:
    """bpoil_reuters (dev) 555: "Uncertainty is also increased by the fact that BP executives are reported to have
    admitted to members of the U.S. Congress that the amount of oil spilling could intensify ..." gave the words to "the
    fact" (a judge's wrong speaker, 5102 quotes draw of the fifty-first session): a passive of hearsay hands its subject
    to the saying in its infinitive; one of a request does not ("was asked to say whether": nothing said)."""
    words = find(_t17_quotes("bpoil_reuters", "555"), "that the amount of oil spilling could intensify")
    assert words.speaker == "BP executives", words
    assert [(q.speaker, q.text) for q in quotes_of("Gadhafi is said to have told aides that he would fight to the end. "
                                                   "The minister was asked to say whether troops would leave.")] == [
        ("Gadhafi", "that he would fight to the end")]


def test_a_participle_used_as_a_preposition_after_a_cue_noun_is_no_content() -> None:
    """bpoil_reuters (dev) 888: "Adjusters ... are on high alert for fraud even as they pay out legitimate claims following
    the April 20 oil rig explosion" made "claims" a cue of the words "following the April 20 ..." (a judge's not
    speech, 5101 quotes draw of the fifty-first session): a participle with a prepositional object tells when, not
    what anyone claimed."""
    assert not [q for q in _t17_quotes("bpoil_reuters", "888") if q.text.startswith("following the April 20")]


def test_the_writers_comment_after_reported_words_is_not_theirs() -> None:
    """bpoil_reuters (dev) 807: "The Coast Guard said on Sunday that over 65 miles of Gulf Coast has experienced
    “shoreline impact” and less than half of it could be cleaned up relatively quickly, underscoring the growing
    ecological toll of the disaster" (a judge's bad span, 5101 quotes draw of the fifty-first session): a participle
    the writer sets after the words to say what they mean ends them; the sayer's own going on, or an act their words
    tell, stays theirs."""
    words = find(_t17_quotes("bpoil_reuters", "807"), "that over 65 miles of Gulf Coast")
    assert words.speaker == "Coast Guard" and words.text.endswith("could be cleaned up relatively quickly"), words
    kept = quotes_of("The rebels said they had taken the town, killing 10 soldiers. Obama said he wanted to act, adding "
                     "that the company must pay.")
    assert [q.text for q in kept if q.kind == "indirect"] == [
        "they had taken the town, killing 10 soldiers", "he wanted to act", "that the company must pay"]


@pytest.mark.parametrize(("topic", "uid", "opening", "last_words"), [
    # "..., federal law enforcement sources said, though they would not say whether evidence of such crimes has emerged"
    # ran on through the attribution and the writer's clause (a judge's bad span, 4512 quotes draw)
    ("bpoil_washingtonpost", "2055", "In addition, criminal prosecutors are examining", "obstruction of justice and conspiracy"),
    ("LibyaWar_cnn", "146", "The Dutch citizen they were trying to rescue", "to the Dutch Embassy in Tripoli"),  # "..., without saying"
    ("LibyaWar_cnn", "86", "The CIA sent additional personnel to Libya", "after the anti-government protests erupted"),
])
def test_a_clause_of_the_sayers_after_their_attribution_is_not_their_words(
        topic: str, uid: str, opening: str, last_words: str) -> None:
    """Words before a closing attribution end there when what follows it tells of the sayers ("though they would not
    say", "without saying"); another subject after it goes on with the words ("Food supplies were ample, he said, but
    medical goods were scarce")."""
    assert find(_t17_quotes(topic, uid), opening).text.endswith(last_words)
    ample = quotes_of("Food supplies were ample, he said, but medical goods were scarce. The city was calm.")
    assert [q.text for q in ample if q.kind == "indirect"] == ["Food supplies were ample, he said, but medical goods were scarce"]


def test_a_chronology_entrys_date_is_no_part_of_who_speaks() -> None:
    """bpoil_reuters (dev) 364, a chronology ("April 30 - An Obama aide says no drilling will be allowed in new areas",
    "May 28 - Obama tours ..."): 38 quotes of the store had the entry's date in the speaker ("April 30 - An Obama aide",
    "June 8 - Obama", a judge's close call in the 4701 quotes draw), which no entity is. The speaker starts after the
    date's dash, whether the parse hung the date on the name or the tagger ran it into one."""
    speakers = {q.speaker for q in _t17_quotes("bpoil_reuters", "364")}
    assert "An Obama aide" in speakers and not [s for s in speakers if s and " - " in s], speakers


def test_a_document_from_a_named_body_is_that_bodys_words() -> None:
    """bpoil_reuters (dev) 1921: "..., according to a report this week from the Rockefeller Institute of Government" was
    shown as said by "a report" (a judge's vague speaker, 4701 quotes draw). A document "from" a named body speaks for
    it, as one "by" it did; and "the statement noted" after "according to a statement from the U.S. Agency for
    International Development" (LibyaWar_cnn 93) stays the agency's."""
    report = find(_t17_quotes("bpoil_reuters", "1921"), "Even before the disaster")
    assert report.speaker == "Rockefeller Institute of Government", report
    aid = _t17_quotes("LibyaWar_cnn", "93")
    assert find(aid, "Each aircraft carried three pallets").speaker == "U.S. Agency for International Development"
    assert find(aid, "The supplies, meant to help up to 2,000 people").speaker == "U.S. Agency for International Development"


def test_a_document_subject_from_a_named_body_and_the_same_document_further_on() -> None:
    """bpoil_washingtonpost (dev) 2025: "The interim report from the National Academy of Engineering and the National
    Research Council says that ..." and, five and eleven sentences on, "..., the report said" / "the report says" were
    shown as said by "The interim report" and "the report" (two vague speakers of the forty-seventh session's draw).
    A document that speaks as a subject is its sender's when it comes "from" one, and "the report" further on stays
    that body's while the text speaks of no other report."""
    nae = _t17_quotes("bpoil_washingtonpost", "2025")
    for opening in ("indicate the lack of a suitable approach", "Personnel on the Deepwater Horizon",
                    "suggests a lack of onboard expertise"):
        assert find(nae, opening).speaker == "National Academy of Engineering", opening
    nato = _t17_quotes("LibyaWar_cnn", "124")  # "The statement from NATO noted that the air campaign ..."
    assert find(nato, "that the air campaign over Libya").speaker == "NATO"
    council = _t17_quotes("bpoil_reuters", "1984")  # "A statement from the Commons Energy and Climate Change Select
    # Committee said Hayward would testify ..." (the parse had made the next saying Norway's)
    assert {find(council, opening).speaker for opening in ("Hayward would testify", "it would question Hayward")} == \
        {"Commons Energy and Climate Change Select Committee"}


def test_a_bare_plural_or_a_place_sends_no_document() -> None:
    """bpoil_reuters (dev) 990: '“...,” said a joint statement from groups including the Environmental Defense Fund,
    ...': "groups" says less than the statement does, which stays the speaker; a place a report comes from is where,
    not who."""
    joint = _t17_quotes("bpoil_reuters", "990")
    assert find(joint, "Secretary Mabus is doing his part").speaker == "a joint statement"
    tripoli = quotes_of("A report from Tripoli said that government forces had shelled the port overnight.")
    assert all(q.speaker != "Tripoli" for q in tripoli), tripoli


def test_the_newspaper_is_the_outlet_named_with_that_word() -> None:
    """bpoil_reuters (dev) 424: "The Daily Mail newspaper, citing sources ..., reported Shell weighed an opportunistic
    bid for BP .... The newspaper said Shell could yet bid ..." was shown as said by "The newspaper" (a vague speaker
    of the forty-seventh session's draw): an outlet spoken of again by its kind is the one the article named so, as
    "the group" is the body named before it."""
    mail = _t17_quotes("bpoil_reuters", "424")
    assert find(mail, "Shell could yet bid for BP").speaker == "The Daily Mail newspaper"
    ahram = _t17_quotes("LibyaWar_cnn", "354")  # "Egypt's state-run Al-Ahram newspaper ... the newspaper, citing ..."
    assert find(ahram, "an unidentified airport official").speaker == "Egypt's state-run Al-Ahram newspaper"


def test_a_past_act_joined_to_told_words_is_the_sayers() -> None:
    """bpoil_reuters (dev) 1803: "BP has said disruption due to the spill would knock more than 1 percent off next
    year's output and this week agreed to sell fields ..." gave BP's words as running on to "agreed to sell fields" (a
    garbled ledger line of the forty-seventh session's draw): a past act with no subject of its own, joined by "and" or
    "but" to words told under a modal or in the present, is the sayer's act, not the told words. A second told clause
    ("and that there were ...") and a list of acts inside the words stay."""
    bp = _t17_quotes("bpoil_reuters", "1803")
    assert find(bp, "disruption due to the spill").text == \
        "disruption due to the spill would knock more than 1 percent off next year's output"
    obeidy = _t17_quotes("LibyaWar_cnn", "244")
    assert find(obeidy, "she is excited").text == "she is excited and happy to be in the United States"
    kept = quotes_of("Simmons's office said he would not be able to return calls until June 15 and that there were "
                     "three pages of names of reporters who called.")
    assert find(kept, "he would not be able").text.endswith("reporters who called")


def test_a_described_bodys_report_is_that_bodys() -> None:
    """bpoil_washingtonpost (dev) 2072: "The commission's report says that Interior should also include NOAA ..." was
    shown as said by "The commission's report" (a vague speaker of the forty-seventh session's draw) though the article
    had spoken of the oil-spill commission; 694: "The Alaskan commission concluded ... .“...,” the commission's report
    concluded". A document a body's possessive gives is that body's when the article describes it in three words or
    more, as "the commission" alone is."""
    final = _t17_quotes("bpoil_washingtonpost", "2072")
    assert find(final, "that Interior should also include").speaker == "the oil-spill commission"
    # "It also calls for funding ..., saying in its executive summary, “Funding sources could include ...”": "it" that
    # says is the body described last, when no body was named since (not a generic "group" or "body", most often a
    # named one described again)
    assert find(final, "Funding sources could include").speaker == "The presidential oil-spill commission"
    alaska = _t17_quotes("bpoil_washingtonpost", "694")
    assert find(alaska, "British Petroleum's leadership").speaker == "The Alaskan commission"


def test_a_share_of_those_polled_is_a_finding() -> None:
    """bpoil_washingtonpost (dev) 521: "altogether 64 percent of Americans say the government should pursue such legal
    action" was shown as a quote of "64 percent of Americans" ("not speech" in the forty-seventh session's draw): a
    share of those asked gives a count of answers, kept as a finding, out of the quote views."""
    poll = _t17_quotes("bpoil_washingtonpost", "521")
    shares = [q for q in poll if q.speaker and "percent" in q.speaker and q.kind != "direct"]
    assert len(shares) >= 4 and all(q.kind == "finding" for q in shares), shares  # the answers' marked words too
    assert find(poll, "the government should pursue such legal action").kind == "finding"


def test_a_title_the_parse_made_a_subject_is_its_names() -> None:
    """bpoil_washingtonpost (dev) 43: "..., crews would begin packing up to return to shore, said Coast Guard Adm. Thad W.
    Allen, who is overseeing the crisis" was shown as said by "Coast Guard Adm." (a wrong speaker of the forty-seventh
    session's draw): the parse made "Adm." and "Allen" two subjects of "said", and the one nearest the verb won. A
    rank's abbreviation right before a person's name is that person's title."""
    storm = _t17_quotes("bpoil_washingtonpost", "43")
    assert find(storm, "If a storm with gale-force winds").speaker == "Thad W. Allen"


def test_the_sayer_goes_on_with_added_words() -> None:
    """bpoil_washingtonpost (dev) 51: "Allen said in a recent interview that his goal was to “produce unity of effort”
    and added, “You can't do that by polarizing ...”" was shown as said by "his goal"; bpoil_reuters 1893: "Halliburton
    ..., saying the BP report contained “substantial omissions ...” and stressed it was fully indemnified" by "the BP
    report" (both wrong speakers of this session's draws): the parse joins "added"/"stressed" to the told words, whose
    subject it then took. Words told before their saying stay their subject's ("Prime Minister Baghdadi Mahmudi blamed
    ... and stressed that Libya has the right ..., Libyan state television reported", LibyaWar_cnn 7), and a bare form
    is part of what was asked ("demanded that Barton retract his apology and stress BP's responsibility", 2085)."""
    assert find(_t17_quotes("bpoil_washingtonpost", "51"), "You can't do that by polarizing").speaker == "Thad Allen"
    assert find(_t17_quotes("bpoil_reuters", "1893"), "it was fully indemnified").speaker == "Halliburton"
    assert find(_t17_quotes("LibyaWar_cnn", "7"), "that Libya has the right").speaker == "Baghdadi Mahmudi"
    demand = find(_t17_quotes("bpoil_washingtonpost", "2085"), "that Barton retract his apology")
    assert demand.text.endswith("stress BP's responsibility for the spill")


def test_what_a_thing_is_for_is_no_saying_and_an_infinitive_shares_no_finite_verb() -> None:
    """Two of the forty-ninth session's quote draws (6222, 6221): "a system meant to automatically warn the entire crew
    about fire or leaking gas was routinely deactivated" (bpoil_washingtonpost 1142) was the system's warning (an
    infinitive under a participle of design tells what a thing is for: not speech), and "BP has promised to pay
    legitimate damages claims and faces billions of dollars in expected cleanup and damages costs" (bpoil_reuters
    1478) ran on into "and faces ...": a finite verb no infinitive can share is the sayer's own state, not the words."""
    warned = _t17_quotes("bpoil_washingtonpost", "1142")
    assert not [q for q in warned if q.speaker == "a system" or "the entire crew about fire" in q.text], warned
    promised = [q for q in _t17_quotes("bpoil_reuters", "1478") if q.text.startswith("to pay legitimate damages claims")]
    assert promised and all("faces billions" not in q.text for q in promised), promised


def test_a_given_name_the_tagger_left_in_a_title_is_the_speakers() -> None:
    """LibyaWar_cnn (dev) 62, the forty-ninth session's quote draw 6223 (vague speaker): "NATO Secretary General Anders
    Fogh Rasmussen said ..." gave the speaker "Fogh Rasmussen" with "Anders" in his title, and three of his sayings went
    unattributed. A capitalised word of no entity between a role noun and a person's name is the name's; a rank's
    abbreviation is not ("Pentagon spokeswoman Cmdr. Monica Rousselow", 377)."""
    said = _t17_quotes("LibyaWar_cnn", "62")
    speakers = {q.speaker for q in said if q.speaker and "Rasmussen" in q.speaker}
    assert speakers == {"Anders Fogh Rasmussen"}, speakers
    assert find(said, "that the alliance is doing all it can to avoid civilian casualties").speaker == "Anders Fogh Rasmussen"
    fired = _t17_quotes("LibyaWar_cnn", "377")
    assert {q.speaker for q in fired if q.speaker and "Rousselow" in q.speaker} == {"Monica Rousselow"}


def test_a_saying_joined_to_a_clause_under_a_modal_is_the_governors_subjects() -> None:
    """LibyaWar_cnn (dev) 154, the forty-ninth session's second quote draw (6263, wrong speaker): "He was confident the
    rebel lines would hold and said there had been no concerted effort so far by the government troops ..." gave the
    words to "the rebel lines": the parse joined "said" to "would hold", whose modal a past saying cannot share. The
    saying goes with the clause that governs it ("He was confident"); a saying joined as parsed keeps its subject."""
    said = find(_t17_quotes("LibyaWar_cnn", "154"), "there had been no concerted effort so far")
    assert said.speaker not in (None, "the rebel lines") and "Qassem" in said.speaker, said
    doc = load_nlp()("Obama said BP would pay and added that the fund was ready.")
    assert {q.speaker for q in extract_quotes(doc, "x")} == {"Obama"}


def test_a_saying_set_in_the_clause_it_reports_is_its_inverted_subjects() -> None:
    """bpoil_washingtonpost (dev) 780, the forty-ninth session's second quote draw (wrong speaker): "The remaining fourth,
    said White House energy chief Carol M. Browner, will also slowly degrade or disappear" gave the words to "The
    remaining fourth": the parse made both the clause's subject and the name after "said" subjects of the saying. Set
    off by a comma before it, the first is the interrupted clause's; the sayer is the one after the verb. A subject
    closed by an appositive's comma keeps the saying ("Jim Sutton, a spokesman for the company, said ...", bpoil_reuters
    "Anadarko Petroleum, part owner of the gushing well, says BP's behavior ... was “reckless”")."""
    said = [q for q in _t17_quotes("bpoil_washingtonpost", "780") if "will also slowly degrade or disappear" in q.text]
    assert said and all(q.speaker is not None and "Browner" in q.speaker for q in said), said
    doc = load_nlp()("The plan, said Mark Smith, will also fail. Jim Sutton, a spokesman for the company, said it would.")
    assert {q.speaker for q in extract_quotes(doc, "x")} == {"Mark Smith", "Jim Sutton"}
    reckless = [q for q in _t17_quotes("bpoil_reuters", "489") if q.text == "reckless"]  # a chronology's "June 18 -" line
    assert reckless and all(q.speaker == "Anadarko Petroleum" for q in reckless), reckless


def test_a_sayer_the_words_before_it_ran_on_into_says_them() -> None:
    """bpoil_reuters (dev) 1803 and LibyaWar_cnn (dev) 292, the forty-ninth session's second quote draws (wrong speaker): a
    list's lines run together ("- Refineries, renewable energy, other assets: $31 billion to $62 billion Many BP
    investors have said they want BP leadership to change") made the list's first word the subject of "said" and the
    sayer part of it. A subject that cannot say ("Refineries", "Any flights") gives way to the noun that may say right
    before the verb; a subject that may say keeps its words ("Lawyers for the fishermen have said ...")."""
    investors = [q for q in _t17_quotes("bpoil_reuters", "1803") if q.text.startswith("they want BP leadership to change")]
    assert investors and all(q.speaker == "Many BP investors" for q in investors), investors
    flights = [q for q in _t17_quotes("LibyaWar_cnn", "292") if "would typically be enforced by fighter jets" in q.text]
    assert flights and all(q.speaker and q.speaker.endswith("officials") for q in flights), flights
    doc = load_nlp()("Lawyers for the fishermen have said they will sue.")
    assert [q.speaker for q in extract_quotes(doc, "x")] == ["Lawyers for the fishermen"]


def test_a_label_that_names_its_speaker_by_kind_speaks_the_quote_after_its_colon() -> None:
    """LibyaWar_cnn (dev) 313, the forty-ninth session's second quote draw (wrong speaker): a headline of another story
    run into the text, "Protester: ‘We want our basic rights’", gave the words to Saif al-Islam Gadhafi, who "claimed"
    something in the sentence before. A label of a few words opening a sentence or a line, whose last noun names someone
    by kind, speaks the words after its colon; a label with a verb ("He added:") or of a thing ("Update:") does not."""
    rights = [q for q in _t17_quotes("LibyaWar_cnn", "313") if q.text.startswith("We want our basic rights")]
    assert rights and all(q.speaker == "Protester" for q in rights), rights
    said = quotes_of("Saif al-Islam Gadhafi claimed the army was loyal. Embassy head: ‘We were lucky to get out’ The "
                     "staff left. Obama said the embassy was closed. He added: “We will stay.”")
    assert find(said, "We were lucky to get out").speaker == "Embassy head"
    assert find(said, "We will stay.").speaker == "Obama"


def test_told_words_end_before_the_title_of_the_speaker_named_after_them() -> None:
    """bpoil_washingtonpost (dev) 226, the forty-ninth session's quote draw 6222 (bad span): "But the effort ran into
    mechanical trouble on the first stab, BP chief operating officer Doug Suttles said" gave Suttles the words "... on
    the first stab, BP chief operating officer": the parse hung his title on "stab". Words that run on, after a comma,
    into a few words ending in a noun of an office right before the speaker's name end at that comma; a comma inside
    the words stays ("The ban, which took effect in May, will stay, a senior official said")."""
    stab = [q for q in _t17_quotes("bpoil_washingtonpost", "226") if q.text.startswith("But the effort ran into")]
    assert stab and all(q.text.endswith("on the first stab") and q.speaker == "Doug Suttles" for q in stab), stab
    said = quotes_of("The ban, which took effect in May, will stay in place, a senior official said.")
    assert find(said, "The ban").text == "The ban, which took effect in May, will stay in place"


@pytest.mark.parametrize(("uid", "opening", "speaker"), [
    # "He commented on her strong character ... She called herself an ordinary citizen ...": every "she" after was
    # read as the man an earlier "he" was (Saadi Gadhafi's "Gadhafi"), and her words led the briefing as Moammar
    # Gadhafi's ("I am well-educated unlike the way the Libyan TV portrayed me ...")
    ("206", "I am well-educated unlike", "Eman al-Obeidy"),
    ("206", "herself an ordinary citizen", "Eman al-Obeidy"),
])
def test_a_he_or_she_is_not_the_person_the_other_pronoun_was(uid: str, opening: str, speaker: str) -> None:
    """A "she" is not the person two or more "he" of the article were read as (nor the other way round); one wrong
    reading does not turn the next pronoun away from the person named."""
    assert find(_t17_quotes("LibyaWar_cnn", uid), opening).speaker == speaker


def test_the_figures_of_a_simile_say_nothing() -> None:
    """bpoil_washingtonpost 1122: "Their finger-pointing led one senator to compare them to children blaming one another
    for the baseball that went through the neighbor's window" gave "one another for the baseball ..." to "Their
    finger-pointing" (a judge's wrong speaker in both fifty-first-session quote draws). Those a thing is likened to
    say nothing; what the senator said is not quoted there."""
    quotes = _t17_quotes("bpoil_washingtonpost", "1122")
    assert not [q for q in quotes if "for the baseball" in q.text], [(q.speaker, q.text) for q in quotes if "baseball" in q.text]
    blamed = quotes_of("The senator compared them to children and said they were blaming one another for the spill.")
    assert ("The senator", "they were blaming one another for the spill") in [(q.speaker, q.text) for q in blamed]


@pytest.mark.parametrize(("topic", "uid", "opening"), [
    # "..., a senior U.S. administration official said Sunday night after the Libyan leader's son took to the airwaves
    # to propose ... reforms": a judge's not speech (LibyaWar_cnn quotes 5201, fifty-second session)
    ("LibyaWar_cnn", "89", "Sunday night after the Libyan leader's son"),
    ("bpoil_washingtonpost", "1459", "before the final decision was made to evacuate"),  # "..., Wells said before ..."
])
def test_when_or_why_it_was_said_is_not_what_was_said(topic: str, uid: str, opening: str) -> None:
    """A clause a subordinator of time, cause or concession opens after the verb of saying tells when or why it was
    said, not what; one it sits inside ("the sell-off after the spill was viewed as an overreaction") is said."""
    assert not [q for q in _t17_quotes(topic, uid) if q.text.startswith(opening)]
    said = quotes_of("Analysts said the sell-off after the spill was viewed as an overreaction.")
    assert ("Analysts", "the sell-off after the spill was viewed as an overreaction") in [(q.speaker, q.text) for q in said]


@pytest.mark.parametrize(("uid", "opening"), [
    ("484", "it to stay Feldman's decision"),  # "... and can ask it to stay Feldman's decision" (a judge's not speech,
    # bpoil_reuters quotes draw of seed 5201, fifty-second session)
    ("2128", "that the company took shortcuts"),  # "investigators could argue that the company took shortcuts ..."
])
def test_what_one_only_can_say_is_no_ones_words(uid: str, opening: str) -> None:
    """A saying one can or could make, told on its own, is what one is able to say, no words said; one told by a verb
    of saying was said, and so was one heard, or seen in the past."""
    assert not [q for q in _t17_quotes("bpoil_reuters", uid) if q.text.startswith(opening)]
    said = [(q.speaker, q.text) for q in quotes_of(
        "The official said he could confirm that Abdallah had traveled to Egypt. CNN could see about 150 troops moving "
        "into the city.")]
    assert ("The official", "that Abdallah had traveled to Egypt") in said or (
        "The official", "he could confirm that Abdallah had traveled to Egypt") in said, said
    assert ("CNN", "about 150 troops moving into the city") in said, said


def test_a_who_tells_of_the_person_right_before_it() -> None:
    """LibyaWar_cnn 25: "The comments follow a statement a day earlier by a spokesperson for Ban Ki-moon, who said the
    U.N. secretary-general “is deeply concerned ...”": the parser hung the "who" clause on "comments", so "The
    comments" spoke, and "“..., in order to end the bloodshed in the country,” the spokesperson said" went to the
    government spokesman quoted above (shown as Ban Ki-moon: a judge's wrong speaker, quotes draw of seed 5201,
    fifty-second session). A "who" tells of the person right before it; a role whose object that person is, the role's."""
    quotes = _libya("25")
    assert find(quotes, "is deeply concerned by reports").speaker == "a spokesperson for Ban Ki-moon"
    assert find(quotes, "and respond concretely").speaker == "a spokesperson for Ban Ki-moon"
    said = quotes_of("The talks ended a week of visits by Jane Fox, a lawyer for the families, who said the deal was fair.")
    assert ("Jane Fox", "the deal was fair") in [(q.speaker, q.text) for q in said], [(q.speaker, q.text) for q in said]


def test_a_who_after_a_body_tells_of_the_person_the_body_is_given_for() -> None:
    """bpoil_reuters (dev) 465, quotes draw of seed 5541 (wrong speaker, fifty-seventh session): "a report in Fortune
    magazine, which quoted Matt Simmons of boutique investment bank Simmons & Co, who said BP had a month before it would
    file for bankruptcy" went to Fortune magazine, on which the parser hung the "who" clause; a body right before a
    "who" is no one it tells of, but the person the body is given for is."""
    q = find(_t17_quotes("bpoil_reuters", "465"), "BP had a month before it would file")
    assert q.speaker == "Matt Simmons", q.speaker
    said = quotes_of("The plan was praised by the Daily Post, which interviewed Anna Berg, mayor of Eastport, who said the "
                     "levee would hold.")
    assert ("Anna Berg", "the levee would hold") in [(q.speaker, q.text) for q in said], [(q.speaker, q.text) for q in said]


def test_a_document_from_a_sender_is_the_senders() -> None:
    """bpoil_washingtonpost 673: "the September 2009 letter from Obama's National Oceanic and Atmospheric Administration
    accusing Interior's Minerals Management Service of understating ..." was the letter's (a judge's vague speaker,
    quotes draw of seed 5301, fifty-third session): a document says what its sender says; a place it came from is no
    sender."""
    accused = find(_t17_quotes("bpoil_washingtonpost", "673"), "Interior's Minerals Management Service of understating")
    assert accused.speaker == "National Oceanic and Atmospheric Administration", accused.speaker
    said = [(q.speaker, q.text) for q in quotes_of("A letter from Tripoli said the regime would fight on.")]
    assert ("A letter from Tripoli", "the regime would fight on") in said, said


@pytest.mark.parametrize(("topic", "uid", "opening"), [
    ("bpoil_reuters", "1470", "forming a new insurance fund"),  # "U.S. oil explorers are talking about forming ...":
    # a judge's wrong speaker (quotes draw of seed 5301, fifty-third session): the executive said it, the explorers
    # spoke of it
    ("bpoil_washingtonpost", "1458", "Suttles about why the company"),  # "Graham pressed Suttles about why ...": a
    # judge's bad span (seed 5301)
])
def test_what_one_talked_about_doing_is_a_topic(topic: str, uid: str, opening: str) -> None:
    """A doing someone spoke about, or the one spoken to and what about, is what they spoke of (a "topic", which the
    quote views leave out), not their words; what they said of it stays a quote."""
    found = [q for q in _t17_quotes(topic, uid) if q.text.startswith(opening)]
    assert found and all(q.kind == "topic" for q in found), [(q.kind, q.speaker, q.text) for q in found]
    said = [(q.kind, q.text) for q in quotes_of("The minister talked about the plan and said forming a fund was wise.")]
    assert ("indirect", "forming a fund was wise") in said, said


def test_the_last_speaker_goes_on_through_the_words_he_tells(tmp_path: Path) -> None:
    """LibyaWar_cnn 195: "Civil War leaders made the same mistake, Thomas says. Northern leaders like Lincoln didn't
    really think ordinary Southerners ... would fight in defense of slavery. Southerners didn't think Northerners were
    willing to go to war to preserve the Union, he says." gave the historian's words to Abraham Lincoln (a judge's wrong
    speaker, quotes draw of seed 5301, fifty-third session): "Northerners", the subject inside the words the trailing
    "he says" tells, was read as a new person taking over from the last speaker. A subject inside those words does
    not; one of the sentence's own ("Hayward became a lightning rod ... when he told ...") still does."""
    store = _libya_store(tmp_path, "195")
    names = {e["id"]: e["name"] for e in store.query("SELECT id, name FROM entities")}
    said = [names.get(q["speaker_entity"]) for q in store.rows("quotes")
            if q["text"].startswith("Southerners didn't think Northerners")]
    assert said == ["Emory Thomas"], said


@pytest.mark.parametrize(("topic", "uid", "opening"), [
    ("bpoil_reuters", "1013", "the prevailing current in the Gulf"),  # "Weisberg said, referring to the prevailing
    # current in the Gulf": a judge's not speech (quotes draw of seed 5311, fifty-third session)
    ("LibyaWar_cnn", "169", "two resolutions on the Libya mission"),  # "Boehner proposed two resolutions on the Libya
    # mission that could come up for votes on Thursday": a judge's not speech (seed 5311)
])
def test_a_thing_named_with_its_describing_words_is_a_topic(topic: str, uid: str, opening: str) -> None:
    """Reported words that name a thing stay a "topic" when a bare participle ("the prevailing current") or a clause
    a relative "that" opens ("resolutions ... that could come up for votes") describes it: no verb of them is said."""
    found = [q for q in _t17_quotes(topic, uid) if q.text.startswith(opening)]
    assert found and all(q.kind == "topic" for q in found), [(q.kind, q.text) for q in found]
    said = [(q.kind, q.text) for q in quotes_of("He said the rebels that he met were brave.")]
    assert ("indirect", "the rebels that he met were brave") in said, said


def test_a_saying_a_thing_cannot_make_is_the_sayers() -> None:
    """bpoil_reuters 1687: "Louisiana Governor Bobby Jindal said the coast was in a “war to stop this oil” but also asked
    Obama to put a quick end to a drilling moratorium" gave the request to "the coast" (a judge's wrong speaker, quotes
    draw of seed 5311, fifty-third session): a saying joined to the told words whose subject is a thing no one speaks
    for is the sayer's next act, and ends the told words."""
    quotes = _t17_quotes("bpoil_reuters", "1687")
    assert find(quotes, "Obama to put a quick end").speaker == "Bobby Jindal"
    assert not [q for q in quotes if "but also asked Obama" in q.text], [q.text for q in quotes if "asked Obama" in q.text]


def test_the_names_before_a_things_saying_say_it() -> None:
    """bpoil_reuters 498: "The stock recovered in New York after BP and Allen said scientists had determined the seepage
    was not related to the well", parsed with "The stock" the subject of "said" and "BP and Allen" the object of
    "after", gave the words to the stock (a judge's wrong speaker, quotes draw of seed 5311, fifty-third session). The
    names right before a verb of saying whose parsed subject is a thing no one speaks for say it."""
    said = find(_t17_quotes("bpoil_reuters", "498"), "scientists had determined the seepage")
    assert said.speaker in ("BP", "BP and Allen"), said.speaker


@pytest.mark.parametrize(("topic", "uid", "opening"), [
    ("bpoil_reuters", "123", "Insurers and reinsurers have publicly reported at least $611 million"),  # "..., according
    # to the report from Moody's": a judge's not speech (quotes draw of seed 5311, fifty-third session)
    ("bpoil_reuters", "465", "It has had at least $24 billion in net operating cash flow"),  # "according to financial
    # filings"
])
def test_a_figure_given_according_to_a_report_is_a_finding(topic: str, uid: str, opening: str) -> None:
    """Reported words with a figure in them, given "according to" a report, a filing or figures, are the document's
    finding whoever issued it, no one's words; a statement's stay its issuer's."""
    found = [q for q in _t17_quotes(topic, uid) if q.text.startswith(opening)]
    assert found and all(q.kind == "finding" for q in found), [(q.kind, q.text) for q in found]
    said = [(q.kind, q.text) for q in quotes_of("The rebels lost 200 fighters, according to a statement from the council.")]
    assert ("indirect", "The rebels lost 200 fighters") in said, said


def test_a_thing_named_with_a_bare_past_participle_is_a_topic() -> None:
    """LibyaWar_cnn 308: "a rebel spokesman dismissed the reported death as “a desperate attempt to get sympathy”" gave
    "the reported death" as the spokesman's words (a judge's not speech, quotes draw of seed 5313, fifty-third session):
    a bare past participle after a determiner is a word of its noun, which only names what was spoken of."""
    found = [q for q in _t17_quotes("LibyaWar_cnn", "308") if q.text == "the reported death"]
    assert found and all(q.kind == "topic" for q in found), [(q.kind, q.text) for q in found]


def test_the_told_words_open_on_their_that_after_a_phrase_set_off_before_it() -> None:
    """LibyaWar_cnn 385: "Geoff Porter ... wrote in the February edition of CTC Sentinel, published by West Point's
    Combating Terrorism Center, that AQIM has used ..." gave Porter the words of where his piece was published (a
    judge's bad span, quotes draw of seed 5313, fifty-third session): his words open on their "that"."""
    found = [q for q in _t17_quotes("LibyaWar_cnn", "385") if "AQIM has used its rising revenues" in q.text]
    assert [q.text[:24] for q in found] == ["that AQIM has used its r"], [q.text for q in found]


def test_marked_words_in_capitals_are_a_heading_not_speech() -> None:
    """bpoil_reuters (dev) 1893, quotes draw of seed 5541 (not speech, fifty-seventh session): "“HAPPY TO SLICE UP
    BLAME”", a subheading set in marks between a report's sections, went on as the words of Tony Hayward, quoted just
    before it; 119's "“BOOT ON THE NECK” OF BP" went to Ken Salazar. Marked words in capitals only are a heading or a
    title; marked words in capitals after their cue stay a partial quote of a sign ("the sign says “NO OUTLET,”")."""
    quotes = _t17_quotes("bpoil_reuters", "1893")
    assert not [q for q in quotes if "SLICE UP BLAME" in q.text], [q.text for q in quotes if "BLAME" in q.text]
    assert find(quotes, "It would appear unlikely that the well design").speaker == "Tony Hayward"
    assert not [q for q in _t17_quotes("bpoil_reuters", "119") if q.text.startswith("BOOT ON THE NECK")]
    said = quotes_of("“We will pay,” he said. “FEAR AND LOATHING” The company's shares fell.")
    assert [q.text for q in said] == ["We will pay,"], [q.text for q in said]


def test_declining_to_say_more_after_told_words_is_the_speakers_next_act() -> None:
    """bpoil_reuters (dev) 1151, claims draw of seed 5544 (vague, fifty-seventh session): "BP said it had lodged a claim
    against the insurers but declined to comment further" held the writer's "but declined to comment further" in what
    BP said; LibyaWar_cnn 320: "Musa Ibrahim said he did not know where Ismael was and declined to comment on what he
    might be doing". A declining in the speaker's tense, joined to told words in another, is the speaker's next act, as a
    saying is ("says P but denies Q"); a declining to say is, in any tense."""
    q = find(_t17_quotes("bpoil_reuters", "1151"), "it had lodged a claim against the insurers")
    assert q.text.rstrip(" .") == "it had lodged a claim against the insurers", q.text
    q = find(_libya("320"), "he did not know where Ismael was")
    assert "declined" not in q.text, q.text
    # bpoil_reuters 1898, claims draw of seed 5564 (narration): "The White House said President Barack Obama spoke with
    # Svanberg on Monday but declined to say what was discussed": a declining to say is the speaker's in any tense
    q = find(_t17_quotes("bpoil_reuters", "1898"), "President Barack Obama spoke with Svanberg")
    assert "declined" not in q.text, q.text
    # bpoil_reuters 1026, the ledger's first page (grouped, fifty-ninth session): "A spokesman for BP said it had
    # “considerable firepower” to meet the costs of the spill and denied market talk that the company was seeking
    # bankruptcy protection": denying a claim is the sayer's act, whoever the sayer, in any tense
    (q,) = [x for x in _t17_quotes("bpoil_reuters", "1026") if x.kind == "indirect" and "firepower" in x.text]
    assert q.text.rstrip(" .").endswith("to meet the costs of the spill"), q.text


def test_a_saying_parsed_as_a_conjunct_of_the_words_it_closes_reports_them() -> None:
    """LibyaWar_cnn (dev) 23, quotes draw of seed 5551 (wrong speaker, fifty-seventh session): "Over the past few days,
    China has evacuated 12,000 ... in Libya, Chinese Vice Foreign Minister Song Tao said Friday, according to the
    state-run Xinhua News Agency" went to Xinhua alone, its words running on through "Song Tao said Friday": the parse
    made "said" a conjunct of "evacuated". A saying with its own subject set off by a comma, joined by no "and", closes
    the words before it. LibyaWar_cnn 164: "U.S. President Barack Obama discussed Libya on Tuesday with British Prime
    Minister David Cameron, the White House said in a statement", whose next quote had gone to CNN."""
    quotes = _libya("23")
    q = find(quotes, "Over the past few days, China has evacuated", kind="indirect")
    assert ("Song Tao", "said") in [(x.speaker, x.cue) for x in quotes if x.text == q.text], [(x.speaker, x.cue) for x in quotes]
    assert all("Song Tao said" not in x.text for x in quotes)
    quotes = _libya("164")
    assert find(quotes, "U.S. President Barack Obama discussed Libya on Tuesday").speaker == "White House"
    assert find(quotes, "They agreed that the common objective").speaker == "White House"


def test_the_ceo_is_the_chief_executive_named_before() -> None:
    """bpoil_reuters (dev) 1470, quotes draw of seed 5551 (vague speaker, fifty-seventh session): "Jim Farnsworth, Chief
    Executive of Cobalt International, ... said ... Farnsworth said. The CEO added that he expected ... “The real
    moratorium ends when they start issuing permits again ...,” he said." showed "The CEO": a CEO is the chief
    executive the article named, as a diplomat is its ambassador."""
    quotes = _t17_quotes("bpoil_reuters", "1470")
    assert find(quotes, "The real moratorium ends when they start issuing permits").speaker == "Jim Farnsworth"


def test_words_texted_are_the_texters() -> None:
    """haiti_bbc (dev) 1511: '“We are scared right now ...,” Opoku Ware Cyprian texted from Kumasi at 0349 GMT' was given
    to the BBC's Network Africa, which the sentence before says told its listeners about the hoax (judged "wrong speaker"
    in the draw of seed 6001): the model lemmatises "texted" as "texte", so the verb was no cue. Texting, like e-mailing
    and tweeting, is saying."""
    quotes = [q for q in _t17_quotes("haiti_bbc", "1511") if q.text.startswith("We are scared right now")]
    assert [q.speaker for q in quotes] == ["Opoku Ware Cyprian"], [(q.speaker, q.text[:40]) for q in quotes]


def test_the_subject_of_a_clause_leading_in_to_the_words_is_their_he() -> None:
    """haiti_bbc (dev) 1065: "Chris has visited Haiti before: “It's a country of extreme poverty and brutal living
    conditions,” he said." gave the words to Gordon Brown, the last person the article made a sentence's subject (the
    ledger then showed Brown asserting Chris Martin's words; judged wrong party, seed 6011): the parse makes the clause
    before the colon the saying's object, whose subject no pronoun looked at. The subject of a clause that leads in to
    the words on a colon is whom the "he" after them is; and a bare first name one full name of the article has ("Chris"
    after "Chris Martin from Coldplay") is that name."""
    quotes = [q for q in _t17_quotes("haiti_bbc", "1065") if q.text.startswith("It's a country of extreme poverty")]
    assert quotes and all(q.speaker == "Chris Martin" for q in quotes), [(q.speaker, q.text[:30]) for q in quotes]


def test_words_a_clause_of_the_narration_takes_up_are_not_the_last_speakers() -> None:
    """Sampled "wrong speaker" class (quote draws of haiti_bbc, dev, seeds 6001 and 6011): lyrics sung at a telethon,
    marked after the narration's own subject and verb ("Bono and singer Rihanna's lyrics included “Not going to leave you
    stranded.”", "She changed the lyrics, and sang “Haiti we can see your halo ...”"), went to George Clooney, quoted
    before. Words with no cue of their own that open their own sentence still go on with the last speaker, and so do
    words after a line run in with no stop ("Hospitals have collapsed “There are a lot of schools ...”": Preval's)."""
    for uid, words in (("1655", "Not going to leave you stranded"), ("1149", "Haiti we can see your halo")):
        q = find(_t17_quotes("haiti_bbc", uid), words)
        assert q.speaker != "George Clooney", (uid, q.speaker)
    assert find(_t17_quotes("haiti_bbc", "932"), "There are a lot of schools").speaker == "Rene Preval"
    quotes = extract_quotes(load_nlp()(
        "“It is a disgrace,” Hayward said. “We will pay every legitimate claim.” The company's shares fell."), "a")
    assert find(quotes, "We will pay every legitimate claim").speaker == "Hayward"


def test_a_clause_leading_in_on_a_colon_names_who_speaks() -> None:
    """bpoil_guardian (dev) 1029, a live blog of a hearing: marked words with no cue, after a clause on a colon, went to
    the last speaker ("Hayward isn't taking this lying down: “In what respect?”" to Jay Inslee, "Waxman snaps: “I don't
    want to know whether you're distraught ...”" to "starts"). The subject of the verb the colon closes speaks, when it is
    a person or a body; a clause with no one for subject leaves the last speaker going on ("What his team can do is
    ensure ...: “I believe the right people were making decisions.”" stays Hayward's)."""
    quotes = _t17_quotes("bpoil_guardian", "1029")
    assert "Hayward" in (find(quotes, "In what respect").speaker or "")
    assert "Waxman" in (find(quotes, "I don't want to know whether you're distraught").speaker or "")
    assert "Hayward" in (find(quotes, "I believe the right people were making decisions").speaker or "")


def test_a_persons_postings_speak_for_that_person() -> None:
    """haiti_bbc (dev) 1439: "Mr Griffin's original postings, on Facebook and Twitter, said: “While the Haiti earthquake
    is terrible ...”" gave the words to "Mr Griffin's original postings" (judged wrong speaker in the quote draw of seed
    6101). Postings and tweets are documents: they speak for whose they are, as "Clinton's statement said" does."""
    q = find(_t17_quotes("haiti_bbc", "1439"), "While the Haiti earthquake is terrible")
    assert q.speaker is not None and "Griffin" in q.speaker and "postings" not in q.speaker, q.speaker


def test_what_a_body_estimates_is_its_figure_not_words() -> None:
    """haiti_bbc (dev) 191: "The UN has estimated that 75% of the capital, Port-au-Prince, will have to be rebuilt" was
    an indirect quote of the UN (judged not speech in the quote draw of seed 6101, as "..., the UN estimates" was): what
    a body estimates is its figure, a finding the quote views leave out and the ledger still reads. A person's estimate
    is what he says."""
    assert find(_t17_quotes("haiti_bbc", "191"), "that 75% of the capital").kind == "finding"
    quotes = extract_quotes(load_nlp()(
        "Jeffrey Sachs, a leading development economist, estimates that annual donations of $2bn will be required. "
        "The Red Cross estimates that up to three million people have been affected."), "a")
    assert find(quotes, "that annual donations").kind == "indirect"
    assert find(quotes, "that up to three million").kind == "finding"


def test_a_clause_before_a_verb_with_its_own_object_is_not_what_was_said() -> None:
    """haiti_bbc (dev): "I got a call from my sister asking me to call her back straight away, she mentioned something
    about an earthquake" (756) gave the writer's own account to "my sister" (judged wrong speaker in the quote draw of
    seed 6101); "The earthquake caused buildings to topple, trapping people Mr Brown expressed his sympathy ..." (1290,
    a caption run in) gave the caption to Gordon Brown. A verb of saying with a thing for its object after it has said
    that thing; a clause before it is not its words. Telling has the hearer for its object ("..., he told reporters")."""
    quotes = _t17_quotes("haiti_bbc", "756")
    assert not [q for q in quotes if q.text.startswith("I got a call from my sister")]
    brown = [q for q in _t17_quotes("haiti_bbc", "1290") if q.speaker and "Brown" in q.speaker]
    assert brown and not [q for q in brown if "topple" in q.text], [q.text for q in brown]
    told = extract_quotes(load_nlp()("The company failed to act, he told reporters."), "a")
    assert find(told, "The company failed to act").speaker == "he"


def test_a_phrase_that_denies_anyone_did_it_is_no_ones_they() -> None:
    """bpoil_guardian (dev) 656: "Officials clarified that neither government nor BP officials had declared the effort a
    success yet. They caution that only after the cementing is complete ... can the top kill be called successful" gave
    the caution to "neither government nor BP officials" (judged wrong speaker in the quote draw of seed 6202): a phrase
    that denies anyone did it names no one a later "they" stands for."""
    q = find(_t17_quotes("bpoil_guardian", "656"), "that only after the cementing is complete")
    assert q.speaker is not None and not q.speaker.lower().startswith("neither"), q.speaker
