"""What kind of piece an article is, from the words it carries about itself."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "The opinions expressed in this commentary are solely those of Wesley Clark.", "The views expressed are those of the
# author": the disclaimer outlets put on a signed opinion piece.
OPINION_DISCLAIMER = re.compile(
    r"\b(?:opinions?|views?)\s+expressed\s+(?:in\s+this\s+(?:commentary|column|article|piece|post|essay|op-ed)\s+|here\s+)?"
    r"(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those|that)\s+of\b",
    re.IGNORECASE,
)


# The writer's note that closes a signed piece: "Steve Everley is the manager of policy research at American Solutions.",
# "John W. Fitzpatrick, Ph.D., is the director of the Cornell Lab of Ornithology.", "Cal Thomas is America's most widely
# syndicated newspaper columnist", "Christian Whiton served in the administration of President George W. Bush."
AUTHOR_NOTE = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})(?:,\s*[^,.]{1,20}\.?,)?"
    r"\s+(?:is|was|served|serves)\s+(?:a|an|the|as|in|[A-Z]\w+'s)\s")
AUTHOR_NOTE_CHARS = 700  # the note stands among the page's last this many characters ...
ARGUMENT_CHARS = 1500  # ... after at least this many of argument (a short page closing on a guest's note is a clip's intro)


def is_opinion(text: str, people: Iterable[int] = ()) -> bool:
    """A signed opinion piece: its lines are its writer's view and argument, not the news of the story. Its outlet's
    disclaimer says so, or the writer's note that closes it: one person (``people``: where the text's person names
    start) the piece has not named before, after an argument of some length ("Mitt Romney is the ...", "Hurricane Alex was
    a ..." are no notes; a page closing on several guests' notes is a programme's listing, a short one on a guest's
    note a clip's introduction)."""
    if OPINION_DISCLAIMER.search(text) is not None:
        return True
    starts = set(people)
    tail_at = max(0, len(text) - AUTHOR_NOTE_CHARS)
    named = {note.group("name") for note in AUTHOR_NOTE.finditer(text, tail_at)
             if note.start("name") in starts and note.start() >= ARGUMENT_CHARS
             and note.group("name").split()[-1] not in text[:tail_at]}
    return len(named) == 1
