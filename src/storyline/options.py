"""One options object for the pipeline, instead of long keyword lists."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.ingest.sources import DEFAULT_MAX_BYTES
from storyline.nlp import model_name


@dataclass(slots=True)
class Options:
    model: str = ""
    n_process: int = 1
    batch_size: int = 16
    max_bytes: int = DEFAULT_MAX_BYTES
    progress: bool = True
    timings: dict[str, float] | None = field(default=None, repr=False)  # seconds per stage, when measuring

    def __post_init__(self) -> None:
        self.model = self.model or model_name()
