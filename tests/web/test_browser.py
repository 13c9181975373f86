"""The web UI in Debian's chromium, driven by Playwright, against a real uvicorn server over the seed store.

Never downloads a browser: uses `chromium` from PATH (the Makefile's `browser` target installs it).
Set STORYLINE_SCREENSHOT_DOCS=1 to also refresh docs/timeline.png (the README's screenshot).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium, or `make browser`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that fails the test on any dialog (alert/confirm) or page error, and on off-site requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("request", lambda request: None if request.url.startswith("http://127.0.0.1:") else problems.append(f"off-site request: {request.url}"))
    tab.problems = problems
    yield tab
    context.close()
    assert not problems, problems


def test_timeline_click_through_to_highlighted_evidence(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(f"{server}/timeline")
    svg = page.locator("svg#timeline")
    assert svg.is_visible()
    events = page.locator("svg#timeline a.node[data-lane='events']")
    assert events.count() > 0, "dated events are drawn on the timeline"
    xs = [float(events.nth(i).get_attribute("data-x")) for i in range(events.count())]
    dates = [events.nth(i).get_attribute("data-date") for i in range(events.count())]
    order = sorted(range(len(dates)), key=lambda i: dates[i])
    assert [xs[i] for i in order] == sorted(xs), "nodes are positioned by date"
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)
    assert (tmp_path / "timeline.png").stat().st_size > 10_000
    if os.environ.get("STORYLINE_SCREENSHOT_DOCS"):
        page.screenshot(path=str(REPO / "docs" / "timeline.png"), full_page=False)

    # an event node scrolls to its entry, which is marked
    events.first.click()
    entry = page.locator("li.event.target")
    entry.wait_for()
    assert page.url.split("#")[1] == f"ev-{events.first.get_attribute('data-key')}"

    # its first evidence link opens the article with that span highlighted
    cite = entry.locator("ul.evidence a.cite").first
    quoted = entry.locator("ul.evidence .excerpt").first.inner_text()
    cite.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}#\d+-\d+$"))
    target = page.locator("#text .seg.target")
    target.first.wait_for()
    highlighted = "".join(target.nth(i).inner_text() for i in range(target.count()))
    assert highlighted.strip() == quoted.strip()
    assert page.locator("#text .seg.quote").count() > 0
    assert page.locator("#text .seg.mention a[href^='/entities/']").count() > 0
    assert page.locator("#text .seg.date").count() > 0


def test_date_mention_node_opens_its_span(page: Any, server: str) -> None:
    page.goto(f"{server}/timeline")
    node = page.locator("svg#timeline a.node[data-lane='dates']").first
    title = node.locator("title").text_content()
    node.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}#\d+-\d+$"))
    target = page.locator("#text .seg.target")
    target.first.wait_for()
    said = title.split("”")[0].lstrip("“")
    assert "".join(target.nth(i).inner_text() for i in range(target.count())) == said
    assert "date" in (target.first.get_attribute("class") or "")


def test_quotes_explorer_and_kirby_entity_page(page: Any, server: str) -> None:
    page.goto(f"{server}/quotes")
    page.locator("nav.speakers a", has_text="John Kirby").first.click()
    page.wait_for_url(re.compile(r"/quotes\?entity="))
    groups = page.locator("section.speaker-group")
    assert groups.count() == 1 and "John Kirby" in groups.first.locator("h2").inner_text()
    assert groups.first.locator("li.quote").count() >= 10
    groups.first.locator("h2 a").click()
    page.wait_for_url(re.compile(r"/entities/ent_"))
    assert page.locator("h1").inner_text().startswith("John Kirby")
    assert "NSC strategic communications coordinator" in page.locator("table.roles").inner_text()
    first_quote = page.locator("ol.quotes li.quote").first
    text = first_quote.locator("blockquote").inner_text().strip("“”")
    first_quote.locator("a.cite").click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}#q-"))
    target = page.locator("#text .seg.target")
    target.first.wait_for()
    assert "".join(target.nth(i).inner_text() for i in range(target.count())) == text


def test_hostile_markup_renders_as_text_and_never_runs(page: Any, hostile_server: tuple[str, str]) -> None:
    base, article_id = hostile_server
    page.goto(f"{base}/articles/{article_id}")
    reader = page.locator("#text")
    assert "<img src=x onerror=alert(1)>" in reader.inner_text()
    assert "<script>alert(1)</script>" in reader.inner_text()
    assert reader.locator("script, img, b").count() == 0
    for path in ("/search?q=onerror", f"/quotes?article={article_id}", "/quotes", "/entities/John%20Kirby", "/timeline", "/articles",
                 "/articles?per=1", "/claims"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.locator("main img, main script").count() == 0, path
    page.goto(f"{base}/search?q=onerror")
    assert "<img src=x onerror=alert(1)>" in page.locator("main").inner_text()
    page.goto(f"{base}/entities/John%20Kirby")
    assert "<img src=x onerror=alert(1)>" in page.locator("ol.quotes").inner_text()
    # the `page` fixture fails the test if any alert() ran


def test_reader_explains_its_date_and_cleaning_and_toggles_highlights(page: Any, server: str) -> None:
    page.goto(f"{server}/articles")
    page.locator("table.grid a", has_text="deepening NK-Russia ties").click()  # seed 003: its date is inferred
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}$"))
    dating = page.locator("dd.dating")
    assert "inferred" in dating.locator(".basis-badge").inner_text().lower()
    why = dating.locator("details.why")
    assert not why.locator("li").first.is_visible()
    why.locator("summary").click()
    assert why.locator("li").first.is_visible()
    assert "'this week'" in why.inner_text()  # the evidence the date was inferred from
    removed = page.locator("details.removed")
    assert "comment form" in removed.locator("summary").inner_text()
    removed.locator("summary").click()
    assert removed.locator("td", has_text="Leave a Reply").is_visible()

    text = page.locator("#text")
    mention = text.locator(".seg.mention:not(.quote):not(.speaker):not(.date)").first
    shaded = mention.evaluate("el => getComputedStyle(el).backgroundColor")
    page.locator("#legend input[data-hl='mention']").uncheck()
    assert "no-mention" in (text.get_attribute("class") or "")
    assert mention.evaluate("el => getComputedStyle(el).backgroundColor") != shaded
    page.locator("#legend input[data-hl='mention']").check()
    assert mention.evaluate("el => getComputedStyle(el).backgroundColor") == shaded
    # the side list links a speaker to the entity page
    page.locator("ol.quotes-side a.who", has_text="John Kirby").first.click()
    page.wait_for_url(re.compile(r"/entities/ent_"))
    assert page.locator("h1").inner_text().startswith("John Kirby")


def test_quotes_filter_form_and_pagination(page: Any, server: str) -> None:
    page.goto(f"{server}/quotes?per=20")
    total = int(page.locator("form.filters .count").inner_text().split()[0])
    assert total > 40
    pager = page.locator("nav.pager").first
    assert pager.locator(".count").inner_text() == f"quotes 1–20 of {total}"
    assert page.locator("li.quote").count() == 20
    seen_first = set(page.locator("li.quote").evaluate_all("els => els.map(e => e.id)"))
    pager.locator("a[rel='next']").click()
    page.wait_for_url(re.compile(r"/quotes\?per=20&page=2$"))
    assert page.locator("nav.pager .current").first.inner_text() == "2"
    seen_second = set(page.locator("li.quote").evaluate_all("els => els.map(e => e.id)"))
    assert len(seen_second) == 20 and not seen_first & seen_second
    page.goto(f"{server}/quotes?per=20&page=999")  # past the end: the last page
    assert page.locator("nav.pager .current").first.inner_text() == str(-(-total // 20))

    # the server-side form: kind and article filters keep working together with the pages
    page.goto(f"{server}/quotes")
    page.locator("select[name='kind']").select_option("direct")
    herald = page.locator("select[name='article'] option", has_text="The Korea Herald").get_attribute("value")
    page.locator("select[name='article']").select_option(herald)
    page.locator("form.filters button").click()
    page.wait_for_url(re.compile(r"kind=direct"))
    kinds = page.locator("li.quote .kind").all_inner_texts()
    assert kinds and {k.lower() for k in kinds} == {"direct"}
    assert {c.split(",")[0] for c in page.locator("li.quote a.cite").all_inner_texts()} == {"The Korea Herald"}
    kirby = page.locator("section.speaker-group", has_text="John Kirby").first
    assert re.search(r"\d+ quotes", kirby.locator("h2 .n").inner_text())


def test_articles_paginate(page: Any, server: str) -> None:
    page.goto(f"{server}/articles?per=2")
    assert page.locator("table.grid tbody tr").count() == 2
    page.locator("nav.pager").first.get_by_role("link", name="3", exact=True).click()
    page.wait_for_url(re.compile(r"page=3$"))
    assert page.locator("table.grid tbody tr").count() == 1
    assert page.locator("nav.pager a[rel='next']").count() == 0


def test_entity_page_shows_variants_with_reasons_and_dated_articles(page: Any, server: str) -> None:
    page.goto(f"{server}/entities/Manhole%20Wood")  # the garbled spelling in seed 002 leads to Robert Wood
    assert page.locator("h1").inner_text().startswith("Robert Wood")
    variant = page.locator("section.variant", has_text="Manhole Wood")
    assert "confidence 0.85" in variant.inner_text()
    assert variant.locator("ul.why li", has_text="shares the surname 'Wood'").count() == 1
    assert "Deputy US Ambassador" in page.locator("table.roles").inner_text()
    row = page.locator("table.entity-articles tbody tr").first
    assert "2024-06-28" in row.inner_text()
    quotes_link = page.locator("p.summary a", has_text="quotes")
    assert quotes_link.inner_text() == f"{page.locator('ol.quotes li.quote').count()} quotes"
    variant.locator("a.cite").click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}#\d+-\d+$"))
    page.locator("#text .seg.target").first.wait_for()
    assert "".join(page.locator("#text .seg.target").all_inner_texts()) == "Manhole Wood"


def test_claims_ledger_filters_by_status_and_links_evidence(page: Any, server: str) -> None:
    page.goto(f"{server}/claims")
    page.locator("p.status-summary a.status.contested").click()
    page.wait_for_url(re.compile(r"status=contested$"))
    claims = page.locator("section.claim")
    assert claims.count() >= 1 and claims.locator(".status.asserted").count() == 0
    arms = page.locator("section.claim", has_text="containers of munitions").first
    assert arms.locator(".denies ul.who a", has_text="Russia").count() == 1
    excerpt = arms.locator(".denies ul.evidence li").first
    said = excerpt.locator(".excerpt").inner_text()
    excerpt.locator("a.cite").click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}#\d+-\d+$"))
    page.locator("#text .seg.target").first.wait_for()
    assert "".join(page.locator("#text .seg.target").all_inner_texts()).strip() == said.strip()


def test_timeline_labels_bars_undated_strip_and_keyboard(page: Any, server: str) -> None:
    page.goto(f"{server}/timeline")
    labels = page.locator("svg#timeline a.node[data-lane='events'] text.label")
    assert labels.count() >= 10 and labels.first.is_visible()
    assert page.locator("svg#timeline a.node[data-lane='events'] text.label", has_text="The defense pact").count() == 1
    # drawn labels and marks never overlap one another (measured in the browser, with its real font)
    boxes = page.locator("svg#timeline a.node text.label, svg#timeline a.node .mark").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })")
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1]
    assert not overlaps, overlaps[:3]
    # a week is a bar spanning it; a since-onset has its arrow
    week = page.locator("svg#timeline a.node.period[data-date='2024-06-17/2024-06-23'] rect.mark").first
    assert float(week.get_attribute("width")) > 2 * float(week.get_attribute("height"))
    onset = page.locator("svg#timeline a.node[data-lane='events'][data-date='2023-09']")
    assert onset.locator("path.onwards").count() == 1 and "onwards" in onset.locator("title").text_content()
    # size by independent sources: the pact signing two articles state is drawn larger than a one-source event
    heights = {d: float(page.locator(f"svg#timeline a.node[data-lane='events'][data-date='{d}'] .mark").first.evaluate("e => e.getBBox().height"))
               for d in ("2024-06-19", "2024-01-02")}
    assert heights["2024-06-19"] > heights["2024-01-02"]
    # the undated strip: events with no calendar date, including the day whose year is unknown
    strip = page.locator("svg#timeline g.lane-undated")
    assert strip.locator("text.lane-title").text_content().startswith("Undated")
    assert strip.locator("a.node[data-date='XXXX-07-12'] text.label").text_content().startswith("12 July:")
    drawn = page.locator("svg#timeline a.node[data-lane='events']").count()
    assert strip.locator("a.node").count() == page.locator("li.event").count() - drawn > 0  # every event is on the chart once
    assert page.locator("figcaption .key.bar").is_visible() and page.locator("figcaption .key.size3").is_visible()
    # keyboard: Tab reaches the marks, Enter follows one to its evidence
    first = page.locator("svg#timeline a.node[data-lane='events']").first
    first.focus()
    assert page.evaluate("document.activeElement.getAttribute('data-lane')") == "events"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#ev-"))
    page.locator("li.event.target").wait_for()
    assert page.locator("li.event.target ul.evidence a.cite").count() >= 1
