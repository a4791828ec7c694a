"""The search index: one denormalised row per searchable record of every app.

Why a table of our own rather than querying each app: a province-wide search over pages,
documents, procedures, data sets and Q&A would otherwise be five differently-shaped queries with
five pagination problems, and Vietnamese folding (``fold_vietnamese``) cannot be done by the
database on the fly. Each row keeps the text already folded, the portal that owns it (or none for
province-wide procedures, which are matched to portals through ``PortalProcedure`` at query time)
and the relative URL, so a result page needs no query into the source apps.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import EntryKind

#: Characters of body text kept per record: enough for matching and snippets, bounded so that a
#: 200-page PDF attachment does not make one row megabytes long.
BODY_LIMIT = 20_000


def content_type_for(obj) -> ContentType:
    """Pages are keyed by Wagtail's base ``Page`` type, so a delete or unpublish seen through a
    plain ``Page`` instance finds the entry written from the specific page."""
    from wagtail.models import Page

    if isinstance(obj, Page):
        return ContentType.objects.get_for_model(Page)
    return ContentType.objects.get_for_model(obj, for_concrete_model=False)


class SearchEntryQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def for_object(self, obj):
        return self.filter(content_type=content_type_for(obj), object_id=obj.pk)


class SearchEntry(models.Model):
    portal = models.ForeignKey(
        "tenancy.Portal",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Trống: dữ liệu dùng chung toàn tỉnh (thủ tục hành chính)."),
    )
    kind = models.CharField(_("loại"), max_length=16, choices=EntryKind.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(_("ngôn ngữ"), max_length=8, default="vi")
    title = models.CharField(_("tiêu đề"), max_length=500)
    body = models.TextField(_("nội dung"), blank=True)
    title_folded = models.CharField(max_length=500, blank=True)
    body_folded = models.TextField(blank=True)
    url_path = models.CharField(
        _("đường dẫn"), max_length=500, help_text=_("Tính từ gốc của cổng, bắt đầu bằng /.")
    )
    published_at = models.DateTimeField(_("thời điểm công khai"), null=True, blank=True)
    field = models.CharField(_("lĩnh vực"), max_length=80, blank=True)
    field_label = models.CharField(_("tên lĩnh vực"), max_length=255, blank=True)
    live = models.BooleanField(_("đang công khai"), default=True)
    #: Pages only: Wagtail's key shared by a page and its translations, so that a search in
    #: English shows the English page and hides its Vietnamese original (services.visible_entries).
    translation_key = models.UUIDField(null=True, blank=True, db_index=True)
    indexed_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("mục chỉ mục tìm kiếm")
        verbose_name_plural = _("chỉ mục tìm kiếm")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="searchentry_object_unique"
            )
        ]
        indexes = [
            models.Index(fields=["portal", "live", "kind"], name="searchentry_portal_live"),
            models.Index(fields=["kind", "live", "object_id"], name="searchentry_kind_object"),
            models.Index(fields=["published_at"], name="searchentry_published"),
        ]

    def __str__(self):
        return f"{self.kind}: {self.title}"
