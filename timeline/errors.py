"""Exceptions the engine raises on bad input; the CLI maps each to one line and exit code 2."""


class TimelineError(Exception):
    """Base of every error the engine reports to a user."""

    kind = "error"


class InputError(TimelineError):
    """A document could not be read: missing file, undecodable bytes, malformed JSON/TimeML."""

    kind = "input"


class DateError(TimelineError):
    """A publication date could not be understood."""

    kind = "date"


class ZoneError(TimelineError):
    """An unknown IANA time zone."""

    kind = "zone"


class ResourceError(TimelineError):
    """A rule or lexicon file is invalid (detected when loading)."""

    kind = "resource"
