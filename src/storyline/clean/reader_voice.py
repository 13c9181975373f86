"""Reader voice at the foot of a page: comment threads and calls for readers' views that carry no marker.

A news article is told in the third person and attributes what it reports. The comments printed under it, and
the outlet's call for them ("Are you in Syria? Send us your comments ..."), speak as "I", address "you",
exclaim and shout. When the last lines of a page read that way and the article above them does not, the run
is not the article. Threads with stamps or a policy line are caught line by line (``patterns.COMMENT_STAMP``,
``COMMENT_THREAD``); this catches the ones printed bare, one comment after another.

Pure functions over line texts; ``clean_lines`` applies ``reader_run`` to the lines it keeps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline import patterns as P

MIN_RUN = 3  # reader-voice lines the run must hold
RUN_SHARE = 0.6  # share of the run's lines in reader voice
BODY_SHARE = 0.15  # the article above the run may read so at most this often
MIN_BODY = 5  # lines of article above the run
THREAD_SHARE = 0.1  # lines after a comment policy under the article that read so: the readers' thread
MIN_LOUD = 1  # lines in the run only a reader writes (a reporter's own "I" in a diary or a column is not one)
CREDIT_THREAD_SHARE = 0.3  # lines after a wire photo's credit that read so: the readers' thread ...
CREDIT_THREAD_RISE = 1.5  # ... and this many times the share of the post above it (a column in the first person)

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|myself|[Ww]e|[Oo]ur|us)\b|(?:^|\s)i\s")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've|u)\b", re.IGNORECASE)
_HANDLE = re.compile(r"^\s*@\s?[A-Za-z]")  # a reply hailing another reader: "@Jim Briesle hi jim"
_SHOUT = re.compile(r"\b[A-Z]{2,}(?:[\s,']+[A-Z]{2,}){2,}\b")  # three capitalised words in a row: "IT SOUNDS INHUMAN"
# "PALIN : Well, you know ...", "Synte Peacock: How bad it will get ...": a transcript or a live Q&A, whose
# speakers talk as "I" and "you" all through; the rule does not read such pages
_SPEAKER_LABEL = re.compile(r"^\s*[A-Z][\w.,'’ -]{0,40}?\s?:\s")
MIN_LABELS = 3
_QUOTE_MARK = re.compile(r"[\"“”]|``|''")


def _attributed(text: str) -> bool:
    return bool(_QUOTE_MARK.search(text) or P.ATTRIBUTION_WORD.search(text))


def _voice(text: str) -> tuple[bool, bool]:
    """(reader voice, loud) of one line: read once for both."""
    if _attributed(text):
        return False, False
    stripped = text.rstrip()
    shouting = bool(
        stripped.endswith(("!", "??", "?!")) or _SHOUT.search(text) or stripped[:1].islower() or _HANDLE.search(text)
        or (stripped.endswith("?") and _SECOND_PERSON.search(text))
    )
    speaking = shouting or bool(_FIRST_PERSON.search(text) or _SECOND_PERSON.search(text) or stripped.endswith("?"))
    return speaking, shouting


def loud(text: str) -> bool:
    """A line only a reader writes: it exclaims, shouts, starts in lower case, hails someone ("@Jim") or asks "you"."""
    return _voice(text)[1]


def reader_voice(text: str) -> bool:
    """A line that speaks as or to someone, with no quotation and no attribution (which a reporter's line has)."""
    return _voice(text)[0]


def _quote_marks(text: str) -> tuple[int, int, int]:
    """The counts ``_open_quote`` weighs: curly opening minus closing marks, straight marks, `` minus ''."""
    return text.count("“") - text.count("”"), text.count('"'), text.count("``") - text.count("''")


def _open_quote(curly: int, straight: int, backticks: int) -> bool:
    """Whether a quotation opened before is still open (a quote's later paragraphs speak as "I"), from the marks'
    counts over the lines before."""
    return curly > 0 or straight % 2 == 1 or backticks > 0


def reader_run(texts: Sequence[str]) -> int | None:
    """Index of the first line of the longest reader-voice run that ends the page, or None.

    The run holds at least ``MIN_RUN`` voice lines, ``MIN_LOUD`` of them loud, reads so on at least ``RUN_SHARE`` of
    its lines, and starts on a voice line outside any open quotation; the article above it holds ``MIN_BODY`` lines
    and reads so on at most ``BODY_SHARE`` of them (an opinion piece in the first person throughout has no such seam).
    A page with speaker labels (a transcript, a live Q&A) has none either.
    """
    if sum(bool(_SPEAKER_LABEL.match(t)) for t in texts) >= MIN_LABELS:
        return None
    voices = [_voice(t) for t in texts]
    loud_after = [0] * (len(texts) + 1)
    for index in range(len(texts) - 1, -1, -1):
        loud_after[index] = loud_after[index + 1] + voices[index][1]
    total = sum(v for v, _ in voices)
    before = 0
    curly = straight = backticks = 0  # quote-mark counts over the lines before ``start``
    for start, (is_voice, _) in enumerate(voices):
        run = len(voices) - start
        in_run = total - before
        if (
            is_voice
            and start >= MIN_BODY
            and in_run >= MIN_RUN
            and in_run >= RUN_SHARE * run
            and loud_after[start] >= MIN_LOUD
            and before <= BODY_SHARE * start
            and not _open_quote(curly, straight, backticks)
        ):
            return start  # the earliest seam gives the longest run
        before += is_voice
        more_curly, more_straight, more_backticks = _quote_marks(texts[start])
        curly, straight, backticks = curly + more_curly, straight + more_straight, backticks + more_backticks
    return None


def reads_as_thread(texts: Sequence[str]) -> bool:
    """Whether the lines after a comment policy are the readers' (``THREAD_SHARE`` of them in reader voice)."""
    return bool(texts) and sum(reader_voice(t) for t in texts) >= THREAD_SHARE * len(texts)


def thread_after_credit(texts: Sequence[str]) -> int | None:
    """Index of the line holding a wire photo's credit ("REUTERS/Mike Blake We MUST learn from this.") after which a
    wire blog's page reads as its readers' comments, or None: the lines after it read so at least
    ``CREDIT_THREAD_SHARE`` of the time and ``CREDIT_THREAD_RISE`` times as often as the ``MIN_BODY`` or more above it."""
    voices = [_voice(t)[0] for t in texts]
    for index, text in enumerate(texts):
        if index < MIN_BODY or not P.WIRE_PHOTO_CREDIT.search(text):
            continue
        after, before = voices[index:], voices[:index]
        if len(after) < MIN_RUN:
            return None
        share, above = sum(after) / len(after), sum(before) / len(before)
        if share >= CREDIT_THREAD_SHARE and share >= CREDIT_THREAD_RISE * above:
            return index
    return None
