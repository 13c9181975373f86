"""Events on the five seeds (a real store built by the ingest runner) and single-rule unit tests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from storyline.analyse.dedup import count_sources, source_groups
from storyline.analyse.events.candidates import find_candidates
from storyline.analyse.events.dates import compatible, partial_value, refine
from storyline.evaluate.plover import main_candidate, plover_type
from storyline.nlp import load_nlp
from tests.conftest import REPO, SEEDS


@pytest.fixture(scope="module")
def store_rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    from storyline.ingest.runner import ingest_paths
    from storyline.options import Options
    from storyline.store.db import Store
    from storyline.views import timeline_view

    store = Store(tmp_path_factory.mktemp("events") / "seeds.db")
    ingest_paths(store, [str(SEEDS)], Options(progress=False))
    articles = {a["id"]: a for a in store.article_rows(with_text=True)}
    by_seed = {Path(a["source"]).name[:3]: a["id"] for a in articles.values()}
    evidence: dict[str, list[dict[str, Any]]] = {}
    for row in store.rows("event_evidence"):
        evidence.setdefault(row["event"], []).append(row)
    events = store.rows("events")
    for e in events:
        e["evidence"] = evidence.get(e["id"], [])
    return {"events": events, "seed": by_seed, "articles": articles, "timeline": timeline_view(store)["items"], "store": store}


def _find(rows: dict[str, Any], etype: str, words: list[str]) -> list[dict[str, Any]]:
    return [e for e in rows["events"] if e["type"] == etype and all(w.lower() in e["summary"].lower() for w in words)]


def _from(rows: dict[str, Any], event: dict[str, Any], seed: str) -> bool:
    return any(ev["article"] == rows["seed"][seed] for ev in event["evidence"])


def test_kim_putin_meeting_dated_from_the_briefing_day(store_rows: dict[str, Any]) -> None:
    found = _find(store_rows, "CONSULT", ["Kim", "meeting", "Putin"])
    assert found, [e["summary"] for e in store_rows["events"]]
    assert found[0]["date"] == "2023-09-13" and found[0]["granularity"] == "day"
    assert _from(store_rows, found[0], "001")


def test_hwasong_test_keeps_month_and_day_without_a_year(store_rows: dict[str, Any]) -> None:
    found = _find(store_rows, "MOBILIZE", ["North Korea", "Hwasong-18"])
    assert found and found[0]["date"] in ("XXXX-07-12", "2023-07-12") and found[0]["granularity"] == "day"
    assert _from(store_rows, found[0], "000")


def test_kharkiv_debris_on_january_2(store_rows: dict[str, Any]) -> None:
    found = [e for e in store_rows["events"] if e["date"] == "2024-01-02"]
    assert found and "Kharkiv" in found[0]["summary"] and _from(store_rows, found[0], "002")


def test_pact_signing_dated_across_articles(store_rows: dict[str, Any]) -> None:
    # a defense pact committing both sides to military assistance is a promise to cooperate (AGREE)
    found = _find(store_rows, "AGREE", ["Putin", "and", "Kim", "signed", "pact"])
    assert found and found[0]["date"] == "2024-06-19", [(e["type"], e["summary"]) for e in store_rows["events"]]
    assert found[0]["summary"] == ("The defense pact between Putin and North Korean leader Kim Jong Un, signed on Wednesday, "
                                   "commits both nations to immediate military assistance if either faces armed aggression")
    assert found[0]["actor_code"] == "RUS GOV" and found[0]["target_code"] == "PRK GOV"
    assert _from(store_rows, found[0], "002") and _from(store_rows, found[0], "004")
    assert found[0]["sources"] == 2
    assert not _find(store_rows, "SUPPORT", ["Putin", "pact"])  # the pact noun is not a second event


def test_placed_remarks_rank_below_substantive_events(store_rows: dict[str, Any]) -> None:
    day = [e for e in store_rows["events"] if e["date"] == "2023-09-13"]
    remark = next(e for e in day if e["type"] == "STATEMENT" and "told" in e["summary"])
    meeting = next(e for e in day if e["type"] == "CONSULT")
    assert remark["salience"] < meeting["salience"]


def test_putin_visit_merged_from_three_articles(store_rows: dict[str, Any]) -> None:
    visits = [e for e in store_rows["events"] if e["type"] == "CONSULT" and "visit" in e["summary"].lower() and "Putin" in e["summary"]]
    dated = [e for e in visits if (e["date"] or "").startswith("2024-06-18")]
    assert dated, [(e["date"], e["summary"]) for e in visits]
    visit = dated[0]
    assert visit["date"] == "2024-06-18/2024-06-19"
    assert all(_from(store_rows, visit, s) for s in ("002", "003", "004"))
    assert visit["actor_code"] == "RUS GOV" and visit["target_code"].startswith("PRK")


def test_camp_david_remarks_kept_undated(store_rows: dict[str, Any]) -> None:
    found = _find(store_rows, "STATEMENT", ["Sullivan", "Camp David"])
    assert found and found[0]["date"] is None and _from(store_rows, found[0], "000")


def test_the_timeline_is_in_date_order_with_salience(store_rows: dict[str, Any]) -> None:
    dates = [node["date"] for node in store_rows["timeline"]]
    assert dates == sorted(dates)
    assert {"2023-09-13", "2024-01-02", "2024-06-19"} <= set(dates)
    visit = next(n for n in store_rows["timeline"] if n["date"].startswith("2024-06-18"))
    kharkiv = next(n for n in store_rows["timeline"] if n["date"] == "2024-01-02")
    assert visit["events"][0]["salience"] > kharkiv["events"][0]["salience"]


def test_no_event_without_an_actor_or_from_the_footer(store_rows: dict[str, Any]) -> None:
    for e in store_rows["events"]:
        assert e["actor"] or e["type"] in ("FIGHT", "ASSAULT")
        for ev in e["evidence"]:
            text = store_rows["articles"][ev["article"]]["text"][ev["start"] : ev["end"]]
            assert "Türkçe" not in text and "comments posted here" not in text.lower()


# --- single rules, on sentences from the seeds -------------------------------------------------


def _cands(text: str):  # type: ignore[no-untyped-def]
    doc = load_nlp()(text)
    return doc, [c for s in doc.sents for c in find_candidates(s)]


def test_planned_visit_and_its_actor() -> None:
    doc, cands = _cands("The North said Russian President Vladimir Putin will visit Pyongyang this week.")
    visit = next(c for c in cands if doc[c.trigger].lemma_ == "visit")
    assert visit.type == "CONSULT" and visit.mode == "planned"
    assert "Putin" in doc[visit.actor[0] : visit.actor[1]].text
    assert doc[visit.target[0] : visit.target[1]].text == "Pyongyang"
    assert plover_type(visit) == "AGREE"  # PLOVER reads an announced visit as intent


def test_blame_for_sending_makes_the_blamed_party_the_sender() -> None:
    doc, cands = _cands("The United States has repeatedly blamed North Korea for sending arms to Russia.")
    send = next(c for c in cands if doc[c.trigger].lemma_ == "send")
    assert doc[send.actor[0] : send.actor[1]].text == "North Korea"
    blame = next(c for c in cands if doc[c.trigger].lemma_ == "blame")
    assert blame.type == "DISAPPROVE" and main_candidate(cands) is blame


def test_denial_and_negation_modes() -> None:
    doc, cands = _cands("The Biden administration has not endorsed the proposal.")
    assert cands and cands[0].mode == "denied"


def test_meeting_commitments_is_not_a_meeting() -> None:
    _, cands = _cands("We continue to urge North Korea to meet its public commitments.")
    assert all(c.type != "CONSULT" for c in cands)


def test_partial_values_and_refinement() -> None:
    assert partial_value({"type": "DATE", "value": None, "text": "Wednesday"}) == ("XXXX-WXX-3", None, "day")
    assert partial_value({"type": "DATE", "value": None, "text": "from Tuesday to Wednesday"}) == ("XXXX-WXX-2", "XXXX-WXX-3", "day")
    assert partial_value({"type": "DATE", "value": None, "text": "July 12"}) == ("XXXX-07-12", None, "day")
    assert partial_value({"type": "DATE", "value": "PRESENT_REF", "text": "now"}) == (None, None, None)
    assert refine("2024-W25", "XXXX-WXX-3") == "2024-06-19"
    assert refine("2023-07-12", "XXXX-07-12") == "2023-07-12"
    assert compatible("2024-W25", "2024-06-19") and not compatible("2024-W25", "2000-07")
    assert not compatible("XXXX-WXX-2", "XXXX-WXX-3")


def test_syndicated_copies_count_once() -> None:
    text = "Russian President Vladimir Putin visited North Korea last week to sign an agreement with Kim Jong Un. " * 3
    rows = [
        {"id": "a", "text": text, "body_start": 0, "agency": None},
        {"id": "b", "text": "Update: " + text, "body_start": 0, "agency": None},
        {"id": "c", "text": "Something else entirely about the weather in Seoul today.", "body_start": 0, "agency": "Yonhap"},
        {"id": "d", "text": "A different story about trade figures and exports.", "body_start": 0, "agency": "yonhap"},
    ]
    groups = source_groups(rows)
    assert count_sources(["a", "b"], groups) == 1
    assert count_sources(["c", "d"], groups) == 1
    assert count_sources(["a", "c"], groups) == 2


def test_signature_candidates_find_every_exact_pair() -> None:
    """Pairs come from MinHash candidates checked exactly: the same pairs as comparing every pair exactly."""
    from storyline.analyse import dedup

    texts = {str(i): f"story number {i} " + "the council met to discuss the sanctions regime on the peninsula " * 5 + f"word{i} " * 40 for i in range(4)}
    texts["copy"] = texts["0"] + " update"
    texts["rewrite"] = " ".join(texts["1"].split()[:60]) + " a paragraph added by another outlet " * 3
    sets = {k: dedup.shingles(v) for k, v in texts.items()}
    brute = sorted((a, b) for a in sets for b in sets if a < b and dedup.jaccard(sets[a], sets[b]) >= dedup.THRESHOLD)
    assert ("0", "copy") in brute
    assert dedup.near_duplicate_pairs(texts) == brute


def test_signature_estimates_jaccard_on_dev_articles() -> None:
    """On LibyaWar_cnn articles and shortened copies of them (pairs near and far from the threshold), the share of
    equal signature values is within the candidates' margin of the exact Jaccard, and the pairs found are the exact ones."""
    from storyline.analyse import dedup
    from storyline.evaluate.t17 import topic_records

    records = [r for r in topic_records(REPO.parent / "shared" / "eval" / "timeline17" / "t17" / "LibyaWar_cnn") if r.get("text")]
    texts = {r["url"]: r["text"] for r in records[:24]}
    for url, text in list(texts.items())[:8]:
        words = text.split()
        texts[url + "#cut"] = " ".join(words[: len(words) * 2 // 3])  # Jaccard about 0.6-0.7 with its original
    sets = {k: dedup.shingles(v) for k, v in texts.items()}
    signatures = {k: dedup.signature(v) for k, v in sets.items()}
    assert dedup.signature(set(sorted(sets[next(iter(sets))], reverse=True))) == signatures[next(iter(sets))]
    keys = sorted(sets)
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            estimate = sum(x == y for x, y in zip(signatures[a], signatures[b], strict=True)) / dedup.NUM_PERM
            assert abs(estimate - dedup.jaccard(sets[a], sets[b])) < dedup.MARGIN, (a, b)
    brute = sorted((a, b) for a in keys for b in keys if a < b and dedup.jaccard(sets[a], sets[b]) >= dedup.THRESHOLD)
    assert len(brute) >= 8
    assert dedup.near_duplicate_pairs(texts) == brute


# --- typing rules, on tune-half sentences of the PLOVER gold file ------------------------------

PLOVER_GOLD = REPO.parent / "shared" / "eval" / "plover-gsr" / "plover_gsr_dev.json"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("staged mass demonstrations", "PROTEST"),  # tagger lemma 'stag': repaired to 'stage'
        ("lifted a state of emergency", "CONCEDE"),  # easing a restriction is a verbal concession
        ("must ensure security", "DEMAND"),  # 'X said Y must Z'
        ("withdraw their peacekeeping force from Chad unless", "THREATEN"),  # an act announced unless Y complies
        ("offered concessions", "AGREE"),  # the offer, not the concession
        ("insisted on its demands", "DEMAND"),
        ("Palestinian riots", "PROTEST"),  # nationality before an event noun as the actor
        ("peacekeeping troops have arrived", "AID"),  # peacekeeping is aid
    ],
)
def test_plover_typing_rules(words: str, expected: str) -> None:
    if not PLOVER_GOLD.is_file():
        pytest.skip(f"PLOVER gold file missing at {PLOVER_GOLD}")
    from storyline.evaluate.events import load_records
    from storyline.evaluate.plover import fallback_type

    record = next(r for r in load_records(PLOVER_GOLD) if words in r.text and r.half == "tune")
    assert record.type == expected
    doc, cands = _cands(record.text)
    main = main_candidate(cands)
    got = plover_type(main) if main is not None else next((t for t in map(fallback_type, doc.sents) if t), None)
    assert got == expected


def test_rule_units() -> None:
    from storyline.analyse.events.candidates import verb_lemma

    doc = load_nlp()("Students staged protests and the army lifted the curfew.")
    assert verb_lemma(next(t for t in doc if t.lower_ == "staged")) == "stage"
    doc, cands = _cands("Thousands of students protested in Seoul on Monday.")
    assert [plover_type(c) for c in cands] == ["PROTEST"]
    doc, cands = _cands("The minister protested the decision.")
    assert [plover_type(c) for c in cands] == ["DISAPPROVE"]
    doc, cands = _cands("Russia refused to release the prisoners.")
    assert plover_type(main_candidate(cands)) == "REJECT"  # type: ignore[arg-type]


# --- events found by the reporting, onset, pronoun and remark rules (issue 6, richer seed timeline) ----


def _one(rows: dict[str, Any], etype: str, words: list[str]) -> dict[str, Any]:
    found = _find(rows, etype, words)
    assert len(found) == 1, [(e["type"], e["date"], e["summary"]) for e in rows["events"]]
    return found[0]


def test_putins_previous_visit_in_july_2000_is_its_own_event(store_rows: dict[str, Any]) -> None:
    # "He last visited the reclusive country in July 2000": 'He' is the one person the sentence before names
    old = _one(store_rows, "CONSULT", ["Vladimir Putin", "last visited"])
    assert (old["date"], old["granularity"], old["mode"]) == ("2000-07", "month", "asserted")
    assert old["actor_code"] == "RUS GOV" and _from(store_rows, old, "003")
    text = store_rows["articles"][store_rows["seed"]["003"]]["text"]
    assert all(text[ev["start"] : ev["end"]].startswith("He last visited") for ev in old["evidence"])
    new = next(e for e in store_rows["events"] if (e["date"] or "").startswith("2024-06-18"))
    assert not any(text[ev["start"] : ev["end"]].startswith("He last visited") for ev in new["evidence"])


def test_thomas_greenfield_accusation_dated_by_last_week(store_rows: dict[str, Any]) -> None:
    ev = _one(store_rows, "DISAPPROVE", ["Thomas-Greenfield said Russia had fired", "toward Ukraine"])
    assert (ev["date"], ev["granularity"]) == ("2024-06-17/2024-06-23", "week")  # "last week" of 2024-06-28
    assert ev["target_code"] == "RUS" and _from(store_rows, ev, "002")


def test_guterres_demand_dated_by_last_week(store_rows: dict[str, Any]) -> None:
    ev = _one(store_rows, "DEMAND", ["Antonio Guterres last week said that Russia must abide by UN sanctions"])
    assert (ev["date"], ev["granularity"]) == ("2024-06-17/2024-06-23", "week")  # "last week" of 2024-06-28
    assert ev["target_code"] == "RUS" and _from(store_rows, ev, "002")


def test_un_embargos_start_in_2006(store_rows: dict[str, Any]) -> None:
    ev = _one(store_rows, "SANCTION", ["North Korea has been under UN embargos since 2006"])
    assert (ev["date"], ev["granularity"]) == ("2006", "year")
    assert ev["target_code"] == "PRK" and _from(store_rows, ev, "002")


def test_munitions_shipments_start_in_september_2023(store_rows: dict[str, Any]) -> None:
    ev = _one(store_rows, "AID", ["Pyongyang has shipped over 10,000 containers of munitions", "to Russia since September"])
    assert (ev["date"], ev["granularity"]) == ("2023-09", "month")
    assert ev["actor_code"] == "PRK" and ev["target_code"] == "RUS" and _from(store_rows, ev, "003")


def test_putins_thursday_comments_on_supplying_weapons(store_rows: dict[str, Any]) -> None:
    ev = _one(store_rows, "AID", ["Vladimir Putin's comments on Thursday about potentially supplying weapons to North Korea"])
    assert (ev["date"], ev["mode"]) == ("2024-06-20", "hypothetical")
    assert ev["actor_code"] == "RUS GOV" and ev["target_code"] == "PRK" and _from(store_rows, ev, "004")
    assert not _find(store_rows, "AID", ["South Korea arming"]) or all(
        e["mode"] != "asserted" for e in _find(store_rows, "AID", ["South Korea arming"])
    )  # "warned South Korea against arming Ukraine" is a warning, not an arms transfer


def test_putin_warned_south_korea(store_rows: dict[str, Any]) -> None:
    ev = _one(store_rows, "THREATEN", ["[Vladimir Putin] also warned South Korea against arming Ukraine"])
    assert ev["actor_code"] == "RUS GOV" and ev["target_code"] == "KOR" and _from(store_rows, ev, "004")


def test_statements_of_concern_dated_by_their_day(store_rows: dict[str, Any]) -> None:
    monday = _one(store_rows, "STATEMENT", ["spokesperson on Monday described deepening military cooperation", "great concern"])
    assert monday["date"] == "2024-06-17" and _from(store_rows, monday, "003")
    wednesday = _one(store_rows, "STATEMENT", ["The United States is concerned about growing defense cooperation"])
    assert wednesday["date"] == "2023-09-13" and _from(store_rows, wednesday, "001")


def test_the_timeline_holds_the_new_dates(store_rows: dict[str, Any]) -> None:
    """The story's own period (from the year before its first article, August 2023); what its pages recall of earlier
    years (Putin's last visit in July 2000, the sanctions of 2006) is counted beside it and shown from an earlier date."""
    dates = {node["date"] for node in store_rows["timeline"]}
    assert {"2023-09", "2024-06-17/2024-06-23", "2024-06-17", "2024-06-20"} <= dates
    assert not {"2000-07", "2006"} & dates
    from storyline.views import timeline_view

    history = timeline_view(store_rows["store"], date_from="1990")
    assert {"2000-07", "2006"} <= {node["date"] for node in history["items"]}
    assert timeline_view(store_rows["store"])["earlier"] >= 2 and history["earlier"] == 0


def test_a_sentence_that_tells_an_act_and_its_report_is_one_timeline_line(store_rows: dict[str, Any]) -> None:
    """"Linda Thomas-Greenfield said Russia had fired four ... ballistic missiles toward Ukraine" is an accusation
    (DISAPPROVE) and the firing (FIGHT) in the store, with the same words: the timeline shows them once."""
    words = "Thomas-Greenfield said Russia had fired four possible North Korean-supplied ballistic missiles"
    stored = [e for e in store_rows["events"] if words in e["summary"]]
    assert {e["type"] for e in stored} >= {"DISAPPROVE", "FIGHT"}, [(e["type"], e["summary"]) for e in stored]
    for node in store_rows["timeline"]:
        summaries = [e["summary"] for e in node["events"]]
        assert len(summaries) == len(set(summaries)), node["date"]
    assert sum(words in e["summary"] for node in store_rows["timeline"] for e in node["events"]) == 1


# --- the record-only rules, one sentence each ----------------------------------------------------


def _record(text: str):  # type: ignore[no-untyped-def]
    from storyline.analyse.events.candidates import record_candidates

    doc = load_nlp()(text)
    return doc, [c for s in doc.sents for c in record_candidates(s)]


def test_report_of_a_hostile_act_is_an_accusation_for_the_record_only() -> None:
    text = "Last week US Ambassador to the UN Linda Thomas-Greenfield said Russia had fired four missiles toward Ukraine."
    doc, cands = _record(text)
    said = next(c for c in cands if doc[c.trigger].lower_ == "said")
    assert said.type == "DISAPPROVE" and doc[said.target[0] : said.target[1]].text == "Russia"
    assert doc[said.clause[0] : said.clause[1]].text == "Russia had fired four missiles toward Ukraine"
    _, plover = _cands(text)
    assert all(doc[c.trigger].lower_ != "said" for c in plover)  # the PLOVER coder is unchanged
    doc, cands = _record("Deputy US Ambassador Robert Wood said that Washington will push for China's view.")
    assert all(c.type != "DISAPPROVE" for c in cands)  # a planned act reported is no accusation


def test_warned_against_makes_the_object_the_doer_of_a_hypothetical_act() -> None:
    doc, cands = _cands("He also warned South Korea against arming Ukraine.")
    arming = next(c for c in cands if doc[c.trigger].lower_ == "arming")
    assert doc[arming.actor[0] : arming.actor[1]].text == "South Korea" and arming.mode == "hypothetical"


def test_raising_passive_keeps_the_subject_as_actor_but_instruments_are_not_actors() -> None:
    doc, cands = _cands("The United States is set to confront Russia at the United Nations Security Council.")
    confront = next(c for c in cands if doc[c.trigger].lower_ == "confront")
    assert doc[confront.actor[0] : confront.actor[1]].text == "The United States" and confront.mode == "planned"
    doc, cands = _cands("North Korean ballistic missiles are still being used to hit Ukrainian targets.")
    assert all(c.actor is None for c in cands if doc[c.trigger].lower_ == "hit")


def test_under_an_embargo_and_remarks_about_an_act() -> None:
    doc, cands = _cands("North Korea has been under UN embargos since 2006 for its nuclear programs.")
    embargo = next(c for c in cands if doc[c.trigger].lower_ == "embargos")
    assert embargo.type == "SANCTION" and doc[embargo.actor[0] : embargo.actor[1]].text == "UN"
    assert doc[embargo.target[0] : embargo.target[1]].text == "North Korea"
    doc, cands = _record("Miller expressed concern over Vladimir Putin's comments on Thursday about potentially supplying weapons to North Korea.")
    supply = next(c for c in cands if doc[c.trigger].lower_ == "supplying")
    assert supply.frame is not None and doc[supply.frame].lower_ == "comments" and supply.mode == "hypothetical"
    assert doc[supply.actor[0] : supply.actor[1]].text == "Vladimir Putin's"


def test_described_as_a_concern_is_a_statement() -> None:
    doc, cands = _record("A U.S. State Department spokesperson on Monday described deepening military cooperation between North Korea and Russia as a trend of great concern.")
    described = next(c for c in cands if doc[c.trigger].lower_ == "described")
    assert described.type == "STATEMENT" and described.clause is not None
    assert doc[described.clause[0] : described.clause[1]].text.endswith("as a trend of great concern")


def test_security_council_meeting_dated_by_its_article(store_rows: dict[str, Any]) -> None:
    # "The meeting of the 15-member council comes after ...": the council is the UN Security Council named earlier
    ev = _one(store_rows, "CONSULT", ["The meeting of the 15-member council"])
    assert (ev["date"], ev["granularity"]) == ("2024-06-28", "day") and _from(store_rows, ev, "002")
    names = {e["id"]: e["name"] for e in store_rows["store"].rows("entities")}
    assert "Security Council" in names[ev["actor"]], names.get(ev["actor"])
    text = store_rows["articles"][store_rows["seed"]["002"]]["text"]
    assert all(text[e["start"] : e["end"]].startswith("The meeting of the 15-member council") for e in ev["evidence"])


def test_news_present_gathering_needs_the_present_tense() -> None:
    doc, cands = _record("The meeting of the 15-member council comes after Putin visited North Korea.")
    meeting = next(c for c in cands if doc[c.trigger].lower_ == "meeting")
    assert meeting.present and doc[meeting.actor[0] : meeting.actor[1]].text == "the 15-member council"
    doc, cands = _record("The meeting of the 15-member council came after Putin visited North Korea.")
    assert all(doc[c.trigger].lower_ != "meeting" for c in cands)


def test_the_helped_party_is_the_target(store_rows: dict[str, Any]) -> None:
    doc, cands = _cands("Pyongyang and Moscow said Russia will help North Korea develop satellites.")
    help_ = next(c for c in cands if doc[c.trigger].lower_ == "help")
    assert doc[help_.target[0] : help_.target[1]].text == "North Korea" and help_.mode == "planned"
    ev = _one(store_rows, "AID", ["Russia will help North Korea"])
    assert ev["date"] is None and ev["target_code"] == "PRK" and _from(store_rows, ev, "001")


def test_every_summary_is_the_evidence_sentences_own_words(store_rows: dict[str, Any]) -> None:
    """A summary is words of its evidence, never composed: cut ends show an ellipsis, as do said words too long to show
    whole between their opening and who said them; an opening pronoun shows the name it stands for ("[Vladimir Putin]
    last visited the reclusive country in July 2000"); a reported act keeps who reports it ("Washington has revealed
    that Pyongyang has shipped ...")."""
    texts = {a["id"]: a["text"] for a in store_rows["articles"].values()}
    for event in store_rows["events"]:
        words = re.sub(r"^\[[^]]+\]", "", event["summary"].removeprefix("… ").removesuffix(" …")).lower()
        shown = [re.sub('[“”"]', "", " ".join(texts[ev["article"]][ev["start"] : ev["end"]].split()).lower()) for ev in event["evidence"]]
        assert any(all(piece in t for piece in words.split(" … ")) for t in shown), event["summary"]
    visit = next(e for e in store_rows["events"] if "July 2000" in e["summary"])
    assert visit["summary"].startswith("[Vladimir Putin] last visited"), visit["summary"]
    call = next(e for e in store_rows["events"] if "to call out Russia" in e["summary"])  # "as it seeks to call out"
    assert call["summary"].startswith("[White House] seeks"), call["summary"]
    reported = next(e for e in store_rows["events"] if e["type"] == "AID" and "10,000 containers" in e["summary"])
    assert reported["summary"].startswith("Washington has revealed that Pyongyang has shipped"), reported["summary"]


def test_week_dates_are_stored_as_their_day_range() -> None:
    from storyline.analyse.events.dates import calendar_range

    assert calendar_range("2024-W25", None) == "2024-06-17/2024-06-23"  # sorts among day dates
    assert calendar_range("2024-06-18", "2024-06-19") == "2024-06-18/2024-06-19"
    assert calendar_range("2000-07", None) == "2000-07" and calendar_range(None, None) is None


def test_words_inside_a_direct_quote_make_no_timeline_event(store_rows: dict[str, Any]) -> None:
    # Miller's quoted "he is begging Kim Jong-un for help" stays a quote; the reported meeting stays an event
    summaries = [e["summary"] for e in store_rows["events"]]
    assert not any("begging" in s for s in summaries)
    assert not any("kill" in s and "Ukrainian" in s for s in summaries)  # Kirby's quoted "helping Mr. Putin kill"
    assert "North Korean leader Kim Jong-un held a rare bilateral meeting with Russian President Vladimir Putin in Russia" in summaries


def test_a_date_an_act_is_measured_from_is_not_its_date() -> None:
    """bpoil_washingtonpost (dev): "four days before the April 20 explosion, Brett Cocales ... sent an e-mail" and "a
    'big contract' signed by the U.S. military after the oil rig explosion on April 20" were acts of April 20 in the
    timeline. A date reached through "before"/"until", a measure ("four days after") or "after"/"since" a thing the
    calendar dates is the anchor's; "After a lengthy meeting ... Saturday afternoon, ... Allen gave BP permission"
    keeps its day, and the blowout in "since the BP well blew out April 20" keeps its own."""
    from storyline.analyse.events.dates import timex_attachment

    def attached(text: str, when: str, verb: str) -> str | None:
        doc = load_nlp()(text)
        start = text.index(when)
        triggers = {t.i for t in doc if t.text == verb}
        found = timex_attachment(doc, {"start": start, "end": start + len(when)}, triggers)
        return doc[found].text if found is not None else None

    assert attached("In one instance, four days before the April 20 explosion, Brett Cocales, one of BP's operations "
                    "drilling engineers, sent an e-mail to a colleague.", "April 20", "sent") is None
    assert attached("He was aware of at least one big contract signed by the U.S. military after the oil rig explosion "
                    "on April 20, involving the supply of multiple fuels.", "April 20", "signed") is None
    assert attached("After a lengthy meeting between government scientists and BP engineers Saturday afternoon, retired "
                    "Coast Guard Adm. Thad Allen gave BP permission to keep the well closed.", "Saturday afternoon",
                    "gave") == "gave"
    assert attached("The rescue center has reported a little more than 400 birds since the BP well blew out April 20.",
                    "April 20", "blew") == "blew"


def test_a_speech_act_in_the_past_perfect_is_not_of_the_reports_day() -> None:
    """LibyaWar_cnn (dev): "In an earlier interview with the BBC, Koussa had expressed concern that the situation in
    Libya was spiraling downward" and "Lugar, who already had expressed concern about ... air strikes" were speech acts
    of their articles' days; the past perfect tells them as earlier than the report."""
    from storyline.analyse.events.dates import before_the_report

    doc = load_nlp()("In an earlier interview with the BBC, Koussa had expressed concern that the situation in Libya "
                     "was spiraling downward into a grinding war.")
    assert before_the_report(next(t for t in doc if t.text == "expressed"))
    doc = load_nlp()("Koussa expressed concern that the situation in Libya was spiraling downward.")
    assert not before_the_report(next(t for t in doc if t.text == "expressed"))


def test_an_act_instead_of_or_without_which_another_happened_was_not_done() -> None:
    """bpoil_washingtonpost (dev): "Instead of banning offshore drilling based on water depth, he barred drilling by the
    types of rigs" had given the event "Banning offshore drilling based on water depth, he"; LibyaWar_cnn (dev): "voted
    March 17 to authorize a no-fly zone ... - without using an occupation force -" an act of force on March 17."""
    for text, word in (("Instead of banning offshore drilling based on water depth, he barred drilling by the types of "
                        "rigs and equipment used in deep water.", "banning"),
                       ("The U.N. Security Council voted March 17 to authorize a no-fly zone over Libya and to take all "
                        "necessary measures - without using an occupation force - to protect civilians.", "using")):
        doc, cands = _cands(text)
        acts = [c for c in cands if doc[c.trigger].lower_ == word]
        assert acts and all(c.mode == "denied" for c in acts), [(doc[c.trigger].text, c.mode) for c in cands]
    doc, cands = _cands("By firing missiles, the rebels destroyed the depot.")
    assert all(c.mode == "asserted" for c in cands if doc[c.trigger].lower_ == "firing")


def test_a_remark_a_possibility_or_a_topic_of_talk_is_no_act_done() -> None:
    """bpoil_washingtonpost (dev): "it is striking that they didn't ameliorate them" had been an act of striking (by
    Harvard University, the "it" linked to the last body named); "A government forecast shows the oil slick potentially
    striking the popular tourist beaches ... later this week" an incident; "have yet to talk about reducing the nation's
    dependence on fossil fuels" an act of reducing. A writer's "it is ... that" remark is no act, "potentially" makes
    one a possibility, and what someone talks about is not done."""
    from storyline.analyse.events.candidates import unrealised

    doc, cands = _cands("Oil riches didn't create these problems, of course, but it is striking that they didn't "
                        "ameliorate them.")
    assert not [c for c in cands if doc[c.trigger].lower_ == "striking"]
    doc, cands = _cands("A government forecast shows the oil slick potentially striking the popular tourist beaches of "
                        "Mississippi and Alabama later this week.")
    assert all(c.mode == "hypothetical" for c in cands if doc[c.trigger].lower_ == "striking")
    doc = load_nlp()("But Obama and his top deputies have yet to talk about reducing the nation's dependence on fossil "
                     "fuels in connection with the oil spill.")
    assert unrealised(next(t for t in doc if t.text == "reducing"))
    doc = load_nlp()("The company began reducing the flow of oil last week.")
    assert not unrealised(next(t for t in doc if t.text == "reducing"))


def test_a_state_or_a_habit_in_the_simple_present_is_no_act_of_a_day() -> None:
    """bpoil_washingtonpost (dev): "each provides an opportunity for leaders to succeed or fail", "recreational fishing
    contributes $757 million" and "Send us an e-mail." were acts of their reports' days; LibyaWar_cnn (dev): "a success
    nearby often helps at home" too. A verb of state or an adverb of habit makes a present no act, and an order tells
    nothing done; a chronology's present ("NATO launches a missile attack on a house in Tripoli") is its act."""
    for text, word in (("Multiple story lines have evolved from this disaster, and each provides an opportunity for leaders "
                        "to succeed or fail in remarkable ways.", "provides"),
                       ("The annual commercial seafood harvest in the gulf is $661 million, and recreational fishing "
                        "contributes $757 million and nearly 8,000 jobs.", "contributes"),
                       ("In the case of democratic transitions, a success nearby often helps at home.", "helps"),
                       ("Send us an e-mail.", "Send")):
        doc, cands = _cands(text)
        assert not [c for c in cands if doc[c.trigger].text == word], text
    for text, word in (("NATO launches a missile attack on a house in Tripoli.", "launches"),
                       ("We have seen the DPRK unlawfully transfer dozens of ballistic missiles to Russia.", "transfer")):
        doc, cands = _cands(text)
        assert [c for c in cands if doc[c.trigger].text == word], text


def test_events_of_one_day_rank_by_how_central_their_words_are() -> None:
    """bpoil_reuters (dev), 5 May 2010: six single-source events tied on salience, and the briefing showed "Clean
    Harbors shares fell as much as 6 percent" for the day. Among events salience leaves tied, those told in the words
    the story's sources use most come first; centrality is kept apart from salience, so it never lifts an event (or
    a date) past one with more sources or date references."""
    from storyline.analyse.events.annotate import centrality
    from storyline.analyse.events.candidates import SentenceEvent
    from storyline.export import group_by_date

    sentences = [  # sentences of five bpoil_reuters articles, each its own source
        "Moody's Investors Service cut its outlook on BP debt to negative, citing uncertainty over the costs related to "
        "the oil spill.",
        "Clean Harbors shares fell as much as 6 percent on Wednesday in intra-day trade.",
        "BP said on Monday it would pay for the cleanup of the oil spill in the Gulf of Mexico.",
        "The spill from a BP rig that exploded in the Gulf has become one of the worst oil spills in U.S. history.",
        "BP is drilling a relief well to halt the leak, but it could take up to three months to complete.",
    ]
    found = [SentenceEvent(article=f"a{k}", start=0, end=len(text), type="SANCTION", mode="asserted", actor=None,
                           target=None, location=None, date="2010-05-05", end_date=None, granularity="day", actor_text="",
                           target_text=None) for k, text in enumerate(sentences)]
    central = centrality(found, {}, {f"a{k}": text for k, text in enumerate(sentences)})
    assert central[id(found[0])] > central[id(found[1])], central
    assert all(0.0 <= value <= 1.0 for value in central.values())
    day = [{"id": "harbors", "date": "2010-05-05", "salience": 10.0, "centrality": central[id(found[1])]},
           {"id": "moodys", "date": "2010-05-05", "salience": 10.0, "centrality": central[id(found[0])]},
           {"id": "two sources", "date": "2010-05-05", "salience": 11.0, "centrality": 0.0}]
    assert [e["id"] for e in group_by_date(day)[0][1]] == ["two sources", "moodys", "harbors"]


def _reuters_store(tmp_path: Path, uids: tuple[str, ...]) -> Any:
    """bpoil_reuters (dev) articles ``uids`` ingested through the product into a fresh store."""
    return _t17_store(tmp_path, "bpoil_reuters", uids)


def _t17_store(tmp_path: Path, topic: str, uids: tuple[str, ...]) -> Any:
    """Articles ``uids`` of a Timeline17 topic ingested through the product into a fresh store."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    wanted = {f"t17://{topic}/{uid}" for uid in uids}
    store = Store(tmp_path / f"{topic}.db")
    raw = "\n".join(json.dumps(r) for r in topic_records(folder) if r["url"] in wanted).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source=topic, max_bytes=10_000_000)), Options(progress=False))
    return store


def _dates(events: list[dict[str, Any]], words: str) -> list[str | None]:
    """The dates of the events whose summary holds ``words`` (at least one must)."""
    found = [e["date"] for e in events if words in e["summary"]]
    assert found, words
    return found


def test_a_craft_named_before_its_noun_acts(tmp_path: Path) -> None:
    """bpoil_reuters (dev): "since the Deepwater Horizon rig exploded on April 20" is the story's first act, told by
    several sources; once the rig's name was typed a thing (not a person), the rule that a demonym describing the actor
    ("Libyan rebels") is not the actor dropped every such sentence. The rig's blast is one event of several sources: an
    accident the rig undergoes (it had been the rig's assault, on whom the sentence does not say)."""
    store = _reuters_store(tmp_path, ("218", "1904", "811", "836"))
    rows = store.query("SELECT e.sources, e.type FROM events e WHERE e.date = '2010-04-20' AND e.summary LIKE '%exploded%'")
    assert rows and max(r["sources"] for r in rows if r["type"] == "INCIDENT") >= 2, rows
    assert not [r for r in rows if r["type"] == "ASSAULT"], rows


def test_an_item_of_a_chronology_takes_its_entrys_day(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 364, a chronology: "June 1 - BP shares plunge 17 percent ... -- U.S. Attorney General Eric
    Holder says the Justice Department has launched a criminal and civil investigation ..." left Holder's act undated
    (judged "wrong date" in the draw of seed 2020). An item continuing an entry is of the entry's day; an item after a
    sentence of its own is not."""
    store = _reuters_store(tmp_path, ("364",))
    rows = store.query("SELECT e.date, e.summary FROM events e WHERE e.summary LIKE '%Holder says the Justice Department%'")
    assert rows and {r["date"] for r in rows} == {"2010-06-01"}, rows
    from storyline.analyse.events.dates import listed_date

    text = "June 1 - BP shares plunge. -- Holder says a probe is open. Analysts were wary. -- BP says more."
    values = {0: ("2010-06-01", None, "day")}
    assert listed_date(text, text.index("-- Holder"), values) == ("2010-06-01", None, "day")
    assert listed_date(text, text.index("-- BP says"), values) is None


def test_an_adverb_of_habit_makes_a_perfect_no_act_of_a_day() -> None:
    """bpoil_bbc (dev): "He has often referred to BP as “British Petroleum” when discussing the disastrous oil leak" was
    a meeting of Obama's ("discussing"); an adverb of habit on a perfect says it kept happening, and so did what was
    done when it did. An act done once in the perfect stays an act."""
    doc, cands = _cands("He has often referred to BP as “British Petroleum” when discussing the disastrous oil leak.")
    assert not [c for c in cands if doc[c.trigger].text in ("referred", "discussing")], cands
    doc, cands = _cands("Obama has criticised BP for its handling of the disastrous oil leak.")
    assert [c for c in cands if doc[c.trigger].text == "criticised"]
    doc, cands = _cands("We always attack the town at night.")  # the simple present's habit stays one
    assert not [c for c in cands if doc[c.trigger].text == "attack"]


def test_a_kin_of_the_one_named_is_not_the_actor(tmp_path: Path) -> None:
    """LibyaWar_cnn: "the leader's son also acknowledged changing times regionally and proposed “radical” reforms" and
    "Gadhafi's daughter has accused NATO of war crimes" were Moammar Gadhafi's acts on the timeline; bpoil_washingtonpost:
    "Sepulvado's son called him at a hotel" was Ronald Sepulvado's. The one named before a kin's noun is not the kin."""
    for topic, uids, words, named in (("LibyaWar_cnn", ("313", "37"), ("son also acknowledged", "daughter has accused NATO"),
                                       "Moammar Gadhafi"),
                                      ("bpoil_washingtonpost", ("1059",), ("son called him at a hotel",), "Ronald Sepulvado")):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT e.summary, n.name FROM events e LEFT JOIN entities n ON n.id = e.actor")
        for w in words:
            told = [r for r in rows if w in r["summary"]]
            assert not [r for r in told if r["name"] == named], (w, told)


def test_a_summary_never_shows_its_words_twice(tmp_path: Path) -> None:
    """LibyaWar_cnn: "Four New York Times journalists who were reported … Four New York Times journalists who were
    reported captured ..."; bpoil_guardian: "The Obama administration has ended its temporary six … The Obama
    administration has ended ...": said words before who said them, cut with a gap whose end came before its start. A
    gap is made only where the words' opening ends before the act's core."""
    for topic, uids in (("LibyaWar_cnn", ("376", "344")), ("bpoil_guardian", ("530",))):
        store = _t17_store(tmp_path, topic, uids)
        summaries = [r["summary"] for r in store.query("SELECT summary FROM events")]
        assert summaries
        for summary in summaries:
            before, gap, after = summary.strip("… ").partition(" … ")
            assert not (gap and len(before) > 10 and before[:15] in after), summary


def test_an_act_told_inside_a_clause_about_something_else_is_no_event(tmp_path: Path) -> None:
    """LibyaWar_cnn: "But in Zawiya -- a city that the government insisted it had retaken -- ..." was the event "That
    the government insisted it had retaken", "Marking what he called the 100th day of the nation's civil war" the event
    "What he called the 100th day ..." (both judged garbled in the draw of seed 2828); bpoil_guardian: "Which saw BP's
    robot submarines cut away the well pipe"; bpoil_washingtonpost: "Which BP has denied", "What MMS approved for the
    Breadbasket of Nantucket Sound". Words that open on the relative word of a clause about something else read as no
    sentence: no event."""
    for topic, uids in (("LibyaWar_cnn", ("186", "262", "294")), ("bpoil_guardian", ("1045",)),
                        ("bpoil_washingtonpost", ("1318", "34"))):
        store = _t17_store(tmp_path, topic, uids)
        summaries = [r["summary"] for r in store.query("SELECT summary FROM events")]
        assert summaries, topic
        opening = [s for s in summaries if s.strip("… ").split()[0] in ("That", "Which", "What", "Who", "Whom", "Whose")]
        assert not opening, opening


def test_a_question_asked_is_no_act_but_a_request_is(tmp_path: Path) -> None:
    """LibyaWar_cnn: "Asked whether the cease-fire declaration complicates a U.N.-sanctioned intervention, Michael Rubin
    ... said" was Rubin's demand (the parse read "Asked" as a finite past), "Foreign affairs analyst Nile Gardiner asks
    whether tyrants even fear the United States anymore" an analyst's demand (judged "not an event" in the draw of seed
    3131), "Manchin asked Clapper what nations he thought posed the greatest threat" another; bpoil_guardian: "Asked by
    CNN what had happened, Suttles said", "Stearns asks if the oil spilt ... is a consequence", "Bruce Braley ... is
    asking about the bereaved families". A question put to someone is no act of the story; a request ("Gadhafi asks
    Obama to stop ...", "asking for written details") stays a demand."""
    for topic, uids, asked, requested in (
            ("LibyaWar_cnn", ("31", "336", "341", "165"), ("Asked whether", "asks whether", "asked Clapper what"),
             "asks Obama to stop"),
            ("bpoil_guardian", ("656", "1029", "902"), ("Asked by CNN what", "asks if", "is asking about"),
             "asking for written details")):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT type, summary FROM events")
        assert [r for r in rows if requested in r["summary"] and r["type"] == "DEMAND"], (topic, requested)
        questions = [r["summary"] for r in rows if any(a in r["summary"] for a in asked) and r["type"] == "DEMAND"]
        assert not questions, questions


def test_words_given_or_delivered_are_a_statement_not_aid(tmp_path: Path) -> None:
    """LibyaWar_cnn: "Gadhafi delivered a defiant, rambling speech Tuesday", "President Barack Obama gave interviews to
    all three major U.S. television networks Tuesday"; bpoil_guardian: "BP gave details of its own preliminary findings"
    were aid (CAMEO's "provide aid" read into "give" and "deliver"). Words given are a statement; things given stay
    aid ("The government gave him permission to leave the country", "to provide 32 units")."""
    for topic, uids, spoken, given in (
            ("LibyaWar_cnn", ("362", "144", "86"), ("delivered a defiant, rambling speech", "gave interviews to all three"),
             "gave him permission to leave"),
            ("bpoil_guardian", ("232", "1253"), ("BP gave details of its own",), "to provide 32 units")):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT type, summary FROM events")
        for words in spoken:
            told = [r["type"] for r in rows if words in r["summary"]]
            assert told and set(told) == {"STATEMENT"}, (words, told)
        assert [r for r in rows if given in r["summary"] and r["type"] == "AID"], (given, [r for r in rows if given in r["summary"]])


def test_must_or_should_with_a_perfect_is_no_demand(tmp_path: Path) -> None:
    """LibyaWar_cnn: "The statements I have heard from him must have come from someone else, Gadhafi said" and "Richard
    Haass has said ... that Obama should have just stuck it out" were demands; bpoil_guardian: "[Larry Dickerson] said
    ... Transocean should have exercised its power to shut down BP's well operation", "The pressure test readings should
    have alerted crews ..., he said". "Must" or "should" with a perfect concludes or reproaches about what was; a
    demand is of what is to be done ("Gadhafi and those around him must be held accountable ..., she said" stays)."""
    for topic, uids, perfect, demand in (
            ("LibyaWar_cnn", ("190", "392", "108"), ("must have come from someone else", "should have just stuck it out"),
             "must be held accountable"),
            ("bpoil_guardian", ("704", "1782"), ("should have exercised its power", "should have alerted crews"), None)):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT type, summary FROM events")
        for words in perfect:
            assert not [r for r in rows if words in r["summary"] and r["type"] == "DEMAND"], words
        if demand:
            assert [r for r in rows if demand in r["summary"] and r["type"] == "DEMAND"], demand


def test_a_title_run_into_the_text_tells_no_act(tmp_path: Path) -> None:
    """LibyaWar_cnn: related stories' links left in the text as sentences of their own ("CNN tours NATO airstrike site",
    "Libya's al-Obeidy: ‘My soul is liberated’ NATO strikes hit Libyan warships") were events; bpoil_guardian: "Oil
    spill: Protesters disrupt BP speech as Tony Hayward pulls out BP chief of staff". Words that end on a word with the
    text going on after them on the line are a title: no event, no claim. A quotation the next sentence goes on with is
    not one ('Doug Suttles, admitted: “We have not been able to stop the flow ...')."""
    for topic, uids, titles, kept in (
            ("LibyaWar_cnn", ("311", "79", "169"), ("NATO strikes hit Libyan warships", "CNN tours NATO airstrike site"), None),
            ("bpoil_guardian", ("1878", "1775"), ("Protesters disrupt BP speech",), "We have not been able to stop the flow")):
        store = _t17_store(tmp_path, topic, uids)
        rows = [r["summary"] for r in store.query("SELECT summary FROM events")]
        assert rows
        for title in titles:
            assert not [r for r in rows if r.rstrip("… ").endswith(title)], title
        if kept:
            assert [r for r in rows if kept in r], kept


def test_what_may_be_done_is_no_plan(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 904, 942: "Fish will have suffered but ... the US government's decision to ban commercial
    fishing ... could help regenerate depleted fish stocks" was a planned AID of the United States (the "will" of the
    first clause read into the second; judged "not an event" in the draw of seed 3030); LibyaWar_cnn (dev) 156:
    "Gadhafi may seek to block roads leading to Benghazi" a planned protest (a plan only possible). A clause with a
    subject of its own keeps its own auxiliaries, and "could", "might" or "may" over a plan leaves it a possibility:
    neither is an event. A plan stated is still one (LibyaWar_cnn 213: "... will travel to Portugal, Greece and Malta on
    an exploratory fact-finding mission that may include other destinations")."""
    for topic, uids, maybe in (("bpoil_guardian", ("904", "942"), "help regenerate depleted fish stocks"),
                               ("LibyaWar_cnn", ("156",), "may seek to block roads")):
        rows = _t17_store(tmp_path, topic, uids).query("SELECT type, mode, summary FROM events")
        assert rows and not [r for r in rows if maybe in r["summary"]], [(r["mode"], r["summary"][:80]) for r in rows if maybe in r["summary"]]
    rows = _t17_store(tmp_path, "LibyaWar_cnn", ("213",)).query("SELECT mode, summary FROM events")
    assert [r for r in rows if "will travel to Portugal" in r["summary"] and r["mode"] == "planned"], [r["summary"][:60] for r in rows]


def test_an_act_told_before_or_after_another_is_not_of_the_report_day(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 232: "Weeks later, after BP gave details of its own preliminary findings ..., a more contrite
    Hayward said" dated BP's statement to the page's day (judged "wrong date" in the draw of seed 3030: the text says
    only "weeks later"); 2185: "after the US attorney general, Eric Holder, announced a criminal investigation" the page's
    day, a day late. LibyaWar_cnn (dev) 225: "Days later, he told a Swedish newspaper ..."; 14: "opinions ... shifted
    after the Arab League announced its support". An act in a clause set before or after another, or a span of time
    from it, is not of the report's day: with no date of its own it has none; so is one a measured "afterwards" sets
    (haiti_bbc 796, timeline draw of seed 6201, wrong date: "However, not long afterwards, she sent her fans a follow up
    message" on the page's day). The pages' other acts keep their dates (bpoil_guardian 1111: Obama "touring Louisiana"
    yesterday; 2185's other dated act, a saying of Hayward's, is no event since a drive that drives no one anywhere is
    no act)."""
    for topic, uids, told in (("bpoil_guardian", ("232", "2185", "1111"), ("BP gave details of its own", "announced a criminal investigation")),
                              ("LibyaWar_cnn", ("225", "14"), ("told a Swedish newspaper", "The Arab League announced its support")),
                              ("haiti_bbc", ("796",), ("sent her fans a follow up message",))):
        rows = _t17_store(tmp_path, topic, uids).query("SELECT date, summary FROM events")
        for words in told:
            found = [r["date"] for r in rows if words in r["summary"]]
            assert found and found == [None] * len(found), (words, found)
        assert [r for r in rows if r["date"] is not None], topic


def test_an_accusation_needs_a_party_named_as_the_one_who_acted(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 320: "Rebels were fighting with newly refurbished rocket launchers and artillery ..., Abdulmolah
    said" and 120: "A U.S.-led military mission in Libya has effectively imposed a no-fly zone ..., Joint Chiefs of Staff
    Chairman Adm. Mike Mullen said Sunday" were each the speaker's accusation (DISAPPROVE; judged "wrong actor" in the
    draw of seed 3232: the speaker reports his own side's operations); bpoil_guardian (dev) 2129: "We are attacking this
    spill on all fronts ..., said Tony Hayward" and 1436: "Hayward says they fight the leak on three fronts" the same.
    "X said Y did Z" accuses only a Y the text names, or the one an unnamed force is named for (LibyaWar_cnn 11: "forces
    loyal to Gadhafi shelled the city of Ajdabiya ..., Libyan rebel spokesman Shamsiddin Abdulmolah said" stays his
    accusation of Gadhafi); with no one named, the speaker's report is a statement. (Hayward's two are no events at all
    since the sixtieth session: force turned against a hazard strikes no one.)"""
    for topic, uids, reports in (("LibyaWar_cnn", ("320", "120"), ("Rebels were fighting with newly", "has effectively imposed a no-fly")),
                                 ("bpoil_guardian", ("2129", "1436"), ("attacking this spill on all fronts", "they fight the leak"))):
        rows = _t17_store(tmp_path, topic, uids).query("SELECT type, summary FROM events")
        assert rows, topic
        for words in reports:
            told = [r["type"] for r in rows if words in r["summary"]]
            assert (told or topic == "bpoil_guardian") and "DISAPPROVE" not in told, (words, told)
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("11",))
    rows = store.query("SELECT e.type, e.summary, t.name AS target FROM events e LEFT JOIN entities t ON t.id = e.target")
    assert [r for r in rows if "shelled the city of Ajdabiya" in r["summary"] and r["type"] == "DISAPPROVE"
            and "Gadhafi" in (r["target"] or "")], [(r["type"], r["target"], r["summary"][:60]) for r in rows]


def test_an_act_further_in_a_clause_set_off_after_a_name_reads_as_the_name_s_act(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 268: "Koussa, who fled Libya last month and sought safe haven in Britain ..." and 279:
    "Weldon, who led a congressional delegation to Libya in 2004 and is visiting Tripoli ..." were shown as the name and
    its relative clause, no verb of their own (judged "garbled" in the draw of seed 3333): the rule that shows the name,
    a gap, then the act read only a clause's first verb, not one joined to it; bpoil_foxnews (dev) 979: "Attorney
    General Eric Holder, who visited the Gulf on Tuesday to survey the fragile coastline and meet with ... prosecutors"
    the same. An act anywhere in the set-off clause reads as the name's act."""
    for topic, uids, garbled in (
            ("LibyaWar_cnn", ("268", "279"), ("Koussa, who fled Libya last month and sought safe haven in Britain after resigning "
                                             "his post in Gadhafi's regime",
                                             "Weldon, who led a congressional delegation to Libya in 2004 and is visiting Tripoli "
                                             "at Gadhafi's invitation")),
            ("bpoil_foxnews", ("979",), ("Attorney General Eric Holder, who visited the Gulf on Tuesday to survey the fragile "
                                         "coastline and meet with state and federal prosecutors",))):
        summaries = [r["summary"] for r in _t17_store(tmp_path, topic, uids).query("SELECT summary FROM events")]
        for words in garbled:
            name = words.split(", who")[0]
            assert words not in summaries and [s for s in summaries if s.startswith(f"{name} … ")], (name, summaries)


def test_a_he_said_after_a_dated_scene_of_that_person_is_of_that_day(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 2132, published Sunday 16 May 2010: "On Friday, Barack Obama appeared to be losing his
    patience with oil company executives ... “I will not tolerate more finger-pointing or irresponsibility,” he said in
    the White House rose garden" was dated to the page's Sunday (the draw of seed 3737 called it a wrong date). A "he
    said" with no day of its own, right after a sentence that sets a named person's scene on a day, is of that day."""
    store = _t17_store(tmp_path, "bpoil_guardian", ("2132",))
    dates = {r["date"] for r in store.query(
        'SELECT e.date FROM events e JOIN event_evidence ee ON ee.event = e.id JOIN articles a ON a.id = ee.article '
        """WHERE substr(a.text, ee.start + 1, ee."end" - ee.start) LIKE '%I will not tolerate more finger-pointing%'""")}
    assert dates == {"2010-05-14"}, dates


def test_the_medium_a_remark_was_made_to_is_no_target(tmp_path: Path) -> None:
    """LibyaWar_cnn: "... goalkeeper Juma Gtat told BBC News earlier in the town of Jadu" showed BBC News as the one
    Gtat's demand was aimed at (judged "wrong actor" in two draws of the thirtieth session), "Levin insisted on CNN" and
    "Shukri Ghanem told CNN in Rome" CNN; bpoil_guardian: "observed Lysiak, talking to the New York Times". A news medium
    that hears a remark is no party to it; a listener who is one stays ("President Barack Obama told Gadhafi ..." is not
    in these pages; "declined an interview with CNN" is no remark and keeps CNN)."""
    for topic, uids, remarks, kept in (
            ("LibyaWar_cnn", ("351", "317", "239", "35"), ("told BBC News", "insisted on CNN", "told CNN in Rome"),
             "declined an interview with CNN"),
            ("bpoil_guardian", ("615",), ("talking to the New York Times",), None)):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT e.summary, t.name AS target FROM events e LEFT JOIN entities t ON t.id = e.target")
        for words in remarks:
            found = [r for r in rows if words in r["summary"]]
            assert found and all(r["target"] is None for r in found), (words, found)
        if kept:
            assert [r for r in rows if kept in r["summary"] and r["target"] == "CNN"], kept


def test_another_storys_past_is_no_event_of_this_one(tmp_path: Path) -> None:
    """bpoil_guardian: "The Ixtoc I oil rig blew out in 1979", "The Union Carbide explosion that killed 15,000 Indians
    in Bhopal in 1984", "Bartlit ... had led the investigation into the 1988 Piper Alpha disaster" were events of the BP
    spill's story (a past disaster given for comparison: "other story" in the thirtieth session's draws). An act dated
    before the year before the story began is another story's unless the story's own parties did it or had it done to
    them ("BP publicly committed to improving its safety record" in 2006) or, with no one named, its sentence names
    one of them ("15 workers died in an explosion at BP's Texas refinery"). (Since the fortieth session the Piper Alpha
    investigation has no date at all: "the 1988 Piper Alpha disaster" dates the disaster, not the investigation, so it
    stays off the timeline as an undated event.)"""
    store = _t17_store(tmp_path, "bpoil_guardian", ("423", "73", "2057", "717", "342", "1109", "1253", "14", "1578",
                                                     "1715", "1864"))
    rows = store.query("SELECT date, summary FROM events")
    for words in ("Ixtoc I oil rig blew out", "The Union Carbide explosion"):
        assert not [r for r in rows if words in r["summary"]], words
    assert not [r for r in rows if "the 1988 Piper Alpha disaster" in r["summary"] and r["date"]]
    for words in ("BP publicly committed to improving", "15 workers died in an explosion at BP"):
        assert [r for r in rows if words in r["summary"] and r["date"] and r["date"] < "2009"], words


def test_a_warning_of_how_things_will_go_is_no_threat(tmp_path: Path) -> None:
    """LibyaWar_cnn: "This war, this honorable confrontation, could go on for years, warned Gadhafi's main spokesman",
    "Zlitni warned it was growing increasingly difficult for the embattled Gadhafi regime to pay"; bpoil_guardian:
    "Philip Johnson ... has warned that the flow of oil will increase", "Carlos Morales has warned it could take “four
    to five months”", "Medvedev warned that the catastrophe could lead to BP's annihilation" were THREATEN events
    (forecasts told with a verb of saying: "not an event" in the thirtieth session's draws). A warning is a threat when
    its words say what someone will do or it is given to someone: "Moreno-Ocampo warned that anti-Gadhafi protesters
    would also be held accountable", "Clinton warned that military action against Gadhafi would continue", "Kenneth
    Feinberg ... warned BP that it would have to pay out more" stay."""
    for topic, uids, forecasts, threats in (
            ("LibyaWar_cnn", ("182", "353", "321", "144"), ("This war, this honorable", "Zlitni warned it was growing"),
             ("Moreno-Ocampo warned that anti-Gadhafi", "Clinton warned that military action")),
            ("bpoil_guardian", ("646", "695", "866", "1101"),
             ("the flow of oil will increase", "warned it could take", "the catastrophe could lead"),
             ("warned BP that it would have to pay",))):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT type, summary FROM events")
        for words in forecasts:
            assert not [r for r in rows if words in r["summary"] and r["type"] == "THREATEN"], words
        for words in threats:
            assert [r for r in rows if words in r["summary"] and r["type"] == "THREATEN"], (words, [r for r in rows if words in r["summary"]])


def test_an_act_weighed_or_put_forward_is_not_done(tmp_path: Path) -> None:
    """LibyaWar_cnn: "The United Nations Security Council considered imposing a no-fly zone over Libya" (COERCE, as
    done), "The United States has also been reluctant to consider using force alone" (FIGHT: "not an event" in a
    thirtieth-session draw), "Chavez proposed sending an international committee to Libya" (AID), "David Cameron has
    not ruled out arming the Libyan opposition" (AID). A gerund that a verb weighs, proposes, backs or rules out names an
    act not done; the proposal itself stays ("proposed" is an offer)."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("14", "164", "24", "196"))
    rows = store.query("SELECT type, summary FROM events")
    for words, etype in (("considered imposing a no-fly zone", "COERCE"), ("reluctant to consider using force", "FIGHT"),
                         ("proposed sending an international committee", "AID"), ("not ruled out arming", "AID")):
        assert not [r for r in rows if words in r["summary"] and r["type"] == etype], (words, etype)
    assert [r for r in rows if "Chavez proposed sending" in r["summary"] and r["type"] in ("AGREE", "STATEMENT")], rows


def test_blows_and_restrictions_are_no_protest(tmp_path: Path) -> None:
    """PLOVER's PROTEST verbs ("strike", "block", "stage") typed nearly every PROTEST event of LibyaWar_cnn and
    bpoil_guardian wrongly: "NATO said it had struck a government vehicle storage facility", "The U.S. conducted missile
    strikes overnight", "The U.S. alone has blocked access to at least $30 billion in Libyan government assets", "The
    White House blocked government scientists from warning ...", "The White House ... staged a high-profile event"
    ("wrong type" in this session's draws), "The company had struck oil in April". With no crowd doing them a strike is
    force, a blocking a restriction, a staged event or a struck find no act (no PROTEST: NATO's strike is told here as
    its statement); "Libyans took to the streets" stays a protest."""
    for topic, uids, expected in (
            ("LibyaWar_cnn", ("139", "376", "129", "224"), {
                "had struck a government vehicle storage": None, "conducted missile strikes overnight": "FIGHT",
                "has blocked access to at least": "COERCE", "Libyans took to the streets": "PROTEST"}),
            ("bpoil_guardian", ("754", "186", "1029"), {
                "blocked government scientists from warning": "COERCE", "staged a high-profile event": None,
                "had struck oil in April": None})):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT type, summary FROM events")
        for words, etype in expected.items():
            types = {r["type"] for r in rows if words in r["summary"]}
            assert (etype in types) if etype else ("PROTEST" not in types), (words, types)


def test_a_private_worry_is_no_statement(tmp_path: Path) -> None:
    """LibyaWar_cnn: "Mohamed was worried about his family's safety, having heard rumors of rebels attacking
    dark-skinned Libyans" (a STATEMENT: "not an event, a state of mind" in this session's draw); bpoil_guardian: "Cooper
    is worried they may give up on shrimping". A worry no one voiced, felt by a person given no title, is no
    statement; a concern said or felt by a country stays ("Germany says it is concerned about a protracted military
    conflict", "Clinton said the United States was “deeply concerned”")."""
    for topic, uids, felt, voiced in (
            ("LibyaWar_cnn", ("368", "165", "188"), "was worried about his family's safety",
             ("Germany says it is concerned", "the United States was “deeply concerned”")),
            ("bpoil_guardian", ("508",), "Cooper is worried they may give up", ())):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT type, summary FROM events")
        assert not [r for r in rows if felt in r["summary"]], felt
        for words in voiced:
            assert [r for r in rows if words in r["summary"] and r["type"] == "STATEMENT"], words


def test_an_act_wished_or_weighed_through_a_misparse_or_a_list_is_not_done(tmp_path: Path) -> None:
    """LibyaWar_cnn: "Clinton said the ultimate goal for the U.S. was to see Libya's president cede power" was a RETREAT
    by Libya (the parse hung "cede" on "power" as a compound, out of the reach of the wish rule: "not an event" in this
    session's draw), and "[Obama] “won't take (the) decision lightly” on whether to use military force, including
    helping to enforce a no-fly zone" an AID by Obama (the act one of those "whether to use military force" weighs).
    A bare verb hung on a noun is a small clause of the verb above it; an act "including" names is as done as the one
    it is part of."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("157", "373"))
    rows = store.query("SELECT type, summary FROM events")
    assert not [r for r in rows if "cede power" in r["summary"] and r["type"] == "RETREAT"], rows
    assert not [r for r in rows if "including helping to enforce" in r["summary"] and r["type"] == "AID"], rows


def test_an_attack_in_words_is_a_censure(tmp_path: Path) -> None:
    """bpoil_guardian: "Democratic strategist James Carville attacked Obama this morning for retaining his customary
    cool" was an ASSAULT ("wrong type" in this session's draw: it reads as violence), as was "Hayward ... is attacked
    afterwards for his refusal to answer many of the questions". An attack on a person by a person, or for what someone
    did, is a censure; forces attacking a town stay an assault (LibyaWar_cnn: "Gadhafi's forces attacked Misrata by
    sea")."""
    store = _t17_store(tmp_path, "bpoil_guardian", ("791", "985"))
    rows = store.query("SELECT type, summary FROM events")
    for words in ("Carville attacked Obama", "is attacked afterwards for his refusal"):
        types = {r["type"] for r in rows if words in r["summary"]}
        assert types and "ASSAULT" not in types and "DISAPPROVE" in types, (words, types)
    rows = _t17_store(tmp_path, "LibyaWar_cnn", ("259",)).query("SELECT type, summary FROM events")
    assert [r for r in rows if "forces attacked Misrata by sea" in r["summary"] and r["type"] in ("ASSAULT", "FIGHT")], rows


def test_a_view_of_a_thing_is_no_demand_and_a_warned_expectation_no_threat(tmp_path: Path) -> None:
    """bpoil_guardian: "Hayward insisted that the leaked oil and the estimated 400,000 gallons of dispersant ... should
    be put in context" was Hayward's DEMAND, and "Swiss bank UBS warned shareholders that it did not expect the company
    to resume paying dividends until 2012" a THREATEN (both "not an event" in this session's second draw: a view told
    with a verb of saying). What a thing should undergo is a view, not a demand of anyone; a warning that says what one
    expects is a view, given to someone or not. "Obama warned: BP is going to be paying for the damage" stays a
    threat."""
    store = _t17_store(tmp_path, "bpoil_guardian", ("717", "866", "1141"))
    rows = store.query("SELECT type, summary FROM events")
    assert not [r for r in rows if "should be put" in r["summary"] and r["type"] == "DEMAND"], rows
    assert not [r for r in rows if "UBS warned shareholders" in r["summary"] and r["type"] == "THREATEN"], rows
    assert [r for r in rows if "BP is going to be paying" in r["summary"] and r["type"] == "THREATEN"], rows


def test_a_state_or_an_alliance_bombing_is_military_force(tmp_path: Path) -> None:
    """LibyaWar_cnn: "NATO began bombing Libya on March 19" was an ASSAULT and "NATO began bombarding Libya on March 19"
    a FIGHT: one act on the top of the story's timeline twice, under two types. Bombing by a state, a people or a body
    (NATO, the United States) is conventional military force, as bombarding is."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("118",))
    rows = store.query("SELECT type, summary FROM events")
    found = {r["type"] for r in rows if "NATO began bombing Libya" in r["summary"]}
    assert found == {"FIGHT"}, (found, rows)


def test_sums_words_sent_and_forecasts_are_no_blows_or_aid(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), judged in the event draws of seeds 3601 and 3602: "the financial costs on the United States,
    which has already hit $550 million" was a FIGHT by the United States (and stood near the top of the timeline), "is
    shelling out a total of $53.5 million in emergency assistance" a FIGHT, "a speech delivered Sunday by Saif al-Islam
    Gadhafi" and "A letter Speaker John Boehner sent to President Obama" AID, a video caption "Gadhafi talks about Osama
    bin Laden" a CONSULT, and Gorbachev "is warning that Libyan leader Moammar Gadhafi could be forced out" a THREATEN.
    A sum reached or spent is no blow, words delivered or sent are a statement, a caption's bare present is no act, and a
    warning of what may befall someone is an assessment; a sum blocked stays a restriction, and a threat of what will be
    done stays a threat."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("339", "118", "106", "113", "358", "357", "129", "255"))
    rows = store.query("SELECT type, summary FROM events")

    def types(words: str) -> set[str]:
        return {r["type"] for r in rows if words in r["summary"]}

    assert not types("has already hit $550 million"), types("has already hit $550 million")
    assert not types("shelling out a total of $53.5 million"), types("shelling out")
    spoken = types("speech delivered Sunday by Saif al-Islam Gadhafi")
    assert "STATEMENT" in spoken and "AID" not in spoken, spoken
    assert "AID" not in types("letter Speaker John Boehner sent"), types("letter Speaker John Boehner sent")
    assert not types("Gadhafi talks about Osama bin Laden"), types("talks about Osama")
    assert "THREATEN" not in types("Gorbachev is warning"), types("Gorbachev is warning")
    assert "COERCE" in types("has blocked access to at least"), types("has blocked access to at least")
    assert "THREATEN" in types("will be executed"), [r for r in rows if "executed" in r["summary"]]


def test_a_possessed_office_is_not_the_office_named_before(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 23, a roundup of evacuations country by country: "The president's office is sending an EgyptAir
    plane to Tripoli" (South Korea's) had the actor "Foreign & Commonwealth Office", the office a paragraph before
    ("wrong actor" in the event draw of seed 3601). A "the" that belongs to a possessor ("The president's office") makes
    no definite description of the head noun; with no actor it names, the act is no event of a known party."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("23",))
    rows = store.query("SELECT e.summary, n.name FROM events e LEFT JOIN entities n ON n.id = e.actor")
    assert rows
    actors = {r["name"] for r in rows if "EgyptAir plane" in r["summary"]}
    assert not any(a and "Office" in a for a in actors), actors


def test_a_texts_terms_and_what_one_became_are_no_acts(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), judged "not an event" in the event draw of seed 3601: "The U.N. authorization establishes a ban
    on all flights in Libyan airspace" (a SUPPORT by the authorization) and "Gadhafi soon established himself as one of
    America's most vocal, and flamboyant, enemies" (a SUPPORT by Gadhafi of himself). A text's terms in the simple
    present are no act of a day, nor is what one made oneself into; a chronology's present stays an act."""
    from storyline.analyse.events.candidates import find_candidates
    from storyline.nlp import load_nlp

    nlp = load_nlp()
    for sentence, trigger in (("The U.N. authorization establishes a ban on all flights in Libyan airspace.", "establishes"),
                              ("Gadhafi soon established himself as one of America's most vocal, and flamboyant, enemies.", "established"),
                              ("The resolution calls for an immediate ceasefire.", "calls")):
        doc = nlp(sentence)
        assert not [c for s in doc.sents for c in find_candidates(s) if doc[c.trigger].text == trigger], sentence
    doc = nlp("NATO launches a missile attack on a house in Tripoli.")
    assert [c for s in doc.sents for c in find_candidates(s) if doc[c.trigger].text == "launches"]
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("292",))
    assert not [r for r in store.query("SELECT summary FROM events") if "authorization establishes" in r["summary"]]


def test_a_war_is_no_belligerent_and_ties_held_are_no_act() -> None:
    """LibyaWar_cnn (dev), judged "not an event" in the event draw of seed 3602 and read in 3601's: "Libya's war has forced
    out 215,000 people" (a FIGHT by Libya's war) and "[Abdul Fattah Younis] or those close to him had ongoing ties to
    Gadhafi" (a SUPPORT). A war or an unrest that does something is no belligerent (an incident, as a quake is), and ties
    one has are a relation held, and what a war "had forced out" "as of Thursday morning" a running total (the rule's
    first form made it a dated incident); ties restored stay an act."""
    from storyline.analyse.events.candidates import find_candidates
    from storyline.nlp import load_nlp

    nlp = load_nlp()

    def types(sentence: str, trigger: str) -> set[str]:
        doc = nlp(sentence)
        return {c.type for s in doc.sents for c in find_candidates(s) if doc[c.trigger].text == trigger}

    assert types("Libya's war has forced out 215,000 people, many of them poor migrant workers.", "forced") <= {"INCIDENT"}
    assert not types("As of Thursday morning, the war had forced out nearly 250,000 people, many of them poor migrant workers.",
                     "forced")  # a running total as of a day
    assert not types("Abdul Fattah Younis or those close to him had ongoing ties to Gadhafi, the official said.", "had")
    assert types("The United States restored ties with Libya in 2006.", "restored") == {"SUPPORT"}


def test_what_is_fired_is_the_weapon_not_the_target() -> None:
    """LibyaWar_cnn (dev), the event draw of seed 3611 (wrong actor): "NATO warplanes belonging to the United Kingdom's
    Royal Air Force fired Paveway guided bombs and destroyed two main battle tanks" had the target Paveway. What a firing
    verb fires is the weapon; missiles launched at a target are force, one launched at no one (a test, into the sea)
    stays a show of force."""
    from storyline.analyse.events.candidates import find_candidates
    from storyline.nlp import load_nlp

    nlp = load_nlp()

    def found(sentence: str, trigger: str) -> list[tuple[str, str | None]]:
        doc = nlp(sentence)
        return [(c.type, doc[c.target[0] : c.target[1]].text if c.target else None)
                for s in doc.sents for c in find_candidates(s) if doc[c.trigger].text == trigger]

    fired = found("NATO warplanes belonging to the United Kingdom's Royal Air Force fired Paveway guided bombs and destroyed "
                  "two main battle tanks.", "fired")
    assert fired and all(target is None or "Paveway" not in target for _, target in fired), fired
    assert found("Gadhafi forces fired rockets at Misrata on Sunday.", "fired") == [("FIGHT", "Misrata")]
    assert {t for t, _ in found("The U.S. launched 110 Tomahawk missiles at Libyan air defenses on Saturday.", "launched")} == {"FIGHT"}
    assert {t for t, _ in found("North Korea launched a ballistic missile into the sea on Sunday.", "launched")} == {"MOBILIZE"}
    # the draw of seed 3642 (wrong actor): "The U.S. Navy launched four Harrier “jump jets” from the USS Kearsarge" had
    # the target USS Kearsarge; where the craft left and the craft themselves are no target, nor missiles fired
    assert found("The U.S. Navy launched four Harrier jump jets from the USS Kearsarge, an amphibious assault ship.",
                 "launched") == [("MOBILIZE", None)]
    assert found("The missiles were fired from the USS Barry on Saturday.", "fired") == [("FIGHT", None)]
    assert found("The rebels launched an offensive on Brega.", "launched") == [("FIGHT", "Brega")]


def test_a_place_before_a_parenthetical_saying_places_the_words() -> None:
    """LibyaWar_cnn (dev), the event draw of seed 3611 (not an event: an assessment told with a verb of saying): "In
    Libya, Vandewalle said, there is nothing beyond Gadhafi and his close circle" was a placed remark (a STATEMENT). A
    place before a saying set off by commas is the place of the words; "In Washington, Clinton said ..." and "told
    reporters at Camp David" still place the remark."""
    from storyline.analyse.events.candidates import find_candidates
    from storyline.nlp import load_nlp

    nlp = load_nlp()

    def said(sentence: str, trigger: str) -> list[str]:
        doc = nlp(sentence)
        return [c.type for s in doc.sents for c in find_candidates(s) if doc[c.trigger].text == trigger]

    assert not said("In Libya, Vandewalle said, there is nothing beyond Gadhafi and his close circle.", "said")
    assert said("In Washington, Secretary of State Hillary Clinton said the United States was deeply concerned.", "said") == ["STATEMENT"]
    assert said("Obama told reporters at Camp David that he had ordered the Navy to the Gulf.", "told") == ["STATEMENT"]
    # (what a thing is doing, "that the mission was succeeding", is an assessment: see the test of things told below)


def test_an_act_an_adverb_sets_before_the_report_takes_no_day_of_the_report(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "Moussa Koussa, recently fled to London and announced his resignation" (the adverb on the
    first of two joined verbs) and "the United States recently recognized the council" (joined to the United Kingdom's
    recognition "on Wednesday") were shown on the page's day and on the joined verb's (judged wrong date in the event
    draws of seeds 3612 and 3642): the text says only that they happened some time before. The United Kingdom's act
    keeps its Wednesday, the Treasury's its Monday; a present perfect keeps the page's day ("France has acknowledged
    arming the rebels": the BBC tells the day's news so, "The Queen has sent a message to Haiti's president")."""
    events = _t17_store(tmp_path, "LibyaWar_cnn", ("32", "236", "141")).rows("events")
    assert _dates(events, "recently fled to London and announced his resignation")[0] is None
    assert _dates(events, "The United States recently recognized the council")[0] is None
    assert _dates(events, "The United Kingdom on Wednesday recognized")[0] == "2011-07-27"
    assert _dates(events, "Treasury Department lifted the freeze")[0] == "2011-04-04"
    assert _dates(events, "France has acknowledged arming the rebels")[0] == "2011-07-06"


def test_a_day_after_a_saying_and_a_lede_day_far_from_the_page_date(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), the timeline draws of seeds 3701 (wrong date, twice): "Another U.S. State Department source
    said Sunday the United States was deeply concerned about her well-being" (a page of Monday 2011-06-06) was shown on
    the Monday: with no "that" the parse hangs "Sunday" on the said clause, and the concern, an adjective, never reached
    the saying's day. A day written right after a verb of saying is the saying's. And a page dated Tuesday 2011-02-22
    whose lede reads "Libya's interior minister said Wednesday he has quit" had every undated saying on the Wednesday
    before (2011-02-16), Gadhafi's threat of that Tuesday's speech included: a lede's day more than two days from the
    page's is no reporting day of the page."""
    events = _t17_store(tmp_path, "LibyaWar_cnn", ("160", "362")).rows("events")
    assert _dates(events, "Another U.S. State Department source said Sunday the United States was deeply concerned")[0] == "2011-06-05"
    assert _dates(events, "Gadhafi said people found to be cooperating with outside forces")[0] == "2011-02-22"


def test_a_speakers_day_goes_on_through_the_sentences_that_continue_it(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), the timeline draws of seeds 3701 and 3702 (wrong date in both): "Speaking to reporters after
    his meeting with Lavrov, Shalgam said Monday that ... “We have agreed to remain in contact ...,” he said. Shalgam
    reiterated that ... and insisted on the immediate resignation of leader Moammar Gadhafi." The demand was shown on the
    page's Tuesday: the sentence that gave Monday holds no act, so it was never read for its sayings' days, and a day
    went on for one sentence only. Every body sentence now dates its sayings, the sentences that go on from the same
    speaker hand the day on, and a saying joined to a dated one with no subject of its own ("and insisted") shares it."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("375",))
    demand = [e for e in store.rows("events") if "insisted on the immediate resignation" in e["summary"]]
    assert [e["date"] for e in demand] == ["2011-05-23"], demand


def test_a_bodys_report_of_its_own_peoples_act_and_a_worry_for_ones_kin(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), the timeline draws of seeds 3711 and 3712: "French jets fired air-to-ground missiles on a
    Libyan combat aircraft Thursday ..., the French Defense Ministry said" was the ministry accusing "French" (wrong
    actor, twice): a body named for a people tells what its own people did. "She also said she was worried about her
    other daughter", "Ahmed said she was also concerned for the safety of her other daughter" and "Al-Obeidy, who ... is
    concerned about the health of her father" were statements of concern (not an event, three times): a worry for one's
    own kin is a private feeling, said or not. A country's concern stays a statement (the seeds' checks)."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("237", "370", "319", "342"))
    events = store.rows("events")
    jets = [e for e in events if e["summary"].startswith("French jets fired air-to-ground missiles")]
    assert jets and all(e["type"] == "STATEMENT" and e["target"] is None for e in jets), jets
    assert not [e for e in events if "other daughter" in e["summary"] or "health of her father" in e["summary"]]


def test_the_office_last_spoken_of_is_the_unnamed_one(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), the timeline draws of seeds 3701 and 3711 (wrong actor, twice): "The Canadian foreign affairs
    office said a flight chartered by the government will leave Tripoli ... “All Canadian citizens wishing to leave
    Libya on this flight should arrive at the airport ...,” the office said." was the Foreign & Commonwealth Office's
    demand, the last name ending in "Office" before it. A description is that name only when no nearer, unnamed
    noun of its kind stands between them; Britain's own acts in the article keep the Foreign Office."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("23",))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    events = store.rows("events")
    office = [e for e in events if names.get(e["actor"] or "") == "Foreign & Commonwealth Office"]
    assert office and not [e for e in office if "the office said" in e["summary"]], [e["summary"] for e in office]


def test_no_date_handed_past_a_clause_with_its_own_time_or_across_a_contrast(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), the timeline draw of seed 3711 (wrong date, twice): "The LIFG fought the Gadhafi regime in the
    1990s, but formally ended its campaign ... two years ago, and repudiated al Qaeda" had the repudiation in the 1990s
    (the parse joins it to "ended", whose time the tagger hangs lower, and the walk went on to "fought"); "While France
    has recognized the National Transitional Council ..., the European Union was more restrained Friday" had France's
    recognition on the Friday. A joined verb whose clause holds a time of its own hands on no older one, and a perfect
    set against an act with "while" is a contrast, not the same time."""
    events = _t17_store(tmp_path, "LibyaWar_cnn", ("71", "373")).rows("events")
    assert set(_dates(events, "repudiated al Qaeda")) == {None}
    assert set(_dates(events, "France has recognized the National Transitional Council")) == {None}


def test_a_participle_describing_a_noun_is_no_event_when_its_words_are_no_sentence(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev), the timeline draws of seeds 3711 and 3712 (garbled, twice): "The African Union's special
    committee on Libya, established in March, will convene in Pretoria" gave the event "The African Union's special
    committee on Libya, established in March": a participle describing a noun, dated by its own "in March", whose words
    are a noun phrase. It is no event when its words hold no finite verb; the convening stays, and the seeds' "The
    defense pact ..., signed on Wednesday, commits both nations ..." (its words a sentence) stays an agreement."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("205",))
    summaries = [e["summary"] for e in store.rows("events")]
    assert "The African Union's special committee on Libya, established in March" not in summaries, summaries
    assert [s for s in summaries if "will convene in Pretoria" in s], summaries


def test_a_past_perfect_a_report_tells_takes_not_the_reports_day(tmp_path: Path) -> None:
    """bpoil_guardian (dev), the timeline draw of seed 3741 (wrong date, twice): "Obama ... told reporters he had asked
    Svanberg to keep in mind that many in Louisiana were still struggling" was shown on the page's day, as was "a BP
    official who said the firm had ignored warnings ahead of the disaster": an act in the past perfect that a saying
    reports happened before the saying, so the saying's day (here the page's) is not handed to it."""
    events = _t17_store(tmp_path, "bpoil_guardian", ("772", "651")).rows("events")
    assert set(_dates(events, "he had asked Svanberg")) == {None}
    assert set(_dates(events, "had ignored warnings ahead of the disaster")) == {None}


def test_a_relative_clause_whose_words_are_a_noun_phrase_is_no_event(tmp_path: Path) -> None:
    """bpoil_guardian (dev), the timeline draws of seeds 3741 and 3742 (garbled): "The ombudsman the company set up in
    2006" and "The Washington DC hotel where Mark Bly BP's head of safety and operations is giving a briefing" were
    events whose words are a noun phrase and the clause describing it. As with a participle, such words with no finite
    verb outside the describing clause are no event; the sentence's own act ("Suzanne has just arrived at the ...
    hotel") stays."""
    store = _t17_store(tmp_path, "bpoil_guardian", ("712", "1134"))
    summaries = [e["summary"] for e in store.rows("events")]
    assert not [s for s in summaries if s.startswith(("The ombudsman the company set up", "The Washington DC hotel where"))]
    assert [s for s in summaries if s.startswith("Suzanne has just arrived")], summaries


def test_an_infinitive_describing_a_thing_is_still_to_come(tmp_path: Path) -> None:
    """Sampled "wrong mode" class (bpoil_reuters, dev, seed 3821): "The reports come ahead of a final report, to be
    released January 11, by the National Commission ..." was shown done on January 11 from a page of January 4. An
    infinitive describing a thing, or a passive one set off beside it, is what is still to happen; a rank's infinitive
    ("the first country to recognize the council") tells what was done, an attempt's what was tried (a PLOVER GSR dev
    record, "An attempt to assassinate ... was thwarted", had turned THREATEN with the first form)."""
    from storyline.analyse.events.candidates import _mode

    attempt = load_nlp()("An attempt to assassinate deputy governor of the Tyumen region, Oleg Chemezov, was thwarted.")
    assert _mode(next(t for t in attempt if t.text == "assassinate"))[0] == "asserted"  # (PLOVER GSR dev): tried
    store = _reuters_store(tmp_path, ("424",))
    events = store.rows("events")
    released = [e for e in events if "Released January 11" in e["summary"] or "released January 11" in e["summary"]]
    assert released and all(e["mode"] == "planned" for e in released), [(e["summary"], e["mode"]) for e in released]


def test_a_view_of_how_things_are_told_with_a_saying_is_no_event(tmp_path: Path) -> None:
    """Sampled "not an event" class (bpoil_washingtonpost, dev, seed 3822: assessments told with a verb of saying):
    "When a response of this size gets pulled together that quickly, things fall through the cracks, BP spokesman
    George Gigicos said" and "It kills them because it prevents them from feeding, said Professor James H. Cowan Jr."
    were dated statements. Told words in the simple present with no party named as the doer are a view of how things
    are; a witness's account in the present ("They tie up my husband, they rape me ...", LibyaWar_cnn 188) stays."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("1996", "1716"))
    summaries = [e["summary"] for e in store.rows("events")]
    assert not [s for s in summaries if "fall through the cracks" in s or "prevents them from feeding" in s], summaries
    libya = _t17_store(tmp_path / "ly", "LibyaWar_cnn", ("188",))
    assert [e for e in libya.rows("events") if "they rape me" in e["summary"]]


def test_the_copulas_auxiliary_is_the_acts_under_an_adjective() -> None:
    """Sampled "not an event" and "wrong mode" shapes (bpoil_washingtonpost 835, dev, seed 3822): "This operation should
    be able to capture most of the oil, Suttles said" was an asserted act. Under "able", "likely" or "ready", the
    copula's auxiliary is the act's ("should be able to": possible; "will be able to": planned), and "is likely to"
    is a likelihood; "were able to capture the town" was done."""
    from storyline.analyse.events.candidates import _mode

    def mode(text: str, verb: str) -> str:
        doc = load_nlp()(text)
        return _mode(next(t for t in doc if t.text == verb))[0]

    assert mode("This operation should be able to capture most of the oil, Suttles said.", "capture") == "hypothetical"
    assert mode("BP is likely to cut its dividend, analysts said.", "cut") == "hypothetical"
    assert mode("The company will be able to pay the claims.", "pay") == "planned"
    assert mode("The rebels were able to capture the town on Sunday.", "capture") == "asserted"
    said = find_candidates(load_nlp()("This operation should be able to capture most of the oil, Suttles said."))
    assert not [c for c in said if c.type == "DEMAND"], said  # a forecast, no demand


def _typed_candidates(topic: str, uid: str, words: str, types: tuple[str, ...] | None = None) -> tuple[list[tuple[str, str]], str]:
    """The (trigger, type) of the event candidates of the Timeline17 (dev) sentence holding ``words`` (of ``types`` only,
    when given), and the sentence's text."""
    sent = _t17_sentence(topic, uid, words)
    return [(sent.doc[c.trigger].text, c.type) for c in find_candidates(sent) if types is None or c.type in types], sent.text


def _t17_sentence(topic: str, uid: str, words: str) -> Any:
    """The parsed sentence of a Timeline17 (dev) article that holds ``words``, cleaned through the product's JSONL path."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.model import RawDocument
    from storyline.pipeline import clean_document
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
    text = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json")).text
    at = text.index(words)
    doc = load_nlp()(text[max(0, at - 300) : at + 300])
    return next(s for s in doc.sents if words in s.text)


def test_an_assessment_told_at_a_place_is_no_event() -> None:
    """Sampled "not an event" class (bpoil_reuters 963 and 1064, dev, seed 3821): '“It's an important milestone,” Hayward
    said in Houston' and '“The impact of the spill are going to be felt for decades,” John Hocevar ... told Reuters in
    Louisiana' were STATEMENT events, remarks placed by where they were made. What they say is an assessment and a
    forecast, no act a timeline holds. A placed remark whose words tell an act stays ("told reporters at Camp David
    ... the United States would ..."); an infinitive that says what a thing named is for ("another way to do
    containment", fifty-ninth session) is no act of its own; nor is what goes on as before ("crews were still aiming
    ...") or what one is able to do ("The agency is only able to offer them basic medical care", sixtieth session)."""
    for uid, words in (("963", "an important milestone"), ("1064", "are going to be felt for decades"),
                       ("425", "All of the indications so far look very encouraging"),  # (seed 4051: a verb linking as "be")
                       ("764", "It is not expected to hurt current oil-capture systems"),  # (seed 4051: a forecast)
                       ("786", "I do feel that we have, for the first time, turned the corner"),  # (seed 4211: a view)
                       ("2149", "If you look at the video you can see plumes of oil"),  # (seed 4261: what anyone can see)
                       ("1904", "One is another way to do containment"),  # (seed 5901: what a way is for is no act)
                       ("1793", "crews were still aiming to finish drilling")):  # (seed 5901: what goes on as before)
        sent = _t17_sentence("bpoil_reuters", uid, words)
        remarks = [c for c in find_candidates(sent) if c.type == "STATEMENT"]
        assert not remarks, [(sent.doc[c.trigger].text, sent.text) for c in remarks]
    sent = _t17_sentence("haiti_bbc", "419", "only able to offer them basic medical care")  # (seed 6001: what one can do)
    assert not [c for c in find_candidates(sent) if c.type == "STATEMENT"], sent.text
    sent = _t17_sentence("bpoil_reuters", "1895", "They have imposed some regulations")
    assert any(sent.doc[c.trigger].lemma_ == "impose" for c in find_candidates(sent))
    sent = _t17_sentence("LibyaWar_cnn", "144", "We are going to establish law and order")  # a pledge, not a forecast
    assert [c.type for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "said"] == ["STATEMENT"]


def test_what_neither_party_did_is_no_event() -> None:
    """Sampled "not an event" class (bpoil_reuters 31, dev, seed 3821): "Neither Allen nor BP gave an estimate of how much
    oil is still flowing into the Gulf" was a STATEMENT, told as done. A subject that "neither" or "no" opens did not do
    it: the act is denied, as with "nobody" or "none"."""
    sent = _t17_sentence("bpoil_reuters", "31", "Neither Allen nor BP gave an estimate")
    gave = [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "gave"]
    assert all(c.mode == "denied" for c in gave), [(c.type, c.mode) for c in gave]


def test_a_deadline_or_an_end_is_not_when_the_act_was_done(tmp_path: Path) -> None:
    """Sampled "wrong date" class (bpoil_washingtonpost 131, 1150 and 1323, dev, seed 3822): "issued a flood warning ...
    from Friday until Sunday evening" was dated Friday to Sunday, "sent a letter ... demanding a briefing by Sept. 10"
    September 10, and "will ... suspend exploratory drilling in the Arctic until at least next year" 2011. A time after
    "until" ends what was done, and one after "by" under a demand is its deadline: neither is when the act was done. So
    is one after "by" under a vow, the "by" on its object too (bpoil_guardian 1279, timeline draw of seed 6202, wrong
    date: "She pledged legislation by August" was dated August, on a page of 10 June)."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("131", "1150", "1323")).rows("events")
    assert "2010-05-02" not in str(_dates(events, "issued a flood warning"))
    assert "2010-09-10" not in _dates(events, "sent a letter to Mariner Energy")
    assert "2011" not in _dates(events, "suspend exploratory drilling in the Arctic")
    events = _t17_store(tmp_path, "bpoil_guardian", ("1279",)).rows("events")
    assert "2010-08" not in _dates(events, "pledged legislation by August")
    sent = _t17_sentence("LibyaWar_cnn", "45", "By 1972, Gadhafi urged Muslims")  # when it was done by, set before the verb
    from storyline.analyse.events.dates import timex_attachment

    at = sent.text.index("1972") + sent.start_char
    assert timex_attachment(sent.doc, {"start": at, "end": at + 4}, set()) is not None


def test_a_saying_joined_to_a_things_state_is_the_sayers(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1687, timeline draw of seed 5542 (wrong actor, fifty-seventh session): "Louisiana Governor
    Bobby Jindal said the coast was in a “war to stop this oil” but also asked Obama to put a quick end to a drilling
    moratorium" stood as a demand of the Gulf Coast: the parse joined "asked" to the told state, whose subject is a
    thing no one speaks for. "Council members were upset ... and vowed to open an investigation, Dawaji said" stays the
    members' vow (LibyaWar_cnn)."""
    store = _t17_store(tmp_path, "bpoil_reuters", ("1687",))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    asked = [e for e in store.rows("events") if "asked Obama to put a quick end" in e["summary"]]
    assert asked and {names.get(e["actor"]) for e in asked} == {"Bobby Jindal"}, [(names.get(e["actor"]), e["summary"]) for e in asked]
    sent = next(iter(load_nlp()("Council members were upset upon seeing her condition and vowed to open an "
                                "investigation, Dawaji said.").sents))
    vowed = [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "vowed"]
    assert vowed and all(c.actor is not None and sent.doc[c.actor[0] : c.actor[1]].text == "Council members" for c in vowed)


def test_a_verb_joined_to_an_inner_attribution_is_the_told_subjects() -> None:
    """bpoil_washingtonpost (dev) 2043, timeline draw of seed 5542 (wrong actor, fifty-seventh session): "The president
    did not specify which recommendations he would adopt, Reilly said, and urged the panel members “to engage industry
    support ...”" stood as Reilly's demand: a verb joined to an attribution set inside told words goes on with their
    subject, the reporter only tells (as the quote finder and the ledger read it). After a speaker's own marked words it
    goes on with the speaker."""
    for text, verb, actor in (
            ("The president did not specify which recommendations he would adopt, Reilly said, and urged the panel "
             "members to engage industry support.", "urged", "The president"),
            ("“We will fight on,” Gadhafi said, and vowed to defeat the rebels.", "vowed", "Gadhafi")):
        sent = next(iter(load_nlp()(text).sents))
        found = [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == verb]
        assert found and all(c.actor is not None and sent.doc[c.actor[0] : c.actor[1]].text == actor for c in found), text


def test_a_duty_not_done_is_no_event_and_stays_a_charge(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 547 and 1653, timeline draw of seed 5542 (not an event, fifty-seventh session): "BP also
    failed to provide adequate safety training to North Sea staff ..., the Department of Energy and Climate Change said"
    and "... with initial findings suggesting the company failed to identify critical mistakes" stood as dated REJECT
    events: a duty not done is a finding, no act. The ledger keeps such a charge (1064: "Executives from other major oil
    companies ... saying BP had failed to adhere to industry standards ...")."""
    from storyline.views import claims_view

    store = _t17_store(tmp_path, "bpoil_reuters", ("547", "1653", "1064"))
    summaries = [e["summary"] for e in store.rows("events")]
    assert summaries and not [s for s in summaries if "failed to" in s], [s for s in summaries if "failed" in s]
    assert [c for c in claims_view(store)["items"] if c["statement"].startswith("BP had failed to adhere to industry")]
def test_a_time_an_act_moves_something_to_is_not_when_it_was_done(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 970, timeline draw of seed 5542 (wrong date, fifty-seventh session): "U.S. authorities on
    Friday modified and expanded the boundaries of the area closed to fishing ..., and extended restrictions for another
    10 days, to May 17" was dated May 17, the day the restrictions now run to; the act was done on Friday (May 7)."""
    events = _t17_store(tmp_path, "bpoil_reuters", ("970",)).rows("events")
    assert set(_dates(events, "extended restrictions for another 10 days")) == {"2010-05-07"}


def test_an_act_a_scheduled_trip_is_for_is_planned_and_the_worried_described_voice_nothing() -> None:
    """Sampled "wrong mode" class (bpoil_washingtonpost 1677 and 1542, dev, seed 3922): "On Monday, he is scheduled to go
    to Houston to talk to BP executives" was a talk done (the purpose infinitive "to talk" hung on "go", out of reach of
    "scheduled"), and "[Tony Hayward] planned to meet with local officials and others worried about the slick" a
    statement of concern (the parse hung "worried" on "planned"). An infinitive of purpose is as planned as the act it is
    for; a concern word right after the people it describes, with no subject of its own, is who they are."""
    sent = _t17_sentence("bpoil_washingtonpost", "1677", "scheduled to go to Houston to talk")
    talk = [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "talk"]
    assert talk and all(c.mode == "planned" for c in talk), [(c.type, c.mode) for c in talk]
    sent = _t17_sentence("bpoil_washingtonpost", "1542", "others worried about the slick")
    assert not [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "worried"]


def test_a_drive_or_a_pull_that_moves_no_one_away_is_no_act() -> None:
    """Sampled "not an event" class (bpoil_washingtonpost 743 and 1354, dev, seed 3952): "Kruse drove to his boat as
    usual" was a FIGHT and "Pointer pulled his SUV up to a dock in Fort Pierce" a RETREAT: the verbs' military senses
    (drive someone out, pull back). A drive that drives nothing is a journey; a pull with no leaving word ("out",
    "back", "from") leaves nowhere. "Forces loyal to Gadhafi pulled back from Ras Lanuf" stays a retreat (LibyaWar_cnn
    180)."""
    for uid, words, verb in (("743", "Kruse drove to his boat as usual", "drove"),
                             ("1354", "Pointer pulled his SUV up to a dock", "pulled")):
        sent = _t17_sentence("bpoil_washingtonpost", uid, words)
        assert not [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == verb], sent.text
    sent = _t17_sentence("LibyaWar_cnn", "180", "pulled back from Ras Lanuf")
    assert [c.type for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "pulled"] == ["RETREAT"]
    sent = _t17_sentence("LibyaWar_cnn", "35", "see Gadhafi driven out")  # someone driven out is no journey
    assert [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "driven"]


def test_time_given_to_act_is_a_deadline_not_aid() -> None:
    """Sampled "wrong type" class (bpoil_washingtonpost 2116, dev, seed 3922): "The Obama administration on Thursday gave
    BP officials 24 hours to provide a detailed description of what they will do" was AID, and "gave the company two
    days to come up with a fix" (bpoil_reuters 163) too: what is given is a span of time to act, a demand with a
    deadline. Money or aid given stays aid."""
    for topic, uid, words in (("bpoil_washingtonpost", "2116", "gave BP officials 24 hours to provide"),
                              ("bpoil_reuters", "163", "gave the company two days to come up with a fix")):
        sent = _t17_sentence(topic, uid, words)
        gave = [c.type for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "gave"]
        assert gave == ["DEMAND"], (words, gave)


def test_a_morning_papers_story_is_of_the_day_its_lede_tells(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 178, a page dated Friday 2010-06-18 whose lede is "The much-anticipated congressional
    hearing Thursday on the Gulf of Mexico oil spill came down to a single word: Sorry": "Barton said BP should be
    pursued through the legal system" and "Then, late in the afternoon, he apologized for his apology" were shown on the
    page's Friday (judged wrong date in the timeline draws of seeds 3922 and 3952). The lede's own act dated the day
    before the page sets the day of the story's undated sayings and of its bare "late in the afternoon"; a time the
    sentence states keeps its own day (the White House deal of "Wednesday"). (Since the forty-third session "Barton said
    BP should be pursued ..." is a view, no event: ``test_how_one_should_be_treated_is_no_demand``.)"""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("178",)).rows("events")
    assert set(_dates(events, "apologized for his apology")) == {"2010-06-17"}
    assert not [e for e in events if "should be pursued through the legal system" in e["summary"]], events


def test_a_lede_that_dates_nothing_leaves_the_day_to_the_first_dated_act(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 882, a page dated Friday 2010-04-30 whose lede (after a link line) dates its act
    only inside a clause ("Hours before the spill started washing ashore in Louisiana late Thursday, members of Congress
    issued new calls ..."): "Louisiana Gov. Bobby Jindal declared a state of emergency and mobilized National Guard
    troops", told after "On Thursday, Obama also called the governors of the five Gulf Coast states", was shown on the
    page's Friday (a judge's wrong date, timeline draw of seed 5302, fifty-third session). The first act the next
    sentences date, of the day before the page, is the story's day; what the text dates keeps its own day."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("882",)).rows("events")
    assert set(_dates(events, "declared a state of emergency")) == {"2010-04-29"}, _dates(events, "declared a state")
    assert set(_dates(events, "Obama also called the governors")) <= {"2010-04-29"}


def test_the_first_dated_act_may_be_done_to_efforts_to_act(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1125, a page dated Saturday 2010-05-01 whose lede dates nothing and whose fifth
    sentence tells Friday's act with its day hung on the infinitive ("Heavy winds and high tides impeded efforts to
    contain the growing slick on Friday"): Salazar's "He said later that he urged them to ..." was shown on the page's
    Saturday (a judge's wrong date in both timeline draws of the fifty-third session). The day is of what was done to
    the efforts, the day before the page: the story's day."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("1125",)).rows("events")
    assert set(_dates(events, "He said later that he urged them")) == {"2010-04-30"}, _dates(events, "urged them")


def test_a_view_told_with_a_verb_of_saying_is_no_event() -> None:
    """Sampled "not an event" class (bpoil_washingtonpost and bpoil_reuters, dev, seeds 3951 and 3952): "He said he was
    also worried that the oil contains traces of 'dispersants'" and "he said he was most concerned about the impact on
    the blue crabs" (one's own state of mind), "Young said he supported a military-style chain of command" and "the
    Coast Guard said it supported the barge project" (a view of a thing), "Graham said such a person should have a
    background of both science and management" and "the federal government must continue to be vigilant" (what someone
    ought to be or have) were events. A country's concern said, a party backed and an act demanded stay."""
    for topic, uid, words in (("bpoil_washingtonpost", "1716", "also worried that the oil contains"),
                              ("bpoil_washingtonpost", "1699", "most concerned about the impact on the blue crabs"),
                              ("bpoil_reuters", "557", "supported a military-style chain"),
                              ("bpoil_reuters", "557", "supported the barge project"),
                              ("bpoil_washingtonpost", "2072", "a background of both science"),
                              ("bpoil_washingtonpost", "1157", "must continue to be vigilant")):
        found, text = _typed_candidates(topic, uid, words, ("STATEMENT", "SUPPORT", "DEMAND"))
        assert not found, (found, text)
    kept = {s: [c.type for c in find_candidates(next(load_nlp()(s).sents))] for s in (
        "Germany says it is concerned about the violence.", "NATO said it supported the rebels.",
        "Obama said BP must pay for the damage.", "Clinton said Gadhafi must be held accountable.",
        "Abidi said he now supports the people and the revolution.",  # (LibyaWar_cnn: a side taken, an act backed,
        "Kaim said the Gadhafi government supports a cease-fire, but is working out certain details.",  # an act agreed)
        "Merkel also said Germany was supporting the NATO mission.",
        "Mubarak said the US must be ready to mediate between Israelis and Palestinians.")}  # (PLOVER GSR dev: an act asked)
    assert kept == {"Germany says it is concerned about the violence.": ["STATEMENT"],
                    "NATO said it supported the rebels.": ["SUPPORT"],
                    "Obama said BP must pay for the damage.": ["DEMAND"],
                    "Clinton said Gadhafi must be held accountable.": ["DEMAND"],
                    "Abidi said he now supports the people and the revolution.": ["SUPPORT"],
                    "Kaim said the Gadhafi government supports a cease-fire, but is working out certain details.": ["SUPPORT"],
                    "Merkel also said Germany was supporting the NATO mission.": ["SUPPORT"],
                    "Mubarak said the US must be ready to mediate between Israelis and Palestinians.": ["DEMAND", "CONSULT"]}, kept


def test_a_figure_a_naming_an_effect_and_a_texts_introduction_are_no_events() -> None:
    """Sampled "not an event" class (bpoil_reuters and bpoil_washingtonpost, dev, seeds 3921, 3951, 3952): "the company
    gave almost 39 percent more to Republicans than to Democrats" (a share), "Louisiana officials gave voice to rising
    frustration" (typed AID), "The new CEO called the Gulf oil spill a “wake-up call” for the entire industry" (typed
    DEMAND), "Obama's visit ... helped to dampen it" (an act's effect), "Following are remarks by President Barack Obama
    provided by the White House" (a transcript's introduction) and "“There's a chance that that schedule can be
    accelerated,” ... Allen told reporters in New Orleans" (a possibility) were events. Acts of the same verbs stay."""
    from storyline.analyse.events.linking import doc_candidates

    for topic, uid, words, trigger in (("bpoil_reuters", "1538", "gave almost 39 percent more", "gave"),
                                       ("bpoil_washingtonpost", "756", "gave voice to rising frustration", "gave"),
                                       ("bpoil_reuters", "1898", "wake-up call” for the entire industry", "called"),
                                       ("bpoil_reuters", "576", "helped to dampen it", "helped"),
                                       ("bpoil_reuters", "187", "Following are remarks by President Barack Obama", None),
                                       ("bpoil_reuters", "2110", "a chance that that schedule can be accelerated", "told")):
        doc = _t17_sentence(topic, uid, words).as_doc()
        found = [(doc[c.trigger].text, c.type) for _, cands in doc_candidates(doc) for c in cands
                 if trigger is None or doc[c.trigger].text == trigger]
        assert not found, (found, doc.text)
    calls = "Gadhafi called on his supporters to march -- unarmed -- to reclaim rebel-controlled cities and towns."
    kept = {s: [c.type for c in find_candidates(next(load_nlp()(s).sents))] for s in (
        "BP gave $20 billion to the fund.", "Obama called for a moratorium on drilling.", calls)}  # (LibyaWar_cnn)
    assert kept == {"BP gave $20 billion to the fund.": ["AID"], "Obama called for a moratorium on drilling.": ["DEMAND"],
                    calls: ["DEMAND"]}, kept


def test_a_calendar_date_before_a_noun_dates_the_occasion_not_the_act_about_it(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 369 and 1458: "The U.S. Coast Guard and the Bureau of Ocean Energy Management ... have
    been investigating the April 20 blowout" was dated 2010-04-20, and "The president's Oil Spill Commission ... is
    conducting an inquiry into the April 20 Deepwater Horizon disaster" 2011-04-20 (judged wrong date in the draw of
    seed 3922): "the April 20 blowout" names the occasion; the investigation is not of that day (an ongoing one with no
    day of its own is no timeline event). An act done in the occasion is of its day (1875: "He died in the April
    conflagration aboard the Deepwater Horizon oil rig")."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("369", "1458", "1875")).rows("events")
    for words, wrong in (("have been investigating the April 20 blowout", "2010-04-20"),
                         ("conducting an inquiry into the April 20 Deepwater Horizon disaster", "2011-04-20")):
        assert wrong not in [e["date"] for e in events if words in e["summary"]], words
    assert _dates(events, "He died in the April conflagration") == ["2010-04"]


def test_a_year_before_a_noun_dates_that_occasion(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1653: "BP's Alaska unit should have its criminal probation revoked ... because the company
    continued negligent behavior even after pleading guilty over its 2006 Prudhoe Bay pipeline spill" was dated 2006
    (judged wrong date in the timeline draw of seed 4021): a year written before the noun names the spill, as a
    calendar day does ("the April 20 blowout")."""
    events = _t17_store(tmp_path, "bpoil_reuters", ("1653",)).rows("events")
    assert "2006" not in [e["date"] for e in events if "continued negligent behavior" in e["summary"]]


def test_a_saying_in_the_present_perfect_is_not_of_the_pages_day(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1211: "Jeanne Pascal, a former EPA lawyer who until recently oversaw the review of BP's
    possible debarment, has said she initially supported taking such action but held off ..." was dated the page's
    day, 2010-07-05 (judged wrong date in the timeline draw of seed 4022): "has said" tells again what was said some
    time before."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("1211",)).rows("events")
    assert "2010-07-05" not in [e["date"] for e in events if "initially supported taking such action" in e["summary"]]


def test_a_figure_taken_or_moved_is_no_act_of_force() -> None:
    """Sampled "not an event" class (bpoil_reuters, dev, seed 4021): "its new containment cap system had captured 15,420
    barrels" (COERCE), "the amount of crude oil it sucked from the leak fell to 2,200 barrels" (FIGHT, then a
    spokesman's statement) and "was capturing more of the torrent of oil" are figures. Places taken and blows struck
    stay acts, counted or not."""
    for uid, words, trigger in (("1547", "had captured 15,420 barrels", "captured"),
                                ("1478", "sucked from the leak fell to 2,200 barrels", "fell"),
                                ("1609", "was capturing more of the torrent", "capturing"),
                                # seed 4051: an object two verbs share, a market's index driven
                                ("1026", "collected or burned off 23,725 barrels", "burned"),
                                ("1485", "drove the equipment sector index higher", "drove")):
        sent = _t17_sentence("bpoil_reuters", uid, words)
        found = [c.type for c in find_candidates(sent) if sent.doc[c.trigger].text == trigger]
        assert not found, (found, sent.text)
    placed = _t17_sentence("bpoil_reuters", "1026", "collected or burned off 23,725 barrels")  # "In the Gulf, BP said
    assert not find_candidates(placed), placed.text  # ...": a figure told at a place is no placed remark either
    banned = "Britain banned more than a decade ago some formulations of the dispersant."  # (bpoil_washingtonpost)
    closed = "Louisiana has shut down 76 percent of the 2.1 million acres of water where oysters are harvested."
    kept = {s: [c.type for c in find_candidates(next(load_nlp()(s).sents))] for s in (
        "Rebels captured most of the city.", "NATO hit 20 targets in Tripoli.", "Gadhafi forces seized 20 tanks.",
        "Tripoli fell to the rebels.", banned, closed, "Rebels captured and burned Brega.")}
    assert kept == {"Rebels captured most of the city.": ["COERCE"], "NATO hit 20 targets in Tripoli.": ["FIGHT"],
                    "Gadhafi forces seized 20 tanks.": ["COERCE"], "Tripoli fell to the rebels.": ["FIGHT"],
                    banned: ["COERCE"], closed: ["COERCE"], "Rebels captured and burned Brega.": ["COERCE", "COERCE"]}, kept


def test_what_one_has_and_a_speakers_motive_are_no_statements() -> None:
    """Sampled "not an event" class (bpoil_reuters, dev, seed 4021): "In the New Orleans suburb of Belle Chasse,
    oysterman Kuzma Tesvich said he had had high hopes for 2010" (a placed remark of what he had) and "Concerned about
    the damage to tourism, Mississippi Governor Haley Barbour said ... that his state's beaches have only a few tar
    balls" (a concern opening the saying: why he says it) were statements. A placed remark with an act in what one has
    ("a plan to stop the leak") stays."""
    for uid, words in (("2033", "oysterman Kuzma Tesvich said he had had high hopes"),
                       ("430", "Concerned about the damage to tourism, Mississippi")):
        found, text = _typed_candidates("bpoil_reuters", uid, words, ("STATEMENT",))
        assert not found, (found, text)
    kept = [c.type for c in find_candidates(next(load_nlp()("“We have a plan to stop the leak,” Hayward told reporters in "
                                                             "Houston.").sents))]
    assert kept == ["STATEMENT"], kept


def test_words_delivered_are_statements_and_a_bill_sent_is_a_demand() -> None:
    """bpoil_washingtonpost (dev), read on the summary timeline of a rebuilt store: "Rep. Tom Cole (R-Okla.) delivered
    the startling revelation last week that ..." (546) and "Interior Secretary Ken Salazar is set to deliver a safety
    review of offshore drilling to President Obama" (1992) were AID; "The Coast Guard sent BP a bill Thursday for $69
    million" (701) was AID too. A revelation, a review or a report delivered is words given; a bill sent asks for
    payment. Aid and goods sent stay aid."""
    for uid, words, trigger, wanted in (("546", "delivered the startling revelation", "delivered", "STATEMENT"),
                                        ("1992", "is set to deliver a safety review", "deliver", "STATEMENT"),
                                        ("701", "sent BP a bill Thursday", "sent", "DEMAND")):
        sent = _t17_sentence("bpoil_washingtonpost", uid, words)
        found = [c.type for c in find_candidates(sent) if sent.doc[c.trigger].text == trigger]
        assert found == [wanted], (found, sent.text)
    kept = [c.type for c in find_candidates(next(load_nlp()("BP delivered 10,000 barrels of fuel to the Navy.").sents))]
    assert kept == ["AID"], kept


def test_a_participle_after_a_feared_act_is_as_possible_as_it() -> None:
    """bpoil_washingtonpost (dev) 856, read on the briefing of a rebuilt store: "Now residents worry that a hurricane will
    drench the area with oil this summer, killing the root structure that keeps the very earth together" was a done
    INCIDENT of summer 2010. A participle set after the act it tells more of is as done, planned or possible as that
    act, and what one fears will happen is as possible as a forecast. An attack's "killing 10 soldiers" stays done."""
    sent = _t17_sentence("bpoil_washingtonpost", "856", "Now residents worry that a hurricane will drench")
    modes = [c.mode for c in find_candidates(sent) if sent.doc[c.trigger].text == "killing"]
    assert modes == ["hypothetical"], modes
    done = [(c.type, c.mode) for c in find_candidates(next(load_nlp()("Rebels attacked Brega on Monday, killing 10 soldiers.").sents))]
    assert done == [("ASSAULT", "asserted"), ("ASSAULT", "asserted")], done
    # bpoil_reuters (dev, seed 4031: wrong mode): a trip announced, its visits planned with it; a promise made while
    # seeking something is made, not sought
    trip = [c.mode for c in find_candidates(next(load_nlp()("Obama will make his fourth trip to the Gulf, visiting Alabama.").sents))]
    assert trip == ["planned", "planned"], trip
    promise = [c.mode for c in find_candidates(next(load_nlp()(
        "Feinberg sought to distance himself from that process, promising more generous treatment.").sents))]
    assert promise == ["asserted"], promise
    toured_modes = [c.mode for c in find_candidates(next(load_nlp()(
        "As he and other tribal leaders toured the U.S. Gulf Coast for signs of the BP oil spill, they worried that what's "
        "happening now in Louisiana could happen if offshore drilling proceeds off the Alaskan coast.").sents)) if c.type == "CONSULT"]
    assert toured_modes == ["asserted"], toured_modes  # (bpoil_reuters: the tour is no part of what they feared)


def test_a_laws_year_is_no_date_of_an_act(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1393: "The Justice Department will examine the companies' actions for violations under the
    Clean Water Act, ... and the Oil Pollution Act of 1990" was dated 1990 (judged wrong date in the timeline draw of
    seed 4031): the year is part of the law's name, which the tagger gives without it."""
    events = _t17_store(tmp_path, "bpoil_reuters", ("1393",)).rows("events")
    assert "1990" not in [e["date"] for e in events if "will examine the companies' actions" in e["summary"]]


def test_a_law_passed_is_of_the_year_its_name_gives(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1830: "Congress passed the Oil Pollution Act of 1990, requiring companies ..." lost its
    year when a law's year stopped dating acts (a009051); a law passed, enacted or adopted is of the year its name
    gives."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("1830",)).rows("events")
    assert "1990" in _dates(events, "Congress passed the Oil Pollution Act of 1990")


def test_a_date_set_before_a_before_clause_dates_the_main_act() -> None:
    """Sampled "wrong date" class (bpoil_washingtonpost 1059, dev, seed 4052): "On April 16, four days before the
    Deepwater Horizon exploded in a fireball, one of the two “company men” ... boarded a helicopter" dated the blast
    April 16: the parse hangs the date on the "before" clause. Written ahead of the clause's mark, it is the boarding's."""
    from storyline.analyse.events.dates import timex_attachment

    sent = _t17_sentence("bpoil_washingtonpost", "1059", "four days before the Deepwater Horizon exploded")
    at = sent.text.index("April 16") + sent.start_char
    verb = timex_attachment(sent.doc, {"start": at, "end": at + 8}, set())
    assert verb is not None and sent.doc[verb].lower_ == "boarded", verb and sent.doc[verb].text


def test_a_restrictive_relative_clause_reads_as_its_nouns_act(tmp_path: Path) -> None:
    """Sampled "garbled" class (bpoil_reuters 1846 and 224, dev, seed 4051): "The 11 workers who died in the April 20
    Deepwater Horizon rig blast" and "One Taiwanese vessel that arrived this week" were shown as noun phrases with no
    verb of their own. The relative word goes: the noun, a gap, then its act."""
    summaries = [r["summary"] for r in _t17_store(tmp_path, "bpoil_reuters", ("1846", "224")).query("SELECT summary FROM events")]
    died = [s for s in summaries if "11 workers" in s and "died" in s]
    assert died and not [s for s in died if "who died" in s], died
    arrived = [s for s in summaries if "Taiwanese vessel" in s and "arrived" in s]
    assert not [s for s in arrived if "that arrived" in s], arrived
    # bpoil_washingtonpost 1949: "a pattern of the company intimidating workers who raised safety ... concerns" (one noun
    # phrase in the parse) must not read "the company intimidating workers … raised" as if the company raised them
    summaries = [r["summary"] for r in _t17_store(tmp_path, "bpoil_washingtonpost", ("1949",)).query("SELECT summary FROM events")]
    assert not [s for s in summaries if "workers … raised" in s], summaries


def test_the_place_a_body_is_based_in_is_not_its_actor(tmp_path: Path) -> None:
    """Sampled "wrong actor" class (bpoil_washingtonpost 86, dev, seed 4052): "internal BP communications suggesting that
    the London-based oil giant was worried about finishing the Macondo oil well" was London's act. The place a "-based"
    word names is where the noun is based, not who acted."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("86",))
    rows = store.query("SELECT n.name FROM events e JOIN entities n ON n.id = e.actor WHERE e.summary LIKE '%London-based%'")
    assert "London" not in {r["name"] for r in rows}, rows


def test_words_given_and_claims_fought_are_typed_as_such() -> None:
    """Sampled "wrong type" class (seeds 4141, 4142, judged misleading): "Sepulvado gave that account Tuesday" (the parse
    made "account" a dative) and "BP gave investors a glimpse of its future Tuesday" were AID, "he shot down
    speculation that the first of the two wells could plug the leak" a FIGHT, and in "the Obama administration on
    Thursday gave BP officials 24 hours to provide a detailed description of what they will do" the providing asked for
    was an AID of its own. Words given are statements, a claim fought is rejected, and what a deadline asks for is not
    done."""
    def types(topic: str, uid: str, words: str) -> dict[str, str]:
        sent = _t17_sentence(topic, uid, words)
        return {sent.doc[c.trigger].lower_: c.type for c in find_candidates(sent)}

    assert types("bpoil_washingtonpost", "1059", "Sepulvado gave that account Tuesday")["gave"] == "STATEMENT"
    assert types("bpoil_washingtonpost", "1711", "BP gave investors a glimpse of its future")["gave"] == "STATEMENT"
    assert types("bpoil_reuters", "1793", "he shot down speculation that the first")["shot"] == "REJECT"
    deadline = types("bpoil_washingtonpost", "2116", "gave BP officials 24 hours to provide")
    assert deadline.get("gave") == "DEMAND" and "provide" not in deadline, deadline


def test_where_words_were_said_is_not_whom_they_concern() -> None:
    """bpoil_reuters (dev) 451: '“We will continue to hold BP and all other responsible parties accountable,” Obama said
    at the White House' was a statement aimed at the White House (a judge's wrong actor, 4211 timeline draw): "at" after
    a verb of saying tells where it was said."""
    sent = _t17_sentence("bpoil_reuters", "451", "Obama said at the White House")
    said = next(c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "said")
    assert said.target is None or "White House" not in sent.doc[said.target[0] : said.target[1]].text, said


def test_an_act_set_at_another_happening_is_not_of_the_reports_day(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev): "BP resisted both demands, and the talks were stalemated when the Deepwater Horizon rig
    sank, Pascal said" (1211, a page of 2010-07-05) and "... noted that he convened a meeting of his top advisers in the
    Oval Office on the same day he learned of the accident" (617, 2010-05-27) were dated on the page's day (a judge's
    wrong dates, 4212 timeline draw): an act the text sets at another happening ("when the rig sank", "the same day he
    learned") happened then, a day the report does not give. ("The State Department sent letters to some U.S. allies two
    weeks after the accident", 952, is left undated by the sentence too, but the merge then files it with the page's
    other dated State Department statement.)"""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("1211", "617"))
    events = store.query("SELECT summary, date FROM events")
    for words, page in (("BP resisted both demands", "2010-07-05"), ("convened a meeting of his top advisers", "2010-05-27")):
        assert page not in _dates(events, words), (words, _dates(events, words))


def test_what_someone_recounts_is_not_of_the_telling_day(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 802: "On Tuesday, in the shaded space under a house on stilts, chief Charles “Chuckie”
    Verdin ... recounted watching the TV news when BP gave up its attempt to completely kill the leaking well" filed BP's
    giving up on the Tuesday of the telling (a judge's wrong date, 4212 timeline draw): what one recounts happened
    before."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("802",))
    events = store.query("SELECT summary, date FROM events")
    assert "2010-06-01" not in _dates(events, "BP gave up its attempt"), _dates(events, "BP gave up its attempt")


def test_an_act_on_some_such_weekday_is_undated(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1354: "On a recent Wednesday morning, Pointer pulled his SUV up to a dock in Fort
    Pierce" was filed on the Wednesday before the page (a judge's wrong date, 4212 timeline draw), then, with the time
    expression left undated, on a bare weekday ("XXXX-WXX-3") waiting to be refined: some such Wednesday is no date."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("1354",))
    assert _dates(store.query("SELECT summary, date FROM events"), "Pointer pulled his SUV up to a dock") == [None]


def test_a_relative_clause_of_what_a_body_does_and_a_place_spoken_at_are_no_act_or_target() -> None:
    """bpoil_washingtonpost (dev) 1585 and 2115: "BP has lobbied the White House Council on Environmental Quality -- which
    provides NEPA guidance for all federal agencies -- to provide ..." was a statement by the Council aimed at NEPA, and
    "Speaking at the Cypress Cove Marina in Venice, La., Jindal added that ..." a statement aimed at the marina (two
    judges' wrong actors, 4212 timeline draw): a present-tense relative clause describes its noun, and where one speaks
    is no one spoken of."""
    sent = _t17_sentence("bpoil_washingtonpost", "1585", "BP has lobbied the White House Council")
    assert not [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "provides"]
    sent = _t17_sentence("bpoil_washingtonpost", "2115", "Speaking at the Cypress Cove Marina")
    spoke = [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "speaking"]
    assert all(c.target is None or "Marina" not in sent.doc[c.target[0] : c.target[1]].text for c in spoke), spoke


def test_a_saying_told_again_or_many_times_has_no_day_of_the_page(tmp_path: Path) -> None:
    """bpoil_reuters (dev): "Hayward repeatedly told reporters in the first days after the rig ... exploded that it
    wasn't our accident" (437, a page of 2010-06-29) and "The company has admitted it is responsible" (2069, 2010-08-13)
    were dated on the page's day (two judges' wrong dates, 4261 timeline draw): what was said repeatedly was said on many
    days, and a present perfect given as a reason ("especially given that the company has admitted ...") is how things
    stand, not the day's act ("France has acknowledged arming the rebels", told as news, keeps its day: see above)."""
    store = _t17_store(tmp_path, "bpoil_reuters", ("437", "2069"))
    events = store.query("SELECT summary, date FROM events")
    for words, page in (("repeatedly told reporters", "2010-06-29"), ("has admitted it is responsible", "2010-08-13")):
        found = [e["date"] for e in events if words in e["summary"]]
        assert page not in found, (words, found)


def test_a_month_before_a_noun_read_as_a_verb_names_its_occasion(tmp_path: Path) -> None:
    """Sampled "wrong date" class (bpoil_washingtonpost 645, dev, seed 4295): "Halliburton late Thursday night issued a
    statement disputing the commission staff's letter, calling the February tests “preliminary” ..." (a page of
    2010-10-29) was dated February: "tests", tagged a verb, was an act "test" dated by its own month, and "calling" the
    tests "preliminary" an act on them. A word with a determiner is a noun, and what one calls a thing is no act."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("645",))
    events = store.query("SELECT summary, date FROM events")
    assert not [e for e in events if (e["date"] or "").startswith(("2010-02", "2011-02"))], events


def test_a_time_in_brackets_dates_only_what_they_hold(tmp_path: Path) -> None:
    """Sampled "wrong date" class (bpoil_washingtonpost 546, dev, seed 4295): "BP CEO Tony Hayward won't even commit to
    suspending BP's dividend (more than $10 billion last year), as some Democratic senators have demanded" (a page of
    2010-06-06) was dated 2009 from the bracketed "last year", the dividend's year. A live page's stamp opening its
    sentence still dates what follows (LibyaWar_cnn 376: "(4:52 p.m. Monday ET, ...)" before each update)."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("546",))
    events = store.query("SELECT summary, date FROM events")
    assert "2009" not in _dates(events, "commit to suspending BP's dividend"), events


def test_how_one_should_be_treated_is_no_demand() -> None:
    """Sampled "not an event" class (bpoil_washingtonpost 178 and bpoil_reuters 1739, dev, seeds 4312, 4311): "Barton
    said BP should be pursued through the legal system" and "Republican Senator Lindsey Graham said Obama should not be
    blamed for the spill" were DEMAND events of BP and Obama. How one should be treated, with "should" in the passive,
    is a view; "must" with the passive still asks for an act ("Power and water must be restored to several cities")."""
    for topic, uid, words in (("bpoil_washingtonpost", "178", "Barton said BP should be pursued"),
                              ("bpoil_reuters", "1739", "Graham said Obama should not be blamed")):
        sent = _t17_sentence(topic, uid, words)
        demands = [c for c in find_candidates(sent) if c.type == "DEMAND"]
        assert not demands, [(sent.doc[c.trigger].text, sent.text) for c in demands]
    said = find_candidates(load_nlp()("Officials said power and water must be restored to several cities."))
    assert [c for c in said if c.type == "DEMAND"], said


def test_a_concern_no_state_voices_is_no_statement() -> None:
    """Sampled "not an event" class (bpoil_washingtonpost and bpoil_reuters, dev, seeds 4301-4302 and the forty-second
    session's): "Donnelly also expressed concern about campaign contributions", "Some Louisiana officials are concerned
    that ...", "BP also said it had concerns about the cementing job", "The oil company has expressed concern many
    times" and "BP's Gulf of Mexico oil spill has raised concerns globally" were statements: an opinion, a state of mind
    or a thing's effect. A concern is a statement when a state voices it: a country or government body, or an office
    holder who says it (LibyaWar_cnn, dev: the White House press secretary's office, counterterrorism officials)."""
    for topic, uid, words in (("bpoil_washingtonpost", "2085", "Donnelly also expressed concern"),
                              ("bpoil_washingtonpost", "161", "Some Louisiana officials are concerned"),
                              ("bpoil_washingtonpost", "1255", "it had concerns about the cementing"),
                              ("bpoil_washingtonpost", "1888", "has expressed concern many times"),
                              ("bpoil_reuters", "1984", "has raised concerns globally")):
        found, text = _typed_candidates(topic, uid, words, ("STATEMENT",))
        assert not found, (found, text)
    for uid, words in (("116", "press secretary expressed concern"), ("385", "they are concerned about the flood")):
        sent = _t17_sentence("LibyaWar_cnn", uid, words)
        assert [c for c in find_candidates(sent) if c.type == "STATEMENT"], sent.text


def test_one_asked_a_question_asks_for_nothing() -> None:
    """bpoil_reuters (dev, seed 4301): "Senior Obama adviser David Axelrod, asked on the “Fox News Sunday” program about
    hopes the spill will be contained by the end of July, said he was ..." was Axelrod's DEMAND (the parse made "asked"
    his own verb). A participle of asking set off after the one it describes is a question put to them; whom a party
    asks to act stays a demand (LibyaWar_cnn: "It also asked Libyan authorities to lift the ban ...")."""
    sent = _t17_sentence("bpoil_reuters", "774", "asked on the")
    assert not [c for c in find_candidates(sent) if c.type == "DEMAND"], sent.text
    sent = _t17_sentence("LibyaWar_cnn", "362", "asked Libyan authorities to lift")
    assert [c for c in find_candidates(sent) if c.type == "DEMAND"], sent.text


def test_a_time_of_an_apposition_a_measured_from_thing_or_a_joined_clause_is_not_the_acts(tmp_path: Path) -> None:
    """Sampled "wrong date" class (bpoil_reuters, dev, seed 4311: a date from another clause): "the New Orleans Saints,
    winners of the National Football League's Superbowl in February, held a rally" was dated February (the parse joined
    "winners" to the Saints with no "and"); "put a six-month ban on deepwater drilling in place following the massive
    oil spill at BP's Macondo well in the Gulf of Mexico in April" April (the parse hung "in April" on "put", right
    after the "following" phrase it belongs to); "Obama last Friday created a bi-partisan commission ..., and the
    administration has pledged to independently verify ..." the Friday (a clause of its own in the perfect). A time the
    sentence gives its own act still dates it."""
    events = _t17_store(tmp_path, "bpoil_reuters", ("72", "1745", "1039")).rows("events")
    assert _dates(events, "winners of the National Football League's Superbowl in February, held a rally") == [None]
    assert _dates(events, "put a six-month ban on deepwater drilling in place following") == [None]
    assert _dates(events, "has pledged to independently verify the volume") == [None]
    assert _dates(events, "U.S. weather forecasters gave their first confirmation on Tuesday")[0] == "2010-06-08"


def test_a_present_in_a_time_clause_opened_by_an_adverb_is_still_to_come() -> None:
    """Sampled "wrong mode" class (bpoil_reuters 498 and 1547, dev, seed 4311): "The oil spill is likely to loom large
    when British Prime Minister David Cameron meets Obama in Washington this week" and "... is expected to outline plans
    ... when he defends his handling of BP Plc's Gulf of Mexico oil spill in a high-stakes televised speech on Tuesday
    evening" were shown as done: the parse hung "when" as an adverb, and only a "when" marking the clause told a present
    in a time clause as still to come. With a time of its own such a clause is a plan; without one ("once Gadhafi
    resigns") it stays unrealised; a time clause in the past stays done."""
    for uid, words in (("498", "when British Prime Minister David Cameron meets"), ("1547", "when he defends his handling")):
        sent = _t17_sentence("bpoil_reuters", uid, words)
        acts = [(c.mode, c.unrealised) for c in find_candidates(sent) if sent.doc[c.trigger].text in ("meets", "defends")]
        assert acts == [("planned", False)], (acts, sent.text)
    for text, word, unrealised in (("Sanctions end once Gadhafi resigns.", "resigns", True),
                                   ("Rebels fled when Gadhafi's forces attacked the town on Friday.", "attacked", False)):
        doc = load_nlp()(text)
        assert [c.unrealised for s in doc.sents for c in find_candidates(s) if doc[c.trigger].text == word] == [unrealised]


def test_a_name_and_its_bracketed_aside_then_its_clause_read_as_a_sentence(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 952 and 2170: '..., said Sen. Benjamin L. Cardin (D-Md.), who visited Louisiana on
    Friday' was shown as "Sen. Benjamin L. Cardin (D-Md.), who visited Louisiana on Friday", a name and a relative
    clause with no verb of its own (two judges' garbled, 4412 timeline draw). A short bracketed aside between a name
    and its clause is set aside with the "who", as the comma alone was: the name, a gap, then the act."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("952", "2170")).query("SELECT summary FROM events")
    cardin = [e["summary"] for e in events if "Cardin" in e["summary"]]
    assert "Sen. Benjamin L. Cardin … visited Louisiana on Friday" in cardin, cardin
    assert not [s for s in cardin if ", who " in s], cardin


def test_since_dates_only_what_goes_on(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1328: "BP depositary shares trading in New York fell nearly 16 percent to close at $29.20, their
    lowest level since August 1996" was on the timeline in August 1996, a FIGHT of BP's (drawn in the timeline draw of
    seed 4711): the onset of "since" was taken for the fall's date, and the fall for an act of force. "Since X" gives
    when something began only for what has gone on since (a perfect, a progressive, a present); and a figure moved by a
    percentage or a sum is no act of anyone's."""
    from storyline.analyse.events.annotate import _goes_on
    from storyline.nlp import load_nlp

    store = _reuters_store(tmp_path, ("1328",))
    assert not store.query("SELECT date, summary FROM events WHERE summary LIKE '%fell nearly 16 percent%'")
    doc = load_nlp()("BP depositary shares trading in New York fell nearly 16 percent to close at $29.20, their lowest "
                     "level since August 1996. North Korea has been under UN embargos since 2006.")
    fell, been = next(t for t in doc if t.text == "fell"), next(t for t in doc if t.text == "been")
    assert not _goes_on(fell) and _goes_on(been)


def test_a_clause_set_off_by_who_takes_no_other_clauses_day(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 2043: "Rep. Edward J. Markey (D-Mass.), who helped lead a probe of the BP spill on the
    Energy and Commerce Committee, said Tuesday he will introduce legislation ..." was on the timeline as Markey's
    probe of that Tuesday (a judge's "not an event", timeline draw 4712): the parse read the "who" clause as what he
    said. A clause set off by "who" describes the person, whatever the parse; with no date of its own it is no event."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("2043",))
    assert not store.query("SELECT date, summary FROM events WHERE summary LIKE '%who helped lead a probe%'")


def test_one_lawmaker_is_not_the_country_before_the_noun(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 576: "A U.S. lawmaker on Friday urged BP to provide more information about how much oil is
    gushing ..." was on the timeline with the United States as the one who urged (a judge's wrong actor in the
    forty-seventh session's draw 4711): one member of a legislature speaks for themself. With no name for the lawmaker
    the sentence has no actor the timeline can show, and no event; "lawmakers" together still act as their chamber."""
    for topic, uid, opening in (("bpoil_reuters", "576", "A U.S. lawmaker"),
                                # "... as a top U.S. senator made a surprise visit to the rebel stronghold of Benghazi"
                                ("LibyaWar_cnn", "293", "a top U.S. senator")):
        store = _t17_store(tmp_path / uid, topic, (uid,))
        acts = store.query("SELECT e.actor, e.summary FROM events e WHERE e.summary LIKE ?", (f"%{opening}%",))
        united_states = {r["id"] for r in store.query("SELECT id FROM entities WHERE name IN ('United States', 'U.S.')")}
        assert all(r["actor"] not in united_states for r in acts), acts


def test_acts_told_before_another_or_as_known_take_no_day_of_the_telling(tmp_path: Path) -> None:
    """Four wrong dates of the forty-ninth session's timeline draws (seeds 6201, 6211), each an old act filed on the day
    it was told: a clause opened by "after" the parse hung on the saying as its words ("Five years after Hurricane
    Katrina destroyed New Orleans, the city's mayor said Thursday ..."), a past act a verb of noting tells as known
    ("Transocean, which also points out that BP declined to run a “cement bond log”"), an act done "before" a past
    happening ("said Transocean failed to test the automatic shut-off function ... before it was used on the rig"), and
    what a past perfect went on to do ("Before the accident, he had expected to be in the United States giving a
    speech"). None is on the timeline with the page's day; the sayings themselves keep theirs."""
    cases = (("bpoil_washingtonpost", "193", "Katrina destroyed New Orleans", "2010-08-19"),
             ("bpoil_washingtonpost", "947", "BP declined to run", "2010-09-11"),
             ("bpoil_reuters", "338", "failed to test the automatic shut-off", "2010-11-08"),
             ("bpoil_washingtonpost", "1542", "giving a speech", "2010-05-03"))
    for topic, uid, words, told in cases:
        store = _t17_store(tmp_path / uid, topic, (uid,))
        dated = store.query("SELECT date, summary FROM events WHERE summary LIKE ? AND date IS NOT NULL", (f"%{words}%",))
        assert not [r for r in dated if r["date"] == told], (uid, dated)
    admitted = _t17_store(tmp_path / "6", "bpoil_washingtonpost", ("6",))  # "... told reporters in the United Arab
    # Emirates Wednesday that he had a “very good” meeting with the crown prince": a saying keeps its own day
    assert admitted.query("SELECT date FROM events WHERE summary LIKE '%crown prince%' AND date = '2010-07-07'")


def test_a_level_a_figure_reaches_is_no_blow(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1234: "Option-implied volatility for BP hit an all-time high, ..., said Jon Najarian" was on
    the timeline as the analyst's statement (a judge's not an event in draw 6211): a figure hitting a high, a low or a
    record is a measure, not a blow, so no statement of who reports it either. A force that hits a place stays."""
    store = _reuters_store(tmp_path, ("1234",))
    assert not store.query("SELECT date, summary FROM events WHERE summary LIKE '%hit an all-time high%'")
    doc = load_nlp()("Shares of BP hit a 14-year low on Wednesday. Rebels hit a government convoy near Brega on Sunday.")
    kinds = {sent.text[:6]: c.type for sent in doc.sents for c in find_candidates(sent)}
    assert "Shares" not in kinds and kinds.get("Rebels") in ("FIGHT", "ASSAULT"), kinds


def test_a_participle_used_as_a_preposition_and_value_given_up_are_no_acts(tmp_path: Path) -> None:
    """Two of the forty-ninth session's "not an event" (draw 6211, bpoil_reuters): "BP is the U.S.'s biggest oil
    producer and given the blocking of the sale of Unocal" was BP's aid (a participle with a prepositional object is a
    preposition: "given", "following"), and "BP has given up more than half its market value" too (giving up is a
    retreat, and a market figure given up is a measure moved). Giving up an attempt stays a retreat; aid sent stays."""
    store = _reuters_store(tmp_path, ("1328", "403"))
    assert not store.query("SELECT summary FROM events WHERE summary LIKE '%given the blocking%' "
                           "OR summary LIKE '%half its market value%'")
    doc = load_nlp()("BP gave up its attempt to kill the well. Following the explosion, France sent aid to Haiti. The "
                     "National Oceanic and Atmospheric Administration reopened 5,130 square miles of fisheries.")
    kinds = {doc[c.trigger].lemma_: c.type for sent in doc.sents for c in find_candidates(sent)}
    assert kinds.get("give") == "RETREAT" and kinds.get("send") == "AID" and "follow" not in kinds, kinds
    assert kinds.get("reopen") == "RETREAT", kinds  # (an area reopened is an act, not a measure moved)


def test_an_act_told_in_the_present_for_a_day_to_come_is_planned(tmp_path: Path) -> None:
    """Two of the forty-ninth session's "wrong mode" (draw 6211, bpoil_reuters): "The Senate Judiciary Committee holds a
    hearing at 10:00 EDT (1400 GMT) on Tuesday" on Tuesday's page and "Obama ... is sending three of his top energy and
    environmental officials back there this week" on a Monday were shown as done. A present (or a present progressive)
    for a time not yet past is a schedule: planned. A present for a past day stays what it says, and so does a saying."""
    store = _reuters_store(tmp_path, ("1837", "103"))
    rows = store.query("SELECT mode, summary FROM events WHERE summary LIKE '%holds a hearing at 10:00%' "
                       "OR summary LIKE '%is sending three of his top%'")
    assert len(rows) == 2 and {r["mode"] for r in rows} == {"planned"}, rows
    made = store.query("SELECT mode FROM events WHERE summary LIKE '%made his second visit%' "
                       "AND summary NOT LIKE '%is sending%'")
    assert not made or {r["mode"] for r in made} == {"asserted"}, made


def test_an_act_joined_to_an_intent_verb_is_not_intended(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 484, the forty-ninth session's second timeline draw (6252, wrong mode): "Judge Feldman agreed
    and in his ruling on Tuesday sharply rebuked the U.S. government" was shown planned: the rebuke is joined to
    "agreed" as its sibling, not its complement. An act an intent verb governs stays planned."""
    store = _reuters_store(tmp_path, ("484",))
    rows = store.query("SELECT mode FROM events WHERE summary LIKE '%sharply rebuked the U.S. government%'")
    assert rows and {r["mode"] for r in rows} == {"asserted"}, rows
    doc = load_nlp()("Obama plans to visit Louisiana and meet fishermen.")
    modes = {doc[c.trigger].lemma_: c.mode for sent in doc.sents for c in find_candidates(sent)}
    assert modes.get("visit") == "planned" and modes.get("meet") in (None, "planned"), modes


def test_an_act_set_before_or_after_a_planned_one_is_planned(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1292, the forty-ninth session's draw 6252 (wrong mode): "He will address the nation on Tuesday
    before meeting the BP executives on Wednesday" showed the meeting as done. A gerund set "before" or "after" an act
    takes that act's auxiliaries, as the means of one ("by defying calls") did; after a past act it stays done."""
    store = _reuters_store(tmp_path, ("1292",))
    rows = store.query("SELECT mode FROM events WHERE summary LIKE '%before meeting the BP executives%'")
    assert rows and {r["mode"] for r in rows} == {"planned"}, rows
    doc = load_nlp()("Obama addressed the nation on Tuesday before meeting BP executives on Wednesday.")
    modes = {doc[c.trigger].lemma_: c.mode for sent in doc.sents for c in find_candidates(sent)}
    assert modes.get("meet") == "asserted", modes


def test_a_modal_of_obligation_that_asks_no_act_is_no_demand() -> None:
    """Sampled "not an event" class (bpoil_reuters and bpoil_washingtonpost, dev, the fifty-first session's timeline
    draws): "Petrobras... should benefit as some U.S. (Gulf of Mexico) rigs begin looking for new markets ..., UBS said"
    was UBS's DEMAND of Petrobras. What befalls one or what one thinks ("we must remember"), how a thing must be judged,
    and a "should" set before its subject (a condition: "should EPA determine that BP should be debarred") ask no act;
    "Obama said BP must pay for the damage" and "Salazar said BP should pay the salaries" do."""
    for topic, uid, words in (("bpoil_reuters", "569", "should benefit as some"),
                              ("bpoil_reuters", "1014", "should the Department of the Interior choose"),
                              ("bpoil_washingtonpost", "2037", "must be judged by whether"),
                              ("bpoil_washingtonpost", "1211", "should EPA determine"),
                              ("bpoil_washingtonpost", "488", "e must remember")):
        found, text = _typed_candidates(topic, uid, words, ("DEMAND",))
        assert not found, (found, text)
    for said in ("Obama said BP must pay for the damage.", "Salazar said BP should pay the salaries of the workers."):
        assert "DEMAND" in [c.type for c in find_candidates(next(load_nlp()(said).sents))], said


def test_people_or_businesses_a_place_only_says_where_they_are_from_are_not_the_place(tmp_path: Path) -> None:
    """Sampled "wrong actor" class (bpoil_reuters, dev, the fifty-first session's second timeline draw): "U.S. oil
    explorers are talking about forming a new insurance fund ..." was the United States' CONSULT; "U.S. consumers are
    venting frustration over the BP oil spill" (bpoil_washingtonpost) its PROTEST. Explorers, consumers or residents of a
    place are not the place acting; "U.S. authorities on Friday modified and expanded the boundaries of the area closed
    to fishing" is the United States."""
    for topic, uids, private, public in (
            ("bpoil_reuters", ("1470", "970"), "U.S. oil explorers are talking", "U.S. authorities on Friday modified"),
            ("bpoil_washingtonpost", ("974",), "U.S. consumers are venting", None)):
        store = _t17_store(tmp_path, topic, uids)
        rows = store.query("SELECT e.summary, n.name FROM events e LEFT JOIN entities n ON n.id = e.actor")
        assert not [r for r in rows if r["summary"].startswith(private) and r["name"] == "United States"], private
        if public:
            assert [r for r in rows if r["summary"].startswith(public) and r["name"] == "United States"], public


def test_a_well_killed_is_sealed_not_assaulted() -> None:
    """Sampled "wrong actor" class (bpoil_reuters, dev, timeline draw of seed 5202, fifty-second session): "With a final
    shot of cement, BP Plc permanently “killed” its deep-sea well ..., the top U.S. spill official said on Sunday" was
    the United States' DISAPPROVE of BP (BP's ASSAULT on its well, told by an official). An installation killed is
    sealed, no violence done to anyone; a refinery bombed and workers killed stay acts of force."""
    from storyline.analyse.events.linking import doc_candidates

    found, text = _typed_candidates("bpoil_reuters", "102", "permanently “killed” its deep-sea well")
    assert not [f for f in found if f[1] in ("ASSAULT", "DISAPPROVE", "FIGHT")], (found, text)
    doc = load_nlp()("Rebels bombed the refinery on Monday. The explosion killed 11 workers.")
    kept = {doc[c.trigger].text: c.type for _, cands in doc_candidates(doc) for c in cands}
    assert kept.get("bombed") in ("ASSAULT", "FIGHT") and kept.get("killed") in ("ASSAULT", "FIGHT", "INCIDENT"), kept


def test_a_cause_of_a_harm_and_a_share_supplied_are_no_aid(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1211: "President Obama said last month that the company's “recklessness” in the gulf
    contributed to the disaster" was BP's AID (a judge's wrong actor, timeline draw of seed 5302, fifty-third session),
    and "In fiscal 2009, BP was the Pentagon's largest single supplier of fuel, providing 11.7 percent of the total
    purchased" another (a judge's not an event). A verb of aid "to" what went wrong tells a cause; a share supplied is a
    figure. A sum given stays aid."""
    events = _t17_store(tmp_path, "bpoil_washingtonpost", ("1211",)).rows("events")
    assert not [e for e in events if e["type"] == "AID" and ("contributed to the disaster" in e["summary"]
                                                             or "11.7 percent" in e["summary"])], events
    doc, cands = _cands("Britain contributed 20 million pounds to the relief effort.")
    assert [c.type for c in cands if doc[c.trigger].lower_ == "contributed"] == ["AID"]


@pytest.mark.parametrize(("uid", "words"), [
    ("1355", "A Republican U.S. representative apologized"),  # the United States shown as the one who apologized (a
    # judge's wrong actor in both timeline draws of the fifty-third session); Joe Barton is named only after
    ("1515", "his members were discussing"),  # "John Kleine, said on Sunday his members were discussing the possibility
    # ...": Kleine shown discussing (a judge's wrong actor, timeline draw 5402)
])
def test_one_member_or_ones_associates_are_not_the_body_or_person_named_beside_them(tmp_path: Path, uid: str,
                                                                                   words: str) -> None:
    """A "representative" a party's word marks is one legislator, not the country before the noun; "his members" are
    the members of the association whose director "his" names, not he. No event names either as the actor."""
    store = _t17_store(tmp_path, "bpoil_reuters", (uid,))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    found = [(e["summary"], names.get(e["actor"])) for e in store.rows("events") if words in e["summary"]]
    assert all(actor not in ("United States", "John Kleine") for _, actor in found), found


def test_where_a_body_is_based_or_a_people_before_the_noun_is_not_whom_it_was_done_to(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1289: "Crist asked the British-based company for $100 million more ..." showed "British" as
    the one asked (a judge's wrong actor, timeline draw 5412): where the company is based names no one it was done to,
    and nor does a demonym before the noun ("pressing the British energy giant"); a country or a place before it still
    does."""
    store = _t17_store(tmp_path, "bpoil_reuters", ("1289",))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    asked = [(e["type"], names.get(e["target"])) for e in store.rows("events") if "Crist asked the British-based company" in e["summary"]]
    assert asked and all(target != "British" for _, target in asked), asked


def test_a_place_before_a_things_noun_is_not_whom_an_act_was_done_to(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 2005: "President Barack Obama on Saturday blamed the massive Gulf of Mexico oil spill on “a
    breakdown of responsibility” at energy giant BP Plc" showed the Gulf of Mexico as the one Obama blamed (a judge's
    wrong target, timeline draw 5413): a place named before a thing's noun says where the thing is. The act stays, with
    its actor."""
    store = _t17_store(tmp_path, "bpoil_reuters", ("2005",))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    blamed = [(names.get(e["actor"]), names.get(e["target"])) for e in store.rows("events")
              if "blamed the massive Gulf of Mexico oil spill" in e["summary"]]
    assert blamed and all(actor == "Barack Obama" and target != "Gulf of Mexico" for actor, target in blamed), blamed


def test_the_day_beside_what_was_decided_is_the_deciding(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 45: "In refusing to stay that decision on Thursday, the 5th U.S. Circuit Court of Appeals said
    ..." was filed on the page's Friday (a judge's wrong date, timeline draw 5402); LibyaWar_cnn (dev) 121: "Ibrahim
    refused to take further questions on the issue Sunday" had no date. The day written right beside the infinitive of
    a verb of deciding is the deciding's; a day further in is not (45: "Gadhafi blamed the U.N. for failing to prevent
    65 wars since its founding in 1945"), nor one under a verb of asking (70: "McConnell said he has asked Sen. John
    McCain ... to brief Senate Republicans at their weekly policy lunch in the Capitol Tuesday")."""
    store = _t17_store(tmp_path, "bpoil_reuters", ("45",))
    refused = [e["date"] for e in store.rows("events") if "refusing to stay that decision on thursday" in e["summary"].lower()]
    assert refused == ["2010-07-08"], refused
    libya = _t17_store(tmp_path, "LibyaWar_cnn", ("121", "45", "70"))
    dates = {e["summary"][:40]: e["date"] for e in libya.rows("events")}
    assert dates.get("Ibrahim refused to take further question") == "2011-03-27", dates
    assert not [d for s, d in dates.items() if s.startswith("Gadhafi blamed the U.N.") and d == "1945"], dates
    assert not [d for s, d in dates.items() if s.startswith("McConnell said he has asked") and d == "2011-02-22"], dates


def test_a_sentence_republished_takes_the_day_its_first_article_gives(tmp_path: Path) -> None:
    """haiti_bbc (dev) 932 (13 January) and 820 (24 January) hold the same sentence, "Speaking in Washington, US
    President Barack Obama vowed “unwavering support” for Haiti ...": the later page read it against its own day, and the
    timeline showed the vow twice, once on 24 January (judged "wrong date" in the draw of seed 6001). A copy takes the
    date its earliest article gives, and the copies are one event of two articles."""
    store = _t17_store(tmp_path, "haiti_bbc", ("932", "820"))
    events = store.query("SELECT e.date, e.summary FROM events e")
    assert _dates(events, "Speaking in Washington, US President Barack Obama vowed") == ["2010-01-12"]
    rows = store.query("SELECT count(DISTINCT v.article) AS n FROM events e JOIN event_evidence v ON v.event = e.id "
                       "WHERE e.summary LIKE 'Speaking in Washington, US President Barack Obama vowed%'")
    assert rows[0]["n"] == 2, rows


def test_the_press_gathering_the_story_is_no_event_of_it(tmp_path: Path) -> None:
    """haiti_bbc (dev) 1481 and 423, LibyaWar_cnn (dev) 312: "The BBC's Mark Doyle - who traveled to the town on
    Saturday" (a timeline event of 16 January, judged garbled in the draw of seed 6001), "Reporter Mark Doyle visits a
    large temporary camp ...", "CNN's Arwa Damon visits Libyan families displaced ...": an outlet's reporter at work
    gathering the story, no act of it. The articles' other events stay."""
    for topic, uids, press in (("haiti_bbc", ("1481", "423"), "Mark Doyle"), ("LibyaWar_cnn", ("312",), "Arwa Damon")):
        store = _t17_store(tmp_path, topic, uids)
        events = store.query("SELECT e.summary FROM events e")
        assert events and not [e["summary"] for e in events if press in e["summary"]], [e["summary"] for e in events]


def test_an_act_told_with_a_plan_or_a_meeting_to_come_is_planned() -> None:
    """bpoil_guardian (dev) 1795 and 1403 (timeline draw of seed 6002, "wrong mode"): "Tony Hayward ... will meet Barack
    Obama at the White House on Wednesday prepared to offer concessions" made "prepared" an act done (the model's VBD, set
    after an act to come), and "Food & Water Watch was set to file a lawsuit ..., alleging that it began production ..."
    made the alleging done though the suit was still to be filed. Both are planned as the act they go with; a fund set up
    to pay victims is set up, not planned (the verb of plan with a particle is another verb)."""
    for uid, words, trigger in (("1795", "prepared to offer concessions", "prepared"),
                                ("1403", "Food & Water Watch was set to file a lawsuit", "alleging")):
        sent = _t17_sentence("bpoil_guardian", uid, words)
        modes = {c.mode for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == trigger}
        assert modes == {"planned"}, (trigger, modes, sent.text)
    doc = load_nlp()("BP has set up a $20 billion compensation fund to pay victims of the oil spill, cutting roughly $1.7 "
                     "billion in checks so far.")
    assert {c.mode for c in find_candidates(next(iter(doc.sents))) if doc[c.trigger].lower_ == "cutting"} == {"asserted"}


def test_force_turned_against_a_hazard_strikes_no_one() -> None:
    """bpoil_guardian (dev) 2129 and 1436 (timeline draw of seed 6002, "not an event"): "“We are attacking this spill on
    all fronts, ...” said Tony Hayward" and "Hayward says they fight the leak on three fronts" were STATEMENT events made
    from an attack and a fight: an effort against a hazard, no blow struck at anyone. Shooting stays an act
    (LibyaWar_cnn 368: "Gadhafi's forces had opened fire with machine guns on a recent street protest")."""
    for uid, words in (("2129", "We are attacking this spill on all fronts"), ("1436", "they fight the leak on three fronts")):
        sent = _t17_sentence("bpoil_guardian", uid, words)
        assert not [c for c in find_candidates(sent) if c.type in ("FIGHT", "ASSAULT", "STATEMENT")], sent.text
    sent = _t17_sentence("LibyaWar_cnn", "368", "opened fire with machine guns")
    assert any(sent.doc[c.trigger].lower_ == "opened" and c.type in ("FIGHT", "ASSAULT") for c in find_candidates(sent))


def test_a_state_wished_for_a_name_given_or_things_described_is_no_statement_act() -> None:
    """Sampled "not an event" class (timeline draws of haiti_bbc and bpoil_guardian, dev, seeds 6001, 6011, 6012): an
    assessment told with a verb of saying was shown as a demand or a statement. "Haiti must not remain a battered
    country" and "... should be a very low priority" ask no act; "Speaking in Port-au-Prince, Mr Ban called the
    situation ... “one of the worst humanitarian crises in decades”" names a thing; what government buildings did,
    told in Geneva, describes; "gave a wide variety of estimates" gives words, no aid."""
    assert _typed_candidates("haiti_bbc", "260", "must not remain a battered country", ("DEMAND",))[0] == []
    assert ("added", "DEMAND") not in _typed_candidates("bpoil_guardian", "1128", "should be a very low priority")[0]
    assert _typed_candidates("haiti_bbc", "84", "Mr Ban called the situation", ("STATEMENT",))[0] == []
    assert _typed_candidates("haiti_bbc", "1479", "Elisabeth Byrs said in Geneva", ("STATEMENT",))[0] == []
    assert ("gave", "STATEMENT") in _typed_candidates("bpoil_guardian", "1285", "gave a wide variety of estimates")[0]
    nlp = load_nlp()
    for text, trigger, etype in (("Clinton said Gaddafi must be held accountable.", "said", "DEMAND"),
                                 ("He said NATO must be ready to mediate.", "said", "DEMAND"),
                                 ("Speaking in Washington, he promised the country every element of our power.", "Speaking",
                                  "STATEMENT"),
                                 ("Obama told reporters at Camp David that the violence must stop.", "told", "STATEMENT"),
                                 ("Koussa said in Tripoli that the country decided on an immediate cease-fire.", "said",
                                  "STATEMENT"),
                                 ("NATO launched a series of strikes on Tripoli.", "launched", "FIGHT")):
        doc = nlp(text)
        assert (trigger, etype) in [(doc[c.trigger].text, c.type) for c in find_candidates(doc[:])], text


def test_a_verb_joined_to_a_charge_is_no_charge_and_a_feared_toll_told_is_a_view() -> None:
    """Timeline draw of haiti_bbc (dev, seed 6101): "The country's earthquake disaster claimed tens of thousands of lives
    and destroyed the little that remained of the Caribbean island's infrastructure" was shown as an alleged assault by
    Haiti on the page's day (a verb joined to "claimed" read as what is claimed; the disaster, a quake's, as a
    belligerent), and "President Preval told the Miami Herald newspaper in the US he feared thousands of his people had
    died" as a statement act (judged wrong date and not an event). What is charged stays alleged ("accused NATO of bombing
    civilians and killing children")."""
    sent = _t17_sentence("haiti_bbc", "347", "earthquake disaster claimed tens of thousands of lives")
    destroyed = [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "destroyed"]
    assert [(c.type, c.mode) for c in destroyed] == [("INCIDENT", "asserted")], destroyed
    assert ("told", "STATEMENT") not in _typed_candidates("haiti_bbc", "932", "he feared thousands of his people had died")[0]
    doc = load_nlp()("Libya accused NATO of bombing civilians and killing children.")
    assert {doc[c.trigger].lower_: c.mode for c in find_candidates(doc[:])}.get("killing") == "alleged"


def test_stepping_is_a_retreat_only_down_or_aside() -> None:
    """Timeline draw of bpoil_guardian (dev, seed 6102): "Today one man has stepped forward: John Shimkus" was a RETREAT
    (judged not an event); on the dev stores "stepped up their shelling", "stepped up sanctions", "stepped into the
    conflict" and "steps up to the camera" were retreats too. Stepping down or aside is one; stepping up an act is that
    act."""
    assert _typed_candidates("bpoil_guardian", "1379", "one man has stepped forward")[0] == []
    nlp = load_nlp()
    for text, etype in (("Mubarak stepped down on Friday.", "RETREAT"), ("Obama said the U.S. will soon step aside.", "RETREAT"),
                        ("Pro-Gadhafi forces stepped up their shelling of rebel positions in Misrata.", "FIGHT"),
                        ("The EU stepped up sanctions on Gadhafi's regime.", "SANCTION"),
                        ("Amr Moussa stepped back from his earlier criticism of airstrikes.", "RETREAT")):
        doc = nlp(text)
        assert [c.type for c in find_candidates(doc[:]) if doc[c.trigger].lemma_ == "step"] == [etype], text
    doc = nlp("Britain also stepped into the conflict by providing logistical support.")
    assert [doc[c.trigger].text for c in find_candidates(doc[:])] == ["providing"]


def test_a_summary_keeps_the_phrase_that_holds_its_actor_and_a_passives_subject(tmp_path: Path) -> None:
    """bpoil_guardian (dev): "After Obama's visit to Louisiana at the weekend, the White House said ..." was shown
    "Obama's visit to Louisiana at the weekend, the White House said ..." (779), and "In June, chief executive Tony
    Hayward who has since resigned was forced by the White House to suspend dividend payments ..." was shown "…
    Forced by the White House to suspend dividend payments ..." (304), both judged garbled in the timeline draw of seed
    6102. A phrase before the clause that holds the actor stays whole, and a passive's subject stays with the doer its
    agent names."""
    store = _t17_store(tmp_path, "bpoil_guardian", ("779", "304"))
    summaries = [r["summary"] for r in store.query("SELECT summary FROM events")]
    visits = [s for s in summaries if "visit to Louisiana at the weekend" in s]
    assert visits and all(s.startswith("After Obama's visit") for s in visits), visits
    forced = [s for s in summaries if "forced by the White House" in s]
    assert forced and all("Tony Hayward" in s for s in forced), forced


def test_a_participle_after_a_saying_keeps_the_words_said(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 110: "“Yet it appears the companies did not suspend operations ...,” Henry Waxman, the chair
    of the energy and commerce committee, said, demanding to know why work was not stopped" was shown "Henry Waxman, the
    chair ..., said, demanding to know why work was not stopped" (judged garbled in the timeline draw of seed 6202): a
    demand told by a participle after a saying keeps the words said, their opening at least."""
    store = _t17_store(tmp_path, "bpoil_guardian", ("110",))
    demands = [r["summary"] for r in store.query("SELECT summary FROM events") if "demanding to know why work" in r["summary"]]
    assert demands and all(s.startswith("It appears the companies did") for s in demands), demands


def test_a_state_of_things_held_or_compelling_is_no_act() -> None:
    """The timeline draws of seeds 6201 and 6202 (dev) judged three sayings "not an event": "“We have a national
    emergency on our hands,” Reich said" (bpoil_guardian 1762: "have" with "emergency" read as declaring one), "“Up
    until now the nature of this emergency has forced us to work in a ‘quick and dirty’ way ...,” said ... Josette
    Sheeran" (haiti_bbc 1510: "forced" read as a fight), "He told the Financial Times: “We have been driving safe,
    reliable, operations ...”" (bpoil_guardian 2185: "driving" read as driving a force out). A rule held is a state, a
    thing that compels is no doer, and a drive that drives nothing anywhere no fight. A doer's efforts that force
    someone stay an act (bpoil_guardian 1105), and so does a force driven out (LibyaWar_cnn 35)."""
    for topic, uid, words, verb in (("bpoil_guardian", "1762", "national emergency on our hands", "have"),
                                    ("haiti_bbc", "1510", "nature of this emergency has forced us", "forced"),
                                    ("bpoil_guardian", "2185", "driving safe, reliable, operations", "driving")):
        sent = _t17_sentence(topic, uid, words)
        assert not [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == verb], sent.text
    sent = _t17_sentence("bpoil_guardian", "1105", "Crone's efforts")
    assert [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "forced"], sent.text
    sent = _t17_sentence("LibyaWar_cnn", "35", "see Gadhafi driven out")
    assert [c for c in find_candidates(sent) if sent.doc[c.trigger].lower_ == "driven"]


def test_what_a_report_found_is_not_of_the_day_the_report_came_out(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 754, timeline draw of seed 6302 (wrong date, twice; seed 6202 once): "The White House blocked
    government scientists from warning the American public ..., a report released by the national commission ... said
    yesterday" and "The White House office of management and budget ... turned down the request, the report said" were
    dated the day the report came out; the text sets both about two weeks after the April explosion. What a record that
    finds or counts (a report, a study, an inquiry) says was done is of an earlier time the saying does not give; what a
    person says was done keeps the saying's day (LibyaWar_cnn: "the government said Sunday that his son died")."""
    events = _t17_store(tmp_path, "bpoil_guardian", ("754",)).rows("events")
    assert _dates(events, "blocked government scientists") == [None]
    assert _dates(events, "turned down the request") == [None]
    from storyline.analyse.events.dates import reported_date

    sent = next(iter(load_nlp()("The government said Sunday that his son died in an airstrike.").sents))
    died = next(t for t in sent if t.text == "died")
    said = next(t for t in sent if t.text == "said")
    assert reported_date(sent.doc, died.i, {said.i: ("2011-05-01", None, "day")}) == ("2011-05-01", None, "day")


def test_a_party_member_named_beside_the_word_is_that_member(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1693, timeline draw of seed 6302 (wrong actor): "The House committee on natural resources
    yesterday approved a proposal from a California Democrat, George Miller, ..." had the Democratic party for its target.
    A party's word for one member with a name set beside it stands for that member, as an actor too (1029: "A Texas
    Republican, Joe Barton, ... offering a bizarre apology to BP", an act of no one before)."""
    store = _t17_store(tmp_path, "bpoil_guardian", ("1693", "1029"))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    events = store.rows("events")
    approved = [e for e in events if "approved a proposal from a California Democrat" in e["summary"]]
    assert approved and {names.get(e["target"]) for e in approved} == {"George Miller"}, [names.get(e["target"]) for e in approved]
    apology = [e for e in events if "bizarre apology to BP" in e["summary"]]
    assert apology and {names.get(e["actor"]) for e in apology} == {"Joe Barton"}, [names.get(e["actor"]) for e in apology]


def test_words_to_come_with_no_day_given_have_none(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 656, timeline draw of seed 6302 (not an event): a live blog's "BP will provide updates on
    progress as appropriate" stood on the page's day, as a saying with no day of its own does. Words to come with no
    day given are of no day (the timeline holds them no more); the page's other acts keep their dates."""
    events = _t17_store(tmp_path, "bpoil_guardian", ("656",)).rows("events")
    assert _dates(events, "BP will provide updates on progress") == [None]
    assert [e for e in events if e["date"] is not None], [e["summary"][:60] for e in events]
