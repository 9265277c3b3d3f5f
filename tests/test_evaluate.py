"""The evaluator over a tiny gold folder, with a stand-in engine whose output is known."""
from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.corpora import evaluate as ev
from timeline.models import DocumentInfo, Event, Timeline, Timex

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> and in <TIMEX3 tid="t2" type="DATE" value="1997">last year</TIMEX3> too &amp; more, officials <EVENT eid="e2" class="REPORTING">said</EVENT> <TIMEX3 tid="t3" type="DATE" value="">that time</TIMEX3>.
</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"""


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


class FakeEngine:
    """Finds 'yesterday' (right), 'year' (value wrong), 'more' (spurious); misses 'that time'."""

    def reconstruct(self, document):
        text = document.text
        timexes = []
        for i, (needle, value) in enumerate([("yesterday", "1998-01-07"), ("year", "1998"), ("more", "P1D")]):
            s, e = span(text, needle)
            timexes.append(Timex(id=f"x{i}", text=needle, start=s, end=e, type="DATE", value=value))
        events = []
        for i, (needle, cls, tense) in enumerate([("fell", "OCCURRENCE", "PAST"), ("said", "OCCURRENCE", "PRESENT")]):
            s, e = span(text, needle)
            events.append(Event(id=f"ev{i}", text=needle, start=s, end=e, event_class=cls, tense=tense))
        info = DocumentInfo(id=document.id, published=document.published, timezone=document.timezone)
        return Timeline(document=info, text=text, timexes=timexes, events=events)


@pytest.fixture
def gold_dir(tmp_path):
    (tmp_path / "doc1.tml").write_text(GOLD, encoding="utf-8")
    return tmp_path


def test_timex_report_by_hand(gold_dir):
    report = ev.evaluate(gold_dir, "timex", engine=FakeEngine(), errors=True)
    t = report.total
    # gold 3 (yesterday, last year, that time), system 3: 2 relaxed, 1 strict
    assert (t.gold, t.system, t.relaxed, t.strict) == (3, 3, 2, 1)
    assert t.relaxed_f1 == pytest.approx(2 / 3) and t.strict_f1 == pytest.approx(1 / 3)
    assert t.attributes["value"].f1 == pytest.approx(1 / 3)
    assert t.attributes["type"].f1 == pytest.approx(2 / 3)
    assert [d.document for d in report.documents] == ["doc1"]
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["missing", "span", "spurious", "wrong_value"]
    wrong = next(e for e in report.errors if e.kind == "wrong_value")
    assert (wrong.gold, wrong.system, wrong.text) == ("1997", "1998", "last year")
    assert wrong.left.endswith("yesterday and in ") and wrong.right.startswith(" too & more")
    missing = next(e for e in report.errors if e.kind == "missing")
    assert missing.text == "that time"


def test_event_report_by_hand(gold_dir):
    report = ev.evaluate(gold_dir, "events", engine=FakeEngine())
    t = report.total
    assert (t.gold, t.system, t.relaxed, t.strict) == (2, 2, 2, 2)
    assert t.attributes["class"].f1 == pytest.approx(0.5)
    assert t.attributes["tense"].accuracy == pytest.approx(0.5)
    assert t.attributes["aspect"].accuracy == pytest.approx(1.0)
    assert report.errors == []  # only listed when asked for


def test_engine_input_is_the_text_and_dct_in_utc(gold_dir):
    seen = []

    class Spy(FakeEngine):
        def reconstruct(self, document):
            seen.append(document)
            return super().reconstruct(document)

    ev.evaluate(gold_dir, "timex", engine=Spy())
    (doc,) = seen
    # a date-only DCT is taken at noon (timeline.inputs.DATE_ONLY_HOUR)
    assert doc.published.isoformat() == "1998-01-08T12:00:00+00:00" and doc.timezone == "UTC"
    assert doc.text.startswith("\nPrices fell yesterday") and "too & more" in doc.text


def test_cli_table_json_and_errors(gold_dir, monkeypatch):
    import timeline.api

    monkeypatch.setattr(timeline.api, "Engine", lambda settings=None: FakeEngine())
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(gold_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"]["relaxed"] == 2 and data["task"] == "timex"
    result = runner.invoke(app, ["eval", str(gold_dir), "--errors", "--task", "timex"])
    assert result.exit_code == 0, result.output
    assert "TOTAL" in result.stdout and "wrong_value" in result.stdout and "[last year]" in result.stdout


def test_cli_bad_arguments(gold_dir, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(gold_dir), "--task", "nope"])
    assert result.exit_code == 2 and "unknown task" in result.output
    result = runner.invoke(app, ["eval", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "not a folder" in result.output


def test_relation_task_without_its_module_is_one_line(gold_dir, monkeypatch):
    import timeline.corpora

    # an earlier import leaves the module as an attribute of the package: hide both
    monkeypatch.setitem(sys.modules, "timeline.corpora.relations_eval", None)
    monkeypatch.delattr(timeline.corpora, "relations_eval", raising=False)
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--task", "matres"])
    assert result.exit_code == 2
    assert "relations_eval" in result.output and len(result.output.strip().splitlines()) == 1
