"""The benchmark reports figures (speed targets live here as printed figures, not timed assertions)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.cli import main


def test_bench_prints_throughput_and_stage_costs(seeds_dir) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["bench", "--words", "3000", "--json", "--corpus", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    for key in ("words_per_s", "spacy_words_per_s", "ratio_vs_spacy", "peak_memory_mb", "stage_seconds", "quotes_share_of_spacy"):
        assert key in figures
    assert figures["words"] >= 2000 and figures["articles"] >= 5
    assert {"spacy", "quotes", "timexes", "corpus", "store"} <= set(figures["stage_seconds"])
