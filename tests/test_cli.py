"""The CLI over a real SQLite store of the seeds (click's CliRunner, as datasette's tests do)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import EXIT_USAGE, main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_help_explains_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("ingest", "articles", "show", "search", "export", "schema", "eval", "bench", "quotes", "dates", "timeline", "claims", "entities", "entity", "rebuild"):
        assert command in out
        sub_code, sub_out, _ = run(command, "--help")
        assert sub_code == 0 and len(sub_out.splitlines()) > 3


def test_usage_error_exit_code() -> None:
    code, _, _ = run("export", "--format", "pdf")
    assert code == EXIT_USAGE


def test_articles_and_show(seed_store_path: Path) -> None:
    code, out, _ = run("articles", "--store", str(seed_store_path), "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5
    herald = [r for r in rows if r["outlet"] == "The Korea Herald"][0]
    code, out, _ = run("show", herald["id"][:6], "--store", str(seed_store_path))
    assert code == 0 and "John Kirby, NSC strategic communications coordinator" in out
    code, _, err = run("show", "zzzz", "--store", str(seed_store_path))
    assert code == 1 and "no article" in err


def test_missing_store_says_what_to_do(tmp_path: Path) -> None:
    code, _, err = run("articles", "--store", str(tmp_path / "none.db"))
    assert code == 1 and "storyline ingest" in err


def test_search(seed_store_path: Path) -> None:
    code, out, _ = run("search", "Hwasong", "--store", str(seed_store_path), "--json")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 2  # the Hwasong-18 test (000) and the Hwasong-11 debris (002)
    code, out, _ = run("search", '"AND OR NOT ("', "--store", str(seed_store_path))
    assert code == 0  # FTS syntax in user input is neutralised, not an error


def test_export_json_shape(seed_store_path: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "out.json"
    code, _, _ = run("export", "--format", "json", "-o", str(out_file), "--store", str(seed_store_path))
    assert code == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert list(data) == ["articles", "entities", "quotes", "events", "claims", "timeline"]
    article = data["articles"][0]
    for key in ("id", "source", "headline", "byline", "outlet", "dateline", "published", "published_basis", "text"):
        assert key in article
    dated = {a["published"] for a in data["articles"] if a["published_basis"] == "stated"}
    assert dated == {"2023-09-14", "2024-06-28"}


def test_export_other_formats(seed_store_path: Path, tmp_path: Path) -> None:
    code, out, _ = run("export", "--format", "jsonl", "--store", str(seed_store_path))
    assert code == 0
    kinds = {json.loads(line)["kind"] for line in out.splitlines()}
    assert "article" in kinds
    code, _, _ = run("export", "--format", "csv", "-o", str(tmp_path / "csv"), "--store", str(seed_store_path))
    assert code == 0 and (tmp_path / "csv" / "articles.csv").read_text(encoding="utf-8").startswith("id,")
    code, out, _ = run("export", "--format", "md", "--store", str(seed_store_path))
    assert code == 0 and "## Sources" in out and "Korea Herald" in out


def test_schema_is_json_schema() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0 and schema["required"] == ["articles", "entities", "quotes", "events", "claims", "timeline"]
    assert schema["properties"]["quotes"]["items"]["properties"]["kind"]["enum"] == ["direct", "partial", "indirect", "topic", "view", "finding"]


def test_export_validates_against_schema(seed_store_path: Path) -> None:
    """Every exported item has the required keys of its schema section."""
    from storyline.export import build_export, json_schema
    from storyline.store.db import Store

    data = build_export(Store(seed_store_path))
    schema = json_schema()
    for section, spec in schema["properties"].items():
        required = spec["items"]["required"]
        for item in data[section]:
            missing = [key for key in required if key not in item]
            assert not missing, (section, missing)


def test_rebuild_rederives_everything_from_raw_bytes(seed_store_copy: Path) -> None:
    from storyline.store.db import Store

    before = Store(seed_store_copy).counts()
    with Store(seed_store_copy).engine.begin() as conn:  # damage derived data; raw bytes stay
        conn.exec_driver_sql("DELETE FROM quotes")
        conn.exec_driver_sql("DELETE FROM entities")
    code, out, _ = run("rebuild", "--store", str(seed_store_copy), "--quiet")
    assert code == 0 and "rebuilt 5 articles" in out
    after = Store(seed_store_copy).counts()
    assert after == before


def test_entity_by_garbled_variant_shows_its_evidence(seed_store_path: Path) -> None:
    code, out, _ = run("entity", "Manhole Wood", "--store", str(seed_store_path), "--json")
    assert code == 0
    view = json.loads(out)
    assert view["entity"]["name"] == "Robert Wood"
    variant = view["entity"]["variants"][0]
    assert variant["text"] == "Manhole Wood" and variant["evidence"] and 0 < variant["confidence"] < 1


@pytest.mark.parametrize("command", [["--help"], ["articles"], ["brief"], ["timeline"], ["claims"], ["export", "--format", "json"]])
def test_read_commands_never_import_spacy(command: list[str], seed_store_path: Path) -> None:
    """Read-only commands start without loading spaCy (or any model): they only read the store."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom storyline.cli import main\n"
        f"sys.argv = ['storyline', *{command!r}] + ([] if {command!r} == ['--help'] else ['--store', {str(seed_store_path)!r}])\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]


@pytest.mark.parametrize("args", [["timeline", "--from", "junk"], ["timeline", "--from", "2024-13"], ["timeline", "--to", "2024-02-30"],
                                  ["brief", "--since", "junk"]])
def test_date_filters_are_validated(args: list[str], seed_store_path: Path) -> None:
    code, _, err = run(*args, "--store", str(seed_store_path))
    assert code == 2 and ("YYYY" in err or "calendar date" in err), err


def test_events_with_an_unknown_year_stay_out_of_date_bounded_views(seed_store_path: Path) -> None:
    import json

    everything = json.loads(run("timeline", "--json", "--store", str(seed_store_path))[1])
    dates = [node["date"] for node in everything]
    assert dates == sorted(dates, key=lambda d: (d.startswith("X"), d))  # a year-unknown date sorts last, not after 2024
    bounded = json.loads(run("timeline", "--from", "2000", "--json", "--store", str(seed_store_path))[1])
    assert bounded and not [n["date"] for n in bounded if n["date"].startswith("X")]


def test_brief_for_an_unknown_entity_says_so(seed_store_path: Path) -> None:
    code, _, err = run("brief", "--entity", "Nobody Atall", "--store", str(seed_store_path))
    assert code == 1 and "no entity named" in err


def _t17_store(tmp_path: Path, topic: str, uids: tuple[str, ...]) -> str:
    """A store of the Timeline17 topic's articles ``uids``, ingested with the CLI."""
    from storyline.evaluate.t17 import topic_records
    from tests.conftest import EVAL

    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip("Timeline17 not found")
    wanted = {f"t17://{topic}/{uid}" for uid in uids}
    source = tmp_path / f"{topic}.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in topic_records(folder) if r["url"] in wanted))
    store = str(tmp_path / f"{topic}.db")
    assert run("ingest", str(source), "--store", store)[0] == 0
    return store


def test_a_decades_background_reads_as_a_decade_and_is_no_key_date(tmp_path: Path) -> None:
    """bpoil_washingtonpost (dev): "Britain banned more than a decade ago some formulations of the dispersant" is dated
    to the 2000s, and the summary timeline (--top) had shown it first, as "200". The full timeline from an earlier year
    reads "the 2000s"; without one it keeps to the story's period and counts what is earlier; the summary's key dates
    are calendar dates."""
    store = _t17_store(tmp_path, "bpoil_washingtonpost", ("2184", "1890"))
    code, full, _ = run("timeline", "--store", store, "--from", "1990")
    assert code == 0 and "the 2000s  COERCE" in full and "\n200 " not in "\n" + full
    code, period, _ = run("timeline", "--store", store)
    assert code == 0 and "2000s" not in period.replace("earlier event", "") and "earlier event" in period, period[-300:]
    code, summary, _ = run("timeline", "--store", store, "--top", "5")
    assert code == 0 and summary.strip() and "2000s" not in summary and "2010-" in summary


def test_a_season_reads_as_said_and_sorts_at_its_months(tmp_path: Path) -> None:
    """bpoil_reuters (dev): "Congress returns from its summer recess" and "he will step down this summer" were dated
    "2010-SU" in the briefing, after December 2010. A season reads "summer 2010" in the timeline and the briefing."""
    store = _t17_store(tmp_path, "bpoil_reuters", ("2128", "525"))
    code, full, _ = run("timeline", "--store", store)
    assert code == 0 and "summer 2010" in full and "-SU" not in full
    code, brief, _ = run("brief", "--store", store)
    assert code == 0 and "-SU" not in brief


def test_the_summary_timeline_shows_a_dates_most_salient_events_and_counts_the_rest(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 13, a live blog of 21 February 2011: the summary timeline (--top) listed every event of a key
    date, ten and more on one day, most of them one source's asides (Assad's interview, a Kremlin critic). It shows a
    date's five most salient and counts the rest, which the date's own filter lists."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("13",))
    code, out, _ = run("timeline", "--store", store, "--top", "10", "--json")
    assert code == 0
    node = max(json.loads(out), key=lambda n: len(n["events"]) + n["more"])
    day = node["date"].split("/")[0]
    code, full, _ = run("timeline", "--store", store, "--from", day, "--to", day, "--json")
    everything = next(n for n in json.loads(full) if n["date"] == node["date"])["events"]
    assert len(node["events"]) == 5 and node["more"] == len(everything) - 5 > 0, (len(everything), node["more"])
    assert [e["id"] for e in node["events"]] == [e["id"] for e in everything[:5]]
    code, text, _ = run("timeline", "--store", store, "--top", "10")
    assert f"{node['more']} more events on this date: storyline timeline --from {day} --to {day}" in text
    code, out, _ = run("timeline", "--store", store, "--top", "10", "--per-date", "2", "--json")
    two = next(n for n in json.loads(out) if n["date"] == node["date"])
    assert [e["id"] for e in two["events"]] == [e["id"] for e in everything[:2]] and two["more"] == len(everything) - 2


def test_the_timeline_keeps_to_its_storys_period_and_counts_what_is_earlier(tmp_path: Path) -> None:
    """LibyaWar_cnn (dev) 270 and 45, pages of March 2011 that recall "Gadhafi ... seized Libya's helm in 1969" and the
    coup of 1 September 1969: the story's timeline had opened on 1969 (judges' "other story" and "not an event" for
    such recollections in the timeline draws of the fifty-third and fifty-fourth sessions). It shows the story's period
    and counts the earlier events; a --from before them shows them; the briefing keeps them as background."""
    store = _t17_store(tmp_path, "LibyaWar_cnn", ("270", "45"))
    code, period, _ = run("timeline", "--store", store)
    assert code == 0 and "\n1969" not in "\n" + period, period[:400]
    assert "earlier event" in period.splitlines()[-1]
    code, history, _ = run("timeline", "--store", store, "--from", "1960")
    assert code == 0 and "\n1969" in "\n" + history and "earlier event" not in history
    from storyline.store.db import Store
    from storyline.views import events_view

    found = events_view(Store(Path(store)), dated_only=True)
    assert found["earlier"] >= 2 and all(e["date"] >= "2010" for e in found["items"]), found["earlier"]
