"""Lay out the visual timeline: nodes positioned by date on an SVG axis, in lanes, long gaps compressed.

Pure functions from view rows to coordinates; the template only draws what this computes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

WIDTH = 1000
MARGIN = 120
GAP_CAP_DAYS = 45  # a longer gap between two dates is drawn as a break of this length
STACK_PX = 16  # nodes closer than this on one lane are stacked
LANE_GAP = 26
PALETTE_SIZE = 8

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def to_day(value: str | None) -> date | None:
    """A representative calendar day for a TIMEX3-style value (day, ISO week, month, year), else None."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 7, 1)
    except ValueError:
        return None
    return None


@dataclass(slots=True)
class Node:
    """One clickable mark on the timeline."""

    lane: str
    day: date
    value: str
    label: str
    href: str
    title: str
    key: str = ""
    css: str = ""
    r: float = 6.0
    x: float = 0.0
    y: float = 0.0


@dataclass(slots=True)
class Lane:
    name: str
    title: str
    y: float = 0.0
    height: float = 0.0
    nodes: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class Layout:
    width: int
    height: int
    axis_y: float
    lanes: list[Lane]
    ticks: list[dict[str, Any]]
    breaks: list[float]
    types: list[dict[str, str]]

    @property
    def empty(self) -> bool:
        return not any(lane.nodes for lane in self.lanes)


def type_class(etype: str, types: list[str]) -> str:
    """A stable colour class for an event type (by its rank among the types shown)."""
    return f"t{types.index(etype) % PALETTE_SIZE}" if etype in types else "t0"


def dated_types(events: list[dict[str, Any]]) -> list[str]:
    """The event types drawn on the chart (those of events with a placeable date), sorted."""
    return sorted({e["type"] for e in events if to_day(e.get("date"))})


def event_nodes(events: list[dict[str, Any]]) -> list[Node]:
    """One node per dated event; it links to its entry below the chart (which cites every source)."""
    types = dated_types(events)
    out = []
    for e in events:
        day = to_day(e.get("date"))
        if day is None:
            continue
        n = len(e.get("evidence") or [])
        out.append(Node("events", day, e["date"], e["summary"][:60], f"#ev-{e['id']}",
                        f"{e['date']} {e['type']}: {e['summary']} ({n} source span{'s' if n != 1 else ''})",
                        key=e["id"], css=type_class(e["type"], types), r=5.0 + min(4.0, float(e.get("salience") or 0) * 4)))
    return out


def mention_nodes(mentions: list[dict[str, Any]]) -> list[Node]:
    """One node per resolved date mention, linking to the highlighted span in its article."""
    out = []
    for t in mentions:
        day = to_day(t["value"])
        if day is None:
            continue
        outlet = t["source"].get("outlet") or "unknown outlet"
        out.append(Node("dates", day, t["value"], t["text"], f"/articles/{t['article']}#{t['start']}-{t['end']}",
                        f"“{t['text']}” = {t['value']} ({outlet})", key=f"{t['article']}-{t['start']}", css="date", r=4.5))
    return out


def published_nodes(articles: list[dict[str, Any]]) -> list[Node]:
    """One node per dated article, linking to the article reader."""
    out = []
    for a in articles:
        day = to_day(a.get("published"))
        if day is None:
            continue
        out.append(Node("published", day, a["published"], a.get("outlet") or a["id"][:8], f"/articles/{a['id']}",
                        f"{a['published']} ({a.get('published_basis')}): {a.get('headline') or a['id']} — {a.get('outlet') or 'unknown outlet'}",
                        key=a["id"], css="pub", r=5.0))
    return out


def scale(days: list[date], *, width: int = WIDTH, margin: int = MARGIN) -> tuple[dict[date, float], list[float]]:
    """x for each distinct day: linear within GAP_CAP_DAYS, longer gaps compressed; returns x by day and break positions."""
    unique = sorted(set(days))
    if not unique:
        return {}, []
    position = {unique[0]: 0.0}
    gaps: list[tuple[float, float]] = []
    for prev, cur in zip(unique, unique[1:], strict=False):
        gap = (cur - prev).days
        position[cur] = position[prev] + min(gap, GAP_CAP_DAYS)
        if gap > GAP_CAP_DAYS:
            gaps.append((position[prev], position[cur]))
    span = position[unique[-1]] or 1.0
    inner = width - 2 * margin

    def x(p: float) -> float:
        return margin + (p / span * inner if len(unique) > 1 else inner / 2)

    return {d: round(x(p), 1) for d, p in position.items()}, [round(x((a + b) / 2), 1) for a, b in gaps]


def ticks(xs: dict[date, float], *, min_px: float = 70) -> list[dict[str, Any]]:
    """Date labels under the axis, skipping those too close to the previous label."""
    out: list[dict[str, Any]] = []
    for day in sorted(xs):
        if out and xs[day] - out[-1]["x"] < min_px:
            continue
        out.append({"x": xs[day], "label": day.isoformat()})
    return out


def layout(events: list[dict[str, Any]], mentions: list[dict[str, Any]], articles: list[dict[str, Any]],
           *, width: int = WIDTH) -> Layout:
    """Place every node: lanes top to bottom (events, dates mentioned, publication), stacked where crowded."""
    lanes = [
        Lane("events", "Events", nodes=event_nodes(events)),
        Lane("dates", "Dates mentioned", nodes=mention_nodes(mentions)),
        Lane("published", "Published", nodes=published_nodes(articles)),
    ]
    xs, breaks = scale([n.day for lane in lanes for n in lane.nodes], width=width)
    y = 24.0
    for lane in lanes:
        lane.y = y
        rows: list[float] = []  # x of the last node placed in each stacked row
        for node in sorted(lane.nodes, key=lambda n: (n.day, n.label)):
            node.x = xs[node.day]
            row = next((i for i, last in enumerate(rows) if node.x - last >= STACK_PX), len(rows))
            if row == len(rows):
                rows.append(node.x)
            rows[row] = node.x
            node.y = y + 14 + row * STACK_PX
        lane.height = 28 + max(0, len(rows) - 1) * STACK_PX
        y += lane.height + LANE_GAP
    types = dated_types(events)
    legend = [{"type": t, "css": type_class(t, types)} for t in types]
    return Layout(width, int(y + 40), y, lanes, ticks(xs), breaks, legend)

