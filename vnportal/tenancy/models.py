"""Administrative units (a dated tree) and the portals they own.

A unit's name and parent change over time (renames, moves, the 2025 abolition of districts, mergers),
so they live in dated :class:`UnitVersion` rows; the unit row itself is the stable identity that
portals, content and reports hang on. The current name and parent are copied onto the unit for cheap
reads and are only ever written by the services in :mod:`vnportal.tenancy.units`.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import BoardRole, PortalStatus, UnitType


class UnitVersionQuerySet(models.QuerySet):
    def at(self, day: datetime.date):
        """The versions in force on `day`: the tree as it stood then."""
        return self.filter(valid_from__lte=day).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )


class AdministrativeUnit(models.Model):
    code = models.CharField(
        _("mã đơn vị"),
        max_length=32,
        unique=True,
        help_text=_("Mã đơn vị hành chính hoặc mã định danh cơ quan; không đổi khi đổi tên."),
    )
    unit_type = models.CharField(_("loại đơn vị"), max_length=20, choices=UnitType.choices)
    name = models.CharField(_("tên hiện tại"), max_length=255)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=255, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên hiện tại"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="current_children",
    )
    established_on = models.DateField(_("ngày thành lập"), default=datetime.date(2000, 1, 1))
    dissolved_on = models.DateField(_("ngày giải thể / sáp nhập"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("sáp nhập vào"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_units",
    )

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def is_current(self) -> bool:
        return self.dissolved_on is None or self.dissolved_on > timezone.localdate()


class UnitVersion(models.Model):
    """The name and parent of a unit over one period [valid_from, valid_to]."""

    unit = models.ForeignKey(AdministrativeUnit, on_delete=models.CASCADE, related_name="versions")
    name = models.CharField(_("tên"), max_length=255)
    parent = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="child_versions",
    )
    valid_from = models.DateField(_("hiệu lực từ"))
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    objects = UnitVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("phiên bản đơn vị")
        ordering = ["unit_id", "valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "valid_from"], name="unitversion_unique_start"),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="unitversion_valid_range",
            ),
        ]

    def __str__(self):
        return f"{self.name} [{self.valid_from} → {self.valid_to or '…'}]"


class PortalQuerySet(models.QuerySet):
    def public(self):
        """Portals whose content may be shown to citizens (search, listings, the directory)."""
        return self.filter(status__in=[PortalStatus.ACTIVE, PortalStatus.TRIAL])

    def visible_to(self, user):
        from .access import portal_ids_visible_to

        return self.filter(pk__in=portal_ids_visible_to(user))


class Portal(models.Model):
    """One e-portal: the provincial portal or a component portal (Cổng TTĐT thành phần)."""

    slug = models.SlugField(_("mã cổng"), max_length=63, unique=True)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("cơ quan chủ quản"),
        on_delete=models.PROTECT,
        related_name="portals",
    )
    is_provincial = models.BooleanField(_("cổng tỉnh"), default=False)
    name_vi = models.CharField(_("tên cổng (tiếng Việt)"), max_length=255)
    name_en = models.CharField(_("tên cổng (tiếng Anh)"), max_length=255)
    hostname = models.CharField(
        _("tên miền"),
        max_length=253,
        null=True,
        blank=True,
        unique=True,
        help_text=_("Dạng tenphuongxa.tentinhthanh.gov.vn (Nghị định 224/2026, Điều 11 khoản 4)."),
    )
    path = models.SlugField(
        _("đường dẫn dưới cổng tỉnh"),
        max_length=63,
        null=True,
        blank=True,
        unique=True,
        help_text=_("Ví dụ: xa-ba-to để truy cập tại /xa-ba-to/ trên cổng tỉnh."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=PortalStatus.choices, default=PortalStatus.TRIAL
    )
    status_reason = models.TextField(_("lý do trạng thái"), blank=True)
    status_changed_at = models.DateTimeField(_("thời điểm đổi trạng thái"), default=timezone.now)
    site = models.OneToOneField(
        "wagtailcore.Site", on_delete=models.PROTECT, related_name="portal", editable=False
    )
    root_page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.PROTECT, related_name="owning_portal", editable=False
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.PROTECT, related_name="portal", editable=False
    )
    # Footer information required by Circular 32/2017 art. 16.
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=64, blank=True)
    fax = models.CharField(_("fax"), max_length=64, blank=True)
    email = models.EmailField(_("thư điện tử công vụ"), blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm"),
        max_length=255,
        blank=True,
        help_text=_("Họ tên, chức vụ của người chịu trách nhiệm quản lý nội dung."),
    )
    board_decision = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("quyết định thành lập Ban biên tập"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    board_regulation = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("quy chế hoạt động của Ban biên tập"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PortalQuerySet.as_manager()

    class Meta:
        verbose_name = _("cổng thông tin")
        verbose_name_plural = _("cổng thông tin")
        ordering = ["-is_provincial", "slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_provincial"],
                condition=Q(is_provincial=True),
                name="portal_single_provincial",
            ),
            models.CheckConstraint(
                condition=Q(is_provincial=True) | Q(hostname__isnull=False) | Q(path__isnull=False),
                name="portal_reachable",
            ),
        ]

    def __str__(self):
        return self.name_vi

    def get_public_url(self) -> str:
        """Where citizens reach the portal: its own host, else its path under the provincial host."""
        from .urls_helpers import portal_base_url

        return portal_base_url(self)

    def display_name(self, language: str = "vi") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_vi

    @property
    def is_public(self) -> bool:
        return self.status in (PortalStatus.ACTIVE, PortalStatus.TRIAL)


class PortalStatusChange(models.Model):
    """Every status change, with who, when and why (also written to the audit log)."""

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=16, choices=PortalStatus.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=PortalStatus.choices)
    reason = models.TextField(blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("thay đổi trạng thái cổng")

    def __str__(self):
        return f"{self.portal}: {self.from_status or '∅'} → {self.to_status}"


class MaintenanceWindowQuerySet(models.QuerySet):
    def in_effect(self, when=None):
        when = when or timezone.now()
        return self.filter(starts_at__lte=when, ends_at__gt=when, cancelled=False)

    def upcoming(self, when=None):
        when = when or timezone.now()
        return self.filter(starts_at__gt=when, cancelled=False)


class MaintenanceWindow(models.Model):
    """A planned maintenance stop announced on the portal (Decree 224/2026 art. 13)."""

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="maintenance_windows")
    starts_at = models.DateTimeField(_("bắt đầu"))
    ends_at = models.DateTimeField(_("dự kiến khôi phục"))
    reason = models.CharField(_("lý do"), max_length=255)
    announced_at = models.DateTimeField(_("thời điểm thông báo"), default=timezone.now)
    notice_working_days = models.PositiveSmallIntegerField(_("số ngày làm việc báo trước"))
    short_notice = models.BooleanField(_("báo trước chưa đủ"), default=False)
    cancelled = models.BooleanField(_("đã huỷ"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = MaintenanceWindowQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("lịch bảo trì")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="maintenance_positive_length"
            )
        ]

    def __str__(self):
        return f"{self.portal}: {self.starts_at:%d/%m/%Y %H:%M} → {self.ends_at:%d/%m/%Y %H:%M}"


class PortalGroup(models.Model):
    """The Django group that carries one board role inside one portal."""

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="groups")
    role = models.CharField(max_length=20, choices=BoardRole.choices)
    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="portal_role")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["portal", "role"], name="portalgroup_one_per_role")
        ]

    def __str__(self):
        return f"{self.portal.slug}: {self.get_role_display()}"
