"""The learned event tagger: which tokens are EVENTs, their class, tense and aspect."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .attributes import attribute_features, shares_group, verb_group
from .features import class_features, is_candidate, token_features
from .lexicon import load_lexicon
from .perceptron import Perceptron

MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "models" / "events.json.gz"
NONE = "O"
# why: annotators keep a word's reading within one text, so each token's scores get this share
# of the mean scores of the document's other tokens of the same word (tuned held out: event F1
# +0.004 TimeBank->AQUAINT, +0.006 AQUAINT->TimeBank, 5-fold flat; class F1 +0.001 each way)
EVENT_VOTE = 0.4
CLASS_VOTE = 0.6
# why: the perceptron's O/EVENT boundary sits a little on the side of O; shifting it by one weight
# unit finds more events in all three views (event F1 +0.0015 / +0.0003 / +0.0005 TimeBank->AQUAINT /
# AQUAINT->TimeBank / 5-fold, class F1 +0.0012 / +0.0004 / +0.0004); 2 and 3 gain more on AQUAINT
# but lose class F1 5-fold (0.7395, 0.7392), -1 loses everywhere
EVENT_BIAS = 1.0
# Measured flat or worse for the event stage (event F1 / class F1, TimeBank->AQUAINT /
# AQUAINT->TimeBank / 5-fold, base 0.871 / 0.823 / 0.873 and 0.726 / 0.655 / 0.740): one joint
# O-or-class perceptron instead of the two stages, 0.863 / 0.813 / 0.867 and 0.720 / 0.651 / 0.739
# (class accuracy +0.001 / +0.005 / +0.005, but fewer events found); the binary stage with the joint
# model's class scores added to the class model's, 0.738 class F1 5-fold; a second class model on
# all token features (surface included) added to the class scores 0.726 / 0.654 / 0.741; a second
# class pass seeing the first pass's classes of the head and children 0.723 / 0.654 / 0.737; the
# event perceptron as a mean over 5 seeds 0.740 5-fold, or with 5 / 12 epochs 0.740 / 0.739; a
# leave-one-out (lemma, pos) event-rate prior 0.872 / 0.820 / 0.872; lemma x dep, head-lemma x dep
# x lemma and lemma x determiner/preposition conjunctions 0.868 / 0.821 / 0.873.
# Session 8 (base 0.873 / 0.819 / 0.873 and 0.727 / 0.653 / 0.740): features seen once dropped 0.870
# / 0.820 / 0.872 and 0.724 / 0.654 / 0.739; lemmas of the object, subject, complements and particle
# 0.872 / 0.821 / 0.873 and 0.726 / 0.654 / 0.740; a margin perceptron (update below margin 2) 0.869
# / 0.821 / 0.873 and 0.724 / 0.655 / 0.740; every feature copied per coarse POS (noun / verb /
# adjective / other) 0.874 / 0.822 / 0.872 and 0.728 / 0.655 / 0.739 (cross-corpus up, 5-fold down).
# What is left (5-fold): 1,298 missed, most of them nouns (pobj 287, dobj 222) and 'be' as a STATE
# (101, but no parse context of 'be' is an event in more than about a fifth of its uses); 1,551
# spurious, led by 'have' 60 and 'say' 30, many of them plain reporting verbs and happenings the
# annotators left out ('"Absolutely," he said').


def lemma_vote(tokens: list, scores: list[dict[str, float]], weight: float, key) -> list[dict[str, float]]:
    """scores[i] plus weight times the mean scores of the other tokens with the same key."""
    groups: dict = {}
    for i, token in enumerate(tokens):
        groups.setdefault(key(token), []).append(i)
    out = []
    for i, token in enumerate(tokens):
        total = dict(scores[i])
        others = [j for j in groups[key(token)] if j != i]
        for j in others:
            for label, value in scores[j].items():
                total[label] += weight * value / len(others)
        out.append(total)
    return out


def has_auxiliary(verb) -> bool:
    return any(a.dep_ != "mark" for a in verb_group(verb))


def with_conjoined_verbs(tokens: list, events: list) -> list:
    """The events plus the verbs of the same form conjoined to an event verb ('killing 40 people
    and injuring hundreds', 'arrested and charged'): a coordination joins happenings alike. Why:
    in TBAQ 85% of conjoined verbs are events, and the model missed some ('injuring' after 'nt=NNS');
    event F1 +0.0004 / +0.0001 / +0.0002 TimeBank->AQUAINT / AQUAINT->TimeBank / 5-fold, class F1
    +0.0004 / +0.0001 / 0 (any conjoined verb, of any form: -0.0001 / 0 and class +0.0001 / -0.0001)."""
    found = {t.i for t in events}
    extra = [t for t in tokens if t.i not in found and t.dep_ == "conj" and t.pos_ == "VERB"
             and t.head.i in found and t.head.pos_ == "VERB" and t.tag_ == t.head.tag_]
    return events + extra


def listed_noun(token, lexicon) -> bool:
    """A noun of the eventive lexicon heading its phrase (in TBAQ 3 of 156 such nouns used as a
    compound modifier are events: 'riot police', 'rescue team')."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and token.dep_ != "compound" and lemma in lexicon.eventive_nouns


def is_semi_modal(token, lexicon) -> bool:
    """'used to grow rice', 'have got to act': the verb, with no object and in the active, only
    says when or how surely the infinitive after it happens (in TBAQ it fires once, on a
    non-event: 'any money he has used to pay attorneys')."""
    if token.lemma_.lower() not in lexicon.semi_modals or token.tag_ not in ("VBD", "VBN"):
        return False
    deps = {c.dep_ for c in token.children}
    if deps & {"dobj", "auxpass", "nsubjpass", "dative"}:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)
    if token.tag_ == "VBN" and not perfect:
        return False
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(m.lower_ == "to" for m in c.children)
               for c in token.children)


# the arguments whose happening a phase verb marks: 'halted production', 'talks resumed' (the
# subject only with no object: 'the inquiry could resume flights'). Not the complement ('began to
# fall'): the model already has those, and with it class F1 AQUAINT->TimeBank 0.6610 but 5-fold
# 0.7404 (without: 0.6596 / 0.7406)
PHASE_ARGUMENTS = ("dobj", "nsubj", "nsubjpass")


def phase_class(token, predicted: str, found: set[int], lexicon) -> str:
    """ASPECTUAL for a phase verb or noun whose argument is one of the events (found: their token
    indexes; 'The talks resumed', 'the end of the war', 'the completion of the merger'; the model
    had OCCURRENCE), else the predicted class. Why: class F1 0.7289 / 0.6558 / 0.7406 -> 0.7294 /
    0.6596 / 0.7406 (TimeBank->AQUAINT / AQUAINT->TimeBank / 5-fold) for the verbs, -> 0.7294 /
    0.6599 / 0.7408 with the nouns; event F1 unchanged."""
    if token.lemma_.lower() not in lexicon.phase_words or token.pos_ not in ("VERB", "NOUN"):
        return predicted
    argument = _phase_argument(token)
    return "ASPECTUAL" if argument is not None and argument.i in found else predicted


def _phase_argument(token):
    """The event a phase word marks: a verb's object, else its subject; a noun's 'of' / 'to' object."""
    if token.pos_ == "NOUN":
        return next((g for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "to")
                     for g in p.children if g.dep_ == "pobj"), None)
    children = {c.dep_: c for c in token.children}
    return next((children[dep] for dep in PHASE_ARGUMENTS if dep in children), None)


def candidates(parsed, timex_spans: list[tuple[int, int]]):
    """Tokens that may be events: content words outside time expressions."""
    inside = {tok.i for s, e in timex_spans if (span := parsed.char_span(s, e, alignment_mode="expand")) is not None
              for tok in span}  # why a set: a test of every span for each token was quadratic
    for token in parsed:
        if is_candidate(token) and token.i not in inside:
            yield token


def gold_alignment(doc, parsed) -> dict[int, tuple[str, dict]]:
    """token index -> (class, instance attrs) for tokens that start a gold EVENT span."""
    instances = {}
    for inst in doc.instances:
        instances.setdefault(inst.get("eventID"), inst)
    out = {}
    for tag in doc.events:
        span = parsed.char_span(tag.start, tag.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        token = span.root if len(span) > 1 else span[0]
        out[token.i] = (tag.attrs.get("class", "OCCURRENCE"), instances.get(tag.attrs.get("eid"), {}))
    return out


def samples_for(pairs):
    """Training samples (features, label) for the event, tense and aspect models."""
    lexicon = load_lexicon()
    event_s, class_s, tense_s, aspect_s = [], [], [], []
    for doc, parsed in pairs:
        gold = gold_alignment(doc, parsed)
        spans = [(t.start, t.end) for t in doc.timexes]
        for token in candidates(parsed, spans):
            label, inst = gold.get(token.i, (NONE, {}))
            feats = token_features(token, lexicon)
            event_s.append((feats, NONE if label == NONE else "EVENT"))
            if label != NONE:
                class_s.append((class_features(token, lexicon), label))
            if label != NONE and inst:
                feats = attribute_features(token)
                tense_s.append((feats, inst.get("tense", "NONE")))
                aspect_s.append((feats, inst.get("aspect", "NONE")))
    return event_s, class_s, tense_s, aspect_s


@dataclass
class EventModel:
    """Four perceptrons: event or not, then class, tense and aspect of the events."""

    event: Perceptron
    event_class: Perceptron
    tense: Perceptron
    aspect: Perceptron
    PARTS = ("event", "class", "tense", "aspect")

    @classmethod
    def train(cls, event_s, class_s, tense_s, aspect_s) -> "EventModel":
        models = []
        for samples, epochs in ((event_s, 8), (tense_s, 6), (aspect_s, 6)):
            p = Perceptron()
            p.train(samples, epochs=epochs)
            models.append(p)
        event, tense, aspect = models
        return cls(event, Perceptron.trained_over_seeds(class_s, epochs=3), tense, aspect)

    def tag(self, parsed, timex_spans: list[tuple[int, int]]):
        """(token, class, tense, aspect) for every token the model calls an event."""
        lexicon = load_lexicon()
        tokens = list(candidates(parsed, timex_spans))
        scores = [self.event.scores(token_features(t, lexicon)) for t in tokens]
        scores = lemma_vote(tokens, scores, EVENT_VOTE, lambda t: (t.lemma_.lower(), t.pos_))
        scores = [dict(s, EVENT=s.get("EVENT", 0.0) + EVENT_BIAS) for s in scores]
        events = [t for t, s in zip(tokens, scores) if self.event.best(s) != NONE]
        events = with_conjoined_verbs(tokens, events) + self.new_to_model(tokens, events, lexicon)
        events = sorted((t for t in events if not is_semi_modal(t, lexicon)), key=lambda t: t.i)
        scores = [self.event_class.scores(class_features(t, lexicon)) for t in events]
        scores = lemma_vote(events, scores, CLASS_VOTE, lambda t: t.lemma_.lower())
        grammar = {}
        for token in events:
            feats = attribute_features(token)
            grammar[token.i] = (self.tense.predict(feats), self.aspect.predict(feats))
        for token in events:
            if shares_group(token) and token.head.i in grammar and has_auxiliary(token.head):
                # why: a bare verb conjoined to another has its auxiliaries ("will cut jobs and
                # close plants": close is FUTURE, the model alone said INFINITIVE). Tense accuracy
                # on found gold events 0.8551 -> 0.8551 TimeBank->AQUAINT, 0.8729 -> 0.8733 the
                # reverse; copying from a head with no auxiliary too 0.8549 / 0.8733, after a participle
                # ('has cut and raised') 0.8541 / 0.8735 and aspect 0.9819 -> 0.9806
                grammar[token.i] = grammar[token.head.i]
        found = {t.i for t in events}  # the event tokens, for the phase words' arguments
        classes = [phase_class(t, self.event_class.best(s), found, lexicon) for t, s in zip(events, scores)]
        return [(token, cls) + grammar[token.i] for token, cls in zip(events, classes)]

    def new_to_model(self, tokens: list, events: list, lexicon) -> list:
        """Words whose lemma the event model never met in training, when they are happenings by
        their kind: a noun of the eventive lexicon, not as a modifier ('as a heatwave gripped the
        country', 'watched the landing'; not 'riot police'), or a finite verb. With no evidence of
        its own the model lets the word's place outvote the lexicon. Why: event F1 0.8731 / 0.8195
        / 0.8737 -> 0.8745 / 0.8238 / 0.8741 (TimeBank->AQUAINT / AQUAINT->TimeBank / 5-fold),
        class F1 0.7276 / 0.6531 / 0.7403 -> 0.7289 / 0.6558 / 0.7406; with modifier nouns 0.8738
        / 0.8204 / 0.8737; any verb but modifiers as well 0.8743 / 0.8202, class F1 AQUAINT->
        TimeBank 0.6522."""
        found = {t.i for t in events}
        return [t for t in tokens if t.i not in found and "l=" + t.lemma_.lower() not in self.event.weights
                and (listed_noun(t, lexicon) or (t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")))]

    def save(self, path: Path) -> None:
        import gzip
        import json

        data = {name: {"labels": m.labels, "weights": m.weights}
                for name, m in zip(self.PARTS, (self.event, self.event_class, self.tense, self.aspect))}
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, sort_keys=True, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "EventModel":
        from .._cache_file import read_json_gz

        data = read_json_gz(path)
        return cls(*(Perceptron(data[k]["labels"], data[k]["weights"]) for k in cls.PARTS))


@lru_cache(maxsize=1)
def default_model() -> EventModel:
    return EventModel.load(MODEL_PATH)
