"""Extraction evaluation: the ScrapingHub shingle metric, the three gold layouts, storyline vs trafilatura."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from storyline.evaluate.extraction import (
    GoldPage,
    detect_layout,
    format_report,
    meta_match,
    run,
    shingle_counts,
    shingle_scores,
    shingles,
    snippet_counts,
    snippet_scores,
)
from tests.conftest import EVAL

TRAF = EVAL / "trafilatura-eval"
WCXB = EVAL / "wcxb-articles"
KEYS = {"precision", "recall", "f1", "n", "baseline_precision", "baseline_recall", "baseline_f1"}


def _need(folder: Path) -> Path:
    if not folder.is_dir():
        pytest.skip(f"shared gold missing at {folder}")
    return folder


# --- the metric, rule by rule --------------------------------------------------------------------


def test_shingles_are_4_token_windows_and_short_texts_make_one() -> None:
    assert shingles("The council voted on Tuesday") == Counter(
        {("The", "council", "voted", "on"): 1, ("council", "voted", "on", "Tuesday"): 1}
    )
    assert shingles("Two words") == Counter({("Two", "words"): 1})
    assert shingles("") == Counter()


def test_page_counts_are_normalised_and_empty_cases_follow_the_benchmark() -> None:
    gold = "The council voted on Tuesday to close the old bridge for repairs."
    assert shingle_counts(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = shingle_counts(gold, gold + " Subscribe to our newsletter for more news.")
    assert tp + fp + fn == pytest.approx(1.0) and fp > 0 and fn == 0
    # nothing predicted: no precision for that page, recall 0
    empty = shingle_counts(gold, "")
    assert empty == (0.0, 0.0, 1.0)
    # nothing to find and nothing found: the page counts for neither average
    assert shingle_counts("", "") == (0.0, 0.0, 0.0)
    precision, recall, f1 = shingle_scores([shingle_counts(gold, gold), empty, (0.0, 0.0, 0.0)])
    assert precision == 1.0 and recall == 0.5
    assert f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_snippet_counts_and_scores() -> None:
    page = GoldPage(
        "p",
        b"",
        None,
        with_snippets=["close the  old bridge", "in May"],
        without_snippets=["Subscribe"],
    )
    counts = snippet_counts(page, "The council voted to close the old\nbridge. Subscribe now.")
    assert counts == Counter({"tp": 1, "fn": 1, "fp": 1})
    assert snippet_scores(counts) == (0.5, 0.5, 0.5)


def test_metadata_matching() -> None:
    assert meta_match("date", "2023-09-14", "2023-09-14T08:00:00")
    assert meta_match("date", None, None)
    assert not meta_match("date", "2023-09-14", None)
    assert meta_match("title", "Talks  resume", "Talks resume")
    assert not meta_match("author", "Jane Doe", "John Doe")


def test_trafilatura_eval_metadata_gold_is_read() -> None:
    from storyline.evaluate.extraction import load_pages

    layout, split, pages = load_pages(_need(TRAF))
    assert (layout, split) == ("trafilatura-eval", "all") and len(pages) == 990
    lemire = next(p for p in pages if p.id == "lemire.me.json.html")
    assert lemire.meta == {
        "title": "JSON parsing: simdjson vs. JSON for Modern C++",
        "author": "Daniel Lemire",
        "date": "2019-08-02",
    }
    several = [p for p in pages if p.meta.get("author") and "; " in str(p.meta["author"])]
    assert several


# --- the layouts and the run ---------------------------------------------------------------------


def test_layouts_are_detected(tmp_path: Path) -> None:
    assert detect_layout(_need(TRAF)) == "trafilatura-eval"
    assert detect_layout(_need(WCXB)) == "wcxb"
    assert detect_layout(WCXB / "dev") == "wcxb"
    with pytest.raises(ValueError):
        detect_layout(tmp_path)


def _check(result: dict[str, object], tolerance: float) -> None:
    assert KEYS <= set(result)
    f1, base = float(result["f1"]), float(result["baseline_f1"])  # type: ignore[arg-type]
    assert 0.6 < f1 <= 1.0
    assert f1 >= base - tolerance
    report = format_report(result)
    assert "storyline" in report and "trafilatura" in report


@pytest.mark.slow
def test_run_on_trafilatura_eval() -> None:
    result = run(_need(TRAF), limit=15, progress=False)
    assert (
        result["layout"] == "trafilatura-eval"
        and result["metric"] == "snippets"
        and result["n"] == 15
    )
    _check(result, 0.03)


@pytest.mark.slow
def test_run_on_wcxb_dev() -> None:
    result = run(_need(WCXB), limit=15, progress=False)
    assert result["split"] == "dev" and result["metric"] == "shingle-4" and result["n"] == 15
    assert {"title_accuracy", "author_accuracy", "date_accuracy", "snippet_f1"} <= set(result)
    _check(result, 0.02)


@pytest.mark.slow
def test_run_on_the_scrapinghub_layout(tmp_path: Path) -> None:
    # the ScrapingHub layout, built at test time from five wcxb dev pages
    dev = _need(WCXB) / "dev"
    truth = {}
    (tmp_path / "html").mkdir()
    for path in sorted((dev / "ground-truth").glob("*.json"))[:5]:
        record = json.loads(path.read_text(encoding="utf-8"))
        truth[path.stem] = {
            "articleBody": record["ground_truth"]["main_content"],
            "url": record["url"],
        }
        raw = gzip.decompress((dev / "html" / f"{path.stem}.html.gz").read_bytes())
        (tmp_path / "html" / f"{path.stem}.html.gz").write_bytes(gzip.compress(raw))
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    result = run(tmp_path, progress=False)
    assert result["layout"] == "scrapinghub" and result["n"] == 5
    assert "title_accuracy" not in result
    _check(result, 0.02)
