"""The typer command line: parse arguments, call the API, write output. No logic here."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .errors import TimelineError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Reconstruct event timelines from news and narrative text.")


def _print_version(given: bool) -> None:
    if given:
        from . import __version__

        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                 help="Print the version and exit."),
) -> None:
    """Reconstruct event timelines from news and narrative text."""


class BuildFormat(str, Enum):
    table = "table"
    json = "json"
    ical = "ical"
    timeml = "timeml"
    markdown = "markdown"
    html = "html"
    timelinejs = "timelinejs"


class TagFormat(str, Enum):
    table = "table"
    json = "json"
    timeml = "timeml"


class DomainChoice(str, Enum):
    auto = "auto"
    news = "news"
    narrative = "narrative"


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=2)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")


def _settings(domain: DomainChoice, events: bool = True):
    from .models import Domain
    from .settings import Settings

    return Settings(domain=None if domain is DomainChoice.auto else Domain(domain.value), events=events)


def _load(source: str, published: Optional[str], zone: Optional[str]):
    from .inputs import given_over_stored, read_input

    stdin = _read_stdin(sys.stdin) if source == "-" else None
    notes: list[str] = []
    stored = read_input(source, published=published, zone=zone, stdin=stdin, notes=notes)
    document = given_over_stored(stored, published, zone)
    if document.timezone == "UTC":  # else the document's own zone reads the clock
        _warn_if_read_as_utc(published, zone)
        if not published and not zone:  # a moment typed here replaces the stored one
            for note in notes:
                typer.echo(f"warning: {note}; give --timezone or add a 'timezone'", err=True)
    return document


def _read_stdin(stream) -> bytes:
    """All of stdin; at a terminal, first a line that says so (`build -` had waited in silence)."""
    if stream.isatty():
        typer.echo("reading the text from standard input: end it with Ctrl-D (Ctrl-Z, Enter on Windows)",
                   err=True)
    return stream.buffer.read()


def _warn_if_read_as_utc(published: Optional[str], zone: Optional[str]) -> None:
    """One stderr line when --published gives a clock but no zone or offset.

    Why: a newsroom's '2024-03-05 07:00' is seldom UTC; read as UTC without a word, it moved
    'today' and 'this morning' by the publisher's offset with no sign on the screen."""
    from .inputs import clock_without_zone

    if published and not zone and clock_without_zone(published):
        typer.echo(f"warning: --published {published!r} names no zone or offset, so it is read as UTC;"
                   " give --timezone (e.g. America/New_York) or an offset (-04:00)", err=True)


# -o NAME.EXT picks the format when --format is not given ("-o timeline.html" had written a
# text table into an .html file)
FORMAT_OF_SUFFIX = {".json": "json", ".ics": "ical", ".ical": "ical", ".tml": "timeml", ".timeml": "timeml",
                    ".xml": "timeml", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                    ".htm": "html", ".txt": "table"}


def _format(fmt: Optional[Enum], output: Optional[Path], allowed: type[Enum]) -> str:
    """The --format given, else the one the -o file's extension names, else the table."""
    if fmt is not None:
        return fmt.value
    guessed = FORMAT_OF_SUFFIX.get(output.suffix.lower()) if output is not None else None
    if guessed is None:
        return "table"
    if guessed not in {f.value for f in allowed}:
        _fail(f"{output.name}: this command cannot write {guessed}; give --format "
              f"({'|'.join(f.value for f in allowed)})")
    return guessed


def _run_one(source: str, published: Optional[str], zone: Optional[str], fmt: str,
             output: Optional[Path], settings) -> None:
    """Load one document, reconstruct it with `settings`, render it; errors become one line."""
    try:
        from .api import Engine
        from .export import render

        document = _load(source, published, zone)
        _write(render(Engine(settings).reconstruct(document), fmt), output)
    except TimelineError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or source}: {exc.strerror or exc}")


INPUT_HELP = "a .txt (with --published or a NAME.meta.json sidecar), a .json document, a .tml file, or - for stdin"
PUBLISHED_HELP = ("publication moment: ISO 8601 or a date string such as 'Sept. 13, 2023 7:00 a.m.';"
                  " given, it overrides the document's own (sidecar, JSON field or TimeML DCT)")
FORMAT_HELP = "output format (default: the one the -o file's extension names, .html .ics .json .md .tml; else table)"
ZONE_HELP = "the publisher's IANA zone (e.g. America/Montreal); a naive --published is taken in it"


@app.command()
def build(
    source: str = typer.Argument(..., metavar="INPUT", help=INPUT_HELP),
    published: Optional[str] = typer.Option(None, "--published", "-p", help=PUBLISHED_HELP),
    timezone: Optional[str] = typer.Option(None, "--timezone", "-z", help=ZONE_HELP),
    fmt: Optional[BuildFormat] = typer.Option(None, "--format", "-f", help=FORMAT_HELP,
                                                   show_default=False, case_sensitive=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
    domain: DomainChoice = typer.Option(DomainChoice.auto, "--domain", help="anchoring strategy"),
) -> None:
    """Build the full timeline of one document."""
    _run_one(source, published, timezone, _format(fmt, output, BuildFormat), output, _settings(domain))


@app.command()
def tag(
    source: str = typer.Argument(..., metavar="INPUT", help=INPUT_HELP),
    published: Optional[str] = typer.Option(None, "--published", "-p", help=PUBLISHED_HELP),
    timezone: Optional[str] = typer.Option(None, "--timezone", "-z", help=ZONE_HELP),
    fmt: Optional[TagFormat] = typer.Option(None, "--format", "-f", help=FORMAT_HELP,
                                                   show_default=False, case_sensitive=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
    domain: DomainChoice = typer.Option(DomainChoice.auto, "--domain", help="anchoring strategy"),
) -> None:
    """Find and resolve the time expressions of one document."""
    _run_one(source, published, timezone, _format(fmt, output, TagFormat), output, _settings(domain, events=False))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output."""
    from .export.json_out import json_schema

    _write(json_schema(), None)


@app.command("eval")
def eval_(
    gold_dir: Path = typer.Argument(..., metavar="GOLD_DIR", help="a folder of gold TimeML (.tml) files"),
    task: str = typer.Option("timex", "--task", "-t",
                             help="timex | events | relations | matres | tbdense"),
    domain: DomainChoice = typer.Option(DomainChoice.auto, "--domain", help="anchoring strategy"),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
    errors: bool = typer.Option(False, "--errors", help="list every miss, spurious and wrong attribute"),
    gold_entities: bool = typer.Option(False, "--gold-entities",
                                       help="relation tasks: start from the gold events and times"),
    parse: bool = typer.Option(False, "--parse",
                               help="timex: tag with the spaCy parse, as build does (parses cached)"),
    folds: int = typer.Option(0, "--folds", min=0,
                              help="relation tasks: learned links from k-fold models over all TBAQ "
                                   "(default 0: from models trained on the other TBAQ part)"),
) -> None:
    """Score the engine on gold TimeML documents the TempEval-3 way."""
    import json

    from rich.console import Console
    from rich.progress import Progress

    from .corpora import evaluate as ev
    from .models import Domain

    tasks = [t.value for t in ev.Task]
    if task not in tasks:
        _fail(f"unknown task {task!r}; known: {', '.join(tasks)}")
    if fmt not in ("table", "json"):
        _fail(f"unknown format {fmt!r}; known: table, json")
    if not gold_dir.is_dir():
        _fail(f"not a folder: {gold_dir}")
    chosen = None if domain is DomainChoice.auto else Domain(domain.value)
    out = Console(width=None if sys.stdout.isatty() else 200)  # never squeeze a piped table
    try:
        if ev.Task(task) not in ev.ENTITY_TASKS:
            result = ev.evaluate_relations(gold_dir, task, chosen, gold_entities, folds=folds)
            if fmt == "json":
                _write(json.dumps(result, indent=2, default=str), None)
            else:
                out.print(ev.relations_table(result, task))
            return
        progress_console = Console(stderr=True)
        # off when stderr is no terminal: there it only left a blank line before an error
        with Progress(console=progress_console, transient=True, disable=not progress_console.is_terminal) as bar:
            job = bar.add_task("scoring", total=None)
            report = ev.evaluate(gold_dir, task, chosen, errors=errors, parse=parse,
                                 on_document=lambda i, n, name: bar.update(job, completed=i, total=n,
                                                                           description=name))
        if fmt == "json":
            _write(report.model_dump_json(indent=2), None)
        else:
            out.print(ev.report_table(report))
            for line in ev.error_lines(report):
                out.print(line, markup=False, highlight=False)
    except TimelineError as exc:
        _fail(str(exc))


@app.command()
def batch(
    source: str = typer.Argument(..., metavar="INPUT",
                                 help="a .jsonl file (or - for stdin), a .json array, a .parquet file, or a folder of .txt/.json/.tml"),
    output: str = typer.Option(..., "--output", "-o",
                               help="a .jsonl file, - for stdout, or a folder (partitioned JSONL or Parquet)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="worker processes (local) or workers of a new LocalCluster; default: the cores"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="jsonl or parquet (default: parquet for an OUTPUT named *.parquet, else jsonl)"),
    resume: bool = typer.Option(False, "--resume", help="skip the documents already in OUTPUT"),
    doc_timeout: Optional[float] = typer.Option(None, "--doc-timeout", min=0.001,
                                                help="seconds per document; over it, an error record"),
    engine: str = typer.Option("local", "--engine", help="local or dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address (tcp://host:8786) or scheduler file (.json)"),
    published: Optional[str] = typer.Option(None, "--published", "-p",
                                            help="publication moment for documents without one"),
    timezone: Optional[str] = typer.Option(None, "--timezone", "-z", help=ZONE_HELP),
    partition_size: int = typer.Option(1000, "--partition-size", min=1,
                                       help="documents per output partition (folder OUTPUT)"),
    domain: DomainChoice = typer.Option(DomainChoice.auto, "--domain", help="anchoring strategy"),
    no_events: bool = typer.Option(False, "--tag-only", help="time expressions only (no events, no solver)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Reconstruct a whole corpus: one record per input document, in input order."""
    if fmt not in (None, "jsonl", "parquet"):
        _fail(f"unknown --format {fmt!r} (jsonl or parquet)")
    if engine not in ("local", "dask"):
        _fail(f"unknown --engine {engine!r} (local or dask)")
    from .batch import run_batch

    try:
        _warn_if_read_as_utc(published, timezone)
        summary = run_batch(source, output, workers=workers, fmt=fmt, resume=resume,
                            doc_timeout=doc_timeout, engine=engine, scheduler=scheduler,
                            published_default=published, progress=not quiet, timezone=timezone,
                            settings=_settings(domain, events=not no_events),
                            partition_size=partition_size)
    except TimelineError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or output}: {exc.strerror}")
    typer.echo(summary.line(), err=True)
    if summary.interrupted:
        raise typer.Exit(code=130)


# why: after one document, the interpreter would free spaCy's model, the rules and the learned
# weights object by object: 0.38-0.45 s of CPU measured (a tenth of a cold `build`) that no one
# waits for. These commands flush their output and leave at once, with the same exit status.
QUICK_EXIT = ("build", "tag", "schema")


def main() -> None:
    if sys.argv[1:2] and sys.argv[1] in QUICK_EXIT:
        try:
            app()
        except SystemExit as done:
            _exit_now(done.code)
        _exit_now(0)
    app()


def _exit_now(code) -> None:
    """Leave as `sys.exit(code)` would, without the interpreter's teardown."""
    import os

    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a reader that went away, or a closed stream
        code = code or 1
    os._exit(code)


if __name__ == "__main__":
    main()
