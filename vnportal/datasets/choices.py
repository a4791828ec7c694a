"""Choices of the data sets: one vocabulary per record type, in the words of the laws behind them
(Law on Access to Information art. 17 and 19, Decree 43/2011 art. 10(1)(h), Law on Bidding)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from vnportal.documents.choices import DocumentField as Sector  # one list of fields everywhere

__all__ = [
    "BiddingMethod",
    "BiddingStatus",
    "BudgetPeriod",
    "BudgetReportType",
    "ContractType",
    "FundingType",
    "NoticeType",
    "PlanStatus",
    "PlanType",
    "ProcurementMethod",
    "ProcurementStatus",
    "ProjectGroup",
    "ProjectStatus",
    "Sector",
]


class PlanType(models.TextChoices):
    LAND_USE = "su_dung_dat", _("Quy hoạch, kế hoạch sử dụng đất")
    CONSTRUCTION = "xay_dung", _("Quy hoạch xây dựng")
    URBAN = "do_thi", _("Quy hoạch đô thị")
    RURAL = "nong_thon", _("Quy hoạch xây dựng nông thôn mới")
    SECTOR = "nganh", _("Quy hoạch ngành, lĩnh vực")
    SOCIO_ECONOMIC = "kt_xh", _("Kế hoạch phát triển kinh tế - xã hội")


class PlanStatus(models.TextChoices):
    CONSULTATION = "lay_y_kien", _("Đang lấy ý kiến")
    APPROVED = "phe_duyet", _("Đã phê duyệt")
    ADJUSTED = "dieu_chinh", _("Đã điều chỉnh")
    EXPIRED = "het_ky", _("Hết kỳ quy hoạch")


class ProjectGroup(models.TextChoices):
    NATIONAL = "quan_trong_qg", _("Dự án quan trọng quốc gia")
    GROUP_A = "nhom_a", _("Nhóm A")
    GROUP_B = "nhom_b", _("Nhóm B")
    GROUP_C = "nhom_c", _("Nhóm C")


class FundingType(models.TextChoices):
    STATE_BUDGET = "ngan_sach", _("Ngân sách nhà nước")
    ODA = "oda", _("Vốn ODA, vốn vay ưu đãi nước ngoài")
    PPP = "ppp", _("Đối tác công tư (PPP)")
    PRIVATE = "tu_nhan", _("Vốn doanh nghiệp, tư nhân")
    COMMUNITY = "cong_dong", _("Vốn đóng góp của nhân dân")
    MIXED = "hon_hop", _("Vốn hỗn hợp")


class ProjectStatus(models.TextChoices):
    """Decree 43/2011 art. 10(1)(h): projects in preparation, being carried out, finished."""

    PREPARING = "chuan_bi", _("Chuẩn bị đầu tư")
    IN_PROGRESS = "dang_thuc_hien", _("Đang thực hiện")
    COMPLETED = "hoan_thanh", _("Đã hoàn thành")
    SUSPENDED = "tam_dung", _("Tạm dừng")


class NoticeType(models.TextChoices):
    PLAN = "ke_hoach", _("Kế hoạch lựa chọn nhà thầu")
    INVITATION = "moi_thau", _("Thông báo mời thầu")
    PREQUALIFICATION = "so_tuyen", _("Thông báo mời sơ tuyển")
    RESULT = "ket_qua", _("Kết quả lựa chọn nhà thầu")


class BiddingMethod(models.TextChoices):
    OPEN = "rong_rai", _("Đấu thầu rộng rãi")
    LIMITED = "han_che", _("Đấu thầu hạn chế")
    DIRECT = "chi_dinh", _("Chỉ định thầu")
    COMPETITIVE = "chao_hang", _("Chào hàng cạnh tranh")
    DIRECT_PURCHASE = "mua_truc_tiep", _("Mua sắm trực tiếp")
    COMMUNITY = "cong_dong", _("Tham gia thực hiện của cộng đồng")


class ContractType(models.TextChoices):
    LUMP_SUM = "tron_goi", _("Trọn gói")
    FIXED_UNIT = "don_gia_co_dinh", _("Theo đơn giá cố định")
    ADJUSTABLE_UNIT = "don_gia_dieu_chinh", _("Theo đơn giá điều chỉnh")
    TIME_BASED = "thoi_gian", _("Theo thời gian")


class BiddingStatus(models.TextChoices):
    OPEN = "dang_moi", _("Đang mời thầu")
    CLOSED = "dong_thau", _("Đã đóng thầu")
    AWARDED = "co_ket_qua", _("Đã có kết quả")
    CANCELLED = "huy", _("Huỷ thầu")


class ProcurementMethod(models.TextChoices):
    CENTRALISED = "tap_trung", _("Mua sắm tập trung")
    BIDDING = "dau_thau", _("Đấu thầu")
    COMPETITIVE = "chao_hang", _("Chào hàng cạnh tranh")
    DIRECT = "truc_tiep", _("Mua sắm trực tiếp")
    DESIGNATED = "chi_dinh", _("Chỉ định thầu")


class ProcurementStatus(models.TextChoices):
    PLANNED = "ke_hoach", _("Trong kế hoạch")
    DONE = "da_thuc_hien", _("Đã thực hiện")
    CANCELLED = "huy", _("Huỷ")


class BudgetReportType(models.TextChoices):
    ESTIMATE = "du_toan", _("Dự toán ngân sách")
    EXECUTION = "thuc_hien", _("Tình hình thực hiện ngân sách")
    SETTLEMENT = "quyet_toan", _("Quyết toán ngân sách")


class BudgetPeriod(models.TextChoices):
    Q1 = "q1", _("Quý I")
    Q2 = "q2", _("Quý II")
    Q3 = "q3", _("Quý III")
    Q4 = "q4", _("Quý IV")
    H1 = "6t", _("6 tháng")
    M9 = "9t", _("9 tháng")
    YEAR = "nam", _("Cả năm")
