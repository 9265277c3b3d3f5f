"""The tense of the verb that governs a time expression, read off a dependency parse.

"Castro said the father will leave on Tuesday": the lexical cues (tense.py) see "said" and
"will" around "Tuesday"; the parse says "Tuesday" hangs on "leave", whose auxiliary is
"will". When the parse gives no clear answer (no verb above the expression, a bare
participle), None lets the lexical cues decide.
"""
from __future__ import annotations


def governing_verb(doc, start: int, end: int, deadline_prepositions: frozenset[str] = frozenset()):
    """The verb (or auxiliary) the expression at [start, end) attaches to, or None."""
    # why char_span: a scan of every token for each expression made long documents quadratic
    span = doc.char_span(start, end, alignment_mode="expand")
    inside = list(span) if span is not None else [t for t in doc if t.idx < end and t.idx + len(t) > start]
    if not inside:
        return None
    top = next((t for t in inside if t.head.i == t.i or not start <= t.head.idx < end), inside[0])
    head = top.head
    if head.pos_ == "ADP":  # "on Tuesday"; "gave them until mid-November" looks past its verb
        if head.lower_ in deadline_prepositions:
            return None
        head = head.head
    # only an adverbial of the verb itself: "warnings from Moscow on Thursday" says nothing
    return head if head.pos_ in ("VERB", "AUX") and not start <= head.idx < end else None


class VerbTense:
    def __init__(self, data: dict):
        parse = data.get("parse", {})
        self.future_aux = {w.lower() for w in parse.get("future_aux", [])}
        self.modal_aux = {w.lower() for w in parse.get("modal_aux", [])}
        self.past_aux = {w.lower() for w in parse.get("past_aux", [])}
        self.perfect_aux = {w.lower() for w in parse.get("perfect_aux", [])}
        self.deadline_prepositions = frozenset(w.lower() for w in parse.get("deadline_prepositions", []))
        self.same_form_past = {w.lower() for w in parse.get("same_form_past", [])}
        durative = {w.lower() for w in data.get("durative", [])}
        # present verbs of a timetable ("begins", "take place"): a named date ahead, as the cues say
        self.schedule = {tuple(cue.lower().split()) for cue in data.get("schedule", [])
                         if cue.lower().split()[0] not in durative}

    def tense_of(self, verb) -> str | None:
        """PAST, FUTURE, PRESENT, SCHEDULE (a present verb of a timetable), or None when the
        verb's form does not say."""
        auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a in self.future_aux for a in auxes):
            return "FUTURE"
        if any(a in self.modal_aux for a in auxes):  # "could leave Tuesday": not yet done
            return "FUTURE"
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children) and verb.head.pos_ in ("VERB", "AUX"):
            # "would begin restoring power once the winds eased, probably late [Sunday]": a
            # clause of time under a verb still ahead is told in the past only by sequence of tenses
            if self.tense_of(verb.head) == "FUTURE":
                return "FUTURE"
        if any(a in self.past_aux for a in auxes) or verb.tag_ == "VBD":
            return "PAST"
        if any(a in self.perfect_aux for a in auxes):  # "has scheduled a talk Thursday": either way
            return None
        if "to" in auxes:  # "plans to leave Tuesday": what the head verb wants is ahead of it
            head = verb.head
            head_tense = self.tense_of(head) if head.i != verb.i and head.pos_ in ("VERB", "AUX") else None
            if head_tense in ("PRESENT", "SCHEDULE", "FUTURE"):
                return "FUTURE"
            if head_tense == "PAST" and verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in head.children):
                # why: "ordered Pistorius to return to court on June 4": what a past order, request
                # or permission sets comes after it, and news tells such an order when it is new
                return "FUTURE"
            return None
        if verb.tag_ == "VBP" and verb.lower_ in self.same_form_past:
            return None  # "Weakness hurt the index on Friday": a past the tagger read as a present
        if verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ == "VBG" for c in verb.children):
            return "SCHEDULE" if self._schedules(verb) else "PRESENT"
        return None

    def _schedules(self, verb) -> bool:
        words = tuple(t.lower_ for t in verb.doc[verb.i:verb.i + 2])
        return any(words[:len(cue)] == cue for cue in self.schedule)

    def tense_at(self, doc, start: int, end: int) -> str | None:
        verb = governing_verb(doc, start, end, self.deadline_prepositions)
        return self.tense_of(verb) if verb is not None else None
