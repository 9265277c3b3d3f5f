"""Token features for the event model: the word, its parse neighbourhood and lexicon hints."""
from __future__ import annotations

from . import wordnet
from .lexicon import EventLexicon

# why: TimeML tags content words; function words and punctuation are never EVENTs
CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADV", "ADP", "NUM"})


def is_candidate(token) -> bool:
    return token.pos_ in CANDIDATE_POS and any(c.isalpha() for c in token.text)


def wordnet_features(token) -> list[str]:
    """WordNet word classes of the token's lemma: how a rare or unseen word borrows the event
    reading and class of the words of its kind (announce, tell, say -> verb.communication).
    Measured: class F1 +0.003 5-fold, +0.005 TimeBank->AQUAINT, +0.004 AQUAINT->TimeBank; event
    F1 +0.003 each. The supersenses of the second and third senses as well scored the same but
    lose eventive nouns whose first sense is a group ("The parade was held": parade, noun.group)."""
    pos = wordnet.WORDNET_POS.get(token.pos_)
    if pos is None:
        return []
    lemma = token.lemma_.lower()
    senses = wordnet.supersenses(lemma, pos) or wordnet.supersenses(token.lower_, pos)
    if not senses:
        return []
    feats = ["ss1=" + pos + "." + senses[0]]
    if pos == "n":
        # why: below entity > abstraction, the chain's generic nodes (psychological_feature, event,
        # act, process) mark the eventive nouns
        feats += ["hyp=" + name for name in wordnet.hypernyms(lemma)[2:]]
    return feats


def token_features(token, lexicon: EventLexicon) -> list[str]:
    lemma = token.lemma_.lower()
    head = token.head
    feats = [
        "bias", "w=" + token.lower_, "l=" + lemma, "p=" + token.pos_, "t=" + token.tag_,
        "d=" + token.dep_, "s3=" + token.lower_[-3:], "s4=" + token.lower_[-4:],
        "hl=" + head.lemma_.lower(), "hp=" + head.pos_, "dhp=" + token.dep_ + "|" + head.pos_,
        "dhl=" + token.dep_ + "|" + head.lemma_.lower(), "lp=" + lemma + "|" + token.pos_,
        "td=" + token.tag_ + "|" + token.dep_,
    ]
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    feats.append("pw=" + (prev.lower_ if prev is not None else "<s>"))
    feats.append("pt=" + (prev.tag_ if prev is not None else "<s>"))
    feats.append("nw=" + (nxt.lower_ if nxt is not None else "</s>"))
    feats.append("nt=" + (nxt.tag_ if nxt is not None else "</s>"))
    if prev is not None and prev.i > 0:
        feats.append("ppw=" + doc[prev.i - 1].lower_ + "|" + prev.lower_)
    for child in token.children:
        feats.append("cd=" + child.dep_)
        if child.dep_ in ("aux", "auxpass", "neg", "prep", "det", "mark", "poss", "amod", "compound"):
            feats.append("cl=" + child.dep_ + "|" + child.lower_)
        if child.dep_ in ("ccomp", "xcomp", "dobj", "prep", "advcl"):
            # why: I_ACTION/I_STATE/REPORTING predicates take clausal complements
            feats.append("lcd=" + lemma + "|" + child.dep_)
            feats.append("ccd=" + child.dep_ + "|" + child.tag_)
    if token.ent_type_:
        feats.append("ent=" + token.ent_type_)
    if token.is_title and token.i > token.sent.start:
        feats.append("title")
    for name in lexicon.class_hints(head.lemma_.lower()):
        feats.append("hlexc=" + name + "|" + token.dep_)
    feats.append("stop" if token.is_stop else "content")
    if lemma in lexicon.eventive_nouns:
        feats.append("lex=eventive")
    for name in lexicon.class_hints(lemma):
        feats.append("lexc=" + name)
    return feats + wordnet_features(token)


# why: the class decision transfers across annotation conventions (TimeBank -> AQUAINT) better
# without surface-form and neighbour-tag features, which memorise one corpus's habits; lemma,
# dependency, governing verb, complements and the lexicon classes carry it (+0.011 accuracy
# TimeBank->AQUAINT, 5-fold unchanged)
SURFACE = ("s3=", "s4=", "ppw=", "pw=", "nw=", "w=", "pt=", "nt=", "td=", "t=")
# Measured flat or worse for the class model (accuracy on held-out gold events, TimeBank->AQUAINT /
# AQUAINT->TimeBank / 5-fold, base 0.833 / 0.775 / 0.837): k-means ids (32/128/512) of spaCy's
# tok2vec vectors 0.832 / 0.775 / 0.836 (and event F1 flat); the raw vectors in an L2 logistic
# regression 0.829 / 0.772 / 0.832; L2 logistic regression instead of the perceptron 0.840 / 0.768 /
# 0.834; which arguments are events ("offered to help") 0.831 / 0.778 / 0.840 on gold events but
# class F1 0.726 -> 0.724 and 5-fold 0.740 -> 0.739 with the tagger's own events; 10 seeds, 2 or 5
# epochs, CLASS_VOTE 0.4-1.0 all within 0.003.
# Also flat or worse (class F1 TimeBank->AQUAINT / AQUAINT->TimeBank / 5-fold, base 0.726 / 0.655 /
# 0.740): lemma x dep, lemma x preposition and lemma x complement-marker ('to' / 'that') conjunctions
# 0.726 / 0.654 / 0.739; a leave-one-out lemma-class prior from the training part (binned shares)
# 0.726 / 0.651 / 0.737; the WordNet supersenses of the head, of the complements and of the
# prepositional objects 0.725 / 0.654 / 0.739; verb supersenses of the second and third senses
# 0.727 / 0.654 / 0.740.
# Session 8, same base measured again 0.727 / 0.653 / 0.740 (class accuracy 5-fold 0.8475): a score
# offset of -1 to +2 on any one class, within 0.0012 5-fold and none better in all three views (the
# class scores are calibrated); features seen once dropped 0.725 / 0.653 / 0.739; the class vote
# keyed by (lemma, pos) 0.727 / 0.653 / 0.740; particles ('touched off') 0.728 / 0.653 / 0.740;
# lemmas of the object, subject and clausal complements 0.727 / 0.654 / 0.738; preposition and
# grandparent of a prepositional object 0.727 / 0.652 / 0.739; every feature copied per coarse POS
# (noun / verb / other) 0.728 / 0.652 / 0.739; a per-corpus copy of every feature in training,
# shared weights at test, 0.737 5-fold; a margin perceptron (update below margin 1 / 4) 0.728 /
# 0.651 / 0.739 and 0.730 / 0.653 / 0.739; an AdaGrad L2 logistic regression (0.734 alone) with its
# log-probabilities added at weight 0.5-8, <= 0.7405; the fine POS tag back alone (present tense for
# stative verbs) 0.727 / 0.654 / 0.740; an event noun's infinitival or relative clause ('an effort to
# reduce', with the noun's lemma) 0.728 / 0.653 / 0.740.
# Where the errors are (5-fold, found gold events): I_ACTION->OCCURRENCE 401, STATE->OCCURRENCE 232,
# I_STATE->OCCURRENCE 140, OCCURRENCE->I_ACTION 127, REPORTING and ASPECTUAL->OCCURRENCE 101 each,
# mostly lemmas the annotators split (agree: I_ACTION 31 / I_STATE 11; call: I_ACTION 23 /
# OCCURRENCE 21 / REPORTING 18; keep: OCCURRENCE 40 / ASPECTUAL 10), whose majority the model
# already takes.


def class_features(token, lexicon: EventLexicon) -> list[str]:
    return [f for f in token_features(token, lexicon) if not f.startswith(SURFACE)]
