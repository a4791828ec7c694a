"""Choices of the security domain: where a finding came from and what became of it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FlagSource(models.TextChoices):
    """Which check raised a content flag; decides what the editor and the operator are told."""

    SAVE = "save", _("Khi lưu bản nháp")
    PUBLISH = "publish", _("Khi xuất bản")
    PUBLISHED = "published", _("Sau khi xuất bản (quy trình duyệt, hẹn giờ, hàng loạt)")
    SCHEDULED = "scheduled", _("Rà soát định kỳ nội dung")
    RENDERED = "rendered", _("Rà soát định kỳ trang hiển thị")


class FlagStatus(models.TextChoices):
    OPEN = "open", _("Chờ xử lý")
    OVERRIDDEN = "overridden", _("Cho phép xuất bản (đã xác minh)")
    RESOLVED = "resolved", _("Đã xử lý")


class AlertStatus(models.TextChoices):
    OPEN = "open", _("Chờ xử lý")
    RESOLVED = "resolved", _("Đã xử lý")


class IntegrityKind(models.TextChoices):
    CHANGED = "changed", _("Nội dung đang hiển thị khác bản đã duyệt")
    UNAPPROVED = "unapproved", _("Trang đang hiển thị không có bản đã duyệt")
