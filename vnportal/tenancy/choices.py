"""Choices of the tenancy domain: unit types, portal kinds and statuses, board roles."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitType(models.TextChoices):
    PROVINCE = "province", _("Tỉnh, thành phố")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    MASS_ORGANISATION = "mass_org", _("Tổ chức chính trị - xã hội")
    OTHER_AGENCY = "agency", _("Cơ quan, đơn vị khác")
    DISTRICT = "district", _("Huyện, thị xã, thành phố thuộc tỉnh")
    COMMUNE = "commune", _("Xã")
    WARD = "ward", _("Phường")
    TOWNSHIP = "township", _("Thị trấn")
    SPECIAL_ZONE = "special_zone", _("Đặc khu")


#: Commune-level units (cấp xã): the ones the directives watch most closely.
COMMUNE_LEVEL = {UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP, UnitType.SPECIAL_ZONE}
AGENCY_TYPES = {UnitType.DEPARTMENT, UnitType.MASS_ORGANISATION, UnitType.OTHER_AGENCY}


class PortalStatus(models.TextChoices):
    TRIAL = "trial", _("Thử nghiệm")
    ACTIVE = "active", _("Đang hoạt động")
    SUSPENDED = "suspended", _("Tạm ngừng hoạt động")
    CLOSED = "closed", _("Đã đóng")


#: Allowed status transitions (domain.md section 2).
STATUS_TRANSITIONS = {
    PortalStatus.TRIAL: {PortalStatus.ACTIVE, PortalStatus.SUSPENDED, PortalStatus.CLOSED},
    PortalStatus.ACTIVE: {PortalStatus.SUSPENDED, PortalStatus.CLOSED},
    PortalStatus.SUSPENDED: {PortalStatus.ACTIVE, PortalStatus.CLOSED},
    PortalStatus.CLOSED: set(),
}


class BoardRole(models.TextChoices):
    BOARD_HEAD = "board_head", _("Trưởng ban biên tập")
    EDITOR = "editor", _("Biên tập viên")
    CONTRIBUTOR = "contributor", _("Cộng tác viên")
    PORTAL_ADMIN = "portal_admin", _("Quản trị cổng")
