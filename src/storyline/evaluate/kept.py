"""Cleaning on Timeline17: the share of articles kept, and what was removed from them, by reason.

Every topic's records go through the product's own cleaner (the JSONL path of ``storyline ingest``).
An article may be lost only when it has no text (fewer than 5 words in the record itself); any other
loss is a cleaning failure. Removals are counted by reason so boilerplate left or body text taken can
be read off the same run. No split: nothing here is tuned, every topic is reported.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tqdm import tqdm


def run(gold: Path, *, limit: int | None = None, progress: bool = True) -> dict[str, Any]:
    from storyline.errors import NoArticleText
    from storyline.evaluate.t17 import is_topic, topic_records
    from storyline.model import RawDocument
    from storyline.pipeline import clean_document

    folders = [gold] if is_topic(gold) else sorted(f for f in gold.iterdir() if is_topic(f))
    topics: dict[str, dict[str, Any]] = {}
    for folder in tqdm(folders, desc="topics", disable=not progress, file=sys.stderr):
        records = topic_records(folder)[:limit]
        kept = empty = lost = 0
        reasons: Counter[str] = Counter()
        for record in records:
            try:
                article = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json"))
            except NoArticleText:
                if len(record["text"].split()) < 5:
                    empty += 1
                else:
                    lost += 1
                continue
            kept += 1
            reasons.update(r.reason for r in article.removed)
        topics[folder.name] = {"articles": len(records), "kept": kept, "empty": empty, "lost": lost, "removed": dict(reasons)}
    with_text = sum(t["articles"] - t["empty"] for t in topics.values())
    kept_all = sum(t["kept"] for t in topics.values())
    return {"topics": topics, "articles_with_text": with_text, "kept": kept_all,
            "kept_share": round(kept_all / with_text, 4) if with_text else None}


def format_report(result: dict[str, Any]) -> str:
    lines = [f"{'topic':<22} {'articles':>8} {'kept':>6} {'empty':>6} {'lost':>5}  removed"]
    for name, t in result["topics"].items():
        removed = ", ".join(f"{k} {v}" for k, v in sorted(t["removed"].items(), key=lambda kv: -kv[1]))
        lines.append(f"{name:<22} {t['articles']:>8} {t['kept']:>6} {t['empty']:>6} {t['lost']:>5}  {removed}")
    lines.append(f"kept {result['kept']} of {result['articles_with_text']} articles with text ({result['kept_share']:.2%})")
    return "\n".join(lines)
