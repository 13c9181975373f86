"""Character spans over a text: the one helper every stage uses to trim whitespace off a span."""

from __future__ import annotations

from typing import Any


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
