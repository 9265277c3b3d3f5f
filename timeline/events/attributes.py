"""Grammatical attributes of an event token: features for tense/aspect, rules for the rest."""
from __future__ import annotations

from .lexicon import load_lexicon

POS_MAP = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJECTIVE",
           "ADP": "PREPOSITION"}


def verb_group(token) -> list:
    """The auxiliaries (and infinitival 'to') that go with a verb; for a copular predicate the head's."""
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass") or (c.dep_ == "mark" and c.lower_ == "to")]
    return sorted(auxes, key=lambda t: t.i)


def shares_group(token) -> bool:
    """A bare verb conjoined to another, with no auxiliary or subject of its own."""
    return token.dep_ == "conj" and token.tag_ == "VB" and token.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in token.children)


def attribute_features(token) -> list[str]:
    """Features for the tense and aspect models (the TBAQ conventions are learned from gold)."""
    group = verb_group(token)
    feats = ["bias", "t=" + token.tag_, "p=" + token.pos_, "d=" + token.dep_,
             "ht=" + token.head.tag_, "dht=" + token.dep_ + "|" + token.head.tag_]
    words = [a.lower_ for a in group]
    feats.append("grp=" + " ".join(words) + "|" + token.tag_)
    for a in group:
        feats.append("aux=" + a.lower_)
        feats.append("auxt=" + a.tag_)
    if group:
        feats.append("first=" + group[0].lower_)
        feats.append("last=" + group[-1].lower_ + "|" + token.tag_)
    else:
        feats.append("noaux|" + token.tag_)
    # copula: "was unable" -> the tense lives on the cop child
    for c in token.children:
        if c.dep_ == "cop":
            feats.append("cop=" + c.lower_)
    return feats


def polarity(token) -> str:
    """NEG when the event is said not to happen: by a negator, by a subject that is no one, by
    'without' before a gerund, by 'no longer', by a negated copula over a predicate ('was not
    aware'), or as the alternative after a negated event ('No one was arrested or charged'; words
    in events.toml [negation]). In the TBAQ gold a negated copula's adjective or preposition is NEG
    5 times of 5, an 'or' / 'nor' conjunct after a negation 4 of 4, 'no longer' 5 of 5."""
    cues = load_lexicon().negation
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in cues["clause_prepositions"]:
        return "NEG"
    if _negated(token, cues):
        return "NEG"
    if token.dep_ in ("acomp", "attr") and token.head.lemma_ == "be" and _negated(token.head, cues):
        return "NEG"
    if _alternative(token, cues):
        return polarity(token.head)
    return "POS"


def _negated(token, cues) -> bool:
    for c in token.children:
        if c.dep_ == "neg" or (c.lower_ in cues["words"] and c.dep_ in ("advmod", "det")):
            return True
        if c.dep_ == "advmod" and c.lower_ in cues["negated_adverbs"] and any(n.dep_ == "neg" for n in c.children):
            return True  # 'no longer had'
        if c.dep_ in ("nsubj", "nsubjpass") and _no_one(c, cues):
            return True
    return False


def _alternative(token, cues) -> bool:
    """A conjunct joined by 'or' / 'nor' with no subject or negator of its own ('did not cut rates or
    change its guidance'): what is denied of the first is denied of it."""
    if token.dep_ != "conj":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in token.children):
        return False
    return any(c.dep_ == "cc" and c.lower_ in cues["alternatives"] and token.head.i < c.i < token.i
               for c in token.head.children)


def _no_one(subject, cues) -> bool:
    """'Nobody', 'None of them', 'No one', 'No agreement', 'Neither side', 'Neither the police nor'."""
    return subject.lower_ in cues["subjects"] or any(
        d.dep_ in ("det", "preconj") and d.lower_ in cues["subject_determiners"] for d in subject.children)


def modality(token) -> str | None:
    """The modal verb over the event; a conjoined bare verb shares its first conjunct's ("would
    review ... and report": 'report' is as conditional as 'review'). Why not the tense features
    too: sharing the auxiliaries moved gold tense accuracy 0.8571 -> 0.8561 TimeBank->AQUAINT."""
    if shares_group(token):
        return modality(token.head)
    for c in token.children:
        if c.tag_ == "MD" and c.lower_ not in ("will", "'ll", "shall", "wo"):
            return c.lower_
    return None


def timeml_pos(token) -> str:
    return POS_MAP.get(token.pos_, "OTHER")
