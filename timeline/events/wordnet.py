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
from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).resolve().parents[1] / "resources" / "wordnet" / "supersenses.tsv.gz"

# spaCy coarse POS -> WordNet part of speech
WORDNET_POS = {"VERB": "v", "AUX": "v", "NOUN": "n", "PROPN": "n", "ADJ": "a", "ADV": "r"}


@lru_cache(maxsize=1)
def load_table(path: Path = TABLE_PATH) -> dict[tuple[str, str], tuple[str, str]]:
    """(lemma, pos) -> (comma-joined supersenses, hypernym chain); empty when there is no table."""
    if not path.exists():
        return {}
    table = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            lemma, pos, senses, chain = line.rstrip("\n").split("\t")
            table[lemma, pos] = (senses, chain)
    return table


def supersenses(lemma: str, pos: str) -> list[str]:
    """Supersenses of the lemma's senses, most frequent first ('say', 'v' -> ['communication', ...])."""
    entry = load_table().get((lemma, pos))
    return entry[0].split(",") if entry and entry[0] else []


def hypernyms(lemma: str) -> list[str]:
    """The first noun sense's hypernym chain from the root, e.g. 'war' -> ['entity', ...]."""
    entry = load_table().get((lemma, "n"))
    return entry[1].split(">") if entry and entry[1] else []
