"""The line cleaner: single rules on hand-built lines, then behaviour on the real seeds."""

from __future__ import annotations

import re

import pytest

from storyline.clean import lines as L
from tests.conftest import load_seed_article, seed_path


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("icon-facebook icon-twitter icon-whatsapp", "share buttons"),
        ("• Link copied", "share widget ('Link copied')"),
        ("This news has been read 420 times in total", "read counter"),
        ("Kaynak:", "source label"),
        ("Leave a Reply", "comment form"),
        ("Your email address will not be published. Required fields are marked *", "comment policy"),
        ("The comments posted here are not from Cnews Live. Kindly refrain from using derogatory words.", "comment policy"),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    assert L.furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Sullivan echoed the statements, saying: \"Russia is a permanent member of the Security Council.\"",
        "Leave a reply to the question, he said, and we will answer it.",
        "The share of votes rose to 40 percent.",
    ],
)
def test_body_lines_are_not_furniture(line: str) -> None:
    assert L.furniture_reason(line) is None


def test_turkish_comment_policy_is_not_english() -> None:
    assert not L.is_english("Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar onaylanmamaktadır.")
    assert L.is_english("The NSC official said the US does not have full visibility on the outcome.")


def test_dateline_split() -> None:
    assert L.split_dateline("WASHINGTON (AA) – The US is closely scrutinizing")[:2] == ("WASHINGTON", "AA")
    assert L.split_dateline("WASHINGTON: The United States is set")[0] == "WASHINGTON"
    assert L.split_dateline("U.S. State Department spokesperson Matthew Miller said")[0] is None


def test_spam_token_cut_with_offsets() -> None:
    text = "upholding the regime, 카지노사이트 and supporting the people"
    removed: list = []
    pieces = L.strip_foreign_tokens(L.Line(100, text), removed)
    assert "".join(p for _, p in pieces) == "upholding the regime, and supporting the people"
    assert removed[0].text.strip() == "카지노사이트"
    assert removed[0].raw_start == 100 + text.index("카")


def test_stated_date_lines() -> None:
    assert L.stated_date_text("Published : Sept. 14, 2023 - 09:17") == "Sept. 14, 2023 - 09:17"
    assert L.stated_date_text("Fri Jun 28 2024") == "Fri Jun 28 2024"
    assert L.stated_date_text("The pact was signed on June 19, 2024 in Pyongyang.") is None


NOISE = [
    "icon-facebook", "Link copied", "has been read", "Kaynak", "Türkçe", "Leave a Reply",
    "Your email address", "카지노", "comments posted here", "is seen answering questions", "From left, head of Roscosmos",
]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_noise_is_gone(prefix: str) -> None:
    article = load_seed_article(prefix)
    for noise in NOISE:
        assert noise not in article.text, f"{noise!r} left in seed {prefix}"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_body_sentence_is_kept(prefix: str) -> None:
    """Each raw line is either in the clean text (modulo the cuts the cleaner logged) or logged as removed."""
    article = load_seed_article(prefix)
    raw = seed_path(prefix).read_text(encoding="utf-8")
    logged = {r.text.strip() for r in article.removed}
    for line in (x.strip() for x in raw.splitlines()):
        if not line or line in logged:
            continue
        for r in article.removed:  # dateline prefix, sign-off, spam token cut out of a kept line
            line = line.replace(r.text, "" if r.reason != "foreign-script token inside an English sentence" else "")
        line = re.sub(r"\s+", " ", line).strip()
        assert line in re.sub(r"\s+", " ", article.text), f"seed {prefix} lost: {line[:80]!r}"


def test_removals_are_only_furniture() -> None:
    allowed = {
        "000": {"byline", "source label", "read counter", "non-English line (site furniture or comment policy)", "comment policy", "dateline"},
        "001": {"masthead", "byline", "publication date line", "share widget ('Link copied')", "photo caption", "agency sign-off"},
        "002": {"publication date line", "share buttons", "dateline"},
        "003": {"photo caption", "comment form", "comment policy", "foreign-script token inside an English sentence"},
        "004": {"repeated line", "comment policy"},
    }
    for prefix, reasons in allowed.items():
        got = {r.reason for r in load_seed_article(prefix).removed}
        assert got <= reasons, (prefix, got - reasons)


def test_short_headings_and_list_items_count_as_english() -> None:
    assert L.is_english("Trend 2: Fitness Mobile App")
    assert L.is_english("- Keep 1 copy off-site")
    assert not L.is_english("Die Regierung hat die Pläne für das neue Gesetz nicht veröffentlicht")
    assert not L.is_english("北朝鮮とロシアの軍事協力について米国が懸念を表明した")


def test_short_labels_may_repeat_but_the_headline_may_not() -> None:
    text = "Best laptops of the year\n\nPros\n\nLight and fast, with a long battery life for the price.\n\nPros\n\nBest laptops of the year\n\nThe second one is heavier but has a better screen overall."
    cleaned = L.clean_lines(text)
    assert cleaned.text.count("Pros") == 2
    assert cleaned.text.count("Best laptops of the year") == 1


def test_non_english_page_keeps_its_script() -> None:
    cleaned = L.clean_lines("北朝鮮とロシア\n\n2月17日、北朝鮮とロシアの軍事協力について米国が懸念を表明した。会談は長時間に及んだ。")
    assert "2月17日" in cleaned.text


def test_declared_charset_is_used_for_html() -> None:
    from storyline.clean.article import build_article
    from storyline.model import RawDocument

    body = "<p>Les négociations entre Séoul et Pyongyang ont échoué, a déclaré le ministère mardi dans un communiqué.</p>" * 3
    html = f'<html><head><meta charset="iso-8859-1"><title>Négociations</title></head><body><article>{body}</article></body></html>'
    article = build_article(RawDocument(source="t.html", raw=html.encode("iso-8859-1"), media_type="text/html"))
    assert article.encoding == "iso-8859-1" and "négociations entre Séoul" in article.text
