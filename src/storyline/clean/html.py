"""HTML main-text and metadata extraction through trafilatura, then the line cleaner.

trafilatura has already removed the page furniture, so two of the plain-text cleaner's
document-level filters do more harm than good on its output: the per-line English test drops
headings and list items ("Trend 2: Fitness Mobile App"), and the repeated-line test drops
recurring list labels ("Pros", "Cons"). Lines removed for those reasons are put back unless
they really read as another language or repeat the headline. A short first line the cleaner
took for a subheadline stays in the body unless the page's description confirms it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from storyline import patterns as P
from storyline.clean.lines import Cleaned, clean_lines
from storyline.model import Removal, Segment

#: Function words of the other languages trafilatura-eval and news sites use most; a line whose
#: words hit these more than English ones reads as another language.
FOREIGN_FUNCTION_WORDS = frozenset(
    "der die das und ist nicht mit von zu den dem ein eine auch sich für auf werden wird "
    "le la les et est des une dans pour pas qui sur avec sont du au "
    "el los las y es del que por con para una como pero más "
    "il di che non per della sono gli "
    "o os da do em com não uma "
    "het een en van zijn niet voor "
    "ve bir bu için ile da de çok olarak "
    "w z na się nie jest że "
    "dan yang di ini itu dengan untuk tidak".split()
)
#: An <h1> of fewer or more words is a logo or a teaser, not the headline.
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 2, 30
#: What separates a headline from the site name in a <title>.
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—•·:]{1,2}\s+")
#: A page whose body has no line of at least this many words is not an article.
MIN_PROSE_WORDS = 6
#: A word, or one Chinese/Japanese character (those scripts put no spaces between words).
_WORD = re.compile(r"[^\W\u3040-\u30ff\u3400-\u9fff]+|[\u3040-\u30ff\u3400-\u9fff]")
#: The reasons clean_lines gives for the two filters undone on trafilatura's text.
_FOREIGN_REASON = "non-English line"
_REPEAT_REASON = "repeated line"
_TOKEN_REASON = "foreign-script token"


@dataclass(slots=True)
class HtmlExtract:
    text: str  # trafilatura's main text, one paragraph a line
    title: str | None
    author: str | None
    date: str | None  # ISO date as htmldate found it (None when only a year was found)
    date_extensive: bool  # True when the date came from htmldate's free-text search
    sitename: str | None
    description: str | None


def extract_html(html: str, *, url: str | None = None) -> HtmlExtract | None:
    """Main text and metadata of one HTML page, or None when trafilatura finds no article text."""
    # trafilatura's default precision/recall balance: favor_recall measured lower F1 on the
    # trafilatura-eval and wcxb dev pages (it pulls in neighbouring blocks); comments stay out.
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        return None
    date, extensive = _page_date(html, url)
    return HtmlExtract(
        text=document.text or "",
        title=pick_headline(document.title, _h1_texts(html), document.sitename, url),
        author=document.author,
        date=date,
        date_extensive=extensive,
        sitename=document.sitename,
        description=document.description,
    )


def _h1_texts(html: str) -> list[str]:
    """Texts of the page's <h1> elements, whitespace collapsed."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    return [" ".join(h1.text_content().split()) for h1 in root.iter("h1")]


def pick_headline(
    title: str | None, h1s: list[str], sitename: str | None, url: str | None
) -> str | None:
    """The article headline: the page's <h1> when the <title> confirms it, else the title minus the site name."""
    for h1 in h1s:
        if (
            MIN_HEADLINE_WORDS <= len(h1.split()) <= MAX_HEADLINE_WORDS
            and title
            and _overlap(h1, title) >= 0.6
        ):
            return h1
    return strip_site_name(title, sitename, url) if title else title


def strip_site_name(title: str, sitename: str | None, url: str | None) -> str:
    """'Headline | Site' or 'Site | Headline' → 'Headline', when the cut-off part names the site."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    site_words = set(_norm(sitename or "").split()) | _domain_words(url)
    for keep, cut in ((parts[:-1], parts[-1]), (parts[1:], parts[0])):
        rest = " - ".join(keep).strip()
        cut_words = set(_norm(cut).split())
        if len(rest.split()) < MIN_HEADLINE_WORDS or not cut_words:
            continue
        compact = "".join(_norm(cut).split())
        if (
            cut_words & site_words
            or (len(compact) > 3 and compact in "".join(_domain_words(url)))
            or (len(cut.split()) <= 4 and "|" in title and cut is parts[-1])
        ):
            return rest
    return title


def _domain_words(url: str | None) -> set[str]:
    match = re.match(r"(?:\w+://)?(?:www\.)?([^/:]+)", url or "")
    return set(re.split(r"[.\-]", match.group(1).lower())[:-1]) if match else set()


def _overlap(short: str, long: str) -> float:
    """Share of `short`'s words found in `long`."""
    words = _norm(short).split()
    found = set(_norm(long).split())
    return sum(1 for w in words if w in found) / len(words) if words else 0.0


def _page_date(html: str, url: str | None) -> tuple[str | None, bool]:
    """Publication date from markup (stated), else from htmldate's free-text search (inferred).

    htmldate downloads a string that looks like a URL, and metadata extraction must never fetch
    anything: it gets the markup itself only when that starts with a tag (never a URL), else a parsed
    tree (its string path also reads the raw markup, so it stays the first choice).
    """
    import lxml.html
    from htmldate import find_date

    source: Any = html
    if not html.lstrip().startswith("<"):
        try:
            source = lxml.html.document_fromstring(html)
        except (ValueError, lxml.etree.ParserError):
            return None, False
    for extensive in (False, True):
        try:
            found = find_date(source, url=url, extensive_search=extensive, original_date=True)
        except (ValueError, TypeError):
            found = None
        if date := usable_date(found):
            return date, extensive
    return None, False


def usable_date(found: str | None) -> str | None:
    """htmldate's answer as a date, or None: YYYY-01-01 is what it says when it only found a year."""
    if not found or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found) or found.endswith("-01-01"):
        return None
    return found


def clean_html(html: str, *, url: str | None = None) -> tuple[Cleaned, HtmlExtract] | None:
    """Extract and clean an HTML page; segments point into the decoded HTML where text is verbatim."""
    try:
        extract = extract_html(html, url=url)
    except (ValueError, TypeError, AttributeError):
        return None  # lxml/trafilatura give up on some broken markup: no article found
    if extract is None:
        return None
    cleaned = clean_lines(extract.text, known_title=extract.title)
    cleaned = restore_lines(cleaned, extract.title, foreign_page=page_reads_foreign(extract.text))
    demote_subheadline(cleaned, extract.description)
    if not has_prose(cleaned.text[cleaned.body_start :]):
        return None  # menus, link lists, error pages: no line reads as a sentence
    if extract.title:
        # put the headline in front of the body, as the plain-text cleaner does
        shift = len(extract.title.strip()) + 2
        cleaned.text = extract.title.strip() + "\n\n" + cleaned.text
        cleaned.body_start += shift
        segments = [Segment(s.start + shift, s.raw_start, s.length) for s in cleaned.segments]
        title_at = html.find(extract.title.strip())
        if title_at >= 0:
            segments.insert(0, Segment(0, title_at, len(extract.title.strip())))
        cleaned.segments = segments
        body_segments = segments[1:] if title_at >= 0 else segments
    else:
        body_segments = cleaned.segments
    cleaned.segments = _relocate(
        cleaned.text,
        cleaned.segments[: len(cleaned.segments) - len(body_segments)],
        body_segments,
        extract.text,
        html,
    )
    return cleaned, extract


def has_prose(body: str) -> bool:
    """Does any line of the body hold a sentence's worth of words (not a menu or link list)?"""
    return any(len(_WORD.findall(line)) >= MIN_PROSE_WORDS for line in body.splitlines())


# --- undoing the plain-text filters that misfire on trafilatura's text ------------------------------


def reads_foreign(text: str) -> bool:
    """Does this line read as another language (non-Latin script, or other languages' function words)?"""
    letters = re.findall(r"[^\W\d_]", text)
    latin = sum(1 for ch in letters if ch < "\u0250")
    if letters and latin < len(letters) / 2:
        return True
    words = re.findall(r"[^\W\d_]+", text.lower())
    foreign = sum(1 for w in words if w in FOREIGN_FUNCTION_WORDS)
    english = sum(1 for w in words if w in P.ENGLISH_STOPWORDS)
    return foreign >= 2 and foreign > english


def page_reads_foreign(text: str) -> bool:
    """Is the page mostly not English (non-Latin script, or other languages' function words at half English's rate)?"""
    letters = re.findall(r"[^\W\d_]", text)
    if letters and sum(1 for ch in letters if ch < "\u0250") < len(letters) / 2:
        return True
    words = re.findall(r"[^\W\d_]+", text.lower())
    foreign = sum(1 for w in words if w in FOREIGN_FUNCTION_WORDS)
    english = sum(1 for w in words if w in P.ENGLISH_STOPWORDS)
    return foreign >= 5 and 2 * foreign >= english


def wrongly_removed(removal: Removal, title: str | None, *, foreign_page: bool = False) -> bool:
    """A line the plain-text cleaner dropped that belongs to an extracted article body."""
    if removal.reason.startswith(_FOREIGN_REASON):
        return foreign_page or not reads_foreign(removal.text)
    if removal.reason.startswith(_TOKEN_REASON):
        return foreign_page  # the spam-token cut is meant for English articles only
    if removal.reason == _REPEAT_REASON:
        return not (title and _norm(removal.text) == _norm(title))
    return False


def restore_lines(cleaned: Cleaned, title: str | None, *, foreign_page: bool = False) -> Cleaned:
    """Put wrongly removed lines back into the body, in their original order (offsets in the input)."""
    back = [r for r in cleaned.removed if wrongly_removed(r, title, foreign_page=foreign_page)]
    if not back:
        return cleaned
    head = cleaned.body_start
    paragraphs = _body_paragraphs(cleaned)
    for removal in back:
        host = (
            _host_paragraph(paragraphs, removal)
            if removal.reason.startswith(_TOKEN_REASON)
            else None
        )
        if host is None:
            paragraphs.append([(removal.raw_start, removal.text)])
        else:
            host.append((removal.raw_start, removal.text))
            host.sort()
    paragraphs.sort(key=lambda pieces: pieces[0][0])
    text = cleaned.text[:head]  # the title block ends with its paragraph break, or is empty
    segments = [s for s in cleaned.segments if s.start < head]
    for number, pieces in enumerate(paragraphs):
        if number:
            text += "\n\n"
        for raw_start, piece in pieces:
            segments.append(Segment(len(text), raw_start, len(piece)))
            text += piece
    cleaned.text, cleaned.segments = text, segments
    cleaned.removed = [r for r in cleaned.removed if not any(r is b for b in back)]
    return cleaned


def _host_paragraph(
    paragraphs: list[list[tuple[int, str]]], removal: Removal
) -> list[tuple[int, str]] | None:
    """The paragraph a token was cut out of: its raw span touches the token's."""
    for pieces in paragraphs:
        first, last = pieces[0], pieces[-1]
        if removal.raw_end >= first[0] and removal.raw_start <= last[0] + len(last[1]):
            return pieces
    return None


def _body_paragraphs(cleaned: Cleaned) -> list[list[tuple[int, str]]]:
    """The body's paragraphs as lists of (raw_start, piece); pieces of one paragraph are contiguous."""
    paragraphs: list[list[tuple[int, str]]] = []
    end = -1
    for seg in cleaned.segments:
        if seg.start < cleaned.body_start:
            continue
        piece = (seg.raw_start, cleaned.text[seg.start : seg.start + seg.length])
        if seg.start == end and paragraphs:
            paragraphs[-1].append(piece)
        else:
            paragraphs.append([piece])
        end = seg.start + seg.length
    return paragraphs


def demote_subheadline(cleaned: Cleaned, description: str | None) -> None:
    """Move a 'subheadline' back into the body unless the page description confirms it."""
    sub = cleaned.subheadline
    if not sub:
        return
    if description and _norm(description) == _norm(sub):
        return  # a description that runs on past the line is the lede's summary, not a standfirst
    at = cleaned.text.find(sub)
    if 0 <= at < cleaned.body_start:
        cleaned.body_start = at
        cleaned.subheadline = None


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _relocate(
    text: str, fixed: list[Segment], segments: list[Segment], extracted: str, html: str
) -> list[Segment]:
    """Map segments that point into trafilatura's text onto the HTML, where the text appears verbatim."""
    out = list(fixed)
    cursor = 0
    for seg in segments:
        piece = text[seg.start : seg.start + seg.length]
        at = html.find(piece, cursor)
        if at < 0:
            at = html.find(piece)
        if at >= 0:
            out.append(Segment(seg.start, at, seg.length))
            cursor = at + len(piece)
            continue
        # entities or inline tags break the verbatim match: anchor the longest plain-word prefix
        words = re.match(r"[\w ,'’-]{12,}", piece)
        if words:
            at = html.find(words.group(0), cursor)
            if at >= 0:
                out.append(Segment(seg.start, at, len(words.group(0))))
                cursor = at
    return out


def fragment_text(html: str) -> str:
    """Plain text of a short HTML fragment (a feed entry), one block element a line."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", html)
    for element in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())
