"""Build an Article from a RawDocument: decode, pick the right cleaner, read metadata."""

from __future__ import annotations

import json
import re

from storyline.clean.dates import parse_stated_date
from storyline.clean.html import clean_html, fragment_text
from storyline.clean.lines import Cleaned, agency_name, clean_lines
from storyline.errors import NoArticleText
from storyline.ingest.decode import decode_bytes, repair_text
from storyline.model import Article, RawDocument


def build_article(document: RawDocument) -> Article:
    """Decode and clean one raw document; raise NoArticleText when nothing of an article is left."""
    declared = declared_charset(document.raw) if document.media_type == "text/html" else None
    is_json = document.media_type == "application/json"
    decoded = decode_bytes(document.raw, what=document.source, declared=declared, repair=not is_json)
    notes = [decoded.note] if decoded.note else []
    if decoded.repaired:
        notes.append("mojibake repaired by ftfy")
    media = document.media_type
    body = decoded.text
    url, title, published_given = document.url, document.title, document.published
    if media == "application/json":
        record = json.loads(decoded.text)
        url = url or _text_field(record, "url")
        title = title or _text_field(record, "title")
        published_given = published_given or _text_field(record, "published")
        if isinstance(record.get("html"), str) and record["html"].strip():
            body, media = record["html"], "text/html"
        else:
            body, media = str(record.get("text", "")), "text/plain"
        repaired = repair_text(body)
        if repaired != body:
            body = repaired
            notes.append("mojibake repaired by ftfy")
    sitename = author = None
    html_date: str | None = None
    html_date_inferred = False
    result = None
    if media == "text/html":
        if not re.search(r"</(?:html|body)\s*>", body[-4096:], re.IGNORECASE):
            notes.append("HTML looks truncated (no closing </body> or </html>); kept the text that could be read")
        result = clean_html(body, url=url)
        if result is None and (depth := nesting_depth(body)) > MAX_HTML_DEPTH:
            # the parser gave up on pathological nesting: read the page as text instead of losing it
            notes.append(f"HTML nested {depth} levels deep (over {MAX_HTML_DEPTH}); read as plain text")
            body, media = re.sub(r"<[^>]*>", "\n", body), "text/plain"
        elif result is None and document.media_type == "application/json":
            # a feed's or record's HTML fragment is often too short for trafilatura: read its text
            body, media = fragment_text(body), "text/plain"
    if media == "text/html":
        if result is None:
            raise NoArticleText(
                f"{document.source}: no article text found in the HTML (truncated or not an article page)"
            )
        assert result is not None
        cleaned, extract = result
        sitename, author = extract.sitename, extract.author
        html_date, html_date_inferred = extract.date, extract.date_extensive
        title = title or extract.title
    else:
        cleaned = clean_lines(body, known_title=title)
        if title:
            cleaned = _prepend_title(cleaned, title)
    if len(cleaned.text[cleaned.body_start :].split()) < 5:
        truncated = " (the HTML looks truncated)" if any(n.startswith("HTML looks truncated") for n in notes) else ""
        raise NoArticleText(f"{document.source}: no article text: fewer than 5 words left after cleaning{truncated}")

    article = Article(
        id=document.id,
        source=document.source,
        raw=document.raw,
        media_type=document.media_type,
        encoding=decoded.encoding,
        decoded=body,
        text=cleaned.text,
        segments=cleaned.segments,
        removed=cleaned.removed,
        url=url,
        headline=cleaned.headline or title,
        subheadline=cleaned.subheadline,
        byline=cleaned.byline or author,
        dateline=cleaned.dateline,
        captions=cleaned.captions,
        body_start=cleaned.body_start,
        notes=notes,
    )
    _set_outlet(article, cleaned, sitename)
    _set_published(article, cleaned, published_given, html_date, html_date_inferred)
    return article


MAX_HTML_DEPTH = 500  # element nesting an HTML page may have before it is read as plain text
# elements that never close, or whose end tag HTML lets a page leave out: they add no depth
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option "
                  "optgroup thead tbody tfoot colgroup rt rp".split())
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")


def nesting_depth(html: str, *, stop: int = MAX_HTML_DEPTH + 1) -> int:
    """How deep elements nest (stops counting past ``stop``): open tags less closed ones, void elements aside."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > deepest:
            deepest = depth
            if deepest >= stop:
                break
    return deepest


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in its first 2 KB (<meta charset> or http-equiv), if any."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", raw[:2048], re.IGNORECASE)
    return match.group(1).decode("ascii").lower() if match else None


def _text_field(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _prepend_title(cleaned: Cleaned, title: str) -> Cleaned:
    from storyline.model import Segment

    shift = len(title.strip()) + 2
    cleaned.text = title.strip() + "\n\n" + cleaned.text
    cleaned.body_start += shift
    cleaned.segments = [Segment(s.start + shift, s.raw_start, s.length) for s in cleaned.segments]
    return cleaned


def _set_outlet(article: Article, cleaned: Cleaned, sitename: str | None) -> None:
    article.agency = cleaned.agency
    if cleaned.masthead:
        article.outlet, article.outlet_basis = cleaned.masthead, f"masthead '{cleaned.masthead}'"
    elif sitename:
        article.outlet, article.outlet_basis = sitename, "site name in the page metadata"
    elif cleaned.outlet_hint:
        article.outlet, article.outlet_basis = cleaned.outlet_hint, "named in the comment policy"
    elif cleaned.agency:
        article.outlet, article.outlet_basis = cleaned.agency, cleaned.agency_evidence
    if article.byline and agency_name(article.byline) and article.agency is None:
        article.agency = agency_name(article.byline)


def _set_published(
    article: Article, cleaned: Cleaned, given: str | None, html_date: str | None, html_inferred: bool
) -> None:
    for text, basis in ((given, "given in the input record"), (cleaned.date_text, "printed date line")):
        if text and (iso := parse_stated_date(text)):
            article.published, article.published_basis = iso, "stated"
            article.published_evidence, article.published_confidence = f"{basis}: '{text}'", 1.0
            return
    if html_date and not html_inferred:
        article.published, article.published_basis = html_date, "stated"
        article.published_evidence, article.published_confidence = "page markup (htmldate)", 0.95
        return
    if html_date:
        article.published, article.published_basis = html_date, "inferred"
        article.published_evidence = "a date in the page's free text (htmldate extensive search)"
        article.published_confidence = 0.5
        return
    article.published, article.published_basis = None, "unknown"
    article.published_evidence, article.published_confidence = None, None
