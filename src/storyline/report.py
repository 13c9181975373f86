"""`storyline export --format html`: one self-contained HTML file (no network needed to open it).

Briefing, an SVG timeline chart, quotes by speaker, the claims ledger and the source list. All article
text goes through Jinja2 autoescaping.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from storyline.model import MARKED_KINDS
from storyline.templating import render

CHART_WIDTH = 900
CHART_MARGIN = 40


def _ordinal(value: str) -> int | None:
    """Day number of an ISO date or a month/year prefix (first day), else None."""
    parts = value.split("-")
    try:
        if len(parts) >= 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2][:2])).toordinal()
        if len(parts) == 2 and parts[1].isdigit():
            return date(int(parts[0]), int(parts[1]), 1).toordinal()
        if len(parts) == 1 and parts[0].isdigit():
            return date(int(parts[0]), 1, 1).toordinal()
    except ValueError:
        return None
    return None


def timeline_chart(data: dict[str, Any]) -> dict[str, Any]:
    """Positions of timeline nodes on a horizontal axis (pure; the template draws them)."""
    events = {e["id"]: e for e in data["events"]}
    nodes = []
    for node in data["timeline"]:
        day = _ordinal(node["date"])
        if day is None:
            continue
        top = events[node["events"][0]]
        nodes.append({"date": node["date"], "day": day, "count": len(node["events"]), "summary": top["summary"],
                      "sources": max(e["sources"] for e in (events[i] for i in node["events"]))})
    if not nodes:
        return {"nodes": [], "width": CHART_WIDTH, "ticks": []}
    low, high = min(n["day"] for n in nodes), max(n["day"] for n in nodes)
    span = max(1, high - low)
    usable = CHART_WIDTH - 2 * CHART_MARGIN
    for i, n in enumerate(sorted(nodes, key=lambda n: n["day"])):
        n["x"] = CHART_MARGIN + round((n["day"] - low) / span * usable)
        n["y"] = 40 + (i % 4) * 22
        n["r"] = 4 + min(8, 2 * n["sources"])
    years = sorted({int(n["date"][:4]) for n in nodes})
    ticks = []
    for year in range(years[0], years[-1] + 2):
        day = date(year, 1, 1).toordinal()
        if low <= day <= high:
            ticks.append({"x": CHART_MARGIN + round((day - low) / span * usable), "label": str(year)})
    return {"nodes": nodes, "width": CHART_WIDTH, "ticks": ticks}


def render_report(data: dict[str, Any], *, briefing: Any = None) -> str:
    """The whole report as one HTML string."""
    articles = {a["id"]: a for a in data["articles"]}
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in data["quotes"]:
        if q["kind"] in MARKED_KINDS:
            by_speaker[q["speaker"]["name"] or "Unattributed"].append(q)
    speakers = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    events = {e["id"]: e for e in data["events"]}
    return render(
        "report.html",
        data=data,
        articles=articles,
        speakers=speakers,
        events=events,
        chart=timeline_chart(data),
        briefing=briefing,
    )
