"""`storyline eval kept`: the product's cleaner keeps every Timeline17 article that has text."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storyline.cli import main
from tests.conftest import EVAL

T17 = EVAL / "timeline17" / "t17"


@pytest.mark.parametrize("topic", ["LibyaWar_cnn", "bpoil_reuters", "haiti_bbc"])
def test_every_article_with_text_is_kept(topic: str) -> None:
    if not (T17 / topic).is_dir():
        pytest.skip(f"Timeline17 not found at {T17}")
    result = CliRunner().invoke(main, ["eval", "kept", "--gold", str(T17 / topic), "--limit", "60", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["kept_share"] == 1.0 and figures["topics"][topic]["lost"] == 0
