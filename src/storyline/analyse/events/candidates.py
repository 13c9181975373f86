"""Event candidates from one sentence's parse: trigger, PLOVER type, actor, target, place and mode.

Pure over the spaCy parse (no entities), so the PLOVER evaluation uses it directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.analyse import lexicon as L
from storyline.analyse.events import patterns as P
from storyline.analyse.quotes.attribution import a_thing_acts, negated
from storyline.model import NAME_LABELS, NUMBER_LABELS, PARTY_LABELS, TIME_LABELS
from storyline.spans import (
    first_conjunct,
    joining_words,
    medium_listened,
    noun_read_as_verb,
    participle_as_preposition,
    past_participle,
    perfect,
    subtree_end,
    to_infinitive,
)

SUBJ = {"nsubj", "nsubjpass", "csubj"}
OBJ = {"dobj", "dative", "attr", "oprd"}
TARGET_PREPS = {"with", "to", "against", "on", "for", "from", "at", "into", "toward", "towards", "over", "between", "of", "in"}
PLACE_PREPS = {"in", "at", "near", "inside", "outside"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "pcomp"}
CUT_DEPS = {"relcl", "acl", "punct", "cc", "appos", "advcl", "prep"}


@dataclass(slots=True)
class EventCandidate:
    """One trigger in one sentence with its arguments as token spans (start, end) into the Doc."""

    trigger: int  # token index of the trigger word
    type: str
    mode: str
    depth: int
    actor: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    location: tuple[int, int] | None = None
    noun: int | None = None  # the event noun for light-verb or noun triggers
    intent: bool = False  # announced intent or promise (PLOVER reads it as AGREE/THREATEN)
    conditional: bool = False
    reporting: bool = False  # a speech act: dated by its reporting date when it has none
    obligation: bool = False  # "X must Y" under a reporting verb: PLOVER reads it as DEMAND
    ultimatum: bool = False  # "will withdraw ... unless Y": an act made conditional on the target's conduct
    obj: int | None = None  # the thing acted on when it is not the target ("signed [a defense pact] with Kim")
    remark: bool = False  # a placed reporting act ("told reporters at Camp David"), not a substantive event
    frame: int | None = None  # the remark noun an act is reported under ("Putin's comments about supplying")
    clause: tuple[int, int] | None = None  # the reported clause of a speech act: what the merge compares
    present: bool = False  # news present ("the meeting ... comes after"): dated by the article's day
    unrealised: bool = False  # asked about, called for, awaited or refused: not an act that took place
    accusation: bool = False  # read from a report of another's hostile act ("X said Y had fired ..."): X accuses Y


def depth(token: Token) -> int:
    """Distance from the sentence root."""
    n = 0
    while token.head.i != token.i and n < 50:
        token = token.head
        n += 1
    return n


def np_span(token: Token) -> tuple[int, int]:
    """The noun phrase headed by ``token``: its subtree without clauses, appositions and prepositions."""
    left = token.i
    right = token.i
    for child in token.children:
        if child.dep_ in CUT_DEPS and not (child.dep_ == "prep" and child.lower_ == "of" and child.i > token.i):
            continue
        sub = list(child.subtree)
        if child.i < token.i:
            left = min(left, sub[0].i)
        else:
            right = max(right, sub[-1].i)
    while left < token.i and token.doc[left].is_punct:
        left += 1
    return left, right + 1


def _joined_to_the_main_verb(verb: Token, head: Token) -> bool:
    """A past saying the parse joined to the progressive inside a that-clause is the main saying's: "Joyandet had
    suggested that the US was occupying Haiti and urged the UN to clarify ..." -- he urged, not the US (a finite past
    does not continue "was occupying"; "said that rebels were attacking the town and killed three soldiers" is the
    rebels' killing, no saying). So too after a thing's state: "Jindal said the coast was in a “war to stop this oil”
    but also asked Obama to put a quick end to a drilling moratorium" -- Jindal asked, not the coast."""
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.lemma_.lower() in L.SPEECH_VERBS
            and head.head.lemma_.lower() in L.SPEECH_VERBS and head.dep_ == "ccomp" and head.head.i != head.i
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)):
        return False
    if head.lemma_ == "be":
        return a_thing_acts(head)  # (not "Council members were upset ... and vowed to open an investigation, Dawaji said")
    return (head.tag_ in ("VBG", "VBN") and any(c.dep_ in ("aux", "auxpass") for c in head.children)
            and any(c.dep_ == "mark" for c in head.children))


def _told_before_an_inner_attribution(verb: Token, head: Token) -> Token | None:
    """The told words' verb, when a verb with no subject of its own is joined to an attribution set inside them: "The
    president did not specify which recommendations he would adopt, Reilly said, and urged the panel members to ..."
    -- the president urged; the reporter only tells (as the quote finder and the ledger read it)."""
    if (verb.dep_ != "conj" or head.lemma_.lower() not in L.SPEECH_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or not joining_words(verb)):
        return None  # (", Reilly said, and urged": joined by its "and"; not a headline run into the text, "..., says
        # Daniel J. Weiss President Barack Obama has made four trips")
    told = head.head if head.dep_ == "parataxis" and head.head.i < head.i else next(
        (c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    if told is None or any(t.is_quote for t in verb.doc[max(0, told.left_edge.i - 1) : head.i]):
        return None  # ("“We will fight on,” Gadhafi said, and vowed ...": a speaker's own words go on with the speaker)
    return told


def _subject(token: Token) -> tuple[Token | None, bool]:
    """The subject of a verb, climbing through xcomp, advcl, conj and pcomp heads; (token, passive)."""
    seen = 0
    current = token
    passive = True  # a passive subject counts as passive only on the verb itself or its conjuncts
    while seen < 6:
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    return current.head, False  # "a missile that fell": the missile
                return child, False
            if child.dep_ == "nsubjpass":
                return child, passive  # "X is set to confront Y": X confronts, the raising verb's passive stays there
        for child in current.children:
            if child.dep_ == "agent" and passive:
                return None, True
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl", "acomp") and current.head.i != current.i:
            head = current.head
            if current.dep_ == "advcl" and past_participle(current) and not any(c.dep_ in ("aux", "auxpass", "mark") for c in current.children):
                # "Asked whether ..., Clinton said", "Backed by NATO, rebels advanced": the participle's subject is
                # the one asked or backed, not the doer
                return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None), True
            # passive carries over to conjuncts and instruments ("missiles are used to hit": no actor), not raising
            passive = passive and (current.dep_ == "conj" or (current.dep_ == "xcomp" and head.lemma_ in P.INSTRUMENT_VERBS))
            if current.dep_ == "pcomp":
                prep = head.lower_
                head = head.head  # "after visiting": prep -> verb
                objs = [c for c in head.children if c.dep_ == "dobj"]
                if objs and (head.lemma_ in P.BLAME_VERBS or prep in P.OBJECT_DOER_PREPS):
                    return objs[0], False  # "blamed X for sending", "warned X against arming": X does it
            if current.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
                if head.dep_ == "dobj" and head.lemma_.lower() in P.DOCUMENT_NOUNS:
                    current = head.head  # "issued a statement demanding": the issuer demands
                    seen += 1
                    continue
                return None, False
            if current.dep_ == "xcomp":
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs and head.lemma_ not in P.INTENT_VERBS:  # "urge X to meet": X is the subject
                    return objs[0], False
            if _joined_to_the_main_verb(current, head):
                head = head.head
            elif (told := _told_before_an_inner_attribution(current, head)) is not None:
                head = told
            current = head
            seen += 1
            continue
        return None, False
    return None, False


def _agent(token: Token) -> Token | None:
    """The pobj of a passive 'by' agent."""
    for child in token.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _pobj(prep: Token) -> Token | None:
    """The object of a preposition."""
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
    return None


def _usable(token: Token | None) -> bool:
    """An argument that is not a date or number."""
    return token is not None and token.ent_type_ not in NUMBER_LABELS | TIME_LABELS


def _target(token: Token, noun: Token | None) -> Token | None:
    """Direct object, else an object of a target preposition on the trigger or its event noun."""
    objs = [c for c in token.children if c.dep_ in ("dobj", "dative") and not _munition_fired(token, c)]
    if token.dep_ == "relcl" and any(o.tag_ in ("WDT", "WP") for o in objs):
        objs = [token.head]  # "resolutions, which Russia has supported": the resolutions
    entityish = [o for o in objs if (o.pos_ == "PROPN" or o.ent_type_) and _usable(o)]
    if entityish:
        return entityish[0]
    heads = [token] + ([noun] if noun is not None else []) + [o for o in objs if noun is None or o.i != noun.i]
    fired = verb_lemma(token) in P.FIRING_VERBS
    for head in heads:
        for child in head.children:
            if child.lower_ == "from" and fired:
                continue  # "launched four Harrier jets from the USS Kearsarge": where they left, not what they hit
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and child.lower_ not in PLACE_PREPS - {"at"}:
                obj = _pobj(child)
                if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_) and _usable(obj):
                    if child.lower_ == "at" and (obj.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON")
                                                 or verb_lemma(head) in P.SPOKEN_AT_VERBS):
                        continue  # (not "Speaking at the Cypress Cove Marina": where the words were said)
                    return obj
    for head in heads:
        for child in head.children:
            if child.dep_ == "poss" and head.i != token.i and (child.pos_ == "PROPN" or child.ent_type_):
                return child
    if objs and (noun is None or objs[0].i != noun.i):
        return objs[0]
    if verb_lemma(token) in P.ENABLING_VERBS:  # "help North Korea develop satellites": North Korea is helped
        for clause in (c for c in token.children if c.dep_ in ("ccomp", "xcomp")):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_) and _usable(subj):
                return subj
    return None


def _munition_fired(verb: Token, obj: Token) -> bool:
    """What a firing verb fires ("fired Paveway guided bombs", "launches a Tomahawk missile") or launches ("launched
    four Harrier jump jets"): the weapon or the craft, not the target."""
    lemma, word = verb_lemma(verb), obj.lemma_.lower()
    return lemma in P.FIRING_VERBS and (word in P.MUNITION_NOUNS or (lemma == "launch" and word in P.LAUNCHED_CRAFT))


def _location(token: Token, noun: Token | None) -> Token | None:
    """A place in an 'in/at' phrase on the trigger or its noun."""
    for head in [token] + ([noun] if noun is not None else []):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                obj = _pobj(child)
                if obj is not None and not obj.ent_type_:  # "the Ukrainian city of Kharkiv"
                    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    inner = _pobj(of) if of is not None else None
                    if inner is not None and inner.ent_type_ in ("GPE", "LOC", "FAC"):
                        return inner
                if obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and obj.ent_type_ != "ORG" or (
                    obj is not None and obj.lower_ == "house" and obj.ent_type_
                ):
                    return obj
    return None


def _place_of_the_words(verb: Token, place: Token) -> bool:
    """A place (``place``, the saying's ``_location``) set before a saying set off by commas belongs to the words said:
    "In Libya, Vandewalle said, there is nothing beyond Gadhafi" places what he said, not his saying ("told reporters at
    Camp David" and "In Washington, Clinton said the United States was deeply concerned" place the remark)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return subject is not None and place.i < subject.i and after is not None and after.text == ","


def _names_a_thing(verb: Token) -> bool:
    """A verb of describing that gives its object a name or a description ("called the situation “one of the worst
    crises”", "described the spill as a catastrophe"), not a concern ("described it as a trend of great concern" is a
    statement)."""
    if verb_lemma(verb) not in P.DESCRIBE_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    named = [c for c in verb.children if c.dep_ in ("oprd", "xcomp")] + [
        _pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    return any(n is not None for n in named) and not any(_concern(t) for n in named if n is not None for t in n.subtree)


def _things_told(told: Token) -> bool:
    """A told clause of what things did or what became of them, with no one acting on anything and nothing to come:
    "Government buildings have collapsed", "an unknown number of casualties occurred in the fighting", "a huge amount
    has been achieved" (a body or a people is someone: "the country decided on an immediate cease-fire", "the
    organization has no immediate intention to intervene"; nor "investigators had uncovered a document", "elections ...
    will be held within a year", "the department is “very concerned”")."""
    subject = next((c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or not _a_thing_goes(told):
        return False
    if subject.lemma_.lower() in P.SOMEONE_NOUNS:
        return False
    return not any(c.tag_ == "MD" or c.dep_ in ("dobj", "dative") for c in told.children) and not any(
        _concern(t) for t in told.subtree)


def _words_assess(verb: Token) -> bool:
    """The words a saying reports are an assessment or a forecast, no act: a copula with what it calls the thing
    ("“It's an important milestone,” Hayward said in Houston"), a possibility ("could", "might", "may") or "going to"
    ("“The impact of the spill are going to be felt for decades,” ... told Reuters in Louisiana"), as does a verb that
    links like "be" ("“All of the indications so far look very encouraging,” he said in New Orleans"). A concern stays a
    statement ("said the United States was deeply concerned"), and so does a predicate with an act in its own clause
    ("“It's something our intelligence community is taking a hard look at,” Sullivan told reporters at Camp David").
    The speaker's own view ("“I do feel that ...,” Hayward said") and what anyone can see ("you can see plumes of oil")
    are none either, nor what goes on as before or what one is able to do. A participle placing the saying ("Speaking
    in Port-au-Prince, Mr Ban called the situation ... “one of the worst humanitarian crises in decades”") that hangs on
    a name or a description given to a thing is an assessment too."""
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i != verb.i and _names_a_thing(head):
        return True  # (the words of a saying it hangs on are not judged: "Speaking in Geneva, Ms Byrs said that the
        # decision to end the rescue operation was “heartbreaking” ..." tells the end of the rescue phase)
    for told in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
        auxiliaries = {c.lower_ for c in told.children if c.dep_ in ("aux", "auxpass")}
        predicates = [c for c in told.children if c.dep_ in ("attr", "acomp")]
        if _a_measure_moved(told) or any(_a_measure_moved(c) for c in told.children if c.dep_ == "conj"):
            return True  # "In the Gulf, BP said its oil-capture systems collected or burned off 23,725 barrels": a figure
        if told.lemma_ == "have" and any(c.dep_ == "dobj" for c in told.children) and not any(
                    t.dep_ in ("relcl", "acl", "ccomp", "xcomp") for t in told.subtree if t.i != told.i):
            return True  # "oysterman Kuzma Tesvich said he had had high hopes for 2010": what one has, no act
        if told.lemma_ in P.COPULAR_VERBS and predicates and not any(
                _concern(t) or (t.dep_ in ("relcl", "acl", "ccomp", "xcomp") and not _what_a_thing_is_for(t) and not any(
                    a.dep_ in ("aux", "auxpass") and a.lower_ in L.POSSIBILITY_MODALS for a in t.children))
                for p in predicates for t in p.subtree):
            return True  # (an act that only "can" or "could" be done is a possibility: "There's a chance that that
            # schedule can be accelerated")
        if (told.lemma_ == "expect" and any(c.dep_ == "auxpass" for c in told.children)) or (
                told.lemma_ == "be" and any(p.lower_ in P.LIKELIHOOD_WORDS for p in predicates)):
            return True  # "It is not expected to hurt current oil-capture systems ..., a BP executive told reporters in
            # Houston", "is likely to ...": a forecast
        first_person = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in L.FIRST_PERSON for c in told.children)
        own = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in told.children)  # (the speaker, most often)
        if first_person and told.lemma_ in P.OPINION_VERBS or own and told.lemma_ in P.HELD_VIEW_VERBS:
            return True  # "“I do feel that we have, for the first time, turned the corner,” Hayward said in Florida",
            # "President Preval told the Miami Herald newspaper in the US he feared thousands of his people had died": a view
        if auxiliaries & {"can", "could"} and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in told.children):
            return True  # "“If you look at the video you can see plumes of oil ...,” he told reporters": what anyone can see
        if auxiliaries & P.POSSIBILITY_AUX or (told.lower_ == "going" and not first_person  # ("We are going to establish
                                               and any(c.dep_ == "xcomp" for c in told.children)):  # law and order": a pledge)
            return True
        if _things_told(told):
            return True  # "“Government buildings have collapsed and we do not even have the support of the local
            # infrastructure,” Elisabeth Byrs said in Geneva": what things did or are, a description, no statement act
        if _still_going_on(told) or any(p.lemma_.lower() in CAPABILITY_WORDS for p in predicates):
            return True  # "crews were still aiming to finish drilling two relief wells in mid-August", "The agency is only
            # able to offer them basic medical care": what goes on, or what one can do, no act
    return False


CAPABILITY_WORDS = frozenset({"able", "unable"})  # "is only able to offer": what one can do


def _still_going_on(verb: Token) -> bool:
    """A progressive with "still": what goes on as before ("crews were still aiming to finish ..."), no act of a day."""
    return (verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
            and any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children))


def _what_a_thing_is_for(verb: Token) -> bool:
    """An infinitive that says what a thing named is for ("another way to do containment", "other ways to actually
    stop the flow"): no act of its own clause, as "It's something our intelligence community is taking a hard look at"
    holds one."""
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and to_infinitive(verb)  # (the parse may call it
    # a relative clause)


def _elaborating(verb: Token) -> bool:
    """A participle set after the act it tells more of, with no subject or conjunction of its own ("a hurricane will
    drench the area with oil this summer, killing the root structure"): as done, planned or possible as that act."""
    return (verb.tag_ == "VBG" and verb.i > verb.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children))


def _participle_of_a_future(verb: Token) -> bool:
    """A past participle set after an act to come, with no subject or conjunction of its own ("will meet Barack Obama at
    the White House on Wednesday prepared to offer concessions", the model's VBD): planned as that act is."""
    return (verb.tag_ in ("VBN", "VBD") and verb.i > verb.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in P.PLANNED_AUX for c in verb.head.children))


def _planned_by_its_head(verb: Token) -> bool:
    """A bare infinitive under a verb of plan ("was set to file a lawsuit", "was expected to extend"): planned; not
    what a thing was set up for ("BP has set up a $20 billion compensation fund to pay victims")."""
    head = verb.head
    return (verb.tag_ == "VB" and verb.dep_ == "xcomp" and head.lemma_ in P.PLAN_VERBS
            and not any(c.dep_ == "prt" for c in head.children))


def _mode(token: Token) -> tuple[str, bool, bool]:
    """(mode, intent, conditional) from auxiliaries, negation, intent heads and conditions."""
    children = list(token.children)
    lowers = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass", "neg")}
    negated = any(c.dep_ == "neg" for c in children)
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in P.CONDITION_MARKERS for m in c.children if m.dep_ == "mark") for c in children)
    conditional = conditional or any(m.dep_ == "mark" and m.lower_ in P.CONDITION_MARKERS for m in children)
    intent = False
    elaborated_planned = False
    head = token
    while (head.dep_ in ("xcomp", "conj") or head.dep_ == "advcl" and (to_infinitive(head) or _elaborating(head)
                                                                       or _participle_of_a_future(head))) \
            and head.head.i != head.i:
        if head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break  # a clause of its own: "Fish will have suffered but the decision could help regenerate stocks"
        if head.dep_ == "advcl" and (_elaborating(head) or _participle_of_a_future(head)):
            lowers |= {c.lower_ for c in head.head.children if c.dep_ in ("aux", "auxpass")}
            told = head.head  # "was set to file a lawsuit ..., alleging that ...": the plan's, or the planned act's
            elaborated_planned = _planned_by_its_head(told) or any(_planned_by_its_head(c) for c in told.children)
            break  # the act it tells more of lends its auxiliaries only ("will exceed ..., pledging"), not the intent
            # that act is under ("sought to distance himself ..., promising more generous treatment": he promised)
        came_by = head.dep_
        head = head.head
        if (head.lemma_ in P.INTENT_VERBS or head.lower_ in P.INTENT_VERBS) and came_by != "conj":
            intent = True  # (not an act joined to the intent verb as its sibling: "Judge Feldman agreed and in his
            # ruling on Tuesday sharply rebuked the U.S. government", bpoil_reuters, rebuked; "agreed to pay and to
            # restore" intends both)
        lowers |= {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        # "if the company decides to suspend its dividend": the condition is on the verb the act hangs from
        conditional = conditional or any(m.dep_ == "mark" and m.lower_ in P.CONDITION_MARKERS for m in head.children)
        if head.dep_ != "conj" and head.dep_ != "xcomp":
            break
    if token.dep_ in ("acomp", "xcomp") and token.head.lemma_ in P.INTENT_VERBS:
        intent = True
    likely = False
    if head.dep_ == "acomp" and head.head.i != head.i:
        # "should be able to capture most of the oil", "will be able to pay": the copula's auxiliaries are the act's;
        # "is likely to cut its dividend" is a likelihood, not an act
        lowers |= {c.lower_ for c in head.head.children if c.dep_ in ("aux", "auxpass")}
        likely = head.lower_ in P.LIKELIHOOD_ADJECTIVES
    if token.dep_ == "pcomp" and token.head.lower_ in P.MEANS_OR_SEQUENCE_PREPS and token.tag_ == "VBG":
        means = token.head.head  # "will risk incurring further wrath ... by defying calls": done when the act it is
        # the means of is, as that act's auxiliaries say; so too an act set before or after it ("He will address the
        # nation on Tuesday before meeting the BP executives on Wednesday", bpoil_reuters: the meeting is planned)
        for _ in range(3):  # the means of is, as that act's auxiliaries say
            lowers |= {c.lower_ for c in means.children if c.dep_ in ("aux", "auxpass")}
            if means.dep_ != "xcomp":
                break
            means = means.head
    planned = (bool(lowers & P.PLANNED_AUX) or intent or ("going" in lowers) or _still_to_come(token)
               or _in_a_time_clause(token) and _dated_to_come(token))
    if _planned_by_its_head(token) or elaborated_planned:
        planned = True
    hypothetical = bool(lowers & P.HYPOTHETICAL_AUX) or likely
    for anc in list(token.ancestors)[:4]:
        kids = {c.lower_ for c in anc.children if c.dep_ in ("aux", "neg", "advmod", "nsubj")}
        if kids & P.NEGATIVE_SUBJECTS or "n't" in kids or "not" in kids:
            negated = negated or token.dep_ in ("xcomp", "ccomp") and anc.i == token.head.i
        if kids & {"would", "could", "should", "might", "may"} and token.dep_ in ("xcomp", "ccomp", "advcl"):
            hypothetical = True
        if anc.dep_ not in ("xcomp", "ccomp", "conj"):
            break
    if any(c.lower_ in P.NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ in P.NEGATIVE_DETERMINERS for d in c.children)
           for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
        negated = True  # "Neither Allen nor BP gave an estimate", "No country has recognized ...": no one did it
    if any(_with_no(c) for c in token.children if c.dep_ == "dobj"):
        negated = True  # "has given no sign of standing down", "made no attempt": nothing was done
    if token.dep_ == "pcomp" and token.head.lower_ in P.OBJECT_DOER_PREPS and token.head.head.pos_ == "VERB":
        hypothetical = True  # "warned X against arming Y": warned of, not done
    if token.dep_ == "pcomp" and (token.head.lower_ in P.NOT_DONE_PREPS  # "without", or "instead" of "instead of"
                                  or token.head.i > 0 and token.doc[token.head.i - 1].lower_ in P.NOT_DONE_PREPS):
        negated = True  # "Instead of banning offshore drilling based on water depth, he barred drilling by ...": not done
    if token.dep_ == "xcomp" and any(c.lower_ in P.NOT_YET for c in token.head.children):
        negated = True
    if any(c.dep_ == "advmod" and c.lower_ in P.HEDGE_ADVERBS for c in children):
        hypothetical = True  # "a forecast shows the oil slick potentially striking the beaches later this week"
    forecast = _forecast(token)  # "predicted that Gadhafi will make any departure a messy one by firing missiles":
    hypothetical = hypothetical or forecast  # someone's forecast, however sure its "will"
    if (token.tag_ == "VB" and token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and any(c.dep_ == "neg" or (c.dep_ == "dobj" and _with_no(c)) for c in token.head.children)):
        negated = True  # "Deby offered no concrete evidence ... to back up his claims": the purpose of an act not done
    if token.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and _refused_by(token.head):
        negated = True  # "ruled out arming Libyan rebels", "refused to leave"
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and (
            (token.dep_ == "acl" and token.head.lemma_.lower() in P.REQUEST_NOUNS)
            or (token.dep_ == "advcl" and any(c.dep_ in ("nsubj", "mark") for c in token.children))):
        hypothetical = True  # "called for Gadhafi to resign", "an appeal to governments to help": wished for, not done
        # (a purpose of the subject's own act is done with it, "visited North Korea to sign an agreement", and a plan
        # is planned: "Putin's plan to pay a state visit")
    if negated:
        return "denied", intent, conditional
    if _alleged(token):
        return "alleged", intent, conditional
    if conditional or forecast or (hypothetical and (not planned or bool(lowers & P.POSSIBILITY_AUX))):
        # a plan or a readiness only possible is not planned: "Gadhafi may seek to block roads", "BP might be prepared
        # to agree"
        return "hypothetical", intent or hypothetical, conditional
    if planned:
        return "planned", True, conditional
    return "asserted", intent, conditional


def _still_to_come(token: Token) -> bool:
    """An infinitive describing a thing ("a final report, to be released January 11, by the National Commission", "the
    talks to be held in Doha"), or a passive one set off beside it: what is still to happen to it. A rank's infinitive
    tells what was done ("the first country to recognize the council"), an attempt's what was tried."""
    infinitive = to_infinitive(token)
    passive = infinitive and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in token.children)
    if not (token.dep_ == "acl" and token.tag_ == "VB" and infinitive or token.dep_ in ("acl", "advcl") and passive):
        return False  # (the parse hangs "to be released" set off by commas on the sentence's verb)
    noun = token.head
    if noun.lemma_.lower() in P.ATTEMPT_NOUNS:
        return False  # "An attempt to assassinate the deputy governor ... was thwarted": tried, not to come
    return not any(c.lower_ in P.RANK_WORDS or c.tag_ == "JJS" for c in noun.children if c.dep_ in ("amod", "advmod"))


def _under_verb(token: Token, lemmas: frozenset[str], links: frozenset[str], hops: int,
                last: frozenset[str] | None = None) -> bool:
    """The act sits under a verb of ``lemmas``, climbing at most ``hops`` dependency ``links`` (the one right under that
    verb one of ``last``, when given)."""
    node = token
    for _ in range(hops):
        if node.dep_ not in links or node.head.i == node.i:
            return False
        link, node = node.dep_, node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in lemmas and (last is None or link in last):
            return True
    return False


def _forecast(token: Token) -> bool:
    """The act sits under a verb of forecasting, within a few clause links, or in the clause of a verb of fearing."""
    return _under_verb(token, P.PREDICTION_VERBS, frozenset({"ccomp", "xcomp", "pcomp", "prep", "conj", "advcl"}), 4) \
        or _under_verb(token, P.FEAR_VERBS, frozenset({"ccomp", "xcomp", "conj", "advcl"}), 4, last=frozenset({"ccomp"}))


def _refused_by(verb: Token) -> bool:
    """A governing verb that refuses what it governs: "refuse", "reject", phrasal "rule out"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in P.REFUSING_VERBS or _rules_out(verb)


def _rules_out(verb: Token) -> bool:
    """The phrasal verb "rule out" ("ruled out sending ground troops")."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


LIST_DASHES = 4  # spaced dashes in one sentence that make it a box of items, not prose (prose sets off two asides)


def dash_list(sent: Span) -> bool:
    """A box of items and their outcomes run into one sentence ("Oil booms - partly successful Dispersant used -
    scientists warn it may kill marine life Huge dome placed over leak - became blocked by ice crystals Mile-long tube -
    fails ..."): ``LIST_DASHES`` spaced dashes or more. Its items are no account of what happened (on bpoil_bbc the
    box, copied on five pages, headed the briefing)."""
    doc = sent.doc
    return sum(1 for t in sent if (t.text in L.DASHES or t.text == "-") and t.whitespace_ and t.i > sent.start
               and doc[t.i - 1].whitespace_) >= LIST_DASHES


def question(sent: Span) -> bool:
    """A sentence that asks rather than reports ("Will anything convince Gadhafi to step down?")."""
    return sent.text.rstrip().rstrip("\"'”’»)").endswith("?")


def imperative(sent: Span) -> bool:
    """A sentence that bids rather than reports: its root a verb's bare form with no subject, opening it after any
    item number ("3) Ask NATO allies to do more.", a reader's "Let Korea blow itself up, ...")."""
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in root.children):
        return False
    return all(t.is_punct or t.like_num or t.is_space for t in sent.doc[sent.start : root.i])


def _with_no(noun: Token) -> bool:
    """A noun its determiner denies: "no sign", "no attempt", "no evidence"."""
    return any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def _withheld(token: Token) -> bool:
    """The act is what someone did not say, asked about, or what nothing shows: "did not say whether he supports
    providing arms", "Ibrahim said Koussa did not tell the government he planned to resign", "asked whether the U.S.
    intended to arm", "wants to know if BP managed the risk", "there was no sign that Gadhafi was prepared to step
    aside"."""
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        wonders = head.lemma_.lower() in P.WONDERING_VERBS
        if (head.lemma_.lower() in L.CUE_VERBS or wonders) and head.pos_ in ("VERB", "AUX") and node.dep_ in (
                "ccomp", "xcomp", "conj"):
            marks = {m.lower_ for m in node.children if m.dep_ == "mark"}
            if negated(head) or "whether" in marks or (wonders and "if" in marks):
                return True  # "wants to know if BP managed the risk ..., whether BP cut corners": asked, not done
        if head.pos_ == "NOUN" and node.dep_ in ("acl", "ccomp") and _with_no(head):
            return True  # "there was no sign that Gadhafi was prepared to step aside", "no evidence that NATO struck"
        node = head
    return False


def _asks_a_question(verb: Token) -> bool:
    """A verb of asking that puts a question, not a request: "Manchin asked Clapper what nations he thought posed the
    greatest threat", "Asked how often it has happened, Gates replied", "Stearns asks if the oil spilt ... is a
    consequence", "is asking about reports of an argument". What was asked is a question to someone, no act of the
    story (a request keeps its "to" or "for": "asks Obama to stop", "asking for written details")."""
    if verb_lemma(verb) not in L.QUESTION_CUES:
        return False
    if _asked_one(verb):
        return True
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        opening = child.left_edge  # the mark the parse may hang lower down: "asks if the oil spilt ... is"
        if child.dep_ in ("ccomp", "xcomp", "dobj") and (
                child.tag_ in L.QUESTION_TAGS or opening.tag_ in L.QUESTION_TAGS or opening.lower_ in L.QUESTION_MARKS
                or any(m.dep_ == "mark" and m.lower_ in L.QUESTION_MARKS for m in child.children)):
            return True
    return False


def _asked_one(verb: Token) -> bool:
    """A participle of asking set off after the one it describes: "Senior Obama adviser David Axelrod, asked on the “Fox
    News Sunday” program about hopes ..., said he was ..." (bpoil_reuters, dev; parsed as Axelrod's own "asked", a
    demand). The one named was asked, by no one the sentence names ("asked by NATO to hold" names who asks)."""
    if any(c.dep_ in ("aux", "auxpass", "agent", "nsubjpass", "dobj") for c in verb.children):
        return False  # ("Obama, in a letter, asked Congress to ...": whom he asked)
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(c.dep_ == "nsubj" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subject is not None and verb.i >= 2 and verb.doc[verb.i - 1].text == "," and subject.right_edge.i >= verb.i - 2
            and verb.dep_ in ("ccomp", "advcl") and verb.head.i > verb.i and verb.head.lemma_.lower() in L.SPEECH_VERBS)


def _topic_of_talk(token: Token) -> bool:
    """The act is what someone speaks or thinks about, not something done: "have yet to talk about reducing the
    nation's dependence on fossil fuels", "spoke about building a new well"."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ not in P.TOPIC_PREPS or prep.head.i == prep.i:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in L.CUE_VERBS | P.TALK_WORDS  # "comments about potentially
    # supplying weapons" name a possibility the act's own words weigh


def _verb_above(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse, or None."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _hung_on_a_noun(token: Token) -> Token | None:
    """A bare verb the parse hung on a noun ("to see Libya's president cede power" parsed with "cede" a compound of
    "power"): the verb governing it, of which it is a small clause; None for a verb with a clause of its own."""
    if token.tag_ != "VB" or token.dep_ not in ("compound", "amod", "nmod") or any(
            c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    return _verb_above(token)


def _weighed(token: Token) -> bool:
    """A gerund that a verb weighs, puts forward, backs or rules out names an act not done: "considered imposing a
    no-fly zone", "has been reluctant to consider using force alone", "proposed sending an international committee",
    "has not ruled out arming the Libyan opposition" ("began shelling", "continued firing" did it)."""
    node = first_conjunct(token)  # "considering deferring the payment or offering shareholders ...": the first gerund's
    # frame
    if node.tag_ != "VBG" or node.dep_ not in ("xcomp", "dobj", "ccomp", "advcl") or node.head.i == node.i:
        return False
    head = node.head
    if _rules_out(head):
        return True  # (the parse hangs "arming" of "has not ruled out arming" as an adverbial clause)
    return head.pos_ == "VERB" and head.lemma_.lower() in P.WEIGHING_VERBS and node.dep_ != "advcl"


def _in_a_time_clause(verb: Token) -> bool:
    """A simple present in a clause of time ("once Gadhafi resigns", "when British Prime Minister David Cameron meets
    Obama in Washington this week"; the parse may hang "when" as an adverb): in news told in the past, what is still to
    come, or what happens whenever something does."""
    return verb.dep_ in ("advcl", "ccomp") and verb.tag_ in ("VBZ", "VBP") and any(
        m.lower_ in P.FUTURE_TIME_MARKERS and (m.dep_ == "mark" or m.tag_ == "WRB" and m.i == verb.left_edge.i)
        for m in verb.children)


def _dated_to_come(verb: Token) -> bool:
    """A "when" clause of time with a time of its own: a plan, dated ("when the contact group meets in Rome next month",
    "when Cameron meets Obama in Washington this week"; LibyaWar_cnn and bpoil_reuters, dev: both had been shown as
    done); "once Gadhafi resigns" stays unrealised."""
    if not any(m.lower_ == "when" for m in verb.children):
        return False
    own = [t for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree]
    return any(t.ent_type_ in TIME_LABELS for t in own)


def unrealised(token: Token) -> bool:
    """The act is asked about, bid, called for, awaited or refused, not reported as done.

    An infinitive or bare verb is done only under an implicative head ("managed to flee", "made him resign"),
    checked up the chain ("trying to force him to resign": the trying is not the forcing), or as the purpose of a
    past act ("visited Pyongyang last week to sign a pact"); a present-tense verb
    in a time clause speaks of the future ("once Gadhafi resigns"). Intent heads ("plans to visit") are left to
    the planned mode; a past wish ("wanted to", "hoped to") is neither done nor a plan.
    """
    if question(token.sent) or imperative(token.sent) or _withheld(token) or _topic_of_talk(token):
        return True
    if _weighed(token):
        return True
    if (governor := _hung_on_a_noun(token)) is not None:
        return unrealised(governor) if governor.lemma_.lower() in P.IMPLICATIVE_HEADS else True
    if token.tag_ == "VBG" and token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "including":
        governor = _verb_above(token.head)  # "whether to use military force, including helping to enforce a no-fly
        if governor is not None:  # zone": an act one of those another names is as done as that one
            return unrealised(governor)
    node = token
    for _ in range(5):
        node = first_conjunct(node)  # "to step down and leave": the first verb's frame
        if _in_a_time_clause(node) and not (node is token and _dated_to_come(node)):
            return True
        if node.head.i == node.i:
            return False
        if _feared(node):
            return True
        if (seen := _seen_happen(node)) is not None:
            return seen
        infinitive = to_infinitive(node)
        bare = node.tag_ == "VB" and node.dep_ in ("ccomp", "xcomp", "advcl") and not any(
            c.dep_ in ("aux", "auxpass") for c in node.children
        )
        if not (infinitive or bare):
            return False
        head = node.head
        lemma = head.lemma_.lower()
        if lemma in P.DESIRE_VERBS and head.tag_ in ("VBD", "VBN"):
            return True  # "wanted to provide aid": a past wish, neither done nor a plan ("wants to" states an intent)
        if lemma in P.INTENT_VERBS:  # the subject's own plan is left to the planned mode; one on another is a wish
            return any(c.dep_ == "nsubj" for c in node.children)  # "want the administration to cancel the plans"
        purpose = node.dep_ == "advcl" and infinitive and head.tag_ == "VBD"  # "visited Pyongyang to sign a pact"
        if lemma not in P.IMPLICATIVE_HEADS and not purpose:
            return True
        node = head
    return False


def _feared(verb: Token) -> bool:
    """A gerund, active or passive, that a verb of fearing or escaping governs: "They feared being attacked by NATO",
    "fear being killed by his forces"; a clause a verb of fearing governs: "scientists fear it will fall back on older
    stockpiles"."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in P.FEARING_VERBS:
        return True
    return (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in P.FEARED_ACT_VERBS
            and (verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)))


def _seen_happen(verb: Token) -> bool | None:
    """For an act told as a small clause of seeing ("see Gadhafi driven out", "seeing Gadhafi step down"): whether it
    is only wished. Seen in a finite verb, or on an occasion ("after seeing ..."), it happened (False); wanted "to see"
    or held "in seeing", it did not (True). None when the act is no such clause."""
    see = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or see.lemma_.lower() not in P.PERCEPTION_VERBS or verb.tag_ not in ("VB", "VBN", "VBG"):
        return None
    if see.tag_ in ("VBD", "VBZ", "VBP"):
        return False
    if see.tag_ == "VBG" and see.dep_ == "pcomp" and see.head.lower_ in P.OCCASION_PREPOSITIONS:
        return False
    return see.tag_ in ("VB", "VBG")


def _alleged(token: Token) -> bool:
    """The act is a charge someone makes, not a fact the sentence states ("blamed X for sending", "allege X has supplied").
    A verb joined to the verb of charging with no subject of its own is that subject's own next act, not what is charged
    ("The country's earthquake disaster claimed tens of thousands of lives and destroyed the little that remained ...",
    "Saif ... blamed Libya's unrest on tribal factions and warned of civil war"); with one, the parse may have joined
    what is charged ("claims its business and thousands like it have been hit by BP's “negligence”")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ALLEGED_LINKS or node.head.i == node.i:
            return False
        child, node = node, node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in P.ALLEGATION_VERBS:
            return child.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    return False


ALLEGED_LINKS = frozenset({"ccomp", "xcomp", "pcomp", "pobj", "prep", "conj"})  # what a charge's words hang on it by


_VOCABULARY: frozenset[str] = frozenset(
    {*P.VERB_TRIGGERS, *P.LIGHT_VERBS, *P.REPORTING_VERBS, *P.INTENT_VERBS, *P.PLACED_REMARK_VERBS, *P.EASE_VERBS}
    | {verb for verb, _ in P.PHRASAL}
)


# Lemmas that can open a verb candidate (anything else is skipped before its children are read).
_TRIGGER_LEMMAS: frozenset[str] = frozenset(
    {*P.VERB_TRIGGERS, *P.LIGHT_VERBS, *P.PLACED_REMARK_VERBS, *P.EASE_VERBS, *P.PEACEKEEPING_VERBS}
    | {verb for verb, _ in P.PHRASAL}
    | {"seek", "take", "go", "have"}
)


def verb_lemma(token: Token) -> str:
    """The token's lemma, repaired from its inflected form when the tagger's lemma is not a known verb ('staged')."""
    lemma = token.lemma_.lower()
    if lemma in _VOCABULARY or not token.lower_.isalpha():
        return lemma
    word = token.lower_
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "stopped" -> "stop"
    return next((f for f in forms if f in _VOCABULARY), lemma)


def _event_noun(token: Token) -> Token:
    """The noun that names the event: 'a state of emergency' -> emergency, 'a wide variety of estimates' -> estimates,
    'a series of strikes' -> strikes (``P.OF_NOUNS``)."""
    if token.lemma_.lower() in P.OF_NOUNS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = _pobj(of) if of is not None else None
        if obj is not None:
            return obj
    return token


def _step_type(verb: Token, objects: list[Token]) -> tuple[str | None, Token | None]:
    """"Step" is a retreat only stepping down or aside ("Mubarak stepped down", "the U.S. will soon step aside"); stepping
    up an act is that act, done more ("Pro-Gadhafi forces stepped up their shelling of rebel positions", "stepped up
    sanctions on Gadhafi's regime"); stepping forward, in, into, out of or before the cameras is no event ("One man has
    stepped forward: John Shimkus", "Britain also stepped into the conflict by providing logistical support": its act is
    the providing)."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    from_back = any(t.dep_ == "prep" and t.lower_ == "from" for c in verb.children if c.lower_ == "back" for t in c.children)
    if words & P.STEPPING_ASIDE or "back" in words and ("from" in words or from_back):
        return "RETREAT", None  # ("Amr Moussa ... stepped back from his earlier criticism of airstrikes"; not "quickly
        # replaced the cover and stepped back")
    if "up" in words:
        noun = next((o for o in objects if o.lemma_.lower() in P.NOUN_TRIGGERS and o.dep_ == "dobj"), None)
        if noun is not None:
            return _noun_type(noun), noun
    return None, None


def _crowd(token: Token | None) -> bool:
    """A subject that is a crowd of people (students, thousands, workers) rather than an office."""
    if token is None:
        return False
    words = {t.lemma_.lower() for t in token.subtree if t.i <= token.i or t.dep_ in ("prep", "pobj")}
    return bool(words & P.CROWD_WORDS) or token.pos_ == "NUM"


def _tells_an_act(clause: Token) -> bool:
    """Whether a told clause's own verb, or one joined to it, can open an event ("its forces hit vehicles") or is negated,
    not only a state or a change ("costs would rise", "costs would rise sharply when the oil slick hit land": the time clause's
    verb is not what is told)."""
    verbs, k = [clause], 0
    while k < len(verbs):
        verbs.extend(c for c in verbs[k].children if c.dep_ in ("conj", "xcomp", "ccomp", "acomp"))
        k += 1
    return any(t.pos_ == "VERB" and verb_lemma(t) in P.VERB_TRIGGERS or any(c.dep_ == "neg" for c in t.children)
               for t in verbs)  # (owning up to an act not done is a concession: "We have not been able to stop the flow")


def _verb_type(token: Token) -> tuple[str | None, Token | None]:
    """Type of a verb trigger (phrasal verbs and light verb + event noun included) and its event noun."""
    lemma = verb_lemma(token)
    objects = [_event_noun(c) for c in token.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    if not objects:  # "Sepulvado gave that account Tuesday": a lone dative is the thing given, as the parse missed
        objects = [_event_noun(c) for c in token.children if c.dep_ == "dative" and c.pos_ == "NOUN"]
    object_lemmas = {o.lemma_.lower() for o in objects}
    if lemma in P.STEP_VERBS:
        return _step_type(token, objects)
    if lemma in P.DESCRIBE_VERBS and "dobj" in (deps := {c.dep_ for c in token.children}) and (
            "oprd" in deps or any(g.dep_ == "oprd" for c in token.children if c.dep_ == "dobj" for g in c.children)):
        return None, None  # "The new CEO called the Gulf oil spill a “wake-up call” for the entire industry": what a thing
        # is called, no call for anything ("called on his supporters to march -- unarmed --" is one); the predicate may
        # hang on the object ("calling the February tests “preliminary”", "tests" read as a verb)
    for child in token.children:
        if child.dep_ in ("prt", "prep", "dobj") and (lemma, child.lemma_.lower()) in P.PHRASAL:
            return P.PHRASAL[(lemma, child.lemma_.lower())], None
    if lemma in P.FIRING_VERBS and object_lemmas & P.MUNITION_NOUNS and (lemma != "launch" or any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "against") and (o := _pobj(c)) is not None
            and o.ent_type_ not in ("DATE", "TIME") for c in token.children)):
        return "FIGHT", None  # "launched missiles at Libya's air defenses": force; a missile launched at no one is a
        # test or a show of force (MOBILIZE)
    if lemma in P.EASE_VERBS and object_lemmas & P.RESTRICTION_NOUNS:
        return "CONCEDE", None  # lifting a curfew or a state of emergency is a verbal concession
    if lemma in ("allow", "admit", "receive", "permit") and object_lemmas & P.ACCESS_NOUNS:
        return "RETREAT", None  # letting observers or aid in: RETREAT (access)
    if lemma == "accept" and object_lemmas & {"offer", "proposal", "invitation", "mediation", "plan"}:
        return "AGREE", None
    if lemma == "fail" and not any(c.dep_ == "xcomp" for c in token.children):
        return None, None
    if lemma in P.ADMISSION_VERBS and any(c.dep_ == "ccomp" and not _tells_an_act(c) for c in token.children):
        return None, None  # "admitted costs would rise sharply", "admitted today that the economy was facing strong
        # headwinds": a state or a forecast owned up to is a view told, no act ("NATO admitted its forces hit vehicles"
        # owns up to one, and stays)
    protester = next((c for c in token.children if c.dep_ == "nsubj"), token.head if token.dep_ in ("acl", "relcl") else None)
    if lemma == "protest" and _crowd(protester):
        return "PROTEST", None
    if lemma == "attack" and _attacked_in_words(token):
        return "DISAPPROVE", None
    if P.VERB_TRIGGERS.get(lemma) == "PROTEST" and lemma in ("strike", "block", "blockade", "stage", "rally") and not _crowd(protester):
        return _no_crowds_act(token, lemma, objects)
    if lemma in P.PEACEKEEPING_VERBS and any(
        w.lower_ in P.PEACEKEEPING_WORDS for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for w in c.subtree
    ):
        return "AID", None  # peacekeepers sent or arriving: military protection is aid
    if lemma == "go" and any(
        c.dep_ == "prep" and c.lower_ == "on" and (_pobj(c) is not None and _pobj(c).lemma_.lower() == "strike") for c in token.children  # type: ignore[union-attr]
    ):
        return "PROTEST", None  # "went on strike"
    if lemma == "seek" and any(o.pos_ == "NOUN" for o in objects) and not any(c.dep_ == "xcomp" for c in token.children):
        return "DEMAND", None  # "sought talks", "sought aid": a request
    if P.VERB_TRIGGERS.get(lemma) == "FIGHT" and object_lemmas & L.REFERRING_NOUNS:
        return "REJECT", None  # "he shot down speculation that the first of the two wells could plug the leak": a
        # claim fought is a claim rejected
    if lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to" and (o := _pobj(c)) is not None and o.lemma_.lower() == "street" for c in token.children
    ):
        return "PROTEST", None  # "took to the streets"
    if P.VERB_TRIGGERS.get(lemma) == "AID" and any(
            t.ent_type_ == "PERCENT" for c in token.children if c.dep_ == "advmod" for t in c.subtree):
        return None, None  # "In 2000, the company gave almost 39 percent more to Republicans than to Democrats": a share
    if lemma in P.ENABLING_VERBS and not any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in P.NOUN_TRIGGERS for c in token.children):
        return None, None  # "Obama's visit ... helped to dampen it": what an act did, in the writer's view; the act is
        # its own event
    if P.VERB_TRIGGERS.get(lemma) in ("AGREE", "AID") and object_lemmas & (P.OPINION_THINGS | P.OCCASION_THINGS):
        return None, None  # "offered a similar view", "gave their take": an opinion given, no act; "gives Obama a chance"
    if lemma in P.VERB_TRIGGERS and P.VERB_TRIGGERS[lemma] == "AGREE" and objects:
        return "AGREE", None  # "offered concessions", "pledged aid": the offer is the event
    if lemma == "have" and object_lemmas & P.RELATION_NOUNS:
        return None, None  # "Younis or those close to him had ongoing ties to Gadhafi": a relation held, no act
    if lemma == "have" and object_lemmas & P.RESTRICTION_NOUNS:
        return None, None  # "“We have a national emergency on our hands,” Reich said": a state or a rule in force, no
        # act (declaring, imposing or lifting one is)
    if lemma in P.LIGHT_VERBS:
        for noun in objects:
            if noun.lemma_.lower() in P.NOUN_TRIGGERS and noun.dep_ != "nsubjpass":
                return _noun_type(noun), noun
    if P.VERB_TRIGGERS.get(lemma) == "AID" and object_lemmas & P.PAYMENT_DEMANDS:
        return "DEMAND", None  # "The Coast Guard sent BP a bill Thursday for $69 million": payment asked for, no aid
    words_given = _object_is_the_head(token) and token.head.lemma_.lower() in P.WORDS_SENT
    if P.VERB_TRIGGERS.get(lemma) == "AID" and (object_lemmas & P.SPOKEN_THINGS or words_given):
        return P.STATEMENT, None  # "Gadhafi delivered a defiant, rambling speech", "gave interviews to all three major
        # U.S. television networks", "gave details of its own preliminary findings", "a speech delivered Sunday by Saif
        # al-Islam Gadhafi", "A letter Speaker John Boehner sent to President Obama": words given, no aid
    if lemma in P.VERB_TRIGGERS:
        return P.VERB_TRIGGERS[lemma], None
    return None, None


def _object_is_the_head(verb: Token) -> bool:
    """The noun a participle or relative clause hangs on is what the verb acts on: "a speech delivered Sunday by X",
    "a letter Boehner sent to Obama" (a relative clause with a subject of its own and no object)."""
    if verb.head.pos_ != "NOUN" or verb.head.i == verb.i:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    return verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _caused_a_harm(verb: Token) -> bool:
    """A verb of aid "to" what went wrong ("contributed to the disaster", "added to the problems"): a cause told."""
    return verb.lemma_.lower() in P.CAUSING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "to" and (o := _pobj(c)) is not None and o.lemma_.lower() in P.HARM_NOUNS
        for c in verb.children)


def _a_sum(token: Token) -> bool:
    """The object is an amount of money ("hit $550 million", "shelling out a total of $53.5 million"), not a thing a sum
    is in ("blocked access to at least $30 billion in assets")."""
    if token.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in token.children):
        return True
    return token.lemma_.lower() in ("total", "sum", "amount") and any(
        c.dep_ == "prep" and c.lower_ == "of" and (o := _pobj(c)) is not None and _a_sum(o) for c in token.children)


def _a_measure_moved(verb: Token) -> bool:
    """What the verb takes or reaches is a measure: an object that is a quantity with its unit, a share or an amount
    ("15,420 barrels", "more of the torrent"), a level ("an all-time high"), or a rise or fall to or by one ("fell to
    2,200 barrels")."""
    shared = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "dobj" for c in verb.children) else verb
    objects = [c for c in shared.children if c.dep_ == "dobj"] if shared is not verb else []
    for child in [*verb.children, *objects]:  # ("collected or burned off 23,725 barrels": the object both verbs share)
        if child.dep_ == "dobj" and (child.ent_type_ in P.MEASURE_LABELS or _an_amount_of_a_thing(child)
                                     or child.lemma_.lower() in P.QUANTITY_SUBJECTS or child.lower_ in P.LEVEL_WORDS):
            return True  # (a market's figure driven: "drove the equipment sector index higher"; a level reached: "hit an
            # all-time high")
        if child.dep_ == "prep" and child.lower_ in ("to", "by") and (o := _pobj(child)) is not None \
                and o.ent_type_ in P.MEASURE_LABELS and verb.lemma_.lower() in P.CHANGE_VERBS:
            return True
        if child.dep_ in ("npadvmod", "dobj") and child.ent_type_ in P.CHANGED_BY_LABELS and verb.lemma_.lower() in P.CHANGE_VERBS:
            return True  # "BP depositary shares trading in New York fell nearly 16 percent": by how much a figure moved
    return False


def _a_market_figure_given_up(verb: Token) -> bool:
    """What the verb gives up is a market's figure ("has given up more than half its market value"), which no one
    hands over."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in P.MARKET_FIGURES for c in verb.children)


def _an_amount_of_a_thing(word: Token) -> bool:
    """"more of the torrent of oil", "much less of the leaking oil": an amount of something no name is (not "most of
    the city", "more of Misrata", nor "more than a decade ago")."""
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return word.lemma_.lower() in P.AMOUNT_WORDS and of is not None and not any(t.ent_type_ in NAME_LABELS for t in of.subtree)


def _attacked_in_words(verb: Token) -> bool:
    """An attack made in words: on a person by a person ("James Carville attacked Obama this morning", "seen to attack
    Obama on an issue"), or for what someone did ("is attacked afterwards for his refusal to answer"). Forces attacking a
    town, a convoy or "his own people" stay an assault."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        reason = _pobj(prep)  # what for: a doing ("for retaining his cool") or someone's act ("for his refusal"),
        if reason is not None and (reason.tag_ == "VBG" or any(c.dep_ == "poss" for c in reason.children)):
            return True  # not a time ("For the first time, NATO forces attacked ...")
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    doer, passive = _subject(verb)  # ("were continuing to attack Misrata": the forces of the verb above)
    return (target is not None and target.ent_type_ == "PERSON" and not passive and doer is not None
            and doer.ent_type_ == "PERSON" and doer.lemma_.lower() not in P.MIL_TITLES)


def _no_crowds_act(verb: Token, lemma: str, objects: list[Token]) -> tuple[str | None, Token | None]:
    """What a verb of dissent tells when no crowd does it: NATO "struck a command and control center" (force), the
    White House "blocked government scientists from warning" or the U.S. "blocked access to $30 billion" (restriction),
    Gadhafi "rallied his supporters" (mobilising); "struck a deal" agrees, "struck oil" or "struck a similar note" and
    "staged a high-profile event" tell no act, "staged an attack" the act its noun names."""
    nouns = {o.lemma_.lower() for o in objects}
    if lemma == "strike":
        if nouns & P.AGREEMENT_NOUNS:
            return "AGREE", None
        if nouns & P.STRUCK_FINDS or any(c.dep_ == "prt" or c.lower_ == "back" for c in verb.children):
            return None, None  # ("Transocean has struck back ..., accusing BP": a retort, which its own verb tells)
        return "FIGHT", None
    if lemma in ("block", "blockade"):
        return "COERCE", None
    if lemma == "rally":
        return ("MOBILIZE", None) if objects else ("PROTEST", None)
    noun = next((o for o in objects if o.lemma_.lower() in P.NOUN_TRIGGERS), None)  # "stage"
    return (_noun_type(noun), noun) if noun is not None else (None, None)


def _binding(noun: Token) -> bool:
    """An agreement that commits its parties (a defense pact, 'in which they agreed to provide assistance')."""
    if noun.lemma_.lower() not in P.AGREEMENT_NOUNS:
        return False
    return any(t.lemma_.lower() in P.COMMITMENT_WORDS for t in noun.subtree if t.i != noun.i)


def _noun_type(noun: Token) -> str:
    """Type of an event noun ('joint exercises' are cooperation)."""
    lemma = noun.lemma_.lower()
    if lemma in P.JOINT_NOUNS and any(c.lower_ == "joint" for c in noun.children):
        return "COOPERATE"
    if lemma == "strike" and not any(c.lemma_.lower() in P.STOPPAGE_WORDS for c in noun.children) and not _crowd(
            next((c for c in noun.head.children if c.dep_ == "nsubj"), None)):
        return "FIGHT"  # "launched aerial strikes", "conducted an air strike": blows, not a stoppage of work
    return P.NOUN_TRIGGERS[lemma]


def _noun_actor(noun: Token) -> tuple[Token | None, Token | None]:
    """Actor and target of an event noun: possessor, 'between X and Y', 'by X', compound names."""
    actor = target = None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            actor = child
        elif child.dep_ == "prep" and child.lower_ == "between":
            obj = _pobj(child)
            if obj is not None:
                actor = obj
                conj = [c for c in obj.children if c.dep_ == "conj"]
                target = conj[0] if conj else None
        elif child.dep_ == "prep" and child.lower_ == "by" and actor is None:
            actor = _pobj(child)
        elif child.dep_ == "prep" and child.lower_ in ("with", "to", "against", "on") and target is None:
            obj = _pobj(child)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_):
                target = obj
    if actor is None and noun.head.lemma_ == "plan":  # "Putin's plan to pay a state visit"
        verb = noun.head
        for child in verb.children:
            if child.dep_ == "poss":
                actor = child
    if actor is None and noun.head.dep_ in ("xcomp",) and noun.dep_ == "dobj":
        holder = noun.head.head  # "plan to pay a visit": the plan noun's possessor
        if holder.lemma_ == "plan":
            for child in holder.children:
                if child.dep_ == "poss":
                    actor = child
    return actor, target


def _private_feeling(token: Token) -> bool:
    """A worry or concern (``token``: "worried", "concerned", "have" of "have concerns") that no one voiced, felt by a
    person the sentence gives no title: "Mohamed was worried about his family's safety", "Al-Obeidy, who ... is
    concerned about the health of her father"; or one's own, told ("He said he was also worried that ..."). A
    country's or an office's concern said ("Germany says it is concerned", "Clinton said the United States was deeply
    concerned") is a statement of one."""
    if _for_ones_kin(token):
        return True
    clause = token.head if token.dep_ == "acomp" else token
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WP" and clause.dep_ == "relcl":
        subj = clause.head  # "Al-Obeidy, who has spent time with her sister and is concerned ...": the one the clause is on
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "i")):
        return False
    if _told(clause):
        return subj.pos_ == "PRON"  # "He said he was also worried that the oil contains traces of dispersants": one's
        # own state of mind, told (a country's or an office's concern said is its statement: "Clinton said the United
        # States was deeply concerned")
    return not any(t.lemma_.lower() in L.ROLE_NOUNS for t in subj.subtree if t.i <= subj.i)


def _a_states_concern(token: Token) -> bool:
    """A concern (``token``: "concerned", "have" of "have concerns", "expressed" of "expressed concern") that a state
    voices: a country or a government body, said or felt ("Germany said it was concerned", "the administration, which
    was concerned about ...", "The United States is concerned about ..."), or one holding a public office who says it
    ("Western counterterrorism officials say they are concerned", "China's ambassador said his country ..."). Anyone
    else's is an opinion or a state of mind (dev draws, bpoil_washingtonpost and bpoil_reuters: "Donnelly also expressed
    concern about campaign contributions", "Some Louisiana officials are concerned that ...", "BP also said it had
    concerns about the cementing job", "The oil company has expressed concern many times", "the spill has raised
    concerns globally"). A holder the sentence does not give (a pronoun no saying names) keeps the concern."""
    clause = token.head if token.dep_ == "acomp" else token
    holder, _ = _subject(clause)
    voiced = clause.pos_ not in ("AUX", "ADJ") and clause.lemma_.lower() not in ("be", "have")
    if holder is not None and holder.pos_ == "PRON" and _told(clause):
        saying = first_conjunct(clause)
        saying = saying.head if saying.dep_ in ("ccomp", "parataxis") else saying
        holder, voiced = next((c for c in saying.children if c.dep_ == "nsubj"), None), True
    if holder is None or holder.pos_ == "PRON":
        return True
    words = list(holder.subtree)
    if holder.ent_type_ in ("GPE", "NORP") or any(t.lemma_.lower() in L.STATE_BODY_WORDS for t in words):
        return True
    return voiced and any(t.lemma_.lower() in L.PUBLIC_OFFICE_NOUNS for t in words)


def _told(clause: Token) -> bool:
    """Whether a clause is what a verb of saying reports ("said he supported ...", "..., he said")."""
    clause = first_conjunct(clause)
    return (clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in L.SPEECH_VERBS) or any(
        c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in L.SPEECH_VERBS for c in clause.children)


def _backs_a_thing(verb: Token) -> bool:
    """A said support of a thing, not of a party or an act: "Young said he supported a military-style chain of command",
    "the Coast Guard said it supported the barge project", "Collins supports a no-fly zone": a view told, no act ("NATO
    said it backed the rebels" is a party's side taken)."""
    if verb.lemma_.lower() not in P.VIEW_SUPPORT_VERBS or not _told(verb):
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ != "NOUN":
        return False
    # not a side taken, a party's act backed or an act agreed to ("supports the people and the revolution", "supporting
    # the NATO mission", "supports a cease-fire")
    things = [thing, *(c for c in thing.subtree if c.dep_ == "conj")]
    return not any(t.ent_type_ in PARTY_LABELS for t in thing.subtree) and not any(
        t.lemma_.lower() in L.PARTY_NOUNS or t.lemma_.lower() in P.SIDE_NOUNS or _compound_word(t) in P.NOUN_TRIGGERS
        for t in things)


def _for_ones_kin(token: Token) -> bool:
    """A worry about one's own kin, said or not: "She also said she was worried about her other daughter", "Ahmed said
    she was also concerned for the safety of her other daughter", "is concerned about the health of her father"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("about", "for", "over"):
            if any(t.lemma_.lower() in L.KIN_NOUNS and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children)
                   for t in prep.subtree):
                return True
    return False


def _gives_time_to_act(verb: Token) -> bool:
    """A span of time given to someone to do something ("gave BP officials 24 hours to provide ...", "gave the company
    two days to come up with a fix"): a demand with a deadline."""
    if verb.lemma_.lower() not in P.TIME_GIVING_VERBS:
        return False
    spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")
             and (c.ent_type_ in ("TIME", "DATE") or c.lemma_.lower() in P.SPAN_NOUNS)]
    return any(to_infinitive(v) for span in spans for v in (*verb.children, *span.children)
               if v.dep_ in ("advcl", "xcomp", "relcl", "acl"))


def _describes_someone(token: Token) -> bool:
    """A concern word right after the people it describes, with no subject or auxiliary of its own ("others worried
    about the slick", parsed as a clause of the sentence's verb): it says who they are, not that anyone voiced it."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (token.dep_ in ("advcl", "acl", "amod") and before is not None and before.pos_ in ("NOUN", "PRON")
            and before.head.i != token.i and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children))


def _speakers_motive(token: Token) -> bool:
    """A concern word opening a saying's clause with no subject of its own ("Concerned about the damage to tourism,
    Mississippi Governor Haley Barbour said ... that his state's beaches have only a few tar balls"): why the speaker
    says what follows, no statement of concern (what is said is the saying's)."""
    return (token.dep_ == "advcl" and token.i < token.head.i and token.head.lemma_.lower() in L.SPEECH_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children))


def _concern(token: Token) -> bool:
    """'is concerned about', 'have concerns', 'of great concern to': an expression of concern."""
    return token.lower_ in P.CONCERN_WORDS or token.lemma_.lower() in P.CONCERN_WORDS


def find_candidates(sent: Span) -> list[EventCandidate]:
    """Event candidates in one sentence, in text order."""
    found: list[EventCandidate] = []
    used_nouns: set[int] = set()
    tokens = list(sent)
    for token in tokens:
        if ((token.pos_ in ("VERB", "AUX") and verb_lemma(token) in _TRIGGER_LEMMAS and not noun_read_as_verb(token))
                or (token.pos_ == "ADJ" and _concern(token))):  # ("calling the February tests preliminary": no act "test")
            cand = _verb_candidate(token)
            if cand is not None:
                if cand.noun is not None:
                    used_nouns.add(cand.noun)
                if token.dep_ == "acl":
                    used_nouns.add(token.head.i)  # "the pact ..., signed on Wednesday": one event, not two
                found.append(cand)
    for token in tokens:
        if token.pos_ == "NOUN" and token.i not in used_nouns and token.lemma_.lower() in P.NOUN_TRIGGERS:
            cand = _noun_candidate(token)
            if cand is not None:
                found.append(cand)
    by_trigger = {c.trigger: c for c in found}
    for cand in found:  # "vowed to retaliate", "pledged to strike": a promise of force is a threat
        if cand.type == "AGREE" and cand.noun is None and verb_lemma(sent.doc[cand.trigger]) in P.VOW_VERBS:
            inner = [by_trigger.get(c.i) for c in sent.doc[cand.trigger].children if c.dep_ == "xcomp"]
            if any(i is not None and i.type in P.HOSTILE_TYPES for i in inner):
                cand.type = "THREATEN"
    triggers = set(by_trigger)
    for token in tokens:
        if token.dep_ == "ccomp" and token.pos_ in ("VERB", "AUX"):
            cand = _obligation_candidate(token)
            if cand is not None and cand.trigger not in triggers:
                triggers.add(cand.trigger)
                found.append(cand)
    return sorted(found, key=lambda c: c.trigger)


def act_of(doc: Doc, cand: EventCandidate) -> str:
    """The act a candidate names, for merging: the event noun's lemma, else the verb's with its particle.

    A light verb on a noun it modifies ("the pact ..., signed on Wednesday") names that noun's act, and every
    agreement noun is one act ("signed an agreement" and "the pact, signed" report the same signing).
    """
    trig = doc[cand.trigger]
    if cand.noun is not None:
        lemma = doc[cand.noun].lemma_.lower()
    elif trig.dep_ == "acl" and trig.head.pos_ == "NOUN" and verb_lemma(trig) in P.LIGHT_VERBS:
        lemma = trig.head.lemma_.lower()
    else:
        lemma = verb_lemma(trig)
        particle = next((c.lemma_.lower() for c in trig.children if c.dep_ == "prt"), None)
        lemma = f"{lemma} {particle}" if particle else lemma
    if cand.type == P.INCIDENT and lemma in P.ONSET_VERBS:
        return "strike"  # "the quake struck" and "an earthquake hit Haiti" tell one onset
    if cand.type == P.INCIDENT and (lemma.split()[0] in P.BLAST_VERBS or (
            trig.dep_ in ("advcl", "conj") and blast_verb(trig.head) is not None)):
        return "explode"  # "the rig exploded" and "the well blew out" tell one blast; "..., killing 11 workers" is the blast's
    return "agreement" if lemma in P.AGREEMENT_NOUNS else lemma


def _clause_span(token: Token) -> tuple[int, int]:
    """The token's whole clause as (start, end) token indices, without trailing punctuation."""
    return token.left_edge.i, subtree_end(token)


def record_candidates(sent: Span) -> list[EventCandidate]:
    """Candidates for the story record: ``find_candidates`` plus speech-act readings the PLOVER coder leaves out.

    Adds accusations ("X said last week Y had fired ..."), characterisations of concern ("described Z as a
    trend of great concern") and gives acts reported under a remark noun its owner as actor ("Putin's
    comments about supplying weapons": hypothetical, dated by the remark).
    """
    found = find_candidates(sent)
    for cand in found:
        _speech_frame(sent.doc, cand)
    triggers = {c.trigger for c in found}
    by_trigger = {c.trigger: c for c in found}
    for token in sent:
        gathering = _news_present_gathering(token)
        if gathering is not None:
            if token.i in by_trigger:
                by_trigger[token.i].present = True
            else:
                triggers.add(token.i)
                found.append(gathering)
    for token in sent:
        if token.i in triggers or token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
            continue
        extra = _accusation(token, by_trigger) or _characterisation(token)
        if extra is not None:
            triggers.add(extra.trigger)
            found.append(extra)
    return sorted(found, key=lambda c: c.trigger)


def _news_present_gathering(token: Token) -> EventCandidate | None:
    """'The meeting of the 15-member council comes after ...': the body that meets, in the news present."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in P.GATHERING_NOUNS or token.dep_ != "nsubj":
        return None
    verb = token.head
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ not in P.NEWS_PRESENT_VERBS:
        return None
    actor, target = _noun_actor(token)
    if actor is None:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        actor = _pobj(of) if of is not None else None
    if actor is None:
        return None
    return EventCandidate(
        trigger=token.i, type="CONSULT", mode="asserted", depth=depth(token), actor=np_span(actor),
        target=np_span(target) if target is not None else None, noun=token.i, present=True,
    )


def _speaker(token: Token) -> Token | None:
    """The named or pronoun subject of a reporting verb (not 'it', 'this', 'we'; not the press: "Gadhafi forces fired
    three rockets ..., said CNN reporters" relays the firing, no one accuses anyone)."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "we", "i", "they", "you", "which", "who", *L.PRESS_WORDS):
        return None
    return subj


def _accusation(token: Token, by_trigger: dict[int, EventCandidate]) -> EventCandidate | None:
    """'X said Y had fired missiles toward Z': X accuses Y (DISAPPROVE), the reported clause kept for the merge."""
    if verb_lemma(token) not in P.ACCUSING_VERBS:
        return None
    speaker = _speaker(token)
    for child in token.children:
        inner = by_trigger.get(child.i) if child.dep_ == "ccomp" else None
        if inner is None or inner.type not in P.ACCUSED_TYPES or inner.mode != "asserted" or inner.actor is None:
            continue
        if speaker is None or speaker.i in range(*inner.actor):
            return None
        return EventCandidate(
            trigger=token.i, type="DISAPPROVE", mode="asserted", depth=depth(token), actor=np_span(speaker),
            target=inner.actor, reporting=True, clause=_clause_span(child), accusation=True,
        )
    return None


def _characterisation(token: Token) -> EventCandidate | None:
    """'X described Z as a trend of great concern': a statement of concern about Z."""
    if verb_lemma(token) not in P.DESCRIBE_VERBS:
        return None
    speaker = _speaker(token)
    if speaker is None:
        return None
    heads = [token] + [c for c in token.children if c.dep_ in ("xcomp", "dobj")]
    for head in heads:
        for prep in head.children:
            obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "as" else None
            if obj is not None and any(_concern(t) for t in obj.subtree):
                first = min(t.i for h in heads if h.i != token.i for t in h.subtree) if len(heads) > 1 else prep.i
                end = _clause_span(prep)[1]
                return EventCandidate(
                    trigger=token.i, type=P.STATEMENT, mode="asserted", depth=depth(token), actor=np_span(speaker),
                    reporting=True, clause=(first, end),
                )
    return None


def _speech_frame(doc: Doc, cand: EventCandidate) -> None:
    """An act under a remark noun with a possessor ('Putin's comments about supplying') gets that actor."""
    trig = doc[cand.trigger]
    if cand.actor is not None or trig.dep_ != "pcomp" or trig.head.lower_ not in P.FRAME_PREPS:
        return
    noun = trig.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in P.SPEECH_NOUNS:
        return
    owner = next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_)), None)
    if owner is None:
        return
    cand.actor = np_span(owner)
    cand.frame = noun.i
    cand.mode = "hypothetical"  # what a remark is about, not an act that took place
    cand.intent = True


def _obligation_candidate(token: Token) -> EventCandidate | None:
    """'X said Y must Z': X demands of Y (the reporting verb is the trigger, Y the target). With a perfect ("must have
    come from someone else", "Transocean should have exercised its power") it is a conclusion or a reproach about what
    was, no demand; with "be able" or "be likely" a forecast."""
    if not any(c.dep_ == "aux" and c.lower_ in P.OBLIGATION_AUX for c in token.children):
        return None
    if perfect(token):
        return None
    if token.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in P.ABLE_OR_LIKELY for c in token.children):
        return None  # "This operation should be able to capture most of the oil, Suttles said": a forecast, no demand
    head = token.head
    if verb_lemma(head) not in P.REPORTING_VERBS or any(c.dep_ == "neg" for c in head.children):
        return None
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    addressee = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or addressee is None or speaker.lower_ in ("it", "this", "that") or addressee.pos_ not in ("PROPN", "NOUN"):
        return None  # "this must stop", "nobody should be helping": no addressee to demand of
    if any(c.dep_ == "aux" and c.lower_ == "should" for c in token.children) and (
            _a_thing_goes(token) or any(c.dep_ == "auxpass" for c in token.children)):
        return None  # "insisted the leaked oil and dispersant should be put in context": a view of a thing, no demand
        # ("The violence must stop", "Power and water must be restored to several cities" are demands); so is how one
        # should be treated ("Barton said BP should be pursued through the legal system", "Graham said Obama should not
        # be blamed for the spill": the one named is no one asked to act)
    if _a_state_wanted(token) or _no_act_asked(token, addressee):
        return None
    return EventCandidate(
        trigger=head.i, type="DEMAND", mode="asserted", depth=depth(head), actor=np_span(speaker),
        target=np_span(addressee), reporting=True, obligation=True, clause=_clause_span(token),
    )


def _compound_word(noun: Token) -> str:
    """A noun with the parts written before it joined, hyphens dropped: "cease-fire" (three tokens) as "ceasefire"."""
    return "".join(c.lower_ for c in noun.lefts if c.dep_ in ("compound", "punct") and c.i >= noun.i - 2) \
        .replace("-", "") + noun.lemma_.lower()


def _no_act_asked(verb: Token, subject: Token) -> bool:
    """A modal of obligation that asks no act: set before its subject it opens a condition ("should the Department of
    the Interior choose to allow this drilling", "should EPA determine that ..."); over what befalls one or what one
    thinks it foretells or muses ("Petrobras should benefit", "we must remember"); over how a thing is judged it is a
    view ("must be judged by whether the people of the Gulf feel fairly treated")."""
    modal = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ in P.OBLIGATION_AUX)
    if modal.i < subject.i:
        return True
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (lemma in P.OUTCOME_VERBS | P.THOUGHT_VERBS and not passive) or (passive and lemma in P.VIEWED_VERBS)


def _a_state_wanted(verb: Token) -> bool:
    """What someone or something ought to be or have, no act asked of them: "Graham said such a person should have a
    background of both science and management", "the federal government must continue to be vigilant", "“Haiti must not
    remain a battered country,” he said", "Witch hunting ... should be a very low priority" (a view; "must be held
    accountable", "must stop", "must be ready to mediate", "must be the first to act" ask for an act)."""
    if verb.lemma_ in ("continue", "remain"):
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"), verb)
    if verb.lemma_ == "have" and verb.dep_ != "aux":
        return any(c.dep_ == "dobj" for c in verb.children)
    return verb.lemma_ in P.WANTED_STATE_VERBS and any(
        c.dep_ in ("acomp", "attr") and not any(g.dep_ in ("xcomp", "ccomp", "relcl", "acl") for g in c.children)
        for c in verb.children)


def _disposition(token: Token) -> bool:
    """A gerund after a preposition of a quality, or of a word for an open question, names what someone can do or
    might do, not an act done: "remain capable of carrying out attacks", "leery of providing arms", "the possibility of
    arming rebel fighters", "discussions about imposing a no-fly zone". After a verb, a person or a report it is the
    act: "accused pro-Gadhafi forces of firing on civilians", "reports of fighting", "after shelling the town"."""
    prep = token.head
    if not (token.tag_ == "VBG" and token.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.i != prep.i):
        return False
    owner = prep.head
    return owner.pos_ == "ADJ" or (owner.pos_ == "NOUN" and owner.lemma_.lower() in P.OPEN_QUESTION_NOUNS)


def _no_comment(token: Token) -> bool:
    """Declining to speak: "declined to comment", "declined comment on its plans", "refused to speculate on future
    expenses". Refusing to say whether an act will be done names the act and stays: "NATO refused to say Tuesday
    whether it would bomb ancient Roman ruins"."""
    return token.lemma_.lower() in P.NO_COMMENT_VERBS and any(
        c.dep_ in ("xcomp", "dobj")
        and (c.lemma_.lower() in P.WITHHELD_SPEECH or c.dep_ == "xcomp" and c.lemma_.lower() in L.SPEECH_VERBS)
        and not any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
        for c in token.children)


def _force_cause(token: Token) -> Token | None:
    """The natural force or accident a death is put down to: "died in the 12 January earthquake"."""
    for prep in token.children:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in P.CAUSE_PREPOSITIONS else None
        if obj is not None and obj.lemma_.lower() in P.FORCE_NOUNS:
            return obj
    return None


def _running_total(token: Token) -> bool:
    """A present perfect counted up to now ("The institute to date has launched 68 programs", "about 3500 birds ... have
    died an oily death" "to date", "BP has spent $350 million so far"), a number of occasions held since a time, or the
    dead counted since one: a running total, no act of a day."""
    perfect = token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in token.children)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children)
    if perfect and since and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in P.NOUN_TRIGGERS or c.lemma_.lower() in P.SPOKEN_THINGS)
            and any(n.dep_ == "nummod" and n.lower_ not in ("one", "1") for n in c.children) for c in token.children):
        return True  # "Waxman's committee alone has held seven hearings on the oil spill since May 12": a count of
        # occasions since a time (a quantity moved since it stays the act: "has shipped over 10,000 containers of
        # munitions ... to Russia since September")
    if perfect and since and token.lemma_.lower() in P.UNDERGOER_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") and _given_with_a_number(c) for c in token.children):
        return True  # "About 45,000-50,000 people have died since Tuesday's 7.0 magnitude earthquake": a toll counted
        # up to now, no deaths of a day
    return perfect and any((t.lower_ == "date" and t.head.lower_ == "to") or (t.lower_ == "far" and any(
        c.lower_ in ("so", "thus") for c in t.children)) for t in token.subtree)


def _given_with_a_number(noun: Token) -> bool:
    """A noun given with a number: "About 45,000-50,000 people", "300,000"."""
    return noun.like_num or any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _as_of(verb: Token) -> bool:
    """A perfect told "as of" a day: "As of Thursday morning, the war had forced out nearly 250,000 people"."""
    return perfect(verb) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "of" for g in c.children) for c in verb.children)


def _listing(token: Token) -> bool:
    """A programme listing's or a video caption's bare present with no time: "X discusses how Americans view same-sex
    marriages", "In his latest appearance on State TV, Libyan leader Moammar Gadhafi talks about Osama bin Laden"."""
    presenting = token.lemma_.lower() in P.PRESENTING_VERBS or (
        token.lemma_.lower() == "talk" and any(c.dep_ == "prep" and c.lower_ == "about" for c in token.children))
    return (token.tag_ == "VBZ" and presenting
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree))


def _fights_a_hazard(verb: Token) -> bool:
    """A verb of force whose object (or what it is against) is a hazard or a problem, not a party: "attacking this
    spill", "fight the leak", "battling the blaze", "combat the outbreak" (``P.HAZARD_NOUNS``)."""
    for child in verb.children:
        thing = child if child.dep_ == "dobj" else _pobj(child) if child.dep_ == "prep" and child.lower_ == "against" else None
        if thing is not None and thing.lemma_.lower() in P.HAZARD_NOUNS and not thing.ent_type_:
            return True
    return False


def _verb_candidate(token: Token) -> EventCandidate | None:
    """A candidate for a verb (or 'concerned') trigger, or None."""
    if to_infinitive(token) and token.dep_ in ("advcl", "xcomp") and _gives_time_to_act(token.head):
        return None  # "gave BP officials 24 hours to provide a detailed description": what is asked for, not done
    if (_disposition(token) or _no_comment(token) or _listing(token) or _running_total(token) or _asks_a_question(token)
            or participle_as_preposition(token)):
        return None
    if _concern(token) and (_describes_someone(token) or _speakers_motive(token)):
        return None  # "meet with local officials and others worried about the slick": who they are, no statement
    if token.pos_ == "ADJ" or (token.lemma_ == "have" and any(c.dep_ == "dobj" and _concern(c) for c in token.children)):
        if _private_feeling(token):
            return None  # "Mohamed was worried about his family's safety": a state of mind, no statement
        if not _a_states_concern(token):
            return None  # "Some Louisiana officials are concerned that ...", "BP also said it had concerns": a view
        etype: str | None = P.STATEMENT
        noun = next((c for c in token.children if c.dep_ == "dobj" and _concern(c)), None)
    else:
        etype, noun = _verb_type(token)
        if etype == "AID" and _gives_time_to_act(token):
            etype = "DEMAND"  # "gave BP officials 24 hours to provide a detailed description": a deadline, no aid
    lemma = verb_lemma(token)
    remark = False
    if etype is None and lemma in P.PLACED_REMARK_VERBS and (place := _location(token, None)) is not None and not _place_of_the_words(
            token, place) and not _words_assess(token):
        etype, remark = P.STATEMENT, True  # "told reporters at Camp David": a placed remark
    if etype is None or (etype not in P.REPORTING_TYPES and _after_the_attribution(token)):
        return None
    if etype == "SUPPORT" and _backs_a_thing(token):
        return None
    if lemma in P.PROMISE_WITH_TO and noun is None and not any(
        c.lower_ == "to" or (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) for c in token.children
    ):
        return None  # "committed to supporting" promises; "is committing genocide" does not
    thing = noun if noun is not None else next((c for c in token.children if c.dep_ == "dobj"), None)
    if thing is None and token.dep_ == "acl" and token.head.pos_ == "NOUN":
        thing = token.head  # "the pact ..., signed on Wednesday"
    if lemma in P.SIGN_VERBS and thing is not None and _binding(thing):
        etype = "AGREE"  # a pact committing the parties to aid or defend each other is a promise to cooperate
    if noun is not None and noun.lemma_.lower() in P.CONCERN_WORDS:
        if not _a_states_concern(token):
            return None  # "Donnelly also expressed concern about campaign contributions", "the spill has raised
            # concerns globally": an opinion, or a thing's effect, no statement act
        etype = P.STATEMENT
    phrasal = any((lemma, c.lemma_.lower()) in P.PHRASAL for c in token.children if c.dep_ in ("prt", "prep"))
    if lemma in P.REPORTING_VERBS and noun is None and etype not in ("DISAPPROVE", P.STATEMENT) and not phrasal:
        return None
    if lemma in L.SPEECH_VERBS and noun is None and not any(c.dep_ in P.SAID_WHAT_DEPS for c in token.children):
        return None  # '"Do y'all have it shut in?" Ezell asked, horrified': a quote's tag, what was said is the quote's
    subj, passive = _subject(token)
    if subj is not None and not passive and subj.lemma_.lower().removesuffix("s") in P.QUANTITY_SUBJECTS:
        return None  # "Clean Harbors shares fell as much as 6 percent": a price moved, no one acted
    if _remark_on_a_clause(token):
        return None  # "it is striking that they didn't ameliorate them": the writer's remark, no one struck
    if lemma in P.COMPELLING_VERBS and not passive and _a_state_of_things(subj) and any(
            c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in token.children):
        return None  # "“Up until now the nature of this emergency has forced us to work in a ‘quick and dirty’ way,” said
        # Josette Sheeran": what a state of things made someone do, no one's act ("Obama forced BP to set up a fund" is
        # one; "the storm forced BP to evacuate" is a natural force's, read as such)
    if etype == "THREATEN" and _warns_of_a_state(token):
        return None  # "Clapper warned that the Libyan network ... is “quite substantial”": an assessment, no threat
    if etype in ("FIGHT", "ASSAULT") and _fights_a_hazard(token):
        return None  # "We are attacking this spill on all fronts", "they fight the leak on three fronts": an effort
        # against a hazard, no blow struck at anyone
    if etype in ("FIGHT", "ASSAULT") and any(c.dep_ == "dobj" and _a_sum(c) for c in token.children):
        return None  # "costs on the United States, which has already hit $550 million", "is shelling out a total of
        # $53.5 million in emergency assistance": a sum reached or spent, no blow struck ("froze $30 billion" sanctions)
    if etype == "AID" and (_caused_a_harm(token) or any(c.dep_ == "dobj" and c.ent_type_ == "PERCENT" for c in token.children)):
        return None  # "the company's “recklessness” in the gulf contributed to the disaster": a cause, no aid; "BP was
        # the Pentagon's largest single supplier of fuel, providing 11.7 percent of the total purchased": a share, a figure
    if etype in P.FORCE_TYPES and _a_measure_moved(token) or etype == "RETREAT" and _a_market_figure_given_up(token):
        return None  # "its new containment cap system had captured 15,420 barrels", "was capturing more of the torrent
        # of oil", "the amount of crude oil it sucked from the leak fell to 2,200 barrels": a figure, no one seized or
        # struck anything ("NATO hit 20 targets", "seized 20 tanks" are acts); nor gave anything up ("BP has given up
        # more than half its market value", bpoil_reuters: "gave up its attempt to kill the well" is a retreat, and
        # "reopened 5,130 square miles of fisheries" an act)
    if any(c.dep_ == "dobj" and c.lower_ in P.REFLEXIVES for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return None  # "Gadhafi soon established himself as one of America's most vocal enemies": what one became
    if _terms_of_a_text(token):
        return None  # "The U.N. authorization establishes a ban on all flights": what a text says, not an act
    if _a_stance_said(token):
        return None  # "BP declined to comment beyond saying it supports the efforts of the fund", "stating that it
        # stands by its statements": a stance the speaker holds, told with a verb of saying, no act of a day
    if _state_or_habit(token) and (etype not in P.REPORTING_TYPES or token.dep_ == "relcl"):
        return None  # "BP offers cleanup jobs at $12 an hour", "She monitors the live feed": no act of a day; nor a
        # relative clause describing its noun ("the White House Council on Environmental Quality -- which provides NEPA
        # guidance for all federal agencies --")
    actor_tok: Token | None = subj
    target_tok: Token | None = None
    if passive:
        target_tok = subj if subj is None or not _munition_fired(token, subj) else None  # "The missiles were fired"
        actor_tok = _agent(token)
    if actor_tok is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        actor_tok, target_tok = _noun_actor(token.head)  # "the pact between X and Y, signed on Wednesday"
    if target_tok is None:
        target_tok = _target(token, noun)
    if lemma in P.UNDERGOER_VERBS and not passive:
        actor_tok, target_tok = _force_cause(token), subj  # the dead are no killers
    if lemma in P.BLAST_VERBS and not passive and _blown_site(token, subj):
        etype, actor_tok, target_tok = P.INCIDENT, None, subj  # "the rig exploded April 20": an accident the rig undergoes
    elif (etype in P.HOSTILE_TYPES and actor_tok is not None and token.dep_ in ("advcl", "conj")
          and (blast := blast_verb(token.head)) is not None and _blown_site(blast, actor_tok)):
        etype, actor_tok = P.INCIDENT, None  # "the rig exploded April 20, killing 11 workers": the blast killed them
    if target_tok is not None and actor_tok is not None and target_tok.i == actor_tok.i:
        target_tok = None
    if (etype in P.HOSTILE_TYPES and target_tok is not None and target_tok.pos_ == "NOUN" and not target_tok.ent_type_
            and target_tok.lemma_.lower() in P.ACCIDENT_SITES and lemma in P.SEALING_FORCE_VERBS):
        return None  # "BP Plc permanently killed its deep-sea well": a well sealed, no violence done to anyone
    if target_tok is not None and lemma in L.SPEECH_VERBS and medium_listened(token, target_tok):
        target_tok = None  # "Gtat told BBC News", "Levin insisted on CNN": the medium a remark was made to
    if lemma in P.ACTOR_OBJECT_VERBS and noun is None and etype == P.VERB_TRIGGERS.get(lemma) and not _acted_on_someone(
            token, subj if passive else None):
        return None
    if lemma in P.JOURNEY_VERBS and not passive and (
            token.tag_ != "VBN" and not any(  # ("see Gadhafi driven out")
                c.dep_ == "dobj" and c.ent_type_ not in ("TIME", "DATE", "QUANTITY") or c.dep_ == "prt" for c in token.children)
            or not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in P.DRIVEN_WORDS for c in token.children)):
        return None  # "Kruse drove to his boat as usual": a journey, no one driven; "“We have been driving safe,
        # reliable, operations through the company ...,” Hayward told the Financial Times": a thing kept going, no force
        # driven anywhere
    if lemma in P.LEAVING_VERBS and etype == P.VERB_TRIGGERS.get(lemma) and not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in P.LEAVING_WORDS for c in token.children):
        return None  # "Pointer pulled his SUV up to a dock": no leaving
    if etype == P.STATEMENT and target_tok is None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("about", "over", "at", "by") and not (
                    child.lower_ == "at" and lemma in P.SPOKEN_AT_VERBS):  # "Obama said at the White
                # House", "Speaking at the Cypress Cove Marina": where
                target_tok = _pobj(child)
    mode, intent, conditional = _mode(token)
    obligation = any(c.dep_ == "aux" and c.lower_ in P.OBLIGATION_AUX for c in token.children)
    ultimatum = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children) for c in token.children
    )
    if etype == "ASSAULT" and actor_tok is not None and (
        actor_tok.lemma_.lower() in P.WEAPON_AGENTS
        or (actor_tok.lemma_.lower() in P.MIL_TITLES and lemma in P.MILITARY_FORCE_VERBS)
        or (lemma == "bomb" and actor_tok.ent_type_ in ("GPE", "NORP", "ORG"))
    ):
        etype = "FIGHT"  # weapons and armed forces: conventional military force ("NATO began bombing Libya on March
        # 19" is the act "NATO began bombarding Libya" tells: aerial force by a state or an alliance)
    if etype in P.HOSTILE_TYPES and actor_tok is not None and (actor_tok.lemma_.lower() in P.FORCE_NOUNS | P.CONFLICT_NOUNS or (
            (actor_tok.pos_ == "PROPN" or actor_tok.lemma_.lower() in P.DISASTER_NOUNS)
            and any(c.dep_ == "compound" and c.lemma_.lower() in P.FORCE_NOUNS for c in actor_tok.children))):
        # ("the earthquake disaster", "Hurricane Katrina"; not "the hurricane season")
        if actor_tok.lemma_.lower() in P.CONFLICT_NOUNS and _as_of(token):
            return None  # "As of Thursday morning, the war had forced out nearly 250,000 people": a war's toll so far
        etype = P.INCIDENT  # "Haiti's worst quake in two centuries hit south of the capital": nature is no belligerent,
        # nor a war ("Libya's war has forced out 215,000 people")
    loc = _location(token, noun)
    return EventCandidate(
        trigger=token.i, type=etype, mode=mode, depth=depth(token),
        actor=np_span(actor_tok) if actor_tok is not None else None,
        target=np_span(target_tok) if target_tok is not None else None,
        location=(loc.i, loc.i + 1) if loc is not None else None,
        noun=noun.i if noun is not None else None, intent=intent, conditional=conditional,
        reporting=etype in P.REPORTING_TYPES,
        obligation=obligation, ultimatum=ultimatum, remark=remark, unrealised=unrealised(token),
        obj=thing.i if thing is not None and (target_tok is None or thing.i != target_tok.i) and thing.pos_ == "NOUN" else None,
    )


def _after_the_attribution(verb: Token) -> bool:
    """A participle the parse hangs on a verb of saying that comes after what was said ("The airport is operational
    ..., the UN said, allowing aid to start arriving soon", "... an aftershock struck ..., the US Geological Survey
    said, forcing people to flee"). Its act, unless it is one of speech ("..., Navi Pillay said, criticizing the
    outright disregard ..."), goes on with the reported clause, whose own event tells it: read as the speaker's, it
    made "The UN said, allowing aid ..." (on three dev topics, 8 such acts: 7 the reported clause's, one a remark
    typed an assault, "calling the attack an escalation"; the 7 acts of speech were all the speaker's)."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i and head.lemma_.lower() in P.REPORTING_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
            and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children))


def _state_or_habit(verb: Token) -> bool:
    """A verb in the simple present that tells what is the case or keeps happening, not an act of a day: a verb of
    state ("each provides an opportunity", "recreational fishing contributes $757 million", "The no-fly zone prohibits
    Libya's air forces from ...") or one with an adverb of habit ("We always drive the car"). Chronologies and
    headlines tell acts in the present ("NATO launches a missile attack on a house in Tripoli"): only these verbs and
    adverbs say a present is no act; an adverb of habit says so of a perfect too, and of what is done when the habit is
    ("He has often referred to BP as ... when discussing the leak"). An order ("Send us an e-mail.") tells nothing done."""
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return True
    node = verb
    for _ in range(4):  # the verb, or the clause it is said "when" in ("... when discussing the leak")
        if node.tag_ == "VBN" and perfect(node) and habitual(node):
            return True  # a perfect of habit: "He has often referred to BP as “British Petroleum” when discussing ..."
        if node.dep_ not in ("advcl", "pcomp", "prep") or node.head.i == node.i:
            break
        node = node.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.lemma_.lower() in P.STATE_VERBS or habitual(verb)


def _a_stance_said(verb: Token) -> bool:
    """A verb of stance in the simple present in the words of a verb of saying ("said it supports the efforts of the
    fund", "stating that it stands by its statements", "says he supports helping the people of Libya"): what the
    speaker holds to, not something done that day. A side newly taken ("Abidi said he now supports the people and the
    revolution", a defection) and an act backed ("said the Gadhafi government supports a cease-fire") stay, as do a
    past or perfect ("said it had backed")."""
    if not (verb.lemma_.lower() in P.STANCE_VERBS and verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in P.REPORTING_VERBS):
        return False
    if any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "advmod" and c.lower_ in P.CHANGE_ADVERBS) for c in verb.children):
        return False
    backed = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.children) if t.pos_ == "NOUN"]
    return not any(t.lemma_.lower() in P.NOUN_TRIGGERS or t.lower_ in P.TRUCE_WORDS for t in backed)


def _terms_of_a_text(verb: Token) -> bool:
    """A text's terms in the simple present: "The U.N. authorization establishes a ban on all flights", "The resolution
    calls for an immediate ceasefire" (its passing is the act; "NATO launches a missile attack" stays one)."""
    return (verb.tag_ == "VBZ" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in P.TERMS_TEXTS for c in verb.children))


def habitual(verb: Token) -> bool:
    """A verb an adverb of habit qualifies ("always drive", "has often referred", "routinely approved"): many acts."""
    return any(c.dep_ == "advmod" and c.lower_ in P.HABIT_ADVERBS for c in verb.children)


def _remark_on_a_clause(verb: Token) -> bool:
    """"it is striking that ...", "it is telling that ...": an "it" that stands for the clause after the verb, with
    "is" and a participle read as an adjective; the writer remarks on the clause, no one acts."""
    return (verb.tag_ == "VBG" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
            and any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for c in verb.children))


def _warns_of_a_state(verb: Token) -> bool:
    """A warning whose words say how things are or will go, not what someone will do: a copula and its complement
    ("warned that the network of radar and anti-aircraft batteries is “quite substantial”"), or, to no one named, a
    clause whose subject is a thing, a gerund, a clause or an "it" of extraposition ("warned that the flow of oil will
    increase", "This war ... could go on for years, warned ...", "warned that pulling U.S. forces back ... undermines",
    "warned it could take “four to five months”"): an assessment told with a verb of saying (docs/HANDCHECK.md), not a
    threat of an act ("warned that those who carry weapons will be executed", "warned BP that it would have to pay",
    "warned that military action ... would continue" name one)."""
    if verb.lemma_.lower() not in ("warn", "caution"):
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.lemma_ == "be" and any(g.dep_ in ("acomp", "attr") for g in c.children) for c in said):
        return True
    if any(c.lemma_.lower() in P.EXPECTING_VERBS for c in said):
        return True  # "warned shareholders that it did not expect the company to resume paying dividends": a view
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False  # warned someone: what they were warned of is for them
    return any(_a_thing_goes(c) or _may_befall(c) for c in said)


def _may_befall(clause: Token) -> bool:
    """A said clause in the passive with a modal of possibility and no doer: "is warning that Libyan leader Moammar
    Gadhafi could be forced out" foretells what may happen to someone; "warned that those who carry weapons will be
    executed" threatens."""
    return (any(c.dep_ == "auxpass" for c in clause.children) and not any(c.dep_ == "agent" for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in clause.children))


def _a_thing_goes(clause: Token) -> bool:
    """Whether a said clause's subject is no one who could act: a common noun naming no person, body or act of force,
    a gerund, a clause, an extraposed "it" or a demonstrative."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")), None)
    if subj is None:
        return False
    if subj.dep_ in ("csubj", "csubjpass", "expl") or subj.tag_ == "VBG":
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ in ("this", "that") or (subj.lower_ == "it" and clause.lemma_ in P.EXTRAPOSING_VERBS)
    if subj.pos_ != "NOUN" or subj.ent_type_ or any(
            (c.pos_ == "PROPN" or c.ent_type_) and c.dep_ in ("compound", "poss", "amod", "nmod") for c in subj.children):
        return False  # ("the Obama administration"; not "the leaked oil and the estimated 400,000 gallons")
    lemma = subj.lemma_.lower()
    forceful = lemma in P.NOUN_TRIGGERS or lemma in P.WEAPON_AGENTS or any(
        c.dep_ == "amod" and c.lower_ in P.MIL_TITLES for c in subj.children)
    return not (forceful or lemma in P.PEOPLE_NOUNS or lemma in L.PARTY_NOUNS)


def _a_state_of_things(subject: Token | None) -> bool:
    """A subject that is a common noun naming no one, no natural force and no act ("the nature of this emergency", "BP's
    poor reputation", "the journalists' presence"): a state of things, not a doer ("Crone's efforts", "the blockade",
    "the fighting", "the storm" are acts or forces)."""
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    return lemma not in P.SOMEONE_NOUNS | P.FORCE_NOUNS | P.CONFLICT_NOUNS | P.ATTEMPT_NOUNS and lemma not in P.NOUN_TRIGGERS


def _acted_on_someone(verb: Token, patient: Token | None) -> bool:
    """Whether what an ``ACTOR_OBJECT_VERBS`` verb acts on is someone: a name, a pronoun, a people, or people by kind
    ("released 30 prisoners"). The object, the passive's subject, or the noun a participle hangs on: "Documents released
    by the Massachusetts Democrat Ed Markey" released nobody. Nothing acted on leaves the act as it is."""
    thing = patient if patient is not None else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        thing = verb.head
    if thing is None or thing.pos_ in ("PROPN", "PRON") or thing.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"):
        return True
    return thing.lemma_.lower() in P.PEOPLE_NOUNS or any(c.ent_type_ in ("NORP", "GPE") for c in thing.children)


def blast_verb(verb: Token) -> Token | None:
    """The blast a verb tells or follows in a run of verbs: "exploded", "caught fire", and the "exploded" of "exploded
    and sank on 20 April" (a consequence, "killing 11 workers", hangs on the last verb of the run)."""
    while True:
        lemma = verb.lemma_.lower()
        if lemma in P.BLAST_VERBS or any((lemma, c.lemma_.lower()) in P.BLAST_PHRASES for c in verb.children if c.dep_ == "dobj"):
            return verb
        if verb.dep_ != "conj" or verb.head is verb:
            return None
        verb = verb.head


def _blown_site(verb: Token, subj: Token | None) -> bool:
    """The subject of a blast is an installation (``ACCIDENT_SITES``), itself or through the relative pronoun that
    stands for it ("BP's Deepwater Horizon rig, which exploded April 20"), or a thing's own name blowing up with nothing
    blown ("The Deepwater Horizon exploded on April 20": no person, people or place)."""
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return False
    if subj.pos_ == "PROPN":
        return subj.ent_type_ not in ("PERSON", "NORP", "GPE") and not any(
            c.dep_ == "dobj" and (verb.lemma_.lower(), c.lemma_.lower()) not in P.BLAST_PHRASES for c in verb.children)
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in P.ACCIDENT_SITES


def _noun_candidate(token: Token) -> EventCandidate | None:
    """A candidate for an event noun with its own actor (possessor, 'between', 'by'), or None."""
    lemma = token.lemma_.lower()
    if lemma not in P.NOUN_TRIGGERS or lemma in P.CONCERN_WORDS or lemma in P.LIGHT_ONLY_NOUNS:
        return None
    actor_tok, target_tok = _noun_actor(token)
    under = token.dep_ == "pobj" and token.head.lower_ == "under" and P.NOUN_TRIGGERS[lemma] in P.UNDER_TYPES
    if under and target_tok is None:  # "North Korea has been under UN embargos": the subject is the target
        target_tok = next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if actor_tok is None and (token.dep_ in ("nsubj", "nsubjpass", "ROOT") or under):
        # "Palestinian riots ... are continuing": the nationality or name before the noun is the actor
        actor_tok = next(
            (c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")),
            None,
        )
    if actor_tok is None:
        return None
    if actor_tok.pos_ not in ("PROPN",) and not actor_tok.ent_type_:
        return None
    if target_tok is None:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target_tok = _pobj(of) if of is not None else None
    loc = _location(token, None)
    return EventCandidate(
        trigger=token.i, type=_noun_type(token), mode="asserted", depth=depth(token) + 1,
        actor=np_span(actor_tok), target=np_span(target_tok) if target_tok is not None else None,
        location=(loc.i, loc.i + 1) if loc is not None else None, noun=token.i, unrealised=question(token.sent),
    )


@dataclass(slots=True)
class SentenceEvent:
    """An event read from one sentence of one article, linked to entities and dated."""

    article: str
    start: int  # evidence: the sentence
    end: int
    type: str
    mode: str
    actor: str | None  # entity id
    target: str | None
    location: str | None
    date: str | None
    end_date: str | None
    granularity: str | None
    actor_text: str
    target_text: str | None
    object_text: str | None = None  # "defense pact" in "signed a defense pact with Kim"
    remark: bool = False
    clause: str | None = None  # the reported clause of a speech act ("Russia had fired ... toward Ukraine")
    trigger_at: int = -1  # character offset of the trigger word
    act: str = ""  # the act itself: the trigger's lemma with its particle, or the event noun ("step down", "talk")
    detail: str = ""  # the words completing the act, actor and target left out ("three rockets near the port")
    actor_at: int = -1  # character offset of the actor's words
    words_start: int = -1  # the sentence's own words for the act (summary.act_words): its summary
    words_end: int = -1
    cut_left: bool = False  # the summary's words were cut before or after (shown with an ellipsis)
    cut_right: bool = False
    gap_start: int = -1  # said words left out of the summary between their opening and who said them
    gap_end: int = -1
    what: list[str] | None = None  # stems of what was done beyond the act, read once with the article (merge.what_terms)
    act_terms: list[str] | None = None  # stems of its own words for the act (annotate.centrality), read once likewise
    sentence_terms: list[str] | None = None  # stems of its sentence (the merge's same-act test), read once likewise
