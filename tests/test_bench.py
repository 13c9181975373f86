"""The benchmark reports figures (speed targets live here as printed figures, not timed assertions)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.cli import main


def test_bench_prints_throughput_and_stage_costs(seeds_dir) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["bench", "--words", "3000", "--json", "--no-reads", "--corpus", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    for key in ("words_per_s", "spacy_words_per_s", "ratio_vs_spacy", "peak_memory_mb", "stage_seconds", "quotes_share_of_spacy"):
        assert key in figures
    assert figures["words"] >= 1000 and figures["articles"] + 1 + figures["growth"]["add_more"] >= 5  # all the seeds, some held out
    assert {"spacy", "quotes", "timexes", "corpus", "store"} <= set(figures["stage_seconds"])


def test_bench_on_a_dev_topic_prints_growth_and_read_latencies() -> None:
    """On a slice of a Timeline17 topic: the cost of adding 1 and 50 articles, and read latencies from a real server."""
    from tests.conftest import EVAL

    topic = EVAL / "timeline17" / "t17" / "H1N1_guardian"
    if not topic.is_dir():
        import pytest

        pytest.skip(f"Timeline17 not found at {topic}")
    result = CliRunner().invoke(main, ["bench", "--corpus", str(topic), "--json", "--requests", "2"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    growth = figures["growth"]
    assert growth["store_articles"] == figures["articles"] > 0
    assert growth["add_1_s"] > 0 and growth["add_1_into_empty_s"] > 0 and growth["add_more_per_article_s"] > 0
    from storyline.evaluate.t17 import topic_documents

    assert figures["articles"] + 1 + growth["add_more"] == len(topic_documents(topic))  # every article ingested once
    assert growth["add_1_docs_reread"] < figures["articles"]  # incremental: far from every Doc
    reads = figures["reads"]
    assert reads["clients_20"]["errors"] == 0 and reads["clients_20"]["requests"] == 40
    assert reads["clients_1"]["p95_s"] > 0 and "/timeline" in reads["per_path"]
    assert reads["per_path"]["/timeline"]["first_s"] > 0
    varied = reads["clients_20_varied"]
    assert varied["errors"] == 0 and varied["requests"] == 40


def test_bench_gives_no_figure_for_an_analysis_that_failed(seeds_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A corpus stage that fails leaves the ingest's seconds a timing of nothing: the bench stops with the stage's reason
    ([E601]) instead of printing figures."""
    from dataclasses import replace

    import storyline.corpus as corpus

    def explode(state) -> None:  # type: ignore[no-untyped-def]
        raise ValueError("claims index corrupt")

    monkeypatch.setattr(corpus, "STAGES", tuple(replace(s, func=explode) if s.name == "claims" else s for s in corpus.STAGES))
    result = CliRunner().invoke(main, ["bench", "--words", "3000", "--json", "--no-reads", "--corpus", str(seeds_dir)])
    assert result.exit_code != 0 and "E601" in result.output and "claims index corrupt" in result.output, result.output
