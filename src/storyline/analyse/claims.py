"""Claims ledger: who asserts what about the world, who denies it, and the figures each side gives."""

from __future__ import annotations

from typing import Any


def build_claims(**kwargs: Any) -> list[Any]:
    """Placeholder until the ledger lands."""
    return []
