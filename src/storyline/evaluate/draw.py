"""Hand-check draws: a seeded sample of what the product shows, written as a sheet a judge can read alone.

The precision figures of issues #11 and #13 are hand-checked: N items of one kind (events, quotes,
entities, claims) are drawn at random from a store through the read side the CLI, API and pages use
(``Storyline``), each with the text it cites and enough of the article around it to judge, and a judge
who sees only the sheet and ``docs/HANDCHECK.md`` gives each one a verdict. The same store, kind, seed
and size give the same sheet.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial
from typing import Any

from storyline.reader import Storyline
from storyline.wording import stance_text

# timeline: the dated events the timeline shows; denials: every sentence with a denial verb and the ledger lines citing
# it (issue #13's denial recall, labelled by hand)
KINDS = ("timeline", "events", "quotes", "entities", "claims", "denials")
CONTEXT = 300  # characters of the article either side of a quote or an event's sentence
MENTIONS_SHOWN = 3  # an entity's mentions shown, drawn with the same seed


def _window(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """The article text around [start, end), the span itself in double brackets, cut at word gaps."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        gap = text.rfind(" ", end, right)
        right = gap if gap > end else right
    before, inside, after = text[left:start], text[start:end], text[end:right]
    return ("…" if left else "") + f"{before}[[{inside}]]{after}" + ("…" if right < len(text) else "")


class _Texts:
    """Article texts, read once each."""

    def __init__(self, app: Storyline) -> None:
        self.app = app
        self.cache: dict[str, str] = {}

    def __call__(self, article: str) -> str:
        if article not in self.cache:
            row = self.app.store.article(article)
            self.cache[article] = row["text"] if row else ""
        return self.cache[article]


def _names(app: Storyline, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r["name"] for r in app.store.query(f"SELECT id, name FROM entities WHERE id IN ({marks})", sorted(ids))}


def _source(item: dict[str, Any]) -> str:
    return f"{item.get('label') or item.get('article', '')[:8]}, {item.get('date_label') or 'undated'}"


def _event_lines(app: Storyline, event: dict[str, Any], texts: _Texts, rng: random.Random) -> list[str]:
    names = _names(app, {event[k] for k in ("actor", "target") if event.get(k)})
    lines = [
        f"- shown: **{event['summary']}**",
        f"- date {event['date'] or 'undated'} ({event['granularity'] or '-'}), type {event['type']}, mode {event['mode']}, "
        f"actor {names.get(event['actor'] or '', '-')}, target {names.get(event['target'] or '', '-')}, "
        f"{event['sources']} source(s)",
    ]
    for ev in event["evidence"][:2]:
        lines.append(f"- evidence ({_source(ev)}): {_window(texts(ev['article']), ev['start'], ev['end'])}")
    return lines


def _quote_lines(app: Storyline, quote: dict[str, Any], texts: _Texts, rng: random.Random) -> list[str]:
    speaker = quote["speaker"]
    who = speaker["name"] or "(no speaker)"
    if speaker.get("role"):
        who += f" ({speaker['role']})"
    return [
        f"- shown: {who} — {quote['kind']}, cue “{quote['cue'] or ''}”: **{quote['text']}**",
        f"- in the article ({quote['source']['label']}, {quote['source']['date_label']}): "
        + _window(texts(quote["article"]), quote["start"], quote["end"]),
    ]


def _entity_lines(app: Storyline, entity: dict[str, Any], texts: _Texts, rng: random.Random) -> list[str]:
    full = app.entity(entity["id"], limit=None) or {"mentions": [], "counts": {}}
    lines = [
        f"- shown: **{entity['name']}**, {entity['type']}; also: {', '.join(entity['aliases'][:8]) or '-'}; "
        f"roles: {', '.join(sorted({r['title'] for r in entity['roles']})[:5]) or '-'}; {entity['mentions']} mentions, {entity['quotes']} quotes",
    ]
    mentions = full["mentions"]
    for mention in sorted(rng.sample(mentions, min(MENTIONS_SHOWN, len(mentions))), key=lambda m: (m["article"], m["start"])):
        lines.append(f"- mention “{mention['text']}” ({mention['article'][:8]}): "
                     + _window(texts(mention["article"]), mention["start"], mention["end"], width=150))
    return lines


def _claim_lines(app: Storyline, claim: dict[str, Any], texts: _Texts, rng: random.Random) -> list[str]:
    parties = "; ".join(f"{p['name']} {stance_text(p['stance'], claim['status'])}" for p in claim["parties"]) or "-"
    lines = [f"- shown: **{claim['statement']}**", f"- status {claim['status']}; parties: {parties}"]
    for ev in claim["evidence"][:3]:
        lines.append(f"- {ev['role']} ({_source(ev)}): {_window(texts(ev['article']), ev['start'], ev['end'], width=150)}")
    return lines


def _denial_lines(app: Storyline, sentence: dict[str, Any], texts: _Texts, rng: random.Random) -> list[str]:
    text = texts(sentence["article"])
    start, end = sentence["start"], sentence["end"]
    lines = [f"- in the article ({sentence['article'][:8]}): {_window(text, start, end, width=400)}"]
    cited = app.store.query(
        'SELECT ce.role, c.statement, c.status, c.parties FROM claim_evidence ce JOIN claims c ON c.id = ce.claim '
        'WHERE ce.article = ? AND ce."end" > ? AND ce."end" <= ? ORDER BY ce.start, c.id', [sentence["article"], start, end],
        json=True)
    for line in cited:
        parties = "; ".join(f"{p['name']} {p['stance']}" for p in line["parties"]) or "-"
        lines.append(f"- ledger ({line['role']}): **{line['statement']}**; status {line['status']}; parties: {parties}")
    if not cited:
        lines.append("- ledger: no line cites this sentence")
    return lines


def _fetch(app: Storyline, kind: str) -> tuple[int, Callable[[int], dict[str, Any]]]:
    """The population's size and a function giving its i-th item, in the view's own order."""
    if kind == "denials":  # the sentences issue #13's denial recall is counted over, by article and offset
        from storyline.evaluate.claims import denial_sentences

        sentences = [dict(s, id=f"{s['article'][:12]}:{s['start']}") for s in denial_sentences(app.store)[1]]
        return len(sentences), sentences.__getitem__
    views: dict[str, Callable[..., dict[str, Any]]] = {
        "timeline": partial(app.events, dated_only=True), "events": app.events, "quotes": app.quotes,
        "entities": app.entities, "claims": app.claims,
    }
    view = views[kind]
    total = view(limit=1)["total"]
    return total, lambda i: view(limit=1, offset=i)["items"][0]


LINES = {"timeline": _event_lines, "events": _event_lines, "quotes": _quote_lines, "entities": _entity_lines,
         "claims": _claim_lines, "denials": _denial_lines}


def draw(app: Storyline, kind: str, *, seed: int, size: int = 50, first: bool = False) -> dict[str, Any]:
    """``size`` items of ``kind`` drawn at random (seeded), each as the lines of a review sheet; ``first``: the view's
    first ``size`` items in its own order instead (the entities an analyst meets first, the most mentioned), the seed
    then drawing only the mentions shown."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")
    total, item = _fetch(app, kind)
    rng = random.Random(seed)
    picked = list(range(min(size, total))) if first else sorted(rng.sample(range(total), min(size, total)))
    texts = _Texts(app)
    items = []
    for number, index in enumerate(picked, 1):
        record = item(index)
        items.append({"number": number, "id": record["id"], "lines": LINES[kind](app, record, texts, rng)})
    return {"kind": kind, "seed": seed, "population": total, "first": first, "items": items}


def to_markdown(sheet: dict[str, Any], *, store: str) -> str:
    """The sheet as Markdown: a header naming store, kind, seed and population, then one numbered item each."""
    out = [
        f"# Draw: {'the first ' if sheet.get('first') else ''}{len(sheet['items'])} {sheet['kind']} of "
        f"{sheet['population']} (seed {sheet['seed']})",
        "",
        f"Store `{store}`. Judge each item from what is shown and its evidence only, with the criteria of "
        "docs/HANDCHECK.md; [[double brackets]] mark the cited span.",
        "",
    ]
    for item in sheet["items"]:
        out.append(f"## {item['number']}. `{item['id']}`")
        out.extend(item["lines"])
        out.append("")
    return "\n".join(out)
