"""The deadline clock of domain.md §4, the one function every deadline in the system goes through.

* The clock starts at the first 08:00 on a working day at or after the receipt time (received
  Monday 07:59 → Monday 08:00; Monday 08:00:00 → Monday 08:00; Monday 08:00:01 → the next working
  day at 08:00).
* The deadline is 08:00 on the working day that lies N working days after the clock-start day.

Q&A (5 / 8 / 10 working days), information requests (3 / 15 / +15) and anything else counted in
working days call :func:`compute_deadline`, so a citizen, a board member and the operator's report
always see the same date, and :class:`DeadlineExplanation` shows how it was reached. The start hour
is the setting ``VNPORTAL_QA_START_HOUR`` (8 by default). Times are Asia/Ho_Chi_Minh (+07:00): the
country has no daylight saving time, so combining a date with 08:00 in that zone is unambiguous.
"""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .calendar import ONE_DAY, WorkingCalendar, get_calendar

DEFAULT_START_HOUR = 8


def start_hour() -> int:
    return int(getattr(settings, "VNPORTAL_QA_START_HOUR", DEFAULT_START_HOUR))


def local_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def to_local(moment: datetime.datetime) -> datetime.datetime:
    """An aware datetime in the province's zone; a naive one is taken to be local time already."""
    zone = local_zone()
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def at_start_hour(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(start_hour()), tzinfo=local_zone())


@dataclass(frozen=True)
class DayNote:
    day: datetime.date
    reason: str


@dataclass(frozen=True)
class DeadlineExplanation:
    """How a deadline was computed: what was received when, which days were skipped and why."""

    received: datetime.datetime
    start: datetime.datetime
    working_days: int
    deadline: datetime.datetime
    start_reason: str
    skipped: tuple[DayNote, ...]
    made_up: tuple[DayNote, ...]
    counted: tuple[datetime.date, ...]

    def steps(self) -> list[str]:
        """The computation as sentences, for the admin question screen and the CLI."""
        lines = [
            _("Tiếp nhận: %(at)s.") % {"at": _fmt(self.received)},
            _("Bắt đầu tính: %(at)s (%(why)s).")
            % {"at": _fmt(self.start), "why": self.start_reason},
        ]
        for note in self.skipped:
            lines.append(
                _("Không tính %(day)s: %(reason)s.")
                % {"day": _fmt_day(note.day), "reason": note.reason}
            )
        for note in self.made_up:
            lines.append(
                _("Có tính %(day)s: %(reason)s.")
                % {"day": _fmt_day(note.day), "reason": note.reason}
            )
        if self.counted:
            lines.append(
                _("%(n)s ngày làm việc sau ngày bắt đầu: %(days)s.")
                % {
                    "n": self.working_days,
                    "days": ", ".join(f"{d:%d/%m}" for d in self.counted),
                }
            )
        lines.append(_("Hạn: %(at)s.") % {"at": _fmt(self.deadline)})
        return lines

    def as_dict(self) -> dict:
        return {
            "received": self.received.isoformat(),
            "start": self.start.isoformat(),
            "working_days": self.working_days,
            "deadline": self.deadline.isoformat(),
            "start_reason": self.start_reason,
            "skipped": [{"day": n.day.isoformat(), "reason": n.reason} for n in self.skipped],
            "made_up": [{"day": n.day.isoformat(), "reason": n.reason} for n in self.made_up],
            "counted": [d.isoformat() for d in self.counted],
        }


_WEEKDAYS = [
    gettext_lazy("thứ Hai"),
    gettext_lazy("thứ Ba"),
    gettext_lazy("thứ Tư"),
    gettext_lazy("thứ Năm"),
    gettext_lazy("thứ Sáu"),
    gettext_lazy("thứ Bảy"),
    gettext_lazy("Chủ nhật"),
]


def _fmt_day(day: datetime.date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day:%d/%m/%Y}"


def _fmt(moment: datetime.datetime) -> str:
    moment = to_local(moment)
    return f"{moment:%H:%M} {_fmt_day(moment.date())}"


def clock_start(
    received: datetime.datetime, *, calendar: WorkingCalendar | None = None
) -> datetime.datetime:
    """The first start hour (08:00) on a working day at or after `received`."""
    calendar = calendar or get_calendar()
    local = to_local(received)
    day = local.date()
    if calendar.is_working_day(day) and local <= at_start_hour(day):
        return at_start_hour(day)
    return at_start_hour(calendar.next_working_day(day, include_self=False))


def compute_deadline(
    received: datetime.datetime,
    working_days: int,
    *,
    calendar: WorkingCalendar | None = None,
) -> DeadlineExplanation:
    """Clock start and deadline for `working_days` working days, with how they were reached."""
    if working_days < 0:
        raise ValueError("working_days must be >= 0")
    calendar = calendar or get_calendar()
    local = to_local(received)
    start = clock_start(local, calendar=calendar)
    start_day = start.date()
    if start_day == local.date():
        why = _("tiếp nhận trước hoặc đúng giờ bắt đầu của ngày làm việc")
    elif calendar.is_working_day(local.date()):
        why = _("tiếp nhận sau giờ bắt đầu, tính từ ngày làm việc tiếp theo")
    else:
        why = _("tiếp nhận vào ngày nghỉ, tính từ ngày làm việc tiếp theo")
    counted: list[datetime.date] = []
    day = start_day
    for _i in range(working_days):
        day = calendar.next_working_day(day, include_self=False)
        counted.append(day)
    deadline_day = day
    skipped, made_up = [], []
    cursor = local.date()
    while cursor <= deadline_day:
        reason = calendar.why_not_working(cursor)
        if reason:
            skipped.append(DayNote(cursor, reason))
        else:
            made = calendar.why_working(cursor)
            if made and cursor >= start_day:
                made_up.append(DayNote(cursor, made))
        cursor += ONE_DAY
    return DeadlineExplanation(
        received=local,
        start=start,
        working_days=working_days,
        deadline=at_start_hour(deadline_day),
        start_reason=why,
        skipped=tuple(skipped),
        made_up=tuple(made_up),
        counted=tuple(counted),
    )


def working_days_used(
    start: datetime.datetime,
    when: datetime.datetime,
    *,
    calendar: WorkingCalendar | None = None,
) -> int:
    """The smallest k with `when` at or before 08:00 of the k-th working day after the start day.

    So an answer given by the deadline of an N-day period has used at most N working days, which
    keeps "answered on time" and "mean working days to answer" consistent with each other.
    """
    calendar = calendar or get_calendar()
    when = to_local(when)
    day, used = to_local(start).date(), 0
    while at_start_hour(day) < when:
        day = calendar.next_working_day(day, include_self=False)
        used += 1
    return used
