"""Common words the tagger took for names: capitalised only because a sentence or a headline opens with them.

"Gunfire also rang out near Green Square", "Regime officials strictly control ...", "Education officials from the NTC
have said ...", "“Mia mia!” said housewife Aisha Rajab": the entity tagger reads a capitalised first word as a person or
a body, and each became an entity of its own (an entities draw on LibyaWar_cnn, dev, judged four of 50 such). A name
whose every mention is one word with a capital only by its place, and which the corpus also writes in lower case, is a
common word: "gunfire" stands in lower case in 49 places of that topic. A name met in mid-sentence even once stays
("in Mobile, Alabama", "Army checkpoints"), and so does one the corpus never writes in lower case ("Chad").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

LOWER_USES = 3  # times the corpus must write the word in lower case (an artillery "shell" twice keeps Shell the company)
ONE_WORD = re.compile(r"[A-Z][a-z]+")
JOINERS = "-'’"  # what joins a word to another: no word of its own on either side of it

# What may stand right before a word that has its capital from its place: the text's start, a sentence's end, a line
# break, a colon, a dash of a headline or a date line, each perhaps with an opening mark or bracket after it ('. “Mia
# mia!”', 'said: “Regime ...'), or a comma with one ('said, “Regime'); a mark alone is not enough (NBC's “Today” show:
# a title's capital), nor a comma alone (", Fed data on April industrial production").
OPENS_HERE = re.compile(r"(?:(?:^|[.!?][”\"’)]?\s+|\n\s*|:\s+|\s[-–—]\s+)[“\"‘(]?|,\s+[“\"‘(])\s*$")


def capital_by_place(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence, a line, a quotation or a headline, so its capital says nothing."""
    return OPENS_HERE.search(text[max(0, start - 6) : start]) is not None


class CommonWords:
    """Decides, for the name mentions of one would-be entity, whether they are a common word (see the module's doc).

    ``texts`` gives an article's clean text; ``holding`` gives, for lower-case words, the articles whose text holds each
    in any case (the store's full-text index), so only those are read to count the lower-case uses.
    """

    def __init__(self, texts: Callable[[str], str], holding: Callable[[list[str]], dict[str, list[str]]]) -> None:
        self.texts = texts
        self.holding = holding
        self.uses: dict[str, int] = {}

    def candidates(self, mentions: Iterable[tuple[str, int, str]]) -> str | None:
        """The lower-case word, when every (article, start, text) mention is that one capitalised word in a place that
        gives it its capital; else None."""
        words = set()
        for article, start, text in mentions:
            if not ONE_WORD.fullmatch(text) or not capital_by_place(self.texts(article), start):
                return None
            words.add(text.lower())
        return words.pop() if len(words) == 1 else None

    def prepare(self, words: Iterable[str]) -> None:
        """Count the lower-case uses of these words across the corpus (up to ``LOWER_USES``), once for all of them."""
        wanted = sorted({w for w in words if w not in self.uses})
        if not wanted:
            return
        for word, articles in self.holding(wanted).items():
            found = 0
            for article in articles:  # (counted only as far as the threshold: a common word gets there in a few articles)
                found += _lower_uses(self.texts(article), word)
                if found >= LOWER_USES:
                    break
            self.uses[word] = found
        for word in wanted:
            self.uses.setdefault(word, 0)

    def common(self, word: str) -> bool:
        self.prepare([word])
        return self.uses[word] >= LOWER_USES


def _lower_uses(text: str, word: str) -> int:
    """How often ``text`` writes ``word`` in lower case as a word of its own: not inside another word ("Bohemia" holds
    no "mia"), nor joined to one ("shell-pocked", "regime's" stay the writer's compounds and possessives)."""
    found, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalpha() or text[at - 1] in JOINERS)) and (
                end >= len(text) or not (text[end].isalpha() or text[end] in JOINERS)):
            found += 1
        at = text.find(word, end)
    return found
