"""Aspectual verbs mark where another event begins or ends.

"the news conference, which ended at 2:10 a.m." dates the conference's end, not just an
'ending' somewhere beside it; "talks began on Monday" dates their start. TimeML relates the
aspectual event to its argument by BEGINS / ENDS (the aspectual event is the first / last part).
"""
from __future__ import annotations

from ..models import Relation

STARTING = frozenset({"begin", "start", "resume", "launch", "commence", "open"})
ENDING = frozenset({"end", "finish", "conclude", "stop", "cease", "complete", "halt", "close", "wrap"})
# the argument whose course the verb marks, most telling first: "began to fall" (the complement),
# "they ended the talks" (the object), "the match ended" (the subject)
_ARGUMENT_DEPS = ("xcomp", "dobj", "nsubjpass", "nsubj")
_RELATIVE_PRONOUNS = frozenset({"which", "that"})
ORIGIN = "event-event:aspectual:"


def _arguments(tok):
    by_dep = {child.dep_: child for child in tok.children}
    for dep in _ARGUMENT_DEPS:
        child = by_dep.get(dep)
        if child is None:
            continue
        if dep == "nsubj" and "dobj" in by_dep:
            # why: with an object the subject does the starting ("the inquiry could resume
            # flights"): the link had begun the inquiry at the resumption
            return
        if child.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            yield tok.head  # "the conference, which ended ...": the noun the clause describes
        else:
            yield child


def aspectual_links(parsed, by_token) -> list[Relation]:
    """BEGINS / ENDS from an aspectual verb to the event it starts or ends."""
    out = []
    for i, event in by_token.items():
        tok = parsed[i]
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        rel = "BEGINS" if lemma in STARTING else "ENDS" if lemma in ENDING else None
        target = next((by_token[arg.i] for arg in _arguments(tok) if arg.i in by_token), None) if rel else None
        if target is not None and target is not event:
            out.append(Relation(source=event.id, target=target.id, type=rel,
                                origin=ORIGIN + lemma, confidence=0.7))
    return out

# TimeML writes an aspectual relation as an ALINK, not a TLINK (TimeBank's TLINKs leave these
# pairs out: 7 of 64 such links on TBAQ were in the gold TLINK closure)
_ALINK_TYPES = {"resume": "REINITIATES", "finish": "CULMINATES", "complete": "CULMINATES",
                "conclude": "CULMINATES"}


def is_aspectual(relation: Relation) -> bool:
    return (relation.origin or "").startswith(ORIGIN)


def alink_type(relation: Relation) -> str:
    """The TimeML ALINK relType of an aspectual link: INITIATES, TERMINATES, CULMINATES..."""
    lemma = (relation.origin or "")[len(ORIGIN):]
    return _ALINK_TYPES.get(lemma, "INITIATES" if relation.type == "BEGINS" else "TERMINATES")
