"""Corpus stage contracts, and what every read side says when a corpus stage has failed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

import storyline.corpus as corpus
from storyline.cli import main
from storyline.corpus import CorpusStageError, rebuild_corpus
from storyline.corpus.stage import CorpusStage, run_stages
from storyline.corpus.state import CorpusState
from storyline.options import Options
from storyline.store.db import Store
from tests.api.live import live_server


def _state(store: Store) -> CorpusState:
    from storyline.corpus.state import DocSource

    return CorpusState(docs=DocSource(store, ""), articles=[], mentions=[], quotes=[], timexes=[])


def test_a_stage_that_does_not_assign_what_it_promised_fails(tmp_path: Path) -> None:
    lazy = CorpusStage("lazy", lambda state: None, ("articles",), ("groups",))
    with pytest.raises(CorpusStageError, match="lazy.*did not assign groups"):
        run_stages([lazy], _state(Store(tmp_path / "s.db")))


def test_a_stage_whose_input_is_missing_does_not_start(tmp_path: Path) -> None:
    ran = []
    needy = CorpusStage("needy", lambda state: ran.append(1), ("resolution",), ())
    with pytest.raises(CorpusStageError, match="requires resolution"):
        run_stages([needy], _state(Store(tmp_path / "s.db")))
    assert not ran


def test_every_stage_assigns_what_a_later_one_requires() -> None:
    assigned = {"articles", "mentions", "quotes", "timexes", "story_index"}  # read from the store
    for stage in corpus.STAGES:
        assert set(stage.requires) <= assigned, stage.name
        assigned |= set(stage.assigns)


def _break_events(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(state: CorpusState) -> None:
        raise ValueError("merge index corrupt")

    stages = tuple(replace(s, func=explode) if s.name == "events" else s for s in corpus.STAGES)
    monkeypatch.setattr(corpus, "STAGES", stages)


def test_the_pass_makes_collections_rarer_for_itself_only(seed_store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus pass runs with the collector's thresholds raised and gives the process its own back, also when a stage
    fails (a server that ingests must not keep the pass's setting for its reads)."""
    import gc

    seen: list[tuple[int, int, int]] = []
    watch = CorpusStage("watch", lambda state: seen.append(gc.get_threshold()), ("articles",), ())
    before = gc.get_threshold()
    store = Store(seed_store_copy)
    store.set_meta("merge_scope", "{}")  # the merges run again, so every stage runs
    monkeypatch.setattr(corpus, "STAGES", (*corpus.STAGES, watch))
    rebuild_corpus(store, Options(progress=False))
    assert seen == [corpus.PASS_GC_THRESHOLD] and gc.get_threshold() == before != corpus.PASS_GC_THRESHOLD

    def broken(state: CorpusState) -> None:
        raise RuntimeError("a stage that fails")

    monkeypatch.setattr(corpus, "STAGES", (CorpusStage("broken", broken, ("articles",), ()),))
    with pytest.raises(CorpusStageError, match="a stage that fails"):
        rebuild_corpus(store, Options(progress=False))
    assert gc.get_threshold() == before


def test_failed_stage_is_recorded_and_every_read_side_says_so(
    seed_store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(seed_store_copy)
    before = store.counts()
    _break_events(monkeypatch)
    with pytest.raises(CorpusStageError):
        rebuild_corpus(store, Options(progress=False), fresh=True)
    status = store.corpus_status()
    assert status is not None and "events" in status and "merge index corrupt" in status
    assert store.counts() == before  # the tables still hold the previous analysis, untouched

    for command in (["timeline"], ["brief"], ["claims"], ["articles"]):
        result = CliRunner().invoke(main, [*command, "--store", str(seed_store_copy)])
        assert result.exit_code == 3, (command, result.output)
        assert "out of date" in result.stderr and "storyline rebuild" in result.stderr

    with live_server(seed_store_copy) as base:
        api = httpx.get(base + "/api/timeline", timeout=30)
        assert api.status_code == 200 and api.json()["stale"] is True and "events" in api.json()["stale_reason"]
        page = httpx.get(base + "/timeline", timeout=30).text
        assert 'class="stale"' in page and "storyline rebuild" in page

    monkeypatch.undo()
    rebuild_corpus(store, Options(progress=False))
    assert store.corpus_status() is None
    result = CliRunner().invoke(main, ["timeline", "--store", str(seed_store_copy)])
    assert result.exit_code == 0 and "out of date" not in result.stderr


def test_an_evaluation_never_scores_an_analysis_that_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus stage that failed while `storyline eval story` ingested the gold articles had left every topic with no
    events, and the evaluation printed date F1 0.0 as the product's score. The evaluation path stops with the reason."""
    from storyline.errors import AnalysisFailed
    from storyline.evaluate.product import ingested_store
    from storyline.ingest.sources import iter_inputs
    from storyline.model import RawDocument
    from tests.conftest import SEEDS

    if not SEEDS.is_dir():
        pytest.skip("seed articles not found")
    documents = [d for d in iter_inputs([str(SEEDS)]) if isinstance(d, RawDocument)]
    _break_events(monkeypatch)
    with pytest.raises(AnalysisFailed, match="merge index corrupt"), ingested_store(documents):
        pass
