"""Flat memory on a long batch: 10k and 100k small synthetic documents through `run_batch`
(tagger-only by default: the time expressions, no events), each size in a fresh process.

    python benchmarks/batch_memory.py [--sizes 10000 100000] [--workers 2] [--full]

Prints, per size: documents/s, peak RSS of the parent process (reading, ordering, writing)
and of each worker process (ru_maxrss). Memory is flat when the peaks at 100k match those
at 10k: the input is streamed, at most 2 x workers + 1 chunks are in flight, and each
record is written and flushed as soon as its turn comes.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    "The council met on {day} and said it would vote again on {month} {d}, {y}.",
    "Shares fell 3 percent {rel} after the company warned that profits for {y} would be lower.",
    "The strike, which began two weeks ago, ended at 5 p.m. on {day}, union officials said.",
    "By the end of {month}, the agency expects to have hired 200 people, up from 150 last year.",
    "Officials said the bridge, closed since {month} {d}, would reopen in the spring of {y2}.",
]
SENTENCES = 1  # small documents: one news sentence each (about 90 characters)
RELATIVE = ["yesterday", "today", "last week", "on Tuesday", "this morning"]


def document(i: int) -> dict:
    text = " ".join(TEMPLATES[(i + k) % len(TEMPLATES)].format(
        day=DAYS[(i + k) % 7], month=MONTHS[(i * 7 + k) % 12], d=1 + (i + k) % 28,
        y=1990 + i % 30, y2=1991 + i % 30, rel=RELATIVE[(i + k) % len(RELATIVE)]) for k in range(SENTENCES))
    return {"id": f"syn-{i}", "text": text, "published": f"{2000 + i % 20}-0{1 + i % 9}-1{i % 10}T08:00:00",
            "timezone": "America/New_York"}


def child(size: int, workers: int, full: bool) -> None:
    from timeline.batch import run_batch
    from timeline.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        with open(source, "w") as handle:
            for i in range(size):
                handle.write(json.dumps(document(i)) + "\n")
        started = time.perf_counter()
        summary = run_batch(str(source), str(Path(tmp) / "out.jsonl"), workers=workers,
                            progress=False, settings=Settings(events=full))
        seconds = time.perf_counter() - started
        assert summary.read == size == summary.written + summary.failed
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"size": size, "seconds": seconds, "failed": summary.failed,
                          "parent_mb": parent, "workers_mb": summary.peak_rss_mb,
                          "out_mb": (Path(tmp) / "out.jsonl").stat().st_size / 1e6}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--full", action="store_true", help="the full build (events, solver)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.workers, args.full)
        return
    print(f"{'documents':>9} {'seconds':>8} {'docs/s':>7} {'failed':>6} {'parent MB':>9}  "
          f"workers peak MB   output MB   ({'full build' if args.full else 'tagger only'}, "
          f"{args.workers} workers)")
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--child", str(size), "--workers", str(args.workers)]
        if args.full:
            cmd.append("--full")
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
        print(f"{r['size']:>9} {r['seconds']:>8.1f} {r['size'] / r['seconds']:>7.1f} {r['failed']:>6} "
              f"{r['parent_mb']:>9.0f}  {', '.join(f'{m:.0f}' for m in r['workers_mb']):>15}   "
              f"{r['out_mb']:>9.1f}")


if __name__ == "__main__":
    main()
