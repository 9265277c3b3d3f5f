"""The rules' compiled patterns, kept between runs.

re.compile parses a pattern and turns it into a program in Python; only the last step, making
the pattern object from the program, is in C. For the ~470 patterns of the rule set the Python
part took about 0.9 s (parse 0.3, program 0.55) and the C part 0.01 s, so the program is what
the file keeps: one entry per (flags, pattern source), holding exactly the arguments
re._compiler.compile hands to _sre.compile. A pattern made from an entry is equal (==, which
compares flags, pattern and program) to re.compile's.

The file sits in the user's cache directory (_cache_file); its name is keyed by this module and
the exact Python build, since the program's format belongs to the interpreter. _sre checks a program before running it, and anything
unexpected (an unreadable file, another interpreter, a missing private name) falls back to
re.compile: the patterns are the same either way.
"""
from __future__ import annotations

import hashlib
import re
import sys
from array import array
from pathlib import Path

from .._cache_file import CacheFile
from ._pattern_tree import K as _compiler, P as _parser

try:
    import _sre

    _CODE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _compiler._code, _sre.compile  # noqa: B018 - the private names this module uses
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - not CPython, or other internals
    _sre = None

FORMAT = 1


def _key() -> str:
    digest = hashlib.sha256(f"{FORMAT}|{sys.version}|{getattr(_sre, 'MAGIC', '-')}".encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:24]


def _program(source: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile, with the program as bytes."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return (flags | state.flags, array(_CODE, code).tobytes(), state.groups - 1, dict(state.groupdict),
            tuple(indexgroup))


def _from_program(source: str, row: tuple) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = row
    return _sre.compile(source, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)


class CompiledCache(CacheFile):
    """re.compile(source, flags), from programs read from and added to the cache file."""

    def __init__(self):
        super().__init__(f"patterns-{_key()}.bin" if _sre is not None else None)

    def compile(self, source: str, flags: int) -> re.Pattern:
        if self.path is not None:
            try:
                return _from_program(source, self.keep(source, flags))
            except re.error:
                raise
            except Exception:  # a damaged entry, or internals unlike these: re's own way
                pass
        return re.compile(source, flags)

    def keep(self, source: str, flags: int) -> tuple:
        """The entry of a pattern, made now when the file lacks it."""
        key = f"{flags}|{source}"
        row = self.used.get(key) or self.entries.get(key)
        if not (isinstance(row, tuple) and len(row) == 5):
            row = _program(source, int(flags))
            self.added = True
        self.used[key] = row
        return row
