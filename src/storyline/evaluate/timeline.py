"""Timeline summarisation on Timeline17: date selection F1 and alignment ROUGE-1/2 F1.

For each topic folder (``articles.json(.gz)`` + ``*.timeline.json``), storyline builds a timeline
DATEWISE-style: sentences are dated with storyline's own time-expression rules (``timex``'s pattern
finder and normaliser, anchored on each article's publication date; text path, no parse, so that a
full run stays within minutes), dates are ranked by how many sentences reference them (plus a small
weight for articles published that day), as many dates as the gold timeline has are kept (within
the gold timeline's span, as news-tls does), and each date is summarised by the sentences closest
to the centroid of that date's sentences (as many as the gold's mean per date).

Scores follow tilse's definitions, implemented here: date F1 over exact dates; alignment ROUGE
(align+, many-to-one): each system date is aligned to the gold date that maximises its n-gram
overlap weighted by 1/(1 + day distance) for precision, and each gold date to a system date for
recall. ROUGE n-grams come from ``rouge_score``'s tokenizer with Porter stemming.

Splits are topic-disjoint (``evaluate/splits.py``): every outlet of a topic is on one side; ``dev``
topics were used for tuning, ``test`` topics held out; ``all`` is every folder.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tqdm import tqdm

from storyline.evaluate.splits import in_split

PUB_WEIGHT = 0.5
MAX_SENTENCES = 60  # per article: the lead carries most dated facts
_DETOK = [(re.compile(r" ([,.;:?!%])"), r"\1"), (re.compile(r" (['’]s)\b"), r"\1"), (re.compile(r"-LRB- ?"), "("), (re.compile(r" ?-RRB-"), ")"),
          (re.compile(r"`` ?| ?''"), '"')]
_SENT_SPLIT = re.compile(r"(?<=[.?!])\s+(?=[A-Z\"(])")


@dataclass(slots=True)
class Topic:
    """One topic folder: its articles and one gold timeline."""

    name: str
    articles: list[dict[str, Any]]
    gold: dict[str, list[str]]  # date -> summary sentences


def detokenize(text: str) -> str:
    """Undo the PTB tokenisation of the T17 copy, enough for date patterns and sentence splits."""
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    return text


def topic_folders(gold: Path, split: str = "all") -> list[Path]:
    """Topic folders with articles, sorted, of the topic-disjoint ``split`` (``evaluate/splits.py``)."""
    root = Path(gold)
    if any(root.glob("articles.json*")):
        return [root]
    folders = sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("articles.json*"))) if root.is_dir() else []
    return [f for f in folders if in_split(f, split)]


def load_topics(folder: Path) -> list[Topic]:
    """The folder's articles with each of its gold timelines."""
    path = next(folder.glob("articles.json*"))
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        articles = json.load(fh)
    topics = []
    for tl_path in sorted(folder.glob("*.timeline.json")):
        entries = json.loads(tl_path.read_text(encoding="utf-8"))
        gold: dict[str, list[str]] = defaultdict(list)
        for entry in entries:
            sents = [s.strip() for s in re.split(r"\s{2,}|(?<=\.)\s+(?=[A-Z])", detokenize(entry["text"].strip())) if s.strip()]
            gold[entry["date"][:10]].extend(sents)
        topics.append(Topic(f"{folder.name}/{tl_path.name}", articles, dict(gold)))
    return topics


def dated_sentences(article: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(sentence, day values it references) for an article, anchored on its publication date."""
    from storyline.analyse.time.calendar import parse_anchor
    from storyline.analyse.time.candidates import find_candidates
    from storyline.analyse.time.normalise import NEEDS_TENSE, normalise
    from storyline.analyse.time.tense import Tense, tense_from_text

    anchor = parse_anchor(article.get("dct"))
    out = []
    for sent in _SENT_SPLIT.split(detokenize(article.get("text", "")))[:MAX_SENTENCES]:
        if len(sent) < 25:
            continue
        days = []
        for cand in find_candidates(sent):
            tense = tense_from_text(sent, cand.start, cand.end) if cand.kind in NEEDS_TENSE else Tense("unknown")
            res = normalise(cand, anchor, tense)
            if res.type == "DATE" and res.granularity == "day" and res.value and len(res.value) == 10:
                days.append(res.value)
        out.append((sent, days))
    return out


def _vector(text: str, idf: dict[str, float]) -> dict[str, float]:
    """TF-IDF vector of a sentence."""
    counts = Counter(w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2)
    return {w: c * idf.get(w, 1.0) for w, c in counts.items()}


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine similarity of sparse vectors."""
    num = sum(v * b.get(k, 0.0) for k, v in a.items())
    den = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return num / den if den else 0.0


def build_timeline(topic: Topic, *, n_dates: int, n_sents: int, start: str, end: str) -> dict[str, list[str]]:
    """A DATEWISE timeline: top dates by references, each summarised by its most central sentences."""
    refs: Counter[str] = Counter()
    pubs: Counter[str] = Counter()
    by_date: dict[str, list[str]] = defaultdict(list)
    all_sents: list[str] = []
    for article in topic.articles:
        pub = (article.get("dct") or "")[:10]
        pubs[pub] += 1
        for sent, days in dated_sentences(article):
            all_sents.append(sent)
            for d in set(days):
                refs[d] += 1
                by_date[d].append(sent)
    df: Counter[str] = Counter()
    for s in all_sents:
        df.update(set(re.findall(r"[a-z]+", s.lower())))
    idf = {w: math.log(len(all_sents) / (1 + c)) for w, c in df.items()}
    scores = {d: refs[d] + PUB_WEIGHT * pubs.get(d, 0) for d in set(refs) | set(pubs)}
    candidates = [d for d in scores if start <= d <= end and by_date.get(d)]
    chosen = sorted(candidates, key=lambda d: (-scores[d], d))[:n_dates]
    timeline: dict[str, list[str]] = {}
    for d in sorted(chosen):
        sents = list(dict.fromkeys(by_date[d]))
        vecs = [_vector(s, idf) for s in sents]
        centroid: Counter[str] = Counter()
        for v in vecs:
            centroid.update(v)
        ranked = sorted(range(len(sents)), key=lambda i: -_cos(vecs[i], centroid))
        timeline[d] = [sents[i] for i in ranked[:n_sents]]
    return timeline


def date_f1(system: set[str], gold: set[str]) -> float:
    """F1 of exact date overlap."""
    hit = len(system & gold)
    if not hit:
        return 0.0
    p, r = hit / len(system), hit / len(gold)
    return 2 * p * r / (p + r)


def _ngrams(text: str, n: int, tokenizer: Any) -> Counter[tuple[str, ...]]:
    """Stemmed n-gram counts."""
    toks = tokenizer.tokenize(text)
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def _align_side(source: dict[str, Counter[tuple[str, ...]]], target: dict[str, Counter[tuple[str, ...]]]) -> float:
    """Many-to-one: each source date's weighted overlap with its best target date, over all source n-grams."""
    total = sum(sum(c.values()) for c in source.values())
    if not total:
        return 0.0
    matched = 0.0
    for d, grams in source.items():
        best = 0.0
        for g, other in target.items():
            dist = abs((date.fromisoformat(d) - date.fromisoformat(g)).days)
            overlap = sum((grams & other).values()) / (1 + dist)
            best = max(best, overlap)
        matched += best
    return matched / total


def alignment_rouge(system: dict[str, list[str]], gold: dict[str, list[str]], n: int) -> float:
    """Alignment ROUGE-n F1 (align+, many-to-one, date-distance weighted), per tilse's definition."""
    from rouge_score import tokenizers

    tok = tokenizers.DefaultTokenizer(use_stemmer=True)
    sys_grams = {d: _ngrams(" ".join(s), n, tok) for d, s in system.items()}
    gold_grams = {d: _ngrams(" ".join(s), n, tok) for d, s in gold.items()}
    p = _align_side(sys_grams, gold_grams)
    r = _align_side(gold_grams, sys_grams)
    return 2 * p * r / (p + r) if p + r else 0.0


def score_topic(topic: Topic) -> dict[str, float]:
    """Build the topic's timeline with the gold's size and span, and score it."""
    dates = sorted(topic.gold)
    n_sents = max(1, round(sum(len(v) for v in topic.gold.values()) / len(dates)))
    system = build_timeline(topic, n_dates=len(dates), n_sents=n_sents, start=dates[0], end=dates[-1])
    return {
        "date_f1": date_f1(set(system), set(topic.gold)),
        "ar1_f": alignment_rouge(system, topic.gold, 1),
        "ar2_f": alignment_rouge(system, topic.gold, 2),
    }


def run(gold: Path, *, limit: int | None = None, progress: bool = True, split: str = "all") -> dict[str, object]:
    """Mean date F1 and alignment ROUGE-1/2 F1 over the topic timelines under ``gold``."""
    folders = topic_folders(Path(gold), split)[:limit] if limit else topic_folders(Path(gold), split)
    per_topic: dict[str, dict[str, float]] = {}
    for folder in tqdm(folders, disable=not progress, file=sys.stderr, desc="timeline17"):
        for topic in load_topics(folder):
            per_topic[topic.name] = score_topic(topic)
    n = len(per_topic)
    result: dict[str, object] = {
        key: (sum(t[key] for t in per_topic.values()) / n if n else 0.0) for key in ("date_f1", "ar1_f", "ar2_f")
    }
    result["n"] = n
    result["split"] = split
    result["topics"] = {k: {m: round(v, 4) for m, v in s.items()} for k, s in per_topic.items()}
    return result


def format_report(result: dict[str, object]) -> str:
    """Per-topic and mean figures."""
    lines = [f"Timeline17 ({result.get('split')} split, {result.get('n')} timelines; anchors news-tls DATEWISE on all T17: 0.544 / 0.120 / 0.035)",
             f"{'topic':60} {'date F1':>8} {'AR1-F':>7} {'AR2-F':>7}"]
    topics = result.get("topics") or {}
    assert isinstance(topics, dict)
    for name, s in topics.items():
        lines.append(f"{name[:60]:60} {s['date_f1']:>8.3f} {s['ar1_f']:>7.3f} {s['ar2_f']:>7.3f}")
    lines.append(f"{'mean':60} {float(result['date_f1']):>8.3f} {float(result['ar1_f']):>7.3f} {float(result['ar2_f']):>7.3f}")  # type: ignore[arg-type]
    return "\n".join(lines)
