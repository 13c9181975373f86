"""`storyline bench`: what an ingest and a read cost, on real text, in one run.

1. Throughput: the full ingest of the corpus into a fresh store against a bare spaCy ``nlp.pipe``
   over the same clean texts, with seconds per stage (per-article and corpus stages).
2. Growth: the cost of adding 1 and then 50 held-out articles (a third of a small corpus) to that store, and of ingesting the
   same one article into an empty store (the model is loaded once, before any timing).
3. Reads: ``storyline serve`` in its own process over the resulting store; each main page and API
   call alone (median latency, size), then 1 and 20 concurrent clients (``storyline.loadtest``).

The corpus is a folder of articles (default: the seeds), a JSONL file, or a Timeline17 topic folder
(``articles.json.gz``); ``--words`` repeats a small corpus until it has about that many words.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from storyline.model import RawDocument

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
MORE = 50  # after one held-out article, this many more are added to the finished store (fewer for a small corpus)


def corpus_documents(corpus: Path, target_words: int | None) -> list[RawDocument]:
    """The corpus's documents (a T17 topic in date order), repeated to about ``target_words`` when asked."""
    from storyline.evaluate.t17 import is_topic, topic_documents
    from storyline.ingest.sources import iter_inputs

    base = topic_documents(corpus) if is_topic(corpus) else [d for d in iter_inputs([str(corpus)]) if isinstance(d, RawDocument)]
    if not base:
        raise ValueError(f"no readable articles in {corpus}")
    if not target_words:
        return base
    words_each = sum(len(d.raw.split()) for d in base)
    copies = max(1, round(target_words / max(1, words_each)))
    if copies == 1:
        return base
    out = []
    for copy in range(copies):
        for d in base:
            raw = d.raw + f"\n\n(bench copy {copy})\n".encode()
            out.append(RawDocument(source=f"{d.source}#copy{copy}", raw=raw, media_type=d.media_type))
    return out


def _timed_ingest(store: Any, documents: list[RawDocument], options: Any) -> tuple[float, dict[str, int]]:
    """Seconds of one ingest; an ingest that leaves a corpus stage failed has no figure to give (``AnalysisFailed``)."""
    from storyline.evaluate.product import require_analysis
    from storyline.ingest.runner import ingest_documents

    started = time.perf_counter()
    report = ingest_documents(store, documents, options)
    seconds = time.perf_counter() - started
    require_analysis(store, "the benchmark's")
    return seconds, report.corpus


def run_bench(*, corpus: Path | None, target_words: int | None, workers: int = 1, progress: bool = True,
              reads: bool = True, read_requests: int = 10) -> dict[str, Any]:
    import storyline.analyse.entities.resolve  # noqa: F401 - import every stage before timing
    import storyline.analyse.events.annotate  # noqa: F401
    import storyline.corpus  # noqa: F401
    from storyline.errors import BadInput
    from storyline.nlp import load_nlp
    from storyline.options import Options
    from storyline.pipeline import clean_document
    from storyline.store.db import Store

    corpus = corpus or SEEDS
    documents = []
    for document in corpus_documents(corpus, target_words):  # what ingest would reject is left out of every timing
        try:
            clean_document(document)
        except BadInput:
            continue
        documents.append(document)
    more = min(MORE, (len(documents) - 1) // 3)
    held = documents[-(1 + more):] if more >= 1 else []
    base = documents[: len(documents) - len(held)]
    options = Options(n_process=workers, progress=progress, timings={})
    nlp = load_nlp(options.model)
    texts = [clean_document(d).text for d in base]
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=options.batch_size, n_process=workers):
        pass
    spacy_seconds = time.perf_counter() - started

    result: dict[str, Any] = {"corpus": str(corpus), "articles": len(base), "words": words, "workers": workers, "model": options.model}
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        seconds, _ = _timed_ingest(store, base, options)
        stages = {name: round(value, 3) for name, value in (options.timings or {}).items()}
        spacy_in_ingest = stages.get("spacy") or spacy_seconds
        result.update({
            "seconds": round(seconds, 2), "words_per_s": round(words / seconds, 1),
            "spacy_seconds": round(spacy_seconds, 2), "spacy_words_per_s": round(words / spacy_seconds, 1),
            "ratio_vs_spacy": round(spacy_seconds / seconds, 3), "stage_seconds": stages,
            "quotes_share_of_spacy": round(stages.get("quotes", 0.0) / spacy_in_ingest, 3),
        })
        if held:
            quiet = Options(model=options.model, progress=False, timings={})
            one_seconds, one_corpus = _timed_ingest(store, held[:1], quiet)
            fifty_seconds, fifty_corpus = _timed_ingest(store, held[1:], Options(model=options.model, progress=False))
            empty_seconds, _ = _timed_ingest(Store(Path(folder) / "empty.db"), held[:1], Options(model=options.model, progress=False))
            result["growth"] = {
                "store_articles": len(base), "add_1_s": round(one_seconds, 2), "add_1_into_empty_s": round(empty_seconds, 2),
                "add_1_ratio": round(one_seconds / empty_seconds, 2), "add_1_docs_reread": one_corpus.get("docs read"), "store_stories": one_corpus.get("stories"),
                "add_1_stage_seconds": {k: round(v, 3) for k, v in (quiet.timings or {}).items()},
                "add_more": len(held) - 1, "add_more_s": round(fifty_seconds, 2),
                "add_more_per_article_s": round(fifty_seconds / len(held[1:]), 3), "add_more_docs_reread": fifty_corpus.get("docs read"),
            }
        store.close()
        if reads:
            result["reads"] = read_figures(Path(folder) / "bench.db", requests=read_requests)
    result["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["peak_memory_children_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)  # spaCy workers, server
    return result


def read_figures(store_path: Path, *, requests: int) -> dict[str, Any]:
    """Each path alone, then 1 and 20 concurrent clients, against ``storyline serve`` in its own process; and 20 clients
    whose reads rarely repeat (``clients_20_varied``: answers the server has not kept)."""
    from storyline.loadtest import per_path, read_paths, run_load, served, varied_paths

    with served(store_path) as base:
        paths = read_paths(base)
        alone = per_path(base, paths)
        varied = varied_paths(base, 20 * requests)
        return {
            "slowest_path": max(alone.items(), key=lambda kv: kv[1]["first_s"]),
            "largest_path": max(alone.items(), key=lambda kv: kv[1]["bytes"]),
            "per_path": alone,
            "clients_1": run_load(base, paths, clients=1, requests_per_client=len(paths)),
            "clients_20": run_load(base, paths, clients=20, requests_per_client=requests),
            "clients_20_varied": run_load(base, varied, clients=20, requests_per_client=requests, spread=True),
        }


def format_bench(result: dict[str, Any]) -> str:
    lines = []
    for key, value in result.items():
        if key == "reads":
            for name in ("clients_1", "clients_20", "clients_20_varied"):
                load = value[name]
                lines.append(f"{'reads ' + name:>18}: p50 {load['p50_s']} s, p95 {load['p95_s']} s, max {load['max_s']} s, "
                             f"{load['requests_per_s']} req/s, {load['errors']} errors")
            lines.append(f"{'slowest path':>18}: {value['slowest_path'][0]} {value['slowest_path'][1]}")
            lines.append(f"{'largest answer':>18}: {value['largest_path'][0]} {value['largest_path'][1]}")
        else:
            lines.append(f"{key:>18}: {value}")
    return "\n".join(lines)
