"""A small averaged perceptron over sparse string features (no dependencies beyond the stdlib).

Why not a library: the model must train reproducibly offline in seconds and ship as a few MB of
JSON; an averaged perceptron is the classic strong baseline for TimeML event tagging.
"""
from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from pathlib import Path


class Perceptron:
    def __init__(self, labels: list[str] | None = None, weights: dict | None = None):
        self.labels = list(labels or [])
        self.weights: dict[str, dict[str, float]] = weights or {}

    def scores(self, features: list[str]) -> dict[str, float]:
        totals = dict.fromkeys(self.labels, 0.0)
        for f in features:
            row = self.weights.get(f)
            if row:
                for label, w in row.items():
                    totals[label] += w
        return totals

    def predict(self, features: list[str]) -> str:
        return self.best(self.scores(features))

    def best(self, totals: dict[str, float]) -> str:
        """The highest-scoring label; ties go to the later label name, deterministically."""
        return max(self.labels, key=lambda label: (totals[label], label))

    def train(self, samples: list[tuple[list[str], str]], epochs: int = 8, seed: int = 7) -> None:
        """Averaged perceptron; deterministic for a given seed and sample order."""
        self.labels = sorted({y for _, y in samples})
        w: dict = defaultdict(lambda: defaultdict(float))
        totals: dict = defaultdict(lambda: defaultdict(float))
        stamps: dict = defaultdict(lambda: defaultdict(int))
        step = 0
        rng = random.Random(seed)
        order = list(range(len(samples)))
        for _ in range(epochs):
            rng.shuffle(order)
            for i in order:
                feats, gold = samples[i]
                step += 1
                self.weights = w
                guess = self.predict(feats)
                if guess == gold:
                    continue
                for f in feats:
                    for label, delta in ((gold, 1.0), (guess, -1.0)):
                        totals[f][label] += (step - stamps[f][label]) * w[f][label]
                        stamps[f][label] = step
                        w[f][label] += delta
        averaged = {}
        for f, row in w.items():
            out = {}
            for label, value in row.items():
                total = totals[f][label] + (step - stamps[f][label]) * value
                avg = round(total / step, 4)
                if abs(avg) >= 1e-4:
                    out[label] = avg
            if out:
                averaged[f] = out
        self.weights = averaged

    @classmethod
    def trained_over_seeds(cls, samples: list[tuple[list[str], str]], epochs: int,
                           seeds: tuple[int, ...] = (7, 8, 9, 10, 11)) -> "Perceptron":
        """The mean of averaged perceptrons trained with different shuffles: one pass order's
        luck moves held-out class accuracy by about 0.003; the mean is steadier."""
        runs = []
        for seed in seeds:
            run = cls()
            run.train(samples, epochs=epochs, seed=seed)
            runs.append(run)
        weights: dict = defaultdict(lambda: defaultdict(float))
        for run in runs:
            for f, row in run.weights.items():
                for label, w in row.items():
                    weights[f][label] += w / len(runs)
        mean = {f: {label: round(w, 4) for label, w in row.items() if abs(w) >= 1e-4} for f, row in weights.items()}
        return cls(runs[0].labels, {f: row for f, row in mean.items() if row})

    def save(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump({"labels": self.labels, "weights": self.weights}, fh, sort_keys=True)

    @classmethod
    def load(cls, path: Path) -> "Perceptron":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(data["labels"], data["weights"])
