"""Finding time expressions: trigger-word windows, then the patterns of ``timex_patterns``, then plausibility checks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from storyline.analyse.time import patterns as P
from storyline.analyse.time.calendar import number_value
from storyline.spans import strip_span


@dataclass(slots=True)
class Candidate:
    """A matched time expression before normalisation."""

    start: int
    end: int
    kind: str
    text: str
    groups: dict[str, str | None] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# find


def find_candidates(text: str) -> list[Candidate]:
    """All non-overlapping pattern matches, longest first, then by pattern priority."""
    found: list[tuple[int, int, Candidate]] = []
    lowered = text.lower()
    positions: dict[str, list[int]] = {}
    for priority, (kind, pattern) in enumerate(P.PATTERNS):
        for m in _matches(pattern, text, _windows(lowered, P.TRIGGERS[kind], positions)):
            start, end = strip_span(text, *m.span())
            if start == end:
                continue
            start, end = trim_extent(kind, text, start, end)
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            cand = Candidate(start, end, kind, text[start:end], groups)
            if plausible(cand, text):
                found.append((-(end - start), priority, cand))
    found.sort(key=lambda item: (item[0], item[1], item[2].start))
    taken: list[Candidate] = []
    for _, _, cand in found:
        if all(cand.end <= other.start or cand.start >= other.end for other in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _windows(lowered: str, triggers: tuple[str, ...], cache: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Merged stretches of text around each occurrence of a trigger (every match holds one)."""
    starts: list[int] = []
    for word in triggers:
        found = cache.get(word)
        if found is None:
            found = []
            i = lowered.find(word)
            while i >= 0:
                found.append(i)
                i = lowered.find(word, i + 1)
            cache[word] = found
        starts.extend(found)
    starts.sort()
    windows: list[tuple[int, int]] = []
    pad, size = P.TRIGGER_WINDOW, len(lowered)
    for i in starts:
        lo, hi = max(0, i - pad), min(size, i + pad)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _matches(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The pattern's matches inside the windows (look-behinds still see the text before a window)."""
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def find_entity_candidates(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """Expressions only spaCy saw (DATE/TIME entities no pattern matched) that an entity pattern fits whole."""
    out: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in P.ENTITY_LABELS:
            continue
        if any(c.start < ent.end_char and ent.start_char < c.end for c in taken):
            continue
        cand = entity_candidate(ent.text, ent.start_char)
        if cand is not None:
            out.append(cand)
    return out


def entity_candidate(text: str, offset: int = 0) -> Candidate | None:
    """The entity pattern that fits the whole text (less a leading determiner or hedge), if any."""
    start, end = 0, len(text)
    m = P.LEADING_HEDGE.match(text)
    if m:
        start = m.end()
    for kind, pattern in P.ENTITY_PATTERNS:
        found = pattern.match(text, start, end)
        if found:
            groups = {k: v for k, v in found.groupdict().items() if v is not None}
            return Candidate(offset + start, offset + end, kind, text[start:end], groups)
    return None


def trim_extent(kind: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The span narrowed to TimeML's extent: no determiner before 'two-week', no hedge, no 'after'."""
    span = text[start:end]
    m = P.LEADING_DETERMINER.match(span)
    if m and m.end() < len(span):
        start += m.end()
        span = text[start:end]
    if kind in P.HEDGE_TRIM_KINDS:
        m = P.LEADING_HEDGE.match(span)
        if m and m.end() < len(span):
            start += m.end()
            span = text[start:end]
    if kind in P.PREPOSITION_TRIM_KINDS:
        m = P.TRAILING_PREPOSITION.search(span)
        if m and m.start() > 0:
            end = start + m.start()
    return start, end


def plausible(cand: Candidate, text: str) -> bool:
    """Cheap textual filters on a raw match (case of month names, amounts, ages)."""
    g = cand.groups
    before = text[max(0, cand.start - 25) : cand.start]
    after = text[cand.end : cand.end + 25]
    month = g.get("month")
    if month is not None and not month[0].isupper():
        return False
    if not (g.get("weekday") or "A")[0].isupper():
        return False
    if cand.kind == "month" and month is not None:
        if month.lower().rstrip(".") in {"may", "march", "mar", "jan", "dec", "sep", "jun", "jul", "aug", "oct", "nov", "feb", "apr"}:
            if len(cand.text) == len(month) and (month.lower() in {"may", "march"}) and P.NOT_MONTH_BEFORE.search(before):
                return False
            if month.lower().rstrip(".") not in {"may", "march"} and not month.endswith(".") and len(month) <= 3:
                return False
    if cand.kind == "year":
        if P.SKIP_AFTER_YEAR.match(after) or P.NUMBERED_BEFORE_YEAR.search(before):
            return False
    if cand.kind == "set_every" and (g.get("q") or "").lower() in {"a", "per"}:
        return False  # rates ('$1.76 a year', '700 seats a week') are not annotated in TimeBank
    if cand.kind == "duration" and (g.get("unit") or "").lower().startswith("quarter") and (
        (g.get("num") or "").lower() in {"a", "an"}
        or "-" in cand.text
        or (re.match(r"\s*of\b", after) and (number_value(g.get("num")) or 99) <= 3)
    ):
        return False  # 'a quarter of', 'three-quarters': fractions, not periods ('several quarters of losses' is)
    if cand.kind == "quarter_rel" and (g.get("unit") or "").lower() == "period" and re.match(r"\s+of\b", after):
        return False  # 'this period of the response effort': a period the words name, not a reporting quarter
    if cand.kind == "duration" and (g.get("num") or "").lower() in {"a", "an"} and (g.get("unit") or "").lower() == "second":
        return False  # 'a second time': an ordinal
    if cand.kind == "duration" and (g.get("num") or "").lower() in {"a", "an"} and SET_CONTEXT.search(before):
        return not cand.text.lower().startswith("a ")
    if cand.kind == "reference":
        ref = (g.get("ref") or "").lower()
        if ref in {"current", "recent"} or cand.text == "Now":
            return False  # 'Now,' opening a sentence is a discourse marker far more often than a time
        if ref == "future" and not re.search(r"\b(?:in|near|for)\s+(?:the\s+)?$", before, re.I):
            return False
    if cand.kind == "duration_vague" and not re.search(r"\b(?:for|in|over|after|within|than|of)\s+$", before, re.I):
        return False
    if cand.kind == "time" and g.get("named") is None and g.get("ampm") is None:
        if re.match(r"\d", after) or re.search(r"[\d.,]\s*$", before):
            return False
    return True


SET_CONTEXT = re.compile(r"(?:\d|twice|once|times|percent|%|cents?|dollars?|pounds?|barrels?|tons?)\s*(?:\w+\s+)?$", re.I)
