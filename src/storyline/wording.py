"""How counts and sides read: one home for "1 quote", "2 quotes" and "denied by" in every page, report and CLI line."""

from __future__ import annotations

IRREGULAR = {"entity": "entities", "country": "countries", "story": "stories"}


def plural(count: int, noun: str) -> str:
    """'1 quote', '2 quotes', '3 entities'."""
    return f"{count} {noun if count == 1 else IRREGULAR.get(noun, noun + 's')}"


def against(status: str) -> str:
    """How a claim's opposing side reads: a rejected proposal is 'rejected by', a denied claim 'denied by'."""
    return "rejected by" if status == "rejected" else "denied by"
