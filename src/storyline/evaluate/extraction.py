"""Score HTML main-text extraction (storyline vs bare trafilatura) on three gold layouts.

Text metric: the 4-gram shingle precision/recall/F1 of the ScrapingHub article-extraction
benchmark (``evaluate.py`` there): ``\\w+`` tokens, shingles of 4 consecutive tokens counted as a
multiset, per-page TP/FP/FN normalised to sum 1, precision averaged over pages with predicted
shingles, recall over pages with gold shingles, F1 the harmonic mean of the two averages.
Where a layout has no full gold text (trafilatura-eval) the text metric is the snippet
classification of trafilatura's own evaluation: a ``with`` snippet found is a TP, missed an FN;
a ``without`` snippet found is an FP, absent a TN; precision/recall/F1 over all snippets.

Layouts (detected from the folder):
- ``scrapinghub``: ``ground-truth.json`` (id -> {articleBody, url}) + ``html/<id>.html.gz``
- ``trafilatura-eval``: ``evaldata.json`` (url -> {file, with, without, title, author, date}) + ``html/<file>.gz``
- ``wcxb``: ``<split>/ground-truth/<id>.json`` + ``<split>/html/<id>.html.gz`` (dev split by default)

Storyline's text for the shingle metric is the article body (``text[body_start:]``): the gold
bodies leave the headline out (in wcxb dev only 23 of 711 start with it), while storyline puts
the headline in front of the body. For the snippet metric the whole clean text is searched,
headline included, since trafilatura-eval's ``with`` snippets often are the headline.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

SHINGLE_N = 4
_TOKEN = re.compile(r"\w+")


@dataclass(slots=True)
class GoldPage:
    """One page of gold data: its HTML bytes and whatever gold the layout provides."""

    id: str
    raw: bytes
    url: str | None
    body: str | None = None  # full gold article text, when the layout has it
    with_snippets: list[str] = field(default_factory=list)
    without_snippets: list[str] = field(default_factory=list)
    #: title/author/date, for those the gold has
    meta: dict[str, str | None] = field(default_factory=dict)


@dataclass(slots=True)
class Prediction:
    """One extractor's output for a page."""

    text: str  # the article body, scored against full gold bodies
    full: str = ""  # everything kept, headline included, searched for gold snippets
    title: str | None = None
    author: str | None = None
    date: str | None = None


# --- gold layouts -----------------------------------------------------------------------------


def detect_layout(gold: Path) -> str:
    """Name the gold layout of a folder: 'scrapinghub', 'trafilatura-eval' or 'wcxb'."""
    if (gold / "ground-truth.json").is_file():
        return "scrapinghub"
    if (gold / "evaldata.json").is_file():
        return "trafilatura-eval"
    if (gold / "ground-truth").is_dir() and (gold / "html").is_dir():
        return "wcxb"  # one wcxb split folder given directly
    if (gold / "dev" / "ground-truth").is_dir() or (gold / "test" / "ground-truth").is_dir():
        return "wcxb"
    raise ValueError(
        f"{gold}: unknown gold layout (expected ground-truth.json, evaldata.json or dev/ground-truth/)"
    )


def load_pages(gold: Path, *, split: str | None = None) -> tuple[str, str, list[GoldPage]]:
    """(layout, split measured, pages) for a gold folder."""
    layout = detect_layout(gold)
    if layout == "scrapinghub":
        return layout, "all", list(_scrapinghub_pages(gold))
    if layout == "trafilatura-eval":
        return layout, "all", list(_trafilatura_pages(gold))
    if (gold / "ground-truth").is_dir():
        return layout, gold.name, list(_wcxb_pages(gold))
    chosen = split or "dev"
    return layout, chosen, list(_wcxb_pages(gold / chosen))


def _scrapinghub_pages(gold: Path) -> Iterator[GoldPage]:
    truth = json.loads((gold / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = gold / "html" / f"{key}.html.gz"
        if path.is_file():
            item = truth[key]
            yield GoldPage(
                key,
                gzip.decompress(path.read_bytes()),
                item.get("url"),
                body=item.get("articleBody") or "",
            )


def _trafilatura_pages(gold: Path) -> Iterator[GoldPage]:
    data = json.loads((gold / "evaldata.json").read_text(encoding="utf-8"))
    for url in sorted(data):
        item = data[url]
        path = gold / "html" / f"{item['file']}.gz"
        if not path.is_file():
            continue
        meta = {k: _meta_value(item[k]) for k in ("title", "author", "date") if k in item}
        yield GoldPage(
            item["file"],
            gzip.decompress(path.read_bytes()),
            url,
            with_snippets=list(item.get("with", [])),
            without_snippets=list(item.get("without", [])),
            meta=meta,
        )


def _meta_value(value: object) -> str | None:
    """A gold metadata value as a string: several authors joined with '; ' as trafilatura does."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or None
    return str(value) if value else None


def _wcxb_pages(split_dir: Path) -> Iterator[GoldPage]:
    for path in sorted((split_dir / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        html_path = split_dir / "html" / f"{path.stem}.html.gz"
        if not html_path.is_file():
            continue
        yield GoldPage(
            path.stem,
            gzip.decompress(html_path.read_bytes()),
            record.get("url"),
            body=truth.get("main_content") or "",
            with_snippets=list(truth.get("with") or []),
            without_snippets=list(truth.get("without") or []),
            meta={
                "title": truth.get("title"),
                "author": truth.get("author"),
                "date": truth.get("publish_date"),
            },
        )


# --- metrics -------------------------------------------------------------------------------------


def shingles(text: str, n: int = SHINGLE_N) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one shingle, an empty one none."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def shingle_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) over shingles, normalised to sum 1 so long pages weigh no more."""
    true, guess = shingles(gold), shingles(pred)
    tp = float(sum((true & guess).values()))
    fp = float(sum((guess - true).values()))
    fn = float(sum((true - guess).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def shingle_scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(precision, recall, f1) over pages, aggregated as the ScrapingHub benchmark does."""
    precisions = [_page_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_page_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    return precision, recall, _f1(precision, recall)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _squash(text: str) -> str:
    """Whitespace collapsed and curly quotes straightened, for snippet containment."""
    return " ".join(text.translate(_QUOTES).split())


def snippet_counts(page: GoldPage, text: str) -> Counter[str]:
    """tp/fn for `with` snippets, fp/tn for `without` snippets (whitespace-normalised containment)."""
    flat = _squash(text)
    counts: Counter[str] = Counter()
    for snippet in page.with_snippets:
        counts["tp" if _squash(snippet) in flat else "fn"] += 1
    for snippet in page.without_snippets:
        counts["fp" if _squash(snippet) in flat else "tn"] += 1
    return counts


def snippet_scores(counts: Counter[str]) -> tuple[float, float, float]:
    """(precision, recall, f1) over all snippets of a run."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, _f1(precision, recall)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def meta_match(field_name: str, gold: str | None, found: str | None) -> bool:
    """Exact match after whitespace normalisation; dates compare as YYYY-MM-DD; two unknowns match."""
    if field_name == "date":
        gold = (gold or "")[:10] or None
        found = (found or "")[:10] or None
    gold = _squash(gold) if gold else None
    found = _squash(found) if found else None
    return gold == found


# --- the two extractors ---------------------------------------------------------------------------


def storyline_predict(page: GoldPage) -> Prediction:
    """Storyline's article for one page (decode, clean_html, metadata); empty when it finds none."""
    from storyline.clean.article import build_article
    from storyline.errors import BadInput
    from storyline.model import RawDocument

    document = RawDocument(source=page.id, raw=page.raw, media_type="text/html", url=page.url)
    try:
        article = build_article(document)
    except BadInput:
        return Prediction(text="")
    return Prediction(
        text=article.text[article.body_start :],
        full=article.text,
        title=article.headline,
        author=article.byline,
        date=article.published,
    )


def baseline_predict(page: GoldPage) -> Prediction:
    """Bare trafilatura: ``extract(html)`` with default settings, metadata from ``extract_metadata``."""
    import trafilatura

    text = trafilatura.extract(page.raw) or ""
    meta = trafilatura.extract_metadata(page.raw)
    if meta is None:
        return Prediction(text=text)
    return Prediction(text=text, title=meta.title, author=meta.author, date=meta.date)


# --- run and report ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tally:
    shingle: list[tuple[float, float, float]] = field(default_factory=list)
    snippets: Counter[str] = field(default_factory=Counter)
    meta_hits: Counter[str] = field(default_factory=Counter)
    meta_total: Counter[str] = field(default_factory=Counter)
    empty: int = 0

    def add(self, page: GoldPage, pred: Prediction) -> None:
        if page.body is not None:
            self.shingle.append(shingle_counts(page.body, pred.text))
        self.snippets.update(snippet_counts(page, pred.full or pred.text))
        self.empty += not pred.text.strip()
        for name, gold in page.meta.items():
            self.meta_total[name] += 1
            self.meta_hits[name] += meta_match(name, gold, getattr(pred, name))

    def metrics(self, prefix: str) -> dict[str, object]:
        if self.shingle:
            precision, recall, f1 = shingle_scores(self.shingle)
        else:
            precision, recall, f1 = snippet_scores(self.snippets)
        out: dict[str, object] = {
            f"{prefix}precision": round(precision, 4),
            f"{prefix}recall": round(recall, 4),
            f"{prefix}f1": round(f1, 4),
            f"{prefix}empty": self.empty,
        }
        if self.shingle and self.snippets:
            out[f"{prefix}snippet_f1"] = round(snippet_scores(self.snippets)[2], 4)
        for name in ("title", "author", "date"):
            if self.meta_total[name]:
                out[f"{prefix}{name}_accuracy"] = round(
                    self.meta_hits[name] / self.meta_total[name], 4
                )
        return out


def run(
    gold: Path, *, limit: int | None = None, progress: bool = True, split: str | None = None
) -> dict[str, object]:
    """Score storyline and bare trafilatura on a gold folder; flat dict of metrics."""
    layout, measured, pages = load_pages(Path(gold), split=split)
    if limit is not None:
        pages = pages[:limit]
    ours, theirs = _Tally(), _Tally()
    for page in tqdm(pages, desc=f"extraction {layout}", unit="page", disable=not progress):
        ours.add(page, storyline_predict(page))
        theirs.add(page, baseline_predict(page))
    result: dict[str, object] = {
        "layout": layout,
        "split": measured,
        "metric": "shingle-4" if ours.shingle else "snippets",
        "n": len(pages),
    }
    result.update(ours.metrics(""))
    result.update(theirs.metrics("baseline_"))
    return result


def format_report(result: dict[str, object]) -> str:
    """A table of storyline against bare trafilatura for one run."""
    rows = [
        "precision",
        "recall",
        "f1",
        "snippet_f1",
        "title_accuracy",
        "author_accuracy",
        "date_accuracy",
        "empty",
    ]
    lines = [
        f"Extraction on {result.get('layout')} (split: {result.get('split')}, n={result.get('n')}, "
        f"text metric: {result.get('metric')})",
        f"{'metric':<18}{'storyline':>12}{'trafilatura':>14}",
    ]
    for row in rows:
        if row not in result:
            continue
        ours, theirs = result[row], result.get(f"baseline_{row}")
        cells = [f"{v:.4f}" if isinstance(v, float) else str(v) for v in (ours, theirs)]
        lines.append(f"{row:<18}{cells[0]:>12}{cells[1]:>14}")
    return "\n".join(lines)
