"""storyline: an evidence-linked record of a developing news story.

DOCS: README.md and docs/ARCHITECTURE.md
"""

__version__ = "0.1.0"
