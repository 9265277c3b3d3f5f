"""Turn what a user gives (plain text, a JSON document, TimeML) into a Document."""
from __future__ import annotations

import codecs
import json
import re
from datetime import date, datetime, time, timedelta, timezone as dt_timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import DateError, InputError, ZoneError
from .models import Document

_ISO_OFFSET = re.compile(r"(Z|[+-]\d\d:?\d\d)$")
_DATE_ONLY = re.compile(r"^\d{4}-?\d{2}-?\d{2}$")
# a written date says a time of day when it has a clock ("7:00", "T0700", "7 a.m.", "noon")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d\d\b(?![.:]\d{3})|T\d{2}|\d\s*[ap]\.?m\b|\b(?:noon|midnight)\b",
                    re.IGNORECASE)
# A publication date without a time is taken at noon: the same calendar day in every zone from
# UTC-11 to UTC+11, so "today" in a story told in another zone keeps the publisher's date.
DATE_ONLY_HOUR = 12
# the engine does calendar arithmetic around the publication date (centuries, "N years ago"),
# so keep it well inside what datetime can hold
MIN_YEAR, MAX_YEAR = 100, 9899


def check_zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or ZoneError (with the name meant, when one is near)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ZoneError(f"unknown time zone {name!r} ({_zone_hint(name)})") from None


def _zone_hint(name: object) -> str:
    """Why: 'utc', 'europe/paris', 'PST' and 'Europe/Pari' are what people type; the bare
    'expected an IANA name' left them to find the spelling themselves."""
    from difflib import get_close_matches
    from zoneinfo import available_timezones

    default = "expected an IANA name such as Europe/Paris"
    if not isinstance(name, str) or not name.strip():
        return default
    known = sorted(available_timezones())
    by_case = {zone.lower(): zone for zone in known}
    if name.strip().lower() in by_case:
        return f"did you mean {by_case[name.strip().lower()]}?"
    from .zones.lexicon import ZoneLexicon

    meant = ZoneLexicon.load().abbreviations.get(name.strip().upper())
    if meant:
        return f"{name.strip().upper()} is an abbreviation; give an IANA name such as {' or '.join(meant)}"
    close = get_close_matches(name, known, n=1, cutoff=0.8)
    return f"did you mean {close[0]}?" if close else default


def _zone_name_of(moment: datetime) -> str | None:
    tz = moment.tzinfo
    key = getattr(tz, "key", None) or getattr(tz, "name", None)
    if isinstance(key, str) and "/" in key:
        return key
    offset = moment.utcoffset()
    if offset is not None and offset.total_seconds() == 0:
        return "UTC"
    if offset is not None and offset.total_seconds() % 3600 == 0:
        # Etc/GMT zones have inverted signs: UTC-4 is Etc/GMT+4
        hours = int(offset.total_seconds() // 3600)
        return "Etc/GMT" + ("-" if hours > 0 else "+") + str(abs(hours))
    if offset is not None:
        return _zone_keeping_offset(moment.astimezone(dt_timezone.utc), offset)
    return None


def _zone_keeping_offset(instant: datetime, offset: timedelta) -> str | None:
    """A tz-database zone whose clock reads `offset` at `instant`, for offsets no Etc/GMT zone
    names (IANA has no fixed zone for +05:30).

    Why: "+05:30" (India), "+05:45" (Nepal), "-03:30" (Newfoundland) had fallen back to UTC, so
    a story published at 03:00 in Delhi had its "today" on the day before. The zone whose clock
    changed least over the thirty years before goes first (no daylight saving: Australia/Darwin
    before Adelaide for +09:30 in July; Asia/Kolkata before Colombo, which was +06:00 in 2000),
    so dates away from the publication are read on that same clock whenever one exists."""
    from .zones.gazetteer import read_zone_tab

    names = sorted({point.zone for points in read_zone_tab().values() for point in points})
    matches = []
    for name in names:
        zone = ZoneInfo(name)
        if instant.astimezone(zone).utcoffset() == offset:
            offsets = {datetime(year, month, 1, tzinfo=zone).utcoffset()
                       for year in range(instant.year - 30, instant.year + 1) for month in (1, 7)}
            matches.append((len(offsets), name))
    return min(matches)[1] if matches else None


def parse_published(value: str | date | datetime, zone: str | None = None) -> tuple[datetime, str]:
    """Parse a publication moment; returns (aware datetime, IANA zone name).

    A naive value is taken in `zone` (default UTC). A value with an offset keeps it, and the
    offset names the zone when none is given.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):  # a day alone: noon, as for "2023-09-13"
        moment = datetime.combine(value, time(DATE_ONLY_HOUR))
    elif isinstance(value, str):
        moment = _read_moment(value)
    else:
        raise DateError(f"published must be an ISO 8601 string, a date or a datetime, not {type(value).__name__}")
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise DateError(f"publication date {moment.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    if zone is not None:
        tz = check_zone(zone)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=tz)
        return moment, zone
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt_timezone.utc), "UTC"
    name = _zone_name_of(moment) or "UTC"
    return moment, name


def clock_without_zone(value: str) -> bool:
    """True when a written publication moment gives a time of day but no offset or zone, so it
    is read on UTC's clock (a date alone is taken at noon, the same day in nearly every zone)."""
    return _read_moment(value).tzinfo is None and bool(_CLOCK.search(value))


def _read_moment(value: str) -> datetime:
    """The moment a string writes, naive unless it names an offset or zone."""
    text = value.strip()
    if not text:
        raise DateError("empty publication date")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = _parse_loose(text)
    if _DATE_ONLY.match(text) or (moment.time() == datetime.min.time() and not _CLOCK.search(text)):
        moment = moment.replace(hour=DATE_ONLY_HOUR)  # "Sept. 13, 2023" as "2023-09-13"
    return moment


def _parse_loose(text: str) -> datetime:
    import dateparser  # slow to import; only when a non-ISO date is given

    # why: a zone or offset the string names is kept ("Wed, 13 Sep 2023 07:00:00 -0400", an RSS
    # pubDate; "7:00 a.m. EDT"): asking dateparser for naive datetimes had dropped it, and the
    # moment was read as 07:00 UTC, four hours off. A string with none stays naive.
    parsed = dateparser.parse(
        text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": datetime(2000, 1, 1)},
    )
    if parsed is None or not re.search(r"\d", text):
        raise DateError(f"cannot understand the publication date {text!r}")
    offset = parsed.utcoffset()
    if offset is not None:  # dateparser's own tzinfo class, as a plain fixed offset
        parsed = parsed.replace(tzinfo=dt_timezone(offset))
    return parsed


def _dct_to_datetime(value: str, zone: str | None) -> tuple[datetime, str]:
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?)?", value or "")
    if not match:
        raise InputError(f"TimeML DCT has no usable date: {value!r}")
    y, m, d, hh, mm, ss = match.groups()
    if hh is None:  # a date-only DCT: see DATE_ONLY_HOUR
        hh = DATE_ONLY_HOUR
    try:
        naive = datetime(int(y), int(m), int(d), int(hh), int(mm or 0), int(ss or 0))
    except ValueError as exc:
        raise InputError(f"TimeML DCT {value!r} is not a valid date ({exc})") from None
    return parse_published(naive, zone or "UTC")


def document_from_json(data: object, *, published: str | None = None, zone: str | None = None,
                       default_id: str = "document", notes: list[str] | None = None) -> Document:
    """The Document a JSON object (or a sidecar with the text) describes; `notes`, when given,
    receives a line for a stored clock read as UTC for want of a zone."""
    if not isinstance(data, dict):
        raise InputError("a JSON document must be an object with at least 'text'")
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError("the JSON document has no string field 'text'")
    when = data.get("published") or published
    if not when:
        raise DateError("the JSON document has no 'published' and no --published was given")
    moment, zone_name = parse_published(str(when), data.get("timezone") or zone)
    if notes is not None and zone_name == "UTC" and data.get("published") and clock_without_zone(str(when)):
        notes.append(f"'published' {str(when)!r} names no zone or offset and there is no 'timezone',"
                     " so it is read as UTC")
    place = data.get("place")
    return _document(id=str(data.get("id") or default_id), text=text, published=moment,
                     timezone=zone_name, place=place if isinstance(place, str) else None)


def _document(**fields) -> Document:
    """Build the Document; a field the model rejects is an InputError, not a traceback."""
    from pydantic import ValidationError

    try:
        return Document(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "document"
        raise InputError(f"invalid document field {where}: {first.get('msg')}") from None


def document_from_timeml(source: bytes, *, zone: str | None = None, default_id: str = "document",
                         path: Path | None = None) -> Document:
    from .corpora.timeml import parse_timeml

    try:
        parsed = parse_timeml(source, path)
        moment, zone_name = _dct_to_datetime(parsed.dct, zone or _dateline_zone(parsed.text))
    except InputError as exc:
        where = path if path is not None else "stdin"
        raise InputError(f"{where}: {exc}") from None
    return _document(id=parsed.docid or default_id, text=parsed.text, published=moment, timezone=zone_name)


def _dateline_zone(text: str) -> str | None:
    """A TimeML DCT carries no zone; a wire story's stamp ("1999-05-07T03:44" on a NEW YORK
    story) is the desk's clock, so it is read in the dateline's zone (in UTC it was the evening
    before in New York, and "Today" became May 6)."""
    from .zones.locate import Locator

    return Locator(text, None).dateline_zone()


def looks_like_timeml(path: Path | None, raw: bytes) -> bool:
    if path is not None and path.suffix.lower() in {".tml", ".xml", ".timeml"}:
        return True
    head = raw[:2000].lstrip()
    return head.startswith(b"<?xml") or head.startswith(b"<TimeML")


def load_document(raw: bytes, *, path: Path | None = None, published: str | None = None,
                  zone: str | None = None, notes: list[str] | None = None) -> Document:
    """Decide the input form (JSON, TimeML, plain text) and build the Document."""
    default_id = path.stem if path is not None else "stdin"
    if looks_like_timeml(path, raw):
        return document_from_timeml(raw, zone=zone, default_id=default_id, path=path)
    text = _decode(raw, path)
    stripped = text.lstrip()
    is_json = (path is not None and path.suffix.lower() == ".json") or stripped.startswith("{")
    if is_json:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON in {path or 'stdin'}: {exc.msg} at line {exc.lineno}") from None
        return document_from_json(data, published=published, zone=zone, default_id=default_id, notes=notes)
    meta = _sidecar(path)
    if meta:
        meta = {**meta, "text": text}
        return document_from_json(meta, published=published, zone=zone, default_id=default_id, notes=notes)
    if not published:
        raise DateError("plain text needs --published (the publication date and time)")
    moment, zone_name = parse_published(published, zone)
    return _document(id=default_id, text=text, published=moment, timezone=zone_name)


def _decode(raw: bytes, path: Path | None) -> str:
    """UTF-8 (with or without a BOM), or UTF-16 when a BOM says so: Windows editors save
    "Unicode" text as UTF-16 with a BOM, which had been refused as 'not UTF-8'."""
    where = path or "stdin"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{where} opens with a UTF-16 byte order mark but is no UTF-16 text;"
                             " save it as UTF-8") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where} is not UTF-8 text (bad byte at offset {exc.start});"
                         " save it as UTF-8") from None


def _sidecar(path: Path | None) -> dict | None:
    """Metadata for a .txt file from NAME.meta.json beside it, when present."""
    if path is None:
        return None
    side = path.with_suffix(".meta.json")
    if not side.is_file():
        return None
    try:
        data = json.loads(side.read_text("utf-8-sig"))  # Windows editors write a BOM
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"unreadable sidecar {side}: {exc}") from None
    return data if isinstance(data, dict) else None


def given_over_stored(document: Document, published: str | None, zone: str | None) -> Document:
    """The document with the moment and zone a person typed for it, over those its file holds.

    Why: in a batch --published is the default for documents that lack one, but for one document
    at the terminal an explicit flag is the user's correction ("this wire copy went out a day
    later") and must not be silently ignored because a sidecar or DCT says otherwise. A zone alone
    keeps the stored instant and reads it in that zone."""
    if published:
        moment, zone_name = parse_published(published, zone or document.timezone)
    elif zone:
        check_zone(zone)
        moment, zone_name = document.published, zone
    else:
        return document
    return _document(**{**document.model_dump(), "published": moment, "timezone": zone_name})


def read_input(source: str, *, published: str | None = None, zone: str | None = None,
               stdin: bytes | None = None, notes: list[str] | None = None) -> Document:
    """Load INPUT (a path or '-' for stdin); `notes` collects warnings for the user."""
    if source == "-":
        return load_document(stdin or b"", path=None, published=published, zone=zone, notes=notes)
    path = Path(source)
    if not path.exists():
        raise InputError(f"no such file: {source}")
    if path.is_dir():
        raise InputError(f"{source} is a folder; give a file (or use 'timeline batch')")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from None
    return load_document(raw, path=path, published=published, zone=zone, notes=notes)
