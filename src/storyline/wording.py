"""How counts read: one home for "1 quote" and "2 quotes" in every page, report and CLI line."""

from __future__ import annotations

IRREGULAR = {"entity": "entities", "country": "countries", "story": "stories"}


def plural(count: int, noun: str) -> str:
    """'1 quote', '2 quotes', '3 entities'."""
    return f"{count} {noun if count == 1 else IRREGULAR.get(noun, noun + 's')}"
