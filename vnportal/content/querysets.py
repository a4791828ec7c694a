"""Reads named for intent. Listings fetch their images and renditions up front, so a page of ten
articles costs the same number of queries as a page of two."""

from django.db.models import F, Q, Window
from django.db.models.functions import Coalesce, Length, RowNumber, Substr
from django.utils import timezone
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet


class ArticleQuerySet(PageQuerySet):
    def for_listing(self):
        """Live public articles, newest first, with their lead image and its renditions."""
        return (
            self.live()
            .public()
            .select_related("image")
            .prefetch_related("image__renditions")
            .defer_streamfields()
            .order_by(Coalesce("display_date", "first_published_at").desc(), "-pk")
        )

    def in_portal_tree(self, root: Page):
        """Articles under a portal home (one language tree)."""
        return self.filter(path__startswith=root.path, depth__gt=root.depth)

    def latest_per_parent(self, per_parent: int):
        """The newest `per_parent` articles of each channel, in one query (a window function)."""
        parent_path = Substr("path", 1, Length("path") - Page.steplen)
        ranked = self.annotate(
            channel_rank=Window(
                RowNumber(),
                partition_by=[parent_path],
                order_by=[Coalesce("display_date", "first_published_at").desc(), F("pk").desc()],
            )
        )
        return ranked.filter(channel_rank__lte=per_parent)

    def featured(self):
        return self.filter(is_featured=True)


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


class AnnouncementQuerySet(PageQuerySet):
    def current(self, when=None):
        """Announcements still in force: their expiry hides them even before the scheduler runs."""
        when = when or timezone.now()
        return (
            self.live()
            .public()
            .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=when))
            .order_by("-is_urgent", "-first_published_at", "-pk")
        )

    def expired(self, when=None):
        when = when or timezone.now()
        return self.live().filter(valid_until__lte=when)


AnnouncementManager = PageManager.from_queryset(AnnouncementQuerySet)


class ConsultationQuerySet(PageQuerySet):
    def open(self, when=None):
        when = when or timezone.now()
        return self.live().public().filter(opens_at__lte=when, closes_at__gt=when)

    def closed(self, when=None):
        when = when or timezone.now()
        return self.live().public().filter(closes_at__lte=when)


ConsultationManager = PageManager.from_queryset(ConsultationQuerySet)
