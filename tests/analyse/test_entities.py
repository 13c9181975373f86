"""Entity resolution on the five seed articles and on single hand-built sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.analyse import entity_patterns as pat
from storyline.analyse.entities import EntityInput, EntityResolution, resolve_entities, resolve_name
from storyline.clean.article import build_article
from storyline.model import Entity, Mention, RawDocument
from storyline.nlp import load_nlp
from storyline.pipeline import Analysis, mentions_stage

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"


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


def test_appositive_role_carries_the_article_date() -> None:
    text = "Matthew Miller, the spokesperson for the department, repeated the stance on Tuesday."
    resolution = resolve_entities([_item(text, published="2024-06-17")])
    miller = _named(resolution, "Matthew Miller")
    assert [(r.title, r.date) for r in miller.roles] == [("spokesperson for the department", "2024-06-17")]
