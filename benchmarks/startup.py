"""Cold start-up and per-article time, against baselines measured in the same run.

python benchmarks/startup.py [--repeat N]

The standard (DESIGN.md): one article answers in about two seconds, start-up included.
Prints, each the median of N fresh processes:
- baselines: bare `python -c pass`, `import spacy`, and `import spacy` + loading the model
  the engine uses (the floor any spaCy-based tool pays);
- `python -m timeline build` on the seed, JSON and table (the first run also warms the
  gazetteer cache, so it is reported apart);
- in one process: import, engine load, first and later reconstructions of every sample.
Ratios are against `import spacy` + model load: 1.0x would mean the engine itself is free.
"""
from __future__ import annotations

import argparse
import json
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


def wall(argv: list[str], repeat: int) -> float:
    """Median wall seconds of `argv` in fresh processes (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    py = sys.executable
    build = [py, "-m", "timeline", "build", SEED]

    first = wall([*build, "--format", "json"], 1)  # may build the gazetteer cache
    rows = [
        ("python -c pass", wall([py, "-c", "pass"], repeat)),
        ("import spacy", wall([py, "-c", "import spacy"], repeat)),
        ("import spacy + load model", wall([py, "-c", LOAD_MODEL], repeat)),
        ("timeline --help", wall([py, "-m", "timeline", "--help"], repeat)),
        ("timeline build seed (first run)", first),
        ("timeline build seed --format json", wall([*build, "--format", "json"], repeat)),
        ("timeline build seed (table)", wall(build, repeat)),
    ]
    floor = rows[2][1]
    print(f"cold start-up, median of {repeat} processes (seconds)")
    for label, seconds in rows:
        print(f"  {label:<36} {seconds:6.2f}   {seconds / floor:5.2f}x spaCy+model")

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
