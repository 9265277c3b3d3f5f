"""One file of entries in the user's cache directory (the gazetteer's, see zones/cache.py, whose
atomic writer it shares), plain values only (marshal). Each run writes back only the entries it
asked for, so the entries of edited rules do not pile up; a file that cannot be read or written
only costs making the entries again."""
from __future__ import annotations

import marshal


class CacheFile:
    """`entries` read from the file named `name` (None: no file); `used` is what save() writes."""

    def __init__(self, name: str | None):
        from ..zones.cache import cache_dir

        folder = cache_dir() if name else None
        self.path = None
        self.entries: dict = {}
        self.used: dict = {}
        self.added = False  # an entry was made this run: the file is out of date
        if folder is None:
            return
        try:
            self.path = folder / name
            self.entries = marshal.loads(self.path.read_bytes())
        except Exception:  # missing, unreadable or foreign: make the entries instead
            self.entries = {}

    def save(self) -> None:
        if self.path is not None and self.added:
            from ..zones.cache import write_cache_file

            write_cache_file(self.path, marshal.dumps(self.used))
