"""Dating events: partial TIMEX values, which expression governs a trigger, and refining dates across sources."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import EventCandidate, SentenceEvent
from storyline.analyse.lexicon import CHRONOLOGY_ENTRY, MONTH_NAMES
from storyline.analyse.quotes.patterns import FIGURE_SOURCES
from storyline.analyse.time.patterns import BARE_DAY_PART_RE, SOME_SUCH_DAY
from storyline.spans import doc_sentences, first_conjunct, perfect

DATE_CACHE = 65536  # date values kept by the pure comparisons below: a story's merge compares the same few hundred values
# again and again (82,000 calls of ``compatible`` in one merge of nine stories)

DateValue = tuple[str, str | None, str | None]  # (value, end value, granularity)


def partial_value(timex: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(value, end value, granularity) of a time expression; TIMEX3 partial values when it has no anchor."""
    if timex.get("type") not in ("DATE", "TIME"):
        return None, None, None
    value = timex.get("value")
    if value and value[:1].isdigit():
        return value[:10] if timex.get("type") == "TIME" else value, timex.get("end_value"), timex.get("granularity")
    if value or SOME_SUCH_DAY in (timex.get("basis") or ""):
        return None, None, None  # PRESENT_REF and the like; "a recent Wednesday" is no Wednesday to refine
    text = timex.get("text") or ""
    md = P.MONTH_DAY_RE.search(text)
    if md:
        month = P.MONTHS.index(md.group(1).lower()) + 1
        return f"XXXX-{month:02d}-{int(md.group(2)):02d}", None, "day"
    days = [P.WEEKDAYS.index(w.lower()) + 1 for w in P.WEEKDAY_RE.findall(text)]
    if days:
        end = f"XXXX-WXX-{days[-1]}" if len(days) > 1 else None
        return f"XXXX-WXX-{days[0]}", end, "day"
    months = P.MONTH_RE.findall(text)
    if months and len(text.split()) <= 2:
        return f"XXXX-{P.MONTHS.index(months[0].lower()) + 1:02d}", None, "month"
    return None, None, None


def timex_attachment(doc: Doc, timex: dict[str, Any], triggers: set[int]) -> int | None:
    """The token index of the nearest trigger (or verb) governing a time expression; one inside brackets dates only what
    the brackets hold ("won't even commit to suspending BP's dividend (more than $10 billion last year)": the dividend's
    year, not the act's)."""
    span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = _attachment(doc, span, timex, triggers)
    aside = _bracketed(doc, span)
    return head if head is None or aside is None or aside[0] < head < aside[1] else None


def _bracketed(doc: Doc, span: Span) -> tuple[int, int] | None:
    """The token indices of the round brackets around a span within its sentence, if any; not those opening the sentence
    (a live page's stamp, "(7:49 p.m. Monday ET, 1:49 a.m. Tuesday in Libya) More U.S. ...", dates what follows)."""
    sent = span.sent
    opening = next((t.i for t in reversed(doc[sent.start : span.start]) if t.text in "()"), None)
    if opening is None or doc[opening].text != "(" or all(t.is_punct or t.is_space for t in doc[sent.start : opening]):
        return None
    closing = next((t.i for t in doc[span.end : sent.end] if t.text in "()"), None)
    return (opening, closing) if closing is not None and doc[closing].text == ")" else None


def _attachment(doc: Doc, span: Span, timex: dict[str, Any], triggers: set[int]) -> int | None:
    token = span.root
    if _a_bound(doc, span):
        return None
    if _in_a_laws_name(doc, span):
        return None
    if _names_an_occasion(doc, span, timex):
        return span.root.head.i if span.root.head.i in triggers else None  # "have been investigating the April 20
        # blowout": the calendar date names the occasion the noun is, not the day of an act done about it
    said = doc[span.start - 1] if span.start > 0 else None
    if (said is not None and said.lemma_ in P.REPORTING_VERBS and said.pos_ == "VERB" and token.dep_ == "npadvmod"
            and (span.end >= len(doc) or doc[span.end].tag_ != "POS")):
        return said.i  # "source said Sunday the United States was deeply concerned": with no "that", the parse hangs the
        # day on the said clause; a day written right after a verb of saying is the saying's ("said Sunday's attack" not)
    for _ in range(8):
        head = token.head
        if token.dep_ == "appos" or _set_off_as_appos(token):
            return None  # "McCain, the unsuccessful Republican presidential nominee in 2008, warned": it dates the nominee
            # ("the New Orleans Saints, winners of the National Football League's Superbowl in February, held a rally")
        if (head.dep_ == "prep" and head.lower_ in P.BOUND_WORDS and token.i != span.root.i and head.i != token.i
                and token.i not in triggers and _measured_from(head, span)):
            return None  # "four days before the April 20 explosion, ... sent an e-mail", "signed after the explosion on
            # April 20": the date is of the thing the act is measured from, not of the act ("since March" is an onset)
        if head.i == token.i:
            return token.i if token.i in triggers or token.pos_ in ("VERB", "AUX") else None
        if head.i in triggers or (head.pos_ in ("VERB", "AUX") and head.dep_ != "amod"):
            if _trails_a_bound_phrase(doc, token, head, span):
                return None
            if (token.i == span.root.i or token.dep_ == "prep" and span.root.head.i == token.i) and _what_was_decided(head, triggers):
                return head.head.i  # "In refusing to stay that decision on Thursday, the ... Court of Appeals said": the
                # day written right beside the infinitive ("failing to prevent 65 wars since its founding in 1945" not)
            if _set_before_its_mark(head, span) and head.head.pos_ in ("VERB", "AUX"):
                return _setting(head.head, triggers)
            return _setting(head, triggers)
        token = head
    return None


def _what_was_decided(verb: Token, triggers: set[int]) -> bool:
    """An infinitive that is no act of its own, done or not, under a verb of deciding: what was agreed, refused or voted
    on, at the time written beside it ("Ibrahim refused to take further questions on the issue Sunday"). Not one denied
    ("agreed not to pay dividends this year": the year of no dividends)."""
    return (verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.i not in triggers and verb.head.i in triggers
            and verb.head.lemma_.lower() in P.DECIDING_VERBS and not any(c.dep_ == "neg" for c in verb.children))


def _set_off_as_appos(token: Token) -> bool:
    """A noun the parse joined to the noun before it with no "and" or "or", set off by a comma: an apposition ("the New
    Orleans Saints, winners of ... in February, held"), which a time inside it dates, not the act."""
    head = token.head
    return (token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN") and head.pos_ in ("NOUN", "PROPN") and head.i < token.i
            and token.doc[token.i - 1].text == "," and not any(c.dep_ in ("cc", "preconj") for c in head.children))


def _trails_a_bound_phrase(doc: Doc, prep: Token, verb: Token, span: Span) -> bool:
    """A time the parse hangs on the verb, written right after a phrase that measures the act from a dated thing, with
    no comma between: "put a six-month ban on deepwater drilling in place following the massive oil spill at BP's
    Macondo well in the Gulf of Mexico in April" (bpoil_reuters, dev) dates the spill, not the ban."""
    if prep.dep_ != "prep" or prep.head.i != verb.i:
        return False
    bound = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in P.BOUND_WORDS and verb.i < c.i < prep.i), None)
    return bound is not None and _measured_from(bound, span) and not any(t.is_punct for t in doc[bound.i : span.start])


def _set_before_its_mark(verb: Token, span: Span) -> bool:
    """A date the parse hangs on a "before"/"after" clause but written ahead of its mark: "On April 16, four days before
    the Deepwater Horizon exploded in a fireball, one of the two “company men” ... boarded a helicopter" dates the
    boarding, not the blast the clause measures from."""
    return verb.head.i != verb.i and any(
        c.dep_ == "mark" and c.lower_ in P.BOUND_WORDS and span.end <= c.i for c in verb.children)


def _in_a_laws_name(doc: Doc, span: Span) -> bool:
    """A year that is part of a law's name ("the Oil Pollution Act of 1990", "the 1973 War Powers Resolution"): no act's
    date. The tagger names the law without its year, so the year is read beside the law's name."""
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].ent_type_ == "LAW":
        law = doc[span.start - 2]
        return not (law.dep_ == "dobj" and law.head.lemma_.lower() in P.ENACTING_VERBS)  # ("Congress passed the Oil
        # Pollution Act of 1990": passed in the year it is named for)
    return span.end < len(doc) and doc[span.end].ent_type_ == "LAW" and span.root.head.ent_type_ == "LAW"


def _names_an_occasion(doc: Doc, span: Span, timex: dict[str, Any]) -> bool:
    """A calendar date written inside a noun phrase before its noun ("the April 20 blowout", "a June 13-19 trip", "its
    2006 Prudhoe Bay pipeline spill"): it names that occasion. An act done in or during it is of its day ("died in the
    April conflagration"); a chronology's entry ("April 27 - U.S. departments ... announce") has no determiner before
    its date. A noun the tagger read as a verb is one when a determiner opens its phrase ("calling the February tests
    “preliminary”": "tests" tagged a verb)."""
    token, named = span.root, span.root.head
    text = timex.get("text") or ""
    if (token.dep_ not in ("nmod", "compound", "amod", "nummod") or named.pos_ not in ("NOUN", "VERB") or named.i < span.end
            or not (P.MONTH_RE.search(text) or P.YEAR_RE.search(text))):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.head.i != named.i or before.dep_ not in ("det", "poss"):
        return False
    return not (named.dep_ == "pobj" and named.head.lower_ in P.WITHIN_OCCASION)


def _a_bound(doc: Doc, span: Span) -> bool:
    """A time that ends what was done, is a demand's deadline or where an act moves a time to, not when it was done:
    "issued a flood warning ... from Friday until Sunday evening", "extended restrictions ..., to May 17", "suspend
    exploratory drilling ... until at least next year", "demanding a briefing by Sept. 10", "She pledged legislation by
    August" (a "by" set before the verb is when it was done by: "By 1972, Gadhafi urged Muslims ...")."""
    if any(t.lower_ in P.END_WORDS for t in span):
        return True
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in P.APPROXIMATORS:  # "until at least next year"
        k -= 1
    before = doc[k] if k >= 0 else None
    if before is None or before.dep_ != "prep":
        return False
    if before.lower_ == "to" and before.head.pos_ == "VERB":
        return True  # where an act moves a time to: "extended restrictions for another 10 days, to May 17" (not when)
    if before.lower_ in P.END_WORDS:
        return True
    verb = before.head.head if before.head.dep_ == "dobj" else before.head  # ("pledged legislation by August")
    return (before.lower_ == "by" and before.i > verb.i  # ("By 1972, Gadhafi urged")
            and (P.VERB_TRIGGERS.get(lemma := verb.lemma_.lower()) == "DEMAND" or lemma in P.VOW_VERBS))


def _measured_from(preposition: Token, timex: Span) -> bool:
    """Whether an act told "before/after/since/until" a dated thing is measured from that date: always before or until
    it, or with a measure ("four days after"); after or since a thing dated by the calendar ("after the April 20
    explosion"), which names an earlier occasion, not the day of a "meeting Saturday afternoon" the act follows."""
    if preposition.lower_ in ("before", "until") or any(c.dep_ == "npadvmod" for c in preposition.children):
        return True
    return any(t.lower_ in MONTH_NAMES for t in timex)


def _setting(verb: Token, triggers: set[int]) -> int:
    """The act a dated verb sets the time of: itself, or the trigger it is the setting of — a clause of the same time
    ("stormed into the Rixos Hotel as journalists were having breakfast Saturday morning", "As clashes continued Friday,
    Ban told reporters") or the occasion the act took place in ("in an address broadcast Monday, urged Libyans")."""
    if verb.i in triggers:
        return verb.i
    up = verb.head
    if verb.dep_ == "advcl" and up.i in triggers and any(m.dep_ == "mark" and m.lower_ in P.SAME_TIME_MARKS for m in verb.children):
        return up.i
    if verb.dep_ == "acl" and up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.i in triggers:
        return up.head.head.i
    return verb.i


NEWS_DAY_REACH = 2  # days: a lede's reporting day further from the page's date is a weekday read off a wrong page date


def news_day(doc: Doc, body_start: int, timexes: list[dict[str, Any]], published: str | None = None) -> str | None:
    """The date of the lede's reporting act ("..., an official said Wednesday"), when resolved, and within
    ``NEWS_DAY_REACH`` days of the page's date when it has one: a page dated Tuesday 2011-02-22 whose lede reads
    "Libya's interior minister said Wednesday he has quit" is a day late or early, not a week old (the Wednesday before
    made every undated saying of the page six days older than Gadhafi's speech of that Tuesday). The lede's own act
    dated the day before the page sets it too (``_lede_act``). A lede that dates nothing leaves it to the first act the
    next sentences date: of the day before the page, a morning paper's story of that day ("Louisiana Gov. Bobby Jindal
    declared a state of emergency" on a Friday page after "On Thursday, Obama also called the governors ...";
    ``_first_dated_act``)."""
    page = _day(published or "")
    sentences = [sent for sent in doc_sentences(doc) if sent.end_char > body_start and len(sent) >= 6]
    if not sentences:
        return None
    lede = sentences[0]
    undated = True
    for t in timexes:
        if lede.start_char <= t["start"] < lede.end_char:
            value, _, gran = partial_value(t)
            if value and value[:1].isdigit() and gran == "day":
                undated = False
                head = timex_attachment(doc, t, set())
                day = _day(value)
                if head is not None and doc[head].lemma_ in P.REPORTING_VERBS:
                    if page is not None and day is not None and abs((page - day).days) > NEWS_DAY_REACH:
                        return None
                    return value
                if head is not None and page is not None and day is not None and (page - day).days == 1 \
                        and _lede_act(doc[head]):
                    return value
    if undated and page is not None:
        first = _first_dated_act(doc, sentences[1:NEWS_DAY_SENTENCES], timexes)
        if first is not None and (day := _day(first)) is not None and (page - day).days == 1:
            return first
    return None


NEWS_DAY_SENTENCES = 6  # the lede and the sentences after it that may date the story's day when the lede does not


def _first_dated_act(doc: Doc, sentences: list[Span], timexes: list[dict[str, Any]]) -> str | None:
    """The day of the first act told in the simple past that these sentences date to a day ("On Thursday, Obama also
    called ...", "Hours before the spill started washing ashore in Louisiana late Thursday, ..."; not "will travel
    Friday", not "had warned Monday")."""
    for sent in sentences:
        for t in sorted((t for t in timexes if sent.start_char <= t["start"] < sent.end_char), key=lambda t: t["start"]):
            value, _, gran = partial_value(t)
            if not (value and value[:1].isdigit() and gran in ("day", "part of day")):
                continue
            head = timex_attachment(doc, t, set())
            verb = doc[head] if head is not None else None
            while verb is not None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
                verb = verb.head  # "the spill started washing ashore in Louisiana late Thursday"
            if verb is not None and _effort_to(verb):
                verb = verb.head.head  # "Heavy winds and high tides impeded efforts to contain the growing slick on
                # Friday": the day of what was done to the efforts
            if verb is not None and verb.tag_ == "VBD":
                return value[:10]
    return None


def _effort_to(verb: Token) -> bool:
    """An infinitive that describes the object of a verb told in the past ("impeded [efforts] to contain ...", "made
    [attempts] to reach ..."), which the parse hangs a date of the sentence on."""
    noun = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and noun.i < verb.i and noun.dep_ == "dobj" and noun.head.tag_ == "VBD")


def on_the_story_day(timexes: list[dict[str, Any]], day: str, published: str) -> list[dict[str, Any]]:
    """The time expressions with a bare part of day the normaliser put on the page's date ("Then, late in the afternoon,
    he apologized for his apology" on a Friday page) moved to the day the article tells (``news_day``: the Thursday of
    the hearing its lede dates); "this morning", "Friday night" and the rest keep their own day."""
    page = published[:10]
    return [{**t, "value": day + t["value"][10:]}
            if t.get("granularity") == "part of day" and (t.get("value") or "").startswith(page)
            and BARE_DAY_PART_RE.match(t.get("text") or "") else t
            for t in timexes]


def _lede_act(verb: Token) -> bool:
    """The lede's own main verb, told as done ("The much-anticipated congressional hearing Thursday ... came down to a
    single word: Sorry", "BP on Thursday agreed to ..."): on a page dated the day after, a morning paper's story of the
    day before, whose undated sayings are of that day too (not "will meet Friday", not "had warned")."""
    return (verb.dep_ == "ROOT" and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "aux" and c.lower_ in P.PLANNED_AUX for c in verb.children)
            and not before_the_report(verb))


def adjacent_date(doc: Doc, cand: EventCandidate, values: list[tuple[int, tuple[str, str | None, str | None]]]) -> tuple[str, str | None, str | None] | None:
    """A date written right after the trigger's clause ("fell in Kharkiv on January 2"), whatever the parse says."""
    trig = doc[cand.trigger]
    if trig.pos_ not in ("VERB",):
        return None
    last = max(t.i for t in trig.subtree)
    end_char = doc[last].idx + len(doc[last])
    for start, value in values:
        if 0 <= start - end_char <= 4:
            return value
    return None


# A chronology's entry ("June 1 - BP shares plunge 17 percent ...", "Sept. 26 - Halliburton ... says") and an item
# continuing it ("-- U.S. Attorney General Eric Holder says the Justice Department has launched ..."): the item is of
# the entry's day. At most this many characters back to the entry.
CONTINUATION = re.compile(r"^(?:--|—|–) ")
CHRONOLOGY_REACH = 1200


def listed_date(text: str, sentence_start: int, values: dict[int, tuple[str, str | None, str | None]]) -> tuple[str, str | None, str | None] | None:
    """The day of the chronology entry an item continues, for a sentence opening "-- " after "June 1 - ..." with only
    other such items between; ``values`` are the article's resolved dates by start offset."""
    if not CONTINUATION.match(text[sentence_start : sentence_start + 3]):
        return None
    floor = max(0, sentence_start - CHRONOLOGY_REACH)
    entries = list(CHRONOLOGY_ENTRY.finditer(text, floor, sentence_start))
    if not entries:
        return None
    entry = entries[-1]
    between = text[entry.end() : sentence_start]
    if re.search(r"[.!?”\"] (?!--|—|–)\S", between):
        return None  # a sentence of its own between the entry and the item: the item is not the entry's
    return values.get(entry.start())


def inherited_date(doc: Doc, trigger: int, dated: dict[int, tuple[str, str | None, str | None]], reporting_ok: bool) -> tuple[str, str | None, str | None] | None:
    """A date from the governing clause: simultaneity ('as', 'when'), purpose and chained clauses; none for a saying
    told again in the present perfect, nor for a present perfect given as a reason ("... especially given that the
    company has admitted it is responsible")."""
    token = doc[trigger]
    if said_before(token) or given_as_a_reason(token):
        return None
    for _ in range(6):
        if token.head.i == token.i:
            return None
        dep = token.dep_
        head = token.head
        if dep == "pcomp" or dep == "prep":
            token = head
            continue
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if dep == "advcl" and "while" in marks and perfect(token):
            return None  # "While France has recognized the council ..., the European Union was more restrained Friday":
            # a perfect set against the act is a contrast, not the same time
        if dep in ("xcomp", "ccomp") and head.lemma_.lower() in P.RECALLING_VERBS:
            return None  # "On Tuesday, ... Verdin recounted watching the TV news when BP gave up its attempt": told
            # Tuesday, watched before
        if told_as_known(token):
            return None
        if dep in ("xcomp", "conj", "acl") or (dep == "advcl" and (marks & P.SAME_TIME_MARKS or not marks)):
            if told_earlier(token):
                return None  # "The United Kingdom on Wednesday recognized ..., and the United States recently recognized"
            if dep == "conj" and perfect(token) and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                return None  # "Obama last Friday created a bi-partisan commission on the spill, and the administration has
                # pledged to independently verify ...": a clause of its own in the perfect tells how things stand now
            if head.i in dated:
                return dated[head.i]
            if dep == "conj" and _own_time(head, token, dated):
                return None  # "fought the regime in the 1990s, but formally ended its campaign ... two years ago, and
                # repudiated al Qaeda": the verb joined to holds a time of its own, so the older one is not handed on
            token = head
            continue
        if dep == "ccomp" and reporting_ok and head.i in dated and not before_the_report(token) and not _told_by_a_record(head):
            return dated[head.i]  # (not "told reporters he had asked Svanberg to keep in mind ...": asked before; nor what
            # a report found: "The White House office of management and budget ... turned down the request, the report
            # said")
        return None
    return None


def given_as_a_reason(verb: Token) -> bool:
    """A present perfect in a clause given as a reason ("especially given that the company has admitted it is
    responsible", "because BP has refused to ..."): how things stand, not an act of the report's day."""
    if not perfect(verb) or verb.tag_ != "VBN":
        return False
    head = verb.head
    return (verb.dep_ == "pcomp" and head.lower_ in P.REASON_WORDS) or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in P.REASON_WORDS for c in verb.children))


def _own_time(verb: Token, joined: Token, dated: dict[int, DateValue]) -> bool:
    """Whether ``verb``'s clause, without the verb ``joined`` to it, holds a verb a time expression of the sentence
    dates ("ended its campaign to overthrow the Libyan regime two years ago"); a saying's day is the report's, and a
    parse may hang a credit line inside the clause ("..., the Dominican Today newspaper reports")."""
    inside = {t.i for t in joined.subtree}
    return any(t.i in dated and t.i not in inside and t.lemma_ not in P.REPORTING_VERBS for t in verb.subtree)


def reported_date(doc: Doc, trigger: int, stated: dict[int, tuple[str, str | None, str | None]]) -> tuple[str, str | None, str | None] | None:
    """The date a report gives an undated act it tells: "the government said Sunday that his son died in an airstrike"
    (the act by that day, as a timeline files it), "NATO refused to say Tuesday whether ..." (the refusal is the saying's),
    "Britain will help 5,000 people ..., the UK Mission announced Monday" (a plan, as announced that day).
    Only a date the sentence states on a reporting verb: never the article's own day."""
    token = doc[trigger]
    said = next((c for c in token.children if c.lemma_ in P.REPORTING_VERBS and c.i in stated and (
        c.dep_ == "xcomp" or (c.dep_ in ("parataxis", "ccomp") and c.i > token.i and (
            any(g.dep_ == "nsubj" for g in c.children) or _trailing_attribution(doc, token, c)))
    )), None)
    if said is not None:  # "Britain will help ..., the UK Mission announced Monday": a report after its words
        return None if _told_by_a_record(said) else stated[said.i]
    if token.dep_ == "acomp":
        token = token.head  # "said Sunday the United States was deeply concerned": the clause is the copula's
    if token.dep_ == "conj" and token.head.dep_ == "ccomp":
        token = token.head
    head = token.head
    if (token.dep_ == "ccomp" and head.i != token.i and head.lemma_ in P.REPORTING_VERBS and head.i in stated
            and not sequenced(token) and not told_as_known(token) and not _told_by_a_record(head)):
        return stated[head.i]
    return None


def _told_by_a_record(said: Token) -> bool:
    """A saying whose subject is a record that finds or counts (a report, a study, an inquiry: ``FIGURE_SOURCES``): what
    it tells was found of an earlier time, not done by the day it came out ("The White House blocked government
    scientists from warning the American public ..., a report released by the national commission ... said yesterday")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FIGURE_SOURCES for c in said.children)


def speaker_word(verb: Token) -> str | None:
    """The word a saying's subject is known by: its name's last word ("Cretz" of "Ambassador to Libya Gene Cretz"), or a
    person pronoun as "he"/"she"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    name = [t for t in subject.subtree if t.pos_ == "PROPN"]
    if name:
        return name[-1].text.lower()
    return subject.lower_ if subject.lower_ in ("he", "she") else None


def said_days(doc: Doc, reporting: set[int], stated: dict[int, DateValue]) -> dict[str, DateValue]:
    """The days a sentence's own time expressions give its sayings, by the speaker's word ("Cretz said Wednesday")."""
    out: dict[str, DateValue] = {}
    for r in sorted(reporting):
        word = speaker_word(doc[r])
        if word is not None and word not in ("he", "she") and r in stated and _day(stated[r][0]) is not None:
            out.setdefault(word, stated[r])
    return out


def told_earlier(verb: Token) -> bool:
    """A verb an adverb sets at some time before the report: "Moussa Koussa recently fled to London"."""
    return any(c.dep_ == "advmod" and c.lower_ in P.EARLIER_ADVERBS for c in verb.children)


def said_before(verb: Token) -> bool:
    """A saying in the present perfect ("Pascal ... has said she initially supported taking such action", "BP has told
    investors"): an earlier statement told again, on a day the text does not give ("has announced", "has sent" tell the
    day's news, the BBC's way)."""
    return verb.lemma_ in P.EARLIER_SAYING_VERBS and perfect(verb)


def reported_saying(verb: Token) -> bool:
    """A saying another saying reports ("Ibrahim said Koussa asked for sick leave", "Gadhafi asks Obama to stop ...,
    the official said"): told by the report, not made on its day."""
    clause = first_conjunct(verb)
    return clause.dep_ == "ccomp" and clause.head.lemma_ in P.REPORTING_VERBS


def before_the_report(verb: Token) -> bool:
    """A verb told at another time than the report, so not of the report's day: in the past perfect ("BP had urged
    ...", "had warned in 2003"), set earlier by an adverb ("recently fled"), in a clause set before or after another act
    ("after BP gave details of its own preliminary findings"), or set a span of time from another ("Weeks later, ... a
    more contrite Hayward said", "not long afterwards, she sent her fans a follow up message"). The present perfect is
    not: "The Queen has sent a message to Haiti's president", "Louisiana has declared a state of emergency" tell the
    day's news (the BBC's way), as often as an older act."""
    clause = verb
    while True:  # a past perfect's auxiliary or an adverb on the first of joined verbs is every one's ("recently fled to
        # London and announced his resignation")
        if clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children):
            return True
        if told_earlier(clause):
            return True
        if clause.head.i == clause.i or not (clause.dep_ in ("conj", "xcomp") or _bare_participle(clause)):
            break
        clause = clause.head  # (and what a past perfect went on to do: "Hayward had expected to be in the United
        # States giving a speech", bpoil_washingtonpost: the speech of no day of the report's)
    if clause.dep_ in ("advcl", "ccomp") and sequenced(clause):
        return True
    if any(at_another_happening(v) for v in (clause, *(c for c in clause.children if c.dep_ == "conj"))):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in P.SPAN_ADVERBS and any(g.dep_ in ("npadvmod", "advmod") for g in c.children)
               for t in (verb, *verb.ancestors) for c in t.children)


def told_as_known(clause: Token) -> bool:
    """A past act a verb of noting tells as known ("Transocean, which also points out that BP declined to run a “cement
    bond log”", bpoil_washingtonpost): older than the telling, so of no day the telling gives. A plan or a state so told
    ("stressed Monday that the U.S. will not send ground troops") keeps the telling's day."""
    return (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in P.NOTING_VERBS
            and (clause.tag_ == "VBD" or perfect(clause)))


def sequenced(clause: Token) -> bool:
    """A clause a subordinator of sequence opens ("after BP gave details ...", "Five years after Hurricane Katrina
    destroyed New Orleans, the city's mayor said Thursday ..."): set before or after another act, never the words of a
    saying, though the parse may hang it on one as what was said."""
    return any(c.dep_ == "mark" and c.lower_ in P.SEQUENCE_MARKERS for c in clause.children)


def at_another_happening(verb: Token) -> bool:
    """A verb the text sets at another happening, whose day it does not give: a "when" clause told in the past ("the
    talks were stalemated when the Deepwater Horizon rig sank"), a time before one told in the past, a span of time
    from an event ("sent letters ... two weeks after the accident"), or "the same day" as one ("convened a meeting ...
    on the same day he learned of the accident"); on the verb or on what it goes on to do ("failed to test ...")."""
    for c in (*verb.children, *(g for x in verb.children if x.dep_ == "xcomp" for g in x.children)):
        if c.dep_ == "advcl" and c.tag_ == "VBD" and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children):
            return True
        if c.dep_ == "advcl" and _past(c) and any(m.dep_ == "mark" and m.lower_ == "before" for m in c.children):
            return True  # "said Transocean failed to test the automatic shut-off function ... before it was used on the
            # rig" (bpoil_reuters): done before a past happening the text does not date
        if c.dep_ == "prep" and c.lower_ in ("after", "before") and any(g.dep_ == "npadvmod" for g in c.children):
            return True
        day = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "on" else None
        if day is not None and day.lemma_.lower() in P.SAME_TIME_NOUNS and any(
                g.dep_ == "amod" and g.lower_ == "same" for g in day.children):
            return True
    return False


def follow_up_days(doc: Doc, sent: Span, reporting: set[int], dated: dict[int, DateValue],
                   last: tuple[int, dict[str, DateValue]]) -> dict[int, DateValue]:
    """Sayings with no day of their own that go on from a dated saying of the sentence before, by the same speaker: "The
    United States ... has not formally recognized the group, Ambassador to Libya Gene Cretz said Wednesday. But Cretz
    said the lack of formal recognition has not stopped ..." (that was the page's own day, a day later). A "he" or "she"
    goes on from the one speaker the sentence before dated."""
    start, days = last
    if not days or sent.start == 0 or doc[sent.start - 1].sent.start != start:
        return {}
    out: dict[int, DateValue] = {}
    for r in reporting:
        word = speaker_word(doc[r])
        if r in dated or word is None or before_the_report(doc[r]):  # "Germany had previously announced": earlier
            continue
        if word in days:
            out[r] = days[word]
        elif word in ("he", "she") and len(days) == 1:
            out[r] = next(iter(days.values()))
    return out


SAYING_GRAINS = ("day", "part of day", "time")  # a saying's day, handed to a saying joined to it


def joined_sayings(doc: Doc, reporting: set[int], dated: dict[int, DateValue]) -> dict[int, DateValue]:
    """The day a saying joined to a dated saying, with no subject of its own, shares: "Shalgam reiterated that ... and
    insisted on the immediate resignation of ... Gadhafi" (a day only: a live blog's "2049:" read as a year is none)."""
    out: dict[int, DateValue] = {}
    for r in sorted(reporting):  # (in text order: a saying joined to one joined before it shares the same day)
        verb, head = doc[r], doc[r].head
        day = out.get(head.i) or dated.get(head.i)
        if (r not in dated and verb.dep_ == "conj" and head.i in reporting and day is not None and day[2] in SAYING_GRAINS
                and not any(c.dep_ == "nsubj" for c in verb.children)):
            out[r] = day
    return out


def scene_day(doc: Doc, sent: Span, timexes: list[dict[str, Any]]) -> DateValue | None:
    """The day the sentence before ``sent`` sets a named person's scene on, for a "he said" that goes on from it: "On
    Friday, Barack Obama appeared to be losing his patience with oil company executives ... “I will not tolerate more
    finger-pointing,” he said in the White House rose garden" (said on the Friday, not on the page's Sunday). The
    sentence before must be the one just before, its own verb's subject a person the tagger names, and its day one
    time expression attached to that verb."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or before_the_report(root):
        return None
    days = [partial_value(t) for t in timexes if before.start_char <= t["start"] < before.end_char
            and timex_attachment(doc, t, {root.i}) == root.i]
    if len(days) != 1 or days[0][0] is None or _day(str(days[0][0])) is None:
        return None
    value, end_value, grain = days[0]
    return str(value), end_value, grain


def _bare_participle(verb: Token) -> bool:
    """A participle clause with no subject or subordinator of its own ("... be in the United States giving a speech"):
    it goes on with its head's time."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _past(verb: Token) -> bool:
    """A verb told in the simple past, active or passive ("sank", "was used")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were") for c in verb.children))


def _trailing_attribution(doc: Doc, act: Token, said: Token) -> bool:
    """A reporting verb set after the act's words with a comma and no words of its own after it ("The Obama
    administration has agreed to ..., a U.S. defense official said Wednesday", the parse taking the official for an
    apposition elsewhere)."""
    if any(g.dep_ in ("ccomp", "dobj") and g.i > said.i for g in said.children):
        return False
    return any(doc[i].text == "," for i in range(act.i + 1, said.i))


@lru_cache(maxsize=DATE_CACHE)
def _day(value: str) -> date | None:
    """A full YYYY-MM-DD value as a date."""
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 and value[:4].isdigit() else None
    except ValueError:
        return None


@lru_cache(maxsize=DATE_CACHE)
def _week(value: str) -> tuple[int, int] | None:
    """(year, week) of a YYYY-Www value."""
    if len(value) == 8 and value[4:6] == "-W" and value[:4].isdigit():
        return int(value[:4]), int(value[6:8])
    return None


@lru_cache(maxsize=DATE_CACHE)
def refine(concrete: str, partial: str) -> str | None:
    """The day a partial value names within a concrete one, if they are compatible; else None."""
    if partial == concrete:
        return concrete
    if partial.startswith("XXXX-WXX-"):
        weekday = int(partial[-1])
        week = _week(concrete)
        if week:
            return date.fromisocalendar(week[0], week[1], weekday).isoformat()
        day = _day(concrete)
        if day and day.isoweekday() == weekday:
            return concrete
        return None
    if partial.startswith("XXXX-"):
        rest = partial[4:]  # "-07-12" or "-09"
        if concrete[4 : 4 + len(rest)] == rest and len(concrete) >= len(partial):
            return concrete
        if len(concrete) == 4 and concrete.isdigit():
            return concrete + rest
        return None
    return None


@lru_cache(maxsize=DATE_CACHE)
def compatible(a: str | None, b: str | None) -> bool:
    """Two dates that can name the same event (equal, one within the other, or a partial matching)."""
    if a is None or b is None or a == b:
        return True
    if a.startswith("XXXX") and b.startswith("XXXX"):
        return False
    if a.startswith("XXXX"):
        return refine(b, a) is not None
    if b.startswith("XXXX"):
        return refine(a, b) is not None
    da, db = _day(a), _day(b)
    if da and _week(b):
        return tuple(da.isocalendar())[:2] == _week(b)
    if db and _week(a):
        return tuple(db.isocalendar())[:2] == _week(a)
    return a.startswith(b) or b.startswith(a)


def calendar_range(value: str | None, end: str | None) -> str | None:
    """The event's date as stored: a week becomes its Monday/Sunday range so dates sort in time order."""
    if value is None:
        return None
    week = _week(value)
    if week is not None and end is None:
        monday = date.fromisocalendar(week[0], week[1], 1)
        return f"{monday.isoformat()}/{date.fromisocalendar(week[0], week[1], 7).isoformat()}"
    return f"{value}/{end}" if end and end != value else value


@lru_cache(maxsize=DATE_CACHE)
def specificity(value: str | None) -> int:
    """How precise a value is: full day > week > month > year > partial."""
    if value is None:
        return 0
    if value.startswith("XXXX"):
        return 1
    if _day(value):
        return 5
    if _week(value):
        return 4
    return 2 + (len(value) > 4)


def cluster_date(members: list[SentenceEvent]) -> tuple[str | None, str | None, str | None]:
    """(date, end date, granularity) of merged sentence events: the most precise, refined by partials."""
    dated = sorted((m for m in members if m.date), key=lambda m: -specificity(m.date))
    if not dated:
        return None, None, None
    best = dated[0]
    value, end, gran = best.date, best.end_date, best.granularity
    if value and not value.startswith("XXXX"):
        for m in dated:
            if m.date and m.date.startswith("XXXX") and specificity(value) < 5 or (m.date and m.date.startswith("XXXX-WXX") and _week(value or "")):
                refined = refine(value, m.date or "")
                if refined and _day(refined):
                    end_refined = refine(value, m.end_date) if m.end_date else None
                    return refined, end_refined, "day"
    return value, end, gran


# ---------------------------------------------------------------------------------------------
# Merge across articles, corroboration, salience.
