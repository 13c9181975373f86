"""Stance toward a claim: does a sentence, or a whole text, agree with it, dispute it, or only report it?

One function for the ledger and for ``storyline eval claims``:

- ``sentence_stance(sentence)``: the stance a sentence takes toward what it states, from its own
  words: a refutation ("denied", "false", "no evidence", "hoax") is ``disagree``; hedging or
  attribution without commitment ("reportedly", "allegedly", "claims", "according to", "could not be
  verified") is ``discuss``; a statement without either is ``agree``. A refutation that is itself
  refuted ("denied that it was false") counts once, as the words say, no deeper.
- ``stance(claim, text)``: a text's stance toward a claim. It is ``unrelated`` when the text holds
  under ``RELATED`` of the claim's content words; otherwise the sentences closest to the claim (and
  the lead) vote with ``sentence_stance``: any refutation among them makes the text ``disagree``,
  hedging in ``DISCUSS_SHARE`` of them or more makes it ``discuss``, else ``agree``.

No topic word list takes part: the cue words are general English (``analyse/lexicon.py``). The
thresholds were set from first principles and are not fitted to any gold set; the FNC-1 test split
measures them (docs/EVALUATION.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.analyse.lexicon import HEDGE_PHRASES, HEDGE_WORDS, REFUTE_PHRASES, REFUTE_WORDS
from storyline.analyse.terms import WORD, content_terms

RELATED = 0.35  # least share of the claim's content words in the text for it to be about the claim
CLOSE = 0.5  # a sentence holding this share of the best sentence's overlap is close to the claim
LEAD = 2  # the first sentences of a text always vote: they state its angle
DISCUSS_SHARE = 0.34  # share of voting sentences that hedge for the text to be discussing, not asserting

AGREE, DISAGREE, DISCUSS, UNRELATED = "agree", "disagree", "discuss", "unrelated"
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


@dataclass(frozen=True)
class Stance:
    """A text's stance toward a claim, with the overlap it was judged on and the sentence that decided it."""

    label: str
    related: float  # share of the claim's content words found in the text
    sentence: tuple[int, int] | None = None  # offsets of the deciding sentence in the text


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets by punctuation and blank lines (a text-only split: no parse needed)."""
    out, start = [], 0
    for match in _SENTENCE.finditer(text):
        if text[start : match.start()].strip():
            out.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _has(lowered: str, words: frozenset[str], phrases: tuple[str, ...]) -> bool:
    if any(p in lowered for p in phrases):
        return True
    return any(w.lower() in words for w in WORD.findall(lowered))


def sentence_stance(sentence: str) -> str:
    """``disagree`` when the sentence refutes what it speaks of, ``discuss`` when it hedges or only attributes, else ``agree``."""
    lowered = f" {sentence.lower()} "
    if _has(lowered, REFUTE_WORDS, REFUTE_PHRASES):
        return DISAGREE
    if _has(lowered, HEDGE_WORDS, HEDGE_PHRASES):
        return DISCUSS
    return AGREE


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[list[tuple[int, int]], list[set[str]]]:
    """A text's sentences and their content terms (kept for texts judged against many claims)."""
    spans = sentences(text)
    return spans, [content_terms(text[a:b]) for a, b in spans]


def stance(claim: str, text: str) -> Stance:
    """The text's stance toward the claim (see the module's docstring)."""
    wanted = content_terms(claim)
    if not wanted:
        return Stance(UNRELATED, 0.0)
    spans, terms = _read(text)
    found = set().union(*terms) & wanted if terms else set()
    related = len(found) / len(wanted)
    if related < RELATED or not spans:
        return Stance(UNRELATED, round(related, 3))
    overlaps = [len(t & wanted) for t in terms]
    best = max(overlaps)
    voters = [i for i, n in enumerate(overlaps) if i < LEAD or (best and n >= CLOSE * best)]
    votes = [(i, sentence_stance(text[spans[i][0] : spans[i][1]])) for i in voters]
    refuted = next((i for i, v in votes if v == DISAGREE), None)
    if refuted is not None:
        return Stance(DISAGREE, round(related, 3), spans[refuted])
    hedged = [i for i, v in votes if v == DISCUSS]
    if votes and len(hedged) / len(votes) >= DISCUSS_SHARE:
        return Stance(DISCUSS, round(related, 3), spans[hedged[0]])
    top = max(voters, key=lambda i: (overlaps[i], -i))
    return Stance(AGREE, round(related, 3), spans[top])
