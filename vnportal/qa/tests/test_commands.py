"""`manage.py qa_deadline`: the clock on the command line, ISO 8601 with +07:00."""

import datetime
import io

import pytest
from django.core.management import call_command

from vnportal.workcalendar.models import DayOverride

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("qa_deadline", *args, stdout=out)
    return out.getvalue()


def test_spec_example():
    output = run("--received", "2027-02-03T10:00", "--working-days", "5")
    assert output.splitlines() == [
        "start: 2027-02-11T08:00:00+07:00",
        "deadline: 2027-02-18T08:00:00+07:00",
    ]


def test_default_period_is_the_one_in_force():
    assert "deadline: 2026-03-16T08:00:00+07:00" in run("--received", "2026-03-09T07:59")
    assert "deadline: 2023-12-20T08:00:00+07:00" in run("--received", "2023-11-29T07:00")


def test_offset_in_input_is_respected_and_overrides_apply():
    DayOverride.objects.create(
        date=datetime.date(2025, 4, 26), kind="working_day", reason="Làm bù cho 02/5/2025"
    )
    output = run("--received", "2025-04-25T03:00:00+00:00", "--working-days", "5", "--explain")
    assert "start: 2025-04-26T08:00:00+07:00" in output
    assert "deadline: 2025-05-07T08:00:00+07:00" in output
    assert "Làm bù cho 02/5/2025" in output
