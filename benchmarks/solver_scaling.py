"""Solver time per document against the number of events (synthetic, and the seed/TBAQ real ones).

python benchmarks/solver_scaling.py    prints seconds per document and the ratio to 50 events.
Synthetic documents mimic news: a few dated anchors, tense links to the DCT, chains of
before/after links between neighbours and some long-range links. The `metric` column solves the
same documents with one neighbour link in twenty carrying a distance ("two days after"), which
moves the whole network from the order-only search to the weighted one.
"""
from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.models import Document, Event, Interval, Offset, Relation, Timex  # noqa: E402
from timeline.solver import solve  # noqa: E402


TWO_DAYS_BEFORE = Offset(min_seconds=-3 * 86400.0, max_seconds=-86400.0, duration="P2D")


def with_distances(args, every: int = 20):
    """The same document with every `every`-th neighbour link a start distance of about two days."""
    doc, events, timexes, rels = args
    seq = [n for n, r in enumerate(rels) if r.origin == "seq"][::every]
    rels = list(rels)
    for n in seq:
        rels[n] = rels[n].model_copy(update={"type": "STARTS_BEFORE", "offset": TWO_DAYS_BEFORE})
    return doc, events, timexes, rels


def synthetic(n: int, seed: int = 1):
    rng = random.Random(seed)
    published = datetime(2023, 9, 13, tzinfo=timezone.utc)
    doc = Document(text="", published=published, timezone="UTC")
    events = [Event(id=f"e{i}", text="x", start=i, end=i + 1) for i in range(1, n + 1)]
    timexes = []
    for k in range(1, n // 10 + 2):
        day = published - timedelta(days=rng.randint(1, 400))
        timexes.append(Timex(id=f"t{k}", text="d", start=0, end=1, type="DATE", value=day.date().isoformat(),
                             interval=Interval(start=day, end=day + timedelta(days=1))))
    rels = []
    for i, e in enumerate(events):
        rels.append(Relation(source=e.id, target="t0", type="BEFORE", origin="dct", confidence=0.5))
        if rng.random() < 0.3:
            rels.append(Relation(source=e.id, target=rng.choice(timexes).id, type="IS_INCLUDED", origin="time",
                                 confidence=0.9))
        if i:
            rels.append(Relation(source=events[i - 1].id, target=e.id, type=rng.choice(["BEFORE", "AFTER", "INCLUDES"]),
                                 origin="seq", confidence=0.6))
        if i > 5 and rng.random() < 0.5:
            rels.append(Relation(source=events[rng.randrange(i)].id, target=e.id, type="BEFORE", origin="far",
                                 confidence=0.4))
    return doc, events, timexes, rels


def timed(args) -> float:
    t = time.perf_counter()
    solve(*args)
    return time.perf_counter() - t


def main() -> None:
    base = None
    print("events  links  seconds  ratio_to_50  conflicts   metric  conflicts")
    for n in (50, 100, 200, 500, 1000):
        args = synthetic(n)
        secs = timed(args)
        base = base or secs
        conflicts = len(solve(*args).conflicts)
        metric = with_distances(args)
        print(f"{n:6d} {len(args[3]):6d} {secs:8.3f} {secs / base:12.1f} {conflicts:10d} {timed(metric):8.3f}"
              f" {len(solve(*metric).conflicts):10d}")
    real()


def real() -> None:
    """Real documents: the largest TBAQ files, with engine links (needs the spaCy model)."""
    try:
        from timeline.corpora.relations_eval import _docs, document_of, gold_entities
        from timeline.events.corpus import TBAQ, parse_cached
        from timeline.events.links import propose_links
        from timeline.nlp import load_pipeline
    except Exception:  # pragma: no cover
        return
    if not TBAQ.exists():
        return
    docs = sorted(_docs(TBAQ), key=lambda d: -len(d.events))[:3]
    for doc, parsed in zip(docs, parse_cached(load_pipeline(), docs)):
        events, timexes = gold_entities(doc, parsed)
        rels = propose_links(document_of(doc), parsed, events, timexes)
        secs = timed((document_of(doc), events, timexes, rels))
        print(f"real {doc.docid}: {len(events)} events, {len(rels)} links, {secs:.3f} s")


if __name__ == "__main__":
    main()
