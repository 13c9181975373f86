"""The claims ledger on the seeds: the arms-supply claim, its deniers and its figures."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analyse.claims.ledger import find_figures, status_of
from storyline.nlp import load_nlp
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    from storyline.ingest.runner import ingest_paths
    from storyline.options import Options
    from storyline.store.db import Store
    from storyline.views import claims_view

    store = Store(tmp_path_factory.mktemp("claims") / "seeds.db")
    ingest_paths(store, [str(SEEDS)], Options(progress=False))
    return claims_view(store)["items"]


def _arms(claims: list[dict[str, Any]]) -> dict[str, Any]:
    found = [c for c in claims if c["statement"] == "North Korea supplied arms to Russia"]
    assert len(found) == 1, [c["statement"] for c in claims]
    return found[0]


def test_arms_supply_claim_is_contested_by_both_countries(claims: list[dict[str, Any]]) -> None:
    claim = _arms(claims)
    assert claim["status"] == "contested"
    assert set(claim["denied_by"]) == {"Russia", "North Korea"}
    assert {"United States", "Western nations", "Matthew Miller"} <= set(claim["asserted_by"])
    denials = [e["text"] for e in claim["evidence"] if e["role"] == "denies"]
    assert any("both Moscow and Pyongyang have denied the allegations" in t for t in denials)
    assert any("claims both countries deny" in t for t in denials)


def test_conflicting_figures_stand_side_by_side(claims: list[dict[str, Any]]) -> None:
    figures = {f["value"]: f for f in _arms(claims)["figures"]}
    assert {10000, 11000} <= set(figures)
    assert figures[11000]["attributed_to"] == "Matthew Miller"
    assert figures[10000]["attributed_to"] == "United States"
    assert figures[10000]["quantity"] == figures[11000]["quantity"] == "containers of munitions"
    assert str(figures[10000]["date"]).startswith("since ") and figures[10000]["date"].endswith("-09")
    assert figures[11000]["qualifier"] == "over"


def test_un_monitors_finding_is_confirmed(claims: list[dict[str, Any]]) -> None:
    found = [c for c in claims if "Kharkiv" in c["statement"]]
    assert found and found[0]["status"] == "confirmed" and found[0]["asserted_by"] == ["UN sanctions monitors"]


def test_status_rules() -> None:
    assert status_of(["US"], ["Russia"], False) == "contested"
    assert status_of([], ["Russia"], False) == "denied"
    assert status_of(["UN monitors"], [], True) == "confirmed"
    assert status_of(["US"], [], False) == "asserted"


def test_figure_pattern_on_a_seed_sentence() -> None:
    doc = load_nlp()("Washington has revealed that Pyongyang has shipped over 10,000 containers of munitions or munition-related materials to Russia since September.")
    figs = find_figures({"id": "x"}, next(iter(doc.sents)), [], "United States")
    assert len(figs) == 1 and figs[0]["value"] == 10000 and figs[0]["text"] == "over 10,000 containers of munitions"
    doc = load_nlp()("The ministry said 2,000 people attended the rally.")
    assert find_figures({"id": "x"}, next(iter(doc.sents)), [], None) == []
