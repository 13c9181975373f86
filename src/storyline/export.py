"""Export the store as JSON, JSONL, CSV or Markdown, in the shape fixed by the spine issue.

Top level: ``articles``, ``entities``, ``quotes``, ``events``, ``claims``, ``timeline``.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.model import CLAIM_STATUSES, MARKED_KINDS, QUOTE_KINDS
from storyline.store.db import Store
from storyline.wording import against

TOP_LEVEL = ("articles", "entities", "quotes", "events", "claims", "timeline")


def build_export(store: Store, *, story: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The whole record as plain JSON-ready data; with ``story``, that story's articles and what derives from them."""
    members = {r["article"] for r in store.query("SELECT article FROM story_articles WHERE story = ?", (story,))} if story else None

    def kept(article: str) -> bool:
        return members is None or article in members

    articles = [article_record(a) for a in store.article_rows(with_text=True) if kept(a["id"])]
    mentioned = {m["entity"] for m in store.rows("mentions") if m["entity"] and kept(m["article"])} if story else None
    entity_rows = store.rows("entities")
    entities = [_entity(e) for e in entity_rows if mentioned is None or e["id"] in mentioned]
    names = {e["id"]: Speaker.of(e) for e in entity_rows}
    quotes = [quote_record(q, names) for q in store.rows("quotes") if kept(q["article"])]
    evidence = defaultdict(list)
    for row in store.rows("event_evidence"):
        evidence[row["event"]].append({"article": row["article"], "start": row["start"], "end": row["end"]})
    events = [_event(e, evidence[e["id"]]) for e in store.rows("events") if not story or e["story"] == story]
    claim_evidence = defaultdict(list)
    for row in store.rows("claim_evidence"):
        claim_evidence[row["claim"]].append({"article": row["article"], "start": row["start"], "end": row["end"], "role": row["role"]})
    claims = [_claim(c, claim_evidence[c["id"]]) for c in store.rows("claims") if not story or c["story"] == story]
    return {
        "articles": articles,
        "entities": entities,
        "quotes": quotes,
        "events": events,
        "claims": claims,
        "timeline": build_timeline(events),
    }


def group_by_date(events: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Dated events grouped by date, in date order; within a date, most salient first."""
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        if event.get("date"):
            by_date[event["date"]].append(event)
    return [(date, sorted(by_date[date], key=_rank)) for date in sorted(by_date)]


def _rank(event: dict[str, Any]) -> tuple[float, float]:
    """Most salient first; of events salience leaves tied, the most central to the story ("Moody's cut its outlook on BP
    debt" before "Clean Harbors shares fell" on one day of the BP story)."""
    return -float(event.get("salience") or 0.0), -float(event.get("centrality") or 0.0)


def build_timeline(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The export's timeline: each date with its event ids by salience and their summed salience."""
    return [
        {"date": date, "events": [e["id"] for e in ranked], "salience": sum(float(e.get("salience") or 0) for e in ranked)}
        for date, ranked in group_by_date(events)
    ]


def article_record(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "source", "url", "headline", "subheadline", "byline", "outlet", "agency", "dateline",
            "published", "published_basis", "published_evidence", "published_confidence", "published_earliest", "published_latest", "text", "body_start", "captions", "words")
    return {k: row.get(k) for k in keys}


def _entity(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "type": row["type"], "country_code": row["country_code"],
            "aliases": row["aliases"], "roles": row["roles"], "variants": row["variants"]}


@dataclass(frozen=True)
class Speaker:
    """A speaker's entity as a quote shows it: its name, and every name it goes by (lower case)."""

    name: str
    names: frozenset[str]

    @classmethod
    def of(cls, entity: Mapping[str, Any]) -> Speaker:
        aliases = entity.get("aliases") or []
        return cls(entity["name"], frozenset(" ".join(str(n).lower().split()) for n in [entity["name"], *aliases]))

    def written(self, speaker: str | None) -> bool:
        """The quotes stage's speaker, as it wrote them, is this entity: one of its names, or a name ending on the same
        word ("Tony Hayward" for "Hayward")."""
        words = (speaker or "").lower().split()
        return bool(words) and (" ".join(words) in self.names or any(n.split()[-1:] == words[-1:] for n in self.names))


def speaker_names(store: Store, rows: Iterable[Mapping[str, Any]]) -> dict[str, Speaker]:
    """Entity id -> the speaker entity, for the speakers of these quote rows (one query)."""
    ids = sorted({r["speaker_entity"] for r in rows if r.get("speaker_entity")})
    if not ids:
        return {}
    found = store.query(f"SELECT id, name, aliases FROM entities WHERE id IN ({','.join('?' * len(ids))})", ids, json=True)
    return {r["id"]: Speaker.of(r) for r in found}


def quote_record(row: dict[str, Any], names: Mapping[str, Speaker] | None = None) -> dict[str, Any]:
    """A quote as exported and shown. The speaker's name is their entity's (``names``: entity id -> speaker) when the
    corpus linked one: the quotes stage's own guess ("Christiane Amanpour" for a "He" of her report) is kept as
    ``as_written``, and every view names the speaker as the entity link, the briefing and the speaker lists do. The
    role is the quotes stage's, of the person it named: shown only when the link is that person ("Moammar Gadhafi
    (associate professor of government at Dartmouth College)" had joined the entity stage's "he" to the quotes stage's
    role of the professor)."""
    entity = (names or {}).get(row["speaker_entity"] or "")
    linked = entity.name if entity is not None else None
    role = (row["speaker_role"] if entity is None or not row["speaker_named"] or entity.written(row["speaker"])
            else None)  # (a description's role is the description: "the Libyan leader", linked from it, keeps it)
    return {
        "id": row["id"], "article": row["article"], "text": row["text"], "start": row["start"], "end": row["end"],
        "speaker": {"name": linked or row["speaker"], "as_written": row["speaker"], "entity": row["speaker_entity"],
                    "role": role, "named": bool(row["speaker_named"]) or linked is not None,
                    "start": row["speaker_start"], "end": row["speaker_end"]},
        "cue": row["cue"], "cue_start": row["cue_start"], "cue_end": row["cue_end"], "kind": row["kind"], "group": row["grp"],
    }


def _event(row: dict[str, Any], evidence: list[dict[str, Any]]) -> dict[str, Any]:
    out = {k: row[k] for k in ("id", "date", "granularity", "type", "actor", "target", "actor_code", "target_code", "mode", "location", "summary", "sources", "salience")}
    out["evidence"] = evidence
    return out


def _claim(row: dict[str, Any], evidence: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": row["id"], "statement": row["statement"], "asserted_by": row["asserted_by"], "denied_by": row["denied_by"],
            "evidence": evidence, "status": row["status"], "figures": row["figures"], "parties": row.get("parties") or [],
            "sources": row.get("sources") or 0, "story": row.get("story")}


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_jsonl(data: dict[str, Any]) -> str:
    """One item per line, each tagged with its ``kind``."""
    lines = []
    for kind in TOP_LEVEL:
        for item in data[kind]:
            lines.append(json.dumps({"kind": kind.rstrip("s") if kind != "timeline" else "timeline", **item}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs a cell that starts so (OWASP CSV injection)
ENTITY_COLUMNS = frozenset({"actor", "target", "entity"})


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: formula starts neutralised with a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _span_text(item: dict[str, Any]) -> str:
    return f"{item.get('article', '')[:16]}[{item.get('start')}:{item.get('end')}]" + (f" {item['role']}" if item.get("role") else "")


def flat_row(row: dict[str, Any], names: dict[str, str]) -> dict[str, str]:
    """One CSV row: nested objects become their own columns, lists plain text, entity ids names."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                out[f"{key}_{sub}"] = names.get(inner, inner) if sub == "entity" and isinstance(inner, str) else inner
        elif isinstance(value, list):
            parts = [_span_text(v) if isinstance(v, dict) and "start" in v else
                     (", ".join(f"{k}: {x}" for k, x in v.items() if x is not None) if isinstance(v, dict) else str(v)) for v in value]
            out[key] = "; ".join(parts)
        elif key in ENTITY_COLUMNS and isinstance(value, str):
            out[key] = names.get(value, value)
        else:
            out[key] = value
    return {k: csv_cell(v) for k, v in out.items()}


def to_csv_tables(data: dict[str, Any]) -> dict[str, str]:
    """One CSV text per top-level list, for spreadsheets: names not ids, no JSON in cells, formulas neutralised."""
    names = {e["id"]: e["name"] for e in data.get("entities", [])}
    out = {}
    for kind in TOP_LEVEL:
        rows = [flat_row(row, names) for row in data[kind]]
        buffer = io.StringIO()
        if rows:
            fields: list[str] = []
            for row in rows:
                fields.extend(k for k in row if k not in fields)
            writer = csv.DictWriter(buffer, fieldnames=fields)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
        out[kind] = buffer.getvalue()
    return out


def to_markdown(data: dict[str, Any]) -> str:
    """A readable Markdown report: sources, timeline, quotes by speaker, claims, entities."""
    articles = {a["id"]: a for a in data["articles"]}

    def cite(article_id: str) -> str:
        a = articles.get(article_id, {})
        return md_escape(f"({article_id[:8]}: {a.get('outlet') or 'unknown outlet'}, {a.get('published') or 'date unknown'})")

    lines = ["# storyline record", ""]
    lines += ["## Sources", "", "| id | published | basis | outlet | headline |", "|---|---|---|---|---|"]
    for a in data["articles"]:
        lines.append(f"| {a['id'][:8]} | {md_escape(a['published'] or '—')} | {md_escape(a['published_basis'])} | "
                     f"{md_escape(a['outlet'] or '—')} | {md_escape(a['headline'] or '')} |")
    events = {e["id"]: e for e in data["events"]}
    if data["timeline"]:
        lines += ["", "## Timeline", ""]
        for node in data["timeline"]:
            for event_id in node["events"]:
                e = events[event_id]
                sources = ", ".join(sorted({cite(ev["article"]) for ev in e["evidence"]}))
                lines.append(f"- **{md_escape(node['date'])}** {md_escape(e['summary'])} {sources}")
    if data["quotes"]:
        lines += ["", "## Quotes by speaker", ""]
        by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for q in data["quotes"]:
            by_speaker[q["speaker"]["name"] or "unattributed"].append(q)
        for speaker in sorted(by_speaker):
            lines.append(f"### {md_escape(speaker)}")
            for q in by_speaker[speaker]:
                mark = '"' if q["kind"] in MARKED_KINDS else ""
                lines.append(f"- {mark}{md_escape(q['text'])}{mark} ({md_escape(q['kind'])}, {md_escape(q['cue'] or 'no cue')}) {cite(q['article'])}")
            lines.append("")
    if data["claims"]:
        lines += ["## Claims", ""]
        for c in data["claims"]:
            who = md_escape(", ".join(c["asserted_by"]) or "unattributed")
            denied = f"; {against(c['status'])} {md_escape(', '.join(c['denied_by']))}" if c["denied_by"] else ""
            sources = ", ".join(sorted({cite(ev["article"]) for ev in c["evidence"]}))
            lines.append(f"- **{md_escape(c['status'])}**: {md_escape(c['statement'])} (asserted by {who}{denied}) {sources}")
    if data["entities"]:
        lines += ["", "## Entities", "", "| name | type | code | aliases |", "|---|---|---|---|"]
        for e in data["entities"]:
            lines.append(f"| {md_escape(e['name'])} | {md_escape(e['type'])} | {md_escape(e['country_code'] or '')} | "
                         f"{md_escape(', '.join(e['aliases']))} |")
    return "\n".join(lines) + "\n"


def md_escape(text: str) -> str:
    """Escape Markdown/HTML-significant characters in untrusted text (every field of the report goes through it)."""
    return (str(text).replace("&", "&amp;").replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]").replace("\n", " "))


def write_csv_dir(data: dict[str, Any], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, text in to_csv_tables(data).items():
        path = folder / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def json_schema() -> dict[str, Any]:
    """JSON Schema of the export."""
    string, integer, number = {"type": "string"}, {"type": "integer"}, {"type": "number"}
    nstring = {"type": ["string", "null"]}
    evidence = {"type": "object", "required": ["article", "start", "end"],
                "properties": {"article": string, "start": integer, "end": integer, "role": string}}

    def obj(required: list[str], props: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "required": required, "properties": props}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "storyline export",
        "type": "object",
        "required": list(TOP_LEVEL),
        "properties": {
            "articles": {"type": "array", "items": obj(
                ["id", "source", "headline", "byline", "outlet", "dateline", "published", "published_basis", "text"],
                {"id": string, "source": string, "url": nstring, "headline": nstring, "subheadline": nstring, "byline": nstring,
                 "outlet": nstring, "agency": nstring, "dateline": nstring,
                 "published": {"type": ["string", "null"], "format": "date"},
                 "published_basis": {"enum": ["stated", "inferred", "unknown"]}, "published_evidence": nstring,
                 "published_confidence": {"type": ["number", "null"]}, "text": string, "body_start": integer})},
            "entities": {"type": "array", "items": obj(["id", "name", "type", "aliases", "roles"], {
                "id": string, "name": string, "type": {"enum": ["person", "organisation", "country", "place", "other"]},
                "country_code": nstring, "aliases": {"type": "array", "items": string},
                "roles": {"type": "array", "items": obj(["title", "article", "start", "end"], {
                    "title": string, "article": string, "start": integer, "end": integer, "date": nstring})}})},
            "quotes": {"type": "array", "items": obj(["id", "article", "text", "start", "end", "speaker", "cue", "kind"], {
                "id": string, "article": string, "text": string, "start": integer, "end": integer,
                "speaker": obj(["name", "entity"], {"name": nstring, "entity": nstring, "role": nstring}),
                "cue": nstring, "kind": {"enum": list(QUOTE_KINDS)}})},
            "events": {"type": "array", "items": obj(["id", "date", "type", "actor", "target", "summary", "evidence"], {
                "id": string, "date": nstring, "type": string, "actor": nstring, "target": nstring, "summary": string,
                "mode": string, "sources": integer, "salience": number, "evidence": {"type": "array", "items": evidence}})},
            "claims": {"type": "array", "items": obj(["id", "statement", "asserted_by", "denied_by", "evidence", "status"], {
                "id": string, "statement": string, "asserted_by": {"type": "array", "items": string},
                "denied_by": {"type": "array", "items": string}, "evidence": {"type": "array", "items": evidence},
                "status": {"enum": list(CLAIM_STATUSES)}, "sources": integer,
                "parties": {"type": "array", "items": obj(["name", "stance"], {
                    "name": string, "entity": nstring, "stance": {"enum": ["asserts", "alleges", "confirms", "denies", "retracts"]},
                    "articles": integer})}})},
            "timeline": {"type": "array", "items": obj(["date", "events"], {
                "date": string, "events": {"type": "array", "items": string}})},
        },
    }
