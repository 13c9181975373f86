"""Calendar arithmetic for normalisation: weekdays, months, quarters, offsets and ISO durations."""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyse.time import patterns as P
from storyline.analyse.time.tense import Tense

SUNDAY = 6  # date.weekday() of a Sunday

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


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def number_value(word: str | None) -> float | None:
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


def format_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def month_number(word: str) -> int:
    return P.MONTHS[word.lower().rstrip(".")[:3] if word.lower().rstrip(".") not in P.MONTHS else word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return P.WEEKDAYS[word.lower().rstrip("s") if word.lower().rstrip("s") in P.WEEKDAYS else word.lower() + "day"]


def unit_key(word: str) -> str:
    w = word.lower()
    if w == "centurie" or w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in P.UNITS else w


def weekday_date(anchor: date, weekday: int, tense: Tense, rel: str | None = None) -> tuple[date, str]:
    """The date of a named weekday relative to the anchor, and why."""
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    a = anchor.isoformat()
    if rel == "last":
        back = back or 7
        if back <= anchor.weekday() < SUNDAY:  # "last Tuesday's quake" on a Thursday: last week's, not two days ago
            back += 7  # (news names a day of its own week bare, "on Tuesday"; a Sunday paper's week is the one it closes)
            return anchor - timedelta(days=back), f"'last' weekday: that day of the week before the publication date's {a}"
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


def month_year(anchor: date, month: int, tense: Tense) -> tuple[int, str]:
    """The year of a month named without one: the nearest, leaning the way the tense points."""
    a = anchor.isoformat()
    if month == anchor.month:
        return anchor.year, f"month of the publication date {a}"
    options = [(anchor.year + k, (anchor.year + k) * 12 + month - (anchor.year * 12 + anchor.month)) for k in (-1, 0, 1)]
    year = min(options, key=lambda o: lean(o[1], tense))[0]
    return year, f"nearest such month to the publication date {a}{lean_words(tense)}"


def lean(distance: int, tense: Tense) -> float:
    """Distance to the anchor, tripled when it runs against the tense (past tense, future date); ties go with the tense."""
    if (tense.direction == "past" and distance > 0) or (tense.direction == "future" and distance < 0):
        return abs(distance) * 3.0 + 0.5
    return abs(distance) * 1.0


def lean_words(tense: Tense) -> str:
    if tense.direction in {"past", "future"}:
        return f", preferring the {'past' if tense.direction == 'past' else 'future'} ({tense.describe()})"
    return f" ({tense.describe()})"


def month_day_date(anchor: date, month: int, day: int, tense: Tense, weekday: int | None = None) -> tuple[date | None, str]:
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
    best = min(options, key=lambda d: lean((d - anchor).days, tense))
    return best, f"year from the publication date {a}: nearest such date{lean_words(tense)}"


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + delta
    return index // 4, index % 4 + 1


def offset_value(anchor: date, n: float, unit: str, sign: int) -> tuple[str | None, str]:
    """Anchor shifted by n units, at the granularity of the unit."""
    code, is_time, gran = P.UNITS[unit]
    if n != int(n):
        if unit == "year":
            year, month = shift_months(anchor.year, anchor.month, sign * int(round(n * 12)))
            return f"{year:04d}-{month:02d}", "month"
        return None, gran
    k = int(n) * sign
    if unit in {"day", "night"}:
        return (anchor + timedelta(days=k)).isoformat(), "day"
    if unit in {"week", "weekend", "fortnight"}:
        return week_value(anchor + timedelta(weeks=k * (2 if unit == "fortnight" else 1))), "week"
    if unit == "month":
        year, month = shift_months(anchor.year, anchor.month, k)
        return f"{year:04d}-{month:02d}", "month"
    if unit == "quarter":
        year, q = shift_quarter(*quarter_of(anchor), k)
        return f"{year:04d}-Q{q}", "quarter"
    if unit == "year":
        return f"{anchor.year + k:04d}", "year"
    if unit == "decade":
        return f"{(anchor.year + 10 * k) // 10:03d}", "decade"
    if unit == "century":
        return f"{(anchor.year + 100 * k) // 100:02d}", "century"
    return None, gran


SMALLER_UNIT = {"year": ("M", 12), "day": ("H", 24), "hour": ("M", 60), "minute": ("S", 60)}


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration for n units (X for a vague amount)."""
    code, is_time, _ = P.UNITS[unit]
    if unit in {"decade", "century"} and n is not None:
        n, code = n * (10 if unit == "decade" else 100), "Y"
    amount = "X" if n is None else format_number(n)
    if n is not None and n != int(n) and unit in SMALLER_UNIT:
        smaller, factor = SMALLER_UNIT[unit]  # 'a year and a half' -> P1Y6M, '1.5 days' -> P1DT12H
        head = f"{int(n)}{code}" if int(n) else ""
        rest = f"{format_number(round((n - int(n)) * factor, 2))}{smaller}"
        if unit == "year":
            return f"P{head}{rest}"
        return f"P{head}T{rest}" if unit == "day" else f"PT{head}{rest}"
    if unit == "weekend":
        return f"P{amount}WE"
    if unit == "night":
        return f"P{amount}D"
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"
