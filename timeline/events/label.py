"""A short label for an event: its word with subject and object ("Kim Jong-un left Pyongyang")."""
from __future__ import annotations

import re

NAME_DEPS = frozenset({"compound", "flat", "amod", "nmod", "punct"})


def _leftmost_modifier(token, limit: int):
    """The first token of the name or compound before `token`, followed down its own
    modifiers: "[New] Zealand election", "[five]-week trial", "[election]-day voting"."""
    doc, left = token.doc, token
    # a name is its proper nouns: "[North Korean leader] Kim Jong-un" keeps "Kim Jong-un"
    name = token.pos_ == "PROPN"
    while (child := next((c for c in left.lefts if c.dep_ in NAME_DEPS | {"nummod"}
                          and token.i - c.i < limit and (not name or c.pos_ == "PROPN")),
                         None)) is not None:
        left = child
    # a hyphenated word stays whole ("high-ranking"); a spaced dash or a date ends the phrase
    # (the dateline in "LONDON, May 12 - Rhenwerk agreed")
    while left.i > 0 and left.text == "-" and not left.whitespace_ and not doc[left.i - 1].whitespace_:
        left = doc[left.i - 1]
    for t in doc[left.i:token.i]:
        spaced_dash = t.text in DATELINE_DASHES and (t.whitespace_ or doc[t.i - 1].whitespace_)
        if spaced_dash or t.ent_type_ in ("DATE", "TIME"):
            left = doc[t.i + 1]
    # why: the parser hangs a quote closing the sentence before on the next subject
    # ('..."were not good enough today." Arsenal visit Brighton' was labelled '" Arsenal visit')
    while left.i < token.i and (left.is_space or (left.is_punct and left.text != "-")):
        left = doc[left.i + 1]
    return left


def _phrase(token, limit: int = 4) -> str:
    """The token with its compound/name modifiers to the left ("Kim Jong-un", "military parade")."""
    left = _leftmost_modifier(token, limit + 2 if token.dep_ != "nsubj" else limit)
    span = token.doc[left.i: token.i + 1]
    # why: hyphenated names are split by the tokenizer ("Jong - un"): keep what follows a hyphen
    end = token.i + 1
    while end + 1 < len(token.doc) and token.doc[end].text == "-":
        end += 2
    return token.doc[left.i: min(end, len(token.doc))].text if end > token.i + 1 else span.text


def _same_paragraph(a, b) -> bool:
    """Whether no paragraph break lies between two tokens: a dateline ("HAVANA (AP) --" over a
    blank line) is sometimes parsed as the subject or object of the first verb."""
    low, high = sorted((a.i, b.i))
    return not any("\n\n" in t.text.replace("\r", "") for t in a.doc[low:high] if t.is_space)


DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013", "_"})


def _is_dateline(token) -> bool:
    """A word of the dateline opening a line of a wire story ("MOSCOW, March 3 (Reuters) - Putin
    will travel", below its headline too: the place, or the agency in its parentheses), which the
    parser sometimes makes the subject."""
    doc, i = token.doc, token.i
    while i > 0 and token.i - i < 12 and "\n" not in doc[i - 1].text and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    if i > 0 and "\n" not in doc[i - 1].text and "\n" not in doc[i - 1].whitespace_:
        return False  # more than a dateline's length into its line
    if not _DATELINE_PREFIX.fullmatch(doc[i:token.i + 1].text):
        return False
    return any(t.text in DATELINE_DASHES for t in doc[token.i + 1: token.i + 16])


# the start of a dateline, up to any of its words: "NEW YORK", "PEORIA, Ill.", "KYIV (Reuters"
_DATELINE_PREFIX = re.compile(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.\- ]+(?:,[^\n()]{0,40})?(?:\s*\([A-Za-z .&-]*\)?)?")


def _in_time_expression(token, timex_spans) -> bool:
    """Whether a token lies in a time expression: "announced at [12:30 p.m.]" is labelled
    "announced", not "announced at p.m." (the parser makes "p.m." the object)."""
    return any(start <= token.idx < end for start, end in timex_spans)


def event_label(token, timex_spans=()) -> str:
    subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and _same_paragraph(c, token)
                 and not _is_dateline(c)), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        subj = token.head
        # "a quake in [February 2011] that killed 185 people": the parser hung the clause on the
        # date; the quake did the killing
        for _ in range(3):
            if not (_in_time_expression(subj, timex_spans) or subj.pos_ == "ADP") or subj.head == subj:
                break
            subj = subj.head
        if _in_time_expression(subj, timex_spans) or subj.pos_ in ("ADP", "VERB", "AUX"):
            subj = None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "attr", "prt") and _same_paragraph(c, token)), None)
    if obj is not None and obj.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        # "an offer, which Calder rejected": "Calder rejected offer"; never a date the parser
        # hung the clause on ("in March, which Calder rejected")
        obj = None if _in_time_expression(token.head, timex_spans) else token.head
    if obj is None:
        # why: a fronted phrase ("On a cold morning, workers were called") is scene-setting;
        # the label takes the first phrase after the word
        prep = next((c for c in token.rights if c.dep_ == "prep"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if (pobj is not None and not pobj.like_num and pobj.ent_type_ not in ("DATE", "TIME")
                and not _in_time_expression(pobj, timex_spans)):
            obj = None
            parts = [prep.text, _phrase(pobj)]
        else:
            parts = []
    else:
        parts = [_phrase(obj)]
    if token.pos_ in ("NOUN", "PROPN"):
        head = _phrase(token)
        return " ".join([head] + parts[:2])
    # why "not": a negated event on a timeline ("We have not seen a storm like this since
    # 2017") would otherwise read as one that happened then
    negated = ["not"] if any(c.dep_ == "neg" for c in token.children) else []
    words = ([_phrase(subj)] if subj is not None and subj.pos_ != "PRON" else []) + negated + [token.text] + parts
    return " ".join(words)
