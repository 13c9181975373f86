"""Split an article's clean text at span offsets into flat segments for highlighting.

The text itself is never turned into markup here: each segment keeps plain text, and the
autoescaping template writes it out. Overlapping spans (a mention inside a quote) are fine:
every segment lists all the spans that cover it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """One highlighted span: its kind (quote, speaker, mention, date, evidence), offsets and attributes."""

    start: int
    end: int
    kind: str
    key: str = ""  # quote id, entity id, timex value, "event:<id>"
    title: str = ""
    href: str = ""


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same set of spans."""

    start: int
    end: int
    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({s.kind for s in self.spans})

    @property
    def link(self) -> Span | None:
        """The span this segment links to: a mention's entity first, then a date, then a quote."""
        for kind in ("mention", "speaker", "date", "quote", "evidence"):
            for span in self.spans:
                if span.kind == kind and span.href:
                    return span
        return None

    @property
    def quote_ids(self) -> str:
        return " ".join(s.key for s in self.spans if s.kind == "quote")

    @property
    def title(self) -> str:
        return "; ".join(s.title for s in self.spans if s.title)


def clamp_spans(spans: list[Span], length: int) -> list[Span]:
    """Drop spans outside the text or empty; clip the rest to [0, length]."""
    out = []
    for s in spans:
        start, end = max(0, s.start), min(length, s.end)
        if start < end:
            out.append(Span(start, end, s.kind, s.key, s.title, s.href))
    return out


def segment_text(text: str, spans: list[Span], *, cuts: list[int] | None = None) -> list[Segment]:
    """Cut `text` at every span boundary (and at `cuts`, e.g. evidence offsets); each piece lists its spans."""
    spans = clamp_spans(spans, len(text))
    bounds = {0, len(text)} | {s.start for s in spans} | {s.end for s in spans}
    bounds |= {c for c in (cuts or []) if 0 <= c <= len(text)}
    edges = sorted(bounds)
    by_start = sorted(spans, key=lambda s: (s.start, -s.end))
    out = []
    # one sweep: the spans open at a piece's start are those covering it (every span's end is an edge), kept in
    # by_start order; a long article's page had compared each of its ~2,000 pieces with every span
    open_spans: list[Span] = []
    opening = 0
    for lo, hi in zip(edges, edges[1:], strict=False):
        open_spans = [s for s in open_spans if s.end > lo]
        while opening < len(by_start) and by_start[opening].start <= lo:
            if by_start[opening].end > lo:
                open_spans.append(by_start[opening])
            opening += 1
        out.append(Segment(lo, hi, text[lo:hi], list(open_spans)))
    return out


def article_spans(view: dict[str, Any]) -> list[Span]:
    """Highlight spans for an article view: quotes, speakers, entity mentions and resolved dates."""
    spans: list[Span] = []
    for q in view["quotes"]:
        sp = q["speaker"]
        who = sp["name"] or "unattributed"
        spans.append(Span(q["start"], q["end"], "quote", q["id"], f"{q['kind']} quote — {who}",
                          f"/quotes?article={q['article']}#q-{q['id']}"))
        if sp["start"] is not None and sp["end"] is not None:
            href = f"/entities/{sp['entity']}" if sp["entity"] else ""
            spans.append(Span(sp["start"], sp["end"], "speaker", sp["entity"] or "", f"speaker: {who}", href))
    for m in view["mentions"]:
        href = f"/entities/{m['entity']}" if m["entity"] else ""
        name = m["entity_name"] or m["text"]
        spans.append(Span(m["start"], m["end"], "mention", m["entity"] or "", f"{m['label']}: {name}", href))
    for t in view["timexes"]:
        value = t["value"] or "unresolved"
        if t["end_value"]:
            value += f"/{t['end_value']}"
        href = f"/timeline#m-{view['article']['id']}-{t['start']}" if t["value"] and t["value"][:1].isdigit() else ""
        spans.append(Span(t["start"], t["end"], "date", t["value"] or "", f"{t['type']} {value}", href))
    for e in view["evidence"]:
        href = f"/timeline#ev-{e['id']}" if e["kind"] == "event" else f"/claims#c-{e['id']}"
        spans.append(Span(e["start"], e["end"], "evidence", f"{e['kind']}:{e['id']}", f"evidence ({e['role']}) for {e['kind']} {e['id']}", href))
    return spans
