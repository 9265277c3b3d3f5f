"""Score event detection the TempEval-3 way: strict/relaxed F1, class F1, tense/aspect accuracy."""
from __future__ import annotations


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_predictions(gold_docs, predictions) -> dict:
    """gold_docs: TimeMLDocuments; predictions: per doc a list of (start, end, class, tense, aspect)."""
    n_sys = n_gold = strict = relaxed = cls_ok = tense_ok = aspect_ok = 0
    for doc, pred in zip(gold_docs, predictions):
        inst = {}
        for i in doc.instances:
            inst.setdefault(i.get("eventID"), i)
        gold = doc.events
        n_sys += len(pred)
        n_gold += len(gold)
        used = set()
        for start, end, cls, tense, aspect in pred:
            match = next((g for g in gold if g.start < end and start < g.end and id(g) not in used), None)
            if match is None:
                continue
            used.add(id(match))
            relaxed += 1
            strict += match.start == start and match.end == end
            cls_ok += match.attrs.get("class") == cls
            gi = inst.get(match.attrs.get("eid"), {})
            tense_ok += gi.get("tense") == tense
            aspect_ok += gi.get("aspect") == aspect
    p, r = relaxed / max(n_sys, 1), relaxed / max(n_gold, 1)
    sp, sr = strict / max(n_sys, 1), strict / max(n_gold, 1)
    f = _f1(p, r)
    acc = lambda k: k / max(relaxed, 1)  # noqa: E731
    return {"documents": len(gold_docs), "gold": n_gold, "system": n_sys,
            "relaxed": {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)},
            "strict": {"P": round(sp, 4), "R": round(sr, 4), "F1": round(_f1(sp, sr), 4)},
            "class_F1": round(f * acc(cls_ok), 4), "class_accuracy": round(acc(cls_ok), 4),
            "tense_accuracy": round(acc(tense_ok), 4), "aspect_accuracy": round(acc(aspect_ok), 4)}


def predictions(pairs, model) -> list:
    """Model output per (gold doc, parse) pair, gold TIMEX3 spans excluded from candidates."""
    preds = []
    for doc, parsed in pairs:
        spans = [(t.start, t.end) for t in doc.timexes]
        preds.append([(t.idx, t.idx + len(t), c, te, a) for t, c, te, a in model.tag(parsed, spans)])
    return preds


def score_events(pairs, model) -> dict:
    return score_predictions([d for d, _ in pairs], predictions(pairs, model))
