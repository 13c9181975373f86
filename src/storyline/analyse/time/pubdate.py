"""Publication-date inference for articles that state none, from their own text and other articles.

Interface (pure functions, no I/O)::

    items = [DatingInput(article=a.id, published=a.published, text=a.text,
                         timexes=analysis.timexes, sentences=analysis.sentences) for ...]
    inferences = infer_publication_dates(items)          # dict: article id -> PubDateInference
    timexes = apply_inference(analysis.timexes, inferences[a.id], doc=analysis.doc)  # doc optional

Wiring in the corpus stage: for each article with ``published is None`` set ``published`` to
``inference.date`` (or leave None for a window), ``published_basis`` to ``inference.basis``,
``published_confidence`` to ``inference.confidence`` and ``published_evidence`` to
``inference.describe()``; replace its timexes with ``apply_inference(...)``.

How it works. Articles with a stated date are fixed. Their day- and week-level time expressions
become *dated anchors*: the words around the expression plus the interval it denotes ("last week"
in an article of 2024-06-28 -> 2024-06-17..23). In an undated article each relative expression
("on Wednesday", "this week", "from Tuesday to Wednesday") is compared with those anchors by the
rare words they share (IDF-weighted over all sentences of the corpus); a good match dates the
expression (the Wednesday inside 2024-06-17..23 is 2024-06-19), and the tense then bounds the
publication date (a past-tense weekday lies 0-6 days before publication, a future-tense one 1-6
days after). Within the article, "in 24 years" next to "July 2000" bounds the year. All bounds are
intersected; an article dated in one round serves as an anchor in the next. A single remaining day
is a date; several days a window; no bound or contradictory bounds leave it ``unknown``, with the
evidence still listed. Nothing is guessed silently.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc

from storyline.analyse.time import patterns as P
from storyline.analyse.time.expressions import find_candidates, parse_anchor, reanchor
from storyline.model import Sentence, Timex

WINDOW_WORDS = 12  # words either side of an expression used to compare it with dated anchors
MIN_SHARED = 3
MIN_SCORE = 9.0
MAX_ROUNDS = 4


@dataclass(slots=True)
class DatingInput:
    """One article as publication-date inference needs it."""

    article: str
    published: str | None
    text: str
    timexes: list[Timex]
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class DatingEvidence:
    """One bound on an article's publication date and where it comes from."""

    article: str
    start: int
    end: int
    text: str
    earliest: str | None
    latest: str | None
    explanation: str
    other_article: str | None = None
    other_start: int | None = None
    other_end: int | None = None
    other_text: str | None = None

    def describe(self) -> str:
        where = f"'{self.text}' [{self.start}:{self.end}]"
        other = ""
        if self.other_article:
            other = f" via article {self.other_article} '{self.other_text}' [{self.other_start}:{self.other_end}]"
        return f"{where}{other}: {self.explanation} -> {self.earliest or '?'}..{self.latest or '?'}"


@dataclass(slots=True)
class MentionDating:
    """A time expression of an undated article dated through another article."""

    start: int
    end: int
    text: str
    value: str
    end_value: str | None
    basis: str


@dataclass(slots=True)
class PubDateInference:
    article: str
    basis: str  # stated, inferred, unknown
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    confidence: float = 0.0
    evidence: list[DatingEvidence] = field(default_factory=list)
    mentions: list[MentionDating] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str | None:
        """Day to anchor relative expressions on: the date, else the last day of the window."""
        return self.date or self.latest

    def describe(self) -> str:
        head = {
            "stated": f"stated: {self.date}",
            "inferred": f"inferred: {self.date}" if self.date else f"inferred window {self.earliest}..{self.latest}",
            "unknown": "unknown",
        }[self.basis]
        lines = [f"{head} (confidence {self.confidence:.2f})"]
        lines += [f"- {e.describe()}" for e in self.evidence]
        lines += [f"- note: {n}" for n in self.notes]
        return "\n".join(lines)


@dataclass(slots=True)
class Anchor:
    """A dated expression in a dated article, with the words around it."""

    article: str
    start: int
    end: int
    text: str
    lo: date
    hi: date
    words: set[str]


# ---------------------------------------------------------------------------------------------
# words


def stem(word: str) -> str:
    w = word.lower()
    for suffix in P.SUFFIXES:
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if w.endswith("ian") and len(w) > 6:  # russian -> russia, korean -> korea style
        w = w[:-1]
    if w.endswith("an") and len(w) > 5 and w[:-1].endswith("e"):
        w = w[:-1]
    return w


def content_words(text: str) -> set[str]:
    return {stem(m.group(0)) for m in P.WORD_RE.finditer(text) if m.group(0).lower() not in P.STOPWORDS}


def _context(text: str, start: int, end: int, sentences: list[Sentence]) -> str:
    """Up to WINDOW_WORDS words either side of an expression, inside its sentence."""
    lo, hi = 0, len(text)
    for s in sentences:
        if s.start <= start < s.end:
            lo, hi = s.start, s.end
            break
    else:
        lo = max(text.rfind("\n", 0, start) + 1, 0)
        nl = text.find("\n", end)
        hi = nl if nl >= 0 else len(text)
    left = text[lo:start].split()[-WINDOW_WORDS:]
    right = text[end:hi].split()[:WINDOW_WORDS]
    return " ".join(left + right)


def _idf(items: list[DatingInput]) -> dict[str, float]:
    """Inverse sentence frequency of each content word over the corpus."""
    df: Counter[str] = Counter()
    total = 0
    for item in items:
        spans = [(s.start, s.end) for s in item.sentences] or [(0, len(item.text))]
        for a, b in spans:
            total += 1
            df.update(content_words(item.text[a:b]))
    return {w: math.log((total + 1) / (n + 0.5)) for w, n in df.items()}


# ---------------------------------------------------------------------------------------------
# intervals


def interval(value: str | None) -> tuple[date, date] | None:
    """The days a TIMEX3 value covers, for days and weeks only."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d, d
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return monday, monday + timedelta(days=6)
    return None


def _anchors(item: DatingInput, published: date, idf: dict[str, float]) -> list[Anchor]:
    """Dated expressions of a dated article (values recomputed on its date)."""
    out = []
    for timex in reanchor(item.timexes, published.isoformat(), text=item.text):
        span = interval(timex.value)
        if span is None or timex.type not in {"DATE", "TIME"}:
            continue
        end_span = interval(timex.end_value)
        hi = end_span[1] if end_span else span[1]
        words = content_words(_context(item.text, timex.start, timex.end, item.sentences))
        out.append(Anchor(item.article, timex.start, timex.end, timex.text, span[0], hi, words))
    return out


# ---------------------------------------------------------------------------------------------
# find evidence


_TENSE = re.compile(r"\((past|future|present) tense '([^']*)'\)")


def _direction(timex: Timex) -> str:
    m = _TENSE.search(timex.basis or "")
    return m.group(1) if m else "unknown"


def _relative_kind(timex: Timex) -> tuple[str, dict[str, str | None]] | None:
    cands = [c for c in find_candidates(timex.text) if c.start == 0 and c.end == len(timex.text)]
    if not cands or cands[0].kind not in P.RELATIVE_KINDS:
        return None
    return cands[0].kind, cands[0].groups


def _cross_article(
    item: DatingInput, anchors: list[Anchor], idf: dict[str, float]
) -> tuple[list[DatingEvidence], list[MentionDating]]:
    """Bounds from relative expressions matched to dated expressions in other articles."""
    evidence, mentions = [], []
    for timex in item.timexes:
        rel = _relative_kind(timex)
        if rel is None:
            continue
        kind, groups = rel
        words = content_words(_context(item.text, timex.start, timex.end, item.sentences))
        best: tuple[float, Anchor, set[str]] | None = None
        for anchor in anchors:
            if anchor.article == item.article:
                continue
            shared = words & anchor.words
            score = sum(idf.get(w, 0.0) for w in shared)
            if len(shared) >= MIN_SHARED and score >= MIN_SCORE and (best is None or score > best[0]):
                best = (score, anchor, shared)
        if best is None:
            continue
        score, anchor, shared = best
        found = _bound(kind, groups, timex, anchor)
        if found is None:
            continue
        lo, hi, why, dated = found
        shared_words = ", ".join(sorted(shared, key=lambda w: -idf.get(w, 0.0))[:6])
        explanation = f"{why}; same event matched on shared words ({shared_words}; score {score:.1f})"
        evidence.append(
            DatingEvidence(item.article, timex.start, timex.end, timex.text, lo.isoformat(), hi.isoformat(), explanation,
                           anchor.article, anchor.start, anchor.end, anchor.text)
        )  # fmt: skip
        if dated is not None:
            value, end_value = dated
            mentions.append(
                MentionDating(timex.start, timex.end, timex.text, value, end_value,
                              f"dated by article {anchor.article} '{anchor.text}' [{anchor.start}:{anchor.end}] "
                              f"({anchor.lo.isoformat()}..{anchor.hi.isoformat()}): {why}")
            )  # fmt: skip
    return evidence, mentions


def _bound(
    kind: str, groups: dict[str, str | None], timex: Timex, anchor: Anchor
) -> tuple[date, date, str, tuple[str, str | None] | None] | None:
    """Publication window implied by one relative expression whose event the anchor dates."""
    direction = _direction(timex)
    if kind in {"weekday_part", "weekday_range"} and not groups.get("rel") and not groups.get("plural"):
        weekday = P.WEEKDAYS[_weekday_key(groups.get("weekday") or "")]
        days = [anchor.lo + timedelta(days=k) for k in range((anchor.hi - anchor.lo).days + 1)]
        matching = [d for d in days if d.weekday() == weekday]
        if len(matching) != 1:
            return None
        d = matching[0]
        end_value = None
        if kind == "weekday_range":
            weekday2 = P.WEEKDAYS[_weekday_key(groups.get("weekday2") or "")]
            end_value = (d + timedelta(days=(weekday2 - weekday) % 7)).isoformat()
        name = groups.get("weekday")
        if direction == "future":
            return d - timedelta(days=6), d - timedelta(days=1), (
                f"{name} is {d.isoformat()}; future tense: published in the six days before it"
            ), (d.isoformat(), end_value)
        if direction == "past":
            return d, d + timedelta(days=6), f"{name} is {d.isoformat()}; past tense: published that day or within six days after", (d.isoformat(), end_value)
        return d - timedelta(days=6), d + timedelta(days=6), f"{name} is {d.isoformat()}; no tense cue: within six days either side", (d.isoformat(), end_value)
    if kind == "rel_unit":
        rel = (groups.get("rel") or "").lower()
        unit = (groups.get("unit") or "").lower()
        if unit != "week" or anchor.hi - anchor.lo > timedelta(days=6):
            return None
        monday = anchor.lo - timedelta(days=anchor.lo.weekday())
        if anchor.hi > monday + timedelta(days=6):
            return None
        shift = {"this": 0, "last": 1, "next": -1, "the past": 1, "past": 1}.get(rel)
        if shift is None:
            return None
        start = monday + timedelta(weeks=shift)
        week = f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}"
        return start, start + timedelta(days=6), f"'{timex.text}' is the week {week}: published in the week {start.isoformat()}..", (week, None)
    return None


def _weekday_key(word: str) -> str:
    return word.lower()


def _years_since(item: DatingInput) -> list[DatingEvidence]:
    """'in 24 years' near 'July 2000': the publication is about 24 years after that date."""
    out = []
    durations = [t for t in item.timexes if t.type == "DURATION" and re.fullmatch(r"P\d+Y", t.value or "")]
    absolute = [t for t in item.timexes if t.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value or "")]
    for dur in durations:
        before = item.text[max(0, dur.start - 40) : dur.start].lower()
        if not re.search(r"\b(?:in|for|after|first)\b[^.]*$", before):
            continue
        n = int((dur.value or "P0Y")[1:-1])
        near = [t for t in absolute if abs(t.start - dur.start) < 300]
        if not near:
            continue
        ref = min(near, key=lambda t: abs(t.start - dur.start))
        year = int((ref.value or "0")[:4])
        month = int((ref.value or "0000-06")[5:7]) if len(ref.value or "") == 7 else 7
        centre = date(year + n, month, 1)
        lo, hi = centre - timedelta(days=183), centre + timedelta(days=183)
        out.append(
            DatingEvidence(item.article, dur.start, dur.end, dur.text, lo.isoformat(), hi.isoformat(),
                           f"'{dur.text}' since '{ref.text}' [{ref.start}:{ref.end}]: about {year + n} (±6 months)")
        )  # fmt: skip
    return out


def _relative_notes(item: DatingInput) -> list[str]:
    """What the article's own relative expressions say when nothing anchors them."""
    notes = []
    for timex in item.timexes:
        if timex.value is None:
            notes.append(f"'{timex.text}' [{timex.start}:{timex.end}] cannot be resolved without a date ({timex.basis})")
    return notes


# ---------------------------------------------------------------------------------------------
# annotate


def _combine(item: DatingInput, evidence: list[DatingEvidence], mentions: list[MentionDating]) -> PubDateInference:
    """Intersect the bounds into a date, a window, or unknown."""
    cross = [e for e in evidence if e.other_article]
    if not evidence:
        return PubDateInference(item.article, "unknown", notes=_relative_notes(item) or ["no dated reference found"])
    lo = max(parse_anchor(e.earliest) for e in evidence if e.earliest)  # type: ignore[type-var]
    hi = min(parse_anchor(e.latest) for e in evidence if e.latest)  # type: ignore[type-var]
    if lo is None or hi is None or lo > hi:
        return PubDateInference(
            item.article, "unknown", evidence=evidence,
            notes=["the bounds contradict each other; no date chosen"] + _relative_notes(item),
        )  # fmt: skip
    confidence = 0.8 if cross else 0.4
    if lo == hi:
        return PubDateInference(item.article, "inferred", lo.isoformat(), lo.isoformat(), hi.isoformat(), confidence, evidence, mentions)
    span = (hi - lo).days
    confidence = max(0.2, confidence - 0.05 * min(span, 10)) if span < 60 else 0.2
    return PubDateInference(item.article, "inferred", None, lo.isoformat(), hi.isoformat(), confidence, evidence, mentions)


def infer_publication_dates(items: list[DatingInput]) -> dict[str, PubDateInference]:
    """Publication date (stated, inferred with evidence, or unknown) for every article."""
    idf = _idf(items)
    result: dict[str, PubDateInference] = {}
    for item in items:
        if parse_anchor(item.published):
            result[item.article] = PubDateInference(item.article, "stated", item.published, item.published, item.published, 1.0)
    for _ in range(MAX_ROUNDS):
        anchors: list[Anchor] = []
        for item in items:
            known = result.get(item.article)
            day = parse_anchor(known.date) if known else None
            if day is not None:
                anchors.extend(_anchors(item, day, idf))
        changed = False
        for item in items:
            if item.article in result and result[item.article].basis == "stated":
                continue
            cross, mentions = _cross_article(item, anchors, idf)
            inference = _combine(item, cross + _years_since(item), mentions)
            previous = result.get(item.article)
            if previous is None or (previous.date, previous.earliest, previous.latest) != (
                inference.date, inference.earliest, inference.latest
            ):
                changed = True
            result[item.article] = inference
        if not changed:
            break
    return result


def apply_inference(timexes: list[Timex], inference: PubDateInference, *, doc: Doc | None = None) -> list[Timex]:
    """An article's expressions re-anchored on its inferred date, with cross-article datings applied."""
    if inference.basis == "stated":
        return timexes
    out = reanchor(timexes, inference.anchor, doc=doc)
    by_span = {(m.start, m.end): m for m in inference.mentions}
    for i, timex in enumerate(out):
        dated = by_span.get((timex.start, timex.end))
        if dated is not None:
            out[i] = replace(timex, value=dated.value, end_value=dated.end_value or timex.end_value, basis=dated.basis)
        elif inference.date is None and timex.value is not None and timex.anchor is not None:
            out[i] = replace(timex, basis=f"{timex.basis}; anchored on the last day of the inferred window {inference.earliest}..{inference.latest}")
    return out
