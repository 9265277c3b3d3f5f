"""Round 13 link rules on short news articles written for the purpose, built end to end: a summary
noun names the lead's action, a verb told as done is not placed on the date of what it announces,
a modal complement is not bound to the backstory, a comparison point dates no event."""
from __future__ import annotations

from datetime import datetime

import pytest
from test_links_round11 import _build, _event, _utc, engine  # noqa: F401  (engine: the shared fixture)


def _linked(tl, a, b, origin_prefix: str) -> bool:
    """Some relation between events a and b (either way) has an origin starting with origin_prefix."""
    return any({r.source, r.target} == {a.id, b.id} and r.origin.startswith(origin_prefix) for r in tl.relations)


def _same_window(a, b) -> bool:
    wa, wb = a.when, b.when
    return (wa.earliest_start, wa.latest_end) == (wb.earliest_start, wb.latest_end) and wa.latest_end is not None


# -- 1. a definite noun naming an earlier happening ----------------------------------------------
RATECUT = (
    "Central bank cuts rates again as inflation eases\n\n"
    "OTTAWA (Reuters) - The Bank of Canada cut its key interest rate by 50 basis points to 3.75% on Wednesday, "
    "its fourth cut in a row, and said it could ease further if inflation kept falling.\n\n"
    "The decision was widely expected. Governor Tiff Macklem told reporters the bank would take decisions one "
    "meeting at a time.\n\n"
    "Inflation fell to 1.6% in September, below the bank's 2% target for the first time since February 2021. "
    "The bank raised rates 10 times in 2022 and 2023 to fight inflation.\n\n"
    "The Canadian dollar weakened after the announcement. The next rate decision is due on Dec. 11.")

COURT = (
    "Supreme Court blocks deportation flights pending appeal\n\n"
    "WASHINGTON (AP) - The Supreme Court on Monday temporarily blocked the government from deporting a group of "
    "Venezuelan men while a lower court considers their challenge.\n\n"
    "The justices said the administration could resume the flights only after the appeals court rules. The men "
    "were detained in March at a Texas facility. Their lawyers filed an emergency request on Saturday.\n\n"
    "The decision was a setback for the White House, which had argued the flights were lawful. A spokesman said "
    "the administration would appeal.")

WIRE = (
    "EU leaders agree to open membership talks with Ukraine\n\n"
    "BRUSSELS (Reuters) - European Union leaders agreed on Thursday to open membership negotiations with Ukraine "
    "and Moldova after Hungary's prime minister left the room during the vote.\n\n"
    "Ukraine applied to join the EU in February 2022, days after Russia invaded.\n\n"
    "President Volodymyr Zelenskiy thanked the leaders for the decision.")

FOOTBALL = (
    "Arsenal beat Chelsea to go top of the league\n\n"
    "Arsenal beat Chelsea 2-1 at the Emirates on Saturday to move top of the Premier League, with Bukayo Saka "
    "scoring the winner in the 88th minute.\n\n"
    "Chelsea had taken the lead through Cole Palmer before half-time.\n\n"
    "The win ended a run of three league games without a victory. Arsenal last won the title in 2004.")


@pytest.mark.parametrize("text, published, zone, noun, context, action, action_context", [
    (RATECUT, "2024-10-23T12:30", "America/Toronto", "decision", "widely expected", "cut", "Bank of Canada cut"),
    (RATECUT, "2024-10-23T12:30", "America/Toronto", "announcement", "weakened", "cut", "Bank of Canada cut"),
    (COURT, "2025-05-19T18:00", "America/New_York", "decision", "setback", "blocked", "temporarily blocked"),
    (WIRE, "2023-12-15T08:00", "Europe/Brussels", "decision", "thanked", "agreed", "leaders agreed"),
    # a verb's own noun, any number of sentences on
    (FOOTBALL, "2024-11-24T08:00", "Europe/London", "win", "ended a run", "beat", "2-1"),
])
def test_a_definite_noun_names_the_action_told_before(engine, text, published, zone, noun, context, action,
                                                      action_context):
    tl = _build(engine, text, published, zone)
    mention, antecedent = _event(tl, noun, context), _event(tl, action, action_context)
    assert _linked(tl, mention, antecedent, "event-event:coreference")
    assert _same_window(mention, antecedent)


@pytest.mark.parametrize("text, word, context", [
    ("Fed holds rates\n\nThe Federal Reserve held interest rates steady on Wednesday. The decision to wait was "
     "unanimous, officials said.", "decision", "to wait"),          # a decision with its own content
    (RATECUT, "decision", "next rate decision"),                   # the one still to come
    ("Minister quits\n\nThe minister resigned on Monday. Another resignation followed on Tuesday.",
     "resignation", "Another"),                                    # another one of the kind
])
def test_a_noun_that_says_which_one_is_not_the_lead(engine, text, word, context):
    tl = _build(engine, text, "2024-10-23T12:30", "America/Toronto")
    mention = _event(tl, word, context)
    assert not any(mention.id in (r.source, r.target) and r.origin.startswith("event-event:coreference")
                   for r in tl.relations)


@pytest.mark.parametrize("text, noun, context, verb, verb_context", [
    ("Court strikes down law\n\nThe court ruled on Tuesday that the law was invalid. The ruling surprised the "
     "government.", "ruling", "surprised", "ruled", "court ruled"),
    ("Minister quits\n\nThe health minister resigned on Monday after a row over waiting lists. The resignation "
     "weakens the government.", "resignation", "weakens", "resigned", "minister resigned"),
    ("Volcano erupts\n\nMount Etna erupted on Sunday, sending ash over Catania. The eruption closed the airport.",
     "eruption", "closed the airport", "erupted", "Etna erupted"),
])
def test_a_verbs_own_noun_is_its_happening(engine, text, noun, context, verb, verb_context):
    tl = _build(engine, text, "2024-10-23T12:30", "Europe/Rome")
    assert _linked(tl, _event(tl, noun, context), _event(tl, verb, verb_context), "event-event:coreference")


def test_a_decision_names_the_nearest_ruling_told_before_the_lead(engine):
    # a ruling told as done is nearer than the lead's action; the ruling still to come is not it
    tl = _build(engine, "March allowed\n\nPolice arrested two men on Monday after clashes in the city centre. A "
                "judge ruled on Tuesday that the march could go ahead after the council rules on its route. The "
                "decision angered residents.", "2024-10-23T12:30", "Europe/London")
    decision = _event(tl, "decision", "angered")
    assert _linked(tl, decision, _event(tl, "ruled", "judge ruled"), "event-event:coreference")
    assert not _linked(tl, decision, _event(tl, "arrested", "Police"), "event-event:coreference")


def test_a_summary_noun_under_the_leads_own_verb_is_what_it_acts_on(engine):
    tl = _build(engine, "Bank deal cleared\n\nDime Savings Bank was cleared by regulators to acquire Starpointe "
                "Savings Bank. Regulators cleared the move on Monday.", "2024-10-23T12:30", "America/New_York")
    move = _event(tl, "move", "cleared the move")
    assert not any(move.id in (r.source, r.target) and r.origin.startswith("event-event:coreference")
                   for r in tl.relations)


def test_a_similar_one_is_another_happening(engine):
    # "a similar crash" is an older one: it had made the inquiry (and its ordering) of March 2023
    tl = _build(engine, "Inquiry ordered\n\nThe government has ordered an inquiry into the crash. Flights were "
                "halted in March 2023 after a similar crash.", "2024-08-21T09:30", "Europe/London")
    ordered = _event(tl, "ordered", "has ordered")
    assert ordered.when.latest_end == _utc(2024, 8, 21, 8, 30)
    assert ordered.when.earliest_start is None or ordered.when.earliest_start > _utc(2023, 4, 1)


# -- 2. a verb told as done is not put on the date still ahead that it tells of -------------------
@pytest.mark.parametrize("text, teller, told", [
    ("Unions act\n\nThe union has called for protests on Aug. 23. Talks broke down on Tuesday.", "called", "protests"),
    ("Talks set\n\nThe ministry has scheduled talks on Aug. 28.", "scheduled", "talks"),
    ("March planned\n\nOrganisers have announced a march on Aug. 31.", "announced", "march"),
    ("Unions act\n\nThe union has called for a strike next Friday.", "called", "strike"),
])
def test_a_verb_told_as_done_stays_before_publication(engine, text, teller, told):
    tl = _build(engine, text, "2024-08-21T09:30", "Europe/London")
    published = _utc(2024, 8, 21, 8, 30)
    assert _event(tl, teller, teller).when.latest_end == published
    assert _event(tl, told, told).when.earliest_start > published


@pytest.mark.parametrize("text, word", [
    ("Strike called\n\nThe union has called for a strike next Friday.", "called"),
    ("Walkout called\n\nThe union has called for a walkout next Friday.", "called"),
    ("Protest planned\n\nActivists have called for a protest next Friday.", "planned"),
    ("Rally announced\n\nThe opposition has announced a rally next Friday.", "announced"),
])
def test_a_headline_is_not_ordered_by_the_learned_pair_model(engine, text, word):
    # "Strike called": the model's strike INCLUDES called had put the headline's calling on Friday
    tl = _build(engine, text, "2024-08-21T09:30", "Europe/London")
    assert _event(tl, word, text.split("\n")[0]).when.latest_end == _utc(2024, 8, 21, 8, 30)


# -- 3. a modal complement is the story's now, not its backstory's --------------------------------
STRIKE = (
    "Union calls rail strike for Friday over pay\n\n"
    "LONDON (Reuters) - Britain's biggest rail union has called for a national strike on Friday "
    "after talks with train operators broke down on Tuesday, threatening travel chaos at the start "
    "of the holiday weekend.\n\n"
    "The RMT said its members would walk out for 24 hours from midnight on Thursday. Operators "
    "warned that services could be cut by up to 80% and urged passengers to check before they "
    "travel.\n\n"
    "The dispute began in June 2022, when the union rejected a 3% pay offer. Workers staged more "
    "than 30 strikes last year. In the 1990s the railways were privatised. Now the government owns "
    "several operators again.\n\n"
    "Transport Secretary Louise Haigh said the decision was \"deeply disappointing\" and that the door "
    "remained open. A further round of talks is planned for next week.")


def test_a_modal_complement_is_not_started_by_the_backstory(engine):
    tl = _build(engine, STRIKE, "2024-08-21T09:30", "Europe/London")
    cut = _event(tl, "cut", "could be cut")
    assert cut.when.earliest_start is None or cut.when.earliest_start > _utc(2024, 7, 1)


@pytest.mark.parametrize("text, word, context", [
    ("Factory fire\n\nInvestigators have found the cause of the fire. The factory was built in 1987 and expanded "
     "in 2005. The company could reopen the plant within weeks, a spokesman said.", "reopen", "could reopen"),
    ("Flights grounded\n\nThe airline grounded its fleet after a software fault. A similar fault grounded flights "
     "in March 2023. The airline would publish a report, its chief said.", "publish", "would publish"),
])
def test_a_modal_complement_deep_in_the_story_keeps_clear_of_old_dates(engine, text, word, context):
    tl = _build(engine, text, "2024-08-21T09:30", "Europe/London")
    w = _event(tl, word, context).when
    cutoff = _utc(2024, 7, 21)
    assert all(m is None or m >= cutoff for m in (w.earliest_start, w.latest_start, w.latest_end))


# -- 4. a present tense in a clause of time under an event ahead tells the future ----------------
@pytest.mark.parametrize("text, word, context", [
    (STRIKE, "travel", "before they travel"),
    ("Strike\n\nThe union will strike until the company agrees.", "agrees", "until"),
    ("Storm\n\nCrews will restore power once the winds ease.", "ease", "once"),
])
def test_a_present_in_a_clause_of_time_ahead_is_not_now(engine, text, word, context):
    tl = _build(engine, text, "2024-08-21T09:30", "Europe/London")
    event = _event(tl, word, context)
    assert event.when.latest_start is None or event.when.latest_start > _utc(2024, 8, 21, 8, 30)


def test_a_present_in_a_clause_of_time_of_a_present_fact_is_left_alone(engine):
    # what the rule leaves alone: a clause under a present fact keeps the present's reading
    tl = _build(engine, "Markets\n\nShares rise when the dollar falls, traders say.", "2024-08-21T09:30",
                "Europe/London")
    assert _event(tl, "falls", "dollar falls").when.latest_start is not None


# -- 5. results: a report's period and its comparison point ---------------------------------------
RESULTS = (
    "Brightwell profit jumps as cloud demand soars\n\n"
    "Brightwell Software reported a 40% rise in first-quarter profit on Tuesday and raised its forecast for the year, "
    "sending its shares up 9% in after-hours trading.\n\n"
    "Net income rose to $412 million in the three months to March 31, from $294 million a year earlier. Revenue "
    "climbed 22% to $2.1 billion.")


def test_a_report_is_told_on_its_day_of_a_rise_in_its_quarter(engine):
    tl = _build(engine, RESULTS, "2024-04-23T21:15", "America/New_York")
    reported, rise = _event(tl, "reported", "40% rise"), _event(tl, "rise", "40% rise")
    assert reported.when.earliest_start == _utc(2024, 4, 23, 4)
    assert (rise.when.earliest_start, rise.when.latest_end) == (_utc(2024, 1, 1, 5), _utc(2024, 4, 1, 4))


@pytest.mark.parametrize("text, word, context", [
    (RESULTS, "rose", "Net income rose"),
    ("Results\n\nNet income rose to $412 million, from $294 million a year earlier.", "rose", "Net income"),
    ("Results\n\nSales fell 5% from a year ago.", "fell", "Sales fell"),
    ("Results\n\nProfit rose 12% compared with the same period last year.", "rose", "Profit rose"),
])
def test_a_comparison_point_dates_no_event(engine, text, word, context):
    tl = _build(engine, text, "2024-04-23T21:15", "America/New_York")
    w = _event(tl, word, context).when
    # not in last year: neither bounded by it nor pinched between it and this year
    assert w.earliest_start is None or w.earliest_start >= _utc(2024, 1, 1, 5)
    assert w.latest_end is not None and w.latest_end > _utc(2024, 1, 1, 5)


def test_a_report_on_a_day_keeps_its_own_day(engine):
    # what the rule leaves alone: the report's own day after its verb
    tl = _build(engine, "Results\n\nAcme reported a first-quarter profit of $1.2 billion on Tuesday.",
                "2024-04-24T08:00", "America/New_York")
    assert _event(tl, "reported", "Acme reported").when.earliest_start == _utc(2024, 4, 23, 4)
    assert _event(tl, "profit", "first-quarter profit").when.latest_end == _utc(2024, 4, 1, 4)


# -- 6. a quote with a decade and the present -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Village thrives\n\nThe village won an award on Monday. \"In the 1990s we had nothing. Now we export cheese to "
    "Japan,\" said Jean Carr.",
    "Village thrives\n\n\"In the 1990s we had nothing,\" said Jean Carr. \"Now we export cheese to Japan.\"",
])
def test_a_quote_keeps_its_decade_and_its_present_apart(engine, text):
    tl = _build(engine, text, "2024-11-10T07:00", "Europe/London")
    had, export = _event(tl, "had", "nothing"), _event(tl, "export", "cheese")
    assert had.when.latest_end == datetime.fromisoformat("2000-01-01T00:00:00+00:00")
    assert export.when.latest_end is None and export.when.earliest_end == _utc(2024, 11, 10, 7)


# -- 7. a date of what the event is ordered against, and a conjunct still to come -----------------
@pytest.mark.parametrize("text, word, context, latest_end", [
    ("Road\n\nThe road stayed shut until repairs in late May.", "shut", "stayed shut", _utc(2024, 5, 31, 23)),
    ("Road\n\nThe ferry ran daily until a storm in early March.", "ran", "ferry ran", _utc(2024, 3, 12)),
])
def test_a_signal_before_a_dated_noun_orders_the_event_against_the_date(engine, text, word, context, latest_end):
    tl = _build(engine, text, "2024-11-01T15:00", "Europe/London")
    w = _event(tl, word, context).when
    # ended by the date, not placed within it
    assert w.earliest_start is None and w.latest_end <= latest_end


@pytest.mark.parametrize("text, word, context", [
    ("Plant shut\n\nThe company stopped production on Monday and would restart it once inspectors approved.",
     "restart", "would restart"),
    ("Line closed\n\nEngineers closed the line on Monday and will reopen it after repairs.", "reopen", "will reopen"),
    ("Talks\n\nThe two sides met on Monday and could meet again next month.", "meet", "could meet"),
])
def test_a_conjunct_still_to_come_does_not_share_the_dated_days(engine, text, word, context):
    tl = _build(engine, text, "2024-05-09T16:00", "America/Chicago")
    w = _event(tl, word, context).when
    assert w.latest_end is None or w.latest_end > _utc(2024, 5, 9, 21)
