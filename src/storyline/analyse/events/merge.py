"""Merging the same event across articles, salience, and actor codes."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import SentenceEvent
from storyline.analyse.events.dates import compatible, partial_value, specificity
from storyline.analyse.terms import content_terms

SYMMETRIC = {"CONSULT", "SUPPORT", "COOPERATE", "AGREE"}
SAME_ACT_WORDS = 2  # words two detailed reports of one key share when they tell the same event
COMMON_DETAIL = 0.03  # a word in the details of more than this share of a story's reports tells none apart
MIN_COMMON = 10  # ... and of more than this many
RECENT_DAYS = 7  # an undated bare report names the dated event of its key this many days before its article
SAME_SENTENCE = 0.5  # share of their sentences' words two bare reports of one key share to be one event


def dated_as_first_told(events: list[SentenceEvent], published: dict[str, str], texts: dict[str, str]) -> list[SentenceEvent]:
    """The same sentence in several articles (a page republished or updated, a report copied) tells one act: each
    copy takes the date the earliest article holding it gives (of those that date it). A later page read the copy
    against its own day ("Tuesday's quake" a week on, a saying with no date given the later page's day), and the
    timeline showed the act twice, once on the wrong day."""
    copies: dict[tuple[str, str, int], list[SentenceEvent]] = defaultdict(list)
    for ev in events:
        sentence = " ".join(texts.get(ev.article, "")[ev.start : ev.end].split())
        if sentence:
            copies[(sentence, ev.type, ev.trigger_at - ev.start)].append(ev)
    first: dict[int, SentenceEvent] = {}
    for members in copies.values():
        if len({m.article for m in members}) < 2 or len({(m.date, m.end_date) for m in members}) < 2:
            continue
        dated = [m for m in members if m.date is not None and m.article in published]
        if dated:
            earliest = min(dated, key=lambda m: (published[m.article], m.article))
            for m in members:
                first[id(m)] = earliest
    return [replace(ev, date=f.date, end_date=f.end_date, granularity=f.granularity)
            if (f := first.get(id(ev))) is not None and f is not ev else ev for ev in events]


def _merge_key(ev: SentenceEvent, canon: dict[str, str]) -> tuple[str, ...]:
    """Type, the act itself and participants, capitals folded into their country; unordered for symmetric types.

    The act keeps "withdrew from the square" and "called on him to step down" apart though both are RETREAT by
    the same actor: a source is evidence of an event only when its own sentence states that act.
    """
    actor = canon.get(ev.actor or "", ev.actor or "")
    target = canon.get(ev.target or "", ev.target or "")
    if ev.type == P.INCIDENT:
        return (ev.type, ev.act)  # a force's act is one whatever the sentence says it struck or who it names
    if not actor and not target:  # "Six rebels died" and "Seven people died Sunday": no party to key them, their words do
        return (ev.type, ev.act, "", "", " ".join((ev.target_text or ev.actor_text or "").lower().split()))
    if ev.type in SYMMETRIC and target:
        return (ev.type, ev.act, *sorted((actor, target)))
    return (ev.type, ev.act, actor, target)


def merge(
    events: list[SentenceEvent], canon: dict[str, str], published: dict[str, str] | None = None,
    texts: dict[str, str] | None = None,
) -> list[list[SentenceEvent]]:
    """Groups of sentence events naming the same event: same key, the same thing done, compatible dates.

    The key holds type, act and participants; a member joins a group only when it also tells what was done
    as one of its members does (``same_act``: "fired three rockets near the port" and "fired on protesters"
    share the key, not the event). An undated report joins the one dated group of its act; when there are
    several (a 2000 visit and a 2024 visit), it joins the only one its own article also dates, else the one
    dated nearest its article's publication date (news reports what is recent or imminent), else it stays
    apart with the undated reports of the same act. An undated report of the act alone ("Putin's visit to the
    North will mark ...") names the dated event of its key in the days before its article (``RECENT_DAYS``),
    never one months away. ``texts`` (article id -> text) give a bare act's sentence.
    """
    by_key: dict[tuple[str, ...], list[SentenceEvent]] = defaultdict(list)
    for ev in events:
        by_key[_merge_key(ev, canon)].append(ev)
    told = _Told(events, texts or {})

    def fits(m: SentenceEvent, cluster: list[SentenceEvent]) -> bool:
        return any(told.same_act(m, c) for c in cluster)

    groups: list[list[SentenceEvent]] = []
    for members in by_key.values():
        clusters: list[list[SentenceEvent]] = []
        ordered = sorted(members, key=lambda m: -specificity(m.date))
        for m in (m for m in ordered if m.date is not None):
            home = next((c for c in clusters if all(compatible(m.date, x.date) for x in c if x.date) and fits(m, c)), None)
            if home is None:
                clusters.append([m])
            else:
                home.append(m)
        apart: list[list[SentenceEvent]] = []
        for m in (m for m in ordered if m.date is None):
            day = (published or {}).get(m.article)
            candidates = [c for c in clusters if fits(m, c) or (not told.what[id(m)] and _recent(c, day))]
            home = candidates[0] if len(candidates) == 1 else _home_cluster(m, candidates, day)
            if home is None:
                home = next((c for c in apart if fits(m, c)), None)
                if home is None:
                    apart.append([m])
                    continue
            home.append(m)
        groups.extend(clusters)
        groups.extend(apart)
    return groups


class _Told:
    """What each report tells beyond its key, read once: the words completing its act, else its whole sentence.

    Words in the details of more than ``COMMON_DETAIL`` of the reports (at least ``MIN_COMMON`` of them) tell
    nothing apart: a war story names its leader and its capital in most of them.
    """

    def __init__(self, events: list[SentenceEvent], texts: dict[str, str]) -> None:
        self.texts = texts
        self.sentence: dict[int, frozenset[str]] = {}
        self.what: dict[int, frozenset[str]] = {id(ev): frozenset(ev.what) if ev.what is not None else what_terms(ev)
                                                for ev in events}
        df: Counter[str] = Counter(t for words in self.what.values() for t in words)
        common = {t for t, n in df.items() if n > max(MIN_COMMON, COMMON_DETAIL * len(events))}
        if common:
            self.what = {k: words - common for k, words in self.what.items()}

    def _sentence(self, ev: SentenceEvent) -> frozenset[str]:
        if id(ev) not in self.sentence:
            self.sentence[id(ev)] = frozenset(ev.sentence_terms) if ev.sentence_terms is not None else frozenset(
                content_terms(self.texts.get(ev.article, "")[ev.start : ev.end]))
        return self.sentence[id(ev)]

    def same_act(self, a: SentenceEvent, b: SentenceEvent) -> bool:
        """Two reports of one key tell the same event: no place named differently, and what was done shares
        ``SAME_ACT_WORDS`` words, or all of the shorter's one ("resigned his post"). A bare act ("Six were
        killed Thursday", "Gadhafi's regime has killed") is the same event as another report of its key only when
        both are dated (the caller checks the dates agree), else when its sentence is mostly the other's
        (``SAME_SENTENCE`` of their words: a copy or a close rewrite).

        One shared word is not enough between two detailed reports: a war story names its capital in most of
        them ("hit the Tripoli compound", "hit four launchers near Tripoli").
        """
        if a.location and b.location and a.location.lower() != b.location.lower():
            return False
        what_a, what_b = self.what[id(a)], self.what[id(b)]
        if what_a and what_b:
            return len(what_a & what_b) >= min(SAME_ACT_WORDS, len(what_a), len(what_b))
        if a.date and b.date:
            return True  # the act alone on one side, dated alike on both: "sign an agreement with Kim" last week
        words_a, words_b = self._sentence(a), self._sentence(b)
        return len(words_a & words_b) >= SAME_SENTENCE * max(1, len(words_a | words_b))


def what_terms(ev: SentenceEvent) -> frozenset[str]:
    """Stems of what a report tells was done beyond its act: the thing acted on, the words completing the act, an
    unlinked target, the reported clause ("launched a new attack on Misrata": new, misrata; not attack). Kept with
    the article's facts (``SentenceEvent.what``), so a merge stems only what is new."""
    parts = [ev.object_text, ev.detail, ev.clause, ev.target_text if ev.target is None else None]
    return frozenset(content_terms(" ".join(p for p in parts if p)) - content_terms(ev.act))


def _home_cluster(
    member: SentenceEvent, clusters: list[list[SentenceEvent]], published: str | None
) -> list[SentenceEvent] | None:
    """The dated cluster an undated report belongs to, if the evidence says which."""
    same_article = [c for c in clusters if any(x.article == member.article for x in c)]
    if len(same_article) == 1:
        return same_article[0]
    anchor = _day(published)
    dated = [(c, _day(_first_date(c))) for c in clusters]
    near = [(abs((day - anchor).days), c) for c, day in dated if day is not None and anchor is not None]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _recent(cluster: list[SentenceEvent], published: str | None) -> bool:
    """The cluster's first date lies in the ``RECENT_DAYS`` before an article's publication (or on the day after)."""
    anchor, first = _day(published), _day(_first_date(cluster))
    return anchor is not None and first is not None and -1 <= (anchor - first).days <= RECENT_DAYS


def _day(value: str | None) -> date | None:
    """The first day of an ISO date, month or year value."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def _first_date(cluster: list[SentenceEvent]) -> str | None:
    dates = sorted(m.date for m in cluster if m.date and not m.date.startswith("XXXX") and not m.date.startswith("P"))
    return dates[0][:10] if dates else None


def date_refs(timexes: list[dict[str, Any]], groups: dict[str, str]) -> dict[str, set[str]]:
    """Resolved date value -> source groups whose articles mention it (DATEWISE's date references)."""
    refs: dict[str, set[str]] = defaultdict(set)
    for t in timexes:
        value, _, _ = partial_value(t)
        if value and not value.startswith("XXXX"):
            refs[value].add(groups.get(t["article"], t["article"]))
    return refs


def salience(date_value: str | None, sources: int, refs: dict[str, set[str]], cache: dict[str, int] | None = None) -> float:
    """Independent sources for the event plus half the sources that date anything on that day/week/month.

    A date counts the references as precise as it or coarser: a day gathers that day's, its week's and its
    month's; a year only the references to that year, never every day inside it (a year-only aside would
    otherwise outrank every dated event of the story). ``cache`` (one per ``refs``) keeps the count per start
    date: many events share a date.
    """
    if not date_value:
        return float(sources) * 0.5
    start = date_value.split("/")[0]
    if cache is not None and start in cache:
        return float(sources) + 0.5 * cache[start]
    mentioning: set[str] = set()
    precision = specificity(start)
    for value, groups in refs.items():
        if specificity(value) <= precision and compatible(value, start):
            mentioning |= groups
    if cache is not None:
        cache[start] = len(mentioning)
    return float(sources) + 0.5 * len(mentioning)


def entity_code(entity: Any, demonyms: dict[str, str], countries: dict[str, str]) -> str | None:
    """CAMEO/PLOVER-style actor code: country code plus a sector (GOV, MIL) where the text shows one."""
    if entity is None:
        return None
    country: str | None = entity.country_code
    if entity.type in ("country", "place") and country:
        return country + (" GOV" if entity.type == "place" else "")
    if entity.type == "organisation" and country:
        return country + " GOV"
    if entity.type != "person":
        return country
    names = {**countries, **demonyms}
    for role in entity.roles:
        title = role.title.lower()
        words_in_title = title.split()
        # a one-word name matches a word of the title; a longer one ("north korean") a run of words
        code = next((c for name, c in names.items() if name in words_in_title or (" " in name and f"{name} " in f"{title} ")), None)
        if code is None:
            continue
        words = set(title.replace(".", "").split())
        if words & P.MIL_TITLES:
            return f"{code} MIL"
        if words & P.GOV_TITLES:
            return f"{code} GOV"
        return code
    return None
