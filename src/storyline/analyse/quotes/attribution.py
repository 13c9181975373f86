"""Quotes (direct, partial, indirect, or a "topic" that only names what was spoken of) with cue and speaker.

Find, then annotate: ``find_quote_spans`` pairs quote marks paragraph by paragraph (never raising on
odd marks or apostrophes); ``find_direct`` and ``find_indirect`` turn marked spans and reporting-verb
clauses into candidates with a cue and a local source mention; ``resolve_speakers`` (in
``speakers.py``) names each source from the document's own mentions and the parse; ``extract_quotes``
builds the ``Quote`` objects.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline import patterns as P
from storyline.analyse import lexicon as L
from storyline.analyse.entities.resolve import pleonastic
from storyline.analyse.quotes import patterns as qp
from storyline.analyse.quotes.speakers import (
    Candidate,
    document_sender,
    prep_object,
    relative_head,
    resolve_speakers,
)
from storyline.clean.lines import sentence_seams
from storyline.model import FIGURE_LABELS, Quote
from storyline.spans import (
    a_medium_name,
    after_an_entry_date,
    closes_bracket,
    doc_sentences,
    doc_text,
    first_conjunct,
    joining_words,
    noun_read_as_verb,
    participle_as_preposition,
    past_participle,
    strip_span,
    to_infinitive,
    token_starts,
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A marked quote: marks at ``open``/``close`` (``close`` is the end of the closing mark)."""

    open: int
    start: int
    end: int
    close: int
    closed: bool


def extract_quotes(doc: Doc, article_id: str, *, body_start: int = 0) -> list[Quote]:
    """All quotes of one article, in text order, with cue and resolved speaker."""
    text = doc_text(doc)
    spans = find_quote_spans(text)
    index = TokenIndex(doc)
    direct = find_direct(doc, spans, index, body_start=body_start)
    indirect = find_indirect(doc, spans, index, body_start=body_start)
    colon = find_colon_attributions(doc, spans, index, body_start=body_start)
    candidates = sorted(_end_relays(doc, _drop_nested_thoughts(doc, _drop_trailing_relays(direct + indirect + colon))),
                        key=lambda c: (c.start, c.end))
    resolve_speakers(doc, candidates, body_start=body_start)
    for c in candidates:
        _end_before_speaker(doc, text, c)
    _nested_marks_are_the_reporters(doc, candidates)
    for c in candidates:
        _end_before_the_sayers_title(doc, text, c)
        _end_before_the_writers_comment(doc, text, c)
    kept = [c for c in candidates
            if not _scare_quote(doc, c) and not _unresolved(c) and not _a_title(doc, index, c) and not _says_itself(c)
            and not _names_a_kind(doc, c) and not _headline_sayer(doc, c) and not _asked_of(doc, c)
            and not _names_the_sayer(doc, c) and not _a_heading(text, c)
            and (c.speaker or "").lower() not in qp.NEGATIVE_SPEAKERS  # "No one is claiming victory or “mission ...”"
            and (c.speaker or "") not in P.TIME_ZONES  # "At 10:30 a.m. CDT, video streams showed ...": a clock's zone
            and (c.speaker or "").lower() not in L.DAY_WORDS  # "the ... official noted Monday “...”": a day says nothing
            and not (c.kind == "indirect" and qp.ANONYMITY_REQUEST.match(text[c.start : c.end]))
            and not _not_said_yet(doc, c) and not _only_supposed(doc, c)]
    for c in kept:
        if c.kind == "indirect" and (_names_only(doc, c) or _tells_of_what(doc, c) or _talked_about_doing(doc, c)):
            c.kind = "topic"
        elif c.kind in ("indirect", "partial") and _perceived(doc, c):
            c.kind = "finding"
        elif c.kind in ("indirect", "partial") and _a_view(doc, c):
            c.kind = "view"
        elif c.kind in ("indirect", "partial") and _a_finding(doc, c):
            c.kind = "finding"
    return [_to_quote(text, article_id, c) for c in kept]


def _not_said_yet(doc: Doc, c: Candidate) -> bool:
    """Reported words whose cue is only expected, wanted or tried for ("Analysts currently expect BP to announce [a 7 to
    10 cents dividend]", "NOAA has been trying to “fingerprint” the oil to confirm [that it came from the BP well]"): no
    one has said them. A cue after a verb of going on ("went on to say", "continued to insist") was said, and so was
    one tried for itself ("tried to explain that ...")."""
    if c.kind != "indirect" or (cue := _cue_span(doc, c)) is None or not len(cue):
        return False
    verb = cue.root
    for step in range(4):
        if verb.dep_ not in ("xcomp", "advcl", "ccomp") or not to_infinitive(verb) or verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() in L.UNREALISED_HEADS and (step or verb.lemma_.lower() not in L.TRYING_VERBS):
            return True  # ("Clapper tried to explain that he was “loath” ...": he explained; a purpose under the trying
            # was not reached)
    return False


def _only_supposed(doc: Doc, c: Candidate) -> bool:
    """Reported words whose cue, or the act it goes with, is only supposed: hedged ("Some people are probably wondering
    [why not ring up Exxon]") or possible ("These companies could potentially sue the government, arguing [they would
    have paid less ...]", "Jindal may claim [he energized Washington]"): the writer supposes what someone might say; no
    one has said it. So are words one only ought to say ("it must admit [that BP is its partner of necessity]",
    "Republicans should ask themselves [whether ...]", "Obama and members of Congress may have to answer for [the millions
    in campaign contributions ...]"): a duty, in the writer's view. ("would" is left out: "as he would later say" tells
    what was said; so are marked words, which someone wrote or said whatever the hedge: "which might have indicated
    “contamination of the cement.”" quotes BP's report.)"""
    if c.kind != "indirect" or (cue := _cue_span(doc, c)) is None or not len(cue):
        return False
    verb = cue.root
    if _a_duty(verb):
        return True
    for _ in range(2):
        if any(((d.dep_ == "advmod" and d.lower_ in L.HEDGE_ADVERBS) or (d.dep_ == "aux" and d.lower_ in SUPPOSING_AUX)
                or (d.dep_ == "aux" and d.lower_ in ABLE_AUX and _only_able(verb)))
               and verb.i - 3 <= d.i < verb.i and not c.start <= d.idx < c.end for d in verb.children):
            return True  # (right before the verb: "..., perhaps on Tuesday, Doug Suttles said" hedges the day)
        if verb.dep_ != "advcl" or verb.head.i == verb.i or any(d.dep_ in ("nsubj", "nsubjpass") for d in verb.children):
            return False  # (only a participle goes with the act it hangs from: "..., arguing"; "but BP said" is its own)
        verb = verb.head
    return False


ABLE_AUX = frozenset({"can", "could"})  # what one is able to say as often as a supposition ("The official said he could
# confirm that Abdallah had traveled to Egypt"): ``_only_able`` tells the two apart
POSSIBLE_AUX = L.POSSIBILITY_MODALS - ABLE_AUX
SUPPOSING_AUX = POSSIBLE_AUX | L.OBLIGATION_MODALS
PERCEPTION_VERBS = frozenset({"see", "hear", "watch"})


def _only_able(verb: Token) -> bool:
    """A saying one can or could make, told on its own, is what one is able to say, no words said ("The government has
    appealed ... and can ask it to stay Feldman's decision", "investigators could argue that ..."); one told by a verb of
    saying was said ("The official said he could confirm that ..."), and so was one heard ("one man could be heard
    shouting ..."), and what one could see or hear in the past told ("CNN could see about 150 troops moving into the
    city")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.lemma_.lower() in PERCEPTION_VERBS and any(c.dep_ == "aux" and c.lower_ == "could" for c in verb.children):
        return False
    return not (verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i and cue_lemma(verb.head) in qp.REPORTING_VERBS)


def _a_duty(verb: Token) -> bool:
    """A saying in the infinitive of a duty in the present ("may have to answer for", "needs to express", "will have to
    explain"), not one done in the past ("had to admit that ...": he admitted it)."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in L.OBLIGATION_VERBS and head.tag_ != "VBD"
            and to_infinitive(verb) and not any(d.dep_ == "aux" and d.tag_ == "VBD" for d in head.children))


def _headline_sayer(doc: Doc, c: Candidate) -> bool:
    """A candidate whose source is a link headline's sayer (``headline_sayer``)."""
    if c.source is None:
        return False
    cue = _cue_span(doc, c)
    return cue is not None and len(cue) > 0 and headline_sayer(doc[c.source], cue[0])


def headline_sayer(subject: Token, cue: Token) -> bool:
    """A link headline's sayer: a singular noun of a person with no determiner as the subject of a present-tense cue
    ("Woman alleges Libyan forces raped her", "Woman alleges rape by Gadhafi forces": related stories run into the
    page); prose says "A woman said", "the woman alleges", and names ("Fareed argues") are no such noun."""
    first = subject.left_edge
    after_a_comma = first.i > 0 and subject.doc[first.i - 1].text == ","  # "Another, younger woman says": prose
    return (subject.tag_ == "NN" and subject.lemma_.lower() in L.PERSON_NOUNS and not subject.ent_type_
            and cue.tag_ == "VBZ" and not any(ch.dep_ in ("det", "poss", "nummod") for ch in subject.children)
            and not after_a_comma)


def _asked_of(doc: Doc, c: Candidate) -> bool:
    """A cue in a question the writer puts: its auxiliary before its subject ("Did BP ask federal regulators to reverse
    procedures ...?", "Can BP really say with a straight face that ...?", "Is she talking about what needs to be done?")
    or a question word its subject ("Who says there's no such thing as loyalty in politics?"), in a sentence that ends
    on a question mark. It asks whether someone said so; it tells no one's words. A question reported ("Braley asks, is
    the $20bn pot ... a slush fund?") has its cue in plain order and stays."""
    cue = _cue_span(doc, c)
    if cue is None or not len(cue):
        return False
    verb = cue.root
    if not verb.sent.text.rstrip().rstrip("".join(qp.ALL_MARKS) + " ").endswith("?"):
        return False
    head: Token = first_conjunct(verb)  # "Shouldn't the president have marshaled those resources -- and then promised ...?"
    subject = next((k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.tag_ == "WP":
        return head.dep_ != "relcl"  # ("Kate Sheppard of Mother Jones, who writes: ...": a relative, not a question word)
    return any(k.dep_ in ("aux", "auxpass") and k.i < subject.i for k in head.children)


def _cue_span(doc: Doc, c: Candidate) -> Span | None:
    """The words of a candidate's cue (set with its end, always), or None when it has none."""
    return doc.char_span(c.cue_start, c.cue_end or c.cue_start + 1, alignment_mode="expand") if c.cue_start is not None else None


def _a_view(doc: Doc, c: Candidate) -> bool:
    """Reported words whose cue is a state of mind ("The administration thinks the company would like to see ...",
    "BP intended ...", "investors worried ..."): the writer tells what someone thinks or wants, a view, not words said."""
    return _cued_by(doc, c, L.VIEW_VERBS)


def _perceived(doc: Doc, c: Candidate) -> bool:
    """Reported words whose cue is a verb of perceiving or coming upon ("those close to him saw [he was losing
    weight]", "Scientists have found evidence of a large underwater “[plume]”"): what someone saw or found, told in
    the writer's words (marks included: a term the writer sets off), no words said."""
    return _cued_by(doc, c, L.PERCEIVING_CUES)


def _cued_by(doc: Doc, c: Candidate, lemmas: frozenset[str]) -> bool:
    """The candidate's cue opens on one of these verbs."""
    cue = _cue_span(doc, c)
    return cue is not None and len(cue) > 0 and cue_lemma(cue[0]) in lemmas


def _a_finding(doc: Doc, c: Candidate) -> bool:
    """Reported words, or marked words inside them, whose source is a poll, a study or papers, named by a common noun
    ("The poll said a majority of Democrats were also disappointed", "The documents also showed the EPA allowed BP to
    spray ..."), a share of those polled ("64 percent of Americans say ..., 69 percent say ... a “not so good” or
    “poor” job"), or a thing or a
    document that shows them ("Video showed that fighting was continuing", "Forecasts suggest the oil will make
    landfall", "The initial tests showed they were at high levels ..., the report shows"): what they show, no one's
    words."""
    if _a_documents_figure(doc, c) or _a_bodys_estimate(doc, c):
        return True
    if c.speaker_named or c.source_start is None or c.source_end is None:
        return False
    source = doc.char_span(c.source_start, c.source_end, alignment_mode="expand")
    if source is None or not len(source) or source.root.pos_ != "NOUN" or source.root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    head = source.root
    if {head.lemma_.lower(), head.lower_} & (qp.FINDING_NOUNS | qp.SHARE_NOUNS) or head.ent_type_ == "PERCENT":
        return True
    cue = _cue_span(doc, c)
    lemma = cue_lemma(cue.root) if cue is not None and len(cue) > 0 else None
    return lemma in qp.EVIDENCE_CUES and (not _someone(head) or (
        head.lemma_.lower() in L.DOCUMENT_NOUNS and lemma in qp.SHOWING_CUES))  # "..., the report shows": what it
    # shows; "a report ... that suggested ..." is its authors' claim


def _a_documents_figure(doc: Doc, c: Candidate) -> bool:
    """Reported words with a figure in them, given "according to" a record that counts, whoever's it is ("Insurers and
    reinsurers have publicly reported at least $611 million in estimated losses ..., according to the report from
    Moody's", "according to financial filings"): a document's figure, no one's words (a judge's "not speech", quotes
    draw 5311). A statement, a letter or a release is a body's words."""
    cue = _cue_span(doc, c)
    if cue is None or cue.text.lower() != "according to":
        return False
    noun = next((t for t in doc[cue.end : cue.end + DOCUMENT_REACH] if t.pos_ in ("NOUN", "PROPN")
                 and t.dep_ not in ("compound", "poss")), None)
    if noun is None or not {noun.lemma_.lower(), noun.lower_} & qp.FIGURE_SOURCES:
        return False  # (the lemma of "data" is "datum")
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and any(t.like_num and t.ent_type_ in FIGURE_LABELS for t in span)


def _a_bodys_estimate(doc: Doc, c: Candidate) -> bool:
    """Reported words a body or a state estimates, projects or calculates (``qp.ESTIMATE_CUES``: "About 45,000-50,000
    people have died ..., the UN estimates", "The UN has estimated [that 75% of the capital ... will have to be
    rebuilt]", both judged not speech in the quote draw of seed 6101): its figure, a finding, which the ledger still
    sets beside the others' figures. A person's, or people's, estimate ("Jeffrey Sachs estimates ...", "Government
    scientists estimate ...") is what they say."""
    if c.source_start is None or c.source_end is None or not _cued_by(doc, c, qp.ESTIMATE_CUES):
        return False
    source = doc.char_span(c.source_start, c.source_end, alignment_mode="expand")
    if source is None or not len(source):
        return False
    root = source.root
    return root.ent_type_ in ("ORG", "GPE", "NORP") or (
        root.pos_ == "NOUN" and root.lemma_.lower() in L.BODY_ANAPHOR_NOUNS | L.STATE_BODY_WORDS)


DOCUMENT_REACH = 6  # tokens after "according to" in which the document's noun comes ("the latest Moody's report")


def _someone(noun: Token) -> bool:
    """A noun that names people or a body, or what speaks for one (a report, a statement)."""
    return bool({noun.lemma_.lower(), noun.lower_} & qp.SOMEONE_NOUNS) or noun.lower_.endswith(qp.PERSON_ENDINGS)


def _names_only(doc: Doc, c: Candidate) -> bool:
    """Reported words that only name a thing, in the writer's words: one noun phrase with no verb in it but in what
    describes a noun, and nothing said of it ("Rebel leaders have criticized [NATO's efforts]", "the announcement of [the
    arrest warrants]", "Gadhafi referred to [NATO, which began bombing military targets ...]"). They say
    what someone spoke of, not what was said: a quote of kind "topic". What is said of the thing stays a quote ("blamed
    [drunks, criminals and foreigners for fanning dissent]", "described [the protests as acts of sabotage]", "calling
    [him a liar]")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if any(t.pos_ in ("VERB", "AUX") and not _describes_a_noun(t, heads) for t in span):
        return False
    cue = _cue_span(doc, c)
    charged = qp.CHARGE_PREPS.get(cue_lemma(cue.root) if cue is not None and len(cue) else "", frozenset())
    if any(t.dep_ == "prep" and t.lower_ in charged for t in span):
        return False  # "blamed [the unrest on “rats” who are “agents”]", "accused [members of ... forces of gang-raping her]"
    return len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not any(
        k.dep_ in ("oprd", "acomp") or (k.dep_ == "prep" and k.lower_ == "as") for k in heads[0].children)


def _talked_about_doing(doc: Doc, c: Candidate) -> bool:
    """Reported words that are a doing someone spoke about ("U.S. oil explorers are talking about [forming a new
    insurance fund ...]", "He spoke about [raising taxes]"), or the one spoken to and what about ("Graham pressed
    [Suttles about why the company overestimated ...]"): what they spoke of, a "topic", not what was said."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    if first.tag_ == "VBG" and first.dep_ == "pcomp" and first.head.lower_ == "about" and span.root.i == first.i:
        return True
    about = next((t for t in span[1:3] if t.lower_ == "about" and t.dep_ == "prep"), None)
    return (about is not None and first.dep_ == "dobj" and about.head.i == first.head.i and first.head.i < span.start
            and first.pos_ in ("PROPN", "PRON", "NOUN"))  # "Graham pressed [Suttles about why the company ...]": whom
    # he asked, and what about


def _tells_of_what(doc: Doc, c: Candidate) -> bool:
    """Reported words that are a question of what, how or why, put by the writer to say what someone spoke of
    ("George Walker explained [what had happened after the rig blew]", "Obama will talk about [how his 11-year-old
    daughter ... had knocked on the bathroom door]"): a "topic", not what was said. A question the cue asks stays a
    question put ("asked [why the government had not done more]"); a clause the wh-word only opens is said words ("said
    [when the pressure test ends, BP would “immediately” move ...]", "[What I would suggest is that ...]")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in L.TOPIC_WH_WORDS or span[0].tag_ not in L.QUESTION_TAGS:
        return False
    cue = _cue_span(doc, c)
    if cue is not None and len(cue) and cue_lemma(cue.root) in L.QUESTION_CUES:
        return False
    token, root = span[0], span.root
    for _ in range(12):
        if token.i == root.i:
            return True
        if token.dep_ in ("advcl", "csubj", "csubjpass") or not span.start <= token.head.i < span.end:
            return False
        token = token.head
    return False


def _relative_that(word: Token) -> bool:
    """A "that" that is the relative of its clause ("resolutions ... that could come up for votes"): its clause's
    subject or object, the clause holding no other subject and going on into no other verb or clause ("giant tanks
    that hold ... fluids ... are sagging": the tanks' own verb, parsed into the clause)."""
    clause = word.head
    return (word.lower_ == "that" and word.tag_ == "WDT" and word.dep_ in ("nsubj", "nsubjpass", "dobj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "conj", "ccomp", "parataxis") and c.i != word.i
                        for c in clause.children))


def _describes_a_noun(verb: Token, heads: list[Token]) -> bool:
    """A verb inside what describes a noun: a clause opened by its relative pronoun ("[NATO, which began bombing
    military targets ...]", "[two resolutions on the Libya mission that could come up for votes]") or a participle
    joined to a name by a hyphen ("[the NATO-led military campaign]"). It says what the thing named is, not what was
    said of it, and so does an infinitive the noun governs ("[Obama's decision to compare ...]"). A participle alone may be the act said ("that Gadhafi troops [randomly targeted] buildings", parsed as
    a word of "buildings"), and so may an infinitive the noun does not govern ("called [Libyans ... to take to the
    streets]")."""
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].text in ("-", "–") and not doc[verb.i - 1].whitespace_ and verb.dep_ in ("amod", "compound"):
        return True
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and not any(verb.children):
        return True  # "referring to [the prevailing current in the Gulf]": a bare present participle is a word of its noun
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and not any(verb.children) and verb.i > 0 and doc[verb.i - 1].tag_ in ("DT", "PRP$", "POS"):
        return True  # "dismissed [the reported death] as ...": so is a bare past participle right after a determiner
    node = verb
    for _ in range(12):
        infinitive = to_infinitive(node)
        if (node.dep_ in ("acl", "ccomp") and node.head.pos_ == "NOUN" and node.head.lower_ in L.REFERRING_NOUNS
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)):
            return True  # "Libyan officials reject [rebel claims that Gadhafi is seeking refuge for his family]": what
            # the claim says is the claimants' words; the officials' are about the claim
        if node.head.pos_ in ("NOUN", "PROPN", "PRON") and (
                node.dep_ == "relcl" and any(t.lower_ in L.DESCRIBING_RELATIVES or _relative_that(t) for t in node.lefts)
                or node.dep_ == "acl" and infinitive):  # "[Obama's decision to compare ...]", "[a plan to expand ...]"
            return True
        if node in heads or node.head.i == node.i or infinitive:
            return False
        node = node.head
    return False


def _a_title(doc: Doc, index: TokenIndex, c: Candidate) -> bool:
    """Marked words that name a work or a thing ("author of “The Limits of Humanitarian Intervention”", "a site called
    “Taobao”", "the slogan “Partners not Wage-Slaves”", "a containment box known as a “top hat”"): the words right
    before the opening mark say so. (Marked words modifying a noun, "a “breaking news” font", were measured and kept:
    as often a speaker's own word, "proposed “radical” reforms".)"""
    if c.kind == "indirect":
        return False
    i = index.token_at(c.start)
    while i > 0 and (doc[i].idx >= c.start or doc[i].is_punct):
        i -= 1  # back over the opening mark
    if i < 0 or doc[i].idx >= c.start:
        return False
    word = doc[i].lower_
    if word in qp.TITLE_MARKERS or (word == "of" and i > 0 and doc[i - 1].lower_ in qp.TITLE_OWNERS):
        return True
    if _title_cased(doc_text(doc)[c.start : c.end]) and (
        (doc[i].tag_ == "POS" and i > 0 and doc[i - 1].pos_ == "PROPN") or word == "on" or _title_noun_after(doc, index, c)
    ):
        return True  # a programme's or a product's name: "told NBC's “Today” show", "said on “Fox News Sunday”"
    if doc[i].pos_ == "ADP" and _a_proper_name(doc, index, c):
        return True  # "the U.S. role in “Operation Odyssey Dawn”": a name of a thing after a preposition
    if word in ("a", "an", "the") and i > 0:  # "known as a “top kill”" (but "what he called a “battle plan”" is his)
        i -= 1
        if doc[i].lower_ in qp.TITLE_MARKERS and (doc[i].tag_ == "VBN" or doc[i].dep_ == "acl") and not any(
                ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for ch in doc[i].children):
            return True  # "The vessel, dubbed the “A Whale,”", "a method called a “junk shot”": a participle of naming
            # with no one of its own names a thing
    return doc[i].lower_ == "as" and i > 0 and doc[i - 1].lower_ == "known"


def _a_proper_name(doc: Doc, index: TokenIndex, c: Candidate) -> bool:
    """Marked words that are a proper name of two words or more, every word a proper noun ("Operation Odyssey Dawn")."""
    words = [doc[i] for i in index.tokens_in(c.start, c.end) if not doc[i].is_punct]
    return len(words) >= 2 and all(t.pos_ == "PROPN" for t in words)


def _names_a_kind(doc: Doc, c: Candidate) -> bool:
    """Marked nouns that name the kind of the noun after the marks: a term set off, no one's words ("the “top kill”
    operation", "the “shoe track” cement", "an “F” ranking", "the AU's “road map” proposal"). On bpoil_guardian and
    LibyaWar_cnn (dev), of 49 partial quotes so, about 38 were such terms; the rest a speaker's own coinage ("a
    “textbook” result"). Marked adjectives before a noun stay: as often a speaker's word ("proposed “radical” reforms")."""
    if c.kind != "partial":
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (root.tag_ in ("NN", "NNS", "NNP", "NNPS") and root.dep_ in ("compound", "nmod")
            and not span.start <= root.head.i < span.end and root.head.pos_ in ("NOUN", "PROPN"))


def _title_cased(words: str) -> bool:
    """Every word capitalised but the small ones inside: "Face The Nation", "Larry King Live", "This Week."."""
    found = re.findall(r"[^\W\d_][\w'’.-]*", words)
    return bool(found) and len(found) <= qp.TITLE_MAX_WORDS and found[0][0].isupper() and all(
        w[0].isupper() or w.lower() in qp.TITLE_SMALL_WORDS for w in found)


def _title_noun_after(doc: Doc, index: TokenIndex, c: Candidate) -> bool:
    """A noun for a work right after the closing mark: "the “Charlie Rose” show", "the “Deep Water” report"."""
    j = index.token_at(max(c.start, c.end - 1))
    while j < len(doc) - 1 and (doc[j].idx < c.end or doc[j].is_punct or doc[j].is_quote):
        j += 1
    return doc[j].idx >= c.end and doc[j].lower_ in qp.TITLE_NOUNS_AFTER


def _end_relays(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """An "according to X" whose words hold another's attribution ("There are no current impediments ..., Lima said,
    according to Valor") relays that one's words: they end where the other's do, not on "Lima said"."""
    text = doc_text(doc)
    inner = [c for c in candidates if c.kind == "indirect" and c.cue_start is not None]
    for c in candidates:
        if c.kind == "indirect" and c.cue_start is not None and text[c.cue_start : c.cue_start + 9].lower() == "according":
            held = [d for d in inner if d is not c and c.start <= d.start and d.end < c.end and d.cue_start is not None
                    and d.cue_start < c.end]
            if held:
                c.end = max(d.end for d in held)
    return candidates


def _drop_trailing_relays(candidates: list[Candidate]) -> list[Candidate]:
    """Reported words two cues share, one before them and one after ("BP has told members of a US congressional
    committee that up to 9.5 m litres a day could spill ..., AP notes"): they are the speaker's before them; the one
    after relays the report and says none of its words."""
    before = {(c.start, c.end) for c in candidates if c.kind == "indirect" and c.cue_start is not None and c.cue_start < c.start}
    return [c for c in candidates if not (c.kind == "indirect" and c.cue_start is not None and c.cue_start >= c.end
                                          and (c.start, c.end) in before)]


def _drop_nested_thoughts(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Drop reported thoughts and wishes inside another quote's content ('said that the US wants to see…')."""
    contents = [(c.start, c.end, k) for k, c in enumerate(candidates) if c.kind == "indirect"]
    out = []
    for k, c in enumerate(candidates):
        if c.kind == "indirect" and c.cue_start is not None and any(a <= c.cue_start < b and j != k for a, b, j in contents):
            cue = _cue_span(doc, c)
            if cue is not None and cue.root.lemma_.lower() not in qp.SPEECH_VERBS:
                continue
        out.append(c)
    return out


def _nested_marks_are_the_reporters(doc: Doc, candidates: list[Candidate]) -> None:
    """Marked words inside someone's reported words (or after them in the sentence) are theirs when no one, or no party,
    says them: "BP said ..., saying that one procedure had to be attempted nine times, which might have indicated
    “contamination of the cement.”" (the marked words had gone to "nine times", the subject of "indicated"); Waxman
    "said that the “cookie-cutter” plans show that “none of the five oil companies has an adequate response plan”"
    (to the plans); "Duff wrote ... and suggested these records “could lead to catastrophic operator errors”" (to no
    one). A body's own saying inside another's report stays the body's ("said the department warned ...")."""
    reports = [c for c in candidates if c.kind == "indirect" and c.speaker and c.speaker_named]
    for c in candidates:
        if c.kind != "partial" or (c.speaker and c.speaker_named):
            continue
        if c.speaker and c.source is not None and _names_a_party(doc[c.source]):
            continue
        sentence = _sentence_start(doc, c.start)
        outer = max((r for r in reports if r.start <= c.start < r.end and r is not c),
                    key=lambda r: r.start, default=None)  # the innermost report that holds the marks ...
        if outer is None:  # ... or the report the sentence gives before them ("..., saying that one procedure had to
            # be attempted nine times, which might have indicated “...”")
            outer = max((r for r in reports if r.end <= c.start and _sentence_start(doc, r.start) == sentence),
                        key=lambda r: r.end, default=None)
        if outer is not None:
            c.speaker, c.speaker_role, c.speaker_named = outer.speaker, outer.speaker_role, True
            c.source, c.source_start, c.source_end = outer.source, outer.source_start, outer.source_end


def _names_a_party(token: Token) -> bool:
    """A speaker's head word that can name someone who speaks: a name, a pronoun, or a noun of a person or speaking
    body ("the department", "officials"), not a thing ("nine times", "the plans")."""
    head = (relative_head(token) or token) if token.tag_ in ("WDT", "WP") else token
    return (head.pos_ in ("PROPN", "PRON") or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or head.lemma_.lower() in L.PARTY_NOUNS | L.OCCUPATION_NOUNS)


def _sentence_start(doc: Doc, offset: int) -> int | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None and len(span) else None


def _end_before_speaker(doc: Doc, text: str, c: Candidate) -> None:
    """Reported words that run on into their speaker at their end ("Nearly 180,000 people ... have fled ..., the U.N.
    refugee agency [reported]"): they end before the speaker, unless the cue has a subject of its own elsewhere ("...
    the National Environmental Policy Act, say those who have ...": that speaker was misread, and the quote goes)."""
    if not (c.kind == "indirect" and c.source_start is not None and c.source_end is not None and c.cue_start is not None
            and c.start < c.source_start < c.end <= c.source_end + 1 and c.cue_start >= c.end):
        return
    cue = _cue_span(doc, c)
    subject = next((t for t in cue.root.children if t.dep_ == "nsubj" or t.dep_ == "dobj" and t.i > cue.root.i),
                   None) if cue is not None else None  # (an inverted speaker the parse takes for an object: "say those")
    if subject is not None and not c.source_start <= subject.idx < c.source_end:
        return
    c.end = c.start + len(text[c.start : c.source_start].rstrip(" ,;:—–-"))


TITLE_REACH = 8  # words of a title set between told words and the name of their speaker ("BP chief operating officer")


def _end_before_the_sayers_title(doc: Doc, text: str, c: Candidate) -> None:
    """Reported words that run on into the title of the speaker named right after them ("But the effort ran into
    mechanical trouble on the first stab, BP chief operating officer Doug Suttles said": the parse hung the title on
    "stab"): they end at the comma before the title, a few words with no verb ending in a noun of a person's office."""
    if c.kind != "indirect" or c.source_start is None or c.source_start < c.end or text[c.end : c.source_start].strip():
        return
    words = doc.char_span(c.start, c.end, alignment_mode="contract")
    if words is None or len(words) < 3:
        return
    for k in range(len(words) - 2, max(0, len(words) - 2 - TITLE_REACH), -1):
        if words[k].text == ",":
            title = words[k + 1 :]
            if title[-1].lemma_.lower() in qp.ROLE_NOUNS and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART") for t in title):
                c.end = c.start + len(text[c.start : words[k].idx].rstrip())
            return
        if words[k].pos_ in ("VERB", "AUX") or words[k].is_punct:
            return


def _end_before_the_writers_comment(doc: Doc, text: str, c: Candidate) -> None:
    """Reported words that run on into the writer's comment on what they mean end at its comma: a participle of
    ``L.FRAMING_PARTICIPLES`` set off by a comma, with no subject or "that" of its own ("The Coast Guard said on Sunday
    that ... less than half of it could be cleaned up relatively quickly, underscoring the growing ecological toll of
    the disaster", "..., adding to the pressure on energy giant BP Plc": the writer's, not the Coast Guard's or
    Obama's), when the comment closes them. Words in marks are left as they are."""
    if c.kind != "indirect" or c.cue_start is None or c.cue_start > c.start:
        return  # (words before their attribution hold the comment they end on: "On Friday, the Coast Guard shut down two
        # more barges, prompting Plaquemines Parish President Billy Nungesser to make an angry call ..., his office said")
    words = doc.char_span(c.start, c.end, alignment_mode="contract")
    if words is None:
        return
    for k in range(1, len(words)):
        verb = words[k]
        if (verb.tag_ == "VBG" and verb.lemma_.lower() in L.FRAMING_PARTICIPLES and words[k - 1].text == ","
                and verb.dep_ in ("advcl", "xcomp", "conj") and k >= 4
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "ccomp") for g in verb.children)
                and (verb.lemma_.lower() != "add" or any(g.dep_ == "prep" and g.lower_ == "to" for g in verb.children))
                and verb.right_edge.i >= words[-1].i - 1 and not any(g.dep_ == "conj" and g.tag_ in L.FINITE_TAGS
                                                                      for g in verb.children)
                # (the comment closes the words: "..., prompting the closure of two key Mexican oil ports, and was
                # likely on Monday to regain tropical storm status" goes on with theirs)
                and not qp.QUOTE_MARK_RE.search(text[words[k - 1].idx : c.end])):
            c.end = c.start + len(text[c.start : words[k - 1].idx].rstrip())
            return


def _says_itself(c: Candidate) -> bool:
    """Reported words whose speaker is a word inside them ("by denying God and his help": the quote "God and his help"
    of God): whoever speaks stands outside the words its cue reports."""
    return (c.kind == "indirect" and c.source_start is not None and c.start <= c.source_start < c.end
            and c.cue_start is not None and not c.start <= c.cue_start < c.end)  # ("The plan, officials said, will
    # ...": an attribution set inside the words is outside what it reports)


def _a_heading(text: str, c: Candidate) -> bool:
    """Marked words in capitals only, two words or more: a page's subheading set in marks ("“HAPPY TO SLICE UP BLAME”",
    "“BOOT ON THE NECK” OF BP" between a report's sections) or a title, not words anyone said; the speaker before them
    does not go on in them."""
    words = text[c.start : c.end]
    return c.kind == "direct" and len(re.findall(r"[A-Za-z]{2,}", words)) >= 2 and not any(ch.islower() for ch in words)


def _names_the_sayer(doc: Doc, c: Candidate) -> bool:
    """Marked words that are the subject of their own cue ("a “Mr. Grimsdale” wrote on the Daily Mail's Web site"): a
    name in marks (a commenter's, a pen name), not words anyone said."""
    if c.kind != "partial" or c.cue_start is None:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "nsubj" or span.root.head.idx != c.cue_start:
        return False  # ("no “confirmed animal impacts” have been reported, ..., Ziccardi said": a passive's subject)
    if not any(m.i < span.start and not m.is_punct for m in span.root.children):
        return False  # words in a phrase of the writer's ("a", "Commenter"), not words opening it ('“What cease-fire?”
        # asked a doctor in Misrata': the doctor's, inverted after the verb)
    return not any(t.dep_ == "nsubj" and t.i != span.root.i for t in span.root.head.children)  # ("BP are “working hand in
    # hand” ..., said BP spokesman Scott Dean", misparsed: the verb's subject is the one named after it)


def _unresolved(c: Candidate) -> bool:
    """Reported speech with no one to say it: no speaker at all ("the resolution authorises force to protect [the
    civilian population]"), a bare 'it' no earlier organisation explains, or the writer or reader addressed ("I
    remember when ...", "you agree with CNN's Terms of Service": comment threads, sign-up pages, op-ed asides)."""
    if c.kind != "indirect":
        return False
    words = (c.speaker or "").lower().split()
    if c.speaker_named and words:
        return False
    whole = " ".join(words)
    return not words or whole in qp.EXPLETIVE_SPEAKERS or whole in qp.WRITER_POSSESSIVES or words[0] in qp.WRITER_PRONOUNS


def _scare_quote(doc: Doc, c: Candidate) -> bool:
    """A few marked words in the body with no speaker: a title or scare quote, with no cue or with a passive one no one
    holds ("“Oil debris,” in the form of tar balls and surface “sheen,” has also been reported coming ashore")."""
    if c.kind != "partial" or c.in_title or c.speaker is not None:
        return False
    cue = _cue_span(doc, c)
    return cue is None or not len(cue) or any(ch.dep_ == "auxpass" for ch in cue.root.children)


def _to_quote(text: str, article_id: str, c: Candidate) -> Quote:
    """The public record for one candidate."""
    cue = text[c.cue_start : c.cue_end] if c.cue_start is not None and c.cue_end is not None else None
    return Quote(
        article=article_id,
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        kind=c.kind,  # type: ignore[arg-type]
        cue=cue,
        cue_start=c.cue_start,
        cue_end=c.cue_end,
        speaker=c.speaker,
        speaker_start=c.source_start,
        speaker_end=c.source_end,
        speaker_role=c.speaker_role,
        speaker_named=c.speaker_named,
    )


# ---------------------------------------------------------------- quote marks


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (paragraphs) as (start, end)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _double_width(text: str, pos: int, hi: int) -> int:
    """Length of a double quote mark at pos: 1, 2 for the typewriter pair \'\' (NYT style), else 0."""
    c = text[pos]
    if c in qp.DOUBLE_OPEN or c in qp.DOUBLE_CLOSE or c in qp.DOUBLE_STRAIGHT:
        return 1
    if text.startswith(qp.TWO_SINGLES, pos) and pos + 2 <= hi and (pos == 0 or text[pos - 1] != "'"):
        return 2
    return 0


def _double_direction(text: str, pos: int, lo: int, hi: int, width: int = 1) -> str:
    """'open' or 'close' for a double mark, from its shape and its neighbours."""
    c = text[pos] if width == 1 else '"'
    prev = text[pos - 1] if pos > lo else " "
    after = pos + width
    nxt = text[after] if after < hi else " "
    open_side = prev in qp.BEFORE_OPEN or prev in qp.ALL_MARKS
    if c in qp.DOUBLE_OPEN:
        return "close" if not open_side and (nxt.isspace() or nxt in ".,;:!?)") else "open"
    if c in qp.DOUBLE_CLOSE:
        return "open" if open_side and not nxt.isspace() and after < hi else "close"
    if open_side and not nxt.isspace() and after < hi:
        return "open"
    return "close" if not prev.isspace() else "either"


def _starts_with_open(text: str, lo: int, hi: int) -> bool:
    """Does this paragraph open with a double quote mark?"""
    stripped = text[lo:hi].lstrip()
    return bool(stripped) and (
        stripped[0] in qp.DOUBLE_OPEN or stripped[0] in qp.DOUBLE_STRAIGHT or stripped.startswith(qp.TWO_SINGLES)
    )


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Double-quoted spans (over paragraphs when the next one reopens) and single-quoted ones."""
    lines = _lines(text)
    out: list[QuoteSpan] = []
    open_at: int | None = None
    open_width = 1
    skip_open = False
    for n, (lo, hi) in enumerate(lines):
        line_spans_from = len(out)
        pos = lo
        while pos < hi:
            mark = qp.DOUBLE_MARK_RE.search(text, pos, hi)  # every position before it has no double mark
            if mark is None:
                break
            pos = mark.start()
            width = _double_width(text, pos, hi)
            if not width:
                pos += 1
                continue
            direction = _double_direction(text, pos, lo, hi, width)
            if direction == "either":
                direction = "close" if open_at is not None else "open"
            if skip_open:
                skip_open = False
                if direction == "open":
                    pos += width
                    continue
            if direction == "open":
                if open_at is not None:  # an unclosed quote meets a new one: end it here
                    end = _before_unended_run(text, open_at + open_width, pos)
                    _emit(text, out, open_at, end, end, closed=False, width=open_width)
                open_at, open_width = pos, width
            elif open_at is not None:
                _emit(text, out, open_at, pos, pos + width, closed=True, width=open_width)
                open_at = None
            pos += width
        if open_at is not None:
            nxt = lines[n + 1] if n + 1 < len(lines) else None
            if nxt is not None and _starts_with_open(text, *nxt):
                skip_open = True  # the quote runs on into the next paragraph
            else:
                _emit(text, out, open_at, hi, hi, closed=False, width=open_width)
                open_at = None
        out.extend(_single_spans(text, lo, hi, out[line_spans_from:], open_at))
    out.sort(key=lambda s: s.open)
    return out


PARAGRAPH_ENDS = frozenset(".?!…:;\"'’”—–-")  # what a quoted paragraph that the next reopens ends on


def _before_unended_run(text: str, start: int, reopen: int) -> int:
    """Where an unclosed quote ends when a new one opens at ``reopen``: there, when its words end as a paragraph does;
    else at its last sentence's end, since what runs on with no stop into the new mark is a box or a caption flattened
    into the text ('“This ship will provide a lifeline ... to keep Haiti running. The Disasters Emergency Committee is
    co-ordinating an appeal ... Donate via the DEC website or by telephoning 0370 60 60 900 “The focus ...')."""
    words = text[start:reopen].rstrip()
    if not words or words[-1] in PARAGRAPH_ENDS:
        return reopen
    seams = list(sentence_seams(text, start, reopen))
    return strip_span(text, start, seams[-1].start() + 1)[1] if seams else reopen


def _emit(text: str, out: list[QuoteSpan], open_at: int, end: int, close: int, *, closed: bool, width: int = 1) -> None:
    """Add a span if it has content; an unclosed one ends where the narration resumes."""
    start, stop = strip_span(text, open_at + width, end)
    if not closed:
        stop = _narration_resumes(text, start, stop)
        close = min(close, stop)
    if stop > start:
        out.append(QuoteSpan(open_at, start, stop, close, closed))


OWN_VOICE = re.compile(r"\b(?:I|[Ww]e|you)\b")
SPEAKERS_VOICE = re.compile(r"\b(?:I|I'm|me|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")  # words only a speaker uses


def _narration_resumes(text: str, start: int, stop: int) -> int:
    """Where an unclosed quote's words give way to the reporter's: before the first later sentence that attributes
    ('“Here, the authority is in the hands of the people. ... take them to court. In an apparent allusion to ...,
    Gadhafi said it is bin Laden who should be prosecuted.' — the closing mark was lost), or before the first sentence
    out of the speaker's own voice after words in it ("our public statements ... President Barack Obama's
    administration wants ..."); a sentence in the speaker's own voice ("I said to them") stays in."""
    seams = list(sentence_seams(text, start, stop))
    for k, seam in enumerate(seams):
        after = seam.end()
        end = seams[k + 1].start() if k + 1 < len(seams) else stop
        said = P.ATTRIBUTION_WORD.search(text, after, end)
        if said is not None and not OWN_VOICE.search(text, after, said.start()):
            return strip_span(text, start, seam.start())[1]
        if SPEAKERS_VOICE.search(text, start, seam.start()) and not SPEAKERS_VOICE.search(text, after, end):
            # the voice changes: '“What they are requesting ... is consistent with all our public statements on the
            # matter. President Barack Obama's administration wants to raise the liability limit retroactively.'
            return strip_span(text, start, seam.start())[1]
    return stop


def _single_spans(text: str, lo: int, hi: int, doubles: list[QuoteSpan], open_at: int | None) -> list[QuoteSpan]:
    """Single-quoted spans on one line, outside double quotes; apostrophes never pair."""
    blocked = [(s.open, s.close) for s in doubles]
    if open_at is not None:
        blocked.append((open_at, hi))
    out: list[QuoteSpan] = []
    pending: int | None = None
    for pos in range(lo, hi):
        c = text[pos]
        if c not in qp.SINGLE_OPEN and c not in qp.SINGLE_CLOSE and c not in qp.SINGLE_STRAIGHT:
            continue
        if any(a <= pos < b for a, b in blocked):
            continue
        prev = text[pos - 1] if pos > lo else " "
        nxt = text[pos + 1] if pos + 1 < hi else " "
        can_open = c not in qp.SINGLE_CLOSE and (prev in qp.BEFORE_OPEN or pos == lo) and nxt.isalnum()
        can_close = c not in qp.SINGLE_OPEN and not prev.isspace() and not nxt.isalnum()
        if pending is not None and can_close and pos - pending <= qp.MAX_SINGLE_QUOTE:
            start, stop = strip_span(text, pending + 1, pos)
            if stop - start >= 2:
                out.append(QuoteSpan(pending, start, stop, pos + 1, True))
            pending = None
        elif can_open:
            pending = pos
    return out


# ---------------------------------------------------------------- tokens and sentences


class TokenIndex:
    """Character-to-token and token-to-sentence lookups for one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.starts = token_starts(doc)
        self.sent_of: list[int] = [0] * len(doc)
        self.sents: list[tuple[int, int]] = []  # token ranges
        self.para_of_sent: list[int] = []
        text = doc_text(doc)
        para = 0
        prev_end = 0
        for k, sent in enumerate(doc_sentences(doc)):
            self.sents.append((sent.start, sent.end))
            if k and "\n" in text[prev_end : sent.start_char]:
                para += 1
            self.para_of_sent.append(para)
            prev_end = sent.start_char + len(sent.text.rstrip())
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k

    def token_at(self, char: int) -> int:
        """Index of the token containing (or starting before) a character offset."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def tokens_in(self, start: int, end: int) -> range:
        """Tokens starting inside [start, end)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))


def _inside(spans: list[QuoteSpan], pos: int) -> bool:
    """Is a character offset within any quote span, marks included?"""
    k = bisect.bisect_right([s.open for s in spans], pos) - 1
    while k >= 0:
        if spans[k].open <= pos < spans[k].close:
            return True
        if spans[k].close <= pos and k and spans[k - 1].close <= spans[k].open:
            return False
        k -= 1
    return False


def _is_cue(token: Token, lexicon: frozenset[str]) -> bool:
    """A reporting verb (or 'according to'), not one that gives a thing its name."""
    if token.lower_ == "according":
        return True
    return (token.pos_ in ("VERB", "AUX") and cue_lemma(token) in lexicon and not names_a_thing(token)
            and not noun_read_as_verb(token)  # "the Coast Guard had the ultimate say: “...”"
            and not _to_be_blamed(token))


def _to_be_blamed(verb: Token) -> bool:
    """"X is to blame": the infinitive after "be" says who is blamed, no one's charge ("Bush/Cheney is no more to blame
    for this horrible disaster than Obama/Biden", a reader's comment on bpoil_washingtonpost, dev, had been Cheney's
    allegation in the ledger)."""
    return (verb.lemma_.lower() == "blame" and to_infinitive(verb) and verb.head.lemma_ == "be"
            and not any(c.dep_ == "dobj" for c in verb.children))


def names_a_thing(verb: Token) -> bool:
    """A verb of naming used to name: "a site called Taobao", "dense drilling fluid called “mud”", "The pot of money,
    called the Oil Spill Liability Trust Fund, is ..." (parsed with a thing for the verb's subject and the name for its
    object predicate). "called the move a mistake", "what he called “a disgrace”" and "called for" are said."""
    if cue_lemma(verb) not in qp.NAMING_VERBS:
        return False
    if verb.dep_ == "acl":
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (any(c.dep_ == "oprd" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children)
            and subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_
            and subject.lemma_.lower() not in L.PARTY_NOUNS)


def cue_lemma(token: Token) -> str:
    """Lower-case lemma, with the model's known slips on cue verbs corrected. A verb of thought or stance with a
    particle is another verb ("security forces have backed off": no one backed anything); a verb of saying keeps
    its sense ("pointed out", "spoke out")."""
    lemma = qp.LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
    if lemma not in qp.SPEECH_VERBS and (particle := next((c for c in token.children if c.dep_ == "prt"), None)) is not None:
        return f"{lemma} {particle.lower_}"
    return lemma


def source_of(token: Token) -> Token | None:
    """The grammatical source of a cue: its subject, passive agent, or 'according to' object."""
    verb = token
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                return _issuer(next((g for g in child.children if g.dep_ == "pobj"), None))
        return None
    if verb.pos_ == "NOUN":
        return _noun_source(verb)
    if (before := _name_misread_before(token)) is not None:
        return before
    if (held := _subject_held_by_aside(token)) is not None:
        return held
    if (named := _name_before_a_things_verb(token)) is not None:
        return named
    for _ in range(4):
        if (quoted := _quoted_as_saying(token, verb)) is not None:
            return quoted
        # two subjects are a parse of words run together ("Libya's Zlitan in rebel, NATO sights When asked ..., a NATO
        # spokesman told CNN"): the one nearest the verb is its own; a saying set off inside the clause it reports
        # ("The remaining fourth, said ... Carol M. Browner, will also slowly degrade") has its subject after it
        inverted = _set_in_the_words(verb)
        for child in sorted(verb.children, key=lambda c: (c.dep_ != "nsubj", (c.i < verb.i) == inverted,
                                                          -c.i if c.i < verb.i else c.i)):
            if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and verb.lemma_.lower() in qp.PASSIVE_SPEAKER_VERBS):
                if _is_relative(child):
                    return _issuer(relative_antecedent(child))
                author = (_by_author(child) or document_sender(child)) if child.lemma_.lower() in L.DOCUMENT_NOUNS else None
                if author is None and (next_to := _sayer_next_to_the_verb(verb, child)) is not None:
                    return next_to
                return author if author is not None else _named_after_the_role(verb, child)  # "An investigation carried
                # out by BP said", "The interim report from the National Academy of Engineering ... says": BP, the Academy
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if verb is token and _passive(verb):
            return None  # "after being denied a visa, Dudley ran ...": whom a passive is done to does not do it
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep") and verb.head.i != verb.i:
            saying_on = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" and not _acting_person(verb.head)
            saying_on = saying_on or in_sayers_tense(verb) or goes_on_saying(verb) or a_thing_cannot_ask(verb)
            if (outer := _joined_past_a_modal_clause(verb)) is not None:
                verb = outer
                continue
            if (raised := _raised_subject(verb)) is not None:
                return raised
            verb = verb.head
            if saying_on and cue_lemma(verb.head) in qp.SPEECH_VERBS:
                verb = verb.head  # "He also said Libya was unlike those two countries, predicting that ...": the sayer
            if verb.pos_ == "ADP" and verb.head.i != verb.i:
                verb = verb.head
            continue
        if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
            return _document_author(verb.head) or verb.head  # 'the Super PAC backing Bush'
        break
    return _adjacent_source(token)


def _raised_subject(verb: Token) -> Token | None:
    """The subject a passive hands to the saying in its infinitive: "the fact that BP executives are reported to have
    admitted to members of the U.S. Congress that ..." (bpoil_reuters: "the fact" was the speaker, the noun the
    passive's clause hangs on); the executives admitted it."""
    head = verb.head
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or not _passive(head) or head.lemma_.lower() not in L.HEARSAY_PASSIVES:
        return None  # ("The minister was asked to say whether ...": asked, not said)
    return next((c for c in head.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _joined_past_a_modal_clause(verb: Token) -> Token | None:
    """The verb a finite saying is really joined to when the parse joined it to the verb of a clause under a modal, which
    its tense cannot share: "He was confident the rebel lines would hold and said there had been no concerted effort
    ..." (LibyaWar_cnn): "said" goes with "was", so "He" says it, not "the rebel lines"; so too "Officials aren't sure
    how many people will need flights but say ...". None when the join is as parsed."""
    head = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.dep_ == "ccomp"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)):
        return None
    outer = head.head
    for _ in range(3):  # past the adjective the clause completes ("was confident [that] ...")
        if outer.pos_ in ("VERB", "AUX") or outer.head.i == outer.i:
            break
        outer = outer.head
    return outer if outer.pos_ in ("VERB", "AUX") and outer.i < head.i and any(
        c.dep_ == "nsubj" for c in outer.children) else None  # (a governor with no subject of its own gives none, and
    # one after the clause is a quote's verb the parse made the root: "... could not confirm the finding, but noted
    # when ..., “you look at all instruments of national power.”")


def _quoted_as_saying(cue: Token, verb: Token) -> Token | None:
    """Whom an active "quoted"/"cited" gives the words ("State-run Libyan TV ... quoted a military source as saying ...",
    "Heiman ... quoted the Shell exploration drilling plan as saying that ..."): its object, not its subject, says them
    (``cue`` the "saying" of its "as", ``verb`` the verb the climb has reached)."""
    if (cue.dep_ != "pcomp" or cue.head.lower_ != "as" or cue.head.head != verb
            or verb.lemma_.lower() not in qp.RELAYING_VERBS or _passive(verb)):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _named_after_the_role(verb: Token, subject: Token) -> Token:
    """The name the parse split off as a second subject right after a role noun ("..., said military spokeswoman [Cmdr.
    Monica Rousselow]": "spokeswoman" and "Rousselow" both subjects of "said"): one run of words, the role and whose
    it is; the name speaks."""
    if subject.pos_ != "NOUN":
        return subject
    doc = verb.doc
    name = next((k for k in verb.children if k.dep_ == "nsubj" and k.pos_ == "PROPN" and k.i > subject.i
                 and k.left_edge.i > subject.right_edge.i and all(  # (a title's abbreviation the parse left between)
                     doc[j].is_punct or doc[j].lower_.rstrip(".") in L.TITLE_ABBREVIATIONS
                     for j in range(subject.right_edge.i + 1, k.left_edge.i))), None)
    return name if name is not None else subject


def _acting_person(verb: Token) -> bool:
    """A reported act whose subject is a person ("Mahmudi met ... ambassadors, blaming the unrest on ... and stressing
    that ..., state television reported"): a participle on it is that person's saying, not the reporter's (a state,
    "Libya was unlike those two countries, predicting that ...", is the sayer's)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ == "PERSON" and verb.lemma_ != "be"


def _set_in_the_words(verb: Token) -> bool:
    """A saying the parse gave two subjects, one before it and one after, with a comma right before the verb: set off
    inside the words it reports ("The remaining fourth, said White House energy chief Carol M. Browner, will also ...");
    the first is the subject of the words, the sayer the one after the verb, which a comma or the sentence's end closes
    ("..., said BP spokesman Scott Dean."). A subject closed by an appositive's comma says what follows ("Anadarko
    Petroleum, part owner of the gushing well, says BP's behavior ... was “reckless”": the parse's second subject opens
    the words)."""
    doc = verb.doc
    comma = verb.i >= 1 and doc[verb.i - 1].text == ","
    closed = verb.i >= 2 and doc[verb.i - 1].text in CLOSING_MARKS and doc[verb.i - 2].text == ","
    if not (comma or closed):
        return False  # ('“We were sitting at home, the whole family,” said Ibrahim's father, Ali': the comma inside the mark)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    after = [c for c in subjects if c.i > verb.i]
    if not after or not any(c.i < verb.i for c in subjects):
        return False
    end = after[0].right_edge.i + 1
    return end >= len(doc) or doc[end].text == "," or doc[end].is_sent_end or (doc[end].is_punct and end + 1 >= len(doc))


SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
CLOSING_MARKS = qp.DOUBLE_CLOSE | qp.DOUBLE_STRAIGHT | qp.SINGLE_CLOSE  # what may close the words before a saying


def could_say(noun: Token) -> bool:
    """A noun that may be someone who says something: a pronoun, a name, a noun of a person, a body or a document, or
    one ending as the noun of a doer does ("investors"); not "flights", "the remaining fourth", "a copy"."""
    lemma = noun.lemma_.lower()
    return (noun.pos_ in ("PRON", "PROPN") or noun.ent_type_ in SPEAKER_ENTITY_TYPES or lemma in L.PARTY_NOUNS
            or lemma in L.DOCUMENT_NOUNS or noun.lower_ in L.PARTY_NOUNS or lemma.endswith(L.AGENT_ENDINGS))


def _sayer_next_to_the_verb(verb: Token, subject: Token) -> Token | None:
    """A noun that may say, right before the saying (and its auxiliaries), where the parse hung the words run on before
    it from a subject that cannot say: "Refineries, renewable energy, other assets: $31 billion to $62 billion Many BP
    investors have said ...", "Any flights “which are deemed necessary” by nations enforcing the no-fly zone U.S.
    military officials have said ..." (a list's lines run together): the investors and the officials said it."""
    if could_say(subject):
        return None
    first = _first_of_the_verb(verb)
    noun = verb.doc[first - 1] if first > subject.i + 1 else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    if noun.dep_ in ("pobj", "conj") or not any(t.text == ":" or t.text in qp.ALL_MARKS for t in verb.doc[subject.i + 1 : noun.i]):
        return None  # "The team of scientists said", "Some local fishermen and boat operators said": the subject's own words;
        # a run-on is a list's lines, with the colon or the marks of one between
    return noun if could_say(noun) else None


def _first_of_the_verb(verb: Token) -> int:
    """The first word of a verb and the auxiliaries before it ("have said", "did not say")."""
    return min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])


def _name_misread_before(verb: Token) -> Token | None:
    """A name right before a verb with no subject of its own that the parse hung on it as something else ("The project
    took four years, but in all that time Nunnally said it never occurred to ...": "Nunnally", an adverb to the parser,
    said it; the verb's "conj" had led to "The project")."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.tag_ != "NNP" or name.head.i != verb.i or name.dep_ not in ("advmod", "npadvmod", "compound", "dep"):
        return None
    return name


def _name_before_a_things_verb(verb: Token) -> Token | None:
    """The names right before a verb of saying whose parsed subject is a thing no one speaks for, further back: "The
    stock recovered in New York after BP and Allen said scientists had determined ...", parsed with "said" joined to
    "recovered" (or "The stock" its own subject) and "BP and Allen" the object of "after": BP and Allen say it (the
    first of the names joined)."""
    if verb.i == 0 or cue_lemma(verb) not in qp.SPEECH_VERBS:
        return None
    holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None or not _a_thing(subject) or _someone(subject) or not subject.is_lower:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in qp.SPEAKER_LABELS or name.head.i == verb.i:
        return None
    while name.dep_ == "conj" and name.head.i < name.i and name.head.pos_ == "PROPN":
        name = name.head
    if name.dep_ != "pobj" or subject.i > name.i or name.i in {t.i for t in subject.subtree}:
        return None  # (a name in the subject's own phrase is whose the subject is: "Forecasters at the National Hurricane
        # Center said"; a capitalised subject is a name or a party's: "Democrats in the Senate say")
    return name


def _subject_held_by_aside(verb: Token) -> Token | None:
    """A subject the parse hung on the participle set off after it ("Defense Secretary Robert Gates, also speaking
    before the House committee, warned that ...": "Gates" the subject of "speaking", and "warned" with none, had made
    the committee the speaker)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for aside in verb.lefts:
        if aside.dep_ == "advcl" and aside.tag_ in ("VBG", "VBN"):
            subject = next((c for c in aside.lefts if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def in_sayers_tense(verb: Token) -> bool:
    """A verb the parse joined to the reported clause that goes on in the sayer's tense, not the clause's: "Hayward says P
    but denies Q", "he said the lawyers had been 'ring-fenced' ... and denied their role was ...": the sayer's own act."""
    return (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i
            and verb.tag_ == verb.head.head.tag_ != verb.head.tag_)


def goes_on_saying(verb: Token) -> bool:
    """A verb of going on with one's talk ("added", "stressed") with no subject of its own that the parse joined to the
    words another saying told: "Allen said in a recent interview that his goal was to “produce unity of effort” and
    added, “You can't do that by polarizing ...”", "Halliburton ..., saying the BP report contained “substantial
    omissions” and stressed it was fully indemnified": the sayer goes on, not the told words' subject."""
    told, saying = verb.head, verb.head.head
    return (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and cue_lemma(verb) in L.CONTINUING_CUES
            and told.dep_ == "ccomp" and saying.i < told.i and cue_lemma(saying) in qp.SPEECH_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))
    # (told before their saying, "Mahmudi blamed ... and stressed ..., Libyan state television reported", the words are
    # the told subject's; a bare form is part of what was told, "demanded that Barton retract his apology and stress")


def _passive(verb: Token) -> bool:
    """A cue in the passive with no agent, whose subject is not who speaks ("was denied", not "was quoted as saying")."""
    return verb.lemma_.lower() not in qp.PASSIVE_SPEAKER_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


def _is_relative(token: Token) -> bool:
    """'that'/'which' opening a relative clause (not sentence-initial, so not a demonstrative)."""
    return token.lower_ in qp.RELATIVE_PRONOUNS and not token.is_sent_start and token.i > token.sent.start


def _is_demonstrative(token: Token) -> bool:
    """'That said, …', 'This shows …': a sentence-initial demonstrative subject, never a speaker."""
    return token.lower_ in qp.DEMONSTRATIVE_SUBJECTS and (token.is_sent_start or token.i == token.sent.start)


def relative_antecedent(pron: Token) -> Token:
    """What a relative 'that'/'which' stands for: the noun its clause hangs from, or the phrase before it."""
    if (noun := relative_head(pron)) is not None:
        return noun
    j = pron.i - 1
    doc = pron.doc
    while j > pron.sent.start and doc[j].is_punct:
        j -= 1
    token = doc[j]
    if token.pos_ not in ("NOUN", "PROPN"):
        return pron
    while token.dep_ == "appos" and token.head.i < token.i:
        token = token.head
    if token.ent_type_:
        token = next((e.root for e in doc.ents if e.start <= token.i < e.end), token)
    if token.dep_ == "pobj" and token.head.lower_ in qp.SOURCE_OF_PREPS and token.head.head.pos_ == "NOUN":
        token = token.head.head  # 'a report from the Center …, that suggested'
    return token


def _noun_source(noun: Token) -> Token | None:
    """Source of a cue noun: 'Trump took a stance against', 'his criticism of', 'a decision by X'."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    agent = _by_author(noun)
    if agent is not None:
        return agent
    sender = prep_object(noun, "from")
    if sender is not None and poss is None:
        return sender  # "The change followed a warning from BP that ...": BP warned, not the change
    governor = _governing_verb(noun)
    if governor is not None and cue_lemma(governor) in L.DENY_CUES | L.DISPUTING_VERBS:
        return poss  # "BP has challenged widespread scientific claims that ...": what one disputes is another's
    if governor is not None and (poss is None or poss.pos_ == "PRON"):
        subj = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in qp.EMPTY_SUBJECTS:
            return subj
    return poss


def _issuer(noun: Token | None) -> Token | None:
    """Who issued a document that speaks: its author after "by" or "from" ("according to a statement posted late
    Thursday by the Russian Foreign Ministry", "a report by the International Medical Corps", "according to a report
    this week from the Rockefeller Institute of Government"), or the subject of the verb that issued it ("Mohammad
    Ethish released a statement that seemed to imply ..."); else the document ("in the wake of a report ... that
    suggested": the sentence's verb did not issue it)."""
    if noun is None or noun.lemma_.lower() not in L.DOCUMENT_NOUNS:
        return noun
    by = _by_author(noun) or document_sender(noun)
    if by is not None:
        return by
    return (_document_author(noun) if noun.dep_ == "dobj" else None) or noun


def _by_author(noun: Token) -> Token | None:
    """The name after "by" that a document noun, or a participle on it, takes ("a statement posted ... by X")."""
    return prep_object(noun, "by") or next((g for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                       for g in a.children if g.dep_ == "pobj"), None)


def _document_author(noun: Token) -> Token | None:
    """'she released a statement saying…': the subject of the verb that issues the document."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in qp.ROLE_NOUNS:
        return None
    governor = _governing_verb(noun)
    subj = None
    for _ in range(3):  # "Wadud ... reacted to Western airstrikes by issuing a video statement": the issuer's subject
        if governor is None:
            return None
        subj = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if subj is not None or governor.dep_ not in ("advcl", "xcomp", "pcomp", "conj"):
            break
        governor = governor.head.head if governor.head.pos_ == "ADP" else governor.head
        governor = governor if governor.pos_ in ("VERB", "AUX") else None
    return subj if subj is not None and subj.lower_ not in qp.EMPTY_SUBJECTS else None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs from as object or prepositional object ('in support of', 'made an argument')."""
    token = noun
    for _ in range(3):
        if token.dep_ in ("dobj", "attr", "oprd"):
            head = token.head
        elif token.dep_ == "pobj" and token.head.dep_ == "prep":
            head = token.head.head
        else:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        token = head
    return None


def _person_after_a_title(cue: Token) -> Token | None:
    """An inverted cue whose title the parser read as a preposition: "..., said Under Secretary of State for Management
    Patrick Kennedy." ("Under" a preposition of "said"): the person the tagger names in that phrase speaks. A capital
    letter mid-sentence is what tells the title from a real preposition ("said in a statement")."""
    doc = cue.doc
    if cue.i + 1 >= len(doc):
        return None
    word = doc[cue.i + 1]
    if word.dep_ != "prep" or word.head.i != cue.i or not word.text[:1].isupper() or word.is_sent_start:
        return None
    last = word.right_edge.i
    return next((ent.root for ent in doc.ents if ent.label_ == "PERSON" and word.i < ent.start and ent.end - 1 <= last), None)


def _adjacent_source(cue: Token) -> Token | None:
    """No subject in the parse: a name right after the cue ('said Kirby') or right before it."""
    doc = cue.doc
    acted_on = cue_lemma(cue) in NOT_INVERTED_VERBS
    if cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ == "PROPN" and not acted_on:
        return doc[cue.i + 1]
    if cue.i > 0 and (doc[cue.i - 1].text == "," or doc[cue.i - 1].text in qp.ALL_MARKS) and not acted_on:
        # inverted, with a phrase the parser took for the object: "..., said a highly placed Libyan source close to the
        # government who asked not to be identified" (but whom one tells is the hearer: "..., Kent Wells, told reporters")
        if (sayer := _inverted_sayer(cue)) is not None:
            return sayer
        after = next((c for c in cue.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.left_edge.i == cue.i + 1
                      and c.pos_ in ("NOUN", "PROPN")), None)
        if after is not None:
            return after
        titled = _person_after_a_title(cue)
        if titled is not None:
            return titled
    j = cue.i - 1
    while j >= 0 and (doc[j].is_punct and doc[j].text == "," or doc[j].pos_ == "ADV"):
        j -= 1
    if j >= 0 and doc[j].pos_ in ("PROPN", "NOUN") and doc[j].text not in qp.ALL_MARKS:
        if j < cue.i - 1 and (named := _name_before_its_role(doc, j)) is not None:
            return named
        head = doc[j]
        while head.dep_ in ("compound", "appos", "flat", "pobj", "prep") and head.head.i < cue.i and head.head.i != head.i:
            if head.dep_ == "appos" and head.head.dep_ in ("dobj", "pobj"):
                break  # "... rebels pushing to oust Moammar Gadhafi, the U.N. refugee agency reported": the object ends the words
            head = head.head
        if head.pos_ in ("PROPN", "NOUN"):
            return head
        # climbing out of a prepositional phrase ends on a word that is no noun: in the cue's own clause the noun it
        # started from speaks ("But later on both sides denied these reports"); in another clause nobody does ("states
        # that have been affected by the spill, said the state Coastal Recovery Commission" had "by" for a speaker)
        return doc[j] if head.head.i == cue.i else None
    return None


ROLE_REACH = 15  # words of a role set off by commas between a name and its verb ("owner of the Motivatit oyster ...")


def _name_before_its_role(doc: Doc, last: int) -> Token | None:
    """The person named right before a role set off by commas that ends at ``last``, the verb's words after it ("Mike
    Voisin, owner of the Motivatit oyster harvesting and processing business, said": a parse that hangs the role on
    another word leaves the verb no subject, and the role's last noun is no speaker)."""
    k = last
    while k > 0 and doc[k].text != "," and last - k <= ROLE_REACH and not doc[k].is_sent_start:
        k -= 1
    if k <= 0 or doc[k].text != "," or k == last:
        return None
    name = doc[k - 1]
    if name.ent_type_ != "PERSON" or (k < len(doc) - 1 and doc[k + 1].ent_type_ == "PERSON"):
        return None
    ent = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    return ent.root if ent is not None and ent.end == k else None


def _inverted_sayer(cue: Token) -> Token | None:
    """The sayer set off between commas right after an inverted cue that the parse made a second subject of the told
    clause ("By that time, says [the complaint], Costner's attempts to market his technology had proven unsuccessful"):
    the first of the clause's two subjects, when it opens right after the cue and a comma closes it."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    for clause in cue.children:
        subjects = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")] if clause.dep_ == "ccomp" else []
        if len(subjects) >= 2 and subjects[0].left_edge.i == cue.i + 1 and _closing_comma(subjects[0]) < subjects[1].left_edge.i:
            return subjects[0]
    return None


def _closing_comma(noun: Token) -> int:
    """The index of the comma that closes a noun phrase (its own last token, or the one after it); past the text when
    none does."""
    doc, end = noun.doc, noun.right_edge.i
    if doc[end].text != "," and end + 1 < len(doc) and doc[end + 1].text == ",":
        end += 1
    return end if doc[end].text == "," else len(doc)


def source_span(head: Token) -> tuple[int, int]:
    """Character span of a source noun phrase (its subtree, cut short when long; without a chronology entry's date the
    parse hung on it: "June 8 - Obama says ...", "April 30 - An Obama aide says ...")."""
    left = head.doc[after_an_entry_date(head.doc, head.left_edge.i, head.i)]
    right = head.right_edge
    if right.i - left.i > 10:
        right = head  # (a name keeps all its words: "the Center for Strategic and International Studies, a ... tank")
        while right.i + 1 < len(head.doc) and right.ent_type_ and head.doc[right.i + 1].ent_iob_ == "I":
            right = right.nbor(1)
    while right.i > head.i and (right.is_punct or right.is_space):
        right = right.nbor(-1)
    return left.idx, right.idx + len(right.text)


# ---------------------------------------------------------------- direct and partial


def find_direct(doc: Doc, spans: list[QuoteSpan], index: TokenIndex, *, body_start: int) -> list[Candidate]:
    """Candidates for marked quotes, each with the cue found in its sentence or a neighbour."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for span in spans:
        first = index.token_at(span.start)
        s_first = index.sent_of[first]
        s_last = index.sent_of[index.token_at(max(span.start, span.end - 1))]
        signed = _signed_by(doc, index, span) or _in_the_words_of(doc, index, span)
        kind = "direct" if _is_whole(text, span, index, doc) else "partial"
        cue = None
        label = _colon_label(doc, index, span) if signed is None else None
        if signed is None and label is None:
            cue = (_closing_cue(doc, spans, index, span) if kind == "direct" else None) \
                or _cue_by_tree(doc, spans, first, span)
        if cue is None and signed is None and label is None:
            cue = _cue_nearby(doc, spans, index, span, s_first, s_last)
        if cue is not None and _colon_at(text, span) is not None and _reports_words_after(doc[cue], span):
            cue = None  # 'Mike O'Berry, US Coast Guard: “We'll search ...” The US Coast Guard says that no oil ...': the
            # verb after the words reports its own; the name before the colon speaks them (_colon_source)
        cand = Candidate(span.start, span.end, kind, in_title=span.start < body_start)
        cand.paragraph = index.para_of_sent[s_first]
        if (given := signed or label) is not None:
            dash, name = given
            cand.cue_start, cand.cue_end = dash.idx, dash.idx + len(dash)
            head = name[-1] if label is not None else name.root  # (a label's last noun: "Embassy [head]")
            cand.source, cand.source_start, cand.source_end = head.i, name.start_char, name.end_char
        elif cue is not None:
            _set_cue(cand, doc[cue], spans)
        else:
            _colon_source(doc, index, span, cand)
        out.append(cand)
    return out


def _signed_by(doc: Doc, index: TokenIndex, span: QuoteSpan) -> tuple[Token, Span] | None:
    """Marked words signed with a dash and a person's name after them ('“Drill a hole next to the well. ...” - Michael
    Murray, Greensboro, North Carolina', readers' submissions and pull quotes): the dash and the name."""
    text = doc_text(doc)
    at = span.close
    while at < len(text) and text[at] == " ":
        at += 1
    if at >= len(text) or text[at] not in "-–—":
        return None
    dash = doc[index.token_at(at)]
    if dash.idx != at or dash.i + 1 >= len(doc):
        return None
    name = next((e for e in doc.ents if e.start == dash.i + 1 and e.label_ == "PERSON"), None)
    return (dash, name) if name is not None else None


WORDS_OF_REACH = 90  # characters from "in the words of" to the opening mark ("..., Democrat of New Jersey:")


def _in_the_words_of(doc: Doc, index: TokenIndex, span: QuoteSpan) -> tuple[Token, Span] | None:
    """Marked words introduced as someone's words: "what one observer has called “the Shaggy defense” - in the words of
    Senator Robert Menendez, Democrat of New Jersey: “BP says Transocean ...”" (the nearest verb, "called", is the
    observer's and tags other words): the "words" and the person or body named after "of"."""
    text = doc_text(doc)
    before = text[max(0, span.open - WORDS_OF_REACH - 20) : span.open]
    at = before.lower().rfind("in the words of ")
    if at < 0 or any(mark in before[at:] for mark in "“”\""):
        return None
    start = span.open - len(before) + at
    words = doc[index.token_at(start + len("in the "))]
    sentence = words.sent
    if not sentence.start_char <= span.open < sentence.end_char + 2 or span.open - start > WORDS_OF_REACH:
        return None
    name = next((e for e in doc.ents if e.label_ in ("PERSON", "ORG") and words.idx < e.start_char < span.open), None)
    return (words, name) if name is not None else None


def _colon_at(text: str, span: QuoteSpan) -> int | None:
    """Where the colon the marked words follow stands ("McCain, R-Arizona: “I think ...”"), or None when none does."""
    at = span.open - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at if at >= 0 and text[at] == ":" else None


def _reports_words_after(cue: Token, span: QuoteSpan) -> bool:
    """A verb after the quote with words of its own to report: a content clause that starts after the quote."""
    return cue.idx >= span.close and any(c.dep_ == "ccomp" and min(t.idx for t in c.subtree) >= span.close
                                         for c in cue.children)


def _colon_label(doc: Doc, index: TokenIndex, span: QuoteSpan) -> tuple[Token, Span] | None:
    """The colon before the marked words and the label before it that names their speaker by kind (``_label_sayer``)."""
    if (at := _colon_at(doc_text(doc), span)) is None:
        return None
    colon = index.token_at(at)
    label = _label_sayer(doc, colon)
    return (doc[colon], label) if label is not None else None


def _colon_source(doc: Doc, index: TokenIndex, span: QuoteSpan, cand: Candidate) -> None:
    """'U.S. Sen. John McCain, R-Arizona: “I think ...”': a person named just before a colon that opens the quote
    speaks it (collections of reactions run one after another, with no verb of saying)."""
    if (at := _colon_at(doc_text(doc), span)) is None:
        return
    colon = index.token_at(at)
    if _topic_heading(doc, colon):
        return
    names = []
    for i in range(colon - 1, max(-1, colon - COLON_SOURCE_TOKENS), -1):
        token = doc[i]
        if token.text in (".", "!", "?"):
            break  # the sentence or quote before it ended
        if token.ent_type_ in qp.PERSON_LABELS:
            names.append(token)
    if not names:
        surname = _surname_line(doc, index, colon)
        names = [surname] if surname is not None else []
    if not names:
        return
    # the first name of the run is the speaker's ('Fareed Zakaria, host of CNN's “Fareed Zakaria GPS”:')
    head = next((e.root for e in doc.ents if e.start <= names[-1].i < e.end), names[-1])
    cand.cue_start, cand.cue_end = at, at + 1
    cand.source = head.i
    cand.source_start, cand.source_end = source_span(head)


COLON_SOURCE_TOKENS = 14  # how far before a quote's colon its speaker's name may begin
HEADING_TOKENS = 40  # how far back a label before a colon is read for its first word
LABEL_TOKENS = 4  # words of a label that names its speaker by kind ("Embassy head:", "Libya opposition:")
LABEL_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PART"})


def _label_sayer(doc: Doc, colon: int) -> Span | None:
    """The words of a label, a few opening a sentence or a line before a quote's colon, whose last noun names its
    speaker by kind: "Protester: ‘We want our basic rights’", "Witness: ‘Utter carnage’ in Misrata", "Embassy head:
    ‘We were lucky to get out’" (headlines of a page's other stories run into the text). The words had gone to a
    speaker of the sentence before ("Saif al-Islam Gadhafi claimed ..."). A label with a verb ("He added:") or of a
    thing ("Update:", "Note:") names no one."""
    first = colon - 1
    while first > 0 and colon - first < LABEL_TOKENS and doc[first - 1].pos_ in LABEL_WORDS and not doc[first - 1].is_punct:
        first -= 1
    before = doc[first - 1] if first > 0 else None
    if before is not None and not (before.text in (".", "!", "?") or before.is_quote or "\n" in before.text
                                   or "\n" in doc_text(doc)[before.idx + len(before) : doc[first].idx]):
        return None
    words = doc[first:colon]
    head = doc[colon - 1]
    if not len(words) or any(t.pos_ not in LABEL_WORDS for t in words) or head.pos_ not in ("NOUN", "PROPN") \
            or not head.is_title and head.i == first:
        return None
    return words if could_say(head) and " ".join(words.text.lower().split()) not in qp.NOTE_LABELS else None


def _topic_heading(doc: Doc, colon: int) -> bool:
    """The words before a colon are an interview's topic heading, opening on "On" ("On whether President Obama is being
    too timid in his handling of the crisis: “In light of the urgency ...”"): the one they name is what the answer is
    about, not who gives it."""
    opening = colon
    for i in range(colon - 1, max(-1, colon - HEADING_TOKENS), -1):
        if doc[i].text in (".", "!", "?"):
            break  # the sentence or quote before it ended
        if not doc[i].is_punct:
            opening = i
    return doc[opening].text == "On"


def _surname_line(doc: Doc, index: TokenIndex, colon: int) -> Token | None:
    """A hearing's exchange printed as a transcript: 'Suttles: “I think what's been clear is ...”' opens its sentence
    with a surname and a colon, and the tagger, seeing no sentence around it, often tags no name; it is one when a
    person of the article bears it ("Doug Suttles")."""
    first = index.sents[index.sent_of[colon]][0]
    if not 1 <= colon - first <= 2 or not all(doc[i].is_title and doc[i].is_alpha for i in range(first, colon)):
        return None
    last = doc[colon - 1]
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last.text and e.end - 1 != last.i for e in doc.ents):
        return last
    return None


def _set_cue(cand: Candidate, cue: Token, spans: list[QuoteSpan]) -> None:
    """Record the cue and its local source on a candidate.

    A source inside quote marks is a word of what is said, not who says it: in "“I don't mean Dunkirk,” countered the vet,
    “I mean ... ingenuity succeeding over ... problems.”" the parse made "ingenuity" the subject of "countered" and the
    vet its object; the speaker is then the phrase next to the cue, or no one.
    """
    end_tok = cue
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc) and cue.nbor(1).lower_ == "to":
        end_tok = cue.nbor(1)
    cand.cue_start, cand.cue_end = cue.idx, end_tok.idx + len(end_tok.text)
    src = source_of(cue)
    if src is not None and _inside(spans, src.idx):
        src = _adjacent_source(cue)
        src = None if src is None or _inside(spans, src.idx) else src
    if src is not None:
        cand.source = src.i
        cand.source_start, cand.source_end = source_span(src)


CLOSING_REACH = 16  # tokens from a closing mark to its speaker's verb ("BP America Vice President of Resources Darryl
# Willis said", "Jim Sutton, a spokesman for the company, said")


def _closing_cue(doc: Doc, spans: list[QuoteSpan], index: TokenIndex, span: QuoteSpan) -> int | None:
    """The verb of saying that follows whole words ending in a comma, with its speaker between the closing mark and it or
    right after it: "“We will make these payments for as long as it takes ...,” BP America Vice President of Resources
    Darryl Willis said in a conference call", "“...,” said Kirby". The words are that speaker's, whichever verb the
    parse hangs them from (there, the sentence's first "BP said it had no specific pre-allocated budget ...")."""
    text = doc_text(doc)
    if not text[span.start : span.end].rstrip().endswith(","):
        return None
    i = bisect.bisect_left(index.starts, span.close)  # the first token after the closing mark
    if i >= len(doc):
        return None
    last = min(len(doc), i + CLOSING_REACH, index.sents[index.sent_of[i]][1])
    for j in range(i, last):
        token = doc[j]
        if token.text in qp.ALL_MARKS or _inside(spans, token.idx) or token.text in (";", ":", "(", ")"):
            return None
        if not _is_cue(token, qp.SPEECH_VERBS) or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.tag_ not in ("VBD", "VBZ", "VBP"):
            return None  # "..., saying, “...,” adding that ...": the speaker goes on, named before the words
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if j == i and subject is None:
            return j  # "“...,” said the vet"
        if subject is not None and subject.left_edge.idx >= span.close and subject.tag_ not in ("WDT", "WP"):
            return j
        return None  # the first verb of saying after the words has its subject elsewhere ("who said"): not their cue
    return None


def _cue_by_tree(doc: Doc, spans: list[QuoteSpan], first: int, span: QuoteSpan) -> int | None:
    """The nearest reporting-verb ancestor of the quote's tokens that lies outside any quote. A verb of knowing or
    seeing is one only when no verb of saying holds it: "George Monbiot argues ... that BP should not see the money it
    makes as profit ...: “Pollution has been defined ...”" is Monbiot's, not BP's; nor is a thing's verb of saying in
    the clause another verb reports."""
    token = doc[first]
    seen = 0
    known: int | None = None
    thing: int | None = None
    while token.head.i != token.i and seen < 8:
        token = token.head
        seen += 1
        if span.open <= token.idx < span.close:
            continue
        if _is_cue(token, qp.REPORTING_VERBS) and not _inside(spans, token.idx):
            if cue_lemma(token) in qp.SPEECH_VERBS and a_thing_acts(token) and token.dep_ in ("ccomp", "conj"):
                thing = token.i if thing is None else thing  # "Clinton said the situation demands “...”": a thing's
                continue  # verb of saying inside what someone says is theirs
            if cue_lemma(token) in qp.SPEECH_VERBS or cue_lemma(token) in qp.NAMING_VERBS:
                return token.i  # (a naming verb that says: "Gadhafi, who earlier Sunday labeled the coalition
                # “terrorists.”" is Gadhafi's word, not that of Gates, who "warned against" attacking him)
            known = token.i if known is None else known
    return known if known is not None else thing


ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "brief", "assure", "remind", "warn"})  # their object is who hears
# ... even right after the verb: "..., told reporters" (an inverted "..., asks a reporter" or "warned the minister" is the
# one asking or warning)
HEARER_VERBS = ADDRESSEE_VERBS - {"ask", "warn"}
NOT_INVERTED_VERBS = HEARER_VERBS | qp.ACTED_ON_VERBS | qp.NAMING_VERBS | {"describe"}  # whom one tells, accuses or
# calls something is no speaker inverted after the verb ("calling the British oil giant “an important ... company”")
# The verbs whose object after them is the one addressed or cited, not the thing said ("..., he told reporters", "urged
# them", "quoted officials"): an object there leaves a clause before the verb its words (``_says_a_thing_of_its_own``).
ADDRESSING_VERBS = ADDRESSEE_VERBS | qp.RELAYING_VERBS | {"reassure", "advise", "caution", "urge", "thank"}


def _cue_nearby(
    doc: Doc, spans: list[QuoteSpan], index: TokenIndex, span: QuoteSpan, s_first: int, s_last: int
) -> int | None:
    """A speech verb in the quote's sentences, else right after it, else before a colon."""
    lo = index.sents[s_first][0]
    hi = index.sents[s_last][1]
    best: tuple[int, int] | None = None
    for i in range(lo, hi):
        token = doc[i]
        if _inside(spans, token.idx) or not _is_cue(token, qp.SPEECH_VERBS) or _passive_of_no_one(token):
            continue
        distance = span.open - token.idx if token.idx < span.open else token.idx - span.close
        if best is None or distance < best[0]:
            best = (distance, i)
    if best is not None:
        return best[1]
    para = index.para_of_sent[s_last]
    nxt = s_last + 1
    ended = doc_text(doc)[span.start : span.end].rstrip()[-1:] in (".", "?", "!")  # the quote ends its own sentence
    # only words that open their own sentence may be said by the next one's speaker: "Lines of dead jellyfish float in
    # the gulf, traces of oil visible in their clear “bells.” These scenes, scientists say, are ..." is narration's word
    opens = not doc_text(doc)[doc[lo].idx : span.open].strip()
    if opens and nxt < len(index.sents) and index.para_of_sent[nxt] == para:
        a, b = index.sents[nxt]
        for i in range(a, min(b, a + 6)):
            token = doc[i]
            if _inside(spans, token.idx):
                break
            if not _is_cue(token, qp.SPEECH_VERBS) or token.dep_ in ("acl", "relcl", "amod"):
                continue  # "But administration officials briefing reporters before the speech admitted ...": a word
                # that only describes someone of the next sentence tags no words before it
            if _sets_the_scene(token):
                break  # '“If we are still finding new species ...” Writing in the Journal of Fish Biology, Sparks and
                # his colleagues named the species ...': the next sentence tells what was written there
            if any(c.dep_ == "ccomp" or ended and c.dep_ == "dobj" and token.lemma_.lower() not in ADDRESSEE_VERBS
                   or _own_prep_content(token, c) for c in token.children):
                break  # '“... it is hard to give a number.” The rebels claim control of towns ...': a new statement,
                # and the verbs inside it are its own ('“...” Obama said BP had also agreed to establish ...')
            return i
    prev = s_first - 1
    if prev >= 0:
        a, b = index.sents[prev]
        if doc[b - 1].text == ":" or (b - 2 >= a and doc[b - 2].text == ":"):
            for i in range(b - 1, a - 1, -1):
                if _is_cue(doc[i], qp.SPEECH_VERBS) and not _inside(spans, doc[i].idx):
                    return i
    return None


def _sets_the_scene(verb: Token) -> bool:
    """A participle opening its sentence with words of its own, under a main verb that reports nothing ("Writing in the
    Journal of Fish Biology, Sparks and his colleagues named the species"): where the main act was done."""
    return (verb.tag_ == "VBG" and bool(verb.is_sent_start) and verb.i < verb.head.i  # (an "advcl", or parsed the subject)
            and not _is_cue(verb.head, qp.SPEECH_VERBS) and any(c.dep_ in ("prep", "dobj") for c in verb.children))


def _passive_of_no_one(verb: Token) -> bool:
    """A passive with no one doing it ("If the device was poorly maintained ..., that could contribute to a finding of
    “criminal negligence”", "which is described as a project of ..."): it says who said nothing near it."""
    return (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def _own_prep_content(cue: Token, child: Token) -> bool:
    """A cue's own content after a preposition: "Some lawmakers called [for an inquiry into safety regulation]" is a
    new statement, not the tag of the words quoted before it."""
    return child.dep_ == "prep" and child.lower_ in qp.PREP_CUES.get(cue_lemma(cue), frozenset()) and any(
        g.dep_ in ("pobj", "pcomp") for g in child.children)


def _is_whole(text: str, span: QuoteSpan, index: TokenIndex, doc: Doc) -> bool:
    """Direct (a whole utterance) rather than partial (a few words woven into the sentence)."""
    content = text[span.start : span.end]
    words = len(content.split())
    before = text[max(0, span.open - 3) : span.open].rstrip()
    if not before or before[-1] in ",:\n" or span.open == 0:
        return words >= 2 or content[:1].isupper()
    if content[:1].isupper():
        return words >= 4
    previous = doc[index.token_at(span.open)]
    while previous.i > 0 and (previous.idx >= span.open or previous.is_space):
        previous = previous.nbor(-1)
    said = previous.lemma_.lower() in qp.SPEECH_VERBS and previous.pos_ in ("VERB", "AUX")
    return said and content[-1:] in ".?!,…" and words >= 6


# ---------------------------------------------------------------- 'Name: words' lines


def find_colon_attributions(doc: Doc, spans: list[QuoteSpan], index: TokenIndex, *, body_start: int) -> list[Candidate]:
    """Headline style 'Trump: Oil Pays Him a Lot of Money' (a name, a colon, the words)."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for lo, hi in _lines(text):
        colon = text.find(":", lo, min(hi, lo + 60))
        if colon < 0 or (lo >= body_start and colon - lo > 40):
            continue
        prefix = doc.char_span(lo, colon, alignment_mode="contract")
        if prefix is None or not 0 < len(prefix) <= 6 or " ".join(prefix.text.lower().replace("’", "'").split()) in qp.NOTE_LABELS:
            continue  # "PLEASE NOTE: We are unable to offer transcripts": the page's note
        names = [e for e in prefix.ents if e.label_ in qp.PERSON_LABELS or e.label_ == "ORG"]
        if not names or _inside(spans, colon) or text[names[-1].end_char : colon].strip(" '’\"”"):
            continue  # "Gavin Hewitt | 10:35 UK time, Monday ...": a byline's clock, not a name's words
        start, end = strip_span(text, colon + 1, hi)
        if end - start < 3 or any(s.open <= start and end <= s.close + 1 for s in spans):
            continue
        if any(s.open == start for s in spans):
            continue  # 'Mike O'Berry, US Coast Guard: “We'll search ...” The US Coast Guard says ...': the marked words
            # are the quote (find_direct gives them their speaker); the line runs on into the article
        last = doc[index.sents[index.sent_of[index.token_at(start)]][1] - 1]
        start, end = strip_span(text, start, min(end, last.idx + len(last)))  # the words end with their sentence
        if end - start < 3:
            continue
        cand = Candidate(start, end, "indirect", in_title=lo < body_start)
        cand.cue_start, cand.cue_end = colon, colon + 1
        head = names[-1].root
        cand.source = head.i
        cand.source_start, cand.source_end = names[-1].start_char, names[-1].end_char
        cand.paragraph = index.para_of_sent[index.sent_of[head.i]]
        out.append(cand)
    return out


# ---------------------------------------------------------------- indirect


def find_indirect(doc: Doc, spans: list[QuoteSpan], index: TokenIndex, *, body_start: int) -> list[Candidate]:
    """Reported speech: a reporting verb with a content clause or object, outside marked quotes."""
    text = doc_text(doc)
    out: list[Candidate] = []
    first_body = bisect.bisect_left(index.starts, body_start)
    for i in range(first_body, len(doc)):
        token = doc[i]
        if token.lower_ == "according":
            cand = _according(doc, token, spans, index)
        elif token.pos_ in ("VERB", "AUX") and (cue_lemma(token) in qp.REPORTING_VERBS or cue_lemma(token) in qp.PREP_CUES):
            if _inside(spans, token.idx):
                continue
            cand = _clause_content(token, spans)
        elif token.pos_ in ("VERB", "AUX") and cue_lemma(token) in qp.SEEM_VERBS:
            if _inside(spans, token.idx):
                continue
            cand = _seem_content(token, spans)
            if cand is not None:
                cand.paragraph = index.para_of_sent[index.sent_of[i]]
                cand.cue_start, cand.cue_end = token.idx, token.idx + len(token.text)
                out.append(cand)
            continue
        elif token.pos_ == "NOUN" and token.lemma_.lower() in qp.CUE_NOUNS:
            if _inside(spans, token.idx):
                continue
            cand = _noun_content(token, spans)
        else:
            continue
        if cand is None:
            continue
        cand.paragraph = index.para_of_sent[index.sent_of[i]]
        _set_cue(cand, token, spans)
        if cand.source is not None and _is_demonstrative(doc[cand.source]):
            continue
        if not text[cand.start : cand.end].strip():
            continue
        out.append(cand)
    return out


def _says_a_thing_of_its_own(verb: Token) -> bool:
    """A verb of saying with a thing for its object after it ("..., she mentioned something about an earthquake", "...,
    he explained the plan"): that thing is what was said, so a clause before the verb is not. Telling, warning or asking
    someone has the hearer for its object ("..., he told reporters"), and a day is no object ("..., he said Tuesday"). The
    object comes right after the verb: a noun past a phrase of place is the parse's misreading ("he said in the White
    House rose garden", "rose" read as a verb)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or cue_lemma(verb) in ADDRESSING_VERBS or obj.ent_type_:
        return False
    return obj.lower_ in qp.INDEFINITE_THINGS or (obj.pos_ == "NOUN" and not _someone(obj) and any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in obj.children))  # (a bare word may be an adverb
    # misread: "“Let's push it farther,” a male voice says off-camera")


def _quoted_share(spans: list[QuoteSpan], start: int, end: int) -> float:
    """Share of [start, end) that lies within quote marks."""
    covered = 0
    for s in spans:
        if s.close <= start or s.open >= end:
            continue
        covered += min(end, s.close) - max(start, s.open)
    return covered / max(1, end - start)


def _not_of_an_adverb(neg: Token, verb: Token) -> bool:
    """A "not" before a finite verb with no auxiliary of its own goes with the adverb after it ("an allegation that BP
    not surprisingly denies", "not only denies"): English negates a finite verb through an auxiliary ("does not deny")."""
    return (neg.lower_ == "not" and verb.tag_ in ("VBZ", "VBD", "VBP") and neg.i + 1 < verb.i
            and neg.nbor(1).pos_ == "ADV" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def negated(tok: Token, *, purpose: bool = False) -> bool:
    """The cue is negated or withheld: "did not deny", "could not confirm", "refused to indicate whether", "neither
    confirmed nor denied"; with ``purpose``, also the purpose of something else ("asked to be interviewed by reporters
    to verify that she's fine": no one has verified anything). What it governs was not said."""
    if any(c.dep_ == "neg" and not _not_of_an_adverb(c, tok) or c.lower_ in ("neither", "nor") for c in tok.children):
        return True
    if purpose and tok.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return negated(tok.head, purpose=purpose)  # "neither confirmed nor denied", "declined to confirm or deny": the head's negation
    head = tok.head if tok.dep_ == "xcomp" else None
    return head is not None and (any(c.dep_ == "neg" for c in head.children) or head.lemma_ in qp.WITHHOLDING_VERBS)


def _inside_the_unsaid(verb: Token) -> bool:
    """A cue inside what a saying withholds ("McCain ... did not say if he supports providing arms to Libyans", "refused
    to say whether she backs ..."): nothing was said of it."""
    clause = verb
    for _ in range(4):
        head = clause.head
        if head.i == clause.i:
            return False
        if clause.dep_ in ("ccomp", "xcomp", "advcl") and head.lemma_ in qp.SPEECH_VERBS and (
                negated(head) or head.lemma_ in qp.WITHHOLDING_VERBS):
            return True
        clause = head
    return False


def _from_its_that(clause: list[Token], left: int) -> int:
    """The told words open on their "that" when the parse hangs a phrase set off before it on their verb ("wrote in the
    February edition of CTC Sentinel, published by West Point's Combating Terrorism Center, that AQIM has used ...": the
    writer's words of where it was published are no part of what Porter wrote; a judge's bad span, quotes draw 5313)."""
    for head in clause:
        mark = next((m for m in head.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is not None and left < mark.i - 1 and mark.doc[mark.i - 1].text == ",":
            return mark.i
    return left


def _clause_content(verb: Token, spans: list[QuoteSpan]) -> Candidate | None:
    """Content of a reporting verb: its clausal complement, or its object for verbs of that kind. None when the verb
    says it was not said ("did not say whether", "refused to indicate whether ..."), or when a verb that is not one of
    saying ("attacked", "seeking", "supports", "wanted") governs only a thing: an act or an attitude, not reported
    words."""
    lemma = cue_lemma(verb)
    doc = verb.doc
    if negated(verb) or lemma in qp.WITHHOLDING_VERBS or _inside_the_unsaid(verb):
        return None
    if verb.i > 0 and verb.doc[verb.i - 1].lower_ == "please":
        return None  # "PLEASE NOTE: We are unable to offer transcripts": a request to the reader, no one's report
    if _impersonal(verb):
        return None  # "It's also important to note that ...": the writer's own remark
    if lemma in L.DENY_CUES and any(c.dep_ == "dative" for c in verb.children):
        return None  # "He has denied his people freedom": something withheld from someone, no words denied
    if names_a_thing(verb):
        return None  # "a popular e-retailing site called Taobao": a name given, nothing said
    if _to_be_blamed(verb):
        return None  # "Bush/Cheney is no more to blame for this horrible disaster": who is blamed, no one's charge
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("'s", "’s"):
        return None  # "Let's say a company makes $100 billion one year": the writer's supposition
    if lemma not in qp.SPEECH_VERBS and (_purpose(verb) or verb.dep_ == "relcl" and not any(
            c.dep_ in ("ccomp", "parataxis") for c in verb.children)):
        # "Lawmakers who favor offshore drilling", "a utility that supports putting a price on carbon": a stance that
        # describes who holds it; "moved closer to see what was being hauled out": a purpose, nothing reported
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return None  # "in remarks broadcast on Venezuelan state television": the participle says where, not what
    if _a_function(verb):
        return None  # "a system meant to automatically warn the entire crew about fire": what a thing is for
    if _a_likeness(verb):
        return None  # "led one senator to compare them to children blaming one another for the baseball": a simile
    if lemma in qp.ACT_OR_SPEECH_VERBS and a_thing_acts(verb):
        return None  # "The growing spill threatened to churn political waters": a spill says nothing
    if lemma in qp.ASKING_VERBS and past_participle(verb) and not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return None  # "Asked whether Clapper has problems communicating, Feinstein responded": the question was put to
        # her by someone unnamed; her words are the answer
    clause = [c for c in verb.children if c.dep_ in qp.CONTENT_CLAUSE_DEPS] if lemma in qp.REPORTING_VERBS else []
    clause = [_before_trailing_attribution(_told_past_name(c)) for c in clause
              if not _run_on_from_a_participle(verb, c) and not _adverbial(c)]
    if lemma in qp.DIRECTIVE_VERBS and not any(m.dep_ == "mark" and m.lower_ == "that" for c in clause for m in c.children):
        return None
    if any(c.dep_ == "nsubj" and _is_relative(c) for c in verb.children) or any(c.i > verb.i for c in clause):
        # a relative clause has no fronted content; with a clause after the verb, one before it is the
        # sentence's own setting ("In March, after the court was asked ..., a spokeswoman said P")
        clause = [c for c in clause if c.i > verb.i]
    if any(c.i < verb.i for c in clause) and _says_a_thing_of_its_own(verb):
        clause = []  # "I got a call from my sister ..., she mentioned something about an earthquake": the writer's
        # own account, not the words she mentioned (a judge's wrong speaker, quote draw 6101)
    single_ok = False
    if not clause and lemma in qp.OBJECT_CONTENT_VERBS:
        clause = [c for c in verb.rights if c.dep_ in qp.OBJECT_CONTENT_DEPS
                  and not (c.dep_ == "prep" and c.lower_ not in qp.CUE_VERB_PREPS | qp.PREP_CUES.get(lemma, frozenset()))]
        clause = [g for c in clause for g in ((c,) if c.dep_ != "prep" else  # "warned of a civil war": the war, not "of"
                                               tuple(k for k in c.children if k.dep_ in ("pobj", "pcomp")) or (c,))]
        # a lone pronoun only points at what was said ("described it as ...", "denied it"): no words of anyone's
        single_ok = bool(clause) and clause[0].pos_ in ("PROPN", "NOUN", "INTJ", "ADV")
        if lemma in qp.SOURCE_NAMING_VERBS and clause and clause[0].ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return None  # "Valor said, citing Haroldo Lima": whom one cites is a source, not what was said
    if lemma not in qp.SPEECH_VERBS and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and clause and all(
            _own_aim(c) for c in clause):
        return None  # "Some families fled Ras Lanuf, hoping to escape the violence", "migrants seeking to enter Europe":
        # the aim of an act told, no words (a speech verb's is: "vowing to retake"; a finite verb's may be a stance
        # taken, "Obama wants to ...", which PolNeAR (dev) holds an attribution: 14 of 20 such were in its gold)
    if not clause:
        allowed = qp.PREP_CUES.get(lemma, frozenset()) | (qp.CUE_VERB_PREPS if lemma in qp.REPORTING_VERBS else frozenset())
        preps = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in allowed]
        clause = [g for c in preps[:1] for g in c.children if g.dep_ in ("pobj", "pcomp")]
        single_ok = bool(clause) and clause[0].pos_ in ("PROPN", "NOUN")
    if not clause and verb.dep_ == "parataxis" and lemma in qp.SPEECH_VERBS:
        clause = [verb.head]  # 'This campaign, he says, is different.'
        left, right = _around_the_aside(verb)
    elif not clause and lemma in qp.SPEECH_VERBS and _closing_attribution(verb):
        clause = [verb.head]  # "Over the past few days, China has evacuated 12,000 ..., Chinese Vice Foreign Minister
        left, right = verb.head.left_edge.i, verb.left_edge.i - 1  # Song Tao said Friday": the parse joined the saying
        # to the words it closes as their conjunct
    else:
        if not clause:
            return None
        left = min(c.left_edge.i for c in clause)
        left = _subject_taken_for_object(verb, clause, left)
        left = _from_its_that(clause, left)
        if (sayer := _inverted_sayer(verb)) is not None and sayer.left_edge.i == left:
            left = _closing_comma(sayer) + 1  # the told words begin after the sayer's closing comma
        right = min(max(_last_word(c) for c in clause), narration_after(verb, clause), _next_saying(verb, clause),
                    _the_sayers_next_act(verb, clause))
        right = _before_dashed_participle(doc, spans, left, right)
        right = _before_the_writers_which(verb, clause, left, right)
        right = _before_an_added_saying(doc, left, right)
        right = _before_anothers_report(doc, left, right)
    while right > left and (doc[right].is_space or doc[right].is_punct and doc[right].text not in qp.ALL_MARKS
                            and not closes_bracket(doc, left, right)
                            or doc[right].pos_ == "CCONJ"):  # "said BP was responsible and added ...": not "and"
        right -= 1
    while left < right and (doc[left].is_space or doc[left].is_punct and doc[left].text not in qp.ALL_MARKS):
        left += 1
    left = _after_saying_time(doc, verb, left, right)
    if left < verb.i < right and doc[left].tag_ in ("WDT", "WP") and doc[left].head.i > verb.i:
        left = verb.i + 1  # "the rig, which he said has lacked hundreds of documents": the words are what follows "said"
    left = _after_listener(doc, verb, left, right)
    if right - left < 1 and not (single_ok and right == left and not doc[left].is_punct):
        return None
    start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
    if (lemma not in qp.SPEECH_VERBS or lemma in qp.ACT_OR_SPEECH_VERBS) and not any(c.pos_ in ("VERB", "AUX") for c in clause):
        return None  # the content is headed by a thing ("attacked [Gadhafi's forces]", "defend [the capital]")
    if _quoted_share(spans, start, end) > 0.5:
        return None
    return Candidate(start, end, "indirect")


BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should"})


def _last_word(head: Token) -> int:
    """The last token a clause holds: its subtree's, which a crossing arc may carry past the parser's right edge ("it has
    gotten more than five times as many oily birds in the past few days [than in the previous six weeks]", "than" hung
    on "as")."""
    return max(t.i for t in head.subtree)


def _before_an_added_saying(doc: Doc, left: int, right: int) -> int:
    """Where told words end before a second saying the speaker adds in a participle ("said there was “no doubt” that
    the mechanism was defective[, adding that 100,000 barrels ... could leak per day]"): the added words are their own
    report, read from "adding"."""
    for token in doc[left + 1 : right + 1]:
        if (token.tag_ == "VBG" and token.dep_ == "advcl" and token.lemma_ in qp.SPEECH_VERBS
                and doc[token.i - 1].text == "," and any(c.dep_ in qp.CONTENT_CLAUSE_DEPS for c in token.children)):
            return token.i - 2
    return right


FRAMING_REPORT_MARKS = frozenset({"while", "as", "whereas"})  # what opens another's report set beside told words
SHOWING_VERBS = frozenset({"show", "indicate", "suggest"})  # what figures, data or records do when they report


def _before_anothers_report(doc: Doc, left: int, right: int) -> int:
    """Where told words end before a clause set beside them in which someone or something else reports ("saying the spill
    would impact the company's ability to do business worldwide[, while Nordic bank Nordea said it had divested ...]",
    "said it was making progress on plugging the ruptured well [as U.S. government figures showed the disaster has
    eclipsed ...]"; bpoil_reuters, dev): the writer's, or the other party's, report, not the speaker's words."""
    for mark in doc[left + 1 : right + 1]:
        verb = mark.head
        if (mark.dep_ != "mark" or mark.lower_ not in FRAMING_REPORT_MARKS or verb.i <= mark.i
                or verb.lemma_.lower() not in qp.SPEECH_VERBS | SHOWING_VERBS):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or subject.i < mark.i:
            continue
        end = mark.i - 1
        while end > left and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return end if end > left else right
    return right


def _before_the_writers_which(verb: Token, clause: list[Token], left: int, right: int) -> int:
    """Where told words end before a relative clause the writer adds in the present tense to words told in the past
    ("Obama said he was talking to experts ... over the spill[, which has soiled 120 miles of U.S. coastline]"): speech
    reported after a past-tense verb shifts back ("was talking"); a "which" clause at its end that does not is the
    writer's background of today. Words told in the present ("the spill has devastated the city, which is still
    climbing back") cannot tell and keep it."""
    doc = verb.doc
    if verb.tag_ != "VBD" or not clause or not _shifted_back(clause[0]):
        return right
    for token in doc[left + 1 : right + 1]:
        if token.dep_ != "relcl" or token.right_edge.i < right:
            continue
        which = next((k for k in token.lefts if k.lower_ == "which"), None)
        present = token.tag_ in ("VBZ", "VBP") or any(
            k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBZ", "VBP") for k in token.children)
        if which is not None and present and which.i - 1 > left and doc[which.i - 1].text == ",":
            return which.i - 2
    return right


def _shifted_back(head: Token) -> bool:
    """A told verb in the past: its own past tense, or a past or past-modal auxiliary ("was talking", "would pay")."""
    return head.tag_ == "VBD" or any(k.dep_ in ("aux", "auxpass") and (k.tag_ == "VBD" or k.lower_ in BACKSHIFTED_MODALS)
                                     for k in head.children)


SAYER_PRONOUNS = frozenset({"he", "she", "they", "it"})


def _of_the_sayer(clause: Token) -> bool:
    """A clause after a closing attribution that tells of the sayers, not what they said: one whose subject is their
    pronoun ("..., federal law enforcement sources said, though they would not say whether ...", "..., Kennedy said, but
    he would not discuss ...", "..., the U.N. refugee agency said, as it urged ...") or one opened by "without"
    ("..., Beeksma said, without saying whether ..."). Another subject goes on with the words ("Food supplies were
    ample, he said, but medical goods were scarce")."""
    if clause.dep_ == "prep":
        return clause.lower_ == "without"
    if clause.dep_ not in ("advcl", "conj"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "without" for c in clause.children) or clause.left_edge.lower_ == "without":
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SAYER_PRONOUNS for c in clause.children)


def _closing_attribution(verb: Token) -> bool:
    """A saying the parse made a conjunct of the words before it, though it closes them: its own subject set off by a
    comma, no "and" or "but" joining it, nothing said after it ("..., Song Tao said Friday, according to Xinhua")."""
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb.dep_ == "conj" and head.i < verb.i and subject is not None and subject.i < verb.i
            and subject.left_edge.i > head.i and verb.doc[subject.left_edge.i - 1].text == ","
            and not joining_words(verb) and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in verb.children))


def _around_the_aside(verb: Token) -> tuple[int, int]:
    """The words an attribution set among them reports, as token bounds: the whole sentence it interrupts ("This
    campaign, he says, is different.", "Too often, Mr. Clarke said, the debate ... is infected"), but not the attribution
    when it closes them, alone or with a phrase on where it was said ("... heading to Libya, a spokeswoman said, in
    quotes carried by Agence France-Presse"), nor a connective before it ("Even so, he said, time is now against
    Gadhafi", "But, Suttles said, oil was still coming out")."""
    doc = verb.doc
    head = verb.head
    left, right = head.left_edge.i, head.right_edge.i
    first, last = verb.left_edge.i, verb.right_edge.i
    if not left < first <= last <= right:
        return left, right
    where = {t.i for p in (head, verb) for c in p.children if c.dep_ == "prep" and c.i > verb.i
             and any(o.dep_ == "pobj" and o.lemma_.lower() in L.SAYING_PLACES for o in c.children) for t in c.subtree}
    sayers = {t.i for c in verb.children if c.i > verb.i and _of_the_sayer(c) for t in c.subtree}
    if all(t.is_punct or t.is_space or t.i in where or t.i in sayers for t in doc[verb.i + 1 : right + 1]):
        return left, first - 1  # (words the parse hung on the verb after it, "..., experts say, including a
        # provision ...", go on with what is said)
    if all(t.is_punct or t.is_space or t.lower_ in L.CONNECTIVES for t in doc[left:first]):
        return last + 1, right
    after = next((t for t in doc[verb.i + 1 : right + 1] if not (t.is_punct or t.is_space)), None)
    if after is not None and after.lower_ == "which":
        return left, first - 1  # "The government declared the spill to be of “national significance,” Napolitano said,
        # which clears the way for a wider federal response": the writer's comment on what was said
    return left, right


def _own_aim(clause: Token) -> bool:
    """An infinitive with no subject of its own: what the cue's subject means to do ("hoping [to escape]")."""
    return (clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def a_thing_cannot_ask(verb: Token) -> bool:
    """A verb of saying with no subject of its own that the parse joined to the words another saying told, whose subject
    is a thing no one speaks for: "Jindal said the coast was in a “war to stop this oil” but also asked Obama to ...": the
    sayer asks, not the coast."""
    return (verb.dep_ == "conj" and cue_lemma(verb) in qp.SPEECH_VERBS and verb.head.dep_ == "ccomp"
            and verb.head.head.i < verb.head.i and cue_lemma(verb.head.head) in qp.SPEECH_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and a_thing_acts(verb.head))


def a_thing_acts(verb: Token) -> bool:
    """The verb's doer is a thing no one speaks for: a common noun that names no party, no document and no body
    ("The growing spill threatened to ...", "a gigantic man-made disaster, threatening to despoil the ecosystems")."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and (doer is None or _is_relative(doer)):
        doer = verb.head  # "a disaster that is threatening to despoil ..."
    return doer is not None and _a_thing(doer)


def _a_thing(noun: Token) -> bool:
    """A common noun that names no party, no document and no body: a thing no one speaks for."""
    return (noun.pos_ == "NOUN" and not noun.ent_type_
            and noun.lemma_.lower() not in L.PARTY_NOUNS | L.DOCUMENT_NOUNS | L.BODY_ANAPHOR_NOUNS)


def _a_function(verb: Token) -> bool:
    """An infinitive that says what a thing is for: under a participle of design on a noun ("a system meant to
    automatically warn the entire crew about fire or leaking gas", bpoil_washingtonpost) or on the noun itself ("a
    device to alert workers"): no one said anything."""
    if not to_infinitive(verb) or verb.head.i == verb.i:
        return False
    head = verb.head
    return (verb.dep_ == "xcomp" and head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ == "NOUN"
            and head.lemma_ in qp.DESIGN_VERBS) or (verb.dep_ == "acl" and head.pos_ == "NOUN" and not _someone(head))


def _adverbial(clause: Token) -> bool:
    """A clause opened by a subordinator of time, cause or concession ("said Sunday night after the Libyan leader's son
    took to the airwaves"): when or why it was said, not what. The subordinator opens the clause, before its subject
    ("Analysts said the sell-off after the spill was viewed as an overreaction" is what they said), and no "that" does
    ("that the lingering uncertainty ... - even though BP has pledged to foot the bill - still poses ...")."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return (not any(m.lower_ in ("that", "whether", "if") for m in marks)
            and any(m.lower_ in L.ADVERBIAL_MARKS and (subject is None or m.i < subject.i) for m in marks))


def _a_likeness(verb: Token) -> bool:
    """A participle on the noun something is likened to ("compare them to children blaming one another for the
    baseball that went through the neighbor's window", "like children blaming ..."): a simile's figures, who say
    nothing."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ != "pobj":
        return False
    prep = verb.head.head
    return prep.lower_ in L.LIKENING_PREPS or (prep.lower_ in ("to", "with") and prep.head.lemma_.lower() in L.LIKENING_VERBS)


def _purpose(verb: Token) -> bool:
    """An infinitive that says what another act was for ("moved closer to see what ...", "flew in to assess whether
    ..."), under a verb that is itself no cue ("wants to know whether" is a wish, "seemed to think" a report)."""
    head = verb.head
    return (verb.dep_ in ("advcl", "acl", "xcomp") and head.i != verb.i and head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and cue_lemma(head) not in qp.REPORTING_VERBS | qp.SEEM_VERBS)


def _impersonal(verb: Token) -> bool:
    """The cue's only subject is an "it" with nothing to refer to: "It's also important to note that ...", "It is worth
    noting that ...", "It should be noted that ..." are the writer's own remarks, no one's report (an op-ed's "It's also
    important to note" had been the National Academy of Sciences', named in the sentence before)."""
    head = verb.head if verb.dep_ == "xcomp" else verb
    if head.dep_ == "acomp":  # "worth noting": the adjective's verb
        head = head.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and subject.lower_ == "it" and pleonastic(subject)


def _subject_taken_for_object(verb: Token, clause: list[Token], left: int) -> int:
    """Where told words begin when the parse took their subject for the verb's object ("A Libyan diplomatic source has
    denied [the Libyan air force] [was conducting air raids against protesters]"): at that subject, when the clause
    after it has none of its own."""
    first = min(clause, key=lambda c: c.left_edge.i)
    if first.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in first.children):
        return left
    doc = verb.doc
    hung = {t.i for c in verb.children if c.dep_ == "prep" for t in c.subtree}  # "said [disruption] [due to the spill]
    # [would knock ...]": the object's own modifier, which the parse hung on the verb between object and clause
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i < left
                and all(doc[k].is_punct or k in hung for k in range(c.right_edge.i + 1, left))), None)  # "The UN says
    # [up to 80-90% of buildings in Leogane, about 19km west of Port-au-Prince], [have been destroyed]": a comma closes
    # the aside
    return obj.left_edge.i if obj is not None and obj.pos_ in ("NOUN", "PROPN") else left


def _run_on_from_a_participle(verb: Token, clause: Token) -> bool:
    """A "clause" headed by a noun after the verb's participle ("NOAA said on its website, referring to the deep ocean
    [stream that transfers heat ...]"): the participle's object, which the parse cut and hung on the verb, not words
    told."""
    return clause.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and verb.i < c.i < clause.i for c in verb.children)


def _before_trailing_attribution(clause: Token) -> Token:
    """The words a trailing attribution the parse took for their head closes ("The World Bank said [its local offices
    were destroyed but most of the staff were accounted for], Reuters reported", parsed with "reported" under "said"):
    the clause before the attribution, not the attribution with it."""
    if cue_lemma(clause) not in qp.SPEECH_VERBS:
        return clause
    before = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and before is not None and before.i < c.i < clause.i), None)
    return before if before is not None and subject is not None else clause


def _told_past_name(clause: Token) -> Token:
    """The clause a misread name stands over: in "told CNN affiliate WVUE that he ended the contract" the parser takes
    the call sign for a verb whose clause is the content; the words told begin at "that", not at the name."""
    if not (clause.text.isupper() and len(clause.text) > 1 and clause.is_alpha):
        return clause
    told = next((c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return told if told is not None else clause


def _after_listener(doc: Doc, verb: Token, left: int, right: int) -> int:
    """Skip the outlet told that the parse ran into the told words' subject ("tells the BBC social networking sites have
    helped them ...": "the BBC" is who was told, not part of what was said)."""
    if cue_lemma(verb) != "tell" or left <= verb.i:
        return left
    at = left + (doc[left].lower_ == "the")
    outlet = doc[at] if at < right else None  # one acronym ("the BBC", "CNN"): "the UN Security Council members" may be said
    if outlet is None or outlet.ent_type_ != "ORG":
        return left
    after = doc[at + 1]
    if a_medium_name(outlet.text) and outlet.dep_ == "compound" and after.pos_ == "PROPN" and at + 1 < right:
        return at + 1  # "told Reuters BP's outreach to banks ... was part of an effort": the agency, then a name of its own
    if not (outlet.text.isupper() and len(outlet.text) >= 2):
        return left
    return at + 1 if after.is_lower and not after.ent_type_ and at + 1 < right else left


def _after_saying_time(doc: Doc, verb: Token, left: int, right: int) -> int:
    """Skip a time word or date phrase that opens the content before its subject ("said later the government deeply
    regrets", "told CNN Tuesday she fears", "told investors this week his company had"): with no "that" between them it
    says when the words were said. So does a date right before the "that" ("says the following day that ..."), and "on
    <a day>" right after the verb ("said on Monday it had spent ...")."""
    word = doc[left]
    if left == verb.i + 1 and word.lower_ == "on" and (day := _day_phrase_end(word)) is not None and day < right and \
            doc[day + 1].dep_ in ("nsubj", "nsubjpass") and doc[day + 1].lower_ != "that":
        return day + 1  # "BP, which said on Monday it had spent about $3.95 billion": the day the words were said
    when = left
    while when < right and doc[when].ent_type_ in ("DATE", "TIME"):
        when += 1
    if left > verb.i and when > left and doc[when].lower_ == "that":
        return when  # "says the following day that the $50m ... should have gone ...": when the words were said
    told_that = any(t.lower_ == "that" for t in doc[verb.i + 1 : left])
    if left > verb.i and left < when < right and not told_that:
        root = next((t for t in doc[left:when] if not left <= t.head.i < when), None)
        if root is not None and root.dep_ == "npadvmod" and any(
                t.dep_ in ("nsubj", "nsubjpass") and t.head == root.head for t in doc[when : right + 1]):
            return when  # "told investors this week his company had nothing to do with the well design": a date
            # phrase before the subject, with no "that", says when the words were said
    if left >= right or left <= verb.i or word.lower_ not in qp.SAYING_TIME_WORDS or word.dep_ not in ("advmod", "npadvmod"):
        return left
    if told_that:
        return left
    subject = next((t for t in doc[left + 1 : right + 1] if t.dep_ in ("nsubj", "nsubjpass") and t.head == word.head), None)
    return left + 1 if subject is not None else left


def _day_phrase_end(preposition: Token) -> int | None:
    """The last token of "on <a day>" ("on Monday", "on Tuesday night"), when the preposition's object is a date."""
    day = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if day is None or day.ent_type_ not in ("DATE", "TIME"):
        return None
    return preposition.right_edge.i


def _next_saying(verb: Token, clause: list[Token]) -> int:
    """The last token before a second complement that is another saying with a subject of its own ("She said the
    United States was suspending relations ..., and an administration official added that the embassy “must shut
    down”": the parse makes both complements of "said"); what it says is its subject's, not the first speaker's."""
    parts = sorted(clause, key=lambda c: c.i)
    for before, part in zip(parts, parts[1:], strict=False):
        own = next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (part.i > verb.i and own is not None and part.lemma_.lower() in L.SPEECH_VERBS
                and any(c.dep_ in qp.CONTENT_CLAUSE_DEPS for c in part.children)):
            cut = own.left_edge.i
            while cut > before.i and verb.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            return cut - 1
    return len(verb.doc)


def narration_after(verb: Token, clause: list[Token]) -> int:
    """The last token before a clause the reporter adds about the speaker ("He said P but he gave no details"):
    a clause coordinated with the content whose subject is "he" or "she" when the speaker is that pronoun or a name,
    or a saying (or a declining to say) with no subject of its own in the speaker's tense ("says P but denies Q", "said
    it had lodged a claim ... but declined to comment further"; a declining to say in any: "said Obama spoke with
    Svanberg on Monday but declined to say what was discussed") or that the content's subject,
    a thing, cannot make ("said the coast was in a “war ...” but also asked Obama to ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return len(verb.doc)
    named = subject.lower_ in qp.PERSON_PRONOUNS or subject.pos_ == "PROPN"
    for part in clause:
        for conj in part.children:
            if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or conj.i < verb.i:
                continue
            own = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if own is None and _a_denial_of_a_claim(conj):
                # "A spokesman for BP said it had “considerable firepower” ... [and denied market talk that the company
                # was seeking bankruptcy protection]": denying a claim is the sayer's own act, whoever the sayer
                return min([conj.left_edge.i, *joining_words(conj)]) - 1
            if not named:
                continue
            if own is not None and own.lower_ in ("he", "she") and (subject.pos_ == "PROPN" or own.lower_ == subject.lower_):
                cut = min([own.left_edge.i, *joining_words(conj)])
                return cut - 1
            lemma = conj.lemma_.lower()
            if own is None and (lemma in L.SPEECH_VERBS and (conj.tag_ == verb.tag_ != part.tag_ or a_thing_cannot_ask(conj))
                                or lemma in L.NO_COMMENT_VERBS and (conj.tag_ == verb.tag_ != part.tag_ or any(
                                    x.dep_ == "xcomp" and x.lemma_.lower() in L.SPEECH_VERBS for x in conj.children))):
                # "Hayward says a “series of failures” led to the accident but denies these resulted from ...": a
                # saying in the speaker's own tense, joined to the content's verb by the parse, is the speaker's next
                cut = min([conj.left_edge.i, *joining_words(conj)])
                return cut - 1
    return len(verb.doc)


def _a_denial_of_a_claim(verb: Token) -> bool:
    """A verb of denying with a claim for its object or a told clause ("denied market talk that ...", "rejected
    reports", "denied that ..."): not "denied access to aid"."""
    return verb.lemma_.lower() in L.DENY_CUES and any(
        c.dep_ == "ccomp" or c.dep_ == "dobj" and (c.lemma_.lower() in L.REFERRING_NOUNS or any(
            g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
            for g in c.children))  # ("market talk that the company was seeking ...")
        for c in verb.children)


def _the_sayers_next_act(verb: Token, clause: list[Token]) -> int:
    """The last token before a past-tense verb with no subject of its own that the parse joined to told words under a
    modal or in the present, which that verb's tense cannot share: "BP has said disruption due to the spill would knock
    more than 1 percent off next year's output [and this week agreed to sell fields ...]" (bpoil_reuters, dev): BP
    agreed; no one said it would "agreed". So too before the sayer going on ("... and added", ``goes_on_saying``)."""
    doc = verb.doc
    for part in clause:
        if part.i < verb.i or part.pos_ not in ("VERB", "AUX"):
            continue
        going_on = next((c for c in part.children if c.i > part.i and goes_on_saying(c)), None)
        if going_on is not None and (joined := doc[going_on.left_edge.i - 1]).pos_ == "CCONJ":
            return joined.i - 1  # "... contained “substantial omissions” [and stressed it was fully indemnified]"
        if part.tag_ == "VB" and to_infinitive(part):
            finite = next((c for c in part.children if c.dep_ == "conj" and c.i > part.i and c.tag_ in ("VBZ", "VBD")
                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
            if finite is not None and (joined := doc[finite.left_edge.i - 1]).pos_ == "CCONJ":
                return joined.i - 1  # "BP has promised to pay legitimate damages claims [and faces billions of dollars
                # in ... costs]" (bpoil_reuters, dev): a finite verb no infinitive shares is the sayer's own state
        under_a_modal = part.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in part.children)
        if not (under_a_modal or part.tag_ in ("VBZ", "VBP")):
            continue
        for conj in part.children:
            if conj.dep_ != "conj" or conj.i < part.i or not _an_act_in_the_past(conj):
                continue
            joined = doc[conj.left_edge.i - 1]
            if joined.pos_ == "CCONJ" and joined.head.i == part.i:  # "... and [this week] agreed": not one of a list
                return joined.i - 1
    return len(doc)


def _an_act_in_the_past(verb: Token) -> bool:
    """A verb in a past form no base form shares ("agreed", not "cut" or "set"), with no subject, marker or auxiliary
    of its own, done to something ("agreed to sell fields", "expressed doubts"): not "is, or was, attributable", not a
    participle the parse tagged past ("ruled with an iron fist by Gadhafi"), not a second told clause ("and that
    there were ...")."""
    if verb.tag_ != "VBD" or verb.pos_ != "VERB" or verb.lower_ == verb.lemma_.lower() or verb.lemma_ in ("be", "have"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass", "agent") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") for c in verb.children)


def _before_dashed_participle(doc: Doc, spans: list[QuoteSpan], left: int, right: int) -> int:
    """The last token of reported words before a participle the reporter sets off with a dash: "Other scientists have
    said they have little of the equipment necessary to find oil under the water -- leading to debates about whether
    the underwater plumes were even there" (the debates are the reporter's account, not the scientists' words); or
    before a noun of a claim that sums them up: "Rebels said Saturday that they were gaining traction ... -- claims that
    the Libyan government swiftly disputed"."""
    for i in range(left + 1, right):
        if doc[i].text not in L.DASHES or _inside(spans, doc[i].idx):
            continue
        after = doc[i + 1]
        if after.tag_ == "VBG" and after.dep_ in ("advcl", "acl", "conj", "xcomp"):
            return i - 1
        noun = doc[i + 2] if after.dep_ == "det" and i + 2 <= right else after
        if noun.lower_ in L.REFERRING_NOUNS and noun.pos_ not in ("PRON", "DET", "SCONJ"):
            return i - 1
    return right


def _seem_content(verb: Token, spans: list[QuoteSpan]) -> Candidate | None:
    """'The music seemed to match the mood': the subject and the clause, with no source."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause = next((c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)), None)
    if subj is None or clause is None or subj.lower_ in qp.EMPTY_SUBJECTS:
        return None
    return _unquoted_content(verb.doc, subj.left_edge.i, clause.right_edge.i, spans)


def _unquoted_content(doc: Doc, left: int, right: int, spans: list[QuoteSpan]) -> Candidate | None:
    """Tokens left..right without trailing punctuation as indirect content, unless most of it is already quoted."""
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
    if _quoted_share(spans, start, end) > 0.5:
        return None
    return Candidate(start, end, "indirect")


def _noun_content(noun: Token, spans: list[QuoteSpan]) -> Candidate | None:
    """'his criticism of X', 'calls for Y', 'the claim that Z': the complement is the content."""
    doc = noun.doc
    # a past participle describes the words, never says them ("in remarks broadcast on Venezuelan state television"),
    # and one used as a preposition tells when or of what ("pay out legitimate claims following the April 20 oil rig
    # explosion": no one claimed anything)
    parts = [c for c in noun.rights if (c.dep_ == "acl" and c.tag_ != "VBN" and not participle_as_preposition(c))
             or c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in qp.CUE_NOUN_PREPS)]
    if not parts:
        return None
    part = parts[0]
    objects = [g for g in part.children if g.dep_ in ("pobj", "pcomp")] if part.dep_ == "prep" else [part]
    if not objects:
        return None
    left, right = objects[0].left_edge.i, objects[-1].right_edge.i
    if noun.lemma_.lower() not in qp.THING_SAYING_NOUNS and not any(o.pos_ in ("VERB", "AUX") for o in objects) \
            and not qp.QUOTE_MARK_RE.search(doc[left : right + 1].text):
        return None  # "opposition to [the regime]", "warnings to [Libyan civilians]": a thing, no words
    return _unquoted_content(doc, left, right, spans)


def _according(doc: Doc, token: Token, spans: list[QuoteSpan], index: TokenIndex) -> Candidate | None:
    """'…, according to X': the rest of the sentence is the content."""
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    a, b = index.sents[index.sent_of[token.i]]
    phrase_left = token.i
    phrase_right = token.right_edge.i
    if phrase_left - a >= b - 1 - phrase_right:
        left, right = a, phrase_left - 1
    else:
        left, right = phrase_right + 1, b - 1
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    if right - left < 2:
        return None
    start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
    if _quoted_share(spans, start, end) > 0.5:
        return None
    return Candidate(start, end, "indirect")
