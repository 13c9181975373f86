"""An opinion piece is known by the disclaimer it carries."""

from __future__ import annotations

from storyline.clean.genre import is_opinion


def test_the_opinion_disclaimer_marks_a_piece() -> None:
    assert is_opinion("... the major challenge for the coalition. The opinions expressed in this commentary are solely those of Wesley Clark.")
    assert is_opinion("The views expressed in this article are solely those of Omar Ashour.")
    assert is_opinion("The views expressed are those of the author.")
    assert not is_opinion("Her views expressed at the meeting are that of a minority, the diplomat said.")
    assert not is_opinion("Gadhafi expressed his views on the rebels in a speech broadcast Monday.")


def test_a_writers_note_closing_a_piece_marks_it() -> None:
    """bpoil_foxnews (dev) op-eds close on their writer's note ("Steve Everley is the manager of policy research at
    American Solutions.", "Dana M. Radcliffe is the Day Family Senior Lecturer of Business Ethics ..."): their lines
    had been events ("James Taggart sought the love of ... Wesley Mouch", an Atlas Shrugged analogy). A haiti_bbc page
    closing on the note of a clip's guest ("Elizabeth Byrs is the official spokesperson for ...") is news; so is a page
    ending on a name that is no one's note ("Why Mitt Romney is the ...")."""
    import json

    import pytest

    from storyline.evaluate.t17 import topic_records
    from storyline.model import RawDocument
    from storyline.nlp import load_nlp
    from storyline.pipeline import clean_document
    from tests.conftest import EVAL

    nlp = load_nlp()

    def opinion(topic: str, uid: str) -> bool:
        folder = EVAL / "timeline17" / "t17" / topic
        if not folder.is_dir():
            pytest.skip("Timeline17 not found")
        record = next(r for r in topic_records(folder) if r["url"].endswith(f"/{uid}"))
        text = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json")).text
        return is_opinion(text, (e.start_char for e in nlp(text).ents if e.label_ == "PERSON"))

    assert opinion("bpoil_foxnews", "1443") and opinion("bpoil_foxnews", "353")
    assert not opinion("haiti_bbc", "1807") and not opinion("bpoil_foxnews", "1196")
