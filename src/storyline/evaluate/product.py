"""The product's own path for the evaluations: documents ingested into a temporary store.

An evaluation that scores what the product derives (stories, claims, timelines, citations) runs
``ingest_documents`` exactly as `storyline ingest` does, into a store that is deleted afterwards.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def ingested_store(documents: Iterable[Any], *, progress: bool = False) -> Iterator[Any]:
    """A temporary store holding ``documents`` after a full ingest (corpus stages included); closed and removed on exit.
    A corpus stage that fails raises ``AnalysisFailed``: an evaluation never scores an analysis that was not made (a
    failed stage had left every topic with no events, scored 0.0 as if the product had found none)."""
    from storyline.ingest.runner import ingest_documents
    from storyline.options import Options
    from storyline.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "eval.db")
        try:
            ingest_documents(store, documents, Options(progress=progress))
            require_analysis(store, "the evaluation's")
            yield store
        finally:
            store.close()


def require_analysis(store: Any, whose: str) -> None:
    """Raise ``AnalysisFailed`` when the ingest just made (``whose``: "the evaluation's", "the benchmark's") left a
    corpus stage failed: a figure of an analysis that was not made measures nothing."""
    from storyline.errors import AnalysisFailed

    if (reason := store.corpus_status()) is not None:
        raise AnalysisFailed(f"{whose} ingest did not finish: {reason}",
                             hint="fix the failing stage (its reason is above), then run it again")
