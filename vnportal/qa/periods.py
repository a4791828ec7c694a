"""The period in force for a kind of answer on a given day (periods are data, see ResponsePeriod).

A fallback to the setting ``VNPORTAL_QA_DEFAULT_PERIODS`` only covers a database without the seed
rows (a fresh test database built without migrations); the seeded rows always win.
"""

import datetime

from django.conf import settings

from .choices import PeriodKind

DEFAULT_PERIODS = {
    PeriodKind.QA_WITHIN_AUTHORITY: 5,
    PeriodKind.QA_INTER_AGENCY: 8,
    PeriodKind.QA_APPOINTMENT_MAX: 10,
    PeriodKind.INFO_SIMPLE: 3,
    PeriodKind.INFO_COMPLEX_NOTICE: 3,
    PeriodKind.INFO_COMPLEX_SUPPLY: 15,
    PeriodKind.INFO_EXTENSION_MAX: 15,
}


def period_days(kind: str, day: datetime.date) -> int:
    """Working days for `kind` under the rule in force on `day` (the receipt date)."""
    from .models import ResponsePeriod

    period = ResponsePeriod.objects.in_force(kind, day).first()
    if period is not None:
        return period.working_days
    defaults = {**DEFAULT_PERIODS, **getattr(settings, "VNPORTAL_QA_DEFAULT_PERIODS", {})}
    return defaults[PeriodKind(kind)]


def legal_basis(kind: str, day: datetime.date) -> str:
    from .models import ResponsePeriod

    period = ResponsePeriod.objects.in_force(kind, day).first()
    return period.legal_basis if period else ""
