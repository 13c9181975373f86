"""Figures a statement gives: value, unit, what is counted, who states it and when.

"over 11,000 containers of munitions", "300 unarmed civilians", "$2.5 billion": a number followed by
the thing it counts (a sum of money counts its currency), or a range of them ("35,000 to 60,000 barrels").
Years, dates and durations are time expressions, not figures; a number inside a time expression is
skipped. Figures of one claim about the same thing (the counted noun's lemma) stand side by side, and
``mark_differing`` marks those that disagree: values that cannot both hold, given by different statements
(one sentence's "2,000 barrels a day, up from 1,000" or "40 percent ... 44 percent" is no disagreement).
"""

from __future__ import annotations

import re
from typing import Any

from storyline.analyse.events.dates import partial_value
from storyline.analyse.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from storyline.patterns import TIME_ZONES

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_MULTIPLIER = r"million|billion|thousand|hundred"
FIGURE_RE = re.compile(
    r"(?P<qual>\b(?:over|more than|about|around|nearly|almost|some|at least|roughly|up to|fewer than|less than|an estimated|as much as|as many as)\s+)?"
    r"(?<![\w.,:-])(?:(?P<low>" + _NUMBER + r")(?:\s+(?P<lowmult>" + _MULTIPLIER + r"))?\s*(?:to|-|–)\s*)?"  # "35,000 to 60,000 barrels"
    r"(?P<cur>[$€£])?(?P<num>" + _NUMBER + r")(?:(?P<suffix>bn|m|tn)\b|\s+(?P<mult>" + _MULTIPLIER + r"))?"  # "$560m"
    r"(?:\s+(?P<unit>(?:square\s+|cubic\s+)?[A-Za-z]+(?:-[a-z]+)*)(?P<of>\s+of\s+(?P<what>[a-z]+(?:-[a-z]+)?))?)?\b"
)
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
                               "m": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000}
_TIME_UNITS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
     "second", "seconds", "decade", "decades", "century", "centuries", "am", "pm", "a", "p"}
    | {m.lower() for m in MONTH_NAMES} | {d.lower() for d in WEEKDAY_NAMES}
    | {zone.lower() for zone in TIME_ZONES} | {"local"}  # "at 2100 GMT" is a clock
)
_NOT_UNITS = frozenset({"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
                        "were", "are", "be", "that", "this", "it", "he", "she", "they", "we", "i", "said", "says",
                        "later", "earlier", "last", "next", "each", "apiece", "since", "until", "after", "before", "over",
                        "under", "into", "per", "so", "but", "while", "when", "which", "who", "will", "would", "has", "had",
                        "have", "should", "could", "can", "may", "might", "must", "shall", "do", "does", "did"})  # "$550m later on Friday": the sum stands alone; "21 should be used": what 21 counts
# was named before


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+(?:-[a-z]+)*)\b")
_NOT_NOUNS = _NOT_UNITS | {"could", "can", "may", "being", "been", "not", "also", "now", "still", "all"}


def _modifier(word: str) -> bool:
    """A word that qualifies the counted thing rather than naming it: a compound ("ready-to-eat", "heavy-duty"), an
    abbreviation ("UN", "US") or a singular proper adjective ("Brazilian", "Tomahawk"); a plural ("Canadians") counts."""
    return "-" in word or (word.isupper() and len(word) <= 4) or (word[0].isupper() and not word.endswith("s"))


def _head_noun(text: str, at: int) -> re.Match[str] | None:
    """The word after a modifier that names what is counted ("14,000 ready-to-eat meals", "200 UN staff")."""
    found = _NEXT_WORD.match(text, at)
    return found if found is not None and found.group(1).lower() not in _NOT_NOUNS else None


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
        unit, currency = m.group("unit"), m.group("cur")
        if unit is not None and (unit.lower() in _NOT_UNITS or unit.lower() in _TIME_UNITS):
            unit = None  # "$81 million in claims": the sum stands alone; "40 of them": no figure
        if unit is None and not currency:
            continue
        if m.group("suffix") and not currency:
            continue  # "a 7m wave": metres, not millions
        low = m.group("low")
        start = offset + (m.start("low") if low is not None else m.start("num"))
        if any(a <= start < b for a, b in inside_time):
            continue
        number = m.group("num").replace(",", "")
        if len(m.group("num")) == 4 and number.startswith(("19", "20")) and not currency:
            continue  # a year
        multiplier = MULTIPLIERS.get(m.group("mult") or m.group("suffix") or "", 1)
        amount = float(number) * multiplier
        of = m.group("what") if unit and m.group("what") and m.group("what") not in _NOT_UNITS else None
        thing = " ".join(unit.split()) if unit else None
        unit_end = m.end("unit") if unit else None
        if unit and not of and _modifier(unit) and (head := _head_noun(text, m.end("unit"))) is not None:
            thing, unit_end = f"{thing} {head.group(1)}", head.end(1)  # "200 UN staff": staff are counted, not "UN"
        what = f"{thing} of {of}" if of else thing
        end = offset + (m.end() if of else unit_end if unit_end is not None else m.end("mult") if m.group("mult")
                        else m.end("suffix") if m.group("suffix") else m.end("num"))
        counted = currency + (f" {_singular(thing)}" if thing else "") if currency else _singular(str(thing))
        figure: dict[str, Any] = {
            "value": _number(amount), "qualifier": (m.group("qual") or "").strip() or None,
            "currency": currency, "unit": thing, "counted": counted, "quantity": what or currency, "date": dated,
            "article": article, "start": offset + m.start(), "end": end, "attributed_to": source,
            "text": text[m.start() : end - offset].strip(),
        }
        if low is not None:  # a range: the low end's multiplier is its own or the high end's ("1.47 to 2.52 million")
            low_amount = float(low.replace(",", "")) * MULTIPLIERS.get(m.group("lowmult") or "", multiplier)
            if low_amount < amount:
                figure["low"] = _number(low_amount)
        out.append(figure)
    return out


def _number(amount: float) -> int | float:
    return int(amount) if amount.is_integer() else amount


ROUGHLY = frozenset({"about", "around", "some", "roughly", "an estimated"})  # "around $560m": near it either way
NEARLY = frozenset({"nearly", "almost"})  # "nearly 300": a little under
APPROXIMATION = 0.1  # how far a rough figure may stand from the value it gives


def _interval(figure: dict[str, Any]) -> tuple[float, float]:
    """The values a figure allows, a rough one's qualifier read ("around $560m" holds $550m). A bound is taken at its
    value: "over 10,000" and "over 11,000 containers" are two sources' counts of one shipment, set side by side."""
    value = float(figure["value"])
    low = float(figure.get("low", value))
    qualifier = (figure.get("qualifier") or "").lower()
    if qualifier in ROUGHLY:
        return low * (1 - APPROXIMATION), value * (1 + APPROXIMATION)
    if qualifier in NEARLY:
        return low * (1 - APPROXIMATION), value
    return low, value


def mark_differing(statements: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One claim's figures, each statement's given as one list: copies of one figure (the same words at the same place)
    kept once, and ``differs`` set on each figure when another statement counts the same thing and gives no value
    that both can hold (ranges that overlap): a copied sentence's "62,000 barrels ... later dropping to 53,000
    barrels" agrees with itself."""
    figures: list[dict[str, Any]] = []
    said_in: list[int] = []
    seen: set[tuple[Any, Any, Any]] = set()
    for n, given in enumerate(statements):
        for figure in given:
            place = (figure["article"], figure["start"], figure["end"])
            if place in seen:
                continue
            seen.add(place)
            figures.append({k: v for k, v in figure.items() if k != "differs"})
            said_in.append(n)
    for i, figure in enumerate(figures):
        same = [(said_in[j], _overlap(figure, other)) for j, other in enumerate(figures)
                if said_in[j] != said_in[i] and other["counted"] == figure["counted"]]
        if any(not any(fits for n, fits in same if n == statement) for statement, _ in same):
            figure["differs"] = True  # another statement counts the same thing and gives no value this one can hold
    return figures


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    return a_low <= b_high and b_low <= a_high
