"""Docs under test (as datasette's test_docs.py): every command and eval task is documented."""

from __future__ import annotations

import re

from storyline.cli import EVAL_TASKS, main
from tests.conftest import REPO


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert re.search(rf"storyline {name}\b", readme), f"`storyline {name}` is not in README.md"


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick, re.S)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2


def test_ci_calls_the_readme_test_command() -> None:
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_every_eval_task_is_in_evaluation_md() -> None:
    text = (REPO / "docs" / "EVALUATION.md").read_text(encoding="utf-8")
    for task in EVAL_TASKS:
        assert f"storyline eval {task}" in text, f"`storyline eval {task}` missing from docs/EVALUATION.md"


def test_architecture_names_every_stage_module() -> None:
    """Every module of the per-article analysers and the corpus stages is named in docs/ARCHITECTURE.md."""
    text = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    package = REPO / "src" / "storyline"
    modules = [p.relative_to(package).as_posix() for folder in ("analyse", "corpus") for p in (package / folder).rglob("*.py")
               if p.name != "__init__.py"]
    assert len(modules) > 20
    for module in [*modules, "clean/article.py", "clean/lines.py", "nlp.py", "pipeline.py", "store/db.py", "reader.py", "views.py"]:
        assert module in text, module


def test_every_route_is_in_api_md(seed_store_path) -> None:  # type: ignore[no-untyped-def]
    from storyline.api import create_app

    text = (REPO / "docs" / "API.md").read_text(encoding="utf-8")
    for route in create_app(str(seed_store_path)).routes:
        path = getattr(route, "path", "")
        if path in {"/static", "/openapi.json"} or path.endswith(".json"):
            continue
        assert f"`{path}`" in text, f"{path} is not documented in docs/API.md"
