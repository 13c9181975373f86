"""Apostrophes a page lost, put back with the offset map kept.

Some archives drop the apostrophe and leave its space ("Allen s reckoning", "couldn t", "that s a source"): read as
it is, "Allen s" is a person, "s" a name of its own, and "couldn t" two words. A text that shows the loss at least
``MIN_SEEN`` times gets the apostrophe back where the space stands before a clitic: "n t", a word's "s", and "ll",
"re", "ve", "d", "m" after a pronoun. The space is replaced by one character, so every other character of the
piece stays a verbatim copy of the raw text (``clean/detokenize.py`` keeps the same kind of map).
"""

from __future__ import annotations

import re

from storyline.clean.detokenize import Piece

MIN_SEEN = 2  # clitics standing apart in a text before it is taken to have lost its apostrophes

_PRONOUNS = "I|you|we|they|he|she|it|who|what|You|We|They|He|She|It|Who|What"
_NEGATED = "do|does|did|is|was|were|are|could|would|should|ca|wo|have|has|had|ai|must|need"
LOST = re.compile(
    r"\b(?:(?:" + _NEGATED + r")n(?P<t> )t"  # "couldn t", "can t", "won t"
    r"|(?:" + _PRONOUNS + r")(?P<clitic> )(?:ll|re|ve|d)"  # "we re", "they ve", "he d"
    r"|I(?P<am> )m"
    r"|[A-Za-z]{2,}(?P<s> )s"  # "Allen s reckoning", "that s a source"
    r")\b(?![-'’]|\.\s*\.)"  # not "re-sent", not a teaser cut short ("believed to be dumping s. . .")
)
_GROUPS = ("t", "clitic", "am", "s")
APOSTROPHE = "’"


def lost_apostrophes(text: str) -> bool:
    """Whether the text shows clitics standing apart often enough to repair them."""
    return sum(1 for _ in zip(range(MIN_SEEN), LOST.finditer(text), strict=False)) >= MIN_SEEN


def restore_apostrophes(pieces: list[Piece]) -> list[Piece]:
    """The pieces with each lost apostrophe's space replaced (a replaced character maps nowhere in the raw text)."""
    out: list[Piece] = []
    for raw_start, text in pieces:
        cursor = 0
        for match in LOST.finditer(text):
            at = next(match.start(g) for g in _GROUPS if match.start(g) >= 0)
            out.append((raw_start + cursor if raw_start is not None else None, text[cursor:at]))
            out.append((None, APOSTROPHE))
            cursor = at + 1
        out.append((raw_start + cursor if raw_start is not None else None, text[cursor:]))
    return [(start, text) for start, text in out if text]
