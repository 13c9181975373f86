"""PLOVER's reading of the event candidates, for the PLOVER evaluation only.

PLOVER codes every sentence with one type and reads announced intent as AGREE (or THREATEN for a
hostile act); storyline's own events keep the act and its mode instead. These functions turn
candidates into PLOVER's coding; the stored events never use them.
"""

from __future__ import annotations

from spacy.tokens import Span

from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import EventCandidate, verb_lemma


def main_candidate(cands: list[EventCandidate]) -> EventCandidate | None:
    """The sentence's main event: the shallowest trigger, preferring ones with an actor."""
    if not cands:
        return None
    return min(cands, key=lambda c: (c.actor is None, c.type == P.STATEMENT, c.depth, c.trigger))


def fallback_type(sent: Span) -> str | None:
    """A coder's guess for a sentence with no candidate: an event noun's type, else the main verb's modality.

    Used only where every sentence must get a type (PLOVER coding); the record's events never use it.
    """
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in P.NOUN_TRIGGERS and lemma not in P.LIGHT_ONLY_NOUNS and lemma not in P.CONCERN_WORDS:
            return plover_type(EventCandidate(trigger=token.i, type=P.NOUN_TRIGGERS[lemma], mode="asserted", depth=0))
    main = sent.root
    for child in main.children:  # "X said Y will ...": the reported clause carries the event
        if child.dep_ == "ccomp" and verb_lemma(main) in P.REPORTING_VERBS:
            main = child
            break
    aux = {c.lower_ for c in main.children if c.dep_ in ("aux", "auxpass", "neg")}
    if aux & P.NEGATIONS:
        return "REJECT"
    if aux & P.OBLIGATION_AUX:
        return "DEMAND"
    if aux & P.PLANNED_AUX:
        return "AGREE"
    return None


def plover_type(cand: EventCandidate) -> str:
    """PLOVER's reading of a candidate: announced intent is AGREE, or THREATEN for hostile acts."""
    if cand.type == P.STATEMENT:
        return "DISAPPROVE"
    if cand.type in ("AGREE", "THREATEN", "REJECT", "DEMAND"):
        return cand.type
    if cand.mode == "denied" and cand.type in P.COOPERATIVE_TYPES:
        return "REJECT"  # refusing or failing to cooperate
    if cand.obligation:
        return "DEMAND"
    if cand.ultimatum and cand.mode in ("planned", "hypothetical"):
        return "THREATEN"  # an act announced unless the target complies
    if cand.intent or cand.mode in ("planned", "hypothetical"):
        if cand.type in P.HOSTILE_TYPES:
            return "THREATEN"
        return "AGREE"
    return cand.type
