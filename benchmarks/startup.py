"""Cold start-up and per-article time, against baselines measured in the same run.

python benchmarks/startup.py [--repeat N]

The standard (DESIGN.md): one article answers in about two seconds, start-up included.
Prints, each the median of N fresh processes:
- baselines: bare `python -c pass`, `import spacy`, and `import spacy` + loading the model
  the engine uses (the floor any spaCy-based tool pays);
- `python -m timeline build` on the seed, JSON and table (the first run also warms the
  cache files, so it is reported apart, last);
- in one process: import, engine load, first and later reconstructions of every sample.
Ratios are against `import spacy` + model load: 1.0x would mean the engine itself is free.
Each row gives wall seconds and the CPU seconds (user + system) of the process: on a shared
machine the wall time swings with the other jobs, the CPU time much less.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = "samples/russia-north-korea-summit.txt"
SAMPLES = ("samples/russia-north-korea-summit.txt", "samples/chiba-earthquake.txt",
           "samples/geneva-river-talks.json")
LOAD_MODEL = "import spacy; from timeline.nlp import load_pipeline; load_pipeline()"

IN_PROCESS = r"""
import json, sys, time
t0 = time.perf_counter()
import timeline
from timeline.api import Engine
from timeline.inputs import read_input
t1 = time.perf_counter()
engine = Engine()
engine.nlp
t2 = time.perf_counter()
engine.tagger
t3 = time.perf_counter()
runs = {}
for source in sys.argv[1:]:
    document = read_input(source)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        engine.reconstruct(document)
        times.append(time.perf_counter() - start)
    runs[source] = times
print(json.dumps({"import timeline": t1 - t0, "spaCy import + load": t2 - t1,
                  "Tagger.load": t3 - t2, "runs": runs}))
"""


def run_once(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of `argv` in a fresh process (output discarded)."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, after.children_user - before.children_user + after.children_system - before.children_system


def interleaved(commands: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command, run in rounds of one each, so that a change in
    the machine's load falls on all of them alike."""
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, argv in commands.items():
            times[label].append(run_once(argv))
    return {label: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
            for label, runs in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    py = sys.executable
    build = [py, "-m", "timeline", "build", SEED]

    first = run_once([*build, "--format", "json"])  # may build the cache files (gazetteer, rules, models)
    rows = interleaved({
        "python -c pass": [py, "-c", "pass"],
        "import spacy": [py, "-c", "import spacy"],
        "import spacy + load model": [py, "-c", LOAD_MODEL],
        "timeline --help": [py, "-m", "timeline", "--help"],
        "timeline build seed --format json": [*build, "--format", "json"],
        "timeline build seed (table)": build,
    }, repeat)
    rows["timeline build seed (first run)"] = first
    wall_floor, cpu_floor = rows["import spacy + load model"]
    print(f"cold start-up, median of {repeat} processes (seconds; ratios to spaCy+model)")
    print(f"  {'':<36} {'wall':>6}  {'ratio':>6}   {'CPU':>6}  {'ratio':>6}")
    for label, (seconds, cpu) in rows.items():
        print(f"  {label:<36} {seconds:6.2f}  {seconds / wall_floor:5.2f}x   {cpu:6.2f}  {cpu / cpu_floor:5.2f}x")

    out = subprocess.run([py, "-c", IN_PROCESS, *SAMPLES], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    stages = json.loads(out)
    print("\nin one process (seconds)")
    for key in ("import timeline", "spaCy import + load", "Tagger.load"):
        print(f"  {key:<36} {stages[key]:6.2f}")
    for source, times in stages["runs"].items():
        later = statistics.median(times[1:])
        print(f"  reconstruct {Path(source).name:<24} first {times[0]:5.2f}  then {later:5.2f}")
    print("\ntarget: about 2 s for one article, start-up included")


if __name__ == "__main__":
    main()
