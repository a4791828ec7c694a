"""Celery tasks of the Q&A app. Beat calls `send_deadline_reminders` at 08:15 Monday–Saturday."""

import smtplib

from celery import shared_task

#: Transient failures worth retrying: SMTP errors, refused or dropped connections, timeouts.
RETRY_ON = (smtplib.SMTPException, OSError, ConnectionError, TimeoutError)


@shared_task(
    bind=True,
    autoretry_for=RETRY_ON,
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=5,
    acks_late=True,
)
def deliver_notification(self, notification_id: int) -> bool:
    """Send one queued e-mail; each failure is recorded on the row before Celery retries it."""
    from .notifications import deliver

    return deliver(notification_id)


@shared_task
def send_deadline_reminders() -> dict:
    """Reminders before the deadline, escalation once overdue, then the sweep of unsent e-mail."""
    from .notifications import retry_undelivered
    from .reminders import send_deadline_reminders as run

    summary = run()
    summary["retried"] = retry_undelivered()
    return summary
