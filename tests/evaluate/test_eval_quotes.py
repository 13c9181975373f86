"""The PolNeAR quote evaluation: brat reading, matching rules, and a small real run."""

from __future__ import annotations

import pytest

from storyline.evaluate.quotes import (
    GoldAttribution,
    Predicted,
    format_report,
    load_gold,
    read_ann,
    run,
    score_article,
    split_dir,
)
from tests.conftest import REPO

POLNEAR = REPO.parent / "shared" / "eval" / "polnear"
needs_polnear = pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"PolNeAR missing at {POLNEAR}")
BRAFMAN = "breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza"


@needs_polnear
def test_split_dir_defaults_to_dev() -> None:
    assert split_dir(POLNEAR) == POLNEAR / "data" / "dev"
    assert split_dir(POLNEAR / "data" / "train") == POLNEAR / "data" / "train"


@needs_polnear
def test_read_ann_keeps_discontinuous_content_and_all_roles() -> None:
    train = POLNEAR / "data" / "train"
    ann = sorted((train / "attributions").glob(f"{BRAFMAN}_*.ann"))[0]
    text = (train / "text" / f"{BRAFMAN}.txt").read_text(encoding="utf-8")
    gold = read_ann(ann)
    judge = next(g for g in gold if text[g.content[0][0] : g.content[0][1]] == "“Judge,”")
    assert len(judge.content) == 2 and text[slice(*judge.source[0])] == "Brafman"
    assert text[slice(*judge.cue[0])] == "said"


def test_overlap_exact_and_speaker_rules() -> None:
    text = 'He said "we will win the vote," and Smith noted that taxes rise.'
    q1 = (text.index("we"), text.index(',"'))
    gold = [
        GoldAttribution([(text.index('"we'), text.index(' and'))], [(3, 7)], [(0, 2)]),
        GoldAttribution([(text.index("that"), len(text) - 1)], [(text.index("noted"), text.index("noted") + 5)], [(text.index("Smith"), text.index("Smith") + 5)]),
    ]
    preds = [
        Predicted(q1, (3, 7), (0, 2)),  # exact after trimming marks, right speaker
        Predicted((text.index("taxes"), len(text) - 1), None, (0, 2)),  # overlaps, wrong speaker
        Predicted((text.index("and"), text.index("and") + 3), None, None),  # matches nothing
    ]
    c = score_article(text, gold, preds)
    assert c["exact_tp"] == 1 and c["overlap_tp"] == 2 and c["speaker_tp"] == 1
    assert c["cue_tp"] == 1 and c["src_tp"] == 1 and c["n_pred"] == 3 and c["n_gold"] == 2


@needs_polnear
@pytest.mark.slow
def test_small_dev_run_reports_every_key() -> None:
    assert len(load_gold(POLNEAR, limit=2)) == 2
    result = run(POLNEAR, limit=2, progress=False)
    for key in ("content_exact_f1", "content_overlap_f1", "cue_f1", "source_f1", "quote_speaker_f1", "n"):
        assert key in result
    assert result["n"] == 2
    assert 0.3 < float(result["content_overlap_f1"]) <= 1.0  # type: ignore[arg-type]
    assert "quote_speaker" in format_report(result)
