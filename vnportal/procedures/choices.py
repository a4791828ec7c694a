"""Choices of the procedures registry: level, online-service level, status, public sort keys."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProcedureLevel(models.TextChoices):
    CENTRAL = "trung_uong", _("Cấp Trung ương")
    PROVINCE = "tinh", _("Cấp Tỉnh")
    DISTRICT = "huyen", _("Cấp Huyện")
    COMMUNE = "xa", _("Cấp Xã")


class OnlineLevel(models.TextChoices):
    """Decree 42/2022 ch. III: full online (toàn trình) or partial (một phần)."""

    NONE = "khong", _("Chưa có dịch vụ công trực tuyến")
    PARTIAL = "mot_phan", _("Dịch vụ công trực tuyến một phần")
    FULL = "toan_trinh", _("Dịch vụ công trực tuyến toàn trình")


class ProcedureStatus(models.TextChoices):
    ACTIVE = "hieu_luc", _("Đang áp dụng")
    ABOLISHED = "bai_bo", _("Đã bãi bỏ")


#: Where the national public-service portal shows a procedure (the code is the key there too).
NATIONAL_PROCEDURE_URL = (
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
)

SORTS = {
    "ten": ("name", "code"),
    "ma": ("code",),
    "moi-cap-nhat": ("-updated_at", "code"),
}
SORT_LABELS = {
    "ten": _("Tên thủ tục (A–Z)"),
    "ma": _("Mã thủ tục"),
    "moi-cap-nhat": _("Mới cập nhật"),
}
DEFAULT_SORT = "ten"
