"""Scale-out ingest on Dask: per-article work on worker processes, the store and corpus stage on the driver.

The driver reads and de-duplicates the inputs, sends batches of raw documents to Dask workers, and
stores what comes back with the single SQLite writer, then runs the corpus stage once. Each worker
loads the spaCy model once (``load_nlp`` is cached per process), runs ``clean_document`` and
``analyse_documents`` (the per-article stages) and returns picklable results: the Article and the
derived lists as they are, the spaCy Doc as DocBin bytes (a pickled Doc carries its whole vocab,
about 2 MB per article with the small model; its DocBin is about 10 KB).

``scheduler=None`` starts a ``LocalCluster`` for the run and closes it afterwards; an address such as
``tcp://host:8786`` uses an existing cluster whose workers have storyline and the model installed.
"""

from __future__ import annotations

import importlib
import itertools
import logging
import sys
import time
from collections.abc import Iterable, Iterator, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from storyline.errors import BadInput, ClusterUnavailable
from storyline.model import Article, RawDocument
from storyline.options import Options
from storyline.pipeline import Analysis

if TYPE_CHECKING:
    from storyline.ingest.runner import IngestReport
    from storyline.store.db import Store

WORKER_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "BLIS_NUM_THREADS": "1"}
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one running, one waiting, so none idles
CONNECT_TIMEOUT = "10s"  # how long to wait for a scheduler at a given address
@dataclass
class Packed:
    """One document's result as it travels back from a worker (picklable, no spaCy vocab inside)."""

    source: str
    analysis: Analysis | None = None  # with doc=None; the Doc travels as `doc_bytes`
    doc_bytes: bytes | None = None
    failure: str | None = None  # the BadInput line when the document could not be cleaned


@dataclass
class BatchResult:
    items: list[Packed] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


# --- worker side ------------------------------------------------------------------------------


def warm_worker(model: str) -> str:
    """Load the spaCy model into this process's cache; say which storyline and model versions run here."""
    from storyline import __version__
    from storyline.nlp import load_nlp, set_thread_limits

    set_thread_limits()
    meta = load_nlp(model).meta
    return f"storyline {__version__}, {model} {meta.get('version', '?')}"


def analyse_batch(documents: list[RawDocument], model: str) -> BatchResult:
    """Worker task: clean and analyse a batch; bad documents become failure lines, not exceptions."""
    from spacy.tokens import DocBin

    from storyline.nlp import load_nlp
    from storyline.pipeline import analyse_documents, clean_document

    result = BatchResult()
    articles: list[Article] = []
    for document in documents:
        started = time.perf_counter()
        try:
            articles.append(clean_document(document))
        except BadInput as exc:
            result.items.append(Packed(source=document.source, failure=str(exc)))
        finally:
            result.timings["clean"] = result.timings.get("clean", 0.0) + time.perf_counter() - started
    if not articles:
        return result
    for analysis in analyse_documents(articles, load_nlp(model), timings=result.timings):
        data = None
        if analysis.doc is not None:
            data = DocBin(store_user_data=False, docs=[analysis.doc]).to_bytes()
        analysis.doc = None
        result.items.append(Packed(source=analysis.article.source, analysis=analysis, doc_bytes=data))
    return result


# --- driver side ------------------------------------------------------------------------------


def dask_module() -> Any:
    """`distributed`, untyped (it ships no type hints), with a clear message when it is missing."""
    try:
        return importlib.import_module("distributed")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ClusterUnavailable("dask.distributed is not installed", hint="pip install 'dask[distributed]'") from exc


@contextmanager
def dask_client(scheduler: str | None, n_workers: int) -> Iterator[Any]:
    """A `distributed.Client` of the cluster at `scheduler`, or of a LocalCluster started (and closed) here."""
    dask = dask_module()
    if scheduler:
        try:
            client = dask.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterUnavailable(
                f"no Dask scheduler answered at {scheduler} ({exc.__class__.__name__})",
                hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`, or leave out --scheduler",
            ) from exc
        with client:
            yield client
        return
    with dask.LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # a free port: two clusters on one machine must not clash on 8787
        silence_logs=logging.ERROR,
        env=WORKER_ENV,
    ) as cluster, dask.Client(cluster) as client:
        yield client


def check_workers(client: Any, model: str) -> None:
    """Load the model on every worker (E300 if one lacks it); refuse workers running other versions."""
    here = warm_worker(model)
    versions = client.run(warm_worker, model)
    odd = sorted(address for address, version in versions.items() if version != here)
    if odd:
        raise ClusterUnavailable(
            f"{len(odd)} Dask worker(s) run {versions[odd[0]]}, this machine runs {here}",
            hint="install the same storyline and model on every worker, so all articles are analysed alike",
        )


def unpack(item: Packed, vocab: Any) -> Analysis:
    """Rebuild the driver-side Analysis: the Doc from its DocBin bytes, with the driver's vocab."""
    from spacy.tokens import DocBin

    assert item.analysis is not None
    analysis = item.analysis
    if item.doc_bytes is not None:
        analysis.doc = next(iter(DocBin().from_bytes(item.doc_bytes).get_docs(vocab)))
    return analysis


def _batches(documents: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    batch: list[RawDocument] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_distributed(
    documents: Iterable[RawDocument],
    options: Options,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    batch_size: int = 32,
    total: int | None = None,
) -> Iterator[tuple[Analysis | None, list[str]]]:
    """Clean and analyse documents on Dask workers; yield ``(analysis, [])`` or ``(None, [error line])`` per document.

    Results come back in completion order, not input order. At most two batches per worker are in
    flight, and `documents` is read lazily, so memory stays bounded on the driver. Stage failures stay
    in ``analysis.errors`` as in-process; a batch whose task fails (a worker died) yields one error line
    per document in it. Worker stage timings are added to ``options.timings`` (summed over workers).
    """
    from storyline.nlp import load_nlp

    if total is None and isinstance(documents, Sized):
        total = len(documents)
    pending = _batches(documents, batch_size)
    head = next(pending, None)
    if head is None:  # nothing new: no cluster to start
        return
    pending = itertools.chain([head], pending)
    vocab = load_nlp(options.model).vocab
    bar = tqdm(total=total, desc="analysing (dask)", unit="article", disable=not options.progress, file=sys.stderr)
    with bar, dask_client(scheduler, n_workers) as client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError as exc:
            raise ClusterUnavailable(f"the Dask scheduler at {scheduler or 'the local cluster'} has no workers", hint="start some with `dask worker ADDRESS`") from exc
        check_workers(client, options.model)
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        sources: dict[Any, list[str]] = {}  # future -> the sources of its batch

        def submit() -> Any:
            batch = next(pending, None)
            if batch is None:
                return None
            future = client.submit(analyse_batch, batch, options.model, pure=False)
            sources[future] = [d.source for d in batch]
            return future

        first = [f for f in (submit() for _ in range(workers * IN_FLIGHT_PER_WORKER)) if f is not None]
        queue = dask_module().as_completed(first, with_results=False)
        for future in queue:
            batch_sources = sources.pop(future)
            try:
                result: BatchResult = future.result()
            except Exception as exc:  # a lost worker or an unexpected crash: report the batch, go on
                message = f"worker failed on this batch ({exc.__class__.__name__}: {exc})"
                outcomes: list[tuple[Analysis | None, list[str]]] = [(None, [f"{s}: {message}"]) for s in batch_sources]
            else:
                started = time.perf_counter()
                outcomes = [(None, [item.failure]) if item.failure else (unpack(item, vocab), []) for item in result.items]
                if options.timings is not None:
                    for name, seconds in result.timings.items():
                        options.timings[name] = options.timings.get(name, 0.0) + seconds
                    options.timings["unpack"] = options.timings.get("unpack", 0.0) + time.perf_counter() - started
            future.release()
            following = submit()
            if following is not None:
                queue.add(following)
            for outcome in outcomes:
                bar.update(1)
                yield outcome


def _new_documents(
    store: Store, inputs: Iterable[str | RawDocument | BadInput], options: Options, report: IngestReport
) -> Iterator[RawDocument]:
    """Expand paths, report bad items, skip ids already stored or already sent (as `ingest_documents`)."""
    from storyline.ingest.sources import iter_inputs

    known = store.known_ids()
    for given in inputs:
        items: Iterable[RawDocument | BadInput] = iter_inputs([given], max_bytes=options.max_bytes) if isinstance(given, str) else [given]
        for item in items:
            if isinstance(item, BadInput):
                report.failed.append(str(item))
            elif item.id in known:
                report.skipped.append(item.id)
            else:
                known.add(item.id)
                yield item


def ingest_distributed(
    store: Store,
    paths_or_documents: Iterable[str | RawDocument | BadInput],
    options: Options,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    batch_size: int = 32,
) -> IngestReport:
    """`ingest_documents` on a Dask cluster: idempotent, same report, corpus stage once at the end on the driver."""
    from storyline.ingest.runner import IngestReport, finish_corpus, note_warnings, store_analysis

    report = IngestReport()
    new = _new_documents(store, paths_or_documents, options, report)
    for analysis, errors in analyse_distributed(new, options, scheduler=scheduler, n_workers=n_workers, batch_size=batch_size):
        if analysis is None:
            report.failed.extend(errors)
        else:
            report.warnings.extend(note_warnings(analysis.article))
            store_analysis(store, analysis, options, report)
    finish_corpus(store, options, report)
    return report


# --- measurement ------------------------------------------------------------------------------


def bench_engines(*, corpus: str | None = None, target_words: int = 100_000, n_workers: int = 2, batch_size: int = 32) -> dict[str, Any]:
    """Words/s of a full ingest (corpus stage included) in-process, with spaCy's n_process, and on Dask."""
    import tempfile
    from pathlib import Path

    import storyline.analyse.entities.resolve  # noqa: F401 - import every stage before timing
    import storyline.analyse.events.annotate  # noqa: F401
    import storyline.corpus  # noqa: F401
    from storyline.bench import SEEDS, corpus_documents
    from storyline.ingest.runner import ingest_documents
    from storyline.nlp import load_nlp, set_thread_limits
    from storyline.store.db import Store

    set_thread_limits()
    load_nlp(Options().model)  # loaded once here, so no timed run pays for it on the driver
    documents = corpus_documents(Path(corpus) if corpus else SEEDS, target_words)
    words = sum(len(d.raw.split()) for d in documents)
    out: dict[str, Any] = {"articles": len(documents), "words": words, "n_workers": n_workers, "batch_size": batch_size}

    def timed(name: str, run: Any) -> None:
        with tempfile.TemporaryDirectory() as folder:
            store = Store(Path(folder) / "bench.db")
            started = time.perf_counter()
            report = run(store)
            seconds = time.perf_counter() - started
            assert len(report.added) == len(documents), report.failed[:3]
            store.close()
        out[f"{name}_seconds"] = round(seconds, 2)
        out[f"{name}_words_per_s"] = round(words / seconds, 1)

    quiet = Options(progress=False)
    timed("in_process_1", lambda store: ingest_documents(store, documents, quiet))
    timed("spacy_n_process", lambda store: ingest_documents(store, documents, Options(progress=False, n_process=n_workers)))
    timed("dask_local", lambda store: ingest_distributed(store, documents, quiet, n_workers=n_workers, batch_size=batch_size))
    with dask_client(None, n_workers) as client:  # steady state: a running cluster, models loaded
        client.run(warm_worker, quiet.model)
        address = client.scheduler.address
        timed("dask_running", lambda store: ingest_distributed(store, documents, quiet, scheduler=address, batch_size=batch_size))
    return out
