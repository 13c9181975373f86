"""Words of a source shown alone: the heading, stamp and pronoun a reader cannot place are handled."""

from __future__ import annotations

from storyline.analyse.shown import ACTOR_PRONOUNS, with_referent, without_stamp


def test_a_heading_or_a_live_stamp_run_into_the_words_is_cut() -> None:
    """LibyaWar_cnn: a fact box's heading in capitals ran into its first sentence, and a live blog's place and time
    stamp opens its items; names in capitals that belong to the sentence stay."""
    heading = "GADHAFI'S FORCES GAIN GROUND AGAINST REBELS At the beginning of March, the Libyan military stepped up efforts"
    assert without_stamp(heading) == "At the beginning of March, the Libyan military stepped up efforts"
    stamp = "LIBYA, 2:04 p.m. ET, 11:04 p.m. local: Libyan Prime Minister Baghdadi Mahmudi met in Tripoli"
    assert without_stamp(stamp) == "Libyan Prime Minister Baghdadi Mahmudi met in Tripoli"
    assert without_stamp("U.S. NATO UN officials met in Brussels") == "U.S. NATO UN officials met in Brussels"
    assert without_stamp("NATO said it struck a command center") == "NATO said it struck a command center"


def test_an_opening_pronoun_shows_whom_it_stands_for() -> None:
    assert with_referent("He vowed not to leave Libya", "Moammar Gadhafi") == "[Moammar Gadhafi] vowed not to leave Libya"
    assert with_referent("his forces fell back", "Moammar Gadhafi") == "[Moammar Gadhafi's] forces fell back"
    assert with_referent("It seeks to call out Russia", "White House") == "It seeks to call out Russia"
    assert with_referent("It seeks to call out Russia", "White House", ACTOR_PRONOUNS) == "[White House] seeks to call out Russia"
