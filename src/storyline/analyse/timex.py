"""Time expressions: find them with storyline's own patterns, then normalise them to TIMEX3 values.

``extract_timexes(doc, article_id, anchor=...)`` is the pipeline's entry. Recognition is rule-based
(patterns in ``timex_patterns``); direction for relative expressions ("Wednesday", "January 2",
"the weekend") comes from the tense of the governing verb in the spaCy parse. Every value is computed
from the anchor (the article's publication date) and carries a ``basis`` saying how.
``reanchor(timexes, anchor, doc=...)`` recomputes the values once a publication date is inferred.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc, Span, Token

from storyline.analyse import timex_patterns as P
from storyline.model import Timex

Direction = Literal["past", "future", "present", "unknown"]


@dataclass(slots=True)
class Candidate:
    """A matched time expression before normalisation."""

    start: int
    end: int
    kind: str
    text: str
    groups: dict[str, str | None] = field(default_factory=dict)


@dataclass(slots=True)
class Tense:
    """Direction of a relative expression and the word that showed it."""

    direction: Direction
    cue: str | None = None

    def describe(self) -> str:
        if self.direction == "unknown" or not self.cue:
            return "no tense cue"
        return f"{self.direction} tense '{self.cue}'"


@dataclass(slots=True)
class Resolution:
    """A normalised value with its type, granularity and the reasoning."""

    type: str
    value: str | None
    granularity: str | None
    basis: str
    end_value: str | None = None


# ---------------------------------------------------------------------------------------------
# find


def find_candidates(text: str) -> list[Candidate]:
    """All non-overlapping pattern matches, longest first, then by pattern priority."""
    found: list[tuple[int, int, Candidate]] = []
    lowered = text.lower()
    positions: dict[str, list[int]] = {}
    for priority, (kind, pattern) in enumerate(P.PATTERNS):
        for m in _matches(pattern, text, _windows(lowered, P.TRIGGERS[kind], positions)):
            start, end = m.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start == end:
                continue
            start, end = _trim(kind, text, start, end)
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            cand = Candidate(start, end, kind, text[start:end], groups)
            if _plausible(cand, text):
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


def _trim(kind: str, text: str, start: int, end: int) -> tuple[int, int]:
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


def _plausible(cand: Candidate, text: str) -> bool:
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
        if P.SKIP_AFTER_YEAR.match(after) or re.search(r"(?:No\.|number|\$|US\$)\s*$", before):
            return False
    if cand.kind == "set_every" and (g.get("q") or "").lower() in {"a", "per"}:
        return False  # rates ('$1.76 a year', '700 seats a week') are not annotated in TimeBank
    if cand.kind == "duration" and (g.get("unit") or "").lower().startswith("quarter") and (
        (g.get("num") or "").lower() in {"a", "an"}
        or "-" in cand.text
        or (re.match(r"\s*of\b", after) and (_number(g.get("num")) or 99) <= 3)
    ):
        return False  # 'a quarter of', 'three-quarters': fractions, not periods ('several quarters of losses' is)
    if cand.kind == "duration" and (g.get("num") or "").lower() in {"a", "an"} and (g.get("unit") or "").lower() == "second":
        return False  # 'a second time': an ordinal
    if cand.kind == "duration" and (g.get("num") or "").lower() in {"a", "an"} and _SET_CONTEXT.search(before):
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


_SET_CONTEXT = re.compile(r"(?:\d|twice|once|times|percent|%|cents?|dollars?|pounds?|barrels?|tons?)\s*(?:\w+\s+)?$", re.I)


# ---------------------------------------------------------------------------------------------
# tense


def tense_from_doc(doc: Doc, start: int, end: int) -> Tense:
    """Direction from the verb governing the expression in the parse (will -> future, said -> past)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Tense("unknown")
    token: Token = span.root
    for _ in range(6):
        head = token.head
        if head is token:
            break
        token = head
        if token.lemma_.lower() in P.FUTURE_LEMMAS and token.pos_ in {"NOUN", "ADJ"}:
            return Tense("future", token.text)
        if token.pos_ in {"VERB", "AUX"}:
            found = _verb_tense(token)
            if found.direction != "unknown":
                return found
    return _tense_from_sentence(span.sent, span)


def _verb_tense(verb: Token) -> Tense:
    """Tense of one verb from its own tag and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    for aux in auxes:
        if aux.lower_ in P.FUTURE_AUX or aux.lemma_.lower() in {"will", "shall"}:
            return Tense("future", aux.text)
    for aux in auxes:
        if aux.tag_ in {"VBD"} or aux.lower_ in {"had", "did", "was", "were"}:
            return Tense("past", aux.text)
        if aux.lower_ in {"has", "have"}:
            return Tense("past", f"{aux.text} {verb.text}")
    if verb.tag_ == "VBD":
        return Tense("past", verb.text)
    if verb.tag_ == "VBN" and not auxes:
        return Tense("past", verb.text)
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.lemma_.lower() in P.FUTURE_LEMMAS:
            return Tense("future", f"{head.text} to")
        if head is not verb and head.pos_ in {"VERB", "AUX"}:
            return _verb_tense(head)
        return Tense("unknown")
    if verb.tag_ in {"VBZ", "VBP"}:
        return Tense("present", verb.text)
    if verb.tag_ == "VBG":
        for aux in auxes:
            if aux.lower_ in {"is", "are", "am"}:
                return Tense("future", f"{aux.text} {verb.text}")
    return Tense("unknown")


def _tense_from_sentence(sent: Span, span: Span) -> Tense:
    """Fallback: the nearest finite verb of the sentence."""
    best: tuple[int, Tense] | None = None
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        found = _verb_tense(token)
        if found.direction == "unknown":
            continue
        distance = abs(token.i - span.start)
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else Tense("unknown")


def tense_from_text(text: str, start: int, end: int) -> Tense:
    """Direction from the words around an expression, when no parse is at hand."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    window = text[max(left, start - 120) : start] + " " + text[end : right if right >= 0 else len(text)][:60]
    future = P.FUTURE_WORDS_RE.search(window)
    if future:
        return Tense("future", future.group(0))
    past = P.PAST_WORDS_RE.search(window)
    if past:
        return Tense("past", past.group(0))
    return Tense("unknown")


# ---------------------------------------------------------------------------------------------
# calendar helpers


def parse_anchor(anchor: str | None) -> date | None:
    """The date part of an ISO date or date-time, else None."""
    if not anchor:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", anchor)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _number(word: str | None) -> float | None:
    """A number word or numeral as a number; None for vague amounts ('several')."""
    if word is None:
        return None
    w = word.lower().replace("-", " ").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in P.NUMBER_WORDS and parts[1] in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[parts[0]] + P.NUMBER_WORDS[parts[1]]
    return None


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _month_number(word: str) -> int:
    return P.MONTHS[word.lower().rstrip(".")[:3] if word.lower().rstrip(".") not in P.MONTHS else word.lower().rstrip(".")]


def _weekday_number(word: str) -> int:
    return P.WEEKDAYS[word.lower().rstrip("s") if word.lower().rstrip("s") in P.WEEKDAYS else word.lower() + "day"]


def _unit_key(word: str) -> str:
    w = word.lower()
    if w == "centurie" or w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in P.UNITS else w


def _weekday_date(anchor: date, weekday: int, tense: Tense, rel: str | None = None) -> tuple[date, str]:
    """The date of a named weekday relative to the anchor, and why."""
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    a = anchor.isoformat()
    if rel == "last":
        back = back or 7
        return anchor - timedelta(days=back), f"'last' weekday before the publication date {a}"
    if rel == "next":
        forward = forward or 7
        return anchor + timedelta(days=forward), f"'next' weekday after the publication date {a}"
    if rel == "this":
        monday = anchor - timedelta(days=anchor.weekday())
        return monday + timedelta(days=weekday), f"weekday in the week of the publication date {a}"
    if back == 0:
        return anchor, f"the publication date {a} itself is that weekday ({tense.describe()})"
    if tense.direction == "past":
        return anchor - timedelta(days=back), f"weekday before the publication date {a} ({tense.describe()})"
    if tense.direction == "future":
        return anchor + timedelta(days=forward), f"weekday after the publication date {a} ({tense.describe()})"
    if forward < back:
        return anchor + timedelta(days=forward), f"nearest such weekday to the publication date {a}, ahead ({tense.describe()})"
    return anchor - timedelta(days=back), f"nearest such weekday to the publication date {a}, before ({tense.describe()})"


def _month_year(anchor: date, month: int, tense: Tense) -> tuple[int, str]:
    """The year of a month named without one: the nearest, leaning the way the tense points."""
    a = anchor.isoformat()
    if month == anchor.month:
        return anchor.year, f"month of the publication date {a}"
    options = [(anchor.year + k, (anchor.year + k) * 12 + month - (anchor.year * 12 + anchor.month)) for k in (-1, 0, 1)]
    year = min(options, key=lambda o: _lean(o[1], tense))[0]
    return year, f"nearest such month to the publication date {a}{_lean_words(tense)}"


def _lean(distance: int, tense: Tense) -> float:
    """Distance to the anchor, tripled when it runs against the tense (past tense, future date); ties go with the tense."""
    if (tense.direction == "past" and distance > 0) or (tense.direction == "future" and distance < 0):
        return abs(distance) * 3.0 + 0.5
    return abs(distance) * 1.0


def _lean_words(tense: Tense) -> str:
    if tense.direction in {"past", "future"}:
        return f", preferring the {'past' if tense.direction == 'past' else 'future'} ({tense.describe()})"
    return f" ({tense.describe()})"


def _month_day_date(anchor: date, month: int, day: int, tense: Tense, weekday: int | None = None) -> tuple[date | None, str]:
    """The date of 'January 2' with the year taken from the anchor: the nearest, leaning with the tense."""
    a = anchor.isoformat()
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None, "no such calendar date"
    if weekday is not None:
        matching = [d for d in options if d.weekday() == weekday]
        if matching:
            best = min(matching, key=lambda d: abs((d - anchor).days))
            return best, f"year from the publication date {a}: the nearby year in which it falls on the named weekday"
    best = min(options, key=lambda d: _lean((d - anchor).days, tense))
    return best, f"year from the publication date {a}: nearest such date{_lean_words(tense)}"


def _quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _shift_quarter(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + delta
    return index // 4, index % 4 + 1


def _offset_value(anchor: date, n: float, unit: str, sign: int) -> tuple[str | None, str]:
    """Anchor shifted by n units, at the granularity of the unit."""
    code, is_time, gran = P.UNITS[unit]
    if n != int(n):
        if unit == "year":
            year, month = _shift_months(anchor.year, anchor.month, sign * int(round(n * 12)))
            return f"{year:04d}-{month:02d}", "month"
        return None, gran
    k = int(n) * sign
    if unit in {"day", "night"}:
        return (anchor + timedelta(days=k)).isoformat(), "day"
    if unit in {"week", "weekend", "fortnight"}:
        return week_value(anchor + timedelta(weeks=k * (2 if unit == "fortnight" else 1))), "week"
    if unit == "month":
        year, month = _shift_months(anchor.year, anchor.month, k)
        return f"{year:04d}-{month:02d}", "month"
    if unit == "quarter":
        year, q = _shift_quarter(*_quarter_of(anchor), k)
        return f"{year:04d}-Q{q}", "quarter"
    if unit == "year":
        return f"{anchor.year + k:04d}", "year"
    if unit == "decade":
        return f"{(anchor.year + 10 * k) // 10:03d}", "decade"
    if unit == "century":
        return f"{(anchor.year + 100 * k) // 100:02d}", "century"
    return None, gran


_SMALLER_UNIT = {"year": ("M", 12), "day": ("H", 24), "hour": ("M", 60), "minute": ("S", 60)}


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration for n units (X for a vague amount)."""
    code, is_time, _ = P.UNITS[unit]
    if unit in {"decade", "century"} and n is not None:
        n, code = n * (10 if unit == "decade" else 100), "Y"
    amount = "X" if n is None else _fmt_number(n)
    if n is not None and n != int(n) and unit in _SMALLER_UNIT:
        smaller, factor = _SMALLER_UNIT[unit]  # 'a year and a half' -> P1Y6M, '1.5 days' -> P1DT12H
        head = f"{int(n)}{code}" if int(n) else ""
        rest = f"{_fmt_number(round((n - int(n)) * factor, 2))}{smaller}"
        if unit == "year":
            return f"P{head}{rest}"
        return f"P{head}T{rest}" if unit == "day" else f"PT{head}{rest}"
    if unit == "weekend":
        return f"P{amount}WE"
    if unit == "night":
        return f"P{amount}D"
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


# ---------------------------------------------------------------------------------------------
# normalise


def normalise(cand: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    """TIMEX3 type, value, granularity and basis for one candidate."""
    handler = _HANDLERS.get(cand.kind)
    if handler is None:
        return Resolution("DATE", None, None, f"unhandled kind {cand.kind}")
    return handler(cand, anchor, tense)


def _no_anchor(kind: str, gran: str | None, type_: str = "DATE") -> Resolution:
    return Resolution(type_, None, gran, f"relative {kind}: no publication date to anchor it")


def _h_iso_date(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    year = int(g["year"] or 0)
    if year < 100:
        year += 1900 if year >= 50 else 2000
    try:
        d = date(year, int(g["monthnum"] or 0), int(g["day"] or 0))
    except ValueError:
        return Resolution("DATE", None, "day", "not a valid calendar date")
    return Resolution("DATE", d.isoformat(), "day", "absolute date in the text")


def _h_full_date(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    try:
        d = date(int(g["year"] or 0), _month_number(g["month"] or ""), int(g["day"] or 0))
    except (ValueError, KeyError):
        return Resolution("DATE", None, "day", "not a valid calendar date")
    return Resolution("DATE", d.isoformat(), "day", "absolute date in the text")


def _h_month_day(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    month, day = _month_number(g["month"] or ""), int(g["day"] or 0)
    if not 1 <= day <= 31:
        return Resolution("DATE", None, "day", "not a valid day of the month")
    if anchor is None:
        return _no_anchor("month and day without a year", "day")
    weekday = _weekday_number(g.get("weekday") or "") if g.get("weekday") else None
    d, why = _month_day_date(anchor, month, day, tense, weekday)
    return Resolution("DATE", d.isoformat() if d else None, "day", why)


def _h_month_day_range(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    month = _month_number(g["month"] or "")
    day1, day2 = int(g["day"] or 0), int(g["day2"] or 0)
    if g.get("year"):
        try:
            d1, d2 = date(int(g["year"] or 0), month, day1), date(int(g["year"] or 0), month, day2)
        except ValueError:
            return Resolution("DATE", None, "day", "not a valid calendar date")
        return Resolution("DATE", d1.isoformat(), "day", "absolute date range in the text", d2.isoformat())
    if anchor is None:
        return _no_anchor("date range without a year", "day")
    d1_opt, why = _month_day_date(anchor, month, day1, tense)
    if d1_opt is None:
        return Resolution("DATE", None, "day", why)
    try:
        d2 = date(d1_opt.year, month, day2)
    except ValueError:
        return Resolution("DATE", d1_opt.isoformat(), "day", why)
    return Resolution("DATE", d1_opt.isoformat(), "day", why, d2.isoformat())


def _h_month_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    return Resolution("DATE", f"{int(g['year'] or 0):04d}-{_month_number(g['month'] or ''):02d}", "month", "month and year in the text")


def _h_month(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    month = _month_number(c.groups["month"] or "")
    if anchor is None:
        return _no_anchor("month without a year", "month")
    year, why = _month_year(anchor, month, tense)
    return Resolution("DATE", f"{year:04d}-{month:02d}", "month", why)


def _h_rel_month(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    month = _month_number(c.groups["month"] or "")
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return _no_anchor("month without a year", "month")
    a = anchor.isoformat()
    if rel.endswith("last"):
        year = anchor.year if month < anchor.month else anchor.year - 1
        why = f"'last' month before the publication date {a}"
    elif rel.endswith("next"):
        year = anchor.year if month > anchor.month else anchor.year + 1
        why = f"'next' month after the publication date {a}"
    elif rel.endswith("this"):
        year, why = anchor.year, f"month in the year of the publication date {a}"
    else:
        year, why = _month_year(anchor, month, tense)
    return Resolution("DATE", f"{year:04d}-{month:02d}", "month", why)


def _h_time(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    named = (g.get("named") or "").lower()
    if named:
        hour, minute = (0, 0) if named == "midnight" else (12, 0)
    else:
        hour, minute = int(g["hour"] or 0), int(g.get("minute") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
    if hour > 24:
        return Resolution("TIME", None, "time", "not a valid time")
    clock = f"T{hour:02d}:{minute:02d}"
    if anchor is None:
        return Resolution("TIME", f"XXXX-XX-XX{clock}", "time", "clock time; no publication date for the day")
    day = anchor + timedelta(days=P.DAY_WORDS.get((g.get("dayword") or "today").lower(), 0))
    return Resolution("TIME", f"{day.isoformat()}{clock}", "time", f"clock time on the day of the publication date {anchor.isoformat()}")


def _h_time_day(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    """'9 a.m. Tuesday', '5 p.m. EST Nov. 9': the day resolved, then the clock time added."""
    clock = _h_time(Candidate(c.start, c.end, "time", c.text, {k: v for k, v in c.groups.items() if k in {"hour", "minute", "ampm", "named"}}), anchor, tense)
    time_part = (clock.value or "")[-6:]
    if c.groups.get("weekday"):
        day = _h_weekday_part(Candidate(c.start, c.end, "weekday_part", c.text, {"weekday": c.groups["weekday"]}), anchor, tense)
    else:
        day = _h_month_day(Candidate(c.start, c.end, "month_day", c.text, {"month": c.groups.get("month"), "day": c.groups.get("day")}), anchor, tense)
    if day.value is None:
        return Resolution("TIME", None, "time", day.basis)
    return Resolution("TIME", f"{day.value}{time_part}", "time", f"clock time on {day.value}: {day.basis}")


def _h_weekday_part(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    weekday_word = g["weekday"] or ""
    part = (g.get("part") or "").lower()
    suffix = f"T{P.PARTS_OF_DAY[part]}" if part else ""
    if (g.get("plural") or g.get("partplural")) and not g.get("rel"):
        wd = _weekday_number(weekday_word)
        return Resolution("SET", f"XXXX-WXX-{wd + 1}{suffix}", "day", "plural weekday: every such day")
    if anchor is None:
        return _no_anchor("weekday", "day")
    rel = {"the previous": "last", "the following": "next"}.get((g.get("rel") or "").lower(), (g.get("rel") or "").lower())
    d, why = _weekday_date(anchor, _weekday_number(weekday_word), tense, rel or None)
    if part:  # TimeML/TIDES: the part of day stays in the value, 'Friday night' = 2000-01-07TNI
        return Resolution("TIME", f"{d.isoformat()}{suffix}", "part of day", f"{why}; the {part} of that day")
    return Resolution("DATE", d.isoformat(), "day", why)


def _h_weekday_range(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    if anchor is None:
        return _no_anchor("weekday range", "day")
    d1, why = _weekday_date(anchor, _weekday_number(g["weekday"] or ""), tense)
    gap = (_weekday_number(g["weekday2"] or "") - d1.weekday()) % 7
    d2 = d1 + timedelta(days=gap)
    return Resolution("DATE", d1.isoformat(), "day", f"range start: {why}; end: the following {g['weekday2']}", d2.isoformat())


def _h_dayword(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    word = (c.groups.get("dayword") or "").lower()
    if anchor is None:
        return _no_anchor(f"'{word}'", "day")
    d = anchor + timedelta(days=P.DAY_WORDS[word])
    return Resolution("DATE", d.isoformat(), "day", f"'{word}' counted from the publication date {anchor.isoformat()}")


def _h_dayword_part(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    word, part = (c.groups.get("dayword") or "").lower(), (c.groups.get("part") or "").lower()
    if anchor is None:
        return _no_anchor(f"'{word} {part}'", "part of day", "TIME")
    d = anchor + timedelta(days=P.DAY_WORDS[word])
    return Resolution("TIME", f"{d.isoformat()}T{P.PARTS_OF_DAY[part]}", "part of day", f"'{word}' counted from the publication date {anchor.isoformat()}")


def _h_this_part(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    part = (c.groups.get("part") or "").lower()
    if anchor is None:
        return _no_anchor(f"'this {part}'", "part of day", "TIME")
    return Resolution("TIME", f"{anchor.isoformat()}T{P.PARTS_OF_DAY[part]}", "part of day", f"on the publication date {anchor.isoformat()}")


def _h_last_night(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if anchor is None:
        return _no_anchor("'last night'", "part of day", "TIME")
    d = anchor - timedelta(days=1)
    return Resolution("TIME", f"{d.isoformat()}TNI", "part of day", f"night before the publication date {anchor.isoformat()}")


def _h_quarter(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    q = P.ORDINALS[(g.get("ord") or "").lower()]
    if g.get("year") or g.get("year2"):
        return Resolution("DATE", f"{g.get('year') or g.get('year2')}-Q{q}", "quarter", "quarter and year in the text")
    if anchor is None:
        return _no_anchor("quarter without a year", "quarter")
    year, current = _quarter_of(anchor)
    if tense.direction == "future" and q < current - 1:
        year += 1
    return Resolution("DATE", f"{year:04d}-Q{q}", "quarter", f"quarter in the year of the publication date {anchor.isoformat()} ({tense.describe()})")


def _h_quarter_rel(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return _no_anchor("relative quarter", "quarter")
    year, q = _quarter_of(anchor)
    if rel in {"coming", "next"}:
        if rel == "coming" and c.text.lower().endswith("s"):
            return Resolution("DATE", "FUTURE_REF", None, "coming quarters: the future")
        y, qq = _shift_quarter(year, q, 1)
        why = "quarter after the publication date's"
    elif rel in {"current", "this"}:
        y, qq, why = year, q, "quarter of the publication date"
    elif rel in {"same", "year-ago", "year-earlier", "year earlier"}:
        y, qq = _shift_quarter(year, q, -5)
        why = "latest reported quarter, a year earlier"
    else:
        y, qq = _shift_quarter(year, q, -1)
        why = "latest completed quarter before the publication date"
    return Resolution("DATE", f"{y:04d}-Q{qq}", "quarter", f"{why} {anchor.isoformat()}")


def _h_half(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    half = P.ORDINALS[(g.get("ord") or "").lower()]
    if g.get("year"):
        return Resolution("DATE", f"{g['year']}-H{half}", "half year", "half and year in the text")
    if anchor is None:
        return _no_anchor("half year", "half year")
    return Resolution("DATE", f"{anchor.year:04d}-H{half}", "half year", f"year of the publication date {anchor.isoformat()}")


def _h_fiscal_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    if g.get("year"):
        return Resolution("DATE", g["year"], "year", "fiscal year in the text")
    short = int(g.get("year2") or 0)
    year = 1900 + short if short >= 50 else 2000 + short
    return Resolution("DATE", f"{year:04d}", "year", "two-digit fiscal year in the text")


def _h_decade(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", (c.groups.get("decade") or "")[:3], "decade", "decade in the text")


def _h_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", c.groups.get("year"), "year", "year in the text")


def _h_season(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    code = P.SEASONS[(g.get("season") or g.get("season2") or "").lower()]
    if g.get("year") or g.get("year2"):
        return Resolution("DATE", f"{g.get('year') or g.get('year2')}-{code}", "season", "season and year in the text")
    if anchor is None:
        return _no_anchor("season", "season")
    rel = (g.get("rel") or "").lower()
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = anchor.year
    if rel.endswith("last") and anchor.month < start_month + 3:
        year -= 1
    elif rel.endswith("next") and anchor.month >= start_month:
        year += 1
    return Resolution("DATE", f"{year:04d}-{code}", "season", f"season counted from the publication date {anchor.isoformat()}")


def _h_offset(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    unit = _unit_key(g.get("unit") or "")
    n = _number(g.get("num") or g.get("dir2"))
    direction = (g.get("dir") or "").lower()
    if ("half" in c.text.lower() or g.get("frac")) and n is not None:
        n += 0.5
    if n is None:
        return Resolution("DATE", "PAST_REF" if direction in {"ago", "earlier", "before"} else "FUTURE_REF", None, "vague offset")
    if unit in {"hour", "minute", "second"}:
        return Resolution("DURATION", duration_value(n, unit), unit, "offset from a narrated time, kept as its length")
    if direction in {"later", "after", "before"}:
        return Resolution("DURATION", duration_value(n, unit), P.UNITS[unit][2], "offset after a narrated event, not the publication date: kept as its length")
    if anchor is None:
        return _no_anchor("offset", P.UNITS[unit][2])
    sign = 1 if direction in {"from now", "hence"} else -1
    value, gran = _offset_value(anchor, n, unit, sign)
    word = "after" if sign > 0 else "before"
    return Resolution("DATE", value, gran, f"{c.text.lower()}: {_fmt_number(n)} {unit}(s) {word} the publication date {anchor.isoformat()}")


def _h_year_end(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if anchor is None:
        return _no_anchor("year-end", "day")
    back = bool(c.groups.get("rel")) or "pre" in c.groups  # "since year-end": the one already past
    year = anchor.year - 1 if back else anchor.year
    return Resolution("DATE", f"{year:04d}-12-31", "day", f"end of the {'previous ' if back else ''}year of the publication date {anchor.isoformat()}")


def _h_year_earlier(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = (c.groups.get("unit") or "year").lower()
    if anchor is None:
        return _no_anchor("offset", unit)
    value, gran = _offset_value(anchor, 1, unit, -1)
    return Resolution("DATE", value, gran, f"one {unit} before the publication date {anchor.isoformat()}")


def _h_rel_unit(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    rel = (g.get("rel") or "").lower()
    unit = _unit_key(g.get("unit") or "")
    gran = P.UNITS[unit][2]
    if rel in {"the past", "the last", "past", "the next", "the coming", "the previous"} and not g.get("mod"):
        return Resolution("DURATION", duration_value(1, unit), gran, f"'{c.text}': a span of one {unit}")
    if rel in {"same", "that", "the same", "following", "the following"}:
        return Resolution("DATE", None, gran, f"'{c.text}' refers to another time in the text, not the publication date")
    if anchor is None:
        return _no_anchor(f"'{c.text}'", gran)
    delta = -1 if rel in {"last", "previous", "the latest", "latest", "the most recent"} else 1 if rel in {"next", "coming"} else 0
    if unit == "day":
        return Resolution("DATE", (anchor + timedelta(days=delta)).isoformat(), "day", f"day counted from the publication date {anchor.isoformat()}")
    if unit == "week":
        value = week_value(anchor + timedelta(weeks=delta))
    elif unit == "month":
        y, m = _shift_months(anchor.year, anchor.month, delta)
        value = f"{y:04d}-{m:02d}"
    elif unit == "quarter":
        y, q = _shift_quarter(*_quarter_of(anchor), delta)
        value = f"{y:04d}-Q{q}"
    elif unit == "year":
        value = f"{anchor.year + delta:04d}"
    elif unit == "decade":
        value = f"{anchor.year // 10 + delta:03d}"
    elif unit == "century":
        value = f"{anchor.year // 100 + delta:02d}"
    else:
        return Resolution("DURATION", duration_value(1, unit), gran, "a span of one unit")
    which = {-1: "before", 0: "of", 1: "after"}[delta]
    return Resolution("DATE", value, gran, f"the {unit} {which} the publication date {anchor.isoformat()}")


def _h_rel_weekend(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return _no_anchor("weekend", "week")
    delta = 0
    if rel == "last" or (rel in {"the", "over the", "the past"} and tense.direction in {"past", "present"}):
        delta = 0 if anchor.weekday() >= 5 else -1
    elif rel == "next":
        delta = 1
    value = week_value(anchor + timedelta(weeks=delta)) + "-WE"
    return Resolution("DATE", value, "week", f"weekend counted from the publication date {anchor.isoformat()} ({tense.describe()})")


def _h_duration(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    unit = _unit_key(g.get("unit") or "")
    n = _number(g.get("num"))
    if n is not None and (g.get("frac") or ("half" in c.text.lower() and "half a" not in c.text.lower())):
        n += 0.5
    return Resolution("DURATION", duration_value(n, unit), P.UNITS[unit][2], "length of time")


def _h_duration_plain(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = _unit_key(c.groups.get("unit") or "")
    return Resolution("DURATION", duration_value(None, unit), P.UNITS[unit][2], "unspecified number of units")


def _h_set(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    value, gran = P.SET_WORDS[(c.groups.get("setword") or "").lower()]
    return Resolution("SET", value, gran, "recurring")


def _h_set_every(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    unit = _unit_key(g.get("unit") or "")
    num = (g.get("num") or "").lower()
    n = 2.0 if num == "other" else (_number(num) or 1.0)
    return Resolution("SET", duration_value(n, unit), P.UNITS[unit][2], "recurring")


def _h_set_every_weekday(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    wd = _weekday_number(c.groups.get("weekday") or "")
    return Resolution("SET", f"XXXX-WXX-{wd + 1}", "day", "recurring weekday")


def _h_month_rel_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    month = _month_number(c.groups["month"] or "")
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return _no_anchor("month of a relative year", "month")
    year = anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    return Resolution("DATE", f"{year:04d}-{month:02d}", "month", f"'{rel} year' counted from the publication date {anchor.isoformat()}")


def _holiday_date(name: str, year: int) -> date:
    month, day_or_weekday, nth = P.HOLIDAYS[name]
    if nth is None:
        return date(year, month, day_or_weekday)
    if name == "election day":  # the Tuesday after the first Monday
        first = date(year, 11, 2)
        return first + timedelta(days=(1 - first.weekday()) % 7)
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(day_or_weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - day_or_weekday) % 7)


def _h_holiday(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    name = re.sub(r"\s+", " ", (c.groups.get("holiday") or "").lower()).replace("’", "'")
    if name not in P.HOLIDAYS:
        return Resolution("DATE", None, "day", "unknown holiday")
    if c.groups.get("year"):
        return Resolution("DATE", _holiday_date(name, int(c.groups["year"] or 0)).isoformat(), "day", "holiday and year in the text")
    if anchor is None:
        return _no_anchor("holiday without a year", "day")
    options = [_holiday_date(name, anchor.year + k) for k in (-1, 0, 1)]
    best = min(options, key=lambda d: _lean((d - anchor).days, tense))
    return Resolution("DATE", best.isoformat(), "day", f"nearest such holiday to the publication date {anchor.isoformat()}{_lean_words(tense)}")


def _h_year_mod(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", c.groups.get("year"), "year", "year in the text")


def _h_recent_units(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = _unit_key(c.groups.get("unit") or "")
    if unit in {"year", "decade", "century"}:  # TimeBank: 'in recent years' is the vague past
        return Resolution("DATE", "PAST_REF", None, f"'{c.text}': the recent past")
    return Resolution("DURATION", duration_value(None, unit), P.UNITS[unit][2], f"'{c.text}': an unspecified span up to now")


def _h_century(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", f"{int(c.groups.get('cent') or 1) - 1:02d}", "century", "ordinal century in the text")


def _h_fiscal_rel(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if anchor is None:
        return _no_anchor("fiscal year", "year")
    rel = (c.groups.get("rel") or "").lower()
    delta = -1 if rel in {"latest", "last", "previous"} else 1 if rel in {"next", "coming", "new"} else 0
    return Resolution("DATE", f"{anchor.year + delta:04d}", "year", f"fiscal year counted from the publication date {anchor.isoformat()}")


def _h_the_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if c.groups.get("ended"):
        return Resolution("DURATION", "P1Y", "year", "'the year ended ...': a year-long accounting period")
    if anchor is None:
        return _no_anchor("'the year'", "year")
    return Resolution("DATE", f"{anchor.year:04d}", "year", f"'the year' taken as the year of the publication date {anchor.isoformat()}")


def _h_term(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", "FUTURE_REF", None, f"'{c.text}': the time just ahead")


def _h_reference(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    ref = (c.groups.get("ref") or "").lower()
    value = P.REFERENCE_WORDS.get(ref) or ("FUTURE_REF" if "coming" in ref else "PAST_REF" if "recent" in ref else "PRESENT_REF")
    return Resolution("DATE", value, None, "vague reference to the present, past or future")


def _h_spelled_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    if g.get("millennium"):
        extra = (g.get("ones2") or "").lower()
        year = 2000 + int(P.NUMBER_WORDS.get(extra, 0))
    else:
        base = 1900 if (g.get("century") or "").lower() == "nineteen" else 1800
        tens = P.SPELLED_TENS.get((g.get("tens") or "").lower(), 0)
        year = base + tens + int(P.NUMBER_WORDS.get((g.get("ones") or g.get("teens") or "").lower(), 0))
    return Resolution("DATE", f"{year:04d}", "year", "year spelled out in the text")


def _h_season_bare(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    code = P.SEASONS[(c.groups.get("season") or "").lower()]
    if anchor is None:
        return _no_anchor("season", "season")
    middle = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
    year, why = _month_year(anchor, middle, tense)
    return Resolution("DATE", f"{year:04d}-{code}", "season", why.replace("month", "season"))


def _h_day_part(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    part = (c.groups.get("part") or "").lower()
    if anchor is None:
        return _no_anchor(f"'{c.text}'", "part of day", "TIME")
    day = anchor - timedelta(days=1) if part == "overnight" else anchor
    which = "the night before" if part == "overnight" else "the " + part + " of"
    return Resolution("TIME", f"{day.isoformat()}T{P.PARTS_OF_DAY[part]}", "part of day", f"{which} the publication date {anchor.isoformat()}")


def _h_unit_long(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = _unit_key(c.groups.get("unit") or "")
    return Resolution("DURATION", duration_value(1, unit), P.UNITS[unit][2], f"'{c.text}': lasting one {unit}")


def _h_ahead(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = _unit_key(c.groups.get("unit") or "")
    return Resolution("DURATION", duration_value(None, unit), P.UNITS[unit][2], f"'{c.text}': an unspecified span from now")


_HANDLERS = {
    "spelled_year": _h_spelled_year,
    "season_bare": _h_season_bare,
    "day_part": _h_day_part,
    "plural_units": _h_duration_plain,
    "ahead": _h_ahead,
    "unit_long": _h_unit_long,
    "iso_date": _h_iso_date,
    "slash_date": _h_iso_date,
    "full_date": _h_full_date,
    "month_day": _h_month_day,
    "month_day_range": _h_month_day_range,
    "month_year": _h_month_year,
    "month": _h_month,
    "rel_month": _h_rel_month,
    "month_rel_year": _h_month_rel_year,
    "holiday": _h_holiday,
    "time": _h_time,
    "weekday_part": _h_weekday_part,
    "time_day": _h_time_day,
    "weekday_range": _h_weekday_range,
    "dayword": _h_dayword,
    "dayword_part": _h_dayword_part,
    "this_part": _h_this_part,
    "last_night": _h_last_night,
    "quarter": _h_quarter,
    "quarter_rel": _h_quarter_rel,
    "half": _h_half,
    "fiscal_year": _h_fiscal_year,
    "decade": _h_decade,
    "year_mod": _h_year_mod,
    "season": _h_season,
    "offset": _h_offset,
    "offset_compound": _h_offset,
    "year_earlier": _h_year_earlier,
    "year_end": _h_year_end,
    "rel_unit": _h_rel_unit,
    "rel_weekend": _h_rel_weekend,
    "duration": _h_duration,
    "duration_plain": _h_duration_plain,
    "duration_vague": _h_duration_plain,
    "set": _h_set,
    "set_every": _h_set_every,
    "set_every_weekday": _h_set_every_weekday,
    "year": _h_year,
    "reference": _h_reference,
    "the_year": _h_the_year,
    "recent_units": _h_recent_units,
    "century": _h_century,
    "fiscal_rel": _h_fiscal_rel,
    "term": _h_term,
}

NEEDS_TENSE = {"season_bare", "time_day", "holiday", "month_day", "month_day_range", "month", "rel_month", "weekday_part", "weekday_range", "quarter", "rel_weekend"}


# ---------------------------------------------------------------------------------------------
# annotate


def _doc_filter(doc: Doc, cand: Candidate) -> bool:
    """Parse-based filters: 'May' as a modal, 'March' as a verb, a year used as a count."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return True
    if cand.kind == "month" and len(span) >= 1:
        tok = span[-1]
        if tok.tag_ == "MD" or tok.pos_ == "VERB":
            return False
        if tok.text in {"May", "March"} and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in {"VB", "RB"} and tok.text == "May":
            return False
    if cand.kind == "year":
        tok = span[-1]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ == "NNS" and tok.dep_ == "nummod":
            return False
    return True


def build_timex(cand: Candidate, resolution: Resolution, article_id: str, anchor: str | None) -> Timex:
    """The stored Timex for one resolved candidate."""
    return Timex(
        article=article_id,
        start=cand.start,
        end=cand.end,
        text=cand.text,
        type=resolution.type,
        value=resolution.value,
        granularity=resolution.granularity,
        anchor=anchor if resolution.value is not None and anchor else None,
        basis=resolution.basis,
        end_value=resolution.end_value,
    )


def extract_timexes(doc: Doc, article_id: str, *, anchor: str | None) -> list[Timex]:
    """Time expressions of one parsed article, normalised against its publication date."""
    day = parse_anchor(anchor)
    anchor_iso = day.isoformat() if day else None
    out: list[Timex] = []
    cands = [c for c in find_candidates(doc.text) if _doc_filter(doc, c)]
    cands = sorted(cands + find_entity_candidates(doc, cands), key=lambda c: c.start)
    for cand in cands:
        tense = tense_from_doc(doc, cand.start, cand.end) if cand.kind in NEEDS_TENSE else Tense("unknown")
        resolution = _with_tense(normalise(cand, day, tense), tense)
        if day is not None and _is_year_back(cand):
            resolution = _year_back_from_quarter(doc, cand, out) or resolution
        out.append(build_timex(cand, resolution, article_id, anchor_iso))
    return resolve_anaphora(out)


def resolve_anaphora(timexes: list[Timex]) -> list[Timex]:
    """'that year', 'the following day', 'the same quarter': from the latest earlier date that has the unit."""
    out: list[Timex] = []
    for timex in timexes:
        m = P.ANAPHORIC_RE.search(timex.text)
        if timex.value is None and timex.type == "DATE" and m:
            unit = m.group("unit").lower()
            shift = 1 if m.group("rel").lower().endswith("following") else 0
            for earlier in reversed(out):
                value = _at_unit(earlier.value or "", unit, shift) if earlier.type in {"DATE", "TIME"} else None
                if value:
                    why = f"{'the ' + unit + ' after ' if shift else ''}'{earlier.text}' ({earlier.value}), the latest earlier date in the text"
                    timex = replace(timex, value=value, granularity=P.UNITS[unit][2], basis=why)
                    break
        out.append(timex)
    return out


def _at_unit(value: str, unit: str, shift: int) -> str | None:
    """A TIMEX3 value cut to one unit (year, quarter, month, week, day) and moved by shift units."""
    m = re.match(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})))?(?!\d)", value)
    if not m:
        return None
    year, month, day, quarter, week = (int(x) if x else None for x in m.groups())
    assert year is not None
    if day is not None and month is not None:
        try:
            d: date | None = date(year, month, day)
        except ValueError:
            return None
    elif week is not None:
        d = date.fromisocalendar(year, week, 1) if 1 <= week <= 53 else None
    else:
        d = None
    if unit == "year":
        return f"{year + shift:04d}"
    if unit == "quarter":
        q = quarter or ((month - 1) // 3 + 1 if month else None)
        if q is None:
            return None
        y, qq = _shift_quarter(year, q, shift)
        return f"{y:04d}-Q{qq}"
    if unit == "month" and month is not None:
        y, mm = _shift_months(year, month, shift)
        return f"{y:04d}-{mm:02d}"
    if unit == "week" and d is not None:
        return week_value(d + timedelta(weeks=shift))
    if unit in {"day", "night"} and day is not None and d is not None:
        return (d + timedelta(days=shift)).isoformat()
    return None


def _is_year_back(cand: Candidate) -> bool:
    """'a year earlier', 'a year ago', 'year-earlier': in results news these compare with a quarter."""
    if cand.kind == "year_earlier":
        return (cand.groups.get("unit") or "").lower() == "year"
    if cand.kind == "offset":
        g = cand.groups
        return _unit_key(g.get("unit") or "") == "year" and _number(g.get("num") or g.get("dir2")) == 1 and (
            g.get("dir") or ""
        ).lower() in {"ago", "earlier"}
    return False


def _year_back_from_quarter(doc: Doc, cand: Candidate, previous: list[Timex]) -> Resolution | None:
    """The date named in this or the two previous sentences, a year before.

    'A year ago' is counted from the publication date, so it takes only a quarter ('the third quarter
    ... a year ago': 1988-Q3); 'a year earlier' also takes a day or month written out with its year.
    """
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    first = doc[sent.start - 1].sent if sent.start > 0 else sent
    window_start = doc[first.start - 1].sent.start_char if first.start > 0 else first.start_char
    ago = "ago" in cand.text.lower()
    for timex in reversed(previous):
        if timex.start < window_start:
            break
        if timex.type != "DATE" or (timex.basis or "").startswith(("a year before", "latest reported quarter, a year")):
            continue
        value = timex.value or ""
        m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if m:
            back = f"{int(m.group(1)) - 1:04d}-Q{m.group(2)}"
            return Resolution("DATE", back, "quarter", f"a year before the quarter '{timex.text}' ({timex.value}) named just before")
        m = re.fullmatch(r"(\d{4})(-\d{2}(?:-\d{2})?)", value)
        if m and not ago and "in the text" in (timex.basis or "") and not value.endswith("-02-29"):
            back = f"{int(m.group(1)) - 1:04d}{m.group(2)}"
            gran = "day" if len(value) == 10 else "month"
            return Resolution("DATE", back, gran, f"a year before '{timex.text}' ({timex.value}) named just before")
    return None


def _with_tense(resolution: Resolution, tense: Tense) -> Resolution:
    """Record the tense cue in the basis even when it did not decide the value (reanchor reads it back)."""
    if tense.direction != "unknown" and tense.cue and tense.describe() not in resolution.basis:
        resolution.basis = f"{resolution.basis} ({tense.describe()})"
    return resolution


_TENSE_IN_BASIS = re.compile(r"\((past|future|present) tense '([^']*)'\)")


def reanchor(timexes: list[Timex], anchor: str | None, *, doc: Doc | None = None, text: str | None = None) -> list[Timex]:
    """The same expressions with values recomputed from a new anchor (e.g. an inferred publication date).

    Direction comes from ``doc`` if given, else from the tense recorded in the old basis, else from
    the words around the expression in ``text``.
    """
    day = parse_anchor(anchor)
    anchor_iso = day.isoformat() if day else None
    out = []
    for timex in timexes:
        cands = [c for c in find_candidates(timex.text) if c.start == 0 and c.end == len(timex.text)]
        whole = entity_candidate(timex.text)
        if not cands and whole is not None and whole.end == len(timex.text):
            cands = [whole]
        if not cands:
            out.append(replace(timex))
            continue
        cand = cands[0]
        cand = Candidate(timex.start, timex.end, cand.kind, timex.text, cand.groups)
        tense = Tense("unknown")
        if cand.kind in NEEDS_TENSE:
            recorded = _TENSE_IN_BASIS.search(timex.basis or "")
            if doc is not None:
                tense = tense_from_doc(doc, timex.start, timex.end)
            elif recorded:
                tense = Tense(recorded.group(1), recorded.group(2))  # type: ignore[arg-type]
            elif text is not None:
                tense = tense_from_text(text, timex.start, timex.end)
        out.append(build_timex(cand, _with_tense(normalise(cand, day, tense), tense), timex.article, anchor_iso))
    return resolve_anaphora(out)
