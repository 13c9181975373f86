"""Time expressions: find them with storyline's own patterns, then normalise them to TIMEX3 values.

``extract_timexes(doc, article_id, anchor=...)`` is the pipeline's entry. Recognition is rule-based
(patterns in ``timex_patterns``); direction for relative expressions ("Wednesday", "January 2",
"the weekend") comes from the tense of the governing verb in the spaCy parse. Every value is computed
from the anchor (the article's publication date) and carries a ``basis`` saying how.
``reanchor(timexes, anchor, doc=...)`` recomputes the values once a publication date is inferred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from storyline.analyse.time import patterns as P
from storyline.analyse.time.calendar import (
    duration_value,
    number_value,
    offset_value,
    parse_anchor,
    shift_months,
    shift_quarter,
    unit_key,
    week_value,
)
from storyline.analyse.time.candidates import (
    Candidate,
    entity_candidate,
    find_candidates,
    find_entity_candidates,
)
from storyline.analyse.time.normalise import NEEDS_TENSE, Resolution, normalise
from storyline.analyse.time.tense import Tense, tense_from_doc, tense_from_text
from storyline.model import Timex
from storyline.spans import doc_text

__all__ = [
    "Candidate", "Resolution", "Tense", "duration_value", "extract_timexes", "find_candidates", "normalise",
    "parse_anchor", "reanchor", "resolve_anaphora", "tense_from_doc", "week_value",
]



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
    cands = [c for c in find_candidates(doc_text(doc)) if _doc_filter(doc, c)]
    cands = sorted(cands + find_entity_candidates(doc, cands), key=lambda c: c.start)
    for cand in cands:
        tense = tense_from_doc(doc, cand.start, cand.end) if cand.kind in NEEDS_TENSE else Tense("unknown")
        resolution = _with_tense(normalise(cand, day, tense), tense)
        if cand.groups.get("weekday") and resolution.value is not None and (some := _some_such_day(doc, cand)):
            resolution = Resolution("DATE", None, resolution.granularity, f"'{cand.text}' after '{some}': {P.SOME_SUCH_DAY}")
        if day is not None and _is_year_back(cand):
            resolution = _year_back_from_quarter(doc, cand, out) or resolution
        out.append(build_timex(cand, resolution, article_id, anchor_iso))
    out = _earlier_than_the_sentences_day(cands, out, _sentence_test(doc))
    return resolve_anaphora(out, {c.start for c in cands if _told_by_its_clause(doc, c)})


def _sentence_test(doc: Doc | None = None, text: str | None = None) -> Callable[[int, int], bool]:
    """Whether two character offsets lie in one sentence: by the parse's sentences, else by no sentence end between
    them in the text, else never."""
    if doc is not None:
        def by_parse(a: int, b: int) -> bool:
            first = doc.char_span(a, a + 1, alignment_mode="expand")
            second = doc.char_span(b, b + 1, alignment_mode="expand")
            return first is not None and second is not None and first.sent.start == second.sent.start
        return by_parse
    if text is not None:
        return lambda a, b: SENTENCE_END.search(text, a, b + 1) is None
    return lambda a, b: False


SENTENCE_END = re.compile(r"[.!?][”\"']?\s+(?=[A-Z“\"])")


NARRATED_EARLIER_UNITS = frozenset({"day", "week"})


def _earlier_than_the_sentences_day(cands: list[Candidate], timexes: list[Timex],
                                    same_sentence: Callable[[int, int], bool]) -> list[Timex]:
    """Days or weeks "earlier" count back from the day their sentence names before them, not from the page's: "the
    Deepwater Horizon rig sank on April 22 after exploding two days earlier" is April 20; "May 29 - BP says the complex
    "top kill" maneuver, started three days earlier, ..." is May 26. With no day named before them in the sentence the
    page's day stays their anchor ("the official Lebanese news agency said Friday. Two days earlier, Lebanon refused
    ...")."""
    by_start = {c.start: c for c in cands}
    out: list[Timex] = []
    for timex in timexes:
        cand = by_start.get(timex.start)
        groups = cand.groups if cand is not None and cand.kind == "offset" else {}
        unit = unit_key(groups.get("unit") or "")
        n = number_value(groups.get("num") or groups.get("dir2"))
        if (timex.value is None or (groups.get("dir") or "").lower() != "earlier" or unit not in NARRATED_EARLIER_UNITS
                or n is None or n != int(n)):
            out.append(timex)
            continue
        day = next((t for t in reversed(out) if t.start < timex.start and t.type == "DATE"
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "") and same_sentence(t.start, timex.start)), None)
        if day is not None and (narrated := parse_anchor(day.value)) is not None:
            value, gran = offset_value(narrated, n, unit, -1)
            timex = replace(timex, value=value, granularity=gran,
                            basis=f"{timex.text.lower()}: {int(n)} {unit}(s) before '{day.text}' ({day.value}), the day its sentence names")
        out.append(timex)
    return out


INDEFINITE_DAY_WORDS = frozenset({"a", "an", "one", "another", "some", "every", "each"})


def _some_such_day(doc: Doc, cand: Candidate) -> str | None:
    """The indefinite words before a weekday ("On a recent Wednesday morning", "One Friday", "every Sunday"): the words,
    or None when the weekday is a definite one."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    k = span.start - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1  # "a recent", "a rainy"
    indefinite = doc[k].lower_ in INDEFINITE_DAY_WORDS and span.start <= doc[k].head.i < span.end  # (not "a Sunday
    # night memorial service": the "a" is the service's)
    return doc[k : span.start].text if indefinite else None


def _told_by_its_clause(doc: Doc, cand: Candidate) -> bool:
    """"The same" day a relative clause says the time of, in a prepositional phrase ("on the same day he learned of the
    accident"): the happening's time, not the latest date the text gave before it."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    m = P.ANAPHORIC_RE.search(cand.text)
    return (span is not None and m is not None and m.group("rel").lower() in ("the same", "same")
            and span.root.dep_ == "pobj" and any(c.dep_ == "relcl" for c in span[-1].children))  # (not "the following
    # year he was appointed", a clause after its time the parse may hang on it)


def resolve_anaphora(timexes: list[Timex], told: set[int] | frozenset[int] = frozenset()) -> list[Timex]:
    """'that year', 'the following day', 'the same quarter': from the latest earlier date that has the unit; not those
    whose own relative clause says when (``told``: their start offsets)."""
    out: list[Timex] = []
    for timex in timexes:
        m = P.ANAPHORIC_RE.search(timex.text)
        if timex.value is None and timex.type == "DATE" and m and (timex.start in told or P.TOLD_BY_CLAUSE in (timex.basis or "")):
            out.append(replace(timex, basis=f"'{timex.text}': {P.TOLD_BY_CLAUSE}"))
            continue
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
        y, qq = shift_quarter(year, q, shift)
        return f"{y:04d}-Q{qq}"
    if unit == "month" and month is not None:
        y, mm = shift_months(year, month, shift)
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
        return unit_key(g.get("unit") or "") == "year" and number_value(g.get("num") or g.get("dir2")) == 1 and (
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
    made: list[Candidate] = []
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
        made.append(cand)
        tense = Tense("unknown")
        if cand.kind in NEEDS_TENSE:
            recorded = _TENSE_IN_BASIS.search(timex.basis or "")
            if doc is not None:
                tense = tense_from_doc(doc, timex.start, timex.end)
            elif recorded:
                tense = Tense(recorded.group(1), recorded.group(2))  # type: ignore[arg-type]
            elif text is not None:
                tense = tense_from_text(text, timex.start, timex.end)
        resolution = _with_tense(normalise(cand, day, tense), tense)
        if P.SOME_SUCH_DAY in (timex.basis or ""):
            resolution = Resolution("DATE", None, resolution.granularity, timex.basis or P.SOME_SUCH_DAY)
        out.append(build_timex(cand, resolution, timex.article, anchor_iso))
    out = _earlier_than_the_sentences_day(made, out, _sentence_test(doc, text))
    return resolve_anaphora(out, {t.start for t in timexes if P.TOLD_BY_CLAUSE in (t.basis or "")})
