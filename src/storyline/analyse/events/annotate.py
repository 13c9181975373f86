"""Events: who did what to whom, when and where, from each sentence, merged across articles.

Find (pure over the spaCy parse, no entities; also used by the PLOVER evaluation): ``find_candidates``
gives trigger, PLOVER type, actor, target, place and mode per sentence. Annotate: ``sentence_events``
links actors and targets to entity ids, dates each event from the time expression that governs it
(or, for speech acts, the article's reporting day) and ``build_events`` merges the same event across
articles (same type and participants, compatible dates: a weekday refines a week from another
source), counts independent sources and ranks by salience. ``build_events_and_claims`` is the
corpus stage's entry.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyse.entities.patterns import CITY_PARTS, CRAFT_NOUNS, SHORE_NOUNS
from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import (
    EventCandidate,
    SentenceEvent,
    act_of,
    habitual,
    verb_lemma,
)
from storyline.analyse.events.dates import (
    DateValue,
    adjacent_date,
    before_the_report,
    calendar_range,
    cluster_date,
    follow_up_days,
    inherited_date,
    joined_sayings,
    listed_date,
    news_day,
    on_the_story_day,
    partial_value,
    reported_date,
    reported_saying,
    said_before,
    said_days,
    scene_day,
    speaker_word,
    specificity,
    timex_attachment,
)
from storyline.analyse.events.linking import MentionIndex, doc_candidates, sentence_bounds
from storyline.analyse.events.merge import (
    date_refs,
    dated_as_first_told,
    entity_code,
    merge,
    salience,
    what_terms,
)
from storyline.analyse.events.summary import act_words, summary_text
from storyline.analyse.lexicon import (
    ASSOCIATE_NOUNS,
    FIRST_PERSON,
    KIN_NOUNS,
    LEGISLATOR_NOUNS,
    PARTY_MEMBER_NOUNS,
    PARTY_NOUNS,
    PRESS_OUTLET_STAFF,
    PRESS_WORDS,
    PRIVATE_PARTY_NOUNS,
    RELATIVE_TAGS,
    STATE_BODY_WORDS,
)
from storyline.analyse.terms import content_terms
from storyline.clean.genre import is_opinion
from storyline.spans import (
    doc_sentences,
    doc_text,
    named_beside,
    overlapping,
    perfect,
    to_infinitive,
)

# ---------------------------------------------------------------------------------------------
# Corpus level: link candidates to entities, date them, merge them across articles.




@dataclass(slots=True)
class SentenceDates:
    """Dates found in one sentence, keyed by the token they attach to."""

    dated: dict[int, DateValue] = field(default_factory=dict)  # trigger or reporting verb -> its date
    onsets: dict[int, DateValue] = field(default_factory=dict)  # verb -> the start date of "since X"
    remarks: dict[int, DateValue] = field(default_factory=dict)  # remark noun -> its date ("comments on Thursday")
    stated: dict[int, DateValue] = field(default_factory=dict)  # of ``dated``, those a time expression of the sentence dates


def entity_tokens(doc: Doc) -> dict[int, Span]:
    """Token index -> the named-entity span covering it (one pass over ``doc.ents``)."""
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def running_log(text: str) -> bool:
    """A page logging a story day by day under labels it repeats for every day ("In the Gulf: ...", "At the White
    House: ...", 100 times each on a bpoil_foxnews page whose day headings the copy lost): a weekday, "today" or a
    present tense in it belongs to its entry's day, which the text no longer gives. So does a page that announces a
    chronology (``P.CHRONOLOGY_PAGE``)."""
    return (max(Counter(m.group(1) for m in P.LOG_LABEL.finditer(text)).values(), default=0) >= P.LOG_ENTRIES
            or P.CHRONOLOGY_PAGE.search(text) is not None)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite verb: words that read as a sentence hold one


def sentence_events(
    article: dict[str, Any], doc: Doc, timexes: list[dict[str, Any]], index: MentionIndex | None,
    entity_types: dict[str, str], candidates: list[tuple[Span, list[EventCandidate]]] | None = None,
) -> list[SentenceEvent]:
    """Events of one article: candidates with an entity actor, dated and linked. A signed opinion piece has none: its
    lines are its writer's argument, not the news of the story (its quotes and claims are kept)."""
    out: list[SentenceEvent] = []
    whole = doc_text(doc)
    if is_opinion(whole, (ent.start_char for ent in doc.ents if ent.label_ == "PERSON")):
        return out
    body_start = int(article.get("body_start") or 0)
    published = article.get("published")
    day = news_day(doc, body_start, timexes, published) or published
    if day and published and day != published[:10]:
        timexes = on_the_story_day(timexes, day, published)
    if running_log(whole):  # a day-by-day log without its day headings: only the calendar dates its entries
        day, timexes = None, [t for t in timexes if P.MONTH_RE.search(t["text"]) or P.YEAR_RE.search(t["text"])]
    if candidates is None:
        candidates = doc_candidates(doc, body_start)
    if not candidates or index is None:
        return out
    ents = entity_tokens(doc)
    resolved: dict[int, DateValue] = {}
    for t in timexes:
        first, last, grain = partial_value(t)
        if first is not None:
            resolved[int(t["start"])] = (first, last, grain)
    last_said: tuple[int, dict[str, DateValue]] = (-1, {})  # the last sentence's dated sayings, by speaker
    held = {sent.start: cands for sent, cands in candidates}
    for sent in doc_sentences(doc):  # every body sentence: one with no act may still date the sayings after it ("Shalgam
        # said Monday that the opposition would like to continue dialog ... “...,” he said.")
        if sent.end_char <= body_start:
            continue
        cands = held.get(sent.start, [])
        text = sent.text
        triggers = {c.trigger for c in cands}
        frames = {c.frame for c in cands if c.frame is not None}
        reporting = {t.i for t in sent if t.lemma_ in P.REPORTING_VERBS and t.pos_ == "VERB"}
        dates = SentenceDates()
        values: list[tuple[int, DateValue]] = []
        for t in timexes:
            if not sent.start_char <= t["start"] < sent.end_char:
                continue
            value, end_value, gran = partial_value(t)
            if value is None:
                continue
            word = text[max(0, t["start"] - sent.start_char - 8) : max(0, t["start"] - sent.start_char)].strip().lower().split()[-1:]
            if word and word[0] in P.BOUND_WORDS:
                # "since September" opens a span: the start of an ongoing state, never the date of a single act
                head = timex_attachment(doc, t, triggers) if word[0] in P.ONSET_WORDS and value[:1].isdigit() else None
                if head is not None:
                    dates.onsets.setdefault(head, (value, None, gran))
                continue
            values.append((t["start"], (value, end_value, gran)))
            noun = timex_attachment(doc, t, frames) if frames else None
            if noun is not None and noun in frames:  # "Putin's comments on Thursday about ...": the remark's own date
                dates.remarks.setdefault(noun, (value, end_value, gran))
            head = timex_attachment(doc, t, triggers | reporting)
            if head is not None and head not in dates.dated:
                dates.dated[head] = dates.stated[head] = (value, end_value, gran)
        said = said_days(doc, reporting, dates.stated)
        followed = follow_up_days(doc, sent, reporting, dates.dated, last_said)
        for r, when in followed.items():
            dates.dated[r] = when
        dates.dated.update(joined_sayings(doc, reporting, dates.dated))
        pronouns = [r for r in reporting if r not in dates.dated and speaker_word(doc[r]) in ("he", "she")
                    and not before_the_report(doc[r])]
        if pronouns and (scene := scene_day(doc, sent, timexes)) is not None:
            for r in pronouns:  # "On Friday, Obama appeared ... “...,” he said": said on the Friday
                dates.dated[r] = scene
        # a sentence that goes on from the last one's speaker hands the days on: "Shalgam said Monday that ... “We have
        # agreed to remain in contact ...,” he said. Shalgam reiterated that ..." (all three of the Monday)
        last_said = (sent.start, {**last_said[1], **said} if followed else said)
        if not cands:
            continue  # (its sayings dated for the sentences after it, no act of its own to annotate)
        if day:
            for r in reporting:
                if (not before_the_report(doc[r]) and not reported_saying(doc[r]) and not said_before(doc[r])
                        and not habitual(doc[r]) and not any(c.lower_ in P.MANY_TIMES_ADVERBS for c in doc[r].children)):
                    # ("Hayward repeatedly told reporters": on many days)
                    # "Germany had previously announced a loan", "Ibrahim said Koussa asked for sick leave": not of the
                    # report's day; nor "Pascal ... has said she initially supported taking such action but held off":
                    # said some time before, on a day the text does not give
                    dates.dated.setdefault(r, (day, None, "day"))
        shown: dict[tuple[int, int, int, str | None, str | None], tuple[int, SentenceEvent]] = {}
        listed = listed_date(whole, sent.start_char, resolved)  # "June 1 - ... -- Holder says ...": the entry's day
        for cand in cands:
            ev = _annotate(
                article["id"], doc, sent, cand, dates, index, ents, day, adjacent_date(doc, cand, values) or listed,
                entity_types,
            )
            if ev is None:
                continue
            # one line per act the sentence tells between two parties: the same words for the same actor and target
            # are one act, told by the trigger nearest the root
            key = (ev.words_start, ev.words_end, ev.gap_start, ev.actor, ev.target)
            if key not in shown or cand.depth < shown[key][0]:
                shown[key] = (cand.depth, ev)
        out.extend(ev for _, ev in shown.values())
    return out


def clause_verb(doc: Doc, cand: EventCandidate) -> int:
    """The verb whose clause holds the trigger (the trigger itself for verbs; 'been' for 'under UN embargos')."""
    token = doc[cand.trigger]
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token.i
        token = token.head
    return token.i


def definite_antecedent(doc: Doc, span: Span, index: MentionIndex) -> str | None:
    """'the 15-member council' -> the nearest earlier linked name ending in that noun ('... Security Council'). The "the"
    must be the noun's own: "The president's office" is an office the possessor names, not the office named before."""
    if span[0].lower_ != "the" or span[0].head.i != span.root.i:
        return None
    noun = span.root.lower_
    text = doc_text(doc)
    head = [span.root.text.capitalize()]
    earlier = [(s, e, ent) for s, e, ent in index.spans if e <= span.start_char and text[s:e].split()[-1:] == head]
    if not earlier or not noun.isalpha():
        return None
    start, end, entity = max(earlier)
    if any(t.idx >= end and t.lower_ == noun and t.pos_ == "NOUN" and index.entity_in(t.idx, t.idx + len(t)) is None
           and _another_of_its_kind(t) for t in doc[: span.start]):
        return None  # "The Canadian foreign affairs office said ... “...,” the office said": the office last spoken of is
        # one no name gives, not the Foreign & Commonwealth Office named before it ("the council" said again is not)
    return entity


def _another_of_its_kind(noun: Token) -> bool:
    """A noun that introduces one of its kind by what sets it apart ("The Canadian foreign affairs office", "a court"),
    not one that goes on with the last ("the council held its first meeting")."""
    return any(c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
               for c in noun.children)


def titled_person(doc: Doc, head: Token, index: MentionIndex) -> str | None:
    """The person named after a title head ('Secretary-General of the UN Antonio Guterres', 'Ambassador to the UN X')."""
    if not set(head.lower_.split("-")) & (P.GOV_TITLES | P.MIL_TITLES):
        return None
    for tok in head.subtree:
        if tok.i > head.i and tok.ent_type_ == "PERSON":
            found = index.entity_in(tok.idx, tok.idx + len(tok))
            if found is not None:
                return found
    return None


def appositive_name(head: Token, index: MentionIndex) -> str | None:
    """The person or body a noun's phrase names after it ("Another Fugees star, Wyclef Jean, has set up an appeal", "the
    East Staffordshire digger manufacturer JCB", "A spokeswoman for the UN World Food Programme, Emilia Casella, said"):
    the actor, not a name before the noun; a party's member so named is the member ("a California Democrat, George
    Miller")."""
    if head.pos_ != "NOUN" and head.lower_ not in PARTY_MEMBER_NOUNS:
        return None
    for name in named_beside(head):
        if name.i < head.i or name.ent_type_ not in ("PERSON", "ORG"):
            continue
        found = index.entity_in(name.idx, name.idx + len(name))
        if found is not None:
            return found
    return None


def _told_as_a_state(doc: Doc, clause: tuple[int, int]) -> bool:
    """Told words whose verb is in the simple present with a thing for its subject ("things fall through the cracks",
    "this move attacks the center of gravity within the regime"): how things are, in the speaker's view, not an act
    done; a past, a perfect, a progressive or a modal verb tells one, so does a party's present ("they fight the leak on
    three fronts") and a witness's account of what was done to them."""
    words = doc[clause[0] : clause[1]]
    root = words.root
    if root.pos_ not in ("VERB", "AUX") or root.tag_ not in ("VBZ", "VBP"):
        return False
    if any(t.lower_ in FIRST_PERSON for t in words) or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False  # "They tie up my husband, they rape me ...": a witness's account told in the present
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in P.THING_SUBJECTS:
        return subject is not None  # "It kills them because it prevents them from feeding"
    # a party doing it goes on doing it ("Hayward says they fight the leak on three fronts"); a thing or a state does not
    return subject.pos_ == "NOUN" and not subject.ent_type_ and subject.lemma_.lower() not in PARTY_NOUNS


def _whose(doc: Doc, span: Span, index: MentionIndex) -> str | None:
    """The named party an unnamed force belongs to: "forces loyal to Gadhafi", "units of the Libyan army", "about 150
    of Gadhafi's infantry troops"."""
    for token in span:
        if token.dep_ == "pobj" and (token.head.lower_ == "of" or token.head.lower_ == "to" and token.head.head.lower_ == "loyal") \
                or token.dep_ == "poss":
            found = index.entity_in(token.idx, token.idx + len(token), (token.idx, token.idx + len(token)))
            if found is not None:
                return found
    return None


def _based_in(span: Span, head: Token, index: MentionIndex, actor: str) -> bool:
    """The actor found is only the place a "-based" word says the noun is based in ("the London-based oil giant")."""
    if index.entity_in(head.idx, head.idx + len(head)) == actor:
        return False
    doc = span.doc
    return any(t.lower_ == "based" and t.i >= span.start + 2 and doc[t.i - 1].text == "-"
               and index.entity_in(doc[t.i - 2].idx, doc[t.i - 2].idx + len(doc[t.i - 2])) == actor
               for t in span)


def _a_people_before(span: Span, head: Token, index: MentionIndex, entity: str) -> bool:
    """The entity is named only by a word for a people before the noun ("Libyan", "British", "Arab"): a demonym."""
    return any(t.i < head.i and t.ent_type_ == "NORP" and index.entity_in(t.idx, t.idx + len(t)) == entity for t in span)


def _where_a_thing_is(span: Span, index: MentionIndex, entity: str, kind: str | None, act: str) -> bool:
    """A place (not a country) named only as a word before a noun of a thing, in an act between parties: it says where
    the thing is ("blamed the massive Gulf of Mexico oil spill on ..."). A part of a place is the place ("the Tripoli
    area", "the Louisiana Gulf coast"), so is its government ("the Tripoli regime"), and force is done to places
    ("shelled the Brega oil terminal")."""
    if kind != "place" or act in P.FORCE_TYPES:
        return False
    named = [t for t in span if index.entity_in(t.idx, t.idx + len(t)) == entity]
    if not named or named[-1].i + 1 >= len(span.doc):
        return False
    noun = span.doc[named[-1].i + 1]
    if noun.tag_ not in ("NN", "NNS"):
        return False  # the name ends its phrase, or a name or a verb follows it
    while noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].tag_ in ("NN", "NNS"):
        noun = noun.doc[noun.i + 1]  # the run's last noun is the thing: "oil spill"
    return noun.lemma_.lower() not in CITY_PARTS | SHORE_NOUNS | STATE_BODY_WORDS


def _a_legislator(head: Token) -> bool:
    """A noun of one member of a legislature: "lawmaker", "senator", or a "representative" a party's word marks ("A
    Republican U.S. representative apologized to BP CEO Tony Hayward": not the United States; a judge's wrong actor in
    both timeline draws of the fifty-third session). "A BP representative" speaks for BP."""
    return head.lemma_.lower() in LEGISLATOR_NOUNS or (head.lower_ == "representative" and any(
        c.lower_ in PARTY_MEMBER_NOUNS or c.lower_ == "democratic" for c in head.lefts))


def _annotate(
    article_id: str, doc: Doc, sent: Span, cand: EventCandidate, dates: SentenceDates,
    index: MentionIndex | None, ents: dict[int, Span], article_day: str | None = None,
    adjacent: DateValue | None = None, types: dict[str, str] | None = None,
) -> SentenceEvent | None:
    """A SentenceEvent for a candidate whose actor is a linked entity (or a weapon placed, a natural force, a death), else
    None."""
    # a quake or a spill acts with no name of its own; "Six rebels died in fighting Wednesday" names the dead, no doer
    trigger = doc[cand.trigger]  # a death told in the past ("died", "have died"), not "vowed to die", "die from malaria"
    doerless = cand.type == P.INCIDENT or (trigger.lemma_.lower() in P.UNDERGOER_VERBS and trigger.tag_ in ("VBD", "VBN"))
    told = cand.actor or (cand.target if doerless else None)  # a death with no doer is told from its dead
    if index is None or told is None:
        return None
    if cand.unrealised or (cand.mode in ("hypothetical", "denied") and cand.frame is None):
        return None  # wanted, asked about, conditional or denied: not an act of the story (claims keep denials)
    if _words_given(trigger):
        return None  # "gave a different account of the discussions": what was told, no act of its own (the ledger keeps
        # what a party says of it: "a BP report ... offers a questionable account of events", Halliburton says)
    if trigger.lemma_.lower() in P.FAILING_VERBS:
        return None  # "BP also failed to provide adequate safety training", "the government failed to show how it would
        # be harmed": a duty not done, a finding, no act a timeline holds (the ledger keeps it as what a party charges:
        # "Gadhafi has failed to adhere to a United Nations resolution", coalition partners say)
    actor_span = doc[told[0] : told[1]]
    head = actor_span.root
    actor = None
    if cand.actor is not None and _the_press(actor_span):
        return None  # "The BBC's Mark Doyle - who travelled to the town on Saturday", "Reporter Mark Doyle visits a
        # large temporary camp": the press at work gathering the story, no act of it
    if cand.actor is not None:
        titled = titled_person(doc, head, index) or appositive_name(head, index)
        actor = titled or index.entity_in(actor_span.start_char, actor_span.end_char, (head.idx, head.idx + len(head)))
        if (actor is not None and (types or {}).get(actor) == "other" and index.entity_in(head.idx, head.idx + len(head)) != actor
                and head.lemma_.lower() not in CRAFT_NOUNS):
            actor = None  # "Libyan state television", "Libyan rebels": a demonym describing the actor is not the actor
            # (a craft's name is the craft: "the Deepwater Horizon rig exploded")
        if (actor is not None and not titled and head.lemma_.lower() in PRIVATE_PARTY_NOUNS
                and (types or {}).get(actor) in ("country", "place") and index.entity_in(head.idx, head.idx + len(head)) != actor):
            actor = None  # "U.S. oil explorers are talking about forming a new insurance fund": explorers from the U.S.,
            # not the United States (as "U.S. officials" or "Libyan authorities" are)
        if actor is not None and not titled and _based_in(actor_span, head, index, actor):
            actor = None  # "the London-based oil giant was worried": where it is based, not who; the noun may name it
        if not titled and head.lemma_.lower() in KIN_NOUNS and index.entity_in(head.idx, head.idx + len(head)) is None:
            actor = None  # "The leader's son proposed reforms", "Gadhafi's daughter has accused NATO": a kin of the one
            # named is someone else, whom the phrase does not name
        elif (not titled and head.lower_ in ASSOCIATE_NOUNS and index.entity_in(head.idx, head.idx + len(head)) is None
              and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children)):
            actor = None  # "John Kleine ... said on Sunday his members were discussing ...": the members of his
            # association, whom "his" does not name (a judge's wrong actor, timeline draw 5402); a body's own members
            # ("its members met at the weekend and voted") are the body met
        elif (not titled and head.lower_ in PARTY_MEMBER_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                                                                       for c in head.children)):
            actor = None  # "“They've been lost,” the Wyoming Republican complained": one member of the party, whom the
            # noun does not name, not the party (a judge's wrong actor, timeline draw 5552)
        elif (not titled and _a_legislator(head) and head.tag_ == "NN" and index.entity_in(head.idx, head.idx + len(head)) is None):
            actor = definite_antecedent(doc, actor_span, index)  # "A U.S. lawmaker on Friday urged BP": one member,
            # not the country before the noun; "the lawmaker" is the one named before, if any
        elif actor is None and head.pos_ == "NOUN":
            actor = definite_antecedent(doc, actor_span, index)
    weapon = cand.type in ("FIGHT", "ASSAULT") and head.lemma_.lower() in P.WEAPON_AGENTS and cand.location is not None
    if actor is None and not weapon and not doerless:
        return None
    target = target_text = None
    if cand.target is not None:
        span = doc[cand.target[0] : cand.target[1]]
        thead = span.root
        target = index.entity_in(span.start_char, span.end_char, (thead.idx, thead.idx + len(thead)))
        if target is not None and thead.lemma_.lower() in KIN_NOUNS and index.entity_in(thead.idx, thead.idx + len(thead)) is None:
            target = appositive_name(thead, index)  # "Gadhafi's son, Saif al-Arab Gadhafi, and three grandchildren died":
            # the son named beside the noun, or no one; never the father the possessive names
        elif target is not None and thead.lower_ in PARTY_MEMBER_NOUNS and (member := appositive_name(thead, index)):
            target = member  # "approved a proposal from a California Democrat, George Miller": the member the phrase
            # names, not the party (a judge's wrong actor, timeline draw 6302)
        elif target is not None and index.entity_in(thead.idx, thead.idx + len(thead)) != target and (
                _based_in(span, thead, index, target) or _a_people_before(span, thead, index, target)):
            target = None  # "asked the British-based company for $100 million more", "urged all Libyan parties to
            # engage": where a body is based, or the people a word before the noun names, is not whom it was done to (a
            # judge's wrong actor, timeline draw 5412); a country or a place before the noun still is ("U.S. officials",
            # "bombed the Tripoli area"), and so is a craft ("the Deepwater Horizon rig")
        elif target is not None and _where_a_thing_is(span, index, target, (types or {}).get(target), cand.type):
            target = None  # "Obama blamed the massive Gulf of Mexico oil spill on ... BP": where the spill is, not whom
            # he blamed (a judge's wrong target, timeline draw 5413)
        target_text = span.text
        if target == actor:
            target = None
        if cand.accusation and target is not None and cand.actor is not None and (
                _named_within(index, actor_span, target) or _own_people(index, actor_span, span, target)):
            # "NATO military spokesman Mike Bracken said NATO had struck a command and control center", "French jets
            # fired air-to-ground missiles ..., the French Defense Ministry said": a party's own spokesman or body tells
            # what it did; no accusation
            cand, target = replace(cand, type=P.STATEMENT, target=None, accusation=False), None
        if cand.accusation and target is None:
            target = _whose(doc, span, index)  # "forces loyal to Gadhafi shelled the city of Ajdabiya": Gadhafi's
            if (target is None or target == actor) and cand.clause is not None and _told_as_a_state(doc, cand.clause):
                return None  # "When a response of this size gets pulled together that quickly, things fall through
                # the cracks, BP spokesman George Gigicos said": a view of how things are, no act a timeline holds
            if target is None or target == actor:
                # "Rebels were fighting with newly refurbished rocket launchers ..., Abdulmolah said", "A U.S.-led
                # military mission ... has effectively imposed a no-fly zone ..., Adm. Mike Mullen said": an accusation
                # needs a party named as the one who acted; with none, the speaker's report is a statement
                cand, target = replace(cand, type=P.STATEMENT, target=None, accusation=False), None
    location = None
    if cand.location is not None:
        tok = doc[cand.location[0]]
        ent = ents.get(tok.i)
        location = (ent.text if ent is not None else tok.text).removeprefix("the ")
    dated = dates.dated
    if cand.trigger not in dated and adjacent is not None:
        dated = {**dated, cand.trigger: adjacent}
    if weapon and actor is None and cand.trigger not in dated:
        return None  # an unattributed strike needs its own date and place
    when: tuple[str | None, str | None, str | None]
    scheduled = False
    described = _set_off_by_who(doc[cand.trigger])  # (a clause that describes whom it follows)
    clause_head = doc[clause_verb(doc, cand)]
    onset = dates.onsets.get(clause_head.i) if cand.mode == "asserted" and _goes_on(clause_head) else None
    if cand.frame is not None and cand.frame in dates.remarks:
        when = dates.remarks[cand.frame]  # the remark's date, not the reporter's
    elif cand.frame is not None:
        when = (None, None, None)
    elif cand.trigger in dated:
        when = dated[cand.trigger]
        scheduled = _scheduled(doc[cand.trigger], cand, when, article_day)
    elif cand.noun is not None and cand.noun in dated:
        when = dated[cand.noun]
    elif habitual(doc[cand.trigger]):
        when = (None, None, None)  # "Today, it emerged that the US Coast Guard routinely approved BP's requests ...": acts
        # over weeks, not of the day the report gives
    elif described:
        when = (None, None, None)  # a clause describing who someone is takes no other clause's day
    else:
        when = (inherited_date(doc, cand.trigger, dated, cand.reporting and cand.mode != "planned")
                or (reported_date(doc, cand.trigger, dates.stated) if cand.mode in ("asserted", "planned") else None) or (None, None, None))
        if when[0] is None and (cand.type == P.STATEMENT and cand.mode != "planned" or cand.present) and article_day and not (
                before_the_report(doc[cand.trigger]) or said_before(doc[cand.trigger])):
            when = (article_day, None, "day")  # (words to come with no day given have none: "BP will provide updates on
            # progress as appropriate")
    if onset is not None and when[0] is None:
        when = onset
    if cand.type == P.INCIDENT and actor is None and when[0] is None:
        return None  # a force's act with no doer named is an event of the story when the text dates it
    if when[0] is None and cand.frame is None and not cand.present and (
        cand.noun == cand.trigger or doc[cand.trigger].dep_ in ("acl", "relcl") or described
    ):
        # "NATO airstrikes", "Russian mediation", "the message delivered by Obeidi", "an al Qaeda network that provides
        # help": an act named in passing or describing a noun, with no date of its own, is background
        return None
    if when[0] is None and cand.frame is None and not cand.reporting and _ongoing(doc[cand.trigger]):
        return None
    bare = cand.target is None and cand.obj is None and cand.noun is None and not cand.remark
    reported = cand.clause or (_speech_content(doc, cand) if cand.reporting or cand.remark else None)
    reported = reported or (_complement(doc, cand) if bare else None)
    if reported is None and cand.reporting and (bare or _only_pointing(doc, cand)):
        return None  # "Jay Carney warned", "the council denied that": a speech act that says nothing the sentence kept
    clause = doc[reported[0] : reported[1]].text.replace("“", "").replace("”", "") if reported else None
    start, end = sentence_bounds(sent)
    words = act_words(doc, cand if cand.actor is not None else replace(cand, actor=told))  # a death told from its dead
    if doc[words.first].tag_ in RELATIVE_TAGS and doc[words.first].dep_ != "det":
        return None  # "a city that the government insisted it had retaken", "Marking what he called the 100th day of
        # the war": an act told inside a clause about something else reads "That the government insisted it had retaken"
    trig = doc[cand.trigger]
    if (trig.dep_ in ("acl", "relcl") and trig.head.lemma_.lower() not in P.WORDS_SENT and not _finite_beside(doc, words, trig)
            and not _subject_relative(trig) and not to_infinitive(trig)):
        return None  # "The African Union's special committee on Libya, established in March", "The ombudsman the company
        # set up in 2006": a clause describing a thing, its words no sentence; "The defense pact ..., signed on
        # Wednesday, commits both nations" and "The Deepwater Horizon rig … exploded on 20 April" read as one, "A
        # speech delivered Sunday by Saif al-Islam Gadhafi" names the act itself, and an intent's infinitive ("Putin's
        # plan to pay a state visit to Pyongyang from Tuesday to Wednesday") is the act planned
    return SentenceEvent(
        article=article_id, start=start, end=end, type=cand.type, mode="planned" if scheduled else cand.mode,
        actor=actor, target=target, location=location,
        date=when[0], end_date=when[1], granularity=when[2], actor_text=actor_span.text, actor_at=actor_span.start_char, target_text=target_text,
        object_text=_object_text(doc, cand.obj), remark=cand.remark, clause=clause, trigger_at=doc[cand.trigger].idx,
        act=act_of(doc, cand), detail=_detail(doc, cand), words_start=doc[words.first].idx,
        words_end=doc[words.last - 1].idx + len(doc[words.last - 1]), cut_left=words.cut_left, cut_right=words.cut_right,
        gap_start=words.gap[0] if words.gap else -1, gap_end=words.gap[1] if words.gap else -1,
    )


def _scheduled(verb: Token, cand: EventCandidate, when: DateValue, article_day: str | None) -> bool:
    """An act told in the present for a time not yet past on the article's day is on a schedule, not done: "The Senate
    Judiciary Committee holds a hearing at 10:00 EDT (1400 GMT) on Tuesday" on Tuesday's page, "Obama ... is sending
    three of his top energy and environmental officials back there this week" (bpoil_reuters). A saying in the present
    is the report's own ("BP says ..."), and a present with a past day is the historical present of a caption."""
    if cand.mode != "asserted" or cand.reporting or cand.type in P.REPORTING_TYPES or not article_day or not when[0]:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present = (verb.tag_ in ("VBZ", "VBP") and not auxiliaries) or (
        verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxiliaries))
    last = (when[1] or when[0])[:10]
    return present and last[:1].isdigit() and last >= article_day


def _words_given(verb: Token) -> bool:
    """A giving whose object is what words tell ("gave a different account", "has given conservative estimates", "offered
    more detail"), not an occasion (a speech, an interview, a letter) nor a vow of one ("vowed a full accounting")."""
    lemma = verb_lemma(verb)
    return (P.VERB_TRIGGERS.get(lemma) == "AID" or lemma == "offer") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in P.TOLD_THINGS for c in verb.children)


def _set_off_by_who(verb: Token) -> bool:
    """A clause set off after a comma whose subject is "who" or "which", however the parse hangs it: "Rep. Edward J.
    Markey (D-Mass.), who helped lead a probe of the BP spill ..., said Tuesday he will introduce legislation" (parsed
    as what Markey said) describes Markey; its act is no act of Tuesday. With a date of its own ("Sen. Benjamin L.
    Cardin (D-Md.), who visited Louisiana on Friday") it is that day's act."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]  # ("who" hung on "helped", an aux)
    subject = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which")),
                   None)
    return subject is not None and subject.i > 0 and verb.doc[subject.i - 1].text == ","


def _goes_on(verb: Token) -> bool:
    """A verb that tells what has gone on up to the report, so that "since X" gives when it began: a perfect ("has
    killed 100 people since March") or a progressive or present ("have been fighting since February", "controls the
    town since Monday"). A simple past is done: "fell nearly 16 percent to close at $29.20, their lowest level since
    August 1996" did not fall in 1996 (the "since" measures the level)."""
    return perfect(verb) or verb.tag_ in ("VBG", "VBZ", "VBP")


def _subject_relative(clause: Token) -> bool:
    """A relative clause whose subject is the noun it describes ("the Deepwater Horizon rig, which exploded on 20
    April"): its words read as a sentence once the pronoun is left out ("The Deepwater Horizon rig … exploded")."""
    return clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children)


def _finite_beside(doc: Doc, words: Any, clause: Token) -> bool:
    """Whether the summary's words hold a finite verb outside the describing clause: they then read as a sentence."""
    inside = {t.i for t in clause.subtree}
    return any(doc[i].tag_ in FINITE_TAGS and i not in inside for i in range(words.first, words.last))


def _detail(doc: Doc, cand: EventCandidate) -> str:
    """The words that complete the act after its trigger (objects, prepositional and clausal complements, each
    at most ``P.COMPLEMENT_TOKENS`` long), without the target, dates or times: what tells two acts of one key apart
    ("pulled back from Benghazi", "pulled back from Ras Lanuf")."""
    head = doc[cand.noun] if cand.noun is not None else doc[cand.trigger]
    skip = set(range(*cand.target)) if cand.target is not None else set()
    if cand.actor is not None:
        skip |= set(range(*cand.actor))
    words: list[str] = []
    for child in head.rights:
        if child.dep_ not in P.DETAIL_DEPS:
            continue
        for t in list(child.subtree)[: P.COMPLEMENT_TOKENS]:
            if t.i not in skip and t.ent_type_ not in ("DATE", "TIME") and not t.is_punct:
                words.append(t.text)
    return " ".join(words)


def _complement(doc: Doc, cand: EventCandidate) -> tuple[int, int] | None:
    """What a bare verb (no target, object or event noun) did or said ("refused [to comment]", "insisted [that ...]").

    The first clausal or prepositional complement after the trigger, at most ``P.COMPLEMENT_TOKENS`` long.
    """
    trig = doc[cand.trigger]
    part = next((c for c in trig.rights if c.dep_ in ("ccomp", "xcomp", "prep", "prt", "advcl")), None)
    if part is None:
        return None
    if part.dep_ == "prt":  # "pulling out of Misrata": the particle and what follows it
        follow = next((c for c in trig.rights if c.i > part.i and c.dep_ in ("prep", "ccomp", "xcomp")), None)
        end = follow.right_edge.i + 1 if follow is not None else part.i + 1
    else:
        end = part.right_edge.i + 1
    end = min(end, part.left_edge.i + P.COMPLEMENT_TOKENS)
    while end > part.left_edge.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return part.left_edge.i, end


def _the_press(actor: Span) -> bool:
    """An actor who is the press's own staff: an outlet's reporter ("The BBC's Mark Doyle", "CNN's Nic Robertson") or a
    correspondent or reporter by that word ("Reporter Mark Doyle", "our correspondent")."""
    return PRESS_OUTLET_STAFF.search(actor.text) is not None or any(t.lower_ in PRESS_WORDS for t in actor)


def _ongoing(verb: Token) -> bool:
    """A verb in the perfect progressive ("NATO has been bombing Libya for more than four months", "The Tripoli regime
    has been staging large rallies", "NATO warplanes have been bombing Zlitan on a daily basis"): what has been going
    on up to the report, the story's background, not an act of a day. With a date of its own it is that day's. The
    simple progressive stays: "The U.S. is severing diplomatic relations with Libya", "Gadhafi's tanks were shelling
    Ajdabiya" tell acts of the report's day as often as states (on LibyaWar_cnn about half of 64 such lines read)."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children) and perfect(verb)


def _speech_content(doc: Doc, cand: EventCandidate) -> tuple[int, int] | None:
    """What a speech act said, asked or alleged, with whom it addressed or accused: "told reporters [that the missile
    had been launched by ...]", "called on the international community [to supply ...]", "accused al Qaeda [of being
    behind the unrest]", "[Spain will offer NATO two bases], the minister said". At most ``P.COMPLEMENT_TOKENS`` of the
    said words; None when the sentence keeps nothing said."""
    trig = doc[cand.trigger]
    if cand.noun is not None and cand.noun != cand.trigger:
        return None  # "reiterating international calls for an end to the violence": the noun's own words tell it
    rights = list(trig.rights)
    part = next((c for c in rights if c.dep_ in ("ccomp", "xcomp") and c.lemma_ not in P.REPORTING_VERBS), None)
    if part is None:
        part = next((c for c in rights if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     and any(d.dep_ in ("dobj", "dative") and d.i < c.i for d in rights)), None)
    if part is None:
        part = next((c for c in trig.lefts if c.dep_ == "ccomp"), None)
        if (part is None and trig.lemma_ in P.REPORTING_VERBS and trig.dep_ in ("parataxis", "ccomp") and trig.head.i < trig.i
                and trig.head.pos_ in ("VERB", "AUX")):
            part = trig.head  # "Spain will offer NATO two bases, the minister said": the sentence's own clause
            end = min(part.i + P.COMPLEMENT_TOKENS, min(t.i for t in trig.subtree))
            return _trimmed(doc, part.left_edge.i, end)
        if part is None:
            return None
        return _trimmed(doc, part.left_edge.i, min(part.right_edge.i + 1, part.left_edge.i + P.COMPLEMENT_TOKENS))
    first = min([part.left_edge.i] + [c.left_edge.i for c in rights if c.dep_ in ("dobj", "dative", "prep", "prt") and c.i < part.i])
    return _trimmed(doc, first, min(part.right_edge.i + 1, part.left_edge.i + P.COMPLEMENT_TOKENS))


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


POINTING = frozenset({"that", "this", "it", "these", "those"})  # what a speech act points at without saying it


def _only_pointing(doc: Doc, cand: EventCandidate) -> bool:
    """A speech act whose only object is a pronoun ("the council denied that"): it says nothing a reader could place."""
    if cand.noun is not None:
        return False
    things = [doc[cand.obj : cand.obj + 1]] if cand.obj is not None else []
    if cand.target is not None:
        things.append(doc[cand.target[0] : cand.target[1]])
    return bool(things) and all(len(t) == 1 and t[0].pos_ == "PRON" and t[0].lower_ in POINTING for t in things)


def _object_text(doc: Doc, obj: int | None) -> str | None:
    """The head of the thing acted on with its compounds and modifiers ('defense pact', 'press briefing')."""
    if obj is None:
        return None
    head = doc[obj]
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.i >= left - 3:
            left = min(left, child.i)
        elif child.dep_ == "nummod" and child.i >= left - 3:  # "over 10,000 containers"
            left = min(left, child.left_edge.i)
    right = head.i + 1
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None and of.i == head.i + 1 else None
    if inner is not None and inner.i - head.i <= 4:  # "containers of munitions", not a whole clause
        right = inner.i + 1
    return doc[left:right].text


# ---------------------------------------------------------------------------------------------
# Dates: compatibility of full and partial TIMEX3 values, refinement across articles.


def article_events(
    article: dict[str, Any], doc: Doc, timexes: list[dict[str, Any]], index: MentionIndex | None,
    entity_types: dict[str, str], candidates: list[tuple[Span, list[EventCandidate]]] | None,
    quoted: list[tuple[int, int]],
) -> list[SentenceEvent]:
    """One article's sentence events, found over its Doc (the corpus merge needs no Doc).

    A trigger inside quotation marks (a direct or partial quote) is the speaker's wording, not the reporter's: it stays a
    quote (and may feed a claim), never a timeline event.
    """
    found = [
        ev for ev in sentence_events(article, doc, timexes, index, entity_types, candidates)
        if not any(start <= ev.trigger_at < end for start, end in quoted)
    ]
    texts = {article["id"]: doc_text(doc)}
    for ev in found:  # stems kept with the article's facts: a merge stems only what is new
        ev.what = sorted(what_terms(ev))
        ev.act_terms = sorted(content_terms(_act_words(ev, texts)))
        ev.sentence_terms = sorted(content_terms(texts[ev.article][ev.start : ev.end]))
    return found


def _own_people(index: MentionIndex, speaker: Span, told: Span, entity: str) -> bool:
    """Whether the word naming ``entity`` in ``told`` ("French" of "French jets") is also a word of the speaker's own name
    ("the French Defense Ministry"): the people or country a body is named for."""
    words = {t.lower_ for t in speaker}
    return any(t.lower_ in words and t.is_alpha and t.text[:1].isupper() and index.entity_in(t.idx, t.idx + len(t)) == entity
               for t in told)


def _named_within(index: MentionIndex, span: Span, entity: str) -> bool:
    """Whether the words of ``span`` (an actor's, with its title) name ``entity`` ("NATO military spokesman")."""
    return any(e == entity for _, _, e in overlapping(index.spans, index.longest, span.start_char, span.end_char))


def centrality(found: list[SentenceEvent], groups: dict[str, str], texts: dict[str, str]) -> dict[int, float]:
    """How central each sentence event (by ``id()``) is to its story: the mean, over the content words of its own
    words for the act, of the share of the story's independent sources whose events use that word ("oil", "spill",
    "BP" in most of the BP story's sources, "Clean Harbors" in one)."""
    words = {id(e): set(e.act_terms) if e.act_terms is not None else content_terms(_act_words(e, texts)) for e in found}
    using: dict[str, set[str]] = defaultdict(set)
    for event in found:
        for term in words[id(event)]:
            using[term].add(groups.get(event.article, event.article))
    every = len({groups.get(e.article, e.article) for e in found}) or 1
    return {key: sum(len(using[t]) for t in terms) / (every * len(terms)) if terms else 0.0 for key, terms in words.items()}


def _act_words(event: SentenceEvent, texts: dict[str, str]) -> str:
    text = texts.get(event.article, "")
    return text[event.words_start : event.words_end] if event.words_start >= 0 else text[event.start : event.end]


def merge_events(
    *, found: list[SentenceEvent], articles: list[dict[str, Any]], timexes: list[dict[str, Any]], entities: list[Any],
    groups: dict[str, str],
) -> list[Any]:
    """Events of the corpus: per-sentence events merged across articles, counted and ranked (pure, no Doc)."""
    from storyline.model import Event, Evidence

    by_id = {e.id: e for e in entities}
    names = {e.id: e.name for e in entities}
    country_of = {e.country_code: e.id for e in entities if e.type == "country" and e.country_code}
    canon = {e.id: country_of[e.country_code] for e in entities if e.type == "place" and e.country_code in country_of}
    demonyms = {e.name.lower(): e.country_code for e in entities if e.type == "other" and e.country_code}
    countries = {a.lower(): e.country_code for e in entities if e.type == "country" and e.country_code for a in [e.name, *e.aliases]}
    refs = date_refs(timexes, groups)
    cache: dict[str, int] = {}
    codes: dict[str, str | None] = {}  # an entity's actor code, once per entity however many events it acts in

    def code_of(entity_id: str | None) -> str | None:
        key = entity_id or ""
        if key not in codes:
            codes[key] = entity_code(by_id.get(key), demonyms, countries)
        return codes[key]

    events: list[Any] = []
    published: dict[str, str] = {
        a["id"]: str(a["published"] or a.get("published_latest")) for a in articles if a["published"] or a.get("published_latest")
    }
    texts = {a["id"]: a["text"] for a in articles if a.get("text")}
    found = dated_as_first_told(found, published, texts)
    central = centrality(found, groups, texts)
    for members in merge(found, canon, published, texts):
        value, end, gran = cluster_date(members)
        rep = max(members, key=lambda m: (m.mode == "asserted", specificity(m.date), m.target is not None))
        modes = Counter(m.mode for m in members)
        mode = "asserted" if modes["asserted"] else modes.most_common(1)[0][0]
        date_value = calendar_range(value, end)
        evidence = sorted({(m.article, m.start, m.end) for m in members})
        # corroboration counts the independent sources whose own sentence states the event as the event is told
        # (an allegation, "X blamed Y for sending arms", does not corroborate "Y shipped 10,000 containers")
        sources = len({groups.get(m.article, m.article) for m in members if m.mode == mode}) or 1
        key = "|".join([rep.type, canon.get(rep.actor or "", rep.actor or ""), canon.get(rep.target or "", rep.target or ""), date_value or ""])
        events.append(Event(
            id="ev_" + hashlib.sha1(key.encode()).hexdigest()[:12], type=rep.type, summary=summary_text(rep, names, texts.get(rep.article, "")),
            evidence=[Evidence(a, s, e) for a, s, e in evidence], date=date_value, granularity=gran if value else None,
            actor=rep.actor, target=rep.target,
            actor_code=code_of(rep.actor), target_code=code_of(rep.target),
            mode=mode, location=rep.location, sources=sources,
            salience=salience(date_value, sources, refs, cache) * (P.REMARK_WEIGHT if all(m.remark for m in members) else 1.0),
            centrality=round(central.get(id(rep), 0.0), 4),
        ))
    ids = Counter(e.id for e in events)
    for i, e in enumerate(events):
        if ids[e.id] > 1:
            e.id = f"{e.id}_{i}"
    return sorted(events, key=lambda e: (e.date or "~", -e.salience))
