"""Character spans over a text: trimming whitespace off a span, and finding the spans that overlap one."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, TypeVar

S = TypeVar("S", bound=tuple[Any, ...])


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) narrowed to exclude leading and trailing whitespace (empty if only whitespace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def normal_space(text: str) -> str:
    """Text with every run of whitespace as one space: how a citation's shown words are compared with its span."""
    return " ".join(text.split())


def doc_text(doc: Any) -> str:
    """A spaCy Doc's text, built once: spaCy joins every token again on each ``doc.text`` access."""
    cached = doc.user_data.get("storyline_text")
    if cached is None:
        cached = doc.user_data["storyline_text"] = doc.text
    return str(cached)


def longest_span(spans: Sequence[tuple[Any, ...]]) -> int:
    """The length of the longest (start, end, ...) span: how far back an overlap lookup must reach."""
    return max((span[1] - span[0] for span in spans), default=0)


def overlapping(spans: Sequence[S], longest: int, start: int, end: int) -> list[S]:
    """The spans of a list sorted by start (``longest``: ``longest_span`` of it) that overlap [start, end), in list
    order: a bisection and a short walk instead of a scan of every span."""
    lo, hi = bisect_left(spans, (start - longest,)), bisect_left(spans, (end,))
    return [span for span in spans[lo:hi] if span[1] > start]
