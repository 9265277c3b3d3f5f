"""nlp.add_pipe("timeline") fills doc._.timexes, doc._.events and doc._.timeline."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy

import timeline
import timeline.spacy_component  # noqa: F401  (registers the factory without the entry point)
from timeline.models import Timeline

ROOT = Path(__file__).resolve().parents[1]
TEXT = "The company said on Monday that it had closed the plant two weeks ago."


def test_component_on_a_blank_pipeline_uses_the_config_date():
    nlp = spacy.blank("en")
    nlp.add_pipe("timeline", config={"published": "2023-09-13T07:00:00", "timezone": "America/Montreal"})
    doc = nlp(TEXT)
    assert isinstance(doc._.timeline, Timeline)
    assert doc._.timeline.document.timezone == "America/Montreal"
    assert [t.text for t in doc._.timexes] == [t.text for t in doc._.timeline.timexes]
    assert any(t.text == "Monday" for t in doc._.timexes)
    assert doc._.events and doc._.events == doc._.timeline.events
    assert [s.text for s in doc.spans["timexes"]] == [t.text for t in doc._.timexes]


def test_component_reuses_the_pipeline_parse_and_reads_doc_published():
    from timeline.nlp import MODEL_NAMES

    nlp = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, disable=["ner"])
            break
        except OSError:
            continue
    if nlp is None:
        pytest.skip("no spaCy English model")
    nlp.add_pipe("timeline")
    doc = nlp.make_doc(TEXT)
    doc._.published = "2023-09-13T07:00:00+00:00"
    for _, component in nlp.pipeline:
        doc = component(doc)
    monday = next(t for t in doc._.timexes if t.text == "Monday")
    assert monday.value == "2023-09-11"
    from timeline.api import Engine, make_document

    direct = Engine().reconstruct(make_document(TEXT, "2023-09-13T07:00:00+00:00"))
    assert doc._.timeline.model_dump() == direct.model_dump()


def test_a_doc_without_a_date_is_refused():
    from timeline.errors import DateError

    nlp = spacy.blank("en")
    nlp.add_pipe("timeline", config={"events": False})
    with pytest.raises(DateError):
        nlp("Yesterday it rained.")


def test_entry_point_is_declared_for_the_factory():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    module, _, attr = declared["timeline"].partition(":")
    assert module == "timeline.spacy_component" and callable(getattr(timeline.spacy_component, attr))


def test_add_pipe_after_import_timeline_in_a_fresh_interpreter():
    installed = any(ep.name == "timeline" for ep in entry_points(group="spacy_factories"))
    exported = "spacy_component" in (ROOT / "timeline" / "__init__.py").read_text() \
        if (ROOT / "timeline" / "__init__.py").exists() else False
    if not (installed or exported):
        pytest.skip("the package is not installed (pip install -e .) so its spacy_factories entry point is not registered")
    code = ("import spacy, timeline\nnlp = spacy.blank('en')\n"
            "nlp.add_pipe('timeline', config={'published': '2023-09-13', 'events': False})\n"
            "print(len(nlp('It rained yesterday.')._.timexes))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"


def test_pipe_over_docs_each_with_its_own_publication_date():
    nlp = spacy.blank("en")
    nlp.add_pipe("timeline", config={"events": False})
    docs = [nlp.make_doc(text) for text in ("It rained yesterday.", "It rained yesterday.")]
    docs[0]._.published, docs[1]._.published = "2024-05-01T08:00:00", "2020-01-01T08:00:00"
    values = [doc._.timexes[0].value for doc in nlp.pipe(docs)]
    assert values == ["2024-04-30", "2019-12-31"]
