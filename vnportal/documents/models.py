"""The documents registry: directive and legal normative documents a portal publishes.

Not Wagtail's document library (which holds any file): a registry entry is a structured record
with the elements Decree 42/2022 art. 4 asks for (type, issuing body, number-symbol, issue and
effective dates, abstract, downloadable file), numbered under Decree 30/2020 art. 15: the number
restarts on 1 January, so (portal, issuer, year, type, number) is unique. Every row carries its
portal; attachments carry it too so that file queries never need a join to be scoped.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vnportal.core.importing import ImportJob

from .choices import (
    AttachmentKind,
    DocumentField,
    DocumentStatus,
    DocumentType,
    ValidityState,
)
from .querysets import AttachmentQuerySet, LegalDocumentQuerySet


class LegalDocument(models.Model):
    portal = models.ForeignKey(
        "tenancy.Portal",
        verbose_name=_("cổng"),
        on_delete=models.CASCADE,
        related_name="legal_documents",
    )
    number_symbol = models.CharField(
        _("số, ký hiệu"),
        max_length=100,
        help_text=_("Theo Nghị định 30/2020: 355/QĐ-UBND, 6821/UBND-BBT, 42/2022/NĐ-CP."),
    )
    number = models.PositiveIntegerField(_("số"), editable=False)
    year = models.PositiveSmallIntegerField(
        _("năm"), editable=False, help_text=_("Năm của dãy số (năm ban hành).")
    )
    type_code = models.CharField(
        _("viết tắt loại văn bản"), max_length=10, blank=True, editable=False
    )
    issuer_code = models.CharField(_("viết tắt cơ quan"), max_length=60, editable=False)
    doc_type = models.CharField(_("loại văn bản"), max_length=32, choices=DocumentType.choices)
    is_legal_normative = models.BooleanField(
        _("văn bản quy phạm pháp luật"), default=False, editable=False
    )
    issuer = models.CharField(
        _("cơ quan ban hành"),
        max_length=255,
        help_text=_("Tên đầy đủ, ví dụ: Ủy ban nhân dân tỉnh Quảng Ngãi."),
    )
    signer = models.CharField(
        _("người ký"), max_length=255, blank=True, help_text=_("Họ tên và chức vụ người ký.")
    )
    issue_date = models.DateField(_("ngày ban hành"))
    effective_date = models.DateField(
        _("ngày có hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu có hiệu lực từ ngày ký."),
    )
    expiry_date = models.DateField(
        _("ngày hết hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Ngày đầu tiên văn bản không còn hiệu lực."),
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("bị thay thế bởi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
    )
    field = models.CharField(_("lĩnh vực"), max_length=40, choices=DocumentField.choices)
    abstract = models.TextField(
        _("trích yếu"), max_length=2000, help_text=_("Trích yếu nội dung như trên văn bản.")
    )
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=DocumentStatus.choices, default=DocumentStatus.DRAFT
    )
    published_at = models.DateTimeField(_("thời điểm công khai"), null=True, blank=True)
    search_text = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = LegalDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issue_date", "-number", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["portal", "issuer", "year", "doc_type", "number"],
                name="legaldocument_number_unique_per_issuer_year",
            ),
            models.CheckConstraint(
                condition=Q(effective_date__isnull=True) | Q(effective_date__gte=F("issue_date")),
                name="legaldocument_effective_after_issue",
            ),
            models.CheckConstraint(
                condition=Q(expiry_date__isnull=True)
                | Q(effective_date__isnull=True)
                | Q(expiry_date__gt=F("effective_date")),
                name="legaldocument_expiry_after_effective",
            ),
        ]
        indexes = [
            models.Index(
                fields=["portal", "status", "-issue_date"], name="legaldoc_portal_listing"
            ),
            models.Index(fields=["status", "-issue_date"], name="legaldoc_province_listing"),
            models.Index(fields=["doc_type", "-issue_date"], name="legaldoc_type"),
            models.Index(fields=["field", "-issue_date"], name="legaldoc_field"),
            models.Index(fields=["year", "number"], name="legaldoc_year_number"),
            models.Index(fields=["issuer"], name="legaldoc_issuer"),
            models.Index(fields=["number_symbol"], name="legaldoc_number_symbol"),
        ]

    def __str__(self):
        return f"{self.number_symbol} – {self.abstract[:80]}"

    def get_absolute_url(self):
        return reverse("documents:detail", args=[self.pk])

    def validity(self, on: datetime.date | None = None) -> str:
        on = on or timezone.localdate()
        if self.effective_date and self.effective_date > on:
            return ValidityState.NOT_YET
        if self.expiry_date and self.expiry_date <= on:
            return ValidityState.REPLACED if self.replaced_by_id else ValidityState.EXPIRED
        return ValidityState.IN_FORCE

    def validity_label(self, on=None) -> str:
        return ValidityState(self.validity(on)).label

    @property
    def is_published(self) -> bool:
        return self.status == DocumentStatus.PUBLISHED


def attachment_upload_to(instance, filename: str) -> str:
    """Media paths start with the portal id (tenant isolation of storage and CDN purges)."""
    year = instance.document.year if instance.document_id else timezone.localdate().year
    return f"{instance.portal_id}/van-ban/{year}/{filename}"


class DocumentAttachment(models.Model):
    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="legal_document_files"
    )
    document = models.ForeignKey(
        LegalDocument, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("tệp"), upload_to=attachment_upload_to, max_length=255)
    original_name = models.CharField(_("tên tệp gốc"), max_length=255)
    kind = models.CharField(_("loại tệp"), max_length=8, choices=AttachmentKind.choices)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0)
    text = models.TextField(_("nội dung trích xuất"), blank=True)
    uploaded_at = models.DateTimeField(default=timezone.now)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    def get_absolute_url(self):
        return reverse("documents:attachment", args=[self.document_id, self.pk])


class DocumentImport(ImportJob):
    """A bulk import of documents into one portal."""

    portal = models.ForeignKey(
        "tenancy.Portal", verbose_name=_("cổng"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(ImportJob.Meta):
        verbose_name = _("lượt nhập văn bản")
        verbose_name_plural = _("lượt nhập văn bản")
