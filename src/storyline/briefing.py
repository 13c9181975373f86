"""An extractive, cited briefing of the story: every sentence comes verbatim from an article and cites it.

Sections: what happened (date order), who said what, what is disputed or denied (with figures side by
side), and what is new since a date. Near-identical sentences from syndicated copies are shown once
with all their citations. ``build_briefing`` is pure over store rows; the renderers only format.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from storyline.analyse.lexicon import PERSON_PRONOUNS, PLURAL_PRONOUNS
from storyline.export import quote_record, speaker_names
from storyline.spans import normal_space
from storyline.store.db import Store
from storyline.views import (
    alleged_label,
    claims_view,
    date_label,
    events_view,
    find_entity,
    source_name,
)
from storyline.wording import against, date_order, date_text, plural

MAX_HAPPENED = 20
TALK_TYPES = frozenset({"STATEMENT", "DEMAND", "DISAPPROVE"})  # what was said, ranked after what was done
MAX_QUOTES_PER_SPEAKER = 2
PRONOUN_SPEAKERS = PERSON_PRONOUNS | frozenset(PLURAL_PRONOUNS)  # a speaker read from a pronoun, not a name
MAX_SPEAKERS = 8
MAX_ALSO_SHOWN = 3  # sources shown beside a line in their own words (text and Markdown); the JSON lists every one
OPPOSED = frozenset({"contested", "denied", "rejected"})  # claims the briefing lists under "Disputed or denied"


@dataclass(slots=True)
class Citation:
    article: str
    start: int
    end: int
    outlet: str | None
    published: str | None

    def label(self) -> str:
        return f"{self.article[:8]}, {self.outlet or 'unknown outlet'}, {self.published or 'date unknown'}"


def event_date_label(value: str) -> str:
    """'XXXX-07-12' -> '07-12 (year unknown)'; a season or a week in words ('summer 2010'); plain values unchanged."""
    return value.replace("XXXX-", "") + " (year unknown)" if value.startswith("XXXX") else date_text(value)


def citations_text(item: Item) -> str:
    """Citations grouped by article: 'id, outlet, date' once per article."""
    return "; ".join(c.label() for c in item.sources())


@dataclass(slots=True)
class Also:
    """Another source's own sentence for the same item (its words differ from the item's)."""

    text: str  # verbatim from ``citation``'s article
    citation: Citation


@dataclass(slots=True)
class Item:
    text: str  # verbatim at every one of ``citations`` (whitespace aside)
    citations: list[Citation]
    lead: str | None = None  # a label the briefing adds (a date, a speaker), not a claim
    also: list[Also] = field(default_factory=list)  # other sources, each with its own sentence
    kind: str = "sentence"  # sentence, quote or figure

    def sources(self) -> list[Citation]:
        """The first citation of each article, in order."""
        seen: dict[str, Citation] = {}
        for c in self.citations:
            seen.setdefault(c.article, c)
        return list(seen.values())

    def add_source(self, text: str, citation: Citation) -> None:
        """Cite another article: on this line if it prints the very same words, else beside it with its own sentence."""
        if citation.article in {c.article for c in self.citations} | {a.citation.article for a in self.also}:
            return  # one article does not corroborate itself
        if normal_space(text) == normal_space(self.text):
            self.citations.append(citation)
        else:
            self.also.append(Also(text, citation))

    def independent(self) -> int:
        """Articles that state this item, each by its own span."""
        return len({c.article for c in self.citations} | {a.citation.article for a in self.also})



@dataclass(slots=True)
class Section:
    title: str
    items: list[Item] = field(default_factory=list)
    more: int = 0  # how many more the store holds than this section shows
    command: str | None = None  # the command that lists them all


@dataclass(slots=True)
class Briefing:
    title: str
    sections: list[Section]
    articles: int
    since: str | None = None
    entity: str | None = None
    story: str | None = None  # the one story briefed (a store of several stories is briefed one at a time)
    story_label: str | None = None


class _Corpus:
    """Articles, sentences and entity mentions (of one story, when given), indexed for evidence lookups."""

    def __init__(self, store: Store, story: str | None = None) -> None:
        members = {r["article"] for r in store.query("SELECT article FROM story_articles WHERE story = ?", (story,))} if story else None
        self.articles = {a["id"]: a for a in store.article_rows(with_text=True) if members is None or a["id"] in members}
        self.sentences: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for s in store.rows("sentences"):
            self.sentences[s["article"]].append(s)
        self.mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for m in store.rows("mentions"):
            self.mentions[m["article"]].append(m)

    def sentence(self, article: str, start: int, end: int) -> tuple[int, int]:
        """The sentence(s) that contain [start, end)."""
        spans = [s for s in self.sentences.get(article, []) if s["end"] > start and s["start"] < end]
        if not spans:
            return start, end
        return spans[0]["start"], spans[-1]["end"]

    def citation(self, article: str, start: int, end: int) -> Citation:
        a = self.articles.get(article, {})
        return Citation(article, start, end, source_name(a), date_label(a))

    def text(self, article: str, start: int, end: int) -> str:
        return str(self.articles[article]["text"][start:end])

    def mentions_entity(self, article: str, start: int, end: int, entity_id: str) -> bool:
        return any(m["entity"] == entity_id and m["start"] >= start and m["end"] <= end for m in self.mentions.get(article, []))

    def in_body(self, article: str, start: int) -> bool:
        return start >= int(self.articles[article].get("body_start") or 0)


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def lead_sentence(items: list[Item], summary: str) -> Item:
    """Of the sentences reporting one event, the one its summary was read from (the most of its words, then the fewest
    words of its own): the quake's "On 12 January 2010, a magnitude 7 earthquake hit Haiti at 16:53 local time", not the
    first source's "As the quake hit during school time on Tuesday, many more children ..."; the rig's "... the
    Deepwater Horizon rig, which exploded on 20 April with the loss of 11 lives, ...", not the shorter "The two senators
    had previously lobbied Transocean, owner of the Deepwater Horizon rig that exploded on 20 April, against ..."."""
    wanted = _tokens(summary)
    if not wanted:
        return items[0]

    def share(item: Item) -> tuple[int, float]:
        words = _tokens(item.text)
        return len(wanted & words), len(wanted & words) / max(1, len(words))

    return max(items, key=share)


def _merge(items: list[Item]) -> list[Item]:
    """Show near-identical sentences once, with every citation (syndicated copies, rewrites)."""
    out: list[Item] = []
    for item in items:
        words = _tokens(item.text)
        numbers = set(re.findall(r"\d[\d,.]*", item.text))
        articles = {c.article for c in item.citations}
        first = item.citations[0]
        if any((first.article, first.start, first.end) == (k.citations[0].article, k.citations[0].start, k.citations[0].end) for k in out):
            continue  # the very same sentence, cited twice (e.g. as assertion and as denial)
        for kept in out:
            other = _tokens(kept.text)
            if articles & {c.article for c in kept.citations}:
                continue  # one article does not corroborate itself
            if numbers != set(re.findall(r"\d[\d,.]*", kept.text)):
                continue  # different figures are a disagreement, not a copy
            if words and other and len(words & other) / len(words | other) >= 0.7:
                for citation in item.citations:  # each source keeps its own words
                    kept.add_source(item.text, citation)
                for extra in item.also:
                    kept.add_source(extra.text, extra.citation)
                break
        else:
            out.append(item)
    return out


def _sentence_item(corpus: _Corpus, article: str, start: int, end: int, *, lead: str | None = None) -> Item | None:
    s_start, s_end = corpus.sentence(article, start, end)
    if not corpus.in_body(article, s_start):
        return None
    return Item(corpus.text(article, s_start, s_end), [corpus.citation(article, s_start, s_end)], lead)


def _happened(store: Store, corpus: _Corpus, entity_id: str | None, since: str | None, story: str | None) -> Section:
    section = Section("What happened")
    # a decade or century ("201", "20") dates nothing an analyst can place: such events stay off the briefing; earlier
    # years than the story's are its background, which a briefing gives where slots are free (``_spread``)
    events = [e for e in events_view(store, dated_only=True, story=story, period=False)["items"]
              if len(e["date"].split("/")[0]) >= 4]
    if entity_id:
        events = [e for e in events if entity_id in (e["actor"], e["target"])]
    if since:
        events = [e for e in events if e["date"] >= since]
    events.sort(key=lambda e: (-(e["salience"] or 0), e["type"] in TALK_TYPES, -(e.get("centrality") or 0), e["date"]))
    first = min((a["published"][:10] for a in corpus.articles.values() if a.get("published")), default=None)
    opening = _days_before(first, BACKGROUND_DAYS) if first else ""
    chosen = sorted(_spread(events, MAX_HAPPENED, opening), key=lambda e: date_order(e["date"]))
    section.more = max(0, len(events) - MAX_HAPPENED)
    section.command = "storyline timeline" + (f" --from {since}" if since else "")
    items = []
    used: set[tuple[str, int]] = set()  # sentences already shown for an earlier event
    for event in chosen:
        candidates = [
            c for ev in event["evidence"]
            if (c := _sentence_item(corpus, ev["article"], ev["start"], ev["end"], lead=event_date_label(event["date"])))
        ]
        fresh = [c for c in candidates if (c.citations[0].article, c.citations[0].start) not in used]
        if not fresh:
            continue  # every sentence reporting it is already shown, with its citation
        item = lead_sentence(fresh, event.get("summary") or "")
        if event.get("alleged"):
            item.lead = f"{item.lead} ({alleged_label(event['alleged'])})"
        for other in candidates:
            if other is not item:
                item.add_source(other.text, other.citations[0])
        used.add((item.citations[0].article, item.citations[0].start))
        items.append(item)
    if not items:
        items = _dated_sentences(store, corpus, entity_id, since)
    section.items = _merge(items)
    return section


BACKGROUND_DAYS = 30  # events dated this long before the first article are the story's background, not its course


def _days_before(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except ValueError:
        return ""


def _spread(ranked: list[dict[str, Any]], wanted: int, opening: str = "") -> list[dict[str, Any]]:
    """The ``wanted`` most salient events, at most an even share of them from any month of the coverage (from
    ``opening`` on), so the briefing follows the story from start to end (bpoil_washingtonpost's twenty had all been
    April and May, the months its articles date most, though the story ran to January); slots left free go to the
    most salient of the rest, background included."""
    course = [e for e in ranked if e["date"][:10] >= opening and len(e["date"].split("/")[0]) >= 7]
    months = {e["date"][:7] for e in course}
    share = max(2, -(-wanted // max(1, len(months))))
    taken: dict[str, int] = {}
    chosen: list[dict[str, Any]] = []
    for event in course:
        month = event["date"][:7]
        if len(chosen) < wanted and taken.get(month, 0) < share:
            chosen.append(event)
            taken[month] = taken.get(month, 0) + 1
    picked = {id(e) for e in chosen}
    chosen += [e for e in ranked if id(e) not in picked][: wanted - len(chosen)]
    return chosen


def _dated_sentences(store: Store, corpus: _Corpus, entity_id: str | None, since: str | None) -> list[Item]:
    """Fallback without events: sentences holding a resolved day- or month-level date, in date order."""
    rows = []
    for t in store.rows("timexes"):
        if t["article"] not in corpus.articles or t["type"] != "DATE" or not t["value"] or not re.fullmatch(
                r"\d{4}-\d{2}(-\d{2})?", t["value"]):
            continue  # another story's article, or no day or month
        if since and t["value"] < since:
            continue
        start, end = corpus.sentence(t["article"], t["start"], t["end"])
        if entity_id and not corpus.mentions_entity(t["article"], start, end, entity_id):
            continue
        rows.append((t["value"], t["article"], start, end))
    items = []
    seen = set()
    for value, article, start, end in sorted(rows):
        if (article, start) in seen or not corpus.in_body(article, start):
            continue
        seen.add((article, start))
        items.append(Item(corpus.text(article, start, end), [corpus.citation(article, start, end)], value))
    return items[:MAX_HAPPENED]


def _said(store: Store, corpus: _Corpus, entity_id: str | None, since: str | None) -> Section:
    section = Section("Who said what")
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in store.rows("quotes"):
        if q["kind"] != "direct" or not q["speaker"] or q["article"] not in corpus.articles:
            continue
        if not q["speaker_named"] and not q["speaker_role"]:
            continue  # an unnamed speaker is worth a line only with the role the article gives
        if since and (corpus.articles[q["article"]].get("published") or "") < since:
            continue
        if entity_id and q["speaker_entity"] != entity_id and not corpus.mentions_entity(q["article"], q["start"], q["end"], entity_id):
            continue
        key = q["speaker_entity"] or (q["speaker"] if q["speaker_named"] else f"unnamed:{q['article']}:{q['speaker_role']}")
        by_speaker[key].append(q)
    ranked = sorted(by_speaker.values(), key=lambda qs: -len(qs))[:MAX_SPEAKERS]
    shown = sum(min(len(qs), MAX_QUOTES_PER_SPEAKER) for qs in ranked)
    section.more = max(0, sum(len(qs) for qs in by_speaker.values()) - shown)
    section.command = "storyline quotes --kind direct"
    names = speaker_names(store, [q for quotes in ranked for q in quotes])
    for quotes in ranked:
        quotes.sort(key=lambda q: (-len({x["article"] for x in quotes if x["grp"] and x["grp"] == q["grp"]}),
                                   _said_by_a_pronoun(corpus, q), -(q["end"] - q["start"])))
        distinct: list[dict[str, Any]] = []  # one line per quote: its copies in other articles are sources of that line
        for q in quotes:
            if not (q["grp"] and any(d["grp"] == q["grp"] for d in distinct)):
                distinct.append(q)
        for q in distinct[:MAX_QUOTES_PER_SPEAKER]:
            speaker = quote_record(q, names)["speaker"]  # named as every view names them: their entity's name
            lead = speaker["name"] if speaker["named"] else f"{speaker['name']} (unnamed)"
            item = _sentence_item(corpus, q["article"], q["start"], q["end"], lead=lead)
            if item is None:
                continue
            item.kind = "quote"
            for other in quotes:
                if other is not q and other["grp"] and other["grp"] == q["grp"]:
                    copy = _sentence_item(corpus, other["article"], other["start"], other["end"])
                    if copy is not None:
                        item.add_source(copy.text, copy.citations[0])
            section.items.append(item)
    section.items = _merge(section.items)
    return section


def _said_by_a_pronoun(corpus: _Corpus, q: dict[str, Any]) -> bool:
    """The quote's words are given to a "he", "she" or "they" the speaker was read from, not to a name written there: a
    speaker's lines lead with those the article attributes by name (on LibyaWar_cnn the first line under Moammar Gadhafi
    had twice been someone else's words a pronoun was read wrongly for: Eman al-Obeidy's, Robert Gates's)."""
    if q["speaker_start"] is None or q["speaker_end"] is None:
        return False
    return corpus.text(q["article"], q["speaker_start"], q["speaker_end"]).strip().lower() in PRONOUN_SPEAKERS


def _disputed(store: Store, corpus: _Corpus, entity_id: str | None, story: str | None) -> Section:
    section = Section("Disputed or denied", command="storyline claims")
    for claim in claims_view(store, story=story)["items"]:
        differing = [f for f in claim["figures"] if f.get("differs")]  # one statement's several figures disagree with nothing
        if claim["status"] not in OPPOSED and not differing:
            continue
        if entity_id and not any(corpus.mentions_entity(e["article"], *corpus.sentence(e["article"], e["start"], e["end"]), entity_id) for e in claim["evidence"]):
            continue
        label = f"{claim['status']}: asserted by {', '.join(claim['asserted_by']) or 'unattributed'}"
        if claim["denied_by"]:
            label += f"; {against(claim['status'])} {', '.join(claim['denied_by'])}"
        lead: str | None = label
        if differing and claim["status"] not in OPPOSED:
            lead = "figures differ"
        for ev in claim["evidence"]:
            if ev["role"] == "figure":
                continue
            item = _sentence_item(corpus, ev["article"], ev["start"], ev["end"], lead=lead)
            if item is not None:
                section.items.append(item)
                lead = None  # the label once per claim
        if differing:
            for figure in differing:
                article, start, end = str(figure.get("article")), figure.get("start"), figure.get("end")
                if article not in corpus.articles or not isinstance(start, int) or not isinstance(end, int):
                    continue
                who = figure.get("attributed_to") or "unattributed"
                when = figure.get("date") or "undated"
                section.items.append(Item(corpus.text(article, start, end), [corpus.citation(article, start, end)],
                                          f"figure side by side ({who}, {when})", kind="figure"))
    section.items = _merge(section.items)
    return section


def _new_since(corpus: _Corpus, since: str, *, shown: list[Section]) -> Section:
    """Every article published since the date that no section above already cites: its first body sentence."""
    section = Section(f"New since {since}")
    cited = {c.article for s in shown for i in s.items for c in [*i.citations, *(a.citation for a in i.also)]}
    for article in sorted(corpus.articles.values(), key=lambda a: a.get("published") or ""):
        if not article.get("published") or article["published"] < since or article["id"] in cited:
            continue
        sentences = [s for s in corpus.sentences.get(article["id"], []) if s["start"] >= int(article["body_start"] or 0)]
        if sentences:
            first = sentences[0]
            section.items.append(Item(corpus.text(article["id"], first["start"], first["end"]),
                                      [corpus.citation(article["id"], first["start"], first["end"])], article["published"]))
    return section


def build_briefing(store: Store, *, since: str | None = None, entity: str | None = None, story: str | None = None) -> Briefing:
    """Assemble the briefing from the store (of one story, when given); every item is a verbatim sentence with citations."""
    corpus = _Corpus(store, story)
    entity_id = None
    if entity:
        found = find_entity(store, entity)
        entity_id = found["id"] if found else "__none__"
    sections = [_happened(store, corpus, entity_id, since, story), _said(store, corpus, entity_id, since),
                _disputed(store, corpus, entity_id, story)]
    if since:
        sections.append(_new_since(corpus, since, shown=sections))
    _once(sections)
    for section in sections:
        for item in section.items:
            _name_leading_pronoun(store, item)
    label = None
    if story:
        rows = store.query("SELECT label FROM stories WHERE id = ?", (story,))
        label = rows[0]["label"] if rows else None
    title = ("Briefing" + (f": {entity}" if entity else "") + (f" since {since}" if since else "")
             + (f" — story {story}" + (f" ({label})" if label else "") if story else ""))
    kept = [s for s in sections if s.items]
    cited = {c.article for s in kept for i in s.items for c in [*i.citations, *(a.citation for a in i.also)]}
    return Briefing(title, kept, len(cited) if (since or entity) else len(corpus.articles), since, entity, story, label)


def _once(sections: list[Section]) -> None:
    """An item appears in one section only: the first that shows its sentence."""
    seen: set[tuple[str, int]] = set()
    for section in sections:
        kept = []
        for item in section.items:
            key = (item.citations[0].article, item.citations[0].start)
            if key in seen:
                continue
            seen.add(key)
            kept.append(item)
        section.items = kept


LEADING_PRONOUN = re.compile(r"^(?:He|She|They|It|His|Her|Their|Its)\b")


def _name_leading_pronoun(store: Store, item: Item) -> None:
    """'He last visited …' -> lead '[Vladimir Putin]': the entity the resolver linked that pronoun to, if any. A quote's
    lead names its speaker already ('Wyclef Jean: He said: “...”' had gained the resolver's other reading of that "He")."""
    if item.kind == "quote" or not LEADING_PRONOUN.match(item.text):
        return
    c = item.citations[0]
    rows = store.query(
        "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.article = ? AND m.start = ? AND m.source = 'resolver'",
        (c.article, c.start))
    if rows:
        name = f"[{rows[0]['name']}]"
        item.lead = f"{item.lead} {name}" if item.lead else name


def render_text(briefing: Briefing) -> str:
    lines = [briefing.title, "=" * len(briefing.title), f"{plural(briefing.articles, 'article')}; every sentence below is quoted verbatim from the cited sources.", ""]
    for section in briefing.sections:
        lines += [section.title, "-" * len(section.title)]
        for item in section.items:
            lead = f"{item.lead}: " if item.lead else ""
            lines.append(f"- {lead}{item.text} [{citations_text(item)}]")
            for extra in item.also[:MAX_ALSO_SHOWN]:
                lines.append(f"    also, in its own words: {extra.text} [{extra.citation.label()}]")
            if len(item.also) > MAX_ALSO_SHOWN:
                lines.append(f"    and {plural(len(item.also) - MAX_ALSO_SHOWN, 'more source')} in their own words (brief --format json lists them)")
        if section.more:
            lines.append(f"… and {section.more} more; `{section.command}` lists them")
        lines.append("")
    if not briefing.sections:
        lines.append("Nothing to brief yet: ingest articles with `storyline ingest PATH`.")
    return "\n".join(lines).rstrip() + "\n"


def render_markdown(briefing: Briefing) -> str:
    from storyline.export import md_escape

    lines = [f"# {md_escape(briefing.title)}", "", f"_{plural(briefing.articles, 'article')}; every sentence is quoted verbatim from the cited sources._", ""]
    for section in briefing.sections:
        lines += [f"## {md_escape(section.title)}", ""]
        for item in section.items:
            lead = f"**{md_escape(item.lead)}**: " if item.lead else ""
            cites = "; ".join(f"`{c.article[:8]}` {md_escape(c.outlet or 'unknown outlet')}, {md_escape(c.published or 'date unknown')}, "
                              f"chars {c.start}–{c.end}" for c in item.sources())
            lines.append(f"- {lead}{md_escape(item.text)} ({cites})")
            for extra in item.also[:MAX_ALSO_SHOWN]:
                c = extra.citation
                lines.append(f"    - also, in its own words: {md_escape(extra.text)} (`{c.article[:8]}` {md_escape(c.outlet or 'unknown outlet')}, "
                             f"{md_escape(c.published or 'date unknown')}, chars {c.start}–{c.end})")
            if len(item.also) > MAX_ALSO_SHOWN:
                lines.append(f"    - and {plural(len(item.also) - MAX_ALSO_SHOWN, 'more source')} in their own words")
        if section.more:
            lines.append(f"- … and {section.more} more; `{md_escape(section.command or '')}` lists them")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_json(briefing: Briefing) -> str:
    """The briefing as data: sections, items with their text, kind, lead and citations (article, start, end)."""
    import json
    from dataclasses import asdict

    return json.dumps(asdict(briefing), ensure_ascii=False, indent=2)


def render_html(briefing: Briefing) -> str:
    from storyline.templating import render

    return render("briefing_page.html", briefing=briefing)
