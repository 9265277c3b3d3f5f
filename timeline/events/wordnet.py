"""WordNet word classes for the event features: supersenses (lexicographer files) and hypernyms.

Reads resources/wordnet/supersenses.tsv.gz, a table derived from Princeton WordNet 3.0 by
timeline.events.wordnet_build (see there and resources/wordnet/README.md for how). One line per
single-word lemma and part of speech:

    lemma <TAB> pos (n/v/a/r) <TAB> supersense of each sense, most frequent sense first
          <TAB> for nouns, the first sense's hypernym chain from the root ("entity>...")

When the table is absent the lookups return nothing and the WordNet features are simply off.
"""
from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).resolve().parents[1] / "resources" / "wordnet" / "supersenses.tsv.gz"

# spaCy coarse POS -> WordNet part of speech
WORDNET_POS = {"VERB": "v", "AUX": "v", "NOUN": "n", "PROPN": "n", "ADJ": "a", "ADV": "r"}


@lru_cache(maxsize=1)
def load_table(path: Path = TABLE_PATH) -> list[str]:
    """The table's lines in sorted order; empty when there is no table."""
    if not path.exists():
        return []
    from .._cache_file import derived

    # why: read back through marshal, the list loads in 0.046 s instead of 0.07-0.12 (gunzip, split)
    return derived(path, _sorted_lines)


def _sorted_lines(raw: bytes) -> list[str]:
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    # why: a sorted list searched by bisection loads in a few tens of ms, a dict of 90k entries
    # in a few hundred (start-up time); the build writes the lines sorted, so this costs nothing
    lines.sort()
    return lines


def entry(lemma: str, pos: str) -> tuple[str, str] | None:
    """(comma-joined supersenses, hypernym chain) of a lemma and part of speech, if listed."""
    lines = load_table()
    key = lemma + "\t" + pos + "\t"
    at = bisect_left(lines, key)
    if at < len(lines) and lines[at].startswith(key):
        senses, chain = lines[at][len(key):].split("\t")
        return senses, chain
    return None


def supersenses(lemma: str, pos: str) -> list[str]:
    """Supersenses of the lemma's senses, most frequent first ('say', 'v' -> ['communication', ...])."""
    found = entry(lemma, pos)
    return found[0].split(",") if found and found[0] else []


def hypernyms(lemma: str) -> list[str]:
    """The first noun sense's hypernym chain from the root, e.g. 'war' -> ['entity', ...]."""
    found = entry(lemma, "n")
    return found[1].split(">") if found and found[1] else []
