"""Titles and roles of named people, from premodifiers and appositives in the spaCy parse.

"US President Joe Biden" gives the premodifier "US President"; "John Kirby, NSC strategic
communications coordinator, underscored" gives the appositive "NSC strategic communications
coordinator". Both are returned as character spans; the caller dates them with the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.analyse.entities.patterns import ROLE_NOUNS, TITLE_CONNECTORS
from storyline.analyse.lexicon import TITLE_ABBREVIATIONS
from storyline.model import NUMBER_LABELS, TIME_LABELS

_STOP_ENTS = NUMBER_LABELS | TIME_LABELS | {"PERSON"}
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}
_APPOSITIVE_END = {",", ".", ";", ":", "(", ")", "—", "–", '"', "“", "”"}
_LEADING_DETERMINERS = {"the", "a", "an"}
MAX_APPOSITIVE_TOKENS = 14


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A role phrase found next to a person mention: kind is 'premodifier' or 'appositive'."""

    start: int
    end: int
    text: str
    kind: str


def _is_role_word(token: Token) -> bool:
    if token.text.endswith(".") and token.lower_.rstrip(".") in TITLE_ABBREVIATIONS:
        return True  # "Sen.", "Rear Adm."
    return token.lower_ in ROLE_NOUNS or token.lemma_.lower() in ROLE_NOUNS


def _span_for(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def premodifier_title(doc: Doc, start: int, end: int) -> RoleSpan | None:
    """The title phrase right before a person mention ('Deputy US Ambassador' before 'Robert Wood')."""
    span = _span_for(doc, start, end)
    if span is None or span.start == 0:
        return None
    sent_start = span.sent.start
    tokens: list[Token] = []
    i = span.start - 1
    while i >= sent_start:
        token = doc[i]
        if "\n" in token.whitespace_ or "\n" in token.text:
            break
        if token.ent_type_ in _STOP_ENTS:
            break
        if token.lower_ in TITLE_CONNECTORS and not token.is_sent_start:
            if token.text == "-" and (token.whitespace_ or doc[i - 1].whitespace_):
                break
            tokens.append(token)
        elif token.pos_ in _TITLE_POS and (token.is_alpha or token.text.endswith(".") or "-" in token.text):
            tokens.append(token)
        else:
            break
        i -= 1
    tokens.reverse()
    tokens = _trim_title(tokens)
    if not tokens or not any(_is_role_word(t) for t in tokens):
        return None
    if len(tokens) == 1 and tokens[0].lower_ in {"president", "mr", "leader"}:
        return None  # a bare honorific says nothing about the role
    first, last = tokens[0], tokens[-1]
    return RoleSpan(first.idx, last.idx + len(last.text), doc[first.i : last.i + 1].text, "premodifier")


def _trim_title(tokens: list[Token]) -> list[Token]:
    """Drop leading connectors, and cut at a connector when no role noun stands left of it."""
    while tokens and tokens[0].lower_ in TITLE_CONNECTORS:
        tokens = tokens[1:]
    connectors = [k for k, t in enumerate(tokens) if t.lower_ in TITLE_CONNECTORS and t.lower_ not in {"'s", "’s", "-"}]
    if connectors and not any(_is_role_word(t) for t in tokens[: connectors[0]]):
        tokens = tokens[connectors[-1] + 1 :]
    while tokens and tokens[0].lower_ in TITLE_CONNECTORS:
        tokens = tokens[1:]
    return tokens


def appositive_role(doc: Doc, start: int, end: int) -> RoleSpan | None:
    """The role phrase after 'Name,' up to the next comma or verb ('John Kirby, NSC ... coordinator,')."""
    span = _span_for(doc, start, end)
    if span is None or span.end >= len(doc) - 1:
        return None
    i = span.end
    if doc[i].text in {"'s", "’s"}:
        return None
    if doc[i].text != ",":
        return None
    sent_end = span.sent.end
    tokens: list[Token] = []
    i += 1
    while i < sent_end and len(tokens) <= MAX_APPOSITIVE_TOKENS:
        token = doc[i]
        if token.text in _APPOSITIVE_END or token.pos_ in {"VERB", "AUX", "PRON", "SCONJ"}:
            break
        if token.ent_type_ == "PERSON" or "\n" in token.text:
            return None
        tokens.append(token)
        i += 1
    else:
        return None
    while tokens and tokens[0].lower_ in _LEADING_DETERMINERS:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in TITLE_CONNECTORS | {"and", "or"}:
        tokens = tokens[:-1]
    if not tokens or not any(_is_role_word(t) for t in tokens):
        return None
    if tokens[0].pos_ not in _TITLE_POS and not tokens[0].text.endswith("."):
        return None
    first, last = tokens[0], tokens[-1]
    return RoleSpan(first.idx, last.idx + len(last.text), doc[first.i : last.i + 1].text, "appositive")


def find_roles(doc: Doc, start: int, end: int) -> list[RoleSpan]:
    """Premodifier and appositive roles of the person mention at [start, end)."""
    found = [premodifier_title(doc, start, end), appositive_role(doc, start, end)]
    return [role for role in found if role is not None]
