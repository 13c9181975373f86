"""Statements: who asserts, alleges, denies, confirms or retracts what, in one article.

Two sources, no topic word list:

- attributions the quotes stage found (direct, partial and indirect quotes with their speaker and
  cue): the cue's lemma says how the speaker stands toward the content ("said" asserts, "accused"
  alleges, "denied" denies, "confirmed" confirms, "retracted" retracts; ``analyse/lexicon.py``);
- reported speech in the narrative that quotes do not cover: "Y denied the report", "a charge denied
  by the coalition", "claims both countries deny", "X accused Y of P", "the ministry confirmed it".

A denial whose object only points at a claim ("the allegations", "the report", "it") is resolved
here to the nearest claim the article made before it (the same sentence or the two before); what
stays unresolved is resolved across articles by the ledger. Each statement keeps the act it states
as ``key`` = [actor, type, target] when an event candidate with linked participants lies inside its
content, so paraphrases ("shipped", "sent", "transferred") group in the ledger.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyse.claims.descriptions import Naming, named_descriptions
from storyline.analyse.claims.figures import find_figures
from storyline.analyse.entities.resolve import pleonastic
from storyline.analyse.events.candidates import EventCandidate, question
from storyline.analyse.events.linking import MentionIndex, sentence_bounds
from storyline.analyse.events.patterns import CONDITION_MARKERS, INTENT_VERBS, PLANNED_AUX
from storyline.analyse.lexicon import (
    ADVERSARY_NOUNS,
    ALLEGATION_VERBS,
    BODY_ANAPHOR_NOUNS,
    CENSURE_VERBS,
    CONFIRM_CUES,
    DASHES,
    DATE_ABBREVIATIONS,
    DEMANDING_CUES,
    DENY_CUES,
    DISPUTING_VERBS,
    DOCUMENT_NOUNS,
    EXCERPT_CUES,
    EXTENT_NOUNS,
    FINITE_TAGS,
    GENDERED_NOUNS,
    GROUP_PRONOUNS,
    HABIT_ADVERBS,
    MONEY_CLAIM_WORDS,
    MONTH_NAMES,
    ONGOING_VERBS,
    PARTY_NOUNS,
    PERCEPTION_CUES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PETITION_NOUNS,
    PLAIN_SAYING_VERBS,
    POSSESSIVE_SUBJECTS,
    POSSIBILITY_MODALS,
    PRESS_OUTLET_STAFF,
    PRESS_WORDS,
    PRONOUN_GENDER,
    QUESTION_CUES,
    QUESTION_MARKS,
    QUESTION_WORDS,
    REFERRING_NOUNS,
    REFUSAL_CUES,
    RELATIVE_TAGS,
    RETRACT_CUES,
    SPEAKER_VERBS,
    SPEAKING_BODY_NOUNS,
    SPEECH_VERBS,
    STRICT_DENY_CUES,
    STRICT_RETRACT_CUES,
    WEEKDAY_NAMES,
)
from storyline.analyse.quotes.attribution import (
    a_thing_cannot_ask,
    cue_lemma,
    headline_sayer,
    in_sayers_tense,
    narration_after,
    negated,
)
from storyline.analyse.quotes.speakers import PLACE_TYPES, relative_head
from storyline.analyse.shown import SPEAKER_PRONOUNS, TIME_SETTING
from storyline.model import FIGURE_LABELS, NAME_LABELS
from storyline.spans import (
    doc_sentences,
    doc_text,
    joining_words,
    named_beside,
    overlapping,
    strip_span,
    to_infinitive,
    token_starts,
)

ASSERTS, ALLEGES, DENIES, CONFIRMS, RETRACTS = "asserts", "alleges", "denies", "confirms", "retracts"
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
MIN_PROPOSITION_WORDS = 4  # words an asserted, alleged or confirmed proposition needs (with a verb)
LOOKBACK = 2  # sentences before a referring denial searched for what it denies
FIGURE_POINTERS = re.compile(r"\bestimates?\b", re.IGNORECASE)  # nouns by which a denial points at a figure
# a denial told with one of these joins those who denied before it ("Members of Congress ... also dismissed it"): what it
# points at is what they denied, never the claim they made instead
JOINING_ADVERBS = frozenset({"also", "too", "likewise", "similarly"})
UNKEYED_TYPES = frozenset({"STATEMENT"})  # speech acts: the claim is what they report, not the act itself


_NOT_A_PARTY = re.compile(r"^(?:\d|(?:" + "|".join([*MONTH_NAMES, *WEEKDAY_NAMES]) + r")\b)", re.IGNORECASE)


def is_party_name(name: str) -> bool:
    """A name a claim can be attributed to: not a pronoun, a number ("14 tanks"), a date word ("Friday") or a page
    header's shortened date ("Fri Feb")."""
    stripped = name.strip()
    return (bool(stripped) and stripped.lower() not in PRONOUNS and not _NOT_A_PARTY.match(stripped)
            and not all(w.strip(".,").lower() in DATE_ABBREVIATIONS for w in stripped.split()))


def _censure_for(tok: Token) -> bool:
    """A censure that says what for: "criticised the US for sending too many soldiers" charges the sending."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children) for c in tok.children)


def stance_of_cue(lemma: str | None) -> str:
    """How a cue verb stands toward what it introduces."""
    if lemma in DENY_CUES:
        return DENIES
    if lemma in CONFIRM_CUES:
        return CONFIRMS
    if lemma in RETRACT_CUES:
        return RETRACTS
    if lemma in ALLEGATION_VERBS:
        return ALLEGES
    return ASSERTS


class Canon(dict[str, str]):
    """Place and demonym entity -> its country entity: claims speak of countries ("Pyongyang said", "Russian forces").
    ``towns``: the places that are no capital, which a statement also keeps as themselves (``Statement.towns``):
    "forces shelled the city of Misrata" and "forces shelled the city of Ajdabiya" are two claims, not one about Libya."""

    def __init__(self, mapping: dict[str, str], towns: frozenset[str] = frozenset()) -> None:
        super().__init__(mapping)
        self.towns = towns  # (pickled with the mapping, as a dict subclass's attributes are: Dask workers get both)


@dataclass(slots=True)
class Statement:
    """One party's stance toward one proposition, with its evidence (the sentence) and the proposition's words."""

    article: str
    sentence: int  # index of its sentence in the article
    start: int  # the sentence
    end: int
    content_start: int  # the proposition's words
    content_end: int
    stance: str
    speaker: str | None  # entity id when linked, else the words
    speaker_name: str | None
    cue: str | None
    key: list[str | None] | None = None  # [actor, type, target] of the (first) act stated
    acts: list[list[str | None]] = field(default_factory=list)  # every act inside the content, in text order
    participants: list[str] = field(default_factory=list)  # entity ids inside the content
    towns: list[str] = field(default_factory=list)  # the towns inside the content, as themselves (``Canon.towns``)
    referring: bool = False  # the content only points at a claim ("the allegations")
    refers_to: int | None = None  # index of the statement it points at, in this article's list
    figures: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)  # several parties ("both Moscow and Pyongyang denied")
    collective: bool = False  # "both countries deny": the parties are those of the claim it points at
    proposition: bool = True  # its content states something (a verb, four words), not "the report" or "that"
    refusal: bool = False  # a denial of a thing, not of a claim: "rejected the African Union road map"
    named: bool = False  # its content names the claim ("disputed claims of civilian deaths"): shown as it is
    described: str | None = None  # the description the content starts with ("The firm"), when ``referent`` is its entity
    referent: str | None = None  # entity of a pronoun the content starts with ("He vowed ..."), or the speaker itself
    # ("officials said they ..."; then the speaker's id or words): shown in its place
    joining: bool = False  # a referring denial told with "also": it denies what an earlier denial denied
    terms: list[str] | None = None  # stems of the content words shown (ledger._content), read once with the article
    sentence_terms: list[str] | None = None  # stems of its sentence (ledger._claim's independent sources), read once likewise
    shown_end: int | None = None  # quoted words of several sentences: where the first, which the ledger shows, ends
    described_only: str | None = None  # the words it opens with when they are a subject no name is in ("The level",
    # "Such tests"), with ``described_nouns`` their nouns: the ledger keeps the line when its story makes them clear
    described_nouns: list[str] = field(default_factory=list)
    main_clause: bool = False  # told by its sentence's main verb ("The council denied that."), not inside a clause
    points_near: bool = False  # it points with a pronoun ("rejected it") or from an adverbial clause ("... fell flat when
    # Ghoga ... rejected it"): at its own sentence or the one before, no further
    pointing_subject: str | None = None  # the word its words open on when their subject only points at what it is: an
    # "it" (not one holding a clause's place), "this", "that", "these", "those", or "Doing" of "Doing so"
    # ("It is a last gasp measure to save 100,000 young sea turtles", against "It is clear that BP ...")
    lone_pronoun: str | None = None  # a pronoun for a thing or group its words give no antecedent for ("could cost it")
    clause_start: int | None = None  # a named claim's: where the clause of its cue begins, when the sentence joins it to
    # another clause ("BP has taken responsibility for the cleanup but [has questioned government estimates ...]")
    clause_subject: str | None = None  # ... and the subject that clause shares with the one before it ("BP")
    clause_end: int | None = None  # ... and where it ends, when the sentence goes on past it ("Chuprov disputes the
    # veterans' accounts of the peaceful explosions[ and says several of the gas leaks reappeared later]")
    left_subject: str | None = None  # the subject a relative's words leave out ("reserves, which Molchanov said was about
    # 2 percent of ...": "385 million barrels of oil reserves"), shown before them
    namings: list[Naming] = field(default_factory=list)  # bare descriptions in the words ("the program") and the words of
    # their fuller mention before ("vessels of opportunity"), which the ledger shows where its story does not make them clear


LIMITING_ADVERBS = frozenset({"only", "simply", "merely", "just"})  # "said only that ...": how much was said


def _past_limiting(doc: Doc, starts: list[int], start: int, end: int) -> int:
    """Where the proposition's words begin after a limiting adverb and its complementizer ("Hayward said only that BP
    had used ..."): the parse may read the "that" as a determiner of the subject."""
    i = bisect_left(starts, start)
    if i < len(doc) - 2 and doc[i].lower_ in LIMITING_ADVERBS and doc[i + 1].lower_ == "that" and doc[i + 2].idx < end:
        return doc[i + 2].idx
    return start


def _first_word(doc: Doc, starts: list[int], start: int, end: int, skipped: tuple[str, ...]) -> Token | None:
    """The first word of [start, end) past punctuation and the ``skipped`` words, or None when none is left."""
    i = bisect_left(starts, start)
    while i < len(doc) and doc[i].idx < end and (doc[i].is_punct or doc[i].lower_ in skipped):
        i += 1
    return doc[i] if i < len(doc) and doc[i].idx < end else None


def _subject_word(doc: Doc, starts: list[int], start: int, end: int) -> Token | None:
    """The first word of a proposition past its complementizer and a time it opens with ("that last year it paid": "it"),
    where its subject begins."""
    word = _first_word(doc, starts, start, end, ("that", "whether", "if"))
    setting = TIME_SETTING.match(doc_text(doc), word.idx) if word is not None else None
    return _first_word(doc, starts, setting.end(), end, ()) if setting is not None and setting.end() < end else word


def _asks(doc: Doc, starts: list[int], start: int, end: int) -> bool:
    """Reported words that open with a question word ("whether ...", "exactly how many ..."): an embedded question."""
    first = _first_word(doc, starts, start, end, ("exactly", "precisely", "just"))
    return first is not None and first.lower_ in QUESTION_WORDS


def _leading_referent(word: Token | None, pronouns: MentionIndex | None, canon: dict[str, str]) -> str | None:
    """The entity a proposition's first word (``word``: ``_subject_word``'s) stands for ("He vowed not to leave Libya":
    Gadhafi; "it has spent $350 million": BP), when linked."""
    if word is None or word.lower_ not in SPEAKER_PRONOUNS:
        return None
    entity = _entity_at(pronouns, word.idx, word.idx + len(word))
    if entity is None:
        return None
    gender = PRONOUN_GENDER.get(word.lower_)
    for other in word.sent:  # "He vowed not to leave Libya, she reported": one entity is not both he and she
        if PRONOUN_GENDER.get(other.lower_, gender) != gender and _entity_at(pronouns, other.idx, other.idx + len(other)) == entity:
            return None
    return canon.get(entity, entity)


DESCRIPTION_WORDS = 4  # at most this many words from "the" to its noun ("The British oil giant")


def _leading_description(doc: Doc, starts: list[int], start: int, end: int, pronouns: MentionIndex | None,
                         canon: dict[str, str]) -> tuple[str, str] | None:
    """The description a proposition's subject opens with and the entity the resolver linked it to ("The firm had
    ignored warnings": Transocean; "the company has spent ...": BP), when that whole description is the linked mention."""
    word = _first_word(doc, starts, start, end, ("that", "whether", "if"))
    if word is None or word.lower_ != "the" or word.dep_ != "det" or pronouns is None:
        return None
    head = word.head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "NOUN" or not 0 < head.i - word.i < DESCRIPTION_WORDS:
        return None
    stop = head.idx + len(head)
    entity = next((e for s, t, e in overlapping(pronouns.spans, pronouns.longest, word.idx, stop) if s == word.idx and t == stop),
                  None)
    if entity is None:
        return None
    return doc_text(doc)[word.idx : stop], canon.get(entity, entity)


def _speaker_itself(word: Token | None, statement: Statement, index: MentionIndex | None,
                    pronouns: MentionIndex | None) -> bool:
    """The pronoun a statement's words open with is their speaker, the subject of the verb of saying they follow:
    "Government officials said they have chartered a ferry", "Oil company Total says it will evacuate ...", "One
    woman said she had waited ...". The pronoun agrees with the subject: "they" a plural, "it" one thing that is not a
    person and not an "it" with nothing to refer to ("BP says it will take three months to ..."), "he"/"she" a person
    named by a noun of that gender or none (a named person's pronoun is the entity stage's link: "Townsend said he
    ..." may be someone else). ``word`` is the words' first word past what opens them (``_subject_word``)."""
    if word is None:
        return False
    owner = word.dep_ == "poss"  # "Oil company Total says its staff ...": the subject's owner
    form = POSSESSIVE_SUBJECTS.get(word.lower_, "") if owner else word.lower_
    told = word.head if owner else word  # the told clause's subject
    if form not in SPEAKER_ITSELF or told.dep_ not in ("nsubj", "nsubjpass"):
        return False
    cue = _cue_of_clause(told.head)
    if cue is None:
        return False
    subject = _shared_subject(cue) if not any(c.dep_ == "nsubj" for c in cue.children) else next(
        c for c in cue.children if c.dep_ == "nsubj")
    if subject is not None and subject.tag_ in RELATIVE_TAGS and cue.dep_ == "relcl":
        subject = cue.head  # "The actor who says he has invested more than $20m"
    if subject is None or subject.i > cue.i or not _agrees(word, subject, form):
        return False
    if form == "it" and (not owner and pleonastic(word) or _thing_before(word, subject)):
        return False
    who = {statement.speaker, *statement.speakers} - {None}  # (no speaker: no subject is it, not even an unlinked one)
    linked = {_entity_at(found, subject.idx, subject.idx + len(subject)) for found in (index, pronouns)}
    name = (statement.speaker_name or "").lower()
    return bool(linked & who) or bool(name) and (subject.lower_ in name.split() or name in " ".join(t.lower_ for t in subject.subtree))


SPEAKER_ITSELF = frozenset({"he", "she", "it", "they"})


def _thing_before(pronoun: Token, subject: Token) -> bool:
    """A thing told just before an "it", which it may stand for rather than the speaker: a singular common noun that
    names no person or body, earlier in its sentence or the subject of a clause of the sentence before ("MBDA, the
    missile manufacturer that makes the Milan missile, says it is in service in 43 countries"; "... the well was
    releasing 210,000 gallons per day. In early August, in its final estimate of the spill's flow, the government said
    it was gushing 2.6 million gallons per day")."""
    sent = pronoun.sent
    before = [t for t in sent if t.i < pronoun.i and t.i != subject.i]
    if sent.start > 0:
        before += [t for t in pronoun.doc[sent.start - 1].sent if t.dep_ in ("nsubj", "nsubjpass")]
    return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ != "compound" and not t.ent_type_
               and t.lemma_.lower() not in PARTY_NOUNS | BODY_ANAPHOR_NOUNS for t in before)


RELATIVE_SUBJECT_WORDS = 12  # at most this many words of a relative's antecedent shown as the words' subject


def _relative_subject(first: Token | None, start: int) -> str | None:
    """The noun phrase a relative clause's words are told of, when they open on their verb: "the equivalent of 385
    million barrels of oil reserves, which Molchanov said was about 2 percent of BP's proven reserves" (the words "was
    about 2 percent ..." leave their subject, "which", before the cue): "385 million barrels of oil reserves"."""
    if first is None or first.pos_ not in ("VERB", "AUX") or first.tag_ not in FINITE_TAGS:
        return None
    clause = first.head if first.dep_ in ("aux", "auxpass") else first
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    cue = clause.head
    if (subject is None or subject.tag_ not in RELATIVE_TAGS or subject.idx >= start or clause.dep_ != "ccomp"
            or cue.dep_ != "relcl" or cue.head.pos_ not in ("NOUN", "PROPN")):
        return None
    noun = cue.head
    words = [t for t in noun.doc[noun.left_edge.i : cue.left_edge.i] if t.i >= noun.left_edge.i]
    while words and (words[-1].is_punct or words[-1].tag_ in RELATIVE_TAGS):
        words.pop()
    if not words or len(words) > RELATIVE_SUBJECT_WORDS:
        return None
    return doc_text(noun.doc)[words[0].idx : words[-1].idx + len(words[-1])]


def _cue_of_clause(clause: Token) -> Token | None:
    """The verb of saying whose words a clause is: the verb it is the complement of ("said it was ..."), or the verb
    whose object is a report the clause tells ("BP denied reports that it was looking for ...")."""
    if clause.dep_ == "ccomp":
        return clause.head
    noun = clause.head
    if (clause.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN" and noun.lemma_.lower() in REFERRING_NOUNS
            and noun.dep_ == "dobj"):
        return noun.head
    return None


def _agrees(pronoun: Token, subject: Token, lower: str | None = None) -> bool:
    """A subject the pronoun (read as ``lower``: a possessive as its subject) can stand for (see ``_speaker_itself``)."""
    lower = lower or pronoun.lower_
    if subject.pos_ == "PRON":
        return subject.lower_ == lower  # "they said they", "it said it"
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False
    several = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if lower == "they":
        return several
    person = subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PERSON_NOUNS or subject.lower_ in PERSON_NOUNS
    if several or (lower == "it") == person or subject.ent_type_ == "NORP":
        return False
    if lower == "it":
        return True
    gender = GENDERED_NOUNS.get(subject.lemma_.lower()) or GENDERED_NOUNS.get(subject.lower_)
    return subject.pos_ == "NOUN" and gender in (None, PRONOUN_GENDER[lower])


def _entity_at(index: MentionIndex | None, start: int, end: int) -> str | None:
    return index.entity_in(start, end, (start, end)) if index is not None else None


NO_PARTY_TYPES = frozenset({"LOC", "FAC", "DATE", "TIME"})  # "Middle East and North Africa director": no one speaks


def _conjuncts(subject: Token) -> list[Token]:
    """A subject and the words joined to it ("Britain, France and Italy"), places that name no party left out."""
    tokens = [subject]
    for tok in tokens:
        tokens.extend(c for c in tok.children if c.dep_ == "conj" and c not in tokens and c.ent_type_ not in NO_PARTY_TYPES)
    return tokens


def _unlinked_party(doc: Doc, tok: Token) -> str | None:
    """The words of a party no entity names ("other opposition members", "Gadhafi's backers"), or None when the word
    names no one who could speak."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in tok.subtree if t.i <= tok.i]
    while len(words) > 1 and words[0].lower_ in ("the", "both"):
        words = words[1:]  # no part of the name ("a", "some", "no" are: "no country" is no one)
    name = doc_text(doc)[words[0].idx : _whose_end(tok)]
    return name if is_party_name(name) and _is_party_token(tok) else None


WHOSE_PREPOSITIONS = frozenset({"for", "of", "at", "from"})
WHOSE_WORDS = 8  # at most this many words say whose people they are


def _whose_end(tok: Token) -> int:
    """Where a party's words end: after the person noun, or after the short phrase that says whose people they are
    ("Spokesmen for the four states' governors", "Members of Congress"; the noun alone named no one)."""
    end = tok.idx + len(tok)
    if tok.lemma_.lower() not in PERSON_NOUNS and tok.lower_ not in PERSON_NOUNS:
        return end
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in WHOSE_PREPOSITIONS), None)
    if prep is None:
        return end
    aside = {k.i for t in prep.subtree if t.dep_ == "relcl" for k in t.subtree}  # "of driller Noble Corp[, who was
    # speaking at the same conference,]": a relative clause the parse hung on the name says no more whose
    words = [t for t in prep.subtree if t.i not in aside]
    while words and words[-1].is_punct:
        words.pop()
    last = words[-1]
    if last.i - tok.i > WHOSE_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words) or any(
            i in aside for i in range(prep.i, last.i)):
        return end
    return last.idx + len(last)


def _parties(subject: Token, index: MentionIndex | None, canon: dict[str, str]) -> list[str]:
    """The subject and its conjuncts, as entity ids where linked ("both Moscow and Pyongyang")."""
    out = []
    for tok in _conjuncts(subject):
        entity = _party_of(tok, index, canon)
        if entity and entity not in out:
            out.append(entity)
    return out


def _parties_or_words(doc: Doc, tok: Token, index: MentionIndex | None, canon: dict[str, str]) -> list[str]:
    """The entities a subject word and its conjuncts stand for, else the words of the one party it names unlinked
    ("Some U.S. lawmakers"), else none."""
    return _parties(tok, index, canon) or ([name] if (name := _unlinked_party(doc, tok)) is not None else [])


def _party_of(tok: Token, index: MentionIndex | None, canon: dict[str, str]) -> str | None:
    """The entity a subject word stands for: its own link, a name in apposition, or the body a document speaks for."""
    if _people_of(tok) and tok.ent_type_ == "NORP":
        return None  # "Many Libyans have rejected ...": people, named by their words, not the demonym "Libyan"
    entity = _entity_at(index, tok.idx, tok.idx + len(tok)) or _named_in_apposition(tok, index) or _document_body(tok, index)
    if entity and not _people_of(tok):
        entity = canon.get(entity, entity)
    return entity


def _people_of(noun: Token) -> bool:
    """A plural with no "the" names people, not their state: "Many Libyans have rejected ..." is not Libya's word."""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _another_title(conj: Token) -> bool:
    """A bare singular noun joined to a title, no determiner or owner of its own: the same person's other title ("The
    president's environmental adviser and director of the Office of Energy and Climate Change Policy, Carol Browner,
    has accused BP"), not a second party ("other opposition members and the government", "the minister and his deputy")."""
    return conj.dep_ == "conj" and conj.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in conj.children)


def _named_in_apposition(noun: Token, index: MentionIndex | None) -> str | None:
    """The entity an appositive names for a title ("Shadow Foreign Secretary, Douglas Alexander, is accusing ...", "A
    spokeswoman for the UN World Food Programme, Emilia Casella, rejects ...")."""
    return next((found for c in named_beside(noun) if (found := _entity_at(index, c.idx, c.idx + len(c)))), None)


def _document_body(noun: Token, index: MentionIndex | None) -> str | None:
    """The body a document or an organisation's part speaks for: "a NATO military statement", "NATO's operation in
    Libya" are NATO's (a demonym, "a Libyan report", is no body; "a doctor at Benghazi's hospital" is the doctor;
    "Gadhafi's daughter" is herself)."""
    if noun.lemma_.lower() in DOCUMENT_NOUNS:
        speaking = [t for t in noun.lefts if t.ent_type_ not in ("", "NORP")]
    elif noun.lemma_.lower() in PERSON_NOUNS | ADVERSARY_NOUNS:
        return None  # "Gadhafi's daughter", "NATO's spokesman": a person of the body speaks; "Gadhafi's opposition": his foes
    else:
        speaking = [t for t in noun.children if t.dep_ == "poss" and t.ent_type_ == "ORG"]
    return next((entity for t in speaking for entity in [_entity_at(index, t.idx, t.idx + len(t))] if entity), None)


CLOSING_QUOTES = frozenset({"”", "’", '"', "'"})
SETTING_DEPS = frozenset({"advmod", "prep", "advcl", "cc", "npadvmod", "intj", "punct", "mark"})  # "But ultimately", "So far"


def _span_of(token: Token) -> tuple[int, int]:
    """The words a token heads, up to a dash after it: what follows a dash is the reporter's aside ("denied that the
    airport had switched hands -- insisting ...", "its forces hit vehicles -- an incident the alliance described as")."""
    sub = list(token.subtree)
    dashes = [t.i for t in sub if t.i > token.i and t.text in DASHES]
    # "denied that they made such a mistake, saying they went all-out": the saying the parse hangs inside the denied
    # clause is the party's next statement, not part of what it denies
    sayings = [_saying_stop(t) for t in sub if t.i > token.i + 1 and _next_saying(t)]
    # "... without proper safety controls, which BP denies": another party's denial hung on the words is not in them
    sayings += [first.i - 1 for t in sub if t.dep_ == "relcl" and t.lemma_ in DENY_CUES and t.i > token.i
                for first in [min(t.subtree, key=lambda w: w.i)] if first.i > 0 and t.doc[first.i - 1].text == ","]
    # "said the coast was in a “war to stop this oil” but also asked Obama to ...": a saying the words' subject, a thing,
    # cannot make is the speaker's next act; so is one in the speaker's own tense, with no subject of its own, joined
    # to words told in another ("Slocum acknowledged that the boycotts have hardly wounded BP's bottom line but said
    # ...": the quote finder's cut, ``narration_after``)
    sayings += [min([t.left_edge.i, *joining_words(t)]) for t in sub if t.i > token.i and a_thing_cannot_ask(t)]
    if token.dep_ == "ccomp" and (after := narration_after(token.head, [token])) < len(token.doc):
        sayings.append(after + 1)
    cuts = sayings + (dashes if len(dashes) == 1 else [])  # two dashes enclose an aside inside the words ("gangs --
    # a term ... -- for the blast")
    last = sub[-1]
    if cuts:
        last = token.doc[min(cuts) - 1]
        while last.i > token.i and (last.is_space or (last.is_punct and last.text not in CLOSING_QUOTES)):
            last = token.doc[last.i - 1]
    return sub[0].idx, last.idx + len(last)


def _next_saying(token: Token) -> bool:
    """", saying ...", ", insisting that ...": a participle of saying after a comma (a quote may close between them:
    '“stalemate,” insisting'), the speaker's next statement."""
    if token.tag_ != "VBG" or token.lemma_ not in SPEAKER_VERBS or token.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text in CLOSING_QUOTES and token.i > 1:
        before = token.doc[token.i - 2]
    return before is not None and before.text == ","


def _saying_stop(saying: Token) -> int:
    """The token the words before a saying stop at (exclusive): its comma, or past a quote mark closing after the comma
    ('“stalemate,” insisting' keeps the mark)."""
    return saying.i if saying.doc[saying.i - 1].text in CLOSING_QUOTES else saying.i - 1


def _before_saying(doc: Doc, starts: list[int], start: int, end: int) -> int:
    """Where reported words end before the speaker's next saying inside them ("had devolved into a 'stalemate,'
    insisting that NATO was 'making progress'": the denial is of the stalemate)."""
    first = _token_at(doc, starts, start)
    if first is None:
        return end
    for tok in doc[first.i + 1 :]:
        if tok.idx >= end:
            break
        if _next_saying(tok):
            kept = doc[_saying_stop(tok) - 1]
            return kept.idx + len(kept) if kept.idx > start else end
    return end


def _with_subject(doc: Doc, starts: list[int], start: int, end: int) -> int:
    """Quoted words that begin with a finite verb take in its subject before the quote mark: 'the U.N. Security Council
    said it "condemned the violence ..."' is the claim 'it "condemned the violence ..."', not a verb phrase."""
    first = _token_at(doc, starts, start)
    while first is not None and first.i + 1 < len(doc) and (first.is_punct or first.is_space) and first.idx < end:
        first = doc[first.i + 1]
    if first is None or not _finite(first) or first.idx >= end:
        return start
    owner = first.head if first.dep_ in ("aux", "auxpass") else first  # '“does not free the president ...”': free's
    subject = _subject_before(first, owner)
    return start if subject is None else min(start, min(t.idx for t in subject.subtree))


def _after_attribution(doc: Doc, cue: Token, start: int, end: int) -> int:
    """Where reported words resume after an attribution inside them: 'Regardless of when, he said, "the scope ..."'
    shows from "the scope"; a cue that closes the words (", he said.") leaves them as they are."""
    if any(mark in doc_text(doc)[start : cue.idx] for mark in ('"', "“", "”")):
        return start  # '"We are ready," he said, "to talk"': the words before the cue are quoted too
    first = min(t.i for t in cue.subtree)  # the attribution: the cue with its speaker ("he said")
    before = [t for t in doc[:first] if t.idx >= start and not t.is_space]
    span = {t.i for t in before}
    if not before or any(t.dep_ not in SETTING_DEPS for t in before if (t.head.i not in span or t.head.i == t.i) and not t.is_punct):
        return start  # "Gadhafi, officials said, lost his legitimacy": the words before the cue hold the claim's subject
    following = [t for t in doc[cue.i + 1 : cue.i + 4] if t.idx < end]
    if not following or following[0].text != ",":
        return start
    rest = next((t for t in following[1:] if not t.is_space), None)
    return rest.idx if rest is not None else start


def _participants(index: MentionIndex | None, start: int, end: int, canon: dict[str, str]) -> list[str]:
    if index is None:
        return []
    out: list[str] = []
    for s, e, entity in index.spans:
        if s < end and e > start:
            entity = canon.get(entity, entity)
            if entity not in out:
                out.append(entity)
    return out


def _towns(index: MentionIndex | None, start: int, end: int, canon: dict[str, str]) -> list[str]:
    """The towns (``Canon.towns``) named inside [start, end), in text order."""
    towns = canon.towns if isinstance(canon, Canon) else frozenset()
    if index is None or not towns:
        return []
    return list(dict.fromkeys(entity for s, e, entity in index.spans if s < end and e > start and entity in towns))


def _acts(doc: Doc, candidates: list[EventCandidate], start: int, end: int, index: MentionIndex | None,
          canon: dict[str, str], actor_hint: str | None = None) -> list[list[str | None]]:
    """[actor, type, target] of every act inside [start, end) whose actor is a linked entity, in text order."""
    out: list[list[str | None]] = []
    for cand in candidates:
        trig = doc[cand.trigger]
        if not start <= trig.idx < end or cand.type in UNKEYED_TYPES or cand.mode in ("negated", "hypothetical"):
            continue
        actor = None
        if cand.actor is not None:
            span = doc[cand.actor[0] : cand.actor[1]]
            actor = _entity_at(index, span.root.idx, span.root.idx + len(span.root)) or (
                index.entity_in(span.start_char, span.end_char) if index else None)
        actor = actor or actor_hint
        if actor is None:
            continue
        target = None
        if cand.target is not None:
            span = doc[cand.target[0] : cand.target[1]]
            target = index.entity_in(span.start_char, span.end_char, (span.root.idx, span.root.idx + len(span.root))) if index else None
        actor = canon.get(actor, actor)
        target = canon.get(target, target) if target else None
        if target == actor:
            target = None
        out.append([actor, cand.type, target])
    return out


def _teller(tok: Token, quotes: list[dict[str, Any]], doc: Doc, index: MentionIndex | None, names: dict[str, str],
            canon: dict[str, str], by_name: dict[str, str]) -> str | None:
    """The entity whose own words a verb stands in: the named speaker of the direct quote around it, for the "I" of
    "“I reject the criticism out of hand that the Gulf Coast Claims Facility is reducing payments ...,” Feinberg said"."""
    q = next((q for q in quotes if q["kind"] == "direct" and q["start"] <= tok.idx < q["end"] and q.get("speaker")), None)
    if q is None:
        return None
    cue = _token_at(doc, token_starts(doc), int(q["cue_start"])) if q.get("cue_start") is not None else None
    speaker, _ = _speaker_of_quote(q, _speaker_span(doc, q), index, names, canon, by_name,
                                   cue_lemma(cue) if cue is not None else None)
    return speaker if speaker in names else None


def _speaker_span(doc: Doc, q: dict[str, Any]) -> Span | None:
    """The words of a quote's speaker in the Doc, when the quotes stage placed them."""
    if q.get("speaker_start") is None or q.get("speaker_end") is None:
        return None
    span = doc.char_span(int(q["speaker_start"]), int(q["speaker_end"]), alignment_mode="expand")
    return span if span is not None and len(span) else None


def _speaker_of_quote(q: dict[str, Any], span: Span | None, index: MentionIndex | None, names: dict[str, str],
                      canon: dict[str, str], by_name: dict[str, str], cue: str | None) -> tuple[str | None, str | None]:
    """The speaker as an entity when a linked name covers the head of the speaker's words ("Libyan" in "Libyan
    state television" or "Benghazi" in "a doctor at Benghazi's hospital" only modify who speaks), or names the body
    a document speaks for ("a NATO military statement"). A pronoun the quotes stage resolved is its speaker ("Khaled
    el-Sayeh told CNN ... He said ..."; "Gadhafi's daughter ... she said"): the entity resolver's own link for the
    pronoun may be another person of the paragraph. Only for a word of saying (lexicon.SPEAKER_VERBS): in "He vowed
    ..., she reported, and denied ..." the parse gives the denial to the reporter."""
    said = str(q.get("speaker") or "")
    if (span is not None and span.root.pos_ == "PRON" and said and said.lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS
            and cue in SPEAKER_VERBS):
        entity = by_name.get(said) if q.get("speaker_named") else None
        return (entity, names[entity]) if entity else (said, said)
    if span is not None:
        head = span.root
        entity = _entity_at(index, head.idx, head.idx + len(head)) or _document_body(head, index)
        if entity:
            entity = canon.get(entity, entity)
            return entity, names.get(entity, entity)
    name = q.get("speaker")
    return (str(name), str(name)) if name else (None, None)


def names_to_entities(names: dict[str, str]) -> dict[str, str]:
    """Each entity by its canonical name, and by its first and last word when no other name has them ("Thad Allen"
    is "Thad W. Allen", whose name the quotes stage gives in the article's own form)."""
    by_name = {name: entity for entity, name in names.items()}
    ends: dict[str, set[str]] = defaultdict(set)
    for name, entity in by_name.items():
        words = name.split()
        if len(words) > 2:
            ends[f"{words[0]} {words[-1]}"].add(entity)
    for short, entities in ends.items():
        if len(entities) == 1 and short not in by_name:
            by_name[short] = next(iter(entities))
    return by_name


def _token_at(doc: Doc, starts: list[int], offset: int) -> Token | None:
    """The token covering a character offset (``starts``: every token's offset, in order), or None in a gap."""
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return None
    token = doc[i]
    return token if offset < token.idx + max(1, len(token)) else None


def _sentence_numbers(doc: Doc) -> dict[int, int]:
    return {sent.start: i for i, sent in enumerate(doc_sentences(doc))}


def _said_of_its_noun(cue: Token) -> bool:
    """A saying in a relative clause whose own subject speaks, with no relative word the ledger can show the noun for:
    what it says lacks the noun the clause describes ("a deficiency that one company official warned could “lead to
    catastrophic operator error”", bpoil_washingtonpost, the "that" parsed a conjunction: the words are "lead to ...",
    of no subject). No claim the ledger can state. "Hayward, who said the spill was tiny" (the noun speaks) is one, and
    so is "..., which Molchanov said was about 2 percent" (shown with the noun the "which" stands for)."""
    return cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in cue.children) and not any(
        t.tag_ in RELATIVE_TAGS for t in cue.subtree)


def _not_yet_said(cue: Token) -> bool:
    """A verb of saying in the future or under a plan ("Obama will announce today he'll extend a moratorium", "BP is
    planning to announce that its chief executive ... is negotiating"): the words are expected, not said."""
    if any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and (cue.head.lemma_.lower() in INTENT_VERBS or cue.head.lower_ in ("expected", "due", "going"))


def _asked(cue: Token) -> bool:
    """A saying or a view asked about, not put forward: its verb's "do" before its subject ("Does Hayward think BP was
    “shaken down” by the White House ..., Bruce Braley wants to know"), or its clause the "if" or "whether" a verb of
    asking puts ("Markey asks if he's therefore saying that he doesn't recognize the term “plume”")."""
    subjects = [c.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "aux" and c.lower_ in ("do", "does", "did") and any(c.i < i for i in subjects) and _opens_a_clause(c)
           for c in cue.children):
        return True  # (not "Only later did Hayward admit that ...": an inversion after an adverb tells)
    node = cue
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if head.lemma_.lower() in QUESTION_CUES and {m.lower_ for m in node.children if m.dep_ == "mark"} & QUESTION_MARKS:
            return True
        node = head
    return False


def _opens_a_clause(token: Token) -> bool:
    """The first word of its sentence, or the first after a colon, a dash or an opening quote mark ("7.37 pm: Does ...")."""
    return token.i == token.sent.start or token.doc[token.i - 1].text in (":", "“", '"', "—", "–", "-", "(")


def find_statements(
    article: dict[str, Any], doc: Doc, index: MentionIndex | None, quotes: list[dict[str, Any]],
    timexes: list[dict[str, Any]], names: dict[str, str], canon: dict[str, str],
    candidates: list[tuple[Span, list[EventCandidate]]], pronouns: MentionIndex | None = None,
    by_name: dict[str, str] | None = None,
) -> list[Statement]:
    """Every statement of one article, in text order, referring denials resolved within the article."""
    body_start = int(article.get("body_start") or 0)
    numbers = _sentence_numbers(doc)
    starts = token_starts(doc)
    all_cands = [c for _, cands in candidates for c in cands]
    by_name = by_name if by_name is not None else names_to_entities(names)  # (a corpus stage builds it once for all)
    out: list[Statement] = []
    covered: set[int] = set()  # cue offsets read from the parse: their quotes are not read again
    stated: set[int] = set()  # of those, the cues of denials and allegations of claims (not refusals of things)
    for sent in doc_sentences(doc):
        if sent.end_char <= body_start:
            continue
        for tok in sent:
            if tok.pos_ != "VERB":
                continue
            lemma = cue_lemma(tok)
            stance = ALLEGES if lemma in CENSURE_VERBS and _censure_for(tok) else stance_of_cue(lemma)
            if lemma in DISPUTING_VERBS and (any(c.dep_ == "dobj" and c.lemma_.lower() in REFERRING_NOUNS and c.pos_ == "NOUN"
                                                 for c in tok.children) or _on_a_claim(tok)):
                stance = DENIES  # "BP has challenged widespread scientific claims that ...", "a charge the alliance has countered"
            if stance == ASSERTS or lemma == "claim":
                continue
            found = _narrative(article["id"], numbers[sent.start], tok, stance, lemma, doc, index, names, canon, all_cands,
                               pronouns, _teller(tok, quotes, doc, index, names, canon, by_name) if stance == DENIES
                               and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children) else None)
            # (a denial's "I" only: the quote's own line tells the rest as its words, "I retract my apology to BP" having
            # shown the whole quote retracted)
            if found is not None:
                out.append(found)
                if (held := _held_claim(found, tok, doc, index, names, canon)) is not None:
                    out.append(held)
                covered.add(tok.idx)
                if not found.refusal:
                    stated.add(tok.idx)
    for q in quotes:
        if q["end"] <= body_start or not q.get("speaker"):
            continue
        if PRESS_WORDS & set(f"{q['speaker']} {q.get('speaker_role') or ''}".lower().split()) or (
                q.get("speaker_start") is not None and q.get("speaker_end") is not None and PRESS_OUTLET_STAFF.search(
                    doc_text(doc)[max(0, int(q["speaker_start"]) - 20) : int(q["speaker_end"])])):
            continue  # "our correspondent", "a Reuters reporter", "The BBC's Andy Gallacher": the press's account
        if _excerpt_credited(doc_text(doc), q):
            continue
        if q.get("cue_start") is not None and int(q["cue_start"]) in covered:
            continue
        cue_tok = None
        if q.get("cue_start") is not None:
            cue_tok = _token_at(doc, starts, int(q["cue_start"]))
            cue_tok = cue_tok if cue_tok is not None and cue_tok.idx == q["cue_start"] else None
        if cue_tok is not None and _said_of_its_noun(cue_tok):
            continue
        cue = cue_lemma(cue_tok) if cue_tok is not None else None
        anchor = _token_at(doc, starts, int(q["cue_start"]) if q.get("cue_start") is not None else int(q["start"]))
        if anchor is None:
            continue
        where = anchor.sent
        start, end = sentence_bounds(where)
        speaker_span = _speaker_span(doc, q)
        speaker, speaker_name = _speaker_of_quote(q, speaker_span, index, names, canon, by_name, cue)
        if speaker is None or (speaker not in names and not is_party_name(speaker)):
            continue  # "I said", "Friday said": a speaker the quotes stage could not name is no party to a claim
        if _adjective_speaker(speaker_span) or (speaker not in names and not _speaker_mention_is_party(q, speaker_span)):
            continue  # "Libyan", "the attempt", "many": a word of the sentence, not someone who speaks
        speakers = [speaker]
        speaker_tok = _token_at(doc, starts, int(q["speaker_start"])) if q.get("speaker_start") is not None else None
        if speaker_span is not None and len(speaker_span) > 0:
            speaker_tok = speaker_span.root  # "The Coast Guard and BP have said": the phrase's head, whose conjuncts say it too
        if speaker_tok is not None and len(speaker_tok) > 0:
            several = _parties(speaker_tok.head if speaker_tok.dep_ == "compound" else speaker_tok, index, canon)
            speakers = several if len(several) > 1 else speakers
        q_start, q_end = int(q["start"]), int(q["end"])
        content_words = [w.strip(".,;:").lower() for w in doc_text(doc)[q_start:q_end].split()]
        referring = bool(content_words) and all(w in REFERRING_NOUNS or w in ("the", "these", "those", "such") for w in content_words)
        stance = stance_of_cue(cue)
        if stance == ASSERTS and any(q_start <= c < q_end for c in stated):
            continue  # "Gadhafi denied using force, Amanpour reported": the denial read from the parse is the claim
        if q["kind"] == "partial" and cue_tok is not None and cue_tok.idx >= q_end and start < q_start:
            q_start = start  # 'The court could file charges against "one or two other names," he said': the clause is the claim
            if (clause := _said_clause(cue_tok, after=False)) is not None and q_end < clause[1] <= cue_tok.idx:
                q_end = clause[1]  # 'The prosecutor is "100 percent" certain Gadhafi will face charges ..., she said'
        if stance != ASSERTS and cue_tok is not None and (_no_stance_taken(cue_tok) or _no_claim_taken_on(cue_tok, stance)):
            continue  # "could not independently confirm", "did not deny", "an order denying the stay request": no stance
        if stance == ASSERTS and cue_tok is not None and any(c.dep_ == "neg" for c in cue_tok.children):
            continue  # "He did not know exactly how many videos there were": nothing said
        if cue_tok is not None and _not_yet_said(cue_tok):
            continue  # "Hayward will say he is confident ...", "BP is planning to announce that ...": no one said it yet
        if cue_tok is not None and _asked(cue_tok):
            continue  # "Markey asks if he's therefore saying that ...": a saying asked about, not made
        if stance == ASSERTS and cue in DEMANDING_CUES:
            continue  # "demanded the federal government and BP commit to ...": a demand, no claim
        if stance == ASSERTS and cue in PERCEPTION_CUES:
            continue  # "The Guardian has learned that ...": what one learns is not what one puts forward
        if stance == ASSERTS and (cue in QUESTION_CUES or q["kind"] in ("indirect", "topic", "view", "finding") and _asks(doc, starts, q_start, q_end)):
            continue  # "asked whether the United States intended to arm the rebels", 'asked, "Who will ...?"': no claim
        if stance == DENIES and cue not in STRICT_DENY_CUES and not referring and not _is_proposition(doc, q_start, q_end):
            continue  # "rejected international intervention": a refusal, not a denial of a claim
        if stance == RETRACTS and cue not in STRICT_RETRACT_CUES and not referring:
            continue  # "until ... Gadhafi's forces have withdrawn to bases": a move, not a retraction
        if cue_tok is not None and q_start < cue_tok.idx < q_end:
            q_start = _after_attribution(doc, cue_tok, q_start, q_end)  # 'Regardless of when, he said, "the scope ..."'
        if q["kind"] in ("indirect", "topic", "view", "finding") and stance != ASSERTS:
            q_end = _before_saying(doc, starts, q_start, q_end)
        if q["kind"] == "partial":
            q_start = _with_subject(doc, starts, q_start, q_end)  # 'the council said it "condemned the violence ..."'
            clause = _said_clause(cue_tok, after=True) if cue_tok is not None else None
            if clause is not None and clause[0] <= q_start and q_end < clause[1]:
                q_start, q_end = clause  # 'Ghoga also claimed that "thousands of demonstrators" opposing the regime were arrested ...'
        hint = None
        if stance == ALLEGES and cue_tok is not None:  # "accused Y of P", "blamed Y for P": Y does the act
            obj = next((c for c in cue_tok.children if c.dep_ == "dobj"), None)
            hint = _entity_at(index, obj.idx, obj.idx + len(obj)) if obj is not None else None
        shown = _accusation_start(doc, cue_tok, stance, q_start, q_end) if cue_tok is not None else q_start
        statement = Statement(
            article["id"], numbers[where.start], min(start, q_start), max(end, q_end), shown, q_end,
            stance, speaker, speaker_name, cue,
            acts=[] if referring else _acts(doc, all_cands, q_start, q_end, index, canon, hint),
            participants=[] if referring else _participants(index, q_start, q_end, canon),
            towns=[] if referring else _towns(index, q_start, q_end, canon),
            speakers=speakers, referring=referring,
        )
        if q["kind"] == "direct" and stance == ASSERTS:
            statement.shown_end = _first_sentence_end(doc, starts, q_start, q_end)
        out.append(statement)
    direct = [(int(q["start"]), int(q["end"])) for q in quotes if q["kind"] == "direct"]
    for statement in out:
        spoken = any(a <= statement.content_start and statement.content_end <= b for a, b in direct)
        statement.proposition = statement.refusal or statement.named or (not statement.referring and _is_proposition(
            doc, statement.content_start, statement.content_end, heading=not spoken))
    charges = [s for s in out if s.stance == ALLEGES and not s.referring and not s.proposition]
    said = [s for s in out if s.cue in PLAIN_SAYING_VERBS]  # (another's saying a relay carries, whether or not it
    # holds a proposition of its own: "Henry Bahn ... said everybody there was “just totally freaked out and shaken”, the
    # Associated Press news agency reported")
    out = [s for s in out if s.referring or s.stance in (DENIES, RETRACTS) or s.proposition]
    for statement in (*out, *charges):
        statement.key = statement.acts[0] if statement.acts else None
    denied_in = {s.sentence for s in out if s.stance == DENIES}
    out = [s for s in out if not (s.cue == "claim" and s.sentence in denied_in and any(  # "…, claims both countries deny"
        w.strip(".,;").lower() in DENY_CUES for w in doc_text(doc)[s.content_start : s.content_end].split()))]
    out = [s for s in out if not _relays(doc, s, out)]
    kept = {id(s) for s in out}
    carried = [*out, *(s for s in said if id(s) not in kept)]
    out = [s for s in out if not _reports_anothers(s, carried)]
    out = _with_charges_denied(out, charges, doc_text(doc))
    told = _told_just_before(doc, article["id"], out, all_cands, index, canon, names)
    if told:
        out = _with_charges_denied(out, told, doc_text(doc))
    for s in out:
        if not s.referring:
            s.content_start = _past_limiting(doc, starts, s.content_start, s.content_end)
    for s in out:
        first = _subject_word(doc, starts, s.content_start, s.content_end)  # (read once for the three rules on it)
        s.referent = s.speaker if _speaker_itself(first, s, index, pronouns) else _leading_referent(first, pronouns, canon)
        if s.referent is None and (described := _leading_description(doc, starts, s.content_start, s.content_end,
                                                                      pronouns, canon)) is not None:
            s.described, s.referent = described
        s.left_subject = _relative_subject(first, s.content_start)
        if s.stance not in (DENIES, RETRACTS) and not s.referring and not s.named:
            line = _shown_words(doc, s)  # (read once for the three rules on how the ledger line opens and points)
            if s.referent is None and (opening := _unnamed_subject(doc, line)) is not None:
                s.described_only, s.described_nouns = opening
            s.lone_pronoun = _lone_pronoun(line)
            s.pointing_subject = _pointing_subject(line)
            s.namings = named_descriptions(doc, s.content_start, s.shown_end or s.content_end)
        when = article.get("published")
        s.figures = find_figures(doc_text(doc)[s.content_start : s.content_end], s.content_start, article=article["id"],
                                 timexes=timexes, source=s.speaker_name, when=when)
    pointed = {s.refers_to for s in out if s.refers_to is not None}
    return _kept(out, [i for i, s in enumerate(out) if i in pointed or not (_unanchored(doc, s) or _set_before(doc, s))])


#: Subjects that leave words about nothing a ledger reader can name when nothing in them is named: "We missed the boat",
#: "I'm sorry", "You can see in the video lots of swirls ...".
UNANCHORED_SUBJECTS = frozenset({"it", "i", "you", "we", "he", "she", "they", "this", "these", "those"})
LEADING_CONNECTIVES = frozenset({"but", "and", "so", "or", "yet", "still", "now"})


def _unanchored(doc: Doc, s: Statement) -> bool:
    """An assertion whose subject is a pronoun the resolver linked to no one, and whose words name nothing (no proper
    noun, no entity, no figure): alone on a ledger line it says nothing a reader could check ("We missed the boat", "And
    I remember on my stomach looking up ..."; on the dev draws 6 of 7 such lines were judged vague). An extraposed "it"
    ("It is clear that BP ...", "It could take months to contain ...") is no subject; denials and words that point at a
    claim are read with the claim they deny; words that give a figure stay."""
    if s.stance in (DENIES, RETRACTS) or s.referring or s.named or s.referent is not None or s.participants:
        return False
    words = _shown_words(doc, s)
    if not words or words[0].lower_ not in UNANCHORED_SUBJECTS or words[0].dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not _extraposed(words[0]) and not any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS | FIGURE_LABELS
                                                 for t in words)  # (a figure is a claim of its own: "I've lost $15m")


#: Openings that set a sentence at the place or the happening the sentence before names: "There, scientists estimated
#: the oil killed 250,000 seabirds" (the Exxon Valdez, named before). Not a time ("At the time, Dudley said the “best
#: estimate” of the flow rate was 5,000 bpd" is this story's figure, of an earlier day).
SET_BEFORE = re.compile(r"(?:there|in that (?:spill|disaster|accident))\s*,", re.IGNORECASE)


def _set_before(doc: Doc, s: Statement) -> bool:
    """An assertion whose sentence opens on a place or a happening told before ("There, scientists estimated the oil
    killed 250,000 seabirds", bpoil_washingtonpost, of the Exxon Valdez; a judge's vague line that read as this
    spill's), and whose words name nothing: alone on a ledger line it tells of another place as if of this story."""
    if s.stance != ASSERTS or s.referring or s.named or s.participants:
        return False
    if SET_BEFORE.match(doc_text(doc), s.start) is None:
        return False
    return not any(t.pos_ == "PROPN" for t in _shown_words(doc, s))  # (the tagger's entities are not trusted here:
    # "bald eagles, sea otters" came out a person)


#: Words that open a subject pointing at something told before: "The level was ...", "This video ...", "Such flags ...".
SUBJECT_POINTERS = frozenset({"the", "this", "that", "these", "those", "such"})


def _shown_words(doc: Doc, s: Statement) -> list[Token]:
    """The words of the statement the ledger shows, without punctuation and without the connectives it opens with."""
    span = doc.char_span(s.content_start, s.shown_end or s.content_end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    while words and words[0].lower_ in LEADING_CONNECTIVES:
        words = words[1:]
    return words


def _unnamed_subject(doc: Doc, words: list[Token]) -> tuple[str, list[str]] | None:
    """The subject the statement's words shown (``_shown_words``) open with, when it is a description with no name in it ("The level was about
    6,800 psi", "The total bill could rise to $12bn", "Such flags are a way of avoiding taxes"): its words and its nouns'
    words, lower-cased. Whether a ledger reader knows what it is depends on the story (``ledger.StoryNouns``).
    None when the words open otherwise or their subject holds a name, a figure or a possessive."""
    if not words or words[0].lower_ not in SUBJECT_POINTERS:
        return None
    head = words[0].head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "NOUN" or head.left_edge.i != words[0].i:
        return None
    subject = list(head.subtree)
    if any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS | FIGURE_LABELS or t.dep_ == "poss" or t.like_num
           for t in subject):
        return None  # "The mayor of London, Boris Johnson, ...", "The two congressmen", "The company's challenge"
    text = doc_text(doc)[subject[0].idx : subject[-1].idx + len(subject[-1])]
    return text, [t.lower_ for t in subject if t.pos_ == "NOUN"]


THING_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})
PLACE_HOLDING_VERBS = frozenset({"be", "seem", "appear", "become", "remain", "take"})  # verbs an "it" may hold a clause's place for
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PLACE_PROFORMS = frozenset({"here", "there"})  # words for a place the speaker stands in or points at
NO_PLACE_TYPES = frozenset({"DATE", "TIME", "PERSON", "NORP"})  # names that say no place ("dead there Sunday")


def _lone_pronoun(words: list[Token]) -> str | None:
    """The first pronoun for a thing or a group in the words shown (``_shown_words``), when no noun before it in those words can be what it
    stands for, or a "here" or "there" no word of them places (``_unplaced``) ("The disaster could cost it $40bn in clean-up costs": an object is not its own verb's subject; "Most of
    the 1,500 claims it is handling ...": "it" is one, the claims many). None when the words open with it (that is the
    opening rule's), when an "it" holds the place of a clause ("I think it's a tragedy ... that ..."), or when a noun
    before can be it ("The well had been gushing ... at its peak", "A judge released the four journalists after ordering
    them ...")."""
    for n, tok in enumerate(words):
        if _unplaced(tok, n, words):
            return tok.text
        if tok.lower_ not in THING_PRONOUNS or tok.pos_ != "PRON":
            continue
        if n == 0 or tok.dep_ == "expl" or _extraposed(tok) or (
                tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ in PLACE_HOLDING_VERBS):
            return None  # ("Politically it could be quite problematic ... for the United States ... to begin ...")
        singular = tok.lower_ in ("it", "its")
        own_subject = tok.head if tok.dep_ in ("dobj", "dative") else None
        if any(c.dep_ == "appos" for c in tok.children) or tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "(":
            return None  # "they (the opposition forces who were hit) heard the airstrikes": named where it stands
        for before in words[:n]:
            if before.pos_ not in ("NOUN", "PROPN", "NUM") or before.pos_ == "NUM" and singular or (
                    singular and before.tag_ not in SINGULAR_NOUN_TAGS) or (not singular and not _can_be_many(before)):
                continue
            if own_subject is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= before.i <= c.right_edge.i
                                               for c in own_subject.children):
                continue  # "The disaster could cost it", "The oil spill had cost it $450 million": not itself, nor a
                # word of its own subject's phrase
            return None
        return tok.text
    return None


def _unplaced(tok: Token, n: int, words: list[Token]) -> bool:
    """A "here" or "there" (the ``n``-th of the words shown) for a place no word of them names: "There are thousands of
    people there that need more tents", "There were 10 people dead there Sunday". Not "everybody out there" (everyone),
    nor a "be" with no existential subject ("support for the idea is not there yet": there is none)."""
    if tok.lower_ not in PLACE_PROFORMS or tok.dep_ != "advmod" or n and words[n - 1].lower_ == "out":
        return False
    if tok.head.lemma_ == "be" and not any(c.dep_ == "expl" for c in tok.head.children):
        return False
    return not any(b.ent_type_ in PLACE_TYPES or b.pos_ == "PROPN" and b.ent_type_ not in NO_PLACE_TYPES for b in words)


def _can_be_many(noun: Token) -> bool:
    """A noun "they" or "them" can stand for: a plural, names joined ("Leona Lewis and JLS"), a body or a people
    ("BP ... they", "the council ... their", "the rebel government ... them"), a number counted ("three were wounded,
    one of them critically"); not a country or a person ("Senegal is ready to offer them parcels of
    land": the Haitians of the sentence after)."""
    return (noun.tag_ in PLURAL_NOUN_TAGS or noun.ent_type_ in ("ORG", "NORP") or noun.pos_ == "NUM"
            or noun.lemma_.lower() in BODY_ANAPHOR_NOUNS or noun.lemma_.lower() in SPEAKING_BODY_NOUNS
            or noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children))


def _pointing_subject(words: list[Token]) -> str | None:
    """The first word, when the words open on a subject that only points at what it is: an "it" ("It was attacked by
    forces loyal to Gadhafi", "It is accurate to within 10%") not holding the place of a clause that follows, whatever
    the parse hung that clause on ("It would be a mistake for Congress to cut funding", "It is a “reasonable assumption”
    that up to 200,000 people ..."); a demonstrative standing alone ("This captured only 1,360 barrels of oil"; not
    "That means inspections have determined ...", which says what it leads to); a demonstrative before the subject's
    noun ("This discovery was made ..."); a doing said again ("Doing so would reduce redundancies and increase risks on
    the drilling rig")."""
    if words and words[0].lower_ == "that" and words[0].dep_ == "mark":
        words = words[1:]  # ("... said that doing so would ...": the line opens after its "that")
    if not words:
        return None
    first = words[0]
    if first.lower_ in POINTING_WORDS and first.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ != "punct" for c in first.children):
        # (not "This week", "Those who left": a noun or a clause of its own says what; nor "That means inspections have
        # determined ...": the clause it leads to is what is said)
        return None if any(c.dep_ == "ccomp" for c in first.head.children) else first.text
    if (first.lower_ in POINTING_WORDS and first.dep_ == "det" and first.head.dep_ in ("nsubj", "nsubjpass")
            and first.head.i == first.i + 1 and not first.head.ent_type_ and first.head.pos_ == "NOUN"):
        return first.text  # "This discovery was made after a “relief well” finally broke through ...": a noun that
        # points back at what the sentence before told ("This week" is a date's; "This BP report" names its owner)
    if (first.lower_ in ("doing", "do") and len(words) > 1 and words[1].lower_ == "so"
            and first.dep_ in ("csubj", "nsubj", "csubjpass")):
        return first.text
    if first.lower_ != "it" or first.dep_ not in ("nsubj", "nsubjpass") or _extraposed(first):
        return None
    verb = first.head
    placeholder = any(t.head.i > verb.i and ((t.dep_ == "mark" and t.lower_ in ("that", "whether", "if"))
                                             or (t.dep_ == "aux" and t.lower_ == "to")) for t in words[1:])
    return None if placeholder else first.text


POINTING_WORDS = frozenset({"this", "that", "these", "those"})  # a demonstrative standing for what was said before


def _extraposed(subject: Token) -> bool:
    """An "it" that stands for a clause after its verb ("It is clear that BP ...", "It could take months to contain
    ...", "It appears to him that ..."): the clause says what the words are about."""
    head = subject.head

    def introduced(clause: Token) -> bool:  # "that BP ...", "to contain ...": not a sentence the parse ran on into, nor
        # a verb's own infinitive ("why it failed to stop the gusher": the "it" is what failed)
        if clause.dep_ == "xcomp" and clause.head.i == head.i and head.lemma_ not in PLACE_HOLDING_VERBS:
            return False
        return clause.dep_ in ("ccomp", "csubj", "xcomp") and any(
            (c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")) or (c.dep_ == "aux" and c.lower_ == "to")
            for c in clause.children)

    return subject.lower_ == "it" and (subject.dep_ == "expl" or any(
        introduced(c) or (c.dep_ in ("acomp", "attr") and any(introduced(g) for g in c.children))
        for c in head.children if c.i > head.i))


SHOWN_AFTER_WORDS = 3  # words quoted after the first sentence that make it the one shown


def _first_sentence_end(doc: Doc, starts: list[int], start: int, end: int) -> int | None:
    """Where the first sentence of quoted words ends, when more sentences follow it ('“Parliament has collapsed. The tax
    office has collapsed. Hospitals have collapsed.”'): a ledger line states one proposition, its evidence holds them
    all. None for words of one sentence."""
    token = _token_at(doc, starts, start)
    if token is None:
        return None
    sentence_end = token.sent.end_char
    if sentence_end >= end or len(doc_text(doc)[sentence_end:end].split()) < SHOWN_AFTER_WORDS:
        return None
    return strip_span(doc_text(doc), start, sentence_end)[1]


def _told_just_before(doc: Doc, article_id: str, statements: list[Statement], cands: list[EventCandidate],
                      index: MentionIndex | None, canon: dict[str, str], names: dict[str, str]) -> list[Statement]:
    """What a denial that points at nobody's claim denies: the sentence right before it in its paragraph, when that
    sentence states something and holds no statement of its own ("Officials were said to have been too optimistic about
    handling the disaster. The White House disputes this, ..."). The article reports it: no party asserts it, unless the
    sentence says who says it (``_sentence_sayers``)."""
    sentences = doc_sentences(doc)
    taken = {s.sentence for s in statements}
    out: list[Statement] = []
    for s in statements:
        if not (s.referring and s.stance == DENIES and s.refers_to is None and not s.joining):
            continue
        number = s.sentence - 1
        if number < 0 or number in taken or number >= len(sentences):
            continue
        before = sentences[number]
        start, end = sentence_bounds(before)
        if "\n" in doc_text(doc)[end : s.start] or question(before) or not _is_proposition(doc, start, end):
            continue
        taken.add(number)
        parties = _sentence_sayers(doc, before, index, canon)
        first = parties[0] if parties else None
        out.append(Statement(article_id, number, start, end, start, end, ASSERTS, first,
                             names.get(first, first) if first else None, None, acts=_acts(doc, cands, start, end, index, canon),
                             participants=_participants(index, start, end, canon),
                             towns=_towns(index, start, end, canon), speakers=parties))
        out[-1].key = out[-1].acts[0] if out[-1].acts else None
    return out


def _sentence_sayers(doc: Doc, sentence: Span, index: MentionIndex | None, canon: dict[str, str]) -> list[str]:
    """Who a sentence says says it, when its main verb is one of saying and no quote was read from it: "Some U.S.
    lawmakers have argued the oil spill ... reflect a corporate culture ..." (then "Dudley disputes this claim": the
    lawmakers assert what he disputes). None when the article tells it itself."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_.lower() not in SPEECH_VERBS or subject is None or subject.pos_ == "PRON":
        return []
    return _parties_or_words(doc, subject, index, canon)


def _with_charges_denied(statements: list[Statement], charges: list[Statement], text: str) -> list[Statement]:
    """The statements in text order, referring denials resolved. An accusation whose words are no clause of their own
    ("congressmen who have accused BP of lobbying the previous British government to arrange the release") states
    nothing a reader could check alone, but it is what a denial after it points at ("The company denies the charge"):
    it stays when a denial resolves to it (the ledger then shows its sentence), and goes otherwise."""
    merged = sorted((*statements, *charges), key=lambda s: (s.start, s.content_start))
    _resolve_referring(merged, text)
    pointed = {s.refers_to for s in merged if s.refers_to is not None}
    charged = {id(c) for c in charges}
    return _kept(merged, [i for i, s in enumerate(merged) if id(s) not in charged or i in pointed])


def _kept(statements: list[Statement], keep: list[int]) -> list[Statement]:
    """The statements at ``keep`` (ascending; every one a kept statement points at among them), with the indices they
    point at renumbered to the shorter list."""
    renumbered = {old: new for new, old in enumerate(keep)}
    out = [statements[i] for i in keep]
    for s in out:
        if s.refers_to is not None:
            s.refers_to = renumbered[s.refers_to]
    return out


def _relays(doc: Doc, statement: Statement, statements: list[Statement]) -> bool:
    """An assertion whose words are another's saying ("Defense Minister Carme Chacon said ... , a ministry spokesman
    said"; "Clinton told members of Congress the administration acted ..., lawmakers said"): the one whose saying it
    is asserts, and a statement of theirs inside these words holds it; the relay is no party to the claim."""
    if statement.stance != ASSERTS:
        return False
    span = doc.char_span(statement.content_start, statement.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    saying = [t for t in heads if t.pos_ == "VERB" and t.lemma_ in SPEAKER_VERBS and t.lemma_ not in QUESTION_CUES
              and any(c.dep_ == "nsubj" and span.start <= c.i < span.end for c in t.children)
              and not any(c.dep_ == "ccomp" and c.i < t.i for c in t.children)]  # "Shalgam asked only that ...": a
    # request reported, which the reporter's claim is; "The World Bank said [its offices were destroyed ..., Reuters
    # reported]": words the parse hangs on an attribution after them are not another's saying
    return bool(saying) and len(heads) == 1 and any(
        _words_within(other, statement) and (other.content_start, other.content_end) != (statement.content_start, statement.content_end)
        for other in statements)


RELAYING_CUES = ("report", "accord")  # "..., Reuters reported", "..., according to Xinhua"


def _reports_anothers(statement: Statement, statements: list[Statement]) -> bool:
    """A report of words another party of the sentence says ("The World Bank said its local offices were destroyed
    ..., Reuters reported", which the parse may give to either verb; "... , Vice Foreign Minister Song Tao said Friday,
    according to the state-run Xinhua News Agency"; "Mahmudi met ... ambassadors, ... stressing that Libya has the right
    to ..., Libyan state television reported", whose words hold his): the reporter only carries them."""
    return statement.stance == ASSERTS and statement.cue in RELAYING_CUES and any(
        (_words_within(statement, other) or _words_within(other, statement)) and other.cue not in RELAYING_CUES
        and other.speaker != statement.speaker and other.stance in (ASSERTS, ALLEGES, CONFIRMS)
        for other in statements)


def _words_within(inner: Statement, outer: Statement) -> bool:
    """Another statement of the same sentence whose words hold these ones."""
    return (inner is not outer and inner.sentence == outer.sentence
            and outer.content_start <= inner.content_start and inner.content_end <= outer.content_end)


CLAIM_MAKING_VERBS = frozenset({"make", "issue", "release", "publish", "give", "offer", "put"})  # "an estimate made by"


def _held_claim(denial: Statement, verb: Token, doc: Doc, index: MentionIndex | None, names: dict[str, str],
                canon: dict[str, str]) -> Statement | None:
    """Whose claim a denial takes on, when the noun of the claim says it: "challenged claims by members of the US
    Congress that P", "claims a day earlier by the Libyan government that P, a charge the alliance has countered",
    "took on BP's claim that P", "an estimate made by US government scientists": the holder asserts P (the claim is
    contested, not only denied). None for a denial that points away or names no holder."""
    if denial.stance != DENIES or denial.referring or denial.refusal or not denial.proposition:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    holder = None
    if noun is None and verb.dep_ == "relcl" and (summed := verb.head).lower_ in REFERRING_NOUNS:
        clause = summed.head  # "claims ... that NATO warplanes bombed ..., a charge the alliance has countered"
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ == "acl":
            noun = clause.head
        elif clause.pos_ in ("VERB", "AUX") and clause.dep_ == "ccomp":  # the parse hung the clause, and the "by", on
            noun = next((c for c in clause.head.children if c.dep_ == "dobj"), None)  # the verb the claims are object of
            holder = next((g for c in clause.head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                           for g in c.children if g.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in REFERRING_NOUNS or noun.pos_ != "NOUN":
        return None
    holder = _holder_of(noun) or holder
    if holder is None:
        return None
    parties = _parties_or_words(doc, holder, index, canon)
    if not parties or set(parties) & {*denial.speakers, denial.speaker}:
        return None
    first = parties[0]
    return replace(denial, stance=ASSERTS, speaker=first, speaker_name=names.get(first, first),
                   speakers=parties, cue="claim", main_clause=False, points_near=False, collective=False)


def _said_by_its_holder(noun: Token) -> tuple[Token, Token] | None:
    """The holder a claim's noun names with "of", and the clause the holder's own saying gives it ("the complaint of a
    senior Republican congressman, Joe Barton, who said last week that the fund ... amounted to a government
    “shakedown”": the congressman, and what he said)."""
    for child in noun.children:
        holder = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "of" else None
        if holder is None:
            continue
        for person in (holder, *(a for a in holder.children if a.dep_ == "appos")):
            said = next((r for r in person.children if r.dep_ == "relcl" and r.lemma_ in SPEECH_VERBS), None)
            clause = next((c for c in said.children if c.dep_ == "ccomp"), None) if said is not None else None
            if clause is not None:
                return person, clause
    return None


def _holder_of(noun: Token) -> Token | None:
    """Who holds a claim its noun names: "BP's claim", "claims by members of Congress", "an estimate made by scientists",
    "the complaint of ... Joe Barton, who said ..."."""
    if (told := _said_by_its_holder(noun)) is not None:
        return told[0]
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in CLAIM_MAKING_VERBS:
            agent = next((a for a in child.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _clause_summed_up(noun: Token) -> tuple[int, int] | None:
    """The words of the clause a noun of a claim sums up after a comma ("NATO warplanes bombed a bakery ..., a charge the
    alliance has countered"; "Gadhafi's forces were in control of Ajdabiya, a claim disputed by opposition leaders"):
    from the clause's first word to the comma before the noun. None when the noun stands in the sentence otherwise."""
    verb = noun.head
    if noun.dep_ == "appos":  # "... hint the company's obligations ... may color its judgments, a suggestion rejected by
        # Utsler": set on the clause's last noun, the appositive closes the clause that noun ends
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("dobj", "pobj", "prep", "attr"):
            verb = verb.head
    if noun.dep_ not in ("npadvmod", "appos") or verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return None
    if (lemma := cue_lemma(verb)) in SPEECH_VERBS or lemma in ALLEGATION_VERBS or lemma in DENY_CUES:
        return None  # "Markey has accused BP of lying ..., an allegation that BP denies": the noun is the saying's, which
        # the denial points at
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = noun.left_edge.i - 1
    if before <= verb.left_edge.i or noun.doc[before].text != ",":
        return None
    start = verb.left_edge
    while start.i < before and (start.dep_ == "mark" or start.is_punct):
        start = noun.doc[start.i + 1]  # "that NATO warplanes ...": the clause, not its "that"
    last = noun.doc[before - 1]
    return start.idx, last.idx + len(last)


def _on_a_claim(verb: Token) -> bool:
    """The verb's clause hangs on a noun of a claim and has no object of its own: "a charge the alliance has countered"."""
    return (verb.dep_ == "relcl" and verb.head.lemma_.lower() in REFERRING_NOUNS and verb.head.pos_ == "NOUN"
            and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children))


def _no_stance_taken(cue: Token) -> bool:
    """A denial, allegation or confirmation not made: "did not deny", "could not independently confirm", only demanded
    ("demanded that Barton retract"), only possible ("so they can accuse you of anything"), or what some kind of people
    habitually do ("When confronted with such crises, corporate executives instinctively head for the bunker, ... deny
    responsibility", "groups that deny global warming")."""
    return (negated(cue, purpose=True) or any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in cue.children)
            or _habitual(cue) or _of_a_kind(cue) or _only_demanded(cue))


def _only_demanded(cue: Token) -> bool:
    """A stance someone else demands of the party ("GOP leaders demanded that Barton retract his apology", "urged him to
    deny"): asked for, not taken."""
    return cue.dep_ in ("ccomp", "xcomp") and cue.head.i != cue.i and cue.head.lemma_.lower() in DEMANDING_CUES


def _of_a_kind(cue: Token) -> bool:
    """A present-tense clause that says what a kind of party does, set on a bare plural ("Exxon spent millions funding
    groups that deny global warming"): no one named or counted denies anything there."""
    head = cue.head
    return (cue.dep_ == "relcl" and cue.tag_ == "VBP" and head.tag_ == "NNS" and head.i != cue.i
            and not any(c.dep_ in ("det", "poss") or (c.dep_ == "nummod" and c.tag_ == "CD") for c in head.children))


def _habitual(cue: Token) -> bool:
    """A present with an adverb of habit on it or on the verbs it is joined to (the first of them holds the tense)."""
    verbs = [cue]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i and len(verbs) < 6:
        verbs.append(verbs[-1].head)
    return verbs[-1].tag_ in ("VBP", "VBZ") and any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for v in verbs for c in v.children)


def _no_claim_taken_on(cue: Token, stance: str) -> bool:
    """A cue that stands toward no claim: a supposed one ("I don't care if BP denied your claim"), a denial that
    withholds ("He has denied his people freedom", "denied them access") or decides a petition ("an order denying the
    stay request", "rejected a request to allow the ban to stand")."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in cue.children):
        return True
    return stance == DENIES and any(
        c.dep_ == "dative" or (c.dep_ == "dobj" and c.lemma_.lower() in PETITION_NOUNS) for c in cue.children)


def _excerpt_credited(text: str, q: dict[str, Any]) -> bool:
    """A direct quote a roundup credits to its writer after its own headline: "Bernanke toured a pastry factory to
    connect with Main Street, reports Neil Irwin: “Ben S. Bernanke is one of the world's leading historians ...”". The
    excerpt is another story's narration, not a party's claim: a verb of reporting or writing set before its writer,
    then a colon opening the words."""
    if q.get("kind") != "direct" or q.get("cue_end") is None or q.get("speaker_start") is None or q.get("speaker_end") is None:
        return False
    cue = text[int(q["cue_start"]) : int(q["cue_end"])].lower()
    between = text[int(q["speaker_end"]) : int(q["start"])]
    return (cue.startswith(EXCERPT_CUES) and int(q["speaker_start"]) > int(q["cue_end"])
            and between.strip(" “\"'‘").startswith(":") and not between.strip(" :“\"'‘"))


def _narrative(article_id: str, number: int, tok: Token, stance: str, lemma: str, doc: Doc, index: MentionIndex | None, names: dict[str, str],
               canon: dict[str, str], cands: list[EventCandidate], pronouns: MentionIndex | None = None,
               teller: str | None = None) -> Statement | None:
    """A denial, allegation, confirmation or retraction told in the narrative (no quote covers it), or a denial in a
    speaker's own words ("I reject the criticism ...", ``teller`` the speaker of the quote around it)."""
    if _no_stance_taken(tok):
        return None
    if _no_claim_taken_on(tok, stance):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    speaker_tok = agent if agent is not None else subject
    if speaker_tok is None and tok.dep_ == "relcl":
        speaker_tok = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if speaker_tok is None and tok.dep_ == "xcomp" and tok.head.lemma_ in ONGOING_VERBS:
        speaker_tok = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "Obama continues to reject ..."
    if speaker_tok is None and tok.dep_ == "conj":
        speaker_tok = _shared_subject(tok)
    if speaker_tok is None or headline_sayer(speaker_tok, tok):
        return None  # no one, or a link headline's "Woman alleges ..."
    if speaker_tok.tag_ in RELATIVE_TAGS and (noun := relative_head(speaker_tok)) is not None:
        speaker_tok = noun  # "met US congressmen who have accused BP of lobbying ...": the congressmen accuse
    if speaker_tok.pos_ == "PRON" and speaker_tok.lower_ not in ("both", "all"):
        resolved = _entity_at(pronouns, speaker_tok.idx, speaker_tok.idx + len(speaker_tok))
        if resolved is None and speaker_tok.lower_ == "i":
            resolved = teller
        if resolved is None:
            return None
        parties = [canon.get(resolved, resolved)]
    else:
        parties = _parties(speaker_tok, index, canon)
        if parties:  # "other opposition members and the government denied that": the unnamed conjuncts deny too
            parties += [name for conj in _conjuncts(speaker_tok) if _party_of(conj, index, canon) is None
                        and not _another_title(conj) and (name := _unlinked_party(doc, conj)) and name not in parties]
    collective = False
    if not parties:
        words = [t for t in speaker_tok.subtree if t.i <= speaker_tok.i]
        collective = speaker_tok.tag_ in ("NNS", "NNPS") and any(t.lower_ in ("both", "all", "two") for t in words)
        if collective:
            parties = []
        elif (name := _unlinked_party(doc, speaker_tok)) is not None:
            parties = [name]
        else:
            return None
    referring = named = pointed = False
    content: tuple[int, int] | None = None
    hint = None
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
    obj = _through_extent(next((c for c in tok.children if c.dep_ == "dobj"), None))
    if _money_claims(tok.head) or (obj is not None and _money_claims(obj)):
        return None  # "those lodging claims which has been dismissed as inadequate": demands for money, no proposition
    if tok.head.i != tok.i and tok.head.lower_ in REFERRING_NOUNS and obj is None and clause is None and (
            summed := _clause_summed_up(tok.head)) is not None:
        content, pointed = summed, True  # "... that NATO warplanes bombed a bakery ..., a charge the alliance has countered"
    elif tok.head.i != tok.i and tok.head.lower_ in REFERRING_NOUNS and obj is None and clause is None:
        content, referring = (tok.head.idx, tok.head.idx + len(tok.head)), True  # "claims both countries deny", "a charge denied by"
    elif clause is not None:
        content = _span_of(clause)
        if (subject_read_as_object := _subject_read_as_object(obj, clause)) is not None:
            content = (subject_read_as_object, content[1])  # "charged [the president's program] won't do much ..."
    elif stance == DENIES and obj is not None and any(c.dep_ == "nummod" for c in obj.children):
        return None  # "rejected 56,197 claims": claims for money, counted and decided, point at no proposition
    elif obj is not None:
        inner = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl", "appos") and c.pos_ in ("VERB", "AUX")), None)
        about = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "about")), None)
        held = _said_by_its_holder(obj) if obj.lemma_.lower() in REFERRING_NOUNS else None
        if obj.lower_ in REFERRING_NOUNS and inner is not None and inner.dep_ != "relcl":
            content = _span_of(inner)  # "denied reports that it had bombed ..."
        elif held is not None:
            content = _span_of(held[1])  # "rejected the complaint of ... Joe Barton, who said last week that P": P
        elif obj.lemma_.lower() in REFERRING_NOUNS and obj.pos_ == "NOUN" and about is not None:
            content, named = _span_of(obj), True  # "disputed claims of civilian deaths": the claim is named, not pointed at
        elif stance == DENIES and (told := _told_before(tok, obj)) is not None:
            content = _span_of(told)  # "Asked about suggestions that hurricanes could help, Papp dismissed the notion"
            pointed = True
        elif obj.lower_ in REFERRING_NOUNS or obj.lemma_.lower() in REFERRING_NOUNS or (
                stance == DENIES and obj.tag_ in RELATIVE_TAGS and tok.dep_ == "relcl"):  # "..., which BP denies": what
            # the clause hangs on
            content, referring = _span_of(obj), True
        else:
            content = _span_of(obj)
            if stance == "alleges":  # "accused Y of P": the act is P, done by Y
                hint = _entity_at(index, obj.idx, obj.idx + len(obj))
                for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):  # "accused
                    # NATO of war crimes for airstrikes targeting her father ...": both say what is alleged
                    content = (min(content[0], _span_of(prep)[0]), max(content[1], _span_of(prep)[1]))
    if content is None:
        return None
    if stance == RETRACTS and lemma not in STRICT_RETRACT_CUES and not referring:
        return None  # "forces withdrew from the town": a move, not a retraction
    refusal = False
    start, end = sentence_bounds(tok.sent)
    if stance == DENIES and lemma not in STRICT_DENY_CUES and not referring and not pointed and clause is None and not (
            obj is not None and obj.lemma_.lower() in REFERRING_NOUNS):
        if lemma not in REFUSAL_CUES or obj is None:
            return None  # "contradicts our religion": no claim denied, no thing named
        if not _names_a_thing(obj):
            earlier = _thing_named_before(obj)
            if earlier is None:
                return None  # "rejected the proposal" with no proposal named before it
            content = _span_of(earlier)  # "... the AU's 'road map' proposal for peace. ... rejected the proposal"
            start = min(start, sentence_bounds(earlier.sent)[0])  # the evidence holds the sentence naming it
        refusal = True  # "rejected an African Union cease-fire proposal": the proposal is what the party stands against
    first = parties[0] if parties else None
    shown = _accusation_start(doc, tok, stance, content[0], content[1])
    if not referring and _runs_on(tok.sent, content[1], end):
        content = (content[0], _without_stop(doc, end))  # "accused the White House of making “sweeping and largely
        # unsupported” claims that three-quarters of the oil in the Gulf was gone": the parse ends the charge at the mark
    if refusal and tok.idx < content[0]:  # "The U.S. rejected out of hand the African Union peace initiative": who
        shown = min(shown, _subject_start(tok))  # refuses what, not the bare name of the thing
    clause_start, clause_subject = _joined_clause(tok) if named or _joined_to_the_main_verb(tok) else (
        _sayers_own_denial(tok) or (None, None))
    clause_end = _cue_clause_end(tok, end)
    return Statement(
        article_id, number, start, end, shown, content[1], stance, first,
        names.get(first, first) if first else None, lemma,
        acts=[] if referring else _acts(doc, cands, content[0], content[1], index, canon, hint),
        participants=[] if referring else _participants(index, content[0], content[1], canon),
        towns=[] if referring else _towns(index, content[0], content[1], canon),
        referring=referring, speakers=parties, collective=collective, refusal=refusal, named=named,
        joining=referring and any(c.dep_ == "advmod" and c.lower_ in JOINING_ADVERBS for c in tok.children),
        main_clause=tok.dep_ == "ROOT",
        points_near=tok.dep_ == "advcl" or (obj is not None and obj.pos_ == "PRON"),
        clause_start=clause_start, clause_subject=clause_subject, clause_end=clause_end,
    )


def _joined_to_the_main_verb(cue: Token) -> bool:
    """A cue whose own clause a ledger line can show by itself: one set in an adverbial clause with its own subject
    ("While Obama rejected the comparisons ..., it's clear that ..."), or joined to the sentence's main verb whose
    subject is a name or a noun ("BP has taken responsibility ... but has questioned ..."). A cue the parse joined to a
    verb inside what is said ("Hayward says a series of failures led to the accident but denies ...") or to one with a
    pronoun subject ("He vowed not to leave Libya, she reported, and denied ...") keeps its sentence."""
    if cue.dep_ == "advcl":
        return any(c.dep_ == "nsubj" for c in cue.children)
    shared = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return cue.dep_ == "conj" and cue.head.dep_ == "ROOT" and shared is not None and shared.pos_ != "PRON"


def _sayers_own_denial(cue: Token) -> tuple[int, str] | None:
    """A denial with no subject the parse joined to the verb of a told clause, which is the sayer's own act: "A
    spokesman for BP said it had “considerable firepower” to meet the costs of the spill [and denied market talk that
    the company was seeking bankruptcy protection]" (the quote finder ends the words before it): where its clause
    begins, and the sayer. None otherwise."""
    told = cue.head
    if (cue.dep_ != "conj" or cue.lemma_.lower() not in DENY_CUES or told.dep_ != "ccomp" or told.head.i == told.i
            or told.head.lemma_.lower() not in SPEECH_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)):
        return None
    sayer = next((c for c in told.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if sayer is None or sayer.pos_ == "PRON":
        return None
    return _clause_opening(cue).idx, doc_text(cue.doc)[sayer.left_edge.idx : sayer.right_edge.idx + len(sayer.right_edge)]


def _cue_clause_end(cue: Token, sentence_end: int) -> int | None:
    """Where the clause of a cue ends when its sentence goes on past it: before a verb joined to it with a subject of
    its own or the cue's ("Chuprov disputes the veterans' accounts of the peaceful explosions[ and says ...]"), or with
    the cue's subtree when it hangs on another verb ("While Obama rejected the comparisons to how the Bush
    Administration handled Hurricane Katrina[, it's clear that ...]"). None when the clause ends the sentence."""
    cut = [c for c in cue.children if c.i > cue.i and (c.dep_ == "cc" or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    limit = min((c.left_edge.i for c in cut), default=cue.right_edge.i + 1)
    last = limit - 1
    while last > cue.i and (cue.doc[last].is_punct or cue.doc[last].is_space):
        last -= 1
    end = cue.doc[last].idx + len(cue.doc[last])
    return end if end < _without_stop(cue.doc, sentence_end) else None


def _subject_read_as_object(obj: Token | None, clause: Token) -> int | None:
    """Where a told clause's subject begins when the parse made it the cue's object: "Republican leaders charged the
    president's program won't do much ..." ("program" the object of "charged", "won't do" a clause with no subject: the
    line had shown "Won't do much ..."). None when the clause has a subject of its own or nothing stands right before
    it."""
    if obj is None or clause.tag_ == "VB" and to_infinitive(clause) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    if obj.right_edge.i + 1 != clause.left_edge.i or clause.i < obj.i:
        return None
    return obj.left_edge.idx


def _clause_opening(cue: Token) -> Token:
    """The first word of a cue's clause when its subject is another verb's: its first auxiliary, negation or adverb
    before it, else the cue."""
    return min((c for c in cue.children if c.i < cue.i and c.dep_ in ("aux", "auxpass", "neg", "advmod")),
               key=lambda c: c.i, default=cue)


def _joined_clause(cue: Token) -> tuple[int | None, str | None]:
    """Where the clause of a cue joined to an earlier verb begins, and the subject it shares with that verb: "BP has
    taken responsibility for the cleanup but [has questioned government estimates of how much oil came out of the
    well]" (subject "BP"), "The company has argued that ..., and it [disputes the government estimate ...]" (a pronoun
    for that subject; a name of its own starts the clause). A ledger line of a named claim shows that clause, not the
    clause before it, which the party does not deny (claim draw 5514, "wrong status"). (None, None) for a cue that is
    no such conjunct."""
    if cue.dep_ == "advcl" and (own := next((c for c in cue.children if c.dep_ == "nsubj"), None)) is not None:
        return own.left_edge.idx, None  # "While [Obama rejected the comparisons ...], it's clear that ..."
    if cue.dep_ != "conj" or cue.head.pos_ not in ("VERB", "AUX"):
        return None, None
    own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    shared = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None and not (own.tag_ == "PRP" and shared is not None and shared.tag_ != "PRP"):
        return own.left_edge.idx, None
    if shared is None:
        return None, None
    first = _clause_opening(cue)  # (after a pronoun standing for the subject before: "and [it] disputes")
    subject = doc_text(cue.doc)[shared.left_edge.idx : shared.right_edge.idx + len(shared.right_edge)]
    return first.idx, subject


def _said_clause(cue: Token, *, after: bool) -> tuple[int, int] | None:
    """The characters of the clause a cue reports, on the side given: a partial quote inside it shows the whole clause."""
    told = next((c for c in cue.children if c.dep_ == "ccomp" and (c.i > cue.i) == after), None)
    return _span_of(told) if told is not None else None


def _without_stop(doc: Doc, end: int) -> int:
    """A sentence's end without its closing stop."""
    return end - 1 if doc_text(doc)[end - 1 : end] in (".", "!", "?") else end


def _runs_on(sent: Span, at: int, end: int) -> bool:
    """Whether the sentence goes on, right after words quoted in part, with more of what is said: the quote's closing mark
    at ``at``, then words with no comma, dash or stop first and no verb of saying of their own ("... “sweeping and largely
    unsupported” claims that three-quarters of the oil was gone"; not "..., and added that ...")."""
    text = doc_text(sent.doc)
    if text[at : at + 1] not in ("”", "’", '"', "'"):
        return False
    rest = text[at + 1 : end].lstrip()
    if not rest[:1].isalnum() or not rest.rstrip(".!?").strip():
        return False
    return not any(t.lemma_ in SPEAKER_VERBS and t.pos_ == "VERB" for t in sent if at < t.idx < end)


def _shared_subject(verb: Token) -> Token | None:
    """The subject a verb with none of its own shares with the verb it is joined to ("The government denied X and
    rejected Y"). Joined to an attribution set inside reported words ("He vowed not to leave Libya, she reported, and
    denied having used force"), the verb goes on the reported clause, whose subject acts: the reporter only tells."""
    head = verb.head
    if in_sayers_tense(verb) and head.head.lemma_ in SPEAKER_VERBS:
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    for _ in range(4):
        if head.lemma_ in SPEAKER_VERBS:
            told = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
            if told is not None:
                return next((c for c in told.children if c.dep_ == "nsubj"), None)
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None or head.dep_ != "conj":
            return subject
        head = head.head
    return None


def _through_extent(obj: Token | None) -> Token | None:
    """The claim an object of how far it holds is about: "the size of that estimate" -> "estimate" (a noun of a claim
    after "of"); any other object as it is."""
    if obj is None or obj.lemma_.lower() not in EXTENT_NOUNS:
        return obj
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None and inner.lemma_.lower() in REFERRING_NOUNS and inner.pos_ == "NOUN" else obj


def _money_claims(noun: Token) -> bool:
    """Claims lodged, filed or paid, for damages or compensation (``MONEY_CLAIM_WORDS`` beside or above them): demands
    for money, which a claims process handles, not propositions a party asserts or denies."""
    if noun.lemma_.lower() != "claim":
        return False
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    words |= {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj"}
    if noun.dep_ in ("dobj", "nsubjpass"):
        words.add(noun.head.lemma_.lower())
    return bool(words & MONEY_CLAIM_WORDS)


def _names_a_thing(obj: Token) -> bool:
    """A rejected object that says what was rejected: a noun with a word of its own beside it ("international
    intervention", "the court's authority"); "the proposal", "that offer" or "him" name nothing a reader could check."""
    if obj.pos_ not in ("NOUN", "PROPN"):
        return False
    words = [t for t in obj.subtree if not (t.is_punct or t.is_space or t.pos_ in ("DET", "PRON") or t.dep_ in ("det", "case"))]
    return len(words) >= 2


POINTING_DETERMINERS = frozenset({"the", "that", "this", "these", "those"})
POINTING_PRONOUNS = POINTING_DETERMINERS - {"the"}


def _thing_named_before(obj: Token) -> Token | None:
    """The thing a bare pointing noun stands for ("rejected the proposal", "that offer"): the nearest earlier noun of the
    same lemma that names it ("the African Union's 'road map' proposal for peace", "an offer to the people who are
    against him"), in its sentence or the ``LOOKBACK`` before."""
    if obj.pos_ != "NOUN" or any(c.dep_ != "det" or c.lower_ not in POINTING_DETERMINERS for c in obj.children):
        return None
    lemma, crossed = obj.lemma_.lower(), 0
    for tok in reversed(obj.doc[: obj.i]):
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and _names_a_thing(tok):
            return tok
        if tok.is_sent_start:
            crossed += 1
            if crossed > LOOKBACK:
                return None
    return None


POINTER_OBJECTS = frozenset({"it", "this", "that", "them"})  # what a denial's object may be when it only points


def _told_before(cue: Token, obj: Token) -> Token | None:
    """What a denial that only points ("dismissed the notion", "rejected those claims", "denied it") denies when its own
    sentence told it first: the clause of a noun of saying ("Asked about suggestions [that hurricanes could help], Papp
    dismissed the notion") or of a saying verb ("Other people contend [the impact has been overblown], but Dudley
    rejected those claims"), the nearest before the denial and not holding it. None when the sentence tells nothing
    before it (the earlier sentences are searched by ``_resolve_referring``)."""
    pointing = (obj.lower_ in POINTER_OBJECTS and obj.pos_ in ("PRON", "DET")) or (
        (obj.lower_ in REFERRING_NOUNS or obj.lemma_.lower() in REFERRING_NOUNS)
        and all(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in obj.children))
    if not pointing:
        return None
    for tok in reversed(cue.doc[cue.sent.start : cue.i]):
        if cue in tok.subtree or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
            continue
        if _content_clause(tok) or (tok.dep_ == "ccomp" and tok.head.lemma_ in SPEECH_VERBS
                                    and stance_of_cue(tok.head.lemma_) == ASSERTS and _finite(tok)):
            return tok
    return None


def _accusation_start(doc: Doc, cue: Token, stance: str, start: int, end: int) -> int:
    """Where an allegation's shown words begin: at its verb when its object alone states nothing ("accused the regime
    of using radar" is the claim; "the regime of using radar" is not), else where its content begins."""
    if stance == ALLEGES and cue.idx < start and not _is_proposition(doc, start, end):
        return _subject_start(cue)
    return start


def _subject_start(verb: Token) -> int:
    """Where a verb's clause begins with its subject ("Both Human Rights Watch and Amnesty International have blamed
    the Gadhafi regime for ...", "He accused NATO of ..."): a verb phrase alone ("blamed the regime for ...") says
    nothing of who acts; a pronoun reads with the party shown beside the claim."""
    owner = verb.head if verb.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    subject = _subject_before(verb, owner)
    return verb.idx if subject is None else min(t.idx for t in subject.subtree)


def _subject_before(verb: Token, owner: Token) -> Token | None:
    """The subject of ``owner`` (the verb or the verb it shares a subject with) written before ``verb`` in its sentence;
    None for a relative pronoun ("who had 'likened young men ...'"), which is no subject a reader can place."""
    subject = next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS or subject.i > verb.i or subject.sent.start != verb.sent.start:
        return None
    return subject


PARTY_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _is_party_token(tok: Token) -> bool:
    """A word that can name someone who speaks: a name, a noun of office ("spokesman", "officials"), or people
    named by whom they belong to ("Gadhafi's backers", "Jaleh's acquaintances")."""
    return ((tok.ent_type_ in PARTY_ENTITY_LABELS and tok.pos_ != "ADJ") or tok.pos_ == "PROPN" or tok.lemma_.lower() in PARTY_NOUNS
            or ((tok.tag_ == "NNS" or tok.lemma_.lower() in ADVERSARY_NOUNS)
                and any(c.dep_ == "poss" and c.ent_type_ in PARTY_ENTITY_LABELS for c in tok.children)))


def _speaker_mention_is_party(q: dict[str, Any], span: Span | None) -> bool:
    """An unlinked quote speaker is a party when its head word names someone, or the quotes stage gave it a role."""
    if q.get("speaker_role"):
        return True
    return span is not None and _is_party_token(span.root)


def _adjective_speaker(span: Span | None) -> bool:
    """The quote's speaker mention is only an adjective (a demonym or a creed), not a person or a body."""
    words = [t for t in span if not t.is_punct] if span is not None else []
    return bool(words) and all(t.pos_ == "ADJ" for t in words)


def _is_proposition(doc: Doc, start: int, end: int, *, heading: bool = True) -> bool:
    """Words that state something: a finite verb of their own, not one inside a noun phrase, and at least
    ``MIN_PROPOSITION_WORDS`` words ("Suspending", "Those details", "them traitors for seeking help" or "the regime
    of using radar" state nothing to check). Reported words must be headed by that verb (``_heads``); a speaker's
    own words in quotation marks are sentences of their own, which the parse of a quote often misjoins."""
    if end <= start:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < MIN_PROPOSITION_WORDS or _asks_only(span) or _points_away(span) or _points_back(span):
        return False
    return any(_finite(t) and t.dep_ not in AUXILIARY_DEPS and (_heads(t, span) if heading else _own_clause(t, span))
               for t in words)


def _own_clause(tok: Token, span: Span) -> bool:
    """A verb of quoted words that is not inside a noun phrase of them: "refugees [who have come through here]" is a
    phrase; "We will be victorious", which the parse of the sentence around it hangs on a noun outside, is a clause."""
    return tok.dep_ not in MODIFIER_CLAUSES or not span.start <= tok.head.i < span.end


AUXILIARY_DEPS = frozenset({"aux", "auxpass"})  # "refugees who [have] come": an auxiliary is finite for its verb, not alone


def _asks_only(span: Span) -> bool:
    """Every sentence the words end is a question ('"What is the role of our country in Libya's civil war?"'): a
    question put states nothing to check."""
    ends = [t for t in span if t.is_punct and t.text in ".?!"]
    return bool(ends) and all(t.text == "?" for t in ends) and not any(
        t.is_alpha for t in span.doc[ends[-1].i + 1 : span.end])


def _points_away(span: Span) -> bool:
    """The words' main verbs act only on a pointer ("opposes doing that", "supported such an action"): what they are
    about was said in an earlier sentence, so alone they state nothing a reader could check."""
    heads = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in AUXILIARY_DEPS
             and (t.head.i == t.i or not span.start <= t.head.i < span.end)]
    return bool(heads) and all(_acts_on_pointer(verb) for verb in heads)


def _points_back(span: Span) -> bool:
    """The words open on a demonstrative that is all of a verb's subject ("This could jeopardise its response efforts,
    ..., it avowed", "This is the only certain way of stopping the disaster"): what it stands for was told before, so
    the words say nothing a reader could check. "This deployment is ..." says what it is about; "That means inspections
    have determined ..." states a clause of its own."""
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    return (first is not None and first.lower_ in POINTING_PRONOUNS and first.dep_ in ("nsubj", "nsubjpass")
            and not list(first.children) and not any(c.dep_ == "ccomp" for c in first.head.children))


BARE_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "advmod", "cc", "mark", "prt",
                              "dobj", "xcomp", "pcomp"})  # what a clause with nothing but a pointer for its object holds


def _acts_on_pointer(verb: Token) -> bool:
    """The verb, or the verb it governs, has a pointer for its object and nothing else that says anything: "He did that
    to scare people" and "it was reckless of France to take such action" say something of their own."""
    for _ in range(4):
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp", "pcomp")), None)
        if obj is None or any(c.dep_ not in BARE_CLAUSE_DEPS for c in verb.children):
            return False
        if obj.pos_ in ("VERB", "AUX"):  # "opposes [doing] that": the gerund's own object
            verb = obj
            continue
        return (obj.lower_ in POINTING_PRONOUNS and obj.pos_ in ("PRON", "DET")) or (
            obj.pos_ == "NOUN" and any(c.lower_ == "such" for c in obj.children)
            and all(c.dep_ in ("det", "predet", "amod") for c in obj.children))
    return False


def _heads(tok: Token, span: Span) -> bool:
    """A verb heading the words, not subordinate inside them: its head lies outside the span ("[he was held ...],
    she said"), or it is a sentence root, or a verb joined to one of those. A finite verb only inside a noun's or
    another verb's clause ("[Muslims to fight ... as he pursued a leadership position]", "[the ouster ... that was
    seen in Tunisia]") leaves the words a fragment."""
    for _ in range(8):
        if _content_clause(tok):  # "reports [that he had fled]": the clause is what the noun reports
            tok = tok.head
            continue
        if tok.dep_ in MODIFIER_CLAUSES:
            return False
        if tok.head.i == tok.i or not span.start <= tok.head.i < span.end:
            return True
        if tok.dep_ != "conj":
            return False
        tok = tok.head
    return False


def _content_clause(tok: Token) -> bool:
    """A that-clause completing a noun of saying ("reports that he had fled", "claims that forces had been reduced");
    a feeling's clause ("expressed anger that the White House didn't push ...") is what is felt, not what is claimed."""
    return (tok.dep_ in ("ccomp", "acl") and tok.head.pos_ in ("NOUN", "PROPN")
            and (tok.head.lemma_.lower() in REFERRING_NOUNS or tok.head.pos_ == "PROPN")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))


MODIFIER_CLAUSES = frozenset({"relcl", "acl"})  # "ships that have been bringing food": a clause inside a noun phrase


def _finite(tok: Token) -> bool:
    """A verb that makes its clause a statement: finite itself or through its auxiliary ("had been held", "will go")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in tok.children)


def _resolve_referring(statements: list[Statement], text: str) -> None:
    """A referring statement points at the nearest earlier non-referring claim of the article within ``LOOKBACK`` sentences;
    one that points with a noun of a figure ("disputed the new estimates") at the nearest that gives a number."""
    for i, s in enumerate(statements):
        if not s.referring:
            continue
        counted = bool(FIGURE_POINTERS.search(text[s.content_start : s.content_end]))
        for j in range(i - 1, -1, -1):
            earlier = statements[j]
            if counted and not earlier.joining and not re.search(r"\d", text[earlier.content_start : earlier.content_end]):
                if s.sentence - earlier.sentence > LOOKBACK:
                    break
                continue  # ("... winds were forecast which NOAA said would push the oil towards the shoreline. However
                # Doug Suttle ... disputed the new estimates": no estimate in NOAA's words)
            if s.joining and earlier.sentence < s.sentence:
                # "Transocean and Halliburton accused BP of ... Members of Congress and environmentalists also dismissed
                # it" (the report both reject): only an earlier denial says what is denied again
                if earlier.stance != DENIES or s.sentence - earlier.sentence > LOOKBACK:
                    break
                if earlier.referring:  # "X denied the report. Y also dismissed it": the report X's denial points at
                    if earlier.refers_to is None:
                        break
                    j, earlier = earlier.refers_to, statements[earlier.refers_to]
            elif earlier.referring or earlier.stance == DENIES:
                continue
            if s.sentence - earlier.sentence > (1 if s.points_near else LOOKBACK):
                break  # ("... The African Union attempt at forging peace fell flat. Ghoga and ... Jalil rejected it": not
                # the foreign secretary's words two sentences before)
            s.refers_to = j
            s.participants = earlier.participants
            s.key = earlier.acts[-1] if earlier.sentence == s.sentence and earlier.acts else earlier.key  # the act nearest it
            s.acts = [s.key] if s.key else []
            if s.collective and not s.speakers:  # "both countries deny": the two parties of the act it points at
                parties = [p for p in (earlier.key or [])[::2] if p] or earlier.participants[:2]
                s.speakers, s.speaker = parties, parties[0] if parties else None
            break

