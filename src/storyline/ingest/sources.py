"""Walk paths and URLs and yield RawDocuments, or a BadInput for each item that cannot be read.

Supported inputs: folders (recursively), ``.txt``, ``.html``/``.htm``, ``.jsonl``, RSS/Atom feeds
(``.xml``, ``.rss``, ``.atom``), WARC files (``.warc``, ``.warc.gz``), and ``http(s)://`` URLs of pages or feeds.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from storyline.errors import BadInput, MalformedRecord, TooLarge, UnsupportedInput
from storyline.ingest.decode import check_not_binary
from storyline.model import RawDocument
from storyline.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANDED

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ItemResult = RawDocument | BadInput


def display_name(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes that are not UTF-8 shown as \\xNN escapes."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def iter_inputs(
    paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, max_expanded: int = DEFAULT_MAX_EXPANDED,
    allow_private: bool = False,
) -> Iterator[ItemResult]:
    """Yield one RawDocument per article found, or one BadInput per item that failed; a bad item never stops the run."""
    for given in paths:
        if given.startswith(("http://", "https://")):
            yield from _from_url(given, max_bytes=max_bytes, allow_private=allow_private)
            continue
        path = Path(given)
        name = display_name(given)
        if not path.exists():
            if path.is_symlink():
                yield BadInput(f"{name}: a symbolic link that points nowhere or to itself (a loop)")
            else:
                yield BadInput(f"{name}: no such file or folder")
            continue
        if path.is_dir():
            try:
                files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            except OSError as exc:
                yield BadInput(f"{name}: cannot list the folder ({exc.strerror or exc})")
                continue
            for file in files:
                yield from _from_file(file, max_bytes=max_bytes, max_expanded=max_expanded, in_folder=True)
        else:
            yield from _from_file(path, max_bytes=max_bytes, max_expanded=max_expanded, in_folder=False)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


def _from_file(path: Path, *, max_bytes: int, max_expanded: int, in_folder: bool) -> Iterator[ItemResult]:
    source = display_name(path)
    suffix = _suffix(path)
    known = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".jsonl", ".warc", ".warc.gz"}
    if suffix not in known and in_folder and suffix:
        yield UnsupportedInput(
            f"{source}: unsupported file type '{suffix}'",
            hint="storyline reads .txt, .html, .htm, .jsonl, .rss/.atom/.xml feeds and .warc(.gz)",
        )
        return
    if suffix in {".warc", ".warc.gz"}:  # streamed, record by record, never held whole
        yield from _from_warc(path, source=source, max_bytes=max_bytes, max_expanded=max_expanded)
        return
    if suffix == ".jsonl":  # streamed, line by line
        yield from _jsonl_file(path, source=source, max_bytes=max_bytes)
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield TooLarge(
            f"{source}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one article",
            hint="raise it with --max-bytes if this really is one article",
        )
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield BadInput(f"{source}: cannot read ({exc.strerror})")
        return
    if suffix in FEED_SUFFIXES or _looks_like_feed(raw):
        yield from _from_feed(raw, source=source)
    else:
        try:
            check_not_binary(raw, what=source)
        except BadInput as exc:
            yield exc
            return
        media = "text/html" if suffix in HTML_SUFFIXES or _looks_like_html(raw) else "text/plain"
        yield RawDocument(source=source, raw=raw, media_type=media)


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _looks_like_feed(raw: bytes) -> bool:
    head = raw[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


def records_from_jsonl(raw: bytes, *, source: str, max_bytes: int) -> Iterator[ItemResult]:
    """Records of JSONL bytes already in memory (an API request, a converted corpus)."""
    yield from _records(enumerate(raw.splitlines(), start=1), source=source, max_bytes=max_bytes)


def _open_binary(path: Path, source: str) -> BinaryIO | BadInput:
    """The file open for reading, or the one line that says why it cannot be read."""
    try:
        return path.open("rb")
    except OSError as exc:
        return BadInput(f"{source}: cannot read ({exc.strerror})")


def _jsonl_file(path: Path, *, source: str, max_bytes: int) -> Iterator[ItemResult]:
    """Records of a JSONL file, read one line at a time: a file of any size, a line of at most ``max_bytes``."""
    handle = _open_binary(path, source)
    if isinstance(handle, BadInput):
        yield handle
        return
    with handle:
        yield from _records(_bounded_lines(handle, max_bytes), source=source, max_bytes=max_bytes)


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes]]:
    """(number, line) pairs; a line over ``max_bytes`` comes back as its first ``max_bytes + 1`` bytes, the rest skipped."""
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(1024 * 1024)) and not rest.endswith(b"\n"):
                pass  # skip the rest of an over-long line without holding it
        yield number, line.rstrip(b"\r\n")  # the record's bytes as splitlines() gives them: ids stay the same


def _records(lines: Iterable[tuple[int, bytes]], *, source: str, max_bytes: int) -> Iterator[ItemResult]:
    for number, line in lines:
        where = f"{source}:{number}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield TooLarge(f"{where}: record over the {max_bytes / 1e6:.0f} MB limit for one article")
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            yield MalformedRecord(
                f"{where}: not JSON ({exc.__class__.__name__}: {str(exc)[:80]})",
                hint="each line of a .jsonl file must be one JSON object",
            )
            continue
        if not isinstance(record, dict):
            yield MalformedRecord(f"{where}: a JSON {type(record).__name__}, expected an object")
            continue
        body = record.get("html") or record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield MalformedRecord(
                f"{where}: no 'text' or 'html' field with article text",
                hint="give each record a 'text' or 'html' string",
            )
            continue
        yield RawDocument(
            source=where if record.get("url") is None else str(record["url"]),
            raw=line,
            media_type="application/json",
            url=_opt_str(record.get("url")),
            title=_opt_str(record.get("title")),
            published=_opt_str(record.get("published")),
        )


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _from_feed(raw: bytes, *, source: str) -> Iterator[ItemResult]:
    import feedparser

    parsed = feedparser.parse(raw)
    if parsed.bozo and not parsed.entries:
        yield MalformedRecord(f"{source}: not a readable RSS/Atom feed ({parsed.bozo_exception})")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        content = ""
        if entry.get("content"):
            content = entry["content"][0].get("value", "")
        content = content or entry.get("summary", "")
        if not content.strip():
            yield MalformedRecord(f"{source}#{number}: feed entry without content")
            continue
        kind = "html" if re.search(r"<[a-zA-Z][^>]*>", content) else "text"
        record = {
            kind: content,
            "url": entry.get("link"),
            "title": entry.get("title"),
            "published": entry.get("published") or entry.get("updated"),
        }
        yield RawDocument(
            source=entry.get("link") or f"{source}#{number}",
            raw=json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8"),
            media_type="application/json",
            url=_opt_str(record["url"]),
            title=_opt_str(record["title"]),
            published=_opt_str(record["published"]),
        )


class _Capped(io.RawIOBase):
    """A read-only stream that raises TooLarge once more than ``cap`` bytes have been read through it."""

    def __init__(self, inner: io.BufferedIOBase | gzip.GzipFile, cap: int, what: str) -> None:
        self.inner, self.cap, self.what, self.count = inner, cap, what, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        self.count += len(data)
        if self.count > self.cap:
            raise TooLarge(f"{self.what}: expands to over {self.cap / 1e6:.0f} MB (a compression bomb?); the rest was not read",
                           hint="raise the cap with --max-expanded if this really is one archive")
        buffer[: len(data)] = data
        return len(data)


def _from_warc(path: Path, *, source: str, max_bytes: int, max_expanded: int) -> Iterator[ItemResult]:
    """HTML responses of a WARC file, streamed: each record read up to ``max_bytes``, the file up to ``max_expanded``."""
    from warcio.archiveiterator import ArchiveIterator

    handle = _open_binary(path, source)
    if isinstance(handle, BadInput):
        yield handle
        return
    with handle:
        head = handle.read(2)
        handle.seek(0)
        stream: Any = gzip.GzipFile(fileobj=handle) if head == b"\x1f\x8b" else handle
        capped = io.BufferedReader(_Capped(stream, max_expanded, source))
        try:
            if not capped.peek(5)[:5].startswith(b"WARC/"):
                yield MalformedRecord(f"{source}: not a WARC file (it does not start with a WARC/1.x record)")
                return
            found = 0
            for record in ArchiveIterator(capped, no_record_parse=False, check_digests=False):
                found += 1
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield TooLarge(f"{source} {(url or '')[:200]}: page over the {max_bytes / 1e6:.0f} MB limit for one article")
                    continue
                # WARC-Date is the crawl time, not the publication date: leave `published` to the cleaner.
                yield RawDocument(source=url or source, raw=body, media_type="text/html", url=url)
            if not found:
                yield MalformedRecord(f"{source}: no WARC records could be read")
        except TooLarge as exc:
            yield exc
        except Exception as exc:  # warcio and gzip raise several unrelated types on corrupt archives
            yield MalformedRecord(f"{source}: unreadable WARC ({exc.__class__.__name__}: {str(exc)[:120]})")


def _from_url(url: str, *, max_bytes: int, allow_private: bool = False) -> Iterator[ItemResult]:
    from storyline.ingest.fetch import any_address, fetch, public_only

    try:
        raw, ctype = fetch(url, max_bytes=max_bytes, policy=any_address if allow_private else public_only)
    except BadInput as exc:
        yield exc
        return
    if "xml" in ctype or _looks_like_feed(raw):
        yield from _from_feed(raw, source=url)
        return
    yield RawDocument(source=url, raw=raw, media_type="text/html" if "html" in ctype or _looks_like_html(raw) else "text/plain", url=url)
