"""PLOVER event coding on the PLOVER gold standard records: event type, source and target actors.

Each record's sentence goes through ``load_nlp()`` and ``find_candidates``; the sentence's main
candidate (``main_candidate``) gives the predicted type (read the PLOVER way by ``plover_type``),
source and target spans. A sentence with no candidate gets ``fallback_type`` (its first event noun,
else the modality of its main verb: will -> AGREE, must -> DEMAND, not -> REJECT), as a coder that
must label every record would; the stored events never use that guess. Figures: type accuracy, macro-F1 over the gold types, and actor match =
the share of records whose predicted source (target) span shares a content word with a gold
``actorText`` (records with no gold target are scored on the source only).

The file is the only split here: records at even positions (after the documentation record) are
the ``tune`` half used to develop the lexicon, odd positions the ``heldout`` half; both are reported.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

STOP = {"the", "a", "an", "of", "in", "and", "its", "his", "their", "'s", "’s", "on", "to", "for"}


@dataclass(slots=True)
class Record:
    """One gold sentence."""

    id: str
    text: str
    type: str
    sources: list[str]
    targets: list[str]
    half: str


@dataclass(slots=True)
class Prediction:
    """The system's reading of one sentence."""

    type: str | None
    source: str | None
    target: str | None


def load_records(gold: Path) -> list[Record]:
    """Coded sentences of the gold file with their half (tune = even position, heldout = odd)."""
    data = json.loads(Path(gold).read_text(encoding="utf-8"))
    rows = [r for r in data if r.get("event") and r["event"] != "DOCUMENT" and r.get("text")]
    return [
        Record(
            id=r["id"], text=r["text"].strip(), type=r["event"],
            sources=[s.get("actorText", "") for s in r.get("source", []) if s.get("actorText")],
            targets=[t.get("actorText", "") for t in r.get("target", []) if t.get("actorText")],
            half="tune" if i % 2 == 0 else "heldout",
        )
        for i, r in enumerate(rows)
    ]


def _words(text: str) -> set[str]:
    """Content words, lower-cased."""
    return {w for w in re.findall(r"[\w'’-]+", text.lower()) if w not in STOP and len(w) > 1}


def actor_match(predicted: str | None, gold: list[str]) -> bool:
    """The predicted span shares a content word with one of the gold actor texts."""
    if not predicted:
        return False
    words = _words(predicted)
    return any(words & _words(g) for g in gold)


def predict(docs: list[Any]) -> list[Prediction]:
    """Main-event predictions for parsed sentences (a record may parse into several sentences)."""
    from storyline.analyse.events.candidates import find_candidates
    from storyline.evaluate.plover import fallback_type, main_candidate, plover_type

    out: list[Prediction] = []
    for doc in docs:
        cands = [c for sent in doc.sents for c in find_candidates(sent)]
        main = main_candidate(cands)
        if main is None:
            guess = next((t for t in (fallback_type(sent) for sent in doc.sents) if t), None)
            out.append(Prediction(guess, None, None))
            continue
        source = doc[main.actor[0] : main.actor[1]].text if main.actor else None
        target = doc[main.target[0] : main.target[1]].text if main.target else None
        out.append(Prediction(plover_type(main), source, target))
    return out


def score(records: list[Record], preds: list[Prediction]) -> dict[str, float | int]:
    """Type accuracy, macro-F1 over gold types, source and target match."""
    n = len(records)
    if not n:
        return {"n": 0}
    correct = sum(r.type == p.type for r, p in zip(records, preds, strict=True))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for r, p in zip(records, preds, strict=True):
        if r.type == p.type:
            tp[r.type] += 1
        else:
            fn[r.type] += 1
            if p.type:
                fp[p.type] += 1
    f1s = []
    for label in sorted({r.type for r in records}):
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    with_src = [(r, p) for r, p in zip(records, preds, strict=True) if r.sources]
    with_tgt = [(r, p) for r, p in zip(records, preds, strict=True) if r.targets]
    return {
        "n": n,
        "type_accuracy": correct / n,
        "macro_f1": sum(f1s) / len(f1s),
        "source_match": sum(actor_match(p.source, r.sources) for r, p in with_src) / max(1, len(with_src)),
        "target_match": sum(actor_match(p.target, r.targets) for r, p in with_tgt) / max(1, len(with_tgt)),
        "no_event": sum(p.type is None for p in preds),
    }


def run(gold: Path, *, limit: int | None = None, progress: bool = True, split: str = "all") -> dict[str, object]:
    """PLOVER figures on the gold file (split: all, tune or heldout), with both halves reported."""
    from storyline.nlp import load_nlp

    records = load_records(Path(gold))
    if split != "all":
        records = [r for r in records if r.half == split]
    records = records[:limit] if limit else records
    nlp = load_nlp()
    texts = [r.text for r in records]
    docs = list(tqdm(nlp.pipe(texts, batch_size=32), total=len(texts), disable=not progress, file=sys.stderr, desc="plover"))
    preds = predict(docs)
    result: dict[str, object] = dict(score(records, preds))
    for half in ("tune", "heldout"):
        pairs = [(r, p) for r, p in zip(records, preds, strict=True) if r.half == half]
        sub = score([r for r, _ in pairs], [p for _, p in pairs])
        for key, value in sub.items():
            result[f"{half}_{key}"] = value
    result["split"] = split
    return result


def errors(gold: Path, *, split: str = "tune") -> list[str]:
    """Lines describing wrong types (for development on the tune half only)."""
    from storyline.nlp import load_nlp

    records = [r for r in load_records(Path(gold)) if r.half == split]
    nlp = load_nlp()
    preds = predict(list(nlp.pipe([r.text for r in records])))
    return [
        f"{r.type:>11} <- {str(p.type):11} src={p.source!r} tgt={p.target!r} | {r.text[:150]}"
        for r, p in zip(records, preds, strict=True) if r.type != p.type
    ]


def format_report(result: dict[str, object]) -> str:
    """A small table of the figures for all records and each half."""
    def f(key: str) -> str:
        value = result.get(key)
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["PLOVER event coding (plover_gsr_dev.json; tune = even records, heldout = odd records)",
             f"{'':9} {'n':>4} {'type acc':>9} {'macro F1':>9} {'source':>7} {'target':>7}"]
    for prefix, label in (("", "all"), ("tune_", "tune"), ("heldout_", "heldout")):
        lines.append(
            f"{label:9} {f(prefix + 'n'):>4} {f(prefix + 'type_accuracy'):>9} {f(prefix + 'macro_f1'):>9} "
            f"{f(prefix + 'source_match'):>7} {f(prefix + 'target_match'):>7}"
        )
    return "\n".join(lines)
