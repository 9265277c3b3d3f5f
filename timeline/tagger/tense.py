"""The tense of the clause around an expression, from lexical cues (fast, no parser needed).

The nearest cue in the same sentence decides; a future cue wins a tie. Returns PAST,
FUTURE, SCHEDULE for a present verb of a timetable ("begins", "expires": a named date ahead,
but no length counted from now), None for another present-tense clause, or "NONE" when the
clause gives no cue at all.
"""
from __future__ import annotations

import re

# words whose "'s" is "is" ("it's", "there's"); after any other word it is a possessive
_CONTRACTING = {"it", "he", "she", "that", "there", "here", "what", "who", "where", "when", "this", "everything", "nothing"}
# a clitic is a word of its own ("we'll" -> "we", "'ll"; "it's" -> "it", "'s"): the cue lists
# name "'ll", "'re", "'s"; "won't", "didn't" stay whole
_WORD = re.compile(r"[A-Za-z]+(?:['’](?!(?i:s|m|re|ve|ll|d)\b)[A-Za-z]+)*|['’][A-Za-z]+")
# a closing quote may follow the full stop (AP style: ``...,'' he said.'' Next)
_SENTENCE_END = re.compile(r"(?<![.\s][A-Za-z])[.!?](?:''|[”’\"'])?\s+(?=[A-Z“\"(`])|\n\s*\n|\n\s*[•*-]")
# why: "a.m." and "p.m." end a sentence before a capitalised word that is no day, month or
# clock's name ("will speak at 3 p.m. The act followed in 1964": the past of the next sentence
# had sent the clock to the day before); "at 9 a.m. Tuesday", "3 p.m. Eastern" and "8 p.m.
# Moscow time" go on (a space first: at any other character the search moves on at once)
CLOCK_SENTENCE_END = (r"\s(?<=\b[ap]\.m\.\s)\s*(?=[A-Z][a-z])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                      r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Eastern|Pacific|Central|Mountain|Atlantic"
                      r"|Greenwich|Local|Today|Tonight|Tomorrow|Yesterday)|[A-Z][a-z]+\s+(?:time|standard|daylight)\b)")
# searched apart, and only where a window holds "m.": one more alternative in _SENTENCE_END had
# cost 40% of its search time
_CLOCK_END = re.compile(CLOCK_SENTENCE_END)


def _word_set(data: dict, key: str) -> set[str]:
    return {w.lower() for w in data.get(key, [])}


def _phrases(data: dict, key: str) -> list[tuple[str, ...]]:
    return [tuple(cue.lower().split()) for cue in data.get(key, [])]


def _by_first_word(cues: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """first word -> the cues it begins, so a scan looks up only the cues a word can start."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        if cue:
            index.setdefault(cue[0], []).append(cue)
    return index


class TenseCues:
    def __init__(self, data: dict):
        self.future = _phrases(data, "future")
        self._future_by_first = _by_first_word(self.future)
        self._empty_cue = any(not cue for cue in self.future)  # an empty cue matches everywhere
        self.past = _word_set(data, "past")
        self.not_past = _word_set(data, "not_past")
        self.present = _word_set(data, "present")
        self.prospective = _word_set(data, "prospective")
        self.prospective_not_before = _word_set(data, "prospective_not_before")
        self._schedule_by_first = _by_first_word(_phrases(data, "schedule"))
        self.durative = _word_set(data, "durative")
        self.span_end = _phrases(data, "span_end")
        self.participle_after = _word_set(data, "participle_after")
        self.perfect = _word_set(data, "perfect")
        self.infinitive_before = _word_set(data, "infinitive_before")
        self.since = _phrases(data, "since")
        self.before_bound = _phrases(data, "before_bound")
        self.reporting = _word_set(data, "reporting")
        self.directive = _word_set(data, "directive")
        self.governed_prepositions = _word_set(data, "governed_prepositions")
        self.governed_adjacent_prepositions = _word_set(data, "governed_adjacent_prepositions")
        self.past_plan_before = _phrases(data, "past_plan_before")
        self.past_plan_open = _phrases(data, "past_plan_open")
        self._past_plan_by_first = _by_first_word(_phrases(data, "past_plan"))
        self.deadline = _phrases(data, "deadline")
        self.deadline_not_with = _word_set(data, "deadline_not_with")
        self.deadline_after_verb = _phrases(data, "deadline_after_verb")
        self.date_moving_verbs = _phrases(data, "date_moving_verbs")
        self.same_form_past = _word_set(data.get("parse", {}), "same_form_past")
        self.plan_fixing = _word_set(data, "plan_fixing")
        self.plan_fixing_prepositions = _word_set(data, "plan_fixing_prepositions")
        self.happenings = _word_set(data, "happenings")
        self.plan_fixing_not_across = _word_set(data, "plan_fixing_not_across")
        self.appositive_ahead = _word_set(data, "appositive_ahead")

    def looks_back(self, text: str, start: int) -> bool:
        """A word right before the expression that puts it behind the clause ("since [March]")."""
        before = _words(text[max(0, start - 20):start])
        return _ends_with(before, self.since)

    def bounds_before(self, text: str, start: int) -> bool:
        """A word right before the expression that puts the clause's event before it ("rose
        before [Christmas]", "in the run-up to [Christmas]")."""
        return _ends_with(_words(text[max(0, start - 24):start]), self.before_bound)

    def looks_ahead(self, text: str, start: int, end: int) -> bool:
        """A deadline ("as soon as Tuesday", "postponed until Friday"): the date is not behind
        the clause's event, so a past clause does not send it back; a past perfect still does."""
        left, _ = self._sentence(text, start, end)
        before = _words(text[left:start])
        if before[-2:] == ["at", "least"]:
            before = before[:-2]  # why: "extended until at least [Wednesday]" is still a deadline
        deadline = _ends_with(before, self.deadline) or (
            _ends_with(before, self.deadline_after_verb)
            and any(_contains(before, verb) for verb in self.date_moving_verbs))
        if not deadline or is_possessive(text, end):
            return False  # "hit by Friday's storm": an agent, not a deadline
        # a past perfect before it keeps the date behind ("had filed reports by [Monday]"); one in
        # a later clause ("..., who said he had moved money") is another event's
        return not set(before) & self.deadline_not_with

    def fixes_a_happening(self, text: str, start: int) -> bool:
        """A past verb fixing the day of a happening to come, the day right after its preposition
        ("has called for a strike on [Friday]", "called a protest in the capital for [Saturday]")."""
        left, _ = self._sentence(text, start, start)
        words = _words(text[left:start])
        if not words or words[-1] not in self.plan_fixing_prepositions:
            return False
        # the happening, then (a place or a time between) its preposition: "a demonstration in
        # Little Havana on"; the verb a few words before the happening ("called for a general strike")
        for noun in range(len(words) - 2, max(-1, len(words) - 2 - _PLACE_WORDS), -1):
            if words[noun] in _CLAUSE_WORDS:
                return False
            if words[noun] not in self.happenings:
                continue
            for verb in range(noun - 1, max(-1, noun - 1 - _OBJECT_WORDS), -1):
                if words[verb] in _CLAUSE_WORDS or words[verb] in self.plan_fixing_not_across:
                    return False  # "set a record in the race on": the race is no object of "set"
                if words[verb] in self.plan_fixing:
                    return words[-1] == "for" or words[verb] not in self.reporting
            return False
        return False

    def owns_a_happening(self, text: str, end: int) -> bool:
        """Whether the possessive expression ending at `end` owns a happening ("[Wednesday]'s
        Champions League match"), one that may still be ahead, unlike a result ("'s ruling")."""
        owned = _words(text[end:end + 60])[1:1 + _OWNED_WORDS]  # past the "'s" clitic
        return any(word in self.happenings for word in owned)

    def in_appositive_ahead(self, text: str, start: int) -> bool:
        """Whether the expression is inside an appositive that looks ahead ("its results, due
        after the close on [Wednesday]"): the main clause's tense stops at the comma."""
        near = text.rfind(",", max(0, start - 120), start)
        if near < 0 or not set(_words(text[near:start])[:1]) & self.appositive_ahead:
            return False  # no appositive opening with a cue word (most expressions): no sentence search
        left, right = self._sentence(text, start, start)
        comma = text.rfind(",", left, start)
        if comma < 0:
            return False
        words = _words(text[comma:start])
        if not words or words[0] not in self.appositive_ahead or words[1:2] == ["to"]:
            return False  # ", due to heavy rain on [Friday]": a cause, no appositive ahead
        # an appositive inside the subject, its main verb after it, is told from that verb ("The
        # payment, due on [Monday], was missed": the Monday gone by)
        closing = text.find(",", start, right)
        after = _words(text[closing:right]) if closing >= 0 else []
        return not any(self._cue(after, i) == "PAST" for i in range(min(2, len(after))))

    def ends_span_under_way(self, text: str, start: int, end: int) -> bool:
        """The end of a span a durative present runs to ("the season runs until [October]"): ahead."""
        left, _ = self._sentence(text, start, end)
        before = _words(text[left:start])
        return _ends_with(before, self.span_end) and bool(set(before) & self.durative)

    def _sentence(self, text: str, start: int, end: int) -> tuple[int, int]:
        left = 0
        # why: the end bound reaches one past the start, or the lookahead for the next
        # sentence's capital cannot see a sentence the expression itself opens
        near = max(0, start - 400)
        for match in _SENTENCE_END.finditer(text, near, start + 1):
            left = match.end()
        right_match = _SENTENCE_END.search(text, end, min(len(text), end + 400))
        right = right_match.start() + 1 if right_match else min(len(text), end + 400)
        if "m." in text[max(left, near):right]:  # "at 3 p.m. The act followed": a clock ends it
            for match in _CLOCK_END.finditer(text, max(left, near), start + 1):
                left = match.end()
            clock_end = _CLOCK_END.search(text, end, right)
            right = clock_end.start() + 1 if clock_end else right
        return left, right

    def tense_at(self, text: str, start: int, end: int) -> str | None:
        left, right = self._sentence(text, start, end)
        before, after = _words(text[left:start]), _words(text[end:right])
        speech_tail = min(self._speech_tail(text[end:right], before), self._second_predicate(after, before))
        beyond_comma = _words_before_comma(text[end:right])
        if _RELATIVE_CLAUSE_OPEN.search(text, left, start):
            # why: "The senator, who announced her retirement on [Monday], will serve until
            # January": past the comma that closes the clause, the main verb is not the clause's
            after = after[:beyond_comma]
        subject_of_next = bool(_SPACE_ONLY.match(text, end))  # no comma before its auxiliary
        best: tuple[int, int, str] | None = None  # (distance, priority, tense)
        for words, reverse in ((before, True), (after, False)):
            for index in range(len(words)):
                # a verb usually precedes its time adjunct: a cue after the expression is farther,
                # and one past a comma farther still ("The plan, announced in [April], will be
                # completed": the participle before it, not the main verb after the comma)
                distance = (len(words) - index) if reverse else index + 1.5 + 2 * (index >= beyond_comma)
                if not reverse and (index >= speech_tail or (index < 3 and words[index] == "that")):
                    # why: "told reporters on [Sunday] that the launches had ...": the clause
                    # "that" opens is the verb's object, its tense is not the expression's
                    break
                if not reverse and _reduced_relative(words, index):
                    continue
                found = self._cue(words, index)
                if found is None:
                    continue
                if found == "PLAN" and reverse:
                    distance = 0  # why: the plan's own verb governs its day, not the main verb past a comma
                if found == "PAST" and reverse and words[index] in self.directive and "to" in words[index + 1:index + 5]:
                    # why: what was urged or asked for lies ahead of the plea ("urged pilgrims to
                    # postpone trips during [Ramadan]" said in June is the coming one): the nearest
                    found = "PLAN"
                if not reverse and index == 0 and words[0] in _SUBJECT_AUXILIARIES and subject_of_next:
                    # why: an auxiliary right after the expression makes it its clause's subject
                    # ("forecasters said [the weekend] would start dry"): that clause's tense
                    distance = 0.5
                key = (distance, {"FUTURE": 0, "PAST": 1}.get(found, 2), found)
                if best is None or key < best:
                    best = key
        # a past plan ("PLAN") is told as the nearest day
        return best[2] if best and best[2] != "PRESENT" else (None if best else "NONE")

    def opens_sentence(self, text: str, start: int, end: int) -> bool:
        """Whether the expression opens its sentence, set off by a comma ("In [January], the
        company brought in a new chief"): the main verb after the comma is its own verb."""
        if text[end:end + 1] != ",":
            return False
        # a one-word lead-in ("In", "On") lies within a few characters of the sentence's start
        near = max(0, start - 24)
        breaks = [m.end() for m in _SENTENCE_END.finditer(text, near, start + 1)]
        left = breaks[-1] if breaks else (0 if near == 0 else None)
        return left is not None and len(_words(text[left:start])) <= 1

    def past_verb_governs(self, text: str, start: int) -> bool:
        """Whether a past verb (and at most its short complement) stands before the expression's
        preposition ("sales fell in [June]", "went on sale in [April]"): it governs the expression as a parse would say, unlike a
        past further off, which often is a reporting verb's ("said it expects ... in [January]")."""
        left, _ = self._sentence(text, start, start)
        words = _words(text[left:start])
        if len(words) >= 2 and words[-1] in self.governed_adjacent_prepositions:
            return self._cue(words, len(words) - 2) == "PAST" and not self._attributive(words, len(words) - 2)
        if words and self._cue(words, len(words) - 1) == "PAST" and not self._attributive(words, len(words) - 1):
            return True  # "the second quarter ended [Oct. 31]": the verb takes the date itself
        if len(words) < 2 or words[-1] not in self.governed_prepositions:
            return False
        # its own object or complement may stand between ("went on sale in [April]", "took control
        # of northern Mali in [April]"), a reported clause may not ("said it expects ... in [January]")
        for index in range(len(words) - 2, max(-1, len(words) - 3 - _OBJECT_WORDS), -1):
            found = self._cue(words, index)
            if found == "PAST" and self._attributive(words, index):
                return False  # "paid on a still unspecified date in [January]": an adjective (TimeBank wsj_0918)
            if found == "PAST":
                return index == len(words) - 2 or words[index] not in self.reporting
            if found is not None or words[index] in _CLAUSE_WORDS:
                return False
        return False

    def _attributive(self, words: list[str], index: int) -> bool:
        """A regular "-ed" form after a determiner or an adverb ("a still unspecified date", "the
        announced merger"): an adjective, not the clause's verb."""
        before = words[index - 1] if index else ""
        return words[index] not in self.past and (before in _DETERMINERS or before.endswith("ly") or before in _STILL_WORDS)

    def _speech_tail(self, after: str, before: list[str]) -> int:
        """Where "..., Castro said" begins among the words after the expression (a large number
        when it does not): a reporting verb behind a comma or a quote introduces the speech
        the expression is in, and its past tense says nothing of the reported clause. Only
        when the reported clause has a cue of its own ("will leave ... Tuesday, he said")."""
        words = list(_WORD.finditer(after))
        for index, word in enumerate(words[:6]):
            if word.group().lower() in self.reporting and re.search(r"[,'\"”]", after[:word.start()]):
                if any(self._cue(before, i) for i in range(len(before))):
                    return index
                break
        return 10**6

    def _second_predicate(self, after: list[str], before: list[str]) -> int:
        """Where a second verb phrase joined by "and" begins among the words after the
        expression ("was injured on [Friday] and will miss the next game"), when the clause
        before the expression has a verb cue of its own: the second verb's tense is not the
        expression's (a large number otherwise)."""
        for index, word in enumerate(after[:-1]):
            if word == "and" and self._cue(after, index + 1) and any(self._cue(before, i) for i in range(len(before))):
                return index
        return 10**6

    def _regular_past(self, word: str) -> bool:
        """An "-ed" form read as a past (or a participle), not a word such as "need" or "hundred"."""
        return word.endswith("ed") and len(word) > 4 and word not in self.not_past

    def _participle_like(self, words: list[str], index: int) -> bool:
        """A past participle (or no word at all) at `index`: "could be [located] Wednesday" is as
        often a past ability as a prospect, so it says no tense."""
        word = words[index] if index < len(words) else ""
        return not word or word.endswith(("ed", "en")) or word in self.past

    def _cue(self, words: list[str], index: int) -> str | None:
        word = words[index]
        if self._empty_cue:
            return "FUTURE"
        if word in self.prospective:
            following = words[index + 1] if index + 1 < len(words) else ""
            if following == "be" and not self._participle_like(words, index + 2):
                return "FUTURE"  # "roads could be icy on [Wednesday]": a state ahead
            return None if following in self.prospective_not_before else "FUTURE"
        for cue in self._future_by_first.get(word, ()):
            if tuple(words[index:index + len(cue)]) == cue:
                if cue == ("due", "to") and not (index and words[index - 1] in _BE_FORMS):
                    continue  # ", due to heavy snow on [Monday]": a cause; "is due to open" looks ahead
                if _ends_with(words[:index], self.past_plan_before):
                    return "PAST"  # "had been due to expire": the old plan
                if _ends_with(words[:index], self.past_plan_open):
                    return "PLAN"
                return "FUTURE"
        if any(tuple(words[index:index + len(cue)]) == cue for cue in self._past_plan_by_first.get(word, ())):
            return "PLAN"
        if any(tuple(words[index:index + len(cue)]) == cue for cue in self._schedule_by_first.get(word, ())):
            if index and words[index - 1] in self.infinitive_before:
                return None  # "did not [reopen] Tuesday": the auxiliary says the tense
            if index and (words[index - 1] in _DETERMINERS or words[index - 1] in _QUANTIFIERS
                          or words[index - 1] in self.past
                          or self._regular_past(words[index - 1]) and words[index - 2:index - 1] != ["who"]):
                # "marked a return", "sell the lands", "won (52) votes on", "rain delayed play on": a
                # noun, a past verb's object (the cues' words hold no digits, so a count leaves the
                # verb before it); "those who qualified play on": the relative clause's verb, then its own
                return None
            # "The fiscal year begins [Oct. 1]": a date ahead; "the season runs from [June 1]"
            # is a span under way, a present
            return "PRESENT" if word in self.durative else "SCHEDULE"
        if word in self.present:
            if word == "'s" and (not index or words[index - 1] not in _CONTRACTING):
                return None  # "Unisys Corp.'s announcement", "[Tuesday]'s vote": a possessive, no verb
            return "PRESENT"
        if word in self.same_form_past and index and words[index - 1] in _SINGULAR_SUBJECTS:
            return "PAST"  # "it forecast in [April]": a present would be "forecasts"
        if index and words[index - 1] in _DEGREE_ADVERBS and (word in self.past or word.endswith("ed")):
            return None  # "fully booked from [Good Friday]", "largely sold": a state, no past event
        if word in self.past:
            if word == "last" and _lasts_a_length(words, index):
                return "PRESENT"  # "celebrations last 15 days": the verb, not "last week"
            if index and words[index - 1] in self.infinitive_before:
                return None  # "expected to [hit] the coast": an infinitive ("hit", "set") has no tense
            if (index and words[index - 1] in self.participle_after and words[index - 1] not in self.perfect
                    and word not in _NEVER_PARTICIPLES):
                return None  # "will be [held]": an irregular participle, its auxiliary says the tense
            return "PAST"
        if self._regular_past(word):
            if index and words[index - 1] in self.perfect:
                return "PAST"  # "has fluctuated": a present perfect reports a finished event
            if index and words[index - 1] in self.participle_after:
                return None
            return "PAST"
        return None


def _reduced_relative(words: list[str], index: int) -> bool:
    """A participle with its agent after a noun ("new markets [untouched] by the crisis", "a
    plan [backed] by lenders"): it describes the noun, so it says nothing of the clause's tense."""
    word = words[index]
    return (word.endswith("ed") and index + 1 < len(words) and words[index + 1] == "by"
            and index > 0 and words[index - 1] not in _AUXILIARIES)


# the words of a verb's own object or complement that may stand between it and the preposition of
# its time ("went [on sale] in", "took [control of northern Mali] in", "was [weak] in", "rained
# [heavily] in"), none opening a clause of its own ("said [that] ...", "agreed [to] sell ... in");
# five reach as far as the old list of two-word complements did on TBAQ (no value changed)
_OBJECT_WORDS = 5
# a place or a time between a happening and the preposition of its day ("a demonstration in
# Little Havana on [Saturday]")
_PLACE_WORDS = 5
# the words of a weekday's owned phrase a happening is looked for in ("[Wednesday]'s Champions
# League match")
_OWNED_WORDS = 4
# an "-ed" word after these (or a determiner, or an "-ly" adverb) is an adjective: "a still
# unspecified date"
_STILL_WORDS = {"still", "yet", "not", "never", "newly", "already"}
_CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "where", "when", "and", "but", "or", "to", "if",
                 "whether", "because", "while", "as", "so"}
# adverbs of degree before a participle make it an adjective of state
_DEGREE_ADVERBS = frozenset({"fully", "completely", "largely", "mostly", "partly", "partially", "totally",
                             "entirely", "heavily", "almost", "nearly"})
_AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "'s", "'re", "get", "got"}


# a relative clause set off by a comma, still open at the expression
_RELATIVE_CLAUSE_OPEN = re.compile(r",\s+(?:who|which|whose)\b[^,;]*$")
# past forms that are never participles: "the record of 2:00:35 [was] set in October" reads
# "of was" once the digits are dropped, and "was" still says the past
_NEVER_PARTICIPLES = {"was", "were", "did"}
# before a word of the schedule list these make it a noun, no verb
_QUANTIFIERS = {"more", "fewer", "many", "most", "few", "several", "all", "some", "both"}
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "now", "also", "still"})
_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "your", "my", "this", "that", "these", "those", "no", "any", "each"}
_SPACE_ONLY = re.compile(r"[ \t]+\w")
_SUBJECT_AUXILIARIES = {"will", "would", "'ll", "could", "might", "may", "should"}
# third-person singular subjects: a verb after them without -s is a past ("it cost", "he cut")
_SINGULAR_SUBJECTS = {"it", "he", "she"}
_POSSESSIVE = re.compile(r"['’]s\b")


def is_possessive(text: str, end: int) -> bool:
    """Whether the expression ending at `end` owns what follows ("[Friday]'s storm",
    "[Thursday]’s closing price"): an "'s" that is a whole clitic, not the start of a word."""
    return bool(_POSSESSIVE.match(text, end))


# "the September jobs report", "retail sales data for October": a month that names the period a
# report covers, which lies behind the report even in a future clause ("will be released")
_REPORT_FOR_BEFORE = re.compile(r"\b(?:data|figures|numbers|statistics|report|sales|results|payrolls)\s+for\s+$", re.IGNORECASE)
# ("Economists expect the [February] figure to show 160,000 new jobs": a figure or a reading alone
# too, but not a rate or a report alone, which may be the month's own: "the June rate decision")
_REPORT_AFTER = re.compile(r"\s+(?:(?:jobs|employment|payrolls?|retail\s+sales|sales|trade|inflation|unemployment)\s+"
                           r"(?:report|data|figures|numbers|rate)|figures?|data|readings?|numbers)\b", re.IGNORECASE)


def names_a_reported_month(text: str, start: int, end: int) -> bool:
    """Whether a month names the period of a report ("the [September] jobs report", "data for [October]")."""
    return bool(_REPORT_FOR_BEFORE.search(text, max(0, start - 30), start) or _REPORT_AFTER.match(text, end))


# digits are no words here: "last 15 days" reads "last days"
_LENGTH_WORDS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "two", "three",
                 "four", "five", "six", "seven", "eight", "nine", "ten", "several", "about", "nearly", "until"}
_BEFORE_ADJECTIVE_LAST = _DETERMINERS | {"in", "over", "for", "during", "of", "past", "at", "since", "the"}


def _lasts_a_length(words: list[str], index: int) -> bool:
    """'last' as a verb: a length follows, and no determiner or preposition makes it the adjective
    ("in the last two weeks")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return bool(index) and following in _LENGTH_WORDS and words[index - 1] not in _BEFORE_ADJECTIVE_LAST


# words kept in their case: the month "May" is no modal ("take place in May and [June]" sent
# June a year ahead); "Said" within a sentence is a name ("the Port Said stadium case", "Said
# Jalili"), not the reporting verb that sent a coming Saturday back
_NAMES_NOT_CUES = {"May", "Said"}
# ... and before a capitalized word, at a headline's start too: "Met Office extends warning to
# [Sunday]", "the Met Police said" name a body, not the past of "meet"
_NAMES_BEFORE_NAMES = {"Met"}
_CASE_KEPT = _NAMES_NOT_CUES | _NAMES_BEFORE_NAMES


def _words(text: str) -> list[str]:
    words = _WORD.findall(text)
    # why the set test first: this runs for every word of every cue search, and few words are names
    return [w if w in _CASE_KEPT and _kept_as_name(words, i) else w.lower().replace("’", "'")
            for i, w in enumerate(words)]


def _kept_as_name(words: list[str], i: int) -> bool:
    w = words[i]
    if w in _NAMES_NOT_CUES:
        return w == "May" or i > 0
    return w in _NAMES_BEFORE_NAMES and i + 1 < len(words) and words[i + 1][:1].isupper()


def _words_before_comma(after: str) -> int:
    """How many words follow the expression before the first comma (all of them when none)."""
    comma = after.find(",")
    return len(_words(after[:comma])) if comma >= 0 else 10**6


def _ends_with(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    return any(phrase and tuple(words[-len(phrase):]) == phrase for phrase in phrases)


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))
