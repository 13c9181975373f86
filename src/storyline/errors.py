"""User-facing errors under stable codes (as spaCy's errors.py), so reports are easy to search."""

from __future__ import annotations


class StorylineError(Exception):
    """An error with a stable code and a hint saying what to do next."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class BadInput(StorylineError):
    """One input item cannot become an article; the others go on."""

    code = "E100"


class EmptyInput(BadInput):
    code = "E101"


class BinaryInput(BadInput):
    code = "E102"


class TooLarge(BadInput):
    code = "E103"


class UndecodableInput(BadInput):
    code = "E104"


class MalformedRecord(BadInput):
    code = "E105"


class NoArticleText(BadInput):
    code = "E106"


class UnsupportedInput(BadInput):
    code = "E107"


class StoreError(StorylineError):
    code = "E200"


class SchemaMismatch(StoreError):
    code = "E201"


class ModelMissing(StorylineError):
    code = "E300"


class ServeRefused(StorylineError):
    """The server will not start as asked (e.g. a public address without a token)."""

    code = "E500"


class ClusterUnavailable(StorylineError):
    """No Dask cluster to send work to (distributed missing, no scheduler at the address, no workers)."""

    code = "E700"


class GoldMissing(StorylineError):
    code = "E400"


class AnalysisFailed(StorylineError):
    """A corpus stage failed while an evaluation ingested its gold articles: there is no analysis to score."""

    code = "E601"
