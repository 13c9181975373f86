"""An opinion piece is known by the disclaimer it carries."""

from __future__ import annotations

from storyline.clean.genre import is_opinion


def test_the_opinion_disclaimer_marks_a_piece() -> None:
    assert is_opinion("... the major challenge for the coalition. The opinions expressed in this commentary are solely those of Wesley Clark.")
    assert is_opinion("The views expressed in this article are solely those of Omar Ashour.")
    assert is_opinion("The views expressed are those of the author.")
    assert not is_opinion("Her views expressed at the meeting are that of a minority, the diplomat said.")
    assert not is_opinion("Gadhafi expressed his views on the rebels in a speech broadcast Monday.")
