"""TempEval-3 style scoring of time expressions against TimeML (.tml) gold files.

Each file's DCT is the anchor; the TEXT section (tags stripped) goes through ``load_nlp()`` and
``extract_timexes``. Figures: strict (exact span) and relaxed (any overlap) extraction P/R/F1, type
and value accuracy over relaxed matches, and value F1 = relaxed F1 x value accuracy.

Splits of the sorted file list: ``tune`` = even positions, ``dev`` = odd positions (held out from
rule development), ``all`` = every file.

MEANTIME's CAT XML (``<token>`` list plus ``TIMEX3`` markables over token ids) is read too: the
tokens of the annotated part (title, dateline, first four sentences) are joined back into text and
the CREATION_TIME expression's value is the anchor.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from storyline.model import Timex

_TAG = re.compile(r"<[^>]+>")
_TIMEX_OPEN = re.compile(r"<TIMEX3\b([^>]*)>", re.I)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class GoldDocument:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


@dataclass(slots=True)
class Pair:
    """One relaxed match between a gold and a system expression."""

    doc: str
    gold: GoldTimex
    system: Timex


def read_tml(path: Path) -> GoldDocument:
    """Text of the TEXT section with TIMEX3 spans mapped to offsets in it, and the DCT value."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct_match = re.search(r"<DCT>\s*<TIMEX3\b([^>]*)>", raw, re.I)
    dct = dict(_ATTR.findall(dct_match.group(1))).get("value") if dct_match else None
    body_match = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S | re.I)
    body = body_match.group(1) if body_match else raw
    out: list[str] = []
    length = 0
    stack: list[tuple[dict[str, str], int]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        text = tag.group(0)
        opened = _TIMEX_OPEN.match(text)
        if opened:
            stack.append((dict(_ATTR.findall(opened.group(1))), length))
        elif text.upper().startswith("</TIMEX3") and stack:
            attrs, start = stack.pop()
            timexes.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    out.append(html.unescape(body[pos:]))
    full = "".join(out)
    for timex in timexes:
        timex.text = full[timex.start : timex.end]
    return GoldDocument(path.name, full, dct, timexes)


_TOKEN = re.compile(r'<token\b([^>]*)>(.*?)</token>', re.S)
_CAT_TIMEX = re.compile(r"<TIMEX3\b([^>]*?)(?:/>|>(.*?)</TIMEX3>)", re.S)
_ANCHOR = re.compile(r'<token_anchor\s+t_id="(\d+)"')
_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "n't", "'", "''", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "$", "``", "US$"}
# MEANTIME annotates the title, the dateline and the first four sentences (sentences 0-5) only
CAT_ANNOTATED_SENTENCES = 6


def read_cat(path: Path) -> GoldDocument:
    """A MEANTIME CAT XML file: its annotated sentences rebuilt from the tokens (one line each), TIMEX3 offsets in them."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length, sentence, previous, quote_open = 0, None, "", False
    for attrs_text, word_raw in _TOKEN.findall(raw):
        attrs = dict(_ATTR.findall(attrs_text))
        if int(attrs.get("sentence", "0")) >= CAT_ANNOTATED_SENTENCES:
            break
        word = html.unescape(word_raw)
        if sentence is not None and attrs.get("sentence") != sentence:
            sep = "\n"
        elif not parts:
            sep = ""
        elif word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER or (word == '"' and quote_open) or (previous == '"' and quote_open):
            sep = ""
        else:
            sep = " "
        if word == '"':
            quote_open = not quote_open
        parts.append(sep + word)
        length += len(sep)
        spans[attrs.get("t_id", "")] = (length, length + len(word))
        length += len(word)
        sentence, previous = attrs.get("sentence"), word
    text = "".join(parts)
    timexes: list[GoldTimex] = []
    dct = None
    for attrs_text, inner in _CAT_TIMEX.findall(raw):
        attrs = dict(_ATTR.findall(attrs_text))
        ids = [spans[i] for i in _ANCHOR.findall(inner or "") if i in spans]
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value")
        if not ids:
            continue  # a time the annotators added without text
        start, end = min(a for a, _ in ids), max(b for _, b in ids)
        timexes.append(GoldTimex(start, end, text[start:end], attrs.get("type", ""), attrs.get("value", "")))
    timexes.sort(key=lambda t: t.start)
    return GoldDocument(path.name, text, dct, timexes)


def read_gold(path: Path) -> GoldDocument:
    """A TimeML .tml file or a MEANTIME CAT .xml file."""
    return read_cat(path) if path.suffix.lower() == ".xml" else read_tml(path)


def gold_files(gold: Path, split: str = "all") -> list[Path]:
    """The .tml (else MEANTIME .xml) files under a folder, sorted, once per name, for one split (tune = even, dev = odd)."""
    found = sorted(gold.rglob("*.tml")) or sorted(p for p in gold.rglob("*.xml") if p.parent.name.startswith("corpus_"))
    files, seen = [], set()
    for path in found:  # TBAQ-cleaned/testpipeline repeats a TimeBank file; MEANTIME has two copies of each
        if path.name not in seen:
            seen.add(path.name)
            files.append(path)
    if split == "tune":
        return files[0::2]
    if split == "dev":
        return files[1::2]
    return files


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs_by_doc: list[tuple[GoldDocument, list[Timex]]]) -> tuple[dict[str, object], list[Pair]]:
    """Strict/relaxed extraction and attribute figures, and the relaxed pairs."""
    n_gold = n_sys = strict_g = strict_s = relaxed_g = relaxed_s = 0
    pairs: list[Pair] = []
    for doc, system in pairs_by_doc:
        n_gold += len(doc.timexes)
        n_sys += len(system)
        spans = {(t.start, t.end) for t in doc.timexes}
        strict_s += sum((t.start, t.end) in spans for t in system)
        strict_g += sum((g.start, g.end) in {(t.start, t.end) for t in system} for g in doc.timexes)
        used: set[int] = set()
        for g in doc.timexes:
            overlapping = [i for i, t in enumerate(system) if t.start < g.end and g.start < t.end]
            if overlapping:
                relaxed_g += 1
                best = min(overlapping, key=lambda i: (i in used, abs(system[i].start - g.start) + abs(system[i].end - g.end)))
                if best not in used:
                    pairs.append(Pair(doc.name, g, system[best]))
                used.add(best)
        relaxed_s += sum(any(t.start < g.end and g.start < t.end for g in doc.timexes) for t in system)
    sp, sr = (strict_s / n_sys if n_sys else 0.0), (strict_g / n_gold if n_gold else 0.0)
    rp, rr = (relaxed_s / n_sys if n_sys else 0.0), (relaxed_g / n_gold if n_gold else 0.0)
    type_ok = sum(p.gold.type == p.system.type for p in pairs)
    value_ok = sum(p.gold.value == (p.system.value or "") for p in pairs)
    value_acc = value_ok / len(pairs) if pairs else 0.0
    result: dict[str, object] = {
        "n": len(pairs_by_doc),
        "n_gold": n_gold,
        "n_system": n_sys,
        "strict_precision": sp,
        "strict_recall": sr,
        "strict_f1": _f1(sp, sr),
        "relaxed_precision": rp,
        "relaxed_recall": rr,
        "relaxed_f1": _f1(rp, rr),
        "type_accuracy": type_ok / len(pairs) if pairs else 0.0,
        "value_accuracy": value_acc,
        "value_f1": _f1(rp, rr) * value_acc,
    }
    return result, pairs


def system_timexes(docs: list[GoldDocument], *, progress: bool = True) -> list[tuple[GoldDocument, list[Timex]]]:
    """Run the spaCy pipeline and the extractor over each gold text, anchored on its DCT."""
    from tqdm import tqdm

    from storyline.analyse.time.expressions import extract_timexes
    from storyline.nlp import load_nlp

    nlp = load_nlp()
    out = []
    texts = [d.text for d in docs]
    parsed = nlp.pipe(texts, batch_size=8)
    for doc, spacy_doc in tqdm(zip(docs, parsed, strict=True), total=len(docs), disable=not progress, desc="timex"):
        out.append((doc, extract_timexes(spacy_doc, doc.name, anchor=doc.dct)))
    return out


def run(gold: Path, *, limit: int | None = None, progress: bool = True, split: str = "all") -> dict[str, object]:
    """TempEval-3 figures for the .tml files under ``gold`` (split: all, tune or dev)."""
    files = gold_files(Path(gold), split)
    if limit is not None:
        files = files[:limit]
    docs = [read_gold(path) for path in files]
    result, _ = score(system_timexes(docs, progress=progress))
    result["split"] = split
    return result


def errors(gold: Path, *, limit: int | None = None, split: str = "tune") -> list[str]:
    """Lines describing misses, false alarms and wrong values (for development on the tune split)."""
    files = gold_files(Path(gold), split)[:limit]
    docs = [read_gold(path) for path in files]
    results = system_timexes(docs, progress=False)
    _, pairs = score(results)
    lines = []
    for doc, system in results:
        for g in doc.timexes:
            if not any(t.start < g.end and g.start < t.end for t in system):
                lines.append(f"MISS\t{doc.dct}\t{g.text!r}\t{g.type}\t{g.value}")
        for t in system:
            if not any(t.start < g.end and g.start < t.end for g in doc.timexes):
                lines.append(f"FALSE\t{doc.dct}\t{t.text!r}\t{t.type}\t{t.value}")
    for p in pairs:
        if p.gold.value != (p.system.value or "") or p.gold.type != p.system.type:
            lines.append(f"VALUE\t{p.gold.text!r}|{p.system.text!r}\t{p.gold.type}/{p.system.type}\t{p.gold.value}|{p.system.value}\t{p.system.basis}")
    return lines


def format_report(result: dict[str, object]) -> str:
    """A small table of the figures."""
    def f(key: str) -> str:
        value = result.get(key)
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    rows = [
        f"TempEval-3 time expressions ({result.get('split', 'all')} split, {result.get('n')} documents, "
        f"{result.get('n_gold')} gold / {result.get('n_system')} system)",
        f"{'':10} {'P':>6} {'R':>6} {'F1':>6}",
        f"{'strict':10} {f('strict_precision'):>6} {f('strict_recall'):>6} {f('strict_f1'):>6}",
        f"{'relaxed':10} {f('relaxed_precision'):>6} {f('relaxed_recall'):>6} {f('relaxed_f1'):>6}",
        f"type accuracy  {f('type_accuracy')}",
        f"value accuracy {f('value_accuracy')}",
        f"value F1       {f('value_f1')}",
    ]
    return "\n".join(rows)
