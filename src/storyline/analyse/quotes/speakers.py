"""Speaker resolution for quote candidates, from the parse and the document's own mentions.

No coreference model: names come from PERSON mentions (a surname is expanded to the fullest name
the article uses), roles from titles before the name and appositives, and pronouns or definite
role nouns ("he", "the official") go to the most recent compatible person in a salience list fed
by quote speakers and main-clause subjects, in text order. An indefinite role ("a spokesperson")
opens an unnamed speaker that is never merged with a name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.analyse import lexicon as L
from storyline.analyse.entities.patterns import capital_country, country_code
from storyline.analyse.lexicon import CHRONOLOGY_ENTRY
from storyline.analyse.quotes import patterns as qp
from storyline.spans import (
    after_an_entry_date,
    called_itself,
    doc_sentences,
    doc_text,
    holder_named_after,
    subtree_end,
)


@dataclass(slots=True)
class Candidate:
    """A quote found but not yet named: content span, cue and local source token."""

    start: int
    end: int
    kind: str
    in_title: bool = False
    paragraph: int = 0
    cue_start: int | None = None
    cue_end: int | None = None
    source: int | None = None  # token index of the source head
    source_start: int | None = None
    source_end: int | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_named: bool = True


@dataclass(slots=True)
class Ref:
    """Who a mention stands for."""

    name: str
    role: str | None
    named: bool
    kind: str  # person, org, other
    nouns: frozenset[str] = field(default_factory=frozenset)
    gender: str | None = None  # "f"/"m" when the words say so ("spokeswoman", "Gadhafi's daughter", "Mrs.")
    aside: bool = False  # named only in a clause after the main verb ("... after Gadhafi defended his regime")


@dataclass(slots=True)
class _Context:
    """Per-document lookups and the running salience list."""

    doc: Doc
    ent_of: dict[int, Span]
    full_names: dict[str, str]
    roles: dict[str, str]
    persons: list[Ref] = field(default_factory=list)
    groups: list[Ref] = field(default_factory=list)
    spoke: tuple[Ref, int] | None = None  # the last person quoted, and where the sentence naming them starts
    issued: dict[str, tuple[Ref, int]] = field(default_factory=dict)  # "said in a statement": the document's noun ->
    # who issued it, and where that sentence starts
    genders: dict[str, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))  # a person's name -> the
    # he/she read as them so far (token index -> gender)


def resolve_speakers(doc: Doc, candidates: list[Candidate], *, body_start: int = 0) -> None:
    """Fill speaker, role and named on each candidate (in place)."""
    ctx = _context(doc)
    quoted = sorted((c.start, c.end) for c in candidates if c.kind != "indirect")
    events: list[tuple[int, int, object]] = []
    for k, cand in enumerate(candidates):
        key = cand.source if cand.source is not None else _token_at(doc, cand.start)
        events.append((key, 0, k))
    for sent in doc_sentences(doc):
        if sent.end_char <= body_start:
            continue
        for child in _subjects(sent.root):
            if not _within(quoted, child.idx):
                events.append((child.i, 1, child))
        for child in _aside_subjects(sent.root):
            if not _within(quoted, child.idx):
                events.append((child.i, 2, child))
    events.sort(key=lambda e: (e[0], e[1]))
    handled: set[int] = set()
    last: Candidate | None = None
    described: dict[int, Ref] = {}  # candidates whose speaker is a person the text describes and does not name
    for _, order, item in events:
        if order:
            assert isinstance(item, Token)
            if item.i not in handled:
                ref = _resolve(ctx, item)
                _note_owned_document(ctx, item, ref)
                if ref is not None and ref.kind == "person" and order == 2 and ref.name not in {r.name for r in ctx.persons}:
                    ref.aside = True
                elif ref is not None and ref.kind == "person":
                    ctx.spoke = None  # a new main subject: the last speaker no longer goes on
                if ref is not None:
                    _push(ctx, ref)
            continue
        assert isinstance(item, int)
        cand = candidates[item]
        if cand.source is not None:
            handled.add(cand.source)
            ref = _resolve(ctx, doc[cand.source])
            label = doc_text(doc)[cand.cue_start or 0 : cand.cue_end or 0] == ":"
            if ref is not None:
                if ref.named or not label:  # (a label's "Protester" is no one a later "the protester" stands for)
                    _push(ctx, ref)
                cand.speaker, cand.speaker_role, cand.speaker_named = ref.name, ref.role, ref.named
                for noun in _documents_said_in(doc[cand.source]):
                    ctx.issued[noun] = (ref, doc[cand.source].sent.start)
                _note_owned_document(ctx, doc[cand.source], ref)
                if ref.kind == "person":
                    ctx.spoke = (ref, doc[cand.source].sent.start)
                if ref.kind == "person" and not ref.named and not label:
                    described[item] = ref  # (a label before a colon, "Protester: ‘...’", heads its own words: a
                    # headline the next sentence's names have nothing to do with)
        elif cand.cue_start is None and cand.kind == "direct" and (named := _name_after(ctx, cand)) is not None:
            _push(ctx, named)  # '“Judges will take into account ...,” Patrick Morris, a lawyer at the firm ...': the
            cand.speaker, cand.speaker_role, cand.speaker_named = named.name, named.role, True  # verb left out
            ctx.spoke = (named, doc[_token_at(doc, cand.start)].sent.start)
        elif cand.cue_start is None and cand.kind == "direct" and not cand.in_title and (
                lead := _lead_in_sayer(ctx, cand)) is not None:
            ref, subject = lead  # "Hayward isn't taking this lying down: “In what respect?”", "Waxman snaps: “...”": who
            _push(ctx, ref)  # the clause leading in to the words on a colon or a dash tells of
            cand.speaker, cand.speaker_role, cand.speaker_named = ref.name, ref.role, ref.named
            cand.source_start, cand.source_end = subject.left_edge.idx, subject.idx + len(subject)
            if ref.kind == "person":
                ctx.spoke = (ref, subject.sent.start)
        elif cand.cue_start is None and cand.kind == "direct" and not cand.in_title and last is not None:
            if last.paragraph >= cand.paragraph - 1 and last.speaker is not None and not _set_in_narration(doc, cand):
                cand.speaker, cand.speaker_role, cand.speaker_named = last.speaker, last.speaker_role, last.speaker_named
                cand.source_start, cand.source_end = last.source_start, last.source_end
                if last.paragraph == cand.paragraph and last.kind != "indirect":  # '"…," X said. "…"': one utterance, one cue
                    cand.cue_start, cand.cue_end = last.cue_start, last.cue_end
        if cand.speaker is not None and (cand.kind != "indirect" or cand.speaker_named
                                         or _described_saying(doc, cand)):
            last = cand  # reported words go on in marked words with no attribution of their own: '... Andrew Goodwill ...
            # said criminals use charity donations to test ... “When a fraudster ...”'
        elif cand.kind != "indirect" and cand.cue_start is not None:
            last = None
    for k in described:
        _named_next(ctx, candidates, k)


LEAD_IN_MARKS = frozenset({":", "-", "–", "—"})  # marks after which a clause leads in to the words that follow


def _mark_before(doc: Doc, cand: Candidate) -> tuple[Token, int] | None:
    """The word before the opening quote mark of a candidate's words, in their sentence, and the words' first token."""
    start = _token_at(doc, cand.start)
    mark = start - 1 if start > 0 and doc[start - 1].is_quote else start
    mark -= 1
    if mark < 0 or doc[mark].is_quote or doc[mark].sent != doc[start].sent:
        return None  # (words marked right after others go on: "... attended to' ‘The only silver lining ...'")
    return doc[mark], start


def _lead_in_sayer(ctx: _Context, cand: Candidate) -> tuple[Ref, Token] | None:
    """Who the clause leading in to marked words on a colon or a dash tells of, when they have no cue of their own: the
    subject of the verb the mark closes, when it is a person or a body ("Hayward isn't taking this lying down: “In what respect?”",
    "Hayward on Sunday alluded to the role BP has unwillingly adopted: “I'm sorry ...”", "He went on: “...”"). Not a
    thing ("What his team can do is ensure ...: “...”") nor a clause with no subject; the last speaker goes on then."""
    found = _mark_before(ctx.doc, cand)
    if found is None or found[0].text not in LEAD_IN_MARKS:
        return None
    mark, _ = found
    subject = next((t for t in mark.head.children if t.dep_ == "nsubj" and t.i < mark.i), None)
    if subject is None or mark.head.pos_ not in ("VERB", "AUX") or mark.head.i > mark.i:
        return None  # (a heading's topic is no one's clause: "On whether President Obama is being too timid ...: “...”")
    ref = _resolve(ctx, subject)
    return (ref, subject) if ref is not None and ref.kind in ("person", "org") else None


def _set_in_narration(doc: Doc, cand: Candidate) -> bool:
    """Marked words with no cue of their own that a clause of the narration takes up, after its own subject and verb
    ("Bono and singer Rihanna's lyrics included “Not going to leave you stranded.”", "She changed the lyrics, and sang
    “...”", "take part in a “Hope for Haiti Now” telethon"): what that clause tells of them, not the last speaker going
    on (whose words open a sentence of their own: '“...,” Cowell said. “We have a short time ...”'). A saying before
    them goes on with its speaker ('“...,” he said, “...”'); a colon or a dash leads in (``_lead_in_sayer``)."""
    found = _mark_before(doc, cand)
    if found is None:
        return False
    before, start = found
    if before.dep_ == "prt" and any(c.dep_ == "dobj" for c in before.head.children):
        return False  # "before we were able to get her and her co-worker out “I jumped into the hole ...”": the verb has
        # what it acts on, and the words are a new line run in
    takes_up = before.pos_ in ("DET", "ADP", "PART") or (
        before.pos_ == "VERB" and before.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in before.children))
    return takes_up and any(  # (a verb told in a perfect, or a noun, before the mark is a caption run in: "Hospitals have
        # collapsed “There are a lot of schools ...”", "Many people live in poorly constructed houses on hills in Haiti “It was quite quick ...”")
        t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.i < start
        and t.head.lemma_.lower() not in qp.REPORTING_VERBS
        for t in doc[start].sent if t.i < start)


def _described_saying(doc: Doc, cand: Candidate) -> bool:
    """Whether reported words are those of a person the text describes and does not name, told with a verb of saying:
    the marked words after them are theirs ('One dealer said the news reports focused minds ... “BP remains cheap ...”'
    was Ken Feinberg's, named in the sentence before the dealer). What someone thought ("the protesters ... thought
    they were victorious"), a noun's words ("the reporter's assertion that ...") and a thing's ("the statement said")
    hand on to no one."""
    if cand.cue_start is None or cand.source is None:
        return False
    speaker = doc[cand.source]
    if speaker.pos_ != "NOUN" or not _a_person_noun(speaker):
        return False
    cue = doc[_token_at(doc, cand.cue_start)]
    return cue.pos_ == "VERB" and cue.lemma_.lower() in L.SPEAKER_VERBS


def _name_after(ctx: _Context, cand: Candidate) -> Ref | None:
    """A person named right after a quote's closing mark with no verb, then set off by a comma and a description or
    ended: the quote's attribution with its verb left out ('“Judges will take into account ...,” Patrick Morris, a
    lawyer at the firm Johnson & Bell ...')."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    at = cand.end
    while at < len(text) and text[at] in " ,”\"'’":
        at += 1
    if at >= len(text) or at == cand.end or not text[at].isupper():
        return None
    ent = ctx.ent_of.get(_token_at(doc, at))
    if ent is None or ent.label_ not in qp.PERSON_LABELS or ent.start_char != at:
        return None
    if ent.end < len(doc) and doc[ent.end].text not in (",", "."):
        return None
    if ent.root.dep_ in ("nsubj", "nsubjpass") or (ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ in ("VERB", "AUX")):
        return None  # a subject of a verb of its own, or a name opening the next sentence ("... .” Morris said")
    if any(t.text == ":" for t in doc[ent.end : ent.sent.end]):
        return None  # a collection of reactions: '... .” Fareed Zakaria, host of CNN's “Fareed Zakaria GPS”: “...”'
        # names who speaks next
    return _resolve(ctx, ent.root)


def _named_next(ctx: _Context, candidates: list[Candidate], k: int) -> None:
    """A described speaker the next sentence names (or the one after it, ``_named_two_on``): "The chief executive of
    Britain's National Association of Pension Funds said investors might be receptive .... “BP's current difficulties
    shouldn't have an immediate ... impact ...,” Joanne Segars said." A name the article has not used before, given
    with no title or description of its own, right after a described speaker, is that speaker's, whether it speaks
    words of its own there or is only the subject of a verb of saying ("A woman who worked on the campaign ... has
    learned that her phone may have been hacked. As Sarah Payne previously defended the newspaper"); the description
    becomes the role."""
    doc, cand = ctx.doc, candidates[k]
    assert cand.source is not None
    sent = doc[cand.source].sent
    if sent.end >= len(doc):
        return
    following = doc[sent.end].sent
    description = cand.speaker_role or cand.speaker or ""
    if _ends_in_a_name(description):
        return  # a name the tagger missed is named already
    if (given := _given_the_role(ctx, following, description)) is not None:
        _name_the_described(candidates, cand, given, lambda other: other.start < following.start_char)
        return
    if (further := _named_two_on(ctx, cand, following, description)) is not None:
        given, after = further
        _name_the_described(candidates, cand, given, lambda other: other.start < after.start_char)
        return
    if cand.speaker_role is None:
        return
    later = sorted((c for c in candidates if c.source is not None and following.start <= c.source < following.end),
                   key=lambda c: c.source or 0)
    if later:
        nxt = later[0]
        if not nxt.speaker_named or nxt.source is None:
            return
        head, ent, own, name, limit = doc[nxt.source], ctx.ent_of.get(nxt.source), (nxt.start, nxt.end), nxt.speaker, nxt.start
    else:  # "..., a BP executive testified Wednesday. Thierens was testifying in Houston before a federal panel ...":
        # no words are quoted there, but the one who speaks is named as the sentence's subject
        subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
        if (subject is None or following.root.lemma_.lower() not in qp.SPEECH_VERBS
                or any(c.dep_ == "neg" for c in following.root.children)):
            return  # ("The Chinese ambassador, Li Baodong, ... would not comment": someone else, who says nothing)
        head, ent, own, name, limit = subject, ctx.ent_of.get(subject.i), (0, 0), None, following.start_char
    if later and ent is None and (named := _the_role_named(ctx, head)) is not None:
        head, ent = named.root, named  # '“...,” the diplomat, Ibrahim Dabbashi, told CNN': the one described goes on
        # under a definite role noun, named beside it
    elif (ent is None or ent.label_ not in qp.PERSON_LABELS or head.dep_ != "nsubj" or ent.root.tag_ not in ("NNP", "NNPS")
            or not _bare_or_ranked(ctx, head, ent)
            or (ent.end < len(doc) and doc[ent.end].text == ",")
            or any(c.dep_ == "appos" or c.dep_ in ("prep", "acl", "relcl") and c.i >= ent.end for c in head.children)):
        return  # a name introduced on its own ("the BBC's Jeremy Bowen", "Gerard Araud, France's U.N. ambassador") is
        # someone else; so is a speaker who is no subject ("Told by the BBC's Jeremy Bowen that ...")
    surname = (_clean_name(ent).split() or [ent.text])[-1].casefold()
    if _written_before(doc, surname, ent.start_char):
        return  # a name the article has used before is someone it has met: not the one just described
    if any(e.label_ in qp.PERSON_LABELS and not cand.start <= e.start_char < cand.end and not own[0] <= e.start_char < own[1]
           for e in doc.ents if doc[cand.source].i < e.start < ent.start):
        return  # another person named in between (not in the described speaker's own words, nor in the words the
        # named one says: "Eman al-Obeidy will “hopefully” be visited ..., Mousa Ibrahim said")
    _name_the_described(candidates, cand, name or _full_name(ctx, ent), lambda other: other.end <= limit)


def _written_before(doc: Doc, word: str, at: int) -> bool:
    """The word (lower case) is written as a whole word in the text before the offset ``at``."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", doc_text(doc)[:at].casefold()) is not None


def _named_two_on(ctx: _Context, cand: Candidate, following: Span, description: str) -> tuple[str, Span] | None:
    """The person the sentence after next names with a described speaker's qualified noun, and that sentence ("...,
    the state's attorney general said on Friday. Alabama is the first state to sue BP .... The decision stems from fear
    ..., Attorney General Troy King said"): with no one named in between, and the description written out where its
    words are given (not "the official added" for "A U.S. State Department spokesperson" before "Matthew Miller, the
    spokesperson for the department, repeated the stance")."""
    doc = ctx.doc
    assert cand.source is not None
    if following.end >= len(doc) or any(e.label_ in qp.PERSON_LABELS for e in following.ents):
        return None
    own = "".join(t.text_with_ws for t in doc[cand.source].subtree).lower()
    if description.lower() not in own:
        return None
    after = doc[following.end].sent
    given = _given_the_role(ctx, after, description, qualified=True)
    return (given, after) if given is not None else None


def _the_role_named(ctx: _Context, head: Token) -> Span | None:
    """The name set in apposition to a definite role noun that speaks ("the diplomat, Ibrahim Dabbashi, told CNN")."""
    lemma = head.lemma_.lower()
    if (head.dep_ != "nsubj" or head.left_edge.lower_ != "the" or head.tag_ != "NN"
            or (lemma not in qp.ROLE_NOUNS and lemma not in qp.GENERIC_ROLE_NOUNS)):
        return None
    for child in head.children:
        ent = ctx.ent_of.get(child.i)
        if child.dep_ == "appos" and ent is not None and ent.label_ in qp.PERSON_LABELS and child.i > head.i:
            return ent
    return None


def _name_the_described(candidates: list[Candidate], cand: Candidate, name: str | None,
                        before: Callable[[Candidate], bool]) -> None:
    """The quotes from ``cand`` on that the described speaker says, up to where ``before`` stops, named ``name``; the
    description becomes their role."""
    role, old = cand.speaker_role or cand.speaker, (cand.speaker, cand.speaker_role)
    for other in candidates:
        if (other.speaker, other.speaker_role) == old and not other.speaker_named and other.start >= cand.start and before(other):
            other.speaker, other.speaker_role, other.speaker_named = name, role, True


def _ends_in_a_name(description: str) -> bool:
    """A description that ends on a name the tagger missed ("BP senior vice president for exploration and production
    Kent Wells"): two capitalised words after a lower-case one, not after "the" or a preposition ("Libya's deputy
    ambassador to the United Nations")."""
    words = description.split()
    return (len(words) >= 3 and all(w[:1].isupper() for w in words[-2:]) and words[-3][:1].islower()
            and words[-3].lower() not in qp.DETERMINERS | qp.DESCRIPTION_PREPOSITIONS)


def _given_the_role(ctx: _Context, sentence: Span, description: str, qualified: bool = False) -> str | None:
    """The person the sentence names with the noun a described speaker was given: "..., a UN spokesman said. Spokesman
    Khawla Mattar said Ban was “fine”", "... a senior government scientist said P. Bill Lehr, a senior scientist at the
    NOAA, departed from ...": the one described, named (a sampled "vague speaker" class, named in the next sentence).
    ``qualified`` (a sentence further on): only a description with a word of its own beside its noun ("attorney" of
    "the state's attorney general"; "a professor of oceanography at Florida State University" has none), matched by
    someone who speaks there ("Attorney General Troy King said"; not "the memorial services for retired Chief Warrant
    Officer Bernie Webber" after "a crusty old warrant officer told me")."""
    lowered = description.lower()
    parts = qp.DESCRIPTION_PREPOSITION.split(lowered, maxsplit=1)
    own, whose = parts[0], parts[2] if len(parts) == 3 else ""
    words = [w for w in re.findall(r"[a-z]+", own) if w not in qp.DETERMINERS]
    if not words:
        return None  # (the noun is the last word before a preposition: "ambassador" of "Libya's deputy ambassador to
        # the United Nations"; the words after it say whose, and count with the words before it)
    noun, kinds = words[-1], set(words[:-1]) - L.RANK_WORDS
    said_whose = set(re.findall(r"[a-z]+", whose)) - qp.DETERMINERS - qp.DESCRIPTION_PREPOSITIONS - L.RANK_WORDS
    if not kinds and (qualified or lowered.startswith(("the ", "this ", "that ")) and not said_whose):
        return None  # "the spokesman" is one the article has met, not whichever spokesman it names next ("the commander
        # of U.S. forces" says whose, and the next sentence's "Gen. Carter F. Ham, commander, U.S. Africa Command" is he)
    kinds |= said_whose
    for ent in sentence.ents:
        if ent.label_ != "PERSON" or (qualified and not (ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in qp.SPEECH_VERBS)):
            continue
        role = re.findall(r"[a-z]+", (_mention_role(ctx, ent.root, ent) or "").lower())
        if noun not in role:  # (or the role set after the name: "Gen. Carter F. Ham, commander, U.S. Africa Command")
            role = re.findall(r"[a-z]+", " ".join(t.text for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end
                                                  for t in c.subtree).lower())
        if noun not in role:
            continue
        others = set(role[: role.index(noun)]) - L.RANK_WORDS - qp.DETERMINERS
        if kinds and others and not kinds & others:
            continue  # "a rebel spokesman" is not the government spokesman named next
        return _full_name(ctx, ent)
    return None


def _bare_or_ranked(ctx: _Context, head: Token, ent: Span) -> bool:
    """A name given with nothing before it in its phrase, or only a rank's abbreviation ("Brig. Gen. Claudio Gabellini
    said"): no description that would make the one named someone else than the one just described."""
    before = [t for t in ctx.doc[head.left_edge.i : ent.start] if not t.is_punct]
    return all(_title_word(t) for t in before)


def _title_word(token: Token) -> bool:
    """A courtesy title or a rank's abbreviation ("Dr.", "Mrs", "Brig.", "Cmdr")."""
    return token.lower_ in qp.HONORIFICS or token.lower_.rstrip(".") in L.TITLE_ABBREVIATIONS


def _subjects(root: Token) -> list[Token]:
    """The subjects a later pronoun of the sentence may stand for: the main verb's, and that of a clause set before it
    ("After British Foreign Secretary William Hague held talks with the TNC ..., he declared: ...")."""
    out = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    for clause in root.children:  # a clause the parse may call either, opened by "after", "when", "as" ...
        if clause.dep_ in ("advcl", "ccomp") and clause.i < root.i and (
                any(c.dep_ == "mark" for c in clause.children) or _leads_in(clause)):
            out += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return sorted(out, key=lambda t: t.i)


def _leads_in(clause: Token) -> bool:
    """A clause that ends on a colon before the words quoted ("Chris has visited Haiti before: “It's a country of extreme
    poverty ...,” he said"): its subject is whom the "he" after the words is."""
    return any(c.dep_ == "punct" and c.text == ":" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in ("“", '"')
               for c in clause.children)


def _aside_subjects(root: Token) -> list[Token]:
    """People named as the subject of a clause after the main verb ("Witnesses said security forces increased their
    presence after Gadhafi defended his regime in a defiant speech. He vowed ..."): a later "he" may be them, but a
    later "the official" is no one met only so."""
    return [c for clause in root.subtree if clause.dep_ == "advcl" and clause.i > root.i
            and any(c.dep_ == "mark" for c in clause.children)
            for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON"]


def _token_at(doc: Doc, char: int) -> int:
    """Token index at a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _within(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Is pos inside any (start, end) range (marks around it count)?"""
    return any(a - 1 <= pos < b + 1 for a, b in ranges)


def _push(ctx: _Context, ref: Ref) -> None:
    """Make a reference the most recent of its kind."""
    if ref.name.split(" ", 1)[0].lower() in qp.NEGATING_OPENERS:
        return  # "Officials clarified that neither government nor BP officials had declared the effort a success yet.
        # They caution that ...": a phrase that denies anyone did it names no one a later pronoun is (a judge's wrong
        # speaker, quote draw 6202)
    target = ctx.persons if ref.kind == "person" else ctx.groups
    target[:] = [r for r in target if r.name != ref.name] + [ref]


# ---------------------------------------------------------------- per-document lookups


def _clean_name(span: Span) -> str:
    """A person mention without honorifics, a trailing possessive or a chronology entry's date the tagger ran into it
    ("June 8 - Obama")."""
    words = [t.text_with_ws for t in span[after_an_entry_date(span.doc, span.start, span.end) - span.start :]
             if t.lower_ not in qp.HONORIFICS and t.text not in ("'s", "’s")]
    return " ".join("".join(words).split())


def _with_given_name(ent: Span) -> Span:
    """A person's name with the given name the tagger left between a title and it ("NATO Secretary General [Anders] Fogh
    Rasmussen", LibyaWar_cnn: "Anders" had been taken into his title): one capitalised proper noun of no entity, right
    after a role noun (not a rank's abbreviation: "Pentagon spokeswoman Cmdr. Monica Rousselow")."""
    doc = ent.doc
    j = ent.start - 1
    if ent.label_ not in qp.PERSON_LABELS or j < 1:
        return ent
    given, before = doc[j], doc[j - 1]
    if (given.pos_ == "PROPN" and given.is_title and not given.ent_type_ and given.whitespace_ and given.is_alpha
            and given.lower_ not in qp.ROLE_NOUNS | qp.TITLE_WORDS | qp.HONORIFICS and before.lower_ in qp.ROLE_NOUNS):
        return Span(doc, j, ent.end, label=ent.label_)
    return ent


def _context(doc: Doc) -> _Context:
    """Entity lookups, fullest names by surname, and the roles each person is given."""
    ent_of: dict[int, Span] = {}
    full_names: dict[str, str] = {}  # a surname, or "first surname", -> the fullest name the article gives it
    firsts: dict[str, set[str]] = {}  # surname -> the first names written with it
    ents = [_with_given_name(e) for e in doc.ents]
    for ent in ents:
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
        if ent.label_ in qp.PERSON_LABELS:
            name = _clean_name(ent)
            if not name:
                continue
            words = name.split()
            keys = [words[-1]] + ([f"{words[0]} {words[-1]}"] if len(words) > 1 else [])
            if len(words) > 1:
                firsts.setdefault(words[-1], set()).add(words[0].casefold())
            for key in keys:
                if len(words) > len(full_names.get(key, "").split()):
                    full_names[key] = name
    for surname, names in firsts.items():
        if len(names) > 1:  # father and son, "Moammar Gadhafi" and "Saif al-Islam Gadhafi": a bare surname is either
            full_names[surname] = surname
    givens: dict[str, set[str]] = {}  # a first name -> the full names the article writes it in
    for name in full_names.values():
        if len(words := name.split()) > 1:
            givens.setdefault(words[0], set()).add(name)
    for given, names in givens.items():
        if len(names) == 1 and full_names.get(given) == given:  # "Chris has visited Haiti before" after "Chris Martin":
            full_names[given] = next(iter(names))  # his (a person named so alone, no one's surname, one person's first
            # name; "NATO" before "NATO Al-Obeidy", a name the tagger ran together, is no person's first name)
    ctx = _Context(doc, ent_of, full_names, {})
    for ent in ents:
        if ent.label_ in qp.PERSON_LABELS:
            role = _mention_role(ctx, ent.root, ent)
            name = _full_name(ctx, ent)
            if role and name not in ctx.roles:
                ctx.roles[name] = role
    return ctx


def _full_name(ctx: _Context, ent: Span) -> str:
    """The fullest form of a person's name used in the article: a full name keeps its own first name ("Moammar
    Gadhafi" never becomes "Saif al-Islam Gadhafi"); a bare surname two people of the article share stays bare."""
    name = _clean_name(ent)
    if not name:
        return ent.text
    words = name.split()
    key = f"{words[0]} {words[-1]}" if len(words) > 1 else words[-1]
    return ctx.full_names.get(key, name)


def _strip_det(text: str) -> str:
    """Drop a leading article, and a chronology entry's date run into the name ("July 15 - BP says it has capped")."""
    if (entry := CHRONOLOGY_ENTRY.match(text)) is not None:
        text = text[entry.end() :]
    words = text.split()
    if words and words[0].lower() in qp.DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _mention_role(ctx: _Context, head: Token, ent: Span | None) -> str | None:
    """A title before the name ('National Security Advisor Jake Sullivan') or an appositive."""
    doc = ctx.doc
    start = ent.start if ent is not None else head.i
    left = head.left_edge.i
    pre = [t for t in doc[left:start] if t.dep_ not in ("det", "poss", "case", "punct") and not t.is_space]
    if pre and any(t.lower_ in qp.ROLE_NOUNS or t.lower_ in qp.TITLE_WORDS for t in pre):
        return "".join(t.text_with_ws for t in pre).strip()
    for child in head.rights:
        if child.dep_ == "appos" and ctx.ent_of.get(child.i) is None or (
            child.dep_ == "appos" and ctx.ent_of[child.i].label_ not in qp.PERSON_LABELS
        ):
            words = [t for t in child.subtree if not t.is_punct or t.text in ".-"]
            if 0 < len(words) <= 12:
                return _strip_det(_as_printed(child.subtree))
    return None


# ---------------------------------------------------------------- resolving one mention


def _resolve(ctx: _Context, head: Token) -> Ref | None:
    """Who the source mention headed by this token is, with the gender its words give."""
    ref = _resolve_ref(ctx, head)
    if ref is not None and ref.gender is None and ref.kind == "person":
        words = [t.lower_.rstrip(".") for t in head.subtree if t.i <= head.i] + (ref.role or "").lower().split()
        ref.gender = next((qp.GENDERED_NOUNS[w] for w in words if w in qp.GENDERED_NOUNS), None)
    return ref


PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def relative_head(pron: Token) -> Token | None:
    """The noun a relative pronoun's clause hangs from ('a spokesman who said…' is the spokesman); a "who" the parser
    hangs on a place is the person the place describes ("a woman from Benghazi, who urged ..." is the woman)."""
    if pron.head.dep_ != "relcl" or pron.head.head.i == pron.head.i:
        return None
    noun = pron.head.head
    owner = noun.head.head
    if (pron.lower_ == "who" and noun.ent_type_ in PLACE_TYPES and noun.dep_ == "pobj" and owner.pos_ in ("NOUN", "PROPN")
            and owner.i < noun.i):
        return owner
    if pron.lower_ == "who" and not _a_person_noun(noun) and (beside := _person_right_before(pron)) is not None:
        return beside  # "The comments follow a statement ... by a spokesperson for Ban Ki-moon, who said ...": the
        # parser hung the clause on "comments"; a "who" follows the person it tells of
    return noun


def _a_person_noun(token: Token) -> bool:
    """Whether a noun names a person: a person's name, a role ("spokesperson"), a word of whom ("woman")."""
    lemma = token.lemma_.lower()
    return (token.ent_type_ in qp.PERSON_LABELS or lemma in qp.ROLE_NOUNS or lemma in qp.GENERIC_ROLE_NOUNS
            or lemma in qp.GENDERED_NOUNS or token.pos_ == "PRON")


def _person_right_before(pron: Token) -> Token | None:
    """The person a "who" comes right after (a comma between): a name, or the role its name is the object of ("a
    spokesperson for Ban Ki-moon, who": the spokesperson), or the people a list of them names; a body a "who" cannot
    stand for names the person it follows when that person is its preposition's owner ("Matt Simmons of boutique
    investment bank Simmons & Co, who said ...": Simmons; the parser hung the clause on the magazine before him)."""
    before = pron.nbor(-1) if pron.i > 0 else None
    if before is not None and before.text == "," and before.i > 0:
        before = before.nbor(-1)
    if before is None or before.pos_ == "PRON" or not (_a_person_noun(before) or before.pos_ == "PROPN"):
        return None
    while before.dep_ in ("compound", "flat") and before.head.i > before.i and before.head.i < pron.i:
        before = before.head
    while before.dep_ == "conj" and before.head.pos_ in ("NOUN", "PROPN") and before.head.i < before.i:
        before = before.head  # "a state TV anchor and government officials, who ...": both
    if before.dep_ == "pobj" and before.head.dep_ == "prep" and _a_person_noun(before.head.head) and before.head.head.i < before.i:
        before = before.head.head
        while before.dep_ == "appos" and before.head.i < before.i and _a_person_noun(before.head):
            before = before.head  # "Windell Curole, general manager of the South Lafourche Levee District, who says"
        return before
    return before if _a_person_noun(before) else None


def _resolve_ref(ctx: _Context, head: Token) -> Ref | None:
    if (head.dep_ == "compound" and _title_word(head)
            and (title_of := ctx.ent_of.get(head.head.i)) is not None and title_of.label_ in qp.PERSON_LABELS):
        head = head.head  # "said Dr. Mohammed Froka": the title's name, not the title
    elif (_title_word(head) and head.i + 1 < len(head.doc) and (named := ctx.ent_of.get(head.i + 1)) is not None
          and named.label_ in qp.PERSON_LABELS and named.start == head.i + 1):
        head = named.root  # "said Coast Guard Adm. Thad W. Allen", the parse making "Adm." a subject of its own
    head = _name_of_a_split_title(ctx, head)
    lower = head.lower_
    if lower in ("who", "that") and (noun := relative_head(head)) is not None:
        head = noun
        if head.dep_ == "appos" and (appositive := ctx.ent_of.get(head.head.i)) is not None and appositive.label_ in qp.PERSON_LABELS:
            head = head.head  # "Ian R. MacDonald, a professor of oceanography ... who has been arguing": MacDonald
        lower = head.lower_
    if head.pos_ == "PRON" or lower in qp.PERSON_PRONOUNS or lower in qp.GROUP_PRONOUNS:
        return _pronoun(ctx, head)
    owner = _document_owner(ctx, head)
    if owner is not None:
        return owner
    person = _person_in(ctx, head)
    if person is not None:
        ent, token = person
        name = _full_name(ctx, ent) if ent is not None else ctx.full_names.get(token.text, token.text)
        role = _mention_role(ctx, token, ent) if token.i == head.i or ent is None else None
        if role is None and token.i != head.i:
            role = _np_text(ctx, head, stop=ent.start if ent is not None else token.i)
        role = role or ctx.roles.get(name)
        return Ref(name, role, True, "person", _nouns(role))
    member = _the_member_just_quoted(ctx, head)
    if member is not None:
        return member
    ent = ctx.ent_of.get(head.i)
    if ent is not None and ent.label_ in qp.SPEAKER_LABELS:
        return Ref(_strip_det(ent.text), None, True, "org")
    if head.pos_ == "PROPN":
        return Ref(_strip_det(_np_text(ctx, head) or head.text), None, True, "other")
    body = _body_set_off(ctx, head)
    if body is not None:  # a name set off after a person's title is that person's, whatever the tagger made of it
        titled = head.lemma_.lower() in qp.ROLE_NOUNS or head.lemma_.lower() in qp.GENERIC_ROLE_NOUNS
        return Ref(_strip_det(body.text), _np_text(ctx, head) if titled else None, True, "person" if titled else "org")
    return _role_noun(ctx, head)


def _name_of_a_split_title(ctx: _Context, head: Token) -> Token:
    """The name set beside a title the parse split at its "and": in "said BP's government and public affairs director, Ron
    Rybarczyk" the subject is "government", joined to "director", whose apposition names the speaker."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in qp.ROLE_NOUNS:
        return head
    for joined in head.children:
        if joined.dep_ == "conj" and joined.lemma_.lower() in qp.ROLE_NOUNS:
            name = next((a for a in joined.children if a.dep_ == "appos" and (ent := ctx.ent_of.get(a.i)) is not None
                         and ent.label_ in qp.PERSON_LABELS), None)
            if name is not None:
                return name
    return head


def _the_member_just_quoted(ctx: _Context, head: Token) -> Ref | None:
    """A party's member named by the party, "the California Democrat", in the sentence after a named person was quoted
    or in that same sentence: '“It's just not working,” U.S. Senator Barbara Boxer ... told CNN .... The California
    Democrat denounced a “cover-up”' is Boxer (not "Democrat")."""
    if (head.lower_ not in L.PARTY_MEMBER_NOUNS or head.left_edge.lower_ != "the" or head.tag_ not in ("NN", "NNP")
            or ctx.spoke is None):
        return None
    last, start = ctx.spoke
    return last if _in_or_after(head, start) and last.named and last.kind == "person" else None


def _document_owner(ctx: _Context, head: Token) -> Ref | None:
    """Whose statement, letter or speech it is, when one speaks: '"...," his statement said' after "ICC Prosecutor Luis
    Moreno-Ocampo noted ..." is Moreno-Ocampo's, "Boehner's letter said" Boehner's. Only a named person or body: an owner
    the article has not named, or a day ("Tuesday's report"), leaves the document as the speaker; "their letter" stays
    (the last group named was BP where the letter was two congressmen's), and a possessive on any other noun ("her
    daughter", "his lawyer") is someone else. A document or record whose author is given ("A log kept by Thierens ...
    noted", "a new poll released on Monday by the Clean Energy Works campaign showed", "the letter from NOAA accusing
    ...") is that author's, and so is the speech whose own clause speaks, given "in" a saying ("Dudley said on October
    25 in a defiant speech which criticized ...")."""
    if head.lemma_.lower() not in L.SAYING_PLACES | L.KEPT_RECORDS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None) if _speaks(head) else None
    owner = owner or _author_by(head) or document_sender(head) or _who_said_it_in(head)
    if owner is None or owner.lower_ in L.PLURAL_PRONOUNS:
        return None
    if owner.pos_ == "PRON":
        ref = _pronoun(ctx, owner, L.POSSESSIVE_SUBJECTS.get(owner.lower_))
    else:
        ref = _resolve_ref(ctx, owner)
    if ref is not None and not ref.named and any(ctx.ent_of.get(c.i) is not None and ctx.ent_of[c.i].label_ == "ORG"
                                                 for c in owner.children if c.dep_ == "compound"):
        return Ref(ref.name, None, True, "org")  # "by the Clean Energy Works campaign": a body's name before its noun
    if ref is not None and not ref.named and owner.pos_ != "PRON" and _a_described_body(ref):
        return ref  # "The commission's report says" after "The presidential oil-spill commission said ...": that body
    return ref if ref is not None and ref.named and ref.kind in ("person", "org") else None


def _a_described_body(ref: Ref) -> bool:
    """A body the article describes rather than names, in three words or more ("The presidential oil-spill
    commission"), as ``_named_body`` finds one for "the commission"; not a bare "The commission"."""
    return ref.kind != "person" and _head_noun(ref.name) in qp.BODY_ANAPHOR_NOUNS and len(ref.name.split()) > 2


def _author_by(noun: Token) -> Token | None:
    """Who a participle after the noun says made it: "kept by Thierens", "released on Monday by the ... campaign"."""
    for acl in noun.rights:
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            author = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if author is not None:
                return author
    return None


def prep_object(noun: Token, preposition: str) -> Token | None:
    """The object of the noun's own ``preposition`` ("a warning [from BP]", "a report [by the ICRC]")."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition for g in c.children
                 if g.dep_ == "pobj"), None)


def document_sender(noun: Token) -> Token | None:
    """Who a document comes "from" ("a report this week from the Rockefeller Institute of Government", "the September
    2009 letter from Obama's National Oceanic and Atmospheric Administration accusing ..."); not a place it was sent
    from ("a report from Tripoli"), nor a time, nor a bare plural ("a joint statement from groups including the
    Environmental Defense Fund, ...": "groups" would say less than the document does)."""
    sender = prep_object(noun, "from")
    if sender is None or sender.ent_type_ in PLACE_TYPES or sender.ent_type_ in ("DATE", "TIME"):
        return None
    if sender.tag_ == "NNS" and not sender.ent_type_ and not any(c.dep_ in ("det", "poss") for c in sender.children):
        return None
    return sender


def _who_said_it_in(noun: Token) -> Token | None:
    """The subject of the saying whose words were given in the noun ("Dudley said ... in a defiant speech"): the noun
    is a source only through its own relative clause."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_ not in qp.SPEECH_VERBS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def _speaks(noun: Token) -> bool:
    """The noun stands for its owner's words: a subject ("his statement said", "Huckabee's comments included criticizing
    President Obama", "Hague's statement at the Commons created more questions than answers. He said: ..."), or what
    the words are according to; not a noun beside the source ("Soon after Gadhafi's interview, ... Rice said")."""
    head = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")


def _body_set_off(ctx: _Context, head: Token) -> Span | None:
    """The body a described speaker's phrase names, set off after its noun in apposition ("One stockbroker, Arbuthnot,
    captured the gloomy mood ..., saying ..."): the description is that body's."""
    if head.pos_ != "NOUN":
        return None
    doc = ctx.doc
    for child in head.rights:
        ent = ctx.ent_of.get(child.i)
        if (child.dep_ == "appos" and ent is not None and ent.label_ == "ORG" and child.left_edge.i > head.i
                and doc[child.left_edge.i - 1].text == "," and ent.start >= child.left_edge.i and ent.end <= child.right_edge.i + 1):
            return ent
        if child.dep_ == "appos" and child.left_edge.i == head.i + 1 and _a_name(doc[child.left_edge.i : child.right_edge.i + 1]):
            return doc[child.left_edge.i : child.right_edge.i + 1]  # "The humanitarian group Doctors Without Borders"
    named = called_itself(head)  # "A group calling itself Seize BP"
    if named is not None and _a_name(doc[named.left_edge.i : named.i + 1]):
        return doc[named.left_edge.i : named.i + 1]
    return None


def _a_name(span: Span) -> bool:
    """Words that make a name: capitalised, but for the small words inside one ("Doctors Without Borders", "Seize BP");
    not a day ("one group Thursday announcing ...")."""
    if any(_of_time(t) for t in span):
        return False
    return len(span) > 0 and span[0].text[:1].isupper() and any(t.pos_ == "PROPN" or t.ent_type_ for t in span) and all(
        t.text[:1].isupper() or t.pos_ in ("ADP", "DET", "CCONJ") and t.i > span.start for t in span)


def _person_in(ctx: _Context, head: Token) -> tuple[Span | None, Token] | None:
    """The person a noun phrase names: its head, an appositive, or a name closing a title."""
    ent = ctx.ent_of.get(head.i)
    if ent is not None and ent.label_ in qp.PERSON_LABELS:
        return ent, head
    if head.pos_ == "PROPN" and head.text in ctx.full_names and (ent is None or ent.label_ != "GPE"):
        return ent, head
    if ent is None and head.pos_ == "NOUN" and head.is_title and " " in ctx.full_names.get(head.text, ""):
        return None, head  # "Suttles: “I think ...”", the surname tagged a common noun: the article's Doug Suttles
    if ent is not None and ent.label_ not in PLACE_TYPES and _clean_name(ent) in ctx.full_names:
        return ent, head  # "Moreno-Ocampo insisted", tagged an organisation: the article named "Luis Moreno-Ocampo" before
    after = ctx.ent_of.get(ent.end) if ent is not None and ent.end < len(ctx.doc) and ent[-1].tag_ == "POS" else None
    if ent is not None and after is not None and after.label_ in qp.PERSON_LABELS and after.start == ent.end:
        return after, after.root  # "The Center for Strategic and International Studies' Stephen Flanagan said": its man
    holder = holder_named_after(head)
    if holder is not None and (sub := ctx.ent_of.get(holder.i)) is not None and sub.label_ in qp.PERSON_LABELS:
        return sub, holder  # "A spokeswoman for the UN World Food Programme, Emilia Casella, said"
    for token in head.subtree:
        if token.i == head.i:
            continue
        sub = ctx.ent_of.get(token.i)
        if sub is not None and _name_set_beside_a_title(head, token, sub):
            return sub, token
        if sub is None or sub.label_ not in qp.PERSON_LABELS:
            continue
        if token.dep_ == "appos" and token.head.i == head.i or token.head.i == head.i and token.dep_ in ("compound", "flat") and not (
                token.i < head.i and head.pos_ == "NOUN"):  # "the Obama administration official": whom he serves, not he
            return sub, token
        if (head.lemma_.lower() in qp.ROLE_NOUNS and token.dep_ == "pobj" and sub.end == head.right_edge.i + 1
                and token.head.lower_ == "of" and not _indefinite(head)):
            return sub, token  # 'Secretary of State Antony Blinken'; "a spokesman for Libyan leader Moammar Gadhafi" is not Gadhafi
        before = ctx.doc[sub.start - 1]
        if (sub.end == subtree_end(head) and sub.start > head.i and not _under_preposition(token, head)
                and not _sent_to(token, head)
                and (before.lemma_.lower() in qp.ROLE_NOUNS
                     or before.pos_ == "NOUN" and before.lower_.endswith(qp.PERSON_ENDINGS))):  # ("Film director and
            # deep-sea explorer James Cameron said": a trade's noun)
            return sub, token  # "said House Environment and Natural Resources Committee Chairman Ed Markey": the parse
            # coordinates the committee with its chairman; a name after a title closing the phrase is who speaks ("a
            # spokesman for Libyan leader Moammar Gadhafi" is not Gadhafi)
    return None


def _name_set_beside_a_title(head: Token, token: Token, sub: Span) -> bool:
    """A name in apposition to a title that the tagger took for a place ("said Manager of Public Relations Jodi Einhorn",
    "Jodi Einhorn" tagged a place): a name of two words or more, no country's or capital's, set beside a role noun is
    the person who holds it."""
    return (token.dep_ == "appos" and token.head.i == head.i and sub.label_ in ("GPE", "LOC")
            and head.lemma_.lower() in qp.ROLE_NOUNS and len(sub) >= 2 and all(t.pos_ == "PROPN" for t in sub)
            and not country_code(sub.text) and not capital_country(sub.text))


def _path_up(token: Token, head: Token) -> Iterator[Token]:
    """The token and its heads up to ``head`` (not included), or to the root of its sentence."""
    while token.i != head.i and token.head.i != token.i:
        yield token
        token = token.head


def _sent_to(token: Token, head: Token) -> bool:
    """The token hangs from ``head`` through a participle of sending: one the document was sent to ("The letter, sent to
    ... incoming BP CEO Robert Dudley, demanded": not Dudley's demand; a judge's wrong speaker, quote draw 5501)."""
    return any(t.dep_ == "acl" and t.lemma_.lower() in qp.SENDING_VERBS for t in _path_up(token, head))


def _under_preposition(token: Token, head: Token) -> bool:
    """The token hangs from ``head`` through a preposition ("a spokesman [for ... Gadhafi]")."""
    return any(t.dep_ in ("pobj", "prep") for t in _path_up(token, head))


def _indefinite(head: Token) -> bool:
    """'a spokesman', 'one aide': someone the phrase introduces, not a title before a name."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in head.lefts)


def _np_text(ctx: _Context, head: Token, stop: int | None = None, joined: bool = False) -> str | None:
    """A noun phrase's words up to ``stop`` (or the head and a short modifier after it; ``joined``: and a short second
    noun it is joined to, "Members of Congress and oil executives"; never ending on the "and")."""
    doc = ctx.doc
    left = after_an_entry_date(doc, head.left_edge.i, head.i)
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ and not doc[left - 2].whitespace_:
        left = min(left - 2, doc[left - 2].left_edge.i)  # "Co-ordinator" parsed as three words: the role starts at "Co"
    if stop is None:
        right = head.i
        for child in head.rights:
            if child.dep_ == "prep" and _a_time(child):
                break  # "The oil major on Friday", "BP executives in early May": when they spoke, not who they are
            if (child.dep_ in ("prep", "compound", "amod") or joined and child.dep_ in ("cc", "conj")) and (
                    child.right_edge.i - head.i <= NP_REACH or _a_bodys_name(child)):
                right = child.right_edge.i
            else:
                break
        while right > head.i and doc[right].dep_ == "cc" or doc[right].is_punct and right > head.i:
            right -= 1  # (a joined noun too far away: the words end before its "and")
        stop = right + 1
    return _as_printed(doc[left:stop]) or None


NP_REACH = 6  # words after a description's noun that still say who it is
NAME_REACH = 9  # words of an "of" phrase that names the body the role serves ("of the state's Department of Marine Resources")


def _a_bodys_name(prep: Token) -> bool:
    """An "of" phrase that ends in a body's capitalised name, with no verb: the words say whose the role is."""
    words = list(prep.subtree)
    return (prep.lower_ == "of" and len(words) <= NAME_REACH and words[-1].pos_ == "PROPN"
            and not any(t.pos_ in ("VERB", "AUX") for t in words))


TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "since"})  # ("of 1990" is a law's name, "from 2008" which cable)


def _a_time(prep: Token) -> bool:
    """A preposition of time whose object is a time and nothing else ("on Tuesday", "in early May"; not "in his 20s",
    an age that says who)."""
    words = [t for t in prep.subtree if t.i != prep.i]
    return (prep.lower_ in TIME_PREPOSITIONS and bool(words) and not any(t.tag_ == "PRP$" for t in words)
            and all(_of_time(t) for t in words))


def _of_time(token: Token) -> bool:
    """A word of a date or a time: tagged so, or a day's or a month's name ("Thursday", "May")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in L.DAY_WORDS


def _as_printed(tokens: Iterable[Token]) -> str:
    """Words as the text prints them ("Benghazi's", not "Benghazi 's"), punctuation other than "." and "-" left out, and
    so are stock tickers ("a BP (BP.L) executive" is "a BP executive")."""
    text = "".join(t.whitespace_ if t.is_punct and t.text not in ".-" or qp.TICKER_RE.fullmatch(t.text) else t.text_with_ws
                   for t in tokens)
    return " ".join(text.split())


def _nouns(role: str | None) -> frozenset[str]:
    """Lower-cased words of a role, for matching later role nouns."""
    return frozenset(role.lower().split()) if role else frozenset()


def _pronoun(ctx: _Context, head: Token, lower: str | None = None) -> Ref | None:
    """He/she: the most recent person whose words give no other gender; they: the most recent group; others stay
    as written (``lower``: the pronoun read as, for a possessive: "his" as "he")."""
    lower = lower or head.lower_
    if lower in qp.PERSON_PRONOUNS:
        gender = qp.PRONOUN_GENDER.get(lower)
        # "she" is not the last man named, nor the person an earlier "he" was ("He commented on her strong character
        # ... She called herself an ordinary citizen": not him)
        fitting = [r for r in ctx.persons if (r.gender or _gender_read(ctx, r.name)) in (None, gender)]
        found = ctx.spoke[0] if _speaks_on(ctx, head) and ctx.spoke is not None and ctx.spoke[0] in fitting else (
            fitting[-1] if fitting else None)
        if found is None:
            return Ref(head.text, None, False, "other")
        if gender is not None:
            ctx.genders[found.name][head.i] = gender
        return found
    if lower in ("they", "them") and ctx.groups:
        return ctx.groups[-1]
    if lower == "it":
        org = next((r for r in reversed(ctx.groups) if r.kind == "org" or _a_described_body(r)
                    and _head_noun(r.name) not in qp.GENERIC_BODY_NOUNS), None)  # ("the New York-based advocacy
        # group", "the world body" are most often a named body described again)
        if org is not None:
            return org  # 'The White House … as it seeks'; "The presidential oil-spill commission said ... It also
            # calls for ..., saying in its executive summary"
    return Ref(head.text, None, False, "other")


GENDER_READINGS = 2  # the he/she read as a person before one of the other gender passes them over


def _gender_read(ctx: _Context, name: str) -> str | None:
    """The gender the pronouns read as this person so far give, when at least ``GENDER_READINGS`` more of them say
    it than the other (one "he" read wrongly as the woman just named does not turn her "she" to someone else)."""
    read = ctx.genders.get(name)
    if not read:
        return None
    (top, n), *rest = Counter(read.values()).most_common()
    return top if n - (rest[0][1] if rest else 0) >= GENDER_READINGS else None


def _speaks_on(ctx: _Context, head: Token) -> bool:
    """A pronoun that says something in the sentence of the last person quoted or the next ('"It's something our
    intelligence community is taking a hard look at," Jake Sullivan told reporters as President Joe Biden hosted his
    counterparts. "This is also a dynamic picture ...," he added'): the speaker goes on, whoever was named since."""
    if ctx.spoke is None or head.dep_ != "nsubj" or head.head.lemma_ not in qp.SPEECH_VERBS:
        return False
    return _in_or_after(head, ctx.spoke[1])


def _in_or_after(token: Token, start: int) -> bool:
    """The token is in the sentence that begins at token index ``start``, or in the sentence right after it."""
    sentence = token.sent.start
    return sentence == start or (sentence > 0 and token.doc[sentence - 1].sent.start == start)


def _role_noun(ctx: _Context, head: Token) -> Ref | None:
    """'The official' -> an earlier compatible person; 'a spokesperson' -> a new unnamed speaker.

    A role whose phrase says whose it is ("the leader of an opposition movement") is someone the article has met
    only when that person's role names the same thing ("opposition"); else it is a new unnamed speaker.
    """
    lemma = head.lemma_.lower()
    first = head.left_edge
    definite = first.lower_ in ("the", "this", "that") and head.tag_ not in ("NNS", "NNPS")
    if definite and lemma in ctx.issued and _issued_just_before(ctx, head):
        return ctx.issued[lemma][0]  # "The African Union said in a statement ... “...,” the statement said": the Union
    of = {w.lower_ for c in head.rights if c.dep_ == "prep" for w in c.subtree if w.pos_ in ("NOUN", "PROPN", "ADJ")}
    if definite and (lemma in qp.ROLE_NOUNS or lemma in qp.GENERIC_ROLE_NOUNS):
        described = _described_by(head) if lemma in qp.GENERIC_ROLE_NOUNS else frozenset()
        if lemma in qp.UNNAMED_ROLE_NOUNS:  # "the senior source close to the Libyan government", "the foreign ministry
            # source" are no "source in the capital" or ambassador met before: every word that says which source it is,
            # a name's included, must be the earlier one's
            described |= {t.lower_ for c in head.children if c.dep_ in ("amod", "compound", "nmod", "prep", "acl")
                          for t in c.subtree if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.lower_ not in qp.RANK_WORDS}
        for ref in reversed(ctx.persons[-8:]):
            if not ref.aside and _compatible(lemma, ref) and (not of or of & ref.nouns) and described <= ref.nouns:
                return ref
    if definite and (lemma in qp.BODY_ANAPHOR_NOUNS or lemma in L.OUTLET_ANAPHOR_NOUNS) and not of:
        words = {c.lower_.replace(".", "") for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")}
        body = _named_body(ctx, lemma, words)
        if body is not None:
            return body
    text = _np_text(ctx, head, joined=True) or head.text  # (a name joined to another is each one's: the speakers stage)
    if lemma in qp.GENDERED_NOUNS and head.tag_ not in ("NNS", "NNPS"):
        nouns = frozenset(_strip_det(text).lower().split()) | {lemma}
        return Ref(text, _strip_det(text), False, "person", nouns, qp.GENDERED_NOUNS[lemma])  # "Gadhafi's daughter"
    if lemma not in qp.ROLE_NOUNS and lemma not in qp.GENERIC_ROLE_NOUNS:
        last = _the_last_speaker_described(ctx, head)
        return last if last is not None else Ref(text, None, False, "other")
    kind = "person" if head.tag_ not in ("NNS", "NNPS") else "group"
    return Ref(text, _strip_det(text), False, kind, frozenset(_strip_det(text).lower().split()) | {lemma})


def _the_last_speaker_described(ctx: _Context, head: Token) -> Ref | None:
    """A description the article has not used, of the one it just quoted by name alone: '“It's a great thing,” said
    Jerome DeGree in Larose, Louisiana .... “This has been hurting this whole area,” the shallow-water oil driller said.'
    The last person quoted, named with no role of their own, in this sentence or the one before; the description (a
    definite noun of a person's trade, not a text's or a body's) becomes the role."""
    lemma = head.lemma_.lower()
    if (head.left_edge.lower_ != "the" or head.tag_ != "NN" or not lemma.endswith(qp.PERSON_ENDINGS)
            or not _speaks_on(ctx, head) or ctx.spoke is None):
        return None
    last = ctx.spoke[0]
    if not last.named or last.role is not None or {lemma, head.lower_} & (qp.SOMEONE_NOUNS | L.SAYING_PLACES):
        return None
    if _written_before(ctx.doc, head.lower_, head.left_edge.idx):
        return None  # a trade the article named before is whoever it named so
    role = _strip_det(_np_text(ctx, head) or head.text)
    return Ref(last.name, role, True, "person", last.nouns | {lemma}, last.gender)


def _issued_just_before(ctx: _Context, head: Token) -> bool:
    """A "the statement" no word of its own says whose (not "the U.N. statement", "the statement from NATO", "the
    Libyan statement"; a word of how it was made may stand: "the prepared testimony") in the sentence that said who
    issued it or the two after it; or further on, when a named body issued it and the text has spoken of no other
    document of the kind since (a person's statement, or an unnamed issuer's, is not followed so far: "The final
    report" ten sentences after a co-chair spoke "in its final report" is the commission's, not his)."""
    if any(c.dep_ != "det" and not (c.dep_ == "amod" and not c.ent_type_) for c in head.children):
        return False
    start = ctx.issued[head.lemma_.lower()][1]
    sentence, passed = head.sent, 0
    while passed < 3:
        if sentence.start == start:
            return True
        if sentence.start == 0:
            return False
        passed += sentence[0].text not in qp.DOUBLE_OPEN and sentence[0].text != '"'  # (quoted words split off at "?")
        sentence = head.doc[sentence.start - 1].sent
    issuer = ctx.issued[head.lemma_.lower()][0]
    return (issuer.named and issuer.kind == "org" and start < head.i
            and not _another_document_since(head, head.doc[start].sent.end))


def _another_document_since(head: Token, since: int) -> bool:
    """Whether the text, after token ``since`` and before ``head``, speaks of a document of the same noun other than
    the one issued: "a report", "another report", "reports", "BP's report", "the report from the Coast Guard". Only
    "the report" again and again is still the one ("The interim report from the National Academy of Engineering ...
    says .... The report, released Wednesday, .... “...,” the report said", ten sentences on)."""
    lemma = head.lemma_.lower()
    for token in head.doc[since : head.i]:
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
            continue
        if token.tag_ == "NNS" or token.left_edge.lower_ not in ("the", "this", "that"):
            return True
        if any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by"))
               for c in token.children):
            return True
    return False


def _note_owned_document(ctx: _Context, noun: Token, ref: Ref | None) -> None:
    """A document a named owner's possessive gives ("Kendall's testimony was first reported Wednesday", "Clinton's
    statement said") is theirs when the article speaks of it again as "the testimony"; one "from" a named body is that
    body's ("according to a statement from the UK's Department for International Development. The statement said ...":
    not the UK mission's, whose statement came a sentence before)."""
    lemma = noun.lemma_.lower()
    if lemma not in L.DOCUMENT_NOUNS:
        return
    if ref is not None and ref.named and ref.kind in ("person", "org") and any(c.dep_ == "poss" for c in noun.children):
        ctx.issued[lemma] = (ref, noun.sent.start)
        return
    sender = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                   if g.dep_ == "pobj" and (ent := ctx.ent_of.get(g.i)) is not None and ent.label_ in ("ORG", "PERSON")), None)
    if sender is not None and (owner := _resolve_ref(ctx, sender)) is not None and owner.named:
        ctx.issued[lemma] = (owner, noun.sent.start)


def _documents_said_in(source: Token) -> list[str]:
    """The documents a speaker's words were given in ("the organization said in a statement Sunday": statement), or that
    the speaker issued ("according to a statement from the U.S. Agency for International Development": statement, so
    that "the statement noted" after it is the agency's too)."""
    verb = source.head
    if source.dep_ == "pobj" and verb.lower_ in qp.SOURCE_OF_PREPS and verb.head.lemma_.lower() in L.DOCUMENT_NOUNS:
        return [verb.head.lemma_.lower()]
    return [g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in L.DOCUMENT_NOUNS]


def _named_body(ctx: _Context, lemma: str, words: set[str]) -> Ref | None:
    """'the group' -> the body the article named last ("Human Rights Watch said ... “...,” the group said"), over
    unnamed groups come since ("its aircraft"); 'the council', 'the human rights group' -> the last named body whose
    name holds the noun, or every word before it; 'the U.N. refugee agency' is a body of its own unless a name holds
    all its words, and 'the agency' after it is that body."""
    bodies = [r for r in reversed(ctx.groups[-6:]) if r.kind == "org" and r.named]
    # a body the article described with the same noun ("The U.N. refugee agency said ... , the agency said")
    described = next((r for r in reversed(ctx.groups[-6:]) if not r.named and _head_noun(r.name) == lemma
                      and len(r.name.split()) > 2 and all(_holds(r.name, w) for w in words)
                      and not set(r.name.lower().split()[:-1]) & qp.OF_WHOM_PREPOSITIONS), None)
    # ("Earlier statements by the company" ends on "company" but is statements, not a company)
    if words:
        return next((r for r in bodies if all(_holds(r.name, w) for w in words)), described)
    fitting = next((r for r in bodies if _holds(r.name, lemma)), None)
    if fitting is not None:
        return fitting
    if lemma in qp.GENERIC_BODY_NOUNS and bodies and described is None:
        return bodies[0]  # "Since NATO took command ..., its aircraft have flown ... , the alliance said": NATO
    return described


def _head_noun(name: str) -> str:
    """The last word of a description, singular and lower case: "The U.N. refugee agency" -> "agency"."""
    words = name.lower().split()
    return words[-1].rstrip(".,") if words else ""


def _holds(name: str, word: str) -> bool:
    """A name holds a word, or its plural or singular ("refugee" in "... for Refugees")."""
    return any(w == word or (len(word) >= 4 and (w.startswith(word) or word.startswith(w)) and abs(len(w) - len(word)) <= 1)
               for w in name.lower().replace(".", "").split())


def _described_by(head: Token) -> frozenset[str]:
    """The words that say which of its kind an "official" or a "source" is ("the senior U.S. military official":
    military), less a rank and the country, which any official of the story may share: an earlier person is that
    official only if their own words hold them (the president, or "a senior administration official", is not "the senior
    U.S. military official")."""
    return frozenset(c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "NOUN")
                     and not c.ent_type_ and c.lower_ not in qp.RANK_WORDS)


def _compatible(lemma: str, ref: Ref) -> bool:
    """Can a definite role noun refer back to this person?"""
    if lemma in qp.UNNAMED_ROLE_NOUNS:
        return not ref.named  # "Still, the senior source close to the Libyan government said" is not Deputy Energy
        # Secretary Daniel Poneman, quoted in between: a source is one the article does not name ("according to a U.S.
        # military official ... the source said" is that official)
    if lemma in qp.GENERIC_ROLE_NOUNS:
        return ref.role is not None or not ref.named
    if lemma in qp.SPOKES_NOUNS:
        return bool(ref.nouns & qp.SPOKES_NOUNS)
    return lemma in ref.nouns or bool(qp.ROLE_KINDS.get(lemma, frozenset()) & ref.nouns)  # "the diplomat": the ambassador
