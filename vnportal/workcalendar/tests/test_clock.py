"""The Q&A clock of domain.md §4: clock start at the first 08:00 of a working day at or after
receipt, deadline at 08:00 on the working day N working days after the start day."""

import datetime
import zoneinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnportal.workcalendar.calendar import WorkingCalendar
from vnportal.workcalendar.clock import clock_start, compute_deadline, working_days_used
from vnportal.workcalendar.models import DayKind, DayOverride

VN = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

#: The make-up working Saturdays the operator enters (the `holidays` package has the days off).
MAKE_UP_SATURDAYS = {
    datetime.date(2025, 4, 26): ("working_day", "Làm bù cho thứ Sáu 02/5/2025"),
    datetime.date(2026, 8, 22): ("working_day", "Làm bù cho thứ Hai 31/8/2026"),
}


def at(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=VN)


def deadline(received: str, n: int, calendar=None):
    return compute_deadline(at(received), n, calendar=calendar or WorkingCalendar({}))


@pytest.fixture
def with_saturdays(db):
    for day, (kind, reason) in MAKE_UP_SATURDAYS.items():
        DayOverride.objects.create(date=day, kind=kind, reason=reason)


# --- Clock start: before, at and after 08:00 ---------------------------------------------------


@pytest.mark.parametrize(
    ("received", "start"),
    [
        ("2026-03-09T07:59:00", "2026-03-09T08:00:00"),  # Monday before 08:00 → same day
        ("2026-03-09T08:00:00", "2026-03-09T08:00:00"),  # exactly 08:00 → same day
        ("2026-03-09T08:00:01", "2026-03-10T08:00:00"),  # one second after → Tuesday
        ("2026-03-09T08:00:00.000001", "2026-03-10T08:00:00"),  # even a microsecond after
        ("2026-03-09T00:00:00", "2026-03-09T08:00:00"),  # midnight
        ("2026-03-09T23:59:59", "2026-03-10T08:00:00"),  # late evening
        ("2026-03-13T17:00:00", "2026-03-16T08:00:00"),  # Friday afternoon → Monday
        ("2026-03-14T07:00:00", "2026-03-16T08:00:00"),  # Saturday before 08:00 → Monday
        ("2026-03-15T12:00:00", "2026-03-16T08:00:00"),  # Sunday → Monday
    ],
)
def test_clock_start(received, start):
    assert clock_start(at(received), calendar=WorkingCalendar({})) == at(start)


def test_receipt_in_utc_is_read_in_vietnam_time():
    """00:30 UTC on Monday is 07:30 in Hà Nội: before the start hour, so the same day counts."""
    received = datetime.datetime(2026, 3, 9, 0, 30, tzinfo=datetime.UTC)
    assert clock_start(received, calendar=WorkingCalendar({})) == at("2026-03-09T08:00:00")
    late = datetime.datetime(2026, 3, 9, 1, 0, 1, tzinfo=datetime.UTC)  # 08:00:01 local
    assert clock_start(late, calendar=WorkingCalendar({})) == at("2026-03-10T08:00:00")


@pytest.mark.parametrize(
    ("received", "deadline_at"),
    [
        ("2026-03-09T07:59:00", "2026-03-16T08:00:00"),  # start Mon 9 → +5 → Mon 16
        ("2026-03-09T08:00:00", "2026-03-16T08:00:00"),
        ("2026-03-09T08:00:01", "2026-03-17T08:00:00"),  # start Tue 10 → +5 → Tue 17
    ],
)
def test_receipt_before_at_and_after_eight_gives_five_day_deadline(received, deadline_at):
    assert deadline(received, 5).deadline == at(deadline_at)


# --- The domain.md example: Tết 2027 -----------------------------------------------------------


def test_tet_2027_example_from_the_spec():
    """Received Wed 3 Feb 2027 10:00; 4–10 Feb are Tết → start Thu 11 Feb, deadline Thu 18 Feb."""
    result = deadline("2027-02-03T10:00", 5)
    assert result.start == at("2027-02-11T08:00")
    assert result.deadline == at("2027-02-18T08:00")
    skipped = {note.day for note in result.skipped}
    assert {datetime.date(2027, 2, d) for d in range(4, 11)} <= skipped
    assert result.counted == tuple(datetime.date(2027, 2, d) for d in (12, 15, 16, 17, 18))


def test_tet_2026_received_on_new_years_eve():
    """Tết 2026: 16–20 Feb off (Mon–Fri) with the weekends around it: nine days without work."""
    result = deadline("2026-02-13T16:00", 5)  # Friday before Tết, afternoon
    assert result.start == at("2026-02-23T08:00")
    assert result.deadline == at("2026-03-02T08:00")


def test_tet_2025():
    """Tết 2025: 27 Jan – 1 Feb off; received Fri 24 Jan 09:00 → start Mon 3 Feb."""
    result = deadline("2025-01-24T09:00", 5)
    assert result.start == at("2025-02-03T08:00")
    assert result.deadline == at("2025-02-10T08:00")


# --- A holiday run next to a weekend ----------------------------------------------------------


def test_thirty_april_and_first_may_2026_next_to_the_weekend():
    """Thu 30 Apr and Fri 1 May 2026 are holidays, then the weekend: start Mon 4 May."""
    result = deadline("2026-04-29T10:00", 5)
    assert result.start == at("2026-05-04T08:00")
    assert result.deadline == at("2026-05-11T08:00")
    reasons = {note.day: note.reason for note in result.skipped}
    assert reasons[datetime.date(2026, 4, 30)] == "Ngày Chiến thắng"
    assert reasons[datetime.date(2026, 5, 2)] == "thứ Bảy"


def test_hung_kings_2026_on_sunday_with_monday_off():
    """Hùng Kings 2026 falls on Sunday 26 Apr; Monday 27 Apr is the substitute day off."""
    result = deadline("2026-04-24T09:00", 1)  # Friday after 08:00: Sat, Sun 26, Mon 27 skipped
    assert result.start == at("2026-04-28T08:00")
    assert result.deadline == at("2026-04-29T08:00")


def test_national_day_2027_next_to_weekend():
    """2–3 Sep 2027 (Thu–Fri) then the weekend: received Wed 1 Sep afternoon → start Mon 6 Sep."""
    result = deadline("2027-09-01T15:00", 5)
    assert result.start == at("2027-09-06T08:00")
    assert result.deadline == at("2027-09-13T08:00")


# --- The swapped days of 2025 and 2026 --------------------------------------------------------


def test_2025_swap_with_make_up_saturday(with_saturdays):
    """Fri 2 May 2025 off (holidays package), Sat 26 Apr 2025 worked (operator's override)."""
    result = compute_deadline(at("2025-04-25T10:00"), 5)
    assert result.start == at("2025-04-26T08:00")  # the make-up Saturday starts the clock
    # 28, 29 Apr, then 30/4, 1/5, 2/5 (swapped), weekend; 5, 6, 7 May.
    assert result.counted == (
        datetime.date(2025, 4, 28),
        datetime.date(2025, 4, 29),
        datetime.date(2025, 5, 5),
        datetime.date(2025, 5, 6),
        datetime.date(2025, 5, 7),
    )
    assert result.deadline == at("2025-05-07T08:00")
    made_up = {note.day for note in result.made_up}
    assert made_up == {datetime.date(2025, 4, 26)}
    skipped = {note.day: note.reason for note in result.skipped}
    assert "26/04/2025" in skipped[datetime.date(2025, 5, 2)]


def test_2025_swap_without_the_override_differs(db):
    """Without the operator's Saturday the same receipt starts on Monday and ends a day later."""
    result = compute_deadline(at("2025-04-25T10:00"), 5)
    assert result.start == at("2025-04-28T08:00")
    assert result.deadline == at("2025-05-08T08:00")


def test_2025_make_up_saturday_counts_inside_a_period(with_saturdays):
    """Received Thu 24 Apr 2025 10:00 → start Fri 25; Sat 26 counts as day 1."""
    result = compute_deadline(at("2025-04-24T10:00"), 3)
    assert result.start == at("2025-04-25T08:00")
    assert result.counted == (
        datetime.date(2025, 4, 26),
        datetime.date(2025, 4, 28),
        datetime.date(2025, 4, 29),
    )
    assert result.deadline == at("2025-04-29T08:00")


def test_2026_swap_with_make_up_saturday(with_saturdays):
    """Sat 22 Aug 2026 worked (override); Mon 31 Aug off (swapped), 1–2 Sep National Day."""
    result = compute_deadline(at("2026-08-21T10:00"), 5)
    assert result.start == at("2026-08-22T08:00")
    assert result.deadline == at("2026-08-28T08:00")
    later = compute_deadline(at("2026-08-27T10:00"), 5)
    assert later.start == at("2026-08-28T08:00")
    # 29–30 weekend, 31 swapped day off, 1–2 Sep National Day; then 3, 4, 7, 8, 9 Sep.
    assert later.deadline == at("2026-09-09T08:00")
    assert datetime.date(2026, 8, 31) in {note.day for note in later.skipped}


def test_2026_saturday_receipt_before_eight_on_make_up_day(with_saturdays):
    """On a make-up Saturday the clock starts that morning like on any working day."""
    assert clock_start(at("2026-08-22T07:30")) == at("2026-08-22T08:00")
    assert clock_start(at("2026-08-22T08:30")) == at("2026-08-24T08:00")


# --- 24 November 2026 (Vietnam Culture Day) ---------------------------------------------------


def test_24_november_2026_is_a_day_off():
    calendar = WorkingCalendar({})
    assert not calendar.is_working_day(datetime.date(2026, 11, 24))
    result = deadline("2026-11-23T10:00", 5, calendar)  # Monday after 08:00
    assert result.start == at("2026-11-25T08:00")  # Tuesday 24 is skipped
    assert result.deadline == at("2026-12-02T08:00")
    early = deadline("2026-11-24T07:00", 5, calendar)  # received on the holiday itself
    assert early.start == at("2026-11-25T08:00")
    spanning = deadline("2026-11-20T09:00", 5, calendar)  # start Mon 23, 24 skipped
    assert spanning.deadline == at("2026-12-01T08:00")


# --- 8- and 10-day periods ---------------------------------------------------------------------


def test_eight_day_inter_agency_period():
    result = deadline("2026-03-09T07:00", 8)  # start Mon 9 Mar
    assert result.deadline == at("2026-03-19T08:00")


def test_ten_day_appointment_across_30_april():
    """Start Thu 23 Apr 2026; Mon 27 (Hùng Kings substitute), 30 Apr and 1 May off.

    Counted: 24, 28, 29 Apr, 4, 5, 6, 7, 8 (eighth), 11, 12 May (tenth).
    """
    result = deadline("2026-04-22T09:00", 10)
    assert result.start == at("2026-04-23T08:00")
    assert result.deadline == at("2026-05-12T08:00")
    eight = deadline("2026-04-22T09:00", 8)
    assert eight.deadline == at("2026-05-08T08:00")


def test_ten_day_period_over_tet_2027():
    result = deadline("2027-02-01T09:00", 10)  # start Tue 2 Feb; Tết 4–10
    assert result.start == at("2027-02-02T08:00")
    # 3 Feb, then 11, 12, 15, 16, 17, 18, 19, 22, 23 Feb.
    assert result.deadline == at("2027-02-23T08:00")


# --- Extra day off entered by the operator ----------------------------------------------------


def test_operator_day_off_moves_the_deadline(db):
    before = compute_deadline(at("2026-03-09T07:00"), 5).deadline
    DayOverride.objects.create(
        date=datetime.date(2026, 3, 11), kind=DayKind.DAY_OFF, reason="Nghỉ bão"
    )
    after = compute_deadline(at("2026-03-09T07:00"), 5)
    assert after.deadline == before + datetime.timedelta(days=1)
    assert any("Nghỉ bão" in note.reason for note in after.skipped)


def test_explanation_reads_as_steps():
    lines = deadline("2027-02-03T10:00", 5).steps()
    text = "\n".join(lines)
    assert "10:00 thứ Tư 03/02/2027" in text
    assert "08:00 thứ Năm 11/02/2027" in text
    assert "08:00 thứ Năm 18/02/2027" in text
    assert "Tết Nguyên Đán" in text


# --- Working days used by an answer ------------------------------------------------------------


def test_working_days_used_matches_the_deadline_rule():
    calendar = WorkingCalendar({})
    start = at("2026-03-09T08:00")  # Monday
    assert working_days_used(start, at("2026-03-09T15:00"), calendar=calendar) == 1
    assert working_days_used(start, at("2026-03-10T07:59"), calendar=calendar) == 1
    assert working_days_used(start, at("2026-03-16T08:00"), calendar=calendar) == 5
    assert working_days_used(start, at("2026-03-16T08:01"), calendar=calendar) == 6
    assert working_days_used(start, at("2026-03-09T08:00"), calendar=calendar) == 0


# --- Properties --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    received=st.datetimes(
        min_value=datetime.datetime(2024, 1, 1), max_value=datetime.datetime(2027, 12, 31)
    ),
    n=st.integers(min_value=0, max_value=15),
)
def test_clock_properties(received, n):
    calendar = WorkingCalendar(MAKE_UP_SATURDAYS)
    received = received.replace(tzinfo=VN)
    result = compute_deadline(received, n, calendar=calendar)
    # The start is at 08:00 of a working day, not before receipt, and no earlier one qualifies.
    assert result.start >= received
    assert result.start.time() == datetime.time(8) and result.deadline.time() == datetime.time(8)
    assert calendar.is_working_day(result.start.date())
    day = received.date()
    while day < result.start.date():
        earlier = datetime.datetime.combine(day, datetime.time(8), tzinfo=VN)
        assert not (calendar.is_working_day(day) and earlier >= received)
        day += datetime.timedelta(days=1)
    # The deadline lies exactly n working days after the start day, on a working day.
    assert calendar.is_working_day(result.deadline.date())
    assert calendar.working_days_between(result.start.date(), result.deadline.date()) == n
    assert len(result.counted) == n
    assert working_days_used(result.start, result.deadline, calendar=calendar) == n
