"""`storyline verify`: every citation the product shows is checked against the article it names.

A citation is ``(article, start, end)`` into the article's clean text. It is valid when the article is
stored, the span lies inside its text, and the text shown for it is what the span holds (whitespace
normalised). Checked: the briefing of each story (every item and every source shown beside it), quotes and their
speakers, entity mentions, time expressions, event and claim evidence, and the figures of claims.
The checks read the same views the CLI, the API and the export use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.spans import normal_space
from storyline.store.db import Store


@dataclass
class Verification:
    checked: dict[str, int] = field(default_factory=dict)  # citations checked, by kind
    failures: list[str] = field(default_factory=list)

    @property
    def valid_share(self) -> float:
        total = sum(self.checked.values())
        return 1.0 if total == 0 else (total - len(self.failures)) / total


class _Texts:
    """Article texts, read once each."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, str | None] = {}

    def get(self, article: str) -> str | None:
        if article not in self.cache:
            rows = self.store.query("SELECT text FROM articles WHERE id = ?", (article,))
            self.cache[article] = str(rows[0]["text"]) if rows else None
        return self.cache[article]


def _check(result: Verification, texts: _Texts, kind: str, article: str, start: Any, end: Any, shown: str | None) -> None:
    result.checked[kind] = result.checked.get(kind, 0) + 1
    where = f"{kind} {str(article)[:16]}[{start}:{end}]"
    text = texts.get(str(article))
    if text is None:
        result.failures.append(f"{where}: no such article")
        return
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        result.failures.append(f"{where}: the span is outside the article's {len(text)} characters")
        return
    if shown is not None and normal_space(shown) not in normal_space(text[start:end]):
        result.failures.append(f"{where}: shows {shown[:80]!r} but the span holds {text[start:end][:80]!r}")


def verify_store(store: Store) -> Verification:
    """Check every citation; the failures say which and why."""
    from storyline.briefing import build_briefing
    from storyline.views import claims_view, events_view

    result = Verification()
    texts = _Texts(store)
    stories = [r["id"] for r in store.query("SELECT id FROM stories ORDER BY id")]
    briefings = [build_briefing(store, story=story) for story in stories] if len(stories) > 1 else [build_briefing(store)]
    for section in (s for briefing in briefings for s in briefing.sections):
        for item in section.items:
            for c in item.citations:
                _check(result, texts, f"briefing {item.kind}", c.article, c.start, c.end, item.text)
            for extra in item.also:
                c = extra.citation
                _check(result, texts, f"briefing {item.kind}", c.article, c.start, c.end, extra.text)
    for q in store.rows("quotes"):
        _check(result, texts, "quote", q["article"], q["start"], q["end"], q["text"])
        if q["speaker_start"] is not None:
            _check(result, texts, "quote speaker", q["article"], q["speaker_start"], q["speaker_end"], None)
    for m in store.rows("mentions"):
        _check(result, texts, "mention", m["article"], m["start"], m["end"], m["text"])
    for t in store.rows("timexes"):
        _check(result, texts, "time expression", t["article"], t["start"], t["end"], t["text"])
    for event in events_view(store)["items"]:
        for ev in event["evidence"]:
            _check(result, texts, "event evidence", ev["article"], ev["start"], ev["end"], ev["text"])
    for claim in claims_view(store)["items"]:
        for ev in claim["evidence"]:
            _check(result, texts, "claim evidence", ev["article"], ev["start"], ev["end"], ev["text"])
        for figure in claim["figures"]:
            _check(result, texts, "claim figure", figure.get("article"), figure.get("start"), figure.get("end"), figure.get("text"))
    return result


def format_verification(result: Verification, *, limit: int = 50) -> str:
    total = sum(result.checked.values())
    lines = [f"{total} citations checked, {len(result.failures)} invalid ({result.valid_share:.2%} valid)"]
    lines += [f"  {kind}: {n}" for kind, n in sorted(result.checked.items())]
    lines += [f"invalid: {f}" for f in result.failures[:limit]]
    if len(result.failures) > limit:
        lines.append(f"… and {len(result.failures) - limit} more")
    return "\n".join(lines)
