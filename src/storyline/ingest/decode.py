"""Bytes to text: encoding detection, mojibake repair, and the checks that reject non-text input."""

from __future__ import annotations

from dataclasses import dataclass

import charset_normalizer
import ftfy

from storyline.errors import BinaryInput, EmptyInput, UndecodableInput


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool
    note: str | None = None


BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def bom_encoding(raw: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding a byte-order mark announces, if the bytes start with one."""
    return next((name for bom, name in BOMS if raw.startswith(bom)), None)


def check_not_binary(raw: bytes, *, what: str) -> None:
    """Reject empty input and bytes that are not text (NULs or many control bytes); UTF-16/32 with a BOM is text."""
    if bom := bom_encoding(raw):
        try:
            text = raw.decode(bom)
        except UnicodeDecodeError:
            raise BinaryInput(f"{what}: starts with a {bom.upper()} byte-order mark but is not {bom.upper()} text") from None
        if not text.strip("\ufeff \t\r\n"):
            raise EmptyInput(f"{what}: empty file, nothing to ingest")
        return
    if not raw.strip():
        raise EmptyInput(f"{what}: empty file, nothing to ingest")
    head = raw[:8192]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        raise BinaryInput(f"{what}: binary data (NUL bytes), not a text, HTML or JSONL file")
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > len(head) * 0.05:
        raise BinaryInput(f"{what}: binary data ({controls} control bytes in the first {len(head)})")


def repair_text(text: str) -> str:
    """Mojibake and odd line breaks repaired by ftfy (curly quotes kept)."""
    return str(ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True))


def decode_bytes(raw: bytes, *, what: str, declared: str | None = None, repair: bool = True) -> Decoded:
    """Decode bytes as UTF-8, else the declared or detected encoding, then repair mojibake with ftfy.

    ``repair=False`` leaves the text as decoded: a JSON record is repaired field by field after parsing,
    since a repair across its syntax (a mojibake sequence before an escaped quote) can break it.
    """
    check_not_binary(raw, what=what)
    note = None
    encoding = "utf-8"
    if bom := bom_encoding(raw):
        text = raw.decode(bom).lstrip("\ufeff")
        fixed = repair_text(text) if repair else text
        return Decoded(text=fixed, encoding=bom, repaired=fixed != text, note=None)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = ""
        if declared:
            try:
                text = raw.decode(declared)
                encoding = declared
            except (UnicodeDecodeError, LookupError):
                text = ""
        if not text:
            best = charset_normalizer.from_bytes(raw).best()
            if best is None or best.chaos > 0.25:
                raise UndecodableInput(
                    f"{what}: not valid UTF-8 (bad byte at {exc.start}) and no other encoding fits",
                    hint="convert the file to UTF-8 and ingest it again",
                ) from None
            encoding = best.encoding
            text = str(best)
        note = f"not valid UTF-8 (bad byte at {exc.start}); decoded as {encoding}"
    fixed = repair_text(text) if repair else text
    return Decoded(text=fixed, encoding=encoding, repaired=fixed != text, note=note)
