"""Which days are working days in the province.

Monday–Friday, minus Vietnam's public holidays from the `holidays` package (lunar Tết, Hùng Kings,
30/4, 1/5, National Day and the swapped days it knows), minus the operator's extra days off, plus the
operator's make-up working days. One function set used everywhere a deadline or notice is counted.
"""

import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _national_holidays(year: int) -> dict[datetime.date, str]:
    return dict(holidays.country_holidays("VN", years=year, language="vi"))


def _overrides() -> dict[datetime.date, str]:
    from .models import DayOverride

    return dict(DayOverride.objects.values_list("date", "kind"))


class WorkingCalendar:
    """A snapshot of the calendar (national holidays + overrides) for repeated questions."""

    def __init__(self, overrides: dict[datetime.date, str] | None = None):
        self.overrides = _overrides() if overrides is None else overrides

    def holiday_name(self, day: datetime.date) -> str | None:
        return _national_holidays(day.year).get(day)

    def is_working_day(self, day: datetime.date) -> bool:
        kind = self.overrides.get(day)
        if kind == "working_day":
            return True
        if kind == "day_off":
            return False
        return day.weekday() < 5 and self.holiday_name(day) is None

    def why_not_working(self, day: datetime.date) -> str | None:
        """A human reason a day is not a working day (for showing how a deadline was computed)."""
        if self.is_working_day(day):
            return None
        if self.overrides.get(day) == "day_off":
            return "ngày nghỉ bổ sung"
        return self.holiday_name(day) or ("thứ Bảy" if day.weekday() == 5 else "Chủ nhật")

    def next_working_day(self, day: datetime.date, *, include_self: bool = True) -> datetime.date:
        if not include_self:
            day += datetime.timedelta(days=1)
        while not self.is_working_day(day):
            day += datetime.timedelta(days=1)
        return day

    def add_working_days(self, day: datetime.date, n: int) -> datetime.date:
        """The working day that lies `n` working days after `day`."""
        for _ in range(n):
            day = self.next_working_day(day, include_self=False)
        return day

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        """Working days d with start < d <= end (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def get_calendar() -> WorkingCalendar:
    return WorkingCalendar()
