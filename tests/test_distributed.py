"""Ingest on a real Dask LocalCluster (2 worker processes) builds the same store as the in-process ingest."""

from __future__ import annotations

import pickle
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.ingest.runner import IngestReport, ingest_paths
from storyline.model import RawDocument
from storyline.options import Options
from storyline.store.db import Store
from tests.conftest import SEEDS, seed_path

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'dask[distributed]')")

import storyline.distributed  # noqa: E402
from storyline.distributed import ClusterUnavailable, analyse_batch, ingest_distributed, unpack  # noqa: E402

TRUNCATED_HTML = "<html><head><title>Cut</title></head><body><div><p>Only"
BAD_UTF8 = (
    b"Seoul officials said the \x93deepening\x94 ties between Pyongyang and Moscow were a concern \x96 "
    b"and that they would respond with partners. The minister\x92s remarks came on Friday.\n"
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, a marked copy of each (distinct ids), and three bad files (one rejected on a worker)."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus missing at {SEEDS}")
    folder = tmp_path_factory.mktemp("inputs")
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
        (folder / f"copy-{seed.name}").write_bytes(seed.read_bytes() + b"\n\n(copy 1)\n")
    (folder / "empty.txt").write_bytes(b"")  # rejected while reading, on the driver
    (folder / "truncated.html").write_text(TRUNCATED_HTML, encoding="utf-8")  # rejected by clean, on a worker
    (folder / "bad-utf8.txt").write_bytes(BAD_UTF8)  # stored, with a warning line
    return folder


@pytest.fixture(scope="module")
def reference(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestReport]:
    """The same folder through the normal in-process ingest."""
    path = tmp_path_factory.mktemp("reference") / "in-process.db"
    report = ingest_paths(Store(path), [str(inputs)], Options(progress=False))
    return path, report


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """One LocalCluster with two worker processes, shared by the tests that pass its address."""
    from storyline.distributed import dask_module

    dask = dask_module()
    with dask.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


def _copy_store(source: Path, target: Path) -> None:
    """Copy a store with SQLite's backup API (the WAL is included)."""
    origin, destination = sqlite3.connect(source), sqlite3.connect(target)
    with destination:
        origin.backup(destination)
    origin.close()
    destination.close()


def _table(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return sorted(connection.execute(sql).fetchall())
    finally:
        connection.close()


def _assert_same_store(ours: Path, theirs: Path) -> None:
    assert Store(ours).counts() == Store(theirs).counts()
    for sql in (
        "SELECT id, source, text, published, published_basis, body_start FROM articles",
        "SELECT article, idx, start, \"end\", paragraph FROM sentences",
        "SELECT article, start, \"end\", label FROM mentions",
        "SELECT article, start, \"end\", kind, speaker FROM quotes",
        "SELECT article, start, \"end\", value FROM timexes",
        "SELECT name, type, aliases FROM entities",
        "SELECT article, data FROM docs",  # the spaCy Docs, byte for byte after the DocBin round trip
    ):
        assert _table(ours, sql) == _table(theirs, sql), sql


def test_dask_store_equals_in_process_store(inputs: Path, reference: tuple[Path, IngestReport], cluster: Any, tmp_path: Path) -> None:
    reference_path, reference_report = reference
    path = tmp_path / "dask.db"
    report = ingest_distributed(Store(path), [str(inputs)], Options(progress=False), scheduler=cluster.scheduler_address, batch_size=3)
    assert len(report.added) == 11 and sorted(report.added) == sorted(reference_report.added)
    assert sorted(report.failed) == sorted(reference_report.failed) and len(report.failed) == 2
    assert any("empty.txt: empty file" in line for line in report.failed)
    assert any("truncated.html: no article text" in line for line in report.failed)
    assert report.warnings == reference_report.warnings
    assert len(report.warnings) == 1 and "bad-utf8.txt: not valid UTF-8" in report.warnings[0]
    _assert_same_store(path, reference_path)
    assert Store(path).counts()["entities"] > 10


def test_rerun_adds_nothing_and_a_new_file_goes_through_its_own_cluster(
    inputs: Path, reference: tuple[Path, IngestReport], tmp_path: Path
) -> None:
    reference_path, _ = reference
    path = tmp_path / "rerun.db"
    _copy_store(reference_path, path)
    rerun = ingest_distributed(Store(path), [str(inputs)], Options(progress=False))
    assert rerun.added == [] and len(rerun.skipped) == 11 and len(rerun.failed) == 2
    assert Store(path).counts() == Store(reference_path).counts()

    extra = tmp_path / "extra.txt"
    extra.write_bytes(seed_path("000").read_bytes() + b"\n\n(copy 2)\n")
    # scheduler=None: a LocalCluster is started for this run and closed afterwards
    added = ingest_distributed(Store(path), [str(extra)], Options(progress=False), n_workers=1)
    assert len(added.added) == 1 and not added.failed
    counts, before = Store(path).counts(), Store(reference_path).counts()
    assert counts["articles"] == before["articles"] + 1
    assert counts["sentences"] > before["sentences"]


def test_worker_task_packs_docs_as_docbin_and_reports_bad_documents() -> None:
    """The task itself, run in this process: what travels back is small and rebuilds the same Doc."""
    from storyline.nlp import load_nlp

    seed = seed_path("001")
    good = RawDocument(source=str(seed), raw=seed.read_bytes(), media_type="text/plain")
    bad = RawDocument(source="cut.html", raw=TRUNCATED_HTML.encode(), media_type="text/html")
    result = analyse_batch([good, bad], Options().model)
    failures = [item for item in result.items if item.failure]
    assert len(failures) == 1 and failures[0].source == "cut.html" and "no article text" in (failures[0].failure or "")
    (packed,) = [item for item in result.items if not item.failure]
    assert packed.analysis is not None and packed.analysis.doc is None and packed.doc_bytes
    assert len(pickle.dumps(packed)) < 200_000  # a pickled Doc alone carries its vocab (megabytes)
    analysis = unpack(packed, load_nlp().vocab)
    assert analysis.doc is not None and analysis.doc.text == analysis.article.text
    assert len(list(analysis.doc.sents)) >= len(analysis.sentences) > 5
    assert {"clean", "spacy", "quotes"} <= set(result.timings)


def test_no_scheduler_at_the_address_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(storyline.distributed, "CONNECT_TIMEOUT", "1s")
    document = RawDocument(source="one.txt", raw=seed_path("002").read_bytes(), media_type="text/plain")
    with pytest.raises(ClusterUnavailable, match=r"\[E700\] no Dask scheduler answered at tcp://127.0.0.1:9"):
        ingest_distributed(Store(tmp_path / "s.db"), [document], Options(progress=False), scheduler="tcp://127.0.0.1:9")


class _StubClient:
    """Stands in for a Client whose workers answer with the given version lines."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    def run(self, _func: Any, _model: str) -> dict[str, str]:
        return self.answers


def test_workers_with_another_storyline_or_model_version_are_refused() -> None:
    from storyline.distributed import check_workers, warm_worker

    model = Options().model
    here = warm_worker(model)
    assert here.startswith("storyline ") and model in here
    check_workers(_StubClient({"tcp://a:1": here, "tcp://b:1": here}), model)  # same versions: accepted
    with pytest.raises(ClusterUnavailable, match=r"\[E700\] 1 Dask worker\(s\) run storyline 0\.0\.1"):
        check_workers(_StubClient({"tcp://a:1": here, "tcp://b:1": f"storyline 0.0.1, {model} 3.8.0"}), model)
