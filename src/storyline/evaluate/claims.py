"""Claims: the ledger's stance function on FNC-1, and the ledger itself on a Timeline17 topic.

``--gold ../shared/eval/fnc1-stance-test``: every headline/body pair of the FNC-1 competition test
set is scored with ``analyse.claims.stance.stance`` (the function the ledger uses to tell asserts,
denies and reports apart): per-class F1, macro-F1 over the four classes (the figure that counts, per
Hanselowski et al. 2018) and the FNC score relative to its maximum. Beside it, the same relatedness
with every related pair called ``discuss`` (the FNC score alone rewards that). Only the test split is
here: it measures the function, nothing was fitted to it.

``--gold`` a Timeline17 topic folder: the topic is ingested through the product's own path and every
sentence with a denial verb (deny, reject, dispute and their forms) is looked up in the ledger: it
counts as recalled when a ledger entry cites that sentence as a denial and names a denier that the
sentence names.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tqdm import tqdm

LABELS = ("agree", "disagree", "discuss", "unrelated")
DENIAL_RE = re.compile(r"\b(den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing))\b", re.IGNORECASE)


def fnc_pairs(root: Path) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(headline, body id, stance) rows and body id -> text, read with a real CSV parser."""
    csv.field_size_limit(10_000_000)
    with (root / "competition_test_bodies.csv").open(encoding="utf-8", newline="") as fh:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(fh)}
    with (root / "competition_test_stances.csv").open(encoding="utf-8", newline="") as fh:
        rows = [(row["Headline"], row["Body ID"], row["Stance"]) for row in csv.DictReader(fh)]
    return rows, bodies


def f1_scores(gold: list[str], predicted: list[str]) -> dict[str, float]:
    out = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        out[label] = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return out


def fnc_score(gold: list[str], predicted: list[str]) -> float:
    """The official weighting (0.25 related/unrelated right, +0.75 the related class right), relative to the maximum."""
    score = maximum = 0.0
    for g, p in zip(gold, predicted, strict=True):
        maximum += 0.25 if g == "unrelated" else 1.0
        if (g == "unrelated") == (p == "unrelated"):
            score += 0.25
        if g != "unrelated" and g == p:
            score += 0.75
    return round(score / maximum, 4) if maximum else 0.0


def run_fnc(root: Path, *, limit: int | None = None, progress: bool = True) -> dict[str, Any]:
    from storyline.analyse.claims.stance import stance

    rows, bodies = fnc_pairs(root)
    rows = rows[:limit] if limit else rows
    gold = [s for _, _, s in rows]
    predicted = [stance(h, bodies[b]).label for h, b, _ in tqdm(rows, desc="pairs", unit="pair", disable=not progress, file=sys.stderr)]
    per_class = f1_scores(gold, predicted)
    discuss_all = [p if p == "unrelated" else "discuss" for p in predicted]
    return {
        "set": "fnc1-test", "pairs": len(rows), "per_class_f1": per_class,
        "macro_f1": round(sum(per_class.values()) / len(LABELS), 4), "fnc_score": fnc_score(gold, predicted),
        "confusion": {g: dict(Counter(p for gg, p in zip(gold, predicted, strict=True) if gg == g)) for g in LABELS},
        "reference_related_as_discuss": {"macro_f1": round(sum(f1_scores(gold, discuss_all).values()) / len(LABELS), 4),
                                         "fnc_score": fnc_score(gold, discuss_all)},
    }


def run_denials(folder: Path, *, limit: int | None = None, progress: bool = True) -> dict[str, Any]:
    """Denial recall of the ledger on one Timeline17 topic, ingested by the product."""
    from storyline.evaluate.product import ingested_store
    from storyline.evaluate.t17 import topic_documents

    with ingested_store(topic_documents(folder, limit=limit), progress=progress) as store:
        result = denial_recall(store)
    return {"set": folder.name, **result}


def denial_sentences(store: Any) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The articles' texts, and every sentence with a denial verb (``DENIAL_RE``), by article and offset."""
    texts = {a["id"]: a["text"] for a in store.article_rows(with_text=True)}
    return texts, [s for s in store.rows("sentences") if DENIAL_RE.search(texts[s["article"]][s["start"] : s["end"]])]


def denial_recall(store: Any) -> dict[str, Any]:
    """Of the sentences with a denial verb, the share the ledger holds as a denial with a denier the sentence names."""
    texts, sentences = denial_sentences(store)
    denials: dict[tuple[str, int, int], list[str]] = {}
    for claim in store.query("SELECT c.denied_by, ce.article, ce.start, ce.\"end\" FROM claim_evidence ce JOIN claims c ON c.id = ce.claim "
                             "WHERE ce.role = 'denies'", json=True):
        denials.setdefault((claim["article"], claim["start"], claim["end"]), []).extend(claim["denied_by"])
    aliases: dict[str, list[str]] = {}
    for entity in store.query("SELECT name, aliases FROM entities", json=True):
        aliases.setdefault(entity["name"], [entity["name"]]).extend(entity["aliases"])
    recalled, missed = 0, []
    for s in sentences:
        text = texts[s["article"]][s["start"] : s["end"]]
        # evidence ending in the sentence: a rejection of "the proposal" cites the sentence before, naming it, as well
        named = [d for key, who in denials.items() if key[0] == s["article"] and s["start"] < key[2] <= s["end"] for d in who]
        if any(_names(form, text) for d in named for form in aliases.get(d, [d])):
            recalled += 1
        else:
            missed.append({"article": s["article"], "start": s["start"], "end": s["end"], "text": text[:300]})
    return {"denial_sentences": len(sentences), "recalled": recalled,
            "denial_recall": round(recalled / len(sentences), 4) if sentences else None, "missed_sample": missed[:20]}


def _names(name: str, sentence: str) -> bool:
    """The sentence names this party (its full name or its last word; the caller tries each of its entity's aliases:
    "The U.S. rejected ..." names the United States)."""
    lowered = sentence.lower()
    return name.lower() in lowered or name.split()[-1].lower() in lowered


def run(gold: Path, *, limit: int | None = None, progress: bool = True) -> dict[str, Any]:
    gold = Path(gold)
    if (gold / "competition_test_stances.csv").exists():
        return run_fnc(gold, limit=limit, progress=progress)
    if any(gold.glob("articles.json*")):
        return run_denials(gold, limit=limit, progress=progress)
    raise ValueError(f"{gold} is neither the FNC-1 test folder nor a Timeline17 topic folder")


def format_report(result: dict[str, Any]) -> str:
    if result.get("set") == "fnc1-test":
        per = result["per_class_f1"]
        ref = result["reference_related_as_discuss"]
        return "\n".join([
            f"FNC-1 competition test ({result['pairs']} pairs): macro-F1 {result['macro_f1']:.3f}, FNC score {result['fnc_score']:.1%}",
            "per-class F1: " + ", ".join(f"{k} {v:.3f}" for k, v in per.items()),
            f"reference, every related pair called discuss: macro-F1 {ref['macro_f1']:.3f}, FNC score {ref['fnc_score']:.1%}",
            "anchors (Hanselowski et al. 2018, trained): macro-F1 0.58-0.61, FNC score ~82%",
        ])
    lines = [f"{result['set']}: {result['recalled']} of {result['denial_sentences']} denial sentences in the ledger with their denier "
             f"(recall {result['denial_recall']})"]
    lines += [f"  missed {m['article'][:8]} [{m['start']}:{m['end']}] {m['text'][:160]}" for m in result["missed_sample"][:10]]
    return "\n".join(lines)
