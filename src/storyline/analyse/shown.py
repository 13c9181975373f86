"""Words of a source shown alone (a claim, an event summary): what a reader needs to read them out of context."""

from __future__ import annotations

import re

from storyline.analyse.lexicon import LEADING_PRONOUNS
from storyline.patterns import LIVE_STAMP

POSSESSIVES = frozenset({"his", "her", "its", "their"})
# An event's actor is resolved before its words are shown: any pronoun that opens them is that actor.
ACTOR_PRONOUNS = LEADING_PRONOUNS | {"it", "its", "they", "their"}
# A claim's own speaker is what an "it" or "they" opening their words stands for: "BP said it has spent $350 million",
# "Government officials said they have chartered a ferry".
SPEAKER_PRONOUNS = LEADING_PRONOUNS | {"it", "its", "they"}

LEADING_ASIDE = re.compile(r"^[^()]{0,60}\)\s*")  # "9:22 p.m. ET, 3:22 a.m. in Libya) Forces loyal to ...": a cut-off aside


# "GADHAFI'S FORCES GAIN GROUND AGAINST REBELS At the beginning of March, ...": a fact box's heading in capitals run
# into the first sentence under it (at least three words in capitals before a capitalised word in lower case).
LEADING_HEADING = re.compile(r"^(?:[A-Z][A-Z'’.&-]*\s+){3,}(?=[A-Z][a-z])")


def without_stamp(text: str) -> str:
    """The words without a live blog's opening stamp, a heading in capitals run into them, or the tail of an aside
    the span cut open."""
    return LEADING_HEADING.sub("", LIVE_STAMP.sub("", LEADING_ASIDE.sub("", text)))


def with_referent(text: str, name: str, pronouns: frozenset[str] = LEADING_PRONOUNS) -> str:
    """'He vowed not to leave Libya' -> '[Moammar Gadhafi] vowed ...': a claim or event read alone names who it is
    about; 'his forces' -> "[Moammar Gadhafi's] forces". Text that opens with any word but one of ``pronouns`` is
    returned unchanged."""
    first, _, rest = text.partition(" ")
    word = first.lower()
    if word not in pronouns or not rest:
        return text
    shown = f"[{name}'s]" if word in POSSESSIVES else f"[{name}]"
    return f"{shown} {rest}"
