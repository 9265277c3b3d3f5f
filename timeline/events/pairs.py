"""A learned start-point order for pairs of verb events in the same or adjacent sentences.

Labels are MATRES's (BEFORE, AFTER, EQUAL, VAGUE), always stated for the pair in text order
(first, second); features are the tense/aspect/class of both, the dependency path between
them, the subordinators and prepositions on the way, and which one governs the other.
Trained from MATRES over TBAQ by `python -m timeline.events.train --pairs`.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from .perceptron import Perceptron

PAIR_MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "models" / "event_pairs.json.gz"
INVERT = {"BEFORE": "AFTER", "AFTER": "BEFORE", "EQUAL": "EQUAL", "VAGUE": "VAGUE"}
VERB_TAGS = ("VB",)
FUNCTION_POS = ("SCONJ", "ADP", "ADV", "CCONJ", "PART")


def is_verb(token) -> bool:
    return token.tag_.startswith(VERB_TAGS) or token.pos_ in ("VERB", "AUX")


def dependency_path(a, b) -> tuple[list[str], list[str]]:
    """Dependency labels from a and from b up to their lowest common ancestor (same sentence)."""
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    path_b = []
    for t in [b, *b.ancestors]:
        if t.i in index:
            return [x.dep_ for x in up_a[:index[t.i]]], path_b
        path_b.append(t.dep_)
    return [x.dep_ for x in up_a], path_b


def pair_features(a, b, ea, eb) -> list[str]:
    """Features of tokens a < b (text order) with their events ea, eb."""
    same = a.sent.start == b.sent.start
    sd = "0" if same else "1"
    tt = f"{ea.tense}|{eb.tense}"
    asp = f"{ea.aspect}|{eb.aspect}"
    feats = ["bias", "sd=" + sd, "tt=" + tt, "asp=" + asp, "tta=" + tt + "|" + asp,
             "ta=" + ea.tense + ea.aspect, "tb=" + eb.tense + eb.aspect,
             "cls=" + ea.event_class + "|" + eb.event_class, "ca=" + ea.event_class, "cb=" + eb.event_class,
             "tag=" + a.tag_ + "|" + b.tag_, "dep=" + a.dep_ + "|" + b.dep_, "tt-sd=" + tt + "|" + sd,
             "la=" + a.lemma_.lower(), "lb=" + b.lemma_.lower(), "ca-tb=" + ea.event_class + "|" + eb.tense,
             "ta-cb=" + ea.tense + "|" + eb.event_class,
             "mod=" + str(bool(ea.modality)) + "|" + str(bool(eb.modality)),
             "pol=" + ea.polarity + "|" + eb.polarity, "dist=" + str(min((b.i - a.i) // 4, 6))]
    if b.head.i == a.i:
        feats += ["gov=ab|" + b.dep_, "gov=ab|" + b.dep_ + "|" + ea.event_class, "gov=ab|" + b.dep_ + "|" + tt]
    elif a.head.i == b.i:
        feats += ["gov=ba|" + a.dep_, "gov=ba|" + a.dep_ + "|" + eb.event_class, "gov=ba|" + a.dep_ + "|" + tt]
    if same:
        pa, pb = dependency_path(a, b)
        feats.append("path=" + ">".join(pa[:4]) + "^" + "<".join(pb[:4]))
        feats.append("plen=" + str(min(len(pa) + len(pb), 5)))
        if not pa:
            feats.append("anc=a")
        elif not pb:
            feats.append("anc=b")
        else:
            feats.append("sib=" + pa[-1] + "|" + pb[-1])
    else:
        feats.append("roots=" + str(a.dep_ == "ROOT") + str(b.dep_ == "ROOT"))
        feats.append("roots-tt=" + str(a.dep_ == "ROOT") + str(b.dep_ == "ROOT") + "|" + tt)
    for side, tok in (("a", a), ("b", b)):
        for c in tok.children:
            if c.dep_ in ("mark", "advmod", "aux", "neg", "prep") and c.pos_ != "PUNCT":
                feats.append(f"c{side}={c.dep_}|{c.lower_}")
    if same and b.i - a.i <= 20:
        for t in a.doc[a.i + 1:b.i]:
            if t.pos_ in FUNCTION_POS:
                feats.append("bw=" + t.lower_)
    return feats


def _confidence(scores: dict[str, float]) -> tuple[str, float]:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (label, top), (_, second) = ranked[0], ranked[1]
    return label, top - second


class PairModel:
    def __init__(self, perceptron: Perceptron):
        self.perceptron = perceptron

    def predict(self, a, b, ea, eb) -> tuple[str, float]:
        """(label for a vs b in text order, margin over the runner-up)."""
        return _confidence(self.perceptron.scores(pair_features(a, b, ea, eb)))

    @classmethod
    def train(cls, samples, epochs: int = 12) -> "PairModel":
        p = Perceptron()
        p.train(samples, epochs=epochs)
        return cls(p)

    def save(self, path: Path = PAIR_MODEL_PATH) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump({"labels": self.perceptron.labels, "weights": self.perceptron.weights}, fh,
                      sort_keys=True, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path = PAIR_MODEL_PATH) -> "PairModel":
        from .._cache_file import read_json_gz

        data = read_json_gz(path)
        return cls(Perceptron(data["labels"], data["weights"]))


@lru_cache(maxsize=1)
def default_pair_model() -> PairModel | None:
    return PairModel.load() if PAIR_MODEL_PATH.exists() else None


# ---- training data: MATRES pairs over the TBAQ gold --------------------------------------

def matres_pairs(root: Path) -> dict[str, list[tuple[str, str, str]]]:
    """docid -> (eiid1 number, eiid2 number, label), from matres/{timebank,aquaint}.txt."""
    out: dict[str, list] = {}
    for name in ("timebank.txt", "aquaint.txt"):
        path = root / "matres" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) >= 6:
                    out.setdefault(cols[0], []).append((cols[3], cols[4], cols[5].strip()))
    return out


def _gold_tokens(doc, parsed):
    """eiid number -> (token, Event) for the gold events of doc."""
    from ..corpora.relations_eval import gold_entities

    events, _ = gold_entities(doc, parsed)
    by_eid = {e.id: e for e in events}
    out = {}
    for inst in doc.instances:
        e = by_eid.get(inst.get("eventID"))
        if e is None:
            continue
        span = parsed.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        out[inst["eiid"].lstrip("ei")] = ((span.root if len(span) > 1 else span[0]), e)
    return out


def pair_samples(pairs, matres: dict) -> list[tuple[list[str], str]]:
    """(features, label in text order) for the MATRES pairs of the (doc, parse) pairs."""
    samples = []
    for doc, parsed in pairs:
        tokens = _gold_tokens(doc, parsed)
        for x, y, label in matres.get(doc.docid, ()):
            if x not in tokens or y not in tokens:
                continue
            (a, ea), (b, eb) = tokens[x], tokens[y]
            if a.i == b.i:
                continue
            if a.i > b.i:
                (a, ea), (b, eb), label = (b, eb), (a, ea), INVERT[label]
            samples.append((pair_features(a, b, ea, eb), label))
    return samples


def score_pairs(model: PairModel, samples) -> dict:
    """MATRES-style P/R/F1 of the classifier alone (VAGUE and EQUAL predictions count as none)."""
    hits = predicted = gold_n = correct = 0
    for feats, gold in samples:
        label, _ = _confidence(model.perceptron.scores(feats))
        label = "VAGUE" if label == "EQUAL" else label
        correct += label == gold
        predicted += label != "VAGUE"
        gold_n += gold != "VAGUE"
        hits += label == gold != "VAGUE"
    p, r = hits / max(predicted, 1), hits / max(gold_n, 1)
    return {"pairs": len(samples), "accuracy": round(correct / max(len(samples), 1), 4), "P": round(p, 4),
            "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def train_pair_model(pairs, root: Path) -> PairModel:
    return PairModel.train(pair_samples(pairs, matres_pairs(root)))


def heldout_pair_models(nlp, tbaq: Path, root: Path, folds: int = 0) -> dict[str, PairModel]:
    """docid -> a model trained without the document (see corpus.heldout)."""
    from .corpus import heldout, load_part

    parts = {p: load_part(p, nlp, tbaq) for p in ("TimeBank", "AQUAINT")}
    matres = matres_pairs(root)
    return heldout(parts, lambda pairs: PairModel.train(pair_samples(pairs, matres)), folds)
