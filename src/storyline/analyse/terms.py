"""Content words of a text and their stems: one home for the stop list and the stemmer.

Story profiles, the claims ledger, stance and the events merge compare texts by these terms. The
stop list (spaCy's English list plus reporting words and wire names) and the Porter stemmer are
loaded on first use, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word: a letter, then letters, digits, apostrophes or hyphens
_STOP: frozenset[str] | None = None
_STEMMER: Any = None


def stop_words() -> frozenset[str]:
    """spaCy's English stop words with the reporting words every news text shares."""
    global _STOP
    if _STOP is None:
        from spacy.lang.en.stop_words import STOP_WORDS

        _STOP = frozenset(STOP_WORDS) | {"said", "says", "say", "told", "reuters", "bbc", "cnn", "news", "would", "could"}
    return _STOP


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word (airlines, airline -> airlin)."""
    global _STEMMER
    if _STEMMER is None:
        from nltk.stem.porter import PorterStemmer

        _STEMMER = PorterStemmer()
    return str(_STEMMER.stem(word.lower().strip("'’-")))


def content_terms(text: str) -> set[str]:
    """Stems of the content words of a text (stop words and words under three letters out)."""
    stop = stop_words()
    return {stem(w) for w in WORD.findall(text) if len(w) >= 3 and w.lower() not in stop}
