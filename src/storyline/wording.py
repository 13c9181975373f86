"""How counts, sides and dates read: one home for "1 quote", "2 quotes", "denied by" and "the 2000s" in every page,
report and CLI line."""

from __future__ import annotations

import re
from datetime import date

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
SEASONS = {"SP": ("spring", 3), "SU": ("summer", 6), "FA": ("autumn", 9), "WI": ("winter", 12)}  # name, first month
DATE_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})$")

IRREGULAR = {"entity": "entities", "country": "countries", "story": "stories"}


def plural(count: int, noun: str) -> str:
    """'1 quote', '2 quotes', '3 entities'."""
    return f"{count} {noun if count == 1 else IRREGULAR.get(noun, noun + 's')}"


def against(status: str) -> str:
    """How a claim's opposing side reads: a rejected proposal is 'rejected by', a denied claim 'denied by'."""
    return "rejected by" if status == "rejected" else "denied by"


def stance_text(stance: str, status: str) -> str:
    """One party's stance as a ledger line reads it: the opposing side of a rejected proposal 'rejects', of a claim
    'denies'."""
    return "rejects" if stance == "denies" and status == "rejected" else stance


def date_text(value: str | None) -> str:
    """A date value as a reader scans it: a range shortened ('2024-06-17 – 06-23'), a decade or a century as said
    ('200' is 'the 2000s', '17' 'the 1700s'), a season, quarter, week or weekend in words ('2010-SU' is 'summer 2010',
    '2010-Q4' 'Q4 2010', '2010-W23-WE' 'weekend of 2010-06-12'), else as stored."""
    if value and value.isdigit() and len(value) in (2, 3):
        return f"the {value}{'0' * (4 - len(value))}s"
    if m := _SEASON.match(value or ""):
        return f"{SEASONS[m[2]][0]} {m[1]}"
    if m := _QUARTER.fullmatch(value or ""):
        return f"Q{m[2]} {m[1]}"
    if value and (_WEEKEND.fullmatch(value) or _WEEK.match(value)):
        day = _week_day(value)
        return f"{'weekend' if value.endswith('WE') else 'week'} of {day.isoformat()}" if day else value
    m = DATE_RANGE.match(value or "")
    if not m:
        return value or ""
    first, last = m[1], m[2]
    return f"{first} – {last[5:] if last[:4] == first[:4] else last}"


def date_order(value: str) -> str:
    """A key that puts date values in calendar order: a quarter or a season at its first month ("2010-Q3" is "2010-07",
    "2010-SU" "2010-06"), a week at its Monday, a weekend at its Saturday ("2010-W19-WE"), a year unknown last
    ("XXXX-06-12"); a day, month or range as stored."""
    if m := _QUARTER.match(value):
        return f"{m[1]}-{3 * int(m[2]) - 2:02d}"
    if m := _SEASON.match(value):
        return f"{m[1]}-{SEASONS[m[2]][1]:02d}"
    if _WEEKEND.match(value) or _WEEK.match(value):
        day = _week_day(value)
        return day.isoformat() if day else value
    return value.replace("XXXX", "9999")


def _week_day(value: str) -> date | None:
    """The Monday of a week ("2010-W18"), the Saturday of a weekend ("2010-W19-WE"); None for no such week."""
    m = _WEEKEND.match(value) or _WEEK.match(value)
    if m is None:
        return None
    try:
        return date.fromisocalendar(int(m[1]), int(m[2]), 6 if value.endswith("WE") else 1)
    except ValueError:
        return None
