"""The product end to end on Timeline17: its own timeline against journalists' timelines, and its citations.

For each topic folder of the split (topic-disjoint, ``evaluate/splits.py``), every article is ingested
through the product's own path into a temporary store. The system timeline is what `storyline
timeline --top N --per-date K --from START --to END` shows: the N most salient dates within the gold timeline's span
(N = the gold timeline's number of dates, as news-tls does for every system), each summarised by the
evidence sentences of its K most salient events, most salient first (K and the sentences kept: the gold's mean per date). It is
scored with the same date F1 and alignment ROUGE-1/2 F1 as ``eval timeline`` (tilse's definitions,
``evaluate/timeline.py``), so the two are comparable: that one scores a DATEWISE-style sentence
ranker, this one the product. Beside them: the share of the topic's events that carry a day, and the
validity rate of every citation the store shows (``storyline verify``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from tqdm import tqdm

from storyline.evaluate.splits import in_split

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def system_timeline(store: Any, *, n_dates: int, n_sents: int, start: str, end: str) -> dict[str, list[str]]:
    """The product's timeline as day -> summary sentences (the evidence of its most salient events)."""
    from storyline.reader import Storyline

    nodes = Storyline(store).timeline(date_from=start, date_to=end, top=n_dates * 3, per_date=n_sents)["items"]
    days: dict[str, list[str]] = {}
    for node in sorted(nodes, key=lambda n: -max((e["salience"] or 0) for e in n["events"])):
        day = str(node["date"])[:10]
        if not DAY.fullmatch(day) or day in days:
            continue  # a month, a week or a year is not a day the gold can match
        sentences: list[str] = []
        for event in node["events"]:
            for ev in event["evidence"]:
                text = " ".join(str(ev["text"]).split())
                if text and text not in sentences:
                    sentences.append(text)
        days[day] = sentences[:n_sents]
        if len(days) == n_dates:
            break
    return dict(sorted(days.items()))


def score_folder(folder: Path, *, limit: int | None, progress: bool) -> list[dict[str, Any]]:
    from storyline.evaluate.product import ingested_store
    from storyline.evaluate.t17 import topic_documents
    from storyline.evaluate.timeline import alignment_rouge, date_f1, load_topics
    from storyline.verify import verify_store

    out = []
    with ingested_store(topic_documents(folder, limit=limit), progress=progress) as store:
        checked = verify_store(store)
        events = store.query("SELECT count(*) AS n, sum(length(date) >= 10 AND date NOT LIKE 'X%') AS dated FROM events")[0]
        for topic in load_topics(folder):
            gold = topic.gold
            n_sents = max(1, round(sum(len(v) for v in gold.values()) / len(gold)))
            system = system_timeline(store, n_dates=len(gold), n_sents=n_sents, start=min(gold), end=max(gold))
            out.append({
                "timeline": topic.name, "articles": len(store.known_ids()), "gold_dates": len(gold), "system_dates": len(system),
                "date_f1": round(date_f1(set(system), set(gold)), 4),
                "ar1_f": round(alignment_rouge(system, gold, 1), 4), "ar2_f": round(alignment_rouge(system, gold, 2), 4),
                "events": events["n"], "dated_share": round((events["dated"] or 0) / events["n"], 4) if events["n"] else None,
                "citations": sum(checked.checked.values()), "valid_share": round(checked.valid_share, 4),
            })
    return out


def run(gold: Path, *, limit: int | None = None, progress: bool = True, split: str = "dev") -> dict[str, Any]:
    """Score the product on every Timeline17 folder of ``split`` under ``gold`` (a folder of topic folders, or one)."""
    from storyline.evaluate.t17 import is_topic

    root = Path(gold)
    root = root / "t17" if (root / "t17").is_dir() else root
    folders = [root] if is_topic(root) else sorted(f for f in root.iterdir() if is_topic(f) and in_split(f, split))
    rows: list[dict[str, Any]] = []
    for folder in tqdm(folders, desc="topics", disable=not progress, file=sys.stderr):
        rows.extend(score_folder(folder, limit=limit, progress=False))
    n = len(rows) or 1
    mean = {k: round(sum(r[k] for r in rows) / n, 4) for k in ("date_f1", "ar1_f", "ar2_f", "valid_share")}
    return {"split": split, "timelines": rows, "mean": mean, "n": len(rows)}


def format_report(result: dict[str, Any]) -> str:
    lines = [f"The product's timeline on Timeline17 ({result['split']} split, {result['n']} timelines; "
             "DATEWISE anchor on all T17: 0.544 / 0.120 / 0.035)",
             f"{'timeline':<50} {'arts':>5} {'date F1':>8} {'AR1':>6} {'AR2':>6} {'dated':>6} {'valid':>7}"]
    for r in result["timelines"]:
        lines.append(f"{r['timeline'][:50]:<50} {r['articles']:>5} {r['date_f1']:>8.3f} {r['ar1_f']:>6.3f} {r['ar2_f']:>6.3f} "
                     f"{(r['dated_share'] or 0):>6.1%} {r['valid_share']:>7.2%}")
    m = result["mean"]
    lines.append(f"{'mean':<50} {'':>5} {m['date_f1']:>8.3f} {m['ar1_f']:>6.3f} {m['ar2_f']:>6.3f} {'':>6} {m['valid_share']:>7.2%}")
    return "\n".join(lines)
