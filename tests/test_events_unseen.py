"""Events found in unseen wire news: what a TimeML annotator marks, with class and attributes.

Short stories written for these tests (2013-style wire copy and today's news: politics, economy,
courts, disasters, sport, science, health), read by the whole front end (parser, time tagger,
event model). Each row names one word: the class and attributes it must get, or None when a
TimeML annotator leaves it alone. Where the guidelines leave a choice the row follows the TBAQ
gold's habit for the lemma (e.g. 'refuse', 'argue', 'demand' are OCCURRENCE there, 'warn' is
I_ACTION, 'confirm' REPORTING).

On the first run over 32 stories (239 sure events), the engine missed 14 and found none a reader
would call spurious (some doubtful: 'run of defeats', 'a historic mistake'); 22 of the 134 rows
below failed before this round's fixes (marked 'fixed'), the rest pin what was already right.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

STORIES = {
    "senate": "WASHINGTON, March 4 (Reuters) - The Senate voted on Tuesday to confirm the new defense "
              "secretary after a bitter debate that lasted three weeks. Republicans had blocked the "
              "nomination, arguing that the nominee could not be trusted. The White House said it was "
              "pleased with the outcome.",
    "stocks": "Stocks fell sharply on Wednesday as investors worried that the Federal Reserve may raise "
              "interest rates sooner than expected. The Dow Jones industrial average lost 1.2 percent. "
              "Analysts said the decline would probably continue if inflation data released on Friday "
              "show further gains.",
    "judge": "A federal judge in Manhattan sentenced a former bank executive to six years in prison on "
             "Monday for his role in a scheme to defraud investors. The executive, who pleaded guilty in "
             "January, did not speak at the hearing. His lawyers said they would appeal.",
    "quake": "A powerful earthquake struck eastern Turkey early on Sunday, killing at least 40 people and "
             "injuring hundreds. Rescue workers were searching collapsed buildings for survivors. The "
             "government declared a state of emergency and sent troops to the region.",
    "measles": "Health officials confirmed on Tuesday that an outbreak of measles has spread to three more "
               "states. The agency urged parents to vaccinate their children. No deaths have been "
               "reported, but several patients remain in hospital.",
    "gm": "General Motors said on Monday that it will cut 4,000 jobs and close two plants in Ohio as "
          "demand for sedans weakens. The company expects the restructuring to save $2 billion a year. "
          "Union leaders condemned the decision.",
    "tobacco": "The Supreme Court refused on Monday to hear an appeal from a group of tobacco companies, "
               "leaving in place a $25 million verdict. The companies had argued that the jury was "
               "misled. A spokesman for the firms declined to comment.",
    "serena": "Serena Williams withdrew from the tournament on Tuesday because of a knee injury. She said "
              "she hoped to be ready for Wimbledon. Williams has won the event six times.",
    "nasa": "NASA launched a new satellite on Wednesday to monitor sea levels. The spacecraft will orbit "
            "the Earth for at least five years. Engineers said the launch went smoothly and that the "
            "satellite had begun sending data.",
    "iran": "Iran and six world powers reached an agreement on Sunday to limit Tehran's nuclear program in "
            "exchange for the easing of some sanctions. The deal must still be approved by the "
            "parliament. Israel criticized the accord, calling it a historic mistake.",
    "dhaka": "A fire destroyed a warehouse in Dhaka on Thursday night, and firefighters needed six hours to "
             "bring it under control. Nobody was hurt, officials said. The cause of the blaze is being "
             "investigated.",
    "march": "Thousands of protesters marched through the capital on Sunday to demand the release of "
             "jailed opposition leaders. Police used tear gas to disperse the crowd. The interior "
             "ministry said 50 people had been detained.",
    "mayor": "A jury found the former mayor guilty of bribery on Wednesday after deliberating for two days. "
             "He faces up to 20 years in prison. Sentencing is scheduled for June.",
    "veto": "The president vetoed a bill on Thursday that would have expanded background checks for gun "
            "buyers. Congress may try to override the veto, but supporters of the measure lack the "
            "votes. Gun rights groups welcomed the move.",
    "opec": "Oil prices rose to their highest level in two years on Tuesday after OPEC decided to extend "
            "production cuts. Brent crude climbed to $70 a barrel. Traders said supplies might tighten "
            "further in the coming months.",
    "soldier": "Prosecutors charged a former soldier on Friday with leaking classified documents to a "
               "journalist. If convicted, he could face life in prison. He has denied wrongdoing and is "
               "due to appear in court next week.",
    "chicago": "Teachers in Chicago went on strike on Monday for the first time in 25 years after talks "
               "with the city broke down. The union said it would not return to work until a fair "
               "contract was signed.",
    "rhodes": "A wildfire that broke out on Saturday has destroyed more than 200 homes on the Greek island "
              "of Rhodes, and thousands of tourists have been evacuated. Firefighters were still battling "
              "the flames on Sunday. No one has been killed, officials said.",
    "nurses": "Nurses in England will stage a two-day walkout next week after talks with the government "
              "failed to produce a deal, their union announced on Monday. Hospitals have been told to "
              "prepare for disruption.",
    "boe": "The Bank of England kept interest rates unchanged on Thursday, ending a run of 14 consecutive "
           "increases. The governor said it was too early to talk about cutting rates. Markets had "
           "expected the pause, and the pound barely moved.",
    "djokovic": "Djokovic, who missed the tournament last year because he had not been vaccinated, said he "
                "never thought he would return. He will not play again until October.",
    "fda": "The drug, which is taken for 14 days, was tested in two trials. Doctors cautioned that "
           "patients should not drive while taking it.",
    "space": "Prime Minister Narendra Modi watched the landing from South Africa, where he was attending a "
             "summit. The rover will spend two weeks exploring the surface.",
    "heat": "Temperatures soared above 45 degrees Celsius in parts of India on Friday as a heatwave gripped "
            "the country for a third week. At least 50 people have died of heatstroke, health officials "
            "said.",
    "lava": "Lockdown rules were eased in the capital on Monday. The lava engulfed several homes before "
            "the lockdown began.",
    "habits": "Farmers used to grow rice here. We have got to act now. The company has used to its advantage "
              "every rule. Police used tear gas to disperse the crowd. The firm has to repay the loan.",
    "negation": "None of the passengers survived. No agreement was reached on Friday. Neither side made any "
                "concessions. He left without paying the bill. Everyone was hurt. One of the guards was "
                "hurt.",
    "coordination": "The rebels seized the town and killed its mayor. The panel would meet in May and vote "
                    "on the plan. The company will cut prices and raise wages. The bank plans to sell the "
                    "unit and to close branches.",
}

# (story, word, occurrence of the word in the story (0 = first), expected: None for no event, else
# a dict of the attributes that must hold). 'fixed' marks a row that failed on the first run.
ROWS = [
    # found right on the first run: verbs with their class, tense, aspect
    ("senate", "voted", 0, {"event_class": "OCCURRENCE", "tense": "PAST"}),
    ("senate", "debate", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),
    ("senate", "blocked", 0, {"tense": "PAST", "aspect": "PERFECTIVE"}),
    ("senate", "nomination", 0, {"event_class": "OCCURRENCE"}),
    ("senate", "arguing", 0, {"tense": "PRESPART"}),
    ("senate", "trusted", 0, {"polarity": "NEG", "modality": "could"}),
    ("senate", "said", 0, {"event_class": "REPORTING", "tense": "PAST"}),
    ("senate", "Senate", 0, None),
    ("senate", "secretary", 0, None),
    ("stocks", "fell", 0, {"event_class": "OCCURRENCE", "tense": "PAST"}),
    ("stocks", "worried", 0, {"event_class": "I_STATE"}),
    ("stocks", "raise", 0, {"modality": "may"}),
    ("stocks", "decline", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),
    ("stocks", "continue", 0, {"event_class": "ASPECTUAL", "modality": "would"}),
    ("stocks", "investors", 0, None),
    ("stocks", "rates", 0, None),
    ("judge", "sentenced", 0, {"event_class": "OCCURRENCE", "tense": "PAST"}),
    ("judge", "defraud", 0, {"tense": "INFINITIVE"}),
    ("judge", "pleaded", 0, {"event_class": "I_ACTION"}),
    ("judge", "speak", 0, {"polarity": "NEG", "tense": "PAST"}),
    ("judge", "hearing", 0, {"event_class": "OCCURRENCE"}),
    ("judge", "appeal", 0, {"modality": "would"}),
    ("judge", "did", 0, None),
    ("judge", "prison", 0, None),
    ("quake", "earthquake", 0, {"event_class": "OCCURRENCE"}),
    ("quake", "struck", 0, {"tense": "PAST"}),
    ("quake", "killing", 0, {"tense": "PRESPART"}),
    ("quake", "injuring", 0, {"event_class": "OCCURRENCE", "tense": "PRESPART"}),  # fixed
    ("quake", "searching", 0, {"tense": "PAST", "aspect": "PROGRESSIVE"}),
    ("quake", "were", 0, None),
    ("measles", "confirmed", 0, {"event_class": "REPORTING"}),
    ("measles", "spread", 0, {"tense": "PRESENT", "aspect": "PERFECTIVE"}),
    ("measles", "urged", 0, {"event_class": "I_ACTION"}),
    ("measles", "deaths", 0, {"polarity": "NEG"}),
    ("measles", "reported", 0, {"event_class": "REPORTING", "polarity": "NEG"}),  # fixed: 'No deaths'
    ("measles", "remain", 0, {"event_class": "STATE"}),
    ("gm", "cut", 0, {"tense": "FUTURE"}),
    ("gm", "close", 0, {"tense": "FUTURE"}),  # fixed: shares 'will' (had been INFINITIVE)
    ("gm", "expects", 0, {"event_class": "I_STATE", "tense": "PRESENT"}),
    ("gm", "restructuring", 0, {"event_class": "OCCURRENCE"}),
    ("gm", "decision", 0, {"event_class": "OCCURRENCE"}),
    ("gm", "jobs", 0, None),
    ("tobacco", "refused", 0, {"event_class": "OCCURRENCE"}),  # TBAQ: refuse OCCURRENCE 11 of 11
    ("tobacco", "verdict", 0, {"event_class": "OCCURRENCE"}),
    ("tobacco", "declined", 0, {"event_class": "I_ACTION"}),
    ("tobacco", "comment", 0, {"tense": "INFINITIVE"}),
    ("tobacco", "companies", 0, None),
    ("serena", "withdrew", 0, {"tense": "PAST"}),
    ("serena", "tournament", 0, {"event_class": "OCCURRENCE"}),  # fixed: new eventive noun
    ("serena", "injury", 0, {"event_class": "OCCURRENCE"}),
    ("serena", "hoped", 0, {"event_class": "I_STATE"}),
    ("serena", "won", 0, {"tense": "PRESENT", "aspect": "PERFECTIVE"}),
    ("nasa", "orbit", 0, {"tense": "FUTURE"}),
    ("nasa", "begun", 0, {"event_class": "ASPECTUAL", "aspect": "PERFECTIVE"}),
    ("nasa", "spacecraft", 0, None),
    ("iran", "reached", 0, {"tense": "PAST"}),
    ("iran", "easing", 0, {"event_class": "OCCURRENCE"}),
    ("iran", "approved", 0, {"modality": "must"}),
    ("iran", "criticized", 0, {"event_class": "OCCURRENCE"}),
    ("dhaka", "destroyed", 0, {"tense": "PAST"}),
    ("dhaka", "hurt", 0, {"polarity": "NEG"}),  # fixed: 'Nobody was hurt'
    ("dhaka", "blaze", 0, {"event_class": "OCCURRENCE"}),  # fixed: new eventive noun
    ("dhaka", "investigated", 0, {"tense": "PRESENT", "aspect": "PROGRESSIVE"}),
    ("dhaka", "warehouse", 0, None),
    ("march", "marched", 0, {"tense": "PAST"}),
    ("march", "disperse", 0, {"tense": "INFINITIVE"}),
    ("march", "used", 0, {"event_class": "OCCURRENCE"}),  # 'used tear gas': an event of using
    ("march", "detained", 0, {"aspect": "PERFECTIVE"}),
    ("mayor", "deliberating", 0, {"tense": "PRESPART"}),
    ("mayor", "bribery", 0, {"event_class": "OCCURRENCE"}),  # fixed: a listed noun new to the model
    ("mayor", "Sentencing", 0, {"event_class": "OCCURRENCE"}),  # fixed: new eventive noun
    ("mayor", "scheduled", 0, {"tense": "PRESENT"}),
    ("veto", "vetoed", 0, {"tense": "PAST"}),
    ("veto", "expanded", 0, {"modality": "would", "aspect": "PERFECTIVE"}),
    ("veto", "try", 0, {"event_class": "I_ACTION", "modality": "may"}),
    ("veto", "veto", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),  # fixed: new eventive noun
    ("veto", "move", 0, {"event_class": "OCCURRENCE"}),
    ("opec", "decided", 0, {"event_class": "I_ACTION"}),
    ("opec", "tighten", 0, {"modality": "might"}),
    ("soldier", "charged", 0, {"tense": "PAST"}),
    ("soldier", "leaking", 0, {"tense": "PRESPART"}),
    ("soldier", "face", 0, {"modality": "could"}),
    ("soldier", "denied", 0, {"aspect": "PERFECTIVE"}),
    ("chicago", "strike", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),
    ("chicago", "broke", 0, {"tense": "PAST"}),
    ("chicago", "return", 0, {"polarity": "NEG", "modality": "would"}),
    ("rhodes", "wildfire", 0, {"event_class": "OCCURRENCE"}),  # fixed: new eventive noun
    ("rhodes", "evacuated", 0, {"tense": "PRESENT", "aspect": "PERFECTIVE"}),
    ("rhodes", "killed", 0, {"polarity": "NEG"}),  # fixed: 'No one has been killed'
    ("nurses", "stage", 0, {"tense": "FUTURE"}),
    ("nurses", "walkout", 0, {"event_class": "OCCURRENCE"}),  # fixed: new eventive noun
    ("nurses", "told", 0, {"event_class": "REPORTING"}),
    ("nurses", "disruption", 0, {"event_class": "OCCURRENCE"}),
    ("boe", "ending", 0, {"event_class": "ASPECTUAL"}),
    ("boe", "expected", 0, {"event_class": "I_STATE", "tense": "PAST", "aspect": "PERFECTIVE"}),
    ("boe", "pause", 0, {"event_class": "OCCURRENCE"}),
    ("djokovic", "vaccinated", 0, {"polarity": "NEG"}),
    ("djokovic", "thought", 0, {"polarity": "NEG", "event_class": "I_STATE"}),
    ("djokovic", "play", 0, {"polarity": "NEG", "tense": "FUTURE"}),
    ("fda", "tested", 0, {"tense": "PAST"}),
    ("fda", "drive", 0, {"polarity": "NEG", "modality": "should"}),
    ("space", "watched", 0, {"event_class": "PERCEPTION"}),
    ("space", "landing", 0, {"event_class": "OCCURRENCE"}),  # fixed: WordNet's first sense is a thing
    ("space", "attending", 0, {"tense": "PAST", "aspect": "PROGRESSIVE"}),
    ("space", "spend", 0, {"tense": "FUTURE"}),
    ("space", "rover", 0, None),
    ("heat", "soared", 0, {"tense": "PAST"}),
    ("heat", "heatwave", 0, {"event_class": "OCCURRENCE"}),  # fixed: a listed noun new to the model
    ("heat", "gripped", 0, {"tense": "PAST"}),
    ("heat", "died", 0, {"tense": "PRESENT", "aspect": "PERFECTIVE"}),
    ("heat", "Temperatures", 0, None),
    ("lava", "Lockdown", 0, None),  # a listed noun as a modifier stays no event
    ("lava", "lockdown", 0, {"event_class": "OCCURRENCE"}),  # fixed: a listed noun new to the model
    ("lava", "eased", 0, {"tense": "PAST"}),
    ("lava", "engulfed", 0, {"event_class": "OCCURRENCE", "tense": "PAST"}),
    ("lava", "homes", 0, None),
    # a verb that only tells the habit or necessity of the next is no event (fixed: 'used', 'got')
    ("habits", "used", 0, None),
    ("habits", "grow", 0, {"tense": "INFINITIVE"}),
    ("habits", "got", 0, None),
    ("habits", "act", 0, {}),
    ("habits", "used", 2, {"event_class": "OCCURRENCE"}),
    ("habits", "has", 1, None),
    ("habits", "repay", 0, {}),
    # polarity: a subject that is no one, 'without' before a gerund (fixed); others stay POS
    ("negation", "survived", 0, {"polarity": "NEG"}),
    ("negation", "reached", 0, {"polarity": "NEG"}),
    ("negation", "made", 0, {"polarity": "NEG"}),
    ("negation", "paying", 0, {"polarity": "NEG"}),
    ("negation", "left", 0, {"polarity": "POS"}),
    ("negation", "hurt", 0, {"polarity": "POS"}),
    ("negation", "hurt", 1, {"polarity": "POS"}),
    # coordination: a verb conjoined to an event is one (fixed), and a bare one shares the
    # auxiliaries of the first
    ("coordination", "killed", 0, {"tense": "PAST"}),
    ("coordination", "vote", 0, {"modality": "would"}),
    ("coordination", "raise", 0, {"tense": "FUTURE"}),  # fixed (had been INFINITIVE)
    ("coordination", "close", 0, {"tense": "INFINITIVE"}),
]


@lru_cache(maxsize=None)
def events_of(story: str) -> tuple:
    from timeline.api import default_engine, make_document
    from timeline.events import detect_events

    engine = default_engine()
    text = STORIES[story]
    parsed = engine.nlp(text)
    document = make_document(text, "2013-06-05T10:00", "America/New_York")
    return tuple(detect_events(document, parsed, engine.tag(document, parsed=parsed)))


def word_start(story: str, word: str, nth: int) -> int:
    text, at = STORIES[story], -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
        while at > 0 and text[at - 1].isalpha() or text[at + len(word):at + len(word) + 1].isalpha():
            at = text.index(word, at + 1)
    return at


@pytest.mark.parametrize("story,word,nth,expected", ROWS, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in ROWS])
def test_event_in_unseen_story(story, word, nth, expected):
    start = word_start(story, word, nth)
    found = next((e for e in events_of(story) if e.start == start), None)
    if expected is None:
        assert found is None, f"{word!r} is no event, found {found}"
        return
    assert found is not None, f"{word!r} missed"
    got = {key: getattr(found, key) for key in expected}
    assert got == expected
