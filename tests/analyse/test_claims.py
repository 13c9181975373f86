"""The claims ledger: each claim pattern on real sentences of the seeds and of a dev topic, found with no topic word list."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from storyline.analyse.claims.figures import find_figures, mark_differing
from storyline.analyse.claims.ledger import status_of
from storyline.analyse.claims.stance import sentence_stance, stance
from tests.conftest import EVAL, REPO, SEEDS

LIBYA = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"


def _ledger(path: Path, sources: list[str] | None = None, documents: list[Any] | None = None) -> list[dict[str, Any]]:
    from storyline.ingest.runner import ingest_documents, ingest_paths
    from storyline.options import Options
    from storyline.store.db import Store
    from storyline.views import claims_view

    store = Store(path)
    if documents is not None:
        ingest_documents(store, documents, Options(progress=False))
    else:
        ingest_paths(store, sources or [], Options(progress=False))
    return list(claims_view(store)["items"])


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    return _ledger(tmp_path_factory.mktemp("claims") / "seeds.db", [str(SEEDS)])


def _arms(claims: list[dict[str, Any]]) -> dict[str, Any]:
    found = [c for c in claims if {10000, 11000} <= {f["value"] for f in c["figures"]}]
    assert len(found) == 1, [c["statement"] for c in claims]
    return found[0]


def test_arms_supply_claim_is_asserted_by_the_us_and_denied_by_both_countries(claims: list[dict[str, Any]]) -> None:
    claim = _arms(claims)
    assert claim["status"] == "contested"
    assert set(claim["denied_by"]) == {"Russia", "North Korea"}
    assert {"United States", "Matthew Miller"} <= set(claim["asserted_by"])
    texts = {e["role"]: [] for e in claim["evidence"]}
    for e in claim["evidence"]:
        texts[e["role"]].append(e["text"])
    assert any("both Moscow and Pyongyang have denied the allegations" in t for t in texts["denies"])  # "the allegations" resolved
    assert any("claims both countries deny" in t for t in texts["denies"])  # "both countries": the two parties of the act
    assert any("blamed North Korea for sending arms to Russia" in t for t in texts["alleges"])
    assert any("has shipped over 10,000 containers" in t for t in texts["asserts"])  # a paraphrase by another verb, same act
    stances = {(p["name"], p["stance"]) for p in claim["parties"]}
    assert ("North Korea", "denies") in stances and ("Matthew Miller", "asserts") in stances


def test_conflicting_figures_stand_side_by_side(claims: list[dict[str, Any]]) -> None:
    figures = {f["value"]: f for f in _arms(claims)["figures"]}
    assert figures[11000]["attributed_to"] == "Matthew Miller"
    assert figures[10000]["attributed_to"] == "United States"
    assert figures[10000]["quantity"] == figures[11000]["quantity"] == "containers of munitions"
    assert str(figures[10000]["date"]).endswith("-09")  # "since September", against the article's 2024 date
    assert figures[11000]["qualifier"] == "over"
    assert figures[11000]["differs"] and figures[10000]["differs"]  # two statements, two values of one shipment


def _figures(text: str) -> list[dict[str, Any]]:
    return find_figures(text, 0, article="x", timexes=[], source=None, when=None)


def test_a_modal_after_a_number_counts_nothing() -> None:
    """bpoil_bbc (dev): "Congressmen say Halliburton recommended that 21 should be used, but BP decided only six should
    be used" gave the figure "21 should" (21 of "should"): what the number counts was named sentences before."""
    assert _figures("Congressmen say Halliburton recommended that 21 should be used, but BP decided only six should be used.") == []
    (staff,) = _figures("Some 21 centralisers could be used.")
    assert staff["counted"] == "centraliser"


def test_sums_ranges_and_areas_are_figures() -> None:
    """Sentences of bpoil_washingtonpost (dev): a sum of money is its currency's figure, with its multiplier; a range
    is one figure with both ends; "square miles" is one unit; the 12 of "K-12" counts nothing."""
    (sum_,) = _figures("Boehner says it's $115 billion, which is wrong.")
    assert (sum_["value"], sum_["counted"]) == (115_000_000_000, "$")
    paid = _figures("BP has already paid $81 million in claims, exceeding the $75 million cap on damages")
    assert [(f["value"], f["counted"]) for f in paid] == [(81_000_000, "$"), (75_000_000, "$ cap")]
    (flow, gallons) = _figures("35,000 to 60,000 barrels (1.47 million to 2.52 million gallons) of oil a day")
    assert (flow["low"], flow["value"], flow["counted"]) == (35_000, 60_000, "barrel")
    assert (gallons["low"], gallons["value"]) == (1_470_000, 2_520_000)
    (marsh,) = _figures("around 5 percent of the state's 3,900 square miles of marsh is oily")[1:]
    assert marsh["counted"] == "square mile" and marsh["text"] == "3,900 square miles of marsh"
    assert [f["value"] for f in _figures("Hispanics make up 40 percent of the K-12 students in Arizona")] == [40]


def test_only_figures_of_different_statements_differ() -> None:
    """One sentence's several figures ("removing 2,000 barrels of oil a day from the leak, up from 1,000"; a range
    and a value inside it) disagree with nothing; the same figure seen twice (a quote and the sentence that holds it)
    is kept once; a value outside another statement's range differs."""
    change = _figures("BP said it was removing 2,000 barrels of oil a day from the leak, up from 1,000.")
    assert not any(f.get("differs") for f in mark_differing([change]))
    assert len(mark_differing([change, change])) == len(change)
    estimate = _figures("In response to a question, McNutt said that 20,000 to 40,000 barrels is the most plausible range")
    inside = _figures("The flow could be as much as 25,000 barrels a day")
    assert not any(f.get("differs") for f in mark_differing([estimate, inside]))
    outside = _figures("BP said its estimate of 5,000 barrels a day was the best it had")
    marked = mark_differing([estimate, outside])
    assert [f["value"] for f in marked if f.get("differs")] == [40_000, 5_000]
    text = ("The government has estimated that 62,000 barrels a day initially gushed from the Macondo well after the "
            "blowout, later dropping to 53,000 barrels as the reservoir was depleted.")
    copy = find_figures(text, 500, article="y", timexes=[], source=None, when=None)
    assert not any(f.get("differs") for f in mark_differing([_figures(text), copy]))  # a syndicated copy agrees


def test_the_ledger_has_no_topic_word_list() -> None:
    """No arms, munitions or monitor word decides what a claim is: the mechanism is general."""
    import ast

    def code_of(path: Path) -> str:  # the code with docstrings and comments left out (they quote the seeds)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                body.pop(0)
        return ast.unparse(tree).lower()

    folder = REPO / "src" / "storyline" / "analyse" / "claims"
    code = " ".join(code_of(p) for p in folder.glob("*.py"))
    code += " ".join(code_of(p) for p in (REPO / "src" / "storyline" / "analyse").glob("lexicon.py"))
    for word in ("munition", "missile", "weapon", "arms_words", "sanctions monitors", "korea", "russia"):
        assert word not in code, word


def test_status_rules() -> None:
    assert status_of({"US"}, {"Russia"}, False, 1) == "contested"
    assert status_of(set(), {"Russia"}, False, 0) == "denied"
    assert status_of({"US", "UK"}, set(), False, 2) == "corroborated"
    assert status_of({"US", "UK"}, set(), False, 1) == "asserted"  # two parties in one source: not independent
    assert status_of({"US"}, set(), True, 1) == "retracted"
    assert status_of(set(), {"rebels"}, False, 0, refused=True) == "rejected"
    assert status_of({"AU"}, {"rebels"}, False, 1, refused=True) == "contested"
    # one source under the names two versions of an article give it is no corroboration (LibyaWar_cnn ledger entries
    # a judge found "corroborated" so); father and son, or two governments' officials, are two sources
    assert status_of({"Abdul Fattah Younis al Abidi", "al Abidi"}, set(), False, 2) == "asserted"
    assert status_of({"angry protesters", "some angry protesters in Tripoli"}, set(), False, 2) == "asserted"
    assert status_of({"Saif al-Islam Gadhafi", "Moammar Gadhafi"}, set(), False, 2) == "corroborated"
    assert status_of({"Libyan officials", "U.S. officials"}, set(), False, 2) == "corroborated"
    # a spokesman speaks for his body, and a state's government by its demonym or its name is the state (LibyaWar_cnn:
    # "A spokesman for the Libyan government said ... 31 people were killed" and "Libya's government said ..."); its
    # rebels are not the state
    assert status_of({"A spokesman for the Libyan government", "Libya's government"}, set(), False, 2) == "asserted"
    assert status_of({"Libyan rebels", "Libya"}, set(), False, 2) == "corroborated"


def test_figures_are_general_and_skip_years_and_durations() -> None:
    text = "The ministry said 2,000 people attended the rally in 2011, three years after 40 protesters were killed."
    found = {f["value"]: f for f in find_figures(text, 0, article="x", timexes=[], source=None, when=None)}
    assert set(found) == {2000, 40}
    assert found[2000]["counted"] == "people" and found[40]["counted"] == "protester"
    text = "Washington has revealed that Pyongyang has shipped over 10,000 containers of munitions to Russia."
    (figure,) = find_figures(text, 100, article="x", timexes=[], source="United States", when="2024-06")
    assert figure["text"] == "over 10,000 containers of munitions" and figure["start"] == 100 + text.index("over")


def test_sentence_stance_on_real_sentences() -> None:
    assert sentence_stance("However, both Moscow and Pyongyang have denied the allegations.") == "disagree"
    assert sentence_stance("The report could not be independently verified.") == "discuss"
    assert sentence_stance("According to an airline source, the plans were dropped.") == "discuss"
    assert sentence_stance("Washington has revealed that Pyongyang has shipped over 10,000 containers of munitions.") == "agree"
    unrelated = stance("Saudi Arabia's national airline to introduce gender segregation",
                       "The oil slicks found off the coast of Malaysia were not caused by the missing jet.")
    assert unrelated.label == "unrelated"


# --- a dev topic: denials, accusations and figures in Libya coverage ------------------------------


DENIALS = {  # sentences of LibyaWar_cnn in which a party denies a claim, and the words that name the denier
    "denying that Gadhafi is on his way to Venezuela": ("Jelban", "Libyan ambassador"),
    "has repeatedly denied any anti-Gadhafi protests": ("Libya", "government"),
    "rejected the younger Gadhafi's remarks": ("Libyan",),  # "Many Libyans": the people (entity "Libyan"), not Libya
    "denied having used force against his people": ("Gadhafi",),
}


@pytest.fixture(scope="module")
def libya(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Any]:
    """The dev-topic articles that hold the denials above, and 12 others that mention a denial, through the product."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    records = topic_records(LIBYA)
    wanted = ["Omar Jelban", "denied any anti-Gadhafi protests", "rejected the younger Gadhafi", "denied having used force"]
    chosen = [r for r in records if any(w in r["text"] for w in wanted)]
    chosen += [r for r in records if re.search(r"\bden(?:y|ies|ied)\b", r["text"]) and r not in chosen][:12]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    path = tmp_path_factory.mktemp("libya") / "libya.db"
    claims = _ledger(path, documents=list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)))
    from storyline.store.db import Store

    return claims, Store(path)


def test_denials_in_a_dev_topic_reach_the_ledger_with_their_denier(libya: tuple[list[dict[str, Any]], Any]) -> None:
    claims, _ = libya
    denials = [(e["text"], c["denied_by"]) for c in claims for e in c["evidence"] if e["role"] == "denies"]
    for words, deniers in DENIALS.items():
        found = [who for text, who in denials if words in " ".join(text.split())]
        assert found, words
        assert any(any(d in name for d in deniers) for who in found for name in who), (words, found)


def test_no_claim_of_a_dev_topic_is_an_artefact(libya: tuple[list[dict[str, Any]], Any]) -> None:
    """Every party is a name, not a date header or a pronoun; every evidence span says what it is cited for."""
    claims, _ = libya
    assert claims
    for claim in claims:
        for party in claim["parties"]:
            assert not re.match(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|^\d|^(?:he|she|it|they|we|i)$", party["name"], re.I), party
        for ev in claim["evidence"]:
            if ev["role"] == "denies":
                assert re.search(r"\b(?:den|reject|dismiss|disput|refut|rebut|contest|contradict)", ev["text"], re.I), ev["text"]


SHAPES = {  # a sentence of the dev topic -> what its ledger entry must (not) be
    "Switzerland ordered that his assets, and those of his entourage, be frozen": "a pronoun with no antecedent",
    "But the league can not ignore the suffering of civilians": "a description by the last word of a name",
    "the Libyan government has said it has as much as $130 billion in reserves": "a figure of an unnamed it",
    "The court is not asking international forces operating in Libya to arrest": "a description opening the words",
    "withdrew from the city's Martyrs' Square and returned to their positions": "the city after a reference point",
    "pro-Gadhafi forces entered a residential area in the city and shot": "the city after a square",
    "Nearly 750,000 people have fled the country, another 58,000": "the country",
    "pro-government demonstration said he had a message for Libyan rebels": "a sayer's he",
    "Nesirky said the U.N. agency ended its agreement with her given recent events": "her of a man",
    "a doctor at Benghazi's Al Jalla Hospital said": "party",
    "Mahmudi blamed the upheaval on": "party",
    "accused the Tripoli regime of using the radar device": "accusation",
    "The court could file charges against": "lead-in",
    "Gadhafi also denied using force against his people": "nested denial",
    "the ringleader of the attack had been held": "narration",
    "a court spokeswoman said Gadhafi would probably face serious charges": "setting",
    "neither confirmed nor denied it": "no stance",
    "The French government disputed claims of civilian deaths": "named claim",
    "denied Kaim's assertion": "resolved denial",
    "Italy will send military advisers to train the rebels": "same actor, other act",
    "shot live ammunition and automatic weapons at residents": "same act, other occasion",
    "appeared to be shelling strategic places like the port": "same act, other occasion",
    "he was urging Muslims to fight Western powers": "fragment",
    "The protesters are seeking the ouster of Gadhafi": "fragment",
    "The Libyan opposition has rejected a": "rejection",
    "the House has decisively rejected efforts": "reported rejection",
    "continues to reject any possibility": "ongoing rejection",
    "The opposition rejected that offer": "rejection of nothing named",
    "Kaim declined to confirm or deny the report": "no stance",
    "denied that the airport had switched hands": "aside after a dash",
    "had devolved into a": "a saying after a comma",
    "Regardless of when, he said,": "attribution inside",
    "Gadhafi, officials said, lost his legitimacy": "subject before the attribution",
    "we will keep up the pressure until all attacks against civilians have stopped": "no retraction",
    "condemned the violence and use of force against civilians": "quoted verb phrase",
    "He accused foreigners of fomenting the discontent": "pronoun accuser",
    "Gadhafi's daughter has accused NATO of war crimes": "a person of a body",
    "He vowed not to leave Libya, she reported": "pronoun subject of another gender than the reporter",
    "Khaled Kaim said later the government deeply regrets": "when it was said",
    "who asked whether the United States intended to arm the rebels": "a question",
    "He did not know exactly how many videos there were": "nothing said",
    "He has denied his people freedom": "something withheld",
    "Instead, he said, Shalgam asked only that": "an attribution inside the words",
    "Obama's authority under the Constitution": "quoted words that open with an auxiliary",
    "Shadow Foreign Secretary, Douglas Alexander is accusing": "a title with the name in apposition",
    "He said Gadhafi forces had withdrawn from the city": "a pronoun the quotes stage resolved",
    "they're trying to kill my father": "a daughter's she",
    "Gadhafi's opposition later rejected the proposal": "a proposal named the sentence before",
    "other opposition members and the government denied that": "a party no entity names, beside one",
    "Gadhafi's backers rejected the court's authority": "people named by whom they belong to",
    "Britain, France and Italy also confirmed": "three parties joined",
    "The city's two medical clinics were closed, he said": "an unnamed doctor's he",
    "India's U.N. ambassador asked": "a question put",
    "The prosecutor of the court is": "a partial quote inside its clause",
    "But NATO's operation in Libya denied responsibility": "responsibility for the act claimed before",
    "Dawaji, a U.S.-based Libyan": "one sentence in an article and its rewrite",
    "Ghoga also claimed that": "a partial quote inside the reported clause",
    "McCain has expressed anger that": "a feeling, not a claim",
    "What is the role of our country": "a question quoted after another",
    "Of the 50,000 refugees who have come through here": "a quote split around its attribution",
    "she opposes doing that": "a pointer for an object",
    "Gulf Cooperation Council said Monday night they supported such an action": "a pointer for an object",
    "told CNN affiliate WVUE that he ended the contract": "a call sign before the told clause",
    "There are a lot of people getting killed for their freedom": "one man's words in two versions",
    "so they can accuse you of anything": "what could be said",
    "At least 15 people died and 200 others were wounded in the city": "a toll",
    "At least three people were killed and 150 wounded, Ibrahim said": "another toll",
    "Many Libyans have rejected the younger Gadhafi's remarks": "people named by their nation",
    "haven't been in control and they never were in control": "a claim put in the negative",
    "State TV claimed Thursday that Gadhafi's forces were in control of Ajdabiya": "its opposite",
    "The leader of an opposition movement told CNN that helicopter gunships": "a relayed saying",
    "And the war has forced out 215,000 people": "two words in common with a denial",
    "he left Libya because the suffering of the people became too unbearable": "a man named",
    "tells CNN he left because the suffering of the country's people had become unbearable": "the man described",
    "The World Food Programme said that, since April, it has distributed": "a that before a comma",
    "The U.S. rejected out of hand the African Union peace initiative": "a thing refused",
    "Government officials said they have chartered a ferry": "the speaker's own they",
    "Oil company Total says it will evacuate": "an unnamed body's own it",
    "the foreign ministry said it had summoned the Libyan ambassador": "a ministry's own it",
    "A Libyan man from Dubai said he couldn't reach his hotel": "an unnamed man's own he",
    "rejected the non-binding proposal, saying it did not address": "an it that is not the speaker",
    "Defense Secretary Robert Gates said Thursday it would be a mistake": "an it with nothing to refer to",
}


@pytest.fixture(scope="module")
def shaped(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Any]:
    """The dev-topic articles holding the sentences of ``SHAPES`` (up to three each), through the product."""
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    records = topic_records(LIBYA)
    chosen = []
    for words in SHAPES:  # the records are Penn-Treebank tokenised ("Benghazi 's"): compared without spaces
        found = [r for r in records if words.replace(" ", "") in "".join(r["text"].split())][:3]
        assert found, words
        chosen += [r for r in found if r not in chosen]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    path = tmp_path_factory.mktemp("shaped") / "shaped.db"
    claims = _ledger(path, documents=list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)))
    from storyline.store.db import Store

    return claims, Store(path)


def _entries(claims: list[dict[str, Any]], words: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(c, e) for c in claims for e in c["evidence"] if words in " ".join(e["text"].split())]


def test_a_name_inside_the_speakers_words_is_not_the_speaker(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"a doctor at Benghazi's hospital said", "Libyan state television reported": neither Benghazi nor "Libyan" speaks;
    what the television reports Mahmudi said is Mahmudi's. (The doctor's words, "The reported power shift followed fresh
    clashes ...", are no ledger line since the thirty-third session, their opening description unclear in the story:
    their statement is read before the ledger sifts it.)"""
    doctor = _statements(shaped[1], "a doctor at Benghazi's Al Jalla Hospital said")
    assert doctor and all(s.speaker_name and "Benghazi" != s.speaker_name and "doctor" in s.speaker_name for s, _ in doctor), [
        (s.speaker_name, s.speakers) for s, _ in doctor]
    for words, wrong in (("Libyan state television reported", "Libyan"),):
        entries = _entries(shaped[0], words)
        assert entries, words
        for claim, _ in entries:
            assert wrong not in {p["name"] for p in claim["parties"]}, (words, claim["parties"])
    assert any("Mahmudi" in p["name"] for c, _ in _entries(shaped[0], "Libyan state television reported") for p in c["parties"])


def test_an_accusation_shows_its_verb_with_its_object(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    entries = _entries(shaped[0], "accused the Tripoli regime of using the radar device")
    assert entries
    claim = entries[0][0]
    # the accuser named in the sentence stays with the verb: a verb phrase alone says nothing of who accuses
    assert claim["statement"].startswith("A NATO military statement accused the Tripoli regime of using"), claim["statement"]
    assert any(p["stance"] == "alleges" and "NATO" in p["name"] for p in claim["parties"]), claim["parties"]


def _statements(store: Any, words: str) -> list[tuple[Any, str]]:
    """The stored statements (before the ledger merges and sifts them) whose sentence holds ``words``, with their text."""
    import json

    from storyline.corpus.statements import decode

    out = []
    for row in store.query("SELECT f.data, a.text FROM facts f JOIN articles a ON a.id = f.article WHERE f.stage = 'statements'"):
        for statement in decode(json.loads(row["data"]))[1].statements:
            if words in " ".join(row["text"][statement.start : statement.end].split()):
                out.append((statement, row["text"]))
    return out


def test_the_speakers_next_saying_is_not_in_the_words(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1687: "Louisiana Governor Bobby Jindal said the coast was in a “war to stop this oil” but also
    asked Obama to put a quick end to a drilling moratorium": Jindal's statement is that the coast was at war; the
    asking the parse joined to it is his next act (no coast asks), not part of what he said. bpoil_washingtonpost (dev),
    claims draw of seed 5544 (garbled, fifty-seventh session): "Tyson Slocum ... acknowledged that the boycotts have
    hardly wounded BP's bottom line but said the effort could help ..." showed "... bottom line but said the effort ...":
    a saying in the speaker's tense with no subject of its own, joined to words told in another, is the speaker's next."""
    import json

    from storyline.model import RawDocument
    from storyline.store.db import Store

    texts = ("Many on the Gulf Coast are torn between support for the oil industry and anger. Louisiana Governor Bobby "
             "Jindal said the coast was in a “war to stop this oil” but also asked Obama to put a quick end to a drilling "
             "moratorium.",
             "Tyson Slocum, Public Citizen's energy policy program director, acknowledged that the boycotts have hardly "
             "wounded BP's bottom line but said the effort could help pierce the company's eco-friendly image.")
    path = tmp_path / "next.db"
    _ledger(path, documents=[RawDocument(source=f"t{k}", raw=json.dumps({"url": f"t17://test/{k}", "published": "2010-06-15",
                                                                          "text": text}).encode(),
                                         media_type="application/json") for k, text in enumerate(texts)])
    store = Store(path)
    for words, cue, told in (("said the coast was in", "say", "the coast was in"),
                             ("acknowledged that the boycotts", "acknowledge", "that the boycotts have hardly wounded")):
        contents = [text[s.content_start : s.content_end] for s, text in _statements(store, words) if s.cue == cue]
        assert contents and all(c.startswith(told) and "said" not in c and "asked" not in c for c in contents), contents


def test_a_partial_quote_keeps_the_clause_that_leads_into_it(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """(Read from the statements: the ledger leaves out a line that names nothing, as "The court could file charges
    against ..." alone does not say which court.)"""
    found = _statements(shaped[1], "The court could file charges against")
    assert found
    assert all(text[s.content_start : s.content_end].startswith("The court could file charges against") for s, text in found), [
        text[s.content_start : s.content_end] for s, text in found]


def test_a_denial_inside_reported_words_is_the_deniers(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Gadhafi also denied using force against his people, Amanpour reported": Gadhafi denies; Amanpour asserts nothing."""
    entries = _entries(shaped[0], "Gadhafi also denied using force against his people")
    assert entries
    assert any(e["role"] == "denies" and any("Gadhafi" in d for d in c["denied_by"]) for c, e in entries), entries
    assert not any("Amanpour" in name for c, _ in entries for name in c["asserted_by"])


def test_the_reporters_own_clause_and_setting_are_not_the_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"He said P but he gave no details": the second clause is the reporter's; "In March, after ..., X said P": P is what
    was said (the quotes stage's content, which the ledger states)."""
    quotes = [q for q in shaped[1].rows("quotes") if q["kind"] == "indirect"]
    for words, left_out in (("the ringleader of the attack had been held", "gave no details"),
                            ("Gadhafi would probably face serious charges", "In March")):
        found = [q["text"] for q in quotes if words in q["text"]]
        assert found, words
        assert all(left_out not in text for text in found), found


def test_neither_confirming_nor_denying_takes_no_stance(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    assert not [e for _, e in _entries(shaped[0], "neither confirmed nor denied it") if e["role"] in ("denies", "confirms")]


def test_a_denial_of_named_claims_is_their_own_entry(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"The French government disputed claims of civilian deaths": the claims are named, so the denial is not pointed at
    whatever was said two sentences before; the entry reads as the sentence ("Claims of civilian deaths in Libya from
    recent airstrikes" alone was a judge's fragment, 1313 draw)."""
    entries = _entries(shaped[0], "The French government disputed claims of civilian deaths")
    assert entries
    for claim, evidence in entries:
        assert evidence["role"] == "denies" and claim["denied_by"] == ["French government"], claim
        assert claim["statement"].startswith("The French government disputed claims of civilian deaths"), claim["statement"]


def test_a_denial_resolved_in_its_article_joins_only_that_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Massari denied Kaim's assertion": it denies what Kaim said (visas), not every act of Italy's in the story."""
    entries = _entries(shaped[0], "denied Kaim's assertion")
    assert entries
    for claim, _ in entries:
        stated = [" ".join(e["text"].split()) for e in claim["evidence"] if e["role"] != "denies"]
        assert stated and all("Kaim" in text for text in stated), stated


def test_two_occasions_of_one_act_are_two_claims(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """Pro-Gadhafi forces shooting at residents, and shelling the port: one actor, one kind of act, two claims (a
    specific act's statements group on words they share in proportion, not on any two)."""
    shooting = _entries(shaped[0], "shot live ammunition and automatic weapons at residents")
    assert shooting
    for claim, _ in shooting:
        assert not any("shelling strategic places" in e["text"] for e in claim["evidence"]), claim["statement"]


def test_what_someone_urged_or_sought_is_no_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"he was urging Muslims to fight ... as he pursued a leadership position", "seeking the ouster of Gadhafi ... that
    was seen in Tunisia": a finite verb inside a subordinate or relative clause does not make the object a proposition."""
    for words, fragment in (("he was urging Muslims to fight Western powers", "Muslims to fight"),
                            ("The protesters are seeking the ouster of Gadhafi", "The ouster of Gadhafi")):
        assert not [c["statement"] for c in shaped[0] if c["statement"].startswith(fragment)], words


def test_a_rejected_proposal_is_a_rejection_of_that_proposal(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"The Libyan opposition has rejected a 'road map' proposal by the African Union": the proposal is the entry, the
    opposition rejects it (status "rejected", not a denied claim). "Obama continues to reject any possibility of ...":
    the subject of "continues" rejects; each entry reads as who rejects what ("The African Union peace initiative"
    alone was a judge's fragment, 2424 draw). "Clinton said she was gratified that the House has decisively rejected efforts
    ...": the House rejects, Clinton asserts; neither contests the other. "The opposition rejected that offer" names
    nothing a reader could check, so no entry holds it as a rejection."""
    road = [(c, e) for c, e in _entries(shaped[0], "The Libyan opposition has rejected a") if e["role"] == "denies"]
    assert road
    for claim, _ in road:
        assert claim["status"] == "rejected" and "Libyan opposition" in claim["denied_by"], claim
        assert all("opposition" in who for who in claim["denied_by"]), claim["denied_by"]  # another article's rejection joins
        assert "proposal by the African Union" in claim["statement"] and "rejected" in claim["statement"], claim["statement"]
    ongoing = [c for c, e in _entries(shaped[0], "continues to reject any possibility") if e["role"] == "denies"]
    assert ongoing and all("Obama" in " ".join(c["denied_by"]) for c in ongoing), ongoing
    assert all(c["statement"].startswith("Obama continues to reject any possibility of sending") for c in ongoing), ongoing
    house = _entries(shaped[0], "the House has decisively rejected efforts")
    assert {e["role"] for _, e in house} >= {"asserts", "denies"}, house
    assert all(c["status"] != "contested" for c, _ in house), [(c["status"], c["parties"]) for c, _ in house]
    assert not [e for _, e in _entries(shaped[0], "The opposition rejected that offer") if e["role"] == "denies"]


def test_the_reporters_words_are_cut_from_the_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"denied that the airport had switched hands -- insisting, as with the rest of Tripoli, ...": the claim ends at the
    dash; "Regardless of when, he said, 'the scope ...'": the claim starts after the attribution; "Gadhafi, officials
    said, lost his legitimacy": the words before the attribution are the claim's subject and stay."""
    airport = [c for c, e in _entries(shaped[0], "denied that the airport had switched hands") if e["role"] == "denies"]
    assert airport and all(c["statement"] == "The airport had switched hands" for c in airport), [c["statement"] for c in airport]
    scope = [c for c, e in _entries(shaped[0], "Regardless of when, he said,") if e["role"] == "asserts"]
    assert scope and all(c["statement"].startswith("“the scope of the U.S. involvement") for c in scope), [c["statement"] for c in scope]
    legitimacy = [c for c, _ in _entries(shaped[0], "Gadhafi, officials said, lost his legitimacy")]
    assert legitimacy and all(c["statement"].startswith("Gadhafi, officials said, lost") for c in legitimacy), [c["statement"] for c in legitimacy]
    stalemate = [c for c, e in _entries(shaped[0], "had devolved into a") if e["role"] == "denies"]  # '... denied that
    # the situation in Libya had devolved into a "stalemate," insisting that NATO was "making progress"': he denies
    # the stalemate, and insists on the progress
    assert stalemate and all("insisting" not in c["statement"] for c in stalemate), [c["statement"] for c in stalemate]


def test_declining_to_deny_and_withdrawing_forces_take_no_stance(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Kaim declined to confirm or deny the report": no denial; "... until Gadhafi's forces have withdrawn to bases":
    forces moving back is no retraction, and NATO's words stay NATO's."""
    assert not [e for _, e in _entries(shaped[0], "Kaim declined to confirm or deny the report") if e["role"] == "denies"]
    pressure = _entries(shaped[0], "we will keep up the pressure until all attacks against civilians have stopped")
    assert pressure
    assert not [e for _, e in pressure if e["role"] == "retracts"]
    assert not [c for c, _ in pressure if any("Gadhafi" in p["name"] for p in c["parties"])], [c["parties"] for c, _ in pressure]


def test_denying_someone_something_is_no_denial(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"He has denied his people freedom, exploited their wealth, murdered opponents": Gadhafi withheld freedom; he
    denied no claim."""
    assert not [e for _, e in _entries(shaped[0], "He has denied his people freedom") if e["role"] == "denies"]


def test_a_claim_keeps_the_subject_of_its_verb(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """'the U.N. Security Council said it "condemned the violence ..."': the quoted words begin with a verb, so the claim
    takes in its subject (its "it" shown as the council itself, '[U.N. Security Council] "condemned ...'), as "He accused
    foreigners of fomenting the discontent" keeps "He" (shown as Gadhafi): a bare verb phrase says nothing of who acts."""
    condemned = [c for c, e in _entries(shaped[0], "condemned the violence and use of force against civilians") if e["role"] == "asserts"]
    assert condemned and all(c["statement"].startswith("[U.N. Security Council] “condemned the violence") for c in condemned), [
        c["statement"] for c in condemned]
    authority = [c for c, e in _entries(shaped[0], "Obama's authority under the Constitution") if e["role"] == "asserts"]
    assert authority and all(c["statement"].startswith("Obama's authority under the Constitution “does not free") for c in authority), [
        c["statement"] for c in authority]
    accused = [c for c, e in _entries(shaped[0], "He accused foreigners of fomenting the discontent") if e["role"] == "alleges"]
    assert accused and all(c["statement"].startswith("[Moammar Gadhafi] accused foreigners of") for c in accused), [c["statement"] for c in accused]


def test_a_claim_names_the_person_its_first_pronoun_stands_for(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """'Gadhafi said ... He accused foreigners of fomenting the discontent': read alone in the ledger, "He" names no one,
    so the claim shows "[Moammar Gadhafi] accused ..."; in "He vowed not to leave Libya, she reported" the "she" is
    the reporter, and a link that makes one person both "he" and "she" names no one."""
    vowed = [c for c, _ in _entries(shaped[0], "He vowed not to leave Libya, she reported")]
    assert vowed and all(c["statement"].startswith(("He vowed", "[Moammar Gadhafi] vowed")) for c in vowed), [c["statement"] for c in vowed]


def test_when_it_was_said_is_not_part_of_the_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Khaled Kaim said later the government deeply regrets the looting": "later" dates the saying, not the regret."""
    regrets = [c for c, e in _entries(shaped[0], "Khaled Kaim said later the government deeply regrets") if e["role"] == "asserts"]
    # (the government it means is named when the entities stage linked it: "[Libya] deeply regrets ...")
    assert regrets and all(c["statement"].startswith(("The government deeply regrets", "[Libya] deeply regrets"))
                           for c in regrets), [c["statement"] for c in regrets]


def test_a_person_named_by_her_relation_speaks_for_herself(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Gadhafi's daughter has accused NATO of war crimes": the daughter accuses, not her father (the possessor is a
    body's name only for the body's documents and parts: "a NATO military statement")."""
    entries = [c for c, e in _entries(shaped[0], "Gadhafi's daughter has accused NATO of war crimes") if e["role"] == "alleges"]
    assert entries
    for claim in entries:
        assert all(p["name"] != "Moammar Gadhafi" for p in claim["parties"] if p["stance"] == "alleges"), claim["parties"]
        assert any("daughter" in p["name"] for p in claim["parties"]), claim["parties"]


def test_a_title_with_the_name_in_apposition_is_the_named_person(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Shadow Foreign Secretary, Douglas Alexander is accusing the government of “serial bungling”": the accuser is
    Douglas Alexander, not the bare title (a judge counted the title a vague party)."""
    entries = [c for c, e in _entries(shaped[0], "Douglas Alexander is accusing") if e["role"] == "alleges"]
    assert entries
    assert all("Douglas Alexander" in c["asserted_by"] and "Shadow Foreign Secretary" not in c["asserted_by"]
               for c in entries), [c["asserted_by"] for c in entries]


def test_a_pronoun_speaker_is_whom_the_quotes_stage_resolved(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Khaled el-Sayeh ... told CNN ... He said Gadhafi forces had withdrawn from the city": the claim was credited to
    Moammar Gadhafi, the entity resolver's link for "He"; "Gadhafi's daughter, Ayesha ... she said “... they're trying
    to kill my father”" to her father. The quotes stage's reading of the pronoun is the party (a judge's draw)."""
    withdrawn = [c for c, _ in _entries(shaped[0], "Gadhafi forces had withdrawn from the city")]
    assert withdrawn and all("Moammar Gadhafi" not in c["asserted_by"] for c in withdrawn), [c["asserted_by"] for c in withdrawn]
    assert any(any("Sayeh" in p for p in c["asserted_by"]) for c in withdrawn), [c["asserted_by"] for c in withdrawn]
    father = [c for c, _ in _entries(shaped[0], "trying to kill my father")]
    assert all("Moammar Gadhafi" not in c["asserted_by"] for c in father), [c["asserted_by"] for c in father]


def test_a_cut_off_aside_before_the_claim_is_not_shown() -> None:
    """A live-blog line of LibyaWar_cnn: "(9:22 p.m. ET, 3:22 a.m. in Libya) Forces loyal to ... are honoring a
    cease-fire": when the claim's words start inside the parenthesis, the time stamp is not part of what is claimed;
    a parenthesis the words hold whole stays; a live blog's "LIBYA, 1:19 p.m. ET, 8:19 p.m. local:" stamp goes too."""
    from storyline.analyse.claims.ledger import _content
    from storyline.analyse.claims.statements import Statement

    text = "(9:22 p.m. ET, 3:22 a.m. in Libya) Forces loyal to Libyan leader Moammar Gadhafi are honoring a cease-fire."
    cut = Statement("a", 0, 0, len(text), 1, len(text) - 1, "asserts", None, None, "said")
    assert _content({"a": text}, cut) == "Forces loyal to Libyan leader Moammar Gadhafi are honoring a cease-fire"
    whole = Statement("a", 0, 0, len(text), 0, len(text) - 1, "asserts", None, None, "said")
    assert _content({"a": text}, whole).startswith("(9:22 p.m. ET")
    stamped = "LIBYA, 1:19 p.m. ET, 8:19 p.m. local: Libyan helicopter gunships are firing into crowds of protesters."
    blog = Statement("a", 0, 0, len(stamped), 0, len(stamped) - 1, "asserts", None, None, "said")
    assert _content({"a": stamped}, blog) == "Libyan helicopter gunships are firing into crowds of protesters"


def test_a_question_or_a_negated_saying_is_no_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"House and Senate members who asked whether the United States intended to arm the rebels" assert nothing, nor
    does "He did not know exactly how many videos there were showing abuse"."""
    for words in ("who asked whether the United States intended to arm the rebels", "He did not know exactly how many videos"):
        assert not [c for c, e in _entries(shaped[0], words) if e["role"] == "asserts"], words


def test_an_attribution_inside_the_words_is_cut_from_the_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Instead, he said, Shalgam asked only that the National Transitional Council ... be considered ..., Lavrov
    said": the claim shown is "Instead, Shalgam asked only that ..."; its evidence is the whole sentence."""
    entries = [c for c, e in _entries(shaped[0], "Instead, he said, Shalgam asked only that") if e["role"] == "asserts"]
    assert entries and all(c["statement"].startswith("Instead, Shalgam asked only that") for c in entries), [c["statement"] for c in entries]


def test_a_bare_proposal_is_the_one_named_before(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"... agreed, in principle, to the African Union's 'road map' proposal for peace. Gadhafi's opposition later
    rejected the proposal": what is rejected is that proposal, and the evidence holds the sentence naming it; the
    opposition, not Gadhafi, rejects it ("Gadhafi's opposition" are his foes, not his voice)."""
    entries = [(c, e) for c, e in _entries(shaped[0], "Gadhafi's opposition later rejected the proposal") if e["role"] == "denies"]
    assert entries
    for claim, evidence in entries:
        assert "road map" in claim["statement"], claim["statement"]  # the entry joins the other articles' road map
        assert "proposal for peace" in evidence["text"], evidence["text"]
        assert "Gadhafi's opposition" in claim["denied_by"] and "Moammar Gadhafi" not in claim["denied_by"], claim["denied_by"]


def test_every_party_of_a_joined_subject_speaks(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"other opposition members and the government denied that": the members deny too, though no entity names them;
    "Britain, France and Italy also confirmed": all three; "Gadhafi's backers rejected the court's authority": the
    backers; "He vowed not to leave Libya, she reported, and denied having used force": the denial is his, not the
    reporter's."""
    members = [c for c, e in _entries(shaped[0], "other opposition members and the government denied that") if e["role"] == "denies"]
    assert members and all("other opposition members" in c["denied_by"] for c in members), [c["denied_by"] for c in members]
    three = [c for c, e in _entries(shaped[0], "Britain, France and Italy also confirmed")]
    assert three and all({"United Kingdom", "France", "Italy"} <= {p["name"] for p in c["parties"]} for c in three), [
        c["parties"] for c in three]
    backers = [c for c, e in _entries(shaped[0], "Gadhafi's backers rejected the court's authority") if e["role"] == "denies"]
    assert backers and all("Gadhafi's backers" in c["denied_by"] for c in backers), [c["denied_by"] for c in backers]
    force = [c for c, e in _entries(shaped[0], "she reported, and denied having used force") if e["role"] == "denies"]
    assert force and all("Moammar Gadhafi" in c["denied_by"] and "Christiane Amanpour" not in c["denied_by"] for c in force), [
        c["denied_by"] for c in force]


def test_a_page_headers_date_is_no_party() -> None:
    """"Fri Feb 25 2011 12:50:00 Libya's beleaguered leader ...": a wire header's shortened date joined to a subject
    names no one; a name that holds a month's word does."""
    from storyline.analyse.claims.statements import is_party_name

    assert not is_party_name("Fri Feb")
    assert not is_party_name("Thu Jun")
    assert is_party_name("Theresa May") and is_party_name("Human Rights Watch")


def test_denial_recall_counts_a_denier_named_by_an_alias(libya: tuple[list[dict[str, Any]], Any]) -> None:
    """The eval's denial recall on the dev-topic slice, through the product's ledger: a floor, pinned below what it
    measures, so a change that loses denials fails here (an entity's alias names it: "The U.S. rejected ...")."""
    from storyline.evaluate.claims import denial_recall

    result = denial_recall(libya[1])
    print(result["recalled"], result["denial_sentences"])
    assert result["denial_sentences"] >= 20
    assert result["denial_recall"] >= 0.6, result["missed_sample"]


def test_he_after_an_unnamed_doctor_is_the_doctor(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"A doctor who left the city in the morning told CNN that Gadhafi forces had fatally shot two fellow doctors ...
    The city's two medical clinics were closed, he said.": the unnamed doctor is the last speaker, so "he" is not Gadhafi
    (a name inside the doctor's words); the claim is the doctor's or no one's, never Gadhafi's."""
    # (read from the statements: the ledger leaves the line out, as it names no city)
    closed = [s for s, _ in _statements(shaped[1], "The city's two medical clinics were closed, he said") if s.stance == "asserts"]
    assert closed
    for statement in closed:
        who = (statement.speaker_name or statement.speaker or "").lower()
        assert "gadhafi" not in who and "doctor" in who, (statement.speaker, statement.speaker_name)


def test_a_question_put_is_no_claim_and_a_partial_quote_keeps_its_clause(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """'India's U.N. ambassador asked, "Who will implement the no-fly zone? Who would provide assets for it?"' asserts
    nothing (a judge counted it a wrong entry); 'The prosecutor of the court is "100 percent" certain Gadhafi will face
    charges of crimes against humanity ..., the spokeswoman said' is the claim up to its attribution, not "The
    prosecutor of the court is '100 percent'"."""
    assert not [c for c, e in _entries(shaped[0], "India's U.N. ambassador asked") if e["role"] == "asserts"]
    certain = [c for c, e in _entries(shaped[0], "The prosecutor of the court is") if e["role"] == "asserts"]
    assert certain and all("certain Gadhafi will face charges" in c["statement"] for c in certain), [c["statement"] for c in certain]


def test_denying_responsibility_denies_the_act_claimed_before(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"A British airstrike hit an oil field in the eastern town of Sarir on Wednesday ..., Libyan Deputy Foreign
    Minister Khaled Kaim told reporters. But NATO's operation in Libya denied responsibility": NATO denies the strike
    Kaim claimed (a judge found the entry "asserted" with the denial in its own evidence)."""
    denied = [c for c, e in _entries(shaped[0], "NATO's operation in Libya denied responsibility") if e["role"] == "denies"]
    assert denied
    for claim in denied:
        assert claim["status"] == "contested" and "NATO" in claim["denied_by"], (claim["status"], claim["denied_by"])
        assert "British airstrike hit an oil field" in claim["statement"], claim["statement"]


HAITI = EVAL / "timeline17" / "t17" / "haiti_bbc"


def test_long_quotes_of_one_act_are_not_one_claim(tmp_path_factory: pytest.TempPathFactory) -> None:
    """haiti_bbc (dev): a BBC reporter's long dispatch ("The airport is now busier than ever ..."), Obama's "we will do
    what it takes to save lives", Napolitano's "this is not an opportunity for migration" and a 5,000-character page
    read as one quote all hold an act of aid in Haiti and share three common words ("help", "people", "aid"): they were
    one claim "corroborated" by seven sources. Shared words count for so few only when they are a quarter of the
    shorter statement's, and a page-long quote is no proposition."""
    if not HAITI.is_dir():
        pytest.skip(f"Timeline17 not found at {HAITI}")
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    phrases = ["The airport is now busier than ever", "do what it takes to save lives",
               "this is not an opportunity for migration", "BBC World Service has begun broadcasting"]
    records = topic_records(HAITI)
    chosen = [r for r in records if any(p.replace(" ", "") in "".join(r["text"].split()) for p in phrases)]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    claims = _ledger(tmp_path_factory.mktemp("haiti") / "haiti.db",
                     documents=list(records_from_jsonl(raw, source="haiti", max_bytes=10_000_000)))
    for claim in claims:
        said = " ".join(" ".join(e["text"].split()) for e in claim["evidence"])
        assert not ("do what it takes" in said and ("opportunity for migration" in said or "busier than ever" in said)), (
            claim["statement"], claim["asserted_by"])
        assert all(len(e["text"]) < 5000 for e in claim["evidence"] if e["role"] == "asserts"), claim["statement"][:80]


def test_a_sentence_and_its_copy_in_a_rewrite_are_one_source(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Nasha Dawaji, a U.S.-based Libyan pro-freedom activist, said she was with three key members of the Transitional
    National Council ..." and, in a rewrite of the article, "Najah Dawaji, a U.S.-based Libyan freedom activist, said
    ...": the article-level groups did not join the two versions, and the entry was "corroborated" by one woman under
    two spellings. Sentences that copy each other are one source."""
    entries = [c for c, e in _entries(shaped[0], "Dawaji, a U.S.-based Libyan") if e["role"] == "asserts"]
    assert entries
    for claim in entries:
        assert claim["status"] != "corroborated", (claim["status"], claim["asserted_by"])


def test_a_partial_quote_inside_a_clause_keeps_the_clause_and_a_feeling_is_no_claim(
        shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """'Ghoga also claimed that "thousands of demonstrators" opposing the regime were arrested in the capital ...' was the
    claim 'Ghoga also claimed that "thousands of demonstrators' (a judge's fragment): the reported clause holds the
    quote. "McCain has expressed anger that the White House didn't push for an earlier congressional vote" is his
    feeling about what happened, not his claim of it."""
    arrested = [c for c, e in _entries(shaped[0], "Ghoga also claimed that") if e["role"] in ("asserts", "alleges")]
    assert any("were arrested in the capital" in c["statement"] for c in arrested), [c["statement"] for c in arrested]
    assert not [c for c in arrested if c["statement"].rstrip("”\" ").endswith("thousands of demonstrators")]
    assert not [c for c, e in _entries(shaped[0], "McCain has expressed anger that") if c["statement"].lower().startswith("anger")]


def test_words_that_point_away_or_only_ask_are_no_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """Fragments a judge failed in the 8181 draw: McConnell's second question ("What is the role of our country in
    Libya's ongoing civil war?"); the first half of a quote split around its attribution ("Of the 50,000 refugees who
    have come through here", whose only verb is in a clause on "refugees"); "she opposes doing that" and "they supported
    such an action", whose object is an earlier sentence's. "Livingston ... told CNN affiliate WVUE that he ended the
    contract" is the clause after "that", not one that opens with the station's call sign."""
    statements = {words: [c["statement"] for c, e in _entries(shaped[0], words) if e["role"] == "asserts"] for words in (
        "What is the role of our country", "Of the 50,000 refugees who have come through here", "she opposes doing that",
        "they supported such an action", "told CNN affiliate WVUE that he ended the contract")}
    for words in ("What is the role of our country", "she opposes doing that", "they supported such an action"):
        assert not [s for s in statements[words] if words.split()[-1] in s.split()[-1]], (words, statements[words])
    assert not [s for s in statements["Of the 50,000 refugees who have come through here"] if s.startswith("Of the 50,000")]
    ended = statements["told CNN affiliate WVUE that he ended the contract"]
    assert ended and not [s for s in ended if s.startswith("WVUE")], ended


def test_the_same_words_in_two_articles_are_one_source(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """'"There are a lot of people getting killed for their freedom," the man ... told CNN' in one article and '...,"
    he said Sunday' in its rewrite: one protester, whom the versions call "an anti-government demonstrator" and "one
    man", was counted as two sources and the claim as corroborated (a judge's wrong-status, 8181 draw)."""
    entries = _entries(shaped[0], "There are a lot of people getting killed for their freedom")
    assert len({e["article"] for _, e in entries}) >= 2, entries
    for claim, _ in entries:
        assert claim["status"] != "corroborated", (claim["status"], claim["asserted_by"])


def test_what_someone_could_allege_is_no_allegation(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"The legal framework of Iran is also being ignored so they can accuse you of anything and perhaps kill you" (an
    Iranian interviewee): the claim "They can accuse you of anything", asserted by Iran, was a judge's wrong entry
    (7070 draw); no one accused anyone."""
    assert not [c["statement"] for c, e in _entries(shaped[0], "so they can accuse you of anything") if e["role"] == "alleges"]


def test_two_tolls_that_share_only_their_words_are_two_claims(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"At least 15 people died and 200 others were wounded in the city, according to one doctor" (Benghazi, February)
    and "At least three people were killed and 150 wounded, Ibrahim said" (a NATO strike on Tripoli, May) were one
    "corroborated" claim of seven parties with eighteen sentences (9292 draw): statements that share only their words
    and count the same thing with no figure in common are different tolls."""
    first = {c["id"] for c, e in _entries(shaped[0], "At least 15 people died and 200 others were wounded in the city")}
    second = {c["id"] for c, e in _entries(shaped[0], "At least three people were killed and 150 wounded")}
    assert first and second and not first & second, (first, second)


def test_people_named_by_their_nation_are_those_people(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Many Libyans have rejected the younger Gadhafi's remarks during the uprising": the ledger's denier was
    "Libyan", the demonym (an analyst's read, the product on LibyaWar_cnn); it is "Many Libyans"."""
    deniers = {p["name"] for c, e in _entries(shaped[0], "Many Libyans have rejected the younger Gadhafi's remarks")
               for p in c["parties"] if p["stance"] == "denies"}
    assert deniers and "Libyan" not in deniers and any("Libyans" in d for d in deniers), deniers


def test_a_claim_and_its_negative_are_not_one_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """'"They (Gadhafi's forces) haven't been in control and they never were in control," said one rebel fighter' and
    "State TV claimed Thursday that Gadhafi's forces were in control of Ajdabiya" were one claim asserted by both
    (1313 draw): statements that share their words but not their negation say opposite things."""
    never = {c["id"] for c, e in _entries(shaped[0], "haven't been in control and they never were in control")}
    claimed = {c["id"] for c, e in _entries(shaped[0], "State TV claimed Thursday that Gadhafi's forces were in control")}
    assert never and claimed and not never & claimed, (never, claimed)


def test_who_relays_another_s_saying_is_no_party_to_it(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"The leader of an opposition movement told CNN that helicopter gunships were firing into crowds, and two Libyan
    pilots defected to Malta ..., a Maltese government source said": the claim was the source's, shown as "The leader
    of an opposition movement told CNN that ..." (read in the product on the dev topic); the leader asserts it, and the
    source only relays his saying."""
    entries = [c for c, e in _entries(shaped[0], "The leader of an opposition movement told CNN that helicopter gunships")
               if e["role"] == "asserts"]
    assert entries and not [c for c in entries if "a Maltese government source" in c["asserted_by"]], [c["asserted_by"] for c in entries]
    assert all(c["statement"].lower().startswith("helicopter gunships") for c in entries), [c["statement"] for c in entries]


def test_two_words_in_common_are_not_one_claim(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Gadhafi also denied using force against his people" and "And the war has forced out 215,000 people, ..., the
    U.N. refugee agency said" share "force" and "people", two of their three words: the refugee agency became an
    asserter of Gorbachev's "he is using the military and weapons against defenseless people" (2424 draw)."""
    denial = {c["id"] for c, e in _entries(shaped[0], "Gadhafi also denied using force against his people")}
    figure = {c["id"] for c, e in _entries(shaped[0], "And the war has forced out 215,000 people")}
    assert denial and figure and not denial & figure, (denial, figure)


def test_a_news_agency_reporting_anothers_words_is_no_party(tmp_path_factory: pytest.TempPathFactory) -> None:
    """haiti_bbc (dev): "The World Bank said its local offices were destroyed but most of the staff were accounted
    for, Reuters news agency reported" — the parse hangs "reported" under "said", both verbs took the same words, and
    the ledger had the claim "corroborated" by Reuters and the World Bank (read in the product's corroborated claims)."""
    if not HAITI.is_dir():
        pytest.skip(f"Timeline17 not found at {HAITI}")
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    words = "The World Bank said its local offices were destroyed"
    other = "said its offices in Port-au-Prince had been destroyed"  # the same claim in another article: a ledger entry
    chosen = [r for r in topic_records(HAITI) if any(w.replace(" ", "") in "".join(r["text"].split()) for w in (words, other))]
    assert len(chosen) >= 2
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    claims = _ledger(tmp_path_factory.mktemp("haiti_report") / "haiti.db",
                     documents=list(records_from_jsonl(raw, source="haiti", max_bytes=10_000_000)))
    offices = [c for c, e in _entries(claims, words)]
    assert offices and not [c for c in offices if any("Reuters" in p for p in c["asserted_by"])], [c["asserted_by"] for c in offices]


def test_one_named_source_and_a_description_are_not_corroboration(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Shukri Ghanem told CNN in Rome that he left Libya because the suffering of the people became too unbearable" and,
    in another article, "Libya's oil minister defects to Italy and tells CNN he left because the suffering of the
    country's people had become unbearable": one man, named once and described once, made the claim "corroborated"
    (so did "The BBC's Mark Doyle" and "our correspondent" on haiti_bbc). With a named party among them, only named
    parties count as sources of their own."""
    entries = [c for c, e in _entries(shaped[0], "he left Libya because the suffering of the people became too unbearable")]
    assert entries and all(c["status"] != "corroborated" for c in entries), [(c["status"], c["asserted_by"]) for c in entries]


def test_a_claim_reads_from_its_own_first_word(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"The World Food Programme said that, since April, it has distributed 2,634 metric tons of food" was shown as
    "That, since April, it has ..." and "The U.S. rejected out of hand the African Union peace initiative" as "The
    African Union peace initiative" (two fragments of the 2424 draw)."""
    food = [c["statement"] for c, e in _entries(shaped[0], "The World Food Programme said that, since April") if e["role"] == "asserts"]
    assert food and all(s.startswith("Since April") for s in food), food
    refused = [c["statement"] for c, e in _entries(shaped[0], "The U.S. rejected out of hand the African Union peace") if e["role"] == "denies"]
    assert refused and all(s.startswith("The U.S. rejected") for s in refused), refused


def test_what_a_paper_has_learned_is_its_own_reporting(tmp_path_factory: pytest.TempPathFactory) -> None:
    """bpoil_guardian (dev): "The Guardian has also learned that BP faces a second legal challenge over its safety
    record" was a claim "contested: asserted by Guardian; denied by BP" at the top of the briefing's disputed claims (and
    "CNN learned that a C-130 cargo plane ... landed in Tunisia" on LibyaWar_cnn): what one learns or hears is not what
    one puts forward, and judges read it as the reporter's narration. BP's denial stays."""
    folder = EVAL / "timeline17" / "t17" / "bpoil_guardian"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    chosen = [r for r in topic_records(folder) if r["url"].endswith("/1403")]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    claims = _ledger(tmp_path_factory.mktemp("learned") / "guardian.db",
                     documents=list(records_from_jsonl(raw, source="guardian", max_bytes=10_000_000)))
    assert not [c for c in claims if "Guardian" in c["asserted_by"]], [(c["statement"], c["asserted_by"]) for c in claims]
    assert [c for c in claims if "BP" in c["denied_by"]]


POST = EVAL / "timeline17" / "t17" / "bpoil_washingtonpost"


@pytest.fixture(scope="module")
def post(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Articles of another dev topic (bpoil_washingtonpost) through the product: one with a count of rejected
    compensation claims, one with a passive denial, two with the same copied sentence of two flow figures, and two
    where Thad Allen speaks and dismisses another's comment, one where parties deny a mistake and say what they did,
    two whose claims open with "only that" and a demonstrative "that", and one with a denial in a relative clause."""
    if not POST.is_dir():
        pytest.skip(f"Timeline17 not found at {POST}")
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    wanted = {f"t17://bpoil_washingtonpost/{uid}" for uid in ("2037", "83", "540", "1579", "522", "701", "488", "1711", "172", "1211")}
    raw = "\n".join(json.dumps(r) for r in topic_records(POST) if r["url"] in wanted).encode()
    return _ledger(tmp_path_factory.mktemp("post") / "post.db",
                   documents=list(records_from_jsonl(raw, source="post", max_bytes=10_000_000)))


def test_counted_things_and_passives_are_no_denials(post: list[dict[str, Any]]) -> None:
    """"Feinberg and his team have rejected 56,197 claims" (claims for money, counted: no proposition) and "after
    being denied a visa, Dudley ran operations from abroad" (Dudley denied nothing) were denials in the ledger."""
    for words in ("have rejected 56,197 claims", "after being denied a visa"):
        assert not [c for c, e in _entries(post, words) if e["role"] == "denies"], words


def test_a_copied_sentence_of_two_figures_is_no_disagreement(post: list[dict[str, Any]]) -> None:
    """"62,000 barrels a day initially gushed ..., later dropping to 53,000 barrels", carried by two articles, had been
    "figures differ" in the briefing: each copy gives both values."""
    entries = _entries(post, "later dropping to 53,000 barrels")
    assert entries
    for claim, _ in entries:
        assert {62_000, 53_000} <= {f["value"] for f in claim["figures"]}
        assert not [f for f in claim["figures"] if f.get("differs")], claim["figures"]


def test_a_dismissal_does_not_join_the_dismissers_own_words(post: list[dict[str, Any]]) -> None:
    """"... was asked about Salazar's comment ..., he dismissed it as 'more of a metaphor'" had joined "He said BP
    had given him whatever he had asked for" (Allen's own words, another article): the claim "contested", asserted
    by Thad Allen and denied by Thad W. Allen. What a denial points at is about the denier, not said by him."""
    entries = _entries(post, "he dismissed it as")
    assert entries
    for claim, _ in entries:
        denied, asserted = set(claim["denied_by"]), set(claim["asserted_by"])
        assert not any(name.split()[-1] == other.split()[-1] for name in denied for other in asserted), claim
        assert not [e for e in claim["evidence"] if "whatever he had asked for" in e["text"]], claim


def test_what_a_sentence_denies_and_what_it_asserts_are_two_claims(post: list[dict[str, Any]]) -> None:
    """"Representatives of both ... denied that they made such a mistake, saying they went all-out with every
    available resource": one claim "contested" by the same people (asserted by "Representatives of both", denied by
    "Representatives"), as the parse let the denied clause run on into the saying."""
    entries = _entries(post, "denied that they made such a mistake")
    assert entries
    for claim, _ in entries:
        assert claim["status"] != "contested", claim
        assert "all-out" not in claim["statement"] or "mistake" not in claim["statement"], claim["statement"]


def test_a_claim_starts_at_its_own_words(post: list[dict[str, Any]]) -> None:
    """"Hayward said only that BP had used a number around the middle of published estimates" had been the claim "Only
    that BP had used ..." (the parse reads "that" as a determiner), and "According to BP oil workers, that means
    inspections have determined ..." the fragment "Means inspections ..." (a demonstrative subject cut as if it were a
    complementizer). (Hayward's line has since left the ledger: its figure, "35,000 to 60,000 barrels a day", was the
    writer's "which" clause on the published estimates, not his words, and one source's words with no act and no figure
    make no ledger line; no line may open on "Only that" either way.)"""
    assert any(c["statement"].startswith("That means inspections have determined") for c in post)
    assert not any(c["statement"].startswith(("Only that", "Means ")) for c in post)


def test_a_denial_in_a_relative_clause_denies_what_its_sentence_alleges(post: list[dict[str, Any]]) -> None:
    """"Critics, including a former BP contractor, have alleged that the Atlantis was built without proper safety
    controls, which BP denies": two entries, the allegation with ", which BP denies" in its words and a denial of
    "which" by BP; one contested claim, asserted by the critics and denied by BP."""
    entries = {c["id"]: c for c, _ in _entries(post, "which BP denies")}
    assert len(entries) == 1, [c["statement"] for c in entries.values()]
    (claim,) = entries.values()
    assert claim["status"] == "contested" and claim["denied_by"] == ["BP"], claim
    assert claim["statement"] == "The Atlantis was built without proper safety controls"


REUTERS = EVAL / "timeline17" / "t17" / "bpoil_reuters"


@pytest.fixture(scope="module")
def reuters(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Four bpoil_reuters (dev) articles through the product: a judge's order denying a stay request, Feinberg's "I
    don't care if BP denied your claim", Transocean denying BP's charges, BP denying market talk of bankruptcy."""
    if not REUTERS.is_dir():
        pytest.skip(f"Timeline17 not found at {REUTERS}")
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    wanted = {f"t17://bpoil_reuters/{uid}" for uid in ("484", "870", "338", "1026")}
    raw = "\n".join(json.dumps(r) for r in topic_records(REUTERS) if r["url"] in wanted).encode()
    return _ledger(tmp_path_factory.mktemp("reuters") / "reuters.db",
                   documents=list(records_from_jsonl(raw, source="reuters", max_bytes=10_000_000)))


def test_a_petition_decided_or_a_supposed_denial_denies_no_claim(reuters: list[dict[str, Any]]) -> None:
    """"Judge Martin Feldman issued a brief order denying the stay request" and "a federal judge ... rejected a request
    to allow the six-month ban to stand" decide petitions; "I don't care if BP denied your claim" supposes a denial.
    None is a denial in the ledger; Transocean's and BP's own denials stay, with their deniers."""
    for words in ("order denying the stay request", "rejected a request to allow", "I don't care if BP denied your claim"):
        assert not [c for c, e in _entries(reuters, words) if e["role"] in ("denies", "rejects")], words
    for words, denier in (("Transocean has denied those charges", "Transocean"), ("denied market talk", "BP")):
        assert [c for c, e in _entries(reuters, words) if e["role"] == "denies" and denier in c["denied_by"]], words


def test_a_described_party_beside_the_named_one_in_a_copy_is_not_listed_twice(tmp_path_factory: pytest.TempPathFactory) -> None:
    """LibyaWar_cnn (dev) 55, 262, 267, copies of one story: "“We see victories emerging at both national and
    international levels,” he said" was asserted by "Mustafa Abdul Jalil" and "the rebel leader" (judged vague party in
    the draw of seed 2222): one copy's "he" reached the name, another's the description."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    folder = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    wanted = {f"t17://LibyaWar_cnn/{uid}" for uid in ("55", "262", "267")}
    raw = "\n".join(json.dumps(r) for r in topic_records(folder) if r["url"] in wanted).encode()
    claims = _ledger(tmp_path_factory.mktemp("twins") / "twins.db",
                     documents=list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)))
    found = [c for c, e in _entries(claims, "We see victories emerging")]
    assert found and all(c["asserted_by"] == ["Mustafa Abdul Jalil"] for c in found), [c["asserted_by"] for c in found]


def test_a_figure_counts_the_noun_its_modifiers_qualify() -> None:
    """Sentences of haiti_bbc and LibyaWar_cnn (dev): a compound, an abbreviation or a proper adjective after the number
    qualifies what is counted ("11 Brazilian peacekeepers" count peacekeepers, not "Brazilian", which had set them
    beside "more than 1,200 Brazilian soldiers"); a clock with its zone and a time's seconds count nothing."""
    meals = _figures("He said 200,000 heavy-duty tents had been ordered to cope with Haiti's rainy season")
    assert [(f["text"], f["counted"]) for f in meals] == [("200,000 heavy-duty tents", "heavy-duty tent")]
    killed = _figures("at least 14 UN personnel have been killed - three Jordanian and 11 Brazilian peacekeepers, and one Haitian civilian")
    assert [f["counted"] for f in killed] == ["un personnel", "brazilian peacekeeper"]
    soldiers = _figures("the families of the more than 1,200 Brazilian soldiers in the UN mission")
    assert soldiers[0]["counted"] == "brazilian soldier"
    fired = _figures("The United States fired 20 Tomahawk cruise missiles into Libya during a 12-hour period")
    assert fired[0]["text"] == "20 Tomahawk cruise"
    assert _figures("Nearly 40,000 Libyans have fled the country's western mountainous region")[0]["counted"] == "libyan"
    (appeal,) = _figures("UN humanitarian chief John Holmes says it will launch a flash appeal for around $560m to help "
                         "victims at 2100 GMT")
    assert (appeal["value"], appeal["counted"], appeal["text"]) == (560_000_000, "$", "around $560m")
    assert _figures("a 7m wave") == []
    assert _figures("updated: Thu Mar 17 2011 05:49:00 Libyan leader Moammar Gadhafi's forces battled rebels") == []


def test_a_censure_that_says_what_for_is_an_allegation_a_later_denial_answers(tmp_path: Path) -> None:
    """haiti_bbc (dev): "Hugo Chavez criticised the US for sending too many soldiers but not enough medical supplies.
    John Caulfield, a US diplomat in Caracas, Venezuela, dismissed the allegations" -- the censure charges an act, and
    the allegations dismissed are that charge: one contested claim, Chavez alleging, Caulfield denying."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    folder = EVAL / "timeline17" / "t17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    record = next(r for r in topic_records(folder) if r["url"].endswith("/41"))
    claims = _ledger(tmp_path / "haiti.db", documents=list(records_from_jsonl(json.dumps(record).encode(), source="haiti",
                                                                               max_bytes=10_000_000)))
    (claim,) = [c for c in claims if any("dismissed the allegations" in e["text"] and e["role"] == "denies" for e in c["evidence"])]
    assert claim["status"] == "contested"
    assert claim["asserted_by"] == ["Hugo Chavez"] and claim["denied_by"] == ["John Caulfield"]
    assert "sending too many soldiers" in claim["statement"]


def test_the_press_relaying_is_no_party(tmp_path: Path) -> None:
    """haiti_bbc (dev): "It simply does not have the infrastructure to manage a rescue operation, correspondents say"
    and "our correspondent" saying the same had been a corroborated claim of two parties, and "The BBC's Andy Gallacher
    says ..." a party's claim: the outlet's own reporters tell the story, they are not parties to it."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    folder = EVAL / "timeline17" / "t17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    records = [r for r in topic_records(folder) if r["url"].rsplit("/", 1)[1] in ("419", "961", "260", "316")]
    raw = "\n".join(json.dumps(r) for r in records).encode()
    claims = _ledger(tmp_path / "haiti.db", documents=list(records_from_jsonl(raw, source="haiti", max_bytes=10_000_000)))
    assert claims
    parties = {p.lower() for c in claims for p in [*c["asserted_by"], *c["denied_by"]]}
    assert not [p for p in parties if "correspondent" in p or p == "andy gallacher"], parties  # "The BBC's Andy Gallacher"


def test_a_rough_figure_holds_the_values_near_it() -> None:
    """haiti_bbc (dev): "an emergency appeal for $550m later on Friday" and "a flash appeal for around $560m" agree (a
    rough figure holds what is near it), where "$550m" and "$600m" do not, nor "over 11,000" and "over 10,000" (the
    seeds: a bound is taken at its value);
    "later" is not what a sum counts."""
    spokeswoman = _figures("It will launch an emergency appeal for $550m later on Friday, UN spokeswoman Corinne Momal-Vanian said.")
    holmes = find_figures("UN humanitarian chief John Holmes says it will launch a flash appeal for around $560m to help "
                          "victims at 2100 GMT.", 500, article="x", timexes=[], source=None, when=None)
    assert [f["counted"] for f in spokeswoman + holmes] == ["$", "$"]
    assert not any(f.get("differs") for f in mark_differing([spokeswoman, holmes]))
    other = find_figures("It will launch a flash appeal for $600m later on Friday.", 900, article="x", timexes=[], source=None,
                         when=None)
    assert all(f.get("differs") for f in mark_differing([spokeswoman, other]))
    over = _figures("Pyongyang has shipped over 11,000 containers of munitions.")
    exact = find_figures("It has sent over 10,000 containers of munitions.", 300, article="x", timexes=[], source=None, when=None)
    assert all(f.get("differs") for f in mark_differing([over, exact]))


def _t17_ledger(path: Path, topic: str, uids: tuple[str, ...]) -> list[dict[str, Any]]:
    """The ledger of some articles of one Timeline17 topic, ingested through the product."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    raw = "\n".join(json.dumps(r) for r in topic_records(folder) if r["url"].rsplit("/", 1)[1] in uids).encode()
    return _ledger(path, documents=list(records_from_jsonl(raw, source=topic, max_bytes=10_000_000)))


def test_a_denial_that_points_denies_what_its_own_sentence_told(tmp_path: Path) -> None:
    """bpoil_foxnews (dev): "Asked about suggestions that hurricanes could actually benefit the clean-up effort, Papp
    dismissed the notion" had denied the sentence before it (Papp's own quote about boom ending up in Arkansas); "Other
    people contend the impact of the spill has been overblown, ..., but Bob Dudley ... rejected those claims" had
    denied its whole sentence, and on the full topic joined BP's news release about Dudley. What the notion and those
    claims are is told in the denial's own sentence."""
    claims = _t17_ledger(tmp_path / "fox.db", "bpoil_foxnews", ("400", "2126"))
    for words, denied, denier in (("Papp dismissed the notion", "hurricanes could actually benefit the clean-up effort", "Bob Papp"),
                                  ("rejected those claims", "the impact of the spill has been overblown", "Bob Dudley")):
        (claim,) = [c for c in claims if any(words in e["text"] and e["role"] == "denies" for e in c["evidence"])]
        assert claim["statement"].lower().startswith(denied.lower()), claim["statement"]
        assert claim["denied_by"] == [denier], claim
        assert not [e for e in claim["evidence"] if "Arkansas" in e["text"]], claim["evidence"]



def test_what_a_denial_points_back_at_is_asserted_by_who_the_sentence_says_says_it(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 818, a fifty-ninth-session read of the ledger's first page: "Some U.S. lawmakers have argued
    the oil spill, a refinery blast in 2005, and Alaskan oil spills in 2006, reflect a corporate culture ... Dudley
    disputes this claim" was shown denied, asserted by no one. A sentence a denial points back at whose main verb is
    one of saying is asserted by that verb's subject: the line is contested."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("818",))
    (claim,) = [c for c in claims if any("Dudley disputes this claim" in e["text"] for e in c["evidence"])]
    assert claim["statement"].startswith("Some U.S. lawmakers have argued"), claim["statement"]
    assert claim["status"] == "contested" and claim["asserted_by"] == ["Some U.S. lawmakers"], claim
    assert claim["denied_by"] == ["Bob Dudley"], claim


def test_a_denial_line_shows_the_denials_own_clause(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 822, 840 and bpoil_washingtonpost 617, a fifty-ninth-session read of the ledger's first
    page: a denial whose words name no proposition of their own was shown as its whole sentence, with the clause the
    sentence goes on to ("Chuprov disputes the veterans' accounts of the peaceful explosions and says several of the gas
    leaks reappeared later", "... and said it hoped to receive some credit ...") or the main clause it hangs on ("While
    Obama rejected the comparisons to how the Bush Administration handled Hurricane Katrina -- ... -- it's clear that
    ..."). The line shows the cue's own clause; one the parse joined to a verb inside what is said keeps its sentence."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("822", "840")) + _t17_ledger(
        tmp_path / "wp.db", "bpoil_washingtonpost", ("617",))
    for words, shown in (("Chuprov disputes", "Chuprov disputes the veterans' accounts of the peaceful explosions"),
                         ("disputes the government's 4.9 million", "The company also disputes the government's 4.9 "
                          "million barrel estimate of the amount of oil that spilt"),
                         ("Obama rejected the comparisons", "Obama rejected the comparisons to how the Bush "
                          "Administration handled Hurricane Katrina")):
        (claim,) = [c for c in claims if any(words in e["text"] and e["role"] == "denies" for e in c["evidence"])]
        assert claim["statement"] == shown, claim["statement"]


def test_one_claim_written_alike_in_two_articles_is_one_line(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 36 and 160, a fifty-ninth-session read of the ledger's first page: "al-Obeidy made public
    statements saying the Transitional National Council was using her. The council denied that" in both articles was
    two contested lines of the same words: every content word of them is a name's, so none was left to group them by.
    Contents written alike (of four words at least) are one claim."""
    claims = _t17_ledger(tmp_path / "ly.db", "LibyaWar_cnn", ("36", "160"))
    using = [c for c in claims if "was using" in c["statement"] and "Transitional National Council" in c["statement"]]
    assert len(using) == 1, [c["statement"] for c in using]
    assert len({e["article"] for e in using[0]["evidence"]}) == 2, using[0]["evidence"]


def test_a_told_clauses_subject_the_parse_made_the_object_is_shown(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 283 and 13, a fifty-ninth-session claims draw ("vague": "the subject is dropped"):
    "Republican leaders charged the president's program won't do much ..." was shown "Won't do much ...", and "A Libyan
    diplomatic source has denied the Libyan air force was conducting air raids ..." "Was conducting air raids ...": the
    parse made the told clause's subject the cue's object. bpoil_reuters (dev) 2128: "BP has denied bankruptcy is an
    option" was shown in its own reporting words. The subject right before a told clause with none of its own is the
    clause's."""
    claims = _t17_ledger(tmp_path / "ly.db", "LibyaWar_cnn", ("13", "283")) + _t17_ledger(
        tmp_path / "re.db", "bpoil_reuters", ("2128",))
    statements = {c["statement"] for c in claims}
    for shown in ("The president's program won't do much to make things better for Americans anytime soon",
                  "The Libyan air force was conducting air raids against protesters in Libya", "Bankruptcy is an option"):
        assert shown in statements, sorted(s for s in statements if shown.split()[-1] in s)


def test_the_sayers_own_denial_after_his_words_is_its_own_line(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1026 and 1837, the ledger's first page (grouped, fifty-ninth session): "A spokesman for BP said
    it had “considerable firepower” ... and denied market talk that the company was seeking bankruptcy protection" and
    "Hayward says a “series of failures” led to the accident but denies these resulted from BP efforts to save costs"
    were denial lines of the whole sentence, what the sayer put forward joined to what he denied. A denial the parse
    joined to the verb of the told words is the sayer's own: its line is its clause, the sayer named."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("1837", "1026"))
    statements = {c["statement"]: c for c in claims}
    for shown, denier in (("[A spokesman for BP] denied market talk that [BP] was seeking bankruptcy protection.", "BP"),
                          ("[Hayward] denies these resulted from BP efforts to save costs.", "Tony Hayward")):
        assert shown in statements, sorted(s for s in statements if "denie" in s)
        assert statements[shown]["denied_by"] == [denier], statements[shown]


def test_a_pronoun_is_not_the_person_its_own_clause_names(tmp_path: Path) -> None:
    """bpoil_foxnews (dev): "Philip Molfese, a Chicago-based Democratic political consultant, said Obama will still be
    able to 'pay tribute' ... And he dismissed the idea that Obama would somehow be stepping away from the oil spill
    crisis" -- "he" had been linked to Obama, who then denied his own stepping away. A name inside the clause a subject
    pronoun governs is never that pronoun's referent: the consultant dismissed it."""
    claims = _t17_ledger(tmp_path / "fox.db", "bpoil_foxnews", ("2130",))
    (claim,) = [c for c in claims if any("he dismissed the idea" in e["text"] for e in c["evidence"])]
    assert claim["denied_by"] == ["Philip Molfese"], claim


def test_a_party_s_own_it_is_shown_as_the_party(tmp_path: Path) -> None:
    """bpoil_foxnews (dev): "BP said it has spent $350 million so far" read "It has spent $350 million so far" in the
    ledger (113 of 711 claims opened with a pronoun); the "it" that stands for the party making the claim is shown as the
    party. An "it" that is not the speaker is not shown as the party ("the government said it was gushing 2.6 million
    gallons per day": the well; since the thirty-second session a line opening on an "it" it cannot name goes, figure or
    none)."""
    claims = _t17_ledger(tmp_path / "fox.db", "bpoil_foxnews", ("1916", "1430", "1010"))
    statements = [c["statement"] for c in claims]
    assert "[BP] has spent $350 million so far on spill response activities" in statements
    assert "[BP] will spend $100 million to drill the relief well" in statements
    assert not [s for s in statements if "was gushing 2.6 million gallons per day" in s and s.startswith("[")], statements


def test_a_party_no_entity_names_keeps_whose_people_they_are(tmp_path: Path) -> None:
    """bpoil_foxnews (dev): "Spokesmen for the four states' governors rejected the notion that politics is a factor" was
    denied by "Spokesmen", and "Members of Congress, industry experts and workers who survived the blast have accused
    BP's engineers" alleged by "Members": a person noun alone names no one; the short phrase that says whose people
    they are is part of the party."""
    claims = _t17_ledger(tmp_path / "fox.db", "bpoil_foxnews", ("595", "1409"))
    parties = {p for c in claims for p in [*c["asserted_by"], *c["denied_by"]]}
    assert "Spokesmen for the four states' governors" in parties and "Members of Congress" in parties, parties
    assert not {"Spokesmen", "Members"} & parties, parties


def test_every_party_of_a_joined_speaker_asserts(tmp_path: Path) -> None:
    """bpoil_foxnews (dev): "The Coast Guard and BP have said it's nearly impossible to know exactly how much oil has
    gushed" was asserted by the Coast Guard alone (the draw of seed 2829 named BP missing): the head of the speaker's
    phrase and its conjuncts each say it."""
    claims = _t17_ledger(tmp_path / "fox.db", "bpoil_foxnews", ("1068",))
    (claim,) = [c for c in claims if any("The Coast Guard and BP have said" in e["text"] for e in c["evidence"])]
    assert set(claim["asserted_by"]) == {"Coast Guard", "BP"}, claim


def test_a_denial_told_with_also_joins_the_earlier_deniers(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1782: "Within hours of its release, Transocean and Halliburton accused BP of attempting to
    shift attention from its own mistakes ... Members of Congress and environmentalists also dismissed it." The "it" is
    BP's report, which the accusers had dismissed too; the ledger had the accusation contested, denied by Members of
    Congress. A denial told with "also" denies what an earlier denial denied, never the claim the sentence before made."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("1782",))
    (accusation,) = [c for c in claims if any("accused BP of attempting" in e["text"] for e in c["evidence"])]
    assert accusation["asserted_by"] == ["Halliburton", "Transocean"] and not accusation["denied_by"], accusation
    assert accusation["status"] == "asserted"


def test_a_denial_in_the_sayers_tense_is_the_sayers(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1403: "However, he said the lawyers had been “ring-fenced” from the rest of BP and denied
    their role was to present the report ..." was denied by the lawyers: the parse joins "denied" to the reported
    clause. A verb that goes on in the sayer's tense ("said ... had been ... and denied") is the sayer's act, as the
    quotes stage reads it: the spokesman, whom the article's "he" stands for, denies."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("1403",))
    (claim,) = [c for c in claims if any("ring-fenced" in e["text"] for e in c["evidence"])]
    assert claim["denied_by"] and "lawyers" not in " ".join(claim["denied_by"]).lower(), claim
    assert "spokesman" in claim["denied_by"][0].lower(), claim


def test_claims_lodged_for_money_are_not_propositions(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1279: "To date, BP has made interim payments of $5,000 to many of those lodging claims which
    has been dismissed as inadequate by victims' lawyers" was in the ledger as a claim the lawyers denied. Claims lodged,
    filed or paid, for damages or compensation, are demands for money: no one denies them as propositions."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("1279",))
    assert not [c for c in claims if any("lodging claims" in e["text"] for e in c["evidence"])], claims


def test_a_claim_whose_subject_only_points_back_is_no_proposition(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 16: "This could jeopardise its response efforts, which could not possibly be any greater, it
    avowed" was a ledger claim; what "this" stands for was told before, so alone it says nothing a reader could check
    (the bg19 draw called such entries fragments). A demonstrative with its noun says what it is about, and "That means
    they had enough pressure to displace the oil ..." states a clause of its own; since the thirty-third session it is no
    ledger line all the same: its "they" has no antecedent in the words (a claim draw judged it vague), though its
    statement stays."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("550", "65", "656", "16"))
    statements = [c["statement"] for c in claims]
    assert not [s for s in statements if s.startswith("This could jeopardise")], statements
    assert not [s for s in statements if s.startswith("That means they had enough pressure")], statements
    from storyline.store.db import Store

    means = [(st, text) for st, text in _statements(Store(tmp_path / "guardian.db"), "That means they had enough pressure")
             if text[st.content_start : st.content_end].startswith("That means")]
    assert means and all(st.proposition and st.lone_pronoun == "they" for st, _ in means), means


def test_challenging_claims_denies_them(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1351: "BP has challenged widespread scientific claims that vast plumes of oil are spreading
    underwater from its blown-out rig" was a claim BP asserted (the claims were read as the words of the verb's subject).
    What one challenges, questions or doubts, when its object names a claim, is denied, and the claims are another's."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("1351",))
    (claim,) = [c for c in claims if c["statement"].lower().startswith("vast plumes of oil are spreading underwater")]
    assert claim["denied_by"] == ["BP"] and "BP" not in claim["asserted_by"], claim


def test_what_a_relative_clause_reports_is_the_claim_a_denial_points_at(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev): "... filed an injunction ... to try to force Interior to shut down BP's Atlantis rig,
    which he said has lacked hundreds of complete engineering documents since it started operation in 2007. BP denied
    the allegation." had BP deny Salazar's words two sentences before: the reported words were "which he said has
    lacked ...", no claim of anyone's. The words a relative clause reports are what follows its verb of saying."""
    claims = _t17_ledger(tmp_path / "wapo.db", "bpoil_washingtonpost", ("1461",))
    (claim,) = [c for c in claims if any("BP denied the allegation" in e["text"] for e in c["evidence"])]
    assert "lacked hundreds of complete engineering documents" in claim["statement"], claim["statement"]
    assert claim["asserted_by"] == ["Kenneth Abbott"] and claim["denied_by"] == ["BP"], claim


def test_what_some_kind_of_people_habitually_deny_is_no_denial(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev): "When confronted with such crises, corporate executives instinctively head for the
    bunker, withhold information, deny responsibility and drag their feet ..." was a denial by "corporate executives"
    in the ledger: a habit the writer describes, no one's denial."""
    claims = _t17_ledger(tmp_path / "wapo.db", "bpoil_washingtonpost", ("2161",))
    assert not [c for c in claims if any("instinctively head for the bunker" in e["text"] for e in c["evidence"])]


def test_a_denied_charge_is_the_accusation_before_it(tmp_path: Path) -> None:
    """bpoil_bbc (dev): "Mr Cameron earlier met US congressmen who have accused BP of lobbying the previous British
    government to arrange the release ... The company denies the charge" had the charge left unresolved (the accusation,
    in a relative clause with no clause of its own, was dropped), and on the whole topic the denial joined "his
    administration, and not oil company BP, was in charge" by the word "charge". The accusation the denial points at
    stays, said by the congressmen the relative clause hangs on."""
    claims = _t17_ledger(tmp_path / "bbc.db", "bpoil_bbc", ("2040",))
    (claim,) = [c for c in claims if any("The company denies the charge" in e["text"] and e["role"] == "denies"
                                         for e in c["evidence"])]
    assert any("accused BP of lobbying" in e["text"] and e["role"] == "alleges" for e in claim["evidence"])
    assert claim["status"] == "contested"
    assert claim["asserted_by"] == ["US congressmen"] and claim["denied_by"] == ["BP"]


def test_a_denial_of_what_the_sentence_before_reports_denies_that_sentence(tmp_path: Path) -> None:
    """bpoil_bbc (dev) 973: "Officials were said to have been too optimistic about handling the disaster, one of the
    worst in US history. The White House disputes this, saying officials “were clear with the public”." stood in the
    ledger as the bare "disputes this": the sentence before holds no one's statement, so "this" pointed at nothing. What
    the article reports right before a denial, with no statement of its own, is what it denies."""
    claims = _t17_ledger(tmp_path / "bbc.db", "bpoil_bbc", ("973",))
    (claim,) = [c for c in claims if any("The White House disputes this" in e["text"] for e in c["evidence"])]
    assert claim["statement"].startswith("Officials were said to have been too optimistic")
    assert claim["denied_by"] == ["White House"] and claim["asserted_by"] == [] and claim["status"] == "denied"


def test_a_demand_is_no_claim(tmp_path: Path) -> None:
    """bpoil_bbc (dev) 1940: "Louisiana Governor Bobby Jindal demanded the federal government and BP commit to long-term
    clean up efforts ..." stood in the ledger as Jindal asserting that they commit. A demand says what should be done;
    nothing in it is true or false, so it is no claim. What the sentence before asserts stays."""
    claims = _t17_ledger(tmp_path / "bbc.db", "bpoil_bbc", ("1940",))
    assert not [c for c in claims if any("Bobby Jindal demanded" in e["text"] for e in c["evidence"])]
    assert claims  # the page's other claims stay


def test_a_name_set_off_after_a_spokeswomans_body_is_the_denier(tmp_path: Path) -> None:
    """haiti_bbc (dev) 1580: "A spokeswoman for the UN World Food Programme, Emilia Casella, rejects criticism from
    those watching the suffering in Haiti that the aid operation is too slow." stood in the ledger as denied by "A
    spokeswoman": the parse hangs the name on the Programme. A person's name set off after the name a title's phrase
    ends on is the title's holder."""
    claims = _t17_ledger(tmp_path / "haiti.db", "haiti_bbc", ("1580",))
    (claim,) = [c for c in claims if any("Emilia Casella, rejects" in e["text"] and e["role"] == "denies" for e in c["evidence"])]
    assert claim["denied_by"] == ["Emilia Casella"], claim


def test_a_quote_of_several_sentences_is_shown_by_its_first(tmp_path: Path) -> None:
    """haiti_bbc (dev) 820, 932, 1558: Rene Preval's “Parliament has collapsed. The tax office has collapsed. Hospitals
    have collapsed.” stood in the ledger as one claim of three propositions (judged "grouped", with 3 more of
    50 in the seed 7171 draw). A ledger line shows the first sentence of quoted words, an ellipsis for the rest; its
    evidence holds them all."""
    claims = _t17_ledger(tmp_path / "haiti.db", "haiti_bbc", ("820", "932", "1558"))
    (claim,) = [c for c in claims if c["statement"].startswith("Parliament has collapsed")]
    assert claim["statement"] == "Parliament has collapsed. …", claim["statement"]
    assert any("Hospitals have collapsed" in e["text"] for e in claim["evidence"]), claim["evidence"]


def test_a_pronoun_that_is_the_speaker_shows_the_speaker(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """"Government officials said they have chartered a ferry" was the claim "They have chartered a ferry ...", "Oil
    company Total says it will evacuate ..." "It will evacuate ..." (the entity stage had linked that "it" to Libya):
    read alone in the ledger the pronoun names no one. The subject of the verb of saying the words follow is what a
    pronoun opening them stands for when the two agree; "rebels ... saying it did not address" (a plural speaker) is
    not theirs, and Gates's "it would be a mistake" (a person; an "it" with nothing to refer to) keeps its "It". Joined speakers
    ("Britain, France and Italy also confirmed they ...") are all shown."""
    for words, shown in (("Government officials said they have chartered a ferry", "[Government officials] have chartered"),
                         ("Oil company Total says it will evacuate", "[Oil company Total] will evacuate"),
                         ("the foreign ministry said it had summoned the Libyan ambassador", "[Foreign ministry] had summoned"),
                         ("A Libyan man from Dubai said he couldn't reach his hotel", "[A Libyan man from Dubai] couldn't"),
                         ("Britain, France and Italy also confirmed they would be sending", "[France and Italy] will send")):
        said = [c["statement"] for c, e in _entries(shaped[0], words) if e["role"] in ("asserts", "confirms")]
        assert said and all(s.startswith(shown) for s in said), (words, said)
    kept = [c["statement"] for c, e in _entries(shaped[0], "Defense Secretary Robert Gates said Thursday it would be")
            if e["role"] == "asserts"]
    assert kept and all(s.startswith("It ") for s in kept), kept
    # the proposal's "it" is not the rebels: what it did not address, about a thing the line does not name, is no
    # ledger line (test_asserted_words_about_someone_unnamed_are_no_ledger_entry)
    rebels = [c["statement"] for c, e in _entries(shaped[0], "rejected the non-binding proposal, saying it did not address")
              if e["role"] == "asserts"]
    assert all(s.startswith("It ") for s in rebels), rebels


def test_a_pronoun_that_is_the_speaker_shows_the_speaker_on_another_story(tmp_path: Path) -> None:
    """bpoil_guardian (dev): "A few workers admitted they had cleaned the exact same patch of sand" and "BP acknowledges
    it posted on its website an altered photo" name who did it; in "BP says it will take three or four months to bring
    the 450 tonne BOP to shore" the "it" refers to nothing and stays."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("924", "1000", "1874"))
    for words, shown in (("A few workers admitted they had cleaned", "[A few workers] had cleaned"),
                         ("BP acknowledges it posted on its website", "[BP] posted on its website"),
                         ("BP says it will take three or four months", "It will take three or four months")):
        said = [c["statement"] for c, e in _entries(claims, words) if e["role"] in ("asserts", "confirms")]
        assert said and all(s.startswith(shown) for s in said), (words, said)


def test_acts_on_two_towns_are_two_claims(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 312 and 11: "Gadhafi forces are shelling civilians in the city of Misrata" and "forces loyal to
    Gadhafi shelled the city of Ajdabiya from 40-50 kilometers away" were one corroborated claim (with the shelling of
    Misrata's port and of Zintan's hills: judged "grouped" in the draw of seed 2626): the claims' map of places to
    their country made both towns Libya, and one act of one actor with shared words was one claim. Statements set in
    different towns, none in common, are two propositions."""
    claims = _t17_ledger(tmp_path / "ly.db", "LibyaWar_cnn", ("312", "11"))
    misrata = [c for c in claims if any("shelling civilians in the city of Misrata" in e["text"] for e in c["evidence"])]
    assert misrata, [c["statement"] for c in claims]
    assert not [c for c in misrata if any("shelled the city of Ajdabiya" in e["text"] for e in c["evidence"])], misrata


def test_asserted_words_about_someone_unnamed_are_no_ledger_entry(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 343: "It must begin with attacks against Libyan air defenses" (a no-fly zone, named in the
    sentence before) stood in the ledger as a claim; bpoil_guardian (dev) 1436: "They definitely will be using golf
    balls" (judged "fragment" and "vague" in the standing draws). Words no one denies that open on a pronoun for what
    they do not name are no ledger line (the quote view keeps them); an "it" that holds the place of the clause after
    it stays ("It could take months to entirely contain two separate leaks", bpoil_guardian 1569)."""
    for topic, uids, unnamed, placeholder in (("LibyaWar_cnn", ("343", "95"), "It must begin with attacks", None),
                                             ("bpoil_guardian", ("1436", "1569"), "They definitely will be using golf balls",
                                              "It could take months to entirely contain")):
        claims = _t17_ledger(tmp_path / f"{topic}.db", topic, uids)
        assert claims, topic
        assert not [c for c in claims if c["statement"].startswith(unnamed)], unnamed
        if placeholder:
            assert [c for c in claims if c["statement"].startswith(placeholder)], [c["statement"] for c in claims]


def test_one_utterance_carried_twice_or_one_side_described_three_ways_corroborates_nothing(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 369 and 58 quote one wounded woman's words ("I was in my house praying when the first missile
    landed. Shortly after, more missiles, one after another ..."), one going on longer and each spelling her name its own
    way ("Hanan Muhammad", "Hana Mohammad"); 280, 391 and 63 tell the opposition's toll of a NATO strike from "spokesmen
    for the Libyan opposition", "a spokesman for the Libyan opposition" and "opposition spokesmen". Both were
    "corroborated" (judged "wrong status" in the draw of seed 2929). Words carried ten in a row are one utterance, and a
    plural spokesman is a spokesman: one source each. (Since b883f55 the woman's words, a first person's that name
    nothing, are no ledger line at all; if they come back they must not be corroborated.)"""
    claims = _t17_ledger(tmp_path / "ly.db", "LibyaWar_cnn", ("369", "58", "280", "391", "63"))
    for words in ("I was in my house praying when the first missile landed", "killed at least 13 rebel fighters"):
        found = [c for c in claims if any(words in e["text"] for e in c["evidence"])]
        assert found or words.startswith("I was"), words
        assert not [c for c in found if c["status"] == "corroborated"], [(c["status"], c["asserted_by"]) for c in found]


def test_words_not_yet_said_are_no_one_s_claim(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1599: "Meanwhile, BP is planning to announce that its chief executive Tony Hayward is
    negotiating the terms of his departure ..." stood in the ledger as asserted by BP (judged "narration" in the draw of
    seed 3030: BP had not said it); 1998: "it is understood that Hayward will say he is confident the company can pay
    ..." as Hayward's; 656: "The Los Angeles Times is reporting that President Obama will announce today he'll extend a
    moratorium" as Obama's. Words someone will say, or plans or is expected to say, are not yet said: no claim of
    theirs; the paper that reports the plan still asserts what it reports (the Los Angeles Times)."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("1599", "1998", "656"))
    assert claims
    said = [(c["statement"][:60], c["asserted_by"]) for c in claims]
    for party, words in (("BP", "Tony Hayward is negotiating the terms"), ("Tony Hayward", "is confident the company can pay"),
                         ("Barack Obama", "extend a moratorium")):
        assert not [c for c in claims if words in c["statement"] and party in c["asserted_by"]], said
    assert [c for c in claims if "extend a moratorium" in c["statement"] and "Los Angeles Times" in c["asserted_by"]], said


def test_a_ledger_line_names_the_body_its_opening_description_stands_for(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev): "The oil giant should “remain a strong and stable company” ...", "The company expects to pay
    out less than the committed $20bn" read alone do not say whose they are. The description a statement opens with,
    when the entities stage linked that whole description to a body, is shown as the body's name: "[BP] expects ..."."""
    from storyline.reader import Storyline
    from tests.test_cli import _t17_store

    store = _t17_store(tmp_path, "bpoil_guardian", ("559", "270", "1794"))
    lines = [c["statement"] for c in Storyline.open(store).claims()["items"]]
    named = [line for line in lines if line.startswith("[BP] ")]
    assert any("pay out less" in line or "strong and stable" in line for line in named), lines
    assert not any(line.startswith(("The company ", "The oil giant ")) and "pay out less" in line for line in lines), lines


def test_an_asserted_line_that_names_nothing_is_no_ledger_line(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """LibyaWar_cnn (dev): "The city's two medical clinics were closed, he said", "The court could file charges against
    “one or two other names ...”" stood in the ledger; read alone they do not say which city or court (the claim draws'
    largest class, "vague"). Words no one denies that name nothing (no name, no figure, an opening capital only where a
    sentence puts it) are no ledger line; the statements keep them, and a line that names its subject stays. Since the
    ledger names the city and the court the article told of ("[Zawiya]'s two medical clinics were closed"), these two
    stay, named."""
    for words in ("The city's two medical clinics were closed", "The court could file charges against"):
        assert _statements(shaped[1], words), words
        kept = [c["statement"] for c, e in _entries(shaped[0], words) if c["status"] in ("asserted", "corroborated")]
        assert all(s.startswith(("[Zawiya]'s two medical clinics", "[International Criminal Court] could file")) for s in kept), kept
    assert _entries(shaped[0], "Gadhafi also denied using force against his people")


def test_a_charge_quoted_in_part_is_claimed_whole(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1425: "He accused the White House of making “sweeping and largely unsupported” claims that
    three-quarters of the oil in the Gulf was gone." stood in the ledger cut at the closing mark, "[Ian R MacDonald]
    accused the White House of making “sweeping and largely unsupported", which says nothing of what was charged."""
    claims = _t17_ledger(tmp_path / "gu.db", "bpoil_guardian", ("1425",))
    (claim,) = [c for c in claims if "sweeping and largely unsupported" in c["statement"]]
    assert claim["statement"].endswith("three-quarters of the oil in the Gulf was gone"), claim["statement"]


@pytest.fixture(scope="module")
def unanchored(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """bpoil_guardian (dev) pages whose quoted words open on a pronoun: 922 and 2185 name nothing; 279 gives a
    figure; 1569 and 121 open on an "it" that stands for no one ("It could take months ...", "It is clear that BP ...");
    475 holds two such lines before a denial that points back past them."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    folder = EVAL / "timeline17" / "t17" / "bpoil_guardian"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    wanted = {"279", "922", "2185", "1569", "121", "475"}
    lines = "\n".join(json.dumps(r) for r in topic_records(folder) if r["url"].rsplit("/", 1)[1] in wanted).encode()
    documents = list(records_from_jsonl(lines, source="bpoil_guardian", max_bytes=10_000_000))
    return _ledger(tmp_path_factory.mktemp("unanchored") / "gu.db", documents=documents)


def test_words_about_an_unnamed_it_or_i_are_no_ledger_line(unanchored: list[dict[str, Any]]) -> None:
    """A sampled "vague" class: "You can see in the video lots of swirls ...", "We
    missed the boat" were ledger lines no reader could place. An assertion whose subject is a pronoun linked to no one
    and whose words name nothing goes; a pleonastic "it" is no subject. Since the thirty-second session words that give a
    figure go too when their opening pronoun names no one ("It could be 1,000 barrels or 5,000 barrels": a claim draw
    judged it vague; a figure is set beside others only inside one claim)."""
    statements = [c["statement"] for c in unanchored]
    for words in ("You can see in the video", "We missed the boat"):
        assert not [s for s in statements if s.startswith(words)], [s for s in statements if s.startswith(words)]
    assert [s for s in statements if s.startswith(("It could take months", "It is clear that BP"))], statements
    assert not [s for s in statements if s.startswith("It could be 1,000 barrels")], statements
    # a denial pointing back past lines that go still denies what it denied ("Bill Lehr ... disputes White House claims
    # that the worst of the oil spill is over"), not a line of its own
    assert [c for c in unanchored if c["statement"].startswith("The worst of the oil spill is over")
            and c["status"] == "contested"], statements


def test_a_ledger_line_names_a_pronoun_it_holds_no_antecedent_for(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """LibyaWar_cnn: "Switzerland ordered that his assets ... be frozen", "Nearly 750,000 people have fled the country":
    read alone in the ledger, "his" and "the country" name no one (a claim draw judged such lines "vague"), so the line
    shows whom the resolver linked them to; the second "his" stays, the name now before it. A pronoun stays as written
    when its words name someone it may stand for ("One of the participants ... said he had a message": the
    participant's, though the resolver linked Gadhafi) or when its link's other pronouns give the other gender ("her"
    linked to Martin Nesirky)."""
    claims = shaped[0]
    frozen = [c["statement"] for c, _ in _entries(claims, "Switzerland ordered that his assets")]
    assert frozen and all(s.startswith("Switzerland ordered that [Moammar Gadhafi's] assets, and those of his entourage")
                          for s in frozen), frozen
    fled = [c["statement"] for c, _ in _entries(claims, "Nearly 750,000 people have fled the country")]
    assert fled and all(s.startswith("Nearly 750,000 people have fled [Libya], another 58,000") for s in fled), fled
    message = [c["statement"] for c, _ in _entries(claims, "demonstration said he had a message")]
    assert message and all("said he had a message" in s for s in message), message
    agency = [c["statement"] for c, _ in _entries(claims, "ended its agreement with her given")]
    assert agency and all("agreement with her given" in s for s in agency), agency


def test_the_city_is_the_town_the_article_told_of_last(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """LibyaWar_cnn: "... full control of Zawiya, about 30 miles west of Tripoli. Forces loyal to leader Moammar Gadhafi
    withdrew from the city's Martyrs' Square ... pro-Gadhafi forces entered a residential area in the city": the city
    is Zawiya, not Tripoli (named only as where Zawiya lies) nor Martyrs' Square (a site); read alone, the ledger line
    names it."""
    claims = shaped[0]
    square = [c["statement"] for c, _ in _entries(claims, "withdrew from the city's Martyrs' Square")]
    assert square and all("withdrew from [Zawiya]'s Martyrs' Square" in s for s in square), square
    area = [c["statement"] for c, _ in _entries(claims, "entered a residential area in the city and shot")]
    assert area and all("a residential area in [Zawiya] and shot" in s for s in area), area


def test_a_description_by_the_last_word_of_a_name_is_that_name(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """LibyaWar_cnn: "The Arab League Wednesday rejected foreign intervention ... But the league can not ignore the
    suffering of civilians ..., said Hisham Yousef": read alone the line says which league (a claim draw judged "the
    league" vague)."""
    league = [c["statement"] for c, _ in _entries(shaped[0], "But the league can not ignore the suffering")]
    assert league and all(s.startswith("But [Arab League] can not ignore the suffering of civilians") for s in league), league


def test_a_description_opening_the_words_is_named_when_the_line_has_no_referent(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """LibyaWar_cnn: "The court is not asking international forces operating in Libya to arrest the suspects, he said"
    (the International Criminal Court, named before): the words open on "The court", which no speaker or referent of the
    line names, so the line does (a claim draw judged "The court ... the suspects" vague)."""
    court = [c["statement"] for c, _ in _entries(shaped[0], "The court is not asking international forces")]
    assert court and all(s.startswith("[International Criminal Court] is not asking international forces") for s in court), court


def test_what_a_kind_of_party_does_is_no_denial(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 422: "Until very recently, Exxon spent millions funding groups that deny global warming."
    stood in the ledger as a denial by "millions funding groups" (a claim draw judged the party garbled): a present
    clause on a bare plural says what a kind of party does; no one named or counted denies anything."""
    claims = _t17_ledger(tmp_path / "gu.db", "bpoil_guardian", ("422",))
    assert claims, "the article's ledger is empty"
    assert not [c for c in claims if "funding groups that deny global warming" in " ".join(e["text"] for e in c["evidence"])
                and c["denied_by"]], [c["statement"] for c in claims if "global warming" in c["statement"]]


def test_a_figure_told_of_an_unnamed_it_is_no_ledger_line(shaped: tuple[list[dict[str, Any]], Any]) -> None:
    """LibyaWar_cnn: "... the Libyan government has said it has as much as $130 billion in reserves ..." stood in the
    ledger as "It has as much as $130 billion in reserves ..."; bpoil_guardian's "It could be 1,000 barrels or 5,000
    barrels", "It had now spent $450m": a figure does not say whose it is (claim draws judged such lines vague). Words
    no one denies whose opening pronoun the line cannot name are no ledger line, figure or none; the statements keep
    them."""
    words = "has as much as $130 billion in reserves"
    assert _statements(shaped[1], words)
    assert not [c["statement"] for c, _ in _entries(shaped[0], words) if c["statement"].startswith("It has as much")]


def test_a_line_opening_on_a_description_its_story_does_not_make_clear_goes(tmp_path: Path) -> None:
    """bpoil_guardian (dev), a slice of 25 articles: "BP said yesterday the level was about 6,800 lbs per square inch"
    (983), "He said the system had been successfully deployed at depths of 365 metres" (584), "The machine can clean 200
    gallons of water a minute, says the manufacturer" (674): read alone, a ledger line opening "The level", "The system",
    "The machine" does not say of what (claim draws judged such lines "vague"), and few of the story's articles speak of
    "the level" or "the system". So for "Such flags are simply a way of avoiding taxes" (1953). "The spill could grow to nearly 19m US gallons" (32) stays: most of them speak of "the
    spill"."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    folder = EVAL / "timeline17" / "t17" / "bpoil_guardian"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    records = sorted(topic_records(folder), key=lambda r: int(r["url"].rsplit("/", 1)[1]))
    wanted = {"983", "584", "674", "32", "1953"}
    chosen = [r for r in records if r["url"].rsplit("/", 1)[1] in wanted] + [
        r for r in records if r["url"].rsplit("/", 1)[1] not in wanted][:20]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    claims = _ledger(tmp_path / "gu.db", documents=list(records_from_jsonl(raw, source="bpoil_guardian", max_bytes=10_000_000)))
    statements = [c["statement"] for c in claims]
    for words in ("The level was about 6,800", "The system had been successfully deployed", "The machine can clean",
                  "Such flags are simply a way"):
        assert not [s for s in statements if s.startswith(words)], words
    assert [s for s in statements if s.startswith("The spill could grow to nearly 19m")], statements


def _libya_ledger(tmp_path: Path, *phrases: str) -> list[dict[str, Any]]:
    """The ledger of the LibyaWar_cnn (dev) articles whose text holds any of the phrases, ingested through the product."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    chosen = [r for r in topic_records(LIBYA) if any(w in " ".join(r["text"].split()) for w in phrases)]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    return _ledger(tmp_path / "ly.db", documents=list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)))


def test_countering_a_claim_denies_it(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "NATO airstrikes hit a bakery and a restaurant in ... al-Brega Saturday, killing 15 civilians,
    a Libyan government official told CNN, though the alliance countered that claim" and "claims ... that NATO warplanes
    bombed a bakery ..., a charge the alliance has countered": the alliance disputes the claim (a claim draw judged the
    line "asserted" a wrong status). Countering what is no claim takes no stance ("State-run television countered the
    anti-government protests with coverage of pro-Gadhafi demonstrations"). The charge the alliance countered is the
    clause it sums up, not the nearest claim before it (Jacob Zuma's "Civilian lives have been lost ...")."""
    wanted = ("though the alliance countered that claim", "a charge the alliance has countered",
              "countered the anti-government protests")
    claims = _libya_ledger(tmp_path, *wanted)
    for words in wanted[:2]:
        entries = _entries(claims, words)
        assert entries and all(c["status"] in ("contested", "denied") and any("alliance" in d.lower() or d == "NATO" for d in c["denied_by"])
                               for c, _ in entries), [(c["statement"], c["status"], c["denied_by"]) for c, _ in entries]
    assert not [c for c, _ in _entries(claims, wanted[2]) if c["denied_by"]]
    assert not [c for c in claims if c["statement"].startswith("Civilian lives have been lost") and c["denied_by"]]
    assert [c for c in claims if c["statement"].startswith("NATO warplanes bombed a bakery") and c["denied_by"]]


def test_one_party_asserting_and_denying_is_two_propositions(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "Khaled Kaim told CNN that Gadhafi and his family are staying in the country, countering rebel
    reports that the governments of Egypt, Morocco, Tunisia and Algeria have been asked to accept the family" and, in
    another article, "Kaim rejected rebel claims that the governments of Egypt, Morocco, Tunisia and Algeria have been
    asked to accept Gadhafi and his family": shared words had made them one claim that Kaim denied (a claim draw judged
    it a wrong status). A party does not deny what it asserts: the two stay apart, his assertion asserted by him."""
    wanted = ("countering rebel reports that the governments of Egypt", "rejected rebel claims that the governments of Egypt")
    claims = _libya_ledger(tmp_path, *wanted)
    staying = [c for c in claims if c["statement"].startswith("Gadhafi and his family are staying")]
    assert staying and all(c["asserted_by"] == ["Khaled Kaim"] and not c["denied_by"] for c in staying), staying
    assert [c for c in claims if "Khaled Kaim" in c["denied_by"] and "asked to accept" in c["statement"]], [
        (c["statement"], c["denied_by"]) for c in claims]


def test_what_a_bare_denial_denies_in_the_sentence_before_stays_however_short(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "al-Obeidy made public statements saying the Transitional National Council was using her. The
    council denied that, but her presence in Qatar appears to have become an embarrassment to the organization.": the
    words denied are too few to be a ledger line of their own, but they are what the denial denies, so the line shows
    them, contested (a claim draw judged "The council denied that, ..." vague)."""
    claims = _libya_ledger(tmp_path, "The council denied that")
    denials = _entries(claims, "The council denied that")
    assert len(denials) >= 3 and all(c["status"] == "contested" and "was using" in c["statement"] and "council" in " ".join(c["denied_by"])
                           for c, _ in denials), [(c["statement"], c["status"]) for c, _ in denials]


def test_a_pronoun_the_words_hold_no_antecedent_for_leaves_no_ledger_line(tmp_path: Path) -> None:
    """bpoil_guardian (dev): "The disaster could cost it $40bn in clean-up costs ..." and "Most of the 1,500 claims it is
    handling across the Gulf each day are from those involved in the fishing industry": read alone, "it" (BP) is no one
    (a claim draw judged both vague), and no noun before it can be what it stands for (an object is not its own verb's
    subject; "claims" are many). Lines whose pronoun a noun before it can stand for stay: "The well had been gushing at a
    rate of 62,000 barrels per day at its peak", "The oil rig's safety equipment was leaking several weeks before it
    exploded"."""
    claims = _t17_ledger(tmp_path / "gu.db", "bpoil_guardian", ("1101", "866", "1906", "1079"))
    statements = [c["statement"] for c in claims]
    for words in ("The disaster could cost it", "Most of the 1,500 claims it is handling"):
        assert not [s for s in statements if s.startswith(words)], words
    for words in ("The well had been gushing at a rate of 62,000", "The oil rig's safety equipment was leaking"):
        assert [s for s in statements if s.startswith(words)], (words, statements)


def test_a_noun_of_its_verbs_own_subject_is_no_antecedent_of_its_object(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 576: "The oil spill had cost it $450 million so far" stood in the ledger with its "it" (a
    judge's vague, claims draw 5414): "oil", a word of the subject's phrase, is no more what "it" stands for than "spill"
    is."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("576",))
    assert not [c["statement"] for c in claims if c["statement"].startswith("The oil spill had cost it")]


def test_reported_words_end_before_a_dashed_noun_of_a_claim(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "Rebels said Saturday that they were gaining traction in a series of offensives ... -- claims
    that the Libyan government swiftly disputed": the rebels' words end at the dash (the parse took "claims" for a verb
    of what they said), so their claim is theirs and the government's dispute points at it: contested, not a sentence
    shown denied with no one asserting it (a claim draw judged it narration)."""
    claims = _libya_ledger(tmp_path, "claims that the Libyan government swiftly disputed")
    entries = _entries(claims, "claims that the Libyan government swiftly disputed")
    assert entries and all(c["status"] == "contested" and c["asserted_by"] == ["Rebels"] and "--" not in c["statement"]
                           for c, _ in entries), [(c["statement"], c["status"]) for c, _ in entries]


def test_a_pronoun_a_denial_points_with_is_near(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): William Hague's "We understand the resolutions to mean the arms embargo applies to the whole of
    Libya ...", then "The Doha meeting follows an effort ... by the African Union to forge a peace plan ...", then "Ghoga
    and fellow rebel leader Mustafa Abdul Jalil rejected it on grounds that it did not provide any solutions ...": "it"
    is the African Union's effort the sentence before, not Hague's words two sentences back (the ledger had shown Jalil
    denying Hague)."""
    claims = _libya_ledger(tmp_path, "We understand the resolutions to mean the arms embargo")
    assert [c for c in claims if "Mustafa Abdul Jalil" in c["denied_by"]], [(c["statement"], c["denied_by"]) for c in claims]
    assert not [c for c in claims if c["statement"].startswith("We understand the resolutions") and c["denied_by"]]


def test_an_opening_it_that_is_the_subject_leaves_no_ledger_line(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "a doctor on the northwestern town of Misrata said it was attacked by forces loyal to Gadhafi":
    "It was attacked by forces loyal to Gadhafi" matched the ledger's pattern of an "it"
    holding a clause's place ("It was ... to"), so it stayed a line no reader could place (a claim draw judged it vague).
    The parse says whether the "it" is the subject: "It would be a mistake for Congress to cut funding for U.S. military
    operations in Libya" holds the place of the clause after it, whatever the parse hung that clause on, and stays."""
    claims = _libya_ledger(tmp_path, "said it was attacked by forces loyal to Gadhafi",
                           "it would be a mistake for Congress to cut funding")
    statements = [c["statement"] for c in claims]
    assert not [s for s in statements if s.startswith("It was attacked by forces loyal to Gadhafi")], statements
    assert [s for s in statements if s.startswith("It would be a mistake for Congress to cut funding")], statements


def test_words_every_statement_of_the_story_shares_join_no_two_acts(tmp_path: Path) -> None:
    """bpoil_guardian (dev): "On Wednesday BP had blasted high-pressure mud into the leaking well two times, trying to force
    the oil down ..." (Doug Suttles) and "BP's under-fire chief executive Tony Hayward has admitted that the company was not
    adequately prepared to fight the Deepwater Horizon oil leak" are two acts of BP's of one type; the words they share,
    "company", "oil" and "leak", are each in more than one in twenty of the story's statements and say nothing of what
    either claims (a line shown corroborated by both). With the story's other articles about the leak in the store,
    they are two lines."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.sources import records_from_jsonl

    folder = EVAL / "timeline17" / "t17" / "bpoil_guardian"
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    records = topic_records(folder)
    pair = ("blasted high-pressure mud into the leaking well", "was not adequately prepared to fight the Deepwater Horizon oil leak")
    chosen = [r for r in records if any(p in " ".join(r["text"].split()) for p in pair)]
    chosen += [r for r in records if r not in chosen and "oil leak" in r["text"] and "the company" in r["text"]][:60]
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    claims = _ledger(tmp_path / "gu.db", documents=list(records_from_jsonl(raw, source="guardian", max_bytes=10_000_000)))
    mud, prepared = _entries(claims, pair[0]), _entries(claims, pair[1])
    assert mud and prepared
    assert not {c["id"] for c, _ in mud} & {c["id"] for c, _ in prepared}, [c["statement"] for c, _ in mud]


def test_the_title_of_a_party_joins_no_two_of_its_acts() -> None:
    """bpoil_guardian (dev): "BP chief executive Tony Hayward admits to resorting to Churchillian language" (2174) and
    BP's "Tony Hayward remains chief executive and is not resigning" (1578), two statements of one act of Hayward's,
    shared only the title his articles give him, and had been one line shown corroborated by BP and Hayward. (The first
    was a clause the quotes stage read as the words of the "he describes" after it: no one's words since the sixty-second
    session, so the pair is put to the act grouping here as the ledger held it.)"""
    from storyline.analyse.claims.ledger import _by_act, _Groups
    from storyline.analyse.claims.statements import Statement
    from storyline.analyse.terms import content_terms

    texts = ("BP chief executive Tony Hayward admits to resorting to Churchillian language",
             "Tony Hayward remains chief executive and is not resigning")
    names = content_terms("Tony Hayward BP")
    statements = [Statement(str(n), 0, 0, len(t), 0, len(t), "asserts", "ent_hayward", "Tony Hayward", "said",
                            key=["ent_hayward", "STATEMENT", None]) for n, t in enumerate(texts)]
    words = [content_terms(t) - names for t in texts]
    title = content_terms("chief executive")
    titled, untitled = _Groups(2), _Groups(2)
    _by_act(statements, words, titled, [title, title])
    _by_act(statements, words, untitled, [set(), set()])
    assert untitled.find(0) == untitled.find(1)  # the title's two words are all they share
    assert titled.find(0) != titled.find(1)


def test_a_not_before_an_adverb_negates_no_denial(tmp_path: Path) -> None:
    """bpoil_guardian (dev): "Democrat Ed Markey has accused BP of lying about the size of the spill ..., an allegation that
    BP not surprisingly denies": the "not" goes with "surprisingly" (a finite verb is negated through an auxiliary,
    "does not deny"), so BP denies the allegation: contested, not Markey's alone (a claim draw judged it a wrong status)."""
    claims = _t17_ledger(tmp_path / "gu.db", "bpoil_guardian", ("279",))
    entries = _entries(claims, "an allegation that BP not surprisingly denies")
    assert entries and all(c["status"] == "contested" and c["denied_by"] == ["BP"] and c["asserted_by"] == ["Ed Markey"]
                           for c, _ in entries), [(c["status"], c["asserted_by"], c["denied_by"]) for c, _ in entries]


def test_a_denial_reaches_an_estimate_through_its_size(tmp_path: Path) -> None:
    """bpoil_guardian (dev): "Government scientists estimate that 4.9 m barrels of oil were released ... BP has begun to
    dispute the size of that estimate": BP disputes the scientists' figure (the size of an estimate is how far the estimate
    holds), so the line is contested (a claim draw judged it asserted, a wrong status). bpoil_foxnews (dev): "Louisiana
    lawmakers and the oil and gas industry immediately disputed the finding" denies the report's finding before it."""
    claims = _t17_ledger(tmp_path / "gu.db", "bpoil_guardian", ("2098",))
    entries = _entries(claims, "Government scientists estimate that 4.9 m barrels")
    assert entries and all(c["status"] == "contested" and c["denied_by"] == ["BP"] for c, _ in entries), [
        (c["status"], c["denied_by"]) for c, _ in entries]
    fox = _t17_ledger(tmp_path / "fox.db", "bpoil_foxnews", ("1610",))
    disputed = [c for c in fox if "Louisiana lawmakers" in c["denied_by"]]
    assert disputed and all("moratorium" in c["statement"] for c in disputed), [(c["statement"], c["denied_by"]) for c in fox]


def test_a_denial_of_estimates_points_at_words_with_a_figure(tmp_path: Path) -> None:
    """bpoil_guardian (dev): "... strong winds were forecast which NOAA said would push the oil towards the US shoreline.
    However Doug Suttle ... disputed the new estimates yesterday": NOAA's forecast gives no figure, so it is not the
    estimate Suttle disputes, and the ledger does not show him denying it."""
    claims = _t17_ledger(tmp_path / "gu.db", "bpoil_guardian", ("2129",))
    assert not [c for c in claims if "Doug Suttle" in " ".join(c["denied_by"]) and "shoreline" in c["statement"]], [
        (c["statement"], c["denied_by"]) for c in claims if c["denied_by"]]


def test_an_agency_that_carries_anothers_words_is_no_party(tmp_path: Path) -> None:
    """haiti_bbc (dev): "At least 11 Brazilian peacekeepers were killed, Brazil's military has said, according to the AFP
    news agency": the military asserts it; the agency only carries its words, as a "..., Reuters reported" does."""
    claims = _t17_ledger(tmp_path / "ha.db", "haiti_bbc", ("640",))
    entries = _entries(claims, "At least 11 Brazilian peacekeepers were killed")
    assert entries and all(c["asserted_by"] and not [p for p in c["asserted_by"] if "AFP" in p] for c, _ in entries), [
        c["asserted_by"] for c, _ in entries]


def test_they_needs_a_noun_of_many_before_it(tmp_path: Path) -> None:
    """haiti_bbc (dev): "Senegal is ready to offer them parcels of land - even an entire region", Mr Bemba Ndiaye said:
    "them" are the Haitians of the sentence after, and a country named before it is one, not many; the words name no
    one a ledger reader could place (a claim draw judged the line vague). LibyaWar_cnn (dev): "they (the opposition forces
    who were hit) heard the airstrikes ..." names them where they stand, and stays."""
    claims = _t17_ledger(tmp_path / "ha.db", "haiti_bbc", ("201",))
    assert not [c for c in claims if c["statement"].startswith("Senegal is ready to offer them")], [c["statement"] for c in claims]
    libya = _t17_ledger(tmp_path / "ly.db", "LibyaWar_cnn", ("63", "391"))
    assert _entries(libya, "they (the opposition forces who were hit) heard the airstrikes"), [c["statement"] for c in libya]


def test_here_and_there_with_no_place_named_leave_no_line(tmp_path: Path) -> None:
    """haiti_bbc (dev): "There are thousands of people there that need more tents, sheets, and so on" names no place a
    ledger reader could find (a claim draw judged it vague). LibyaWar_cnn (dev): "international support for the idea is
    not there yet" says there is none, not where, and stays; "There were 10 people dead there Sunday" names a day, no
    place (a claim draw judged it vague)."""
    claims = _t17_ledger(tmp_path / "ha.db", "haiti_bbc", ("316",))
    assert not _entries(claims, "There are thousands of people there that need more tents"), [c["statement"] for c in claims]
    libya = _t17_ledger(tmp_path / "ly.db", "LibyaWar_cnn", ("95", "155", "290", "313"))
    assert _entries(libya, "international support for the idea is not there yet"), [c["statement"] for c in libya]
    assert not [c for c in libya if c["statement"].startswith("There were 10 people dead there Sunday")], [
        c["statement"] for c in libya]  # a day's name is no place's


def test_the_oil_is_no_company_named_oil(tmp_path: Path) -> None:
    """bpoil_bbc (dev) 872: a headline's "Louisiana Oil ..." was read as a body's name, and every "the oil" after it
    was shown as that body ("if we were to see that [Louisiana Oil] really was beginning to move toward the loop
    current", judged garbled in a claim draw). A substance or resource that ends a name ("Oil", "Gas", "Capital") is
    no description of it."""
    claims = _t17_ledger(tmp_path / "bbc.db", "bpoil_bbc", ("872", "1632"))
    lines = [c["statement"] for c in claims if "loop current" in c["statement"]]
    assert lines, [c["statement"] for c in claims]
    assert not any("[Louisiana Oil]" in line for line in lines), lines


def test_one_party_is_listed_once(tmp_path: Path) -> None:
    """bpoil_bbc (dev) 1310 and 1927, 1473 and 884: one claim listed "Christopher Meyer asserts; Christopher Meyer
    asserts" (a speaker the entity stage linked in one article and not in the other), another "Adm Thad Allen asserts;
    Thad Allen asserts" (a rank before the name). A party told twice, by the same name, by the name with a title before
    it, or by its surname alone beside its full name, is one party."""
    claims = _t17_ledger(tmp_path / "bbc.db", "bpoil_bbc", ("1310", "1927", "1473", "884"))
    for claim in claims:
        shown = [p["name"] for p in claim["parties"] if p["stance"] == "asserts"]
        assert len(shown) == len(set(shown)), claim["parties"]
    (meyer,) = [c for c in claims if "a bit of a crisis, politically" in c["statement"]]
    assert [p["name"] for p in meyer["parties"]] == ["Christopher Meyer"], meyer["parties"]
    (allen,) = [c for c in claims if "the well would be reopened" in c["statement"]]
    assert [p["name"] for p in allen["parties"]] == ["Thad Allen"], allen["parties"]
    keen = [c for c in _t17_ledger(tmp_path / "haiti.db", "haiti_bbc", ("1612", "27", "829"))
            if "reasonable assumption" in c["statement"]]
    assert keen and all(len(c["parties"]) == 1 for c in keen), [c["parties"] for c in keen]  # "Lt Gen Ken Keen",
    # "Gen Ken Keen" and "Ken Keen", none linked, are one general


def test_a_denial_of_claims_by_someone_shows_who_claims(tmp_path: Path) -> None:
    """bpoil_bbc (dev) 1815: "Fred Bartlit challenged claims by members of the US Congress that choices made for
    economic reasons had increased the danger of a spill" was shown denied by Bartlit alone; LibyaWar_cnn (dev) 197:
    "claims a day earlier by the Libyan government that NATO warplanes bombed a bakery and a restaurant ..., a charge
    the alliance has countered" denied by the alliance alone (a judge's wrong status: the claim is contested). Whose
    claims a denial takes on ("claims by X", "X's claim", an estimate "made by X") asserts them."""
    for claims, words, holder, denier in (
            (_t17_ledger(tmp_path / "bbc.db", "bpoil_bbc", ("1815",)), "choices made for economic reasons", "members", "Fred Bartlit"),
            (_t17_ledger(tmp_path / "ly.db", "LibyaWar_cnn", ("197",)), "NATO warplanes bombed a bakery", "Libya", "alliance")):
        (claim,) = [c for c in claims if words.lower() in c["statement"].lower()]
        assert claim["status"] == "contested", claim
        assert any(holder in name for name in claim["asserted_by"]), claim["asserted_by"]
        assert any(denier in name for name in claim["denied_by"]), claim["denied_by"]


def test_a_relay_whose_words_hold_anothers_saying_is_no_party(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): "Libyan Prime Minister Baghdadi Mahmudi met in Tripoli with ambassadors of the European Union,
    blaming the unrest ... and stressing that Libya has the right to “take any measures” ..., Libyan state television
    reported": the ledger listed "Baghdadi Mahmudi asserts; Libyan state television asserts" (a judge's wrong party).
    A report whose words hold another party's saying only carries it, however the parse splits the sentence."""
    claims = _libya_ledger(tmp_path, "stressing that Libya has the right", "stressed that Libya has the right")
    lines = [c for c in claims if "right to “take any measures”" in c["statement"]]
    assert lines, [c["statement"] for c in claims]
    for claim in lines:
        assert not [p for p in claim["parties"] if "television" in p["name"].lower()], claim["parties"]


def test_a_link_headlines_sayer_is_no_party(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 109, 180, 64: related-story links run into the pages ("Woman alleges Libyan forces raped her
    Libya responds to rape claim ...") made ledger lines whose party was "Woman" (wrong party in the claim draw of seed
    3613), one of them holding a Lugar quote. A singular noun of a person with no determiner as the subject of a
    present-tense cue is a headline's, no party."""
    claims = _t17_ledger(tmp_path / "woman.db", "LibyaWar_cnn", ("109", "180", "64"))
    assert claims
    parties = [p["name"] for c in claims for p in c["parties"]]
    assert not [p for p in parties if p in ("Woman", "Libyan woman Woman")], parties


def test_a_pronoun_after_an_opening_time_names_the_party(tmp_path: Path) -> None:
    """Sampled "vague" class (bpoil_washingtonpost 623, dev, seed 3832): "In a statement, BP said that last year it paid
    corporate income taxes of $6.3 billion" made the line "Last year it paid ...": the party's pronoun was named only when
    it opened the words. A time the words open with ("last year", "on Monday,") sets the scene; the subject after it is
    the one the line names: "Last year [BP] paid ..."."""
    from storyline.reader import Storyline
    from tests.test_cli import _t17_store

    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("623",))
    lines = [c["statement"] for c in Storyline.open(store).claims()["items"] if "corporate income taxes" in c["statement"]]
    assert lines and all(line.startswith("Last year [BP] paid") for line in lines), lines


def test_a_question_asserts_nothing(tmp_path: Path) -> None:
    """Sampled "vague" class (bpoil_washingtonpost 882, dev, seed 3832): '“We need to figure out what happened,” White
    House press secretary Robert Gibbs said. “Would a finding of something possibly affect that? ...' made the ledger
    line "Would a finding of something possibly affect that? …", asserted by Gibbs. A question asks; it states nothing
    anyone could corroborate or deny (the quotes view keeps it)."""
    from storyline.reader import Storyline
    from tests.test_cli import _t17_store

    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("882",))
    view = Storyline.open(store)
    assert any("Would a finding of something" in q["text"] for q in view.quotes()["items"])
    lines = [c["statement"] for c in view.claims()["items"]]
    assert lines and not any(line.rstrip(" …").endswith("?") for line in lines), lines


def test_an_it_never_names_a_person(tmp_path: Path) -> None:
    """Sampled "vague" class (bpoil_washingtonpost 426, dev, seed 3832): "Landrieu said it would give “added ammunition”
    to a proposal" (it: the commission's report) made the line "[Mary L. Landrieu] would give ...": the resolver had
    linked the "it" to her. A line names a person only for a person's pronoun; an "it" stands for a thing or a body
    (the line, whose "It" it cannot name, leaves the ledger)."""
    from storyline.reader import Storyline
    from tests.test_cli import _t17_store

    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("426",))
    lines = [c["statement"] for c in Storyline.open(store).claims()["items"]]
    assert lines and not any("would give" in line and "Landrieu]" in line for line in lines), lines
    # people's own "they" is still named: "Contogouris and Baldwin said they were purposefully excluded" (bpoil_reuters 514)
    lines = [c["statement"] for c in Storyline.open(_t17_store(tmp_path, "bpoil_reuters", ("514",))).claims()["items"]]
    assert any(line.startswith("[Spyridon Contogouris and Stephen Baldwin] were purposefully excluded") for line in lines), lines


def test_a_line_shows_one_told_clause_and_keeps_its_condition(tmp_path: Path) -> None:
    """Sampled "garbled" class (bpoil_reuters 565 and 256, dev, seed 3931): "[Wayne Smith] met with Cuban authorities
    this week in Havana and that they are “fully open” to cooperation" ran two told clauses together ("said he met ...
    and that they are ..."), and "Gross negligence is found, the final cost to BP could be $69 billion" had lost the
    "if" of its condition, taken for a complementizer. A line joins two told clauses as one sentence of two ("...
    in Havana; they are “fully open” ..."), and an "if" whose clause a comma closes stays, the pronoun after it named
    as an opening one is ("Credit Suisse said if its $37 billion estimate is accurate, ...", bpoil_reuters 708)."""
    from storyline.reader import Storyline
    from tests.test_cli import _t17_store

    store = _t17_store(tmp_path, "bpoil_reuters", ("565", "256", "708"))
    lines = [c["statement"] for c in Storyline.open(store).claims()["items"]]
    havana = [line for line in lines if "met with Cuban authorities" in line]
    assert havana and all("in Havana; they are “fully open”" in line for line in havana), havana
    suisse = [line for line in lines if "37 billion estimate is accurate" in line]  # its own condition, its owner named
    assert suisse and all(line.startswith("If [Credit Suisse's] $37 billion estimate") for line in suisse), suisse
    negligence = [line for line in lines if "gross negligence is found" in line.lower()]
    assert negligence and all(line.startswith("If gross negligence is found") for line in negligence), negligence


def test_a_report_the_speaker_denies_of_itself_names_it(tmp_path: Path) -> None:
    """Sampled "vague" class (bpoil_washingtonpost 6, dev, seed 3932): "BP denied reports that it was looking for a
    sovereign wealth fund to take a big equity stake in the company" made the line "It was looking for a sovereign
    wealth fund ...": the "it" of a report the cue's object tells is its subject's, as the "it" of words the cue says
    is ("BP said it ..."); and so is an opening "its" ("Its initial estimate puts the flow at ...")."""
    from storyline.reader import Storyline
    from tests.test_cli import _t17_store

    lines = [c["statement"] for c in Storyline.open(_t17_store(tmp_path, "bpoil_washingtonpost", ("6",))).claims()["items"]]
    fund = [line for line in lines if "sovereign wealth fund" in line]
    assert fund and all(line.startswith("[BP] was looking for") for line in fund), fund


def test_words_told_of_a_relatives_antecedent_show_it_as_their_subject(tmp_path: Path) -> None:
    """Sampled "vague" class (bpoil_washingtonpost 2071, dev, seed 3932): "Apache said it would acquire the equivalent of
    385 million barrels of oil reserves, which Molchanov said was about 2 percent of BP's proven reserves" made the line
    "Was about 2 percent of BP's proven reserves": the words' subject is the relative before the cue. The line shows the
    noun phrase the relative stands for: "[385 million barrels of oil reserves] was about 2 percent ..."."""
    from storyline.reader import Storyline
    from tests.test_cli import _t17_store

    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("2071",))
    lines = [c["statement"] for c in Storyline.open(store).claims()["items"] if "2 percent of BP's proven" in c["statement"]]
    assert any(line.startswith("[385 million barrels of oil reserves] was about 2 percent") for line in lines), lines
    assert not any(line.startswith("Was ") for line in lines), lines


def test_a_roundups_excerpt_credited_to_its_writer_is_no_claim(tmp_path: Path) -> None:
    """Sampled "narration" class (bpoil_washingtonpost 281, dev, seed 4062): a roundup's items "Bernanke toured a pastry
    factory ..., reports Neil Irwin: “Ben S. Bernanke is one of the world's leading historians ...”" and "The size of the
    oil spill was underestimated, reports Justin Gillis: “Two weeks ago, ...”" were ledger lines asserted by the
    reporters. Each excerpt is another story's narration, whatever it tells (the words of the people it quotes go
    with it)."""
    claims = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("281",))
    statements = [c["statement"] for c in claims]
    assert statements
    assert not [s for s in statements if s.startswith(("Ben S. Bernanke is one of", "Two weeks ago, the government"))], statements
    parties = {p["name"] for c in claims for p in c["parties"]}
    assert not parties & {"Neil Irwin", "Justin Gillis", "David Hilzenrath", "Shirley Wang"}, parties


def test_a_claim_only_its_maker_took_back_is_retracted(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 2061: "Although Barton later retracted his suggestion that BP was the victim of a White
    House “shakedown” ..." — the ledger held Barton retracting and no one asserting, and showed the claim "asserted"
    (a judge's wrong status, 4222 claims draw): a suggestion its maker took back is retracted."""
    claims = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("2061",))
    (claim,) = [c for c in claims if any("Barton later retracted" in e["text"] for e in c["evidence"])]
    assert {e["role"] for e in claim["evidence"]} == {"retracts"} and claim["status"] == "retracted", claim


def test_a_speaker_who_rejects_a_criticism_in_his_own_words_denies_it(tmp_path: Path) -> None:
    """bpoil_reuters (dev): "“I reject the criticism out of hand that the Gulf Coast Claims Facility is reducing payments
    for the vast number of claimants. ...,” Feinberg said" stood in the ledger as Feinberg asserting his own words (a
    judge's wrong status, 4221 claims draw): the "I" who rejects is the quote's speaker, who denies the criticism."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("469",))
    held = [(c, e) for c in claims for e in c["evidence"] if "I reject the criticism" in e["text"]]
    assert held and all(e["role"] == "denies" for _, e in held), [(c["statement"], e["role"]) for c, e in held]
    assert any(c["statement"].lower().startswith("the gulf coast claims facility is reducing payments") and c["denied_by"] == ["Kenneth Feinberg"]
               for c, _ in held), [(c["statement"], c["denied_by"]) for c, _ in held]


def test_a_party_described_by_its_company_keeps_the_company_past_a_relative_clause(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 548: "The chief executive of driller Noble Corp, who was speaking at the same conference, also
    challenged BP's claim that the blowout preventer (BOP) on the rig failed" — the parse hangs the relative clause on
    "Corp", and the denier was shown as "chief executive" (in a BP ledger, BP's own; a judge's wrong party, 4221
    claims draw)."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("548",))
    (claim,) = [c for c in claims if any("also challenged BP's claim" in e["text"] and e["role"] == "denies" for e in c["evidence"])]
    assert claim["denied_by"] == ["chief executive of driller Noble Corp"], claim["denied_by"]


def test_a_pronoun_left_unnamed_beside_a_named_one_keeps_a_line_out(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 811: "He said he did not know why it failed to stop the gusher" (the "top kill" of the sentence
    before) was shown "[Tony Hayward] did not know why it failed to stop the gusher" (a judge's vague line, 4221 claims
    draw): the "he" was named, the "it" not, and a bracket anywhere let the line through."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("811",))
    assert not [c for c in claims if "why it failed to stop the gusher" in c["statement"]], [c["statement"] for c in claims]


def test_a_retraction_others_demand_is_not_made(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 2085: "Later in the day, GOP leaders demanded that Barton retract his apology" stood in
    the ledger as Barton retracting: a stance demanded of a party is not taken."""
    claims = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("2085",))
    assert not [e for c in claims for e in c["evidence"] if "GOP leaders demanded that Barton retract" in e["text"]
                and e["role"] == "retracts"], [c["statement"] for c in claims]


def test_a_retraction_in_a_speakers_own_words_is_no_ledger_retraction(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1355: "“I apologize for using the term ‘shakedown’ ... and I retract my apology to BP,” Barton
    said." stood in the ledger as the whole quote "retracted" (a judge's wrong status, 4271 claims draw): only a denial
    in the speaker's own words is read as the speaker's stance; the quote's line tells the rest."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("1355",))
    assert not [c for c in claims if c["status"] == "retracted" and c["statement"].startswith("“I apologize for using the term")]


def test_a_complaint_whose_holder_said_it_is_what_was_said(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 790: "Feinberg rejected the complaint of a senior Republican congressman, Joe Barton, who said
    last week that the fund set up by BP ... amounted to a government “shakedown.”" stood in the ledger as the whole
    sentence rejected by Feinberg (a judge's wrong party, 4271 claims draw): the complaint is what Barton said, which he
    asserts and Feinberg rejects."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("790",))
    held = [c for c in claims if any("Feinberg rejected the complaint" in e["text"] for e in c["evidence"])]
    assert held and all(c["statement"].lower().startswith("the fund set up by bp") for c in held), [c["statement"] for c in held]
    assert any("Joe Barton" in c["asserted_by"] for c in held), [(c["asserted_by"], c["denied_by"]) for c in held]


def test_a_suggestion_set_after_a_clause_is_that_clause(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1522: "Some politicians ... hint the company's obligations to its shareholders may color its
    judgments, a suggestion rejected by Utsler." — the suggestion, set on the clause's last noun, was read as pointing
    back, and Utsler was shown rejecting the sentence before ("But the company still faces public anger ...": a judge's
    wrong party, 4271 claims draw)."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("1522",))
    (claim,) = [c for c in claims if any("a suggestion rejected by Utsler" in e["text"] and e["role"] == "denies" for e in c["evidence"])]
    assert "obligations to its shareholders may color its judgments" in claim["statement"], claim["statement"]


def test_a_bare_description_shows_the_words_its_article_named_it_by(tmp_path: Path) -> None:
    """Sampled "vague" class (bpoil_washingtonpost 1059 and 1996, dev, seeds 4296, 4297): "I just don't read every line
    of that report because it's about 20 to 30 pages long" and "... others who enrolled multiple boats in the program"
    could not be read alone. A bare description ("that report", "the program") shows the naming words of the nearest
    earlier mention of its noun: "that [April 15 Halliburton] report", "the [Vessels of Opportunity] program"; one whose
    noun the story makes clear, or that says which itself, stays as written."""
    import json

    from storyline.analyse.claims.descriptions import named_descriptions
    from storyline.evaluate.t17 import topic_records
    from storyline.model import RawDocument
    from storyline.nlp import load_nlp
    from storyline.pipeline import clean_document

    claims = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("1059",))
    assert [c for c in claims if "every line of that [April 15 Halliburton] report" in c["statement"]], claims
    record = next(r for r in topic_records(EVAL / "timeline17" / "t17" / "bpoil_washingtonpost") if r["url"].endswith("/1996"))
    text = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json")).text
    doc = load_nlp()(text)
    at = text.index("enrolled multiple boats in the program")
    assert [(noun, words) for _, noun, words in named_descriptions(doc, at, at + 60)] == [("program", "Vessels of Opportunity")]
    record = next(r for r in topic_records(EVAL / "timeline17" / "t17" / "LibyaWar_cnn") if r["url"].endswith("/368"))
    text = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json")).text
    doc = load_nlp()(text)
    at = text.index("to carry the gun")  # after "the kind of machine gun that is typically mounted ...": no name in the
    assert named_descriptions(doc, at, at + 16) == []  # words (common nouns set in were wrong 9 times of 21, seed 43)


def test_a_line_cut_short_is_no_claim(tmp_path: Path) -> None:
    """Sampled "garbled" class (bpoil_reuters, dev, seed 4331): "Democratic Senators Charles Schumer and Ron Wyden said on
    Wednesday BP should cut its dividend ..." was the line "Should cut [BP's] dividend until ..." (the parse took "BP"
    for the saying's), and "... two BP refineries accounted for 829, or 97 percent, of the 851 “willful” violations
    found by government safety inspectors ..., according to the Center for Public Integrity" stopped at "851
    “willful". A line that opens on a finite verb or stops after an opening quotation mark does not read as a
    sentence."""
    claims = _t17_ledger(tmp_path / "cut.db", "bpoil_reuters", ("708", "830", "284"))
    assert not [c["statement"] for c in claims if c["statement"].startswith("Should cut")]
    assert not [c["statement"] for c in claims if c["statement"].endswith("“willful")]


def test_words_said_of_the_noun_a_clause_describes_and_tickers_are_no_line_or_party(tmp_path: Path) -> None:
    """Two of the forty-ninth session's claim draws (6202, 6231): "... a deficiency that one company official warned could
    “lead to catastrophic operator error”" was the line "Lead to catastrophic operator errors." (the words lack the
    noun the clause describes: no claim the ledger can state), and "..., a BP (BP.L) executive said" gave the party
    "a BP BP.L executive" (a stock ticker is no part of who speaks)."""
    words = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("131", "1796", "2029", "1883", "1241", "226"))
    assert not [c["statement"] for c in words if c["statement"].lower().startswith("lead to catastrophic")]
    ticker = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("2059",))
    names = {p["name"] for c in ticker for p in c["parties"]}
    assert "a BP executive" in names and not [n for n in names if "BP.L" in n], names


def test_words_set_at_a_place_told_before_are_no_line_of_this_story(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1508, the forty-ninth session's claim draw 6202 (vague): "... the 1989 spill from the
    Exxon Valdez tanker in Alaska. There, scientists estimated the oil killed 250,000 seabirds" was the ledger line "The
    oil killed 250,000 seabirds, ..." asserted by scientists, read as the BP spill's toll. Words set "there", at a place
    the sentence before names, and naming nothing themselves are no line of their own."""
    claims = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("1508",))
    assert not [c["statement"] for c in claims if "250,000 seabirds" in c["statement"]], claims


def test_words_that_open_on_a_doing_or_a_this_are_no_line(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 10 and 824: "Doing so would reduce redundancies and increase risks on the drilling rig"
    (a judge's vague line, claims draw of seed 5304, fifty-third session) and "This captured only 1,360 barrels of oil
    over the 24 hours to midnight Saturday" were ledger lines: words whose subject only points back ("doing so",
    "this") say nothing a ledger reader can tell, as an opening "It" does not. "This week ..." and "Those who ..." open
    on what they name."""
    lines = [c["statement"] for c in _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("10", "824"))]
    assert not [s for s in lines if s.startswith(("Doing so", "This captured"))], lines


def test_a_line_that_names_nothing_or_stops_mid_phrase_leaves_the_ledger(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1349: "But it would still not surpass the extent of the disaster caused by the Ixtoc spill"
    (a connective before an unnamed "it"), 1064: "More could be done" (a quantifier names nothing);
    bpoil_washingtonpost (dev) 1255 and 390: "... modification, inspection, and testing of" (a line stopped on a word
    no sentence ends on). A claim draw judged each vague (seed 5413 and 5414). Other lines of the same articles stay."""
    reuters = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("1349", "1064"))
    shown = [c["statement"] for c in reuters]
    assert reuters and not [s for s in shown if s.startswith(("But it would still not surpass", "More could be done"))], shown
    post = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("1255", "390"))
    shown = [c["statement"] for c in post]
    assert post and not [s for s in shown if s.rstrip().endswith(" of")], shown


def test_a_demonstrative_before_the_subjects_noun_points_back(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1902: "This discovery was made after a “relief well” finally broke through into the
    Macondo well ..., Allen said" was a ledger line that never says what was discovered (judged "vague" in the claim
    draw of seed 5504). A subject whose noun a demonstrative points back with marks the statement as pointing, and the
    ledger keeps no line that opens on it; a date ("This week") or an owner ("This BP report") says what it is. The
    article's other statements stay."""
    from storyline.store.db import Store

    claims = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("1902",))
    assert not [c for c in claims if c["statement"].startswith("This discovery")], [c["statement"] for c in claims]
    assert not _statements(Store(tmp_path / "wp.db"), "This discovery was made")
    assert _statements(Store(tmp_path / "wp.db"), "")


def test_a_denial_of_a_bare_relative_is_no_line(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev) 1318: "Federal ocean specialists launched a research vessel Wednesday to determine
    whether large plumes of oil are floating beneath the surface, as some researchers have claimed and which BP has
    denied" was a ledger line of the whole sentence denied by BP (judged "wrong party" in the claim draw of seed 5514):
    the parse hangs the "as" clause on "determine", so the denial's words are only "which". Words that are only a
    relative pronoun pointing at nothing leave no line."""
    claims = _t17_ledger(tmp_path / "wp.db", "bpoil_washingtonpost", ("1318",))
    assert not [c for c in claims if c["statement"].startswith("Federal ocean specialists launched")], [
        c["statement"] for c in claims]


def test_a_named_claims_line_shows_the_clause_of_its_denial(tmp_path: Path) -> None:
    """bpoil_reuters (dev) 1254: "BP has taken responsibility for the cleanup but has questioned government estimates of
    how much oil came out of the well" was a line BP denies whole, its own acceptance of responsibility with it (judged
    "wrong status" in the claim draw of seed 5514). A line of a named claim shows the clause of its cue, with the
    subject it shares with the clause before it."""
    claims = _t17_ledger(tmp_path / "re.db", "bpoil_reuters", ("1254",))
    lines = [c["statement"] for c in claims if "government estimates of how much oil" in c["statement"]]
    assert lines and all(s.startswith("[BP] has questioned") and "responsibility" not in s for s in lines), lines


def test_an_agency_relaying_anothers_saying_is_no_party(tmp_path: Path) -> None:
    """haiti_bbc (dev) 83: "Henry Bahn, an official for the US Agriculture Department visiting Haiti, said everybody
    there was “just totally freaked out and shaken”, the Associated Press news agency reported" made the agency assert
    Bahn's words, and with 142 and 820 (his words quoted) the line was corroborated by the Associated Press and Bahn (judged
    "wrong party" in the draw of seed 6001). The agency only carries a saying, even one whose words are no proposition
    of their own; Bahn asserts them."""
    claims = _t17_ledger(tmp_path / "haiti.db", "haiti_bbc", ("83", "142", "820"))
    lines = [c for c in claims if "freaked out and shaken" in c["statement"]]
    assert lines, [c["statement"] for c in claims]
    for line in lines:
        parties = {p["name"] for p in line["parties"]}
        assert "Henry Bahn" in parties and not any("Associated Press" in p for p in parties), (line["statement"], parties)


def test_a_saying_asked_about_is_no_ones_claim(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1029, a live blog of Hayward's hearing (ledger draw of seed 6002, "wrong party" twice): "Markey
    asks if he's therefore saying that he doesn't recognize the term “plume”" made Markey assert that he did not know the
    term, and "7.37 pm: Does Hayward think BP was “shaken down” by the White House ..., Bruce Braley wants to know" made
    Hayward assert Barton's charge. A saying or a view asked about is not put forward; Barton's own charge stays his."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("1029",))
    assert not [c["statement"] for c in claims if "recognize the term" in c["statement"]]
    shakedown = [c for c in claims if c["statement"].startswith("[BP] was the victim of a White House “shakedown”")]
    assert shakedown and all({p["name"] for p in c["parties"]} == {"Joe Barton"} for c in shakedown), [
        (c["statement"], [p["name"] for p in c["parties"]]) for c in shakedown]


def test_a_title_joined_to_a_title_is_the_same_person(tmp_path: Path) -> None:
    """bpoil_guardian (dev) 1351: "The president's environmental adviser and director of the Office of Energy and Climate
    Change Policy, Carol Browner, has accused BP of misstating the scale of the leak" gave the charge to Browner and to
    a party "director" (ledger draw of seed 6002, "wrong party"). A bare title joined to a title is the same person's;
    "other opposition members and the government denied" keeps its unnamed members."""
    claims = _t17_ledger(tmp_path / "guardian.db", "bpoil_guardian", ("1351",))
    lines = [c for c in claims if "misstating the scale of the leak" in c["statement"]]
    assert lines and all([p["name"] for p in c["parties"]] == ["Carol Browner"] for c in lines), [
        (c["statement"], [p["name"] for p in c["parties"]]) for c in lines]
