"""Jinja2 environment for the briefing and the self-contained HTML report (autoescaping always on)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from storyline.wording import against, plural


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline", "report_templates"),
        autoescape=True,  # article text is untrusted: always escaped, never marked safe
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["plural"] = plural
    env.filters["against"] = against
    return env


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
