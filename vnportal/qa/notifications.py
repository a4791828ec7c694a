"""E-mail for Q&A: written as Notification rows inside the service's transaction, sent by the worker.

The sequence that keeps e-mail from losing anything:

1. a service creates the question (or change) and its Notification rows in one transaction;
2. `transaction.on_commit` queues `deliver_notification` for each row (never before the commit, so
   the worker always finds the row, and never inside the web request in production);
3. the task sends, recording each attempt; SMTP errors are retried by Celery with backoff;
4. whatever is still unsent (broker down, retries exhausted) is picked up by the daily sweep
   (:func:`retry_undelivered`, run with the deadline reminders).
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from vnportal.tenancy.choices import BoardRole
from vnportal.tenancy.roles import OPERATOR_GROUP

from .choices import DeliveryStatus
from .models import Notification

logger = logging.getLogger(__name__)


# --- Who receives what ---------------------------------------------------------------------------


def _active_emails(users) -> list[str]:
    return sorted(
        set(users.filter(is_active=True).exclude(email="").values_list("email", flat=True))
    )


def leader_emails(portal) -> list[str]:
    """The board heads of the portal: the unit's leader who answers."""
    User = get_user_model()
    return _active_emails(
        User.objects.filter(
            groups__portal_role__portal=portal, groups__portal_role__role=BoardRole.BOARD_HEAD
        )
    )


def board_emails(portal) -> list[str]:
    """Board heads and editors, plus the portal's official address: who triages new questions."""
    User = get_user_model()
    emails = set(
        _active_emails(
            User.objects.filter(
                groups__portal_role__portal=portal,
                groups__portal_role__role__in=[BoardRole.BOARD_HEAD, BoardRole.EDITOR],
            )
        )
    )
    if portal.email:
        emails.add(portal.email)
    return sorted(emails)


def operator_emails() -> list[str]:
    User = get_user_model()
    return _active_emails(User.objects.filter(groups__name=OPERATOR_GROUP))


def tracking_url(portal) -> str:
    return portal.get_public_url() + "hoi-dap/tra-cuu/"


# --- Queueing ------------------------------------------------------------------------------------


def queue(
    *,
    portal,
    kind: str,
    recipients,
    subject: str,
    body: str,
    question=None,
    information_request=None,
    dedupe_key: str | None = None,
) -> list[Notification]:
    """Create one row per recipient and send them after the surrounding transaction commits.

    With a `dedupe_key`, a row that already exists for (key, recipient) is not created again:
    that is what makes a reminder run idempotent.
    """
    created = []
    for recipient in sorted({r for r in recipients if r}):
        key = f"{dedupe_key}:{recipient}"[:160] if dedupe_key else None
        if key and Notification.objects.filter(dedupe_key=key).exists():
            continue
        try:
            with transaction.atomic():
                created.append(
                    Notification.objects.create(
                        portal=portal,
                        question=question,
                        information_request=information_request,
                        kind=kind,
                        recipient=recipient,
                        subject=subject[:255],
                        body=body,
                        dedupe_key=key,
                    )
                )
        except IntegrityError:  # a concurrent run queued the same reminder
            continue
    if created:
        ids = [n.pk for n in created]
        transaction.on_commit(lambda: dispatch(ids))
    return created


def dispatch(notification_ids) -> None:
    """Hand rows to the worker. A broker that is down (or an eager send that failed for good)
    must not break the caller: the rows stay unsent and the sweep retries them."""
    from .tasks import deliver_notification

    for pk in notification_ids:
        try:
            deliver_notification.delay(pk)
        except Exception:
            logger.exception("could not deliver notification %s now; the sweep will retry", pk)


# --- Sending (in the worker) ---------------------------------------------------------------------


def deliver(notification_id: int, *, final_attempt: bool = False) -> bool:
    """Send one notification; record the attempt. Raises on SMTP failure so Celery retries."""
    now = timezone.now()
    claimed = (
        Notification.objects.filter(pk=notification_id)
        .exclude(status=DeliveryStatus.SENT)
        .update(status=DeliveryStatus.SENDING, attempts=F("attempts") + 1, last_attempt_at=now)
    )
    if not claimed:
        return False
    notification = Notification.objects.get(pk=notification_id)
    try:
        send_mail(
            notification.subject,
            notification.body,
            settings.DEFAULT_FROM_EMAIL,
            [notification.recipient],
            fail_silently=False,
        )
    except Exception as exc:
        Notification.objects.filter(pk=notification_id).update(
            status=DeliveryStatus.FAILED, last_error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        raise
    Notification.objects.filter(pk=notification_id).update(
        status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error=""
    )
    return True


def retry_undelivered(now=None) -> int:
    """Re-queue what is still unsent: failed rows, and pending or stuck-sending rows older than a
    few minutes (their task was lost with the broker or the worker). Bounded by age and attempts."""
    now = now or timezone.now()
    stale = now - datetime.timedelta(minutes=getattr(settings, "VNPORTAL_QA_STALE_MINUTES", 10))
    horizon = now - datetime.timedelta(days=getattr(settings, "VNPORTAL_QA_RETRY_DAYS", 7))
    max_attempts = getattr(settings, "VNPORTAL_QA_MAX_DELIVERY_ATTEMPTS", 30)
    rows = (
        Notification.objects.undelivered()
        .filter(created_at__gte=horizon, attempts__lt=max_attempts)
        .exclude(status__in=[DeliveryStatus.PENDING, DeliveryStatus.SENDING], created_at__gt=stale)
        .exclude(status=DeliveryStatus.SENDING, last_attempt_at__gt=stale)
        .values_list("pk", flat=True)
    )
    ids = list(rows[:1000])
    dispatch(ids)
    return len(ids)
