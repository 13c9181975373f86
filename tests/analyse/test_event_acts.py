"""Acts that did not happen are not events, and a merge needs the same act: real LibyaWar_cnn sentences."""

from __future__ import annotations

import json
from typing import Any

import pytest

from storyline.analyse.events.candidates import record_candidates
from storyline.model import RawDocument
from storyline.nlp import load_nlp
from storyline.pipeline import clean_document
from tests.conftest import EVAL

LIBYA = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"


@pytest.fixture(scope="module")
def sentence() -> Any:
    if not LIBYA.is_dir():
        pytest.skip(f"Timeline17 not found at {LIBYA}")
    from storyline.evaluate.t17 import topic_records

    records = {r["url"].rsplit("/", 1)[1]: r for r in topic_records(LIBYA)}
    nlp = load_nlp()

    def find(uid: str, words: str) -> Any:
        record = records[uid]
        text = clean_document(RawDocument(source=record["url"], raw=json.dumps(record).encode(), media_type="application/json")).text
        at = text.index(words)
        doc = nlp(text[max(0, at - 400) : at + 400])
        return next(s for s in doc.sents if words in s.text)

    return find


def _trigger(sent: Any, word: str) -> Any:
    return next(c for c in record_candidates(sent) if sent.doc[c.trigger].lower_ == word)


def test_an_act_called_for_did_not_happen(sentence: Any) -> None:
    sent = sentence("386", "have called for Gadhafi to step down")
    assert _trigger(sent, "step").unrealised  # the call is the news, not a resignation


def test_an_act_asked_about_did_not_happen(sentence: Any) -> None:
    sent = sentence("129", "will anything they do convince Gadhafi to step down")
    assert all(c.unrealised for c in record_candidates(sent))


def test_a_present_tense_time_clause_speaks_of_the_future(sentence: Any) -> None:
    sent = sentence("167", "once Gadhafi resigns")
    assert _trigger(sent, "resigns").unrealised


def test_an_implicative_head_keeps_the_act(sentence: Any) -> None:
    sent = sentence("1", "had managed to arrest dozens of people")
    assert not _trigger(sent, "arrest").unrealised


def test_a_bare_speech_act_is_summarised_with_what_it_asked(sentence: Any) -> None:
    from storyline.analyse.events.annotate import _complement

    sent = sentence("255", "called for prompt European Union sanctions")
    call = _trigger(sent, "called")
    span = _complement(sent.doc, call)
    assert span is not None and sent.doc[span[0] : span[1]].text.startswith("for prompt European Union sanctions")
