"""Publication-date inference on the five seed articles (cross-article and in-text evidence)."""

from __future__ import annotations

from functools import cache

import pytest

from storyline.analyse.time.pubdate import (
    DatingInput,
    PubDateInference,
    apply_inference,
    infer_publication_dates,
    interval,
    stem,
)
from storyline.clean.article import build_article
from storyline.model import RawDocument, Timex
from storyline.nlp import load_nlp
from storyline.pipeline import Analysis, analyse_documents
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles missing at {SEEDS}")


@cache
def corpus() -> tuple[dict[str, Analysis], dict[str, PubDateInference]]:
    """Seed prefix -> analysis, and the inference for every article."""
    paths = sorted(SEEDS.glob("*.txt"))
    articles = [build_article(RawDocument(source=str(p), raw=p.read_bytes(), media_type="text/plain")) for p in paths]
    analyses = analyse_documents(articles, load_nlp())
    items = [DatingInput(a.article.id, a.article.published, a.article.text, a.timexes, a.sentences) for a in analyses]
    inferred = infer_publication_dates(items)
    return {p.name[:3]: a for p, a in zip(paths, analyses, strict=True)}, inferred


def dated(prefix: str) -> tuple[PubDateInference, list[Timex]]:
    analyses, inferred = corpus()
    analysis = analyses[prefix]
    inference = inferred[analysis.article.id]
    return inference, apply_inference(analysis.timexes, inference, doc=analysis.doc)


def find(timexes: list[Timex], text: str) -> Timex:
    hits = [t for t in timexes if t.text == text]
    assert hits, f"no {text!r}"
    return hits[0]


def test_stated_dates_are_kept() -> None:
    inference, _ = dated("002")
    assert (inference.basis, inference.date, inference.confidence) == ("stated", "2024-06-28", 1.0)


def test_003_is_dated_monday_2024_06_17_with_evidence_from_002() -> None:
    inference, timexes = dated("003")
    analyses, _ = corpus()
    assert inference.basis == "inferred"
    assert inference.date == "2024-06-17"
    others = {e.other_article for e in inference.evidence if e.other_article}
    assert analyses["002"].article.id in others
    text = inference.describe()
    assert "from Tuesday to Wednesday" in text and "this week" in text
    assert any("24 years" in e.text for e in inference.evidence)  # in-text evidence is shown too
    rng = find(timexes, "from Tuesday to Wednesday")
    assert (rng.value, rng.end_value) == ("2024-06-18", "2024-06-19")
    assert find(timexes, "July 2000").value == "2000-07"
    assert find(timexes, "Monday").value == "2024-06-17"


def test_004_signed_on_wednesday_is_2024_06_19_through_other_articles() -> None:
    inference, timexes = dated("004")
    analyses, _ = corpus()
    wednesday = find(timexes, "Wednesday")
    assert wednesday.value == "2024-06-19"
    assert "dated by article" in (wednesday.basis or "")
    evidence = [e for e in inference.evidence if e.text == "Wednesday"]
    assert evidence and evidence[0].other_article in {analyses["002"].article.id, analyses["003"].article.id}
    assert evidence[0].other_start is not None and evidence[0].other_end is not None
    assert inference.basis == "inferred"
    assert inference.earliest is not None and inference.earliest >= "2024-06-19"
    assert inference.latest is not None and inference.latest <= "2024-06-26"


def test_000_is_honestly_unknown_with_reasons() -> None:
    inference, timexes = dated("000")
    assert inference.basis == "unknown" and inference.date is None
    assert any("Friday" in note for note in inference.notes)
    assert find(timexes, "Friday").value is None


def test_interval_of_days_and_weeks() -> None:
    assert interval("2024-W25") is not None and [d.isoformat() for d in interval("2024-W25")] == ["2024-06-17", "2024-06-23"]  # type: ignore[union-attr]
    assert interval("2024-06") is None


def test_stem_conflates_inflections() -> None:
    assert stem("signed") == stem("sign") and stem("visited") == stem("visits")
