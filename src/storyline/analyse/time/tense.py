"""Which way a relative time expression points: the tense of the verb that governs it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from storyline.analyse.lexicon import CHRONOLOGY_ENTRY
from storyline.analyse.time import patterns as P
from storyline.spans import doc_text

Direction = Literal["past", "future", "present", "unknown"]


@dataclass(slots=True)
class Tense:
    """Direction of a relative expression and the word that showed it."""

    direction: Direction
    cue: str | None = None

    def describe(self) -> str:
        if self.direction == "unknown" or not self.cue:
            return "no tense cue"
        return f"{self.direction} tense '{self.cue}'"


# ---------------------------------------------------------------------------------------------
# tense


def tense_from_doc(doc: Doc, start: int, end: int) -> Tense:
    """Direction from the verb governing the expression in the parse (will -> future, said -> past)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Tense("unknown")
    if CHRONOLOGY_ENTRY.match(doc_text(doc), start):
        return Tense("past", "chronology")  # "June 9 - BP shares fall ..." in a list of what happened: a past day,
        # whatever tense the entry is told in
    token: Token = span.root
    before: Token | None = None  # an "after"/"since" the chain passed: the expression's act comes before its clause's
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            break
        token = head
        if token.lemma_.lower() in P.FUTURE_NOUN_LEMMAS and token.pos_ in {"NOUN", "ADJ"}:
            return Tense("future", token.text)
        if token.dep_ == "prep" and token.lower_ in P.EARLIER_ACT_PREPS:
            before = before or token
        if token.pos_ in {"VERB", "AUX"}:
            found = verb_tense(token)
            if before is not None and found.direction in ("present", "future") and not _told_ahead(token):
                return Tense("past", before.text)  # "After giving up on Saturday an attempt to ... kill it, BP is
                # pursuing another option" (bpoil_reuters, a Sunday page): the Saturday before, not the one to come
            if found.direction != "unknown":
                return found
    return tense_from_sentence(span.sent, span)


def _told_ahead(verb: Token) -> bool:
    """A verb a future auxiliary governs ("will meet ... after arriving on Tuesday")."""
    return any(c.dep_ in {"aux", "auxpass"} and _future_aux(c) for c in verb.children)


def _future_aux(aux: Token) -> bool:
    """An auxiliary of the future: "will", "'ll", "shall", "going" (to)."""
    return aux.lower_ in P.FUTURE_AUX or aux.lemma_.lower() in {"will", "shall"}


def verb_tense(verb: Token) -> Tense:
    """Tense of one verb from its own tag and its auxiliaries; "to VB" takes its governing verb's tense."""
    seen: set[int] = set()
    while verb.i not in seen:  # a parser's head chain can loop back on itself
        seen.add(verb.i)
        found = _own_tense(verb)
        if isinstance(found, Tense):
            return found
        verb = found
    return Tense("unknown")


def _own_tense(verb: Token) -> Tense | Token:
    """The tense one verb shows, or the verb governing its infinitive ("to VB") when that decides it."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if _participle_clause(verb, auxes) and (ahead := verb_tense(verb.head)).direction == "future":
        return ahead
    for aux in auxes:
        if _future_aux(aux):
            return Tense("future", aux.text)
    for aux in auxes:
        if aux.tag_ in {"VBD"} or aux.lower_ in {"had", "did", "was", "were"}:
            return Tense("past", aux.text)
        if aux.lower_ in {"has", "have"}:
            return Tense("past", f"{aux.text} {verb.text}")
    if verb.tag_ == "VBD":
        return Tense("past", verb.text)
    if verb.tag_ == "VBN" and not auxes:
        return Tense("past", verb.text)
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.lemma_.lower() in P.FUTURE_LEMMAS:
            return Tense("future", f"{head.text} to")
        if head.i != verb.i and head.pos_ in {"VERB", "AUX"}:
            return head
        return Tense("unknown")
    if verb.tag_ in {"VBZ", "VBP"}:
        return Tense("present", verb.text)
    if verb.tag_ == "VBG":
        for aux in auxes:
            if aux.lower_ in {"is", "are", "am"}:
                return Tense("future", f"{aux.text} {verb.text}")
    return Tense("unknown")


def _participle_clause(verb: Token, auxes: list[Token]) -> bool:
    """A participle with no subject, auxiliary or conjunction of its own set on a clause's verb. When that clause points
    ahead, so does it ("will meet Barack Obama at the White House on Wednesday prepared to offer concessions": the
    meeting's Wednesday is ahead, whatever tag "prepared" gets); under a present ("The warrants are for crimes ...
    allegedly committed across Libya from February 15") its own past stands."""
    return (verb.dep_ == "advcl" and verb.tag_ in {"VBD", "VBN"} and not auxes and verb.head.i != verb.i
            and verb.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "expl"} for c in verb.children))


def tense_from_sentence(sent: Span, span: Span) -> Tense:
    """Fallback: the nearest finite verb of the sentence."""
    best: tuple[int, Tense] | None = None
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        found = verb_tense(token)
        if found.direction == "unknown":
            continue
        distance = abs(token.i - span.start)
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else Tense("unknown")


def tense_from_text(text: str, start: int, end: int) -> Tense:
    """Direction from the words around an expression, when no parse is at hand."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    window = text[max(left, start - 120) : start] + " " + text[end : right if right >= 0 else len(text)][:60]
    future = P.FUTURE_WORDS_RE.search(window)
    if future:
        return Tense("future", future.group(0))
    past = P.PAST_WORDS_RE.search(window)
    if past:
        return Tense("past", past.group(0))
    return Tense("unknown")
