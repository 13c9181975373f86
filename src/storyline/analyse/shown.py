"""Words of a source shown alone (a claim, an event summary): what a reader needs to read them out of context."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from storyline.analyse.entities.patterns import FACILITY_NOUNS
from storyline.analyse.lexicon import (
    BODY_ANAPHOR_NOUNS,
    DAY_WORDS,
    FIRST_PERSON,
    LEADING_PRONOUNS,
    MONTH_NAMES,
    PERSON_ONLY_NOUNS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    SPEAKING_BODY_NOUNS,
    WEEKDAY_NAMES,
)
from storyline.analyse.quotes.patterns import DOUBLE_OPEN, DOUBLE_STRAIGHT
from storyline.patterns import LIVE_STAMP, SAYING_FORMS

POSSESSIVES = frozenset({"his", "her", "its", "their"})
# An event's actor is resolved before its words are shown: any pronoun that opens them is that actor.
ACTOR_PRONOUNS = LEADING_PRONOUNS | {"it", "its", "they", "their"}
# A claim's own speaker is what an "it" or "they" opening their words stands for: "BP said it has spent $350 million",
# "Government officials said they have chartered a ferry".
SPEAKER_PRONOUNS = LEADING_PRONOUNS | {"it", "its", "they"}

LEADING_ASIDE = re.compile(r"^[^()]{0,60}\)\s*")  # "9:22 p.m. ET, 3:22 a.m. in Libya) Forces loyal to ...": a cut-off aside


# "GADHAFI'S FORCES GAIN GROUND AGAINST REBELS At the beginning of March, ...": a fact box's heading in capitals run
# into the first sentence under it (at least three words in capitals before a capitalised word in lower case).
LEADING_HEADING = re.compile(r"^(?:[A-Z][A-Z'’.&-]*\s+){3,}(?=[A-Z][a-z])")


_MONTHS = "|".join(m[:3] for m in MONTH_NAMES)
# A chronology entry's date, or what the words kept of it ("June 16 - BP agrees ..." shown as "16 - BP agrees ..."), and
# a blog entry's dated stamp ("Jul 23, 2010 21:29 UTC The Obama administration admitted today ..."): no words of the act.
LEADING_ENTRY_DATE = re.compile(
    rf"^(?:(?:(?:{_MONTHS})[a-z]*\.? )?\d{{1,2}} [-–—] (?=[A-Z“\"])"
    rf"|(?:{_MONTHS})[a-z]*\.? \d{{1,2}}, \d{{4}},? \d{{1,2}}:\d{{2}}(?: (?:UTC|GMT|ET|EDT|EST|BST))? )", re.IGNORECASE)


def without_stamp(text: str) -> str:
    """The words without a live blog's opening stamp, a chronology entry's date, a heading in capitals run into them,
    or the tail of an aside the span cut open."""
    return LEADING_HEADING.sub("", LEADING_ENTRY_DATE.sub("", LIVE_STAMP.sub("", LEADING_ASIDE.sub("", text))))


_TIME_UNITS = "|".join(("year", "week", "month", "quarter", "spring", "summer", "fall", "autumn", "winter", "weekend",
                        "night", "morning", "evening", *MONTH_NAMES, *WEEKDAY_NAMES))
# A time a claim's or an event's words open with, before their subject: "last year", "earlier this month", "on Monday,",
# "in 2009,", "yesterday".
TIME_SETTING = re.compile(
    rf"(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:{_TIME_UNITS})|yesterday|today|tomorrow"
    rf"|(?:on|in|by|since|until)\s+(?:{'|'.join((*MONTH_NAMES, *WEEKDAY_NAMES))}|\d{{4}})(?:\s+\d{{1,2}})?),?\s+",
    re.IGNORECASE)


# A condition the words open with, before their subject: "If its $37 billion estimate is accurate, ...".
CONDITION_OPENER = re.compile(r"(?:if|unless|once)\s+", re.IGNORECASE)


def with_referent(text: str, name: str, pronouns: frozenset[str] = LEADING_PRONOUNS) -> str:
    """'He vowed not to leave Libya' -> '[Moammar Gadhafi] vowed ...': a claim or event read alone names who it is
    about; 'his forces' -> "[Moammar Gadhafi's] forces"; after a time or a condition the words open with, their subject
    ("Last year it paid" -> "Last year [BP] paid", "If its estimate is accurate" -> "If [Credit Suisse's] estimate
    ..."). Text that opens with any word but one of ``pronouns`` is returned unchanged."""
    setting = TIME_SETTING.match(text) or CONDITION_OPENER.match(text)
    if setting is not None:
        return text[: setting.end()] + with_referent(text[setting.end() :], name, pronouns)
    first, _, rest = text.partition(" ")
    word = first.lower()
    if word not in pronouns or not rest:
        return text
    shown = f"[{name}'s]" if word in POSSESSIVES else f"[{name}]"
    return f"{shown} {rest}"


# What a line read alone names in brackets when it holds no word the reader could take for its antecedent: a person's
# pronoun (links right 75 of 80 times in a hand-check), a body's "its", the country an article's "the country" or "the
# nation" is, and a company an article describes by its kind. A subject or object "it" often stands for a clause or a
# thing no entity is ("because it was blockaded"), reflexives and relatives have their antecedent in their own clause,
# plural pronouns link to no one, and other descriptions ("the group", "the transitional government") were right too
# seldom to be shown as a name.
NAMED_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "its"})
NAMED_DESCRIPTIONS = frozenset({"the country", "the nation"})
# A company described by its kind ("the company", "the oil giant", "the firm"): links right 53 of 60 times in a
# hand-check on bpoil_bbc (dev).
COMPANY_HEADS = frozenset({"company", "firm", "giant"})
# Words after which "her" is an object, not a possessive ("told her that", "asked her to", "kill her and").
AFTER_OBJECT_HER = frozenset("""to that the a an and or but nor in on at of for from with by as if when while about after
    before into onto over under against despite during without through across around near since until because so than
    then too again back out up down off away here there now not just also this these those his its their our my your
    is was has had will would could should can may might must did does do given""".split())
_SAYING = "|".join(SAYING_FORMS)
AFTER_SAYING = re.compile(rf"\b(?:{_SAYING})\s+(?:that\s+)?$", re.IGNORECASE)
SAYING_NEXT = re.compile(rf"\s+(?:{_SAYING})\b", re.IGNORECASE)
# What may come before the words' first word without making it any less their opener: quotation marks, a
# complementizer the line drops ("that its military had dropped ...").
OPENING = re.compile(r"[\W_]*(?:(?:that|whether|if)\b[\W_]*)?", re.IGNORECASE)
THING_WORDS = frozenset({"it", "its", "itself"})


# An "it" that holds the place of a clause after it ("It was too early to conclude ...", "it is clear that ...", "It
# remains unclear whether ..."): no thing or body a later "the company" could be taken for. A participle in -ing is the
# thing's own act ("it is not seeking to arrest anyone", "it was looking for a fund").
EXTRAPOSED_IT = re.compile(
    r"it\s+(?:is|was|'s|’s|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|remains|remained)\s+"
    r"(?:not\s+)?(?:\w+ly\s+)?(?:too\s+|so\s+|very\s+|more\s+|less\s+)?(?![a-z]+ing\b)[a-z]+\s+(?:to|that|whether|if|for)\b",
    re.IGNORECASE)


# "the city", "the town" (not "the city of Ijdabiya"): a reader of the article takes the place named last before it.
SETTLEMENT = re.compile(r"\b[Tt]he (?:city|town)\b(?!\s+(?:of|center|centre|council|hall|limits)\b)")
SETTLEMENT_REACH = 1500  # characters back to the place it stands for


# A place named as where another lies ("Zawiya, about 30 miles west of Tripoli", "near the capital, Tripoli") is no
# city an article goes on to tell of.
REFERENCE_POINT = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|miles|kilometers|"
                             r"kilometres|km|outside|near|from|toward|towards)\W+(?:of\s+)?(?:the\s+capital,?\s+)?(?:of\s+)?$",
                             re.IGNORECASE)
SITE_WORDS = FACILITY_NOUNS | {"square", "street", "road", "bridge", "field", "camp"}  # a site's name, not a town's


def _a_town(text: str, start: int, end: int) -> bool:
    """The place named at [start, end) may be a town an article goes on to call "the city": not a site ("Martyrs'
    Square", "Misrata's Hekma hospital") nor where another place lies."""
    last = text[start:end].split()[-1].lower() if text[start:end].split() else ""
    follows = text[end : end + 20].split()
    return (last not in SITE_WORDS and not (follows and follows[0].lower().strip(".,") in SITE_WORDS)
            and not REFERENCE_POINT.search(text[max(0, start - 40) : start]))


def towns(text: str, named: Iterable[tuple[int, int, str]], kinds: dict[str, str]) -> list[tuple[int, str]]:
    """An article's named places that may be a town it goes on to call "the city": (where, entity)."""
    return [(s, e) for s, e2, e in named if kinds.get(e) == "place" and _a_town(text, s, e2)]


def _settlements(text: str, start: int, end: int, places: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """Each "the city" or "the town" in ``text[start:end]`` with the town (``towns``) named last before it (within
    ``SETTLEMENT_REACH`` characters), as an anaphor link (start, end, entity)."""
    out = []
    for m in SETTLEMENT.finditer(text, start, end):
        before = [(s, e) for s, e in places if m.start() - SETTLEMENT_REACH <= s < m.start()]
        if before:
            out.append((m.start(), m.end(), max(before)[1]))
    return out


# "the league", "the court", "the well": a description whose noun ends a name the article gave before ("the Arab
# League", "the International Criminal Court") or follows one ("the Macondo well", "the Deepwater Horizon rig") stands
# for what that name names. Nouns that end many names and mean something else alone stay as written.
DESCRIPTION = re.compile(r"\b[Tt]he ([A-Za-z][a-z]+)\b(?!\s+of\b|['’]s\s+[a-z]+\s+of\b)")  # ("the League's move")
UNNAMING_HEADS = frozenset("""house state states war wars people world times post news day week year month time
    government country nation city town president minister king queen crisis party family street square
    oil gas petroleum energy power water capital administration market sea""".split())  # a substance or resource that
# ends a body's name ("Louisiana Oil", "Barclays Capital"): "the oil" is the substance; and a noun "the" gives its common
# sense more often than a name's ("the administration" the government, not the "National Oceanic and Atmospheric
# Administration" named before; "the market", not "Whole Foods Market"; "the sea floor", not the "North Sea")
# What a name before them makes an installation's ("the Macondo well", "the Deepwater Horizon rig"); any other noun
# after a name ("Libyan rebels", "the NATO mission"), or after a body's ("a BP well": the body's well), is not what
# the name names.
INSTALLATION_NOUNS = frozenset("well rig platform vessel ship tanker plant reactor pipeline refinery mine".split())
CAPITAL_HEADS = BODY_ANAPHOR_NOUNS | {"league"}  # a body's noun a page may capitalise ("the League's move")
HEAD_REACH = 3000  # characters back to the name a description stands for


def name_heads(text: str, named: Iterable[tuple[int, int, str]], kinds: dict[str, str]) -> list[tuple[int, str, str]]:
    """An article's names of bodies, places and things by the noun a description of them may use: (where, noun,
    entity), the noun the name's last word ("League") or the installation it names ("the Macondo well")."""
    heads: list[tuple[int, str, str]] = []
    for s, e, entity in named:
        if kinds.get(entity) in (None, "person"):
            continue
        words = text[s:e].split()
        after = re.match(r"\s+([a-z]+)\b", text[e : e + 30])
        installation = [after.group(1)] if after and after.group(1) in INSTALLATION_NOUNS and kinds.get(entity) == "other" else []
        for noun in ([words[-1].lower()] if words and words[-1][:1].isupper() else []) + installation:
            heads.append((s, noun, entity))
    return heads


def _by_head(text: str, start: int, end: int, heads: list[tuple[int, str, str]],
             names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Each "the <noun>" in ``text[start:end]`` whose noun is that of a name given last before it (``name_heads``,
    within ``HEAD_REACH`` characters), as an anaphor link (start, end, entity)."""
    out = []
    for m in DESCRIPTION.finditer(text, start, end):
        noun = m.group(1).lower()
        if noun in UNNAMING_HEADS or len(noun) < 3 or m.group(1)[:1].isupper() and noun not in CAPITAL_HEADS:
            continue  # ("the Libyans", "the Gadhafi government": a capital makes a name, but for a body's own noun)
        before = [(s, entity) for s, head, entity in heads if head == noun and m.start() - HEAD_REACH <= s < m.start()]
        if before and not any(s >= start for s, _ in before):  # (named in the words themselves: the reader has it)
            entity = max(before)[1]
            if names.get(entity, "").lower() not in (noun, "the " + noun):  # ("[Embassy]", "[Pentagon]" would say no more)
                out.append((m.start(), m.end(), entity))
    return out


def _possessive(word: str, after: str) -> bool:
    if word in POSSESSIVES and word != "her":  # ("her" is an object as often)
        return True
    match = re.match(r"\s*([A-Za-z]+)", after)
    follows = match.group(1).lower() if match else ""
    return word == "her" and bool(follows) and follows not in AFTER_OBJECT_HER and not follows.endswith(("ed", "ing", "ly"))


def _gender_fits(gender: str, counts: Counter[str] | None) -> bool:
    """The entity's pronouns give it ``gender`` more than once (this one too) and at least three times as often as the
    other: "her" linked to a man the resolver also calls "he" is shown as written."""
    if not counts:
        return False
    other = sum(n for g, n in counts.items() if g != gender)
    return counts[gender] >= 2 and counts[gender] >= 3 * other


def _antecedents(raw: str, start: int, named: Iterable[tuple[int, int, str]], kinds: dict[str, str]) -> list[tuple[int, str]]:
    """Where in the words a reader finds something an anaphor could stand for, and what: "person" (a person's name, a
    person's pronoun, a noun only a person is: "the president", "his daughter"), "body" (any other name, "it", a noun
    of a body: "the opposition", "the council"), "owner" (any "the": it may open the owner of what "its" names),
    "place" (any name but a person's: "Libyan authorities shut down the country's access" has its country) or "town"
    (the same, for "the city"). A capitalised word no link holds may
    be a person, a body or a town ("a long road to Tripoli Gadhafi “has lost his legitimacy", "in Bir al-Ghanam, causing
    minor damage inside the town")."""
    end = start + len(raw)
    out: list[tuple[int, str]] = []
    inside = [(s, e2, kinds.get(e, "")) for s, e2, e in named if start <= s and e2 <= end]
    for s, _, kind in inside:
        out.extend([(s, "person")] if kind == "person" else [(s, "body"), (s, "place"), (s, "town")])
    for m in re.finditer(r"[A-Za-z]+", raw):
        word, at = m.group().lower(), start + m.start()
        if word in PRONOUN_GENDER or word in PERSON_ONLY_NOUNS or word in ROLE_NOUNS:
            out.append((at, "person"))
        elif word in THING_WORDS or word in BODY_ANAPHOR_NOUNS or word in SPEAKING_BODY_NOUNS:
            if word != "it" or not EXTRAPOSED_IT.match(raw, m.start()):
                out.append((at, "body"))  # (an "it" that holds the place of a clause stands for no one)
        elif word == "the":
            out.append((at, "owner"))  # (any noun a "the" opens may own what "its" names: "the oil giant ... its fight")
        elif m.group()[:1].isupper() and m.start() and word not in DAY_WORDS and not any(s <= at < e2 for s, e2, _ in inside):
            out.extend([(at, "person"), (at, "body"), (at, "town")])
    return sorted(out)


def anaphors_named(text: str, start: int, end: int, anaphors: Iterable[tuple[int, int, str]],
                   named: Iterable[tuple[int, int, str]], names: dict[str, str], kinds: dict[str, str], *,
                   keep: Iterable[tuple[int, int]] = (), speakers: Iterable[str] = (),
                   genders: dict[str, Counter[str]] | None = None, opener: bool = False,
                   heads: list[tuple[int, str, str]] | None = None, places: list[tuple[int, str]] | None = None,
                   insert: Iterable[tuple[int, str]] = ()) -> str:
    """``text[start:end]`` with a linked pronoun or description ("his", "the country") the words hold no antecedent for
    shown as the name it stands for: "Switzerland ordered that his assets be frozen" -> "... that [Moammar Gadhafi's]
    assets ...", "Nearly 750,000 people have fled the country" -> "... fled [Libya]". It stays as written when a word it
    could stand for comes before it in the words (a name, a pronoun, a noun only a person is: the reader takes that),
    when it opens them (unless ``opener``: the opener is shown by ``with_referent`` where the line knows its referent),
    follows a verb of saying (its subject's) or is the subject of one ("A brigade he said consisted of ...": the line's
    party), when it lies in a ``keep`` range, when its link is one of the ``speakers`` and the words are in the first
    person or in marks (a speaker's "he" is someone else), or when its entity's other pronouns (``genders``: each entity's count of "m" and
    "f" pronouns linked to it) do not give its gender at least once and mostly. ``anaphors`` and ``named`` are (start,
    end, entity) links in article offsets; ``heads`` and ``places`` the article's ``name_heads`` and ``towns``, when
    read once for many calls. ``insert``: (article offset, words) shown in brackets before the word there, unless a
    name already stands for it ("the [vessels of opportunity] program")."""
    raw = text[start:end]
    kept = list(keep)
    named = list(named)
    before = _antecedents(raw, start, named, kinds)
    described = _by_head(text, start, end, name_heads(text, named, kinds) if heads is None else heads, names)
    settled = _settlements(text, start, end, towns(text, named, kinds) if places is None else places)
    anaphors = [*anaphors, *settled, *described]
    by_head = {(s, e) for s, e, _ in described}
    first_person = any(w.lower() in FIRST_PERSON for w in re.findall(r"[A-Za-z]+", raw))
    # a speaker's own marked words speak of someone else as "he", first person or not ("“At a time when he could have
    # enjoyed a well-deserved retirement ..., Admiral Allen stepped up ...,” Obama said": Allen, not Obama)
    first_person = first_person or start > 0 and text[start - 1] in DOUBLE_OPEN | DOUBLE_STRAIGHT
    spoken = set(speakers)
    out: list[str] = []
    at = start
    edits = sorted([(s, e, entity, "") for s, e, entity in anaphors] + [(p, p, "", w) for p, w in insert if start <= p < end])
    for s, e, entity, inserted in edits:
        if inserted:
            if s >= at:  # (not inside words a name replaced)
                out.extend((text[at:s], f"[{inserted}] "))
                at = s
            continue
        if s < at or e > end or entity not in names or any(a <= s < b for a, b in kept):
            continue
        opening = OPENING.fullmatch(text[start:s]) is not None
        if (opening and not opener) or AFTER_SAYING.search(text[start:s]) or SAYING_NEXT.match(text, e):
            continue  # the opener, and a sayer's subject or the sayer: shown by the line's party
        words = text[s:e]
        word = words.lower()
        company = word.startswith("the ") and word.rsplit(" ", 1)[-1] in COMPANY_HEADS
        settlement = word in ("the city", "the town")
        if (s, e) in by_head:
            out.append(text[at:s])
            out.append(f"[{names[entity]}]")
            at = e
            continue
        if word not in NAMED_PRONOUNS and word not in NAMED_DESCRIPTIONS and not company and not settlement:
            continue
        person = word in PRONOUN_GENDER
        wanted = "person" if person else "town" if settlement else "place" if word in NAMED_DESCRIPTIONS else "body"
        if any(p < s and (kind == wanted or kind == "owner" and word == "its") for p, kind in before):
            continue
        gender = PRONOUN_GENDER.get(word, "")
        if person and ((first_person and entity in spoken) or not _gender_fits(gender, (genders or {}).get(entity))):
            continue
        out.append(text[at:s])
        out.append(f"[{names[entity]}'s]" if _possessive(word, text[e:e + 20]) else f"[{names[entity]}]")
        at = e
    out.append(text[at:end])
    return "".join(out)


@dataclass
class Links:
    """Each article's entity links as a line read alone shows them: names, and pronouns or descriptions ("he", "the
    country") standing for one, as (start, end, entity); ``kinds`` is each entity's type, ``genders`` each entity's
    count of "m" and "f" pronouns linked to it."""

    named: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    anaphors: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    genders: dict[str, Counter[str]] = field(default_factory=dict)
    read: dict[str, tuple[list[tuple[int, str, str]], list[tuple[int, str]]]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, resolution: Any, anaphor_labels: Iterable[str]) -> Links:
        """The links of an entity resolution (``EntityResolution``): names apart from the mentions whose label is one of
        ``anaphor_labels`` (the resolver's pronouns and descriptions)."""
        labels = set(anaphor_labels)
        anaphoric = {(m.article, m.start, m.end) for m in resolution.mentions if m.label in labels}
        links = cls(kinds={e.id: e.type for e in resolution.entities})
        for (article, start, end), entity in resolution.links.items():
            side = links.anaphors if (article, start, end) in anaphoric else links.named
            side.setdefault(article, []).append((start, end, entity))
        for side in (links.anaphors, links.named):
            for spans in side.values():
                spans.sort()
        for m in resolution.mentions:
            gender = PRONOUN_GENDER.get(m.text.lower())
            if m.entity and gender:
                links.genders.setdefault(m.entity, Counter())[gender] += 1
        return links

    def words(self, text: str, article: str, start: int, end: int, names: dict[str, str], *,
              speakers: Iterable[str] = (), keep: Iterable[tuple[int, int]] = (), opener: bool = False,
              insert: Iterable[tuple[int, str]] = ()) -> str:
        """``text[start:end]`` of ``article`` read alone (``anaphors_named``; the article's name heads and towns read
        once, ``read``)."""
        named = self.named.get(article, [])
        if article not in self.read:
            self.read[article] = (name_heads(text, named, self.kinds), towns(text, named, self.kinds))
        heads, places = self.read[article]
        return anaphors_named(text, start, end, self.anaphors.get(article, ()), named, names, self.kinds, keep=keep,
                              speakers=speakers, genders=self.genders, opener=opener, heads=heads, places=places,
                              insert=insert)
