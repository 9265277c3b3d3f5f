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
    from .inputs import read_input

    stdin = sys.stdin.buffer.read() if source == "-" else None
    return read_input(source, published=published, zone=zone, stdin=stdin)


INPUT_HELP = "a .txt (with --published or a NAME.meta.json sidecar), a .json document, a .tml file, or - for stdin"
PUBLISHED_HELP = "publication moment: ISO 8601 or a date string such as 'Sept. 13, 2023 7:00 a.m.'"
ZONE_HELP = "the publisher's IANA zone (e.g. America/Montreal); a naive --published is taken in it"


@app.command()
def build(
    source: str = typer.Argument(..., metavar="INPUT", help=INPUT_HELP),
    published: Optional[str] = typer.Option(None, "--published", "-p", help=PUBLISHED_HELP),
    timezone: Optional[str] = typer.Option(None, "--timezone", "-z", help=ZONE_HELP),
    fmt: BuildFormat = typer.Option(BuildFormat.table, "--format", "-f", help="output format"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
    domain: DomainChoice = typer.Option(DomainChoice.auto, "--domain", help="anchoring strategy"),
) -> None:
    """Build the full timeline of one document."""
    try:
        from .api import Engine
        from .export import render

        document = _load(source, published, timezone)
        result = Engine(_settings(domain)).reconstruct(document)
        _write(render(result, fmt.value), output)
    except TimelineError as exc:
        _fail(str(exc))


@app.command()
def tag(
    source: str = typer.Argument(..., metavar="INPUT", help=INPUT_HELP),
    published: Optional[str] = typer.Option(None, "--published", "-p", help=PUBLISHED_HELP),
    timezone: Optional[str] = typer.Option(None, "--timezone", "-z", help=ZONE_HELP),
    fmt: TagFormat = typer.Option(TagFormat.table, "--format", "-f", help="output format"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
    domain: DomainChoice = typer.Option(DomainChoice.auto, "--domain", help="anchoring strategy"),
) -> None:
    """Find and resolve the time expressions of one document."""
    try:
        from .api import Engine
        from .export import render

        document = _load(source, published, timezone)
        result = Engine(_settings(domain, events=False)).reconstruct(document)
        _write(render(result, fmt.value), output)
    except TimelineError as exc:
        _fail(str(exc))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output."""
    from .export.json_out import json_schema

    _write(json_schema(), None)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
