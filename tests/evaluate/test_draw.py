"""Hand-check draws (`storyline draw`): seeded, drawn through the read side, every bracketed span the stored text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main
from storyline.evaluate.draw import draw, to_markdown
from storyline.reader import Storyline
from tests.test_cli import _t17_store

BRACKETED = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


def test_the_same_seed_gives_the_same_sheet_and_another_seed_another(seed_store_path: Path) -> None:
    app = Storyline.open(str(seed_store_path))
    first = draw(app, "quotes", seed=7, size=5)
    assert first == draw(app, "quotes", seed=7, size=5)
    assert [i["id"] for i in first["items"]] != [i["id"] for i in draw(app, "quotes", seed=8, size=5)["items"]]
    assert len(first["items"]) == 5 and first["population"] > 5


def test_every_bracketed_span_is_the_stored_text_of_the_item(seed_store_path: Path) -> None:
    """The span a judge reads between [[ ]] is the quote's text itself, and an event's evidence its sentence."""
    app = Storyline.open(str(seed_store_path))
    quotes = {q["id"]: q for q in app.quotes()["items"]}
    for item in draw(app, "quotes", seed=3, size=20)["items"]:
        shown = BRACKETED.findall("\n".join(item["lines"]))
        assert shown == [quotes[item["id"]]["text"]]
    events = {e["id"]: e for e in app.events()["items"]}
    for item in draw(app, "events", seed=3, size=20)["items"]:
        shown = BRACKETED.findall("\n".join(item["lines"]))
        assert shown == [ev["text"] for ev in events[item["id"]]["evidence"][:2]]


def test_first_draws_the_views_first_items_in_its_own_order(seed_store_path: Path) -> None:
    """``--first``: the entities an analyst meets first (the view's first page, the most mentioned), not a sample."""
    app = Storyline.open(str(seed_store_path))
    sheet = draw(app, "entities", seed=1, size=10, first=True)
    assert [i["id"] for i in sheet["items"]] == [e["id"] for e in app.entities(limit=10)["items"]]
    assert to_markdown(sheet, store="s.db").startswith(f"# Draw: the first 10 entities of {sheet['population']}")
    result = CliRunner().invoke(main, ["draw", "entities", "--store", str(seed_store_path), "--seed", "1", "--size", "3",
                                       "--first", "--json"])
    assert result.exit_code == 0, result.output
    assert [i["id"] for i in json.loads(result.output)["items"]] == [i["id"] for i in sheet["items"][:3]]


def test_quotes_are_drawn_from_the_spoken_ones_only(seed_store_path: Path) -> None:
    app = Storyline.open(str(seed_store_path))
    sheet = draw(app, "quotes", seed=1, size=1000)
    assert sheet["population"] == app.quotes()["total"] == len(sheet["items"])
    kinds = {line.split(" — ", 1)[1].split(",", 1)[0] for i in sheet["items"] for line in i["lines"][:1]}
    assert kinds and not kinds & {"topic", "view"}


def test_a_dev_topic_draw_of_every_kind_through_the_cli(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): four articles; each kind's sheet names its population and seed, and holds the cited text."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("97", "222", "1004", "135"))
    runner = CliRunner()
    for kind in ("events", "quotes", "entities", "claims"):
        result = runner.invoke(main, ["draw", kind, "--store", store, "--seed", "11", "--size", "4"])
        assert result.exit_code == 0, result.output
        assert re.search(rf"^# Draw: \d+ {kind} of \d+ \(seed 11\)", result.output)
        assert result.output.count("\n## ") >= 1 and "[[" in result.output
    as_json = json.loads(runner.invoke(main, ["draw", "entities", "--store", store, "--seed", "11", "--size", "2", "--json"]).output)
    assert as_json["kind"] == "entities" and len(as_json["items"]) == 2


def test_an_empty_store_says_what_to_do(tmp_path: Path) -> None:
    store = str(tmp_path / "empty.db")
    Storyline.open(store, create=True)
    result = CliRunner().invoke(main, ["draw", "claims", "--store", store, "--seed", "1"])
    assert result.exit_code == 1 and "holds no claims" in result.output and "storyline ingest" in result.output


def test_an_existing_sheet_is_replaced_only_when_asked(seed_store_path: Path, tmp_path: Path) -> None:
    """The refusal names the way out, and the way out exists: "pass --force" had been said by a command without it."""
    sheet = tmp_path / "sheet.md"
    sheet.write_text("judged verdicts\n")
    args = ["draw", "quotes", "--store", str(seed_store_path), "--seed", "3", "--size", "2", "-o", str(sheet)]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 1 and "--force" in refused.output and sheet.read_text() == "judged verdicts\n"
    replaced = CliRunner().invoke(main, [*args, "--force"])
    assert replaced.exit_code == 0, replaced.output
    assert sheet.read_text().startswith("# Draw: 2 quotes")


def test_the_markdown_names_the_store_and_the_criteria(seed_store_path: Path) -> None:
    sheet = draw(Storyline.open(str(seed_store_path)), "entities", seed=2, size=3)
    text = to_markdown(sheet, store="seeds.db")
    assert "docs/HANDCHECK.md" in text and "`seeds.db`" in text and text.count("\n## ") == 3


def test_a_rejected_proposal_reads_rejects_on_the_sheet_as_in_the_views(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 155: "The Arab League has rejected international intervention" is a rejected proposal; the
    views say "rejected by", and the claim draw of seed 3631 showed "Arab League denies", which its judge read as a
    double negative ("wrong status" twice). The sheet words a party's side as the views do."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("155",))
    sheet = draw(Storyline.open(store), "claims", seed=1, size=1000)
    lines = ["\n".join(item["lines"]) for item in sheet["items"]]
    rejected = [text for text in lines if "status rejected" in text]
    assert rejected and all(" denies" not in text.split("\n")[1] and " rejects" in text.split("\n")[1] for text in rejected), rejected


def test_a_timeline_draw_holds_only_the_dated_events_the_timeline_shows(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev): issue #11's "timeline events" are the events the timeline shows, which are the dated ones;
    the "events" draw also holds the undated ones (the event list, entity pages)."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("97", "222", "1004", "135"))
    app = Storyline.open(store)
    every = app.events()["items"]
    dated = {e["id"] for e in every if e["date"]}
    assert dated and len(dated) < len(every)  # the slice has both, so the test can tell the populations apart
    sheet = draw(app, "timeline", seed=5, size=1000)
    assert sheet["population"] == len(dated) == len(sheet["items"])
    assert {i["id"] for i in sheet["items"]} == dated
    assert all("- date undated" not in line for i in sheet["items"] for line in i["lines"])
    assert draw(app, "events", seed=5, size=1000)["population"] == len(every)


def test_a_denials_draw_lists_every_sentence_with_a_denial_verb_and_the_ledger_lines_citing_it(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 332: "Rebels said Saturday that they had entered the key coastal city ... The government
    strongly denied those claims." Issue #13's denial recall is hand-labelled on the sheet of every sentence with deny,
    reject or dispute: each with its article around it and the ledger lines that cite it (or a line saying none does)."""
    from storyline.evaluate.claims import DENIAL_RE

    store = _t17_store(tmp_path, "LibyaWar_cnn", ("332",))
    app = Storyline.open(store)
    sheet = draw(app, "denials", seed=1, size=1000)
    shown = [BRACKETED.findall("\n".join(i["lines"]))[0] for i in sheet["items"]]
    assert sheet["population"] == len(shown) >= 1 and all(DENIAL_RE.search(s) for s in shown)
    denied = next(i for i, s in zip(sheet["items"], shown, strict=True) if s.startswith("The government strongly denied"))
    assert any(line.startswith("- ledger (denies):") and "government denies" in line for line in denied["lines"]), denied
