"""Bare descriptions a ledger line holds, named by the fuller mention the article made of them before.

"Payments as high as $100,000 might have gone to ... others who enrolled multiple boats in the program": read alone on a
ledger line, "the program" says nothing (a claims draw judged such lines "vague"); the article named it a few sentences
before, "BP's vessels of opportunity program". A description with a determiner and a bare noun ("the program", "that
report", "such action") takes the words that made its noun specific at its nearest earlier fuller mention when they hold
a name ("the [Vessels of Opportunity] program", "that [April 15 Halliburton] report"; not "the [shrimp] boat").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.model import NAME_LABELS

POINTING_DETERMINERS = frozenset({"the", "that", "this", "these", "those", "such"})
NAMING_MODIFIERS = frozenset({"compound", "nmod"})  # what makes a noun one thing ("vessels of opportunity program")
SAYS_WHICH = frozenset({"prep", "relcl", "acl", "appos"})  # after the noun: the description says which itself
LOOK_BACK = 400  # tokens before the description's sentence searched for its fuller mention
# Only a name makes the words safe to show: a hand-check of 40 lines with the words set in (seed 43, three dev stores)
# found 17 of 19 right where they held a name ("the [Vessels of Opportunity] program", "the [Coalition] airstrikes") and
# 12 of 21 where they were common nouns, the nearest fuller mention often another thing ("the [shrimp] boat" of a
# fly-fishing guide, "the [bailout] fund", "the [rebel] attacks" that were NATO's).


Naming = tuple[int, str, str]  # the description's noun: its article offset and lemma; the words to show before it


def named_descriptions(doc: Doc, start: int, end: int) -> list[Naming]:
    """Bare descriptions inside article offsets [start, end) that an earlier mention names more fully."""
    out: list[Naming] = []
    for token in doc.char_span(start, end, alignment_mode="contract") or []:
        if not _bare_description(token):
            continue
        words = _fuller_mention(doc, token)
        if words is not None:
            out.append((token.idx, token.lemma_.lower(), words))
    return out


def _bare_description(token: Token) -> bool:
    """A common noun with a pointing determiner and nothing else that says which ("the program", not "the new process"
    nor "the program BP set up")."""
    if token.pos_ != "NOUN" or token.dep_ in NAMING_MODIFIERS:
        return False
    lefts = [c for c in token.children if c.i < token.i and not c.is_punct]
    if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ not in POINTING_DETERMINERS:
        return False
    return not any(c.dep_ in SAYS_WHICH for c in token.children if c.i > token.i)


def _fuller_mention(doc: Doc, token: Token) -> str | None:
    """The naming words of the nearest earlier mention of the same noun that has them, before the token's sentence."""
    lemma = token.lemma_.lower()
    first = token.sent.start
    for k in range(first - 1, max(-1, first - 1 - LOOK_BACK), -1):
        earlier = doc[k]
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma or earlier.dep_ in NAMING_MODIFIERS:
            continue
        modifiers = [c for c in earlier.children if c.i < earlier.i and c.dep_ in NAMING_MODIFIERS]
        if modifiers:
            begin = min(m.left_edge.i for m in modifiers)
            if (begin >= 2 and doc[begin - 1].lower_ == "of" and doc[begin - 1].head.i == begin - 2
                    and doc[begin - 2].is_title and doc[begin].is_title):
                begin -= 2  # "Vessels of Opportunity program", parsed "Vessels of [Opportunity program]" (a name's words;
                # not "the kind of machine gun")
            words = doc[begin : earlier.i]
            if any(t.dep_ == "det" or t.tag_ == "POS" or t.is_punct and t.text not in "-" for t in words):
                return None
            return words.text if any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS for t in words) else None
    return None
