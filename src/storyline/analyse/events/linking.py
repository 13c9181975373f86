"""What events and claims share below both: entity links per article, candidate sentences, sentence bounds."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import EventCandidate, dash_list, record_candidates
from storyline.spans import doc_sentences, longest_span, overlapping, strip_span


@dataclass(slots=True)
class MentionIndex:
    """Entity links of one article as sorted (start, end, entity) triples."""

    spans: list[tuple[int, int, str]]
    longest: int = field(init=False)  # the longest span's length: a lookup bisects instead of scanning

    def __post_init__(self) -> None:
        self.longest = longest_span(self.spans)

    def entity_in(self, start: int, end: int, head: tuple[int, int] | None = None) -> str | None:
        """The entity linked inside [start, end): the one covering the head word first, else the first."""
        inside = overlapping(self.spans, self.longest, start, end)
        if head is not None:
            for s in inside:
                if s[0] < head[1] and s[1] > head[0]:
                    return s[2]
            inside = [s for s in inside if s[1] <= head[0]]  # premodifiers only, not "of" phrases
        return inside[-1][2] if inside else None


def mention_indexes(links: dict[tuple[str, int, int], str], extra: list[Any]) -> dict[str, MentionIndex]:
    """Per-article index of linked mentions (resolver links and the extra mentions it found)."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (article, start, end), entity in links.items():
        spans[article].append((start, end, entity))
    for m in extra:
        if m.entity:
            spans[m.article].append((m.start, m.end, m.entity))
    return {a: MentionIndex(sorted(set(v))) for a, v in spans.items()}


def doc_candidates(doc: Doc, body_start: int = 0) -> list[tuple[Span, list[EventCandidate]]]:
    """Body sentences that hold candidates, with them (found once per article, shared by events and claims)."""
    out: list[tuple[Span, list[EventCandidate]]] = []
    for sent in doc_sentences(doc):
        if sent.end_char <= body_start or dash_list(sent) or run_in_title(sent) or P.TEXT_INTRODUCED.match(sent.text):
            continue
        cands = record_candidates(sent)
        if cands:
            out.append((sent, cands))
    return out


def run_in_title(sent: Span) -> bool:
    """A title run into the text: words that end on a word, not a stop, with more text going on after them on the same
    line ("CNN tours NATO airstrike site", "Libya's al-Obeidy: ‘My soul is liberated’ NATO strikes hit Libyan warships",
    a related story's link cut off from the quotation after it). It tells no act and makes no claim: it names another
    page. Words that open a quotation the next sentence goes on with are not one ('Suttles, admitted: “We have not been
    able to stop the flow')."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not words or not words[-1].is_alpha or sent.end >= len(doc):
        return False
    if "\n" in words[-1].whitespace_ or "\n" in doc[sent.end].text:
        return False
    text = sent.text
    return text.count("“") <= text.count("”") and text.count('"') % 2 == 0


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character offsets of a sentence without surrounding whitespace (no rebuild of the whole text)."""
    text = sent.text
    start, end = strip_span(text, 0, len(text))
    return sent.start_char + start, sent.start_char + end
