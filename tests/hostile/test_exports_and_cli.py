"""Exports safe for the tools that open them, and the small CLI faults a careful user meets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.export import csv_cell, md_escape, to_csv_tables, to_markdown
from tests.api.live import copy_store

HOSTILE_PAGE = """<html><head><title>=HYPERLINK("http://evil.example","click")</title>
<meta property="og:site_name" content="&lt;script&gt;alert(1)&lt;/script&gt; News"></head>
<body><article><h1>=HYPERLINK("http://evil.example","click")</h1>
<p>The council met on Tuesday to discuss the sanctions regime on the peninsula, diplomats said on Wednesday.</p>
<p>"We will never accept this," John Kirby said, adding that the vote would come next week.</p>
</article></body></html>"""


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def hostile_store(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-export")
    store = copy_store(seed_store_path, folder / "store.db")
    page = folder / "page.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    result = run("ingest", "--quiet", str(page), "--store", str(store))
    assert result.exit_code == 0, result.output
    return store


def test_markdown_escapes_every_field(hostile_store: Path) -> None:
    from storyline.export import build_export
    from storyline.store.db import Store

    data = build_export(Store(hostile_store))
    assert any("<script>" in (a.get("outlet") or "").lower() for a in data["articles"])  # the hostile outlet, stored as text
    text = to_markdown(data).lower()
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert md_escape("a | b <b>*x*</b> [l](u) & c") == "a \\| b &lt;b&gt;\\*x\\*&lt;/b&gt; \\[l\\](u) &amp; c"


def test_csv_neutralises_formulas_and_writes_names_not_json(hostile_store: Path, tmp_path: Path) -> None:
    from storyline.export import build_export
    from storyline.store.db import Store

    tables = to_csv_tables(build_export(Store(hostile_store)))
    for kind, text in tables.items():
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")), (kind, cell[:60])
                assert not cell.startswith(("{", "[{")), (kind, cell[:60])  # no JSON objects in cells
    quotes = list(csv.DictReader(io.StringIO(tables["quotes"])))
    assert "speaker_name" in quotes[0] and any(q["speaker_entity"] == "John Kirby" for q in quotes)  # names, not ids
    assert csv_cell('=HYPERLINK("x")') == "'=HYPERLINK(\"x\")" and csv_cell("-2") == "'-2" and csv_cell("plain") == "plain"


def test_output_paths_fail_clearly(seed_store_path: Path, tmp_path: Path) -> None:
    store = ["--store", str(seed_store_path)]
    missing = run("export", "--format", "json", "-o", str(tmp_path / "nope" / "x.json"), *store)
    assert missing.exit_code == 1 and "does not exist" in missing.stderr
    existing = tmp_path / "x.json"
    existing.write_text("keep me", encoding="utf-8")
    refused = run("export", "--format", "json", "-o", str(existing), *store)
    assert refused.exit_code == 1 and "--force" in refused.stderr and existing.read_text(encoding="utf-8") == "keep me"
    assert run("export", "--format", "json", "-o", str(existing), "--force", *store).exit_code == 0
    folder = run("brief", "-o", str(tmp_path), *store)
    assert folder.exit_code == 1 and "is a folder" in folder.stderr
    no_dir = run("export", "--format", "csv", *store)
    assert no_dir.exit_code == 2 and "-o FOLDER" in no_dir.stderr


def test_lookups_that_find_nothing_say_so(seed_store_path: Path) -> None:
    store = ["--store", str(seed_store_path)]
    ambiguous = run("show", "4", *store)
    assert ambiguous.exit_code == 1 and "give more of the id" in ambiguous.stderr
    bogus = run("timeline", "--type", "BOGUS", *store)
    assert bogus.exit_code == 1 and "types in this store" in bogus.stderr
    nobody = run("timeline", "--entity", "Nobody Atall", *store)
    assert nobody.exit_code == 1 and "no entity named" in nobody.stderr
    assert run("search", "  ", *store).exit_code == 2
    unknown = run("quotes", "--article", "ffffffff", *store)
    assert unknown.exit_code == 1 and "no article" in unknown.stderr


def test_store_may_come_before_the_subcommand(seed_store_path: Path) -> None:
    result = run("--store", str(seed_store_path), "articles", "--json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 5


def test_claims_print_figures_as_text_not_python(seed_store_path: Path) -> None:
    result = run("claims", "--store", str(seed_store_path))
    assert result.exit_code == 0 and "figure (differs): over 11,000 containers of munitions" in result.stdout
    assert "{'" not in result.stdout  # no dict reprs


def test_aliases_do_not_repeat_with_curly_and_straight_apostrophes(seed_store_path: Path) -> None:
    entities = json.loads(run("entities", "--json", "--store", str(seed_store_path)).stdout)
    for entity in entities:
        keys = [a.replace("’", "'").casefold() for a in entity["aliases"]]
        assert len(keys) == len(set(keys)), entity["aliases"]


def test_counts_read_as_english() -> None:
    from storyline.wording import plural

    assert [plural(1, "quote"), plural(2, "quote"), plural(0, "entity"), plural(1, "entity")] == \
        ["1 quote", "2 quotes", "0 entities", "1 entity"]
