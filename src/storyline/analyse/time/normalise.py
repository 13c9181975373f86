"""Normalising a found expression to a TIMEX3 value: one handler per pattern kind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.analyse.time import patterns as P
from storyline.analyse.time.calendar import (
    SUNDAY,
    duration_value,
    format_number,
    lean,
    lean_words,
    month_day_date,
    month_number,
    month_year,
    number_value,
    offset_value,
    quarter_of,
    shift_months,
    shift_quarter,
    unit_key,
    week_value,
    weekday_date,
    weekday_number,
)
from storyline.analyse.time.candidates import Candidate
from storyline.analyse.time.tense import Tense


@dataclass(slots=True)
class Resolution:
    """A normalised value with its type, granularity and the reasoning."""

    type: str
    value: str | None
    granularity: str | None
    basis: str
    end_value: str | None = None


# ---------------------------------------------------------------------------------------------
# normalise


def normalise(cand: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    """TIMEX3 type, value, granularity and basis for one candidate."""
    handler = HANDLERS.get(cand.kind)
    if handler is None:
        return Resolution("DATE", None, None, f"unhandled kind {cand.kind}")
    return handler(cand, anchor, tense)


def no_anchor(kind: str, gran: str | None, type_: str = "DATE") -> Resolution:
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
        d = date(int(g["year"] or 0), month_number(g["month"] or ""), int(g["day"] or 0))
    except (ValueError, KeyError):
        return Resolution("DATE", None, "day", "not a valid calendar date")
    return Resolution("DATE", d.isoformat(), "day", "absolute date in the text")


def _h_month_day(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    month, day = month_number(g["month"] or ""), int(g["day"] or 0)
    if not 1 <= day <= 31:
        return Resolution("DATE", None, "day", "not a valid day of the month")
    if anchor is None:
        return no_anchor("month and day without a year", "day")
    weekday = weekday_number(g.get("weekday") or "") if g.get("weekday") else None
    d, why = month_day_date(anchor, month, day, tense, weekday)
    return Resolution("DATE", d.isoformat() if d else None, "day", why)


def _h_month_day_range(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    month = month_number(g["month"] or "")
    day1, day2 = int(g["day"] or 0), int(g["day2"] or 0)
    if g.get("year"):
        try:
            d1, d2 = date(int(g["year"] or 0), month, day1), date(int(g["year"] or 0), month, day2)
        except ValueError:
            return Resolution("DATE", None, "day", "not a valid calendar date")
        return Resolution("DATE", d1.isoformat(), "day", "absolute date range in the text", d2.isoformat())
    if anchor is None:
        return no_anchor("date range without a year", "day")
    d1_opt, why = month_day_date(anchor, month, day1, tense)
    if d1_opt is None:
        return Resolution("DATE", None, "day", why)
    try:
        d2 = date(d1_opt.year, month, day2)
    except ValueError:
        return Resolution("DATE", d1_opt.isoformat(), "day", why)
    return Resolution("DATE", d1_opt.isoformat(), "day", why, d2.isoformat())


def _h_month_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    return Resolution("DATE", f"{int(g['year'] or 0):04d}-{month_number(g['month'] or ''):02d}", "month", "month and year in the text")


def _h_month(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    month = month_number(c.groups["month"] or "")
    if anchor is None:
        return no_anchor("month without a year", "month")
    year, why = month_year(anchor, month, tense)
    return Resolution("DATE", f"{year:04d}-{month:02d}", "month", why)


def _h_rel_month(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    month = month_number(c.groups["month"] or "")
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return no_anchor("month without a year", "month")
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
        year, why = month_year(anchor, month, tense)
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
        wd = weekday_number(weekday_word)
        return Resolution("SET", f"XXXX-WXX-{wd + 1}{suffix}", "day", "plural weekday: every such day")
    if anchor is None:
        return no_anchor("weekday", "day")
    rel = {"the previous": "last", "the following": "next"}.get((g.get("rel") or "").lower(), (g.get("rel") or "").lower())
    d, why = weekday_date(anchor, weekday_number(weekday_word), tense, rel or None)
    if part:  # TimeML/TIDES: the part of day stays in the value, 'Friday night' = 2000-01-07TNI
        return Resolution("TIME", f"{d.isoformat()}{suffix}", "part of day", f"{why}; the {part} of that day")
    return Resolution("DATE", d.isoformat(), "day", why)


def _h_weekday_range(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    if anchor is None:
        return no_anchor("weekday range", "day")
    d1, why = weekday_date(anchor, weekday_number(g["weekday"] or ""), tense)
    gap = (weekday_number(g["weekday2"] or "") - d1.weekday()) % 7
    d2 = d1 + timedelta(days=gap)
    return Resolution("DATE", d1.isoformat(), "day", f"range start: {why}; end: the following {g['weekday2']}", d2.isoformat())


def _h_dayword(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    word = (c.groups.get("dayword") or "").lower()
    if anchor is None:
        return no_anchor(f"'{word}'", "day")
    d = anchor + timedelta(days=P.DAY_WORDS[word])
    return Resolution("DATE", d.isoformat(), "day", f"'{word}' counted from the publication date {anchor.isoformat()}")


def _h_dayword_part(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    word, part = (c.groups.get("dayword") or "").lower(), (c.groups.get("part") or "").lower()
    if anchor is None:
        return no_anchor(f"'{word} {part}'", "part of day", "TIME")
    d = anchor + timedelta(days=P.DAY_WORDS[word])
    return Resolution("TIME", f"{d.isoformat()}T{P.PARTS_OF_DAY[part]}", "part of day", f"'{word}' counted from the publication date {anchor.isoformat()}")


def _h_this_part(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    part = (c.groups.get("part") or "").lower()
    if anchor is None:
        return no_anchor(f"'this {part}'", "part of day", "TIME")
    return Resolution("TIME", f"{anchor.isoformat()}T{P.PARTS_OF_DAY[part]}", "part of day", f"on the publication date {anchor.isoformat()}")


def _h_last_night(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if anchor is None:
        return no_anchor("'last night'", "part of day", "TIME")
    d = anchor - timedelta(days=1)
    return Resolution("TIME", f"{d.isoformat()}TNI", "part of day", f"night before the publication date {anchor.isoformat()}")


def _h_quarter(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    q = P.ORDINALS[(g.get("ord") or "").lower()]
    if g.get("year") or g.get("year2"):
        return Resolution("DATE", f"{g.get('year') or g.get('year2')}-Q{q}", "quarter", "quarter and year in the text")
    if anchor is None:
        return no_anchor("quarter without a year", "quarter")
    year, current = quarter_of(anchor)
    if tense.direction == "future" and q < current - 1:
        year += 1
    return Resolution("DATE", f"{year:04d}-Q{q}", "quarter", f"quarter in the year of the publication date {anchor.isoformat()} ({tense.describe()})")


def _h_quarter_rel(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return no_anchor("relative quarter", "quarter")
    year, q = quarter_of(anchor)
    if rel in {"coming", "next"}:
        if rel == "coming" and c.text.lower().endswith("s"):
            return Resolution("DATE", "FUTURE_REF", None, "coming quarters: the future")
        y, qq = shift_quarter(year, q, 1)
        why = "quarter after the publication date's"
    elif rel in {"current", "this"}:
        y, qq, why = year, q, "quarter of the publication date"
    elif rel in {"same", "year-ago", "year-earlier", "year earlier"}:
        y, qq = shift_quarter(year, q, -5)
        why = "latest reported quarter, a year earlier"
    else:
        y, qq = shift_quarter(year, q, -1)
        why = "latest completed quarter before the publication date"
    return Resolution("DATE", f"{y:04d}-Q{qq}", "quarter", f"{why} {anchor.isoformat()}")


def _h_half(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    half = P.ORDINALS[(g.get("ord") or "").lower()]
    if g.get("year"):
        return Resolution("DATE", f"{g['year']}-H{half}", "half year", "half and year in the text")
    if anchor is None:
        return no_anchor("half year", "half year")
    return Resolution("DATE", f"{anchor.year:04d}-H{half}", "half year", f"year of the publication date {anchor.isoformat()}")


def _h_fiscal_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    if g.get("year"):
        return Resolution("DATE", g["year"], "year", "fiscal year in the text")
    short = int(g.get("year2") or 0)
    year = 1900 + short if short >= 50 else 2000 + short
    return Resolution("DATE", f"{year:04d}", "year", "two-digit fiscal year in the text")


def _h_decade(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    decade = c.groups.get("decade") or ""
    if decade.endswith("00") and decade[:2] != "20":  # "the 1700s" is the century (TIMEX3 "17"), not 1700-1709
        return Resolution("DATE", decade[:2], "century", "century in the text")
    return Resolution("DATE", decade[:3], "decade", "decade in the text")


def _h_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", c.groups.get("year"), "year", "year in the text")


def _h_season(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    code = P.SEASONS[(g.get("season") or g.get("season2") or "").lower()]
    if g.get("year") or g.get("year2"):
        return Resolution("DATE", f"{g.get('year') or g.get('year2')}-{code}", "season", "season and year in the text")
    if anchor is None:
        return no_anchor("season", "season")
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
    unit = unit_key(g.get("unit") or "")
    n = number_value(g.get("num") or g.get("dir2"))
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
        return no_anchor("offset", P.UNITS[unit][2])
    sign = 1 if direction in {"from now", "hence"} else -1
    value, gran = offset_value(anchor, n, unit, sign)
    word = "after" if sign > 0 else "before"
    return Resolution("DATE", value, gran, f"{c.text.lower()}: {format_number(n)} {unit}(s) {word} the publication date {anchor.isoformat()}")


def _h_year_end(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if anchor is None:
        return no_anchor("year-end", "day")
    back = bool(c.groups.get("rel")) or "pre" in c.groups  # "since year-end": the one already past
    year = anchor.year - 1 if back else anchor.year
    return Resolution("DATE", f"{year:04d}-12-31", "day", f"end of the {'previous ' if back else ''}year of the publication date {anchor.isoformat()}")


def _h_year_earlier(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = (c.groups.get("unit") or "year").lower()
    if anchor is None:
        return no_anchor("offset", unit)
    value, gran = offset_value(anchor, 1, unit, -1)
    return Resolution("DATE", value, gran, f"one {unit} before the publication date {anchor.isoformat()}")


def _h_rel_unit(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    rel = (g.get("rel") or "").lower()
    unit = unit_key(g.get("unit") or "")
    gran = P.UNITS[unit][2]
    if rel in {"the past", "the last", "past", "the next", "the coming", "the previous"} and not g.get("mod"):
        return Resolution("DURATION", duration_value(1, unit), gran, f"'{c.text}': a span of one {unit}")
    if rel in {"same", "that", "the same", "following", "the following"}:
        return Resolution("DATE", None, gran, f"'{c.text}' refers to another time in the text, not the publication date")
    if anchor is None:
        return no_anchor(f"'{c.text}'", gran)
    delta = -1 if rel in {"last", "previous", "the latest", "latest", "the most recent"} else 1 if rel in {"next", "coming"} else 0
    if unit == "day":
        return Resolution("DATE", (anchor + timedelta(days=delta)).isoformat(), "day", f"day counted from the publication date {anchor.isoformat()}")
    if unit == "week":
        if anchor.weekday() == SUNDAY and delta == 0 and tense.direction == "future":
            delta += 1  # a Sunday paper's "this week" ahead is the coming one ("Obama will press BP executives this
            # week")
        elif anchor.weekday() == SUNDAY and delta == -1:
            delta = 0  # ... and its "last week" the one it closes: "The report ... came out last week" on Sunday 12
            # September 2010 was of 8 September (judges' wrong dates in the timeline draws of the fifty-third and
            # fifty-fourth sessions; TimeBank had read the week before, which cost it 0.001)
        value = week_value(anchor + timedelta(weeks=delta))
    elif unit == "month":
        y, m = shift_months(anchor.year, anchor.month, delta)
        value = f"{y:04d}-{m:02d}"
    elif unit == "quarter":
        y, q = shift_quarter(*quarter_of(anchor), delta)
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
    return Resolution("DATE", value, gran, f"the {unit} {which} the publication date {anchor.isoformat()} ({tense.describe()})")


def _h_rel_weekend(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return no_anchor("weekend", "week")
    delta = 0
    if rel == "last" or (rel in {"the", "over the", "the past"} and tense.direction in {"past", "present"}):
        delta = 0 if anchor.weekday() >= 5 else -1
    elif rel == "next":
        delta = 1
    value = week_value(anchor + timedelta(weeks=delta)) + "-WE"
    return Resolution("DATE", value, "week", f"weekend counted from the publication date {anchor.isoformat()} ({tense.describe()})")


def _h_duration(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    unit = unit_key(g.get("unit") or "")
    n = number_value(g.get("num"))
    if n is not None and (g.get("frac") or ("half" in c.text.lower() and "half a" not in c.text.lower())):
        n += 0.5
    return Resolution("DURATION", duration_value(n, unit), P.UNITS[unit][2], "length of time")


def _h_duration_plain(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = unit_key(c.groups.get("unit") or "")
    return Resolution("DURATION", duration_value(None, unit), P.UNITS[unit][2], "unspecified number of units")


def _h_set(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    value, gran = P.SET_WORDS[(c.groups.get("setword") or "").lower()]
    return Resolution("SET", value, gran, "recurring")


def _h_set_every(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    g = c.groups
    unit = unit_key(g.get("unit") or "")
    num = (g.get("num") or "").lower()
    n = 2.0 if num == "other" else (number_value(num) or 1.0)
    return Resolution("SET", duration_value(n, unit), P.UNITS[unit][2], "recurring")


def _h_set_every_weekday(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    wd = weekday_number(c.groups.get("weekday") or "")
    return Resolution("SET", f"XXXX-WXX-{wd + 1}", "day", "recurring weekday")


RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}  # "June of last year", "April 20 this year": years from the anchor's


def _h_month_rel_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    month = month_number(c.groups["month"] or "")
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return no_anchor("month of a relative year", "month")
    year = anchor.year + RELATIVE_YEARS[rel]
    return Resolution("DATE", f"{year:04d}-{month:02d}", "month", f"'{rel} year' counted from the publication date {anchor.isoformat()}")


def _h_month_day_rel_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    """'April 20 of last year', 'June 9 this year': the day in the year the words count from the publication date."""
    month, day = month_number(c.groups["month"] or ""), int(c.groups["day"] or 0)
    rel = (c.groups.get("rel") or "").lower()
    if anchor is None:
        return no_anchor("day of a relative year", "day")
    year = anchor.year + RELATIVE_YEARS[rel]
    try:
        return Resolution("DATE", date(year, month, day).isoformat(), "day",
                          f"'{rel} year' counted from the publication date {anchor.isoformat()}")
    except ValueError:
        return no_anchor("no such calendar date", "day")


def holiday_date(name: str, year: int) -> date:
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
        return Resolution("DATE", holiday_date(name, int(c.groups["year"] or 0)).isoformat(), "day", "holiday and year in the text")
    if anchor is None:
        return no_anchor("holiday without a year", "day")
    options = [holiday_date(name, anchor.year + k) for k in (-1, 0, 1)]
    best = min(options, key=lambda d: lean((d - anchor).days, tense))
    return Resolution("DATE", best.isoformat(), "day", f"nearest such holiday to the publication date {anchor.isoformat()}{lean_words(tense)}")


def _h_year_mod(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", c.groups.get("year"), "year", "year in the text")


def _h_recent_units(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = unit_key(c.groups.get("unit") or "")
    if unit in {"year", "decade", "century"}:  # TimeBank: 'in recent years' is the vague past
        return Resolution("DATE", "PAST_REF", None, f"'{c.text}': the recent past")
    return Resolution("DURATION", duration_value(None, unit), P.UNITS[unit][2], f"'{c.text}': an unspecified span up to now")


def _h_century(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    return Resolution("DATE", f"{int(c.groups.get('cent') or 1) - 1:02d}", "century", "ordinal century in the text")


def _h_fiscal_rel(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if anchor is None:
        return no_anchor("fiscal year", "year")
    rel = (c.groups.get("rel") or "").lower()
    delta = -1 if rel in {"latest", "last", "previous"} else 1 if rel in {"next", "coming", "new"} else 0
    return Resolution("DATE", f"{anchor.year + delta:04d}", "year", f"fiscal year counted from the publication date {anchor.isoformat()}")


def _h_the_year(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    if c.groups.get("ended"):
        return Resolution("DURATION", "P1Y", "year", "'the year ended ...': a year-long accounting period")
    if anchor is None:
        return no_anchor("'the year'", "year")
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
        return no_anchor("season", "season")
    middle = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
    year, why = month_year(anchor, middle, tense)
    return Resolution("DATE", f"{year:04d}-{code}", "season", why.replace("month", "season"))


def _h_day_part(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    part = (c.groups.get("part") or "").lower()
    if anchor is None:
        return no_anchor(f"'{c.text}'", "part of day", "TIME")
    day = anchor - timedelta(days=1) if part == "overnight" else anchor
    which = "the night before" if part == "overnight" else "the " + part + " of"
    return Resolution("TIME", f"{day.isoformat()}T{P.PARTS_OF_DAY[part]}", "part of day", f"{which} the publication date {anchor.isoformat()}")


def _h_unit_long(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = unit_key(c.groups.get("unit") or "")
    return Resolution("DURATION", duration_value(1, unit), P.UNITS[unit][2], f"'{c.text}': lasting one {unit}")


def _h_ahead(c: Candidate, anchor: date | None, tense: Tense) -> Resolution:
    unit = unit_key(c.groups.get("unit") or "")
    return Resolution("DURATION", duration_value(None, unit), P.UNITS[unit][2], f"'{c.text}': an unspecified span from now")


HANDLERS = {
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
    "month_day_rel_year": _h_month_day_rel_year,
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

NEEDS_TENSE = {"season_bare", "time_day", "holiday", "month_day", "month_day_range", "month", "rel_month", "weekday_part", "weekday_range", "quarter", "rel_weekend",
               "rel_unit"}
