"""Line-level cleaner for plain-text articles: drop site furniture, read the title block and metadata.

Each heuristic is a small pure function over one line, so it can be tested on its own
(as trafilatura keeps its extraction heuristics testable). ``clean_lines`` applies them in order
and builds the clean text with a segment map back to the decoded raw text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from storyline import patterns as P
from storyline.analyse.lexicon import MONTHS
from storyline.analyse.time.patterns import NUMBER_WORDS, VAGUE_NUMBERS
from storyline.clean.apostrophes import lost_apostrophes, restore_apostrophes
from storyline.clean.detokenize import PTB_TICKER, detokenize, looks_tokenized
from storyline.clean.genre import OPINION_DISCLAIMER
from storyline.clean.reader_voice import reader_run, reads_as_thread, thread_after_credit
from storyline.model import Removal, Segment

MAX_HEADLINE_CHARS = 220
# body lines an opinion disclaimer must follow to close the piece (one on top, in an editor's note, opens it instead)
MIN_BODY_BEFORE_SIGNOFF = 3
# ... and a comment policy or thread header ("Views expressed in the comments ...", "We welcome comments") opens the
# readers' thread when this many body lines stand above it (one on top of a page is the site's, not the thread's)
# and the lines after it read as readers' (clean/reader_voice.py: one pasted into a story's middle opens nothing)
MIN_BODY_BEFORE_THREAD = 5
THREAD_OPENERS = frozenset({"comment policy", "reader comments"})
HEAD_GROUP = -2  # the group of a page head's lines (``_split_page_head``)


@dataclass(slots=True)
class Line:
    start: int  # offset of the stripped line in the decoded raw text
    text: str
    group: int = -1  # for a sentence cut out of a long line: that line's number (its sentences form one paragraph);
    # HEAD_GROUP: a line of the page's head (headline, standfirst), a paragraph of its own before the story

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class Cleaned:
    """The cleaner's output: clean text, its segment map, what was removed, and metadata found."""

    text: str = ""
    segments: list[Segment] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    masthead: str | None = None
    agency: str | None = None
    agency_evidence: str | None = None
    dateline: str | None = None
    date_text: str | None = None  # a stated publication date as printed
    captions: list[str] = field(default_factory=list)
    outlet_hint: str | None = None  # e.g. from a comment policy naming the site
    body_start: int = 0


LONG_LINE = 600  # characters: a longer line is a whole paragraph or article; it is cleaned sentence by sentence
# A sentence ends at . ? ! (with a closing quotation mark or PTB '' after it) before a space and a capital, a digit or
# an opening mark; PTB text has a space before the full stop.
ABBREVIATION = re.compile(
    r"^(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Jr|Sr|No|Rev|Prof|Inc|Co|Corp|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec"
    r"|(?:[A-Z]\.)+[A-Z])\.?$"
)
TERMINATED = re.compile(r"(?:[.?!:;…]|''|-RRB-)[\s\"'”’)\]]*$")  # a line that ends as a sentence does
SENTENCE_END = re.compile(r"(?:(?<=[.?!])(?:\s*(?:''|[”\"’]))?|(?<=-RRB-))\s+(?=(?:``|-LRB-|[“\"‘(])?\s*[A-Z0-9])")


def sentence_seams(text: str, start: int = 0, stop: int | None = None) -> Iterator[re.Match[str]]:
    """The gaps between the sentences of text[start:stop], in order; a full stop after an abbreviation ("John D.
    Smith", "Dr. Chan", "the U.S. Navy") or inside a PTB ticker ("-LRB- BP . L -RRB-") ends none."""
    cursor = start
    stop = len(text) if stop is None else stop
    tickers = [(m.start(), m.end()) for m in PTB_TICKER.finditer(text, start, stop)] if "-LRB-" in text else []
    for end in SENTENCE_END.finditer(text, start, stop):
        word = re.search(r"(\S+)$", text[cursor : end.start()])
        if word and ABBREVIATION.match(word.group(1)):
            continue
        if any(left < end.start() < right for left, right in tickers):
            continue
        yield end
        cursor = end.end()


def split_lines(text: str) -> list[Line]:
    """Split into non-empty lines, each stripped, with its offset; a long line into its sentences (one group)."""
    lines = []
    for number, match in enumerate(re.finditer(r"[^\n]+", text)):
        raw = match.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        if len(stripped) <= LONG_LINE:
            lines.append(Line(start, stripped))
            continue
        cursor = 0
        for end in sentence_seams(stripped):
            piece = stripped[cursor : end.start() + len(end.group(0).rstrip())].strip()
            if piece:
                lines.append(Line(start + stripped.index(piece, cursor), piece, number))
            cursor = end.end()
        if stripped[cursor:].strip():
            lines.append(Line(start + cursor, stripped[cursor:].strip(), number))
    return lines


# --- single-line tests ---------------------------------------------------------------------------


def furniture_reason(text: str) -> str | None:
    """Why this line is site furniture rather than article text, or None."""
    if P.SHARE_LINE.match(text):
        return "share buttons"
    if P.LINK_COPIED.match(text):
        return "share widget ('Link copied')"
    if P.READ_COUNTER.match(text):
        return "read counter"
    if P.SOURCE_LABEL.match(text):
        return "source label"
    if P.LEAVE_REPLY.match(text):
        return "comment form"
    if P.COMMENT_POLICY.search(text):
        return "comment policy"
    if P.COPYRIGHT.match(text) or P.ALL_RIGHTS.search(text):
        return "copyright notice"
    if P.RELATED.match(text):
        return "related-links label"
    if P.REPORTER_CREDIT.search(text) and len(text) <= 300:
        return "reporter credit"
    if P.COMMENT_THREAD.search(text):
        return "reader comments"
    return None


def latin_share(text: str) -> float:
    """Share of letters that are Latin script (1.0 for a line without letters)."""
    if text.isascii():
        return 1.0
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f") / len(letters)


def is_english(text: str) -> bool:
    """Rough check: does this line read as English? Short lines and headings are given the benefit of the doubt."""
    if latin_share(text) < 0.5:
        return False
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 6:
        return True
    english = sum(1 for w in words if w in P.ENGLISH_STOPWORDS)
    foreign = sum(1 for w in words if w in P.FOREIGN_STOPWORDS)
    if foreign > english:
        return False
    accented = not text.isascii() and any(not c.isascii() for w in words for c in w)
    return not (english == 0 and accented)


def is_masthead(text: str) -> bool:
    """A publication name standing alone at the top ('The Korea Herald')."""
    return bool(
        re.fullmatch(
            r"(?:The\s+)?(?:[A-Z][\w.]+\s+){0,3}(?:Herald|Times|Post|Daily|Tribune|Journal|Gazette|Telegraph|Guardian|Ilbo|News|Chronicle|Observer|Independent)",
            text,
        )
    )


def byline_name(text: str) -> str | None:
    match = P.BYLINE.match(text)
    if not match:
        return None
    name = match.group("name").strip()
    return name if len(name.split()) <= 8 else None


def agency_name(text: str) -> str | None:
    """Canonical agency name if `text` names a wire agency."""
    text = text.strip()
    for pattern, canonical in P.AGENCIES.items():
        if re.fullmatch(pattern, text):
            return canonical
    return None


def stated_date_text(text: str) -> str | None:
    """The date printed on a 'Published : …' or date-only line."""
    if P.DATE_ONLY_LINE.match(text):
        return text
    match = P.PUBLISHED_LINE.match(text)
    if match and P.DATE_ONLY_LINE.match(match.group("date")):
        return match.group("date")
    return None


def is_caption(text: str) -> bool:
    """A photo caption: a caption cue plus a photo credit."""
    return bool(P.CAPTION_CUE.search(text)) and bool(
        P.CAPTION_CREDIT.search(text) or re.search(r"\((?:Yonhap|AP|AFP|Reuters|EPA|AA)\)", text)
    )


def first_caption(text: str) -> str:
    """A caption printed twice on one line, reduced to its first copy (ending at its credit)."""
    match = re.search(r"\((?:Yonhap|AP|AFP|Reuters|EPA|AA|Xinhua|TASS)\)", text)
    if match and match.end() < len(text) - 10:
        return text[: match.end()]
    return text


def looks_like_headline(text: str) -> bool:
    if len(text) > MAX_HEADLINE_CHARS:
        return False
    if text.endswith((".", ":", ";")) and not text.endswith("..."):
        # a sentence with a final period is body text, unless it is very short title-case
        return False
    return True


def _capitals_run_on(text: str) -> bool:
    """The words after a dash go on in capitals, as a caption head's do ("FIRST CONFIRMED CASE"), not as a sentence."""
    words = re.findall(r"[A-Za-z][\w'-]*", text[:60])[:2]
    return bool(words) and all(w.isupper() for w in words)


def split_dateline(text: str) -> tuple[str | None, str | None, int]:
    """('WASHINGTON', 'AA', length of the prefix) for 'WASHINGTON (AA) – The US…', else (None, None, 0)."""
    match = P.DATELINE.match(text)
    if not match:
        return None, None, 0
    place = match.group("place").strip()
    if not re.search(r"[A-Z]{3,}", place) or place.upper() != place or re.search(r"-[LR][RSC]B", place):
        return None, None, 0  # "BP -LRB- BP.L -RRB- Chief Executive": a ticker in Penn-Treebank brackets, no place
    return place, match.group("agency"), match.end()


# --- the cleaner --------------------------------------------------------------------------------


class _Builder:
    """Accumulates clean paragraphs and their segments."""

    def __init__(self, *, apostrophes: bool = False) -> None:
        self.parts: list[str] = []
        self.segments: list[Segment] = []
        self.length = 0
        self.apostrophes = apostrophes  # the text lost its apostrophes: each paragraph gets them back

    def paragraph(self, pieces: list[tuple[int | None, str]]) -> int:
        """Append one paragraph made of (raw_start, text) pieces; return its clean start."""
        if self.apostrophes:
            pieces = restore_apostrophes(pieces)
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        for raw_start, piece in pieces:
            if not piece:
                continue
            if raw_start is not None:  # a verbatim copy of the raw text; a replaced token (None) maps nowhere
                self.segments.append(Segment(start=self.length, raw_start=raw_start, length=len(piece)))
            self.parts.append(piece)
            self.length += len(piece)
        return start

    def text(self) -> str:
        return "".join(self.parts)


def strip_foreign_tokens(line: Line, removed: list[Removal]) -> list[tuple[int, str]]:
    """Cut runs of CJK/Hangul/Thai script out of an English line (spam tokens), keeping offsets."""
    pieces: list[tuple[int, str]] = []
    cursor = 0
    text = line.text
    latin = len(re.findall(r"[A-Za-z]", text))
    for match in P.FOREIGN_SCRIPT_RUN.finditer(text):
        if latin < 3 * len(match.group(0)):
            continue  # the line is not mostly English: keep it as is
        start, end = match.start(), match.end()
        # take one adjacent space with the token so no double space remains
        if end < len(text) and text[end] == " " and (start == 0 or text[start - 1] == " "):
            end += 1
        removed.append(Removal(line.start + start, line.start + end, "foreign-script token inside an English sentence", text[start:end]))
        pieces.append((line.start + cursor, text[cursor:start]))
        cursor = end
    pieces.append((line.start + cursor, text[cursor:]))
    return [(s, t) for s, t in pieces if t]


def roundup_spans(text: str) -> Iterator[tuple[int, int]]:
    """The headline roundups of other sites in a line (``patterns.ROUNDUP_STAMP``): from the stop before the first
    headline (or the line's start, when no stop is near) to the last stamp."""
    run: list[re.Match[str]] = []
    for stamp in [*P.ROUNDUP_STAMP.finditer(text), None]:
        if stamp is not None and (not run or stamp.start() - run[-1].end() <= P.ROUNDUP_GAP):
            run.append(stamp)
            continue
        if len(run) >= P.ROUNDUP_STAMPS:
            first = run[0].start()
            stops = [m.end() for m in re.finditer(r"[.!?”\"]\s", text[max(0, first - P.ROUNDUP_GAP) : first])]
            start = max(0, first - P.ROUNDUP_GAP) + stops[-1] if stops else (0 if first <= P.ROUNDUP_GAP else first)
            yield start, run[-1].end()
        run = [stamp] if stamp is not None else []


def _detokenized(pieces: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    """A line's verbatim pieces read as printed (Penn-Treebank tokens rejoined); a piece a cut left opening on a space
    keeps one, which rejoining its tokens would drop ("... The Swine Flu Affair [contact lines cut] Arthur Silverstein")."""
    out: list[tuple[int | None, str]] = []
    for raw_start, text in pieces:
        if raw_start is None:
            out.append((None, text))
            continue
        if out and text[:1].isspace():
            out.append((None, " "))
        out.extend(detokenize(text, raw_start))
    return out


def cut_inline(
    pieces: list[tuple[int | None, str]], pattern: re.Pattern[str] | Callable[[str], Iterator[tuple[int, int]]],
    reason: str, removed: list[Removal],
) -> list[tuple[int | None, str]]:
    """Cut the matches of ``pattern`` (or the spans a finder gives) out of a line's verbatim pieces (with one space
    before), logging each removal."""
    out: list[tuple[int | None, str]] = []
    for start, text in pieces:
        if start is None:
            out.append((start, text))
            continue
        cursor = 0
        found = ((m.start(), m.end()) for m in pattern.finditer(text)) if isinstance(pattern, re.Pattern) else pattern(text)
        for a, b in found:
            if a > 0 and text[a - 1] == " ":
                a -= 1
            removed.append(Removal(start + a, start + b, reason, text[a:b]))
            out.append((start + cursor, text[cursor:a]))
            cursor = b
        out.append((start + cursor, text[cursor:]))
    return [(s, t) for s, t in out if t]


def clean_lines(decoded: str, *, known_title: str | None = None) -> Cleaned:
    """Clean a plain-text article (or an extractor's text output) line by line."""
    out = Cleaned()
    lines = split_lines(decoded)
    sample = " ".join(line.text for line in lines[:40])
    document_english = latin_share(sample) >= 0.5 and is_english(sample)
    tokenized = looks_tokenized(sample)  # Penn-Treebank tokens: rejoined as printed, with the offset map kept
    kept: list[Line] = []
    seen: set[str] = set()
    if known_title:
        seen.add(_norm(known_title))
    stamps = 0  # reader-comment stamps seen so far
    first_stamp: int | None = None  # lines kept when the first stamp was read: the thread may have begun there
    stamped: list[str] = []  # the stamped thread's lines, for the reader-voice run the thread's first comment ends
    teasers = len(P.TEASER_STAMP.findall(decoded)) >= P.TEASER_STAMPS  # an archive page listing other stories
    teasing = False  # the first teaser's stamp was read: the rest of the page is other stories
    signed_off = False  # an opinion piece's closing disclaimer was read: what follows is not the piece
    links_listed = False  # the page's disclaimer for external sites was read: what follows is its link list
    thread_at: int | None = None  # kept lines before a comment policy or thread header under the article

    for line in lines:
        if links_listed:
            out.removed.append(Removal(line.start, line.end, "links after the page's disclaimer for external sites", line.text))
            continue
        if (disclaimer := P.EXTERNAL_SITES.search(line.text)) is not None:
            links_listed = True  # on a one-line page the story's last sentence may run into it: that part stays
            out.removed.append(Removal(line.start + disclaimer.start(), line.end, "disclaimer for external sites (and the links after it)",
                                       line.text[disclaimer.start() :]))
            line = Line(line.start, line.text[: disclaimer.start()].rstrip(), line.group)
            if not line.text:
                continue
        text = line.text
        reason = furniture_reason(text)
        if signed_off:
            reason = reason or "after the opinion piece's closing disclaimer (reader comments, links)"
        elif thread_at is None and reason in THREAD_OPENERS and sum(_is_body(k) for k in kept) >= MIN_BODY_BEFORE_THREAD:
            thread_at = len(kept)
        elif OPINION_DISCLAIMER.search(text) and sum(_is_body(k) for k in kept) >= MIN_BODY_BEFORE_SIGNOFF:
            signed_off = True  # the disclaimer itself stays: it says what kind of piece this is (clean/genre.py)
        if teasers and not teasing and P.TEASER_STAMP.search(text):
            # from the first stamp on; a page that opens on the list stays whole (it has no text of its own to keep)
            teasing = any(_is_body(k) for k in kept)
            teasers = teasing
        if teasing:
            reason = reason or "other stories' teasers, each under its own 'updated:' stamp"
        if P.COMMENT_HEADER.search(text):
            stamps = max(stamps + 1, P.COMMENT_STAMPS_TO_THREAD)  # a comment that names its writer opens the thread
            reason = reason or "reader comments"
        elif P.COMMENT_STAMP.search(text):
            stamps += 1
            reason = reason or "reader comments"
            first_stamp = len(kept) if first_stamp is None else first_stamp
            if stamps == P.COMMENT_STAMPS_TO_THREAD:  # the thread shows: the comments since the first stamp go too
                for line_kept in kept[first_stamp:]:
                    out.removed.append(Removal(line_kept.start, line_kept.end, "reader comments", line_kept.text))
                    stamped.append(line_kept.text)
                kept = kept[:first_stamp]
        elif stamps >= P.COMMENT_STAMPS_TO_THREAD:
            reason = reason or "reader comments"  # a comment thread runs to the end of the page
        if reason is None and document_english and not is_english(text) and (line.group < 0 or len(text.split()) >= 8):
            reason = "non-English line (site furniture or comment policy)"  # a short sentence is too little to tell
        if reason == "reader comments" and first_stamp is not None:
            stamped.append(text)
        if reason is not None:
            hint = P.OUTLET_IN_POLICY.search(text)
            if hint:
                out.outlet_hint = hint.group(1).strip()
            out.removed.append(Removal(line.start, line.end, reason, text))
            continue
        in_head = not any(_is_body(k) for k in kept)
        if in_head and out.masthead is None and not kept and is_masthead(text):
            out.masthead = text
            out.removed.append(Removal(line.start, line.end, "masthead", text))
            continue
        if in_head and out.byline is None and (line.group < 0 or not kept) and (name := byline_name(text)):
            out.byline = name
            agency = agency_name(name)
            if agency:
                out.agency, out.agency_evidence = agency, f"byline '{text}'"
            out.removed.append(Removal(line.start, line.end, "byline", text))
            continue
        if out.date_text is None and (date_text := stated_date_text(text)):
            out.date_text = date_text
            out.removed.append(Removal(line.start, line.end, "publication date line", text))
            continue
        if is_caption(text):
            out.captions.append(first_caption(text))
            out.removed.append(Removal(line.start, line.end, "photo caption", text))
            continue
        key = _norm(text)
        headline_key = _norm(known_title) if known_title else (_norm(kept[0].text) if kept else None)
        if key in seen and (key == headline_key or len(key.split()) >= 12):
            # a repeated headline or a whole paragraph printed twice; short labels ("Pros") may recur
            out.removed.append(Removal(line.start, line.end, "repeated line", text))
            continue
        seen.add(key)
        kept.append(line)

    if thread_at is not None and reads_as_thread([line.text for line in kept[thread_at:]]):
        for line in kept[thread_at:]:
            out.removed.append(Removal(line.start, line.end, "after the comment policy that closes the article (reader comments)", line.text))
        kept = kept[:thread_at]
    if (seam := thread_after_credit([line.text for line in kept])) is not None:
        for line in kept[seam:]:
            out.removed.append(Removal(line.start, line.end, "readers' comments after a wire photo's credit", line.text))
        kept = kept[:seam]
    # the thread's first comment comes before the first stamp (each stamp closes its comment): read with the thread
    if (seam := reader_run([line.text for line in kept] + stamped)) is not None and seam < len(kept):
        for line in kept[seam:]:
            out.removed.append(Removal(line.start, line.end, "reader voice to the end of the page (comments, a call for readers' views)", line.text))
        kept = kept[:seam]
    kept = _split_page_head(kept, out)
    kept = _drop_dated_captions(kept, out)
    kept = _split_glued_head(kept, _glued_seam)
    kept = _drop_head_matter(kept, out)
    kept = _split_glued_head(kept, _recapped_seam)  # (after the head matter a dateline closes: a gallery's promo is none)
    kept = _drop_unterminated_tail(kept, out)
    kept = _drop_live_clocks(kept, out)
    kept = _drop_page_foot(kept, out)
    kept = _drop_inline_captions(kept, out)
    kept = _at_bullets(kept, out)
    builder = _Builder(apostrophes=lost_apostrophes(decoded))
    index = 0

    def printed(line: Line) -> tuple[str, list[tuple[int | None, str]]]:
        """A head line as printed (Penn-Treebank text rejoined, lost apostrophes back) and its pieces."""
        shown: list[tuple[int | None, str]] = list(detokenize(line.text, line.start)) if tokenized else [(line.start, line.text)]
        return "".join(text for _, text in (restore_apostrophes(shown) if builder.apostrophes else shown)), shown

    if known_title:
        out.headline = known_title.strip()
    elif kept and kept[0].group < 0 and looks_like_headline(kept[0].text) and len(kept) > 1:
        out.headline, head = printed(kept[0])
        builder.paragraph(head)
        index = 1
    if (
        index < len(kept) - 1
        and kept[index].group < 0
        and looks_like_headline(kept[index].text)
        and (out.headline is not None)
        and not split_dateline(kept[index].text)[0]
    ):
        out.subheadline, head = printed(kept[index])
        builder.paragraph(head)
        index += 1
    while index < len(kept) - 1 and kept[index].group == HEAD_GROUP:  # the rest of a page's head: before the story
        builder.paragraph(printed(kept[index])[1])
        index += 1

    body = kept[index:]
    paragraph: list[tuple[int | None, str]] = []
    first_body: int | None = None  # clean offset of the first body paragraph
    for number, line in enumerate(body):
        for _ in range(2 if number == 0 else 0):  # "WASHINGTON -- WASHINGTON (AP) -- The Minerals ...": both go
            place, agency_code, prefix = split_dateline(line.text)
            dash = line.text[:prefix].rstrip()
            if place and tokenized and not (agency_code or dash.endswith("--")) and (
                    not dash.endswith("-") or _capitals_run_on(line.text[prefix:])):
                place = None  # a wire archive's caption head ("EDGAR HERNANDEZ - FIRST CONFIRMED CASE"), a label
                # ("PLEASE NOTE: ...", "FILE: ..."), no dateline ("HOUSTON - Federal investigators on Thursday grilled
                # ...", after a page's stamp in bpoil_washingtonpost, is one)
            if place:
                out.dateline = place
                out.removed.append(Removal(line.start, line.start + prefix, "dateline", line.text[:prefix]))
                if agency_code and (agency := agency_name(agency_code)):
                    out.agency, out.agency_evidence = agency, f"dateline '{line.text[:prefix].strip()}'"
                line = Line(line.start + prefix, line.text[prefix:], line.group)
        if number == len(body) - 1 and (signoff := P.TRAILING_AGENCY_SIGNOFF.search(line.text)):
            agency = agency_name(signoff.group("agency"))
            if agency and out.agency is None:
                out.agency, out.agency_evidence = agency, f"sign-off '{signoff.group(0).strip()}'"
            out.removed.append(Removal(line.start + signoff.start(), line.end, "agency sign-off", signoff.group(0)))
            line = Line(line.start, line.text[: signoff.start()], line.group)
        pieces: list[tuple[int | None, str]] = list(
            strip_foreign_tokens(line, out.removed) if document_english else [(line.start, line.text)]
        )
        pieces = cut_inline(pieces, P.INLINE_CREDIT, "reporter credit", out.removed)
        pieces = cut_inline(pieces, P.TRAILING_CREDIT, "reporter credit", out.removed)
        pieces = cut_inline(pieces, P.PHOTO_CREDIT_INLINE, "photo credit", out.removed)
        pieces = cut_inline(pieces, P.SITE_CONTACT_LINES, "a site's contact lines", out.removed)
        pieces = cut_inline(pieces, roundup_spans, "other sites' headlines", out.removed)
        if tokenized:
            pieces = _detokenized(pieces)
        previous = body[number - 1] if number else None
        if paragraph and previous is not None and line.group >= 0 and previous.group == line.group:
            gap = decoded[previous.end : line.start]  # sentences of one long line stay one paragraph
            paragraph.append((previous.end, gap) if gap.isspace() else (None, " "))
        elif paragraph:
            start = builder.paragraph(paragraph)
            first_body = start if first_body is None else first_body
            paragraph = []
        paragraph.extend(pieces)
    if paragraph:
        start = builder.paragraph(paragraph)
        first_body = start if first_body is None else first_body
    out.body_start = first_body or 0
    out.text = builder.text()
    out.segments = builder.segments
    return out


def _inline_dateline(text: str) -> re.Match[str] | None:
    """The first inline dateline in a line that is not an organisation's acronym with an apposition."""
    for match in P.INLINE_DATELINE.finditer(text):
        agency = match.group("agency")
        dash = match.group(0).rstrip()
        if not dash.endswith(("--", "—", "–")) and agency_name(agency) is None:
            continue  # "(DEC) - an umbrella group": a single hyphen after an unknown name is an apposition
        before = re.findall(r"\b([A-Z])[\w'-]*", text[max(0, match.start() - 80) : match.start()])
        letters = agency.replace(" ", "").replace(".", "")
        if letters.isupper() and len(letters) > 1 and "".join(before)[-len(letters):] == letters:
            continue  # "Free Syrian Army (FSA)": the acronym of the name before it
        return match
    return None


def _place_dateline(text: str) -> re.Match[str] | None:
    """The first place dateline after a sentence's end ("... at risk. PASS CHRISTIAN, MISS. -- In this ..."): a place
    with its state, or one of at least ``PLACE_DATELINE_LETTERS`` capitals."""
    for match in P.PLACE_DATELINE.finditer(text):
        letters = sum(ch.isalpha() for ch in match.group("place"))
        if match.group("region") or letters >= P.PLACE_DATELINE_LETTERS:
            return match
    return None


def _read_dateline(match: re.Match[str], prefix: str, out: Cleaned) -> None:
    """Place and agency of an inline dateline ("... 7:30 pm EDT HOUSTON (Reuters) -" -> HOUSTON, Reuters)."""
    if out.agency is None and (agency := agency_name(match.group("agency"))):
        out.agency, out.agency_evidence = agency, f"dateline '{match.group(0).strip()}'"
    words = prefix.split()
    place: list[str] = []
    for word in reversed(words):
        if not re.fullmatch(r"[A-Z][A-Z.'-]+,?", word) or word in P.TIME_ZONES:
            break
        place.insert(0, word)
    if out.dateline is None and place and len(place) <= 4:
        out.dateline = " ".join(place).rstrip(",")


PAGE_HEAD_CHARS = 700  # a page stamp this far into the text closes the page's head; further in, it is the story's
CAPTION_CHARS = 500  # from a page stamp to its photo credit at most this far: the caption between them


def _split_page_head(kept: list[Line], out: Cleaned) -> list[Line]:
    """Headline, standfirst, time stamp, caption and credit printed on one line ahead of the story, as Guardian pages
    flatten ("BP denies 'buying silence' of oil spill scientists Oil giant says ... over spill Friday 23 July 2010 10.27
    BST BP clean-up workers collect tar balls ... Photograph: Alex Ogle/AFP/Getty Images BP has rejected ...").

    The words before the stamp become a paragraph of their own (the headline, when they read as one), the stamp is the
    publication date line, and the words from it to the end of the credit are a photo caption; the story starts after
    the credit (right after the stamp when no credit follows it). With no stamp, a credit in the head of a one-line
    page still ends it: what comes before is the head's own paragraph (headline, standfirst and caption, which nothing
    tells apart), the credit goes, and the story starts after it.
    """
    seen = 0
    stamped = _stamped_head(kept)  # a wire photo's credit ends the head only where no page stamp does
    for number, line in enumerate(kept):
        day = _day_stamp(line.text)
        mark: re.Match[str] | None
        if day is not None and seen + day.start() <= PAGE_HEAD_CHARS:  # "Friday, May 28, 2010; 5:21 PM Federal health
            # officials ...": a Washington Post page's stamp, the story right after it (no caption, as on the Guardian's);
            # a blog's "Gavin Hewitt | 10:35 UK time, Monday, 18 January 2010" with its byline; a BBC page's "22 June 2010
            # Last updated at 05:09 GMT"
            cue, mark = None, day
            if out.byline is None and "byline" in day.re.groupindex and day.group("byline"):
                out.byline = day.group("byline")
        else:
            stamp = P.PAGE_STAMP.search(line.text)
            cue = (P.PHOTO_CREDIT_CUE.search(line.text) if stamped else credit_cue(line.text)) if line.group >= 0 else None
            mark = stamp if stamp is not None and (cue is None or stamp.start() < cue.start()) else cue
        if seen + (mark.start() if mark else len(line.text)) > PAGE_HEAD_CHARS:
            return kept
        if mark is None:
            seen += len(line.text) + 1
            continue
        first = _line_opening(kept, number)  # earlier sentences of the same physical line: the head
        head = [Line(k.start, k.text, HEAD_GROUP) for k in kept[first:number]]
        prefix = line.text[: mark.start()].rstrip()
        if prefix:
            head.append(Line(line.start, prefix, HEAD_GROUP))
        if mark is cue:
            end = credit_end(line.text, cue)
            out.removed.append(Removal(line.start + cue.start(), line.start + end, "photo credit", line.text[cue.start():end]))
            return kept[:first] + head + _after_captions([*_tail(line, end), *kept[number + 1:]], out)
        _date_line(line, mark, out, day=mark is day)
        after = [*_tail(line, mark.end()), *kept[number + 1:]]
        return kept[:first] + head + (after if mark is day else _drop_caption(after, out))
    return kept


DATED_CAPTION_WORDS = 70  # a gallery caption is a sentence of at most this many words


def _drop_dated_captions(kept: list[Line], out: Cleaned) -> list[Line]:
    """The gallery captions a page opens with, each with its day and its credit ("May 2: A sign on the side of a road
    in Boothville, La. calls for help to combat the massive Gulf oil spill. AP Thirteen nations ..."; 59 of 286
    bpoil_foxnews pages): the captions and the credits go, the story starts after them. A caption is the page's first
    sentence, opening with a month and a day and a colon; the splitter may have left the month alone ("Apr." | "21 :
    ..."), after the credit of the caption before ("AP Apr.")."""
    while kept and kept[0].group >= 0:
        first = kept[0]
        lone = P.LONE_MONTH.match(first.text) if len(kept) > 1 else None
        caption = [first, kept[1]] if lone is not None and not lone.group("credit") else [first]
        text = " ".join(line.text for line in caption)
        if not P.DATED_CAPTION.match(text) or len(text.split()) > DATED_CAPTION_WORDS:
            return kept
        for line in caption:
            out.removed.append(Removal(line.start, line.end, "photo caption", line.text))
        out.captions.append(text)
        kept = _after_caption_credit(kept[len(caption):], out)
    return kept


def _after_caption_credit(lines: list[Line], out: Cleaned) -> list[Line]:
    """The lines after a gallery caption without the credit that opens them ("AP", "Coast Guard via AP"), and the
    next caption's lone month kept whole ("AP Apr." | "21 : Fire boat crews ...")."""
    if not lines:
        return lines
    line = lines[0]
    lone = P.LONE_MONTH.match(line.text)
    if lone is not None and lone.group("credit") and P.CAPTION_CREDIT_RUN.match(line.text):
        cut = line.text.index(lone.group("credit")) + len(lone.group("credit"))
        out.removed.append(Removal(line.start, line.start + cut, "photo credit", line.text[:cut]))
        return [*_tail(line, cut), *lines[1:]]
    credit = P.CAPTION_CREDIT_RUN.match(line.text)
    if credit is None:
        return lines
    out.removed.append(Removal(line.start, line.start + credit.end(), "photo credit", credit.group(0)))
    return [*_tail(line, credit.end()), *lines[1:]]


def _day_stamp(text: str) -> re.Match[str] | None:
    return (P.DAY_STAMP.search(text) or P.BLOG_STAMP.search(text) or P.UPDATED_STAMP.search(text)
            or P.PAGE_UPDATED_STAMP.search(text) or P.BYLINE_STAMP.search(text))


def _stamped_head(kept: list[Line]) -> bool:
    """A page stamp stands in the page's head (``PAGE_HEAD_CHARS``): a Washington Post page's headline, caption and
    credits run on to its "Saturday, May 15, 2010; 11:47 PM", where the story starts."""
    seen = 0
    for line in kept:
        day = _day_stamp(line.text)
        if day is not None and seen + day.start() <= PAGE_HEAD_CHARS:
            return True
        seen += len(line.text) + 1
        if seen > PAGE_HEAD_CHARS:
            return False
    return False


GLUED_LEAD = re.compile(r"(?<=[a-z])\s+(?=(?:The|A|An)\s)")  # a determiner opening the lead after a head's last word
GLUED_PARTS = 2  # a headline, then a caption: each may be run into what follows it
HEAD_WORDS = (3, 16)  # words of a headline (and caption) run into the lead, at least and at most
GLUED_SENTENCE_WORDS = 25  # a first "sentence" this long on a one-line page may hold its head as well
LEAD_WORDS = 6  # words the lead must keep after the seam
#: Words after which a capitalised "The" or "A" opens a title, not a sentence ("told The Associated Press", "the
#: newspaper The Guardian").
BEFORE_A_TITLE = frozenset(
    """of the a an and or but to in on at by for from with into onto about as than that via like told tells said says
    wrote reported according newspaper magazine paper daily weekly station programme program show channel film book
    novel song album series journal blog website column""".split()
)


def _split_glued_head(kept: list[Line], seam_of: Callable[[str], tuple[int, int] | None]) -> list[Line]:
    """A one-line page's headline (and then its caption) run into its lead: "Looting in Port-au-Prince after Haiti quake
    Violence ...", "Shelterbox tents replace Haiti hospital wards A young amputee rests ...": where the page's long first
    sentence has a capitalised "The", "A" or "An" after a head of a few words, the words before it are the head's own
    paragraph (the headline, when they read as one) and the story starts at it (``seam_of``: that seam,
    ``_glued_seam``, or a head its lead recaps, ``_recapped_seam``). Only on a page printed as one line
    (a short page's one line too: "Bill Clinton appeals for Haiti earthquake aid The United Nations Special Envoy ..."),
    only in its first sentence, never after a word that opens a title ("told The Associated Press")."""
    head: list[Line] = []
    while (kept and (kept[0].group >= 0 or len(kept) == 1) and len(kept[0].text.split()) >= GLUED_SENTENCE_WORDS and len(head) < GLUED_PARTS
           and (seam := seam_of(kept[0].text)) is not None):
        first = kept[0]
        head.append(Line(first.start, first.text[: seam[0]], HEAD_GROUP))
        kept = [Line(first.start + seam[1], first.text[seam[1] :], first.group), *kept[1:]]
    return head + kept


def _glued_seam(text: str) -> tuple[int, int] | None:
    """Where a head of ``HEAD_WORDS`` ends and the lead starts, or None: the first capitalised "The", "A" or "An" after a
    word that opens no title, with ``LEAD_WORDS`` left after it; none past the longest head, none after a byline ("By
    the CNN Wire Staff Two influential U.S. senators ...")."""
    for seam in GLUED_LEAD.finditer(text):
        words = text[: seam.start()].split()
        if len(words) > HEAD_WORDS[1]:
            return None
        if (len(words) >= HEAD_WORDS[0] and words[-1].lower() not in BEFORE_A_TITLE
                and len(text[seam.end() :].split()) >= LEAD_WORDS):
            return None if words[0] == "By" else (seam.start(), seam.end())
    return None


RECAP_SHARE = 0.6  # of a head's content words (at least HEAD_WORDS[0] + 1), the share its lead must say again
RECAP_REACH = 60  # words of the lead they must come back in
RECAP_LEAD_WORDS = 20  # words left after the seam at least


def _recapped_seam(text: str) -> tuple[int, int] | None:
    """Where a head that the lead recaps ends, or None: a capitalised word right after a content word, most of the
    words before it coming back in the lead ("BP lawyers challenge government's size estimate of Gulf of Mexico oil
    spill BP lawyers have said that government estimates of the size of the Gulf of Mexico oil spill are too big"; a
    headline recaps its story). Of such seams, the last within the longest head ("of Gulf of Mexico" runs on through
    its small words; capitals in a row, "the Health Protection Agency", are one name)."""
    words = list(_WORD.finditer(text))
    best: tuple[int, int] | None = None
    if words and words[0].group() == "By":
        return None  # a byline run into the head ("By the CNN Wire Staff Britain to send military into Libya")
    for j in range(HEAD_WORDS[0] + 1, min(HEAD_WORDS[1], len(words) - RECAP_LEAD_WORDS) + 1):
        word, previous = words[j], words[j - 1]
        if text[previous.end() : word.start()] != " " or not word.group()[0].isupper():
            continue
        if (previous.group().lower() in P.ENGLISH_STOPWORDS or not previous.group()[-1].isalnum()
                or previous.group()[0].isupper() and word.group() not in ("The", "A", "An")):
            continue
        if "|" in text[: word.start()]:
            break  # a wire page's header strip ("HOUSTON/GALLIANO, Louisiana | Sun May 16, 2010"), which its dateline
            # repeats: no headline
        if text[: word.start()].count("“") > text[: word.start()].count("”"):
            continue  # inside a quotation ("President Obama: “We will make BP pay ...”")
        head = _content_words([w.group() for w in words[:j]])
        lead = _content_words([w.group() for w in words[j : j + RECAP_REACH]])
        if len(head) > HEAD_WORDS[0] and len(head & lead) >= RECAP_SHARE * len(head):
            best = (previous.end(), word.start())
    return best


_WORD = re.compile(r"[^\W_][\w'’&.-]*")


def _content_words(words: list[str]) -> set[str]:
    """Content words, lower case, with no possessive and no plural "s" ("estimates" and "estimate" are one)."""
    out = set()
    for word in words:
        word = re.sub(r"['’]s?$", "", word.lower().rstrip("."))
        if len(word) > 2 and word not in P.ENGLISH_STOPWORDS:
            out.add(word[:-1] if word.endswith("s") and len(word) > 3 else word)
    return out


def _drop_unterminated_tail(kept: list[Line], out: Cleaned) -> list[Line]:
    """A one-line page's last run with no full stop after the story's last sentence ("... analysts. An ultra-low
    latency infrastructure for electronic trading ... Our next generation legal research platform"): the page's links
    and promos run together, not a sentence of the story (an edited sentence ends with its stop)."""
    if len(kept) < 2:
        return kept
    last, before = kept[-1], kept[-2]
    if last.group < 0 or before.group != last.group or TERMINATED.search(last.text) or not TERMINATED.search(before.text):
        return kept
    out.removed.append(Removal(last.start, last.end, "unterminated page tail (links, promos)", last.text))
    return kept[:-1]


def _drop_live_clocks(kept: list[Line], out: Cleaned) -> list[Line]:
    """A live page's entry stamps ("1746 UN humanitarian chief John Holmes says ...") cut from its sentences, when the
    page has at least ``LIVE_CLOCKS`` of them and they run in order (each step the same way, a slip allowed in ten):
    a clock read as a year had put an entry in 1746. A page flattened to one line holds them inside its lines ("...
    taken from shops 2149 Mrs Clinton says ..."): there each stamp opens an entry, a paragraph of its own."""
    split = [piece for line in kept for piece in _at_inline_clocks(line)]
    found = [(number, match) for number, line in enumerate(split) if (match := P.LIVE_CLOCK.match(line.text))]
    if len(found) < P.LIVE_CLOCKS:
        return kept
    clocks = [int(match.group("clock")) for _, match in found]
    steps = list(zip(clocks, clocks[1:], strict=False))
    running = max(sum(a >= b for a, b in steps), sum(a <= b for a, b in steps))
    if running < 0.9 * len(steps) or 2 * sum(YEARS[0] <= clock <= YEARS[1] for clock in clocks) >= len(clocks):
        return kept  # stamps that read as years as often as not date a chronology's items ("2000 Dr Murray opens ...")
    out_lines = list(split)
    for number, match in found:
        line = split[number]
        out.removed.append(Removal(line.start, line.start + match.end(), "live page's time stamp", line.text[: match.end()]))
        out_lines[number] = Line(line.start + match.end(), line.text[match.end():], line.group)
    return _entries_apart(out_lines, {number for number, _ in found})


PAGE_FOOT_CHARS = 1000  # a print note this close to the end closes the story (on bpoil_guardian's 87 at most 671 before it)


def _drop_page_foot(kept: list[Line], out: Cleaned) -> list[Line]:
    """A web page's note on its print edition near the end of the text ("This article was published on guardian.co.uk
    ... A version appeared on p30 of the Main section section of the Guardian on ...") closes the story: it and what
    follows go, a site's widgets of headlines and tweets ("Comment is free on Twitter Latest news ... philipoltermann:
    Recognise the young man ...") that had made entities ("Twitter Latest" a person) and quotes."""
    for number, line in enumerate(kept):
        note = P.PRINT_NOTE.search(line.text)
        if note is None:
            continue
        rest = kept[number + 1 :]
        if len(line.text) - note.start() + sum(len(r.text) + 1 for r in rest) > PAGE_FOOT_CHARS:
            continue
        for start, text in [(line.start + note.start(), line.text[note.start():]), *((r.start, r.text) for r in rest)]:
            out.removed.append(Removal(start, start + len(text), "print edition note and the page's foot after it", text))
        head = line.text[: note.start()].rstrip()
        return [*kept[:number], *([Line(line.start, head, line.group)] if head else [])]
    return kept


CAPTION_GAP = 3  # characters between two sentences of one paragraph at most (a space, PTB's spaced stop)
INLINE_CAPTION_WORDS = 50  # a caption inside the story is a sentence of at most this many words (the longest of 40
# read on the dev topics had 45; a page's head run into one had 65)


def _drop_inline_captions(kept: list[Line], out: Cleaned) -> list[Line]:
    """A photo's caption and credit inside the story, as a page flattened to text keeps them where the photo stood
    ("... the total cost of the crisis. Tony Hayward has apologised today ... safer. Photograph: Gerald Herbert/AP
    Hayward says ...", "A building in Jacmel damaged by the earthquake. Picture: Yael Talleyrand About 10,000
    people ..."): the caption is the sentence the credit closes, in the same paragraph (before the credit on its line,
    or the sentence just before it); both go. A credit opening a paragraph of its own ("(AP Photo/Eric Gay)") goes
    alone: the paragraph before it may be the story's lead. The credits the page's head closes are its own
    (``_split_page_head``, ``_drop_caption``)."""
    result: list[Line] = []
    for line in kept:
        if P.NAMED_PHOTO_CREDIT.fullmatch(line.text):  # "(Eric Gay - AP)", the agency's credit printed again
            out.removed.append(Removal(line.start, line.end, "photo credit", line.text))
            continue
        while (cue := credit_cue(line.text)) is not None:
            end = _bracket_closed(line.text, cue.start(), credit_end(line.text, cue))
            seams = list(sentence_seams(line.text, 0, cue.start()))
            begin = seams[-1].end() if seams else 0
            caption = line.text[begin:cue.start()].strip()
            previous = result[-1] if result else None
            if not caption and previous is not None and previous.group == line.group >= 0 and (
                    line.start - previous.end <= CAPTION_GAP) and len(previous.text.split()) <= INLINE_CAPTION_WORDS:
                result.pop()  # the credit opens this sentence: the caption is the sentence before it
                out.removed.append(Removal(previous.start, previous.end, "photo caption", previous.text))
                out.captions.append(previous.text)
            elif caption and len(caption.split()) > INLINE_CAPTION_WORDS:
                begin, caption = cue.start(), ""  # no sentence reads as the caption: the credit alone
            elif caption:
                out.captions.append(caption)
            removed = line.text[begin:end].strip()
            out.removed.append(Removal(line.start + begin, line.start + end, "photo caption" if caption else "photo credit", removed))
            head = line.text[:begin].rstrip()
            if head:
                result.append(Line(line.start, head, line.group))
            tail = _tail(line, end)
            if not tail:
                break
            line = tail[0]
        else:
            result.append(line)
    return result


def _bracket_closed(text: str, cue: int, end: int) -> int:
    """A credit opened by a bracket before its cue ends at the bracket that closes it ("(Photo: American Red Cross)",
    Penn-Treebank "-LRB- Photo : American Red Cross -RRB-"), however many words the name has."""
    if not text[:cue].rstrip().endswith(("(", "-LRB-")):
        return end
    close = P.CLOSING_BRACKET.search(text, cue, cue + 80)
    return close.end() if close else end


BULLET_GROUP = 2_000_000  # groups given to the items of a list a page printed inline: above any line or live entry
LIST_HEADLINE_WORDS = 25  # a list's item of at most this many words with no full stop is a headline alone


def _at_bullets(kept: list[Line], out: Cleaned) -> list[Line]:
    """A list printed inside a line with its bullets as the word "cents" ("... pumping after suspension cents Gulf of
    Mexico leak worsens cents Wind direction shift ..."): the bullets go and each item is a paragraph of its own, from
    its bullet to the next or to the end of the line the list stood in; the items had run together into sentences
    ("cents Transocean has struck back ..." an event's summary). "cents" after a number is money and stays. An item that
    is a headline alone, short and with no full stop ("First oil washes ashore in Alabama", "BP restarts top kill pumping
    after suspension": 70 of 247 items on the dev topics, most of them links to other pages), goes too."""
    result: list[Line] = []
    item, current = BULLET_GROUP, None  # current: (the line's own group, the item's group) while an item runs on

    def keep(piece: Line) -> None:
        if piece.group >= BULLET_GROUP and len(piece.text.split()) <= LIST_HEADLINE_WORDS and not TERMINATED.search(piece.text):
            out.removed.append(Removal(piece.start, piece.end, "list item with a headline alone (a link to another page)", piece.text))
        else:
            result.append(piece)

    for line in kept:
        if current is not None and line.group != current[0]:
            current = None
        group = current[1] if current is not None else line.group
        cuts = [m for m in P.BULLET_CENTS.finditer(line.text) if not _counted(line.text[: m.start()])]
        at = 0
        for cut in cuts:
            head = line.text[at : cut.start()].strip()
            if head:
                keep(Line(line.start + line.text.index(head, at), head, group))
            out.removed.append(Removal(line.start + cut.start(), line.start + cut.end(), "list bullet", cut.group(0)))
            item += 1
            group, at = item, cut.end()
            current = (line.group, item) if line.group >= 0 else None
        tail = line.text[at:].strip()
        if tail:
            keep(Line(line.start + line.text.index(tail, at), tail, group) if at else Line(line.start, line.text, group))
    return result


def _counted(before: str) -> bool:
    """Whether the word that ``before`` ends with counts the cents after it ("84", "$1.40", "a few", "twenty")."""
    word = (before.rsplit(None, 1)[-1:] or [""])[0].lower().strip(",")
    return any(ch.isdigit() for ch in word) or word in NUMBER_WORDS or word in VAGUE_NUMBERS


LIVE_ENTRY_GROUP = 1_000_000  # groups given to a flattened live page's entries: above any line number
YEARS = (1900, 2030)  # four figures that read as a year as well as a clock (19:00 to 20:30)


def _at_inline_clocks(line: Line) -> list[Line]:
    """A line cut before each live-page stamp inside it (its pieces keep the line's group)."""
    cuts = [m.start() for m in P.LIVE_CLOCK_INLINE.finditer(line.text)
            if (before := _word_before(line.text, m.start()).lower().strip(".,")) not in P.LIVE_CLOCK_NOT_AFTER
            and before not in MONTHS]  # "25 June 2009 Dr Murray ...": a date
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    return [Line(line.start + a, line.text[a:b].rstrip(), line.group) for a, b in zip(bounds, bounds[1:], strict=False)
            if line.text[a:b].strip()]


def _word_before(text: str, at: int) -> str:
    """The word right before ``at`` (the stamp's match follows a space), read from a short window, not the line."""
    return text[max(0, at - WORD_WINDOW) : at].rsplit(None, 1)[-1]


WORD_WINDOW = 60  # characters read back for the word before a stamp: longer than any word it is compared with


def _entries_apart(lines: list[Line], stamped: set[int]) -> list[Line]:
    """Each entry a paragraph of its own: from a stamp cut inside a line to the next, its pieces take a group of their
    own (stamps at the start of a line already open one)."""
    out, group, entry = [], None, LIVE_ENTRY_GROUP
    for number, line in enumerate(lines):
        if number in stamped and line.group >= 0:
            entry += 1
            group = (line.group, entry)
        elif group is not None and line.group != group[0]:
            group = None
        out.append(Line(line.start, line.text, group[1]) if group is not None else line)
    return out


def _bracketed_credit(text: str) -> re.Match[str] | None:
    """The first wire photo credit in brackets ("(AP Photo/Eric Gay)")."""
    found = P.AGENCY_PHOTO_CREDIT.search(text)
    while found is not None and not _in_brackets(found):
        found = P.AGENCY_PHOTO_CREDIT.search(text, found.end())
    return found


def _drop_caption(lines: list[Line], out: Cleaned, find: Callable[[str], re.Match[str] | None] | None = None) -> list[Line]:
    """The caption and credit that open ``lines`` (right after a page stamp), when a credit closes it near enough (any
    credit, or one ``find`` finds)."""
    taken = 0
    for number, line in enumerate(lines):
        cue = (find or credit_cue)(line.text)
        if cue is None or taken + cue.start() > CAPTION_CHARS:
            taken += len(line.text) + 1
            if taken > CAPTION_CHARS:
                return lines
            continue
        end = credit_end(line.text, cue)
        caption = [*lines[:number], Line(line.start, line.text[:end].rstrip(), line.group)]
        for part in caption:
            out.removed.append(Removal(part.start, part.end, "photo caption", part.text))
        out.captions.append(" ".join(part.text.strip() for part in caption))
        return _tail(line, end) + lines[number + 1:]
    return lines


def _tail(line: Line, at: int) -> list[Line]:
    """What follows ``at`` in a line, stripped as lines are (none when only space is left)."""
    rest = line.text[at:]
    text = rest.lstrip()
    return [Line(line.start + at + len(rest) - len(text), text.rstrip(), line.group)] if text.strip() else []


def credit_cue(text: str) -> re.Match[str] | None:
    """The first photo credit in the text: its cue ("Photograph: ", "AP Photo/") or a credit in brackets ("(AP Photo)")."""
    found = [m for m in (P.PHOTO_CREDIT_CUE.search(text), P.AGENCY_PHOTO_CREDIT.search(text)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _in_brackets(credit: re.Match[str]) -> bool:
    """A credit printed whole in brackets ("(AP Photo)", Penn-Treebank "-LRB- AP Photo -RRB-"), not a cue before a name."""
    return credit.group(0).startswith(("(", "-LRB-"))


def credit_end(text: str, cue: re.Match[str]) -> int:
    """Where the credit that ``cue`` found ends: at its bracket, or after the name that follows its cue."""
    return cue.end() if _in_brackets(cue) else cue.end() + credit_length(text[cue.end():])


def _date_line(line: Line, mark: re.Match[str], out: Cleaned, *, day: bool) -> None:
    """Remove a page's stamp as its publication date line, and keep its date."""
    out.removed.append(Removal(line.start + mark.start(), line.start + mark.end(), "publication date line", mark.group(0)))
    if out.date_text is None:  # (Penn-Treebank copy spaces its commas: "Friday , May 28 , 2010")
        out.date_text = " ".join(mark.group("date").replace(" ,", ",").split()) if day else mark.group("date")


def _after_captions(lines: list[Line], out: Cleaned) -> list[Line]:
    """The lines after a photo credit that closed a page's head, without the credits repeated after it and the further
    captions, each closed by its own credit, that a gallery prints before the story (``_drop_caption``); a page stamp
    right after them is the date line ("Wednesday, July 21, 2010; 6:11 PM With weather conditions ...")."""
    lines = _after_credits(lines, out)
    while (fewer := _drop_caption(lines, out, _bracketed_credit)) is not lines:  # a story may tell of a photo and print
        lines = _after_credits(fewer, out)  # its "Illustration: BP LLC"; a gallery's credits are the wire's, in brackets
    if lines and (day := _day_stamp(lines[0].text)) is not None and day.start() == 0:
        _date_line(lines[0], day, out, day=True)
        lines = [*_tail(lines[0], day.end()), *lines[1:]]
    return lines


def _after_credits(lines: list[Line], out: Cleaned) -> list[Line]:
    """The lines after a photo credit without the bracketed credits printed right after it, as Washington Post pages
    repeat them ("(AP Photo/Alastair Grant) (Alastair Grant - AP) (AP Photo/Alastair Grant) ...")."""
    while lines:
        line = lines[0]
        more = P.NAMED_PHOTO_CREDIT.match(line.text) or P.AGENCY_PHOTO_CREDIT.match(line.text)
        if more is None or not _in_brackets(more):
            break
        out.removed.append(Removal(line.start, line.start + more.end(), "photo credit", more.group(0)))
        lines = [*_tail(line, more.end()), *lines[1:]]
    return lines


def credit_length(text: str) -> int:
    """Characters of the photo credit that opens ``text`` (what follows "Photograph:"), the story running on after it.

    A credit with slashes ends at its last agency ("Stan Honda/AFP/Getty Images", "Lee Celano\\/Reuters"); "X for the
    Guardian" and a web address are whole credits; otherwise a credit is one word (a wire agency, "Nasa") or two
    capitalised words followed by another capitalised one ("Dave Martin When ...", "Associated Press The ..."), not a
    word that opens sentences ("AP When Tom Reddoch was growing up").
    """
    named = re.match(r"\s*(?:[A-Z][\w'.-]*\s+){1,3}for\s+(?:the\s+)?[A-Z][\w'-]*", text)
    if named:
        return named.end()
    web = re.match(r"\s*[a-z]+(?:\s?\.\s?[a-z]+)+", text)
    if web:
        return web.end()
    words = list(re.finditer(r"\S+", text[:200]))[:8]
    slashed = [i for i, w in enumerate(words[:6]) if "/" in w.group(0)]
    if slashed:
        last = slashed[-1]
        tail = words[last].group(0).rsplit("/", 1)[-1]
        after = words[last + 2].group(0) if last + 2 < len(words) else ""
        if last + 1 < len(words) and ((words[last + 1].group(0) in P.CREDIT_TAILS and not after[:1].islower()) or tail == "The"):
            last += 1
        return words[last].end()
    if not words:
        return 0
    texts = [w.group(0) for w in words]
    two = (
        len(texts) >= 3 and agency_name(texts[0]) is None and texts[1][:1].isupper() and texts[1] not in P.SENTENCE_OPENERS
        and (texts[2][:1].isupper() or texts[1] in P.CREDIT_TAILS)
    ) or (len(texts) >= 2 and texts[1] in P.CREDIT_TAILS)
    if len(texts) >= 3 and re.fullmatch(r"[A-Z]\.", texts[1]) and texts[2][:1].isupper():
        return words[2].end()  # a middle initial: "Jae C. Hong"
    return words[1].end() if two else words[0].end()


def _drop_head_matter(kept: list[Line], out: Cleaned) -> list[Line]:
    """Bylines, captions and story highlights run together before an inline dateline ("(CNN) --").

    Wire pages flattened to one line carry them ahead of the story on that line; the story starts after the
    dateline. Only the dateline's own physical line counts (a headline on a line of its own stays), and only
    within its head (``HEAD_MATTER_CHARS``). A short header with no lowercase words before it ("(CNN) --",
    "LONDON | Tue Apr 27, 2010 4:08 am EDT LONDON (Reuters) -") is the dateline itself; one ``split_dateline``
    reads is left to it.
    """
    low, high = P.HEAD_MATTER_CHARS
    for number, line in enumerate(kept[:200]):
        match = _inline_dateline(line.text)
        place = _place_dateline(line.text)
        if match is None and place is None:
            continue
        first = _line_opening(kept, number)
        ahead = sum(len(k.text) + 1 for k in kept[first:number])  # the physical line's text before this sentence
        if place is not None and place.start() == 0 and first == number:
            place = None  # a line opening with its dateline is the body's first line: ``split_dateline`` reads it
        if place is not None and low <= ahead + place.start() <= high and (match is None or place.start() < match.start()):
            _remove_head(kept[first:number], line, place.end(), "head matter before the dateline", out)
            if out.dateline is None:
                out.dateline = " ".join(place.group("place").split())
            # what follows may open with the wire's own dateline ("AP WASHINGTON -- WASHINGTON (AP) -- The blame ...")
            return _drop_head_matter(kept[:first] + _tail(line, place.end()) + kept[number + 1:], out)
        if match is None:
            continue
        before = ahead + match.start()
        prefix = line.text[: match.start()]
        header = first == number and not re.search(r"\b[a-z]{3,}\b", prefix.replace(" am ", " ").replace(" pm ", " "))
        if before < low and header and not split_dateline(line.text)[0]:
            reason = "dateline"
        elif low <= before <= high:
            reason = "head matter before the dateline"
        else:
            return kept
        _remove_head(kept[first:number], line, match.end(), reason, out)
        _read_dateline(match, prefix, out)
        return kept[:first] + _tail(line, match.end()) + kept[number + 1:]
    return kept


def _remove_head(before: list[Line], line: Line, end: int, reason: str, out: Cleaned) -> None:
    """Log the removal of a physical line's sentences before ``line`` and of ``line`` up to ``end``."""
    for dropped in before:
        out.removed.append(Removal(dropped.start, dropped.end, reason, dropped.text))
    out.removed.append(Removal(line.start, line.start + end, reason, line.text[:end]))


def _line_opening(kept: list[Line], number: int) -> int:
    """The index of the first kept sentence of the physical line ``kept[number]`` was cut from (itself for a line of
    its own)."""
    group, first = kept[number].group, number
    while group >= 0 and first > 0 and kept[first - 1].group == group:
        first -= 1
    return first


def _is_body(line: Line) -> bool:
    return not looks_like_headline(line.text)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()
