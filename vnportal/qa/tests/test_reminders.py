"""Reminders and escalation with a frozen clock, as Celery beat runs them at 08:15.

Question received Monday 9 March 2026 at 07:00: clock start Monday 08:00, deadline Monday
16 March 08:00. Beat at 08:15 on Thursday 12 (2 working days left), Friday 13 (the last working
day), Saturday 14 (nothing), Monday 16 and Tuesday 17 (overdue, every working day).
"""

import datetime

import pytest
import time_machine
from django.core import mail

from vnportal.qa import notifications, services, tasks
from vnportal.qa.choices import NotificationKind
from vnportal.qa.models import Notification
from vnportal.workcalendar.models import DayOverride

from .conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(portal_a, leader, editor, contributor, operator, ask):
    question = ask(portal_a, now=at("2026-03-09T07:00"))
    services.accept_question(question, by=editor)
    services.assign_question(question, assignee=contributor, by=editor)
    question.refresh_from_db()
    assert question.deadline == at("2026-03-16T08:00")
    return question


@pytest.fixture
def beat(django_capture_on_commit_callbacks):
    """Run the beat task at a local time with time frozen there, the e-mail dispatch (an
    on_commit hook) run as a real commit would; return the mail it sent."""

    def run(moment: str):
        # What the services queued outside a real commit was sent at the time in production.
        notifications.dispatch(
            list(Notification.objects.undelivered().values_list("pk", flat=True))
        )
        mail.outbox.clear()
        frozen = time_machine.travel(at(moment), tick=False)
        with django_capture_on_commit_callbacks(execute=True), frozen:
            tasks.send_deadline_reminders.delay()
        return list(mail.outbox)

    return run


def recipients(messages, kind_subject: str) -> set[str]:
    return {m.to[0] for m in messages if kind_subject in m.subject}


def test_nothing_three_days_before(question, beat):
    assert beat("2026-03-11T08:15") == []


def test_two_working_days_before_to_assignee_and_leader(question, leader, contributor, beat):
    sent = beat("2026-03-12T08:15")
    assert recipients(sent, "Còn 2 ngày làm việc") == {leader.email, contributor.email}
    assert len(sent) == 2


def test_last_day_to_assignee_and_leader(question, leader, contributor, beat):
    sent = beat("2026-03-13T08:15")
    assert recipients(sent, "ngày cuối") == {leader.email, contributor.email}


def test_no_reminders_on_a_weekend(question, beat):
    assert beat("2026-03-14T08:15") == []


def test_overdue_every_working_day_to_leader_and_operator(question, leader, operator, beat):
    monday = beat("2026-03-16T08:15")
    assert recipients(monday, "QUÁ HẠN") == {leader.email, operator.email}
    tuesday = beat("2026-03-17T08:15")
    assert recipients(tuesday, "QUÁ HẠN") == {leader.email, operator.email}
    assert Notification.objects.filter(kind=NotificationKind.OVERDUE).count() == 4


def test_running_twice_sends_once(question, beat):
    assert len(beat("2026-03-12T08:15")) == 2
    assert beat("2026-03-12T10:00") == []
    assert len(beat("2026-03-16T08:15")) == 2
    assert beat("2026-03-16T09:00") == []


def test_answered_question_gets_no_reminder(question, leader, editor, beat):
    services.draft_answer(question, answer="Trả lời ngắn gọn", by=editor)
    services.approve_answer(question, by=leader)
    assert beat("2026-03-16T08:15") == []


def test_appointment_restarts_the_reminders(
    question, editor, leader, beat, django_capture_on_commit_callbacks
):
    beat("2026-03-12T08:15")
    frozen = time_machine.travel(at("2026-03-12T09:00"), tick=False)
    with django_capture_on_commit_callbacks(execute=True), frozen:
        services.make_appointment(question, working_days=8, reason="Chờ ý kiến Sở", by=editor)
    question.refresh_from_db()
    assert question.deadline == at("2026-03-19T08:00")
    assert beat("2026-03-16T08:15") == []  # no longer overdue, 3 days left
    assert recipients(beat("2026-03-17T08:15"), "Còn 2 ngày") >= {leader.email}


def test_make_up_saturday_is_a_reminder_day(portal_a, leader, editor, ask, beat):
    """Saturday 22 August 2026 is worked: it counts in the period and beat reminds on it."""
    DayOverride.objects.create(
        date=datetime.date(2026, 8, 22), kind="working_day", reason="Làm bù cho 31/8/2026"
    )
    question = ask(portal_a, now=at("2026-08-19T07:00"))
    # Start Wed 19; counted Thu 20, Fri 21, Sat 22 (make-up), Mon 24, Tue 25.
    assert question.deadline == at("2026-08-25T08:00")
    assert beat("2026-08-21T08:15") == []  # 3 working days left
    assert recipients(beat("2026-08-22T08:15"), "Còn 2 ngày") == {leader.email}
    assert recipients(beat("2026-08-24T08:15"), "ngày cuối") == {leader.email}
    assert recipients(beat("2026-08-25T08:15"), "QUÁ HẠN") >= {leader.email}


def test_beat_also_retries_unsent_mail(question):
    """A notification that failed earlier (SMTP down) is sent by the next beat run."""
    notifications.dispatch(list(Notification.objects.values_list("pk", flat=True)))
    row = Notification.objects.filter(question=question).first()
    Notification.objects.filter(pk=row.pk).update(status="failed", attempts=3)
    with time_machine.travel(at("2026-03-11T08:15"), tick=False):
        result = tasks.send_deadline_reminders.delay().get()
    assert result["retried"] == 1
    row.refresh_from_db()
    assert row.status == "sent" and row.attempts == 4
