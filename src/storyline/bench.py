"""`storyline bench`: full ingest throughput against a bare spaCy pass over the same texts."""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from storyline.model import RawDocument

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def _corpus_documents(corpus: Path, target_words: int) -> list[RawDocument]:
    """The corpus repeated until about `target_words`; each copy gets a distinct marker so ids differ."""
    from storyline.ingest.sources import iter_inputs

    base = [d for d in iter_inputs([str(corpus)]) if isinstance(d, RawDocument)]
    if not base:
        raise ValueError(f"no readable articles in {corpus}")
    words_each = sum(len(d.raw.split()) for d in base)
    copies = max(1, round(target_words / max(1, words_each)))
    out = []
    for copy in range(copies):
        for d in base:
            raw = d.raw + f"\n\n(bench copy {copy})\n".encode()
            out.append(RawDocument(source=f"{d.source}#copy{copy}", raw=raw, media_type=d.media_type))
    return out


def run_bench(*, corpus: Path | None, target_words: int, workers: int = 1, progress: bool = True) -> dict[str, Any]:
    import storyline.analyse.entities  # noqa: F401 - import every stage before timing
    import storyline.analyse.events  # noqa: F401
    import storyline.corpus  # noqa: F401
    from storyline.ingest.runner import ingest_documents
    from storyline.nlp import load_nlp
    from storyline.options import Options
    from storyline.pipeline import clean_document
    from storyline.store.db import Store

    corpus = corpus or SEEDS
    documents = _corpus_documents(corpus, target_words)
    options = Options(n_process=workers, progress=progress, timings={})
    nlp = load_nlp(options.model)
    texts = [clean_document(d).text for d in documents]
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=options.batch_size, n_process=workers):
        pass
    spacy_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        started = time.perf_counter()
        ingest_documents(store, documents, options)
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = {name: round(value, 3) for name, value in (options.timings or {}).items()}
    spacy_in_ingest = stages.get("spacy") or spacy_seconds
    return {
        "articles": len(documents),
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_s": round(words / seconds, 1),
        "spacy_seconds": round(spacy_seconds, 2),
        "spacy_words_per_s": round(words / spacy_seconds, 1),
        "ratio_vs_spacy": round(spacy_seconds / seconds, 3),
        "peak_memory_mb": round(peak_mb, 1),
        "stage_seconds": stages,
        "quotes_share_of_spacy": round(stages.get("quotes", 0.0) / spacy_in_ingest, 3),
        "workers": workers,
        "model": options.model,
    }


def format_bench(result: dict[str, Any]) -> str:
    return "\n".join(f"{key:>18}: {value}" for key, value in result.items())
