"""Hostile and odd inputs at ingest: each gets one clear line, the run goes on, nothing stored is lost."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.errors import BadInput
from storyline.ingest.sources import iter_inputs
from storyline.model import RawDocument
from tests.hostile.conftest import warc_gz_bomb, warc_record

ARTICLE = ("The council met on Tuesday to discuss the sanctions regime on the peninsula. "
           "Diplomats said the vote would come next week, after a draft was shared with members.\n")


def _ingest(*args: str) -> object:
    return CliRunner().invoke(main, ["ingest", "--quiet", *args])


def test_warc_gz_bomb_stops_at_the_cap_quickly_with_one_short_line(tmp_path: Path) -> None:
    bomb = warc_gz_bomb(tmp_path / "bomb.warc.gz", expanded_mb=64)
    assert bomb.stat().st_size < 200_000
    started = time.perf_counter()
    items = list(iter_inputs([str(bomb)], max_expanded=8 * 1024 * 1024))
    assert time.perf_counter() - started < 30  # not the 14 minutes of an unbounded read
    assert len(items) == 1 and isinstance(items[0], BadInput) and "expands to over" in str(items[0])
    result = _ingest(str(bomb), "--max-expanded", str(8 * 1024 * 1024), "--store", str(tmp_path / "s.db"))
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and len(lines[0]) <= 320, lines


def test_a_record_over_the_article_limit_is_refused_alone(tmp_path: Path) -> None:
    path = tmp_path / "two.warc"
    path.write_bytes(warc_record("http://a.example/big", b"<html><body><p>" + b"x " * 60_000 + b"</p></body></html>")
                     + warc_record("http://a.example/ok", f"<html><body><p>{ARTICLE}</p></body></html>".encode()))
    items = list(iter_inputs([str(path)], max_bytes=50_000))
    assert [type(i).__name__ for i in items] == ["TooLarge", "RawDocument"]


def test_garbage_warc_is_an_error_not_a_silent_success(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(os.urandom(4096))
    result = _ingest(str(garbage), "--store", str(tmp_path / "s.db"))
    assert result.exit_code == 1 and "not a WARC file" in result.stderr
    assert not (tmp_path / "s.db").exists()  # nothing stored: no empty store left behind


def test_a_file_name_that_is_not_utf8_gets_one_escaped_line_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    bad = os.fsdecode(bytes(folder) + b"/caf\xe9.txt")
    Path(bad).write_text(ARTICLE.replace("Tuesday", "Monday"), encoding="utf-8")
    result = _ingest(str(folder), "--store", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stdout
    sources = [a["source"] for a in json.loads(CliRunner().invoke(main, ["articles", "--json", "--store", str(tmp_path / "s.db")]).stdout)]
    assert any("caf\\xe9.txt" in s for s in sources)


def test_utf16_with_a_byte_order_mark_is_text(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("\ufeff".encode("utf-16-le") + ARTICLE.encode("utf-16-le"))
    items = list(iter_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    from storyline.pipeline import clean_document

    assert "sanctions regime" in clean_document(items[0]).text


def test_deeply_nested_html_keeps_its_paragraph_with_a_note() -> None:
    from storyline.pipeline import clean_document

    html = "<html><body>" + "<div>" * 100_000 + f"<p>{ARTICLE}</p>" + "</div>" * 100_000 + "</body></html>"
    article = clean_document(RawDocument(source="deep.html", raw=html.encode(), media_type="text/html"))
    assert "sanctions regime" in article.text and any("nested" in n for n in article.notes)


def test_a_symlink_loop_given_directly_says_so(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    items = list(iter_inputs([str(loop)]))
    assert len(items) == 1 and "loop" in str(items[0])


@pytest.mark.parametrize("given", ["empty", "missing"])
def test_nothing_to_ingest_leaves_no_store_and_says_so(tmp_path: Path, given: str) -> None:
    path = tmp_path / "empty"
    if given == "empty":
        path.mkdir()
    result = _ingest(str(path), "--store", str(tmp_path / "s.db"))
    assert result.exit_code == 1 and "error:" in result.stderr
    assert not (tmp_path / "s.db").exists()


def test_an_html_field_that_looks_like_a_url_is_never_fetched(listener) -> None:  # type: ignore[no-untyped-def]
    from storyline.pipeline import clean_document

    listener.routes["/leak"] = (200, {"Content-Type": "text/html"}, b"<html><body><p>2024-01-05 secret</p></body></html>")
    record = json.dumps({"html": f"{listener.base}/leak"}).encode()
    with pytest.raises(BadInput):
        clean_document(RawDocument(source="r", raw=record, media_type="application/json"))
    assert listener.hits == []  # metadata extraction fetched nothing


def test_jsonl_is_read_line_by_line_and_an_over_long_line_is_refused_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"text": ARTICLE, "url": "http://a.example/1"})
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"text": "x " * 400_000}) + "\n")  # 800 KB on one line
        out.write(good + "\n")
    items = list(iter_inputs([str(path)], max_bytes=100_000))
    assert [type(i).__name__ for i in items] == ["TooLarge", "RawDocument"]
    assert items[1].raw == good.encode()  # the record's own bytes, as before: the article id does not change
