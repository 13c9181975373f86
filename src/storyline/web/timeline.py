"""Lay out the visual timeline: marks positioned by date on an SVG axis, in lanes, long gaps compressed.

A day is a dot; a week, month, year or date range is a bar spanning the period; an onset ("since
September") adds an arrow for "onwards". Each lane packs its marks and short labels into rows so no
two overlap; when a lane is crowded a mark keeps only its hover title. Events with no calendar date
go to a separate "undated" strip. Pure functions from view rows to coordinates; the template only
draws what this computes.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from storyline.wording import DATE_RANGE

WIDTH = 1000
MARGIN = 120
GAP_CAP_DAYS = 45  # a longer gap between two dates is drawn as a break of this length
ROW_PX = 18  # height of one packed row in a lane
LANE_PAD = 22  # room above a lane's first row (for its title)
LANE_GAP = 10
LABEL_PAD = 4  # between a mark and its label
MIN_GAP_PX = 6  # between two marks (with labels) on one row
CHAR_PX = 6.1  # estimated width of one label character at the chart's 11px font
LABEL_CHARS = 36
ONWARDS_PX = 16  # length of the "onwards" arrow after an onset's period
MAX_LABELLED_ROWS = {"events": 14, "dates": 8, "published": 4}
UNDATED_COLUMNS = 4
PALETTE_SIZE = 16  # colour classes t0..t15 in app.css

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_PARTIAL = re.compile(r"^X{4}-(\d{2})(?:-(\d{2}))?$")  # month and day known, year not
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ONSET = re.compile(rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})\b|\d{{4}}\b)", re.I)  # "since September", "since 2006"


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


def period(value: str | None) -> tuple[date, date] | None:
    """First and last day a value covers: one day, a range, an ISO week, a month or a year; None if not on the calendar."""
    if not value:
        return None
    try:
        if m := DATE_RANGE.match(value):
            first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            return (first, last) if first <= last else (last, first)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    day = to_day(value)
    return (day, day) if day else None


def partial_date(value: str | None) -> str:
    """A date whose year is unknown, as a reader says it ('12 July, year unknown'), else ''."""
    m = _PARTIAL.match(value or "")
    if not m or not 1 <= int(m[1]) <= 12:
        return ""
    month = calendar.month_name[int(m[1])]
    return f"{int(m[2])} {month}, year unknown" if m[2] else f"{month}, year unknown"


def is_onset(event: dict[str, Any]) -> bool:
    """True when the event is stated as ongoing from its date ('since September', 'since 2006')."""
    texts = [event.get("summary") or "", *(str(ev.get("text") or "") for ev in event.get("evidence") or [])]
    return any(_ONSET.search(t) for t in texts)


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(",;:") + "…"


def label_px(label: str) -> float:
    """Estimated drawn width of a label."""
    return len(label) * CHAR_PX


@dataclass(slots=True)
class Node:
    """One clickable mark on the timeline: a dot for a day, a bar for a longer period."""

    lane: str
    day: date
    value: str
    label: str
    href: str
    title: str
    key: str = ""
    css: str = ""
    r: float = 6.0
    end: date | None = None  # last day of the period, for a bar
    onwards: bool = False
    x: float = 0.0
    x2: float = 0.0  # right end of the bar (== x for a dot)
    y: float = 0.0
    label_x: float = 0.0
    anchor: str = "start"  # SVG text-anchor of the label: right of the mark ("start") or left ("end")
    show_label: bool = True

    @property
    def is_bar(self) -> bool:
        return self.x2 - self.x > 0.5

    @property
    def extent(self) -> tuple[float, float]:
        """Horizontal room the mark itself takes (bar or dot, plus the onwards arrow)."""
        return self.x - self.r, self.x2 + self.r + (ONWARDS_PX if self.onwards else 0)


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
    undated: Lane = field(default_factory=lambda: Lane("undated", "Undated"))

    @property
    def empty(self) -> bool:
        return not any(lane.nodes for lane in [*self.lanes, self.undated])

    @property
    def lane_names(self) -> list[str]:
        return [lane.name for lane in self.lanes]


def type_class(etype: str, types: list[str]) -> str:
    """A stable colour class for an event type (by its rank among the types shown)."""
    return f"t{types.index(etype) % PALETTE_SIZE}" if etype in types else "t0"


def dated_types(events: list[dict[str, Any]]) -> list[str]:
    """The event types drawn on the chart (dated ones on the axis, the others in the undated strip), sorted."""
    return sorted({e["type"] for e in events})


def source_radius(sources: int | None) -> float:
    """Mark size by the number of independent sources: 1 → 4.5px, 2 → 6px, 3 or more → 7.5px."""
    return 3.0 + 1.5 * max(1, min(3, int(sources or 1)))


def _event_title(e: dict[str, Any], when: str) -> str:
    n = int(e.get("sources") or 1)
    spans = len(e.get("evidence") or [])
    return (f"{when} {e['type']}: {e['summary']} ({n} independent source{'s' if n != 1 else ''}, "
            f"{spans} evidence span{'s' if spans != 1 else ''})")


def event_nodes(events: list[dict[str, Any]]) -> list[Node]:
    """One mark per event with a calendar date; it links to its entry below the chart (which cites every source)."""
    types = dated_types(events)
    out = []
    for e in events:
        span = period(e.get("date"))
        if span is None:
            continue
        onwards = is_onset(e)
        when = f"{e['date']}{' onwards' if onwards else ''}"
        out.append(Node("events", span[0], e["date"], short_label(e["summary"]), f"#ev-{e['id']}", _event_title(e, when),
                        key=e["id"], css=type_class(e["type"], types), r=source_radius(e.get("sources")),
                        end=span[1] if span[1] > span[0] else None, onwards=onwards))
    return out


def undated_nodes(events: list[dict[str, Any]]) -> list[Node]:
    """One mark per event with no calendar date (no date, or a day whose year is unknown), for the undated strip."""
    types = dated_types(events)
    out = []
    for e in events:
        if period(e.get("date")) is not None:
            continue
        partial = partial_date(e.get("date"))
        label = short_label(f"{partial.split(',')[0]}: {e['summary']}" if partial else e["summary"], LABEL_CHARS + 4)
        out.append(Node("undated", date.min, e.get("date") or "", label, f"#ev-{e['id']}",
                        _event_title(e, f"{e.get('date')} ({partial})" if partial else "undated"),
                        key=e["id"], css=type_class(e["type"], types), r=source_radius(e.get("sources"))))
    return out


def mention_nodes(mentions: list[dict[str, Any]]) -> list[Node]:
    """One mark per calendar date the articles mention, linking to its first mention's highlighted span."""
    out = []
    for t in mentions:
        span = period(t["value"])
        if span is None:
            continue
        count, articles = int(t.get("mentions") or 1), int(t.get("articles") or 1)
        more = f"{count} mention{'s' if count != 1 else ''} in {articles} article{'s' if articles != 1 else ''}"
        out.append(Node("dates", span[0], t["value"], short_label(t["text"], 18), f"/articles/{t['article']}#{t['start']}-{t['end']}",
                        f"“{t['text']}” = {t['value']} ({more})", key=f"{t['article']}-{t['start']}", css="date", r=4.5,
                        end=span[1] if span[1] > span[0] else None))
    return out


def published_nodes(days: list[dict[str, Any]]) -> list[Node]:
    """One mark per publication day (its count of articles), linking to the day's first article in the reader."""
    out = []
    for a in days:
        day = to_day(a.get("published"))
        if day is None:
            continue
        count = int(a.get("articles") or 1)
        name = a.get("outlet") or a.get("agency") or str(a.get("source") or a["id"]).rsplit("/", 1)[-1]
        label = short_label(name, 22) if count == 1 else f"{count} articles"
        title = (f"{a['published']} ({a.get('published_basis')}): {a.get('headline') or a['id']} — {name}" if count == 1
                 else f"{a['published']}: {count} articles published, the first {a.get('headline') or a['id']} — {name}")
        out.append(Node("published", day, a["published"], label, f"/articles/{a['id']}", title,
                        key=a["id"], css="pub", r=5.0 if count == 1 else min(9.0, 5.0 + count ** 0.5)))
    return out


def scale(days: list[date], *, width: int = WIDTH, margin: int = MARGIN) -> tuple[dict[date, float], list[float]]:
    """x for each distinct day, in order; returns x by day and the positions of breaks.

    The space between two consecutive dates grows with the square root of the days between them, so
    a busy week is not squeezed to a point next to a decade; a gap over GAP_CAP_DAYS is drawn as a
    break of that length.
    """
    unique = sorted(set(days))
    if not unique:
        return {}, []
    position = {unique[0]: 0.0}
    gaps: list[tuple[float, float]] = []
    for prev, cur in zip(unique, unique[1:], strict=False):
        gap = (cur - prev).days
        position[cur] = position[prev] + min(gap, GAP_CAP_DAYS) ** 0.5
        if gap > GAP_CAP_DAYS:
            gaps.append((position[prev], position[cur]))
    span = position[unique[-1]] or 1.0
    inner = width - 2 * margin

    def x(p: float) -> float:
        return margin + (p / span * inner if len(unique) > 1 else inner / 2)

    return {d: round(x(p), 1) for d, p in position.items()}, [round(x((a + b) / 2), 1) for a, b in gaps]


def tick_label(day: date, values: list[str]) -> str:
    """How a tick names its day: the ISO day if a mark starts exactly then, else the coarsest value ('2006', '2023-09')."""
    if not values or any(_DAY.match(v) and "/" not in v for v in values):
        return day.isoformat()
    plain = [v for v in values if "/" not in v]
    return min(plain, key=len) if plain else day.isoformat()


def ticks(xs: dict[date, float], *, labels: dict[date, list[str]] | None = None, min_px: float = 70) -> list[dict[str, Any]]:
    """Date labels under the axis (for the days in `labels`, else every day), skipping those too close to the previous one."""
    out: list[dict[str, Any]] = []
    for day in sorted(labels or xs):
        if day not in xs or (out and xs[day] - out[-1]["x"] < min_px):
            continue
        out.append({"x": xs[day], "label": tick_label(day, (labels or {}).get(day, []))})
    return out


def _fit(node: Node, row_end: float, width: int) -> tuple[float, float, str] | None:
    """Where the label can go on a row whose marks end at `row_end`: (label x, new row end, anchor), or None."""
    left, right = node.extent
    w = label_px(node.label)
    if right + LABEL_PAD + w <= width and left >= row_end + MIN_GAP_PX:
        return right + LABEL_PAD, right + LABEL_PAD + w, "start"
    if left - LABEL_PAD - w >= max(row_end + MIN_GAP_PX, 0):
        return left - LABEL_PAD, right, "end"
    return None


def pack(nodes: list[Node], *, width: int, max_labelled_rows: int) -> int:
    """Give each node a row (and its label a side) so that nothing overlaps; returns the number of rows.

    Marks go in date order to the first row with room for mark and label (right of the mark, else
    left); past `max_labelled_rows` a mark is placed without its label (its hover title stays).
    """
    rows: list[float] = []  # right end of what is drawn on each row
    placement: dict[int, int] = {}
    for node in sorted(nodes, key=lambda n: (n.x, n.x2, -n.r, n.label)):
        chosen = None
        for i, end in enumerate(rows):
            if (fit := _fit(node, end, width)) is not None:
                chosen = (i, fit)
                break
        if chosen is None and len(rows) < max_labelled_rows:
            fit = _fit(node, float("-inf"), width) or (node.extent[1] + LABEL_PAD, node.extent[1] + LABEL_PAD + label_px(node.label), "start")
            rows.append(float("-inf"))
            chosen = (len(rows) - 1, fit)
        if chosen is not None:
            row, (node.label_x, rows[row], node.anchor) = chosen
            node.show_label = True
        else:
            node.show_label = False
            left, right = node.extent
            row = next((i for i, end in enumerate(rows) if left >= end + 2), len(rows))
            if row == len(rows):
                rows.append(float("-inf"))
            rows[row] = right
        placement[id(node)] = row
    for node in nodes:
        node.y = placement[id(node)] * ROW_PX
    return len(rows)


def grid(nodes: list[Node], *, width: int, margin: int, columns: int = UNDATED_COLUMNS) -> int:
    """Lay the undated strip out as a grid of labelled marks, in the given order; returns the number of rows."""
    cell = (width - margin - 10) / columns
    for i, node in enumerate(nodes):
        row, col = divmod(i, columns)
        node.x = node.x2 = round(margin + col * cell + node.r + 2, 1)
        node.y = row * ROW_PX
        node.label_x = round(node.x + node.r + LABEL_PAD, 1)
        node.anchor = "start"
        node.show_label = True
        node.label = short_label(node.label, int((cell - 2 * node.r - 2 * LABEL_PAD) / CHAR_PX))
    return -(-len(nodes) // columns)


def layout(events: list[dict[str, Any]], mentions: list[dict[str, Any]], articles: list[dict[str, Any]],
           *, width: int = WIDTH) -> Layout:
    """Place every mark: lanes top to bottom (events, dates mentioned, publication), the axis, then the undated strip."""
    lanes = [
        Lane("events", "Events", nodes=event_nodes(events)),
        Lane("dates", "Dates mentioned", nodes=mention_nodes(mentions)),
        Lane("published", "Published", nodes=published_nodes(articles)),
    ]
    lanes = [lane for lane in lanes if lane.nodes]  # a filtered timeline draws no empty lanes
    days = [d for lane in lanes for n in lane.nodes for d in (n.day, n.end) if d is not None]
    xs, breaks = scale(days, width=width)
    y = 8.0
    for lane in lanes:
        for node in lane.nodes:
            node.x = xs[node.day]
            node.x2 = xs[node.end] if node.end else node.x
        rows = pack(lane.nodes, width=width, max_labelled_rows=MAX_LABELLED_ROWS.get(lane.name, 4))
        lane.y = y
        lane.height = LANE_PAD + max(1, rows) * ROW_PX
        for node in lane.nodes:
            node.y = round(y + LANE_PAD + node.y + ROW_PX / 2 - 2, 1)
        y += lane.height + LANE_GAP
    axis_y = y + 4
    undated = Lane("undated", "Undated", nodes=undated_nodes(events))
    rows = grid(undated.nodes, width=width, margin=MARGIN)
    undated.y = axis_y + 36
    undated.height = (LANE_PAD + rows * ROW_PX) if rows else 0
    for node in undated.nodes:
        node.y = round(undated.y + LANE_PAD + node.y + ROW_PX / 2 - 2, 1)
    types = dated_types(events)
    legend = [{"type": t, "css": type_class(t, types)} for t in types]
    height = undated.y + undated.height + 8 if undated.nodes else axis_y + 30
    starts: dict[date, list[str]] = {}
    for lane in lanes:
        for node in lane.nodes:
            starts.setdefault(node.day, []).append(node.value)
    return Layout(width, int(height), axis_y, lanes, ticks(xs, labels=starts), breaks, legend, undated)
