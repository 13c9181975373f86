"""Property tests: whatever text comes in, the parsers answer without an exception and every offset lies inside the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.clean.detokenize import detokenize
from storyline.clean.lines import clean_lines
from storyline.store.db import Store

# Text with the characters that trip parsers: quote marks of every kind, PTB tokens, brackets, dates, newlines.
ALPHABET = st.sampled_from(list("aZ 0,.;:?!\"'“”‘’«»()[]{}-–—/\n\t*_\\<>&$%") + ["``", "''", "-LRB-", "-RRB-", " 's", "n't",
                                                                                "said", "Monday", "June 19", "2024", "last week"])
TEXTS = st.lists(ALPHABET, max_size=120).map("".join)
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(query=st.text(max_size=60))
def test_any_search_query_is_safe_fts(seed_store_path: Path, query: str) -> None:
    found = Store(seed_store_path).search(query, limit=5)  # never an FTS syntax error
    assert found["total"] >= len(found["hits"])


@SETTINGS
@given(text=TEXTS)
def test_the_cleaner_maps_every_kept_run_back_to_the_raw_text(text: str) -> None:
    cleaned = clean_lines(text)
    assert 0 <= cleaned.body_start <= len(cleaned.text)
    for segment in cleaned.segments:
        assert cleaned.text[segment.start : segment.start + segment.length] == text[segment.raw_start : segment.raw_start + segment.length]
    for removal in cleaned.removed:
        assert 0 <= removal.raw_start <= removal.raw_end <= len(text)


@SETTINGS
@given(text=TEXTS)
def test_detokenised_pieces_point_at_their_raw_text(text: str) -> None:
    for start, piece in detokenize(text, 0):
        assert start is None or text[start : start + len(piece)] == piece


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from storyline.nlp import load_nlp

    return load_nlp()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, anchor=st.one_of(st.none(), st.dates().map(str)))
def test_quotes_and_time_expressions_stay_inside_the_text(nlp, text: str, anchor: str | None) -> None:  # type: ignore[no-untyped-def]
    from storyline.analyse.quotes.attribution import extract_quotes
    from storyline.analyse.time.expressions import extract_timexes

    doc = nlp(text)
    for quote in extract_quotes(doc, "a"):
        assert 0 <= quote.start <= quote.end <= len(text) and text[quote.start : quote.end] == quote.text
    for timex in extract_timexes(doc, "a", anchor=anchor):
        assert 0 <= timex.start <= timex.end <= len(text) and text[timex.start : timex.end] == timex.text
