"""Parse a stated publication date string into an ISO date."""

from __future__ import annotations

import re
import warnings

import dateparser

_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}


def parse_stated_date(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) for an absolute date string such as 'Sept. 14, 2023 - 09:17', else None."""
    cleaned = re.sub(r"\b(Sept)\.?", "Sep", text.strip())
    cleaned = re.sub(r"\s+[-–|]\s+(?=\d{1,2}:\d{2})", " ", cleaned)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", cleaned):
        return cleaned[:10]
    if not re.search(r"\d{4}", cleaned):
        return None  # no year printed: not a full date
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(cleaned, languages=["en"], settings=_SETTINGS)
    if parsed is None:
        return None
    return str(parsed.date().isoformat())
