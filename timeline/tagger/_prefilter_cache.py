"""The rules' prefilters, kept between runs: parsing ~500 patterns to find their literals and
start positions took about 0.4 s of every start-up, the larger part of loading the rule set.

One file in the user's cache directory (_cache_file), keyed by the prefilter code and the Python
version; each entry by its pattern's source, so an edited rule only misses its own entry. A file
that cannot be read or written only costs the parse: the result is the same either way.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from .._cache_file import CacheFile
from ._prefilter import Prefiltered, prefilter
from ._windows import Anchor

FORMAT = 1


def _key() -> str:
    digest = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}".encode())
    here = Path(__file__).resolve().parent
    for name in ("_prefilter.py", "_windows.py", "_pattern_tree.py", "_prefilter_cache.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:24]


class PrefilterCache(CacheFile):
    """prefilter(source, flags), read from and added to the cache file."""

    def __init__(self, language: str):
        super().__init__(f"prefilters-{language}-{_key()}.bin")

    def get(self, source: str, flags: int) -> Prefiltered:
        key = f"{flags}|{source}"
        row = self.entries.get(key)
        if isinstance(row, tuple) and len(row) == 6:
            self.used[key] = row
            scan, triggers, starts, reach, literals, runs = row
            return Prefiltered(scan, triggers, starts, reach, Anchor(literals, runs) if literals is not None else None)
        found = prefilter(source, flags)
        anchor = found.anchor
        self.used[key] = (found.scan, found.triggers, found.starts, found.reach,
                          anchor.literals if anchor else None, anchor.runs if anchor else 0)
        self.added = True
        return found
