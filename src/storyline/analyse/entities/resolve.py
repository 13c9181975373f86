"""Entities resolved across the corpus: one record per person, country, organisation or place.

``resolve_entities`` is pure: it reads each article's text, spaCy Doc and NER mentions and returns
entities, a link for every mention (article, start, end) -> entity id, and the extra mentions it
found that NER missed ("the DPRK", "the North", "Putin" in "Kim-Putin", "the Russian president").

Per article (find): classify NER mentions (person / country / capital-as-government / place /
organisation / other); read roles from premodifiers and appositives; scan for country names and
short forms NER missed; attach short forms ("Kim", "Putin") to the full name named earlier in the
same article; resolve role descriptions to the one person the article gives that role; set aside
garbled names ("Manhole Wood") as probable variants of the known person, never merged.
Then, in one pass over the body tokens, pronouns (he/she -> a person; it/they -> an organisation
or country; ``which`` -> the name its relative clause modifies) and definite descriptions ("the
company", "the carrier", "the country") are linked to an earlier mention and returned as extra
mentions labelled PRON or NOMINAL (see ``find_anaphors``); an acronym takes the key of the article's
one multiword organisation with those capitals ("EADS"); a surname tagged as an organisation
becomes the article's person ("Jobs").
Across the corpus (annotate): merge by key (person name key, country code, organisation key),
attach leftover short forms to a unique full name, and build ``Entity`` records with stable ids.

Measured on MEANTIME (cross-document CoNLL F1, ``storyline.evaluate.entities``): the pronoun and
description rules were developed on the ``tune`` half (even positions in each topic) only: tune
0.301 -> 0.348, held-out half 0.309 -> 0.353, all 120 documents 0.294 -> 0.338.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from os.path import commonprefix
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyse import lexicon as L
from storyline.analyse.entities import patterns as pat
from storyline.analyse.entities.common_words import CommonWords
from storyline.analyse.entities.roles import RoleSpan, find_roles
from storyline.model import Entity, Mention, Role
from storyline.spans import (
    a_medium_name,
    doc_sentences,
    first_conjunct,
    longest_span,
    medium_listened,
    named_beside,
    overlapping,
    to_infinitive,
    token_starts,
)

Link = tuple[str, int, int]
ANAPHOR_LABELS = frozenset({"PRON", "NOMINAL"})  # labels of the resolver's mentions that stand for an earlier name


@dataclass
class EntityInput:
    """One article as the resolver needs it: clean text, Doc, body mentions and date."""

    article_id: str
    text: str
    mentions: list[Mention]
    doc: Doc | None = None
    published: str | None = None
    body_start: int = 0


@dataclass
class EntityResolution:
    """Resolved entities, mention links, and the mentions found here that NER missed."""

    entities: list[Entity] = field(default_factory=list)
    links: dict[Link, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


BODY_KINDS = frozenset({"organisation", "country"})  # entity kinds that speak and act as bodies


@dataclass
class _Cand:
    """A mention being resolved: ``kind`` is the entity type, ``key`` its merge key."""

    article: str
    start: int
    end: int
    text: str
    label: str
    kind: str
    key: str
    code: str | None = None
    extra: bool = False
    cluster: str | None = None  # article-local person cluster (name key of the full name)
    described: bool = False  # a role description ("the Russian president"), not a name
    anaphor: bool = False  # a pronoun or definite description ("he", "the company") pointing back to a name
    mention: list[int] | None = None  # the NER mention's own offsets when the name was cut out of it ("Coast Guard Adm.")
    placed: bool = False  # the sentence places it ("in X", "near X", "the town of X")
    with_bodies: bool = False  # listed with an organisation ("BP, Transocean and Halliburton")
    craft: bool = False  # names the craft the noun after it is ("the Deepwater Horizon rig")
    body_noun: bool = False  # set off by a noun of a body ("Digicel, the Irish telecommunications firm")
    s_after: str = ""  # the "'s" written right after the name, as written ("BP's", "Moody's")
    own_s: bool = False  # and no noun after that "'s" ("Moody's said", "Standard & Poor's, which"): maybe the name's own


@dataclass
class _Variant:
    """A garbled name set aside as a probable variant of a known person."""

    article: str
    start: int
    end: int
    text: str
    person_key: str
    evidence: list[str]
    confidence: float


@dataclass
class ArticleEntities:
    """One article's entity facts before corpus merging: what the Doc says, nothing about other articles."""

    article: str
    cands: list[_Cand]
    roles: dict[str, list[Role]]  # person cluster key -> roles
    acronyms: dict[str, str] = field(default_factory=dict)  # "org:eads" -> "org:european aeronautic ..."
    suspects: list[Suspect] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleEntities:
        return cls(
            article=data["article"], cands=[_Cand(**c) for c in data["cands"]],
            roles={k: [Role(**r) for r in v] for k, v in data["roles"].items()}, acronyms=dict(data["acronyms"]),
            suspects=[Suspect(**x) for x in data["suspects"]],
        )


# --- classification ----------------------------------------------------------------------------


@lru_cache(maxsize=pat.NAME_CACHE)
def _surface(text: str) -> str:
    """The mention text without a leading 'the', a trailing possessive or a mark run into it ("Exxon Valdez:", "Outer
    Banks,"), case kept."""
    text = re.sub(r"[’']s?$", "", text.strip().rstrip(",:;").rstrip()).strip()
    return re.sub(r"^[Tt]he\s+", "", text)


INDEFINITE_ARTICLE = re.compile(r"(?:an?|An?)\s+(?=[A-Z])")  # run into a name by the tagger: no part of it


def _s_after(text: str, end: int) -> str:
    """The "'s" written right after a name ending at ``end``, or ''."""
    found = POSSESSIVE.match(text, end)
    return found.group(0) if found else ""


def _own_s(span: Span | None, end: int) -> bool:
    """No noun follows the "'s" ending at ``end``, right after the name ``span``: a verb, a conjunction or a punctuation
    mark ("Moody's said", "Moody's and Fitch Ratings downgraded", "Standard & Poor's, which"), where a possessive has
    what it owns after it ("the African Union's special committee") and a show or a book its title ("NBC's “Meet the
    Press”")."""
    if span is None:
        return False
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].idx < end:  # (the "'s" itself: one token, read from the name on, not the Doc's start)
        i += 1
    after = doc[i] if i < len(doc) else None
    if after is not None and after.is_punct:
        return not (after.is_quote or after.is_left_punct or after.is_bracket)
    return after is None or after.pos_ in ("VERB", "AUX", "CCONJ")


def _keeps_its_s(named: list[_Cand]) -> bool:
    """A body's or a place's name whose "'s" is its own: written with it every time, and at least once with no noun after
    it ("Moody's", "Standard & Poor's", "Lloyd's" were shown as "Moody", "Standard & Poor" and "Lloyd"); a possessive
    ("the European Union's 27 nations") is a name the corpus also writes bare, or never without a noun after it."""
    return all(c.s_after for c in named) and any(c.own_s for c in named)


POSSESSIVE = re.compile(r"[’']s(?!\w)")


@lru_cache(maxsize=pat.NAME_CACHE)
def _strip_honorifics(text: str) -> str:
    """'Mr. Putin' -> 'Putin'; 'President Vladimir Putin' -> 'Vladimir Putin'."""
    words = _surface(text).split()
    while len(words) > 1 and words[0].rstrip(".").casefold() in pat.HONORIFICS:
        words = words[1:]
    return " ".join(words)


def org_key(text: str) -> str:
    """Organisation merge key: 'the U.S. State Department' -> 'state department' -> alias table."""
    key = pat.ORG_SUFFIXES.sub("", pat.normalise(text)).strip()
    if key in pat.ORG_ALIASES:
        return pat.ORG_ALIASES[key].casefold()
    words = key.split()
    for n in (2, 1):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if len(words) - n >= 2 and (head in pat.ORG_PREFIXES or pat.country_code(head)):
            key = rest  # "United States Air Force" -> "air force"
            break
    return pat.ORG_ALIASES.get(key, key).casefold()


def _mention_span(doc: Doc | None, start: int, end: int) -> Span | None:
    """The tokens of a mention (read once per mention: the tests below all look at them)."""
    return doc.char_span(start, end, alignment_mode="expand") if doc is not None else None


def _capital_is_place(span: Span | None, text: str, end: int) -> bool:
    """A capital is its government only as a party: the subject of a verb ("Washington said", "Moscow denies"), a
    possessor of what is not the city's ("Moscow's war", not "Port-au-Prince's airport"), beside a party's preposition
    ("ties between Moscow and Pyongyang", "a response from Moscow", "talks with Beijing") or the object of a verb
    addressed to a party ("urged Washington"). Anywhere else it is the city: on haiti_bbc 251 mentions of Port-au-Prince
    ("south of the capital, Port-au-Prince", "the streets of Port-au-Prince") had been Haiti's."""
    if text[end : end + 1] == "-":
        return True
    if span is None:
        return False
    root = first_conjunct(span.root)
    if root.dep_ == "nsubj":  # "Tripoli is a stronghold": a copula's subject with a noun after it is the city
        return root.head.lemma_ == "be" and any(child.dep_ == "attr" for child in root.head.children)
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in pat.CITY_PARTS or root.head.lower_ in pat.CITY_PARTS
    if root.dep_ == "pobj":
        prep, owner = root.head, root.head.head.lemma_.lower()
        return not (prep.lower_ in pat.PARTY_PREPOSITIONS or (prep.lower_ == "from" and owner in pat.PARTY_ACT_NOUNS)
                    or (prep.lower_ == "between" and owner in pat.RELATION_NOUNS))
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() not in pat.ADDRESSED_VERBS
    return True


def _titled_before(span: Span | None) -> bool:
    """A courtesy title right before the mention ("Mr Chad")."""
    return span is not None and span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in COURTESY_TITLES


def _a_towns_name(span: Span | None) -> bool:
    """A name with no body's word that a town's noun names as its own ("the city of Yefren", "the towns of Yefren and
    Kikla"): the town, not a body."""
    return span is not None and not any(t.lower_ in pat.ORG_HEADS for t in span) and _a_towns_noun_names(
        first_conjunct(span.root))


def _person_is_place(span: Span | None) -> bool:
    """A name before a facility's noun or opening on a place's word ("the Al-Jala hospital", "Camp Lemonnier"); a
    one-word name spaCy read as a person where the sentence places it, alone or in a list: "fighting in Brega",
    "the oil town of Brega", "in the ports of Tripoli, Al-Khums and Sirte" (a person's possessive, "in Obama's
    speech", is not); a longer one only where a town's noun names it ("the strategic oil port of Ras Lanuf": "in" may
    be "confidence in Mustafa Abdul Jalil"), modifies one ("in Tripoli's Dahra neighborhood") or stands beside one
    ("Garyan, another city on a key supply route")."""
    if span is None:
        return False
    if _modified_noun(span) in pat.FACILITY_NOUNS or (len(span) > 1 and span[0].text in pat.PLACE_NAME_HEADS):
        return True  # "the Al-Jala hospital", "Abu Salim prison", "Camp Lemonnier": a place built for a use
    if _by_a_towns_noun(span):
        return True  # "in Tripoli's Dahra neighborhood", "Garyan, another city on a key supply route"
    if " " in span.text.strip():  # one word, hyphens allowed ("al-Brega")
        return _a_towns_noun_names(first_conjunct(span.root))
    return _placed(span)


def _by_a_towns_noun(span: Span) -> bool:
    """A name that modifies a town's noun ("the Dahra neighborhood") or stands beside one (``_a_towns_noun_beside``)."""
    return _modified_noun(span) in pat.PLACE_NOUNS or _a_towns_noun_beside(span)


def _a_towns_noun_beside(span: Span) -> bool:
    """A town's noun set beside the name in apposition, either way round: "Garyan, another city on a key supply route",
    "the coastal town, Zlitan"."""
    root = first_conjunct(span.root)
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in pat.PLACE_NOUNS for n in nouns)


def _place_speaks(span: Span | None, text: str) -> bool:
    """A name read as a place that says something in person ("..., St. John said", "according to St. John"): the
    subject of a verb of saying no place does for its government, or whom a sentence is according to. Countries,
    capitals and states speak for their governments ("Moscow says", "Louisiana says"); a dateline in capitals ("GRAND
    ISLE, La. -- BP said") is no subject."""
    if span is None or not len(span) or text.isupper():
        return False
    norm = pat.normalise(text)
    if pat.country_code(text) or pat.capital_country(text) or pat.demonym_country(text) or norm in pat.US_STATES:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True  # "according to St. John"
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in L.PERSONAL_SPEECH_VERBS


def _listed_with_bodies(span: Span | None) -> bool:
    """A name listed with an organisation the tagger knows ("questions aimed at executives from BP, Halliburton and
    Transocean"): what a list holds is of one kind."""
    return span is not None and any(t.ent_type_ == "ORG" for t in span.root.conjuncts)


def _described_as_body(span: Span | None) -> bool:
    """A noun of a body sets the name off: in apposition ("Digicel, the Irish telecommunications firm", "one of the
    main networks, Digicel") or right before it ("mobile phone operator Digicel")."""
    if span is None or not len(span):
        return False
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < span.start)]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in pat.BODY_DESCRIPTIONS for n in nouns)


def _named_as_body(span: Span | None) -> bool:
    """A noun of a body stands right before the name ("the Libyan newspaper Quryna", "the accounting firm Arthur
    Andersen"), or the name modifies an outlet's noun ("Libya's Quryna newspaper"). (A body's noun in apposition after a
    person's name is often another's: "Jeff Angers, president of the Center for Coastal Conservation, a group ...".)"""
    return (_modified_noun(span) in pat.OUTLET_NOUNS or _modifies_a_body_compound(span) or _after_a_body_noun(span)
            or _called_a_body(span))


CALLED_BODY_NOUNS = (pat.OUTLET_NOUNS | pat.BODY_DESCRIPTIONS) - pat.PERSON_TRADE_NOUNS  # what a copula calls a body


def _called_a_body(span: Span | None) -> bool:
    """A copula calls the name a body or an outlet: "Comic Riffs is a blog devoted to the comics fan" (tagged a person);
    not a noun that also names a person's trade ("X is a broadcaster")."""
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in CALLED_BODY_NOUNS for c in root.head.children)



def _modifies_a_body_compound(span: Span | None) -> bool:
    """The name modifies a compound noun of a body ("the New York-based Demos think tank")."""
    noun = _modified_noun(span)
    return noun is not None and span is not None and (
        f"{span.doc[span.root.head.i - 1].lower_} {noun}" in pat.BODY_COMPOUNDS)


def _a_town_named(span: Span | None) -> bool:
    """A proper name a town's noun names ("the city of Garyan"), that modifies one ("the Abu Salim district") or stands
    beside one ("Garyan, another city"), or that a compass point places ("100 miles south of Fairbanks"): what the
    tagger read as a nationality or a product is then a town (a placing preposition alone is not enough: "in Arabic")."""
    if span is None or not len(span) or not all(t.tag_ in ("NNP", "NNPS") or t.is_punct for t in span):
        return False  # (an adjective before a town's noun is no name: "the Kurdish areas", "European capitals")
    root = first_conjunct(span.root)
    return _a_towns_noun_names(root) or _by_a_towns_noun(span) or _south_of(root)


def _after_a_body_noun(span: Span | None) -> bool:
    """A noun of a body right before the name, in lower case: "the state news agency Sana said" (the parse may make
    both subjects of the verb); not one that also names a person's trade ("evangelist broadcaster Pat Robertson")."""
    if span is None or not len(span) or span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    return (noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_ in pat.BODY_DESCRIPTIONS
            and noun.lemma_ not in pat.LOOSE_BODY_NOUNS)


def _described_as_person(span: Span | None) -> bool:
    """A noun only a person is set beside the name, in apposition: "Gadhafi's daughter, Ayesha", "Mohammed
    Almegaryaf, the boys' uncle", "Byron Grote, BP's chief financial officer" (tagged a place or a body). The noun is
    someone's or made definite ("his son", "the spokesman"), or follows the name; a heading's bare title before it
    ("Marvin Odum, president, Shell Oil") sets off no name."""
    if span is None or not len(span):
        return False
    root = first_conjunct(span.root)
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i and (any(c.dep_ in ("poss", "det") for c in root.head.children)
                                                         or _title_right_before(root.head, span)):
        nouns.append(root.head)
    return any(n.pos_ in ("NOUN", "PROPN") and n.lemma_.lower() in L.PERSON_ONLY_NOUNS for n in nouns)


def _after_a_person_noun(span: Span | None) -> bool:
    """A noun only a person is, in lower case right before a name of two or three words: "oysterman Kuzma Tesvich said",
    "BP spokesman Marti Powers" (a trade in "-man" or "-woman" counts)."""
    if span is None or not 2 <= len(span) <= 3 or span.start == 0 or not all(t.is_title and t.pos_ == "PROPN" for t in span):
        return False  # (a one-word name is as often a body's: "the deal BP reached")
    noun = span.doc[span.start - 1]
    lemma = noun.lemma_.lower()
    return noun.is_lower and noun.tag_ == "NN" and (lemma in L.PERSON_ONLY_NOUNS or (
        lemma.endswith(("man", "woman")) and lemma != "human"))  # (a plural before a firm: "consultants Business
    # Monitor International")


def _title_right_before(title: Token, span: Span) -> bool:
    """A capitalised title written right before the name, with no comma ("said Manager of Public Relations Jodi
    Einhorn", tagged a place): the name is the title holder's."""
    return title.text[:1].isupper() and title.i < span.start and span.doc[span.start - 1].text != ","


def _placed(span: Span | None) -> bool:
    """Whether the sentence places a name, alone or in a list: "in Louisiana, Mississippi and Alabama"."""
    return span is not None and _placing(first_conjunct(span.root))


def _placing(root: Token) -> bool:
    """Whether a name's head word is placed: "fighting in Brega", "the oil town of Brega", "100 miles south of
    Fairbanks"."""
    return root.dep_ == "pobj" and (root.head.lower_ in pat.PLACING_PREPOSITIONS or _a_towns_noun_names(root)
                                    or _south_of(root))


def _south_of(root: Token) -> bool:
    """A name's head word a compass point's "of" places: "100 miles south of Fairbanks"."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in pat.COMPASS_POINTS


def _a_towns_noun_names(root: Token) -> bool:
    """A name's head word that a town's noun names as its own: "the oil town of Brega", "the city of Yefren"."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in pat.PLACE_NOUNS


KNOWN_ORGS = frozenset(name.casefold() for name in pat.ORG_ALIASES.values())  # bodies the alias table names

#: Words before a town's address: a placing preposition, or what a hometown or an origin takes ("of", "from").
ADDRESS_PREPOSITIONS = pat.PLACING_PREPOSITIONS | {"of", "from", "at", "to"}


def _names_a_landform(name: str, label: str) -> bool:
    """A body's or a person's name that ends on a landform's word ("Chandeleur Sound", "Gulf Islands National Seashore",
    "Freshwater Bayou"): of two words at least, and for a person one no one is surnamed."""
    words = name.split()
    if len(words) < 2 or label not in ("ORG", "PERSON", "NORP") or "of" in words:
        return False  # (a body "of" a place is the body: "The Ronald McDonald House of Long Island")
    heads = pat.NO_SURNAME_LANDFORMS if label == "PERSON" else pat.LANDFORM_HEADS
    return words[-1].strip(".,") in heads


def _addressed_town(text: str, start: int, end: int, span: Span | None, name: str) -> bool:
    """A name written as a town's address: followed by its state or country where it opens a sentence or a line (a
    dateline, a reader's question: "Greenbelt, Md.: Can you ...", "GULF SHORES, ALA. -- When ...") or follows a
    placing preposition ("in Pass Christian, Miss., and ..."); or a hometown set off after a person's age ("Marvin
    Alfaro, 32, of Woodbridge"). A person listed with the state they speak for comes after neither. A body's name the
    alias table knows, an acronym or a name with a body's head word is a byline's outlet ("BBC News, Washington"),
    not a town."""
    if span is None or not len(span) or org_key(name) in KNOWN_ORGS or re.fullmatch(r"[A-Z.&]{2,8}", name):
        return False
    if any(w.casefold().strip(".,") in pat.ORG_HEADS for w in name.split()):
        return False
    if pat.AGE_THEN_OF.search(text[max(0, start - 24) : start]):
        return True
    first = span[0]
    if first.i == 0 or first.is_sent_start:
        opens = True
    else:
        before = first.nbor(-1)
        opens = before.is_space or before.text in ("--", "-", "—", ":") or before.lower_ in ADDRESS_PREPOSITIONS
    return opens and pat.state_after(text[end : end + 60])


def classify(item: EntityInput, start: int, end: int, label: str, *, extra: bool = False,
             mention: tuple[int, int] | None = None) -> _Cand | None:
    """Type and merge key of one mention; None when it names nothing to resolve (a bare role, a date stamp).

    A person mention with a digit is a designation ("F-16s", "MiG-23"), not a person; an acronym run into
    a name ("CNN Obama") is cut off the mention. A name cut out of an NER mention keeps that mention's offsets
    (``mention``), by which the mention is linked.
    """
    mention = mention or (start, end)
    while start < end and item.text[start] in pat.NAME_QUOTES:
        start += 1
    while end > start and item.text[end - 1] in pat.NAME_QUOTES:
        end -= 1
    text = item.text[start:end]
    if (article := INDEFINITE_ARTICLE.match(text)) and len(text.split()) > 2 - (label == "ORG"):
        return classify(item, start + article.end(), end, label, extra=extra, mention=mention)  # "a Civil War", "An
        # African Union", "a White House official" (a second "White House" had been named "a White House")
    bracket = text.find("(")
    if bracket > 0 and ")" not in text[bracket:]:  # "National Association of Pension Funds (NAPF": a bracket NER left
        end = start + len(text[:bracket].rstrip())  # open is no part of the name
        text = item.text[start:end]
    if (name := _before_a_dash(text)) is not None:  # "Saif al-Islam Gadhafi -- Libyan leader", "UTC - Kees Willemse"
        return classify(item, start, start + len(name), label, extra=extra, mention=mention)
    name, found, when = text.partition(", ")  # "the University of Hawaii, March 2011": a source's date run into the name
    if found and name.strip() and pat.calendar_only(when):
        return classify(item, start, start + len(name.rstrip()), label, extra=extra, mention=mention)
    if label == "ORG" and (first := _first_of_listed_bodies(text)):
        # "the American Society of International Law, International Peace Institute": two bodies run into one mention
        return classify(item, start, start + len(first), label, extra=extra, mention=mention)
    if label == "PERSON" and not pat.VESSEL_PREFIX.match(text) and (cut := pat.glued_prefix(text)):  # ("USS
        # Kearsarge" is a ship's name, not "Kearsarge" after an outlet's acronym)
        start, text = start + cut, text[cut:]
    span = _mention_span(item.doc, start, end)
    if label in ("ORG", "PERSON") and " " in text.strip() and pat.country_code(text):
        label = "GPE"  # "DR Congo", "Sri Lanka" tagged a body or a person ("DR" read as a doctor's title): a country
    elif label == "PERSON" and pat.country_code(text) and not _titled_before(span):
        label = "GPE"  # "Venezuela says it will send ...", "militias in Mali streets": a country's name, no one's
    elif label in ("PERSON", "ORG") and " " not in text.strip() and pat.demonym_country(text):
        label = "NORP"  # "the first Briton to die", "One Briton is confirmed dead" (tagged a body): a demonym
    if label == "ORG" and span is not None and len(span) > 1 and (head := _titled_name(span)) is not None:
        return classify(item, head.start_char, end, "PERSON", extra=extra, mention=mention)  # "Coast Guard Commandant Thad Allen"
    if label == "ORG" and span is not None and len(span) > 1 and (_title_word(span[-1]) or span[-1].lower_ in TITLE_MODIFIERS):
        # "Coast Guard Adm." (Thad Allen), "U.S. Navy Rear" (Adm. ...)
        body = len(span)
        while body > 0 and (_title_word(span[body - 1]) or span[body - 1].lower_ in TITLE_MODIFIERS):
            body -= 1
        if body == 0:
            return None  # "Rear Adm.": a title alone
        return classify(item, start, span[body - 1].idx + len(span[body - 1]), label, extra=extra, mention=mention)  # "Coast Guard Adm."
    if label in ("PERSON", "GPE") and span is not None and len(span) > 1 and span[0].pos_ in ("VERB", "AUX"):
        start = span[1].idx  # "Blame Obama?", "Following Obama's speech", "Let Korea blow itself up": a verb run into
        text, span = item.text[start:end], span[1:]  # the name
    if label == "ORG" and span is not None and (person := _person_after_a_body(span)) is not None:
        return classify(item, person.start_char, end, "PERSON", extra=extra, mention=mention)  # "Chairman of the
        # African Union Jean Ping": the chairman, named after the body his title holds
    if span is not None and len(span) > 1 and span[-1].tag_ == "RB" and span[-1].is_title and label in ("PERSON", "ORG"):
        return classify(item, start, span[-2].idx + len(span[-2]), label, extra=extra, mention=mention)  # "in Misrata
        # Elsewhere in Libya, ...": a headline's place run into the next sentence's adverb (a person "Misrata Elsewhere")
    if span is not None and len(span) > 1 and span[-1].is_lower and span[-1].pos_ in FUNCTION_POS:
        return classify(item, start, span[-2].idx + len(span[-2]), label, extra=extra, mention=mention)  # "said Hester of
        # the University of Houston", "two dogs, Holly and Echo": NER ran the name into the word after it
    surface = _surface(text)
    norm = pat.normalise(text)
    named_body = False  # the text names a would-be person as a body ("the Libyan newspaper Quryna")

    def make(kind: str, key: str, code: str | None = None) -> _Cand:
        cut = None if extra or mention == (start, end) else list(mention)
        return _Cand(item.article_id, start, end, text, label, kind, key, code, extra, mention=cut,
                     placed=_placed(span), with_bodies=_listed_with_bodies(span), craft=_names_a_craft(span),
                     body_noun=_described_as_body(span) or named_body, s_after=(after := _s_after(item.text, end)),
                     own_s=bool(after) and _own_s(span, end + len(after)))

    if (not norm or pat.calendar_only(text) or pat.not_a_name(text) or _verb_alone(span) or _caption_label(item.text, end, text)
            or _shouted_common_words(text, item.doc) or _suffix_of_a_name(span)):
        return None
    if label != "NORP" and _adjectives_only(span):
        return None  # "whether they are Eastern or Western", "a promiscuous, un-Islamic woman": a quality, no name
    if pat.VESSEL_PREFIX.match(text) or (_make_of_thing(span, label) and not (pat.country_code(text) or pat.demonym_country(text))):
        # a ship, a rocket's make: neither a person, a place nor a body (but "US nuclear bombs" are a country's)
        return make("other", "other:" + norm)
    if _names_kin_group(span):
        return make("other", "other:" + norm)  # "the Obeidi tribe": a people, neither a body nor a place
    if _names_a_text(surface) or norm in pat.FAITH_NAMES or _titled_as_a_work(span, label):
        return make("other", "other:" + norm)  # "the Big Oil Bailout Prevention Liability Act", "#BPcares", "Islam"
    if norm in pat.FEASTS or label != "PERSON" and len(surface.split()) > 1 and surface.split()[-1] in pat.OCCASION_HEADS:
        return make("other", "other:" + norm)  # "International Women's Day" (tagged a body), "Easter" (a place): a day
        # ("Doris Day" is a person)
    if label in ("PERSON", "ORG") and pat.SIDE_PREFIX.match(text):
        label = "NORP"  # "pro-Gadhafi" names a side of the conflict, never a person or a body
    if label == "PERSON" and any(ch.isdigit() for ch in text):
        return make("other", "other:" + norm)
    if _names_a_landform(text, label):
        label = "LOC"  # "Chandeleur Sound", "Breton National Wildlife Refuge": a place, whatever the tagger thought
    if label in ("PERSON", "ORG", "NORP") and _addressed_town(item.text, start, end, span, text):
        label = "GPE"  # "Metairie, La.: Why would ...", "Marvin Alfaro, 32, of Woodbridge": a town, whatever the tagger thought
    if label == "PERSON" and _person_is_place(span) or label in ("NORP", "PRODUCT") and _a_town_named(span):
        label = "GPE"  # "fighting in Brega", "the town of Garyan" (a nationality): a town the parse places, whatever
        # the tagger thought
    elif label == "PERSON" and _named_as_body(span):
        named_body = True
        label = "ORG"  # "the Libyan newspaper Quryna", "Libya's Quryna newspaper", "the state news agency Sana said"
    elif label == "ORG" and _a_towns_name(span):
        label = "GPE"  # "residents of the city of Yefren", "the towns of Yefren and Kikla": the town a place's noun names
    elif label in ("GPE", "LOC", "FAC") and _place_speaks(span, text):
        label = "PERSON"  # "..., St. John said": a historian, whatever the tagger thought
    elif label in ("GPE", "LOC", "FAC", "ORG") and not (pat.country_code(text) or pat.capital_country(text)
                                                       or org_key(text) in KNOWN_ORGS) and (
            _described_as_person(span) or _after_a_person_noun(span)):
        label = "PERSON"  # "Gadhafi's daughter, Ayesha", "oysterman Kuzma Tesvich": a person, whatever the tagger thought
    parts = norm.split()
    if label == "PERSON" and len(parts) > 1 and parts[-1] in pat.ORG_HEADS - pat.SURNAME_HEADS:
        label = "ORG"  # "Fitch Ratings said", "Credit Suisse Securities": a body's name, whatever the tagger thought
    elif label == "PERSON" and len(parts) > 1 and parts[-1] in pat.FACILITY_NOUNS:
        label = "FAC"  # "the Corinthia Hotel" (LibyaWar_cnn, dev, tagged a person): a building, whatever the tagger thought
    elif label == "ORG" and len(parts) > 1 and parts[-1] in pat.BUILDING_NOUNS and org_key(text) not in KNOWN_ORGS:
        label = "FAC"  # "the rebels' control of the National Insurance Building" (tagged a body): a building
    elif label in ("GPE", "LOC", "FAC") and len(parts) > 2 and parts[0] in pat.ORG_HEADS and parts[1] in ("for", "of"):
        label = "ORG"  # "the Center for a New American Security" (tagged a place): a body named for its purpose
    if label == "PERSON" and org_key(text) not in KNOWN_ORGS:  # "Unicef" tagged a person is the body
        key = pat.name_key(text)
        return make("person", key) if key else None
    if org_key(text) in KNOWN_ORGS:
        return make("organisation", "org:" + org_key(text), _prefix_country(surface))  # "the United Nations" tagged FAC
    code = pat.demonym_country(text)
    if code and (label in {"NORP", "GPE", "LOC"} or label == "PERSON" and " " not in text):  # "Thais", "abducted Briton"
        return make("other", "norp:" + pat.normalise(text).rstrip("s"), code)
    code = pat.country_code(text)
    if code:
        return make("country", "country:" + code, code)
    if norm in ("north", "south") and (code := pat.direction_country(item.text, norm)):
        return make("country", "country:" + code, code)  # "the North" in an article that names North Korea
    code = pat.capital_country(text)
    if code:
        if _capital_is_place(span, item.text, end):
            return make("place", "place:" + norm, code)
        return make("country", "country:" + code, code)
    words = norm.split()
    if words and words[-1] in pat.ROLE_NOUNS and label == "ORG":
        return None  # "National Security Advisor" tagged as an organisation
    if len(words) >= 2 and words[-1] in pat.GOVERNMENT_NOUNS:
        owner = " ".join(words[:-1])
        code = pat.country_code(owner) or pat.demonym_country(owner)
        if code:
            return make("country", "country:" + code, code)  # "the Canadian Government" acts as Canada
    seat = pat.GOVERNMENT_SEATS.get(org_key(text)) or pat.GOVERNMENT_SEATS.get(norm)
    if seat:
        return make("organisation", "org:" + org_key(text), pat.country_code(seat))
    if label == "ORG" or (words and words[-1] in pat.ORG_HEADS):
        owner, _, rest = surface.partition("’s " if "’s " in surface else "'s ")
        direction = pat.direction_country(item.text, owner) if owner.casefold() in ("north", "south") else None
        if rest and (pat.country_code(owner) or direction):
            code = pat.country_code(owner) or direction
            return make("organisation", "org:" + org_key(rest), code)  # "the North's Korean Central News Agency"
        key, code = org_key(text), _prefix_country(surface)
        if NATIONAL_BODY in key.split():  # "China's Foreign Ministry", "the French Defense Ministry": a country's own
            code = code or _owner_before(span)
            if code:
                return make("organisation", f"org:{key}:{code.lower()}", code)
        return make("organisation", "org:" + key, code)
    if label in {"GPE", "LOC", "FAC"}:
        if item.text[end : end + 1] == "." and norm + "." in pat.US_STATE_ABBREVIATIONS:
            norm += "."  # "PORT FOURCHON, LA. -- ...": the tagger left a dateline's state its period
        return make("place", "place:" + pat.US_STATE_ABBREVIATIONS.get(norm, norm))  # "La." is Louisiana
    return make("other", "other:" + norm)


NATIONAL_BODY = "ministry"  # a body every state has one of: merged only within its country


def _before_a_dash(text: str) -> str | None:
    """The name before a spaced dash that ends it, or None when no dash cuts the mention.

    A dash set off by spaces ends a name: what follows is an aside, a caption, a date or the next sentence
    ("Saif al-Islam Gadhafi -- Libyan leader", "Columbia University - Rami Khouri", "The Washington Post - May
    30, 2010"). A hyphen spaced inside one name stays: after a lower-case particle ("Bashar al - Assad") or
    before a body's head word ("the Bowles - Simpson Commission").
    """
    words = text.split(" ")
    for i, word in enumerate(words[1:-1], start=1):
        if word not in L.DASHES and word != "-":
            continue
        left = " ".join(words[:i]).rstrip()
        if word == "-" and (words[i - 1].islower() or pat.normalise(words[-1]) in pat.ORG_HEADS):
            return None
        return left if pat.normalise(left) else None
    return None


def _shouted_common_words(text: str, doc: Doc | None) -> bool:
    """A phrase in capitals that its own article also writes in lower case as common words: shouted ("... hitting
    Geddaf's plane and the CIVILIAN PLANE in Ustica wash hit ... not even able to distinguish a civilian plane from
    another plane", a reader's comment; "Companies like BP do not have a chance in hell of being SUSTAINABLE"), not a
    name. Acronyms stay (their article never writes them in lower case: "NATO"), and so does a name a reader wrote in
    lower case ("EUROPE: Serbia Arrests ..." beside "against the usa, europe, and india": the tagger reads a name)."""
    words = text.removeprefix("the ").removeprefix("The ").split()
    if doc is None or not words or not all(w.isupper() for w in words) or max(len(w) for w in words) < 5:
        return False
    lowered = [w.lower() for w in words]
    for token in doc:
        if token.text == lowered[0] and token.i + len(words) <= len(doc):
            run = doc[token.i : token.i + len(words)]
            if [t.text for t in run] == lowered and run[-1].pos_ != "PROPN":
                return True
    return False


def _caption_label(text: str, end: int, surface: str) -> bool:
    """A transcript's caption of a speaker's trade, in capitals up to its colon ("CARL AZUZ, CNN STUDENT NEWS ANCHOR:",
    "BILL TAYLOR, AUTHOR, “PRACTICALLY RADICAL”: Right."): a role, not a name."""
    words = re.findall(r"[A-Za-z]+", surface)
    if not words or not all(w.isupper() for w in words) or words[-1].lower() not in pat.ROLE_NOUNS | pat.CAPTION_ROLES:
        return False
    colon = text.find(":", end - 1, end + 60)
    return colon >= 0 and not re.search(r"[a-z]", text[end:colon])


FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})  # words no name ends with ("Hester of")
TITLE_MODIFIERS = L.TITLE_MODIFIERS


def _title_word(token: Token) -> bool:
    """A title's abbreviation ("Adm.", "Capt", "Brig")."""
    return token.text.rstrip(".").casefold() in pat.TITLE_ABBREVIATIONS


BODY_NAME_WORDS = pat.ORG_HEADS | pat.NON_BUSINESS_HEADS  # words a body's name ends on, no person's


def _person_after_a_body(span: Span) -> Span | None:
    """The person's name of two or three words the tagger ran on after a body the alias table knows, when a title of
    that body comes before it ("Chairman of the African Union Jean Ping", "Ambassador to the U.N. Mohamed Shalgham"),
    or None ("the U.N. Security Council" has no title before it)."""
    before = [t for t in span.doc[max(0, span.start - 3) : span.start] if t.lower_ != "the"]
    if len(before) < 2 or before[-1].lower_ not in ("of", "to") or before[-2].lemma_.lower() not in pat.ROLE_NOUNS:
        return None
    words = [t for t in span if t.lower_ != "the"]
    for cut in range(1, len(words) - 1):
        tail = words[cut:]
        if 2 <= len(tail) <= 3 and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in BODY_NAME_WORDS
                                       for t in tail) and org_key(
                span.doc[words[0].i : tail[0].i].text) in KNOWN_ORGS:
            return span.doc[tail[0].i : tail[-1].i + 1]
    return None


def _titled_name(span: Span) -> Span | None:
    """The name after a title inside an organisation mention ("Coast Guard Commandant Thad Allen" -> "Thad Allen",
    "Coast Guard Adm. Thad W. Allen"): after a title's abbreviation, one to three capitalised proper nouns to the
    mention's end; after a role noun that does not open the mention, two or three ("General Motors", "Justice
    Department", "U.N. General Assembly" are bodies)."""
    for i in range(len(span) - 2, -1, -1):
        abbreviation = _title_word(span[i])
        if abbreviation or span[i].text.rstrip(".").casefold() in pat.ROLE_NOUNS:
            name = span[i + 1 :]
            fewest = 1 if abbreviation else 2
            if (abbreviation or i > 0) and fewest <= len(name) <= 3 and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in pat.ORG_HEADS for t in name):
                return name
            return None
    return None


def _owner_before(span: Span | None) -> str | None:
    """The code of the country written right before a body's name ("China's Foreign Ministry", "Britain's Ministry of
    Defense"; the mention itself stays the body's name)."""
    if span is None or span.start == 0:
        return None
    doc, i = span.doc, span.start - 1
    if doc[i].text in ("'s", "’s") and i > 0:
        i -= 1
    owner = next((e for e in doc.ents if e.start <= i < e.end and e.end == i + 1 and e.label_ in ("GPE", "NORP")), None)
    code = (pat.country_code(owner.text) or pat.demonym_country(owner.text)) if owner is not None else None
    return code or None


def _first_of_listed_bodies(text: str) -> str | None:
    """The first of two bodies' names a mention runs together with a comma ("the Colorado School of Mines, Center for
    Hydrate Research"): both of two capitalised words at least, the second with a body's head word; "Dow Jones &
    Company, Inc." (a suffix) and "Bureau of Ocean Energy Management, Regulation and Enforcement" (no head) are one."""
    first, found, rest = text.partition(", ")
    words = rest.split()
    if not found or len(words) < 2 or sum(w[:1].isupper() for w in first.split()) < 2:
        return None
    return first if words[0][:1].isupper() and any(w.casefold().strip(".,") in pat.ORG_HEADS for w in words) else None


def _names_kin_group(span: Span | None) -> bool:
    """A name before or beside a noun of a people bound by descent ("the Obeidi tribe", "Obeidi tribesmen", "his
    tribe, the Obeidi")."""
    if span is None or not len(span):
        return False
    root = span.root
    beside = [root.head] if root.dep_ in ("compound", "appos") else []
    beside += [c for c in root.children if c.dep_ == "appos"]
    return any(t.lemma_.lower() in pat.KIN_GROUP_NOUNS or t.lower_ in pat.KIN_GROUP_NOUNS for t in beside)


def _make_of_thing(span: Span | None, label: str) -> bool:
    """A name that modifies a noun of a made thing ("Katyusha rockets", "a Harrier jet") is its make or model; one
    before a craft's noun is the craft's own name ("the Deepwater Horizon rig") unless it is an organisation's."""
    noun = _modified_noun(span)
    if noun is None or _modifies_a_body_compound(span):
        return False  # "a conservative Washington think tank" is no make of a tank
    return noun in pat.ARTEFACT_NOUNS or (noun in pat.CRAFT_NOUNS and label != "ORG")


def _names_a_craft(span: Span | None) -> bool:
    """A name before a craft's noun, whatever its tag: "the Deepwater Horizon rig", "the Deepwater Horizon drilling rig"."""
    return _modified_noun(span) in pat.CRAFT_NOUNS


def _modified_noun(span: Span | None) -> str | None:
    """The noun a name modifies as a compound after it ("Katyusha" in "Katyusha rockets"), or None."""
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.i < span.end:
        return None
    return root.head.lemma_.lower()


def _names_a_text(surface: str) -> bool:
    """A law's, an accord's or a document's name ("the Oil Pollution Act", "Resolution 1973", "the Hydrate Guidelines"),
    a prize's ("the Robert Capa Gold Medal"), or a hashtag ("#BPcares"): a thing, neither a body nor a person, whatever
    the tagger thought."""
    words = [w for w in surface.split() if not w.isdigit()]
    return surface.startswith("#") or (len(words) >= 2 and words[-1].strip(".,") in pat.TEXT_HEADS | pat.PRIZE_HEADS)


def _titled_as_a_work(span: Span | None, label: str) -> bool:
    """A name a noun of a work, a show or a tour sets off as its title: after the noun and a determiner ("the song
    Everybody Hurts", "the film Titanic"), or, a body's or a thing's name of two words or more, right before it ("Radio
    4's Inside Money programme", "Coldplay's Viva La Vida tour jacket": judged wrong types in the entity draw of seed
    6201). A person's name before such a noun is whose work it is ("a Beyonce song"), and so is a body's name that
    holds a body's word ("the UN programme"); a programme after a name is most often a body's ("the World Food
    Programme", its last word cut off by the tagger)."""
    if span is None or not len(span):
        return False
    doc = span.doc
    if (span.start >= 2 and doc[span.start - 1].lower_ in pat.WORK_NOUNS and doc[span.start - 1].pos_ == "NOUN"
            and doc[span.start - 2].dep_ in ("det", "poss", "case")):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    words = [t for t in span if t.is_alpha]
    return (after is not None and after.lower_ in pat.WORK_NOUNS - pat.BODY_WORK_NOUNS and after.pos_ == "NOUN"
            and label != "PERSON" and len(words) >= 2
            and not any(t.lower_ in BODY_NAME_WORDS for t in words)
            and all(t.is_title or not t.is_alpha for t in span))


def _suffix_of_a_name(span: Span | None) -> bool:
    """A degree or suffix written after a person's name and a comma ("Robert Rigg, MD"): no place ("BALTIMORE, Md." is
    one: no person before it)."""
    if span is None or span.start < 2 or span.text.rstrip(".") not in pat.NAME_SUFFIXES:
        return False
    comma, name = span.doc[span.start - 1], span.doc[span.start - 2]
    return comma.text == "," and name.ent_type_ == "PERSON"


def _verb_alone(span: Span | None) -> bool:
    """A one-word mention the parser reads as a verb or an adverb: a capitalised sentence opener ("Obtaining ...",
    "Eventually, one of the men puts his sock-covered foot on her face") is no name."""
    return span is not None and len(span) == 1 and span[0].tag_ in ("VBG", "VBN", "VBD", "VB", "VBZ", "VBP", "RB")


def _adjectives_only(span: Span | None) -> bool:
    """A mention the parser reads as adjectives alone ("Eastern", "un-Islamic"), with no noun to name."""
    return span is not None and len(span) > 0 and all(t.tag_ in ("JJ", "JJR", "JJS") or t.is_punct for t in span)


def _prefix_country(surface: str) -> str | None:
    """'U.S. State Department' -> USA; 'Chinese Ministry of Foreign Affairs' -> CHN."""
    words = surface.split()
    for n in (2, 1):
        head = " ".join(words[:n])
        if len(words) > n:
            code = pat.country_code(head) or pat.demonym_country(head)
            if code:
                return code
    return None


# --- one article -------------------------------------------------------------------------------


def repeated_title_lines(item: EntityInput) -> list[tuple[int, int]]:
    """Body lines that repeat a title-block line (a duplicated headline): no entity comes from them."""
    titles = {line.strip().casefold() for line in item.text[: item.body_start].splitlines() if line.strip()}
    spans = []
    offset = item.body_start
    for line in item.text[item.body_start :].splitlines(keepends=True):
        if line.strip() and line.strip().casefold() in titles:
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans


class _Taken:
    """Character spans already named, sorted by start: an overlap test costs a bisection, not a scan of every
    mention (a page with a long comment thread has thousands, and each scanned name asked about all of them)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)
        self.longest = longest_span(self.spans)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return bool(overlapping(self.spans, self.longest, start, end))


def _scan_countries(item: EntityInput, cands: list[_Cand]) -> list[_Cand]:
    """Country names, capitals and 'the North' NER missed in the body."""
    found: list[_Cand] = []
    body = item.body_start
    spans = [(m.start(), m.end()) for m in pat.scan_regex().finditer(item.text, body)]
    spans += [(m.start(), m.end()) for m in pat.THE_DIRECTION.finditer(item.text, body)
              if pat.direction_country(item.text, m.group(1))]
    blocked = repeated_title_lines(item)
    taken = _Taken((c.start, c.end) for c in cands)
    for start, end in sorted(spans):
        if taken.overlaps(start, end) or any(s <= start < e for s, e in blocked):
            continue
        if pat.NAMED_AFTER_COUNTRY.search(item.text, max(0, start - 20), start):
            continue  # "a Gulf of Mexico oil slick": a sea's name, not the country
        cand = classify(item, start, end, "GPE", extra=True)
        if cand is not None and cand.kind in {"country", "place"}:
            found.append(cand)
            taken.add(cand.start, cand.end)
    return found


def _name_tokens(key: str) -> list[str]:
    """A name key's words, a generational suffix after a full name left out."""
    words = key.split()
    return words[:-1] if len(words) > 2 and words[-1].rstrip(".") in L.NAME_SUFFIXES else words


CATAPHORA_CHARS = 600  # a surname stands for a full name printed after it only this close (a headline's "Hayward")
ESTABLISHED_USES = 3  # a surname used alone this often before any full name of it is a person of its own in the article


def _short_form_target(key: str, full_names: list[tuple[int, str]], position: int, bare: list[int], *,
                       kin: bool = False) -> str | None:
    """The full name a one-word name stands for: the latest one before it, else the only one after it (soon after, for
    a surname). A surname the article used alone ``ESTABLISHED_USES`` times before any full name of it came near
    (``bare``: where the article uses it alone) is a person of its own here: a timeline page calling the president
    "Obama" 166 times named "Michelle Obama" once, 35,000 characters in, and every "Obama" had become her. A feature
    calling a man by his first name before it gives his full name ("Mohammed" ... "Mohammed Nabbous") names him."""
    def matches(full: str) -> bool:
        tokens = _name_tokens(full)
        return key == tokens[-1] or key == tokens[0]

    fulls = [(pos, full) for pos, full in full_names if matches(full)]
    if not fulls:
        return None
    surname = any(_name_tokens(full)[-1] == key for _, full in fulls)
    if surname and sum(pos < fulls[0][0] - CATAPHORA_CHARS for pos in bare) >= ESTABLISHED_USES:
        return None
    before = [full for pos, full in fulls if pos < position]
    if kin:  # "the younger Gadhafi": not the one the surname names alone (the first named) but the other namesake the
        # page has named most (then latest): Saif al-Islam, not his brother Khamis named once in passing
        others = Counter(full for full in before if full != before[0]) if surname else Counter()
        return max(others, key=lambda full: (others[full], max(i for i, f in enumerate(before) if f == full)), default=None)
    if surname and len(set(before)) >= 2:
        return before[0]  # a surname two people of the page share is the one it named first: a writer calls the other
        # by more than the surname ("Saif al-Islam", "the younger Gadhafi"); the latest had taken a page's Moammar
        # Gadhafi for Saif al-Islam, whom it named after him, 9 times in a draw of 12
    if before:
        return before[-1]
    after = {full for pos, full in fulls if pos >= position and (not surname or pos <= position + CATAPHORA_CHARS)}
    return after.pop() if len(after) == 1 else None


def _kin_marked(text: str, start: int) -> bool:
    """A surname set apart from its namesake by age: "the younger Gadhafi"."""
    words = text[max(0, start - 16) : start].lower().split()
    return len(words) >= 2 and words[-2] == "the" and words[-1] in L.KIN_ADJECTIVES


def _cluster_people(cands: list[_Cand], text: str = "") -> None:
    """Set each person mention's article cluster: its own full name, or the full name it shortens."""
    people = sorted((c for c in cands if c.kind == "person"), key=lambda c: c.start)
    full_names = [(c.start, c.key) for c in people if len(_name_tokens(c.key)) >= 2]
    bare: dict[str, list[int]] = defaultdict(list)
    for cand in people:
        if len(_name_tokens(cand.key)) < 2:
            bare[cand.key].append(cand.start)
    longer: dict[str, str] = {}
    for cand in people:
        if len(_name_tokens(cand.key)) >= 2:
            written = len(_strip_honorifics(cand.text).split()) >= 2  # "al-Brega" is one word: no name's close
            cand.cluster = (_longer_name(cand.key, full_names, cand.start) if written else None) or cand.key
            if cand.cluster != cand.key:
                longer[cand.key] = cand.cluster
    for cand in people:
        if len(_name_tokens(cand.key)) < 2:
            office = _offices_before(text, cand.start, 1)
            fitting = [(pos, full) for pos, full in full_names
                       if not office or not (other := _offices_before(text, pos, OFFICE_WORDS)) or office <= other]
            target = _short_form_target(cand.key, fitting, cand.start, bare[cand.key], kin=_kin_marked(text, cand.start))
            cand.cluster = longer.get(target, target) if target is not None else None


OFFICE_WORDS = 5  # words before a full name searched for the office it is given ("US Secretary of State Hillary Clinton")


def _offices_before(text: str, start: int, words: int) -> set[str]:
    """The offices (capitalised role nouns) among the ``words`` words right before ``start``: "President" before
    "Clinton". A surname given an office is not the full name the page gives another office ("President Clinton said
    ..." beside "US Secretary of State Hillary Clinton": her husband)."""
    before = re.findall(r"[\w.-]+", text[max(0, start - 80) : start])[-words:] if text else []
    return {w.rstrip(".").lower() for w in before if w[:1].isupper() and w.rstrip(".").lower() in pat.ROLE_NOUNS}


def _longer_name(key: str, full_names: list[tuple[int, str]], position: int) -> str | None:
    """The longer name of the article a name of two words or more closes ("St. John" after "Ronald Bruce St. John",
    "Abdul Jalil" after "Mustafa Abdul Jalil"): the latest before it, else the only one after it."""
    tokens = _name_tokens(key)
    longer = [(pos, full) for pos, full in full_names
              if len(_name_tokens(full)) > len(tokens) and _name_tokens(full)[-len(tokens):] == tokens]
    before = [full for pos, full in longer if pos < position]
    if before:
        return before[-1]
    after = {full for _, full in longer}
    return after.pop() if len(after) == 1 else None


def _surnames_as_people(cands: list[_Cand]) -> None:
    """'Jobs' tagged as an organisation in an article naming Steve Jobs: a short form of that person."""
    owners: dict[str, set[str]] = defaultdict(set)
    for cand in cands:
        words = _strip_honorifics(cand.text).split()
        if len(words) > 2 and words[-1].rstrip(".,").lower() in L.NAME_SUFFIXES:
            words = words[:-1]  # "James H. Cowan Jr.": Cowan
        if cand.kind == "person" and cand.cluster and len(words) >= 2 and not words[-1].isupper():
            owners[words[-1]].add(cand.cluster)  # as written: "Jobs", not "UN" for "Kim Jong Un"
    for cand in cands:
        name = _surface(cand.text)
        if cand.kind in {"organisation", "other"} and len(owners.get(name, ())) == 1:
            cand.kind, cand.key, cand.code = "person", pat.name_key(name), None
            cand.cluster = next(iter(owners[name]))


def initials(surface: str) -> set[str]:
    """Acronyms a multiword name may go by: its capitals, with and without a legal-form suffix."""
    forms = set()
    for name in (surface, pat.ORG_SUFFIXES_ANY_CASE.sub("", surface)):
        words = [w for w in re.split(r"[\s-]+", _surface(name)) if w and w.casefold() not in pat.ACRONYM_SKIP]
        if len(words) >= 2 and all(w[0].isupper() for w in words):
            # an abbreviation inside the name gives all its letters ("U.S. Navy" is USN, not the U.N.)
            forms.add("".join(w.replace(".", "") if "." in w.rstrip(".") else w[0] for w in words))
    return forms


def _expand_acronyms(cands: list[_Cand]) -> dict[str, str]:
    """An acronym ('EADS') takes the key of the one multiword organisation in the article with those capitals, spelt
    out before the acronym is first used (a story about BP that later names "Barataria Pass" or "BNP Paribas" has not
    defined "BP" by them: on bpoil_guardian 313 mentions of BP had gone to six such names)."""
    longs: dict[str, dict[str, int]] = defaultdict(dict)  # capitals -> organisation key -> where it is first named
    first: dict[str, int] = {}  # key -> where the article first uses it
    for cand in sorted(cands, key=lambda c: c.start):
        first.setdefault(cand.key, cand.start)
        if cand.kind == "organisation":
            for form in initials(cand.text):
                longs[form].setdefault(cand.key, cand.start)
    out: dict[str, str] = {}
    for cand in cands:
        short = _surface(cand.text).replace(".", "")
        if cand.kind not in {"organisation", "other"} or not pat.ACRONYM.fullmatch(short):
            continue
        opened = first[cand.key]
        targets = {key for key, start in longs.get(short, {}).items() if start < opened} - {cand.key}
        if len(targets) == 1:
            out[cand.key] = cand.key = targets.pop()
            cand.kind = "organisation"
    return out


_CAP_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_CAP_WORD_AFTER = re.compile(r"^[ -]?[A-Z][a-z]")


def _scan_people(item: EntityInput, cands: list[_Cand]) -> tuple[list[_Cand], list[tuple[int, int, str, str]]]:
    """Short forms of the article's full names NER missed, and garbled 'Firstname Surname' look-alikes.

    One pass over the body for every form at once (a comment thread names hundreds of people); where two names share
    a form, the one met first in the article takes it.
    """
    full = {c.key: c for c in cands if c.kind == "person" and len(_name_tokens(c.key)) >= 2}
    owners: dict[str, list[tuple[int, str, list[str]]]] = defaultdict(list)  # form -> (rank, key, name tokens)
    for rank, (key, first) in enumerate(full.items()):
        tokens = _surface(_strip_honorifics(first.text)).split()
        if len(tokens) < 2:
            continue
        for form in {tokens[-1]} | ({tokens[0]} if len(_name_tokens(key)) >= 3 else set()):
            owners[form].append((rank, key, tokens))
    if not owners:
        return [], []
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True)) + r")(?![\w])")
    found: list[tuple[int, _Cand]] = []
    suspects: list[tuple[int, tuple[int, int, str, str]]] = []
    taken = _Taken((c.start, c.end) for c in cands)
    for match in pattern.finditer(item.text, item.body_start):
        form, start, end = match.group(0), match.start(), match.end()
        for rank, key, tokens in owners[form]:
            if taken.overlaps(start, end) or _CAP_WORD_AFTER.match(item.text[end : end + 2]):
                continue
            before = _CAP_WORD_BEFORE.search(item.text[max(0, start - 30) : start])
            if before and form == tokens[-1] and before.group(1).casefold() not in pat.NOT_A_FIRST_NAME:
                if before.group(1) != tokens[0]:
                    suspects.append((rank, (start - len(before.group(0)), end, key, before.group(1))))
                continue
            cand = _Cand(item.article_id, start, end, item.text[start:end], "PERSON", "person", form.casefold(), extra=True)
            cand.cluster = key
            found.append((rank, cand))
            taken.add(start, end)
    found.sort(key=lambda x: (x[0], x[1].start))  # as a scan name by name would list them
    suspects.sort(key=lambda x: (x[0], x[1][0]))
    return [c for _, c in found], [s for _, s in suspects]


def _scan_bodies(item: EntityInput, cands: list[_Cand]) -> list[_Cand]:
    """The article's organisations written again where the tagger missed them ("Reuters obtained the draft document
    ... BP declined to comment beyond saying it supports the efforts of the fund": "BP", tagged elsewhere in the
    page, untagged there, so its "it" went to Reuters). A name in capitals or of several capitalised words, written
    exactly so, with no capitalised word run into it on either side; the first body of a form takes it."""
    forms: dict[str, _Cand] = {}
    people = {_surface(c.text) for c in cands if c.kind == "person"}  # ("Synte Peacock", tagged a body once, is a woman)
    for cand in cands:
        text = cand.text.strip()
        if (cand.kind == "organisation" and not cand.anaphor and not cand.extra and pat.BODY_FORM.fullmatch(text)
                and _surface(text) not in people):
            forms.setdefault(text, cand)
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w&.'’-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w&'’-]|\.\w)")
    taken = _Taken((c.start, c.end) for c in cands)
    found: list[_Cand] = []
    for match in pattern.finditer(item.text, item.body_start):
        start, end = match.start(), match.end()
        if taken.overlaps(start, end) or _CAP_WORD_AFTER.match(item.text[end : end + 2]) or _CAP_WORD_BEFORE.search(
                item.text[max(0, start - 30) : start]):
            continue
        first = forms[match.group(0)]
        found.append(_Cand(item.article_id, start, end, match.group(0), first.label, first.kind, first.key, first.code,
                           extra=True))
        taken.add(start, end)
    return found


def _context_lemmas(doc: Doc | None, start: int, end: int) -> set[str]:
    """Content lemmas of the sentence around [start, end)."""
    if doc is None:
        return set()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {
        t.lemma_.lower() for t in span.sent
        if t.is_alpha and not t.is_stop and t.pos_ in {"NOUN", "VERB", "PROPN", "ADJ"}
        and not (span.start <= t.i < span.end) and t.lemma_.lower() not in pat.CONTEXT_STOPWORDS
    }


@dataclass
class Suspect:
    """A garbled look-alike of an article's person, with what the Doc says about its context."""

    start: int
    end: int
    text: str
    person_key: str
    first_word: str
    shared: list[str]  # content lemmas its sentence shares with the person's sentences


def suspect_facts(item: EntityInput, cands: list[_Cand], suspect: tuple[int, int, str, str],
                  seen: dict[tuple[int, int], set[str]] | None = None) -> Suspect:
    """The Doc-dependent part of a variant's evidence, read once per article (``seen``: each mention's context
    lemmas, shared by the article's suspects)."""
    start, end, key, first_word = suspect
    seen = {} if seen is None else seen

    def lemmas(a: int, b: int) -> set[str]:
        if (a, b) not in seen:
            seen[(a, b)] = _context_lemmas(item.doc, a, b)
        return seen[(a, b)]

    person_mentions = [c for c in cands if c.kind == "person" and c.cluster == key]
    shared = sorted(lemmas(start, end) & set().union(*(lemmas(c.start, c.end) for c in person_mentions)))
    return Suspect(start, end, item.text[start:end], key, first_word, shared)


def _people_by_cluster(cands: list[_Cand]) -> dict[str, list[_Cand]]:
    """An article's person mentions by their name cluster, in text order."""
    out: dict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        if c.kind == "person" and c.cluster:
            out[c.cluster].append(c)
    return out


def _variant(article: str, people: dict[str, list[_Cand]], suspect: Suspect, surname_owners: int,
             roles: dict[str, list[Role]]) -> _Variant:
    """Evidence and confidence that a look-alike name is a garbled form of the article's person (``people``: the
    article's person mentions by name cluster)."""
    start, end, key, first_word = suspect.start, suspect.end, suspect.person_key, suspect.first_word
    person_mentions = people.get(key, [])
    true_first = key.split()[0]
    evidence = [
        f"same article names {key.title()!s} ({len(person_mentions)} mentions)",
        f"shares the surname '{key.split()[-1].title()}' and appears after the full name"
        if person_mentions and person_mentions[0].start < start else f"shares the surname '{key.split()[-1].title()}'",
    ]
    confidence = 0.5
    similarity = SequenceMatcher(None, first_word.casefold(), true_first).ratio()
    if surname_owners == 1:
        confidence += 0.15
        evidence.append("no other person in the corpus has this surname")
    if not any(r.start >= start - 80 and r.end <= start for r in roles.get(key, [])):
        confidence += 0.05
        evidence.append(f"'{first_word}' is not introduced with a role of its own")
    shared = suspect.shared
    if shared:
        confidence += min(0.15, 0.05 * len(shared))
        evidence.append("shares context with the person's sentences: " + ", ".join(shared[:6]))
    for role in roles.get(key, []):
        evidence.append(f"the person's role in this article: {role.title}")
        break
    if similarity >= 0.6:
        evidence.append(f"'{first_word}' is spelled like '{true_first.title()}' (similarity {similarity:.2f})")
        confidence += 0.05
    return _Variant(article, start, end, suspect.text, key, evidence, round(min(confidence, 0.95), 2))


def _role_descriptions(item: EntityInput, cands: list[_Cand], roles: dict[str, list[Role]]) -> list[_Cand]:
    """'the Russian president', 'the NSC official' -> the one person this article gave such a role earlier."""
    found: list[_Cand] = []
    role_spans = [(r.start, r.end) for rs in roles.values() for r in rs]
    matches = [(m, False) for m in pat.ROLE_DESCRIPTION.finditer(item.text, item.body_start)]
    matches += [(m, True) for m in pat.GENERIC_ROLE_DESCRIPTION.finditer(item.text, item.body_start)]
    people = _Taken((c.start, c.end) for c in cands if c.kind == "person")
    for match, generic in sorted(matches, key=lambda x: x[0].start()):
        start, end = match.start(), match.end()
        if people.overlaps(start, end):
            continue
        if any(s < end and start < e for s, e in role_spans):
            continue  # the description is itself a role of a named person ("Miller, the spokesperson")
        if QUALIFIED_AFTER.match(item.text, end):
            continue  # "The leader of an opposition movement told CNN": a role its own words place, not the leader named
        words = [w for w in match.groups() if w]
        wanted = " ".join(w.strip() for w in words).casefold()
        if generic:  # "the NSC official": the modifier is a word of the person's title
            owners = {key for key, rs in roles.items()
                      if any(words[0].casefold() in _spelled_title(r.title).split() and r.end <= start for r in rs)}
        else:  # ("Gen. Carter Ham ... And the general claimed": a title's abbreviation is its word)
            owners = {key for key, rs in roles.items() if any(wanted in _spelled_title(r.title) and r.end <= start for r in rs)}
        if len(owners) != 1:
            continue
        key = owners.pop()
        since = max(r.end for r in roles[key] if r.end <= start)
        if _introduced_since(item.text, since, start, words):
            continue
        cand = _Cand(item.article_id, start, end, item.text[start:end], "PERSON", "person", key, extra=True)
        cand.cluster = key
        cand.described = True
        found.append(cand)
        people.add(start, end)
    return found


QUALIFIED_AFTER = re.compile(r"\s+(?:of|for|at)\s")  # a description's own qualifier follows it


def _spelled_title(title: str) -> str:
    """A title in lower case with its abbreviations spelt out ("Gen." -> "general", "Lt. Cmdr." -> "lieutenant
    commander")."""
    return " ".join(L.TITLE_ABBREVIATION_WORDS.get(w.strip(".").casefold(), w.casefold()) for w in title.split())


def _introduced_since(text: str, since: int, start: int, words: list[str]) -> bool:
    """Someone new of that description met since the titled person: "Libyan Prime Minister Al-Baghdadi ... a Libyan
    official said. ... The Libyan official, who spoke on condition of anonymity, said": the official, not the prime
    minister ("an al Qaeda leader" is no new "Libyan leader")."""
    *modifiers, noun = [w.strip() for w in words]
    found = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w.'’-]+\s+){{0,3}}){re.escape(noun)}\b").finditer(text, since, start)
    return any(all(m in match.group(1).split() for m in modifiers) for match in found)


def _in_title(cand: _Cand, titles: list[RoleSpan], named: frozenset[str] | set[str] = frozenset()) -> bool:
    """An organisation tagged inside a person's title ('Secretary of State', 'White House ... Communications'). One
    that opens the title and that the article names outside titles too (``named``: their keys) is the body whose
    title it is ("BP chief executive Tony Hayward")."""
    if cand.kind != "organisation" or cand.label != "ORG":
        return False
    key = org_key(cand.text)
    known = key in {v.casefold() for v in pat.ORG_ALIASES.values()} | set(pat.GOVERNMENT_SEATS)
    return not known and any(t.start <= cand.start and cand.end <= t.end and not _rank_after(t.text[cand.end - t.start :])
                             and not (t.start == cand.start and key in named) for t in titles)


def _rank_after(rest: str) -> bool:
    """A title that goes on with a rank written short after the organisation ("Coast Guard Rear Adm."): the
    organisation is the one the person serves in, named in full."""
    return any(w.endswith(".") and w.casefold().rstrip(".") in L.TITLE_ABBREVIATIONS for w in rest.split())


# --- pronouns and definite descriptions --------------------------------------------------------


@dataclass(slots=True)
class _Antecedent:
    """A mention a later pronoun or description may point back to; ``cand`` None blocks without linking."""

    start: int
    sentence: int
    subject: bool
    quoted: bool
    kind: str
    cand: _Cand | None
    speaker: bool = False  # subject of a speech verb ("Kirby told", "added Kirby")
    gender: str | None = None  # "f"/"m" when the words say ("a woman", "Mrs. X", a "she" that links nothing)
    main: bool = False  # subject of the sentence's own verb, not of a clause set into it ("X predicted that Y will")
    modifier: bool = False  # a name that only qualifies a noun after it ("Under U.S. political pressure", "BP officials")


def quote_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans inside quotation marks; an unclosed quote ends at the paragraph break."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    for match in re.finditer(pat.QUOTE_MARKS.pattern + r"|\n\s*\n", text[start:]):
        mark, at = match.group(), match.start() + start
        if opened is None:
            if mark in pat.QUOTE_PAIRS:
                opened, closer = at, pat.QUOTE_PAIRS[mark]
        elif mark == closer or mark.strip() == "":
            spans.append((opened, at + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _token_facts(doc: Doc, text: str, start: int) -> tuple[list[int], list[bool]]:
    """Sentence number and 'inside a quotation' of every token, in one pass."""
    sentence = [0] * len(doc)
    for n, sent in enumerate(doc_sentences(doc)):
        for i in range(sent.start, sent.end):
            sentence[i] = n
    quoted = [False] * len(doc)
    spans = quote_spans(text, start)
    k = 0
    for i, idx in enumerate(token_starts(doc)):
        while k < len(spans) and spans[k][1] <= idx:
            k += 1
        quoted[i] = k < len(spans) and spans[k][0] < idx
    return sentence, quoted


def pleonastic(token: Token) -> bool:
    """'it' with nothing to refer to: 'it is likely that ...', 'it emerged that', 'it is hoped ...', 'It has not been
    easy for Ahmida to watch ...', 'it seems unlikely', 'what it was like inside', 'go it alone', 'it could be November'."""
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() == "go":
        return True  # "We don't want to go it alone": one goes nothing
    if token.dep_ not in pat.SUBJECT_DEPS:
        return False
    if _it_of_a_small_clause(token):
        return True  # "making it more difficult for them to recover", "made it clear that ..."
    if head.lemma_ == "be" and any(c.dep_ == "attr" and c.ent_type_ in ("DATE", "TIME") for c in head.children):
        return True  # "it could be November or later", "it was 3 a.m.": a time, no body
    clause = any(c.dep_ in {"ccomp", "csubj", "xcomp"} and c.i > head.i for c in head.children)
    if token.dep_ == "nsubjpass" and clause:
        return True  # "it is hoped the first aircraft can ...", "it has been reported that"
    if head.lemma_.lower() not in pat.PLEONASTIC_HEADS:
        return False
    adjectives = [c for c in head.children if c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ"]
    if adjectives and any(c.dep_ == "advcl" and c.i > head.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                          for c in head.children):
        return True  # "It has not been easy for Ahmida to watch", "Is it possible for the U.S. ... to work around this?"
    if any(a.lower_ in pat.PROPOSITION_ADJECTIVES for a in adjectives):
        return True  # "But it seems unlikely because ...": the "it" is what was just said, no body
    if head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "like" and not any(g.dep_ == "pobj" and g.i > c.i
                                                                                       for g in c.children)
                                   for c in head.children):
        return True  # "what it was like inside": the "what" is the object, the "it" the scene
    return clause or any(
        (c.dep_ in {"acomp", "attr"} or c.dep_ == "advmod" and any(g.lower_ == "too" for g in c.children if g.dep_ == "advmod"))
        and any(g.dep_ in {"xcomp", "ccomp"} for g in c.children) for c in head.children
    )  # ("it was still too soon to reach a final conclusion": the parse makes "soon" an adverb)


def _it_of_a_small_clause(token: Token) -> bool:
    """The "it" of a small clause a verb of making takes, whose adjective has the clause it stands for after it: "making
    it more difficult for them to recover" (the parse makes "it" the adjective's subject), "made it clear that ..."."""
    adjective = token.head
    return (adjective.pos_ == "ADJ" and adjective.dep_ in ("ccomp", "xcomp", "oprd")
            and adjective.head.lemma_.lower() in pat.SMALL_CLAUSE_VERBS and any(
                c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > adjective.i
                and any(g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that", "for") for g in c.children)
                for c in adjective.children))


def _describes_a_thing(token: Token) -> bool:
    """'it is a matter of concern', 'it is something': a copula naming a common noun that no name is."""
    if token.dep_ not in pat.SUBJECT_DEPS or token.head.lemma_ != "be":
        return False
    attrs = [c for c in token.head.children if c.dep_ == "attr"]
    return any((c.pos_ in {"NOUN", "PRON"} and c.lower_ not in pat.NOMINAL_HEADS and not c.ent_type_) for c in attrs)


def _description(token: Token, cover: set[int], peoples: set[int]) -> tuple[Token, str, bool] | None:
    """'the company' / 'the US manufacturer' at a 'the': its head noun, the type it stands for, and whether a people's
    adjective (``peoples``) in it says where the body is from ("The British energy company dismissed it"). Any other
    name inside makes it none, and so does a people's adjective in a country's or a government's description ("The
    French government" is no Libya the page is about)."""
    if token.lower_ != "the" or token.dep_ != "det":
        return None
    head = token.head
    kind = pat.NOMINAL_HEADS.get(head.lower_)
    if kind is None or head.i <= token.i or head.tag_ != "NN" or head.ent_type_:
        return None
    if any(i in cover and not (kind == "organisation" and i in peoples) for i in range(token.i, head.i + 1)):
        return None
    if any(t.pos_ not in {"ADJ", "NOUN", "PROPN"} or t.ent_type_ in {"PERSON", "ORG"} for t in token.doc[token.i + 1 : head.i]):
        return None
    if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children):
        return None
    return head, kind, any(i in peoples for i in range(token.i, head.i))


PLACED_BODY_TIMES = 3  # named mentions so far that make a business the page's own for "the British energy company",
PLACED_BODY_LEAD = 2  # ... this many times as often as any other


def _page_business(bodies: list[_Antecedent]) -> _Antecedent | None:
    """The business the article is about, named ``PLACED_BODY_TIMES`` or more and ``PLACED_BODY_LEAD`` times as often as
    any other body so far (no news medium): what a business's description that says where it is from stands for ("BP
    ... The British energy company dismissed it"), not the body named last ("ratings agency Standard & Poor's lowered
    its outlook on the British oil giant"). A page about no one business has none: "the Libyan opposition group" and
    "the Italian ANSA news agency" were NATO on pages that name NATO most."""
    counts = Counter(a.cand.key for a in bodies if a.kind == "organisation" and a.cand is not None and not a.cand.anaphor)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < PLACED_BODY_TIMES or (len(ranked) > 1 and ranked[0][1] < PLACED_BODY_LEAD * ranked[1][1]):
        return None
    top = ranked[0][0]
    found = next((a for a in reversed(bodies) if a.kind == "organisation" and a.cand is not None and a.cand.key == top), None)
    return None if found is None or found.cand is None or _no_business(found.cand) or a_medium_name(_surface(found.cand.text)) else found


MAIN_BODY_TIMES = 3  # named mentions so far that make an article's main body "the company" over one named in passing


def _main_body(bodies: list[_Antecedent], kind: str, picked: _Antecedent | None, at: int, noun: str = "",
               continuing: bool = False) -> _Antecedent | None:
    """"The company", "the oil giant" is the article's main body when it has been named ``MAIN_BODY_TIMES`` as often
    as the one named last ("BP ... bought search terms on Google, Yahoo and Microsoft's Bing. The oil giant has shelled
    out ...": BP, named all through, not Microsoft, named once), and "the country" its main country ("A U.S.
    intelligence source said the CIA is operating in the country" is Libya on a page about Libya) unless the country
    picked was named in this sentence (``at``) or the one before ("In Iraq, ... operations in the country", "Biden has
    finished a trip to China. ... when he arrived in the country"), nor, for a description that is itself the main
    subject (``continuing``), a body that was the main subject of this sentence or the one before ("Royal Dutch Shell
    Plc idled seven rigs .... Saying the ban would reduce its production ..., the company did not rule out reclaiming
    the cash from BP": Shell, on a page about BP; "BP's Thunder Horse platform captured front pages ... The company
    predicted": the name only qualified the subject; "Fitch Ratings ... the company's shares have fallen": BP's; "...,
    BP spokesman Marti Powers said ... and the company is hiring crews": a speaker is no body that acts)."""
    if picked is None or picked.cand is None or (
            (kind == "country" or continuing and picked.main and not picked.modifier and not picked.speaker)
            and at - picked.sentence <= 1):
        return picked
    if noun and _name_holds(picked.cand, noun):
        return picked  # "MIDDLE EAST: Group of Libyan Military Brass Defects ... The group urged": the body the noun
        # names, not the page's most named one (al-Qaeda)
    counts = Counter(a.cand.key for a in bodies if a.kind == kind and a.cand is not None and not a.cand.anaphor)
    top, times = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if top is None or top == picked.cand.key or times < MAIN_BODY_TIMES * max(1, counts[picked.cand.key]):
        return picked
    return next((a for a in reversed(bodies) if a.kind == kind and a.cand is not None and a.cand.key == top), picked)


def _government_named(active: list[_Antecedent], named_governments: list[tuple[int, int, str]], noun: str,
                      at: int) -> _Antecedent | None:
    """"The government" ("the administration") at ``at`` is a country's when every government the article has named
    so far is that country's ("a U.S. government lawsuit ... The company also disputes the government's 4.9 million
    barrel estimate" is the United States', though "Britain's blue-chip board" and "BP's London listed shares" came
    after it), or None: a page that has named two ("Moammar Gadhafi's government", "covert U.S. government support")
    leaves it to the nearest country. ``named_governments``: the article's governments named by whose they are, read
    once for the article."""
    if noun not in pat.GOVERNMENT_NOUNS:
        return None
    named = {a.cand.end: (a, a.cand.key) for a in active if a.kind == "country" and a.cand is not None and not a.cand.anaphor}
    governments = [owner_end for end, owner_end, which in named_governments if end <= at and which == noun]
    if not governments or any(end not in named for end in governments):
        return None
    return named[governments[-1]][0] if len({named[end][1] for end in governments}) == 1 else None


#: A government named by whose it is: "the U.S. government", "Moammar Gadhafi's government", "the Libyan government".
NAMED_GOVERNMENT = re.compile(r"([A-Z][\w.-]*)(?:['’]s)?\s+((?i:government|administration))\b")


def named_governments(text: str) -> list[tuple[int, int, str]]:
    """Each government a text names by whose it is: where the naming ends, where its owner's name ends, and its noun in
    lower case ("government", "administration")."""
    return [(m.end(), m.end(1), m.group(2).lower()) for m in NAMED_GOVERNMENT.finditer(text)]


NAMED_NOUN_REACH = 2  # sentences back a description looks for a body its noun names


def _named_by_the_noun(bodies: list[_Antecedent], kind: str, noun: str, at: int) -> _Antecedent | None:
    """The latest body of the kind, named in this sentence or the ``NAMED_NOUN_REACH`` before, whose name holds the
    description's noun: "MIDDLE EAST: Group of Libyan Military Brass Defects Eight senior members ... (RTT) ... The
    group urged other officers to join them" is that group, not the news agency tagged nearer."""
    for ante in reversed(bodies):
        if at - ante.sentence > NAMED_NOUN_REACH:
            return None
        if ante.kind == kind and ante.cand is not None and _name_holds(ante.cand, noun):
            return ante
    return None


def _last_speaking_body(bodies: list[_Antecedent], at: int, *, press: bool = True) -> _Antecedent | None:
    """The body that last spoke, in this sentence or the ``NAMED_NOUN_REACH`` before ("Al-Jazeera reported on its
    English-language website. ... but did not survive, the network said"): what "the network" or "the organization"
    goes on with when no body's name holds the noun. Not the page's main body: "the agency" on a page about BP is never
    BP. Without ``press``, a news medium that reported is passed over ("The Sunday Times reported ... the group": BP)."""
    for ante in reversed(bodies):
        if at - ante.sentence > NAMED_NOUN_REACH:
            return None
        if ante.kind == "organisation" and ante.cand is not None and ante.speaker and (
                press or not a_medium_name(_surface(ante.cand.text))):
            return ante
    return None


def _name_holds(cand: _Cand, noun: str) -> bool:
    """A name (no pronoun or description linked to one) with ``noun`` among its words: "Group of Libyan Military Brass"
    for "the group"."""
    return not cand.anaphor and noun in cand.text.lower().split()


def _no_business(cand: _Cand | None) -> bool:
    """A body whose name says it is no business (a college, a federation, a committee): never "the company". Read from
    the merge key, which a pronoun linked to the body shares ("registering its rigs")."""
    words = cand.key.split(":", 1)[-1].split() if cand is not None and cand.kind == "organisation" else []
    return bool(words) and words[-1].rstrip(".,'’").removesuffix("'s") in pat.NON_BUSINESS_HEADS


def _speakers_body(noun: Token, covering: dict[int, _Cand], bodies: dict[str, _Cand]) -> _Cand | None:
    """The body a speaker's own title names, for "the company" in the words the speaker says when the title is one
    who runs it (``COMPANY_OFFICER_WORDS``): "BP Chief Executive Officer Tony Hayward told Reuters on Friday the company
    will compensate all those affected" is BP, whatever body the sentence before named last; a "Societe Generale
    analyst" or a "White House spokesman" speaks of another company. A title word the tagger left unnamed is the body
    the article names so (``bodies``, by merge key)."""
    clause = noun.head
    for _ in range(6):  # up to the verb whose reported words hold the noun
        if clause.head.i == clause.i:
            return None
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in pat.SPEAKER_VERBS:
            break
        clause = clause.head
    else:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or not any(t.lower_ in L.COMPANY_OFFICER_WORDS for t in speaker.subtree if t.i < speaker.i):
        return None
    named: dict[str, _Cand] = {}
    for t in speaker.subtree:
        if t.dep_ not in ("compound", "poss") or t.pos_ != "PROPN":
            continue
        body = covering.get(t.i) or bodies.get(org_key(t.text))
        if body is not None and body.kind == "organisation":
            named[body.key] = body
    return next(iter(named.values())) if len(named) == 1 else None


def _tells_words_before(pronoun: Token) -> bool:
    """A pronoun that says words given before it ("Southerners didn't think ..., he says"): its verb of saying takes
    the clause before it, or is set beside it, and none after ("Kaim accused Qatar ..., but he did not say when" tells
    no words)."""
    verb = pronoun.head
    if not _speaks(pronoun) or any(c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > verb.i for c in verb.children):
        return False
    return (verb.dep_ == "parataxis" and verb.head.i < verb.i) or any(
        c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i for c in verb.children)


def _told_to(token: Token) -> bool:
    """A news medium words were told to ("told Reuters", "said in an interview with ABC News"): not a body a later "the
    company" or "it" goes on with. A body told is ("told BP in a June 11 letter that its containment plan ...")."""
    head = token.head if token.dep_ == "compound" else token
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return verb.lemma_.lower() in pat.SPEAKER_VERBS | {"tell", "interview"} and medium_listened(verb, head)


def _in_passing(token: Token) -> bool:
    """The subject of a verb of saying set into another clause ("He saw tribal leaders as ..., St. John said, and ...
    he tried"): who says so in passing is no subject a later pronoun goes on with (a later "he said" still looks for
    the last speaker)."""
    head = token.head if token.dep_ == "compound" else token
    return head.head.dep_ == "parataxis" and head.head.lemma_.lower() in pat.SPEAKER_VERBS


def _main_subject(token: Token) -> bool:
    """A subject of its sentence's own verb, or of a verb joined to it ("X arrived and met ..."), not of a clause set
    into the sentence ("X predicted that Y will ...": X is, Y is not)."""
    verb: Token = first_conjunct((token.head if token.dep_ == "compound" else token).head)
    return verb.dep_ == "ROOT"


def _speaks(token: Token) -> bool:
    """Subject of a speech verb: 'he said', 'Kirby told', '... added Kirby'; not of a "continue" that goes on doing
    something else ("Barack Obama is due to visit the Gulf later today as he continues to rebut criticism": the "he"
    had gone to the last speaker, Tony Hayward)."""
    head = token.head
    if head.lemma_.lower() == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in head.children):
        return False
    return token.dep_ == "nsubj" and head.lemma_.lower() in pat.SPEAKER_VERBS


def _unnamed_kind(token: Token) -> str:
    """What an unnamed noun phrase headed by ``token`` may be the antecedent of: a person or thing(s).

    A noun of gender is a new person only when indefinite ("a desperate Libyan woman", "one man"); "her father",
    "Gadhafi's daughter", "the woman" mostly name someone the article has met, and stay out of the way.
    """
    lemma = token.lemma_.lower()
    if lemma in pat.GENDERED_NOUNS and lemma not in pat.ROLE_NOUNS and token.lower_ not in pat.ROLE_NOUNS:
        definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in token.children)
        if definite:
            return "thing" if token.tag_ == "NN" else "things"
    if token.lower_ in pat.ROLE_NOUNS or lemma in pat.ROLE_NOUNS or lemma in pat.GENDERED_NOUNS or lemma in pat.OCCUPATION_NOUNS:
        return "person" if token.tag_ == "NN" else "things"
    return "thing" if token.tag_ == "NN" else "things"


def _relative_target(token: Token) -> Token | None:
    """The noun a relative 'which' stands for ('Chrysler, which has been ...' -> Chrysler)."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.dep_ != "relcl" or verb.head.i >= token.i:
        return None
    return verb.head


def _by_name(cand: _Cand) -> bool:
    """A mention that gives a name: no pronoun or description linked to one, no role description."""
    return not (cand.anaphor or cand.described)


def _anaphor(item: EntityInput, ante: _Cand, start: int, end: int, label: str) -> _Cand:
    """A pronoun or description carrying its antecedent's type and keys."""
    return _Cand(item.article_id, start, end, item.text[start:end], label, ante.kind, ante.key, ante.code,
                 extra=True, cluster=ante.cluster, anaphor=True)


def _qualifies_a_noun(token: Token) -> bool:
    """A name whose head word modifies a common noun after it ("U.S. political pressure", "BP officials")."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ == "NOUN" and token.head.i > token.i


def _pick(
    active: list[_Antecedent], kinds: frozenset[str], sentence: int, quoted: bool, window: int, *, speaker: bool = False,
    unlike: set[str] | None = None, gender: str | None = None, named_below: set[str] | None = None,
    unbound: tuple[int, int] | None = None, subject: bool = False, trailing: bool = False,
) -> _Antecedent | None:
    """The antecedent: nearest sentence first, its subject before other mentions (in an earlier sentence, the subject of
    the sentence's own verb before one of a clause set into it: "El-Kikhia predicted that Gadhafi will ... And he
    warned" is El-Kikhia; not inside a quotation, whose "he" is seldom the one who goes on speaking), then the latest.

    A pronoun that is itself a speech verb's subject ("he said") looks for the last speaker first; people
    the article calls by the other gender's pronoun (``unlike``: their keys) and mentions whose words give
    the other ``gender`` ("a woman", "Mr. Jalil") are passed over, and so are the people its own clause goes on to
    name (``named_below``, see ``_named_below``). An object pronoun is never its own verb's subject (``unbound``: where
    that subject spans): "The U.S. Fish and Wildlife Service, which oversees the islands, has protected them".
    """
    best: tuple[int, int, int, int, int] | None = None
    chosen = None
    bound = {a.cand.cluster or a.cand.key for a in active if a.cand is not None and unbound[0] <= a.start < unbound[1]
             } if unbound is not None else set()  # named in the subject: not the object, here or before (read only
    # for an object: every pronoun of a long page would otherwise walk all the page's antecedents)
    if speaker:  # the last speaker goes on only until a new person is the subject of a sentence after his words (not
        # inside the words a trailing "..., he says" tells: "Southerners didn't think Northerners were willing to go to
        # war ..., he says" after "Civil War leaders made the same mistake, Thomas says" is Thomas, whoever the words are
        # about; "Hayward became a lightning rod ... when he told ..." is Hayward)
        last_said = max((a.sentence for a in active if a.speaker and a.kind == "person"), default=-1)
        speaker = not any(a.subject and a.kind == "person" and not a.speaker and a.sentence > last_said
                          and (a.sentence < sentence or not trailing) for a in active)
    sayer = _last_speaker(active, sentence) if quoted else None
    for ante in reversed(active):
        distance = sentence - ante.sentence
        if distance > window:
            break
        if ante.cand is not None and (ante.cand.cluster or ante.cand.key) in bound:
            continue
        if sayer is not None and not ante.quoted and ante.cand is not None and (ante.cand.cluster or ante.cand.key) == sayer:
            continue  # nor at the last speaker by another of his mentions ("Gates ... noted ... “His military can turn”")
        if ante.kind not in kinds or (ante.quoted and not quoted) or (unlike and ante.cand and ante.cand.key in unlike):
            continue
        if distance == window and not ante.subject and "person" not in kinds:
            continue  # "Dudley was effectively kicked out of Russia ... before it exploded on 20 April": at the far
            # edge of a pronoun's reach, only a subject is still what "it" goes on with
        if gender and ante.gender and ante.gender != gender:
            continue
        if named_below and ante.cand and (ante.cand.cluster or ante.cand.key) in named_below:
            continue
        if quoted and not ante.quoted and (distance == 0 or ante.speaker or "person" not in kinds):
            continue  # a quotation's pronoun does not point at its speaker; its 'it' stays inside
        if distance == 0 and ante.modifier and subject:
            continue  # "Under U.S. political pressure, it agreed last week to set up a $20 billion fund" (bpoil_reuters:
            # the United States shown agreeing): a name that only qualifies a noun of the pronoun's own clause is no
            # subject it goes on with
        rank = (0 if speaker and ante.speaker else 1, distance, 0 if ante.subject else 1,
                0 if distance == 0 or quoted or ante.main else 1, -ante.start)
        if best is None or rank < best:
            best, chosen = rank, ante
    return chosen


def _last_speaker(active: list[_Antecedent], sentence: int) -> str | None:
    """The key of the last speaker named in ``sentence`` or the one before (``active`` is in text order: read from its
    end, as far back as that sentence only)."""
    said = None
    for ante in reversed(active):
        if sentence - ante.sentence > 1:
            break
        if ante.speaker and ante.cand is not None and (said is None or (ante.sentence, ante.start) > (said.sentence, said.start)):
            said = ante
    return (said.cand.cluster or said.cand.key) if said is not None and said.cand is not None else None


def find_anaphors(item: EntityInput, cands: list[_Cand], role_spans: list[tuple[int, int]]) -> list[_Cand]:
    """Pronouns, 'which' and definite descriptions ('the company') linked to an earlier named mention.

    One pass over the body tokens. He/she -> the latest person whose gender does not conflict; it/they ->
    the latest organisation or country; within the sentence or the two before, sentence subjects first. A
    pronoun outside a quotation never points into one, and one inside a quotation never points at its own
    sentence's speaker. Unnamed people ("the spokesperson", "a State Department official", "a desperate
    Libyan woman") block: a pronoun that reaches them first links nothing. Descriptions reach back through
    the whole article.

    Gender comes from the words ("a woman", "Mrs.") and from the article's own pronouns: a first pass counts
    the pronouns each person is called by, and the second pass knows, from the start, a person most of
    them call "he" (``GENDER_MAJORITY``), so the first "her" of an article never lands on him.
    """
    doc = item.doc
    if doc is None:
        return []
    scan = _AnaphorScan(item, doc, cands, role_spans)
    found, votes = scan.run({})
    doubted, reporters = _gender_clashes(doc, scan.sentence, found)
    votes.subtract(doubted)
    known: dict[str, str] = {}
    for key in {k for k, _ in votes}:
        f, m = max(0, votes[(key, "f")]), max(0, votes[(key, "m")])
        if f + m and max(f, m) >= GENDER_MAJORITY * (f + m):
            known[key] = "f" if f > m else "m"
    known.update(reporters)  # "..., she reported": the reporter's own pronoun outweighs any count
    if not doubted and not any(votes[(key, "m" if g == "f" else "f")] for key, g in known.items()):
        return found  # no one was called by both: the second pass would link the same
    return scan.run(known)[0]


def _gender_clashes(doc: Doc, sentence: list[int], found: list[_Cand]) -> tuple[Counter[tuple[str, str]], dict[str, str]]:
    """Links that cannot hold: one sentence calling one person both "he" and "she" ("He vowed not to leave Libya, she
    reported"). The pronoun that is a speech verb's subject is the reporter and fixes the person's gender; the other
    gender's links are doubted (all of them when neither or both speak). A person is their name cluster ("Christiane
    Amanpour" and a later "Amanpour"). Returns the doubted (key, gender) votes and the reporters' genders by key."""
    by_sentence: dict[tuple[int, str], list[tuple[str, str, bool]]] = defaultdict(list)
    keys: dict[str, set[str]] = defaultdict(set)  # person -> the antecedent keys its links carry
    for link in found:
        gender = pat.PRONOUN_GENDER.get(link.text.lower()) if link.label == "PRON" else None
        span = doc.char_span(link.start, link.end) if gender else None
        if gender and span is not None and len(span) == 1:
            person = link.cluster or link.key
            keys[person].add(link.key)
            by_sentence[(sentence[span[0].i], person)].append((gender, link.key, _speaks(span[0])))
    doubted: Counter[tuple[str, str]] = Counter()
    reporters: dict[str, set[str]] = defaultdict(set)
    for (_, person), said in by_sentence.items():
        if len({g for g, _, _ in said}) < 2:
            continue
        speaking = {g for g, _, speaks in said if speaks}
        if len(speaking) == 1:
            reporters[person] |= speaking
        for gender, key, _speaks_here in said:
            if len(speaking) != 1 or gender not in speaking:
                doubted[(key, gender)] += 1
    return doubted, {key: next(iter(g)) for person, g in reporters.items() if len(g) == 1 for key in keys[person]}


def _named_in(token: Token, covering: dict[int, _Cand], sentence: list[int], quoted: list[bool]) -> _Antecedent | None:
    """A pronoun its own clause names: "her name was Eman al-Obeidy", "his name is X"."""
    noun = token.head
    if token.dep_ != "poss" or noun.lemma_.lower() != "name" or noun.dep_ not in pat.SUBJECT_DEPS or noun.head.lemma_ != "be":
        return None
    attr = next((c for c in noun.head.children if c.dep_ == "attr" and c.i > noun.i), None)
    if attr is None:
        return None
    cand = covering.get(attr.i)
    if cand is None or cand.kind != "person":
        return None
    return _Antecedent(attr.idx, sentence[attr.i], False, quoted[attr.i], "person", cand)


NAMING_ASIDES = frozenset({"poss", "amod", "compound", "appos"})  # "Gadhafi's power", "pro-Gadhafi", "he (Gadhafi)"
LOOSE_CLAUSES = frozenset({"advcl", "relcl", "parataxis", "appos", "npadvmod"})  # "..., though ... Gadhafi's power" (a
# noun's that-clause, parsed "acl", is part of the clause: "dismissed the idea that Obama would ...")


def _named_below(token: Token, covering: dict[int, _Cand]) -> set[str]:
    """The people and bodies a subject pronoun's own clause goes on to name as one of its parts, whom it cannot be: "And
    he dismissed the idea that Obama would somehow be stepping away from the crisis" is someone else dismissing it;
    "Halliburton issued a statement sharply criticizing the presidential commission and BP. It blamed BP for failing to
    run a cement bond log test" is not BP blaming itself. A name that only qualifies a word ("pro-Gadhafi residents",
    "Gadhafi's army"), spells the pronoun out ("he (Gadhafi)") or sits in a looser clause ("he's referred to himself as
    ..., though ... few threats to Gadhafi's power") does not count. Keys, each as its article cluster or its own key."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb, out = token.head, set()
    for t in verb.subtree:
        cand = covering.get(t.i) if t.i > token.i and t.dep_ not in NAMING_ASIDES else None
        if cand is None or cand.kind != "person" and _where_it_acts(t, verb):
            continue  # ("It has frozen $30 billion worth of Libyan assets in the United States": the administration)
        node = t
        while node.i != verb.i and node.dep_ not in LOOSE_CLAUSES:
            node = node.head
        if node.i == verb.i:
            out.add(cand.cluster or cand.key)
    return out


def _where_it_acts(token: Token, verb: Token) -> bool:
    """Whether a name sits in a phrase of place under the verb ("assets in the United States", "flights from Malta"):
    where a body acts, which may be its own country."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in WHERE_PREPOSITIONS:
            return True
        node = node.head
    return False


WHERE_PREPOSITIONS = frozenset(pat.PLACING_PREPOSITIONS | {"at", "from"})
GENDER_MAJORITY = 0.75  # share of a person's pronouns in an article that fixes their gender for the second pass


def _own_subject(pronoun: Token) -> tuple[int, int] | None:
    """The characters of the subject of the verb an object pronoun or description hangs on ("X has protected them": X;
    "a British Foreign Office spokesman neither confirmed nor denied it": the whole of "a British Foreign Office
    spokesman"), or None. Nothing named inside it is the object, nor the one it wants or asks to act."""
    verb = pronoun.head
    if pronoun.dep_ == "nsubj" and to_infinitive(verb) and verb.head.i != verb.i:
        verb = verb.head  # "Greenpeace said it wanted the company to adopt ...": whom one wants to act is one's object
    elif pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_.endswith(("self", "selves")):
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "neither confirmed nor denied it": the subject of the first verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP"):
        subject = _relative_target(subject) or subject  # "the Service, which oversees them"
        return subject.idx, subject.idx + len(subject)
    if subject is None:
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)


def _quoted_clause_owner(token: Token, covering: dict[int, _Cand], quoted: list[bool]) -> _Cand | None:
    """The body whose words a quoted "it" stands in, named as the subject of the verb that reports them outside the
    marks: 'He said BP “recognizes that it has huge obligations and it will have to spend ...”' (the "it" is BP, not the
    country the quote before it ended on)."""
    node = token.head
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i), None)
        if subject is not None and not quoted[subject.i]:
            # the tagger may miss a name it tags elsewhere in the article ("BP" before the marks): the same words
            cand = covering.get(subject.i) or next((c for c in covering.values() if c.text == subject.text), None)
            return cand if cand is not None and cand.kind in BODY_KINDS else None
        if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


THING = frozenset({"thing"})


def _asserted_by(token: Token, covering: dict[int, _Cand]) -> _Cand | None:
    """The body or country whose assertion an "it" is the subject of: "NATO's assertion that it is not targeting
    Gadhafi", "Britain's announcement that it was sending military advisers" (the "it" had gone to the sentence's
    subject, Russia, which "said it had serious doubts about" the assertion)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ not in ("acl", "ccomp") or verb.head.i == verb.i:
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in L.CUE_NOUNS or noun.i > verb.i:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    cand = covering.get(owner.i) if owner is not None else None
    return cand if cand is not None and cand.kind in BODY_KINDS else None


def _named_in_its_words(pronoun: Token, covering: dict[int, _Cand]) -> set[str]:
    """The people a pronoun that says something names in what it says: not who the pronoun is ("But Gadhafi's imminent
    departure is not a foregone conclusion, he added": he is not Gadhafi; a name inside the clause its subject governs
    is never that subject)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in L.SPEECH_VERBS:
        return set()
    set_off = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text in (",", "”", "’", '"')  # "..., he added": the words
    # before are his; after a colon ("Hayward admits to resorting to Churchillian language: he describes ...") they are
    # the writer's, whatever the parse hangs on the verb
    return {covering[t.i].key for c in verb.children if c.dep_ in ("ccomp", "xcomp") and (c.i > verb.i or set_off)
            for t in c.subtree if t.i in covering and covering[t.i].kind == "person"}


class _AnaphorScan:
    """The article's facts for ``find_anaphors``, read once; ``run`` is one pass over its tokens."""

    def __init__(self, item: EntityInput, doc: Doc, cands: list[_Cand], role_spans: list[tuple[int, int]]) -> None:
        self.item, self.doc = item, doc
        self.sentence, self.quoted = _token_facts(doc, item.text, item.body_start)
        self.blocked = repeated_title_lines(item)
        self._governments: list[tuple[int, int, str]] | None = None
        self.covering: dict[int, _Cand] = {}
        for cand in sorted(cands, key=lambda c: c.start):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.covering[i] = cand
        # surnames of the people the article names in full: "Gadhafi" tagged a body in a page naming Moammar and Saif
        # al-Islam Gadhafi (two owners, so it stays a body for the article) is a person to a "he"
        self.surnames = {_strip_honorifics(c.text).split()[-1] for c in cands
                         if c.kind == "person" and len(_strip_honorifics(c.text).split()) >= 2}
        # the article's organisations by name, for a name a speaker's title holds that the tagger left out ("BP Chief
        # Executive Officer Tony Hayward")
        self.bodies = {org_key(c.text): c for c in cands if c.kind == "organisation" and not c.anaphor}
        self.in_role: set[int] = set()
        for start, end in role_spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self.in_role.update(range(span.start, span.end))

    @property
    def governments(self) -> list[tuple[int, int, str]]:
        """The article's governments named by whose they are, read on first use."""
        if self._governments is None:
            self._governments = named_governments(self.item.text)
        return self._governments

    def run(self, known: dict[str, str]) -> tuple[list[_Cand], Counter[tuple[str, str]]]:
        """Links found, and (person key, gender) counts of the pronouns linked to each person."""
        item, doc, sentence, quoted, covering = self.item, self.doc, self.sentence, self.quoted, self.covering
        active: list[_Antecedent] = []
        found: list[_Cand] = []
        votes: Counter[tuple[str, str]] = Counter()
        last: _Cand | None = None

        def push(token: Token, kind: str, cand: _Cand | None, gender: str | None = None) -> None:
            if kind != "person" and _told_to(token):
                return  # "Hayward told Reuters on Friday the company will compensate ...": the company is not Reuters
            subject = token.dep_ in pat.SUBJECT_DEPS or (token.dep_ == "compound" and token.head.dep_ in pat.SUBJECT_DEPS)
            if subject and _in_passing(token):
                subject = False  # "He saw ..., St. John said, and ... he tried": the sentence's subject goes on
            active.append(_Antecedent(token.idx, sentence[token.i], subject, quoted[token.i], kind, cand, _speaks(token), gender,
                                      subject and _main_subject(token), _qualifies_a_noun(token)))
            if subject and any(c.dep_ == "conj" for c in token.children):
                active.append(_Antecedent(token.idx, sentence[token.i], True, quoted[token.i], "things", None))

        consumed: set[int] = set()
        genders = dict(known)  # person key -> the gender of the pronouns linked to it
        named_tokens = set(covering)  # read once: descriptions ask for it at every token
        peoples = {i for i, cand in covering.items() if cand.label == "NORP"}
        blocked = _Taken(self.blocked)
        for token in doc:
            if token.idx < item.body_start or token.i in consumed or blocked.overlaps(token.idx, token.idx + 1):
                continue
            named = covering.get(token.i)
            if named is not None:
                if named is not last and named.kind in {"person", "organisation", "country"}:
                    root = doc.char_span(named.start, named.end, alignment_mode="expand")
                    before = doc[root.start - 1].lower_.rstrip(".") if root is not None and root.start > 0 else ""
                    surname = named.kind == "organisation" and _surface(named.text) in self.surnames
                    kind = "person" if surname else named.kind
                    push(root.root if root is not None else token, kind, named, pat.GENDERED_NOUNS.get(before))
                last = named
                continue
            lower = token.lower_
            if lower in pat.PRONOUN_KINDS and not (lower == "it" and (pleonastic(token) or _describes_a_thing(token))):
                kinds = pat.PRONOUN_KINDS[lower] if not (lower == "it" and token.dep_ in ("dobj", "pobj")) else THING
                # an object "it" is a thing ("to permanently seal it", "the booms meant to contain it"): of 11 a
                # hand-check drew on two dev topics linked to a body or a country, none was
                gender = pat.PRONOUN_GENDER.get(lower)
                unlike = {key for key, g in genders.items() if gender and g != gender} | _named_in_its_words(token, covering)
                ante = _named_in(token, covering, sentence, quoted)
                if ante is not None:  # "She said her name was X": the unlinked "she" of the clause is X as well
                    for other in active:
                        if other.sentence == ante.sentence and other.cand is None and other.kind == "person" and other.gender == gender:
                            other.cand = ante.cand
                elif quoted[token.i] and "person" not in kinds and (owner := _quoted_clause_owner(token, covering, quoted)):
                    ante = _Antecedent(owner.start, sentence[token.i], True, False, owner.kind, owner)
                elif "person" not in kinds and (owner := _asserted_by(token, covering)) is not None:
                    ante = _Antecedent(owner.start, sentence[token.i], True, quoted[token.i], owner.kind, owner)
                else:
                    ante = _pick(active, kinds, sentence[token.i], quoted[token.i], 2, speaker=_speaks(token), unlike=unlike,
                                 gender=gender, named_below=_named_below(token, covering), unbound=_own_subject(token),
                                 subject=token.dep_ in pat.SUBJECT_DEPS, trailing=_tells_words_before(token))
                if ante is not None and gender and ante.cand is not None and ante.kind == "person":
                    genders.setdefault(ante.cand.key, gender)
                    votes[(ante.cand.key, gender)] += 1
                if ante is not None:
                    group = lower in pat.PLURAL_PRONOUNS and ante.kind == "person"  # "Putin ... with Kim, in which they"
                    link = _anaphor(item, ante.cand, token.idx, token.idx + len(token), "PRON") if ante.cand and not group else None
                    if link is not None:
                        found.append(link)
                    push(token, ante.kind, link, gender)
                elif gender:
                    push(token, "person", None, gender)  # "She" with no one to be: the next "she" is her too, no one else
            elif lower in pat.RELATIVE_PRONOUNS:
                target = _relative_target(token)
                ante_cand = covering.get(target.i) if target is not None else None
                if ante_cand is not None and ante_cand.kind in BODY_KINDS:
                    found.append(_anaphor(item, ante_cand, token.idx, token.idx + len(token), "PRON"))
            elif (described := _description(token, named_tokens, peoples)) is not None:
                head, kind, placed = described
                any_body = kind == "organisation" and head.lower_ in pat.BODY_HEADS  # "the network", "the agency"
                bodies = [a for a in active if kind != "organisation" or any_body or not _no_business(a.cand)]
                by_name = _named_by_the_noun(bodies, kind, head.lower_, sentence[token.i])
                if head.dep_ == "appos":  # "MBDA, the multinational missile manufacturer": the name it is set beside
                    named = covering.get(head.head.i)
                    ante = _Antecedent(named.start, sentence[token.i], False, quoted[token.i], kind, named) if (
                        named is not None and named.kind == kind) else None
                elif kind == "organisation" and (own := _speakers_body(head, covering, self.bodies)) is not None:
                    ante = _Antecedent(own.start, sentence[token.i], False, quoted[token.i], kind, own)
                elif placed:  # (a business's only: "the Libyan state news agency", "the Algerian terrorist group" are none)
                    ante = _page_business(active) if head.lower_ not in pat.BODY_HEADS | pat.SPEAKING_GROUP_HEADS else None
                elif any_body:
                    ante = by_name or (
                        _last_speaking_body(bodies, sentence[token.i]) if head.lower_ not in pat.NAMED_BODY_HEADS else None)
                elif kind == "organisation" and head.lower_ in pat.SPEAKING_GROUP_HEADS and by_name is None and (
                        spoke := _last_speaking_body(bodies, sentence[token.i], press=False)) is not None:
                    ante = spoke  # "A group calling itself Seize BP ... said on Monday it would organize demonstrations
                    # ... The group demands that BP's assets be immediately seized": the group that spoke, not the page's
                    # main body (BP)
                elif kind == "country" and (
                        governed := _government_named(bodies, self.governments, head.lower_, token.idx)) is not None:
                    ante = governed
                else:
                    ante = by_name or _pick(
                        bodies, frozenset({kind}), sentence[token.i], quoted[token.i], len(doc), unbound=_own_subject(head))
                    ante = _main_body(bodies, kind, ante, sentence[token.i], head.lower_,
                                      head.dep_ in pat.SUBJECT_DEPS and _main_subject(head))
                link = None
                if ante is not None and ante.cand is not None:
                    link = _anaphor(item, ante.cand, token.idx, head.idx + len(head), "NOMINAL")
                    found.append(link)
                push(head, kind, link)
                consumed.update(range(token.i, head.i + 1))
            elif token.pos_ == "NOUN" and token.i not in self.in_role and (
                token.dep_ in pat.SUBJECT_DEPS or _unnamed_kind(token) == "person"
                or any(c.dep_ == "compound" and c.i in covering for c in token.children)
            ):
                # unnamed: "the spokesperson said", "the index fell", "a desperate Libyan woman burst in", a thing a
                # name only qualifies ("denied the Guardian report ... denied it": the report, not the paper); a noun
                # the name beside it names ("Gadhafi's son Saif Gadhafi told", "A seismologist from the British
                # Geological Survey, Dr Roger Musson, tells") is that person, as the clause's subject
                gender = pat.GENDERED_NOUNS.get(token.lemma_.lower())
                kind = _unnamed_kind(token)
                beside = None
                body_noun = token.lemma_.lower() in L.BODY_ANAPHOR_NOUNS
                names = [covering[c.i] for c in named_beside(token) if c.i in covering] if (
                    kind == "person" or token.tag_ == "NN" or body_noun) else []
                if kind == "person" or token.tag_ == "NN":
                    beside = next((c for c in names if c.kind == "person"), None)
                if beside is None and body_noun:
                    # "A group calling itself Seize BP ... said": the body its name sets off, speaking as that body
                    body = next((c for c in names if c.kind == "organisation"), None)
                    if body is not None:
                        push(token, "organisation", body)
                        continue
                kind = "person" if beside is not None else kind
                push(token, kind, beside, gender if kind == "person" else None)
        return found, votes


def article_entities(item: EntityInput) -> ArticleEntities:
    """Candidates, roles, acronyms and garble suspects of one article (before corpus merging)."""
    blocked = repeated_title_lines(item)
    cands = [
        cand for m in item.mentions
        if m.start >= item.body_start and not any(s <= m.start < e for s, e in blocked)
        if (cand := classify(item, m.start, m.end, m.label)) is not None
    ]
    roles: dict[str, list[Role]] = defaultdict(list)
    titles: list[RoleSpan] = []
    _cluster_people(cands, item.text)
    _surnames_as_people(cands)
    acronyms = _expand_acronyms(cands)
    if item.doc is not None:
        for cand in cands:
            if cand.kind != "person" or cand.cluster is None:
                continue
            for span in find_roles(item.doc, cand.start, cand.end):
                if span.kind == "premodifier":
                    titles.append(span)
                if all(r.start != span.start for r in roles[cand.cluster]):
                    roles[cand.cluster].append(Role(span.text, item.article_id, span.start, span.end, item.published))
    in_title = {id(c) for c in cands if _in_title(c, titles)}
    named = {org_key(c.text) for c in cands if c.kind == "organisation" and id(c) not in in_title}
    cands = [c for c in cands if id(c) not in in_title or not _in_title(c, titles, named)]
    cands += _scan_countries(item, cands)
    cands += _scan_bodies(item, cands)
    people, suspects = _scan_people(item, cands)
    cands += people
    cands += _role_descriptions(item, cands, roles)
    cands += find_anaphors(item, cands, [(r.start, r.end) for rs in roles.values() for r in rs] + [(t.start, t.end) for t in titles])
    cands.sort(key=lambda c: (c.start, c.end))
    seen: dict[tuple[int, int], set[str]] = {}
    return ArticleEntities(item.article_id, cands, dict(roles), acronyms, [suspect_facts(item, cands, s, seen) for s in suspects])


# --- the corpus --------------------------------------------------------------------------------


def entity_id(kind: str, key: str) -> str:
    """Stable id: 'ent_' + 12 hex digits of the SHA-1 of type and cluster key.

    The cluster key is unique within a resolution (two organisations both called "ICRC" keep two keys),
    so ids never collide, and the same mentions give the same id on every rebuild.
    """
    return "ent_" + hashlib.sha1(f"{kind}|{key}".encode()).hexdigest()[:12]


DOMINANT_SHARE = 0.9  # of the mentions of every full name a bare name shortens, the share one must hold to take it


NICKNAMED = re.compile(r"(\S+) \((\S+)\) (.+)")  # "robert (bob) dudley": a first name, its short form, the surname


def _part_run_on_names(cands: list[_Cand]) -> None:
    """A person's full name run into a body's or a place's name after it, two sentences joined with no stop ("...
    chief executive Tony Hayward Greenpeace's video of their protest ...", a video's title run in on bpoil_guardian):
    when the words before are a full name the corpus names more often and the words after the name of a body, a place
    or a thing it names more often, the run is that person, and the article's mentions of the tail alone (which the run had made a
    surname: "Greenpeace, in its response, said", judged wrong speaker in the quote draw of seed 6202) are the body or
    the place."""
    people = Counter(c.cluster for c in cands if c.kind == "person" and c.cluster)
    others: dict[str, Counter[str]] = defaultdict(Counter)  # bare name -> its keys among bodies, places and countries
    for c in cands:
        if c.kind in ("organisation", "place", "country", "other") and not c.anaphor:
            others[_bare_name(c.key)][c.key] += 1
    surnames = Counter(key.split()[-1] for key, n in people.items() if " " in key
                       and people.get(key.rsplit(" ", 1)[0], 0) <= n)  # ("Saif al-Arab Gadhafi": Gadhafi, tagged a
    # body now and then, is a surname the corpus gives others too; a run's own last word is none)
    runs: dict[str, tuple[str, str]] = {}
    for key, n in people.items():
        words = key.split()
        for cut in range(2, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if people.get(head, 0) > n and sum(others.get(tail, Counter()).values()) > n and surnames[tail] <= 1:
                runs[key] = (head, max(others[tail], key=lambda k: (not k.startswith("other:"), others[tail][k], k)))
                break
    for c in cands:
        if c.kind != "person" or c.cluster not in runs:
            continue
        head, body = runs[c.cluster]
        tail_words = len(c.cluster.split()) - len(head.split())
        printed = list(re.finditer(r"\S+", c.text))
        if _bare_name(body) == pat.normalise(_surface(c.text)):
            c.kind, c.key, c.cluster = ("organisation" if body.startswith("org:") else body.split(":", 1)[0]), body, None
            continue
        c.cluster = head
        cut = printed[-tail_words].start() if len(printed) > tail_words else 0
        if cut and pat.normalise(_surface(c.text[cut:])) == " ".join(c.key.split()[-tail_words:]):
            c.mention = c.mention or [c.start, c.end]  # the mention as tagged stays its link; the name shown is the person's
            c.text = c.text[:cut].rstrip()
            c.end = c.start + len(c.text)
            c.key = head


def _nickname_homes(full_keys: set[str], sizes: Counter[str]) -> dict[str, str]:
    """A name printed with a short first name in brackets ("This is not the first time Robert (Bob) Dudley has sat in
    the hot seat") says that its two first names are one person's: "robert dudley", "bob dudley" and the bracketed
    form are one key, the most mentioned of them (``sizes``). Only the corpus's own brackets join names; no table of
    nicknames does."""
    out: dict[str, str] = {}
    for key in sorted(full_keys):
        match = NICKNAMED.fullmatch(key)
        if match is None:
            continue
        forms = [f for f in (key, f"{match[1]} {match[3]}", f"{match[2]} {match[3]}") if f in full_keys]
        home = max(forms, key=lambda f: (sizes[f], f))
        out.update({f: home for f in forms if f != home})
    return out


def _person_key(cand: _Cand, squeezed: dict[str, str], by_word: dict[str, set[str]], sizes: Counter[str]) -> str:
    """Corpus key of a person mention: its article cluster, else the full name it shortens: the only one, or the one
    that holds ``DOMINANT_SHARE`` of their mentions (a story's "Obama" is Barack Obama, not the "Blame Obama" a
    headline's verb made).

    ``squeezed`` maps full names without spaces to themselves; ``by_word`` a first or last name to the
    full names that start or end with it; ``sizes`` each full name's mentions (all built once per corpus).
    """
    if cand.cluster:
        return cand.cluster
    if cand.key.replace(" ", "") in squeezed:
        return squeezed[cand.key.replace(" ", "")]
    return _dominant(sorted(by_word.get(cand.key, ())), sizes.__getitem__) or cand.key


def _dominant(keys: list[str], size: Callable[[str], int], share: float = DOMINANT_SHARE) -> str | None:
    """The only one of ``keys`` (sorted: a tie goes to the first), or the one holding ``share`` of their ``size``: the full name a bare name or a hyphened surname shortens, the name an acronym the articles spell out in two
    ways stands for (on bpoil_washingtonpost "MMS" was spelt out 38 times "Minerals Management Service" and once in a cut
    "Minerals Management Servic", and 20 of its mentions had stood apart as a second "MMS")."""
    if not keys:
        return None
    top = max(keys, key=size)
    return top if size(top) >= share * sum(size(k) for k in keys) else None


def _hyphened_surnames(people: list[_Cand], full_keys: set[str], places: set[str]) -> dict[str, str]:
    """A person's key of two words or more that the corpus only ever writes as one hyphened word ("Moreno-Ocampo",
    "al-Bashir", "Abdul-Jalil") is a surname, not a full name: it goes to the full name it ends, the only one or the one
    holding ``DOMINANT_SHARE`` of their mentions (on LibyaWar_cnn "Moreno-Ocampo", 28 mentions, had stood apart from
    "Luis Moreno-Ocampo", 61, as "Abdul-Jalil" from "Mustafa Abdul Jalil"). A place's name (``places``, bare names) read
    as a person is none ("al-Brega" is the town, not a "New al-Brega"). Returns surname key -> full key."""
    sizes: Counter[str] = Counter()
    spaced: set[str] = set()
    for cand in people:
        if cand.cluster in full_keys and _by_name(cand):
            sizes[cand.cluster] += 1
            if " " in _strip_honorifics(cand.text).strip():
                spaced.add(cand.cluster)
    by_tail: dict[str, list[str]] = defaultdict(list)
    for key in full_keys:
        words = key.split()
        for n in range(1, len(words) - 1):
            by_tail[" ".join(words[n:])].append(key)
    out: dict[str, str] = {}
    for key in sorted(set(sizes) - spaced):
        if _bare_name("person:" + key) not in places and (
                top := _dominant(sorted(t for t in by_tail.get(key, ()) if t in spaced), sizes.__getitem__)) is not None:
            out[key] = top
    return out


def _merge_org_prefixes(sizes: dict[str, int]) -> dict[str, str]:
    """'org:northrop' -> 'org:northrop grumman' when exactly one longer organisation name starts with it, and the
    shorter is not used more often than the longer (``sizes``: mentions per key). A name used more is its own body and
    the longer one a part of it or a name run on: on bpoil_washingtonpost "Deepwater Horizon" (39 mentions) had joined
    "Deepwater Horizon Unified Command" (1), elsewhere the Coast Guard (93) "Coast Guard Rear" (1) and the House of
    Representatives (14) one of its committees (1). Only names count: "The group" said of "Group of Libyan Military
    Brass" is no use of either name."""
    longer: dict[str, list[str]] = defaultdict(list)  # word prefix -> the keys that extend it
    for key in sizes:
        words = key.split(" ")
        for n in range(1, len(words)):  # a name of two words or more in the singular: the cut "US Mineral Management" of
            longer[" ".join(words[:n]) if n == 1 else " ".join(map(_singular, words[:n]))].append(key)  # "Minerals ..."
    heads = {key: " ".join(_singular(w) for w in key.split(" ")) if " " in key else key for key in sizes}
    return {key: longer[head][0] for key, head in heads.items()
            if len(longer.get(head, ())) == 1 and sizes[key] <= sizes[longer[head][0]]}


ORG_LINK_WORDS = frozenset({"of", "and", "the", "for", "&"})  # words a body's name may print or leave out


def _content_words(key: str) -> list[str]:
    """An organisation key's words without its link words ("org:disasters and emergency committee" -> 3 words)."""
    return [w for w in key[4:].split() if w not in ORG_LINK_WORDS]


def _merge_wordings(clusters: dict[str, list[_Cand]]) -> dict[str, str]:
    """One body's or one place's name printed in other words of the same: with and without a link word ("Disasters and
    Emergency Committee" and "Disasters Emergency Committee" on haiti_bbc, which had left its acronym DEC two names to
    choose from), in another order ("Transitional National Council", 137 mentions on LibyaWar_cnn, and "National
    Transitional Council", 70; "Interior Department" and "Department of the Interior" on bpoil_reuters) or with a hyphen
    for a space ("Al-Jazeera", "Al Jazeera"). The wording with fewer mentions joins the other. A place's words in another
    order are one place only beside a link word ("Straits of Florida", "Florida Straits"): two places may share their
    words bare. Returns old -> surviving key."""
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in clusters:
        if key.startswith(("org:", "place:")) and (words := _wording(key)) is not None:
            by_words[words].append(key)
    moved: dict[str, str] = {}
    for keys in by_words.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(clusters[k]), k))
        for key in keys[1:]:
            if key.startswith("place:") and not (_linked(key) or _linked(keys[0])):
                continue
            clusters[keys[0]].extend(clusters.pop(key))
            moved[key] = keys[0]
    return moved


def _wording(key: str) -> tuple[str, ...] | None:
    """A body's or a place's key as its kind, country (a national body's) and content words in any order, hyphens as
    spaces; None for a name of one word."""
    kind, _, rest = key.partition(":")
    name, _, country = rest.partition(":")
    words = sorted(_singular(w) for w in name.replace("-", " ").split() if w not in ORG_LINK_WORDS)
    return (kind, country, *words) if len(words) >= 2 else None


def _singular(word: str) -> str:
    """A word of a name without a plural's "s" ("disasters" -> "disaster"; not "press" or "news"): one writer's "Disaster
    Emergency Committee" is the "Disasters Emergency Committee" (haiti_bbc)."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _spelt_alike(one: str, other: str) -> bool:
    """Two words one spelling apart: the same but for an ending, a start of five letters or more in common that is at
    least 0.7 of the shorter ("atmosphere" and "atmospheric", "oceanic" and "oceanographic"; not "commission" and
    "committee")."""
    common = len(commonprefix([one, other]))
    return one == other or common >= 5 and common >= 0.7 * min(len(one), len(other))


def _acronym_spellings(acronyms: dict[str, set[str]], clusters: dict[str, list[_Cand]]) -> dict[str, str]:
    """Bodies' names that articles spell out for one acronym and that are one name misremembered: as many content words
    of three or more, each the same or spelt alike (``_spelt_alike``) but for one at most. On bpoil_guardian "NOAA" was
    written out as the "National Oceanic and Atmospheric Administration", the "... Agency", the "National Oceanographic
    and Atmospheric Administration" and the "National Oceanic and Atmosphere Administration": seven entities, none
    holding enough of the mentions to take the acronym. The name with fewer mentions joins the other. Returns old ->
    surviving key."""
    moved: dict[str, str] = {}
    for longs in acronyms.values():
        keys = sorted((k for k in longs if k in clusters), key=lambda k: (-len(clusters[k]), k))
        for n, key in enumerate(keys):
            words = _content_words(key)
            if len(words) < 3:
                continue
            for into in keys[:n]:
                if into in moved:
                    continue
                others = _content_words(into)
                if len(others) == len(words) and sum(not _spelt_alike(a, b) for a, b in zip(words, others, strict=True)) <= 1:
                    clusters[into].extend(clusters.pop(key))
                    moved[key] = into
                    break
    return moved


def _linked(key: str) -> bool:
    """Whether a key's name holds a link word ("place:straits of florida")."""
    return any(w in ORG_LINK_WORDS for w in key.partition(":")[2].split())


def _merge_acronyms(keys: set[str]) -> dict[str, str]:
    """'org:nsc' -> 'org:national security council' when exactly one organisation has those initials."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if len(key[4:].split()) >= 2:
            by_initials["".join(w[0] for w in _content_words(key))].append(key)
    out: dict[str, str] = {}
    for key in keys:
        short = key[4:]
        if " " in short or not 2 <= len(short) <= 6:
            continue
        matches = by_initials.get(short.replace(".", ""), [])
        if len(matches) == 1:
            out[key] = matches[0]
    return out


def _canonical(kind: str, cands: list[_Cand]) -> tuple[str, list[str]]:
    """Canonical name and aliases of one cluster."""
    keep_s = kind != "person" and _keeps_its_s([c for c in cands if _by_name(c)] or cands)  # read once: name and aliases
    if kind == "country":
        name = pat.country_name(cands[0].code or "")
    else:
        name = _preferred_form(kind, cands, keep_s)
    aliases: list[str] = []
    seen = {_alias_key(name)}
    for cand in cands:
        if not _by_name(cand):
            continue
        form = _surface(cand.text) + (cand.s_after if keep_s else "")
        key = _alias_key(form)
        if key not in seen:
            seen.add(key)
            aliases.append(form)  # "Kim Jong Un's" and "Kim Jong Un’s" are one alias
    return name, aliases


SURNAME_DOMINANCE = 5  # a bare surname joins the person who holds at least this many times the mentions of the next


@lru_cache(maxsize=pat.NAME_CACHE)
def name_skeleton(word: str) -> str:
    """A spelling-insensitive form of a transliterated name: Gaddafi, Qaddafi, Gadhafi, Khadaffi -> 'gdf'.

    Article prefixes (al-, el-) go, digraphs fold (kh, gh, dh, th, ph), q and k read as g, an inner h
    goes, doubled letters collapse and vowels after the first letter drop.
    """
    w = pat.NAME_ARTICLE.sub("", word.casefold())
    w = re.sub(r"[^a-z]", "", w)
    for digraph, letter in (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("q", "g"), ("k", "g"), ("c", "g")):
        w = w.replace(digraph, letter)
    w = w[:1] + w[1:].replace("h", "")  # Mohammar, Moammar
    w = re.sub(r"(.)\1+", r"\1", w)
    return w[:1] + re.sub(r"[aeiouy]", "", w[1:])


@lru_cache(maxsize=pat.NAME_CACHE)
def _name_words(form: str) -> int:
    """Words of a person's name, an Arabic article not counted ("Moammar al-Gadhafi" is as full as "Moammar Gadhafi")."""
    return sum(w not in pat.NAME_ARTICLES for w in pat.name_key(form).split())


def _person_skeleton(key: str) -> tuple[str, ...] | None:
    words = key.removeprefix("person:").split()
    skeleton = tuple(name_skeleton(w) for w in words)
    return skeleton if all(len(s) >= 2 for s in skeleton) and len(skeleton[-1]) >= 3 else None


# a bare surname read as another spelling of a person's surname must also look like it: the skeletons of "Heroin" and
# "Harney", "Aziziyah" and "Azuz" agree, their letters do not (Gaddafi/Gadhafi 0.86, Qaddafi 0.71; "Khadaffi" at 0.53 is left out)
SURNAME_SPELLING = 0.6
SURNAME_COMPANY = 0.8  # share of a surname-as-organisation's articles that must also name the person who dominates it


def merge_spellings(clusters: dict[str, list[_Cand]], titles: dict[str, set[str]] | None = None,
                    ) -> tuple[dict[str, str], dict[str, list[dict[str, object]]]]:
    """Merge person clusters that are one name spelt differently (Muammar/Moammar Gaddafi/Gadhafi), a name with its
    middle left out (Ahmed Bani/Ahmed Omar Bani, when one longer name fits), and bare surnames that one person
    dominates ("al-Obeidy" too); father and son differ in their first names and stay apart.

    Two spellings whose ``titles`` (person key -> words of the roles the articles give) are an officer's and a
    legislator's stay apart. Returns the moved keys (old -> surviving) and, per surviving key, the evidence for each
    merged spelling.
    """
    titles = titles or {}
    moved: dict[str, str] = {}
    evidence: dict[str, list[dict[str, object]]] = defaultdict(list)

    def absorb(into: str, key: str, why: list[str]) -> None:
        first = min(clusters[key], key=lambda c: (c.article, c.start))
        evidence[into].append({"text": _surface(first.text), "article": first.article, "start": first.start, "end": first.end,
                               "confidence": 0.8, "kind": "spelling", "evidence": why})
        clusters[into].extend(clusters.pop(key))
        moved[key] = into
        for old, new in list(moved.items()):
            if new == key:
                moved[old] = into

    def dominant(holders: list[str]) -> tuple[str, int, int] | None:
        """The person who holds ``SURNAME_DOMINANCE`` times the mentions of the next, with both counts."""
        ranked = sorted(holders, key=lambda k: -len(clusters[k]))
        if not ranked:
            return None
        top, second = len(clusters[ranked[0]]), len(clusters[ranked[1]]) if len(ranked) > 1 else 0
        return (ranked[0], top, second) if top >= SURNAME_DOMINANCE * max(1, second) else None

    people = [k for k in clusters if k.startswith("person:")]
    by_skeleton: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in people:
        skeleton = _person_skeleton(key)
        if skeleton is not None and len(skeleton) >= 2:
            by_skeleton[skeleton].append(key)
    for skeleton, keys in by_skeleton.items():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(clusters[k]), k))
        for key in keys[1:]:
            if _two_callings(titles.get(keys[0], set()), titles.get(key, set())):
                continue
            absorb(keys[0], key, [f"the same name in another spelling ({'-'.join(skeleton)} either way)",
                                  f"{len(clusters[key])} mentions spelt so, {len(clusters[keys[0]])} as '{keys[0].removeprefix('person:').title()}'"])
    _short_spellings(clusters, titles, absorb)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)  # first and last name -> the longer names with them
    for key in [k for k in clusters if k.startswith("person:") and len(k.split()) >= 3]:
        words = key.removeprefix("person:").split()
        by_ends[(words[0], words[-1])].append(key)
    for key in [k for k in clusters if k.startswith("person:") and len(k.split()) == 2]:
        first, last = key.removeprefix("person:").split()
        if first not in pat.NAME_ARTICLES and len(longer := by_ends.get((first, last), [])) == 1:
            absorb(longer[0], key, [f"the same first and last names with the middle left out: '{longer[0].removeprefix('person:').title()}' "
                                    "is the corpus's only longer name that opens and closes so"])
    full = [k for k in clusters if k.startswith("person:") and len(_bare_name(k).split()) >= 2]  # "al obeidy" is bare
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in full:
        skeleton = _person_skeleton(key)
        if skeleton is not None:
            by_surname[skeleton[-1]].append(key)
    for key in [k for k in clusters if k.startswith("person:") and len(_bare_name(k).split()) == 1]:
        skeleton = _person_skeleton(key)
        bare = _bare_name(key)
        holders = [k for k in (by_surname.get(skeleton[-1], []) if skeleton else [])
                   if SequenceMatcher(None, bare, _bare_name(k).split()[-1]).ratio() >= SURNAME_SPELLING]
        found = dominant(holders)
        if found is not None and not _own_article_person(clusters[key], found[1]):
            holder, top, second = found
            absorb(holder, key, [f"a bare surname: of the people the corpus names so, '{holder.removeprefix('person:').title()}' "
                                 f"holds {top} mentions, the next {second}"])
    by_last: dict[str, list[str]] = defaultdict(list)  # spelt exactly so: a name tagged as a thing has less to go on
    for key in full:
        by_last[key.split()[-1]].append(key)
    for key in [k for k in clusters if k.startswith(("org:", "other:", "place:")) and len(k.split(":", 1)[1].split()) == 1]:
        found = dominant(by_last.get(key.split(":", 1)[1].casefold(), []))
        if found is None:
            continue
        holder, top, second = found
        where = {c.article for c in clusters[key]}
        beside = len(where & {c.article for c in clusters[holder]})
        if beside >= SURNAME_COMPANY * len(where):
            tagged = {"org": "an organisation", "place": "a place"}.get(key.split(":", 1)[0], "a name")
            absorb(holder, key, [f"a bare surname tagged as {tagged}: "
                                 f"'{holder.removeprefix('person:').title()}' holds {top} of the mentions of people so named "
                                 f"(the next {second}), and {beside} of the {len(where)} articles using it name him or her"])
    return moved, evidence


def _own_article_person(cands: list[_Cand], holder_mentions: int) -> bool:
    """A bare name one article alone uses, more often than the full name it would shorten is used anywhere, is that
    article's own person: on LibyaWar_cnn a rebel fighter, "Bashir" 15 times in one report, is not Omar al-Bashir (5
    mentions); "al-Obeidy", used alone across many reports, is Eman al-Obeidy."""
    return len({c.article for c in cands}) == 1 and len(cands) > holder_mentions


def _short_spellings(clusters: dict[str, list[_Cand]], titles: dict[str, set[str]],
                     absorb: Callable[[str, str, list[str]], None]) -> None:
    """Two-word names whose surname is too short for its spelling alone to say it is one name ("Musa Kusa", "Musa Kasa",
    "Moussa Koussa": m-s g-s, as "Ali Said" and "Ali Saad" are) join when the articles give both the same title: a role
    noun and a word of their own beside it ("Libyan Foreign Minister"), a country's or a people's name not counted."""
    short: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in (k for k in clusters if k.startswith("person:")):
        skeleton = tuple(name_skeleton(w) for w in key.removeprefix("person:").split())
        if len(skeleton) == 2 and all(len(s) >= 2 for s in skeleton) and len(skeleton[-1]) == 2:
            short[skeleton].append(key)
    for skeleton, keys in short.items():
        keys.sort(key=lambda k: (-len(clusters[k]), k))
        for key in keys[1:]:
            shared = titles.get(keys[0], set()) & titles.get(key, set())
            role = sorted(w for w in shared if w in pat.ROLE_NOUNS)
            own = sorted(w for w in shared if w not in pat.ROLE_NOUNS and not pat.demonym_country(w) and not pat.country_code(w))
            if role and own:
                absorb(keys[0], key, [f"the same name in another spelling ({'-'.join(skeleton)} either way)",
                                      f"both titled with '{' '.join(own + role)}'"])


def _two_callings(one: set[str], other: set[str]) -> bool:
    """Whether two people's title words are an officer's and a legislator's (and neither holds both)."""
    def calling(words: set[str]) -> str | None:
        rank, seat = bool(words & pat.RANK_TITLES), bool(words & pat.LEGISLATOR_TITLES)
        return "rank" if rank and not seat else "seat" if seat and not rank else None
    first, second = calling(one), calling(other)
    return first is not None and second is not None and first != second


PLACE_READING_SHARE = 0.5  # a place's mentions, against another reading's, that make the name the place's
PLACED_LONGER_NAME = 3  # mentions a sentence places that make a place of two words or more a place other readings join


def merge_place_readings(clusters: dict[str, list[_Cand]], reading: str) -> None:
    """A town spaCy tags a person or an organisation in some sentences is still the town: on LibyaWar_cnn "Misrata" was
    a place 161 times, a person 172 and an organisation 73, three entities. A ``reading`` ("person:", "org:") cluster spelt
    exactly as a one-word place cluster joins it when the place holds at least ``PLACE_READING_SHARE`` of its mentions
    (a person named as a town is rarely also the town's namesake in the same corpus; a surname with a full name has
    been merged into its person before). A company named with its suffix somewhere ("Halliburton Corp") takes the
    place reading instead."""
    # one-word places ("Misrata", "al-Zawiya"): a two-word "place" is as often a person or a unit spaCy misread, unless
    # the sentences place it often ("the oil town of Ras Lanuf", "fighting in Ras Lanuf")
    places = {_bare_name(key): key for key in clusters if key.startswith("place:") and (
        " " not in key or sum(c.placed for c in clusters[key]) >= PLACED_LONGER_NAME)}
    for key in [k for k in clusters if k.startswith(reading)]:
        target = places.get(_bare_name(key))
        if target is None or len(clusters[target]) < PLACE_READING_SHARE * len(clusters[key]):
            continue
        if reading == "org:" and any(pat.ORG_SUFFIXES_ANY_CASE.search(c.text) for c in clusters[key]):
            # "Halliburton Corp", "Transocean Ltd.": a company the tagger took for a place in most sentences; the place
            # reading joins the company
            readings = [target] + [k for k in clusters if k.startswith("person:") and _bare_name(k) == _bare_name(key)
                                   and len(clusters[k]) < len(clusters[key]) + len(clusters[target])]
            for reading_key in readings:  # its person reading too ("Halliburton said")
                for cand in clusters[reading_key]:
                    cand.kind = "organisation"
                clusters[key].extend(clusters.pop(reading_key))
            places.pop(_bare_name(key))
            continue
        moved = clusters.pop(key)
        for cand in moved:
            cand.kind = "place"
        clusters[target].extend(moved)  # a "he" linked to the person reading links nothing (``_pronoun_fits``)


COMPANY_LISTED = 0.05  # share of a name's mentions listed with organisations that makes it one (none of a place's are)
COMPANY_PLACED = 0.05  # share of its mentions a sentence places ("in X") above which it stays a place
COMPANY_READINGS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT"})  # tags a company's name gets from the tagger


def merge_company_readings(clusters: dict[str, list[_Cand]]) -> None:
    """A company the tagger reads as a place, a people or a product is an organisation when the corpus lists it with
    organisations and never places it: on bpoil_guardian "Halliburton" was a place (125 mentions, every one tagged GPE;
    20 of them in "BP, Transocean and Halliburton"), "Transocean" an organisation (107) and a nationality (64). A place
    is placed ("in Louisiana", 21% of its mentions at least on the dev topics) and listed with places; a law (LAW) or
    a party's members ("Republicans") are not companies. A name the text once sets off with a noun of a body is one
    too ("Digicel, the Irish telecommunications firm": three products and three persons on haiti_bbc). The reading
    joins the organisation of its name, if any."""
    for key in [k for k in clusters if k.startswith(("place:", "other:"))]:
        named = [c for c in clusters[key] if _by_name(c)]
        if not named or any(c.code for c in named) or key.endswith("s") and any(c.label == "NORP" for c in named):
            continue
        if sum(c.label in COMPANY_READINGS for c in named) * 2 <= len(named):
            continue
        name = key.split(":", 1)[1]
        person = "person:" + name  # "Halliburton said" tagged a person: no one of that surname in the corpus
        described = any(c.body_noun for c in (*named, *clusters.get(person, ())))  # "Digicel, the ... firm"
        listed = sum(c.with_bodies for c in named)
        if (not described and (listed < 2 or listed < COMPANY_LISTED * len(named))) or sum(c.placed for c in named) >= COMPANY_PLACED * len(named):
            continue
        readings = [key]
        if " " not in name and (described or len(clusters.get(person, ())) < len(named)) and not any(
                k.startswith("person:") and k.endswith(" " + name) for k in clusters):
            readings.append(person)
        for reading in readings:
            for cand in clusters.pop(reading, []):
                cand.kind = "organisation"
                clusters.setdefault("org:" + name, []).append(cand)


CRAFT_USES = 5  # mentions naming a craft ("the Deepwater Horizon rig") that make a name the craft's ...
CRAFT_SHARE = 0.2  # ... when they are this share of its mentions at least


def _a_craft(cands: list[_Cand]) -> bool:
    """Whether a name is a craft's (a rig, a vessel): on bpoil_guardian "Deepwater Horizon" was an organisation of 216
    mentions, 30% of them "the Deepwater Horizon rig"; the tagger reads a rig's name as a body, a place or a person
    (a person's reading can hold the name's key). A company whose rigs are named after it ("a Transocean rig", 2%)
    stays a company."""
    named = [c for c in cands if _by_name(c)]
    crafts = sum(c.craft for c in named)
    return crafts >= CRAFT_USES and crafts >= CRAFT_SHARE * len(named)


NAMED_KINDS = ("person:", "org:", "place:", "other:")


MINOR_READING_TIMES = 10  # an organisation's mentions, against a place reading's of its name, that make it the body's


def merge_minor_readings(clusters: dict[str, list[_Cand]]) -> None:
    """A one-word organisation the tagger now and then reads as a place, a person or something else ("investment in
    BP", "faith in BP": 12 place mentions beside 2,834 of the company on bpoil_bbc) is the organisation when it holds
    ``MINOR_READING_TIMES`` as many mentions: a body and a town or a person of one name are not told apart by a handful
    of sentences. A surname of a person the corpus names in full stays that person's."""
    orgs = {_bare_name(key): key for key in clusters if key.startswith("org:") and " " not in key}
    surnames = {key.rsplit(" ", 1)[1] for key in clusters if key.startswith("person:") and " " in key}
    for key in [k for k in clusters if k.startswith(("place:", "person:", "other:")) and " " not in k]:
        target = orgs.get(_bare_name(key))
        if target is None or len(clusters[target]) < MINOR_READING_TIMES * len(clusters[key]):
            continue
        if key.startswith("person:") and key.split(":", 1)[1] in surnames:
            continue  # a surname of someone the corpus names in full is that person
        for cand in clusters[key]:
            cand.kind = "organisation"
        clusters[target].extend(clusters.pop(key))


def merge_craft_readings(clusters: dict[str, list[_Cand]]) -> None:
    """A craft's or an installation's name the tagger reads now as a thing, now as a body or a place ("the Macondo well":
    on bpoil_guardian three entities, a thing, a body and a place, the body's an "it" that "admitted some responsibility") is
    the craft's when, read together, its mentions still name a craft as often as a craft's must (``_a_craft``). A company
    whose rigs are named after it keeps its name: its craft mentions are too few a share."""
    for key in [k for k in clusters if k.startswith("other:") and _a_craft(clusters[k])]:
        bare = _bare_name(key)
        readings = [k for k in clusters if k != key and k.startswith(("org:", "place:")) and _bare_name(k) == bare]
        together = clusters[key] + [c for k in readings for c in clusters[k]]
        if readings and _a_craft(together):
            for k in readings:
                clusters[key].extend(clusters.pop(k))


VESSEL_KEY = re.compile(r"^other:(?:u\.?s\.?s\.?|h\.?m\.?s\.?|hmcs)\s+(.+)$")


def merge_vessel_names(clusters: dict[str, list[_Cand]]) -> None:
    """A ship's name without its prefix, read as a body, a person, a place or a thing ("the Harriers ... from the
    Kearsarge", tagged a body; LibyaWar_cnn: "Kearsarge" an organisation of 5 mentions beside the "USS Kearsarge") is
    the ship: the readings join the vessel of that name."""
    for key in [k for k in clusters if k.startswith("other:")]:
        match = VESSEL_KEY.match(key)
        if match is None or key not in clusters:
            continue
        name = match.group(1)
        readings = ["org:" + name, "place:" + name, "other:" + name]
        if " " not in name:  # (a ship named for a person, "USS Ronald Reagan", leaves the person named in full alone)
            readings.append("person:" + pat.name_key(name))
        for reading in readings:
            if reading != key and reading in clusters:
                for cand in clusters[reading]:
                    cand.kind = "other"
                clusters[key].extend(clusters.pop(reading))


def merge_name_readings(clusters: dict[str, list[_Cand]]) -> dict[str, str]:
    """One name of two words or more that NER types differently from sentence to sentence is one entity: on
    bpoil_guardian "Deepwater Horizon" (the rig) was an organisation 89 times, a place 76 and a person 70, three
    entities. The readings join the one with the most mentions; each mention keeps its reading, so the entity takes
    the type most of them give. One-word names stay apart (a town and a surname, "Jordan" and Jordan). Returns the
    moved keys (old -> surviving)."""
    return _merge_by_bare_name(clusters, lambda key: key.startswith(NAMED_KINDS) and len(_bare_name(key).split()) >= 2)


PLACED_PERSON_USES = 2  # mentions a sentence places that make a "person" no sentence marks as one a place ...
PLACED_PERSON_SHARE = 0.2  # ... when they are at least this share of its mentions


def places_read_as_people(clusters: dict[str, list[_Cand]], titled: set[str]) -> dict[str, str]:
    """A "person" whose name the sentences place ("on the outskirts of Bin Jawad", "in Bani Walid") and nothing marks
    as a person (no pronoun or description points at it, no title is given it) is a place: on LibyaWar_cnn "Bin Jawad"
    was a person of 24 mentions, 10 of them placed, none pointed back at; a person the corpus names is pointed at or
    titled, and "in" before a person's name ("confidence in Mustafa Abdul Jalil") is rare. The reading joins the place
    of its name, if any. Returns the moved keys (old -> place)."""
    places = {_bare_name(key): key for key in clusters if key.startswith("place:")}
    moved: dict[str, str] = {}
    for key in [k for k in clusters if k.startswith("person:") and k not in titled]:
        cands = clusters[key]
        placed = sum(c.placed for c in cands)
        if placed < PLACED_PERSON_USES or placed < PLACED_PERSON_SHARE * len(cands) or any(
                c.anaphor or c.described for c in cands):
            continue
        target = places.setdefault(_bare_name(key), "place:" + key.split(":", 1)[1])
        for cand in cands:
            cand.kind = "place"
        clusters[target].extend(clusters.pop(key))
        moved[key] = target
    return moved


PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def bodies_read_as_people(clusters: dict[str, list[_Cand]], titled: set[str]) -> dict[str, str]:
    """A "person" the text once names as a body ("the Libyan newspaper Quryna", "the state news agency Sana", "Comic
    Riffs is a blog ..."), whom no "he" or "she" points at and no title is given, is that body: on LibyaWar_cnn "Quryna"
    was a person of 15 mentions, 15 quotes ("Quryna reported"). The reading joins the organisation of its name, if any.
    Returns the moved keys (old -> organisation)."""
    moved: dict[str, str] = {}
    for key in [k for k in clusters if k.startswith("person:") and k not in titled]:
        org = "org:" + key.split(":", 1)[1]
        cands = clusters[key] + clusters.get(org, [])
        one_word = " " not in key
        if not any(c.body_noun and (one_word or c.label == "ORG") for c in cands) or any(
                c.anaphor and c.text.casefold() in PERSONAL_PRONOUNS for c in cands):  # (a longer name only where the
            # noun made the mention a body: "his controversial group Jeremiah Wright, former pastor ..." is none)
            continue
        for cand in clusters[key]:
            cand.kind = "organisation"
        clusters[org].extend(clusters.pop(key))
        moved[key] = org
    return moved


def merge_country_places(clusters: dict[str, list[_Cand]]) -> None:
    """A place named with its country before it is the place named without ("the U.S. Gulf Coast", 28 mentions on
    bpoil_reuters, and "the Gulf Coast", 188; "the U.S. Gulf" and "the Gulf"), when the place so named is set in no other
    country and no other country's name comes before it elsewhere ("the British Virgin Islands" beside "the U.S. Virgin
    Islands"). What is left after the country is a name of two words or a water's noun ("Mexico City" is no "City")."""
    prefixed: dict[str, list[tuple[str, str]]] = defaultdict(list)  # name after the country -> (key, country)
    for key in [k for k in clusters if k.startswith("place:")]:
        words = key[6:].split()
        for n in (1, 2):
            rest = " ".join(words[n:])
            code = pat.country_code(" ".join(words[:n]))
            if code and rest and (len(words) - n >= 2 or rest in pat.SHORT_WATER_NAMES):
                prefixed[rest].append((key, code))
                break
    for rest, found in sorted(prefixed.items()):
        target = "place:" + rest
        countries = {code for _, code in found}
        if target not in clusters or len(countries) > 1 or not {c.code for c in clusters[target] if c.code} <= countries:
            continue
        for key, _ in found:
            if key in clusters and key != target:
                clusters[target].extend(clusters.pop(key))


SHORT_NAME_SHARE = 0.8  # of the mentions of the full names a water's bare noun may shorten, the share one must hold


def merge_short_water_names(clusters: dict[str, list[_Cand]]) -> None:
    """A water named by its common noun alone is the corpus's one full name headed by that noun, when that name holds
    ``SHORT_NAME_SHARE`` of the mentions of all such names: on bpoil_reuters "Gulf" (455 mentions) and "Gulf of Mexico"
    (431, against 28 for "U.S. Gulf" and a few for "Louisiana Gulf" or "Gulf of California") were two places at the top
    of the entity list. A corpus that names two waters so ("the Persian Gulf", "the Gulf of Aden") keeps the noun apart."""
    for key in [k for k in clusters if k.startswith("place:") and k[6:] in pat.SHORT_WATER_NAMES]:
        word = key[6:]
        fuller = {k: len(v) for k, v in clusters.items() if k.startswith("place:") and _headed_by(k[6:], word)}
        if not fuller:
            continue
        if (top := _dominant(sorted(fuller), fuller.__getitem__, SHORT_NAME_SHARE)) is not None:
            clusters[top].extend(clusters.pop(key))


def _headed_by(name: str, word: str) -> bool:
    """Whether a place's name of two words or more is a ``word`` ("gulf of mexico", "persian gulf")."""
    words = name.split()
    return len(words) >= 2 and (words[-1] == word or (words[0] == word and words[1] == "of"))


def merge_group_plurals(clusters: dict[str, list[_Cand]]) -> None:
    """A group named in the singular and in the plural is one group ("Republican" and "Republicans", "Democrat" and
    "Democrats", "Islamist" and "Islamists": two entities each on the dev topics), when the tagger reads every named
    mention of both as a group of people (NORP); a body's or a thing's plural may be another ("Time" and "Times")."""
    for key in [k for k in clusters if k.startswith("other:") and k.endswith("s")]:
        single = key[:-1]
        if single in clusters and key in clusters and all(
                c.label == "NORP" for c in (*clusters[key], *clusters[single]) if _by_name(c)):
            fewer, more = sorted((key, single), key=lambda k: (len(clusters[k]), k))
            clusters[more].extend(clusters.pop(fewer))


def merge_storm_names(clusters: dict[str, list[_Cand]]) -> None:
    """A storm named with and without its kind is one storm ("Hurricane Katrina", 23 mentions on bpoil_reuters, and
    "Katrina", 13; "Tropical Storm Alex", "Storm Alex" and "Hurricane Alex"), whatever each mention was tagged; its bare
    name joins only where every mention of it was tagged an event (a person may be called Alex)."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for key in clusters:
        if key.startswith(NAMED_KINDS) and (found := pat.STORM_NAME.fullmatch(key.split(":", 1)[1])):
            by_name[found["name"]].append(key)
    for name, keys in sorted(by_name.items()):
        bare = [k for k in (f"{kind}{name}" for kind in NAMED_KINDS) if k in clusters
                and all(c.label == "EVENT" for c in clusters[k] if _by_name(c))]
        keys = sorted({*keys, *bare}, key=lambda k: (-len(clusters[k]), k))
        for key in keys[1:]:
            clusters[keys[0]].extend(clusters.pop(key))


def merge_place_articles(clusters: dict[str, list[_Cand]]) -> None:
    """A place written with and without its Arabic article is one place ("al-Brega" and "Brega", "al-Zawiya" and
    "Zawiya"): the form with fewer mentions joins the other."""
    _merge_by_bare_name(clusters, lambda key: key.startswith("place:"))


def _merge_by_bare_name(clusters: dict[str, list[_Cand]], wanted: Callable[[str], bool]) -> dict[str, str]:
    """The ``wanted`` clusters of one bare name join the one with the most mentions; returns old -> surviving key."""
    by_bare: dict[str, list[str]] = defaultdict(list)
    for key in clusters:
        if wanted(key):
            by_bare[_bare_name(key)].append(key)
    moved: dict[str, str] = {}
    for keys in by_bare.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(clusters[k]), not k.startswith("person:"), k))  # a tie: the person reading
        for key in keys[1:]:
            clusters[keys[0]].extend(clusters.pop(key))
            moved[key] = keys[0]
    return moved


@lru_cache(maxsize=pat.NAME_CACHE)
def _bare_name(key: str) -> str:
    """A cluster key's name part, hyphens as spaces and without an Arabic article ("person:al zawiya",
    "place:al-zawiya" and "place:zawiya" are one name)."""
    plain = " ".join(key.split(":", 1)[1].replace("-", " ").split())
    return pat.NAME_ARTICLE.sub("", plain)


@lru_cache(maxsize=pat.NAME_CACHE)
def _alias_key(text: str) -> str:
    """Aliases compare without case and with one apostrophe."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'").casefold()


def _preferred_form(kind: str, cands: list[_Cand], keep_s: bool = False) -> str:
    """A person's most frequent longest name; an organisation's alias-table or most frequent name, an acronym giving way
    to the name it stands for; ``keep_s``: the name's "'s" is its own (``_keeps_its_s``)."""
    if kind == "organisation":
        known = [v for v in pat.ORG_ALIASES.values() if "org:" + v.casefold() == cands[0].key]
        if known:
            return known[0]
    named = [c for c in cands if _by_name(c)] or cands
    if kind == "person":
        forms = [_strip_honorifics(c.text) for c in named]
        forms = [f for f in forms if not _two_names(f)] or forms
        longest = max(_name_words(f) for f in forms)
        forms = [f for f in forms if _name_words(f) == longest]
    else:
        forms = [_surface(c.text) + (c.s_after if keep_s else "") for c in named]
        if kind == "place":  # "Va." (23 datelines) and "Virginia" (4) are Virginia
            forms = [pat.US_STATE_ABBREVIATIONS[f.casefold()].title() if f.casefold() in pat.US_STATE_ABBREVIATIONS
                     else f for f in forms]
        forms = [f for f in forms if f.casefold() not in pat.SHORT_WATER_NAMES] or forms  # "Gulf of Mexico", not "Gulf"
        spelt = Counter("".join(w[0] for w in _content_words("org:" + f.casefold())) for f in forms if " " in f)
        printed = Counter(forms)  # an acronym gives way to its name spelt out as often ("DEC"; not "NATO", read far more)
        forms = [f for f in forms if not (f.isupper() and spelt[f.casefold()] >= printed[f])] or forms
    counts = Counter(forms)
    return max(counts, key=lambda f: (counts[f], len(f), -forms.index(f)))


COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss"})


@lru_cache(maxsize=pat.NAME_CACHE)
def _two_names(form: str) -> bool:
    """A courtesy title inside a name is a second name run on ("Gordon Brown Mrs Brown"): no canonical form."""
    return any(w.rstrip(".").casefold() in COURTESY_TITLES for w in form.split()[1:])


@lru_cache(maxsize=pat.NAME_CACHE)
def _pronoun_fits(text: str, kind: str) -> bool:
    """Can this pronoun stand for an entity of this type, as the corpus types it in the end? An article links "it" to
    "Hayward" that NER tagged an organisation, and the corpus finds Tony Hayward in it ("before it exploded on 20 April"
    on bpoil_guardian: Hayward exploded); a "he" linked to a person reading of a town points at no one. Only a person
    is "he" or "she", a person is never "it", and "they" is no one entity (``L.PRONOUN_KINDS``)."""
    lower = text.lower()
    kinds = pat.PRONOUN_KINDS.get(lower)
    if lower in pat.PLURAL_PRONOUNS:  # on LibyaWar_cnn 18 plural pronouns linked to a person were all wrong ("“They
        return False  # put it with milk ...,” he said" was Gadhafi), and 22 of 27 linked to a body or a country
    if kinds is None:  # a description ("the company"): any type
        return True
    return (kind == "person") == ("person" in kinds)


def resolve_entities(items: list[EntityInput]) -> EntityResolution:
    """Cluster every article's mentions into corpus entities with roles, codes and variants."""
    texts = {item.article_id: item.text for item in items}
    lowered = {article: text.lower() for article, text in texts.items()}  # (the store's full-text index, done by hand)
    return cluster_entities([article_entities(item) for item in items], CommonWords(
        lambda a: texts.get(a, ""), lambda words: {w: [a for a, t in lowered.items() if w in t] for w in words}))


def cluster_entities(results: list[ArticleEntities], common: CommonWords | None = None) -> EntityResolution:
    """The corpus merge: pure over the articles' entity facts (no Doc), so it can run on stored facts; with ``common``,
    a would-be entity that is a common word capitalised by its place is none (``common_words``)."""
    cands = [c for r in results for c in r.cands]
    _part_run_on_names(cands)  # "Tony Hayward Greenpeace": Hayward, then Greenpeace
    people = [c for c in cands if c.kind == "person"]
    full_keys = {c.cluster for c in people if c.cluster and len(c.cluster.split()) >= 2}
    places = {_bare_name(c.key) for c in cands if c.kind == "place"}
    surnamed = _hyphened_surnames(people, full_keys, places)  # "Moreno-Ocampo" is Luis Moreno-Ocampo's surname
    nicknamed = _nickname_homes(full_keys, Counter(c.cluster for c in people if c.cluster and c.cluster in full_keys))
    full_keys = {nicknamed.get(k, k) for k in full_keys}
    surname_owners = Counter(k.split()[-1] for k in full_keys)
    variants: list[_Variant] = [
        _variant(result.article, named, suspect, surname_owners[suspect.person_key.split()[-1]], result.roles)
        for result in results if result.suspects
        for named in [_people_by_cluster(result.cands)] for suspect in result.suspects
    ]
    squeezed = {k.replace(" ", ""): k for k in full_keys}
    sizes = Counter(home for c in people if c.cluster and (home := nicknamed.get(c.cluster, c.cluster)) in full_keys)
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in full_keys:
        words = _name_tokens(k)
        by_word[words[-1]].add(k)
        by_word[words[0]].add(k)

    clusters: dict[str, list[_Cand]] = defaultdict(list)
    for result in results:
        for cand in result.cands:
            if cand.kind == "person":
                key = _person_key(cand, squeezed, by_word, sizes)
                key = surnamed.get(key, key)
                key = "person:" + nicknamed.get(key, key)
            else:
                key = cand.key
            clusters[key].append(cand)
    wordings = _merge_wordings(clusters)
    acronyms: dict[str, set[str]] = defaultdict(set)
    for result in results:
        for short, long in result.acronyms.items():
            acronyms[short].add(wordings.get(long, long))
    misspelt = _acronym_spellings(acronyms, clusters)
    acronyms = {short: {misspelt.get(k, k) for k in longs} for short, longs in acronyms.items()}
    for short, longs in acronyms.items():
        spelt = _dominant(sorted(k for k in longs if k in clusters), lambda k: len(clusters[k]))
        if short in clusters and spelt is not None and spelt != short:
            clusters[spelt].extend(clusters.pop(short))
    merge_company_readings(clusters)  # "Halliburton" tagged a place throughout, listed with BP and Transocean
    merge_group_plurals(clusters)  # "Republican" and "Republicans"
    merge_storm_names(clusters)  # "Hurricane Katrina" and "Katrina"
    merge_place_articles(clusters)  # "al-Zawiya" and "Zawiya" first: the readings below look for one place of a name
    merge_place_readings(clusters, "org:")  # before a town's "organisation" is taken for a prefix of "X Central Hospital"
    merge_minor_readings(clusters)  # ... and the other way: "invested in BP"
    merge_craft_readings(clusters)  # "the Macondo well" read as a thing, a body and a place: one installation
    merge_vessel_names(clusters)  # "Kearsarge" (a body) is the USS Kearsarge
    merge_country_places(clusters)  # "the U.S. Gulf Coast" is the Gulf Coast
    merge_short_water_names(clusters)  # "the Gulf" of a story of the Gulf of Mexico
    for short, long in _merge_acronyms({k for k in clusters if k.startswith("org:")}).items():
        if short in clusters and long in clusters:
            clusters[long].extend(clusters.pop(short))
    for short, long in _merge_org_prefixes({k: sum(map(_by_name, v)) for k, v in clusters.items() if k.startswith("org:")}).items():
        if short in clusters and long in clusters:
            clusters[long].extend(clusters.pop(short))
    titles: dict[str, set[str]] = defaultdict(set)
    for result in results:
        for person, roles in result.roles.items():
            titles["person:" + person] |= {w.strip(".,").casefold() for role in roles for w in role.title.split()}
    moved, spellings = merge_spellings(clusters, titles)
    merge_place_readings(clusters, "person:")  # after a surname has joined its full name
    readings = merge_name_readings(clusters)
    moved = {old: readings.get(new, new) for old, new in moved.items()} | readings
    titled = {moved.get(k, k) for k, words in titles.items() if words}
    towns = places_read_as_people(clusters, titled) | bodies_read_as_people(clusters, titled)
    moved = {old: towns.get(new, new) for old, new in moved.items()} | towns
    for old, new in towns.items():
        if old in spellings:  # "Ben Jawad", spelt like Bin Jawad: the town's other spelling
            spellings[new] = spellings.get(new, []) + spellings.pop(old)
    for old, new in nicknamed.items():
        moved.setdefault("person:" + old, moved.get("person:" + new, "person:" + new))

    resolution = EntityResolution()
    by_key: dict[str, Entity] = {}
    dropped = _common_words(clusters, common) if common is not None else set()
    for key, cands in clusters.items():
        if key in dropped:
            continue
        kinds = Counter(c.kind for c in cands)
        kind = "person" if key.startswith("person:") else max(kinds, key=lambda k: (kinds[k], k == "organisation"))
        if _a_craft(cands):
            kind = "other"
        name, aliases = _canonical(kind, cands)
        codes = Counter(c.code for c in cands if c.code)
        entity = Entity(entity_id(kind, key), name, kind, aliases, country_code=codes.most_common(1)[0][0] if codes else None)
        by_key[key] = entity
        for cand in cands:
            if cand.anaphor and (not _pronoun_fits(cand.text, kind) or kind == "other" and cand.kind in BODY_KINDS):
                continue  # (an "it" the article read as a body that "admitted some responsibility" is no craft's)
            start, end = cand.mention or (cand.start, cand.end)
            resolution.links[(cand.article, start, end)] = entity.id
            if cand.extra:
                resolution.mentions.append(Mention(cand.article, cand.start, cand.end, cand.text, cand.label, entity.id))
    for key, evidence in spellings.items():
        if key in by_key:  # a spelt-alike person later read as a town has no person left to hold the evidence
            by_key[key].variants.extend(evidence)
    for result in results:
        for person, roles in result.roles.items():
            owner = by_key.get(moved.get("person:" + person, "person:" + person))
            if owner is not None:
                owner.roles.extend(roles)
    for variant in variants:
        holder = by_key.get(moved.get("person:" + variant.person_key, "person:" + variant.person_key))
        if holder is not None:
            holder.variants.append({
                "text": variant.text, "article": variant.article, "start": variant.start, "end": variant.end,
                "confidence": variant.confidence, "evidence": variant.evidence,
            })
    resolution.entities = sorted(by_key.values(), key=lambda e: (e.type, e.name.casefold()))
    for entity in resolution.entities:
        entity.roles.sort(key=lambda r: (r.date or "9999", r.article, r.start))
    resolution.mentions.sort(key=lambda m: (m.article, m.start))
    return resolution


def _common_words(clusters: dict[str, list[_Cand]], common: CommonWords) -> set[str]:
    """The clusters whose name mentions are one common word, capitalised only by its place; not the first or last word of
    a longer name the corpus holds ("Amnesty says ...", with "Amnesty International" named elsewhere: that body,
    shortened; "Wells said ..." of Kent Wells)."""
    names = {key: key.partition(":")[2] for key in clusters}  # (a cluster's key is its normalised name)
    words = {key: word for key, cands in clusters.items() if names[key].isalpha()
             and (named := [c for c in cands if _by_name(c)])
             and (word := common.candidates((c.article, c.start, c.text) for c in named)) is not None}
    if not words:
        return set()
    wanted = set(words.values())
    longer = {word for name in names.values() if " " in name for word in (name.split()[0], name.split()[-1]) if word in wanted}
    common.prepare(wanted - longer)
    return {key for key, word in words.items() if word not in longer and common.common(word)}


class NameLookup:
    """Entities by normalised name, alias, person-name key, country code and variant: one pass to build, O(1) to ask."""

    def __init__(self, entities: list[Entity]) -> None:
        self.names: dict[str, Entity] = {}
        self.aliases: dict[str, Entity] = {}
        self.codes: dict[str, Entity] = {}
        self.variants: dict[str, Entity] = {}
        self.order: dict[str, int] = {entity.id: n for n, entity in enumerate(entities)}
        for entity in entities:  # first entity wins, as in a linear scan in entity order
            self.names.setdefault(pat.normalise(entity.name), entity)
            if entity.type == "person":
                self.names.setdefault(pat.name_key(entity.name), entity)
            for alias in entity.aliases:
                self.aliases.setdefault(pat.normalise(alias), entity)
            if entity.type == "country" and entity.country_code:
                self.codes.setdefault(entity.country_code, entity)
            for variant in entity.variants:
                self.variants.setdefault(pat.normalise(str(variant["text"])), entity)

    def find(self, name: str, *, variants: bool = False) -> Entity | None:
        """The entity called ``name`` (case-insensitive): by canonical name, then alias, then country code."""
        wanted = (pat.normalise(name), pat.name_key(name))
        for table in (self.names, self.aliases):
            found = [table[w] for w in wanted if w in table]
            if found:
                return min(found, key=lambda e: self.order[e.id])  # the earliest entity, as a scan in order finds it
        code = pat.country_code(name)
        if code and code in self.codes:
            return self.codes[code]
        if variants:
            found = [self.variants[w] for w in wanted if w in self.variants]
            if found:
                return min(found, key=lambda e: self.order[e.id])
        return None


def resolve_name(resolution: EntityResolution, name: str, *, variants: bool = False) -> Entity | None:
    """The entity called ``name`` (case-insensitive): by canonical name, then alias, then country code."""
    return NameLookup(resolution.entities).find(name, variants=variants)
