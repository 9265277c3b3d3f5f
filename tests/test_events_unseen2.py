"""Events in unseen wire news, round two: business and earnings, diplomacy (reporting and intention
verbs), aspectual verbs, perception, states and nominal events after prepositions.

Short stories written for these tests (2013-style wire copy), read by the whole front end (parser,
time tagger, event model), in the style of test_events_unseen.py: each row names one word, the
attributes it must get, or None when a TimeML annotator leaves it alone. Where the guidelines leave
a choice the row follows the TBAQ gold's habit for the lemma (counted in the .tml files: 'predicted'
I_ACTION 4 of 4, 'plans' I_STATE 18 of 20, 'insisted' I_ACTION 3 of 5, 'warn' I_ACTION).

First run over the first 31 stories (214 sure events, 199 found): 16 missed (mostly nouns the model
weighs against: 'the storm knocked out', 'a presidential election', 'new sanctions', 'a truce',
'bond purchases', 'an end to', 'the plane plunge' parsed as a noun), 1 spurious ('clearing the
square'), 4 wrong classes ('Talks resumed' and 'halted the session' OCCURRENCE; 'working to repair'
I_ACTION; 'is seen as a test' PERCEPTION), 1 wrong tense (a misparsed 'formed'), 2 wrong polarity
('No accidents or injuries', 'no longer had'). The last four stories probe the fixes of this round;
rows that failed before them are marked 'fixed'.
"""
from __future__ import annotations

import pytest

import test_events_unseen as round_one

STORIES = {
    "earnings": "Apple reported a 12 percent rise in quarterly profit on Tuesday, beating analysts' "
                "forecasts, as sales of the iPhone continued to grow in China. Shares rose 3 percent in "
                "after-hours trading. The company forecast revenue of $58 billion for the current "
                "quarter.",
    "writedown": "Barclays posted a loss of 1.2 billion pounds for the first half after a writedown on its "
                 "investment banking unit. The bank said it would eliminate 3,000 jobs by the end of the "
                 "year and resume paying a dividend in 2014.",
    "merger": "Shareholders of the two airlines approved the merger on Friday, clearing the way for the "
              "creation of the world's largest carrier. The deal is expected to close in the third "
              "quarter, pending regulatory approval.",
    "talks_firm": "The automaker is in talks to buy a stake in a battery maker, people familiar with the "
                  "matter said. The negotiations began in May and could collapse, they warned.",
    "urge": "The foreign minister urged both sides to show restraint and vowed that his government "
            "would seek a peaceful solution. He warned that further violence could derail the peace "
            "process.",
    "deny": "The Kremlin denied on Thursday that Russian troops had crossed the border. A spokesman "
            "insisted that the exercises were routine and said they would end next week.",
    "sought": "Lawmakers sought assurances that the surveillance program would be curtailed. The "
              "director promised to review the rules and pledged to report back to the committee within "
              "a month.",
    "resumed": "Talks between the two Koreas resumed on Monday after a six-month pause. The negotiators "
               "halted the session briefly when a dispute erupted over the agenda, but continued later "
               "in the afternoon.",
    "strike_ends": "The dockworkers ended their strike on Wednesday, and ships began unloading cargo again. "
                   "The port had been closed since the walkout started on March 1.",
    "witness": "Witnesses saw the plane plunge into the sea shortly after takeoff. Fishermen heard a "
               "loud bang and noticed smoke rising from the engine.",
    "remain": "The president remains in hospital, where he is being treated for pneumonia. Doctors said "
              "his condition was stable and that he was expected to recover fully.",
    "after_vote": "After the vote, opposition leaders walked out of the chamber. During the talks, both "
                  "delegations had refused to compromise. Since the collapse of the coalition, the country "
                  "has been run by a caretaker government.",
    "before_election": "Before the election, the ruling party promised to cut taxes. Following the defeat, its "
                       "leader resigned and called for a review of the campaign.",
    "afraid": "Residents are afraid that the dam could burst. Officials said they were confident the "
              "structure would hold, but they were ready to evacuate the valley if necessary.",
    "ecb": "The European Central Bank left its main interest rate at a record low of 0.5 percent on "
           "Thursday. Its president signalled that rates would stay low for an extended period, and "
           "said the bank stood ready to act.",
    "jobs": "U.S. employers added 195,000 jobs in June, and the unemployment rate held steady at 7.6 "
            "percent, the Labor Department said on Friday. Economists had predicted a gain of "
            "165,000.",
    "recall": "Toyota is recalling 885,000 vehicles because water could leak onto an air-conditioning "
              "unit and cause an airbag to deploy. No accidents or injuries have been reported.",
    "bid": "Microsoft agreed to acquire Nokia's handset business for 5.4 billion euros, the "
           "companies announced on Tuesday. The acquisition is expected to be completed early next "
           "year.",
    "sanctions": "The United Nations Security Council voted unanimously on Thursday to impose new "
                 "sanctions on North Korea. China, which had opposed tougher measures, supported the "
                 "resolution after weeks of negotiations.",
    "ceasefire": "The ceasefire collapsed on Saturday when rebels attacked a government outpost. The army "
                 "said it had repelled the assault and threatened to launch a counter-offensive.",
    "protest2": "Demonstrators continued their protest outside parliament for a third day, demanding the "
                "resignation of the prime minister. Police stopped short of clearing the square.",
    "court2": "An appeals court overturned the conviction of a former governor on Tuesday, ruling that "
              "the trial judge had improperly instructed the jury. Prosecutors said they were "
              "considering a retrial.",
    "storm": "Power was restored to most homes on Sunday, three days after the storm knocked out "
             "electricity to 2 million customers. Utility crews are still working to repair damaged "
             "lines.",
    "ipo": "Twitter plans to raise about $1 billion in its initial public offering, according to a "
           "filing released on Thursday. The company hopes to begin trading in November.",
    "fed": "Federal Reserve officials are considering slowing the pace of bond purchases, minutes of "
           "their latest meeting showed. Several members wanted to wait for more evidence that the "
           "recovery was durable.",
    "pope": "Pope Benedict XVI announced on Monday that he would resign at the end of the month, "
            "saying he no longer had the strength to lead the church. The Vatican said the decision "
            "had surprised even his closest aides.",
    "hostage": "Militants holding foreign workers at a gas plant in Algeria demanded an end to French "
               "military operations in Mali. Algerian forces stormed the facility on Thursday, freeing "
               "dozens of hostages.",
    "budget": "Congress failed to reach a budget deal before the deadline, triggering automatic "
              "spending cuts. The White House blamed Republicans for the impasse and urged them to "
              "return to the table.",
    "mine": "Rescuers have found the bodies of all 29 miners killed in the explosion, the company "
            "said. The mine had been cited for safety violations several times before the blast.",
    "election2": "Voters in Kenya began casting ballots on Monday in a presidential election that is seen "
                 "as a test of the country's stability. Long lines formed outside polling stations before "
                 "dawn.",
    "envoy": "The envoy arrived in Damascus on Saturday for talks with President Bashar al-Assad. He "
             "is expected to stay for three days and hopes to persuade the government to accept a "
             "truce.",
    "negation2": "He was not aware of the decision. No one was arrested or charged. Neither the police nor "
                 "the army intervened. The bank did not cut rates or change its guidance. He did not "
                 "resign, and he said he would stay. He no longer had the strength to lead.",
    "phases": "The talks resumed on Monday after a pause. Trading was halted after the shares plunged. "
              "The fighting stopped after the ceasefire. The company halted production at the plant. "
              "Work on the bridge has stopped.",
    "phase_nouns": "The completion of the merger is expected in May. Both sides called for a resumption "
                   "of talks. The end of the year was quiet.",
    "sayings": "The minister reiterated that the plan would fail. The senator contended that the law was "
               "unfair. The president tweeted that talks had gone well. Rescuers glimpsed a survivor "
               "under the rubble. A guard overheard the conversation. The firm endeavoured to repay its "
               "debts. Investors dread another downturn.",
}

# (story, word, occurrence of the word in the story (0 = first), expected: None for no event, else
# a dict of the attributes that must hold). 'fixed' marks a row that failed before this round.
ROWS = [
    # business and earnings
    ("earnings", "reported", 0, {"event_class": "REPORTING", "tense": "PAST"}),
    ("earnings", "rise", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),
    ("earnings", "beating", 0, {"tense": "PRESPART"}),
    ("earnings", "continued", 0, {"event_class": "ASPECTUAL"}),
    ("earnings", "grow", 0, {"tense": "INFINITIVE"}),
    ("earnings", "forecast", 0, {"tense": "PAST"}),
    ("earnings", "Apple", 0, None),
    ("writedown", "loss", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),
    ("writedown", "eliminate", 0, {"modality": "would"}),
    ("writedown", "resume", 0, {"event_class": "ASPECTUAL", "modality": "would"}),
    ("writedown", "jobs", 0, None),
    ("merger", "approved", 0, {"tense": "PAST"}),
    ("merger", "merger", 0, {"event_class": "OCCURRENCE"}),
    ("merger", "clearing", 0, {"tense": "PRESPART"}),
    ("merger", "expected", 0, {"event_class": "I_STATE", "tense": "PRESENT"}),
    ("merger", "close", 0, {"tense": "INFINITIVE"}),
    ("merger", "carrier", 0, None),
    ("talks_firm", "talks", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),  # 'is in talks'
    ("talks_firm", "began", 0, {"event_class": "ASPECTUAL", "tense": "PAST"}),
    ("talks_firm", "collapse", 0, {"modality": "could"}),
    ("talks_firm", "warned", 0, {"event_class": "I_ACTION"}),  # TBAQ: warn I_ACTION
    ("jobs", "added", 0, {"tense": "PAST"}),
    ("jobs", "predicted", 0, {"event_class": "I_ACTION", "aspect": "PERFECTIVE"}),  # TBAQ 4 of 4
    ("jobs", "gain", 0, {"event_class": "OCCURRENCE"}),
    ("jobs", "employers", 0, None),
    ("bid", "agreed", 0, {"event_class": "I_ACTION"}),
    ("bid", "announced", 0, {"event_class": "REPORTING"}),
    ("bid", "acquisition", 0, {"event_class": "OCCURRENCE"}),
    ("ipo", "plans", 0, {"event_class": "I_STATE", "tense": "PRESENT"}),  # TBAQ 'plans' I_STATE 18 of 20
    ("ipo", "hopes", 0, {"event_class": "I_STATE"}),
    ("ipo", "begin", 0, {"event_class": "ASPECTUAL", "tense": "INFINITIVE"}),
    ("fed", "considering", 0, {"event_class": "I_STATE", "aspect": "PROGRESSIVE"}),
    ("fed", "wanted", 0, {"event_class": "I_STATE", "tense": "PAST"}),
    ("fed", "recovery", 0, {"event_class": "OCCURRENCE"}),
    ("fed", "minutes", 0, None),
    ("recall", "recalling", 0, {"tense": "PRESENT", "aspect": "PROGRESSIVE"}),
    ("recall", "leak", 0, {"modality": "could"}),
    ("recall", "accidents", 0, {"polarity": "NEG"}),
    ("recall", "injuries", 0, {"polarity": "NEG"}),  # fixed: 'No accidents or injuries'
    ("recall", "reported", 0, {"event_class": "REPORTING", "polarity": "NEG", "aspect": "PERFECTIVE"}),
    # diplomacy: reporting and intention verbs
    ("urge", "urged", 0, {"event_class": "I_ACTION", "tense": "PAST"}),
    ("urge", "vowed", 0, {"event_class": "I_ACTION"}),
    ("urge", "seek", 0, {"event_class": "I_ACTION", "modality": "would"}),
    ("urge", "violence", 0, {"event_class": "OCCURRENCE"}),
    ("urge", "derail", 0, {"modality": "could"}),
    ("urge", "minister", 0, None),
    ("deny", "crossed", 0, {"tense": "PAST", "aspect": "PERFECTIVE"}),
    ("deny", "insisted", 0, {"event_class": "I_ACTION"}),  # TBAQ: I_ACTION 3 of 5
    ("deny", "end", 0, {"event_class": "ASPECTUAL", "modality": "would"}),
    ("deny", "Kremlin", 0, None),
    ("sought", "sought", 0, {"event_class": "I_ACTION"}),
    ("sought", "promised", 0, {"event_class": "I_ACTION"}),
    ("sought", "pledged", 0, {"event_class": "I_ACTION"}),
    ("sought", "curtailed", 0, {"modality": "would"}),
    ("sanctions", "voted", 0, {"tense": "PAST"}),
    ("sanctions", "impose", 0, {"tense": "INFINITIVE"}),
    ("sanctions", "opposed", 0, {"aspect": "PERFECTIVE"}),
    ("sanctions", "resolution", 0, {"event_class": "OCCURRENCE"}),
    ("ceasefire", "ceasefire", 0, {"event_class": "OCCURRENCE"}),
    ("ceasefire", "repelled", 0, {"tense": "PAST", "aspect": "PERFECTIVE"}),
    ("ceasefire", "threatened", 0, {"event_class": "I_ACTION"}),
    ("ceasefire", "outpost", 0, None),
    ("budget", "failed", 0, {"tense": "PAST"}),
    ("budget", "blamed", 0, {"event_class": "OCCURRENCE"}),
    ("budget", "urged", 0, {"event_class": "I_ACTION"}),
    ("budget", "deadline", 0, None),
    ("envoy", "arrived", 0, {"tense": "PAST"}),
    ("envoy", "expected", 0, {"event_class": "I_STATE"}),
    ("envoy", "hopes", 0, {"event_class": "I_STATE", "tense": "PRESENT"}),
    ("pope", "announced", 0, {"event_class": "REPORTING"}),
    ("pope", "resign", 0, {"modality": "would"}),
    ("pope", "saying", 0, {"event_class": "REPORTING", "tense": "PRESPART"}),
    ("pope", "had", 0, {"polarity": "NEG"}),  # fixed: 'no longer had'
    ("pope", "surprised", 0, {"aspect": "PERFECTIVE"}),
    # aspectuals (fixed: a phase verb or noun with an event as argument is ASPECTUAL)
    ("resumed", "resumed", 0, {"event_class": "ASPECTUAL", "tense": "PAST"}),  # fixed
    ("resumed", "halted", 0, {"event_class": "ASPECTUAL"}),  # fixed: 'halted the session'
    ("resumed", "continued", 0, {"event_class": "ASPECTUAL"}),
    ("resumed", "pause", 0, {"event_class": "OCCURRENCE"}),
    ("resumed", "negotiators", 0, None),
    ("strike_ends", "ended", 0, {"event_class": "ASPECTUAL"}),
    ("strike_ends", "began", 0, {"event_class": "ASPECTUAL"}),
    ("strike_ends", "unloading", 0, {"tense": "PRESPART"}),
    ("strike_ends", "closed", 0, {"tense": "PAST", "aspect": "PERFECTIVE"}),
    ("strike_ends", "walkout", 0, {"event_class": "OCCURRENCE"}),
    ("strike_ends", "started", 0, {"event_class": "ASPECTUAL"}),
    ("protest2", "continued", 0, {"event_class": "ASPECTUAL"}),
    ("protest2", "resignation", 0, {"event_class": "OCCURRENCE"}),
    ("phases", "resumed", 0, {"event_class": "ASPECTUAL"}),  # fixed: 'The talks resumed'
    ("phases", "halted", 0, {"event_class": "ASPECTUAL"}),  # fixed: 'Trading was halted'
    ("phases", "stopped", 0, {"event_class": "ASPECTUAL"}),  # fixed: 'The fighting stopped'
    ("phases", "halted", 1, {"event_class": "ASPECTUAL"}),  # fixed: 'halted production'
    ("phases", "stopped", 1, {"event_class": "ASPECTUAL", "aspect": "PERFECTIVE"}),  # fixed
    ("phases", "plunged", 0, {"event_class": "OCCURRENCE"}),
    ("phase_nouns", "completion", 0, {"event_class": "ASPECTUAL"}),  # fixed: 'of the merger'
    ("phase_nouns", "resumption", 0, {"event_class": "ASPECTUAL"}),  # fixed: 'of talks'
    ("phase_nouns", "merger", 0, {"event_class": "OCCURRENCE"}),
    ("phase_nouns", "called", 0, {"event_class": "I_ACTION"}),
    ("phase_nouns", "end", 0, None),  # 'The end of the year' is a time
    ("election2", "began", 0, {"event_class": "ASPECTUAL"}),
    ("election2", "casting", 0, {"tense": "PRESPART"}),
    # perception
    ("witness", "saw", 0, {"event_class": "PERCEPTION", "tense": "PAST"}),
    ("witness", "heard", 0, {"event_class": "PERCEPTION"}),
    ("witness", "noticed", 0, {"event_class": "PERCEPTION"}),
    ("witness", "takeoff", 0, {"event_class": "OCCURRENCE"}),
    ("witness", "sea", 0, None),
    # states
    ("remain", "remains", 0, {"event_class": "STATE", "tense": "PRESENT"}),
    ("remain", "treated", 0, {"aspect": "PROGRESSIVE"}),
    ("remain", "hospital", 0, None),
    ("afraid", "confident", 0, {"event_class": "I_STATE", "pos": "ADJECTIVE"}),
    ("afraid", "burst", 0, {"modality": "could"}),
    ("afraid", "dam", 0, None),
    # nominal events after prepositions
    ("after_vote", "vote", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),
    ("after_vote", "talks", 0, {"event_class": "OCCURRENCE"}),
    ("after_vote", "collapse", 0, {"event_class": "OCCURRENCE", "pos": "NOUN"}),
    ("after_vote", "refused", 0, {"aspect": "PERFECTIVE"}),
    ("after_vote", "chamber", 0, None),
    ("before_election", "election", 0, {"event_class": "OCCURRENCE"}),
    ("before_election", "defeat", 0, {"event_class": "OCCURRENCE"}),
    ("before_election", "review", 0, {"pos": "NOUN"}),
    ("mine", "explosion", 0, {"event_class": "OCCURRENCE"}),
    ("mine", "blast", 0, {"event_class": "OCCURRENCE"}),
    ("mine", "found", 0, {"tense": "PRESENT", "aspect": "PERFECTIVE"}),
    ("sanctions", "negotiations", 0, {"event_class": "OCCURRENCE"}),
    ("storm", "knocked", 0, {"tense": "PAST"}),
    ("court2", "retrial", 0, {"event_class": "OCCURRENCE"}),
    ("court2", "considering", 0, {"tense": "PAST", "aspect": "PROGRESSIVE"}),
    # polarity: a negated copula, an alternative after a negation, 'neither ... nor' (fixed)
    ("negation2", "aware", 0, {"polarity": "NEG"}),  # fixed
    ("negation2", "arrested", 0, {"polarity": "NEG"}),
    ("negation2", "charged", 0, {"polarity": "NEG"}),  # fixed
    ("negation2", "intervened", 0, {"polarity": "NEG"}),  # fixed
    ("negation2", "cut", 0, {"polarity": "NEG"}),
    ("negation2", "change", 0, {"polarity": "NEG"}),  # fixed
    ("negation2", "resign", 0, {"polarity": "NEG"}),
    ("negation2", "said", 0, {"polarity": "POS"}),  # 'and' with a subject of its own stays POS
    ("negation2", "stay", 0, {"polarity": "POS"}),
    ("negation2", "had", 0, {"polarity": "NEG"}),  # fixed: 'no longer had'
    # verbs of saying, seeing and intending that TBAQ never has (fixed: lexicon classes)
    ("sayings", "reiterated", 0, {"event_class": "REPORTING"}),
    ("sayings", "contended", 0, {"event_class": "REPORTING"}),
    ("sayings", "tweeted", 0, {"event_class": "REPORTING"}),
    ("sayings", "glimpsed", 0, {"event_class": "PERCEPTION"}),
    ("sayings", "overheard", 0, {"event_class": "PERCEPTION"}),
    ("sayings", "endeavoured", 0, {"event_class": "I_ACTION"}),
    ("sayings", "dread", 0, {"event_class": "I_STATE"}),
    ("sayings", "conversation", 0, {"event_class": "OCCURRENCE"}),
]


@pytest.mark.parametrize("story,word,nth,expected", ROWS, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in ROWS])
def test_event_in_unseen_story(story, word, nth, expected):
    # why: round one's harness reads these stories the same way (whole front end, one row per word)
    round_one.STORIES.update(STORIES)
    round_one.test_event_in_unseen_story(story, word, nth, expected)
