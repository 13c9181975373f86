"""Timeline17 topic folders as storyline input: each article one JSONL-style record, in date order.

A T17 ``articles.json(.gz)`` holds ``{"uid", "dct", "text"}`` records; a user who exported them
would bring the same records as JSONL with ``text`` and ``published``. This reader gives exactly the
RawDocuments the JSONL ingest path would (same bytes, same ids), so the benchmark and the
evaluations run the product's own ingest.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from storyline.ingest.sources import records_from_jsonl
from storyline.model import RawDocument
from storyline.options import DEFAULT_MAX_BYTES


def is_topic(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob("articles.json*"))


def topic_records(folder: Path) -> list[dict[str, str]]:
    """The topic's articles as JSONL records (url ``t17://TOPIC/UID``, text, published), oldest first."""
    path = next(folder.glob("articles.json*"))
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        articles = json.load(fh)
    articles.sort(key=lambda a: (a["dct"], str(a["uid"])))
    return [{"url": f"t17://{folder.name}/{a['uid']}", "text": a["text"], "published": a["dct"][:10]} for a in articles]


def topic_documents(folder: Path, *, limit: int | None = None) -> list[RawDocument]:
    """The first ``limit`` articles of a topic (all by default), as the JSONL ingest path reads them."""
    records = topic_records(folder)[:limit]
    raw = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    return [d for d in records_from_jsonl(raw, source=str(folder), max_bytes=DEFAULT_MAX_BYTES) if isinstance(d, RawDocument)]
