"""Properties of local days and wall clocks, for any zone and date (hypothesis)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import given, settings, strategies as st

from timeline.zones import day_length, local_day_interval, localize

ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("SystemV", "posix", "right")))
DAYS = st.dates(min_value=date(1970, 1, 1), max_value=date(2037, 12, 31))
HOUR = timedelta(hours=1)


def _offset_jumps(day: date, zone: str) -> timedelta:
    """What the zone's rules say about `day`: how much the offset in force at the next
    midnight differs from the one at this midnight (the offset just before a midnight that
    falls in a gap: the day then starts late by exactly that gap)."""
    tz = ZoneInfo(zone)
    before = datetime.combine(day, time(), tz).utcoffset()
    after = datetime.combine(day + timedelta(days=1), time(), tz).utcoffset()
    return after - before


@settings(max_examples=400, deadline=None)
@given(zone=st.sampled_from(ZONES), day=DAYS, fraction=st.floats(0, 1, exclude_max=True))
def test_local_day_maps_back_to_itself(zone, day, fraction):
    start, end = local_day_interval(day, zone)
    assert start.tzinfo is not None and start.utcoffset() == timedelta(0)
    assert start <= end
    if start == end:  # a day the zone skipped entirely (Pacific/Apia, 2011-12-30)
        return
    tz = ZoneInfo(zone)
    assert start.astimezone(tz).date() == day
    assert (end - timedelta(microseconds=1)).astimezone(tz).date() == day
    assert end.astimezone(tz).date() == day + timedelta(days=1)
    span = (end - start) // timedelta(microseconds=1)
    inside = start + timedelta(microseconds=min(span - 1, int(span * fraction)))
    assert inside.astimezone(tz).date() == day


@settings(max_examples=400, deadline=None)
@given(zone=st.sampled_from(ZONES), day=DAYS)
def test_day_length_is_what_the_rules_say(zone, day):
    assert day_length(day, zone) == timedelta(days=1) - _offset_jumps(day, zone)


# Zones with ordinary one-hour DST in recent years: a day is 23, 24 or 25 hours, and 24
# exactly when the offset is the same at both midnights.
ORDINARY = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Berlin",
            "Europe/London", "Europe/Paris", "Australia/Sydney", "Australia/Melbourne",
            "Pacific/Auckland", "America/Sao_Paulo", "America/Havana", "Asia/Jerusalem",
            "Asia/Tokyo", "Asia/Kolkata", "Asia/Yakutsk", "America/Santiago", "Africa/Cairo"]


@settings(max_examples=400, deadline=None)
@given(zone=st.sampled_from(ORDINARY), day=st.dates(date(1990, 1, 1), date(2037, 12, 31)))
def test_day_is_23_24_or_25_hours(zone, day):
    length = day_length(day, zone)
    assert length in (23 * HOUR, 24 * HOUR, 25 * HOUR)
    # 24 h exactly when the offset in force at both midnights is the same (a change at
    # midnight itself belongs to the next day: Santiago 1999-10-09 is 24 h, the 10th 23 h)
    assert (length == 24 * HOUR) == (_offset_jumps(day, zone) == timedelta(0))


@settings(max_examples=300, deadline=None)
@given(zone=st.sampled_from(ZONES),
       wall=st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2037, 12, 30)))
def test_localize_round_trips_or_shifts_forward(zone, wall):
    tz = ZoneInfo(zone)
    aware = localize(wall, zone)
    back = aware.astimezone(tz).replace(tzinfo=None)
    if back != wall:  # only in a gap, and then forward by the gap (at most a day)
        assert timedelta(0) < back - wall <= timedelta(days=1)
    else:  # in a fold, the earlier of the two instants
        later = wall.replace(tzinfo=tz, fold=1).astimezone(timezone.utc)
        assert aware.astimezone(timezone.utc) <= later


def test_known_days():
    assert day_length(date(2024, 3, 10), "America/New_York") == 23 * HOUR
    assert day_length(date(2024, 11, 3), "America/New_York") == 25 * HOUR
    assert day_length(date(2024, 3, 31), "Europe/Berlin") == 23 * HOUR
    assert day_length(date(2024, 10, 27), "Europe/Berlin") == 25 * HOUR
    assert day_length(date(2024, 4, 7), "Australia/Sydney") == 25 * HOUR
    assert day_length(date(2024, 10, 6), "Australia/Sydney") == 23 * HOUR
    assert day_length(date(2024, 9, 8), "America/Santiago") == 23 * HOUR  # midnight is skipped
    assert day_length(date(2024, 4, 6), "America/Santiago") == 25 * HOUR
    assert day_length(date(2024, 10, 6), "Australia/Lord_Howe") == timedelta(hours=23, minutes=30)
    assert day_length(date(2011, 12, 30), "Pacific/Apia") == timedelta(0)  # the skipped day
    assert day_length(date(2024, 2, 29), "Asia/Tokyo") == 24 * HOUR
    start, end = local_day_interval(date(2024, 9, 8), "America/Santiago")
    assert start == datetime(2024, 9, 8, 4, tzinfo=timezone.utc)  # 01:00 -03, the first wall time
    assert end == datetime(2024, 9, 9, 3, tzinfo=timezone.utc)
    start, end = local_day_interval(date(2023, 9, 13), "Asia/Yakutsk")
    assert (start, end) == (datetime(2023, 9, 12, 15, tzinfo=timezone.utc),
                            datetime(2023, 9, 13, 15, tzinfo=timezone.utc))
