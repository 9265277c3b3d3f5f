"""The rules' prefilters, kept between runs: parsing ~500 patterns to find their literals and
start positions took about 0.4 s of every start-up, the larger part of loading the rule set.

One file in the user's cache directory (the gazetteer's, see zones/cache.py, whose writer it shares), plain values only
(marshal), keyed by the prefilter code and the Python version; each entry by its pattern's
source, so an edited rule only misses its own entry. A file that cannot be read or written only
costs the parse: the result is the same either way.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

from ._prefilter import Prefiltered, prefilter
from ._windows import Anchor

FORMAT = 1


def _key() -> str:
    digest = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}".encode())
    here = Path(__file__).resolve().parent
    for name in ("_prefilter.py", "_windows.py", "_pattern_tree.py", "_prefilter_cache.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:24]


class PrefilterCache:
    """prefilter(source, flags), read from and added to the cache file."""

    def __init__(self, language: str):
        from ..zones.cache import cache_dir

        folder = cache_dir()
        self.path = None
        self.entries: dict = {}
        self.used: dict = {}  # what this rule set asked for: all the file keeps
        self.added = False
        if folder is None:
            return
        try:
            self.path = folder / f"prefilters-{language}-{_key()}.bin"
            self.entries = marshal.loads(self.path.read_bytes())
        except Exception:  # missing, unreadable or foreign: parse instead
            self.entries = {}

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

    def save(self) -> None:
        if self.path is not None and self.added:
            from ..zones.cache import write_cache_file

            write_cache_file(self.path, marshal.dumps(self.used))
