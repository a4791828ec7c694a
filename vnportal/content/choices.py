"""Choices of the content domain."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DisclosureForm(models.TextChoices):
    """How an item of the access-to-information list is made public (Law 104/2016 art. 18)."""

    PORTAL = "portal", _("Đăng tải trên cổng thông tin điện tử")
    NOTICE_BOARD = "notice_board", _("Niêm yết tại trụ sở")
    GAZETTE = "gazette", _("Đăng công báo")
    MEDIA = "media", _("Phương tiện thông tin đại chúng")
    PRESS_CONFERENCE = "press", _("Họp báo, thông cáo báo chí")
    PUBLICATION = "publication", _("Phát hành ấn phẩm")
    LOUDSPEAKER = "loudspeaker", _("Hệ thống truyền thanh cơ sở")


class RatingScore(models.IntegerChoices):
    """The satisfaction scale shown under every page (Decree 224/2026 art. 10(3)(b))."""

    VERY_SATISFIED = 5, _("Rất hài lòng")
    SATISFIED = 4, _("Hài lòng")
    NEUTRAL = 3, _("Bình thường")
    DISSATISFIED = 2, _("Chưa hài lòng")
    VERY_DISSATISFIED = 1, _("Không hài lòng")


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Chờ duyệt")
    PUBLISHED = "published", _("Đã đăng")
    REJECTED = "rejected", _("Không đăng")
