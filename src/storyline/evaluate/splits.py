"""Topic-disjoint Timeline17 splits, shared by every evaluation that reads Timeline17.

A topic is the part of a folder's name before the outlet (``bpoil_bbc`` -> ``bpoil``); every outlet
of a topic sits on the same side. ``dev`` topics are the ones tuned on; ``test`` topics were never
looked at while tuning.
"""

from __future__ import annotations

from pathlib import Path

T17_DEV = ("bpoil", "LibyaWar", "haiti")
T17_TEST = ("H1N1", "MJ", "SyrianCrisis")
T17_SPLITS = {"dev": T17_DEV, "test": T17_TEST, "all": T17_DEV + T17_TEST}


def t17_topic(folder: Path | str) -> str:
    """The topic of a Timeline17 folder: its name before the outlet."""
    return Path(folder).name.split("_")[0]


def in_split(folder: Path | str, split: str) -> bool:
    """Whether a Timeline17 folder's topic belongs to ``split`` (dev, test or all)."""
    if split not in T17_SPLITS:
        raise ValueError(f"split must be one of {', '.join(T17_SPLITS)}")
    return t17_topic(folder) in T17_SPLITS[split]
