"""Administrative procedures (thủ tục hành chính): province-wide records shared by the portals that
apply them.

A procedure is defined once for the province with the fields of the national TTHC database, keyed
by its national code (Decree 63/2010 art. 24–26 keep the province consistent with that database),
and is not copied per portal: a commune portal links to the procedures it applies through
:class:`PortalProcedure`, and its board records when it last reviewed that set
(:class:`ProcedureReview`), which the supervising unit sees. Tenant rows (the link and the
review) carry their portal; the procedure itself is province data edited by operators only.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vnportal.core.importing import ImportJob

from .choices import NATIONAL_PROCEDURE_URL, OnlineLevel, ProcedureLevel, ProcedureStatus
from .completeness import labels, missing_components
from .querysets import PortalProcedureQuerySet, ProcedureQuerySet, ReviewQuerySet

CODE_RE = re.compile(r"^\d\.\d{6}$")


def validate_code(value: str) -> None:
    """National codes look like 1.001612 (a digit, a dot, six digits)."""
    if not CODE_RE.match(value or ""):
        raise ValidationError(
            _(
                "Mã thủ tục “%(code)s” không đúng dạng mã trên Cơ sở dữ liệu quốc gia (ví dụ 1.001612)."
            )
            % {"code": (value or "")[:40]},
            code="code",
        )


def validate_service_url(value: str) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(value or "")
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == "gov.vn" or host.endswith(".gov.vn")):
        raise ValidationError(
            _(
                "Đường dẫn dịch vụ công phải là https trên tên miền .gov.vn (ví dụ https://dichvucong.gov.vn/...)."
            ),
            code="service_url",
        )


class ProcedureField(models.Model):
    """A field (lĩnh vực) of the national TTHC database: Hộ tịch, Chứng thực, Đất đai..."""

    code = models.SlugField(_("mã lĩnh vực"), max_length=40, unique=True)
    name = models.CharField(_("tên lĩnh vực"), max_length=255, unique=True)

    class Meta:
        verbose_name = _("lĩnh vực thủ tục")
        verbose_name_plural = _("lĩnh vực thủ tục")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Procedure(models.Model):
    code = models.CharField(
        _("mã thủ tục"),
        max_length=20,
        unique=True,
        validators=[validate_code],
        help_text=_("Mã trên Cơ sở dữ liệu quốc gia về TTHC, ví dụ 1.001612. Không đổi."),
    )
    name = models.CharField(_("tên thủ tục"), max_length=500)
    field = models.ForeignKey(
        ProcedureField,
        verbose_name=_("lĩnh vực"),
        on_delete=models.PROTECT,
        related_name="procedures",
    )
    level = models.CharField(_("cấp thực hiện"), max_length=16, choices=ProcedureLevel.choices)
    implementing_agency = models.TextField(_("cơ quan thực hiện"), blank=True)
    steps = models.TextField(_("trình tự thực hiện"), blank=True)
    methods = models.TextField(
        _("cách thức thực hiện"), blank=True, help_text=_("Trực tiếp, bưu chính, trực tuyến...")
    )
    dossier = models.TextField(_("thành phần hồ sơ"), blank=True)
    dossier_copies = models.PositiveSmallIntegerField(
        _("số lượng hồ sơ (bộ)"), null=True, blank=True
    )
    processing_time = models.CharField(
        _("thời hạn giải quyết"),
        max_length=500,
        blank=True,
        help_text=_("Ví dụ: 03 ngày làm việc."),
    )
    subjects = models.TextField(_("đối tượng thực hiện"), blank=True)
    fees = models.TextField(_("phí, lệ phí"), blank=True, help_text=_("Ghi “Không” nếu không thu."))
    result = models.TextField(_("kết quả thực hiện"), blank=True)
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    conditions = models.TextField(
        _("yêu cầu, điều kiện"), blank=True, help_text=_("Ghi “Không” nếu không có.")
    )
    forms = models.TextField(
        _("mẫu đơn, mẫu tờ khai"), blank=True, help_text=_("Ghi “Không” nếu không có.")
    )
    online_level = models.CharField(
        _("mức độ dịch vụ công trực tuyến"),
        max_length=16,
        choices=OnlineLevel.choices,
        default=OnlineLevel.NONE,
    )
    service_url = models.URLField(
        _("đường dẫn Cổng Dịch vụ công"),
        max_length=500,
        blank=True,
        validators=[validate_service_url],
        help_text=_("Để trống: dùng trang của thủ tục trên Cổng Dịch vụ công quốc gia."),
    )
    publication_decision = models.CharField(
        _("quyết định công bố"), max_length=255, blank=True, help_text=_("Ví dụ 1234/QĐ-UBND.")
    )
    status = models.CharField(
        _("tình trạng"),
        max_length=16,
        choices=ProcedureStatus.choices,
        default=ProcedureStatus.ACTIVE,
    )
    synced_at = models.DateTimeField(
        _("đồng bộ với CSDL quốc gia lúc"),
        null=True,
        blank=True,
        help_text=_("Lần cuối bản ghi được đồng bộ với Cơ sở dữ liệu quốc gia về TTHC."),
    )
    missing = models.JSONField(_("thành phần còn thiếu"), default=list, blank=True, editable=False)
    is_complete = models.BooleanField(_("đầy đủ theo NĐ 63/2010"), default=False, editable=False)
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProcedureQuerySet.as_manager()

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")
        ordering = ["name", "code"]
        indexes = [
            models.Index(fields=["status", "level", "name"], name="procedure_listing"),
            models.Index(fields=["field", "name"], name="procedure_field"),
            models.Index(fields=["is_complete"], name="procedure_complete"),
        ]

    def __str__(self):
        return f"{self.code} – {self.name}"

    def save(self, *args, **kwargs):
        """Derived columns follow the record, whoever saves it (form, import, shell)."""
        self.refresh_derived()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "missing",
                "is_complete",
                "search_text",
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("procedures:detail", args=[self.code])

    def refresh_derived(self) -> None:
        from vnportal.core.text import fold_vietnamese

        self.missing = missing_components(self)
        self.is_complete = not self.missing
        self.search_text = fold_vietnamese(
            " ".join(
                str(v)
                for v in (
                    self.code,
                    self.name,
                    self.implementing_agency,
                    self.subjects,
                    self.result,
                )
                if v
            )
        )

    @property
    def public_service_url(self) -> str:
        return self.service_url or NATIONAL_PROCEDURE_URL.format(code=self.code)

    @property
    def missing_labels(self) -> list[str]:
        return labels(self.missing)

    @property
    def is_active(self) -> bool:
        return self.status == ProcedureStatus.ACTIVE


class PortalProcedure(models.Model):
    """A portal applies a province-wide procedure (the board's choice)."""

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="procedure_links"
    )
    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="portal_links")
    applied_since = models.DateField(_("áp dụng từ"), default=timezone.localdate)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PortalProcedureQuerySet.as_manager()

    class Meta:
        verbose_name = _("thủ tục áp dụng tại cổng")
        verbose_name_plural = _("thủ tục áp dụng tại cổng")
        constraints = [
            models.UniqueConstraint(fields=["portal", "procedure"], name="portalprocedure_unique")
        ]

    def __str__(self):
        return f"{self.portal_id}: {self.procedure_id}"


class ProcedureReview(models.Model):
    """The board reviewed its set of procedures on a day (Ba Tơ directive: keep it complete and
    current); the counts are a snapshot of that day for the supervising unit."""

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="procedure_reviews"
    )
    reviewed_on = models.DateField(_("ngày rà soát"))
    note = models.TextField(_("ghi chú"), blank=True)
    applied_count = models.PositiveIntegerField(_("số thủ tục áp dụng"), default=0)
    complete_count = models.PositiveIntegerField(_("số thủ tục đầy đủ"), default=0)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("lần rà soát thủ tục")
        verbose_name_plural = _("lần rà soát thủ tục")
        ordering = ["-reviewed_on", "-pk"]

    def __str__(self):
        return f"{self.portal_id}: {self.reviewed_on:%d/%m/%Y}"


class ProcedureImport(ImportJob):
    """A bulk import of province-wide procedures (operators only)."""

    class Meta(ImportJob.Meta):
        verbose_name = _("lượt nhập thủ tục")
        verbose_name_plural = _("lượt nhập thủ tục")
