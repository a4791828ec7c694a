"""Deadline reminders and escalation, run by Celery beat each working-day morning (08:15).

The deadline is 08:00 on the deadline day, so by the time beat runs that morning it has passed.
Hence, counting working days from today to the deadline day:

* 2 left (setting ``VNPORTAL_QA_REMINDER_DAYS_BEFORE``): "2 working days before the deadline", to
  the assignee and the leader;
* 1 left: the last working day to answer ("on the day"), to the assignee and the leader;
* deadline passed: every working day, to the leader and to the provincial operators.

Each message has a dedupe key (question, kind, deadline or day), so running twice sends once, and
a new deadline (an appointment) earns fresh reminders. Days that are not working days send nothing.
"""

from django.conf import settings
from django.utils import timezone

from vnportal.workcalendar.calendar import WorkingCalendar, get_calendar

from . import emails, notifications
from .choices import NotificationKind
from .models import Question


def send_deadline_reminders(now=None, calendar: WorkingCalendar | None = None) -> dict:
    now = now or timezone.now()
    calendar = calendar or get_calendar()
    today = timezone.localtime(now).date()
    summary = {"reminder_before": 0, "reminder_last_day": 0, "overdue": 0}
    if not calendar.is_working_day(today):
        summary["skipped"] = "not a working day"
        return summary
    days_before = int(getattr(settings, "VNPORTAL_QA_REMINDER_DAYS_BEFORE", 2))
    operators = notifications.operator_emails()
    leaders: dict[int, list[str]] = {}
    questions = Question.objects.open().select_related("portal", "assignee").order_by("deadline")
    for question in questions.iterator(chunk_size=500):
        if question.portal_id not in leaders:
            leaders[question.portal_id] = notifications.leader_emails(question.portal)
        leader = leaders[question.portal_id]
        assignee = [question.assignee.email] if question.assignee_id else []
        if question.deadline <= now:
            kind, recipients, left = NotificationKind.OVERDUE, leader + operators, 0
            key = f"{kind}:{question.pk}:{today.isoformat()}"
        else:
            left = calendar.working_days_between(
                today, timezone.localtime(question.deadline).date()
            )
            if left <= 1:
                kind = NotificationKind.REMINDER_LAST_DAY
            elif left == days_before:
                kind = NotificationKind.REMINDER_BEFORE
            else:
                continue
            recipients = assignee + leader
            key = f"{kind}:{question.pk}:{question.deadline.isoformat()}"
        subject, body = emails.reminder(question, kind, left)
        sent = notifications.queue(
            portal=question.portal,
            kind=kind,
            recipients=recipients,
            subject=subject,
            body=body,
            question=question,
            dedupe_key=key,
        )
        if sent:
            summary[str(kind)] += 1
    return summary
