"""HTML extraction on real pages from the shared gold (wcxb dev, trafilatura-eval) and single rules."""

from __future__ import annotations

import gzip
import json

import pytest

from storyline.clean.html import (
    clean_html,
    demote_subheadline,
    has_prose,
    page_reads_foreign,
    pick_headline,
    reads_foreign,
    strip_site_name,
    usable_date,
)
from storyline.clean.lines import Cleaned
from storyline.ingest.decode import decode_bytes
from tests.conftest import REPO

WCXB_DEV = REPO.parent / "shared" / "eval" / "wcxb-articles" / "dev"
TRAF = REPO.parent / "shared" / "eval" / "trafilatura-eval"


def _wcxb(page_id: str) -> tuple[str, dict[str, object]]:
    if not WCXB_DEV.is_dir():
        pytest.skip(f"wcxb-articles dev split missing at {WCXB_DEV}")
    record = json.loads((WCXB_DEV / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
    raw = gzip.decompress((WCXB_DEV / "html" / f"{page_id}.html.gz").read_bytes())
    return decode_bytes(raw, what=page_id).text, record


def _traf(file_name: str) -> str:
    if not TRAF.is_dir():
        pytest.skip(f"trafilatura-eval missing at {TRAF}")
    raw = gzip.decompress((TRAF / "html" / f"{file_name}.gz").read_bytes())
    return decode_bytes(raw, what=file_name).text


def _body(html: str, url: object = None) -> tuple[Cleaned, str]:
    result = clean_html(html, url=url if isinstance(url, str) else None)
    assert result is not None
    cleaned, _ = result
    return cleaned, cleaned.text[cleaned.body_start :]


def test_wcxb_page_keeps_the_with_snippets_and_drops_the_without_ones() -> None:
    html, record = _wcxb("0032")
    cleaned, body = _body(html, record["url"])
    gold = record["ground_truth"]
    flat = body.replace("’", "'")
    for snippet in gold["with"]:
        assert snippet.replace("’", "'") in flat
    for snippet in gold["without"]:
        assert snippet.replace("’", "'") not in flat
    assert cleaned.text.startswith("9 Personal Training Trends in 2026")


def test_listicle_headings_are_kept_though_they_hold_no_english_function_word() -> None:
    # the plain-text cleaner's per-line English test dropped these headings
    _, body = _body(*_wcxb_args("0032"))
    assert "Trend 2: Fitness Mobile App" in body
    assert "Trend 6: Functional fitness training" in body


def test_recurring_list_labels_are_kept_but_a_repeated_headline_is_not() -> None:
    cleaned, body = _body(*_wcxb_args("0068"))
    assert body.count("Top Expert Recommendations:") > 10
    assert "Basic Hand Tools Every Electrician Needs" in body
    headline = cleaned.text[: cleaned.text.index("\n\n")]
    assert headline == "51 Must-Have Electrician Tools for 2025"
    assert headline + "\n" not in body


def _wcxb_args(page_id: str) -> tuple[str, object]:
    html, record = _wcxb(page_id)
    return html, record["url"]


def test_segments_point_at_verbatim_html() -> None:
    html, _ = _wcxb_args("0068")
    cleaned, _ = _body(html)
    assert len(cleaned.segments) > 50
    for seg in cleaned.segments:
        assert (
            cleaned.text[seg.start : seg.start + seg.length]
            == html[seg.raw_start : seg.raw_start + seg.length]
        )


def test_first_recipe_line_is_body_not_a_subheadline() -> None:
    # the page description runs on past the line, so it is the lede's summary, not a standfirst
    cleaned, body = _body(_traf("kulinariaathome.com.mandelplätzchen.html"))
    assert cleaned.subheadline is None
    assert "(+ 15 Minuten backen)" in body
    assert "zu einem glatten Teig verarbeiten." in body


def test_german_lines_on_a_mostly_english_page_stay_and_chinese_dates_stay_whole() -> None:
    _, body = _body(_traf("colours-of-the-soul.alhelm.net.html"))
    assert "Einen Paralel-Scan" in body
    _, body = _body(_traf("xinhuanet.com.c_1125597921.html"))
    assert "2月17日" in body


def test_truncated_and_non_article_html_give_none() -> None:
    html, _ = _wcxb_args("0001")
    assert clean_html(html[:2000]) is None  # cut off before the article
    assert (
        clean_html("<html><body><ul><li><a href='/'>Home</a></li><li>Login</li></ul></body></html>")
        is None
    )
    assert clean_html("") is None
    assert clean_html("<html") is None


def test_year_only_date_is_unknown() -> None:
    assert usable_date("2019-01-01") is None
    assert usable_date("2019-03-02") == "2019-03-02"
    assert usable_date(None) is None


def test_foreign_line_tests() -> None:
    assert reads_foreign(
        "Die Regierung hat sich nicht mit den Gewerkschaften geeinigt und wird neu verhandeln."
    )
    assert reads_foreign("댓글은 기사에 대한 독자의 의견입니다")
    assert not reads_foreign("Trend 2: Fitness Mobile App")
    assert not reads_foreign("- Keep 1 copy off-site")
    assert not page_reads_foreign(
        "The council voted on Tuesday to close the bridge. It will reopen in May."
    )
    assert page_reads_foreign(
        "Der Rat hat am Dienstag die Brücke geschlossen, und sie wird im Mai nicht wieder geöffnet. "
        * 3
    )


def test_has_prose() -> None:
    assert not has_prose("Home\nLogin\nContact us")
    assert has_prose("Home\nThe council voted on Tuesday to close the bridge.")
    assert has_prose("在抗击新冠肺炎疫情的日子里")


def test_subheadline_kept_when_the_description_is_the_same_line() -> None:
    cleaned = Cleaned(
        text="Talks resume in Geneva\n\nThe envoys met on Monday.",
        subheadline="Talks resume in Geneva",
        body_start=24,
    )
    demote_subheadline(cleaned, "Talks resume in Geneva")
    assert cleaned.body_start == 24 and cleaned.subheadline == "Talks resume in Geneva"
    demote_subheadline(cleaned, "Talks resume in Geneva after a week of strikes and")
    assert cleaned.body_start == 0 and cleaned.subheadline is None


def test_headline_is_the_h1_the_title_confirms_else_the_title_minus_the_site() -> None:
    title = "51 Must-Have Electrician Tools for 2025 - FieldEdge"
    assert pick_headline(
        title, ["FieldEdge", "51 Must-Have Electrician Tools for 2025"], "FieldEdge", None
    ) == ("51 Must-Have Electrician Tools for 2025")
    # an <h1> the title does not confirm (a logo, a teaser) is not the headline
    assert pick_headline(
        "Machine learning, explained | MIT Sloan", ["Ideas Made to Matter"], "MIT Sloan", None
    ) == ("Machine learning, explained")
    assert strip_site_name(
        "Leadfeeder | State of SEO in 2026: Trends and Predictions", "Leadfeeder", None
    ) == ("State of SEO in 2026: Trends and Predictions")
    assert (
        strip_site_name(
            "Black Friday 2025 cybersecurity deals to explore - Help Net Security",
            None,
            "https://www.helpnetsecurity.com/2025/11/x/",
        )
        == "Black Friday 2025 cybersecurity deals to explore"
    )
    # a subtitle after a dash is not a site name
    assert strip_site_name("What is Social Commerce - A guided introduction", "Emplifi", None) == (
        "What is Social Commerce - A guided introduction"
    )


def test_real_page_headline_drops_the_site_name() -> None:
    cleaned, _ = _body(*_wcxb_args("0068"))
    assert cleaned.text.startswith("51 Must-Have Electrician Tools for 2025\n\n")
