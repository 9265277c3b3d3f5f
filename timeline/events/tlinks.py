"""Learned TLINKs: which event-DCT, event-timex and same-sentence event-event pairs the TBAQ gold
annotates, and with which relType.

One averaged perceptron per kind ("dct", "time", "ee") over the candidate pairs, with the label
NONE for pairs the gold leaves unlinked, so one prediction answers both questions (is there a
link, and which). Labels are reduced to BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS,
always stated for the candidate's orientation (event -> DCT, event -> timex, first -> second
event in text order). Trained by `python -m timeline.events.train --tlinks`; evaluated held out
by TBAQ part (`--tlinks --eval`, and in relations_eval each document uses the model trained on
the other part).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import gzip
import json
from functools import lru_cache
from pathlib import Path

from .pairs import FUNCTION_POS, dependency_path
from .perceptron import Perceptron

TLINK_MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "models" / "event_tlinks.json.gz"
KINDS = ("dct", "time", "ee")
REDUCE = {"BEFORE": "BEFORE", "AFTER": "AFTER", "IBEFORE": "BEFORE", "IAFTER": "AFTER",
          "INCLUDES": "INCLUDES", "IS_INCLUDED": "IS_INCLUDED", "BEGUN_BY": "INCLUDES", "ENDED_BY": "INCLUDES",
          "BEGINS": "IS_INCLUDED", "ENDS": "IS_INCLUDED", "DURING": "SIMULTANEOUS", "DURING_INV": "SIMULTANEOUS",
          "SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "SIMULTANEOUS"}
INVERT = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES",
          "SIMULTANEOUS": "SIMULTANEOUS", "NONE": "NONE"}
EE_MAX_DIST = 40  # tokens between two events of one sentence considered as a candidate
# why: labels from the gold's closure (pairs it entails but does not link) measured no better
# than direct TLINKs (awareness 0.3436 vs 0.3448, gold entities), so training uses the direct ones
CLOSURE = False
CLOSURE_KINDS = ("dct", "time", "ee")


def _tok(parsed, start, end):
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root if len(span) > 1 else span[0]


def _event_feats(p: str, tok, e) -> list[str]:
    t = f"{e.tense}|{e.aspect}"
    out = [f"{p}t={t}", f"{p}c={e.event_class}", f"{p}tc={t}|{e.event_class}", f"{p}pos={tok.pos_}",
           f"{p}tag={tok.tag_}", f"{p}dep={tok.dep_}", f"{p}l={tok.lemma_.lower()}",
           f"{p}mod={bool(e.modality)}", f"{p}pol={e.polarity}"]
    for c in tok.children:
        if c.dep_ in ("mark", "advmod", "aux", "auxpass", "neg", "det") and c.pos_ != "PUNCT":
            out.append(f"{p}ch={c.dep_}|{c.lower_}")
    return out


def _between(doc, i, j) -> list[str]:
    lo, hi = sorted((i, j))
    if hi - lo > 25:
        return ["bw=far"]
    return ["bw=" + t.lower_ for t in doc[lo + 1:hi] if t.pos_ in FUNCTION_POS]


def dct_features(tok, e, ctx) -> list[str]:
    feats = ["bias"] + _event_feats("", tok, e)
    head = tok.head
    hev = ctx["by_token"].get(head.i) if head.i != tok.i else None
    feats.append("root=" + str(tok.dep_ == "ROOT"))
    if hev is not None:
        feats += ["hc=" + hev.event_class, "ht=" + hev.tense + "|" + e.tense, "hcd=" + hev.event_class + "|" + tok.dep_]
    else:
        feats.append("hnone|" + head.pos_)
    feats.append("sn=" + str(min(ctx["sent_no"][tok.sent.start], 3)))
    feats.append("stimex=" + str(ctx["sent_timex"].get(tok.sent.start, "")))
    feats.append("quote=" + str(any(t.text in ('"', "``", "''") for t in tok.sent)))
    return feats


def _events_between(ev_tokens: list[int], low: int, high: int) -> int:
    """How many event tokens lie strictly between two token indexes (ev_tokens sorted); by
    bisection, as a count over all events made long documents quadratic."""
    return max(0, bisect_left(ev_tokens, high) - bisect_right(ev_tokens, low))


def time_features(tok, e, troot, t, ctx) -> list[str]:
    feats = ["bias", "tt=" + t.type] + _event_feats("", tok, e)
    feats += [f"{f}|{t.type}" for f in ("t=" + e.tense, "c=" + e.event_class, "pos=" + tok.pos_)]
    signal = troot.head.lower_ if troot.dep_ == "pobj" and troot.head.dep_ == "prep" else ""
    feats += ["sig=" + signal, "sig-tt=" + signal + "|" + t.type]
    pa, pb = dependency_path(tok, troot)
    path = ">".join(pa[:4]) + "^" + "<".join(pb[:4])
    feats += ["path=" + path, "plen=" + str(min(len(pa) + len(pb), 6)), "path-sig=" + path + "|" + signal]
    gov = (not pa) and len(pb) <= 3
    feats.append("gov=" + str(gov))
    order = "ev<t" if tok.i < troot.i else "t<ev"
    dist = abs(tok.i - troot.i)
    feats += ["ord=" + order, "dist=" + str(min(dist // 3, 8))]
    # why: the gold links a timex mostly to the event nearest to it in the parse
    near = ctx["nearest"].get(t.id)
    feats.append("nearest=" + str(near == e.id))
    feats.append("nearest-gov=" + str(near == e.id) + str(gov))
    n_between = _events_between(ctx["ev_tokens"], min(tok.i, troot.i), max(tok.i, troot.i))
    feats.append("evbw=" + str(min(n_between, 3)))
    v = t.value or ""
    feats.append("tv=" + ("ref" if v.startswith(("PRESENT", "PAST", "FUTURE")) else
                          "day" if len(v) >= 10 else "year" if len(v) == 4 else "other"))
    if ctx.get("dct_value") and len(v) >= 10 and v[:4].isdigit():
        d = ctx["dct_value"][:10]
        feats.append("vsdct=" + ("eq" if v[:10] == d else "lt" if v[:10] < d else "gt"))
    feats += _between(tok.doc, tok.i, troot.i)
    return feats


def ee_features(a, b, ea, eb, ctx) -> list[str]:
    from .pairs import pair_features

    feats = pair_features(a, b, ea, eb)
    feats += ["pos=" + a.pos_ + "|" + b.pos_]
    n_between = _events_between(ctx["ev_tokens"], a.i, b.i)
    feats += ["evbw=" + str(min(n_between, 4)), "adj=" + str(n_between == 0)]
    pa, pb = dependency_path(a, b)
    feats.append("pathc=" + ">".join(pa[:3]) + "^" + "<".join(pb[:3]) + "|" + ea.event_class + "|" + eb.event_class)
    if b.head.i == a.i:
        feats.append("gov=ab|" + b.dep_ + "|" + ea.event_class + "|" + eb.tense)
    if a.lemma_.lower() == b.lemma_.lower():
        feats.append("samelemma")
    return feats


def _context(parsed, events, timexes, dct_value=""):
    by_token, ev_tok = {}, {}
    for e in events:
        tok = _tok(parsed, e.start, e.end)
        if tok is not None and tok.i not in by_token:
            by_token[tok.i] = e
            ev_tok[e.id] = tok
    sent_no = {s.start: n for n, s in enumerate(parsed.sents)}
    t_root, sent_timex, nearest = {}, {}, {}
    for t in timexes:
        r = _tok(parsed, t.start, t.end)
        if r is None:
            continue
        t_root[t.id] = r
        sent_timex.setdefault(r.sent.start, t.type)
        # nearest event in the tree: walk up from the timex
        anc = r.head
        while anc.i not in by_token and anc.head.i != anc.i:
            anc = anc.head
        if anc.i in by_token:
            nearest[t.id] = by_token[anc.i].id
    return {"by_token": by_token, "ev_tok": ev_tok, "ev_tokens": sorted(by_token), "sent_no": sent_no,
            "t_root": t_root, "sent_timex": sent_timex, "nearest": nearest, "dct_value": dct_value}


def candidates(parsed, events, timexes, dct_value=""):
    """(kind, source id, target id, features) for every candidate pair of one document."""
    ctx = _context(parsed, events, timexes, dct_value)
    out = []
    by_sent: dict[int, list] = {}
    for i in ctx["ev_tokens"]:
        e = ctx["by_token"][i]
        tok = parsed[i]
        out.append(("dct", e.id, "t0", dct_features(tok, e, ctx)))
        by_sent.setdefault(tok.sent.start, []).append((tok, e))
    for t in timexes:
        r = ctx["t_root"].get(t.id)
        if r is None:
            continue
        for tok, e in by_sent.get(r.sent.start, ()):
            if tok.i != r.i:
                out.append(("time", e.id, t.id, time_features(tok, e, r, t, ctx)))
    for group in by_sent.values():
        for n, (a, ea) in enumerate(group):
            for b, eb in group[n + 1:]:
                if b.i - a.i > EE_MAX_DIST:
                    break
                out.append(("ee", ea.id, eb.id, ee_features(a, b, ea, eb, ctx)))
    return out


def gold_labels(doc) -> dict[tuple[str, str], str]:
    """(source, target) -> reduced relType from the TBAQ TLINKs (eids, tids, t0), both directions."""
    eid = {i["eiid"]: i.get("eventID") for i in doc.instances}
    out = {}
    for link in doc.tlinks:
        src = link.get("timeID") or eid.get(link.get("eventInstanceID", ""))
        tgt = link.get("relatedToTime") or eid.get(link.get("relatedToEventInstance", ""))
        rel = REDUCE.get(link.get("relType", ""))
        if src and tgt and rel and src != tgt:
            out[(src, tgt)] = rel
            out.setdefault((tgt, src), INVERT[rel])
    return out


CLOSURE_ORDER = ("SIMULTANEOUS", "BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED")


def _closure_label(graph, s, t) -> str:
    from ..models import Relation

    for rel in CLOSURE_ORDER:
        if graph.supports(Relation(source=s, target=t, type=rel, origin="query")):
            return rel
    return "NONE"


def samples_for(pairs, closure: bool = CLOSURE) -> dict[str, list]:
    """kind -> [(features, label)] over the (gold document, parse) pairs, gold entities.

    closure: a pair the gold does not link directly takes the relation the gold's closure
    entails (what temporal awareness rewards), else NONE."""
    from ..corpora.relations_eval import _graph, gold_entities, gold_links

    out = {k: [] for k in KINDS}
    for doc, parsed in pairs:
        events, timexes = gold_entities(doc, parsed)
        gold = gold_labels(doc)
        graph = None
        if closure:
            links = gold_links(doc)
            names = {"t0"} | {e.id for e in events} | {t.id for t in timexes}
            graph = _graph(names | {r.source for r in links} | {r.target for r in links}, links)
        for kind, s, t, feats in candidates(parsed, events, timexes, doc.dct):
            label = gold.get((s, t))
            if label is None:
                label = _closure_label(graph, s, t) if graph is not None and kind in CLOSURE_KINDS else "NONE"
            out[kind].append((feats, label))
    return out


def _ranked(scores):
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[0][0], ranked[0][1] - ranked[1][1]


class TlinkModel:
    def __init__(self, models: dict[str, Perceptron]):
        self.models = models

    def predict(self, kind: str, feats, none_bias: float = 0.0) -> tuple[str, float]:
        """(label, margin over the runner-up); none_bias is taken off the NONE score first."""
        scores = self.models[kind].scores(feats)
        if none_bias and "NONE" in scores:
            scores["NONE"] -= none_bias
        return _ranked(scores)

    @classmethod
    def train(cls, samples: dict[str, list], epochs: int = 10) -> "TlinkModel":
        models = {}
        for kind in KINDS:
            p = Perceptron()
            p.train(samples[kind], epochs=epochs)
            models[kind] = p
        return cls(models)

    def save(self, path: Path = TLINK_MODEL_PATH) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump({k: {"labels": m.labels, "weights": m.weights} for k, m in self.models.items()}, fh,
                      sort_keys=True, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path = TLINK_MODEL_PATH) -> "TlinkModel":
        from .._cache_file import read_json_gz

        data = read_json_gz(path)
        return cls({k: Perceptron(v["labels"], v["weights"]) for k, v in data.items()})


@lru_cache(maxsize=1)
def default_tlink_model() -> TlinkModel | None:
    return TlinkModel.load() if TLINK_MODEL_PATH.exists() else None


def score_tlinks(model: TlinkModel, samples: dict[str, list]) -> dict:
    """Per kind: P/R/F1 of 'linked with the right relType' (NONE predictions count as none)."""
    out = {}
    for kind, rows in samples.items():
        hit = pred = gold = 0
        for feats, label in rows:
            guess, _ = model.predict(kind, feats)
            pred += guess != "NONE"
            gold += label != "NONE"
            hit += guess == label != "NONE"
        p, r = hit / max(pred, 1), hit / max(gold, 1)
        out[kind] = {"candidates": len(rows), "gold": gold, "predicted": pred, "P": round(p, 4), "R": round(r, 4),
                     "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return out


def heldout_tlink_models(nlp, tbaq: Path, folds: int = 0) -> dict[str, TlinkModel]:
    """docid -> a model trained without the document (see corpus.heldout)."""
    from .corpus import heldout, load_part

    parts = {p: load_part(p, nlp, tbaq) for p in ("TimeBank", "AQUAINT")}
    return heldout(parts, lambda pairs: TlinkModel.train(samples_for(pairs)), folds)
