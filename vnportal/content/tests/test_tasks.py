"""Scheduled publishing runs from the beat task on a frozen clock, never from a visit."""

import datetime

import time_machine
from django.utils import timezone
from wagtail.models import Page

from vnportal.content import tasks
from vnportal.content.bulk import add_published
from vnportal.content.models import AnnouncementIndexPage, AnnouncementPage, ArticlePage

from .conftest import HOST, make_article, path_of

START = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


def test_approved_article_goes_live_at_its_time_and_expires_at_its_time(client, bato, channel):
    with time_machine.travel(START, tick=False):
        article = make_article(channel, title="Lịch cúp điện")
        article.unpublish()
        article = ArticlePage.objects.get(pk=article.pk)
        article.go_live_at = START + datetime.timedelta(hours=2)
        article.expire_at = START + datetime.timedelta(days=1)
        article.save_revision().publish()  # approved for later: Wagtail keeps it scheduled
        article.refresh_from_db()
        assert not article.live
        tasks.publish_scheduled()
        assert not ArticlePage.objects.get(pk=article.pk).live
        # A visit does not publish it either.
        assert client.get(path_of(article), HTTP_HOST=HOST).status_code == 404

    with time_machine.travel(START + datetime.timedelta(hours=2, minutes=1), tick=False):
        assert not ArticlePage.objects.get(pk=article.pk).live  # not until the task runs
        tasks.publish_scheduled()
        assert ArticlePage.objects.get(pk=article.pk).live
        assert client.get(path_of(article), HTTP_HOST=HOST).status_code == 200

    with time_machine.travel(START + datetime.timedelta(days=1, minutes=1), tick=False):
        tasks.publish_scheduled()
        assert not ArticlePage.objects.get(pk=article.pk).live


def test_announcements_are_taken_down_when_they_lapse(bato):
    index = AnnouncementIndexPage.objects.descendant_of(bato.root_page).get()
    with time_machine.travel(START, tick=False):
        page = add_published(
            index,
            AnnouncementPage(
                title="Lịch tiêm chủng",
                slug="lich-tiem",
                body="<p>Thứ Năm tại Trạm Y tế.</p>",
                valid_until=START + datetime.timedelta(days=2),
            ),
        )
        assert tasks.run_scheduled_publishing()["expired_announcements"] == 0
    with time_machine.travel(START + datetime.timedelta(days=2, seconds=1), tick=False):
        assert tasks.run_scheduled_publishing(timezone.now())["expired_announcements"] == 1
    assert not Page.objects.get(pk=page.pk).live


def test_beat_schedule_calls_the_task_every_minute(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["content-publish-scheduled"]
    assert entry["task"] == tasks.publish_scheduled.name
    assert make_article  # builders shared with the other tests
