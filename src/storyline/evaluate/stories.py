"""Stories in a stream: the product's online story assignment against gold document clusterings.

Gold sets (``--gold``): ``../shared/eval/ecbplus`` (43 topics, each a story: its two sub-events are
two similar real-world events of one kind), ``../shared/eval/wikiref220`` (5 stories + 35 articles
of 11 small topics, labels from file names), and the Timeline17 folder, from which a stream is made
of whole topics (every outlet of a topic is one story), sampled evenly over time and shuffled by
publication date. The T17 split is topic-disjoint: ``dev`` topics (``T17_DEV``) are the ones the
constants of ``analyse/stories.py`` and the baseline threshold were tuned on; ``test`` topics were
never looked at while tuning (``evaluate/splits.py``). ECB+ and WikiRef220 were not used for tuning either.

Each set is ingested by the product's own path (``ingest_documents`` into a temporary store, the
corpus stages included) in stream order, and each article's story is read back from the store.
Beside it runs a simple baseline: TF-IDF cosine over the whole set with single-link clustering at
``BASELINE_THRESHOLD``. Scores: B-cubed precision, recall and F1 (Bagga & Baldwin 1998) and the
Adjusted Rand Index (Hubert & Arabie 1985).
"""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from storyline.evaluate.splits import T17_DEV, T17_TEST, t17_topic

PER_FOLDER = 80  # articles per topic folder in a T17 stream, spread evenly over its dates
BASELINE_THRESHOLD = 0.1  # single-link cosine: the best B3 F1 of 0.1-0.4 on the dev stream (0.711)
_WORD = re.compile(r"[^\W\d_]{3,}")


# --- gold sets --------------------------------------------------------------------------------


def ecbplus_records(root: Path) -> list[tuple[dict[str, str], str]]:
    """(record, topic) for every ECB+ document, topics and files in numeric order."""
    base = root / "ECB+" if (root / "ECB+").is_dir() else root
    out = []
    topics = sorted((p for p in base.iterdir() if p.is_dir() and p.name.isdigit()), key=lambda p: int(p.name))
    for topic in topics:
        for path in sorted(topic.glob("*.xml"), key=lambda p: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", p.name)]):
            sentences: dict[str, list[str]] = {}
            for token in ET.parse(path).getroot().iter("token"):
                sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
            text = "\n\n".join(" ".join(words) for words in sentences.values())
            out.append(({"url": f"ecbplus://{topic.name}/{path.name}", "text": text}, topic.name))
    return out


def wikiref_records(root: Path) -> list[tuple[dict[str, str], str]]:
    """(record, topic) for every WikiRef220 article; the topic is the file name without its number."""
    base = root / "WikiRef220" if (root / "WikiRef220").is_dir() else root
    out = []
    for path in sorted(base.glob("*.txt")):
        topic = re.sub(r"(\s*\(\d+\)|\.\d+)$", "", path.stem)
        text = path.read_bytes().decode("utf-8", errors="replace")
        out.append(({"url": f"wikiref://{path.name}", "text": text}, topic))
    return out


def t17_records(root: Path, topics: Sequence[str], *, per_folder: int = PER_FOLDER) -> list[tuple[dict[str, str], str]]:
    """A stream of whole T17 topics: each folder's articles sampled evenly over time, all sorted by date."""
    from storyline.evaluate.t17 import is_topic, topic_records

    out: list[tuple[dict[str, str], str]] = []
    for folder in sorted(f for f in root.iterdir() if is_topic(f)):
        topic = t17_topic(folder)
        if topic not in topics:
            continue
        records = topic_records(folder)
        step = max(1, len(records) / per_folder)
        out.extend((records[int(i * step)], topic) for i in range(min(per_folder, len(records))))
    out.sort(key=lambda pair: (pair[0]["published"], pair[0]["url"]))
    return out


def gold_sets(gold: Path, split: str) -> dict[str, list[tuple[dict[str, str], str]]]:
    """The named record streams under ``gold``: one set, or every set a shared/eval folder holds."""
    if (gold / "ECB+").is_dir() or gold.name == "ecbplus":
        return {"ecbplus": ecbplus_records(gold)}
    if (gold / "WikiRef220").is_dir() or gold.name == "WikiRef220":
        return {"wikiref220": wikiref_records(gold)}
    t17 = gold / "t17" if (gold / "t17").is_dir() else gold
    if any(p.is_dir() and any(p.glob("articles.json*")) for p in t17.iterdir()):
        parts = {"dev": T17_DEV, "test": T17_TEST}
        chosen = parts if split == "all" else {split: parts[split]}
        return {f"t17-{name}": t17_records(t17, topics) for name, topics in chosen.items()}
    found: dict[str, list[tuple[dict[str, str], str]]] = {}
    for sub in ("ecbplus", "wikiref220", "timeline17"):
        if (gold / sub).is_dir():
            found.update(gold_sets(gold / sub, split))
    if not found:
        raise ValueError(f"{gold} holds no ECB+, WikiRef220 or Timeline17 data")
    return found


# --- scores -------------------------------------------------------------------------------------


def b_cubed(predicted: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of one clustering against another (item i in cluster predicted[i])."""
    pairs = Counter(zip(predicted, gold, strict=True))
    size_p, size_g = Counter(predicted), Counter(gold)
    n = len(gold)
    precision = sum(c * c / size_p[p] for (p, _g), c in pairs.items()) / n
    recall = sum(c * c / size_g[g] for (_p, g), c in pairs.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def adjusted_rand(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """Adjusted Rand Index from the contingency table."""

    def pairs(k: int) -> float:
        return k * (k - 1) / 2

    n = len(gold)
    index = sum(pairs(c) for c in Counter(zip(predicted, gold, strict=True)).values())
    a = sum(pairs(c) for c in Counter(predicted).values())
    b = sum(pairs(c) for c in Counter(gold).values())
    expected = a * b / pairs(n) if n > 1 else 0.0
    maximum = (a + b) / 2
    return round((index - expected) / (maximum - expected), 4) if maximum != expected else 1.0


def score(predicted: Sequence[str], gold: Sequence[str]) -> dict[str, Any]:
    return {**b_cubed(predicted, gold), "ari": adjusted_rand(predicted, gold), "clusters": len(set(predicted)),
            "gold_clusters": len(set(gold))}


# --- the product and the baseline -------------------------------------------------------------


def product_stories(records: Sequence[dict[str, str]], *, progress: bool = False) -> list[str]:
    """Each record's story as the product assigns it: ingest in stream order into a temporary store, read back."""
    from storyline.evaluate.product import ingested_store
    from storyline.ingest.sources import records_from_jsonl
    from storyline.model import RawDocument
    from storyline.options import DEFAULT_MAX_BYTES

    raw = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    docs = [d for d in records_from_jsonl(raw, source="eval", max_bytes=DEFAULT_MAX_BYTES)]
    ids = [d.id if isinstance(d, RawDocument) else None for d in docs]
    with ingested_store(docs, progress=progress) as store:
        placed = {r["article"]: r["story"] for r in store.query("SELECT article, story FROM story_articles")}
    return [placed.get(i or "", f"unplaced-{n}") for n, i in enumerate(ids)]


def baseline_stories(texts: Sequence[str], threshold: float = BASELINE_THRESHOLD) -> list[str]:
    """TF-IDF cosine over the whole set, single-link: connected components of pairs at or above ``threshold``."""
    return single_link(tfidf_similarities(texts), threshold)


ORACLE_THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 17))  # 0.05 .. 0.8


def tfidf_similarities(texts: Sequence[str]) -> np.ndarray:
    """Cosine similarities of the texts' TF-IDF vectors (words of 3+ letters, stop words out, terms in 2+ texts)."""
    from storyline.analyse.terms import stop_words

    stop = stop_words()
    counts = [Counter(w for w in _WORD.findall(t.lower()) if w not in stop) for t in texts]
    df = Counter(term for c in counts for term in c)
    vocab = {t: i for i, t in enumerate(sorted(t for t, k in df.items() if k >= 2))}
    n = len(texts)
    matrix = np.zeros((n, len(vocab)), dtype=np.float32)
    for row, c in enumerate(counts):
        for term, k in c.items():
            if term in vocab:
                matrix[row, vocab[term]] = (1 + math.log(k)) * (math.log((n + 1) / (df[term] + 1)) + 1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms == 0, 1, norms)
    return np.asarray(matrix @ matrix.T)


def single_link(sims: np.ndarray, threshold: float) -> list[str]:
    """Connected components of the pairs whose similarity reaches ``threshold``."""
    n = len(sims)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(sims >= threshold, k=1)), strict=True):
        parent[find(int(i))] = find(int(j))
    return [f"b{find(i)}" for i in range(n)]


def run(gold: Path, *, limit: int | None = None, progress: bool = True, split: str = "dev") -> dict[str, Any]:
    """Score the product and the baseline on every set under ``gold`` (T17: the ``split`` stream)."""
    if split not in ("dev", "test", "all"):
        raise ValueError("split must be dev, test or all")
    result: dict[str, Any] = {"split": split, "baseline_threshold": BASELINE_THRESHOLD, "sets": {}}
    for name, pairs in gold_sets(Path(gold), split).items():
        pairs = pairs[:limit] if limit else pairs
        records = [r for r, _ in pairs]
        labels = [g for _, g in pairs]
        sims = tfidf_similarities([r["text"] for r in records])
        oracle = max((score(single_link(sims, t), labels) | {"threshold": t} for t in ORACLE_THRESHOLDS), key=lambda m: m["f1"])
        result["sets"][name] = {
            "articles": len(records),
            "storyline": score(product_stories(records, progress=progress), labels),
            "baseline": score(single_link(sims, BASELINE_THRESHOLD), labels),
            "baseline_oracle": oracle,  # the baseline at its best threshold on this very set: an upper bound, not a tuned system
        }
    return result


def format_report(result: dict[str, Any]) -> str:
    t17 = any(name.startswith("t17") for name in result["sets"])
    split = f"T17 split: {result['split']}; " if t17 else ""
    lines = [f"Stories ({split}"
             f"baseline: TF-IDF single-link at {result['baseline_threshold']}; oracle: the baseline at its best threshold per set)",
             f"{'set':<12} {'n':>5}  {'system':<16} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'ARI':>6} {'clusters':>9}"]
    for name, s in result["sets"].items():
        for system in ("storyline", "baseline", "baseline_oracle"):
            m = s[system]
            label = f"oracle @{m['threshold']}" if system == "baseline_oracle" else system
            lines.append(f"{name:<12} {s['articles']:>5}  {label:<16} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
                         f"{m['ari']:>6.3f} {m['clusters']:>4}/{m['gold_clusters']}")
    lines.append("Anchor: Miranda et al. (EMNLP 2018), online TF-IDF + entity clustering of a multilingual news stream.")
    return "\n".join(lines)
