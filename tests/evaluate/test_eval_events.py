"""PLOVER scorer: loading the gold file, actor matching, and the figures on a slice of the tune half."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.evaluate.events import (
    Prediction,
    Record,
    actor_match,
    format_report,
    load_records,
    run,
    score,
)
from tests.conftest import REPO

GOLD = REPO.parent / "shared" / "eval" / "plover-gsr" / "plover_gsr_dev.json"


def _gold() -> Path:
    if not GOLD.is_file():
        pytest.skip(f"PLOVER gold file missing at {GOLD}")
    return GOLD


def test_records_split_into_halves() -> None:
    records = load_records(_gold())
    assert len(records) == 228 and all(r.type != "DOCUMENT" for r in records)
    assert sum(r.half == "tune" for r in records) == 114
    assert records[0].type == "AGREE" and records[0].sources == ["Hungarian", "Romanian"]


def test_actor_match_needs_a_shared_content_word() -> None:
    assert actor_match("Senior Hungarian and Romanian officials", ["Hungarian"])
    assert not actor_match("the officials", ["Hungarian"])
    assert not actor_match(None, ["Hungarian"])


def test_score_counts_types_and_actors() -> None:
    recs = [Record("1", "t", "AGREE", ["Syria"], ["Lebanon"], "tune"), Record("2", "t", "DEMAND", ["US"], [], "tune")]
    preds = [Prediction("AGREE", "Syria", "Beirut"), Prediction("REJECT", "the US", None)]
    result = score(recs, preds)
    assert result["type_accuracy"] == 0.5 and result["source_match"] == 1.0 and result["target_match"] == 0.0


def test_tune_slice_figures() -> None:
    result = run(_gold(), limit=40, progress=False, split="tune")
    assert result["n"] == 40
    assert float(result["type_accuracy"]) >= 0.7  # type: ignore[arg-type]
    assert "type acc" in format_report(result)
