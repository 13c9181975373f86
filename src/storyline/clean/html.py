"""HTML main-text and metadata extraction through trafilatura, then the line cleaner."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from storyline.clean.lines import Cleaned, clean_lines
from storyline.model import Segment


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
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
    )
    if document is None or not (document.text or "").strip():
        return None
    date, extensive = _page_date(html, url)
    return HtmlExtract(
        text=document.text,
        title=document.title,
        author=document.author,
        date=date,
        date_extensive=extensive,
        sitename=document.sitename,
        description=document.description,
    )


def _page_date(html: str, url: str | None) -> tuple[str | None, bool]:
    """Publication date from markup (stated), else from htmldate's free-text search (inferred)."""
    from htmldate import find_date

    for extensive in (False, True):
        try:
            found = find_date(html, url=url, extensive_search=extensive, original_date=True)
        except (ValueError, TypeError):
            found = None
        if found and not found.endswith("-01-01"):
            return found, extensive
        # htmldate answers YYYY-01-01 when it only found a year: that is not a date
    return None, False


def clean_html(html: str, *, url: str | None = None) -> tuple[Cleaned, HtmlExtract] | None:
    """Extract and clean an HTML page; segments point into the decoded HTML where text is verbatim."""
    extract = extract_html(html, url=url)
    if extract is None:
        return None
    cleaned = clean_lines(extract.text, known_title=extract.title)
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
    cleaned.segments = _relocate(cleaned.text, cleaned.segments[: len(cleaned.segments) - len(body_segments)], body_segments, extract.text, html)
    return cleaned, extract


def _relocate(text: str, fixed: list[Segment], segments: list[Segment], extracted: str, html: str) -> list[Segment]:
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
