"""An event's summary: the sentence's own words for the act, found over the parse and shown without a Doc.

``act_words`` picks the words (per article, with the Doc: kept as offsets in the event's facts); ``summary_text`` shows
them for the merged event (an opening pronoun named, a cut shown with an ellipsis). Nothing is composed: every word
shown is a word of the evidence sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.analyse import lexicon as L
from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import EventCandidate, SentenceEvent, np_span
from storyline.analyse.shown import ACTOR_PRONOUNS, with_referent, without_stamp
from storyline.spans import closes_bracket


@dataclass(slots=True)
class ActWords:
    """The sentence's own words for an act: tokens [first, last), whether either end was cut, and the characters
    [start, end) of said words left out between their opening and who said them."""

    first: int
    last: int
    cut_left: bool
    cut_right: bool
    gap: tuple[int, int] | None = None


def act_words(doc: Doc, cand: EventCandidate) -> ActWords:
    """The sentence's own words for the act: from the actor through the trigger's clause ("Gadhafi's troops fell back
    after days of fierce fighting in Ajdabiya"), with who reports it when it is reported ("Libyan state TV reported
    Friday that NATO had attacked ..."), without a clause with its own subject joined on or the framing before the
    actor ("As Gadhafi's forces launched their attacks, ..."). At most ``P.SUMMARY_TOKENS`` around actor and trigger,
    the words after the trigger first (they say what was done)."""
    root = _root(doc, cand)
    kept, core = _kept(doc, cand, root), _core(doc, cand, root)
    words = _fitted(doc, root, kept, core)
    if not _tells(doc, words, root) and (clause := _finite_clause(root)) is not None:
        root = clause  # "A NATO airstrike Wednesday on the seaside town of Misrata" -> "... killed ...": a sentence
        kept, core = _kept(doc, cand, root), _core(doc, cand, root)
        words = _fitted(doc, root, kept, core)
        opener = doc[cand.trigger].head
        if doc[cand.trigger].dep_ == "pcomp" and opener.i == words.first - 1 and not words.cut_left:
            words.first -= 1  # "After giving up ... an attempt ..., BP is pursuing ...": the preposition that sets the act
    _with_words_said_before(doc, cand, words)
    if words.gap is None and words.cut_right and (aside := _set_off_aside(doc, cand)) is not None:
        fitted = _fitted(doc, root, kept - set(range(*aside)), core, spare=aside[1] - aside[0])
        if fitted.gap is None and fitted.first < aside[0] and fitted.last > fitted.first + (aside[1] - aside[0]):
            words = fitted  # "BP, which said on Monday it had spent about $3.95 billion so far on the oil spill, agreed
            # ... last month …": the name, a gap, then the act with what was agreed
            before, after = doc[aside[0] - 1], doc[aside[1]]
            words.gap = (before.idx + len(before), after.idx)
            return words
    if (words.gap is None and (relative := _relative_pronoun(doc, cand)) is not None
            and words.first < relative.i - 1 and relative.i + 1 < words.last and not _clause_resumes(doc, relative.i, words.last)):
        set_off = doc[relative.i - 1].text == ","
        named = doc[np_span(relative.head.head)[1] - 1] if set_off else doc[relative.i - 1]  # (before a parenthetical)
        opening = np_span(relative.head.head)[0]
        if not set_off and (words.first < opening or any(t.tag_ == "VBG" for t in doc[opening : relative.i])):
            return words  # "(a pattern of) the company intimidating workers who raised safety ... concerns": the noun
            # is not what the words are of
        words.gap = (named.idx + len(named), doc[relative.i + 1].idx)  # "The United Nations, who urged action Friday",
        # "One Taiwanese vessel that arrived this week": the name, then its act
    return words


def _tells(doc: Doc, words: ActWords, root: Token) -> bool:
    """Whether the words hold a finite verb of their own clause: without one they are a noun phrase or a participle's
    clause ("Zuma's first visit to Tripoli in April", "Agreeing to the loan, Germany"), which name an act but do not
    tell it. The finite verb is the root's or one above it ("BP was being criticized for failing to ..."); one only in a
    clause set into the words ("with Salazar threatening on Sunday to “push them out” if the company did not perform")
    does not tell it."""
    inside = range(words.first, words.last)
    if root.i not in inside:
        return any(doc[i].tag_ in L.FINITE_TAGS for i in inside)
    return any(verb.i in inside and (verb.tag_ in L.FINITE_TAGS or _finite_auxiliary(verb, inside))
               for verb in (root, *root.ancestors))


def _finite_auxiliary(verb: Token, inside: range | None = None) -> bool:
    """Whether the verb has a finite auxiliary ("is pursuing", "was being criticized"), within ``inside`` if given."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in L.FINITE_TAGS and (inside is None or c.i in inside)
               for c in verb.children)


def _finite_clause(token: Token) -> Token | None:
    """The nearest verb above a token that is finite, or the sentence's main verb with a finite auxiliary ("After giving
    up ... an attempt to ... “kill” it, BP is pursuing another option"): the clause a noun or participle sits in,
    within a few steps. (A lesser clause's participle is not taken for it: "penalties than most investors had expected
    and follow BP chairman ...'s meeting", the parse's "follow" a conjunct of "expected", is a sentence of "are".)"""
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.tag_ in L.FINITE_TAGS or token.dep_ == "ROOT" and _finite_auxiliary(token):
            return token
    return None


def _with_words_said_before(doc: Doc, cand: EventCandidate, words: ActWords) -> None:
    """A statement whose words, quoted, come right before who said them ('“We are skimming today in Louisiana, but not
    in Alabama, ...,” Coast Guard spokeswoman Stephanie Hebert told the AFP news agency', which the parse hangs on the
    quote's verb): the words shown open on the quote, its opening kept, then a gap, then who said it."""
    first = words.first
    if cand.type != "STATEMENT" or words.gap is not None or first < 3 or doc[first - 1].text not in ("”", '"') \
            or doc[first - 2].text != ",":
        return
    sent_start = doc[first].sent.start
    opening = next((j for j in range(first - 3, sent_start - 1, -1) if doc[j].text in ("“", '"')), None)
    if opening is None or opening != sent_start:
        return  # only words that open the sentence: '... said: “...”, X told' is another's setting
    body = opening + 1
    if first - body <= P.SUMMARY_TOKENS - (words.last - first):
        words.first, words.cut_left = opening, False
        return
    end = body + max(P.SUMMARY_TOKENS - (words.last - first), 8)
    while end > body + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ in P.DANGLING_POS):
        end -= 1
    words.first, words.cut_left = opening, False
    words.gap = (doc[end - 1].idx + len(doc[end - 1]), doc[first].idx)


def _clause_resumes(doc: Doc, start: int, end: int) -> bool:
    """The sentence's own verb follows the set-off clause inside the words ("Obama, who met Wednesday with Cameron,
    increased pressure ..."): the words read as they are."""
    return any(doc[i].text == "," and doc[i + 1].pos_ in ("VERB", "AUX") for i in range(start, end - 1))


def _relative_pronoun(doc: Doc, cand: EventCandidate) -> Token | None:
    """The "who"/"which" that opens the trigger's clause set off after a name ("Nasser, who had died in 1972"), or the
    "who"/"which"/"that" right after the noun its clause restricts ("The 11 workers who died in the April 20 ... blast"):
    shown, the name would head a clause with no verb of its own; the name, a gap, then the act read as a sentence."""
    trig = doc[cand.trigger]
    while trig.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and trig.head.i < trig.i:
        trig = trig.head  # "Weldon, who led a congressional delegation ... and is visiting Tripoli", "Holder, who visited
        # the Gulf ... to survey the fragile coastline and meet with ... prosecutors": the clause's own verb
    if trig.dep_ != "relcl" or trig.head.i >= trig.i:
        return None
    pronoun = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")), None)
    if pronoun is None or pronoun.i < 1 or pronoun.i + 1 >= len(doc):
        return None
    if doc[pronoun.i - 1].text == ",":
        end = np_span(trig.head)[1]
        return pronoun if pronoun.lower_ != "that" and (end == pronoun.i - 1 or _parenthetical(doc, end, pronoun.i - 1)) else None
    return pronoun if np_span(trig.head)[1] == pronoun.i else None  # "The 11 workers who died in the April 20 ... blast"


PARENTHETICAL_TOKENS = 8  # at most this many tokens in brackets between a name and its clause ("(D-Md.)", "(R-La.)")


def _parenthetical(doc: Doc, start: int, stop: int) -> bool:
    """Tokens [start, stop) are one short bracketed aside after a name: "Sen. Benjamin L. Cardin (D-Md.), who visited
    Louisiana on Friday" (a party and state, an age, an abbreviation)."""
    inside = [t.text for t in doc[start + 1 : stop - 1]]
    return (stop - start <= PARENTHETICAL_TOKENS and doc[start].text == "(" and doc[stop - 1].text == ")"
            and "(" not in inside and ")" not in inside)


def _root(doc: Doc, cand: EventCandidate) -> Token:
    """The verb whose clause the words are: the trigger's, or the clause an event noun sits in, the verb whose object
    does the act, or the verb of saying that reports it."""
    trig = doc[cand.trigger]
    root = trig
    if trig.dep_ in ("acomp", "attr") and trig.head.lemma_ == "be":
        root = trig.head  # "she had been [gang-raped] by pro-Gadhafi forces": the copula's clause holds its subject
    if cand.noun == cand.trigger and trig.dep_ == "pobj" and trig.head.head.pos_ in ("VERB", "AUX"):
        root = trig.head.head  # "North Korea has been [under UN embargos]": the clause the event noun sits in
    doer = doc[cand.actor[0] : cand.actor[1]].root if cand.actor is not None else None
    if doer is not None and doer.dep_ in ("dobj", "dative") and doer.head != trig and doer.head.is_ancestor(trig):
        root = doer.head  # "blamed North Korea for sending arms", "urged Putin to meet": who said so stays in the words
    if (trig.dep_ == "advcl" and trig.tag_ == "VBG" and trig.head.i < trig.i and trig.head.lemma_.lower() in P.REPORTING_VERBS
            and any(c.dep_ == "ccomp" and c.i < trig.head.i for c in trig.head.children)):
        return trig.head  # "“Yet it appears the companies did not suspend operations ...,” Henry Waxman ... said, demanding
        # to know why work was not stopped": the saying's clause, its words' opening with it (without them, "... said,
        # demanding to know ..." was judged garbled, timeline draw 6202)
    return _reported_under(root) or root  # "Libyan state TV reported Friday that NATO had attacked targets"


def _kept(doc: Doc, cand: EventCandidate, root: Token) -> set[int]:
    """The tokens of the root's clause the words may hold."""
    kept = {root.i}
    for child in root.children:
        said = child.dep_ == "parataxis" and child.lemma_.lower() in P.REPORTING_VERBS and _has_subject(child)
        if (child.dep_ in P.SUMMARY_DROPPED and not said) or (child.dep_ in ("conj", "advcl") and _own_clause(child, root)):
            continue
        if child.i < root.i and child.dep_ in P.SUMMARY_LEADING_DROPPED and (
                cand.actor is None or child.right_edge.i < cand.actor[0]):
            continue  # (a phrase that holds the actor stays whole: "After Obama's visit to Louisiana at the weekend, the
            # White House said ...", not "Obama's visit to Louisiana ..., the White House said", judged garbled)
        kept.update(t.i for t in child.subtree)
    trig = doc[cand.trigger]
    if trig.dep_ == "advcl" and trig.i < trig.head.i and cand.actor is not None and cand.actor[0] > trig.i:
        head = trig.head  # "Criticizing international media ..., the younger Gadhafi [said ...]": the sentence goes on
        kept.add(head.i)
        for child in head.rights:
            if child.dep_ not in P.SUMMARY_DROPPED and not (child.dep_ in ("conj", "advcl") and _own_clause(child, head)):
                kept.update(t.i for t in child.subtree)
    return kept


def _core(doc: Doc, cand: EventCandidate, root: Token) -> tuple[int, int]:
    """The tokens the words must hold: actor and trigger, who reports it, the noun a clause describes."""
    trig = doc[cand.trigger]
    core = (trig.i, trig.i + 1) if cand.actor is None else (min(cand.actor[0], trig.i), max(cand.actor[1], trig.i + 1))
    undergoer = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
    if undergoer is not None and cand.actor is not None and cand.actor[0] > trig.i:
        core = (min(core[0], undergoer.left_edge.i), core[1])  # a passive's subject with the doer its agent names: "Tony
        # Hayward ... was forced by the White House to suspend ...", not "… forced by the White House ...", judged garbled
    if root != trig:
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ends = (subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else (root.i, root.i + 1)
        core = (min(core[0], ends[0], root.i), max(core[1], ends[1], root.i + 1))
    owner = trig.head
    if trig.dep_ == "acl" and owner.left_edge.i <= core[0] < trig.i:  # "the pact between X and Y, signed on ..."
        core = (owner.left_edge.i, core[1])
    if trig.dep_ in ("relcl", "acl") and owner.pos_ in ("NOUN", "PROPN") and owner.i < trig.i:
        core = (min(core[0], np_span(owner)[0]), core[1])  # "a compound that U.S. warplanes bombed", "a letter Boehner sent"
    if root != trig and root.dep_ == "relcl" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in root.children):
        # "testimony from a BP official who said the firm had ignored warnings": the words open on whom "who" stands
        # for, not on "Who said ..."
        core = (min(core[0], np_span(root.head)[0]), core[1])
    return core


def _set_off_aside(doc: Doc, cand: EventCandidate) -> tuple[int, int] | None:
    """Tokens [start, end) of a clause set off by commas between the actor and the act ("BP, which said on Monday it had
    spent about $3.95 billion so far on the oil spill, agreed ...", "Navy Secretary Ray Mabus, who drew up a Gulf Coast
    recovery plan at the direction of President Barack Obama, said Congress should ..."), its commas with it; None
    when there is none. An apposition is left out only after a name ("Jean-Michel Cousteau, environmentalist, ...,
    urges"): after a description it is the name ("The state's Republican governor, Bobby Jindal, has accused")."""
    if cand.actor is None or cand.actor[1] >= cand.trigger:
        return None
    head = doc[cand.actor[0] : cand.actor[1]].root
    for child in head.children:
        first, last = child.left_edge.i, child.right_edge.i
        if ((child.dep_ == "relcl" or child.dep_ == "appos" and (head.pos_ == "PROPN" or head.ent_type_))
                and cand.actor[1] <= first and last + 1 < cand.trigger
                and doc[first - 1].text == "," and doc[last + 1].text == ","):
            return first - 1, last + 2
    return None


def _fitted(doc: Doc, root: Token, kept: set[int], core: tuple[int, int], spare: int = 0) -> ActWords:
    """The words cut to ``P.SUMMARY_TOKENS``: the core whole, the words after it first; said words that come before
    who said them keep their opening, then a gap, then the attribution. ``spare``: tokens of the core left out of the
    words (a set-off clause between actor and act), which do not count against the budget."""
    left, right = min(min(kept), core[0]), max(max(kept) + 1, core[1])
    budget = max(P.SUMMARY_TOKENS - (core[1] - core[0] - spare), 8)
    gap = None
    if any(c.dep_ == "ccomp" and c.i < root.i for c in root.children):  # '"We will not ...," Ibrahim told reporters'
        last = min(right, core[1] + P.ATTRIBUTION_TOKENS)
        first = left
        opening = left + max(budget - (last - core[1]), 8)  # the said words' opening kept before the gap
        if core[0] - left > budget - (last - core[1]) and opening < core[0]:
            gap = (opening, core[0])  # (an opening reaching past the core leaves no gap: the words would show twice)
    else:
        last = min(right, core[1] + budget)
        first = max(left, core[0] - max(budget - (last - core[1]), 0))
    cut_left, cut_right = first > left, last < right
    dangling = P.DANGLING_POS | {"AUX"} if cut_right else P.LINKING_POS  # a cut leaves more words hanging than a clause's end
    while last > core[1] and (doc[last - 1].is_punct or doc[last - 1].pos_ in dangling):
        if closes_bracket(doc, first, last - 1):
            break  # "gave $1m (#620,000)": the bracket the words opened is closed, not cut open
        last -= 1
    while first < core[0] and (doc[first].is_punct or doc[first].pos_ == "CCONJ"):
        first += 1  # "But ...", not "Once that happens, ..."
    if gap is not None:
        end = gap[0]
        while end > first + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ in P.DANGLING_POS):
            end -= 1
        gap = (doc[end - 1].idx + len(doc[end - 1]), doc[gap[1]].idx)
    return ActWords(first, last, cut_left, cut_right, gap)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reported_under(verb: Token) -> Token | None:
    """The verb of saying whose content clause holds ``verb`` ("state TV reported [that NATO had attacked ...]"), when
    it has a subject: a reported act is shown with who reports it, never as the reporter's own statement of fact."""
    node = verb
    for _ in range(3):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    head = node.head
    if node.dep_ == "ccomp" and head.i != node.i and head.lemma_.lower() in P.REPORTING_VERBS and _has_subject(head):
        return head
    return None


def _own_clause(child: Token, head: Token) -> bool:
    """A clause joined to the act with a subject of its own: another act ("..., and NATO struck", "as Kim held a
    meeting"), not the act's own complement ("killing some and wounding others")."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
    if child.dep_ == "conj":
        return subject
    return subject and child.i > head.i and any(c.dep_ == "mark" and c.lower_ in P.FRAMING_MARKS for c in child.children)


def summary_text(ev: SentenceEvent, names: dict[str, str], text: str) -> str:
    """The words ``act_words`` kept, read out of the article's text, an opening pronoun shown as the actor it stands for."""
    if ev.gap_start >= 0:  # said words too long to show whole: their opening, then who said them
        shown = f"{text[ev.words_start : ev.gap_start]} … {text[ev.gap_end : ev.words_end]}"
    else:
        shown = text[ev.words_start : ev.words_end]
    words = without_stamp(" ".join(shown.split()))
    if words.count("“") != words.count("”") or words.count('"') % 2:
        words = words.replace("“", "").replace("”", "").replace('"', "")  # a quote cut open by the summary's ends
    if ev.actor and ev.actor in names and ev.words_start == ev.actor_at:
        words = with_referent(words, names[ev.actor], ACTOR_PRONOUNS)
    words = words[:1].upper() + words[1:]
    return ("… " if ev.cut_left else "") + words + (" …" if ev.cut_right else "")
