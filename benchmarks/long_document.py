"""Build time of one long document against its length: how the whole engine grows with a text.

    python benchmarks/long_document.py [--corpus ../shared/data/tempeval3/TBAQ-cleaned] [--sizes 10000,30000,100000]

One text is made by joining TBAQ documents (in corpus order) until it reaches each size, and
built end to end (time expressions, events, relations, solver) as one document published on the
first one's date. Each size is built once after a warm-up; the table gives seconds, seconds per
10,000 characters, the ratio of that rate to the smallest size's (1.0 would be linear growth),
and the counts of events, time expressions and relations.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tag_throughput import _documents  # noqa: E402


def _joined(docs, size: int) -> str:
    parts, total = [], 0
    for d in docs:
        if total >= size:
            break
        parts.append(d.text.strip())
        total += len(parts[-1]) + 2
    return "\n\n".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"))
    parser.add_argument("--sizes", default="10000,30000,100000")
    args = parser.parse_args()
    from timeline.api import Engine

    docs = _documents(Path(args.corpus))
    engine = Engine()
    published = docs[0].published
    engine.reconstruct(docs[0].model_copy(update={"text": docs[0].text}))  # warm-up: models load once
    print(f"{'characters':>10}  {'seconds':>8}  {'s / 10k chars':>13}  {'ratio':>6}  {'events':>6}  {'times':>6}  {'relations':>9}")
    first = None
    for size in (int(s) for s in args.sizes.split(",")):
        text = _joined(docs, size)
        document = docs[0].model_copy(update={"text": text, "published": published})
        start = time.perf_counter()
        result = engine.reconstruct(document)
        seconds = time.perf_counter() - start
        rate = seconds / (len(text) / 10_000)
        first = first or rate
        print(f"{len(text):>10,}  {seconds:>8.2f}  {rate:>13.2f}  {rate / first:>6.2f}  {len(result.events):>6}  "
              f"{len(result.timexes):>6}  {len(result.relations):>9,}")


if __name__ == "__main__":
    main()
