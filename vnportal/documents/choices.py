"""Choices of the documents registry: document types (with their Decree 30/2020 abbreviations),
fields (lĩnh vực) and publication states."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    LAW = "luat", _("Luật")
    ORDINANCE = "phap_lenh", _("Pháp lệnh")
    DECREE = "nghi_dinh", _("Nghị định")
    CIRCULAR = "thong_tu", _("Thông tư")
    JOINT_CIRCULAR = "thong_tu_lien_tich", _("Thông tư liên tịch")
    RESOLUTION = "nghi_quyet", _("Nghị quyết")
    DECISION = "quyet_dinh", _("Quyết định")
    DIRECTIVE = "chi_thi", _("Chỉ thị")
    RULES = "quy_che", _("Quy chế")
    REGULATION = "quy_dinh", _("Quy định")
    PRESS_RELEASE = "thong_cao", _("Thông cáo")
    NOTICE = "thong_bao", _("Thông báo")
    GUIDANCE = "huong_dan", _("Hướng dẫn")
    PROGRAMME = "chuong_trinh", _("Chương trình")
    PLAN = "ke_hoach", _("Kế hoạch")
    SCHEME = "phuong_an", _("Phương án")
    PROPOSAL = "de_an", _("Đề án")
    PROJECT = "du_an", _("Dự án")
    REPORT = "bao_cao", _("Báo cáo")
    MINUTES = "bien_ban", _("Biên bản")
    SUBMISSION = "to_trinh", _("Tờ trình")
    OFFICIAL_LETTER = "cong_van", _("Công văn")
    TELEGRAM = "cong_dien", _("Công điện")


#: Decree 30/2020 Appendix III abbreviations, and the Law on Promulgation of Legal Documents forms.
#: `None`: the symbol carries no type abbreviation (laws `148/2025/QH15`, official letters
#: `6821/UBND-BBT`).
ABBREVIATIONS: dict[str, str | None] = {
    DocumentType.LAW: None,
    DocumentType.ORDINANCE: None,
    DocumentType.DECREE: "NĐ",
    DocumentType.CIRCULAR: "TT",
    DocumentType.JOINT_CIRCULAR: "TTLT",
    DocumentType.RESOLUTION: "NQ",
    DocumentType.DECISION: "QĐ",
    DocumentType.DIRECTIVE: "CT",
    DocumentType.RULES: "QC",
    DocumentType.REGULATION: "QyĐ",
    DocumentType.PRESS_RELEASE: "TC",
    DocumentType.NOTICE: "TB",
    DocumentType.GUIDANCE: "HD",
    DocumentType.PROGRAMME: "CTr",
    DocumentType.PLAN: "KH",
    DocumentType.SCHEME: "PA",
    DocumentType.PROPOSAL: "ĐA",
    DocumentType.PROJECT: "DA",
    DocumentType.REPORT: "BC",
    DocumentType.MINUTES: "BB",
    DocumentType.SUBMISSION: "TTr",
    DocumentType.OFFICIAL_LETTER: None,
    DocumentType.TELEGRAM: "CĐ",
}

#: Every type abbreviation the number-symbol parser recognises (including ones of types the
#: registry does not publish, so that `5/GM-UBND` is read as an invitation, not a letter).
KNOWN_ABBREVIATIONS = {a for a in ABBREVIATIONS.values() if a} | {
    "HĐ",
    "BGN",
    "BTT",
    "GUQ",
    "GM",
    "GGT",
    "GNP",
    "PG",
    "PC",
    "PB",
    "BSY",
    "BTL",
    "BSL",
}

#: Types that are always legal normative documents (their symbol carries the year).
ALWAYS_NORMATIVE = {
    DocumentType.LAW,
    DocumentType.ORDINANCE,
    DocumentType.DECREE,
    DocumentType.CIRCULAR,
    DocumentType.JOINT_CIRCULAR,
}
#: Types that may be either (a provincial `01/2025/QĐ-UBND` is normative, `355/QĐ-UBND` is not).
MAY_BE_NORMATIVE = {DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.DIRECTIVE}


class DocumentField(models.TextChoices):
    ORGANISATION = "to_chuc_bo_may", _("Tổ chức bộ máy, nội vụ")
    ECONOMY = "kinh_te_ke_hoach", _("Kinh tế, kế hoạch và đầu tư")
    FINANCE = "tai_chinh_ngan_sach", _("Tài chính, ngân sách")
    LAND = "dat_dai", _("Đất đai")
    ENVIRONMENT = "tai_nguyen_moi_truong", _("Tài nguyên và môi trường")
    CONSTRUCTION = "xay_dung_quy_hoach", _("Xây dựng, quy hoạch")
    TRANSPORT = "giao_thong", _("Giao thông vận tải")
    AGRICULTURE = "nong_nghiep", _("Nông nghiệp, nông thôn")
    INDUSTRY = "cong_thuong", _("Công thương")
    EDUCATION = "giao_duc", _("Giáo dục và đào tạo")
    HEALTH = "y_te", _("Y tế")
    CULTURE = "van_hoa_the_thao", _("Văn hoá, thể thao và du lịch")
    LABOUR = "lao_dong_xa_hoi", _("Lao động, người có công và xã hội")
    JUSTICE = "tu_phap", _("Tư pháp, hộ tịch")
    DIGITAL = "chuyen_doi_so", _("Thông tin, truyền thông, chuyển đổi số")
    SCIENCE = "khoa_hoc_cong_nghe", _("Khoa học và công nghệ")
    SECURITY = "quoc_phong_an_ninh", _("Quốc phòng, an ninh, trật tự")
    ETHNIC = "dan_toc_ton_giao", _("Dân tộc, tôn giáo")
    EMULATION = "thi_dua_khen_thuong", _("Thi đua, khen thưởng")
    DISASTER = "phong_chong_thien_tai", _("Phòng, chống thiên tai")
    ADMIN_REFORM = "cai_cach_hanh_chinh", _("Cải cách hành chính")
    OTHER = "khac", _("Khác")


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", _("Chưa công khai")
    PUBLISHED = "published", _("Đã công khai")


class ValidityState(models.TextChoices):
    """Computed, never stored: depends on the day it is asked."""

    NOT_YET = "not_yet", _("Chưa có hiệu lực")
    IN_FORCE = "in_force", _("Còn hiệu lực")
    EXPIRED = "expired", _("Hết hiệu lực")
    REPLACED = "replaced", _("Bị thay thế")


class AttachmentKind(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX"


#: Public listing sort keys → ORDER BY. Whitelisted: a query string never reaches order_by().
SORTS = {
    "moi-nhat": ("-issue_date", "-number", "-pk"),
    "cu-nhat": ("issue_date", "number", "pk"),
    "so-tang": ("year", "number", "pk"),
    "so-giam": ("-year", "-number", "-pk"),
    "hieu-luc": ("-effective_date", "-pk"),
}
SORT_LABELS = {
    "moi-nhat": _("Ngày ban hành mới nhất"),
    "cu-nhat": _("Ngày ban hành cũ nhất"),
    "so-tang": _("Số văn bản tăng dần"),
    "so-giam": _("Số văn bản giảm dần"),
    "hieu-luc": _("Ngày hiệu lực mới nhất"),
}
DEFAULT_SORT = "moi-nhat"
