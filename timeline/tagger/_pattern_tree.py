"""Regular expressions as re's own parser reads them: the operators the prefilters look at."""
from __future__ import annotations

try:
    from re import _compiler as K, _constants as C, _parser as P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as K  # type: ignore[no-redef]
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

REPEATS = tuple(op for op in (getattr(C, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)
ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)  # they consume nothing
ATOMIC_GROUP = getattr(C, "ATOMIC_GROUP", None)  # Python 3.11+
