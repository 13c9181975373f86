"""Metadata read from the real seeds: headline, byline, outlet, dateline, publication date and its basis."""

from __future__ import annotations

from storyline.clean.dates import parse_stated_date
from tests.conftest import load_seed_article


def test_parse_stated_dates() -> None:
    assert parse_stated_date("Sept. 14, 2023 - 09:17") == "2023-09-14"
    assert parse_stated_date("Fri Jun 28 2024") == "2024-06-28"
    assert parse_stated_date("Friday") is None  # no year: not a stated date


def test_000_anadolu() -> None:
    a = load_seed_article("000")
    assert a.headline == "US 'taking a hard look' at North Korea-Russia missile cooperation"
    assert a.subheadline and a.subheadline.endswith("says White House")
    assert a.byline == "Michael Hernandez"
    assert a.dateline == "WASHINGTON"
    assert a.agency == "Anadolu Agency"
    assert a.published is None and a.published_basis == "unknown"  # never a wrong stated date
    assert a.text[a.body_start:].startswith("The US is closely scrutinizing")


def test_001_korea_herald_yonhap() -> None:
    a = load_seed_article("001")
    assert a.outlet == "The Korea Herald"
    assert a.agency == "Yonhap"
    assert a.byline == "Yonhap"
    assert (a.published, a.published_basis) == ("2023-09-14", "stated")
    assert a.headline.startswith("US concerned about burgeoning defense cooperation")
    assert len(a.captions) == 1 and a.captions[0].endswith("(Yonhap)")  # the caption printed twice, kept once
    assert a.text.rstrip().endswith('"if it\'s appropriate."')  # sign-off "(Yonhap)" cut


def test_002_stated_date_and_dateline() -> None:
    a = load_seed_article("002")
    assert (a.published, a.published_basis) == ("2024-06-28", "stated")
    assert a.dateline == "WASHINGTON"
    assert a.headline == "US to Challenge Russia at UN Over Alleged North Korean Arms Supply"


def test_003_caption_and_spam() -> None:
    a = load_seed_article("003")
    assert a.published_basis in {"unknown", "inferred"}
    assert a.captions and a.captions[0].startswith("From left")
    assert "upholding the global non-proliferation regime, and supporting the people of Ukraine" in a.text


def test_004_repeated_headline_and_outlet_from_policy() -> None:
    a = load_seed_article("004")
    assert a.text.count("U.S. Concerned Over Potential Russia-North Korea Arms Deal") == 1
    assert a.outlet == "Cnews Live"
    assert a.published is None


def test_segments_point_back_to_raw() -> None:
    for prefix in ("000", "001", "003"):
        a = load_seed_article(prefix)
        for seg in a.segments:
            assert a.text[seg.start : seg.start + seg.length] == a.decoded[seg.raw_start : seg.raw_start + seg.length]
        at = a.text.index("Hwasong") if "Hwasong" in a.text else a.text.index("Kirby")
        raw_at = a.raw_offset(at)
        assert raw_at is not None and a.decoded[raw_at : raw_at + 5] == a.text[at : at + 5]
