"""Acts that did not happen are not events, and a merge needs the same act: real LibyaWar_cnn sentences."""

from __future__ import annotations

import json
from typing import Any

import pytest

from storyline.analyse.events.candidates import act_of, record_candidates
from storyline.model import RawDocument
from storyline.nlp import load_nlp
from storyline.pipeline import clean_document
from tests.conftest import EVAL

LIBYA = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"


@pytest.fixture(scope="module")
def sentence() -> Any:
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    records = {r["url"].rsplit("/", 1)[1]: r for r in topic_records(LIBYA)}
    nlp = load_nlp()

    def find(uid: str, words: str) -> Any:
        record = records[uid]
        text = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json")).text
        at = text.index(words)
        doc = nlp(text[max(0, at - 400) : at + 400])
        return next(s for s in doc.sents if words in s.text)

    return find


def _trigger(sent: Any, word: str) -> Any:
    return next(c for c in record_candidates(sent) if sent.doc[c.trigger].lower_ == word)


def _trigger_words(text: str) -> list[str]:
    """The trigger words of the candidates of the text's first sentence."""
    sent = next(iter(load_nlp()(text).sents))
    return [sent.doc[c.trigger].lower_ for c in record_candidates(sent)]


def test_an_act_called_for_did_not_happen(sentence: Any) -> None:
    sent = sentence("386", "have called for Gadhafi to step down")
    assert _trigger(sent, "step").unrealised  # the call is the news, not a resignation


def test_an_act_asked_about_did_not_happen(sentence: Any) -> None:
    sent = sentence("129", "will anything they do convince Gadhafi to step down")
    assert all(c.unrealised for c in record_candidates(sent))


def test_a_present_tense_time_clause_speaks_of_the_future(sentence: Any) -> None:
    sent = sentence("167", "once Gadhafi resigns")
    assert _trigger(sent, "resigns").unrealised


def test_an_implicative_head_keeps_the_act(sentence: Any) -> None:
    sent = sentence("1", "had managed to arrest dozens of people")
    assert not _trigger(sent, "arrest").unrealised


def test_a_bare_speech_act_is_summarised_with_what_it_asked(sentence: Any) -> None:
    from storyline.analyse.events.annotate import _complement

    sent = sentence("255", "called for prompt European Union sanctions")
    call = _trigger(sent, "called")
    span = _complement(sent.doc, call)
    assert span is not None and sent.doc[span[0] : span[1]].text.startswith("for prompt European Union sanctions")


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    """Nine LibyaWar_cnn articles through the product: each event's evidence sentences, whitespace-normalised."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store

    wanted = {"315", "262", "266", "56", "304", "248", "108", "336", "253"}  # Gadhafi's forces firing; US assets frozen
    chosen = [r for r in topic_records(LIBYA) if r["url"].rsplit("/", 1)[1] in wanted]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    store = Store(tmp_path_factory.mktemp("merge") / "libya.db")
    ingest_documents(store, list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)), Options(progress=False))
    texts = {a["id"]: a["text"] for a in store.article_rows(with_text=True)}
    events: dict[str, list[str]] = {}
    for row in store.rows("event_evidence"):
        events.setdefault(row["event"], []).append(" ".join(texts[row["article"]][row["start"] : row["end"]].split()))
    return list(events.values())


def _holding(events: list[list[str]], words: str) -> list[list[str]]:
    return [sentences for sentences in events if any(words in s for s in sentences)]


def test_one_actor_firing_on_three_occasions_makes_three_events(merged: list[list[str]]) -> None:
    # same type, act and actor: the rockets at the port, the mortars west of the city and the shots at the
    # opposition are three events, not one with three sources
    occasions = ["fired three rockets near the port", "fired mortars and guns", "fired on them indiscriminately"]
    for words in occasions:
        found = _holding(merged, words)
        assert found, words
        others = [w for w in occasions if w != words]
        assert not any(w in s for event in found for s in event for w in others), found


def test_one_act_told_by_several_articles_is_one_event(merged: list[list[str]]) -> None:
    # the freezing of $30 billion of Libyan assets, in the words of three different reports
    reports = ["has frozen at least $30 billion", "froze at least $30 billion", "The U.S. has frozen $30 billion"]
    found = _holding(merged, reports[0])
    assert found
    assert all(any(words in s for event in found for s in event) for words in reports), found


def _ingested(tmp_path_factory: pytest.TempPathFactory, name: str, phrases: list[str]) -> tuple[Any, list[tuple[dict[str, Any], str]]]:
    """The LibyaWar_cnn articles holding ``phrases`` (compared without spaces: the records are Penn-Treebank tokenised),
    ingested through the product into a fresh store; returns it and each event evidence row's (event, sentence)."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store

    records = topic_records(LIBYA)
    chosen = [next(r for r in records if words.replace(" ", "") in "".join(r["text"].split())) for words in phrases]
    store = Store(tmp_path_factory.mktemp(name) / "libya.db")
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)), Options(progress=False))
    texts = {a["id"]: a["text"] for a in store.article_rows(with_text=True)}
    events = {row["id"]: row for row in store.rows("events")}
    rows = [(events[row["event"]], " ".join(texts[row["article"]][row["start"] : row["end"]].split())) for row in store.rows("event_evidence")]
    return store, rows


def _summaries_of(tmp_path_factory: pytest.TempPathFactory, text: str, published: str) -> list[str]:
    """The event summaries of one article of this text, published that day, ingested through the product."""
    from storyline.ingest.runner import ingest_documents
    from storyline.options import Options
    from storyline.store.db import Store

    store = Store(tmp_path_factory.mktemp("text") / "s.db")
    record = {"text": text, "published": published, "url": "t17://test"}
    ingest_documents(store, [RawDocument(source="t", raw=json.dumps(record).encode(), media_type="application/json")],
                     Options(progress=False))
    return [e["summary"] for e in store.rows("events")]


def test_a_demonym_describing_the_actor_is_not_the_actor(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn 79: "Libyan rebels released four French nationals": the rebels acted, not "Libyan" (which also
    heads "Libyan state television" and "the Libyan air force" events when taken for the actor)."""
    store, rows = _ingested(tmp_path_factory, "demonym", ["rebels released four French nationals"])
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    stated = [names.get(event["actor"] or "") for event, sentence in rows if "rebels released four French nationals" in sentence]
    assert "Libyan" not in stated, stated

REPORTED = {  # a LibyaWar_cnn sentence -> the word of its undated act and the weekday its report names
    "Libyan state TV reported Friday that NATO had attacked targets in the city of Gharyan": ("attacked", 4),
    "NATO refused to say Tuesday whether it would bomb ancient Roman ruins": ("refused", 1),
}


def test_an_undated_act_takes_the_day_its_report_states(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Libyan state TV reported Friday that NATO had attacked targets in Gharyan": the attack is filed under that
    Friday (by then it had happened); "NATO refused to say Tuesday whether ...": the refusal is the saying's."""
    from datetime import date

    _, rows = _ingested(tmp_path_factory, "reported", list(REPORTED))
    for words, (trigger, weekday) in REPORTED.items():
        dated = [event["date"] for event, sentence in rows if words in sentence and trigger in event["summary"]]
        assert dated, words
        assert all(d and len(d) == 10 and date.fromisoformat(d).weekday() == weekday for d in dated), (words, dated)


SAID = {  # a LibyaWar_cnn sentence -> words its speech act's summary must keep (None: no event may summarise it)
    "Musa Ibrahim told reporters that the missile had been launched by troops": "told reporters that the missile had been launched",
    "The Libyan leader has frequently accused al Qaeda of being behind the unrest": "accused al Qaeda of being behind the unrest",
    "The council denied that, but her presence in Qatar": None,
}


def test_a_speech_act_keeps_what_was_said(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Musa Ibrahim told reporters that the missile had been launched by ...": the summary says what he told, not "Musa
    Ibrahim told reporters at Tripoli"; "accused al Qaeda of being behind the unrest" keeps the accusation; "The council
    denied that" says nothing a timeline reader could place, so it is no event (the claims ledger keeps the denial)."""
    _, rows = _ingested(tmp_path_factory, "said", list(SAID))
    for words, kept in SAID.items():
        summaries = [event["summary"] for event, sentence in rows if words in sentence]
        if kept is None:
            assert not [s for s in summaries if s.endswith("denied that")], summaries
        else:
            assert any(kept in s for s in summaries), (words, summaries)


def test_an_act_keeps_what_its_object_gets_and_an_apposition_dates_no_act(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"The U.S. State Department has signed an order handing over the Libyan Embassy in Washington to the Transitional
    National Council": the summary says what the order does; "The Obama administration has called on Gadhafi, who took
    power in a 1969 coup, to step down": 1969 dates the coup, not the call. (The first example here, "Sen. John McCain
    of Arizona, the unsuccessful Republican presidential nominee in 2008, warned that pulling U.S. forces back ...
    undermines ...", is no event since warnings of how things will go are not threats.)"""
    order = "signed an order handing over the Libyan Embassy"
    call = "who took power in a 1969 coup, to step down"
    _, rows = _ingested(tmp_path_factory, "tail", [order, call])
    signed = [event["summary"] for event, sentence in rows if order in sentence and "signed" in event["summary"]]
    assert signed and all("handing over the Libyan Embassy" in s for s in signed), signed
    called = [event["date"] for event, sentence in rows if call in sentence and "called on" in event["summary"]]
    assert called and all(not (d or "").startswith("1969") for d in called), called


REFUSED_OR_AIMED = {  # a LibyaWar_cnn sentence -> the act its events must not state as done (refused or only aimed at)
    "NATO's secretary general ruled out arming Libyan rebels": "arming",
    "also called for Gadhafi to resign": "to resign",
    "Obama has repeatedly ruled out sending in U.S. combat troops": "sending",
    "El-Kikhia predicted that Gadhafi will make any departure a messy one": "firing",
    "regime has given no sign of standing down": "given",
}  # the refusal and the quitting themselves may be events: "NATO's secretary general ruled out arming ..."


def test_an_act_ruled_out_or_only_aimed_at_is_no_event(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"ruled out arming Libyan rebels" is a refusal, not NATO arming anyone; "called for Gadhafi to resign" says what
    was wished for: the call is the act, the resignation is not; "predicted that Gadhafi will make any departure a
    messy one by firing missiles" is a forecast, not Gadhafi firing; "has given no sign of standing down" gave nothing."""
    _, rows = _ingested(tmp_path_factory, "refused", list(REFUSED_OR_AIMED))
    for words, act in REFUSED_OR_AIMED.items():
        summaries = [event["summary"] for event, sentence in rows if words in sentence]
        assert not [s for s in summaries if act in s and not {"ruled", "called", "predicted"} & set(s.split())], (words, summaries)


def test_who_acts_for_the_actor_is_in_the_summary(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Gadhafi's troops fell back after days of fierce fighting in Ajdabiya": the troops fell back, not Gadhafi; the
    event stays linked to him, its summary says who acted for him."""
    words = "troops fell back after days of fierce fighting in Ajdabiya"
    store, rows = _ingested(tmp_path_factory, "acting", [words])
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    fell = [event for event, sentence in rows if words in sentence and "Gadhafi" in names.get(event["actor"] or "", "")]
    assert fell and all(event["summary"].startswith("Gadhafi's troops fell back") for event in fell), [e["summary"] for e in fell]


SUMMARIES = {  # a LibyaWar_cnn sentence -> words the summary of each of its events must hold (the sentence's own)
    "Another African Union-led attempt to broker peace": "Another African Union-led attempt to broker peace",
    "Obama officials continued to discuss with their Libyan counterparts": "discuss with their Libyan counterparts the need",
    "criticizing international media for overstating": "the younger Gadhafi acknowledged the violence",
}


def test_a_summary_is_the_sentences_own_words_for_the_act(tmp_path_factory: pytest.TempPathFactory) -> None:
    """An event summary is the words of its sentence from the actor through the act's clause (not "United States' senator
    made visit" for "a top U.S. senator made a surprise visit to the rebel stronghold of Benghazi", which now has no
    actor to show: test_events.py, one lawmaker is not the country before the noun); "Another African
    Union-led attempt ... fell through" keeps the attempt; a clause opened by a participle keeps the sentence's verb
    ("While criticizing international media ..., the younger Gadhafi acknowledged the violence ...")."""
    _, rows = _ingested(tmp_path_factory, "summaries", list(SUMMARIES))
    for words, kept in SUMMARIES.items():
        summaries = [event["summary"] for event, sentence in rows if words in sentence]
        assert summaries and all(kept.lower() in s.lower() for s in summaries if words.split()[-1] in s), (words, summaries)


def test_a_bare_past_participle_names_who_was_acted_on(sentence: Any) -> None:
    """"Asked whether the opposition should be able to have access to those funds, State Department spokesman Mark
    Toner ...": Toner was asked; the asking is not his act (and, a question put to him, no act of the story at all)."""
    sent = sentence("279", "Asked whether the opposition should be able to have access")
    assert not [c for c in record_candidates(sent) if sent.doc[c.trigger].lower_ == "asked"]


def test_an_act_someone_did_not_tell_is_no_event_and_it_names_its_actor(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Ibrahim said Thursday that Koussa did not tell the government he planned to resign": no resignation plan is
    reported; "Saudi Arabia said it sent a special passenger plane to Tripoli": the summary keeps who tells it, so its
    "it" is placed ("Saudi Arabia said it sent ..."), never a bare "It sent ..."."""
    untold = "did not tell the government he planned to resign"
    sent = "said it sent a special passenger plane to Tripoli"
    store, rows = _ingested(tmp_path_factory, "untold", [untold, sent])
    assert not [e["summary"] for e, sentence in rows if untold in sentence and "resign" in e["summary"]]
    plane = [e["summary"] for e, sentence in rows if sent in sentence and "passenger plane" in e["summary"]]
    assert plane and all(s.startswith("Saudi Arabia said it sent") for s in plane), plane


def test_an_act_nothing_shows_did_not_happen(sentence: Any) -> None:
    """LibyaWar_cnn 15: "But he gave no indication that Gadhafi was prepared to step aside": no step aside is told."""
    sent = sentence("15", "gave no indication that Gadhafi was prepared to step aside")
    assert _trigger(sent, "step").unrealised


SET_AT = {  # a LibyaWar_cnn sentence -> (words of its event's summary, the date the text gives it)
    "in an address broadcast Monday on Libyan state television, urged Libyans": ("urged Libyans", "2011-08-15"),
    "continued Friday between government security forces and anti-regime protesters": ("told reporters", "2011-02-25"),
    "Britain will help 5,000 people trapped in Misrata": ("Britain will help", "2011-04-18"),  # "..., the UK Mission announced Monday"
}


def test_an_act_takes_the_date_of_its_occasion_or_its_same_time_clause(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Gadhafi himself, in an address broadcast Monday on Libyan state television, urged Libyans to fight": the urging
    is Monday's, the day of the address; "As clashes ... continued Friday ..., Ban Ki-moon told reporters": a clause of
    the same time dates the act; "Britain will help 5,000 people ..., the UK Mission announced Monday": a plan is filed
    under the day it was announced."""
    _, rows = _ingested(tmp_path_factory, "setting", list(SET_AT))
    for words, (act, day) in SET_AT.items():
        dated = [e["date"] for e, sentence in rows if words in sentence and act in e["summary"]]
        assert dated and all(d == day for d in dated), (words, dated)


def test_a_signed_opinion_piece_tells_no_events(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn 119, Gen. Wesley Clark's commentary ("The opinions expressed in this commentary are solely those of
    Wesley Clark"): its lines are his argument, not the news, so no timeline event comes from it; its quotes stay."""
    store, rows = _ingested(tmp_path_factory, "opinion", ["The opinions expressed in this commentary are solely those of Wesley Clark"])
    assert not rows
    assert store.rows("quotes")


def test_committing_a_deed_is_no_promise() -> None:
    """LibyaWar_cnn: "Gadhafi has declared war on the Libyan people and is committing genocide" was typed AGREE (a
    promise) for "committing"; only "committed to ..." promises."""
    doc = load_nlp()("Gadhafi has declared war on the Libyan people and is committing genocide. Britain committed to send more jets.")
    found = {(doc[c.trigger].text, c.type) for c in record_candidates(doc[:])}
    assert ("committing", "AGREE") not in found and ("committed", "AGREE") in found, found


def test_a_reporter_reporting_an_act_accuses_no_one(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn: "Gadhafi's forces fired mortars and guns ..., CNN's Ben Wedeman reported from the scene" was also
    an accusation by Wedeman of Gadhafi (DISAPPROVE); a report is how the act is known, and the act is the event."""
    words = "Gadhafi's forces fired mortars and guns in an apparent effort to break through a stalemated line"
    store, rows = _ingested(tmp_path_factory, "reporter", [words])
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    told = [(event["type"], names.get(event["actor"] or "")) for event, sentence in rows if words in sentence]
    assert told and all("Wedeman" not in (actor or "") for _, actor in told), told
    assert any(kind == "FIGHT" for kind, _ in told), told


def test_an_act_after_a_copula_keeps_its_subject_and_who_claims_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn: "Eman al-Obeidy, dramatically claimed in March she had been gang-raped by pro-Gadhafi forces" was
    summarised "Raped by pro-Gadhafi forces": the parse hangs "raped" under "been", whose clause holds "she", and that
    clause is what she claimed."""
    words = "dramatically claimed in March she had been gang-raped by pro-Gadhafi forces"
    _, rows = _ingested(tmp_path_factory, "copula", [words])
    summaries = [event["summary"] for event, sentence in rows if words in sentence and event["type"] == "ASSAULT"]
    assert summaries, rows
    assert all("claimed" in s and "she had been gang-raped" in s for s in summaries), summaries


def test_what_someone_is_capable_of_is_no_act(sentence: Any) -> None:
    """LibyaWar_cnn: "The Gadhafi forces remain capable of carrying out attacks on the opposition, a U.S. official told
    CNN" was an ASSAULT event (a judge: an assessment, no act); a gerund after a preposition of a quality names what
    someone can do. After a verb it is the act: "after shelling the town"."""
    sent = sentence("131", "remain capable of carrying out attacks")
    assert not [c for c in record_candidates(sent) if sent.doc[c.trigger].lower_ == "carrying"]
    done = load_nlp()("After shelling the town, the forces withdrew.")
    assert any(done[c.trigger].lower_ == "shelling" for s in done.sents for c in record_candidates(s))


def test_an_act_told_in_a_clause_set_off_after_a_name_reads_as_the_names(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev): "... CNN's Nic Robertson, who met briefly with her Wednesday" was shown as the name and a
    "who" clause with no verb of its own (a judge counted it garbled); the name, a gap, then the act: "CNN's Nic
    Robertson … met briefly with her Wednesday" (since the sixtieth session no event at all: a reporter at work; the
    name-gap form is tested on "Koussa, who fled Libya ..." in test_events). A sentence whose own verb follows the clause
    reads as it is ("Obama, who met Wednesday in London with ... David Cameron, increased pressure on Gadhafi")."""
    phrases = ["who met briefly with her Wednesday", "who met Wednesday in London with his British counterpart"]
    _, rows = _ingested(tmp_path_factory, "relative", phrases)
    assert not [event["summary"] for event, sentence in rows if phrases[0] in sentence and "met briefly" in event["summary"]]
    london = [event["summary"] for event, sentence in rows if phrases[1] in sentence and "increased pressure" in event["summary"]]
    assert london and all(", who met Wednesday in London" in s for s in london), london


def test_an_act_under_a_condition_on_the_verb_it_hangs_from_did_not_happen() -> None:
    """bpoil_guardian (dev): "BP shares ... could be hit again if the company decides to suspend its quarterly dividend
    payout" was the event "The company decides to suspend its quarterly dividend payout"; LibyaWar_cnn: "... if he keeps
    threatening the citizenry". The "if" is on "decides" and "keeps", and the act hanging from them is conditional."""
    nlp = load_nlp()
    for text, word in (
        ("BP shares have fallen by 40% since the explosion and could be hit again if the company decides to suspend "
         "its quarterly dividend payout.", "suspend"),
        ("Clinton said the coalition will continue to target Gadhafi's command and control if he keeps threatening the "
         "citizenry.", "threatening"),
    ):
        sent = next(iter(nlp(text).sents))
        act = _trigger(sent, word)
        assert act.conditional and act.mode == "hypothetical", (word, act.mode)


def test_declining_to_comment_is_no_event_but_refusing_an_act_is() -> None:
    """bpoil_reuters (dev): "BP and Transocean declined to comment" had merged across five articles into one dated
    event of the briefing; declining to speak ("declined comment", "declined to answer", "refused to speculate") is no
    act of the story. Refusing an act is one: "It has refused to accept blame" (bpoil_bbc), "a judge refused to put on
    hold his decision" (bpoil_reuters)."""
    nlp = load_nlp()
    for text in ("BP and Transocean declined to comment.", "Shell declined comment on its Gulf contingency plans.",
                 "Drinkwater declined to answer reporters' questions following the hearing.",
                 "BP has spent $930 million in clean-up costs, but has refused to speculate on future expenses."):
        sent = next(iter(nlp(text).sents))
        assert not [c for c in record_candidates(sent) if sent.doc[c.trigger].lemma_ in ("decline", "refuse")], text
    for text, word in (("It has refused to accept blame for the accident, however.", "refused"),
                       ("The Obama administration lost a legal skirmish on Thursday when a judge refused to put on hold "
                        "his decision lifting a ban on deepwater oil drilling.", "refused")):
        sent = next(iter(nlp(text).sents))
        assert _trigger(sent, word).type == "REJECT", text


def test_an_act_wished_on_another_did_not_happen() -> None:
    """bpoil_reuters (dev): "They want the Obama administration to cancel this summer's plans for Arctic oil
    exploration" was the briefing's event of summer 2010; wanting another to act is a wish, not the act. The subject's
    own plan stays planned ("They want to cancel the plans")."""
    nlp = load_nlp()
    sent = next(iter(nlp("They want the Obama administration to cancel this summer's plans for Arctic oil exploration.").sents))
    assert _trigger(sent, "cancel").unrealised
    own = _trigger(next(iter(nlp("They want to cancel the plans.").sents)), "cancel")
    assert own.mode == "planned" and not own.unrealised


def test_a_price_moving_is_no_act() -> None:
    """bpoil_reuters (dev): "Clean Harbors shares fell as much as 6 percent" led the briefing's 5 May, "BP's American
    Depositary Receipts fell 0.5 percent in New York" was an event of the ADRs (judged "not an event" in the draw of
    seed 2020); a price or a count moving is no one's act. Those who act on shares still do ("sold shares")."""
    nlp = load_nlp()
    for text in ("Clean Harbors shares fell as much as 6 percent on Wednesday in intra-day trade.",
                 "BP's American Depositary Receipts fell 0.5 percent in New York.",
                 "The stock dropped as low as 540.7 p in London, its lowest level since November."):
        sent = next(iter(nlp(text).sents))
        assert not record_candidates(sent), (text, [sent.doc[c.trigger].text for c in record_candidates(sent)])
    sent = next(iter(nlp("The rebels fell back from Brega on Friday.").sents))
    assert _trigger(sent, "fell").type


def test_a_thing_pushed_is_no_demand() -> None:
    """bpoil_reuters (dev): "... capping the underwater well ..., pushing a giant oil slick toward the U.S. Gulf Coast"
    was BP's DEMAND (judged "wrong date" in the draw of seed 2020, its real fault being no demand at all); pushing a
    thing is no pressure on anyone. Pushing a party is ("Obama pushed BP to set up a fund")."""
    nlp = load_nlp()
    sent = next(iter(nlp("Energy giant BP Plc indicated some progress on Monday toward capping the underwater well that "
                         "ruptured in the Gulf of Mexico almost two weeks ago, pushing a giant oil slick toward the U.S. "
                         "Gulf Coast.").sents))
    assert not [c for c in record_candidates(sent) if sent.doc[c.trigger].lower_ == "pushing"]
    assert _trigger(next(iter(nlp("Obama pushed BP to set up a fund.").sents)), "pushed").type == "DEMAND"


def test_an_act_takes_the_day_of_the_attribution_after_it() -> None:
    """LibyaWar_cnn (dev): "The Obama administration has agreed to a NATO request for two additional Predator drones
    ..., a U.S. defense official said Wednesday, a day after the drones began flying" was undated (judged wrong date in
    the draw of seed 2222): the parse hung "said" under "agreed" with no subject. A reporting verb after the act's words,
    set off by a comma and with no words of its own after it, dates the act as a report does."""
    from storyline.analyse.events.dates import reported_date

    doc = load_nlp()("The Obama administration has agreed to a NATO request for two additional Predator drones to "
                     "conduct operations over Libya, a U.S. defense official said Wednesday, a day after the drones began flying.")
    agreed = next(t for t in doc if t.text == "agreed")
    said = next(t for t in doc if t.text == "said")
    assert reported_date(doc, agreed.i, {said.i: ("2011-08-03", None, "day")}) == ("2011-08-03", None, "day")


def test_nature_is_no_belligerent_and_the_dead_are_no_killers() -> None:
    """haiti_bbc (dev): the quake that "hit" was a FIGHT, the 85 UN staff who "died in the earthquake" its assailants,
    and the Geological Survey that dated the tremor accused it. An act a natural force does is an incident; the dead are
    what the act was done to, the force they died in its doer; no one accuses a tremor."""
    nlp = load_nlp()

    def candidates(text: str) -> list[Any]:
        sent = next(iter(nlp(text).sents))
        return [(sent.doc[c.trigger].lower_, c.type, c.actor and sent.doc[c.actor[0]:c.actor[1]].text,
                 c.target and sent.doc[c.target[0]:c.target[1]].text) for c in record_candidates(sent)]

    quake = candidates("Haiti's worst quake in two centuries hit south of the capital Port-au-Prince on Tuesday, wrecking the "
                       "presidential palace, UN HQ and other buildings.")
    assert ("hit", "INCIDENT") in [(t, kind) for t, kind, _, _ in quake]
    died = candidates("Eighty-five UN employees died in the 12 January earthquake, but dozens more remain unaccounted for.")
    assert ("died", "INCIDENT", "the 12 January earthquake", "Eighty-five UN employees") in died
    dated = candidates("The tremor hit at 1653 (2153 GMT) on Tuesday, the US Geological Survey said.")
    assert not [c for c in dated if c[1] == "DISAPPROVE"] and ("hit", "INCIDENT") in [(t, kind) for t, kind, _, _ in dated]
    # the onset told in other verbs is one act to merge: "struck" and "hit Haiti" (21 sources of the quake, not six events)
    acts = set()
    for text in ("The 7.0-magnitude quake, Haiti's worst in two centuries, struck south of the capital, Port-au-Prince, on Tuesday.",
                 "On 12 January 2010, a magnitude 7 earthquake hit Haiti at 16:53 local time."):
        sent = next(iter(nlp(text).sents))
        acts |= {act_of(sent.doc, c) for c in record_candidates(sent) if c.type == "INCIDENT"}
    assert acts == {"strike"}


def test_a_death_with_no_doer_keeps_its_dead_and_is_keyed_by_them() -> None:
    """LibyaWar_cnn (dev): "Six rebels died and dozens more were wounded in fighting Wednesday and Thursday, he said" had
    been an accusation of the rebels by "he" (the dead as the doer of an assault). The dead are the target; with no
    party on either side, a death is keyed by its own words, so it does not join another day's "Seven people died"."""
    from storyline.analyse.events.candidates import SentenceEvent
    from storyline.analyse.events.merge import _merge_key

    nlp = load_nlp()
    sent = next(iter(nlp("Six rebels died and dozens more were wounded in fighting Wednesday and Thursday, he said.").sents))
    found = [(sent.doc[c.trigger].lower_, c.type, c.actor, c.target and sent.doc[c.target[0]:c.target[1]].text)
             for c in record_candidates(sent)]
    assert ("died", "ASSAULT", None, "Six rebels") in found and not [f for f in found if f[1] == "DISAPPROVE"]

    def death(words: str) -> SentenceEvent:
        return SentenceEvent("a", 0, 10, "ASSAULT", "asserted", None, None, None, None, None, None, words, words, act="die")

    assert _merge_key(death("Six rebels"), {}) != _merge_key(death("Seven people"), {})


def test_a_programme_listing_is_no_act() -> None:
    """haiti_bbc (dev): a BBC programme's running order ("Beverley Cuddy, editor of Dogs Today Magazine, discusses the
    future of dog breeding") lists what a guest presents; 21 such lines had been events of the Haiti story. A dated
    present still acts."""
    assert "discusses" not in _trigger_words("Beverley Cuddy, editor of Dogs Today Magazine, discusses the future of dog breeding.")
    assert "examines" not in _trigger_words("Dr Roger Musson, head of seismic hazard at the British Geological Survey in Edinburgh, "
                                      "examines the cause of the quake.")
    assert "discusses" in _trigger_words("The Security Council discusses the resolution on Friday.")


def test_a_saying_the_parse_puts_inside_a_that_clause_is_the_main_speakers() -> None:
    """haiti_bbc (dev): "France's Co-operation Minister, Alain Joyandet, had suggested on Monday that the US was
    “occupying” Haiti and urged the UN to “clarify” the US role" -- the parse joins "urged" to "was occupying", and the
    US had urged the UN (a judge's wrong actor); the minister urged. A deed so joined stays the clause's own: "rebels were
    attacking the town and killed three soldiers"."""
    nlp = load_nlp()

    def actors(text: str) -> dict[str, str | None]:
        sent = next(iter(nlp(text).sents))
        return {sent.doc[c.trigger].lower_: c.actor and sent.doc[c.actor[0]:c.actor[1]].text for c in record_candidates(sent)}

    urged = actors("France's Co-operation Minister, Alain Joyandet, had suggested on Monday that the US was “occupying” Haiti "
                   "and urged the UN to “clarify” the US role.")
    assert urged["urged"] == "France's Co-operation Minister" and urged["occupying"] == "the US"
    assert actors("Officials said that rebels were attacking the town and killed three soldiers.")["killed"] == "rebels"


def test_an_installation_blowing_up_is_an_accident_not_an_assault() -> None:
    """bpoil_foxnews (dev): the rig's explosion was an ASSAULT by BP, by the Gulf and by the rig, three events of the
    story's opening act (24, 7 and 1 sources), and "killing 11 workers" BP's assault on them. An installation that
    explodes or blows out undergoes an accident: an incident with no doer, its blast one act whatever the verb, the deaths
    it caused part of it; a bomb's blast stays an assault."""
    nlp = load_nlp()

    def candidates(text: str) -> list[tuple[str, str, str | None, str]]:
        sent = next(iter(nlp(text).sents))
        return [(sent.doc[c.trigger].lower_, c.type, c.actor and sent.doc[c.actor[0]:c.actor[1]].text, act_of(sent.doc, c))
                for c in record_candidates(sent)]

    rig = candidates("Oil giant BP PLC's oil rig exploded April 20, in the Gulf of Mexico killing 11 workers.")
    assert ("exploded", "INCIDENT", None, "explode") in rig and ("killing", "INCIDENT", None, "explode") in rig
    named = candidates("The Deepwater Horizon exploded off the coast of Louisiana on April 20, killing 11 workers.")
    assert ("exploded", "INCIDENT", None, "explode") in named
    which = candidates("More than 200,000 gallons of oil a day are spewing from the blown-out well at the site of BP's "
                       "Deepwater Horizon rig, which exploded April 20 and sank two days later.")
    assert ("exploded", "INCIDENT", None, "explode") in which
    assert ("blew", "INCIDENT", None, "explode") in candidates("BP's underwater oil well blew out on April 20.")
    bomb = candidates("A car bomb exploded outside the hotel on Monday, killing five people.")
    assert ("exploded", "ASSAULT", "A car bomb", "explode") in bomb


def test_the_deaths_after_a_run_of_accident_verbs_are_the_accident() -> None:
    """bpoil_guardian (dev): the rig's explosion stayed four events of its day, two of them an ASSAULT by the rig, where
    the deaths hang on the last verb of a run ("exploded ... and sank on 20 April, killing 11 workers") or the blast is
    told as a fire ("caught fire and sank"). The consequence belongs to the blast the run opens with; troops that burn
    houses still kill."""
    nlp = load_nlp()

    def candidates(text: str) -> list[tuple[str, str, str | None, str]]:
        sent = next(iter(nlp(text).sents))
        return [(sent.doc[c.trigger].lower_, c.type, c.actor and sent.doc[c.actor[0]:c.actor[1]].text, act_of(sent.doc, c))
                for c in record_candidates(sent)]

    sank = candidates("So far the group has lost around a third of its market value since the BP-operated Deepwater Horizon "
                      "rig exploded in the Gulf of Mexico and sank on 20 April, killing 11 workers.")
    assert ("killing", "INCIDENT", None, "explode") in sank and not [c for c in sank if c[1] == "ASSAULT"]
    fire = candidates("A BP oil rig caught fire and sank on 20 April, killing 11 workers.")
    assert ("killing", "INCIDENT", None, "explode") in fire
    raid = candidates("Troops stormed the town and burned houses, killing 11 people.")
    assert ("killing", "ASSAULT", "Troops", "kill") in raid


def _one_record_store(tmp_path_factory: pytest.TempPathFactory, topic: str, *uids: str) -> Any:
    """Records of a Timeline17 topic (one, or a few) ingested through the product into a fresh store."""
    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store

    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    records = [r for r in topic_records(folder) if r["url"].rsplit("/", 1)[1] in uids]
    store = Store(tmp_path_factory.mktemp(topic) / f"{'-'.join(uids)}.db")
    lines = "\n".join(json.dumps(record) for record in records).encode()
    ingest_documents(store, list(records_from_jsonl(lines, source=topic, max_bytes=10_000_000)), Options(progress=False))
    return store


def test_a_running_log_without_its_day_headings_dates_only_by_the_calendar(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_foxnews (dev) 2126: "what the president and administration have been doing every day since" the blast,
    its day headings lost in the copy, entries under "In the Gulf:" and "At the White House:" (100 times each). Its
    weekdays and present tenses had dated some 40 entries to the page's own day ("Obama speaks at the University of
    Michigan commencement" on 4 August). In such a log only a calendar date dates an entry."""
    from storyline.analyse.events.annotate import running_log

    store = _one_record_store(tmp_path_factory, "bpoil_foxnews", "2126")
    (article,) = store.article_rows(with_text=True)
    assert running_log(article["text"]) and article["published"].startswith("2010-08-04")
    dated = store.query("SELECT date, summary FROM events WHERE date = '2010-08-04'")
    assert not dated, dated[:5]
    assert not running_log("In the Gulf: crews worked on. BP said it would pay. At the White House: Obama met aides.")


def test_a_chronology_without_its_dates_dates_only_by_the_calendar(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_bbc (dev) 2131: "Here is a chronology of events in the months since ..." with the entries' date headings
    lost in the copy: "The US announces a criminal inquiry into the BP oil spill" (an act of 1 June) was dated to the
    page's own 19 September and stood on the briefing. A page that announces a chronology dates its entries only by
    the calendar dates they give ("the 11 April explosion")."""
    from storyline.analyse.events.annotate import running_log

    store = _one_record_store(tmp_path_factory, "bpoil_bbc", "2131")
    (article,) = store.article_rows(with_text=True)
    assert running_log(article["text"]) and article["published"].startswith("2010-09-19")
    dated = store.query("SELECT date, summary FROM events WHERE date = '2010-09-19'")
    assert not dated, dated[:5]
    assert not running_log("BP said its timeline for the relief well had slipped. Here is why the cap matters.")


def test_a_speech_verb_that_only_tags_a_quote_is_no_act() -> None:
    """bpoil_foxnews (dev): '"Do y'all have it shut in?" Ezell asked, horrified.' was a DEMAND, summarised "Ezell asked,
    horrified": a speech verb with nothing of its own said only tags the quote, which stays a quote. A speech act with
    its own words or object stays an act."""
    nlp = load_nlp()

    def triggers(text: str) -> list[tuple[str, str]]:
        return [(sent.doc[c.trigger].lower_, c.type) for sent in nlp(text).sents for c in record_candidates(sent)]

    tagged = triggers("“The well is blown out. We have mud going to the crown.” “Do y' all have it shut in?” Ezell asked, "
                      "horrified.")
    assert not [t for t in tagged if t[0] == "asked"], tagged
    assert ("demanded", "DEMAND") in triggers("He demanded the release of the prisoners.")
    assert ("warned", "THREATEN") in triggers("Obama warned Iran on Monday.")


def test_a_running_total_is_no_act() -> None:
    """bpoil_foxnews (dev): "The institute to date has launched 68 programs in five research areas" (a MOBILIZE) and
    "to date, about 3500 birds, turtles and mammals have died an oily death" (an ASSAULT) count up to now: a running
    total, no act of a day. The same verbs told of a day stay acts."""
    assert "launched" not in _trigger_words("The institute to date has launched 68 programs in five research areas.")
    assert "died" not in _trigger_words("According to U.S. Fish and Wildlife, to date, about 3500 birds, turtles and mammals have "
                                  "died an oily death.")
    assert "launched" in _trigger_words("The institute launched 68 programs on Monday.")


def test_whom_a_release_frees_is_someone() -> None:
    """bpoil_guardian (dev) 593: "Documents released by the Massachusetts Democrat Ed Markey this week show ..." was a
    RETREAT by Markey on the story's summary timeline: a release that frees no one is no act of yielding. The thing
    released may be the verb's object, a passive's subject or the noun a participle hangs on; prisoners freed by a
    government (LibyaWar_cnn, dev) are someone, by kind."""
    nlp = load_nlp()

    def types(text: str) -> list[tuple[str, str]]:
        sent = next(iter(nlp(text).sents))
        return [(sent.doc[c.trigger].lower_, c.type) for c in record_candidates(sent)]

    assert ("released", "RETREAT") not in types(
        "Documents released by the Massachusetts Democrat Ed Markey this week show the EPA allowed spraying of dispersants "
        "74 times over a period of 48 days.")
    assert ("released", "RETREAT") in types(
        "State-run media reports that the government has released 110 political prisoners and that a committee would be "
        "convened to consider major changes to the government.")
    assert ("released", "RETREAT") in types("Hostages were released by the rebels on Monday.")


def test_a_summary_opens_on_whom_the_relative_pronoun_stands_for() -> None:
    """bpoil_guardian (dev) 651: "In Louisiana an investigative hearing into the leak heard testimony from a BP official
    who said the firm had ignored warnings ahead of the disaster" was summarised "Who said the firm had ignored warnings
    ...": when the words are a relative clause that reports the act, they open on the noun "who" stands for."""
    from storyline.analyse.events.summary import act_words

    nlp = load_nlp()
    doc = nlp("In Louisiana an investigative hearing into the leak heard testimony from a BP official who said the firm "
              "had ignored warnings ahead of the disaster.")
    (ignored,) = [c for c in record_candidates(next(iter(doc.sents))) if doc[c.trigger].text == "ignored"]
    words = act_words(doc, ignored)
    assert doc[words.first : words.last].text.startswith("a BP official who said the firm had ignored warnings")


def test_what_someone_wants_to_know_is_asked_not_done() -> None:
    """bpoil_guardian (dev) 1029, a live blog of the hearing: "Stupak wants to know if BP managed the risk on the well
    properly, whether BP cut corners and why rival oil companies said they would have done things differently" gave the
    event "BP cut" (a sanction by BP). An act in an "if" or "whether" clause of a verb of finding out is a question."""
    nlp = load_nlp()
    doc = nlp("5.22 pm: Stupak wants to know if BP managed the risk on the well properly, whether BP cut corners and why "
              "rival oil companies said they would have done things differently.")
    found = {doc[c.trigger].text: c.unrealised for c in record_candidates(next(iter(doc.sents)))}
    assert found.get("cut", True), found
    done = nlp("Investigators found that BP cut corners.")
    assert [c.unrealised for c in record_candidates(next(iter(done.sents))) if done[c.trigger].text == "cut"] == [False]


def test_an_event_set_in_another_storys_country_is_an_aside(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev) 13, a live blog of the region's unrest: "A 20-year-old protester in Bahrain, who was shot in
    the head on Friday, has died" and "12 people have died as a result of protests in Yemen" were events of the Libya
    story (on the whole topic ten such sentences: Syria, Iraq, Yemen, Bahrain, Norway, old wars). A deed its sentence places in a country the story is not about, naming nothing of the story, is an aside;
    the page's Libyan events, and what is said abroad about Libya, stay."""
    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store

    if not LIBYA.is_dir():
        pytest.skip("Timeline17 not found")
    records = topic_records(LIBYA)
    page = [r for r in records if r["url"].endswith("/13")]
    chosen = page + [r for r in records[::10] if r not in page]  # the story across its months, 40 articles
    store = Store(tmp_path_factory.mktemp("aside") / "aside.db")
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)), Options(progress=False))
    shown = [" ".join(r["text"].split()) for r in store.query(
        'SELECT substr(a.text, ee.start + 1, ee."end" - ee.start) AS text FROM event_evidence ee '
        "JOIN articles a ON a.id = ee.article")]
    assert not [s for s in shown if "protester in Bahrain" in s], shown
    assert [s for s in shown if "Libya" in s or "Gadhafi" in s]


def test_a_saying_that_goes_on_from_a_dated_one_keeps_its_day(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev) 20, published 28 April 2011: "... has not formally recognized the group, Ambassador to Libya
    Gene Cretz said Wednesday. But Cretz said the lack of formal recognition has not stopped the United States from
    aiding and supporting the opposition" dated the second saying to the page's own day (the draw of seed 1919 called
    it a wrong date). A saying with no day of its own that goes on from the same speaker's dated saying in the sentence
    before keeps that day."""
    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store

    if not LIBYA.is_dir():
        pytest.skip("Timeline17 not found")
    chosen = [r for r in topic_records(LIBYA) if r["url"].endswith("/20")]
    store = Store(tmp_path_factory.mktemp("cretz") / "cretz.db")
    ingest_documents(store, list(records_from_jsonl("\n".join(json.dumps(r) for r in chosen).encode(), source="libya",
                                                    max_bytes=10_000_000)), Options(progress=False))
    dates = {r["date"] for r in store.query(
        'SELECT e.date FROM events e JOIN event_evidence ee ON ee.event = e.id JOIN articles a ON a.id = ee.article '
        """WHERE substr(a.text, ee.start + 1, ee."end" - ee.start) LIKE 'But Cretz said the lack%'""")}
    assert dates == {"2011-04-27"}, dates


def test_a_box_of_items_run_into_one_sentence_tells_no_event() -> None:
    """bpoil_bbc (dev): a box of the attempts to stop the leak, copied on five pages ("Oil booms - partly successful
    Dispersant used - scientists warn it may kill marine life Huge dome placed over leak - became blocked by ice
    crystals Mile-long tube - fails to suck up large amount of oil “Top-kill” method to pump heavy mud - abandoned"),
    headed the briefing as the events of 1 June. Four spaced dashes or more in one sentence make a list; a sentence
    that sets off asides with dashes stays prose."""
    from storyline.analyse.events.linking import doc_candidates

    nlp = load_nlp()
    box = nlp("Oil booms - partly successful Dispersant used - scientists warn it may kill marine life Huge dome placed "
              "over leak - became blocked by ice crystals Mile-long tube - fails to suck up large amount of oil “Top-kill” "
              "method to pump heavy mud - abandoned")
    assert doc_candidates(box) == []
    prose = nlp("The US - which leads the response - sent 32 ships to the site, Admiral Allen said - a flotilla of skimmers "
                "and tugs.")
    assert doc_candidates(prose)


def test_a_statement_shows_the_words_quoted_before_who_said_them() -> None:
    """bpoil_bbc (dev): '“We are skimming today in Louisiana, but not in Alabama, Mississippi and Florida,” Coast Guard
    spokeswoman Stephanie Hebert told the AFP news agency.' was summarised "Coast Guard spokeswoman Stephanie Hebert told
    the AFP news agency" (the parse hangs "told" on the quote's verb): what she said was not shown. The words quoted
    before who said them open the summary; long ones keep their opening, then a gap."""
    from storyline.analyse.events.summary import act_words

    nlp = load_nlp()
    doc = nlp("“We are skimming today in Louisiana, but not in Alabama, Mississippi and Florida,” Coast Guard spokeswoman "
              "Stephanie Hebert told the AFP news agency.")
    (told,) = [c for c in record_candidates(next(iter(doc.sents))) if doc[c.trigger].text == "told"]
    words = act_words(doc, told)
    assert words.gap is None and doc[words.first : words.last].text.startswith("“We are skimming today in Louisiana")


def test_a_participle_after_who_said_it_is_no_act_of_the_speaker() -> None:
    """haiti_bbc (dev): "The airport in Port-au-Prince is operational despite the collapse of the control tower, the UN
    said, allowing aid to start arriving soon." stood in the timeline as "The UN said, allowing aid to start arriving
    soon", and an aftershock's "..., the US Geological Survey said, forcing people to flee buildings" as the Survey's
    act. A participle hung on a verb of saying after what was said goes on with the reported clause, which has its own
    event (the aftershock's strike stays)."""
    nlp = load_nlp()
    for text, word in (("The airport in Port-au-Prince is operational despite the collapse of the control tower, the UN "
                        "said, allowing aid to start arriving soon.", "allowing"),
                       ("On Saturday morning, a magnitude-4.5 aftershock struck close to Haiti's capital, the US "
                        "Geological Survey said, forcing people to flee buildings.", "forcing")):
        sent = next(iter(nlp(text).sents))
        found = [sent.doc[c.trigger].lower_ for c in record_candidates(sent)]
        assert word not in found, (text, found)
    sent = next(iter(nlp("On Saturday morning, a magnitude-4.5 aftershock struck close to Haiti's capital, the US "
                         "Geological Survey said, forcing people to flee buildings.").sents))
    assert "struck" in [sent.doc[c.trigger].lower_ for c in record_candidates(sent)]


def test_a_summary_closes_the_bracket_it_opens() -> None:
    """haiti_bbc (dev): "He added that Madonna gave $250,000 (#155,000), Brad Pitt and Angelina Jolie gave $1m (#620,000)
    and supermodel Giselle Bundchen gave $1.5 m (#0.93 m)." stood in the timeline as "Brad Pitt and Angelina Jolie gave
    $1m (#620,000" and "Supermodel Giselle Bundchen gave $1.5 m (#0.93 m": the closing bracket was trimmed as trailing
    punctuation. A bracket the words open is closed; a stray one is still trimmed."""
    from storyline.analyse.events.summary import act_words

    nlp = load_nlp()
    doc = nlp("Brad Pitt and Angelina Jolie gave $1m (#620,000). Supermodel Giselle Bundchen gave $1.5 m (#0.93 m) and "
              "Madonna gave $250,000 (#155,000). The fund gave the charity $3m).")
    shown = set()
    for sent in doc.sents:
        for cand in record_candidates(sent):
            words = act_words(doc, cand)
            shown.add(doc[words.first : words.last].text)
    assert {"Brad Pitt and Angelina Jolie gave $1m (#620,000)", "Supermodel Giselle Bundchen gave $1.5 m (#0.93 m)",
            "Madonna gave $250,000 (#155,000)"} <= shown, shown
    assert "The fund gave the charity $3m" in shown, shown


def test_a_summary_that_ends_with_its_clause_keeps_its_last_pronoun_and_preposition() -> None:
    """haiti_bbc (dev): "... that he decided to do something about it." was summarised "... he decided to do", and
    "She said Haitians in the UK were pulling together as “people's lives are dependent on this”." as "... are
    dependent": the words trimmed after a cut (a pronoun, a preposition) were trimmed where nothing was cut. At the end
    of a clause's own words only a linking word hangs ("and", "that"). (The first sentence is given a verb of saying and
    a government for the one concerned, "told reporters the government", here: a worry no one voiced is no event since
    8db19e9, nor one's own worry told since the fortieth session, nor a concern no state voices since the forty-fourth;
    the second's "pulling together" is "sending aid" here: a pull
    with no leaving word is no retreat since the thirty-ninth session.)"""
    from storyline.analyse.events.summary import act_words

    nlp = load_nlp()
    doc = nlp("Charlie, who is from London, told reporters the government was so concerned about the children it saw suffering that it "
              "decided to do something about it. She said Haitians in the UK were sending aid as “people's lives are "
              "dependent on this”.")
    shown = {doc[c.trigger].text: doc[w.first : w.last].text for sent in doc.sents for c in record_candidates(sent)
             if (w := act_words(doc, c))}
    assert shown["concerned"].endswith("it decided to do something about it"), shown
    assert shown["sending"].endswith("people's lives are dependent on this"), shown


def test_the_person_or_body_a_noun_names_after_it_is_the_actor(tmp_path_factory: pytest.TempPathFactory) -> None:
    """haiti_bbc (dev) 1528 and 346: "Another Fugees star, Wyclef Jean, has set up a appeal to help the survivors of
    Tuesday's earthquake." had the Fugees for its actor, and "the East Staffordshire digger manufacturer JCB did it once
    again, ..., donating equipment" East Staffordshire: the name before the noun. The person or body named after the
    noun is who acts."""
    for uid, words, name in (("1528", "%set up a appeal%", "Wyclef Jean"), ("346", "%donating equipment%", "JCB")):
        store = _one_record_store(tmp_path_factory, "haiti_bbc", uid)
        rows = store.query("SELECT e.summary, n.name FROM events e JOIN entities n ON n.id = e.actor WHERE e.summary LIKE ?",
                           (words,))
        assert [r["name"] for r in rows] == [name], [(r["summary"], r["name"]) for r in rows]


def test_what_someone_wanted_or_hoped_to_do_is_not_done() -> None:
    """haiti_bbc (dev): "John Caulfield ... dismissed the allegations, saying Washington wanted to provide aid to the
    Haitian people ..." stood in the timeline as an act of aid, "Washington wanted to provide aid to the Haitian
    people". A wish is neither done nor announced; a plan still is ("plans to visit")."""
    nlp = load_nlp()
    sent = next(iter(nlp("John Caulfield, a US diplomat in Caracas, dismissed the allegations, saying Washington wanted to "
                         "provide aid to the Haitian people.").sents))
    assert [c.unrealised for c in record_candidates(sent) if sent.doc[c.trigger].text == "provide"] == [True]
    sent = next(iter(nlp("The government said it had hoped to negotiate with the rebels.").sents))
    assert all(c.unrealised for c in record_candidates(sent) if sent.doc[c.trigger].text == "negotiate")
    sent = next(iter(nlp("Mr Ban plans to visit Haiti on Sunday.").sents))
    assert [c.unrealised for c in record_candidates(sent) if sent.doc[c.trigger].text == "visit"] == [False]


def test_a_sentence_that_bids_reports_no_act(sentence: Any) -> None:
    """LibyaWar_cnn (dev) 54, an op-ed's options and a reader's reply under it: "3) Ask NATO allies to do more." and
    "Let India & pakistan blow each other up, Let Korea blow itself up, ..." bid; nothing in them was done ("Korea
    blow itself up" had been an event). The op-ed's own report in the same page stays an act."""
    assert all(c.unrealised for c in record_candidates(sentence("54", "Ask NATO allies to do more")))
    assert all(c.unrealised for c in record_candidates(sentence("54", "Let Korea blow itself up")))
    assert not _trigger(sentence("54", "Navy SEALs raided Osama bin Laden"), "raided").unrealised


def test_the_press_relaying_an_act_is_no_act_of_its_own(sentence: Any) -> None:
    """LibyaWar_cnn (dev) 315: "Late Monday, Gadhafi forces fired three rockets near the port in rebel-held Misrata,
    said CNN reporters, who saw the strikes from their hotel." stood in the timeline as CNN's act against Gadhafi's
    forces. The reporters relay the firing; the firing is the act."""
    cands = record_candidates(sentence("315", "Gadhafi forces fired three rockets near the port"))
    words = {sentence("315", "Gadhafi forces fired three rockets near the port").doc[c.trigger].lower_ for c in cands}
    assert "said" not in words and "fired" in words, words


def test_what_had_been_announced_before_is_not_of_the_reports_day(tmp_path: Any) -> None:
    """LibyaWar_cnn (dev) 97, of 2011-07-24: "Germany had previously announced a loan of $10 million (7 million euros)
    for humanitarian aid ..." stood in the timeline on the page's day, beside that day's new loan. A saying in the past
    perfect is told as earlier than the report: without a date of its own it has none."""
    from tests.analyse.test_entities import _libya_store

    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith("/97")], "previously")
    rows = store.query("SELECT date FROM events WHERE summary LIKE 'Germany had previously announced a loan%'")
    assert rows and all(r["date"] is None for r in rows), [dict(r) for r in rows]
    rows = store.query("SELECT date FROM events WHERE summary LIKE 'Germany announced Sunday%'")
    assert rows and all(r["date"] == "2011-07-24" for r in rows), [dict(r) for r in rows]


def test_what_has_been_going_on_is_background_but_a_progressive_act_stays(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev): "NATO warplanes have been bombing Zlitan on a daily basis" and "The Tripoli regime has been
    staging large rallies in support of its embattled leader" stood as events with no date: what has been going on up
    to the report, not an act of a day. "The U.S. is severing diplomatic relations with Libya" is the report's act."""
    phrases = ["have been bombing Zlitan on a daily basis", "has been staging large rallies",
               "is severing diplomatic relations with Libya"]
    _, rows = _ingested(tmp_path_factory, "ongoing", phrases)
    summaries = [event["summary"] for event, _ in rows]
    assert not [s for s in summaries if "have been bombing Zlitan" in s or "has been staging large rallies" in s], summaries
    assert [s for s in summaries if "is severing diplomatic relations" in s], summaries


def test_a_summary_tells_the_act_with_the_verb_of_its_clause(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev): the airstrike of "A NATO airstrike Wednesday on the seaside town of Misrata killed 11 rebel
    fighters ..." stood in the timeline as the noun phrase alone, and "She accused Moammar Gadhafi's security forces of
    gang raping her" as "Moammar Gadhafi's security forces of gang raping her": words that name an act without telling
    it. The summary reaches the finite verb of the clause the act sits in."""
    _, rows = _ingested(tmp_path_factory, "finite", ["A NATO airstrike Wednesday on the seaside town of Misrata",
                                                     "accused Moammar Gadhafi's security forces of gang raping her"])
    summaries = {event["summary"] for event, _ in rows}
    strike = [s for s in summaries if s.startswith("A NATO airstrike Wednesday on the seaside town of Misrata")]
    assert strike and all("killed" in s for s in strike), strike
    rape = [s for s in summaries if "security forces of gang raping her" in s]
    assert rape and all("accused" in s for s in rape), rape


def test_a_summary_of_a_participle_reaches_the_main_clause_past_its_auxiliary(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_reuters (dev) 811: "After giving up on Saturday an attempt to pump heavy fluids ... to “kill” it, BP
    is pursuing another option ..." stood in the timeline as "Giving up on Saturday an attempt ... it, BP" (judged
    garbled): the clause above the participle was passed over because its verb ("is pursuing") is finite only in its
    auxiliary."""
    text = ("BP said on Sunday it would try a new approach. After giving up on Saturday an attempt to pump heavy fluids and "
            "blocking materials into the leaking well to “kill” it, BP is pursuing another option from its undersea "
            "toolbox.")
    summaries = [s for s in _summaries_of(tmp_path_factory, text, "2010-05-30") if "giving up" in s.lower()]
    assert summaries and all(s.startswith("After giving up") and "BP is pursuing" in s for s in summaries), summaries


def test_a_participle_set_off_after_with_is_told_by_its_sentence(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_washingtonpost (dev) 522: "Some administration officials have started taking a tougher stance with BP, with
    Salazar threatening on Sunday to “push them out” if the company did not perform" stood in the timeline as "Salazar
    threatening on Sunday to “push them out” if the company did not perform" (judged garbled in the timeline draws of
    seeds 5512 and 5532): the finite verb of the "if" clause set into the words was taken for theirs."""
    text = ("Interior Secretary Ken Salazar visited Houston on Saturday. Some administration officials have started taking "
            "a tougher stance with BP, with Salazar threatening on Sunday to “push them out” if the company did not "
            "perform.")
    threats = [s for s in _summaries_of(tmp_path_factory, text, "2010-05-25") if "threatening on Sunday" in s]
    assert threats and all(s.startswith("Some administration officials have started") for s in threats), threats


def test_a_stance_told_with_a_verb_of_saying_is_no_act(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_reuters (dev) 469: "BP declined to comment beyond saying it supports the efforts of the fund ..." and 38:
    "... beyond stating that it stands by its statements on the likely costs" stood in the timeline as acts of support
    (judged 'not an event' in the timeline draw of seed 5522): a stance held, in the simple present under a verb of
    saying. A past act of backing, said or not, stays."""
    text = ("BP declined to comment beyond saying it supports the efforts of the fund and those of Feinberg, who the "
            "company has called a neutral or independent administrator. BP declined to comment for this article, beyond "
            "stating that it stands by its statements on the likely costs. On Monday, Germany backed the plan.")
    summaries = _summaries_of(tmp_path_factory, text, "2010-11-17")
    assert not [s for s in summaries if "supports the efforts" in s or "stands by its statements" in s], summaries
    assert [s for s in summaries if "Germany backed the plan" in s], summaries


def test_a_state_owned_up_to_is_no_act_and_an_act_owned_up_to_is(sentence: Any) -> None:
    """bpoil_reuters (dev) 1417 and 1469, timeline draw of seed 5542 (not an event, fifty-seventh session): "BP said last
    week that it ... were paying $6 million a day ... but admitted costs would rise sharply when the oil slick hit land"
    and "The Obama administration admitted today that the economy was facing strong headwinds" stood as acts (RETREAT):
    an admission of a state or a forecast is a view told. An admission of an act stays: LibyaWar_cnn 124, "NATO
    admitted that its forces hit vehicles that were “part of an opposition patrol”"."""
    for text in ("BP said last week that it and its partners were paying $6 million a day in cleanup efforts but admitted "
                 "costs would rise sharply when the oil slick hit land.",
                 "The Obama administration admitted today that the economy was facing strong headwinds.",
                 "Zlitni conceded there are few options."):
        assert not {"admitted", "conceded"} & set(_trigger_words(text)), text
    assert _trigger(sentence("124", "NATO admitted that its forces hit vehicles"), "admitted").type == "RETREAT"


def test_what_words_given_tell_is_no_act_and_a_speech_given_is(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_washingtonpost (dev) 1211 and 546, timeline draw of seed 5542 (not an event, fifty-seventh session): "A
    spokeswoman for the Defense Department, Wendy L. Snyder, gave a different account of the internal debarment
    discussions" and "Rep. Tom Cole (R-Okla.) delivered the startling revelation last week that ..." stood as
    STATEMENT events: an account, an estimate or a revelation given is what was told, no act. A speech or a letter
    given is an occasion, and a vow of an account is a vow."""
    text = ("A spokeswoman for the Defense Department, Wendy L. Snyder, gave a different account of the internal debarment "
            "discussions. Rep. Tom Cole delivered the startling revelation on Monday that the spill was caused by the "
            "Almighty Himself. BP has given conservative estimates of the oil flow. Gadhafi delivered a defiant, rambling "
            "speech on state television on Tuesday. President Obama vowed a “full and vigorous accounting” of the "
            "causes of the disaster.")
    summaries = _summaries_of(tmp_path_factory, text, "2010-07-05")
    assert not [s for s in summaries if "different account" in s or "revelation" in s or "estimates" in s], summaries
    assert [s for s in summaries if "rambling speech" in s] and [s for s in summaries if "vowed a" in s], summaries


def test_a_places_parts_act_for_themselves(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_reuters (dev), timeline draw of seed 5542 (wrong date, fifty-seventh session): "The two Louisiana parishes
    directly west of the Mississippi Delta declared states of emergency on Sunday" stood as Louisiana's act and took in
    the state's own declaration of April 29: a place's parishes or counties are not the place acting, as its residents
    are not. The state acting stays."""
    text = ("The two Louisiana parishes directly west of the Mississippi Delta declared states of emergency on Sunday. "
            "Louisiana declared a state of emergency on Thursday.")
    summaries = _summaries_of(tmp_path_factory, text, "2010-05-10")
    assert not [s for s in summaries if "parishes" in s], summaries
    assert [s for s in summaries if s.startswith("Louisiana declared a state of emergency")], summaries


def test_a_clause_set_off_after_the_actor_gives_way_to_what_was_done(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_reuters (dev), timeline draw of seed 5552 (garbled, fifty-seventh session): "Navy Secretary Ray Mabus, who
    drew up a Gulf Coast recovery plan at the direction of President Barack Obama, said Congress should dedicate “a
    significant amount” ..." was cut before what Congress should dedicate, the "who" clause taking the words' room; so
    was "BP, which said on Monday it had spent about $3.95 billion so far on the oil spill, agreed ... last month …".
    When the words would be cut, a clause set off by commas between the actor and the act is left out, a gap shown
    in its place; after a description an apposition is the name and stays."""
    text = ("Navy Secretary Ray Mabus, who drew up a Gulf Coast recovery plan at the direction of President Barack Obama, "
            "said Congress should dedicate a significant amount of the fines to the restoration of the coast. "
            "The state's Republican governor, Bobby Jindal, has accused the Coast Guard of doing too little, too late to "
            "help defend his state's shoreline, hardest hit by the spill that began on April 20 in the Gulf.")
    summaries = _summaries_of(tmp_path_factory, text, "2010-09-28")
    assert ("Navy Secretary Ray Mabus … said Congress should dedicate a significant amount of the fines to the "
            "restoration of the coast") in summaries, summaries
    assert [s for s in summaries if s.startswith("The state's Republican governor, Bobby Jindal, has accused")], summaries


def test_a_number_of_things_done_since_a_time_is_a_running_total() -> None:
    """bpoil_reuters (dev), timeline draw of seed 5552 (not an event, fifty-seventh session): "Waxman's committee alone
    has held seven hearings on the oil spill since May 12" stood as an investigation dated May 12: a count of things
    done since a time is a running total, as one "to date" or "so far" is. One act since a time stays an act. So is the
    dead counted since a time (haiti_bbc 344, timeline draws of seeds 6201 and 6301, not an event: "About 45,000-50,000
    people have died since Tuesday's 7.0 magnitude earthquake ..., the UN estimates" stood as deaths on the quake's day;
    LibyaWar_cnn: "At least 37 people have died in violent protests since last week in Daraa"); deaths of a day stay."""
    assert "held" not in _trigger_words("Waxman's committee alone has held seven hearings on the oil spill since May 12.")
    assert "held" in _trigger_words("The committee held a hearing on the oil spill on May 12.")
    assert "died" not in _trigger_words("About 45,000-50,000 people have died since Tuesday's 7.0 magnitude earthquake and "
                                        "300,000 have been made homeless, the UN estimates.")
    assert "died" in _trigger_words("Two people died in the aftershock on Wednesday.")


def test_one_member_of_a_party_is_not_the_party(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_washingtonpost (dev), timeline draw of seed 5552 (wrong actor, fifty-seventh session): "“They've been lost,”
    the Wyoming Republican complained at a hearing two weeks ago" stood as an act of the Republican party: "the
    Wyoming Republican", "the California Democrat" is one member, whom the noun does not name. The party acting stays
    ("Republicans in the House blocked the bill")."""
    text = ("Senator Mike Enzi spoke at the hearing. The Wyoming Republican complained about the spill on Tuesday. "
            "Republicans in the House blocked the bill on Wednesday.")
    summaries = _summaries_of(tmp_path_factory, text, "2010-06-20")
    assert not [s for s in summaries if "Wyoming Republican" in s], summaries
    assert [s for s in summaries if s.startswith("Republicans in the House blocked")], summaries


def test_an_act_one_wants_to_see_or_fears_did_not_happen(sentence: Any) -> None:
    """LibyaWar_cnn (dev): "He now wants to see Gadhafi driven out", "The U.S. has an important interest in seeing
    Gadhafi step down" and "They feared being attacked by NATO ..." stood as acts done (Gadhafi driven out, stepping
    down; NATO attacking). A wish to see an act, or a fear of it, is not the act; what someone saw done was done."""
    assert _trigger(sentence("35", "wants to see Gadhafi driven out"), "driven").unrealised
    assert _trigger(sentence("75", "interest in seeing Gadhafi step down"), "step").unrealised
    assert _trigger(sentence("139", "feared being attacked by NATO"), "attacked").unrealised
    sent = next(iter(load_nlp()("Witnesses saw pro-Gadhafi troops fire on the crowd.").sents))
    assert not _trigger(sent, "fire").unrealised


def test_a_kin_named_as_target_is_the_kin_not_the_one_whose_kin(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev): "The Libyan government said Sunday that Gadhafi's son, Saif al-Arab Gadhafi, and three
    grandchildren died in the strike ..." stood with Moammar Gadhafi as the one the strike hit: the possessive's name
    taken for the son. A kin noun is the person named beside it, or no one (as an actor already was)."""
    store, rows = _ingested(tmp_path_factory, "kin", ["Saif al-Arab Gadhafi, and three grandchildren died in the strike"])
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    hit = [names.get(event["target"] or "") for event, sentence in rows
           if "three grandchildren died" in sentence and event["target"]]
    assert hit and "Moammar Gadhafi" not in hit and "Saif al-Arab Gadhafi" in hit, hit


def test_a_page_that_says_follow_our_timeline_is_a_chronology(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_guardian (dev) 475, "Follow our step-by-step timeline of the BP oil spill, from the construction of
    Deepwater Horizon to date", its date headings lost: "Louisiana declares a state of emergency ..." (an act of late
    April) was dated to the page's own 22 July. "Below is a timeline of the spill" (bpoil_reuters) announces one too."""
    from storyline.analyse.events.annotate import running_log

    store = _one_record_store(tmp_path_factory, "bpoil_guardian", "475")
    (article,) = store.article_rows(with_text=True)
    assert running_log(article["text"]) and article["published"].startswith("2010-07-22")
    assert not store.query("SELECT date, summary FROM events WHERE summary LIKE 'Louisiana declares a state of emergency%' "
                           "AND date LIKE '2010-07-22%'")
    assert running_log("Millions of gallons of oil have poured into the Gulf. Below is a timeline of the spill and its impact:")
    assert not running_log("Investigators released a timeline of the accident on Friday.")


def test_an_act_done_routinely_is_of_no_one_day(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_guardian (dev) 1962, of 1 August 2010: "Today, it emerged that the US Coast Guard routinely approved BP's
    requests to override a federal directive ..." was dated to that day: approvals granted over 48 days. An act an adverb
    of habit qualifies takes no day from the report around it."""
    store = _one_record_store(tmp_path_factory, "bpoil_guardian", "1962")
    rows = store.query("SELECT date, summary FROM events WHERE summary LIKE '%routinely approved%'")
    assert rows and all(r["date"] is None for r in rows), rows


@pytest.mark.parametrize(("topic", "uid", "words"), [
    ("LibyaWar_cnn", "226", "offered a similar view"),
    ("LibyaWar_cnn", "318", "offered this grim assessment"),
    ("bpoil_guardian", "159", "gives Obama a chance"),
    ("bpoil_guardian", "241", "strong grounds for criticism"),
])
def test_an_opinion_or_a_chance_given_is_no_act(tmp_path_factory: pytest.TempPathFactory, topic: str, uid: str,
                                                words: str) -> None:
    """Dev topics: "Libyan Deputy Foreign Minister Khalid Ka'eem offered a similar view" was an AGREE event, "Abdul Ilah
    al-Khatib offered this grim assessment: Both sides remain far apart ..." another, "The BP oil spill gives Obama a
    chance ... to reform oil use" and "The Texas City fire gave the political establishment strong grounds for
    criticism" AID events: an opinion offered or a chance a turn of events gives is no act (docs/HANDCHECK.md: an
    assessment told is not an event). The article's other events stay."""
    store = _one_record_store(tmp_path_factory, topic, uid)
    assert store.scalar("SELECT count(*) FROM events") > 0
    assert not store.query("SELECT summary FROM events WHERE summary LIKE ?", (f"%{words}%",))


def test_a_well_named_before_its_noun_is_no_body_that_acts(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_guardian (dev) 1134: "the Macondo well" (8 of the page's 9 "Macondo") was an organisation, and "Although it
    admitted some responsibility, the company has sought to share the blame" an admission of "Macondo" (a sampled "wrong
    actor"). A name written before "well" as before "rig" is an installation's: no body to be "it" or "the company" (the
    pages of the topic that write "the Macondo well" most, together)."""
    store = _one_record_store(tmp_path_factory, "bpoil_guardian", "1134", "1029", "475", "423")
    kinds = {row["name"]: row["type"] for row in store.query("SELECT name, type FROM entities")}
    assert kinds.get("Macondo") == "other", kinds
    rows = store.query("SELECT e.summary, n.name FROM events e JOIN entities n ON n.id = e.actor")
    assert rows and not [r for r in rows if r["name"] == "Macondo" and "admitted" in r["summary"]], rows


def test_a_feared_clause_and_a_means_of_a_future_act_are_not_done(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_guardian (dev) 307: "scientists fear it will fall back on older stockpiles ..." was BP's planned act; 1998:
    "Tony Hayward ... will risk incurring further wrath ... tomorrow by defying calls from politicians ..." was a
    refusal done (two sampled "wrong mode"). A clause a verb of fearing governs is not done; a means ("by defying")
    takes the mode of the act it is the means of."""
    store = _one_record_store(tmp_path_factory, "bpoil_guardian", "307", "1998")
    assert not store.query("SELECT summary FROM events WHERE summary LIKE '%fall back on older stockpiles%'")
    rows = store.query("SELECT mode FROM events WHERE summary LIKE '%by defying calls from politicians%'")
    assert rows and all(r["mode"] == "planned" for r in rows), rows


def test_a_warning_that_says_how_things_are_is_no_threat(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev) 257: "Clapper warned that the Libyan network of radar and anti-aircraft batteries is “quite
    substantial,” ..." was a THREATEN event (a sampled "not an event": an assessment told with a verb of saying). A
    warning whose words are a copula and its complement is no threat; 255: one that names an act stays ("warned that
    people found to be cooperating with outside forces ... will be executed")."""
    store = _one_record_store(tmp_path_factory, "LibyaWar_cnn", "257", "255")
    assert not store.query("SELECT summary FROM events WHERE summary LIKE '%network of radar%'")
    assert store.query("SELECT summary FROM events WHERE type = 'THREATEN' AND summary LIKE '%will be executed%'")
