"""What kind of piece an article is, from the words it carries about itself."""

from __future__ import annotations

import re

# "The opinions expressed in this commentary are solely those of Wesley Clark.", "The views expressed are those of the
# author": the disclaimer outlets put on a signed opinion piece.
OPINION_DISCLAIMER = re.compile(
    r"\b(?:opinions?|views?)\s+expressed\s+(?:in\s+this\s+(?:commentary|column|article|piece|post|essay|op-ed)\s+|here\s+)?"
    r"(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those|that)\s+of\b",
    re.IGNORECASE,
)


def is_opinion(text: str) -> bool:
    """A signed opinion piece: its lines are its writer's view and argument, not the news of the story."""
    return OPINION_DISCLAIMER.search(text) is not None
