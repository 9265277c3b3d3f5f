"""Train the event models from the TBAQ gold: python -m timeline.events.train [--eval] [--pairs].

--eval trains on TimeBank and tests on AQUAINT, then the reverse (never the same documents),
and prints the figures; without it, trains on both parts and writes the model file.
--tlinks does the same for the TLINK models (resources/models/event_tlinks.json.gz).
--pairs does the same for the event-pair start-point order model, from the MATRES pairs over
TBAQ (resources/models/event_pairs.json.gz).
"""
from __future__ import annotations

import argparse
import json

from ..nlp import load_pipeline
from .corpus import PARTS, load_part
from .model import MODEL_PATH, EventModel, samples_for
from .evaluate import predictions, score_events, score_predictions


def train(pairs) -> EventModel:
    return EventModel.train(*samples_for(pairs))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--eval", action="store_true", help="train TimeBank/test AQUAINT and reverse")
    ap.add_argument("--folds", type=int, default=0, help="k-fold cross-validation over all TBAQ")
    ap.add_argument("--pairs", action="store_true", help="the event-pair order model (MATRES)")
    ap.add_argument("--tlinks", action="store_true", help="the TLINK models (event-DCT, event-timex, event-event)")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    data = {p: load_part(p, nlp) for p in PARTS}
    if args.pairs:
        train_pairs(data, args.eval)
        return
    if args.tlinks:
        train_tlinks(data, args.eval)
        return
    if args.folds:
        every = data["TimeBank"] + data["AQUAINT"]
        preds, golds = [], []
        for k in range(args.folds):
            # why: documents interleaved by index so each fold mixes both sources
            model = train([p for i, p in enumerate(every) if i % args.folds != k])
            test = [p for i, p in enumerate(every) if i % args.folds == k]
            golds += [d for d, _ in test]
            preds += predictions(test, model)
        print(json.dumps({f"{args.folds}-fold TBAQ": score_predictions(golds, preds)}, indent=2))
        return
    if args.eval:
        out = {}
        for train_part, test_part in (("TimeBank", "AQUAINT"), ("AQUAINT", "TimeBank")):
            model = train(data[train_part])
            out[f"{train_part}->{test_part}"] = score_events(data[test_part], model)
        print(json.dumps(out, indent=2))
        return
    model = train(data["TimeBank"] + data["AQUAINT"])
    model.save(MODEL_PATH)
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KB)")


def train_pairs(data, evaluate: bool) -> None:
    from .corpus import SHARED
    from .pairs import PAIR_MODEL_PATH, PairModel, matres_pairs, pair_samples, score_pairs

    matres = matres_pairs(SHARED)
    samples = {p: pair_samples(data[p], matres) for p in PARTS}
    if evaluate:
        out = {f"{a}->{b}": score_pairs(PairModel.train(samples[a]), samples[b])
               for a, b in (("TimeBank", "AQUAINT"), ("AQUAINT", "TimeBank"))}
        print(json.dumps(out, indent=2))
        return
    model = PairModel.train(samples["TimeBank"] + samples["AQUAINT"])
    model.save(PAIR_MODEL_PATH)
    print(f"wrote {PAIR_MODEL_PATH} ({PAIR_MODEL_PATH.stat().st_size // 1024} KB)")


def train_tlinks(data, evaluate: bool) -> None:
    from .tlinks import TLINK_MODEL_PATH, TlinkModel, samples_for, score_tlinks

    samples = {p: samples_for(data[p]) for p in PARTS}
    if evaluate:
        out = {f"{a}->{b}": score_tlinks(TlinkModel.train(samples[a]), samples[b])
               for a, b in (("TimeBank", "AQUAINT"), ("AQUAINT", "TimeBank"))}
        print(json.dumps(out, indent=2))
        return
    both = {k: samples["TimeBank"][k] + samples["AQUAINT"][k] for k in samples["TimeBank"]}
    model = TlinkModel.train(both)
    model.save(TLINK_MODEL_PATH)
    print(f"wrote {TLINK_MODEL_PATH} ({TLINK_MODEL_PATH.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
