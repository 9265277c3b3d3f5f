"""A deterministic stand-in engine for testing and measuring the batch machinery itself.

``FakeEngine`` answers in microseconds without spaCy or rules, so the tests of ordering,
resume, timeouts and crashes run fast; markers in a text make a document misbehave:
``SLOW`` (20 ms), ``SLEEP`` (a slow Python call: the in-worker alarm stops it), ``HANG`` (blocks the alarm
signal: only the parent's hard kill stops it), ``CRASH`` (the worker process dies) and
``BOOM`` (the engine raises).
"""
from __future__ import annotations

import os
import signal
import time

from ..models import DocumentInfo, Timeline
from ..settings import Settings


class FakeEngine:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def reconstruct(self, document, parsed=None) -> Timeline:
        text = document.text
        if "SLOW" in text:
            time.sleep(0.02)
        if "SLEEP" in text:
            for _ in range(3000):  # Python-level: stoppable by an alarm or an async exception
                time.sleep(0.01)
        if "HANG" in text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(30)
        if "CRASH" in text:
            os._exit(3)
        if "BOOM" in text:
            raise ValueError("boom")
        info = DocumentInfo(id=document.id, published=document.published, timezone=document.timezone,
                            place=document.place, domain="news" if len(text) % 2 else "narrative")
        return Timeline(document=info, text=text)
