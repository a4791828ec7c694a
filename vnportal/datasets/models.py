"""Data sets (bộ thông tin cơ sở dữ liệu): typed records a portal discloses.

Each kind is its own model with its own columns, because each has its own law: a project carries
what Decree 43/2011 art. 10(1)(h) lists (name, goal, field, type, duration, budget, funding type,
donor, status), a bidding notice what the Law on Bidding publishes, a budget disclosure the report
type and period of the Law on the State Budget. Real columns give real filters, sorts and checks.
What they share (portal, title, field, year, publication, search text) sits in the abstract
:class:`DatasetRecord`, and each class declares which of its fields the generic list, filters,
detail page, downloads and API show, so one set of views serves all five.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vnportal.core.text import fold_vietnamese

from .choices import (
    BiddingMethod,
    BiddingStatus,
    BudgetPeriod,
    BudgetReportType,
    ContractType,
    FundingType,
    NoticeType,
    PlanStatus,
    PlanType,
    ProcurementMethod,
    ProcurementStatus,
    ProjectGroup,
    ProjectStatus,
    Sector,
)

YEAR_VALIDATORS = [MinValueValidator(1945), MaxValueValidator(2100)]
MONEY = {"max_digits": 18, "decimal_places": 0, "null": True, "blank": True}


class DatasetQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def for_portals(self, portal_ids):
        return self.filter(portal_id__in=portal_ids)

    def published(self):
        return self.filter(is_published=True)

    def public(self):
        from vnportal.tenancy.models import Portal

        return self.published().filter(portal__in=Portal.objects.public())

    def visible_on(self, portal):
        """A portal shows its own records; the provincial portal shows every public portal's."""
        qs = self.public()
        return qs if portal.is_provincial else qs.filter(portal=portal)

    def matching(self, query: str):
        qs = self
        for word in fold_vietnamese(query or "").split()[:8]:
            qs = qs.filter(search_text__contains=word)
        return qs


class DatasetRecord(models.Model):
    portal = models.ForeignKey(
        "tenancy.Portal", verbose_name=_("cổng"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("tên"), max_length=500)
    field = models.CharField(_("lĩnh vực"), max_length=40, choices=Sector.choices)
    year = models.PositiveSmallIntegerField(
        _("năm"),
        validators=YEAR_VALIDATORS,
        help_text=_("Năm của thông tin (năm phê duyệt, năm ngân sách...)."),
    )
    summary = models.TextField(_("mô tả"), blank=True)
    source_document = models.CharField(
        _("văn bản phê duyệt"),
        max_length=255,
        blank=True,
        help_text=_("Số, ký hiệu, ví dụ 1234/QĐ-UBND."),
    )
    is_published = models.BooleanField(_("công khai"), default=True)
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = DatasetQuerySet.as_manager()

    #: URL slug of the kind, its plural label, the content section it feeds.
    kind = ""
    kind_label = ""
    section_key = ""
    #: Kind-specific choice fields offered as public filters, shown on list cards, and shown on
    #: the detail page / in downloads / in the API (in that order).
    filter_fields: tuple[str, ...] = ()
    card_fields: tuple[str, ...] = ()
    detail_fields: tuple[str, ...] = ()
    #: Fields searched besides the title and summary.
    search_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True
        ordering = ["-year", "-updated_at", "-pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        parts = [self.title, self.summary, self.source_document]
        parts += [str(getattr(self, name) or "") for name in self.search_fields]
        self.search_text = fold_vietnamese(" ".join(p for p in parts if p))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("datasets:detail", args=[self.kind, self.pk])

    @classmethod
    def all_fields(cls) -> list[str]:
        """Everything an editor fills in, in form order."""
        return [
            "title",
            "field",
            "year",
            *cls.detail_fields,
            "summary",
            "source_document",
            "is_published",
        ]


class PlanningRecord(DatasetRecord):
    plan_type = models.CharField(
        _("loại quy hoạch, kế hoạch"), max_length=20, choices=PlanType.choices
    )
    period_start = models.PositiveSmallIntegerField(_("từ năm"), validators=YEAR_VALIDATORS)
    period_end = models.PositiveSmallIntegerField(_("đến năm"), validators=YEAR_VALIDATORS)
    area_ha = models.DecimalField(
        _("diện tích (ha)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    location = models.CharField(_("địa điểm, phạm vi"), max_length=500, blank=True)
    approving_authority = models.CharField(_("cơ quan phê duyệt"), max_length=255, blank=True)
    approved_on = models.DateField(_("ngày phê duyệt"), null=True, blank=True)
    status = models.CharField(_("tình trạng"), max_length=20, choices=PlanStatus.choices)

    kind = "quy-hoach"
    kind_label = _("Quy hoạch, kế hoạch")
    section_key = "planning"
    filter_fields = ("plan_type", "status")
    card_fields = ("plan_type", "period", "status")
    detail_fields = (
        "plan_type",
        "period_start",
        "period_end",
        "area_ha",
        "location",
        "approving_authority",
        "approved_on",
        "status",
    )
    search_fields = ("location", "approving_authority")

    class Meta(DatasetRecord.Meta):
        verbose_name = _("quy hoạch, kế hoạch")
        verbose_name_plural = _("quy hoạch, kế hoạch")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")), name="planning_period_order"
            )
        ]
        indexes = [
            models.Index(fields=["portal", "is_published", "-year"], name="planning_listing")
        ]

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Năm kết thúc trước năm bắt đầu.")})

    @property
    def period(self) -> str:
        return f"{self.period_start}–{self.period_end}"


class InvestmentProject(DatasetRecord):
    """Decree 43/2011 art. 10(1)(h): name, goal, field, type, duration, budget, funding type,
    donor, status."""

    goal = models.TextField(_("mục tiêu"))
    project_group = models.CharField(
        _("loại dự án (nhóm)"), max_length=20, choices=ProjectGroup.choices
    )
    investor = models.CharField(_("chủ đầu tư"), max_length=255)
    location = models.CharField(_("địa điểm"), max_length=500, blank=True)
    start_year = models.PositiveSmallIntegerField(_("năm khởi công"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("năm hoàn thành"), validators=YEAR_VALIDATORS)
    total_investment = models.DecimalField(_("tổng mức đầu tư (đồng)"), **MONEY)
    funding_type = models.CharField(_("nguồn vốn"), max_length=20, choices=FundingType.choices)
    donor = models.CharField(
        _("nhà tài trợ"), max_length=255, blank=True, help_text=_("Với dự án ODA, viện trợ.")
    )
    status = models.CharField(_("tình trạng"), max_length=20, choices=ProjectStatus.choices)

    kind = "du-an-dau-tu"
    kind_label = _("Dự án đầu tư")
    section_key = "investment_projects"
    filter_fields = ("project_group", "funding_type", "status")
    card_fields = ("project_group", "duration", "total_investment", "status")
    detail_fields = (
        "goal",
        "project_group",
        "investor",
        "location",
        "start_year",
        "end_year",
        "total_investment",
        "funding_type",
        "donor",
        "status",
    )
    search_fields = ("goal", "investor", "location", "donor")

    class Meta(DatasetRecord.Meta):
        verbose_name = _("dự án đầu tư")
        verbose_name_plural = _("dự án đầu tư")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=models.F("start_year")), name="project_duration_order"
            ),
            models.CheckConstraint(
                condition=Q(total_investment__isnull=True) | Q(total_investment__gte=0),
                name="project_budget_positive",
            ),
        ]
        indexes = [models.Index(fields=["portal", "is_published", "-year"], name="project_listing")]

    def clean(self):
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("Năm hoàn thành trước năm khởi công.")
        if self.funding_type == FundingType.ODA and not self.donor:
            errors["donor"] = _("Dự án ODA cần ghi nhà tài trợ.")
        if errors:
            raise ValidationError(errors)

    @property
    def duration(self) -> str:
        return f"{self.start_year}–{self.end_year}"


class BiddingNotice(DatasetRecord):
    notice_type = models.CharField(_("loại thông tin"), max_length=20, choices=NoticeType.choices)
    notice_code = models.CharField(
        _("số thông báo"),
        max_length=40,
        blank=True,
        help_text=_("Số TBMT trên Hệ thống mạng đấu thầu quốc gia."),
    )
    procuring_entity = models.CharField(_("bên mời thầu"), max_length=255)
    project_name = models.CharField(_("thuộc dự án"), max_length=500, blank=True)
    package_value = models.DecimalField(_("giá gói thầu (đồng)"), **MONEY)
    selection_method = models.CharField(
        _("hình thức lựa chọn nhà thầu"), max_length=20, choices=BiddingMethod.choices
    )
    contract_type = models.CharField(
        _("loại hợp đồng"), max_length=20, choices=ContractType.choices, blank=True
    )
    published_on = models.DateField(_("ngày đăng tải"))
    closing_at = models.DateTimeField(_("thời điểm đóng thầu"), null=True, blank=True)
    winner = models.CharField(_("nhà thầu trúng thầu"), max_length=255, blank=True)
    winning_price = models.DecimalField(_("giá trúng thầu (đồng)"), **MONEY)
    status = models.CharField(_("tình trạng"), max_length=20, choices=BiddingStatus.choices)

    kind = "dau-thau"
    kind_label = _("Đấu thầu")
    section_key = "bidding"
    filter_fields = ("notice_type", "selection_method", "status")
    card_fields = ("notice_type", "published_on", "package_value", "status")
    detail_fields = (
        "notice_type",
        "notice_code",
        "procuring_entity",
        "project_name",
        "package_value",
        "selection_method",
        "contract_type",
        "published_on",
        "closing_at",
        "winner",
        "winning_price",
        "status",
    )
    search_fields = ("notice_code", "procuring_entity", "project_name", "winner")

    class Meta(DatasetRecord.Meta):
        verbose_name = _("thông tin đấu thầu")
        verbose_name_plural = _("thông tin đấu thầu")
        indexes = [models.Index(fields=["portal", "is_published", "-year"], name="bidding_listing")]

    def clean(self):
        errors = {}
        closes = timezone.localtime(self.closing_at).date() if self.closing_at else None
        if closes and self.published_on and closes < self.published_on:
            errors["closing_at"] = _("Thời điểm đóng thầu trước ngày đăng tải.")
        if self.notice_type == NoticeType.RESULT and not self.winner:
            errors["winner"] = _("Kết quả lựa chọn nhà thầu cần ghi nhà thầu trúng thầu.")
        if errors:
            raise ValidationError(errors)


class ProcurementRecord(DatasetRecord):
    procuring_unit = models.CharField(_("đơn vị mua sắm"), max_length=255)
    quantity = models.DecimalField(
        _("số lượng"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    unit_of_measure = models.CharField(_("đơn vị tính"), max_length=40, blank=True)
    total_value = models.DecimalField(_("giá trị (đồng)"), **MONEY)
    funding_type = models.CharField(_("nguồn vốn"), max_length=20, choices=FundingType.choices)
    method = models.CharField(
        _("phương thức mua sắm"), max_length=20, choices=ProcurementMethod.choices
    )
    decided_on = models.DateField(_("ngày quyết định"), null=True, blank=True)
    supplier = models.CharField(_("nhà cung cấp"), max_length=255, blank=True)
    status = models.CharField(_("tình trạng"), max_length=20, choices=ProcurementStatus.choices)

    kind = "mua-sam-cong"
    kind_label = _("Mua sắm công")
    section_key = "public_procurement"
    filter_fields = ("method", "funding_type", "status")
    card_fields = ("procuring_unit", "total_value", "status")
    detail_fields = (
        "procuring_unit",
        "quantity",
        "unit_of_measure",
        "total_value",
        "funding_type",
        "method",
        "decided_on",
        "supplier",
        "status",
    )
    search_fields = ("procuring_unit", "supplier")

    class Meta(DatasetRecord.Meta):
        verbose_name = _("thông tin mua sắm công")
        verbose_name_plural = _("thông tin mua sắm công")
        indexes = [
            models.Index(fields=["portal", "is_published", "-year"], name="procurement_listing")
        ]


class BudgetDisclosure(DatasetRecord):
    report_type = models.CharField(
        _("loại báo cáo"), max_length=20, choices=BudgetReportType.choices
    )
    period = models.CharField(_("kỳ báo cáo"), max_length=4, choices=BudgetPeriod.choices)
    form_code = models.CharField(
        _("biểu mẫu"), max_length=60, blank=True, help_text=_("Ví dụ: Biểu số 117/CK-NSNN.")
    )
    revenue_total = models.DecimalField(_("tổng thu (đồng)"), **MONEY)
    expenditure_total = models.DecimalField(_("tổng chi (đồng)"), **MONEY)
    disclosed_on = models.DateField(_("ngày công khai"), default=datetime.date.today)

    kind = "cong-khai-ngan-sach"
    kind_label = _("Công khai ngân sách")
    section_key = "budget"
    filter_fields = ("report_type", "period")
    card_fields = ("report_type", "period", "disclosed_on")
    detail_fields = (
        "report_type",
        "period",
        "form_code",
        "revenue_total",
        "expenditure_total",
        "disclosed_on",
    )
    search_fields = ("form_code",)

    class Meta(DatasetRecord.Meta):
        verbose_name = _("công khai ngân sách")
        verbose_name_plural = _("công khai ngân sách")
        indexes = [models.Index(fields=["portal", "is_published", "-year"], name="budget_listing")]

    def clean(self):
        if self.disclosed_on and self.year and self.disclosed_on.year < self.year - 1:
            raise ValidationError(
                {"disclosed_on": _("Ngày công khai quá sớm so với năm ngân sách.")}
            )


#: URL slug → model, in the order the index page lists them.
KINDS = {
    model.kind: model
    for model in (
        PlanningRecord,
        InvestmentProject,
        BiddingNotice,
        ProcurementRecord,
        BudgetDisclosure,
    )
}


def kind_model(slug: str):
    return KINDS.get(slug)
