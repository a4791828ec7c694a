"""Scheduled publishing, run by Celery beat every minute (never triggered by a visit).

Publishes revisions approved for a future time, unpublishes pages past their expiry (Wagtail's
`publish_scheduled`), then takes down announcements whose validity has lapsed.
"""

import io
import logging

from celery import shared_task
from django.core.management import call_command
from django.utils import timezone

logger = logging.getLogger(__name__)


def run_scheduled_publishing(now=None) -> dict:
    from .models import AnnouncementPage

    now = now or timezone.now()
    call_command("publish_scheduled", stdout=io.StringIO())
    expired = 0
    for announcement in AnnouncementPage.objects.expired(now):
        announcement.unpublish(log_action="wagtail.unpublish.scheduled")
        expired += 1
    return {"expired_announcements": expired}


@shared_task(name="vnportal.content.tasks.publish_scheduled", ignore_result=True)
def publish_scheduled():
    result = run_scheduled_publishing()
    if result["expired_announcements"]:
        logger.info("unpublished %s expired announcements", result["expired_announcements"])
    return result
