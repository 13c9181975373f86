"""A corpus stage: a named step over the one ``CorpusState`` that says what it requires and assigns.

``run_stages`` checks both sides, as spaCy checks its components: a stage never starts without
its inputs, and a stage that returns without setting what it promised is an error, not a silent gap.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.corpus.state import CorpusState


class CorpusStageError(RuntimeError):
    """A corpus stage failed or broke its contract; ``stage`` names it."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"corpus stage '{stage}' failed: {reason}")
        self.stage = stage
        self.reason = reason


@dataclass(frozen=True)
class CorpusStage:
    name: str
    func: Callable[[CorpusState], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def run_stages(stages: Sequence[CorpusStage], state: CorpusState, timings: dict[str, float] | None = None) -> None:
    """Run each stage in order, checking its contract before and after."""
    for stage in stages:
        missing = [name for name in stage.requires if getattr(state, name) is None]
        if missing:
            raise CorpusStageError(stage.name, f"requires {', '.join(missing)}, which no earlier stage assigned")
        started = time.perf_counter()
        try:
            stage.func(state)
        except CorpusStageError:
            raise
        except Exception as exc:
            raise CorpusStageError(stage.name, f"{exc.__class__.__name__}: {exc}") from exc
        unset = [name for name in stage.assigns if getattr(state, name) is None]
        if unset:
            raise CorpusStageError(stage.name, f"did not assign {', '.join(unset)}")
        if timings is not None:
            timings[f"corpus.{stage.name}"] = timings.get(f"corpus.{stage.name}", 0.0) + time.perf_counter() - started
