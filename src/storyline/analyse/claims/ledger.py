"""Claims ledger: what is claimed, by whom, who denies it, and where the figures disagree.

Per article (``article_claims``, kept as a fact): the statements of ``statements.py``. Per story
(``build_claims``, pure): statements that state the same proposition are grouped:

1. a denial that points at a claim of its own article ("denied the allegations") joins that claim;
2. statements of the same act group (same actor and type, targets not in conflict): for an act the
   story states a few times, by the same target or two content words in common ("shipped containers
   to Russia", "transfer ... containers of munitions"); for a common one, by two content words and a
   third of all their words in common with the group's first statement;
3. statements without an act group by their words (the same content, or most content words shared:
   syndicated copies and close paraphrases);
4. a denial still unresolved joins the claim its sentence is most about (``stance.stance`` over the
   claim's words, the denier or its sentence's entities among the claim's participants): a denial in
   one article of what another reported.

Each group becomes a Claim with every party's stance (asserts, alleges, confirms, denies, retracts),
its status, the number of independent sources carrying it, and its figures side by side. A group
enters the ledger when it is more than one party's passing remark: something is alleged, denied,
confirmed or retracted, an act by a named party is stated, a figure is given, or two independent
sources carry it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from spacy.tokens import Doc, Span

from storyline.analyse.claims.figures import mark_differing
from storyline.analyse.claims.stance import RELATED, stance
from storyline.analyse.claims.statements import (
    ASSERTS,
    DENIES,
    RETRACTS,
    Canon,
    Statement,
    find_statements,
)
from storyline.analyse.entities.patterns import capital_country, country_code, demonym_country
from storyline.analyse.events.candidates import EventCandidate
from storyline.analyse.events.linking import MentionIndex, doc_candidates
from storyline.analyse.lexicon import (
    CONNECTIVES,
    FINITE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    WEEKDAY_NAMES,
)
from storyline.analyse.shown import (
    SPEAKER_PRONOUNS,
    THING_WORDS,
    Links,
    with_referent,
    without_stamp,
)
from storyline.analyse.terms import content_terms
from storyline.spans import doc_text

MIN_WORDS = 4  # content words (beyond the parties' names) a statement needs to be a proposition: "to help" is not
SPECIFIC_ACT = 8  # an actor's act of one type stated at most this often in a story is specific; commoner ones group by leader
SAME_WORDS = 0.6  # Jaccard of content words for two unkeyed statements to state the same thing ...
MIN_SHARED_WORDS = 3  # ... sharing at least this many ("denied using force against his people" and "the war has
# forced out 215,000 people" share two)
SPECIFIC_SAME_WORDS = 0.2  # Jaccard of content words for two statements of a specific act to state the same thing ...
SPECIFIC_OF_SHORTER = 0.5  # ... or this share of the shorter's words ("Britain said it will help another 5,000 people")
SPECIFIC_ENOUGH = 3  # ... or this many words ("transfer ... missiles and 11,000 containers of munitions", "shipped ... 10,000 containers of munitions ... missiles")
ENOUGH_OF_SHORTER = 0.25  # ... when they are at least this share of the shorter's (three words any long quote shares)
SAME_ACT_WORDS = 0.3  # Jaccard of content words for two statements of a common act to state the same thing
COMMON_SHARE = 0.05  # a word in more than this share of a story's statements ...
COMMON_COUNT = 20  # ... and in more than this many is the story's own vocabulary ("oil", "leak", "company" in a spill):
# two statements of one act sharing only such words are not shown to say the same thing
#: A description is clear to a ledger reader of its story when at least this share of the story's articles speak of "the
#: <noun>" ("the spill", "the rebels", "the coalition"), not when it is the thing of one article ("the level", "the vessel").
CLEAR_SHARE = 0.10
MAX_STATEMENT = 400  # characters of a claim's statement shown (its evidence holds the whole sentence)
NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b")  # words that turn a statement into its opposite
MAX_PROPOSITION_WORDS = 150  # content words past which reported words are a page, not a proposition (a quote run on)
FOR_SIDE = ("asserts", "alleges", "confirms")


@dataclass(slots=True)
class ArticleClaims:
    """What one article contributes to the ledger (found over its Doc)."""

    statements: list[Statement] = field(default_factory=list)


def claims_canon(entities: list[Any]) -> Canon:
    """Place and demonym entity -> its country entity (claims speak of countries), with the places that are no capital
    (a statement keeps those as themselves too: ``Statement.towns``)."""
    country_of = {e.country_code: e.id for e in entities if e.type == "country" and e.country_code}
    return Canon({e.id: country_of[e.country_code] for e in entities if e.type in ("place", "other") and e.country_code in country_of},
                 frozenset(e.id for e in entities if e.type == "place" and not capital_country(e.name)))


def article_claims(
    article: dict[str, Any], doc: Doc, index: MentionIndex | None, quotes: list[dict[str, Any]],
    timexes: list[dict[str, Any]], names: dict[str, str], canon: dict[str, str],
    candidates: list[tuple[Span, list[EventCandidate]]] | None = None, pronouns: MentionIndex | None = None,
    by_name: dict[str, str] | None = None,
) -> ArticleClaims:
    """One article's contribution to the ledger (``pronouns``: entity links that include resolved pronouns;
    ``by_name``: ``statements.names_to_entities(names)``, when the caller has it for every article)."""
    if candidates is None:
        candidates = doc_candidates(doc, int(article.get("body_start") or 0))
    statements = find_statements(article, doc, index, quotes, timexes, names, canon, candidates, pronouns, by_name)
    texts = {article["id"]: doc_text(doc)}
    for s in statements:  # kept with the article's facts: a merge stems only what is new
        s.terms = sorted(content_terms(_content(texts, s)))
        s.sentence_terms = sorted(content_terms(texts[s.article][s.start : s.end]))
    return ArticleClaims(statements)


def distinct_parties(names: set[str]) -> int:
    """How many sources the names are: a name whose words another name holds ("al Abidi", "Abdul Fattah Younis al
    Abidi"; "angry protesters", "some angry protesters in Tripoli") is the same source, met in another version of
    the article."""
    kept: list[set[str]] = []
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        words = _source_words(name)
        if not any(words <= other for other in kept):
            kept.append(words)
    return len(kept)


SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
                                "spokespersons"})
STATE_NOUNS = frozenset({"government", "administration"})


def _source_words(name: str) -> set[str]:
    """The words that say which source a party is: "A spokesman for the Libyan government" and "Libya's government"
    are one (a spokesman speaks for his body; a state's government by its demonym or its name is the state)."""
    words = [w for w in re.findall(r"\w+", name.lower()) if w not in ("a", "an", "the", "for", "of", "s")]
    spoken = [w for w in words if w not in SPOKESPERSON_NOUNS] or words
    owner = [w for w in spoken if w not in STATE_NOUNS]
    if len(owner) == 1 and (code := country_code(owner[0]) or demonym_country(owner[0])):
        return {code}
    return set(spoken)


def status_of(asserting: set[str], denying: set[str], retracted: bool, independent_asserting: int, *,
              refused: bool = False, corroborating: set[str] | None = None) -> str:
    """The ledger status (model.CLAIM_STATUSES) of a proposition from its parties (``refused``: every party
    against it rejected a thing, such as a proposal, rather than denying a claim; ``corroborating``: the parties whose
    number makes it corroborated, the asserting ones when not given)."""
    if retracted:
        return "retracted"
    if asserting and denying:
        return "contested"
    if denying:
        return "rejected" if refused else "denied"
    if distinct_parties(asserting if corroborating is None else corroborating) >= 2 and independent_asserting >= 2:
        return "corroborated"
    return "asserted"


class _Groups:
    """Union-find over statement numbers; ``kind`` keeps apart statements of different kinds (a rejection of a
    proposal and a report that it was rejected are not one party asserting and another denying)."""

    def __init__(self, n: int, kind: list[bool] | None = None, figures: list[set[tuple[str, Any]]] | None = None,
                 sides: list[set[tuple[str, bool]]] | None = None) -> None:
        self.parent = list(range(n))
        self.kind = kind
        self.figures = figures  # per group root: the (thing counted, value) pairs its statements give
        self.sides = sides  # per group root: (party, for it) of its statements' parties

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, *, by_words: bool = False) -> bool:
        """Join the groups of a and b; ``by_words``: only when they give no different figures of one thing (shared
        words, "At least 15 people died and 200 others were wounded" and "At least three people were killed and 150
        wounded", are two tolls of two attacks, not one claim)."""
        if self.kind is not None and self.kind[a] != self.kind[b]:
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.sides is not None:
            sa, sb = self.sides[ra], self.sides[rb]
            if any((party, not side) in sb for party, side in sa):
                return False  # one party asserting one and denying the other: two propositions ("Kaim told CNN that
                # Gadhafi and his family are staying in the country", "Kaim rejected rebel claims that the governments of
                # Egypt ... have been asked to accept Gadhafi and his family")
        if self.figures is not None:
            fa, fb = self.figures[ra], self.figures[rb]
            if by_words and {c for c, _ in fa} & {c for c, _ in fb} and not fa & fb:
                return False
            self.figures[min(ra, rb)] = fa | fb
        if self.sides is not None:
            self.sides[min(ra, rb)] = self.sides[ra] | self.sides[rb]
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


# ", he said, " or ", Humphries said, " inside the reported words: the reporter's, cut from the claim shown
INNER_ATTRIBUTION = re.compile(
    r",\s+(?:he|she|they|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:said|says|added|adds|noted|explained|insisted|stressed)"
    r"(?:\s+(?:on\s+)?(?:" + "|".join(day.capitalize() for day in WEEKDAY_NAMES) + r"))?\s*,\s+")


def _joined(match: re.Match[str]) -> str:
    """What stands where an inner attribution was: a comma after a setting ("Instead, Shalgam asked"), a space
    between a short subject and its verb ("Gadhafi, he said, lost" -> "Gadhafi lost")."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    verb = after.split(" ", 1)[0] in FINITE_AUXILIARIES  # "The big worry over the next month, he said, is that ..."
    subject = verb or (", " not in before and len(before.split()) <= 3 and after[:1].islower())
    return " " if subject else ", "


def _words(links: Links, text: str, s: Statement, start: int, end: int, names: dict[str, str], opener: bool = False,
           insert: list[tuple[int, str]] | None = None) -> str:
    """``text[start:end]`` of statement ``s`` read alone: a pronoun or description whose antecedent the words do not
    hold shown as its name (``opener``: the one they open with too), and ``insert``'s words before a bare description
    ("the [vessels of opportunity] program"); those of an inner attribution (", he said,") stay, as the line drops them."""
    inner = [(start + m.start(), start + m.end()) for m in INNER_ATTRIBUTION.finditer(text[start:end])]
    return links.words(text, s.article, start, end, names, speakers=[*s.speakers, *([s.speaker] if s.speaker else [])],
                       keep=inner, opener=opener, insert=insert or ())


# Words after which a "that" is a demonstrative subject, not a complementizer: "that means inspections have determined
# ...", "and that makes it difficult", "and that will be our focus".
DEMONSTRATIVE_NEXT = "means|meant|is|was|has|had|shows|showed|seems|makes|made|will|would|can|could|should|may|might|must|does|did"
# A second told clause joined to the first ("said he met ... and that they are ..."): a line joins them with a semicolon;
# a demonstrative "that" stays ("his share and that of Transocean" too).
SECOND_TOLD = re.compile(rf"(?:,|\s+--)?([”\"’]?),? and that (?!(?:of|{DEMONSTRATIVE_NEXT})\b)")
LEADING_COMPLEMENTIZER = re.compile(rf"^(?:that|whether|if)(?:\s+|,\s*)(?!(?:{DEMONSTRATIVE_NEXT})\b)")


def _content(texts: dict[str, str], s: Statement, *, shown: bool = False, links: Links | None = None,
             names: dict[str, str] | None = None, opener: bool = False, insert: list[tuple[int, str]] | None = None) -> str:
    """The proposition's words (``shown``: as the ledger line shows them, a quote of several sentences by its first,
    with ``links`` an anaphor whose antecedent the words do not hold named, and ``insert``'s words set in)."""
    cut = shown and s.shown_end is not None and s.content_start < s.shown_end < s.content_end
    article = texts.get(s.article, "")
    end = s.shown_end if cut and s.shown_end is not None else s.content_end
    raw = (_words(links, article, s, s.content_start, end, names or {}, opener, insert) if links is not None
           else article[s.content_start : end])
    text = raw.strip() + (" …" if cut else "")
    if shown:  # "said he met ... and that they are ...": two told clauses, read as one sentence of two
        text = SECOND_TOLD.sub(r"\1; ", text)  # ('"both foreseeable and preventable," and that': the mark stays)
    text = without_stamp(text)
    text = INNER_ATTRIBUTION.sub(_joined, text)
    # "that, since April, it has distributed ...": the complementizer goes; a demonstrative subject stays ("that means
    # inspections have determined ..." had read "Means inspections ..."), and so does an "if" whose clause a comma
    # closes: a condition ("if gross negligence is found, the final cost ... could be $69 billion")
    conditional = text.lower().startswith("if ") and "," in text
    return text if conditional else LEADING_COMPLEMENTIZER.sub("", text)


def _only_a_relative(texts: dict[str, str], s: Statement) -> bool:
    """What the statement says is only a relative pronoun that points at nothing the ledger holds: "..., as some
    researchers have claimed and which BP has denied" (the parse hangs the "as" clause on another verb, so "which" has
    no clause to stand for). The line would show the writer's whole sentence as what the party denies (a judge's
    "wrong party", claim draw 5514)."""
    words = texts.get(s.article, "")[s.content_start : s.content_end].strip(" ,.;:").lower()
    return words in RELATIVE_PRONOUNS and s.refers_to is None


def build_claims(*, found: list[ArticleClaims], entities: list[Any], texts: dict[str, str],
                 groups: dict[str, str] | None = None, links: Links | None = None) -> list[Any]:
    """The ledger of one story, merged from every article's statements (pure: no Doc); with ``links`` a line names the
    pronouns and descriptions it holds no antecedent for."""
    from storyline.model import Claim, Evidence

    names = {e.id: e.name for e in entities}
    people = {e.id for e in entities if e.type == "person"}
    groups = groups or {}
    clear = StoryNouns(texts)
    listed = [((s.article, n), s) for f in found for n, s in enumerate(f.statements)]
    words = [(set(s.terms) if s.terms is not None else content_terms(_content(texts, s))) - _name_terms(s, names)
             for _, s in listed]
    at_place = dict(listed)
    denied = {(s.article, s.refers_to) for _, s in listed if s.refers_to is not None and s.main_clause
              and s.sentence - at_place[(s.article, s.refers_to)].sentence == 1}  # what a sentence that only denies
    # points at in the sentence before stays, however short ("al-Obeidy made public statements saying the Transitional
    # National Council was using her. The council denied that"); a denial inside a clause may point inside its own
    # sentence ("An African Union attempt ... fell flat when Ghoga ... rejected it")
    kept = [i for i, (at, s) in enumerate(listed) if (s.stance != ASSERTS or s.key or s.figures or len(words[i]) >= MIN_WORDS
                                                      or at in denied) and len(words[i]) <= MAX_PROPOSITION_WORDS
            and not _only_a_relative(texts, s)]
    position = {listed[i][0]: k for k, i in enumerate(kept)}  # (article, place in its article's list) -> number here
    statements, words = [listed[i][1] for i in kept], [words[i] for i in kept]
    if not statements:
        return []
    uf = _Groups(len(statements), [s.refusal for s in statements],
                 [{(f["counted"], f["value"]) for f in s.figures} for s in statements],
                 [{(who, s.stance in FOR_SIDE) for who in s.speakers or ([s.speaker] if s.speaker else [])}
                  if s.stance in (*FOR_SIDE, DENIES) else set() for s in statements])
    _by_reference(statements, position, uf)
    titles = {e.id: content_terms(" ".join(sorted({r.title for r in e.roles}))) for e in entities if e.roles}
    _by_act(statements, words, uf, [_title_terms(s, titles) for s in statements])
    _by_words(statements, words, texts, uf)
    _unresolved_denials(statements, texts, uf)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(statements)):
        members[uf.find(i)].append(i)
    claims: list[Any] = []
    for root in sorted(members):
        group = [statements[i] for i in members[root]]
        claim = _claim(group, texts, names, groups, Claim, Evidence, people, links, clear)
        if claim is not None:
            claims.append(claim)
    seen: dict[str, int] = defaultdict(int)
    for claim in claims:
        seen[claim.id] += 1
        if seen[claim.id] > 1:
            claim.id = f"{claim.id}_{seen[claim.id]}"
    return claims


COPIED_SENTENCE = 0.6  # Jaccard of two sentences' content words past which one is a copy of the other


def _independent_sources(said: list[tuple[str, set[str], str]], groups: dict[str, str]) -> int:
    """How many independent sources state it, from each statement's (article, its sentence's content words, its own
    words): articles of one source group are one, and so are two articles whose sentences are copies of each other
    ("Najah Dawaji, a U.S.-based Libyan freedom activist, said she was with three key members ..." in an article and in
    its rewrite, which the article-level groups did not join) or that carry the same words word for word ('"There are a
    lot of people getting killed for their freedom," the man ... told CNN' and '..., he said Sunday': one man's words,
    whom one version calls "an anti-government demonstrator" and the other "one man")."""
    number = {source: k for k, source in enumerate(sorted({groups.get(article, article) for article, _, _ in said}))}
    if len(number) < 2:
        return len(number)
    uf = _Groups(len(number))
    seen: list[tuple[int, set[str], str]] = []
    for article, words, verbatim in said:
        k = number[groups.get(article, article)]
        for j, other, other_verbatim in seen:
            if j != k and (words and len(words & other) / len(words | other) >= COPIED_SENTENCE
                           or _carried(verbatim, other_verbatim)):
                uf.union(j, k)
        seen.append((k, words, verbatim))
    return len({uf.find(k) for k in range(len(number))})


VERBATIM_WORDS = 6  # words two statements' own words share, in order and all of them, to be one source's words carried


CARRIED_RUN = 10  # words in a row two statements share to be one utterance carried (however each goes on)


def _carried(a: str, b: str) -> bool:
    """Two statements' own words are one utterance carried twice: the same words, or ``CARRIED_RUN`` of them in a row
    ("I was in my house praying when the first missile landed. Shortly after, more missiles, one after another ..."
    quoted by two articles, one going on longer, with the speaker spelt "Hana Mohammad" in one, "Hanan Muhammad" in the
    other)."""
    if not a or not b:
        return False
    if a == b:
        return True
    x, y = a.split(), b.split()
    match = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return match.size >= CARRIED_RUN


def _verbatim(text: str) -> str:
    """A statement's own words, lower-cased without punctuation, when there are enough of them to tell a source by."""
    words = re.findall(r"\w+", text.lower())
    return " ".join(words) if len(words) >= VERBATIM_WORDS else ""


def _corroborating(parties: dict[tuple[str, str], dict[str, Any]], asserting: set[str]) -> set[str]:
    """The asserting parties that count as sources of their own: the named ones when any is named ("Mark Doyle" and
    "our correspondent", "Rene Preval" and "Haiti's president", "Medecins Sans Frontieres" and "the head" are one
    source described two ways), else every one."""
    named = {p["name"] for p in parties.values() if p["stance"] in FOR_SIDE and p["entity"] and p["name"] in asserting}
    return named or asserting


def _name_terms(s: Statement, names: dict[str, str]) -> set[str]:
    """The content words that only name the statement's parties (they say nothing of what is claimed)."""
    out: set[str] = set()
    for entity in [*(s.key or []), *s.participants]:
        if entity:
            out |= content_terms(names.get(entity, entity))
    return out


def _title_terms(s: Statement, titles: dict[str, set[str]]) -> set[str]:
    """The words of the titles the statement's parties are given ("chief executive" of Tony Hayward's): they tell who,
    not what is claimed."""
    return {t for entity in [*(s.key or []), *s.participants] if entity for t in titles.get(entity, ())}


def _by_reference(statements: list[Statement], position: dict[tuple[str, int], int], uf: _Groups) -> None:
    for i, s in enumerate(statements):
        if s.refers_to is not None:
            target = position.get((s.article, s.refers_to))
            if target is not None and (s.key is None or s.key == statements[target].key):
                uf.union(i, target)  # else the act it denies groups it (_by_act)


def _by_act(statements: list[Statement], words: list[set[str]], uf: _Groups, titled: list[set[str]]) -> None:
    """Statements of the same act (actor and type, targets not in conflict) group.

    An act its story states at most ``SPECIFIC_ACT`` times is specific enough to be one proposition:
    its statements link when they name the same target ("North Korea sent arms to Russia", "Pyongyang
    shipped munitions to Russia") or share two content words beyond the parties' names ("transfer ...
    containers of munitions"). A commoner act ("forces attacked", stated hundreds of times in a war)
    groups by leader: a statement joins the first group whose first statement shares two content words and
    a third of all their words with it (``SAME_ACT_WORDS``), so no chain of small overlaps ties a whole war
    into one claim. Either way two of the words shared must be more than the story's own vocabulary
    (``_common_words``) and the titles of their parties (``titled``: "BP chief executive Tony Hayward admits to
    resorting to Churchillian language" and "Tony Hayward remains chief executive"). A denial pointing at an act joins
    it.
    """
    buckets: dict[tuple[str | None, str | None], list[int]] = defaultdict(list)
    for i, s in enumerate(statements):
        if s.key and s.key[0]:
            buckets[(s.key[0], s.key[1])].append(i)
    common = _common_words(words)
    for items in buckets.values():
        targets = [(i, (statements[i].key or [None, None, None])[2]) for i in items]
        specific = len(items) <= SPECIFIC_ACT
        leaders: list[tuple[int, str | None]] = []
        for n, (i, ti) in enumerate(targets):
            joined = False
            for j, tj in (targets[:n] if specific else leaders):
                if ti and tj and ti != tj or _other_towns(statements[i], statements[j]):
                    continue
                pointing = statements[i].referring and statements[i].refers_to is None  # one already resolved stays with its claim
                told = common | titled[i] | titled[j]
                if (specific and ti and tj) or pointing or (_same_words(words[i], words[j], SPECIFIC_SAME_WORDS, SPECIFIC_OF_SHORTER, SPECIFIC_ENOUGH, told) if specific
                                                         else _same_words(words[i], words[j], SAME_ACT_WORDS, common=told)):
                    if not uf.union(j, i, by_words=not specific):
                        continue
                    joined = True
                    if not specific:
                        break
            if not joined and not specific:
                leaders.append((i, ti))


def _common_words(words: list[set[str]]) -> set[str]:
    """The story's own vocabulary: words in more than ``COMMON_SHARE`` of its statements and ``COMMON_COUNT`` of them
    (a story of a few articles has none: there the words of its one shipment are what its statements share)."""
    df = Counter(t for w in words for t in w)
    floor = max(COMMON_COUNT, COMMON_SHARE * len(words))
    return {t for t, n in df.items() if n > floor}


def _other_towns(a: Statement, b: Statement) -> bool:
    """Two statements set in different towns, none in common ("shelling civilians in the city of Misrata", "shelled the
    city of Ajdabiya"): two propositions, whatever act and words they share."""
    return bool(a.towns and b.towns and not set(a.towns) & set(b.towns))


def _same_words(a: set[str], b: set[str], share: float, of_shorter: float = 1.0, enough: int = 0,
                common: frozenset[str] | set[str] = frozenset()) -> bool:
    """Two statements of one act say the same thing: two content words in common, not both of the story's own
    vocabulary (``common``: "the company ... the oil leak" in a spill), and ``share`` of all their words, or
    ``of_shorter`` of the shorter's, or ``enough`` words in common (for a common act, "forces withdrew from Martyrs'
    Square" and "forces pulled back from Ras Lanuf" share the act, not the claim)."""
    shared = len(a & b)
    if shared < 2 or len(a & b - common) < 2:
        return False
    shorter = max(1, min(len(a), len(b)))
    return (shared / max(1, len(a | b)) >= share or shared / shorter >= of_shorter
            or 0 < enough <= shared and shared / shorter >= ENOUGH_OF_SHORTER)


def _same_sentence(a: Statement, b: Statement) -> bool:
    return a.article == b.article and a.sentence == b.sentence


EXACT_WORDS = 4  # words of a content that, written alike in two articles, make one claim even with no word of its own


def _by_words(statements: list[Statement], words: list[set[str]], texts: dict[str, str], uf: _Groups) -> None:
    """Unkeyed statements with the same content (of ``EXACT_WORDS`` at least, when no content word is left them past
    the names), or most content words shared (blocked by their rarest words)."""
    df: dict[str, int] = defaultdict(int)
    for w in words:
        for t in w:
            df[t] += 1
    exact: dict[str, int] = {}
    index: dict[str, list[int]] = defaultdict(list)
    negated: dict[int, bool] = {}
    for i, s in enumerate(statements):
        if s.referring:
            continue
        norm = " ".join(_content(texts, s).lower().split())
        if norm in exact:
            uf.union(exact[norm], i)
            continue
        if len(norm.split()) >= EXACT_WORDS:
            exact[norm] = i  # ("the Transitional National Council was using her", in two articles: every content word
            # of it a name's, it has none left to compare)
        if not words[i]:
            continue
        exact.setdefault(norm, i)
        negated[i] = bool(NEGATION.search(norm))
        rare = sorted(words[i], key=lambda t: (df[t], t))[:3]
        candidates = {j for t in rare for j in index[t]}
        for j in sorted(candidates):
            a, b = words[i], words[j]
            mine, theirs = s.key, statements[j].key
            if negated[i] != negated[j] or _other_towns(s, statements[j]):
                continue  # "They haven't been in control" and "Gadhafi's forces were in control": opposite claims
            if _same_sentence(s, statements[j]) and (s.stance == DENIES) != (statements[j].stance == DENIES):
                continue  # "denied that they made such a mistake, saying they went all-out": what a sentence denies
                # and what it puts forward are two propositions, however many words the parse lets them share
            if len(a & b) >= MIN_SHARED_WORDS and len(a & b) / len(a | b) >= SAME_WORDS and (
                    not mine or not theirs or mine[0] == theirs[0]):
                if uf.union(j, i, by_words=True):
                    break
        for t in rare:
            index[t].append(i)


def _unresolved_denials(statements: list[Statement], texts: dict[str, str], uf: _Groups) -> None:
    """A denial pointing at no claim of its own article joins the claim its sentence is most about."""
    claims = [i for i, s in enumerate(statements) if not s.referring and s.stance != DENIES]
    if not claims:
        return
    for i, s in enumerate(statements):
        if not (s.referring and s.refers_to is None):
            continue
        sentence = texts.get(s.article, "")[s.start : s.end]
        involved = set(s.speakers)
        best: tuple[float, int] | None = None
        for j in claims:
            other = statements[j]
            if other.article == s.article and other.start >= s.start:
                continue
            if not involved & (set(other.participants) | ({other.key[0]} if other.key else set())):
                continue  # the denier is who the claim is about ...
            if involved & {*other.speakers, other.speaker}:
                continue  # ... and not who says it ("He said BP had given him whatever he had asked for" is no claim
                # Allen dismissed "as more of a metaphor")
            judged = stance(_content(texts, other), sentence)
            if judged.related >= RELATED and (best is None or judged.related > best[0]):
                best = (judged.related, j)
        if best is not None:
            uf.union(best[1], i)


def _drop_described_twins(parties: dict[tuple[str, str], dict[str, Any]],
                          words: dict[tuple[str, str], set[tuple[str, str, int]]]) -> None:
    """A party only described ("the rebel leader", "a woman") whose every statement is word for word a named party's of
    the same stance in another article is that party told another way in a copy ("Mustafa Abdul Jalil" and "the rebel
    leader" for one "he said" in two copies of one story): it goes, so one person is not listed twice. Parties joined
    in one statement ("other opposition members and the government denied") are all kept. ``words``: each party's
    statements as (words, article, offset)."""
    named = [(said, article, party["stance"]) for key, party in parties.items() if party["entity"]
             for said, article, _ in words[key]]
    for key, party in list(parties.items()):
        if party["entity"] is None and party["name"][:1].islower() and all(
                any(said == other and article != where and party["stance"] == stance for other, where, stance in named)
                for said, article, _ in words[key]):
            del parties[key]


def _one_entry_per_party(parties: dict[tuple[str, str], dict[str, Any]], people: set[str]) -> None:
    """One party told twice in a claim's statements is listed once ("Christopher Meyer" linked in one article and not
    in another, "Adm Thad Allen" and "Thad Allen", "Clinton" beside "Bill Clinton", "One survivor" and "One survivor in
    the town"): of two entries of one side, one goes into the other when their names are the same, when one is the
    other with words before it (a rank or title), when one is the surname alone of a person the other names in full, or,
    both unnamed, when one description goes on past the other. The entry kept is the linked one, else the fuller one."""
    for key in sorted(parties, key=lambda k: (parties[k]["entity"] is not None, len(parties[k]["name"]))):
        party = parties[key]
        others = [k for k in parties if k != key and (parties[k]["stance"] == party["stance"]
                                                       or parties[k]["stance"] in FOR_SIDE and party["stance"] in FOR_SIDE)]
        home = next((k for k in others if _same_party(party, parties[k], people)), None)
        if home is not None:
            parties[home]["articles"] |= party["articles"]
            del parties[key]


def _same_party(party: dict[str, Any], other: dict[str, Any], people: set[str]) -> bool:
    """Whether ``party`` is ``other`` told another way (see ``_one_entry_per_party``); ``party`` is never linked when
    ``other`` is not."""
    name, full = party["name"].casefold().split(), other["name"].casefold().split()
    if not name or not full or (party["entity"] is not None and other["entity"] is None):
        return False
    if name == full:
        return True
    if party["entity"] is None and len(name) > len(full) and name[-len(full):] == full:
        return len(full) > 1 or other["entity"] in people  # "Adm Thad Allen", "Lt Gen Ken Keen": a title before the name
    if len(name) == 1 and len(full) > 1 and name[0] == full[-1] and other["entity"] in people:
        return True  # "Clinton" beside "Bill Clinton"
    both_unnamed = party["entity"] is None and other["entity"] is None
    return both_unnamed and len(full) > len(name) and full[: len(name)] == name  # "One survivor" / "... in the town"


# A statement's opening word that stands for someone or something the statement does not name ...
UNNAMED_SUBJECTS = frozenset({"it", "it's", "it’s", "they", "they're", "they’re", "they've", "they’ve", "he", "he's", "he’s",
                              "she", "she's", "she’s"})
DEMONSTRATIVES = frozenset({"this", "these", "those"})  # ... and these, when a verb follows them ("This is what ...")
# ... but an "it" that only holds the place of a clause after it says what the clause says: "It's possible that ...",
# "It would be a mistake for Congress to cut funding ...", "It became clear that ...", "It could take months to ..."
PLACEHOLDER_IT = re.compile(
    r"^It(?:['’]s| is| was| would be| will be| has been| had been| seems| seemed| appears| remains| may be| might be|"
    r" could be| became| becomes|(?: could| would| will| may| might)? take| takes| took)"
    r"\s+(?:[“\"]?[\w-]+[”\"]?,?\s+){0,4}?(?:that|to|whether|how|who|what|when|why|if)\b", re.IGNORECASE)


def _left_unnamed(statement: str, words: str, pronoun: str) -> bool:
    """The pronoun its ``words`` give no antecedent for still stands in the line as shown: the links named none of its
    times in brackets ("could cost [BP] $40bn"; "If [Credit Suisse's] $37 billion estimate is accurate, the company can
    only maintain its dividend ..."), while another pronoun's bracket may name someone else ("[Tony Hayward] did not
    know why it failed to stop the gusher")."""
    times = re.compile(rf"(?<![\w\[]){re.escape(pronoun)}(?![\w\]])", re.IGNORECASE)
    left = len(times.findall(statement))
    return left > 0 and left >= len(times.findall(words))


def _about_someone_unnamed(statement: str) -> bool:
    """The statement opens on a pronoun (or a demonstrative standing alone) for what it does not name: "It must begin with
    attacks against Libyan air defenses", "They remain capable of carrying out attacks", "This is what America ...
    want"; a connective before it changes nothing: "But it would still not surpass the extent of the disaster ..."."""
    first, _, rest = statement.partition(" ")
    while first.lower().strip("“\"").rstrip(",") in CONNECTIVES and rest:
        first, _, rest = rest.partition(" ")
        statement = f"{first} {rest}"
    word = first.lower().strip("“\"")
    if word in DEMONSTRATIVES:
        return rest.split(" ", 1)[0].lower() in FINITE_AUXILIARIES
    return word in UNNAMED_SUBJECTS and PLACEHOLDER_IT.match(statement) is None


# Opening words that name nothing though capitalised as a sentence's first: articles, pronouns, demonstratives, "there".
UNNAMING_OPENERS = frozenset({"the", "a", "an", "there", "some", "many", "most", "more", "much", "few", "fewer", "less",
                              "several", "both", "each", "any", "such", "other", "others", "another", "no", "one", "all",
                              "but", "and", "so",
                              "i", "we", "you", "our", "my", "your", *UNNAMED_SUBJECTS, *DEMONSTRATIVES, "his", "her",
                              "its", "their", "if", "when", "while", "because", "what", "now", "then"})
NAME_PARTICLES = ("al-", "el-", "bin ", "ibn ")  # lower-case openings of Arabic names ("al-Brega", "el-Keib")


_CUT_IN_QUOTE = re.compile(r"[“\"]\S*$")  # an opening mark with at most one word after it, at the line's end
# Words no sentence ends on: the phrase they open is cut off ("... modification, inspection, and testing of").
UNFINISHED_ENDINGS = frozenset({"of", "the", "a", "an", "and", "or", "but", "than", "its", "their", "our", "my", "your"})


def _cut_short(statement: str) -> bool:
    """The line does not read as a sentence: its subject is lost, so it opens on a finite verb ("Should cut [BP's]
    dividend until ...", "Was a White House “shakedown” in pressing BP ...": the parse took the subject for the
    saying's), or it stops right after an opening quotation mark ("... of the 851 “willful") or on a word no sentence
    ends on ("... inspection, and testing of"). Claim draws judged such lines "garbled" or "vague" (bpoil_reuters and
    bpoil_washingtonpost, dev, seeds 4331, 4332 and 5414); a line the ledger itself shortened ("… ") is not cut short."""
    first = statement.lstrip("“\"[").split(" ", 1)[0].lower()
    if first in FINITE_AUXILIARIES and statement[:1] != "[":
        return True
    if statement.rstrip().endswith("…"):
        return False
    last = statement.rstrip(" ,;:").rsplit(" ", 1)[-1]
    if last.lower() in UNFINISHED_ENDINGS:
        return True
    return _CUT_IN_QUOTE.search(statement.rstrip(" ….,;:")) is not None and statement.count("“") > statement.count("”")


def _names_nothing(statement: str) -> bool:
    """No word of the statement names anything: no capitalised word (the first only when it is no article, pronoun,
    quantifier or the like), no name opened by a particle ("al-Brega"), no figure. "The cost would be too high", "There
    is ambivalence in the world community about intervention", "It was impossible to say when the mission would end",
    "More could be done": read alone, the ledger line cannot say what it is about (claim draws judged most such lines
    "vague")."""
    if statement.startswith("[") or any(ch.isdigit() for ch in statement) or PLACEHOLDER_IT.match(statement):
        return False  # (an "it" holding the place of a clause, "That means ...": the clause says what it is about)
    words = re.findall(r"[\w'’-]+", statement)
    if not words:
        return True
    if words[0][:1].isupper() and words[0].lower() not in UNNAMING_OPENERS:
        return False
    lowered = statement.lower()
    return not any(w[:1].isupper() for w in words[1:]) and not any(p in lowered for p in NAME_PARTICLES)


def _with_description_named(statement: str, described: str, name: str) -> str:
    """"The firm had ignored warnings" -> "[Transocean] had ignored warnings": a ledger line read alone names what the
    description it opens with stands for. Text that does not open with the description is returned unchanged."""
    if not statement.lower().startswith(described.lower() + " "):
        return statement
    return f"[{name}]{statement[len(described):]}"


_THE_NOUN = re.compile(r"\bthe\s+([a-z][\w-]*)")


class StoryNouns:
    """Which descriptions a reader of one story's ledger knows without a name: the nouns its articles speak of as "the
    <noun>" often enough (``CLEAR_SHARE``). Each article is read once, when first asked."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._shares: dict[str, float] | None = None

    def clear(self, nouns: list[str]) -> bool:
        """Some noun of the description is one the story's articles speak of as "the <noun>" often enough."""
        if self._shares is None:
            counts: dict[str, int] = defaultdict(int)
            for text in self._texts.values():
                for noun in set(_THE_NOUN.findall(text.lower())):
                    counts[noun] += 1
            total = max(1, len(self._texts))
            self._shares = {noun: n / total for noun, n in counts.items()}
        return any(self._shares.get(noun, 0.0) >= CLEAR_SHARE for noun in nouns)


def _unclear_opening(statement: str, representative: Statement, clear: StoryNouns | None) -> bool:
    """The line opens, as its words do, with a description no name is in and its story does not make clear: "The level
    was about 6,800 psi", "The system had been successfully deployed ...", "Such flags are ..." (claim draws judged such
    lines vague); "The rebels detained 14 members of Gadhafi's forces", "The spill could grow to ..." stay, and so does
    one its article named more fully before ("The [Halliburton cement] report was flawed")."""
    opening = representative.described_only
    return (clear is not None and opening is not None and statement.lower().startswith(opening.lower())
            and not clear.clear(representative.described_nouns)
            and not any(noun in representative.described_nouns for _, noun, _ in representative.namings))


def _claim(group: list[Statement], texts: dict[str, str], names: dict[str, str], groups: dict[str, str],
           claim_cls: Any, evidence_cls: Any, people: set[str] | None = None, links: Links | None = None,
           clear: StoryNouns | None = None) -> Any | None:
    stances = {s.stance for s in group}
    carried = {groups.get(s.article, s.article) for s in group}  # kept when two source groups carry it, copies or not
    said = [(s.article, set(s.sentence_terms) if s.sentence_terms is not None else content_terms(
        texts.get(s.article, "")[s.start : s.end]), _verbatim(_content(texts, s))) for s in group]  # each sentence's words, once
    independent = _independent_sources(said, groups)
    figures = sorted(mark_differing([s.figures for s in group]), key=lambda f: (str(f.get("counted")), f["article"], f["start"]))
    keyed = any(s.key for s in group)
    if stances == {ASSERTS} and not keyed and not figures and len(carried) < 2:
        return None  # one source's passing remark
    parties: dict[tuple[str, str], dict[str, Any]] = {}
    words: dict[tuple[str, str], set[tuple[str, str, int]]] = defaultdict(set)  # each party's statements, word for word
    for s, (_, _, verbatim) in zip(group, said, strict=True):
        for who in s.speakers or ([s.speaker] if s.speaker else []):
            entry = parties.setdefault((who, s.stance), {"name": names.get(who, who), "entity": who if who in names else None,
                                                          "stance": s.stance, "articles": set()})
            entry["articles"].add(s.article)
            words[(who, s.stance)].add((verbatim, s.article, s.start))
    _drop_described_twins(parties, words)
    _one_entry_per_party(parties, people or set())
    asserting = {p["name"] for p in parties.values() if p["stance"] in FOR_SIDE}
    denying = {p["name"] for p in parties.values() if p["stance"] == DENIES}
    retracted = any(p["stance"] == RETRACTS and (p["name"] in asserting or not asserting) for p in parties.values())
    # (a claim its maker took back, with no one else asserting it: "Barton later retracted his suggestion that ...")
    asserting_sources = _independent_sources([said[i] for i, s in enumerate(group) if s.stance in FOR_SIDE], groups)
    stated = [s for s in group if s.proposition] or group
    representative = min(stated, key=lambda s: (FOR_SIDE.index(s.stance) if s.stance in FOR_SIDE else len(FOR_SIDE), s.key is None))
    referent = representative.referent
    referred = referent is not None and (representative.described is not None or referent in (people or ())
                                         or referent == representative.speaker)  # the opener is shown as the referent
    unclear = [(at, words) for at, noun, words in representative.namings if clear is None or not clear.clear([noun])]
    if representative.proposition and not representative.named:
        statement = _content(texts, representative, shown=True, links=links, names=names,
                             opener=not referred, insert=unclear).rstrip(",;: ")
    else:  # "denied the report", "denied that": no words of its own state the claim, so the sentence shows what was said;
        # "disputed claims of civilian deaths" names it, and the sentence reads as a proposition where the name does not
        article = texts.get(representative.article, "")
        begin = representative.clause_start if representative.clause_start is not None else representative.start
        finish = representative.clause_end or representative.end  # the cue's own clause, not the sentence it hangs on
        sentence = (_words(links, article, representative, begin, finish, names,
                           opener=representative.clause_start is not None)  # ("[BP] disputes the government estimate")
                    if links is not None else article[begin:finish])
        statement = " ".join(sentence.split())
        if representative.clause_subject:  # "[BP] has questioned government estimates ...": the clause of the denial
            statement = f"[{representative.clause_subject}] {statement}"
    if representative.proposition and referent is not None and representative.described:
        statement = _with_description_named(statement, representative.described, names.get(referent) or referent)
    elif representative.proposition and referent is not None and (referent in (people or ()) or referent == representative.speaker):
        joined = [names.get(w) or w for w in representative.speakers] if referent == representative.speaker else []
        shown = (", ".join(joined[:-1]) + " and " + joined[-1] if len(joined) > 1  # "Britain, France and Italy also confirmed they"
                 else names.get(referent) or referent[:1].upper() + referent[1:])  # an entity, or an unnamed speaker's words
        person = referent in (people or ())  # an "it" the resolver linked to a person is a thing's ("[John Young] is time")
        statement = with_referent(statement, shown, SPEAKER_PRONOUNS - THING_WORDS if person else SPEAKER_PRONOUNS)
    if representative.left_subject and statement[:1].islower():
        left = representative.left_subject  # "[385 million barrels of oil reserves] was about ...", "[The protesters] will"
        statement = f"[{left[:1].upper()}{left[1:]}] {statement}"
    statement = statement[:1].upper() + statement[1:]
    if stances <= set(FOR_SIDE) and (_about_someone_unnamed(statement) or not figures and _names_nothing(statement)
                                     or statement.rstrip(" ….").endswith("?")  # a question asks; it asserts nothing
                                     or _cut_short(statement)
                                     or _unclear_opening(statement, representative, clear)
                                     or (representative.lone_pronoun is not None and _left_unnamed(
                                         statement, _content(texts, representative, shown=True), representative.lone_pronoun))
                                     or (representative.pointing_subject is not None
                                         and statement.lower().startswith(representative.pointing_subject.lower() + " "))):
        return None  # "It has one goal: To protect the civilian population", "They're under attack by pro-government
        # security forces", "It could be 1,000 barrels or 5,000 barrels", "Doing so would reduce redundancies ...", "The
        # level was about 6,800 psi": words no one denies, whose subject the ledger line cannot name, figure or none;
        # "The disaster could cost it $40bn": a pronoun its words hold no antecedent for and the line does not name (the
        # quote view keeps them)
    if len(statement) > MAX_STATEMENT:
        statement = statement[: MAX_STATEMENT - 1].rsplit(" ", 1)[0].rstrip(",;: ") + " …"  # cut between words
    evidence = []
    seen: set[tuple[str, int, str]] = set()
    for s in group:
        role = s.stance
        if (s.article, s.start, role) not in seen:
            seen.add((s.article, s.start, role))
            evidence.append(evidence_cls(s.article, s.start, s.end, role))
    evidence.extend(evidence_cls(f["article"], f["start"], f["end"], "figure") for f in figures)
    key = next((s.key for s in group if s.key), None)
    signature = "|".join(str(k) for k in key) if key else " ".join(statement.lower().split())
    return claim_cls(
        id="cl_" + hashlib.sha1(signature.encode()).hexdigest()[:12], statement=statement, evidence=evidence,
        asserted_by=sorted(asserting - denying), denied_by=sorted(denying),
        status=status_of(asserting - denying, denying, retracted, asserting_sources,
                         refused=all(s.refusal for s in group if s.stance == DENIES),
                         corroborating=_corroborating(parties, asserting - denying)), figures=figures,
        parties=[{**p, "articles": len(p["articles"])} for p in sorted(parties.values(), key=lambda p: (p["stance"], p["name"]))],
        sources=independent,
    )
