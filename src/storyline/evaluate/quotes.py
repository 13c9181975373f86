"""Quote attribution measured on PolNeAR (brat Source / Cue / Content spans).

Layout: ``<gold>/text/<article>.txt`` and ``<gold>/attributions/<article>_<annotator>.ann``; ``gold`` may
be the PolNeAR folder (its ``data/dev`` split is used), a ``data`` folder, or a split folder. An
article annotated by several annotators is scored once, against the first ``.ann`` file by name.
The first line of each text is its title; the body starts after it.

Predictions are ``extract_quotes`` output. A predicted quote nested inside another predicted quote's
content (a partial quote within an indirect one) is merged into the outer one, because PolNeAR
gives each token to one attribution only; quotes sharing one cue (``"Judge," he said, "I…"``) are
one attribution, scored by the hull of their contents.

Matching, always one-to-one (greedy, best pairs first):

* **tokens** are the ``\\w+`` runs of the text; a span's tokens are those starting inside it (a
  discontinuous gold span contributes all its fragments).
* **content exact**: both spans equal after trimming whitespace, quote marks and punctuation at
  either end (a discontinuous gold span is compared by its first-to-last hull).
* **content overlap**: the two spans share at least one token; pairs are taken in order of
  decreasing token Jaccard. ``content_token_*`` also gives token-level precision/recall (share of
  predicted content tokens inside some gold content, and the reverse).
* **cue** and **source**: distinct predicted cue (speaker-mention) spans against distinct gold Cue
  (Source) spans; a pair matches when the character ranges overlap.
* **quote with speaker** (end to end): a predicted quote is correct when it content-overlap matches
  a gold attribution and its speaker mention overlaps that attribution's Source (or both have
  none). Precision is over predicted quotes, recall over gold attributions.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

WORD = re.compile(r"\w+")
EDGE = re.compile("^[\\s\"'“”‘’«».,;:!?()\\-–—]+|[\\s\"'“”‘’«».,;:!?()\\-–—]+$")

Range = tuple[int, int]


@dataclass(slots=True)
class GoldAttribution:
    content: list[Range]
    cue: list[Range] = field(default_factory=list)
    source: list[Range] = field(default_factory=list)


@dataclass(slots=True)
class Predicted:
    content: Range
    cue: Range | None
    source: Range | None


def split_dir(gold: Path) -> Path:
    """The folder holding text/ and attributions/ (defaults to the dev split)."""
    for candidate in (gold, gold / "dev", gold / "data" / "dev"):
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            return candidate
    raise FileNotFoundError(f"no text/ and attributions/ under {gold}")


def _ranges(spec: str) -> list[Range]:
    """'12 20;25 30' -> [(12, 20), (25, 30)]."""
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    """Attributions of one brat file; T lines may be defined after the E line that uses them."""
    spans: dict[str, tuple[str, list[Range]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, spec = parts[1].partition(" ")
            try:
                spans[parts[0]] = (label, _ranges(spec))
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            events.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    out = []
    for event in events:
        content = _role_ranges(spans, event, "Content")
        if content:
            out.append(GoldAttribution(content, _role_ranges(spans, event, "Cue"), _role_ranges(spans, event, "Source")))
    return out


def _role_ranges(spans: dict[str, tuple[str, list[Range]]], event: dict[str, str], role: str) -> list[Range]:
    """The ranges of one role of an attribution (empty when absent)."""
    ref = event.get(role)
    return spans[ref][1] if ref is not None and ref in spans else []


def load_gold(gold: Path, limit: int | None = None) -> list[tuple[str, str, list[GoldAttribution]]]:
    """(name, text, attributions) for each article of the split."""
    folder = split_dir(gold)
    out = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        out.append((text_path.stem, text_path.read_text(encoding="utf-8"), read_ann(anns[0])))
        if limit is not None and len(out) >= limit:
            break
    return out


def predict(text: str, doc: object) -> list[Predicted]:
    """Quotes of one text, nested ones merged into their outer quote."""
    from storyline.analyse.quotes.attribution import extract_quotes

    first_line = text.find("\n")
    body_start = first_line + 1 if first_line >= 0 else 0
    quotes = extract_quotes(doc, "eval", body_start=body_start)  # type: ignore[arg-type]
    preds: list[Predicted] = []
    by_cue: dict[Range, Predicted] = {}
    for q in quotes:
        if any(o is not q and o.start <= q.start and q.end <= o.end and (o.end - o.start) > (q.end - q.start) for o in quotes):
            continue
        cue = (q.cue_start, q.cue_end) if q.cue_start is not None and q.cue_end is not None else None
        src = (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else None
        if cue is not None and cue in by_cue:  # '"Judge," Brafman said, "I have…"': one attribution
            first = by_cue[cue]
            first.content = (min(first.content[0], q.start), max(first.content[1], q.end))
            continue
        pred = Predicted((q.start, q.end), cue, src)
        preds.append(pred)
        if cue is not None:
            by_cue[cue] = pred
    return preds


def _tokens(text: str, ranges: list[Range]) -> frozenset[int]:
    """Start offsets of the word tokens inside the ranges."""
    out: set[int] = set()
    for a, b in ranges:
        out.update(m.start() for m in WORD.finditer(text, a, b))
    return frozenset(out)


def _normal(text: str, ranges: list[Range]) -> Range:
    """Hull of the ranges, trimmed of marks and punctuation at both ends."""
    a, b = ranges[0][0], ranges[-1][1]
    piece = text[a:b]
    lead = re.match("^[\\s\"'“”‘’«».,;:!?()\\-–—]*", piece)
    trail = re.search("[\\s\"'“”‘’«».,;:!?()\\-–—]*$", piece)
    start = a + (lead.end() if lead else 0)
    end = b - (len(trail.group(0)) if trail else 0)
    return (start, max(start, end))


def _overlaps(x: list[Range], y: list[Range]) -> bool:
    return any(a < d and c < b for a, b in x for c, d in y)


def match_pairs(scores: list[tuple[float, int, int]]) -> dict[int, int]:
    """Greedy one-to-one matching, best score first: predicted index -> gold index."""
    taken_p: dict[int, int] = {}
    taken_g: set[int] = set()
    for _, p, g in sorted(scores, key=lambda s: -s[0]):
        if p in taken_p or g in taken_g:
            continue
        taken_p[p] = g
        taken_g.add(g)
    return taken_p


def _prf(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _span_match_count(pred: set[Range], gold: set[Range]) -> int:
    """One-to-one overlap matches between two sets of character ranges."""
    plist, glist = sorted(pred), sorted(gold)
    scores = [(1.0, i, j) for i, p in enumerate(plist) for j, g in enumerate(glist) if p[0] < g[1] and g[0] < p[1]]
    return len(match_pairs(scores))


def score_article(text: str, gold: list[GoldAttribution], preds: list[Predicted]) -> dict[str, float]:
    """Counts for one article."""
    c: dict[str, float] = {"n_pred": len(preds), "n_gold": len(gold)}
    gold_tokens = [_tokens(text, g.content) for g in gold]
    pred_tokens = [_tokens(text, [p.content]) for p in preds]
    scores = []
    for i, pt in enumerate(pred_tokens):
        for j, gt in enumerate(gold_tokens):
            shared = len(pt & gt)
            if shared:
                scores.append((shared / len(pt | gt), i, j))
    pairs = match_pairs(scores)
    c["overlap_tp"] = len(pairs)
    gold_norm = [_normal(text, g.content) for g in gold]
    exact = [(1.0, i, j) for i, p in enumerate(preds) for j, g in enumerate(gold_norm) if _normal(text, [p.content]) == g]
    c["exact_tp"] = len(match_pairs(exact))
    all_gold = frozenset().union(*gold_tokens) if gold_tokens else frozenset()
    all_pred = frozenset().union(*pred_tokens) if pred_tokens else frozenset()
    c["tok_pred"], c["tok_gold"], c["tok_tp"] = len(all_pred), len(all_gold), len(all_pred & all_gold)
    pred_cues = {p.cue for p in preds if p.cue is not None}
    gold_cues = {tuple(r) for g in gold for r in g.cue[:1]}
    c["cue_pred"], c["cue_gold"] = len(pred_cues), len(gold_cues)
    c["cue_tp"] = _span_match_count(pred_cues, gold_cues)  # type: ignore[arg-type]
    pred_src = {p.source for p in preds if p.source is not None}
    gold_src = {r for g in gold for r in g.source[:1]}
    c["src_pred"], c["src_gold"] = len(pred_src), len(gold_src)
    c["src_tp"] = _span_match_count(pred_src, gold_src)
    good = 0
    for i, j in pairs.items():
        p, g = preds[i], gold[j]
        if (p.source is None and not g.source) or (p.source is not None and _overlaps([p.source], g.source)):
            good += 1
    c["speaker_tp"] = good
    return c


def run(gold: Path, *, limit: int | None = None, progress: bool = True) -> dict[str, object]:
    """Score extract_quotes on a PolNeAR split; returns the metrics as a flat dict."""
    from storyline.nlp import load_nlp

    nlp = load_nlp()
    articles = load_gold(Path(gold), limit)
    totals: dict[str, float] = {}
    docs = nlp.pipe((text for _, text, _ in articles), batch_size=8)
    bar = tqdm(zip(articles, docs, strict=True), total=len(articles), file=sys.stderr, disable=not progress, desc="quotes")
    for (_, text, attributions), doc in bar:
        counts = score_article(text, attributions, predict(text, doc))
        for key, value in counts.items():
            totals[key] = totals.get(key, 0.0) + value
    get = totals.get
    out: dict[str, object] = {"n": len(articles), "split": str(split_dir(Path(gold))), "n_gold": int(get("n_gold", 0)), "n_pred": int(get("n_pred", 0))}
    for name, tp, n_pred, n_gold in (
        ("content_exact", "exact_tp", "n_pred", "n_gold"),
        ("content_overlap", "overlap_tp", "n_pred", "n_gold"),
        ("content_token", "tok_tp", "tok_pred", "tok_gold"),
        ("cue", "cue_tp", "cue_pred", "cue_gold"),
        ("source", "src_tp", "src_pred", "src_gold"),
        ("quote_speaker", "speaker_tp", "n_pred", "n_gold"),
    ):
        p, r, f = _prf(get(tp, 0.0), int(get(n_pred, 0)), int(get(n_gold, 0)))
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = round(p, 4), round(r, 4), round(f, 4)
    return out


def format_report(result: dict[str, object]) -> str:
    """A table of precision, recall and F1 per measure."""
    lines = [
        f"PolNeAR quotes: {result['n']} articles ({result['split']}), {result['n_gold']} gold attributions, {result['n_pred']} predicted",
        f"{'measure':<18}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name in ("content_exact", "content_overlap", "content_token", "cue", "source", "quote_speaker"):
        lines.append(f"{name:<18}{result[name + '_p']:>8.3f}{result[name + '_r']:>8.3f}{result[name + '_f1']:>8.3f}")
    return "\n".join(lines)
