"""Ingest run: sources -> clean -> analyse -> store, one transaction per article, then the corpus stage."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy
from tqdm import tqdm

from storyline.errors import BadInput
from storyline.model import Article, RawDocument
from storyline.nlp import load_nlp
from storyline.options import Options
from storyline.pipeline import Analysis, analyse_documents, clean_document
from storyline.store.db import Store

# The Docs an ingest hands to the corpus stages instead of their re-reading them (each re-read costs ~2.4 ms, twice:
# the entities and the statements stages), up to this many characters of text; held without their tok2vec tensor,
# which no corpus stage reads and which is most of a parsed Doc's memory (the stored DocBins never had it).
KEPT_DOC_CHARS = 2_000_000
WARNING_NOTES = ("not valid UTF-8", "HTML looks truncated")  # cleaner notes shown to the user as warnings


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored (same bytes)
    failed: list[str] = field(default_factory=list)  # one message per bad item
    warnings: list[str] = field(default_factory=list)
    corpus: dict[str, int] = field(default_factory=dict)  # what the corpus stages wrote and how many Docs they re-read
    docs: dict[str, Any] = field(default_factory=dict, repr=False)  # Docs parsed by this ingest, for the corpus stages
    held_chars: int = 0  # text length of the Docs in ``docs``

    @property
    def partial(self) -> bool:
        """Some input was rejected, or stored only with a warning."""
        return bool(self.failed or self.warnings)


def ingest_paths(store: Store, paths: list[str], options: Options) -> IngestReport:
    """Ingest every article under `paths`; bad items are reported, good ones stored; idempotent."""
    from storyline.ingest.sources import iter_inputs

    inputs = iter_inputs(paths, max_bytes=options.max_bytes, max_expanded=options.max_expanded, allow_private=options.allow_private)
    return ingest_documents(store, inputs, options)


def ingest_documents(store: Store, inputs: Iterable[RawDocument | BadInput], options: Options) -> IngestReport:
    """Clean, analyse and store new documents, then rebuild the corpus tables."""
    report = IngestReport()
    known = store.known_ids()
    pending: list[Article] = []
    items = tqdm(inputs, desc="reading", unit="doc", disable=not options.progress, file=sys.stderr)
    for item in items:
        if isinstance(item, BadInput):
            report.failed.append(str(item))
            continue
        document: RawDocument = item
        if document.id in known:
            report.skipped.append(document.id)
            continue
        started = time.perf_counter()
        try:
            article = clean_document(document)
        except BadInput as exc:
            report.failed.append(str(exc))
            continue
        finally:
            if options.timings is not None:
                options.timings["clean"] = options.timings.get("clean", 0.0) + time.perf_counter() - started
        known.add(article.id)
        report.warnings.extend(note_warnings(article))
        pending.append(article)
    if pending:
        analyse_and_store(store, pending, options, report)
    finish_corpus(store, options, report)
    return report


def note_warnings(article: Article) -> list[str]:
    """The cleaner's notes that the user must see as warnings (legacy encodings, truncated HTML)."""
    return [f"{article.source}: {note}" for note in article.notes if note.startswith(WARNING_NOTES)]


def finish_corpus(store: Store, options: Options, report: IngestReport) -> None:
    """Rebuild the corpus tables when anything was added or an earlier rebuild did not finish."""
    if not (report.added or store.get_meta("corpus_dirty") == "1"):
        return
    from storyline.corpus import CorpusStageError, rebuild_corpus

    started = time.perf_counter()
    try:
        report.corpus = rebuild_corpus(store, options, docs=report.docs)
    except CorpusStageError as exc:  # the articles are stored; the failure is recorded and retried on the next run
        report.failed.append(
            f"[E600] corpus stage '{exc.stage}' failed ({exc.reason[:200]}); every article is stored, the analysis "
            "shown is the one before this ingest, and `storyline rebuild` (or the next ingest) will retry"
        )
    if options.timings is not None:
        options.timings["corpus"] = options.timings.get("corpus", 0.0) + time.perf_counter() - started


def store_analysis(store: Store, analysis: Analysis, options: Options, report: IngestReport | None = None) -> None:
    """Store one analysed article in its own transaction, recording failed stages as notes and warnings."""
    analysis.extra["model"] = options.model
    if report is not None:
        report.warnings.extend(f"{analysis.article.source}: stage {error}" for error in analysis.errors)
    analysis.article.notes.extend(f"stage {error}" for error in analysis.errors)
    started = time.perf_counter()
    store.save_analysis(analysis)
    if options.timings is not None:
        options.timings["store"] = options.timings.get("store", 0.0) + time.perf_counter() - started
    if report is not None:
        report.added.append(analysis.article.id)
        if analysis.doc is not None and report.held_chars + len(analysis.article.text) <= KEPT_DOC_CHARS:
            analysis.doc.tensor = numpy.zeros((0, 0), dtype="float32")
            report.docs[analysis.article.id] = analysis.doc
            report.held_chars += len(analysis.article.text)


def analyse_and_store(store: Store, articles: list[Article], options: Options, report: IngestReport | None = None) -> None:
    """Run spaCy and the per-article stages in batches; store each article in its own transaction."""
    nlp = load_nlp(options.model)
    bar = tqdm(total=len(articles), desc="analysing", unit="article", disable=not options.progress, file=sys.stderr)
    for batch in batches(articles, size=options.batch_size * max(1, options.n_process), chars=MAX_BATCH_CHARS * max(1, options.n_process)):
        for analysis in analyse_documents(batch, nlp, n_process=options.n_process, timings=options.timings,
                                          batch_size=max(1, len(batch) // max(1, options.n_process))):
            store_analysis(store, analysis, options, report)
            bar.update(1)
    bar.close()


MAX_BATCH_CHARS = 120_000  # spaCy's memory grows with the text it holds at once: a very long article goes alone


def batches(articles: list[Article], *, size: int, chars: int) -> Iterator[list[Article]]:
    """Consecutive batches of at most ``size`` articles and about ``chars`` characters (a longer article alone)."""
    batch: list[Article] = []
    held = 0
    for article in articles:
        if batch and (len(batch) >= size or held + len(article.text) > chars):
            yield batch
            batch, held = [], 0
        batch.append(article)
        held += len(article.text)
    if batch:
        yield batch


def analyses_from_store(store: Store, options: Options) -> list[Analysis]:
    """Re-clean every stored raw document (the raw bytes are the source of truth)."""
    out = []
    for _id, source, raw, media_type, url in store.raw_documents():
        document = RawDocument(source=source, raw=raw, media_type=media_type, url=url)
        out.append(Analysis(article=clean_document(document)))
    return out
