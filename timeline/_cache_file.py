"""One file of entries in the user's cache directory (the gazetteer's, see zones/cache.py, whose
atomic writer it shares), plain values only (marshal). Each run writes back only the entries it
asked for, so the entries of edited rules do not pile up; a file that cannot be read or written
only costs making the entries again."""
from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path

FORMAT = 1


class CacheFile:
    """`entries` read from the file named `name` (None: no file); `used` is what save() writes."""

    def __init__(self, name: str | None):
        from .zones.cache import cache_dir

        folder = cache_dir() if name else None
        self.path = None
        self.entries: dict = {}
        self.used: dict = {}
        self.added = False  # an entry was made this run: the file is out of date
        if folder is None:
            return
        try:
            self.path = folder / name
            entries = marshal.loads(self.path.read_bytes())
            self.entries = entries if isinstance(entries, dict) else {}
        except Exception:  # missing, unreadable or foreign: make the entries instead
            self.entries = {}

    def save(self) -> None:
        if self.path is not None and self.added:
            from .zones.cache import write_cache_file

            write_cache_file(self.path, marshal.dumps(self.used))


def derived(source: Path, decode: Callable[[bytes], object]) -> object:
    """decode(the bytes of `source`), read back from the cache file made from the same bytes.

    For resources that are slow to decode (the learned models, the WordNet table): marshal reads
    plain dicts and lists two to three times faster than gzip and JSON. The file is named by the
    source's name and a digest of its bytes and of the module defining `decode`, so a retrained
    model or an edited decoder is another file.
    """
    raw = source.read_bytes()
    digest = hashlib.sha256(f"{FORMAT}|{decode.__qualname__}|".encode())
    digest.update(Path(sys.modules[decode.__module__].__file__).read_bytes())
    digest.update(raw)
    kept = CacheFile(f"{source.name.split('.')[0]}-{digest.hexdigest()[:24]}.bin")
    if "data" in kept.entries:
        return kept.entries["data"]
    data = decode(raw)
    kept.used, kept.added = {"data": data}, True
    try:
        kept.save()
    except ValueError:  # a value marshal cannot keep: decoded every time
        pass
    return data


def _decode_json_gz(raw: bytes):
    import gzip
    import json

    return json.loads(gzip.decompress(raw))


def read_json_gz(path: Path):
    """The JSON value of a gzipped file, through `derived`."""
    return derived(path, _decode_json_gz)
