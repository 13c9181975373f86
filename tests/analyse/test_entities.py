"""Entity resolution on the five seed articles and on single hand-built sentences."""

from __future__ import annotations

import pytest

from storyline.analyse.entities import patterns as pat
from storyline.analyse.entities.resolve import (
    EntityInput,
    EntityResolution,
    resolve_entities,
    resolve_name,
)
from storyline.clean.article import build_article
from storyline.model import Entity, Mention, RawDocument
from storyline.nlp import load_nlp
from storyline.pipeline import Analysis, mentions_stage
from tests.conftest import SEEDS


def _item(text: str, article_id: str = "a1", published: str | None = None) -> EntityInput:
    """One hand-built article: spaCy's own mentions over the whole text."""
    nlp = load_nlp()
    doc = nlp(text)
    mentions = [Mention(article_id, e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    return EntityInput(article_id, text, mentions, doc, published, 0)


@pytest.fixture(scope="module")
def seeds() -> tuple[EntityResolution, dict[str, EntityInput]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    nlp = load_nlp()
    items: dict[str, EntityInput] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        article = build_article(RawDocument(source=str(path), raw=path.read_bytes(), media_type="text/plain"))
        analysis = mentions_stage(Analysis(article=article, doc=nlp(article.text)))
        items[path.name[:3]] = EntityInput(
            article.id, article.text, analysis.mentions, analysis.doc, article.published, article.body_start
        )
    return resolve_entities(list(items.values())), items


def _named(resolution: EntityResolution, name: str) -> Entity:
    entity = resolve_name(resolution, name)
    assert entity is not None, f"no entity for {name!r}"
    return entity


def _surfaces(resolution: EntityResolution, items: dict[str, EntityInput], entity: Entity) -> set[str]:
    texts = {item.article_id: item.text for item in items.values()}
    return {texts[a][s:e] for (a, s, e), eid in resolution.links.items() if eid == entity.id}


def test_one_entity_each_for_the_main_actors(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    for names, kind in [
        (["Kim Jong Un", "Kim Jong-un", "kim jong un"], "person"),
        (["Vladimir Putin", "Putin", "Mr. Putin"], "person"),
        (["North Korea", "N. Korea", "the DPRK", "DPRK", "Democratic People's Republic of Korea"], "country"),
        (["the United States", "US", "U.S."], "country"),
        (["Russia", "Moscow"], "country"),
    ]:
        found = {_named(resolution, n).id for n in names}
        assert len(found) == 1, names
        assert _named(resolution, names[0]).type == kind
    by_name = [e for e in resolution.entities if e.name.casefold().replace("-", " ") == "kim jong un"]
    assert len(by_name) == 1
    assert len([e for e in resolution.entities if e.type == "country" and e.country_code == "PRK"]) == 1
    assert _named(resolution, "North Korea").country_code == "PRK"
    assert _named(resolution, "United States").country_code == "USA"
    assert _named(resolution, "Russia").country_code == "RUS"
    kim = _named(resolution, "Kim Jong Un")
    assert {"Kim Jong-un", "Kim Jong Un", "Kim"} <= _surfaces(resolution, items, kim)


def test_kim_jong_il_stays_apart_and_leader_kim_is_the_son(
    seeds: tuple[EntityResolution, dict[str, EntityInput]],
) -> None:
    resolution, items = seeds
    son, father = _named(resolution, "Kim Jong Un"), _named(resolution, "Kim Jong-il")
    assert son.id != father.id
    text = items["003"].text
    start = text.index("leader Kim’s") + len("leader ")
    assert resolution.links[(items["003"].article_id, start, start + 3)] == son.id


def test_capitals_standing_for_governments(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    item = items["001"]
    start = item.text.index("Pyongyang and Moscow have yet to release")
    assert resolution.links[(item.article_id, start, start + 9)] == _named(resolution, "North Korea").id
    assert resolution.links[(item.article_id, start + 14, start + 20)] == _named(resolution, "Russia").id
    item = items["002"]
    start = item.text.index("Washington will push")
    assert resolution.links[(item.article_id, start, start + 10)] == _named(resolution, "United States").id
    # "visit Pyongyang" is the city, not the government
    item = items["003"]
    start = item.text.index("will visit Pyongyang") + len("will visit ")
    place = resolution.links[(item.article_id, start, start + 9)]
    assert place != _named(resolution, "North Korea").id
    assert next(e for e in resolution.entities if e.id == place).type == "place"


def test_the_north_and_missed_mentions_are_added(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    north_korea, putin = _named(resolution, "North Korea"), _named(resolution, "Putin")
    item = items["003"]
    start = item.text.index("the North has been seeking")
    linked = {eid for (a, s, e), eid in resolution.links.items() if a == item.article_id and s <= start + 4 < e}
    assert linked == {north_korea.id}
    item = items["001"]
    start = item.text.index("Kim-Putin") + 4
    extra = [m for m in resolution.mentions if m.article == item.article_id and m.start == start]
    assert extra and extra[0].text == "Putin" and extra[0].entity == putin.id


def test_role_description_resolves_to_the_named_person(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    item = items["001"]
    start = item.text.index("the Russian president")
    assert resolution.links[(item.article_id, start, start + len("the Russian president"))] == _named(resolution, "Putin").id
    assert "Russian president" not in _named(resolution, "Putin").aliases


def test_john_kirby_roles_over_time(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    kirby = _named(resolution, "John Kirby")
    assert _named(resolution, "Kirby").id == kirby.id
    roles = {(r.title, r.article, r.date) for r in kirby.roles}
    assert ("NSC strategic communications coordinator", items["001"].article_id, "2023-09-14") in roles
    assert ("White House National Security Communications Advisor", items["003"].article_id, items["003"].published) in roles
    for role in kirby.roles:
        item = next(i for i in items.values() if i.article_id == role.article)
        assert item.text[role.start : role.end] == role.title
    assert kirby.roles[0].date == "2023-09-14"  # dated roles first


def test_manhole_wood_is_a_probable_variant_not_a_merge(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    wood = _named(resolution, "Robert Wood")
    assert any(r.title == "Deputy US Ambassador" for r in wood.roles)
    variants = [v for v in wood.variants if v["text"] == "Manhole Wood"]
    assert len(variants) == 1
    variant = variants[0]
    item = items["002"]
    assert item.text[int(str(variant["start"])) : int(str(variant["end"]))] == "Manhole Wood"
    assert variant["article"] == item.article_id
    assert 0.5 <= float(str(variant["confidence"])) < 1.0
    assert variant["evidence"]
    assert resolve_name(resolution, "Manhole Wood") is None
    assert resolve_name(resolution, "Manhole Wood", variants=True) is wood
    assert (item.article_id, int(str(variant["start"])), int(str(variant["end"]))) not in resolution.links
    assert not any(e.name == "Manhole Wood" for e in resolution.entities)


def test_no_entity_from_title_block_footer_or_caption(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    for item in items.values():
        for article, start, _ in resolution.links:
            if article == item.article_id:
                assert start >= item.body_start
    names = {e.name.casefold() for e in resolution.entities}
    assert not names & {"kaynak", "türkçe", "cnews live", "the korea herald", "yonhap", "tass-yonhap", "roscosmos"}
    assert not any("nestechuk" in n or "borisov" in n for n in names)


def test_entity_ids_are_stable(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    again = resolve_entities(list(items.values()))
    assert [e.id for e in again.entities] == [e.id for e in resolution.entities]
    assert again.links == resolution.links


# --- single rules ------------------------------------------------------------------------------


def test_country_codes_come_from_pycountry() -> None:
    assert pat.country_code("the DPRK") == "PRK"
    assert pat.country_code("N. Korea") == "PRK"
    assert pat.country_code("U.S.") == "USA"
    assert pat.country_code("Russia") == "RUS"
    assert pat.country_code("Iran") == "IRN"  # pycountry: "Iran, Islamic Republic of"
    assert pat.country_code("Kharkiv") is None
    assert pat.capital_country("Pyongyang") == "PRK"
    assert pat.demonym_country("Ukrainians") == "UKR"
    assert pat.country_name("RUS") == "Russia"


def test_name_key_drops_titles_and_hyphens() -> None:
    assert pat.name_key("Mr. Kim Jong-un") == pat.name_key("Kim Jong Un") == "kim jong un"
    assert pat.name_key("President Putin’s") == "putin"


def test_short_form_takes_the_earlier_full_name_in_the_same_article() -> None:
    text = (
        "Chinese President Xi Jinping met Wang Yi in Beijing on Monday. "
        "Xi said the talks were useful, and Wang agreed."
    )
    resolution = resolve_entities([_item(text)])
    xi = _named(resolution, "Xi Jinping")
    start = text.index("Xi said")
    assert resolution.links[("a1", start, start + 2)] == xi.id
    assert any(r.title == "Chinese President" for r in xi.roles)


def test_capital_in_a_place_phrase_is_a_place() -> None:
    text = "The talks were held in Moscow on Friday. Moscow said it would reply."
    resolution = resolve_entities([_item(text)])
    russia = _named(resolution, "Russia")
    first, second = text.index("Moscow"), text.rindex("Moscow")
    assert resolution.links[("a1", second, second + 6)] == russia.id
    assert resolution.links[("a1", first, first + 6)] != russia.id


@pytest.mark.parametrize(("sentence", "capital", "country", "government"), [
    # haiti_bbc (dev): the city struck, described, in apposition, with its airport
    ("The 7.0-magnitude quake struck south of the capital, Port-au-Prince, on Tuesday.", "Port-au-Prince", "Haiti", False),
    ("The BBC's Matthew Price at Port-au-Prince's airport says: “We have just touched down.”", "Port-au-Prince", "Haiti", False),
    ("Days after the quake devastated Port-au-Prince, killing tens of thousands, there are reports of looting.",
     "Port-au-Prince", "Haiti", False),
    # LibyaWar_cnn (dev): the road between two cities, a city that is a stronghold; and the government a party deals with
    ("In Dafniya, between Tripoli and Misrata, five rebels were killed.", "Tripoli", "Libya", False),
    ("Officials tell foreign journalists that Tripoli is a stronghold of Gadhafi.", "Tripoli", "Libya", False),
    ("The rebels ruled out negotiations with Tripoli.", "Tripoli", "Libya", True),
    # the seeds: a party's act comes from the capital
    ("It would provoke a painful response from Moscow.", "Moscow", "Russia", True),
])
def test_a_capital_is_its_government_only_as_a_party(sentence: str, capital: str, country: str, government: bool) -> None:
    resolution = resolve_entities([_item(sentence)])
    start = sentence.index(capital)
    (linked,) = [entity for (_, first, _), entity in resolution.links.items() if first == start]
    entity = next(e for e in resolution.entities if e.id == linked)
    assert (entity.type, entity.name) == (("country", country) if government else ("place", capital))


def test_appositive_role_carries_the_article_date() -> None:
    text = "Matthew Miller, the spokesperson for the department, repeated the stance on Tuesday."
    resolution = resolve_entities([_item(text, published="2024-06-17")])
    miller = _named(resolution, "Matthew Miller")
    assert [(r.title, r.date) for r in miller.roles] == [("spokesperson for the department", "2024-06-17")]


# --- pronouns, descriptions, acronyms ----------------------------------------------------------


def _anaphors(resolution: EntityResolution, article: str) -> dict[int, tuple[str, str, str | None]]:
    """Start -> (text, label, entity) of the resolver's pronoun and description mentions in one article."""
    return {m.start: (m.text, m.label, m.entity) for m in resolution.mentions
            if m.article == article and m.label in {"PRON", "NOMINAL"}}


def _resolved_anaphors(text: str) -> tuple[EntityResolution, dict[int, tuple[str, str, str | None]]]:
    """One article of this text resolved alone, and its pronoun and description mentions (``_anaphors``)."""
    item = _item(text)
    resolution = resolve_entities([item])
    return resolution, _anaphors(resolution, item.article_id)


def test_he_after_a_quote_is_the_last_speaker(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    item = items["001"]
    found = _anaphors(resolution, item.article_id)
    kirby, blinken, putin = (_named(resolution, n).id for n in ("John Kirby", "Antony Blinken", "Putin"))
    # the quote names Mr. Putin, but "he said" outside it is the speaker, Kirby
    start = item.text.index('Mr. Putin is seeking," he said') + len('Mr. Putin is seeking," ')
    assert found[start] == ("he", "PRON", kirby)
    start = item.text.index("He also warned")
    assert found[start] == ("He", "PRON", kirby)
    start = item.text.index('consequences," he added') + len('consequences," ')
    assert found[start] == ("he", "PRON", blinken)
    # inside Miller's quote "he is begging Kim" is Putin, named just before
    start = item.text.index("he is begging")
    assert found[start] == ("he", "PRON", putin)
    # pronouns are linked mentions, never aliases
    assert not {"he", "He", "his"} & set(_named(resolution, "John Kirby").aliases)
    assert (item.article_id, start, start + 2) in resolution.links


def test_unnamed_spokesperson_and_garbled_name_stay_unlinked(seeds: tuple[EntityResolution, dict[str, EntityInput]]) -> None:
    resolution, items = seeds
    people = {e.id for e in resolution.entities if e.type == "person"}
    item = items["003"]
    line_start = item.text.index("“We are aware of reports")
    line_end = item.text.index("\n", line_start)
    spokesperson = item.text.index("the spokesperson said", line_start)
    for (article, start, end), entity in resolution.links.items():
        if article == item.article_id and spokesperson <= start < line_end:
            assert entity not in people, item.text[start:end]
    item = items["002"]
    start = item.text.index("Manhole Wood")
    assert not any(a == item.article_id and s < start + 12 and start < e for a, s, e in resolution.links)


def test_it_for_a_company_and_the_company_description() -> None:
    text = (
        "Boeing said on Monday it would cut 10,000 jobs. "
        "The company blamed its costs on the strike. "
        "The index fell 3 percent. It lost more than 200 points."
    )
    resolution = resolve_entities([_item(text)])
    boeing = _named(resolution, "Boeing").id
    found = _anaphors(resolution, "a1")
    assert found[text.index("it would")] == ("it", "PRON", boeing)
    assert found[text.index("The company")] == ("The company", "NOMINAL", boeing)
    assert found[text.index("its costs")] == ("its", "PRON", boeing)
    assert text.index("It lost") not in found  # "the index", an unnamed subject, is nearer


def test_pleonastic_it_links_nothing() -> None:
    """bpoil_washingtonpost (dev), claims draw of seed 5544 (garbled, fifty-seventh session): "BP said that it was still
    too soon to reach a final conclusion ..." showed "[BP] was still too soon ...": the parse makes "soon" an adverb, and
    an "it" before "too soon to" holds the clause's place as one before "too early to" does."""
    text = "Boeing bid for the tanker contract. It emerged that the Air Force had favoured the bid."
    resolution = resolve_entities([_item(text)])
    assert text.index("It emerged") not in _anaphors(resolution, "a1")
    soon = "BP capped the well. BP said that it was still too soon to reach a final conclusion about the flow."
    assert soon.index("it was") not in _anaphors(resolve_entities([_item(soon)]), "a1")


def test_acronym_from_the_capitals_of_a_name_in_the_article() -> None:
    assert pat.ACRONYM.fullmatch("USAF")
    from storyline.analyse.entities.resolve import initials
    assert "EADS" in initials("European Aeronautic Defence and Space Company")
    assert "USAF" in initials("the United States Air Force")
    text = (
        "Northrop Grumman won a contract to supply the United States Air Force with tankers. "
        "The USAF will receive 179 aircraft."
    )
    resolution = resolve_entities([_item(text)])
    start = text.index("USAF")
    long_start = text.index("the United States Air Force")
    links = {s: e for (a, s, _), e in resolution.links.items()}
    assert links[start] == links[long_start]


def test_a_country_government_acts_as_the_country() -> None:
    text = "The Canadian Government will lend C$1 billion to the carmaker, Canada said on Friday."
    resolution = resolve_entities([_item(text)])
    canada = _named(resolution, "Canada")
    assert canada.type == "country" and canada.country_code == "CAN"
    start = text.index("The Canadian Government")
    assert any(s == start and e == canada.id for (_, s, _), e in resolution.links.items())


def test_quote_spans_know_tokenised_quotes() -> None:
    from storyline.analyse.entities.resolve import quote_spans
    text = "Carson said `` It has to be a 25-year product . '' Boeing agreed ."
    (start, end), = quote_spans(text)
    assert text[start:end] == "`` It has to be a 25-year product . ''"[:end - start]
    assert "Boeing" not in text[start:end]


def test_the_north_and_the_south_resolve_from_the_article_itself() -> None:
    """No story rule: "the North"/"the South" stand for the one country of that name the article names."""
    assert pat.direction_country("Seoul said North Korea fired a missile; the North denied it.", "north") == "PRK"
    assert pat.direction_country("South Sudan's army said the South would hold the border.", "south") == "SSD"
    assert pat.direction_country("North Korea and North Macedonia", "north") is None  # two candidates: no guess
    assert pat.direction_country("the North won the civil war", "north") is None  # no such country named
    assert not pat.THE_DIRECTION.search("across the North Atlantic") and not pat.THE_DIRECTION.search("in the South China Sea")


def test_the_country_scan_covers_every_country_not_one_story() -> None:
    forms = set(pat.scan_forms())
    assert {"Libya", "Haiti", "Syria", "Egypt", "North Korea", "Russia", "U.S.", "Tripoli", "Damascus"} <= forms
    assert "Jordan" not in forms and "Chad" not in forms  # names as often a person's are left to NER


def test_a_country_in_a_seas_name_is_no_country() -> None:
    """bpoil_washingtonpost (dev): the country scan found "Mexico" in "the giant Gulf of Mexico oil slick" where NER had
    no mention, and the country Mexico gathered 33 mentions, "the government" of the United States among them through
    it. A country's name after "Gulf of", "Bay of", "Sea of" or "New" is part of another name."""
    from storyline.analyse.entities.resolve import article_entities

    text = ("The battle against the giant Gulf of Mexico oil slick gained traction Wednesday, officials said. "
            "Snorkeling along a coral reef near Veracruz, Mexico, in 2002, a Texas biologist spotted a ledge of rock.")
    item = _item(text)
    item.mentions[:] = [m for m in item.mentions if m.text != "Gulf of Mexico"]  # as NER left it on the page
    starts = {c.start for c in article_entities(item).cands if c.text == "Mexico"}
    assert text.index("Gulf of Mexico") + len("Gulf of ") not in starts
    assert text.index("Veracruz, Mexico") + len("Veracruz, ") in starts


def test_a_states_news_abbreviation_is_the_state() -> None:
    """bpoil_washingtonpost (dev): "Grand Isle, La." gave the place "La." (38 mentions) beside Louisiana (176): a US
    state as news style abbreviates it after a town is that state."""
    from storyline.analyse.entities.resolve import article_entities

    item = _item("Workers cleaned the beach at Grand Isle, La., on Friday. Louisiana officials said the oil reached "
                 "the marshes near Pensacola, Fla., by Sunday.")
    keys = {c.text: c.key for c in article_entities(item).cands}
    assert keys["La."] == keys["Louisiana"] == "place:louisiana"
    assert keys.get("Fla.", "place:florida") == "place:florida"


def test_a_quoted_it_is_the_body_that_says_the_words() -> None:
    """bpoil_washingtonpost (dev): 'He said BP “recognizes that it has huge obligations and it will have to spend a huge
    amount of money”' linked both "it"s to the United States, where the quote before ended, and the timeline read
    "[United States] will have to spend a huge amount of money". A quoted "it" is the body named as the subject of the
    verb that reports the words outside the marks, even where the tagger missed that name there."""
    from storyline.analyse.entities.resolve import article_entities

    text = ("BP executives met the prime minister. Cameron called the British oil giant “an important multinational "
            "company” that is “also important, I would argue, to the United States.” He said BP “recognizes that it "
            "has huge obligations and it will have to spend a huge amount of money” to plug the well.")
    links = {c.start: c.key for c in article_entities(_item(text)).cands if c.label == "PRON" and c.text == "it"}
    at = text.index("recognizes that it") + len("recognizes that ")
    assert links.get(at) == "org:bp", links


def test_an_object_pronoun_is_not_its_verbs_subject_and_a_new_subject_ends_the_last_speaker() -> None:
    """bpoil_washingtonpost (dev): "The U.S. Fish and Wildlife Service, which oversees the islands, has protected them"
    linked "them" to the Service; after a charter captain's quote, "Gov. Bobby Jindal proposed dredging soil ... He
    said the plan would ..." linked "He" to the captain, the last speaker. An object pronoun never stands for its own
    verb's subject, and the last speaker goes on only until a new person is a sentence's subject."""
    from storyline.analyse.entities.resolve import article_entities

    text = ("Oil washed onto the Chandeleur Islands off Louisiana, where thousands of brown pelicans are roosting. The "
            "U.S. Fish and Wildlife Service, which oversees the islands, has protected them with a ring of floating booms.")
    links = {c.text: c.key for c in article_entities(_item(text)).cands if c.label == "PRON"}
    assert "them" not in links, links
    text = ("Adam Wine, a charter captain, said the booms were useless. “We are losing everything,” he said. Gov. Bobby "
            "Jindal proposed dredging soil from the Mississippi River to create a ring of islands. He said the plan would "
            "create some new barrier islands.")
    links = {c.start: c.key for c in article_entities(_item(text)).cands if c.label == "PRON"}
    assert links[text.index("He said the plan")] == "bobby jindal"
    assert links[text.index("he said.")] == "adam wine"


def test_transliterations_share_a_skeleton_and_relatives_do_not() -> None:
    from storyline.analyse.entities.resolve import name_skeleton

    assert len({name_skeleton(s) for s in ("Gaddafi", "Qaddafi", "Gadhafi", "Khadaffi", "Ghadafi", "Kadafi")}) == 1
    assert name_skeleton("Muammar") == name_skeleton("Moammar") == name_skeleton("Mohammar")
    assert name_skeleton("Saif") != name_skeleton("Muammar") != name_skeleton("Khamis")


def test_spellings_of_one_person_merge_with_their_evidence_on_a_dev_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: Gadhafi / Gaddafi / Ghadafi and Moammar / Muammar are one person; his sons stay apart."""
    from storyline.evaluate.t17 import topic_documents
    from storyline.ingest.runner import ingest_documents
    from storyline.options import Options
    from storyline.store.db import Store
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    store = Store(tmp_path / "libya.db")
    ingest_documents(store, topic_documents(folder, limit=40), Options(progress=False))
    people = store.query("SELECT name, aliases, variants FROM entities WHERE type = 'person'", json=True)
    leader = [p for p in people if p["name"] in ("Moammar Gadhafi", "Muammar Gaddafi")]
    assert len(leader) == 1, [p["name"] for p in people if "ad" in p["name"].lower()]
    spellings = [v for v in leader[0]["variants"] if v.get("kind") == "spelling"]
    assert spellings and all(v["evidence"] for v in spellings)
    names = {p["name"] for p in people}
    assert any(n.startswith("Saif") for n in names)  # the son is his own person
    # "Gadhafi" tagged as an organisation ("Gadhafi forces") is the leader, with its evidence, not an organisation
    organisations = store.query("SELECT name FROM entities WHERE type = 'organisation'", json=True)
    assert "Gadhafi" not in {o["name"] for o in organisations}
    assert any("tagged as an organisation" in " ".join(v["evidence"]) for v in leader[0]["variants"])
    assert not [n for n in names if n.split()[0] in ("CNN", "ET")]  # "CNN Obama": the outlet is not part of the name


def test_page_stamps_and_designations_are_not_people() -> None:
    """Strings LibyaWar_cnn's pages carry that the tagger called PERSON: date stamps, glued outlets."""
    from storyline.analyse.entities import patterns as pat

    assert pat.calendar_only("Fri Mar 25 2011") and pat.calendar_only("Thu Jun") and pat.calendar_only("Sun Apr 10")
    assert pat.calendar_only("ET") and not pat.calendar_only("May") and not pat.calendar_only("June Carter") and not pat.calendar_only("Mar Gadhafi")
    assert pat.glued_prefix("CNN Obama") == 4 and pat.glued_prefix("ET Obama") == 3
    assert pat.glued_prefix("JASON CARROLL") == 0 and pat.glued_prefix("Moammar Gadhafi") == 0


def test_common_words_sides_and_verbs_are_not_names() -> None:
    """Mentions LibyaWar_cnn's tagger produced: "the coast west" and "jihadist" (no capital: no name), "Predator or
    Reaper" (two things), "Obtaining" opening a sentence (a verb), "pro-Tripoli" (a side, never a person)."""
    assert pat.not_a_name("the coast west") and pat.not_a_name("jihadist") and pat.not_a_name("Predator or Reaper")
    assert not pat.not_a_name("al-Zawiya") and not pat.not_a_name("Bosnia and Herzegovina")
    assert pat.not_a_name("Col") and pat.not_a_name("Lt. Cmdr") and not pat.not_a_name("Col. Ahmed Bani")
    assert not pat.not_a_name("Pope") and not pat.not_a_name("King")  # surnames too: only abbreviations go
    # LibyaWar_cnn 14: spaCy tags this "the United Nations" FAC; the alias table knows it for a body
    text = ("Libya's government has subsequently requested that Dabbashi and Shalgham be denied the right to speak for "
            "Libya at the United Nations.")
    item = _item(text)
    assert any(m.label == "FAC" and "United Nations" in m.text for m in item.mentions)
    found = resolve_entities([item])
    assert {e.type for e in found.entities if e.name == "United Nations"} == {"organisation"}
    item = _item("Obtaining visas was hard. Pro-Tripoli fighters and Benghazi residents clashed near the coast west of the city.")
    found = resolve_entities([item])
    names = {e.name: e.type for e in found.entities}
    assert "Obtaining" not in names and not [n for n in names if "coast" in n], names
    assert all(t != "person" for n, t in names.items() if n.lower().startswith("pro-")), names


def test_pronouns_keep_to_the_gender_the_article_gives(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn 277: "a desperate Libyan woman ... Her face ... She said her name was Eman al-Obeidy" never
    lands on Gadhafi, named just before; 290: "Gadhafi's son Saif Gadhafi told CNN ... He called" is the son; 190: "He
    vowed not to leave Libya, she reported": the reporter, Christiane Amanpour, is "she", never "he"."""
    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    import json

    chosen = [r for r in topic_records(folder) if r["url"].rsplit("/", 1)[1] in ("277", "290", "190")]
    store = Store(tmp_path / "libya.db")
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)), Options(progress=False))
    texts = {a["id"]: a["text"] for a in store.article_rows(with_text=True)}
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    links = {(m["article"], m["start"]): names.get(m["entity"] or "") for m in store.rows("mentions") if m["label"] == "PRON"}

    def linked(words: str, pronoun: str) -> str | None:
        article, text = next((a, t) for a, t in texts.items() if words in t)
        at = text.index(words) + words.index(pronoun)
        return links.get((article, at))

    for words in ("Her face was heavily bruised", "She displayed blood on her right", "She sobbed and said she was held"):
        assert "Gadhafi" not in (linked(words, words.split()[0]) or ""), words
    assert linked("She sobbed and said she was held", "She") == "Eman al-Obeidy"
    assert linked("He called international efforts", "He") == "Saif Gadhafi"
    assert linked("He vowed not to leave Libya, she reported", "she") == "Christiane Amanpour"
    for words in ("He vowed not to leave Libya", "He denied he was besieged", "He simply rejected the notion"):
        assert linked(words, "He") == "Moammar Gadhafi", words
    # the quotes view names a speaker as the entity link does, the quotes stage's guess kept as written
    from storyline.views import quotes_view

    vowed = [q for q in quotes_view(store, search="not to leave Libya")["items"] if q["speaker"]["entity"]]
    assert vowed and all(q["speaker"]["name"] == names[q["speaker"]["entity"]] for q in vowed), [q["speaker"] for q in vowed]


def test_a_ship_is_no_organisation_and_quote_marks_are_not_in_a_name() -> None:
    """LibyaWar_cnn: "the destroyer USS Stout fired Tomahawk missiles" typed USS Stout an organisation, "a Katyusha
    rocket embedded in the wall" Katyusha a place; "“Operation Iraqi Freedom”" kept its opening quote mark."""
    item = _item("The destroyer USS Stout fired Tomahawk missiles on Saturday. Veterans of “Operation Iraqi Freedom” "
                 "said the strikes reminded them of Baghdad. A Katyusha rocket was embedded in the wall of a house.")
    found = resolve_entities([item])
    names = {e.name: e.type for e in found.entities}
    assert names.get("USS Stout") == "other", names
    assert names.get("Katyusha", "other") == "other", names  # "a Katyusha rocket": the rocket's make
    assert not [n for n in names if n[:1] in "“\"'"], names


def test_a_craft_named_before_its_noun_is_no_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): "the Deepwater Horizon rig", the rig of the story, was a person of 104 mentions; a name
    before a craft's noun is the craft's, and the entity takes that reading. An organisation before one owns or runs
    it ("a BP rig"): BP stays an organisation."""
    store = _topic_store(tmp_path, "bpoil_reuters",
                         lambda records: [r for r in records if r["text"].count("Deepwater Horizon rig") >= 1][:12], "rig")
    types = {r["name"]: r["type"] for r in store.query("SELECT name, type FROM entities")}
    assert types.get("Deepwater Horizon") == "other", {n: t for n, t in types.items() if "Horizon" in n}
    assert types.get("BP") == "organisation"


def test_a_name_run_into_the_preposition_after_it_ends_before_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev) 72: NER read "said Hester of the University of Houston" as the person "Hester of", and 30
    mentions of "of" in the article were linked to him as his surname. The name ends before it (Tracy Hester)."""
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"].endswith("/72")], "hester")
    people = {r["name"] for r in store.query("SELECT name FROM entities WHERE type = 'person'")}
    linked = {r["text"] for r in store.query("SELECT m.text FROM mentions m JOIN entities e ON e.id = m.entity "
                                              "WHERE e.type = 'person'")}
    assert any("Hester" in n for n in people) and not [n for n in people if n.split()[-1] in ("of", "the", "and")], people
    assert not linked & {"of", "the", "and"}, linked


def test_a_body_named_with_its_kind_is_no_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): NER tags "Fitch Ratings" a person (18 mentions, aka "Ratings"); a name ending in a word for
    a body or a firm ("Ratings", "Securities", "Holdings") names the body. A person whose surname is such a word
    elsewhere ("Margaret Court") is not at stake: those words are left out."""
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"].endswith(("/581", "/1076"))],
                         "fitch")
    types = {r["name"]: r["type"] for r in store.query("SELECT name, type FROM entities")}
    assert types.get("Fitch Ratings") == "organisation", {n: t for n, t in types.items() if "Fitch" in n}


def test_a_building_and_a_body_named_for_its_purpose_keep_their_kind(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Sampled "wrong type" class (LibyaWar_cnn 368 and 43, dev, seed 4343): "the Corinthia Hotel" was a person and "the
    Center for a New American Security" a place, as the tagger had them. A name ending in a facility's noun is a place;
    one opening on a body's noun and "for" or "of" is a body."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith(("/368", "/43"))], "kinds")
    types = {r["name"]: r["type"] for r in store.query("SELECT name, type FROM entities")}
    hotel = {n: t for n, t in types.items() if "Corinthia" in n}
    center = {n: t for n, t in types.items() if "New American Security" in n}
    assert hotel and set(hotel.values()) == {"place"}, hotel
    assert center and set(center.values()) == {"organisation"}, center


def test_an_officer_and_a_legislator_spelt_alike_are_two_people(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): "Coast Guard Rear Admiral Mary Landry" and "Sen. Mary Landrieu" share a spelling skeleton
    and were one person, quoted as "Mary Landrieu (8th District Coast Guard Commander Rear Admiral)"; an officer's title
    and a legislator's keep two spellings apart (LibyaWar_cnn's spellings merge as before: the test above)."""
    store = _topic_store(tmp_path, "bpoil_reuters",
                         lambda records: [r for r in records if r["url"].endswith(("/1230", "/1478", "/1882"))], "landry")
    people = {r["name"] for r in store.query("SELECT name FROM entities WHERE type = 'person'")}
    assert {"Mary Landry", "Mary Landrieu"} <= people, sorted(p for p in people if p.startswith("Mary"))


def _libya_store(tmp_path, wanted, name: str):  # type: ignore[no-untyped-def]
    """The LibyaWar_cnn records ``wanted`` keeps, ingested through the product into a fresh store."""
    return _topic_store(tmp_path, "LibyaWar_cnn", wanted, name)


def _names_linked(tmp_path, topic: str, uids: tuple[str, ...], where: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the entities linked to the mentions ``where`` selects (SQL on ``m``, the mentions, and ``a``, their
    articles), in a fresh store of the topic's articles ``uids``."""
    urls = {f"t17://{topic}/{uid}" for uid in uids}
    store = _topic_store(tmp_path, topic, lambda records: [r for r in records if r["url"] in urls], "-".join(uids))
    rows = store.query("SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity JOIN articles a "
                       f"ON a.id = m.article WHERE {where} ORDER BY e.name")
    return [r["name"] for r in rows]


def _topic_store(tmp_path, topic: str, wanted, name: str):  # type: ignore[no-untyped-def]
    """The records of a Timeline17 topic that ``wanted`` keeps, ingested through the product into a fresh store."""
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
    chosen = wanted(topic_records(folder))
    store = Store(tmp_path / f"{name}.db")
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="libya", max_bytes=10_000_000)), Options(progress=False))
    return store


def test_a_town_spacy_reads_as_a_person_is_the_town(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: spaCy tags "Misrata" a person in some sentences and an organisation in others; it was three
    entities (a place of 161 mentions, a person of 172, an organisation of 73). Spelt exactly as a one-word place that
    holds at least half as many mentions, the other readings are the place."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["text"].count("Misrata") >= 6][:10], "misrata")
    rows = store.query("SELECT m.label, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text = 'Misrata' AND e.name = 'Misrata'")
    assert {r["label"] for r in rows} >= {"GPE", "PERSON", "ORG"}  # spaCy's three readings are all there
    assert {(r["id"], r["type"]) for r in rows} == {(rows[0]["id"], "place")}


def test_a_town_the_sentence_places_is_a_place_with_or_without_its_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: "fighting in al-Brega", "the oil town of Brega" — spaCy tags it a person, and "al-Brega" was a
    person of 109 mentions. A one-word name the parse places ("in", "near", "the town of") is a place, and "al-Brega"
    and "Brega" are one place."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["text"].count("Brega") >= 4][:8], "brega")
    rows = store.query("SELECT m.text, m.label, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text IN ('Brega', 'al-Brega')")
    assert "PERSON" in {r["label"] for r in rows}
    assert {r["type"] for r in rows} == {"place"} and len({r["id"] for r in rows}) == 1, rows


def test_a_name_with_its_middle_left_out_and_a_bare_surname_with_its_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: "Ahmed Bani" and "Ahmed Omar Bani" (the rebels' military spokesman) were two people, so one man's
    two statements read as corroborated by two sources; "al-Obeidy" (a name of the article and one word) was not taken
    for a bare surname and stood apart from "Eman al-Obeidy"; "Moammar al-Gadhafi" is no fuller a name than "Moammar
    Gadhafi". A bare surname must also look like the surname it joins: "Heroin" is not Kenneth Harney."""
    uids = {"187", "180", "196", "133", "306", "277", "121", "64", "163", "311", "231", "74"}
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in uids], "names")

    def holder(text: str) -> set[str]:
        return {r["name"] for r in store.query(
            "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = ?", (text,))}

    assert holder("Ahmed Bani") == holder("Ahmed Omar Bani") == {"Ahmed Omar Bani"}
    assert holder("al-Obeidy") == {"Eman al-Obeidy"}
    evidence = " ".join(r["variants"] for r in store.query("SELECT variants FROM entities WHERE name = 'Ahmed Omar Bani'"))
    assert "middle left out" in evidence


def test_a_bare_surname_joins_only_a_surname_it_looks_like() -> None:
    """Skeletons agree for "Heroin" and "Harney" (h-r-n), for "Gaddafi" and "Gadhafi"; only the second pair is one
    name (LibyaWar_cnn had "Heroin", a word spaCy tagged a person, merged into Kenneth Harney)."""
    from storyline.analyse.entities.resolve import _Cand, merge_spellings

    def cands(key: str, n: int) -> list[_Cand]:
        return [_Cand("a", i, i + 1, key.title(), "PERSON", "person", key) for i in range(n)]

    clusters = {"person:kenneth harney": cands("kenneth harney", 10), "person:heroin": cands("heroin", 3),
                "person:moammar gadhafi": cands("moammar gadhafi", 50), "person:gaddafi": cands("gaddafi", 20)}
    moved, _ = merge_spellings(clusters)
    assert moved == {"person:gaddafi": "person:moammar gadhafi"}


def test_demonyms_of_any_country_and_adjectives_are_no_places_or_bodies() -> None:
    """LibyaWar_cnn sentences: "Thais" was a place, "Eastern" and "un-Islamic" organisations, and "Libyan" had no country
    (the demonym table held twenty-odd countries); demonyms now derive from every country's name."""
    from storyline.analyse.entities.resolve import resolve_entities

    refugees = _item("The refugees include Bangladeshis, Vietnamese, Thais, Koreans, Malians, Ghanaians and Sudanese.")
    ideology = _item("Gadhafi announced a program “to destroy imported ideologies, whether they are Eastern or Western,” "
                     "a U.S. State Department report said. The attempt to discredit al-Obeidy as a promiscuous, "
                     "un-Islamic woman ties into the idea of sexual shame.", "a2")
    libyan = _item("Libyan rebels said they had taken the town. A Malian mercenary was captured.", "a3")
    entities = resolve_entities([refugees, ideology, libyan]).entities
    by_name = {e.name: e for e in entities}
    assert by_name["Thais"].type == "other" and by_name["Thais"].country_code == "THA"
    assert by_name["Malians"].country_code == "MLI"
    assert "Eastern" not in by_name and "un-Islamic" not in by_name
    assert any(e.country_code == "LBY" and e.type == "other" for e in entities), [(e.name, e.type) for e in entities]


def test_a_second_name_run_on_is_no_canonical_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 1841: spaCy reads "Gordon Brown Mrs Brown" (a caption run into the text) as one person; as the
    longest form it named the entity, over 21 mentions of "Gordon Brown". A courtesy title inside a name is a second
    name: the entity is Gordon Brown."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    records = topic_records(folder)
    chosen = [r for r in records if r["url"].endswith("/1841")]
    chosen += [r for r in records if "Gordon Brown" in " ".join(r["text"].split()) and r not in chosen][:3]
    store = Store(tmp_path / "haiti.db")
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="haiti", max_bytes=10_000_000)), Options(progress=False))
    names = {e["name"] for e in store.rows("entities") if e["type"] == "person"}
    assert "Gordon Brown" in names and not [n for n in names if "Mrs Brown" in n and n != "Mrs Brown"], sorted(names)


def test_he_said_after_someone_suggested_is_that_someone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 333: "Spokesman Robert Gibbs said he was amazed by the remarks. During a broadcast ..., Mr
    Robertson suggested the Haiti's earthquake was divine retribution. He said Haiti had sworn a pact with the devil":
    the "He said" went to Gibbs, the last subject of "said", over Robertson, who had just suggested it; the briefing
    put the pact with the devil in the White House spokesman's mouth. Suggesting is saying."""
    import json

    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    chosen = [r for r in topic_records(folder) if r["url"].endswith("/333")]
    store = Store(tmp_path / "haiti.db")
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="haiti", max_bytes=10_000_000)), Options(progress=False))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    text = next(a["text"] for a in store.article_rows(with_text=True))
    at = text.index("He said Haiti had sworn a pact")
    linked = [names.get(m["entity"] or "") for m in store.rows("mentions") if m["start"] == at]
    assert linked == ["Pat Robertson"], linked


def test_a_role_description_after_someone_new_of_that_role_is_not_the_titled_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 222: "Libyan Prime Minister Al-Baghdadi Ali al-Mahmudi asked for help ... a Libyan official
    said. ... The Libyan official, who spoke on condition of anonymity, said the target was the tribal compound": the
    description went to the prime minister, and the ledger credited him with the anonymous official's words (a judge's
    wrong-party, 9292 draw). An official met since is whom "the Libyan official" means."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith("/222")], "official")
    text = next(a["text"] for a in store.article_rows(with_text=True))
    at = text.index("The Libyan official, who spoke on condition of anonymity")
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    linked = [names.get(m["entity"] or "") for m in store.rows("mentions") if m["start"] == at]
    assert not [n for n in linked if n and "Baghdadi" in n], linked
    claims = [c for c in store.rows("claims") if "tribal compound at Bab Al-Azizya" in c["statement"]]
    assert claims and not [c for c in claims if "Baghdadi" in c["asserted_by"]], [c["asserted_by"] for c in claims]


def test_a_role_its_own_words_qualify_is_not_the_titled_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: "The leader of an opposition movement told CNN that helicopter gunships were firing into crowds"
    was linked to the article's "Libyan leader Moammar Gadhafi", and the ledger credited Gadhafi with the opposition
    leader's words (read in the product on the dev topic)."""
    words = "The leader of an opposition movement told CNN that helicopter gunships"
    store = _libya_store(tmp_path, lambda records: [r for r in records if words.replace(" ", "") in "".join(r["text"].split())][:2],
                         "leader")
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    for article in store.article_rows(with_text=True):
        at = article["text"].find(words)
        if at >= 0:
            linked = [names.get(m["entity"] or "") for m in store.rows("mentions") if m["article"] == article["id"] and m["start"] == at]
            assert not [n for n in linked if n and "Gadhafi" in n], linked
    claims = [c for c in store.rows("claims") if "helicopter gunships were firing into crowds" in c["statement"].lower()]
    assert claims and not [c for c in claims if "Gadhafi" in c["asserted_by"]], [c["asserted_by"] for c in claims]


def test_a_ministry_is_its_own_countrys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: "according to China's Foreign Ministry", "a spokesman for France's Ministry of Foreign Affairs",
    "Britain's Ministry of Defense" and Bangladesh's "Foreign Ministry" were merged by their names into one "Foreign
    Ministry" and one "Ministry of Defense" (a judge's merged-different entities); every state has one."""
    keys = ["China's Foreign Ministry", "Britain's Ministry of Defense", "Bangladesh, citing a Foreign Ministry"]
    store = _libya_store(tmp_path, lambda records: [r for r in records if any(k.replace(" ", "") in "".join(r["text"].split()) for k in keys)],
                         "ministry")
    codes = {m["entity"]: e["country_code"] for m in store.rows("mentions") for e in store.rows("entities")
             if e["id"] == m["entity"] and m["text"] == "Foreign Ministry"}
    assert "CHN" in codes.values() and len(set(codes)) >= 2, codes


def test_a_name_of_two_words_typed_two_ways_is_one_entity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: spaCy types "Rixos Hotel" an organisation in most sentences and a person in others, and
    "Christiane Amanpour" a person and an organisation (bpoil_guardian: "Deepwater Horizon" an organisation 89 times,
    a place 76 and a person 70); each was two or three entities. One name of two words or more is one entity."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if "Rixos Hotel" in r["text"]
                                                    or "Christiane Amanpour" in r["text"]], "readings")
    for name in ("Rixos Hotel", "Christiane Amanpour"):
        rows = store.query("SELECT m.label, m.entity FROM mentions m WHERE m.text IN (?, ?)", [name, "the " + name])
        assert len({r["label"] for r in rows}) >= 2, (name, rows)  # spaCy's readings differ
        assert len({r["entity"] for r in rows}) == 1, (name, rows)


def test_a_person_is_never_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: an article links "it" to a "Gadhafi" NER tagged an organisation, and the corpus finds the person
    in it ("Al-Obeidy agreed to Gadhafi's request that it be cut from the video": 27 such links on the topic);
    bpoil_guardian: "Mother Nature has shown how capricious she can be" had linked "she" to the rig Deepwater Horizon.
    A pronoun stands for an entity only of a type it can name."""
    wanted = ("request that it be cut", "still control it", "as it creeps through Tripoli")

    def chosen(records: list[dict[str, str]]) -> list[dict[str, str]]:
        """The articles with those sentences, and the ten that name Gadhafi most (so the corpus knows him a person)."""
        found = [r for r in records if any(w in " ".join(r["text"].split()) for w in wanted)]
        return found + sorted([r for r in records if r not in found], key=lambda r: -r["text"].count("Gadhafi"))[:10]

    store = _libya_store(tmp_path, chosen, "it")
    rows = store.query("SELECT m.text, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.label = 'PRON'")
    assert {r["type"] for r in rows if r["text"].lower() in ("he", "she", "him", "her")} <= {"person"}, rows
    assert "person" not in {r["type"] for r in rows if r["text"].lower() in ("it", "its", "itself")}, rows
    assert any(r["type"] == "person" for r in rows)  # people are still "he" and "she"


def test_a_bare_surname_tagged_a_place_is_the_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: NER tags the photographer's surname "Addario" a place in some sentences (bpoil_guardian: "Hayward",
    BP's chief executive, a place of 98 mentions). A bare surname that one person dominates, used where that person
    is named, is the person, whatever NER called it."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if "Addario" in r["text"]], "addario")
    rows = store.query("SELECT m.label, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'Addario'")
    assert "GPE" in {r["label"] for r in rows} or "LOC" in {r["label"] for r in rows}, rows
    assert {(r["name"], r["type"]) for r in rows} == {("Lynsey Addario", "person")}, rows


def test_an_acronym_is_only_a_name_spelt_out_before_it() -> None:
    """bpoil_guardian: articles about BP that later name "BNP Paribas", "BGC Partners" or "Barataria Pass" had given
    every "BP" of the article to that name (313 mentions of BP in six wrong entities). An acronym takes a name's key
    only when the name is spelt out before the acronym's first use; an abbreviation inside a name gives all its letters
    ("U.S. Navy" is USN: on LibyaWar_cnn it had taken "U.N.")."""
    from storyline.analyse.entities.resolve import initials

    assert initials("U.S. Navy") == {"USN"} and "NTC" in initials("National Transitional Council")


def test_bp_stays_bp_when_a_namesake_comes_later(tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = ("BNP Paribas", "BGC Partners", "Barataria Pass")
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if any(n in r["text"] for n in names)],
                         "bp")
    rows = store.query("SELECT e.id, e.aliases FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'BP'")
    assert len(rows) > 20 and len({r["id"] for r in rows}) == 1, {r["aliases"] for r in rows}  # one BP, no namesake in it


def test_a_company_the_text_describes_is_the_speaker(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian: "The company told the stock market this morning that it will pay the $360m cost of building six
    sand barriers" — the entities stage links "The company" to BP, but the quote had no one (67 quotes of "the company"
    on the topic). A definite description linked to a body is that body; described people stay unlinked."""
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if "six sand barriers" in r["text"]
                                                                     or "the company added" in " ".join(r["text"].split())],
                         "company")
    rows = store.query("SELECT q.speaker, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity "
                       "WHERE lower(q.speaker) IN ('the company', 'a spokesman', 'a woman', 'one official')")
    company = [r for r in rows if r["speaker"].lower() == "the company"]
    assert company and all(r["name"] == "BP" for r in company), rows
    assert all(r["name"] is None for r in rows if r["speaker"].lower() != "the company"), rows


def test_a_bare_surname_goes_to_the_full_name_that_dominates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost: "Obama" (454 mentions, the articles that call him "President Obama") and "Barack Obama" were
    two people, because a headline's verb made two more full names of the surname ("Blame Obama, but scold BP",
    "Following Obama's ..."). A verb opening a person's name is no part of it, and a bare name goes to the full name
    that holds nine in ten of the mentions of those it could shorten."""
    uids = {f"t17://bpoil_washingtonpost/{uid}" for uid in ("116", "2065", "617", "2121", "2061")}
    store = _topic_store(tmp_path, "bpoil_washingtonpost", lambda records: [r for r in records if r["url"] in uids], "obama")
    rows = store.query("SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity JOIN articles a ON "
                       "a.id = m.article WHERE m.text = 'Obama' AND a.url != 't17://bpoil_washingtonpost/2061'")
    assert [r["name"] for r in rows] == ["Barack Obama"], rows  # (in the article of "Blame Obama" its own name stays)
    assert not store.query("SELECT name FROM entities WHERE name LIKE 'Following %'")


def test_a_company_named_with_its_suffix_is_no_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost: the small model tags "Halliburton" a place (GPE) in nearly every sentence; one article names
    "Halliburton Corp". A one-word place whose organisation reading carries a company suffix is that company."""
    uids = {f"t17://bpoil_washingtonpost/{uid}" for uid in ("1042", "645", "1089")}
    store = _topic_store(tmp_path, "bpoil_washingtonpost", lambda records: [r for r in records if r["url"] in uids], "hal")
    rows = store.query("SELECT DISTINCT e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text LIKE 'Halliburton%'")
    assert [(r["name"], r["type"]) for r in rows] == [("Halliburton", "organisation")], rows


def test_a_title_inside_an_organisation_mention_is_cut(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost: NER reads "Coast Guard Adm." (before "Thad W. Allen") and "Coast Guard Commandant Thad Allen"
    as organisations: "Coast Guard Adm." was an organisation of 40 mentions. A title's abbreviation ending the mention
    is cut off it (the Coast Guard), a name after a title is the person; the NER mention stays linked."""
    uids = {f"t17://bpoil_washingtonpost/{uid}" for uid in ("1125", "824", "522")}
    store = _topic_store(tmp_path, "bpoil_washingtonpost", lambda records: [r for r in records if r["url"] in uids], "adm")
    rows = store.query("SELECT m.text, e.name, e.type FROM mentions m LEFT JOIN entities e ON e.id = m.entity "
                       "WHERE m.text IN ('Coast Guard Adm.', 'Coast Guard Commandant Thad Allen')")
    assert {r["text"] for r in rows} == {"Coast Guard Adm.", "Coast Guard Commandant Thad Allen"}
    for row in rows:
        wanted = ("Coast Guard", "organisation") if row["text"] == "Coast Guard Adm." else ("Thad W. Allen", "person")
        assert (row["name"], row["type"]) == wanted, row


def test_a_body_named_with_and_without_a_link_word_is_one_with_its_acronym() -> None:
    """haiti_bbc (dev): "the Disasters and Emergency Committee (DEC)" in one article and "The Disasters Emergency
    Committee (DEC)" in another had given DEC two names to stand for, and the corpus two bodies and a lone DEC."""
    one = _item("The main Haiti appeal is being run by the Disasters and Emergency Committee (DEC), an umbrella group of 13 "
                "major UK-based charities. People in the UK have already donated more than 15m to the appeal.", "a1")
    two = _item("The Disasters Emergency Committee (DEC) in the UK has launched an appeal for donations. The DEC has already "
                "started to take donations.", "a2")
    three = _item("You can donate via the DEC website or by telephoning 0370 60 60 900. International Development Secretary "
                  "Douglas Alexander met British aid agencies on Thursday morning to discuss the DEC appeal.", "a3")
    resolution = resolve_entities([one, two, three])
    bodies = {e.id for e in resolution.entities if "Committee" in " ".join([e.name, *e.aliases])}
    assert len(bodies) == 1
    dec = {e_id for (article, start, end), e_id in resolution.links.items()
           if {"a1": one, "a2": two, "a3": three}[article].text[start:end] == "DEC"}
    assert dec == bodies


def test_a_body_named_in_another_word_order_is_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "the Transitional National Council" (137 mentions) and "the National Transitional Council" (70)
    were two bodies; bpoil_reuters (dev): "the Interior Department" and "the Department of the Interior" two more."""
    names = _names_linked(tmp_path, "LibyaWar_cnn", ("351", "375", "287"), "m.text LIKE '%Transitional%Council%'")
    assert len(names) == 1, names
    names = _names_linked(tmp_path, "bpoil_reuters", ("1014", "1572"), "m.text LIKE '%Interior%'")
    assert len(names) == 1, names


def test_the_gulf_is_the_one_gulf_the_corpus_names_in_full(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost (dev): "the Gulf" (97 mentions) and "the Gulf of Mexico" (323) were two places; on
    bpoil_reuters they were the first and third places of the entity list. A water's noun alone is the one full name
    headed by it that the corpus holds, and that name is shown."""
    names = _names_linked(tmp_path, "bpoil_washingtonpost", ("1518", "231", "2002", "193"),
                          "m.text IN ('Gulf', 'the Gulf', 'Gulf of Mexico', 'the Gulf of Mexico')")
    assert names == ["Gulf of Mexico"], names


def test_a_name_ending_on_its_own_s_keeps_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): the rating agencies were shown as "Moody" and "Standard & Poor": every name read without a
    possessive "'s". A name written with it every time, and once with no noun after it ("Moody's said", "Standard &
    Poor's, which"), keeps it; a possessive the corpus never writes so ("the European Union's energy chief") does not."""
    uids = {f"t17://bpoil_reuters/{uid}" for uid in ("1076", "1543", "1921")}
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"] in uids], "moody")
    names = {r["name"] for r in store.query("SELECT name FROM entities WHERE type = 'organisation'")}
    assert {"Moody's", "Standard & Poor's", "BP"} <= names, names
    assert not names & {"Moody", "Standard & Poor", "BP's"}, names


def test_a_group_named_in_the_singular_and_the_plural_is_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): "Republican" (44 mentions) and "Republicans" (29) were two entities, as were "Democrat" and
    "Democrats"; a group of people the tagger reads as one (NORP) is one group in either number."""
    names = _names_linked(tmp_path, "bpoil_reuters", ("741", "923", "2031"), "m.text IN ('Republican', 'Republicans')")
    assert len(names) == 1, names


def test_a_hyphened_surname_is_the_full_name_it_ends(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "Luis Moreno-Ocampo told CNN ... Moreno-Ocampo said" gave two people, the surname read as a
    full name of two words; a name only ever written as one hyphened word is a surname. A bare name one report uses 15
    times (a rebel fighter, "Bashir") stays that report's own person, not the Omar al-Bashir named 5 times elsewhere."""
    uids = ("92", "91", "13")
    assert _names_linked(tmp_path, "LibyaWar_cnn", uids, "m.text LIKE '%Moreno-Ocampo'") == ["Luis Moreno-Ocampo"]
    names = _names_linked(tmp_path, "LibyaWar_cnn", uids, "m.text = 'Bashir' AND a.url = 't17://LibyaWar_cnn/91'")
    assert names == ["Bashir"], names


def test_an_acronym_goes_to_the_name_that_dominates_its_spellings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost (dev): "MMS" stood for "Minerals Management Service" in most articles and, once, for a name
    cut short in print ("the Minerals Management Servic"): two names to stand for gave a second "MMS" of 20 mentions."""
    uids = {f"t17://bpoil_washingtonpost/{uid}" for uid in ("354", "388", "238", "678", "1414", "828", "390")}
    store = _topic_store(tmp_path, "bpoil_washingtonpost", lambda records: [r for r in records if r["url"] in uids], "mms")
    rows = store.query("SELECT m.entity, count(*) AS n FROM mentions m JOIN articles a ON a.id = m.article WHERE "
                       "m.text = 'MMS' AND a.url != 't17://bpoil_washingtonpost/354' GROUP BY m.entity")
    assert len(rows) == 1, rows


def test_an_acronym_spelt_out_in_misremembered_names_is_one_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev): writers spelt NOAA out as the "National Oceanic and Atmospheric Administration", the
    "National Oceanic and Atmospheric Agency" and the "National Oceanographic and Atmospheric Administration", each with
    "(NOAA)" after it: no name held enough of the mentions to take the acronym, and the one agency was four entities
    with the bare "NOAA" of another article."""
    names = _names_linked(tmp_path, "bpoil_guardian", ("754", "508", "1223", "186"),
                          "m.text IN ('NOAA', 'Noaa') OR m.text LIKE '%National Oceano%'")
    assert len(names) == 1, names


def test_a_body_named_with_a_word_in_the_singular_is_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev): one writer's "the Disaster Emergency Committee Haiti appeal ... A DEC spokesman" stood apart
    from the "Disasters Emergency Committee" of the other articles, and so did their DEC."""
    names = _names_linked(tmp_path, "haiti_bbc", ("1288", "801"), "m.text LIKE '%Emergency Committee' OR m.text = 'DEC'")
    assert len(names) == 1, names


def test_a_name_run_into_a_bodys_name_is_the_person_and_the_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 1878: "... chief executive Tony Hayward Greenpeace's video of their protest ..." (a video's
    title run in) made a person "Tony Hayward Greenpeace", whose surname "Greenpeace" then took "Greenpeace, in its
    response, said ..." of another article (1894; judged wrong speaker in the quote draw of seed 6202). The run is
    Tony Hayward, and Greenpeace alone is no part of his name."""
    urls = {f"t17://bpoil_guardian/{uid}" for uid in ("1878", "1894", "2014", "665", "475", "1988")}
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if r["url"] in urls], "runon")
    names = {r["name"] for r in store.query("SELECT name FROM entities")}
    assert "Tony Hayward Greenpeace" not in names and "Tony Hayward" in names, sorted(n for n in names if "Hayward" in n)
    rows = store.query("SELECT e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity JOIN articles a ON "
                       "a.id = m.article WHERE m.text = 'Greenpeace' AND a.url = 't17://bpoil_guardian/1894'")
    assert rows and all(r["name"] == "Greenpeace" for r in rows), rows  # (a person reading of the body's name in so
    # few articles, not Hayward)


def test_a_storm_named_with_and_without_its_kind_is_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): "Hurricane Katrina" (23 mentions) and "Katrina" (13, tagged an event) were two entities."""
    names = _names_linked(tmp_path, "bpoil_reuters", ("1346", "1643", "801"), "m.text LIKE '%Katrina'")
    assert len(names) == 1, names


def test_a_state_is_shown_by_its_name_not_its_abbreviation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost (dev): datelines ("ARLINGTON, Va.") made "Va." the name of Virginia (27 mentions), "Md." of
    Maryland: a state is shown by its name."""
    names = _names_linked(tmp_path, "bpoil_washingtonpost", ("178", "2092", "138"), "m.text IN ('Va.', 'Virginia')")
    assert names == ["Virginia"], names
    names = _names_linked(tmp_path, "bpoil_washingtonpost", ("1883",), "m.text = 'LA'")  # "PORT FOURCHON, LA. -- ..."
    assert names == ["Louisiana"], names


def test_a_place_named_with_its_country_before_it_is_the_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): "the U.S. Gulf Coast" (tagged a facility) and "the Gulf Coast" were two places."""
    names = _names_linked(tmp_path, "bpoil_reuters", ("291", "1017", "1515"),
                          "m.text LIKE '%Gulf coast' OR m.text LIKE '%Gulf Coast'")
    assert names == ["Gulf Coast"], names


def test_a_mark_run_into_a_name_is_not_shown(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost (dev): the tagger ran a comma into "the Outer Banks," and the place was shown so."""
    assert _names_linked(tmp_path, "bpoil_washingtonpost", ("1859",), "m.text LIKE '%Outer Banks%'") == ["Outer Banks"]


def test_an_article_or_a_title_run_into_a_name_is_no_part_of_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): the tagger ran "An" into "An African Union" (an entity named so) and the start of a title into
    "U.S. Navy Rear" (Adm. ...)."""
    names = _names_linked(tmp_path, "LibyaWar_cnn", ("268", "131"),
                          "m.text IN ('An African Union', 'U.S. Navy Rear') OR m.text LIKE '%African Union%'")
    assert names == ["African Union", "U.S. Navy"], names


def test_an_it_that_is_a_time_links_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): "If the full Congress completes action on this offshore drilling bill -- and it is uncertain
    that it will -- it could be November or later": the last "it" was linked to Congress."""
    names = _names_linked(tmp_path, "bpoil_reuters", ("1415",),
                          "m.text = 'it' AND substr(a.text, m.start + 1, 17) = 'it could be Novem'")
    assert names == [], names


def test_the_government_is_the_country_whose_government_was_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev): "a U.S. government lawsuit ... BP's London listed shares ... The company also disputes the
    government's 4.9 million barrel estimate": the government was the United Kingdom's, and the ledger showed the
    United Kingdom asserting the estimate."""
    names = _names_linked(tmp_path, "bpoil_reuters", ("840",),
                          "m.text = 'the government' AND substr(a.text, m.start - 13, 14) = 'also disputes '")
    assert names == ["United States"], names


def test_a_country_of_two_words_tagged_a_body_or_a_person_is_the_country() -> None:
    """haiti_bbc (dev): "Information Minister Lambert Mende told the BBC that DR Congo would contribute within its means"
    -- spaCy tagged "DR Congo" an organisation, and its "DR" was read as a doctor's title: a person named Congo."""
    text = ("Information Minister Lambert Mende told the BBC that DR Congo would contribute within its means. Mr Mende said "
            "the government would certainly not reject any Haitians if they wanted to move to DR Congo.")
    resolution = resolve_entities([_item(text)])
    linked = {resolution.links.get(("a1", start, start + len("DR Congo"))) for start in (text.index("DR Congo"), text.rindex("DR Congo"))}
    entities = [e for e in resolution.entities if e.id in linked]
    assert [(e.type, e.country_code) for e in entities] == [("country", "COD")], entities


def test_no_name_of_any_kind_ends_in_a_function_word(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev): "the teams, including two dogs, Holly and Echo, were called to site after site" -- NER read
    "Holly and" as a work of art: a name of any type ends before the word that joins it to the next."""
    store = _topic_store(tmp_path, "haiti_bbc",
                         lambda records: [r for r in records if r["url"].endswith("/1061")], "holly")
    names = {r["name"] for r in store.query("SELECT name FROM entities")}
    assert len(names) > 10 and not [n for n in names if n.split()[-1] in ("of", "the", "and", "or", "to")], names


def test_an_international_body_the_tagger_takes_for_a_person_or_a_place_is_the_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 932: "Unicef" tagged a person, "Oxfam" a place (28 and 23 mentions on the topic): bodies the
    alias table knows are bodies whatever the tagger said."""
    store = _topic_store(tmp_path, "haiti_bbc", lambda records: [r for r in records if r["url"].endswith(("/932", "/1288"))],
                         "bodies")
    types = {r["name"]: r["type"] for r in store.query("SELECT name, type FROM entities WHERE name IN ('Unicef', 'Oxfam')")}
    assert types and set(types.values()) == {"organisation"}, types


def test_a_word_an_affix_makes_an_adjective_is_no_name() -> None:
    """LibyaWar_cnn (dev): "Cyrenaica is Gadhafi-free, Tripolitania is not" (tagged a person) and "It is not simply a
    case of being anti-Western" (an entity of its own): a quality, no name. A name a suffix only qualifies stays linked
    ("NATO-led", "Houston-based": NATO and Houston are named there)."""
    assert pat.not_a_name("Gadhafi-free") and pat.not_a_name("anti-Western") and pat.not_a_name("Ottoman-style")
    assert not pat.not_a_name("NATO-led") and not pat.not_a_name("al-Qaeda") and not pat.not_a_name("Port-au-Prince")
    found = resolve_entities([_item("Cyrenaica is Gadhafi-free, Tripolitania is not, and Fezzan did not fully join the "
                                    "revolution. It is not simply a case of being anti-Western, said Seener.")])
    assert not [e.name for e in found.entities if e.name in ("Gadhafi-free", "anti-Western")], [e.name for e in found.entities]


def test_a_surname_the_article_uses_alone_is_not_a_relative_named_much_later(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_foxnews (dev) 2126, a day-by-day page on the president: "Obama" 166 times, "Michelle Obama" once, 35,000
    characters in; every "Obama" had become her (167 mentions of Michelle Obama on the topic, and the president split
    three ways). A surname used alone before any full name of it came near is that article's own person, whom the corpus
    resolves (with two articles naming Barack Obama, him); a first name before the full name (LibyaWar_cnn 171:
    "Mohammed" ... "Mohammed Nabbous") still names him."""
    store = _topic_store(tmp_path, "bpoil_foxnews", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in (
        "2126", "944", "745")], "obama")
    counts = {r["name"]: r["n"] for r in store.query(
        "SELECT e.name, count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity GROUP BY e.id")}
    assert counts.get("Michelle Obama", 0) <= 2 and counts.get("Barack Obama", 0) > 150, {k: v for k, v in counts.items() if "Obama" in k}
    libya = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].endswith("/171")], "nabbous")
    linked = libya.query("SELECT count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity "
                         "WHERE e.name LIKE 'Mohammed%Nabbous' AND m.text = 'Mohammed'")
    assert linked[0]["n"] >= 4, linked


def test_a_pronoun_is_not_whom_its_clause_names_but_may_be_whom_it_only_mentions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "He told reporters a meeting with Moussa Koussa in Doha was not on the agenda" is the council's
    deputy chairman, not Koussa (a name the pronoun's own clause names is someone else); "If he (Gadhafi) doesn't succeed"
    spells its pronoun out, and "He called anti-government forces ... 'traitors' and predicted that the pro-Gadhafi
    residents ..." names Gadhafi only in a word that qualifies another: both stay Gadhafi."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in ("120", "164")],
                         "pronouns")
    texts = {r["id"]: r["text"] for r in store.article_rows(with_text=True)}

    def linked(words: str, pronoun: str) -> str | None:
        article, text = next((a, t) for a, t in texts.items() if words in t)
        start = text.index(words) + words.index(pronoun)
        rows = store.query("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.article = ? AND m.start = ?",
                           (article, start))
        return rows[0]["name"] if rows else None

    assert linked("If he (Gadhafi) doesn't succeed", "he") == "Moammar Gadhafi"
    assert linked("He called anti-government forces in Benghazi", "He") == "Moammar Gadhafi"


def test_a_company_the_tagger_reads_as_a_place_is_an_organisation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev): spaCy tags "Halliburton" a place every time (125 mentions) and "Transocean" an organisation
    or a nationality (107 and 64: two entities). The corpus lists both with organisations ("executives from BP,
    Halliburton (remember them?) and Transocean") and never places them ("in Louisiana"): each is one organisation. A
    place the sentence places stays a place."""
    store = _topic_store(tmp_path, "bpoil_guardian",
                         lambda records: [r for r in records if r["text"].count("Halliburton") >= 3][:12], "halliburton")
    rows = store.query("SELECT m.text, m.label, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text IN ('Halliburton', 'Transocean')")
    assert "GPE" in {r["label"] for r in rows if r["text"] == "Halliburton"}
    for name in ("Halliburton", "Transocean"):
        found = {(r["id"], r["type"]) for r in rows if r["text"] == name}
        assert len(found) == 1 and next(iter(found))[1] == "organisation", (name, found)
    places = store.query("SELECT e.type FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'Louisiana'")
    assert places and {r["type"] for r in places} == {"place"}


def test_a_name_used_more_than_the_longer_name_it_begins_is_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost (dev): "Deepwater Horizon" (the rig, 39 mentions tagged an organisation) had joined the
    "Deepwater Horizon Unified Command" (the response's command, once), the only longer organisation name that starts
    with it. A short form joins the longer name only when it is used no more often: a name used more is its own."""
    uids = ("/1883", "/34", "/617", "/449", "/2095")
    store = _topic_store(tmp_path, "bpoil_washingtonpost", lambda records: [
        r for r in records if r["url"].endswith(uids) or r["text"].count("Deepwater Horizon") >= 3][:14], "unified")
    rows = store.query("SELECT m.text, e.id FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text LIKE '%Deepwater Horizon%'")
    command = {r["id"] for r in rows if "Unified Command" in r["text"]}
    rig = {r["id"] for r in rows if r["text"] == "Deepwater Horizon"}
    assert command and rig and not command & rig, rows


def test_a_name_the_corpus_gives_a_craft_is_the_crafts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev): "Deepwater Horizon" was an organisation (216 mentions, 30% of them "the Deepwater Horizon
    rig"); on bpoil_washingtonpost a person. A name that names a craft often enough (five times, a fifth of its
    mentions) is the craft's, whatever the tagger read elsewhere; BP, whose rigs some sentences name, stays a body."""
    store = _topic_store(tmp_path, "bpoil_guardian",
                         lambda records: [r for r in records if "Deepwater Horizon" in r["text"]][30:60], "rig")
    rows = store.query("SELECT DISTINCT e.name, e.type, count(*) AS n FROM mentions m JOIN entities e "
                       "ON e.id = m.entity WHERE m.text IN ('Deepwater Horizon', 'BP') GROUP BY e.id ORDER BY n DESC")
    assert [r["type"] for r in rows if r["name"] == "Deepwater Horizon"] == ["other"], rows
    assert next(r["type"] for r in rows if r["name"] == "BP") == "organisation", rows


def test_a_country_before_a_weapon_is_the_country() -> None:
    """bpoil_guardian (dev) 1953: "best known as a testing ground for US nuclear bombs" made "US" an entity of type
    other (the make of a bomb, as "Katyusha rockets"). A country's name or demonym before a weapon is the country's."""
    text = ("The Marshall Islands, a string of 29 atolls and five islands economically dependent upon US aid, were once "
            "best known as a testing ground for US nuclear bombs.")
    resolution = resolve_entities([_item(text)])
    start = text.index("US nuclear")
    (linked,) = [e for (_, s, _), e in resolution.links.items() if s == start]
    entity = next(e for e in resolution.entities if e.id == linked)
    assert entity.type == "country" and entity.country_code == "USA", entity


def test_the_company_is_never_a_college_or_a_federation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 160 and 1953: "The company's predicament is far worse than Exxon's" was Babson College (a
    professor there had just been quoted on BP) and "But the company's co-general counsel" the International Transport
    Workers' Federation (Transocean's lawyer). A body whose name says it is no business is never "the company"."""
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [
        r for r in records if r["url"].endswith(("/160", "/1953"))], "company")
    rows = store.query("SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE lower(m.text) = 'the company'")
    assert not [r for r in rows if r["name"].split()[-1].lower() in ("college", "federation")], rows


def test_a_senator_and_an_admiral_whose_names_look_alike_stay_two_people(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_washingtonpost (dev): "Sen. Mary Landrieu (D-La.)" had been merged into "Coast Guard Rear Adm. Mary Landry"
    as the same name in another spelling (mr-lndr either way): the titles that tell a legislator from an officer were
    not read, written short before the name ("Sen.", "Rear Adm.")."""
    import json

    from storyline.analyse.entities.roles import find_roles
    from storyline.evaluate.t17 import topic_records
    from storyline.ingest.runner import ingest_documents
    from storyline.ingest.sources import records_from_jsonl
    from storyline.options import Options
    from storyline.store.db import Store
    from tests.conftest import EVAL

    doc = load_nlp()("One major recipient of donations from BP is Sen. Mary Landrieu (D-La.), who has taken money.")
    start = doc.text.index("Mary")
    assert [r.text for r in find_roles(doc, start, start + len("Mary Landrieu"))] == ["Sen."]
    folder = EVAL / "timeline17" / "t17" / "bpoil_washingtonpost"
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    chosen = [r for r in topic_records(folder) if r["url"].rsplit("/", 1)[1] in ("1449", "835")]
    store = Store(tmp_path / "wapo.db")
    raw = "\n".join(json.dumps(r) for r in chosen).encode()
    ingest_documents(store, list(records_from_jsonl(raw, source="wapo", max_bytes=10_000_000)), Options(progress=False))
    names = {e["name"] for e in store.rows("entities") if e["type"] == "person"}
    assert "Mary Landry" in names and "Mary Landrieu" in names


def test_a_short_first_name_in_brackets_joins_both_first_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev): "This is not the first time Robert (Bob) Dudley has sat in the hot seat" made BP's managing
    director three people: "Bob Dudley" (111 mentions), "Robert (Bob) Dudley" (29, with "Robert Dudley") and a bare
    "Dudley" that neither full name could claim. The brackets say the two first names are one person's."""
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [r for r in records if r["url"].endswith(
        ("/1213", "/612", "/70", "/2090", "/1340"))], "dudley")
    rows = store.query("SELECT DISTINCT m.text, e.id, e.name FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text IN ('Robert (Bob) Dudley', 'Robert Dudley', 'Bob Dudley', 'Dudley')")
    assert {r["text"] for r in rows} >= {"Robert (Bob) Dudley", "Robert Dudley", "Bob Dudley"}
    assert len({r["id"] for r in rows}) == 1, rows


def test_a_generational_suffix_is_no_surname(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev) 1865: a Louisiana fisherman, "Charles Robin III", then "Mr Robin says he blames BP", became BP's
    Robin Pitblado (whose first name is Robin): "III" was taken for the fisherman's surname, so "Robin" matched only the
    BP man. A generational suffix after a full name is not the surname."""
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [r for r in records if r["url"].endswith(("/1865", "/1327"))],
                         "robin")
    rows = store.query("SELECT DISTINCT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity "
                       "JOIN articles a ON a.id = m.article WHERE m.text LIKE '%Robin%' AND a.url LIKE '%/1865'")
    assert rows and all(r["name"] == "Charles Robin III" for r in rows), rows


def test_a_company_read_now_and_then_as_a_place_is_the_company(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev): "invested in BP", "faith in BP", "buying stakes in BP" were tagged places, and the topic had a
    place "BP" of 12 mentions beside the company's 2,834. A one-word place reading of an organisation with ten times
    its mentions is the organisation."""
    uids = ("/1940", "/1997", "/731", "/1679", "/1514", "/210", "/1960", "/1426", "/371", "/1524", "/536")
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [r for r in records if r["url"].endswith(uids)], "bp")
    rows = store.query("SELECT m.label, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'BP'")
    assert "GPE" in {r["label"] for r in rows}  # the tagger's place readings are there
    assert {(r["id"], r["type"]) for r in rows} == {(rows[0]["id"], "organisation")}


def test_a_clock_with_its_zone_and_day_is_no_name() -> None:
    """bpoil_bbc (dev): "completed at 1930 CDT on 1 June (0030 GMT 2 June)" gave the entity "GMT 2 June" (13 mentions,
    tagged an event). Words all time zones, numbers and calendar words name no one."""
    from storyline.analyse.entities import patterns as pat

    assert pat.calendar_only("GMT 2 June") and pat.calendar_only("0030 GMT")
    assert not pat.calendar_only("GMT Airlines") and not pat.calendar_only("June Carter")


def test_a_bracket_left_open_is_no_part_of_a_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev) 209: "The National Association of Pension Funds (NAPF) ..." was tagged up to "(NAPF", and the
    body's name printed "National Association of Pension Funds (NAPF". A bracket the mention leaves open ends the name."""
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [r for r in records if r["url"].endswith("/209")], "napf")
    names = {r["name"] for r in store.query("SELECT name FROM entities")}
    assert "National Association of Pension Funds" in names and not [n for n in names if n.count("(") > n.count(")")]


def test_the_energy_firm_is_the_articles_main_body_not_one_named_in_passing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev) 940: "BP spokeswoman Sheila Williams told AFP news agency the energy firm was prepared to assume
    costs for the clean-up" made AFP the energy firm. A description of a body is the article's main body when that has
    been named three times as often as the one named last. Over 240 bpoil_bbc and bpoil_reuters pages, 45 of 520 such
    links changed, 42 of them to the body the text means (two went wrong: "the company's web site" of Exxon, Total's
    "allowed the company to outperform")."""
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [r for r in records if r["url"].endswith("/940")], "firm")
    rows = store.query("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text = 'the energy firm'")
    assert [r["name"] for r in rows] == ["BP"], rows


def test_a_quotes_named_speaker_wins_over_a_pronoun_read_as_another(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev) 1503: "But BP spokesman Robert Wine defended Mr Hayward's move ... “He's spending a few hours with
    his family at the weekend,” he said." had the speaker Robert Wine (the quotes stage's last speaker) linked to Tony
    Hayward (the entities stage's "he"). A speaker the quotes stage names in full is linked to that person."""
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [r for r in records if r["url"].endswith("/1503")], "wine")
    rows = store.query("SELECT q.speaker, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity "
                       "WHERE q.text LIKE 'He''s spending a few hours%'")
    assert [(r["speaker"], r["name"]) for r in rows] == [("Robert Wine", "Robert Wine")], rows


def test_a_speaker_named_only_further_back_gives_way_to_the_resolvers_pronoun(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 838 and 1702: "It has a foreign policy chief in Catherine Ashton. She has said that “rebuilding
    Haiti is now a priority ...”" was Bernard Kouchner's, named four sentences before, and "... the comment from rapper
    and producer, Kanye West about the reporting of Hurricane Katrina ... “I hate the way they portray us in the
    media,” he said" was Edmond Mulet's: the quotes stage's speaker had overridden the resolver's reading of the
    pronoun. A speaker named in full keeps a pronoun only when named within about a sentence before it."""
    store = _topic_store(tmp_path, "haiti_bbc", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in ("838", "1702")],
                         "far")
    rows = store.query("SELECT q.text, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity "
                       "WHERE q.text LIKE 'rebuilding Haiti is now a priority%' OR q.text LIKE 'I hate the way they portray us%'")
    assert sorted(r["name"] for r in rows) == ["Catherine Ashton", "Kanye West"], [tuple(r) for r in rows]


def test_a_noun_with_a_persons_name_set_off_after_it_is_that_person() -> None:
    """haiti_bbc (dev): "A seismologist from the British Geological Survey, Dr Roger Musson, tells the BBC World Service
    ... He said the energy “had to be released at some point”" gave that "He" to Alain Le Roy, quoted paragraphs before:
    a seismologist was no person to the resolver, so the name beside him was no subject. A subject noun with a person's
    name set off after it, or after the name its phrase ends on ("A spokeswoman for the UN World Food Programme,
    Emilia Casella, ..."), is that person."""
    for text, name in (("Alain Le Roy says the airport is working. A seismologist from the British Geological Survey, Dr "
                        "Roger Musson, tells the BBC World Service the fault line had been accumulating energy. He said the "
                        "energy had to be released at some point.", "Roger Musson"),
                       ("Alain Le Roy says the airport is working. A spokeswoman for the UN World Food Programme, Emilia "
                        "Casella, told reporters the trucks were moving. She said food was reaching the camps.", "Emilia Casella")):
        item = _item(text)
        resolution = resolve_entities([item])
        found = _anaphors(resolution, "a1")
        pronoun = text.index("He said" if name == "Roger Musson" else "She said")
        assert found[pronoun][2] == _named(resolution, name).id, (found, name)


def test_a_roman_number_ends_a_name_and_keeps_a_pope_apart_from_a_namesake() -> None:
    """haiti_bbc (dev): "Pope Benedict XVI has called for a generous response" lost its "XVI" to the rule that cuts an
    acronym run onto a name ("Bob Dudley BP"), and "Benedict" then joined "Janelle and Bryan Benedict" of another
    article as his surname: quotes of the Pope went to an adoptive father. A roman number ends a name."""
    pope = _item("Pope Benedict XVI has called for a generous response to the tragic situation in Haiti.", "a1")
    father = _item("At home in Los Angeles, Janelle and Bryan Benedict showed me a video. Bryan Benedict has already "
                   "e-mailed me.", "a2")
    resolution = resolve_entities([pope, father])
    assert {e.name for e in resolution.entities if e.type == "person"} >= {"Benedict XVI", "Bryan Benedict"}, resolution.entities
    doc = load_nlp()("BP boss Bob Dudley BP shares fell.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Bob Dudley"]


def test_a_countrys_name_tagged_a_person_is_the_country(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 142: "Venezuela says it will send a 50-strong “humanitarian assistance team”" had Venezuela tagged
    a person (an entity of its own, a person called Venezuela) and its "it" linked to Haiti, so the ledger read "It will
    send ...". A country's name tagged a person, with no courtesy title before it, is the country; a one-word demonym
    tagged a body ("One Briton is confirmed dead", 1204) is the demonym."""
    store = _topic_store(tmp_path, "haiti_bbc", lambda records: [r for r in records if r["url"].endswith("/142")], "venezuela")
    rows = store.query("SELECT m.text, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.start >= (SELECT instr(text, 'Venezuela says it') - 1 FROM articles) "
                       "AND m.start < (SELECT instr(text, 'Venezuela says it') + 20 FROM articles)")
    briton = _topic_store(tmp_path, "haiti_bbc", lambda records: [r for r in records if r["url"].endswith("/1204")], "briton")
    assert {r["type"] for r in briton.query("SELECT e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                                            "WHERE m.text = 'Briton'")} == {"other"}  # "One Briton is confirmed dead"
    assert [(r["text"], r["name"], r["type"]) for r in rows] == [("Venezuela", "Venezuela", "country"), ("it", "Venezuela", "country")], \
        [(r["text"], r["name"], r["type"]) for r in rows]


def test_a_name_set_off_by_a_noun_of_a_body_is_an_organisation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 177, 640 and 1491: Digicel, "the Irish telecommunications firm", "mobile phone operator Digicel",
    was tagged three times a product and three times a person, and stood as "other": "The company says the operation
    cost $260 million" then went to AFP. A name the text sets off with a noun of a body is an organisation."""
    store = _topic_store(tmp_path, "haiti_bbc", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in
                                                                  ("177", "640", "1491", "344", "1225")], "digicel")
    rows = store.query("SELECT DISTINCT e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text LIKE 'Digicel%'")
    assert [(r["name"], r["type"]) for r in rows] == [("Digicel", "organisation")], [(r["name"], r["type"]) for r in rows]
    ship = store.query("SELECT DISTINCT e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text LIKE '%Carl Vinson%'")
    assert "organisation" not in {r["type"] for r in ship}  # "The USS Carl Vinson aircraft carrier": a ship, no body


def test_a_name_read_as_a_place_that_says_something_is_a_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 263 and 356: "..., St. John said", "according to St. John" (a historian quoted nine times) and
    146: "..., Beeksma said" (a ministry spokesman): spaCy reads the names as places. A name that is the subject of a
    verb of saying, and is no country, capital or state, speaks as a person; the towns the same articles place stay
    places."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith(("/263", "/356", "/146"))],
                         "speaking")
    rows = store.query("SELECT m.text, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text IN ('St. John', 'Beeksma')")
    assert len(rows) >= 8 and {(r["name"], r["type"]) for r in rows} == {
        ("Ronald Bruce St. John", "person"), ("Otte Beeksma", "person")}, rows
    types = {r["name"]: r["type"] for r in store.query("SELECT name, type FROM entities")}
    assert types.get("Tripoli") == "place" and types.get("Libya") == "country"


@pytest.fixture(scope="module")
def gadhafi_pages(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 26 with the pages that call Moammar Gadhafi so at least four times (he is a person then)."""
    return _libya_store(tmp_path_factory.mktemp("gadhafi"), lambda records: [
        r for r in records if r["url"].endswith("/26") or r["text"].count("Moammar Gadhafi") >= 4], "gadhafi")


def _mention_at(store, words: str, offset: int = 0):  # type: ignore[no-untyped-def]
    """The entity (id, type) of the mention at ``words`` (plus ``offset``) in the page that holds them."""
    article = next(a for a in store.query("SELECT id, text FROM articles") if words in a["text"])
    at = article["text"].index(words) + offset
    rows = store.query("SELECT e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.article = ? "
                       "AND m.start = ?", (article["id"], at))
    return (rows[0]["id"], rows[0]["type"]) if rows else None


def test_they_is_never_one_person(gadhafi_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 26: 'Gadhafi accused followers of Osama bin Laden of adding hallucinogenic drugs to residents'
    drinks ... “They put it with milk ...”': "They" had been Moammar Gadhafi (18 plural pronouns on the whole topic
    were linked to a person, none rightly). A plural pronoun may be a body or a country, never one person."""
    they = _mention_at(gadhafi_pages, "They put it with milk")
    assert they is None or they[1] != "person", they
    plural = gadhafi_pages.query("SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE "
                                 "e.type = 'person' AND lower(m.text) IN ('they', 'them', 'their', 'theirs', 'themselves')")
    assert not plural, plural


def test_a_surname_tagged_a_body_is_a_person_to_a_he(gadhafi_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 26: '... as Gadhafi accused followers of Osama bin Laden of adding hallucinogenic drugs ...
    “They put it with milk ...,” he said': spaCy tags this "Gadhafi" an organisation, and the page names two Gadhafis
    (Moammar and Saif al-Islam), so it stays one for the article; the "he" passed it over for Osama bin Laden. A
    surname of a person the page names in full is a person to a pronoun."""
    gadhafi = _mention_at(gadhafi_pages, "Gadhafi accused followers of Osama")
    he = _mention_at(gadhafi_pages, "he said Thursday in a telephone call to state television")
    assert gadhafi is not None and he == gadhafi, (gadhafi, he)


def test_a_surname_two_people_share_is_the_one_named_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 165, a timeline: "Libyan leader Moammar Gadhafi" opens it, "Saif al-Islam Gadhafi" comes later,
    and then "Gadhafi appears on television to dispel rumors that he has fled the country" is the father again; the
    bare surname had gone to the latest full name, the son."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith("/165")], "surname")
    father = _mention_at(store, "Moammar Gadhafi")
    son = _mention_at(store, "Saif al-Islam Gadhafi")
    bare = _mention_at(store, "Gadhafi appears on television to dispel rumors")
    assert father is not None and son is not None and father != son and bare == father, (father, son, bare)


def test_a_town_of_two_words_the_sentence_names_as_a_town_is_a_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "the strategic oil port of Ras Lanuf", "the rebel-controlled town of Ras Lanuf" — spaCy tags
    it a person in most sentences, and on the whole topic "Ras Lanuf" was a person of 65 mentions (its 12 place
    readings with it). A name of any length that a town's noun names ("the town of X") is a place, and the person
    readings of a two-word name join the place when the sentences place it often enough."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["text"].count("Ras Lanuf") >= 3][:8], "raslanuf")
    rows = store.query("SELECT m.label, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text = 'Ras Lanuf'")
    assert "PERSON" in {r["label"] for r in rows}  # spaCy's person reading is there
    assert {r["type"] for r in rows} == {"place"} and len({r["id"] for r in rows}) == 1, rows


def test_who_says_so_in_passing_is_not_the_next_he(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 263: "He saw tribal leaders as traditional forces ..., St. John said, and, at first, he tried
    to suppress them. But later he tried to co-opt them, ...": the historian says so in passing; "he" goes on with
    Gadhafi, the subject of what he says (once "St. John" read as a person, the two "he" had become the historian)."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith("/263")], "passing")
    gadhafi = _mention_at(store, "Gadhafi recognized the power of his nation's tribes")
    first = _mention_at(store, "he tried to suppress them")
    later = _mention_at(store, "he tried to co-opt them")
    assert gadhafi is not None and first == gadhafi and later == gadhafi, (gadhafi, first, later)


@pytest.fixture(scope="module")
def pronoun_pages(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) pages whose pronouns and descriptions hand-checks of links to bodies and countries found wrong
    (35 of 80 pronouns right, 38 of 60 descriptions)."""
    pages = {"/2", "/30", "/44", "/165", "/166", "/169", "/177", "/272", "/295", "/305", "/320", "/343", "/353", "/390"}
    return _libya_store(tmp_path_factory.mktemp("pronouns"), lambda records: [
        r for r in records if any(r["url"].endswith(p) for p in pages)], "pronouns")


def test_a_plural_pronoun_is_no_body_or_country(pronoun_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 2, 295, 390: "CNN spoke to some experts to hear what they think", "not that many soldiers
    around ... They are more interested in vehicles", "166 shivering passengers, all of them": "they" had been CNN, the
    Army, Libya. Of 27 plural pronouns the hand-check drew that were linked to a body or a country, 5 were right (4 of
    them inside quotation marks); "they" is a group of people far more often than a body. A plural pronoun links to no
    named entity."""
    for words in ("they think the endgame", "They are more interested in vehicles", "them apparently migrants"):
        assert _mention_at(pronoun_pages, words) is None, words
    plural = pronoun_pages.query("SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE "
                                 "lower(m.text) IN ('they', 'them', 'their', 'theirs', 'themselves')")
    assert not plural, plural


def test_an_it_that_stands_for_no_one_links_nothing(pronoun_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 166, 343, 30, 44: "It has not been easy for Ahmida to watch", "Is it possible for the U.S.
    and its allies to work around this?", "show what it was like inside", "We don't want to go it alone" had been the
    University of New England, the Arab League, CNN, Afghanistan. An "it" an infinitive after an adjective spells
    out, the "it" of "what it was like" and of "go it alone" refer to no one."""
    for words in ("It has not been easy for Ahmida", "it possible for the U.S.", "it was like inside", "it alone"):
        assert _mention_at(pronoun_pages, words) is None, words


def test_an_object_it_is_not_in_its_own_subject(pronoun_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 320: "Asked about the Guardian report, a British Foreign Office spokesman neither confirmed
    nor denied it": "it" had been the Foreign Office, named inside the subject of the verb "it" is the object of."""
    assert _mention_at(pronoun_pages, "it. “We are not going to provide running commentary") is None


def test_the_it_of_what_a_body_asserts_is_that_body(pronoun_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 272: "Russia, which has criticized the allied campaign, said it had “serious doubts” about
    NATO's assertion that it is not targeting Gadhafi": the first "it" is Russia, the second NATO (it had been Russia):
    the subject of what a possessor asserts, announces or says is the possessor."""
    russia = _mention_at(pronoun_pages, "it had “serious doubts”")
    nato = _mention_at(pronoun_pages, "it is not targeting Gadhafi")
    assert russia is not None and nato is not None and russia != nato, (russia, nato)
    named = _mention_at(pronoun_pages, "NATO's assertion")
    assert named == nato, (named, nato)


def test_an_object_it_is_a_thing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev) 293, 1549, 2159: "BP says it plans to inject mud and possibly cement into its Gulf of Mexico oil
    well on Tuesday, in one of the final steps to permanently seal it", "pushing the slick towards the coast and over
    the booms meant to contain it", "Pemex tried several methods to contain the oil ... They finally managed to stop
    it" had been BP, the National Guard and Pemex. Of 11 object "it"s a hand-check drew on two dev topics linked to a
    body or a country, none was right; the subject "it" of the first sentence stays BP."""
    pages = {"/293", "/1549", "/2159"}
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [
        r for r in records if any(r["url"].endswith(p) for p in pages)], "objectit")
    for words in ("it. The “static kill”", "it. The US National Weather Service", "it by drilling two relief wells"):
        assert _mention_at(store, words) is None, words
    bp = _mention_at(store, "it plans to inject mud")
    assert bp is not None and bp[1] == "organisation", bp


def test_a_description_set_beside_a_name_is_that_name(pronoun_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 177: "MBDA, the multinational missile manufacturer that makes the Milan missile" had been
    NATO, the body the page named last."""
    mbda = _mention_at(pronoun_pages, "MBDA, the multinational")
    assert _mention_at(pronoun_pages, "the multinational missile manufacturer") in (None, mbda)


def test_the_country_is_the_page_country_unless_one_was_just_named(pronoun_pages) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 353, 165, 305: "This week, the government in Tripoli announced ..." had been Tunisia, "Saif
    al-Islam Gadhafi, a son of the country's ruler" the United States, each the country named last, far back; the
    page's own country, named three times as often, is meant. A country named in the sentence or the one before stays:
    "Biden has finished a trip to China. But this was the scene when he arrived in the country"."""
    libya = next((r["id"], r["type"]) for r in pronoun_pages.query("SELECT id, type FROM entities WHERE name = 'Libya'"))
    assert _mention_at(pronoun_pages, "the government in Tripoli announced") == libya
    assert _mention_at(pronoun_pages, "the country's ruler and a top official") == libya
    china = _mention_at(pronoun_pages, "China. But this was the scene")
    assert china is not None and _mention_at(pronoun_pages, "the country last Wednesday") == china


def test_a_description_is_not_its_own_verbs_subject(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc (dev) 2016: "Greenpeace said it wanted the company to adopt greener policies": "the company" had been
    Greenpeace, the subject of the verb it is the object of; the page's company is BP."""
    store = _topic_store(tmp_path, "bpoil_bbc", lambda records: [r for r in records if r["url"].endswith("/2016")],
                         "greenpeace")
    greenpeace = _mention_at(store, "Greenpeace said it wanted")
    company = _mention_at(store, "the company to adopt greener policies")
    assert greenpeace is not None and company != greenpeace, (greenpeace, company)


def test_an_adverb_opening_a_sentence_is_no_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 147: "ICC reacts to Libya rape claims Eventually, one of the men puts his sock-covered foot on
    her face": the tagger read "Eventually" after a run-in headline as a body, and a later "it" linked to it."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith("/147")], "eventually")
    assert not store.query("SELECT id FROM entities WHERE name = 'Eventually'")


def test_a_side_taken_is_no_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "pro-Gadhafi forces", tagged a body, was an organisation of 69 mentions on the whole topic,
    the fifteenth largest; a side taken ("pro-", "anti-") is neither a person nor a body."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if "pro-Gadhafi" in r["text"]][:6], "sides")
    rows = store.query("SELECT e.name, e.type FROM entities e WHERE lower(e.name) LIKE 'pro-%' OR lower(e.name) LIKE 'anti-%'")
    assert rows and all(r["type"] not in ("organisation", "person") for r in rows), rows


def test_who_continues_doing_something_is_no_speaker(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 65: "Tony Hayward told CBS television's Early Show that he was 60-70% confident of success.
    Barack Obama is due to visit the Gulf later today as he continues to rebut criticism that his administration has
    not done enough": "continues" is a verb of saying only when it goes on with words; read so, the "he" had gone to
    the last speaker, Hayward, and the ledger had him denying the criticism of Obama's administration."""
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if r["url"].endswith("/65")],
                         "continues")
    obama = _mention_at(store, "Barack Obama is due to visit")
    assert obama is not None and _mention_at(store, "he continues to rebut") == obama


def test_it_reaches_two_sentences_back_only_to_a_subject(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 796: "Dudley was effectively kicked out of Russia but dealt very well with a highly charged
    political situation in Moscow. Right man for the job ... 2.45 pm: Investors are asking for more details about
    exactly what went wrong on the Deepwater Horizon before it exploded on 20 April": "it" had been Russia, and the
    timeline showed "[Russia] exploded on 20 April". Two sentences back, only a subject is what "it" goes on with.
    (Since the fortieth session the rig's name in that sentence, which the tagger names a body elsewhere in the page,
    is a mention too, and the "it" is the rig.)"""
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if r["url"].endswith("/796")],
                         "itback")
    found = _mention_at(store, "it exploded on 20 April")
    assert found is None or store.query("SELECT name FROM entities WHERE id = ?", (found[0],))[0]["name"] == "Deepwater Horizon", found


def test_a_name_listed_with_placed_towns_is_a_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 311, 79: "NATO jets destroyed eight Libyan warships in the ports of Tripoli, Al-Khums and
    Sirte": spaCy read "Al-Khums" as a person, and only a name the sentence itself places ("in Brega") was a place; a
    name listed after one it places is placed too."""
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].endswith(("/311", "/79"))], "khums")
    rows = store.query("SELECT m.label, e.type FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'Al-Khums'")
    assert rows and all(r["type"] == "place" for r in rows), rows


def test_a_name_set_beside_a_noun_only_a_person_is_is_a_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: "Gadhafi's daughter, Ayesha" was a place, "Mohammed Almegaryaf, the boys' uncle" a place;
    bpoil_guardian: "Byron Grote, BP's chief financial officer" a body. A name in apposition with a noun only a person
    is (a kin, a title) is a person; a company set beside "the rig owner" is not (an owner may be a body)."""
    cases = (("LibyaWar_cnn", ("249", "270"), (("Ayesha", ", speaking to a cheering crowd", "person"),
                                               ("Mohammed Almegaryaf", ", the boys", "person"))),
             ("bpoil_guardian", ("796", "357"), (("Byron Grote", ", BP's chief", "person"),
                                                        ("Transocean", ", the rig owner", None))))
    for topic, uids, names in cases:
        store = _topic_store(tmp_path, topic, lambda records, uids=uids: [r for r in records if r["url"].rsplit("/", 1)[1] in uids], topic)
        for name, after, wanted in names:
            rows = [r for r in store.query("SELECT a.text, m.end, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                                           "JOIN articles a ON a.id = m.article WHERE m.text = ?", (name,))
                    if r["text"][r["end"] :].startswith(after)]
            assert rows and ({r["type"] for r in rows} == {wanted} if wanted else "person" not in {r["type"] for r in rows}), (
                name, [r["type"] for r in rows])


def test_dates_lists_titles_and_tribes_run_into_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn: "CNN Student News - 4/25/11" was an organisation, "the American Society of International Law,
    International Peace Institute" one body, "Ret" (of "Ret. Gen. Jim Jones") a body, the "Obeidi tribe" a body;
    bpoil_washingtonpost: "The Washington Post - May 30, 2010" a body. A date after a dash or a comma is no part of a
    name, a comma between two bodies' names ends the first, a title's abbreviation alone names no one, and a name of a
    tribe is a people's."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in
                                                                    ("30", "345", "391", "273")], "lists")
    names = {r["name"]: r["type"] for r in store.query("SELECT name, type FROM entities")}
    assert "CNN Student News" in names and not [n for n in names if "4/25/11" in n], sorted(names)
    assert "American Society of International Law" in names and not [n for n in names if "Peace Institute" in n and "," in n]
    assert "Ret" not in names and names.get("Obeidi", "other") == "other", (names.get("Ret"), names.get("Obeidi"))
    store = _topic_store(tmp_path, "bpoil_washingtonpost", lambda records: [r for r in records if r["url"].endswith("/2022")], "dated")
    names = {r["name"] for r in store.query("SELECT name FROM entities")}
    assert not [n for n in names if "May 30" in n], sorted(names)


def test_a_spaced_dash_ends_a_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 106: "a speech delivered Sunday by Saif al-Islam Gadhafi -- Libyan leader Moammar Gadhafi's
    son" made one person "Saif al-Islam Gadhafi -- Libyan", and the article's adjectives "Libyan" ("Libyan
    counterparts") became his mentions (judged "merged different" in the entity draws of seeds 5404 and 5414); 242:
    "Columbia University - Rami Khouri" one body. A dash set off by spaces ends a name; a hyphen spaced inside one
    name stays ("Bashar al - Assad")."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in
                                                                    ("106", "242")], "dashes")
    names = {r["name"]: r["id"] for r in store.query("SELECT id, name FROM entities")}
    assert not [n for n in names if " -- " in n or " - " in n], sorted(names)
    assert "Columbia University" in names, sorted(names)
    saif = [n for n in names if n.startswith("Saif al-Islam")]
    assert saif, sorted(names)
    linked = {r["text"] for r in store.query("SELECT text FROM mentions WHERE entity = ?", (names[saif[0]],))}
    assert "Libyan" not in linked, linked


def test_a_name_after_a_prefix_in_lower_case_is_no_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 96, 80 and 98: "pro-Moammar Gadhafi" (and "pro-Gadhafi", 64 mentions on the topic) were
    entities typed other (judged "not a name" in the draw of seed 2626): a side, for or against someone, not a name;
    bpoil_reuters (dev) 1047: "post-Deepwater Horizon". A name after a lower-case prefix and a hyphen is no entity; a
    name whose own prefix is capitalised stays ("Non-Aligned Movement")."""
    from storyline.analyse.entities.patterns import not_a_name

    for topic, uids in (("LibyaWar_cnn", {"96", "80", "98"}), ("bpoil_reuters", {"1047"})):
        store = _topic_store(tmp_path, topic, lambda records, uids=uids: [r for r in records if r["url"].rsplit("/", 1)[1] in uids], topic)
        names = [r["name"] for r in store.query("SELECT name FROM entities")]
        assert names, topic
        assert not [n for n in names if n[:4] in ("pro-", "post", "anti", "ex-R")], [n for n in names if "-" in n]
    assert not not_a_name("Non-Aligned Movement") and not_a_name("pro-Moammar Gadhafi")


def test_a_pronoun_after_a_sentence_goes_on_with_its_own_subject_not_one_set_into_it() -> None:
    """LibyaWar_cnn (dev): "El-Kikhia predicted that Gadhafi will make any departure a messy one ... And he warned that
    ... the humanitarian situation could rapidly worsen" linked "he" to Gadhafi, the later subject, and the timeline read
    "[Moammar Gadhafi] warned that ..." (a THREATEN of Gadhafi's). Of a sentence's subjects, the one of its own verb is
    what the next sentence goes on with (outside quotation marks: the seeds' "he is begging Kim" is still Putin)."""
    from storyline.analyse.entities.resolve import article_entities

    text = ("Mansour El-Kikhia is a professor at the University of Texas, San Antonio. El-Kikhia predicted that Gadhafi "
            "will make any departure a messy one by firing missiles into oil fields. And he warned that with the main "
            "supply route now closed, the humanitarian situation could rapidly worsen.")
    links = {c.start: c.key for c in article_entities(_item(text)).cands if c.label == "PRON"}
    assert "kikhia" in (links.get(text.index("he warned")) or ""), links


def test_the_younger_namesake_is_not_the_one_the_surname_names() -> None:
    """LibyaWar_cnn (dev): "the younger Gadhafi acknowledged the violence ... Still, he principally blamed drunks,
    criminals and foreigners" linked "Gadhafi" to Moammar Gadhafi, the one the surname names alone on the page, and the
    quote went to the father. A surname set apart by age ("the younger", "the elder") is the other namesake the page
    has named, or no one."""
    from storyline.analyse.entities.resolve import article_entities

    text = ("Libyan leader Moammar Gadhafi has ruled for 42 years. His son Saif al-Islam Gadhafi spoke on state television. "
            "While criticizing international media, the younger Gadhafi acknowledged the violence.")
    found = {c.start: c.cluster for c in article_entities(_item(text)).cands if c.kind == "person"}
    assert "saif" in (found.get(text.index("Gadhafi acknowledged")) or ""), found
    text = "Libyan leader Moammar Gadhafi spoke on state television. Later the younger Gadhafi acknowledged the violence."
    found = {c.start: c.cluster for c in article_entities(_item(text)).cands if c.kind == "person"}
    assert "moammar" not in (found.get(text.index("Gadhafi acknowledged")) or ""), found


def test_an_abbreviated_title_in_the_plural_is_no_part_of_a_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 342: "Reps. Henry Waxman, D-Calif., and Bart Stupak, D-Mich., noted that ..." made a person
    "Reps. Henry Waxman", a ledger party under that name. "Reps." is a title like "Rep." (lexicon.TITLE_ABBREVIATIONS)."""
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if r["url"].endswith("/342")], "reps")
    names = {row["name"] for row in store.rows("entities")}
    assert "Henry Waxman" in names and not [n for n in names if n.startswith("Reps")], sorted(names)


def _type_of(sentence: str, name: str) -> str:
    """The type of the entity the mention of ``name`` in ``sentence`` (resolved alone) is linked to."""
    resolution = resolve_entities([_item(sentence)])
    start = sentence.index(name)
    linked = [entity for (_, first, _), entity in resolution.links.items() if first == start]
    assert linked, resolution.links
    entity = next(e for e in resolution.entities if e.id == linked[0])
    return entity.type


@pytest.mark.parametrize(("sentence", "name"), [
    # LibyaWar_cnn (dev) 134, 270 and 13: a facility's name, and a place's that opens on its kind, tagged as persons
    ("He added that he visited Al-Jala hospital and that it was “full of dead and wounded.”", "Al-Jala"),
    ("They learned snippets of their father's circumstances through his letters from Abu Salim prison.", "Abu Salim"),
    ("The country is home to Camp Lemonnier, the only U.S. military base on the African continent.", "Camp Lemonnier"),
])
def test_a_name_before_a_facilitys_noun_is_a_place(sentence: str, name: str) -> None:
    """Sampled "wrong type" class: "Al-Jala" (a hospital), "Camp Lemonnier" (a base) were persons. A name the tagger read
    as a person before a facility's noun ("hospital", "prison", "refinery"), or opening on a place's word ("Camp",
    "Fort", "Lake"), is a place."""
    assert _type_of(sentence, name) == "place"


@pytest.mark.parametrize(("sentence", "name"), [
    # LibyaWar_cnn (dev) 255 and 354: a town's part and a town, tagged as persons, beside a town's noun
    ("In Tripoli's Dahra neighborhood, people driving white vans cleared away makeshift barricades, a witness said.", "Dahra"),
    ("Rebel commander al-Zintani rejected Ibrahim's assertions that Gadhafi's forces controlled al-Zawiya and Surman, "
     "which is also along the western supply road, as well as the government's claims to Garyan, another city on a key "
     "supply route leading to Tripoli from the south.", "Garyan"),
])
def test_a_name_beside_a_towns_noun_is_a_place(sentence: str, name: str) -> None:
    """Sampled "wrong type" class (fifty-eighth session): "Dahra" and "Garyan" were persons. A name the tagger read as a
    person that modifies a town's noun ("Dahra neighborhood") or stands beside one in apposition ("Garyan, another
    city") is a place."""
    assert _type_of(sentence, name) == "place"


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    # LibyaWar_cnn (dev) 194, 367: an outlet the tagger read as a person, named by its noun before or after it
    ("Citing military sources, the Libyan newspaper Quryna reported that the two people aboard -- the pilot and "
     "co-pilot -- parachuted out.", "Quryna", "organisation"),
    ("A Libyan military aircraft crashed Wednesday southwest of Benghazi after the crew refused to follow orders to bomb "
     "the city, Libya's Quryna newspaper reported.", "Quryna", "organisation"),
    # bpoil_washingtonpost (dev) 2055: a firm named after its founder, its noun before it
    ("Criminal charges put the accounting firm Arthur Andersen out of business, but other companies that have been the "
     "subject of criminal probes have settled and paid fines.", "Arthur Andersen", "organisation"),
    # LibyaWar_cnn (dev) 384, 378: a think tank is no make of tank; its name is the body's
    ("Part of the reason the Obama administration intervened militarily in Libya and not Syria is because “Libya "
     "happened first,” noted Danielle Pletka, vice president for foreign and defense policy studies at the American "
     "Enterprise Institute, a conservative Washington think tank.", "Washington", "place"),
    ("Benjamin Barber, a fellow at the New York-based Demos think tank who had worked closely with the Gadhafi "
     "Foundation, told CNN's Fareed Zakaria that he felt Gadhafi would likely “fight to the death.”", "Demos",
     "organisation"),
    # bpoil_reuters (dev) 806: a town a compass point places, tagged a product
    ("The shutdown followed a series of mishaps that resulted from a scheduled fire-command system test at Pump Station "
     "9, about 100 miles south of Fairbanks, said Alyeska Pipeline Service Co, the operator of the 800-mile oil line.",
     "Fairbanks", "place"),
    # LibyaWar_cnn (dev) 59, 30: days, tagged a body and a place
    ("AZUZ: Secretary of State Hillary Clinton made a similar point at an event that commemorated the 100th anniversary "
     "of International Women's Day.", "International Women's Day", "other"),
    ("TINKER: In the Christian faith, those 40 days of Lent are a time for prayer and penance and a time to prepare for "
     "Easter.", "Easter", "other"),
    # bpoil_reuters (dev) 2033: a person tagged a body, right after a noun only a person is
    ("In the New Orleans suburb of Belle Chasse, oysterman Kuzma Tesvich said he had had high hopes for 2010.",
     "Kuzma Tesvich", "person"),
    # ... and what stays: a firm after a plural of such a noun (bpoil_reuters 1689), a person with a body named in
    # apposition after him (984)
    ("“If this (the BP spill) were in the Niger Delta, no one would be batting an eyelid,” said Holly Pattenden, "
     "African oil analyst at consultants Business Monitor International.", "Business Monitor International",
     "organisation"),
    ("That pastime supports a wide variety of small business, from bait and tackle shops to marinas, charter vessels, "
     "hotels, and gas stations, said Jeff Angers, president of the Center for Coastal Conservation, a group that "
     "advocates sport fishing.", "Jeff Angers", "person"),
])
def test_a_names_kind_from_the_noun_beside_it(sentence: str, name: str, kind: str) -> None:
    """Sampled "wrong type" class (fifty-ninth session): "Quryna" (15 mentions, 15 quotes) a person, "Washington" in
    "a Washington think tank" a thing (a make of tank), "Fairbanks" a thing, "International Women's Day" a body,
    "Easter" a place. A would-be person right after a body's noun, or before an outlet's noun, is the body; a name
    before "think tank" is no make; "south of X" places X; an occasion's name is a day; a name of two or three words
    right after a noun only a person is ("oysterman", "spokesman") is a person. A body named in apposition after a
    person's name is another's, not the person's."""
    assert _type_of(sentence, name) == kind


@pytest.mark.parametrize(("sentence", "word"), [
    # bpoil_reuters (dev) 1203, 1708, 1695: a story's code, a company's suffix the tagger split off, a degree
    ("Lawmakers are mulling a range of new laws that could require tougher safety regulations on offshore drilling or "
     "bar companies like BP from new offshore exploration leases. (ID: nN15210454) The U.S. government, which has vowed "
     "to make BP pay for fixing the well and all cleanup efforts, told the oil giant that it was", "nN15210454"),
    ("BP also urged other defendants in the case, including rig owner Transocean Holdings LLC, Anadarko Petroleum Corp "
     "and MOEX Offshore 2007 LLC, also to waive the liability cap, according to the filing.", "LLC"),
    ("(1) City of Cordova Fact Sheet, 1989 1 (29): Robert Rigg, MD, Letter to Cordova District Fishermen United, 13 May "
     "1989.", "MD"),
])
def test_codes_suffixes_and_degrees_are_no_entities(sentence: str, word: str) -> None:
    """Sampled "not an entity" class (fifty-ninth session): "nN15210454", "LLC", "MD" (a place) were entities. A code of
    five digits or more, a company's suffix alone and a degree after a person's name and a comma name nothing."""
    resolution = resolve_entities([_item(sentence)])
    assert word not in {e.name for e in resolution.entities}, sorted(e.name for e in resolution.entities)


@pytest.mark.parametrize(("sentence", "name"), [
    # LibyaWar_cnn (dev) 271, 266: a person run into the body his title holds, tagged one body
    ("NATO has begun around-the-clock surveillance flights of Libya, as it considers options for dealing with the Libyan "
     "violence, U.S. Ambassador to NATO Ivo Daalder told reporters Monday.", "Ivo Daalder"),
    ("More than 40 foreign ministers, representatives from regional groups and top diplomats are expected to attend, "
     "including U.N. Secretary-General Ban Ki-moon, British Prime Minister David Cameron, Chairman of the African Union "
     "Jean Ping and U.S. Secretary of State Hillary Clinton.", "Jean Ping"),
])
def test_a_person_named_after_the_body_of_his_title_is_the_person(sentence: str, name: str) -> None:
    """Sampled "wrong name" class (fifty-ninth session): "African Union Jean Ping" and "NATO Ivo Daalder" were bodies. A
    name of two or three words the tagger ran on after a body it knows, with a title of that body before it ("Chairman
    of the ...", "Ambassador to ..."), is the person; "the U.N. Security Council" is still the body."""
    kinds = {e.name: e.type for e in resolve_entities([_item(sentence)]).entities}
    assert kinds.get(name) == "person", kinds


def test_a_verb_run_into_a_places_name_is_no_part_of_it() -> None:
    """LibyaWar_cnn (dev), a reader's comment: "Let India & pakistan blow each other up, Let Korea blow itself up" made
    a place "Let Korea". A verb the tagger ran into a place's name, as into a person's ("Blame Obama?"), is cut off."""
    text = ("Let India & pakistan blow each other up, Let Korea blow itself up, & let Isreal do what ever they want to the "
            "other middle eastern countries.")
    names = {e.name for e in resolve_entities([_item(text)]).entities}
    assert "Korea" in names and "Let Korea" not in names, sorted(names)


def test_a_description_by_an_abbreviated_titles_word_is_its_holder() -> None:
    """LibyaWar_cnn (dev) 209, a claims draw of the fifty-ninth session (wrong party, "the general"): "Gen. Carter Ham,
    commander of U.S. Africa Command, also said ... And the general claimed “we have achieved already a large degree of
    success”" left "the general" unlinked: his title was written "Gen.". A title's abbreviation is its word when a
    description names the one person so titled."""
    text = ("Gen. Carter Ham, commander of U.S. Africa Command, also said on CNN's “The Situation Room” Friday that "
            "removing leader Moammar Gadhafi by military means is not the aim of the mission and that the coalition is "
            "not arming rebel forces. And the general claimed “we have achieved already a large degree of success” -- "
            "including an arms embargo, the no-fly zone and the halting of loyalist troops near the rebel-held city of "
            "Benghazi.")
    resolution = resolve_entities([_item(text)])
    names = {e.id: e.name for e in resolution.entities}
    at = text.index("the general")
    assert names.get(resolution.links.get(("a1", at, at + len("the general")), "")) == "Carter Ham", resolution.links


def test_a_ships_name_without_its_prefix_is_the_ship() -> None:
    """LibyaWar_cnn (dev) 129, 377: "the amphibious assault ship the USS Kearsarge is in the Red Sea ... The Kearsarge is
    well equipped to deal with casualties", "the amphibious assault ship USS Kearsarge ... He was flown to the
    Kearsarge": "Kearsarge" was an organisation of 5 mentions and a person beside the ship. A ship's bare name read as a
    body, a person or a place is the ship; "USS Kearsarge" tagged a person is no acronym run into a name."""
    text = ("The U.S. military is already close by: At least one destroyer is in the Mediterranean, and the amphibious "
            "assault ship the USS Kearsarge is in the Red Sea, close to the Suez Canal. The Kearsarge is well equipped to "
            "deal with casualties: it houses a floating hospital. The U.S. military dispatched a pair of Osprey "
            "tilt-rotor aircraft from the amphibious assault ship USS Kearsarge, about 100 miles off the coast of Libya. "
            "He was flown to the Kearsarge, which has extensive medical facilities.")
    resolution = resolve_entities([_item(text)])
    linked = {resolution.links[k] for k in resolution.links if "Kearsarge" in text[k[1]:k[2]]}
    assert len(linked) == 1, linked
    (ship,) = [e for e in resolution.entities if e.id in linked]
    assert ship.type == "other", (ship.name, ship.type)


def test_a_name_a_copula_calls_an_outlet_is_the_outlet_in_every_mention() -> None:
    """bpoil_washingtonpost (dev) 2002, an entity draw of the fifty-ninth session (wrong type): "Comic Riffs is a blog
    devoted to the comics fan. ... As such, Comic Riffs asked readers this week to share their favorite cartoons" made
    a person of two mentions and a quote. A name a copula calls a body or an outlet is that body, and a name of two words
    so named once is the body in every mention no "he" or "she" points at."""
    text = ("Comic Riffs is a blog devoted to the comics fan. Come in, sit down and put your feet up as we celebrate, "
            "contemplate, eviscerate and pontificate on cartoons. We should have known such cartoons would continue to "
            "spill onto our pages and screens. As such, Comic Riffs asked readers this week to share their favorite "
            "cartoons and other illustrations about the spill in the Gulf.")
    resolution = resolve_entities([_item(text)])
    linked = {resolution.links[k] for k in resolution.links if text[k[1]:k[2]] == "Comic Riffs"}
    kinds = {e.type for e in resolution.entities if e.id in linked}
    assert len(linked) == 1 and kinds == {"organisation"}, (linked, kinds)


def test_a_person_named_once_as_a_body_is_the_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "the Libyan newspaper Quryna", and elsewhere "Quryna reported ..." with no noun: on the whole
    topic "Quryna" was a person of 15 mentions and 15 quotes. A one-word person the text once names as a body, whom
    no "he" or "she" points at and no title is given, is the body: every reading joins it."""
    pages = {"/7", "/13", "/194", "/255", "/367"}
    store = _libya_store(tmp_path, lambda records: [r for r in records if any(r["url"].endswith(p) for p in pages)],
                         "quryna")
    rows = store.query("SELECT m.label, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text = 'Quryna'")
    assert len(rows) >= 5 and "PERSON" in {r["label"] for r in rows}
    assert {r["type"] for r in rows} == {"organisation"} and len({r["id"] for r in rows}) == 1, rows


def test_a_person_the_sentences_place_and_nothing_marks_as_one_is_a_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "Over the weekend, CNN reported that rebels had taken al-Brega, Ras Lanuf and Bin Jawad",
    "Opposition fighters retreat from Bin Jawad": on the whole topic "Bin Jawad" was a person of 24 mentions, 10 of
    them placed ("in the city of Bin Jawad", "the outskirts of Bin Jawad") and none pointed back at. A person reading
    no pronoun, description or title marks as a person, whose name the sentences place at least twice and in a fifth
    of its mentions, is the place."""
    pages = {"/16", "/68", "/86", "/126", "/144", "/196", "/271", "/326", "/352", "/373"}
    store = _libya_store(tmp_path, lambda records: [r for r in records if any(r["url"].endswith(p) for p in pages)],
                         "binjawad")
    rows = store.query("SELECT m.label, e.id, e.type FROM mentions m JOIN entities e ON e.id = m.entity "
                       "WHERE m.text = 'Bin Jawad'")
    assert "PERSON" in {r["label"] for r in rows}  # spaCy's person reading is there
    assert {r["type"] for r in rows} == {"place"} and len({r["id"] for r in rows}) == 1, rows


@pytest.mark.parametrize(("sentence", "name"), [
    # bpoil_guardian and LibyaWar_cnn (dev): laws and a document the tagger read as bodies, and a hashtag
    ("Markey introduced the Big Oil Bailout Prevention Liability Act in the House.", "Big Oil Bailout Prevention Liability Act"),
    ("Critics said the operation violated the War Powers Resolution, which requires congressional approval.", "War Powers Resolution"),
    ("The Senate debated the American Power Act on Thursday.", "American Power Act"),
    # LibyaWar_cnn (dev): a prize a person, a faith a body
    ("Addario won the Robert Capa Gold Medal for her photographs from Darfur.", "Robert Capa Gold Medal"),
    ("He said the rebels' leaders were using Islam to win support.", "Islam"),
])
def test_a_laws_or_a_documents_name_is_a_text_not_a_body(sentence: str, name: str) -> None:
    """Sampled "wrong type" class: "The Big Oil Bailout Prevention Liability Act is a bill, not an organisation", "The
    Hydrate Guidelines are a document", "The Robert Capa Gold Medal is an award but is typed person", "Islam is a
    religion but is typed organisation". A name ending in Act, Treaty, Accord(s), Convention, Guidelines, Resolution or
    Doctrine names a text, one ending in Medal, Prize or Award(s) a prize, and a faith's name a faith (type other),
    whatever the tagger read."""
    resolution = resolve_entities([_item(sentence)])
    found = [e for e in resolution.entities if e.name.endswith(name.split()[-1])]
    assert found and all(e.type == "other" for e in found), [(e.name, e.type) for e in resolution.entities]


def test_a_company_suffix_makes_a_name_a_body() -> None:
    """bpoil_guardian (dev): "... management failures by BP, Halliburton Co, and Transocean Ltd, the staff concluded":
    the tagger read "Halliburton Co" as a person, and the person "Halliburton Co" took seven of the company's bare
    "Halliburton" mentions. A name ending in a company's suffix (Co, Plc, LLC, as Inc and Ltd) is a body."""
    sentence = ("Most of the mistakes and oversights that led to the blowout were the result of management failures by BP, "
                "Halliburton Co, and Transocean Ltd, the staff concluded.")
    resolution = resolve_entities([_item(sentence)])
    kinds = {e.name: e.type for e in resolution.entities}
    assert kinds.get("Halliburton Co") == "organisation", kinds


def test_an_adverb_opening_the_next_sentence_is_no_part_of_a_name() -> None:
    """LibyaWar_cnn (dev): a headline with no stop run into the next sentence ("Witness: ‘Utter carnage’ in Misrata
    Elsewhere in Libya, three loud explosions were heard in Tripoli") made "Misrata Elsewhere" a person. An adverb in
    capitals ending a name is the next sentence's opening word: the name ends before it."""
    sentence = "Witness: Utter carnage in Misrata Elsewhere in Libya, three loud explosions were heard in Tripoli."
    names = {e.name: e.type for e in resolve_entities([_item(sentence)]).entities}
    assert "Misrata Elsewhere" not in names and names.get("Misrata") == "place", names


def test_a_surname_given_an_office_is_not_the_full_name_given_another(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 1479: "President Bush urged Americans to send “cash”, and President Clinton said Haitians “can
    escape their history ...”. US Secretary of State Hillary Clinton is traveling to Haiti ...": "President Clinton" had
    become the secretary of state named just after (a claim draw judged the party wrong). A surname given one office does
    not stand for a full name the page gives another; "Hillary Clinton" keeps her own mentions."""
    urls = ("t17://haiti_bbc/1479", "t17://haiti_bbc/1544")  # (1544, a copy, names Bill Clinton before)
    store = _topic_store(tmp_path, "haiti_bbc", lambda records: [r for r in records if r["url"] in urls], "clinton")
    rows = store.query("SELECT m.start, m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity JOIN articles a ON "
                       "a.id = m.article WHERE m.text LIKE '%Clinton%' AND substr(a.text, m.start - 8, 9) = 'resident ' "
                       "AND a.url = 't17://haiti_bbc/1479'")
    assert rows and all(r["name"] != "Hillary Rodham Clinton" and "Hillary" not in r["name"] for r in rows), rows
    assert store.query("SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'Hillary Clinton' "
                       "AND e.name LIKE 'Hillary%'")


def test_a_company_that_opens_a_title_is_that_company(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 1092: "... according to Barclays Capital. The assessment came as BP chief executive Tony
    Hayward insisted the company would “bounce back”": "BP" inside the title was dropped as a name tagged inside a
    person's title (as "State" in "Secretary of State"), so "the company" went to Barclays Capital and the ledger read
    "[Barclays Capital] would “bounce back”" (judged garbled in a claim draw). A body the article names outside titles
    too is that body when it opens one."""
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if r["url"].endswith("/1092")], "bp")
    text = next(a["text"] for a in store.article_rows(with_text=True))
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    at = text.index("BP chief executive Tony Hayward insisted")
    assert [names.get(m["entity"] or "") for m in store.rows("mentions") if m["start"] == at] == ["BP"]
    company = text.index("the company would", at)
    assert [names.get(m["entity"] or "") for m in store.rows("mentions") if m["start"] == company] == ["BP"]
    assert not [c["statement"] for c in store.rows("claims") if "[Barclays Capital]" in c["statement"]]


def test_a_speaker_described_by_a_title_one_person_holds_is_that_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 151, 51, 31, 305: "“It is impossible for me to leave my loyal people,” the Libyan leader says",
    "the Libyan government said ...": 13 quotes of "the Libyan leader" and 26 of "the Libyan government" had no one
    (a quote draw's vague speakers). A description that is the title the corpus gives one person nearly always ("Libyan
    leader Moammar Gadhafi") is that person; "the <people's> government" is that people's country."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in
                                                                      ("151", "51", "31", "305", "296", "261")], "titles")
    names = {e["id"]: e["name"] for e in store.rows("entities")}
    leader = [names.get(q["speaker_entity"] or "") for q in store.rows("quotes") if q["speaker"] == "the Libyan leader"]
    government = [names.get(q["speaker_entity"] or "") for q in store.rows("quotes") if q["speaker"] == "the Libyan government"]
    assert leader and set(leader) == {"Moammar Gadhafi"}, leader
    assert government and set(government) == {"Libya"}, government


def test_a_description_is_the_body_its_noun_names_nearby(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 276, a news digest: "MIDDLE EAST: Group of Libyan Military Brass Defects Eight senior members
    of the Libyan military announced their defection ... (RTT) ... The group urged other officers to join them and
    accused Qaddafi of waging genocide" had "The group" as al-Qaeda (the page's most named body, put for the agency
    tag nearer), and the ledger's accusation as al-Qaeda's (wrong party in the claim draw of seed 3631). A description
    whose noun a body's name holds, named in its sentence or the two before, is that body. Its link is no use of the
    name: a lone "Group" two other articles hold (72, 289) stays apart, as the body's prefix used no more often."""
    wanted = ("/276", "/72", "/289")
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].endswith(wanted)], "digest")
    rows = store.query("SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'The group'")
    assert rows and all(r["name"] == "Group of Libyan Military Brass" for r in rows), rows


def test_a_town_written_as_an_address_is_a_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Sampled "wrong type" class (bpoil_washingtonpost, dev, seed 3802): the towns of readers' questions in a live chat
    ("Metairie, La.: Why would BP ...", "Cedar Crest, New Mexico: Can they ...") were persons, and "Marvin Alfaro, 32, of
    Woodbridge" made Woodbridge a person who took Alfaro's "his" and "he". A name followed by its state (news style's
    abbreviation or written out) that opens a sentence or follows a placing preposition, or a hometown after a person's
    age, is a place."""
    store = _topic_store(tmp_path, "bpoil_washingtonpost",
                         lambda records: [r for r in records if r["url"].endswith(("/723", "/272", "/138"))], "towns")
    types = {row["name"]: row["type"] for row in store.rows("entities")}
    for town in ("Metairie", "Bowie", "Cedar Crest", "Woodbridge"):
        assert types.get(town) == "place", (town, types.get(town))
    pronouns = store.query("SELECT m.text FROM mentions m JOIN entities e ON e.id = m.entity "
                           "WHERE e.name = 'Woodbridge' AND m.label = 'PRON'")
    assert not pronouns, pronouns


@pytest.mark.parametrize(("sentence", "name"), [
    # bpoil_reuters (dev) 1230, 504 and 28: a person set off by the state they are of, a state's noun after it
    ("“It is critical that these agencies examine what went wrong,” said Sen. Mary Landrieu, Louisiana Democrat.", "Mary Landrieu"),
    ("The executive panel is made up of Jim Roy and Steve Herman, Louisiana lawyers who had been acting as co-liaison counsel.",
     "Steve Herman"),
    ("Joe Morton, Alabama's education superintendent, told The Wall Street Journal that he plans to deliver the money.", "Joe Morton"),
])
def test_a_person_set_off_by_a_state_stays_a_person(sentence: str, name: str) -> None:
    """The address rule's other side: a state followed by a word of its own ("Louisiana Democrat", "Alabama's") says
    what the person is, not where a town is."""
    resolution = resolve_entities([_item(sentence)])
    start = sentence.index(name)
    linked = [entity for (_, first, _), entity in resolution.links.items() if first == start]
    assert linked, resolution.links
    assert next(e for e in resolution.entities if e.id == linked[0]).type == "person"


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    # bpoil_reuters 970 and 1289, bpoil_washingtonpost 277 and 667 (dev): protected areas and a sound tagged as bodies
    ("A sheen of oil has engulfed much of the Chandeleur Islands, barrier islands that are part of Louisiana's Breton "
     "National Wildlife Refuge, the first confirmation of the oil slick hitting land.", "Breton National Wildlife Refuge", "place"),
    ("Oil debris came ashore among swimmers and beachgoers on Pensacola Beach, part of the Gulf Islands National Seashore, "
     "which advertises “the world's whitest beaches.”", "Gulf Islands National Seashore", "place"),
    ("Louisiana officials reported that surveillance flights saw “streamers” of oil entering Chandeleur Sound, which "
     "separates the state's coastal marshes from barrier islands.", "Chandeleur Sound", "place"),
    ("In a strangely silent corner of this usually thriving bay, charter captain Kevin Beach of Metairie says he should be "
     "seeing shrimp.", "Kevin Beach", "person"),
    # LibyaWar_cnn (dev) 29: a body named for its place
    ("Malaak and her parents are being housed temporarily at The Ronald McDonald House of Long Island, which shelters "
     "families with sick children undergoing treatment at area hospitals.", "Ronald McDonald House of Long Island", "organisation"),
])
def test_a_name_ending_on_a_landform_is_a_place(sentence: str, name: str, kind: str) -> None:
    """Sampled "wrong type" class (bpoil_reuters, dev, seed 3801): "the Gulf Islands National Seashore" was an
    organisation. A body's name ending on a landform's or a protected area's word (Sound, Bayou, Refuge, Seashore, Bay,
    Beach, Island, Valley) is a place; a person's only on a word no one is surnamed (charter captain Kevin Beach stays)."""
    resolution = resolve_entities([_item(sentence)])
    start = sentence.index(name)
    linked = [entity for (_, first, last), entity in resolution.links.items() if first <= start < last]
    assert linked, resolution.links
    assert next(e for e in resolution.entities if e.id == linked[0]).type == kind


def test_a_surname_tagged_a_body_is_the_person_named_with_a_suffix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Sampled "vague speaker" class (bpoil_washingtonpost 438, dev, seed 3912): "James H. Cowan Jr., a professor at
    Louisiana State University, said ... Cowan said that his crew ..." showed "Cowan": the tagger made every "Cowan" an
    organisation, and the rule that makes such a surname its person read "Jr." as the surname. A generational suffix
    is not the surname: each "Cowan" is James H. Cowan Jr."""
    store = _topic_store(tmp_path, "bpoil_washingtonpost", lambda records: [r for r in records if r["url"].endswith("/438")], "wp")
    rows = store.query("SELECT e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text = 'Cowan'")
    assert rows and {(r["name"], r["type"]) for r in rows} == {("James H. Cowan Jr.", "person")}, rows


def test_a_body_words_were_told_to_is_no_antecedent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Sampled "wrong actor" class (bpoil_reuters 1736, dev, seed 3921): "BP Chief Executive Officer Tony Hayward told
    Reuters on Friday the company will compensate all those affected" was Reuters' act: the resolver linked "the
    company" to the body named last, the agency the words were told to. A news medium words were told to is not a body a
    later description or "it" goes on with; a body told is ("told BP in a June 11 letter that its containment plan")."""
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"].endswith("/1736")], "re")
    rows = store.query("SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.source = 'resolver'")
    assert rows and not [r for r in rows if r["name"] == "Reuters"], rows
    assert ("the company", "BP") in {(r["text"], r["name"]) for r in rows}, rows


def test_the_company_in_a_speakers_words_is_the_body_his_title_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev) 1736: "BP Chief Executive Officer Tony Hayward told Reuters on Friday the company will
    compensate all those affected by the oil spill", after a sentence naming Halliburton and Cameron International last:
    "the company" was Cameron International, and so was the actor of the timeline's compensation pledge (judged wrong
    actor in the draw of seed 3921). In the words a speaker says, "the company" is the one body his title names."""
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"].endswith("/1736")],
                         "hayward")
    text = store.query("SELECT text FROM articles")[0]["text"]
    at = text.index("the company will compensate")
    linked = store.query("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.start = ?", (at,))
    assert [r["name"] for r in linked] == ["BP"], linked


def test_a_body_the_tagger_missed_is_found_where_the_page_names_it_again(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev) 469: "Reuters obtained the draft document ... BP declined to comment beyond saying it supports
    the efforts of the fund" had no mention of BP (the tagger, which names BP elsewhere in the page, missed it there),
    so its "it" was Reuters and the timeline's act was Reuters' (judged wrong actor in the draw of seed 4031). An
    organisation's name written again exactly so is that organisation; its pronoun follows."""
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"].endswith("/469")], "bp469")
    text = store.query("SELECT text FROM articles")[0]["text"]
    at = text.index("BP declined to comment beyond saying it supports")
    it = at + len("BP declined to comment beyond saying ")
    linked = {r["start"]: r["name"] for r in store.query(
        "SELECT m.start, e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.start IN (?, ?)", (at, it))}
    assert linked == {at: "BP", it: "BP"}, linked


def test_a_name_after_a_capitalised_title_is_a_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Sampled "wrong type" class (LibyaWar_cnn 232, dev, seed 4043): '“He will be sorely missed,” said Manager of
    Public Relations Jodi Einhorn' made Jodi Einhorn a place (the tagger's GPE), with two quotes. A name set right after a
    capitalised title of a person, with no comma, is that person."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].endswith("/232")], "einhorn")
    assert _mention_at(store, "Jodi Einhorn")[1] == "person"


def test_a_transcripts_caption_of_a_trade_is_no_entity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): CNN transcripts caption their speakers in capitals ("CARL AZUZ, CNN STUDENT NEWS ANCHOR:
    Military action is underway ...", "BILL TAYLOR, AUTHOR, “PRACTICALLY RADICAL”: Right."); "CNN STUDENT NEWS ANCHOR:"
    and "AUTHOR" were organisations (a judge's not an entity, twice, 4243 entities draw). The people stay."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in ("59", "94")], "ly")
    names = {r["name"] for r in store.query("SELECT name FROM entities")}
    assert not {n for n in names if n.rstrip(":") in ("AUTHOR", "CNN STUDENT NEWS ANCHOR")}, sorted(names)
    assert {"Carl Azuz", "Bill Taylor"} & {n.title() for n in names}, sorted(names)


def test_a_name_a_towns_noun_gives_is_the_town(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 139, 167: "residents of the city of Yefren", "shelling the towns of Yefren and Kikla" — spaCy
    tagged "Yefren" an organisation, and it was one (a judge's wrong type, 4243 entities draw). A name with no body's
    word that a town's noun names is the town."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in ("139", "167")], "ly")
    rows = store.query("SELECT type FROM entities WHERE name = 'Yefren'")
    assert rows and {r["type"] for r in rows} == {"place"}, rows


def test_a_name_before_a_station_is_a_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 348: "the Tornado GR4s which returned to the Royal Air Force's Lyneham station Sunday morning" —
    spaCy tagged "Lyneham" a person, and it was one (a judge's wrong type, 4243 entities draw): a name before a
    station's noun, as before an air base's, is the place built for its use."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].endswith("/348")], "ly")
    rows = store.query("SELECT type FROM entities WHERE name = 'Lyneham'")
    assert rows and {r["type"] for r in rows} == {"place"}, rows


def test_one_minister_spelt_three_ways_is_one_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 313, 225, 361: "Foreign Minister Musa Kasa", "Libyan Foreign Minister Musa Kusa", "Libyan Foreign
    Minister Moussa Koussa" were three people (a judge's split, 4243 entities draw): a surname of two consonants is too
    short for its spelling alone, but the same title beside the same name in another spelling makes it one."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in ("313", "225", "361")], "ly")
    rows = store.query("SELECT DISTINCT e.id FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.text IN ('Musa Kasa', 'Musa Kusa', 'Moussa Koussa')")
    assert len(rows) == 1, rows


def test_a_common_word_capitalised_by_its_place_is_no_entity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev), the forty-ninth session's entity draw (not an entity): "Gunfire also rang out near Green
    Square", "Gunfire erupted at dawn Thursday" made "Gunfire" a person, and "“Mia mia!” said housewife Aisha Rajab" a
    person "Mia". A name whose every mention is one word capitalised only by its place in the sentence, which the corpus
    also writes in lower case ("gunfire" three times or more), is no entity; a word met capitalised in mid-sentence
    ("NATO", "Tripoli") or the first word of a longer name stays."""
    wanted = ("313", "233", "4", "368", "362")
    store = _libya_store(tmp_path, lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in wanted], "gunfire")
    linked = store.query("SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity "
                         "WHERE m.text IN ('Gunfire', 'Mia', 'NATO', 'Tripoli')")
    assert {r["text"] for r in linked} == {"NATO", "Tripoli"}, linked
    assert store.scalar("SELECT count(*) FROM mentions WHERE text = 'Gunfire'") >= 2  # the tagger's mentions are kept


def test_a_business_described_by_its_country_is_the_business_the_page_is_about(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters 1603: "The British energy company dismissed it, saying the figure was being taken out of context"
    had no one (a judge's vague speaker, 5101 quotes draw of the fifty-first session): a people's adjective in a
    description made it none. A business described by where it is from is the business the page names most, far ahead
    of any other (BP); a page about no one business keeps it unlinked ("the Italian ANSA news agency" on LibyaWar_cnn
    72 is no NATO, and neither is a government: "The French government")."""
    uids = {"t17://bpoil_reuters/1603", "t17://LibyaWar_cnn/72"}
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"] in uids], "placed")
    said = store.query("SELECT q.speaker, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity "
                       "WHERE q.speaker = 'The British energy company'")
    assert said and {r["name"] for r in said} == {"BP"}, said
    libya = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"] in uids], "agency")
    assert not libya.query("SELECT m.text FROM mentions m WHERE m.text LIKE '%ANSA news agency' AND m.entity IS NOT NULL")


def test_a_name_qualifying_a_noun_of_the_pronouns_own_sentence_is_not_what_it_goes_on_with(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters 484: "Shareholders are also worried about how much BP will ultimately have to pay ... Under U.S.
    political pressure, it agreed last week to set up a $20 billion fund" had the United States agreeing (a judge's
    wrong actor, 5101 timeline draw of the fifty-first session); LibyaWar_cnn 188: "Asked why potential evidence of war
    crimes being carried out by pro-Gadhafi forces would be destroyed by rebel forces, he cited ..." had Gadhafi citing
    al-Kabeir's reason. A name that only qualifies a noun ("U.S. political pressure", "pro-Gadhafi forces") in the
    subject pronoun's own sentence is no antecedent of it."""
    uids = {"t17://bpoil_reuters/484"}
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"] in uids], "qualify")
    text = store.query("SELECT text FROM articles")[0]["text"]
    at = text.index("Under U.S. political pressure, it agreed") + len("Under U.S. political pressure, ")
    rows = store.query("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.start = ?", (at,))
    assert [r["name"] for r in rows] == ["BP"], rows
    libya = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"] == "t17://LibyaWar_cnn/188"], "cited")
    text = libya.query("SELECT text FROM articles")[0]["text"]
    at = text.index("he cited the heavy stigma")
    rows = libya.query("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.start = ?", (at,))
    assert [r["name"].split()[-1] for r in rows] == ["al-Kabeir"], rows


def test_a_building_the_tagger_took_for_a_body_is_a_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 306: "the rebels' control of the National Insurance Building, which is on the main
    thoroughfare" was an organisation (judged "wrong type" in the entity draw of seed 5414), as were 277's "Rixos Hotel"
    and bpoil_washingtonpost's (dev) 116 "Andrews Air Force Base". A name ending in a building's noun that houses no
    body of its own is a place; a hospital stays what the tagger read (a body runs it)."""
    for topic, uids, wanted in (("LibyaWar_cnn", ("306", "277"), ("National Insurance Building", "Rixos Hotel")),
                                ("bpoil_washingtonpost", ("116",), ("Andrews Air Force Base",))):
        store = _topic_store(tmp_path, topic, lambda records, uids=uids: [r for r in records if r["url"].rsplit("/", 1)[1] in uids], topic)
        types = {r["name"]: r["type"] for r in store.query("SELECT name, type FROM entities")}
        assert all(types.get(name) == "place" for name in wanted), {name: types.get(name) for name in wanted}


def test_the_company_that_goes_on_as_subject_is_the_one_just_the_subject(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_reuters (dev) 2110: "Royal Dutch Shell Plc idled seven rigs ... Saying the ban would reduce its production
    by almost 3 million barrels this year, the company did not rule out reclaiming the cash from BP" gave the words to BP,
    the page's most named body (judged "wrong speaker" in the quote draw of seed 5411). A description that is the main
    subject goes on with the body that was the main subject just before it; one that is not, or after a name that only
    qualified the subject or spoke, stays the page's main body (38, the same topic: "BP's Thunder Horse platform ...
    captured front pages ... The company predicted it would take a year and $250 million to repair": BP)."""
    uids = {"t17://bpoil_reuters/2110", "t17://bpoil_reuters/38"}
    store = _topic_store(tmp_path, "bpoil_reuters", lambda records: [r for r in records if r["url"] in uids], "shell")
    rows = store.query("SELECT q.text, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity "
                       "WHERE lower(q.speaker) = 'the company'")
    shell = [r["name"] for r in rows if r["text"].startswith("the ban would reduce its production")]
    horse = [r["name"] for r in rows if "to repair the damaged platform" in r["text"]]
    assert shell and all((n or "").startswith("Royal Dutch Shell") for n in shell), rows
    assert horse and all(n == "BP" for n in horse), rows


def test_a_transcripts_notes_and_shouted_common_words_are_no_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev) 366: a transcript's "(INAUDIBLE)" was an organisation of 5 mentions, and 393's reader comment
    "... did ‘nt succeed in hitting Geddaf's plane and the CIVILIAN PLANE in Ustica wash hit ... not even able to
    distinguish a civilian plane from another plane" made "CIVILIAN PLANE" one (both judged "not an entity" in the entity
    draw of seed 5503). A transcript's note names nothing, nor do words in capitals their article also writes in lower
    case as common words; a name a reader wrote in lower case stays (276: "EUROPE: Serbia Arrests ..." beside a comment's
    "against the usa, europe, and india")."""
    store = _topic_store(tmp_path, "LibyaWar_cnn", lambda records: [r for r in records if r["url"].rsplit("/", 1)[1] in
                                                                    ("366", "393", "276")], "shouted")
    names = {r["name"].casefold(): r["type"] for r in store.query("SELECT name, type FROM entities")}
    assert "inaudible" not in names and not [n for n in names if "civilian plane" in n], sorted(names)
    assert names.get("europe") == "place", names.get("europe")


def test_a_subject_pronoun_is_no_body_its_own_clause_names() -> None:
    """bpoil_washingtonpost (dev) 1089: "Halliburton issued a statement sharply criticizing the presidential commission
    and BP. It blamed BP for failing to run a cement bond log test ..." linked "It" to BP, and the ledger had BP blaming
    BP (judged 'wrong party' in the claim draws of seeds 5514 and 5524). A subject pronoun is not a body its own clause
    goes on to name, as it was already not a person; a place where it acts may be its own ("The administration has
    already taken several steps to pressure Gadhafi to go. It has frozen $30 billion worth of Libyan assets in the United
    States", LibyaWar_cnn)."""
    text = ("“Consistent with industry standards, the procedures being conducted in the final hours were crafted and "
            "directed by BP engineers and approved in advance by federal regulators,” the company said in a statement. "
            "Halliburton issued a statement sharply criticizing the presidential commission and BP. It blamed BP for "
            "failing to run a cement bond log test, which it called “the only means to test the integrity of the cement "
            "bond.”")
    resolution, found = _resolved_anaphors(text)
    assert found.get(text.index("It blamed"), ("", "", None))[2] != _named(resolution, "BP").id, found
    text = ("How does he encourage Gadhafi's ouster and minimize harm to Libyan civilians without entangling the United "
            "States in yet another Middle East conflict? He has seven options. The administration has already taken "
            "several steps to pressure Gadhafi to go. It has frozen $30 billion worth of Libyan assets in the United "
            "States, joined with the rest of the international community.")
    resolution, found = _resolved_anaphors(text)
    assert found[text.index("It has frozen")][2] == _named(resolution, "United States").id, found


def test_a_quoted_pronoun_is_not_its_speaker_under_another_mention(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibyaWar_cnn (dev): "Soon after Gadhafi's interview, U.S. Ambassador to the United Nations Susan Rice said the
    Libyan strongman sounded “delusional.” “And when he can laugh ... how disconnected he is from reality,” she said":
    every "he" of her words was Rice. A quotation's pronoun points at no mention of the last speaker."""
    names = _names_linked(tmp_path, "LibyaWar_cnn", ("248",),
                          "m.text = 'he' AND substr(a.text, m.start + 1, 12) IN ('he can laugh', 'he is slaught')")
    assert "Susan E. Rice" not in names and "Susan Rice" not in names, names


def test_a_name_a_noun_of_a_work_sets_off_is_a_thing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """haiti_bbc (dev) 206: "Coldplay's Chris Martin is auctioning off his Viva La Vida tour jacket" made "Viva La Vida" a
    body (judged wrong type in the entity draw of seed 6201); bpoil_guardian (dev) 328: "Sting, who performed his song
    Fragile" a body too. A name a noun of a work sets off as its title is a thing; "the World Food Programme", its last
    word cut off by the tagger, stays a body."""
    assert _types_linked(tmp_path, "haiti_bbc", ("206",), "m.text = 'Viva La Vida'") == {"other"}
    assert _types_linked(tmp_path, "bpoil_guardian", ("328",), "m.text = 'Fragile'") == {"other"}


def _types_linked(tmp_path, topic: str, uids: tuple[str, ...], where: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The types of the entities linked to the mentions ``where`` selects, in a fresh store of the topic's articles."""
    urls = {f"t17://{topic}/{uid}" for uid in uids}
    store = _topic_store(tmp_path, topic, lambda records: [r for r in records if r["url"] in urls], "-".join(uids))
    rows = store.query("SELECT DISTINCT e.type FROM mentions m JOIN entities e ON e.id = m.entity JOIN articles a "
                       f"ON a.id = m.article WHERE {where}")
    return {r["type"] for r in rows}


def test_the_it_a_verb_of_making_holds_for_a_clause_links_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bpoil_guardian (dev) 198, entity draw of seed 6302 (merged different): "They also mate for life, and produce
    relatively few offspring, making it more difficult for them to recover" had its "it" in Project Seahorse; 1844:
    "..., making it clear that further payments may be required" in the White House. The "it" of "make it <adjective>"
    stands for the clause after the adjective, no one ("X will not find it easy to seize ..." is left as it was: the
    "it" there names the one who would act, which the acts read from it need)."""
    urls = {"t17://bpoil_guardian/198", "t17://bpoil_guardian/1844"}
    store = _topic_store(tmp_path, "bpoil_guardian", lambda records: [r for r in records if r["url"] in urls], "make-it")
    for words in ("making it more difficult for them", "making it clear that further payments"):
        article = next(a for a in store.query("SELECT id, text FROM articles") if words in a["text"])
        at = article["text"].index(words) + len("making ")
        rows = store.query("SELECT m.text, m.entity FROM mentions m WHERE m.article = ? AND m.start = ?", (article["id"], at))
        assert not [r for r in rows if r["entity"]], (words, rows)
