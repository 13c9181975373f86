"""Figures a statement gives: value, unit, what is counted, who states it and when.

"over 11,000 containers of munitions", "300 unarmed civilians", "$2.5 billion": a number followed by
the thing it counts. Years, dates and durations are time expressions, not figures; a number inside a
time expression is skipped. Figures about the same thing (the counted noun's lemma) from different
sources stand side by side in the ledger.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.analyse.events.dates import partial_value
from storyline.analyse.lexicon import MONTH_NAMES, WEEKDAY_NAMES

FIGURE_RE = re.compile(
    r"(?P<qual>\b(?:over|more than|about|around|nearly|almost|some|at least|roughly|up to|fewer than|less than|an estimated)\s+)?"
    r"(?P<cur>[$€£])?\b(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<mult>million|billion|thousand|hundred))?\s+"
    r"(?P<unit>[A-Za-z]+(?:-[a-z]+)?)(?P<of>\s+of\s+(?P<what>[a-z]+(?:-[a-z]+)?))?\b"
)
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_TIME_UNITS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
     "second", "seconds", "decade", "decades", "century", "centuries", "am", "pm", "a", "p"}
    | {m.lower() for m in MONTH_NAMES} | {d.lower() for d in WEEKDAY_NAMES}
)
_NOT_UNITS = frozenset({"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
                        "were", "are", "be", "that", "this", "it", "he", "she", "they", "we", "i", "said", "says"})


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def find_figures(
    text: str, offset: int, *, article: str, timexes: list[dict[str, Any]], source: str | None, when: str | None,
) -> list[dict[str, Any]]:
    """The figures in ``text`` (found at ``offset`` in the article), each with its evidence span, source and date."""
    inside_time = [(t["start"], t["end"]) for t in timexes]
    dated = when
    for t in timexes:
        if offset <= t["start"] < offset + len(text):
            value, _, _ = partial_value(t)
            if value:
                dated = value
                break
    out: list[dict[str, Any]] = []
    for m in FIGURE_RE.finditer(text):
        unit = m.group("unit")
        if unit.lower() in _NOT_UNITS or unit.lower() in _TIME_UNITS:
            continue
        start, end = offset + m.start("num"), offset + m.end()
        if any(a <= start < b for a, b in inside_time):
            continue
        number = m.group("num").replace(",", "")
        if len(m.group("num")) == 4 and number.startswith(("19", "20")) and not m.group("cur"):
            continue  # a year
        amount = float(number) * MULTIPLIERS.get(m.group("mult") or "", 1)
        of = m.group("what") if m.group("what") and m.group("what") not in _NOT_UNITS else None
        what = f"{unit} of {of}" if of else unit
        end = offset + (m.end() if of else m.end("unit"))
        out.append({
            "value": int(amount) if amount.is_integer() else amount, "qualifier": (m.group("qual") or "").strip() or None,
            "currency": m.group("cur"), "unit": unit, "counted": _singular(unit), "quantity": what, "date": dated,
            "article": article, "start": offset + m.start(), "end": end, "attributed_to": source,
            "text": text[m.start() : end - offset].strip(),
        })
    return out
