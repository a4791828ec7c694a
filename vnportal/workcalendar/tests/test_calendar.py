"""The working-day calendar: national holidays, the operator's overrides, reasons for each day."""

import datetime

import pytest

from vnportal.workcalendar.calendar import WorkingCalendar, get_calendar
from vnportal.workcalendar.models import DayKind, DayOverride

D = datetime.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 5, 2), False),  # Friday, swapped day off (holidays package)
        (D(2025, 4, 26), False),  # Saturday: worked only once the operator enters it
        (D(2026, 8, 31), False),  # Monday, swapped day off
        (D(2026, 11, 24), False),  # Vietnam Culture Day, from 2026
        (D(2025, 11, 24), True),  # ... not before
        (D(2027, 2, 10), False),  # Tết 2027
        (D(2027, 2, 11), True),
        (D(2026, 4, 27), False),  # Hùng Kings substitute Monday
    ],
)
def test_national_calendar(day, working):
    assert WorkingCalendar({}).is_working_day(day) is working


def test_overrides_from_a_plain_dict_keep_the_old_api():
    calendar = WorkingCalendar({D(2025, 4, 26): "working_day", D(2026, 3, 11): "day_off"})
    assert calendar.is_working_day(D(2025, 4, 26))
    assert not calendar.is_working_day(D(2026, 3, 11))
    assert calendar.why_not_working(D(2026, 3, 11)) == "ngày nghỉ bổ sung"
    assert calendar.why_working(D(2025, 4, 26)) == "ngày làm việc bù"


@pytest.mark.django_db
def test_overrides_from_the_database_carry_their_reason():
    DayOverride.objects.create(
        date=D(2025, 4, 26), kind=DayKind.WORKING_DAY, reason="Làm bù cho thứ Sáu 02/5/2025"
    )
    DayOverride.objects.create(date=D(2026, 3, 11), kind=DayKind.DAY_OFF, reason="Nghỉ do bão")
    calendar = get_calendar()
    assert calendar.why_working(D(2025, 4, 26)) == "ngày làm việc bù: Làm bù cho thứ Sáu 02/5/2025"
    assert calendar.why_not_working(D(2026, 3, 11)) == "ngày nghỉ bổ sung: Nghỉ do bão"
    assert calendar.why_not_working(D(2026, 3, 14)) == "thứ Bảy"
    assert calendar.why_not_working(D(2026, 3, 15)) == "Chủ nhật"
    assert calendar.why_not_working(D(2026, 4, 30)) == "Ngày Chiến thắng"
    assert calendar.why_not_working(D(2026, 3, 12)) is None
    assert calendar.why_working(D(2026, 3, 12)) is None


def test_working_days_between_and_add():
    calendar = WorkingCalendar({})
    assert calendar.working_days_between(D(2026, 3, 9), D(2026, 3, 16)) == 5
    assert calendar.working_days_between(D(2026, 3, 16), D(2026, 3, 9)) == 0
    assert calendar.add_working_days(D(2026, 3, 9), 5) == D(2026, 3, 16)
    assert calendar.next_working_day(D(2026, 3, 14)) == D(2026, 3, 16)
    assert calendar.next_working_day(D(2026, 3, 16), include_self=False) == D(2026, 3, 17)
