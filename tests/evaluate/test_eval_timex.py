"""The TempEval-3 scorer on real TimeBank/AQUAINT files and on hand-built cases."""

from __future__ import annotations

import pytest

from storyline.evaluate.timex import (
    GoldDocument,
    GoldTimex,
    format_report,
    gold_files,
    read_tml,
    run,
    score,
)
from storyline.model import Timex
from tests.conftest import REPO

TRAINING = REPO.parent / "shared" / "eval" / "tempeval3" / "Training"

needs_gold = pytest.mark.skipif(not TRAINING.is_dir(), reason=f"TempEval-3 training data missing at {TRAINING}")


def test_score_strict_relaxed_and_value() -> None:
    gold = GoldDocument("d", "x" * 40, "2000-01-01", [GoldTimex(0, 10, "", "DATE", "2000"), GoldTimex(20, 30, "", "DATE", "1999")])
    system = [Timex("d", 0, 10, "", "DATE", "2000"), Timex("d", 22, 30, "", "DATE", "1998"), Timex("d", 35, 38, "", "DATE", "x")]
    result, pairs = score([(gold, system)])
    assert result["strict_f1"] == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
    assert result["relaxed_recall"] == 1.0 and result["relaxed_precision"] == pytest.approx(2 / 3)
    assert result["value_accuracy"] == 0.5 and len(pairs) == 2
    assert result["value_f1"] == pytest.approx(result["relaxed_f1"] * 0.5)  # type: ignore[operator]


@needs_gold
def test_read_tml_offsets_match_the_text() -> None:
    path = next(TRAINING.rglob("NYT19981120.0362.tml"))
    doc = read_tml(path)
    assert doc.dct == "1998-11-20T19:30"
    assert doc.timexes and all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert doc.timexes[0].text == "last month" and doc.timexes[0].value == "1998-10"


@needs_gold
def test_splits_are_disjoint_and_cover_the_files() -> None:
    tune, dev, every = gold_files(TRAINING, "tune"), gold_files(TRAINING, "dev"), gold_files(TRAINING)
    assert not set(tune) & set(dev) and len(tune) + len(dev) == len(every) > 200
    assert len({path.name for path in every}) == len(every) == 256  # testpipeline/ repeats a TimeBank file


@needs_gold
def test_run_on_a_few_dev_files() -> None:
    result = run(TRAINING, limit=4, progress=False, split="dev")
    assert result["n"] == 4
    for key in ("strict_f1", "relaxed_f1", "value_accuracy", "value_f1", "relaxed_precision", "relaxed_recall"):
        assert 0.0 <= float(result[key]) <= 1.0  # type: ignore[arg-type]
    assert float(result["relaxed_f1"]) > 0.6  # type: ignore[arg-type]
    assert "value F1" in format_report(result)


MEANTIME = REPO.parent / "shared" / "eval" / "meantime-en"
needs_meantime = pytest.mark.skipif(not MEANTIME.is_dir(), reason=f"MEANTIME data missing at {MEANTIME}")


@needs_meantime
def test_read_cat_rebuilds_the_annotated_sentences() -> None:
    from storyline.evaluate.timex import read_gold

    files = gold_files(MEANTIME)
    assert len(files) == 120 and all("intra-doc_annotation" in str(path) for path in files)
    doc = read_gold(next(path for path in files if path.name.startswith("100911_")))
    assert doc.dct == "2008-03-01"
    assert doc.text.splitlines()[1] == "March 01, 2008" and len(doc.text.splitlines()) == 6
    assert [(t.text, t.value) for t in doc.timexes][:2] == [("March 01, 2008", "2008-03-01"), ("a year", "P1Y")]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert "(EADS) have unexpectedly defeated Boeing for a US$40 billion" in doc.text


@needs_meantime
def test_run_on_meantime() -> None:
    result = run(MEANTIME, limit=5, progress=False)
    assert result["n"] == 5 and float(result["relaxed_f1"]) > 0.6  # type: ignore[arg-type]
