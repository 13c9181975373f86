"""Character spans over a text: trimming whitespace off a span, and finding the spans that overlap one; where a
phrase of the parse ends, whether a bracket it ends on closes one it opened, and the names a phrase sets off for its
head."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, TypeVar

from storyline.analyse.lexicon import DASHES, MEDIUM_WORDS, PERSON_NOUNS, PRESS_OUTLETS, REFLEXIVES

S = TypeVar("S", bound=tuple[Any, ...])


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) narrowed to exclude leading and trailing whitespace (empty if only whitespace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def normal_space(text: str) -> str:
    """Text with every run of whitespace as one space: how a citation's shown words are compared with its span."""
    return " ".join(text.split())


def doc_text(doc: Any) -> str:
    """A spaCy Doc's text, built once: spaCy joins every token again on each ``doc.text`` access."""
    cached = doc.user_data.get("storyline_text")
    if cached is None:
        cached = doc.user_data["storyline_text"] = doc.text
    return str(cached)


def doc_sentences(doc: Any) -> list[Any]:
    """A spaCy Doc's sentences; their token bounds are found once (``doc.sents`` walks every token on each access, and
    each article's stages ask for them about eight times: 7 s of a 396-article ingest under the profiler)."""
    bounds = doc.user_data.get("storyline_sents")
    if bounds is None:
        bounds = doc.user_data["storyline_sents"] = [(sent.start, sent.end) for sent in doc.sents]  # plain ints: no cycle
    return [doc[start:end] for start, end in bounds]


def token_starts(doc: Any) -> list[int]:
    """Each token's character offset in a spaCy Doc, read once as an array (iterating the Doc builds a Token object for
    every token: 2.5 s of a 396-article ingest for this list alone). Shared: callers only read it."""
    starts = doc.user_data.get("storyline_starts")
    if starts is None:
        from spacy.attrs import IDX

        starts = doc.user_data["storyline_starts"] = doc.to_array(IDX).tolist() if len(doc) else []
    return list[int](starts)


def subtree_end(token: Any) -> int:
    """Where a token's subtree ends (a token index, exclusive), its trailing punctuation left out, never before the
    token itself: the end of a clause or a phrase as its words run."""
    end = token.right_edge.i + 1
    while end > token.i + 1 and token.doc[end - 1].is_punct:
        end -= 1
    return int(end)


HOLDER_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "in"})  # "a spokeswoman for ...", "the head of ..."


def first_conjunct(token: Any) -> Any:
    """The first of the words a word is joined to by "and"/"or" ("Sirte" of "Tripoli, Al-Khums and Sirte": "Tripoli";
    "leave" of "to step down and leave": "step"), or the word itself."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def joining_words(conj: Any) -> list[int]:
    """Where the "and", "but" ... stand that join a conjunct to the word before it (its head's "cc" children between
    them): "said the coast was ... [but] also asked", ", Reilly said, [and] urged"."""
    head = conj.head
    return [c.i for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i]


def perfect(verb: Any) -> bool:
    """A verb with "have" for an auxiliary ("has recognized", "had fired", "has been bombing")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def after_an_entry_date(doc: Any, left: int, head: int) -> int:
    """Where a phrase starting at token ``left`` begins once a chronology entry's date the parse hung on it is left out
    ("June 8 - Obama says ...", "April 30 - An Obama aide says ..."): after the dash that follows a date, else ``left``."""
    dash: int | None = next((int(t.i) for t in doc[left:head] if t.text in DASHES or t.text == "-"), None)
    if dash is not None and dash > left and all(t.ent_type_ in ("DATE", "TIME") for t in doc[left:dash]):
        return dash + 1
    return left


def to_infinitive(verb: Any) -> bool:
    """A verb with its own "to" ("plan to pay a state visit", "wanted the company to adopt ...")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def participle_as_preposition(token: Any) -> bool:
    """A participle used as a preposition, its noun a prepositional object ("as BP is the U.S.'s biggest oil producer
    and given the blocking of the sale of Unocal", bpoil_reuters; "Given the size of the spill", "following the
    explosion"): no one gave or followed anything."""
    return token.tag_ in ("VBN", "VBG") and (token.dep_ == "prep" or any(c.dep_ == "pobj" for c in token.children)) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in token.children)


def noun_read_as_verb(token: Any) -> bool:
    """A word tagged a verb with a determiner of its own ("the ultimate say", "the February tests"): a noun, since no
    verb takes a determiner (the parse may hang it on a modifier before the word: "the February tests")."""
    return any(c.dep_ == "det" or c.i < token.i and c.dep_ in ("compound", "amod", "nmod")
               and any(g.dep_ == "det" for g in c.children) for c in token.children)


def past_participle(verb: Any) -> bool:
    """A past participle: tagged so, or a past form set before the verb it hangs on with no subject or auxiliary of its
    own, where only a participle can stand ("Asked how often it has happened, Gates replied": the tagger reads such an
    "Asked" as a finite past in some articles, and the one asked became the asker)."""
    if verb.tag_ == "VBN":
        return True
    return (verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.i < verb.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children))


def holder_named_after(head: Any) -> Any:
    """The person's name set off after the name a singular noun's phrase ends on, which the parse hangs on that name
    ("A spokeswoman for the UN World Food Programme, Emilia Casella, rejects ...": Casella is the spokeswoman; "the
    acting head of the UN mission in Haiti, Edmond Mulet,": the head, up through the phrase's prepositions), or None. A
    name never sets off another name: the one it names is the nearest noun above that can be a person ("a spokesman
    for Libyan leader Moammar Gadhafi, Moussa Ibrahim" is the spokesman; "a spokesman for the leader of Libya, Moammar
    Gadhafi" the leader, so no holder of the spokesman's)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    doc = head.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in HOLDER_PREPOSITIONS:
            continue
        for name in prep.subtree:
            body = name.head
            if not (name.dep_ == "appos" and name.ent_type_ == "PERSON" and name.i > body.i and body.pos_ == "PROPN"
                    and body.dep_ == "pobj" and name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == ","):
                continue
            noun = body
            while noun.i != head.i and noun.head.i != noun.i:
                noun = noun.head
                if noun.pos_ == "NOUN" and noun.i != head.i and noun.lemma_.lower() in PERSON_NOUNS:
                    break  # "the leader of Libya, Moammar Gadhafi": the leader's name
            if noun.i == head.i:
                return name
    return None


def named_beside(head: Any) -> list[Any]:
    """The names a noun's phrase sets off for it: its appositives ("Another Fugees star, Wyclef Jean,"), the name it
    calls itself ("A group calling itself Seize BP"), then the name ``holder_named_after`` finds past its
    prepositions."""
    holder = holder_named_after(head)
    called = called_itself(head)
    return ([c for c in head.children if c.dep_ == "appos"] + ([called] if called is not None else [])
            + ([holder] if holder is not None else []))


def called_itself(head: Any) -> Any:
    """The head of the name a noun's phrase gives it by "calling itself" ("A group calling itself Seize BP": "BP"), or
    None."""
    for clause in head.children:
        if clause.dep_ == "acl" and clause.lemma_ == "call" and any(c.lower_ in REFLEXIVES for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "oprd"), None)
    return None


def closes_bracket(doc: Any, first: int, at: int) -> bool:
    """The token at ``at`` closes a bracket opened at or after token ``first`` and not closed before it: words cut at
    their end keep it ("gave $1m (#620,000)", "treble its aid to Haiti to #20m ($32m)")."""
    if doc[at].text != ")":
        return False
    depth = 0
    for token in doc[first:at]:
        depth += (token.text == "(") - (token.text == ")")
    return depth > 0


def longest_span(spans: Sequence[tuple[Any, ...]]) -> int:
    """The length of the longest (start, end, ...) span: how far back an overlap lookup must reach."""
    return max((span[1] - span[0] for span in spans), default=0)


def overlapping(spans: Sequence[S], longest: int, start: int, end: int) -> list[S]:
    """The spans of a list sorted by start (``longest``: ``longest_span`` of it) that overlap [start, end), in list
    order: a bisection and a short walk instead of a scan of every span."""
    lo, hi = bisect_left(spans, (start - longest,)), bisect_left(spans, (end,))
    return [span for span in spans[lo:hi] if span[1] > start]


def medium_listened(verb: Any, listener: Any) -> bool:
    """The listener of a remark ("told BBC News", "talking to the New York Times", "insisted on CNN") is a news medium:
    a name of the press lexicon's outlets or one ending on a medium's word."""
    direct = listener.head.i == verb.i and listener.dep_ in ("dobj", "dative")
    through = (listener.dep_ == "pobj" and listener.head.head.i == verb.i and listener.head.dep_ == "prep"
               and listener.head.lower_ in ("to", "on", "with"))
    if not (direct or through):
        return False
    name = [t for t in listener.subtree if t.i <= listener.i and t.dep_ in ("compound", "amod") or t.i == listener.i]
    return a_medium_name(" ".join(t.text for t in name))


def a_medium_name(text: str) -> bool:
    """A news medium's name: one of the press lexicon's outlets, or one ending on a medium's word ("Sunday Times")."""
    return text in PRESS_OUTLETS or text.rsplit(" ", 1)[-1].lower() in MEDIUM_WORDS
