"""Rows citizens and board heads leave beside pages: ratings, consultation comments, urgent publications.

Each row carries its portal (style guide rule 3), so every admin list is one filter away from
being scoped to the boards that may see it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Avg, Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import CommentStatus, RatingScore


class PageRatingQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def summary_by_page(self):
        """One row per page: count per score and the average, for the admin report."""
        scores = {f"score_{s.value}": Count("pk", filter=Q(score=s.value)) for s in RatingScore}
        return (
            self.values("page_id", "page__title", "portal__name_vi")
            .annotate(total=Count("pk"), average=Avg("score"), **scores)
            .order_by("-total", "page_id")
        )


class PageRating(models.Model):
    """An anonymous satisfaction rating (Decree 224/2026 art. 10(3)(b)).

    Only the page, the portal, the score and the day are stored: no IP address, no cookie, no
    time of day, so a rating cannot be traced back to a reader.
    """

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="page_ratings"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(_("mức độ hài lòng"), choices=RatingScore.choices)
    rated_on = models.DateField(_("ngày"), default=timezone.localdate)

    objects = PageRatingQuerySet.as_manager()

    class Meta:
        verbose_name = _("đánh giá mức độ hài lòng")
        verbose_name_plural = _("đánh giá mức độ hài lòng")
        indexes = [models.Index(fields=["portal", "page"], name="content_rating_portal_page")]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=1) & Q(score__lte=5), name="content_rating_score_range"
            )
        ]

    def __str__(self):
        return f"{self.page_id}: {self.score}"


class ConsultationCommentQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def published(self):
        return self.filter(status=CommentStatus.PUBLISHED)

    def pending(self):
        return self.filter(status=CommentStatus.PENDING)


class ConsultationComment(models.Model):
    """A comment on a draft document; published after the board's check (spam is the threat)."""

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="consultation_comments"
    )
    consultation = models.ForeignKey(
        "content.ConsultationPage", on_delete=models.CASCADE, related_name="comments"
    )
    name = models.CharField(_("họ và tên"), max_length=255)
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=255, blank=True)
    email = models.EmailField(
        _("thư điện tử"), blank=True, help_text=_("Không công bố; chỉ để Ban biên tập liên hệ.")
    )
    body = models.TextField(_("nội dung góp ý"), max_length=5000)
    submitted_at = models.DateTimeField(_("thời điểm gửi"), default=timezone.now)
    status = models.CharField(
        _("trạng thái"),
        max_length=16,
        choices=CommentStatus.choices,
        default=CommentStatus.PENDING,
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)

    objects = ConsultationCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("góp ý dự thảo")
        verbose_name_plural = _("góp ý dự thảo")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["portal", "status"], name="content_comment_portal_st")]

    def __str__(self):
        return f"{self.name}: {self.body[:40]}"


class UrgentPublicationQuerySet(models.QuerySet):
    def for_portals(self, portal_ids):
        return self.filter(portal_id__in=portal_ids)

    def awaiting_review(self):
        return self.filter(reviewed_at__isnull=True)


class UrgentPublication(models.Model):
    """A page the board head published past the approval workflow, kept for review afterwards."""

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="urgent_publications"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    page_title = models.CharField(_("tiêu đề trang"), max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("lý do"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(_("thời điểm xuất bản"), default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("thời điểm rà soát"), null=True, blank=True)
    review_note = models.TextField(_("ghi chú rà soát"), blank=True)

    objects = UrgentPublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("xuất bản không qua duyệt")
        verbose_name_plural = _("xuất bản không qua duyệt")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return f"{self.page_title} ({self.published_at:%d/%m/%Y %H:%M})"
