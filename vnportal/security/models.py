"""The audit log (every staff action, tamper-evident through a hash chain), malicious-content
flags, integrity fingerprints and alerts, per-portal admin networks."""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import AlertStatus, FlagSource, FlagStatus, IntegrityKind


class AuditEntryQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)


class AuditEntry(models.Model):
    """One staff action. `entry_hash` chains to the previous entry, so an edited or deleted row
    breaks every hash after it and :func:`vnportal.security.audit.verify_chain` finds where."""

    at = models.DateTimeField(_("thời điểm"), db_index=True)
    action = models.CharField(_("hành động"), max_length=64, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(_("người thực hiện"), max_length=255, blank=True)
    ip = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    portal = models.ForeignKey(
        "tenancy.Portal", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_type = models.CharField(max_length=100, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(max_length=255, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("nhật ký thao tác")
        verbose_name_plural = _("nhật ký thao tác")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.action} {self.actor_label}"

    def canonical(self) -> str:
        return json.dumps(
            {
                "at": self.at.isoformat(),
                "action": self.action,
                "actor": self.actor_id,
                "actor_label": self.actor_label,
                "ip": self.ip,
                "portal": self.portal_id,
                "target": [self.target_type, self.target_id, self.target_label],
                "data": self.data,
            },
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )

    def compute_hash(self) -> str:
        return hashlib.sha256((self.prev_hash + self.canonical()).encode()).hexdigest()


class AuditChainHead(models.Model):
    """A single row locked while appending, so concurrent writers cannot fork the chain."""

    last_hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self):
        return self.last_hash


# --- Malicious-content findings --------------------------------------------------------------


class ContentFlagQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def open(self):
        return self.filter(status=FlagStatus.OPEN)

    def visible_to(self, user):
        """Operators see every portal's flags; a portal's board sees its own portal's."""
        from vnportal.tenancy.access import is_operator, portal_ids_visible_to

        if is_operator(user):
            return self
        return self.filter(portal_id__in=portal_ids_visible_to(user))


class ContentFlag(models.Model):
    """A page whose content the scanner judged malicious (gambling, sex, scams, injected markup).

    Keyed by the page and a hash of the scanned text, not by revision: each press of "Publish"
    makes a new revision, and an operator's override must carry over to an identical resubmission
    but never to changed text.
    """

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="content_flags"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang"),
        on_delete=models.CASCADE,
        related_name="security_flags",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(_("phát hiện khi"), max_length=16, choices=FlagSource.choices)
    content_hash = models.CharField(max_length=64, db_index=True)
    url = models.CharField(_("địa chỉ trang"), max_length=500, blank=True)
    score = models.FloatField(_("điểm"))
    reasons = models.JSONField(_("lý do"), default=list, blank=True)
    categories = models.JSONField(default=list, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=FlagStatus.choices, default=FlagStatus.OPEN
    )
    created_at = models.DateTimeField(_("phát hiện lúc"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(_("lý do quyết định"), blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    objects = ContentFlagQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("cảnh báo nội dung độc hại")
        verbose_name_plural = _("cảnh báo nội dung độc hại")
        indexes = [models.Index(fields=["page", "status"], name="security_flag_page_status")]

    def __str__(self):
        return f"{self.page_id} {self.get_status_display()} {self.score:.2f}"


class PublishedFingerprint(models.Model):
    """The hash of a live page's content as it stood right after its approved publication.

    Compared on a schedule with the live row: a difference means the row was written without
    going through publishing (an intruder's SQL, a restored dump), see
    :func:`vnportal.security.integrity.check_page`.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="security_fingerprint"
    )
    portal = models.ForeignKey(
        "tenancy.Portal", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sha256 = models.CharField(max_length=64)
    text_sha256 = models.CharField(max_length=64)
    baseline = models.BooleanField(
        default=False,
        help_text=_("Lấy từ nội dung đang hiển thị lần kiểm tra đầu (trang xuất bản trước đó)."),
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("dấu vân tay nội dung đã duyệt")

    def __str__(self):
        return f"{self.page_id}@{self.revision_id}: {self.sha256[:12]}"


class IntegrityAlertQuerySet(ContentFlagQuerySet):
    def open(self):
        return self.filter(status=AlertStatus.OPEN)


class IntegrityAlert(models.Model):
    """Live content that differs from what was approved."""

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="integrity_alerts"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("loại"), max_length=16, choices=IntegrityKind.choices)
    expected_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    expected_sha256 = models.CharField(max_length=64, blank=True)
    actual_sha256 = models.CharField(max_length=64)
    changed_fields = models.JSONField(_("trường bị thay đổi"), default=list, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=AlertStatus.choices, default=AlertStatus.OPEN
    )
    detected_at = models.DateTimeField(_("phát hiện lúc"), default=timezone.now, db_index=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(_("ghi chú xử lý"), blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    objects = IntegrityAlertQuerySet.as_manager()

    class Meta:
        ordering = ["-detected_at", "-pk"]
        verbose_name = _("cảnh báo toàn vẹn nội dung")
        verbose_name_plural = _("cảnh báo toàn vẹn nội dung")

    def __str__(self):
        return f"{self.page_id} {self.get_kind_display()}"


# --- Admin access and scheduled work ---------------------------------------------------------


class PortalAdminAccess(models.Model):
    """Networks from which the staff of one portal may use the admin (optional, per portal)."""

    portal = models.OneToOneField(
        "tenancy.Portal", on_delete=models.CASCADE, related_name="admin_access"
    )
    networks = models.TextField(
        _("mạng được phép"),
        blank=True,
        help_text=_(
            "Mỗi dòng một địa chỉ hoặc dải địa chỉ (CIDR), ví dụ 203.113.0.0/24. Để trống để "
            "không giới hạn. Cán bộ điều hành cấp tỉnh không bị giới hạn."
        ),
    )
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("giới hạn mạng quản trị")

    def __str__(self):
        return f"{self.portal_id}: {self.networks!r}"

    def network_list(self) -> list[str]:
        return [line.strip() for line in self.networks.splitlines() if line.strip()]


class ScanCursor(models.Model):
    """Where a bounded scheduled job stopped, so the next run carries on from there."""

    key = models.CharField(max_length=64, unique=True)
    value = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.key}: {self.value}"
