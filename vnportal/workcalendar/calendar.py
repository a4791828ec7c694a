"""Which days are working days in the province.

Monday–Friday, minus Vietnam's public holidays from the `holidays` package (lunar Tết, Hùng Kings,
30/4, 1/5, National Day and the swapped days it knows), minus the operator's extra days off, plus the
operator's make-up working days. One function set used everywhere a deadline or notice is counted.

The deadline clock built on this calendar (clock start at 08:00, N working days) is in
:mod:`vnportal.workcalendar.clock`.
"""

import datetime
from functools import lru_cache

import holidays
from django.utils.translation import gettext as _

ONE_DAY = datetime.timedelta(days=1)


@lru_cache(maxsize=64)
def _national_holidays(year: int) -> dict[datetime.date, str]:
    return dict(holidays.country_holidays("VN", years=year, language="vi"))


def _overrides() -> dict[datetime.date, tuple[str, str]]:
    from .models import DayOverride

    return {
        day: (kind, reason)
        for day, kind, reason in DayOverride.objects.values_list("date", "kind", "reason")
    }


class WorkingCalendar:
    """A snapshot of the calendar (national holidays + overrides) for repeated questions.

    `overrides` maps a date to its kind ("day_off" / "working_day"), optionally with the reason the
    operator entered (`(kind, reason)`), so tests can build a calendar without the database.
    """

    def __init__(self, overrides: dict | None = None):
        raw = _overrides() if overrides is None else overrides
        self.overrides: dict[datetime.date, str] = {}
        self.override_reasons: dict[datetime.date, str] = {}
        for day, value in raw.items():
            kind, reason = value if isinstance(value, tuple) else (value, "")
            self.overrides[day] = kind
            self.override_reasons[day] = reason

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
            reason = self.override_reasons.get(day)
            if reason:
                return _("ngày nghỉ bổ sung: %(reason)s") % {"reason": reason}
            return _("ngày nghỉ bổ sung")
        return self.holiday_name(day) or (_("thứ Bảy") if day.weekday() == 5 else _("Chủ nhật"))

    def why_working(self, day: datetime.date) -> str | None:
        """Why a day that looks like a day off is worked (a make-up Saturday), else None."""
        if self.overrides.get(day) != "working_day":
            return None
        if day.weekday() < 5 and self.holiday_name(day) is None:
            return None
        reason = self.override_reasons.get(day)
        if reason:
            return _("ngày làm việc bù: %(reason)s") % {"reason": reason}
        return _("ngày làm việc bù")

    def next_working_day(self, day: datetime.date, *, include_self: bool = True) -> datetime.date:
        if not include_self:
            day += ONE_DAY
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def add_working_days(self, day: datetime.date, n: int) -> datetime.date:
        """The working day that lies `n` working days after `day`."""
        for _i in range(n):
            day = self.next_working_day(day, include_self=False)
        return day

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        """Working days d with start < d <= end (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += ONE_DAY
            if self.is_working_day(day):
                count += 1
        return count


def get_calendar() -> WorkingCalendar:
    return WorkingCalendar()
