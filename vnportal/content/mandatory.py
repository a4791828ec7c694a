"""The mandatory information of a portal, as data with its legal basis and validity dates.

One list serves the portal skeleton (every new portal gets each section with a placeholder) and
monitoring (which checks each section has real content). See ../shared/spec/domain.md section 3.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from vnportal.tenancy.choices import COMMUNE_LEVEL, UnitType


@dataclass(frozen=True)
class MandatorySection:
    key: str
    slug: str
    title_vi: str
    title_en: str
    legal_basis: str
    english_required: bool = False
    in_menu: bool = True
    applies_to: frozenset = field(default_factory=frozenset)  # empty: every unit type
    valid_from: datetime.date = datetime.date(2011, 10, 1)
    valid_to: datetime.date | None = None

    def applies(self, unit_type: str, on: datetime.date) -> bool:
        if self.applies_to and unit_type not in self.applies_to:
            return False
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


_LOCAL = frozenset({UnitType.PROVINCE, UnitType.DISTRICT, *COMMUNE_LEVEL})

SECTIONS: tuple[MandatorySection, ...] = (
    MandatorySection(
        "introduction",
        "gioi-thieu",
        "Giới thiệu",
        "Introduction",
        "NĐ 42/2022 Đ4(1)(e); NĐ 224/2026 Đ9(1)(c)",
        english_required=True,
    ),
    MandatorySection(
        "organisation",
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        "Organisation",
        "NĐ 42/2022 Đ4(1)(e)",
        english_required=True,
    ),
    MandatorySection(
        "leaders",
        "lanh-dao",
        "Lãnh đạo",
        "Leadership",
        "NĐ 42/2022 Đ4(1)(e); NĐ 43/2011 Đ10",
        english_required=True,
    ),
    MandatorySection(
        "contact",
        "lien-he",
        "Đầu mối liên hệ",
        "Contact",
        "NĐ 42/2022 Đ4(1)(e)",
        english_required=True,
    ),
    MandatorySection("news", "tin-tuc", "Tin tức - Sự kiện", "News and events", "NĐ 42/2022 Đ4"),
    MandatorySection(
        "directive_documents",
        "van-ban",
        "Văn bản chỉ đạo điều hành",
        "Directive documents",
        "NĐ 42/2022 Đ4",
    ),
    MandatorySection(
        "legal_dissemination",
        "pho-bien-phap-luat",
        "Phổ biến, hướng dẫn pháp luật",
        "Legal dissemination",
        "NĐ 43/2011 Đ10",
    ),
    MandatorySection(
        "planning",
        "quy-hoach-ke-hoach",
        "Chiến lược, quy hoạch, kế hoạch",
        "Strategies, planning and plans",
        "NĐ 42/2022 Đ4",
    ),
    MandatorySection(
        "investment_projects",
        "du-an-dau-tu",
        "Dự án đầu tư",
        "Investment projects",
        "NĐ 42/2022 Đ4; Luật TCTT Đ17",
    ),
    MandatorySection(
        "bidding",
        "dau-thau",
        "Đấu thầu, mua sắm công",
        "Bidding and public procurement",
        "Luật TCTT Đ17, Đ19",
    ),
    MandatorySection(
        "budget", "cong-khai-ngan-sach", "Công khai ngân sách", "Budget disclosure", "Luật TCTT Đ17"
    ),
    MandatorySection(
        "procedures",
        "thu-tuc-hanh-chinh",
        "Thủ tục hành chính",
        "Administrative procedures",
        "NĐ 42/2022 Đ4",
        english_required=True,
    ),
    MandatorySection(
        "online_services",
        "dich-vu-cong",
        "Dịch vụ công trực tuyến",
        "Online public services",
        "NĐ 42/2022 Chương III",
    ),
    MandatorySection(
        "consultation",
        "lay-y-kien-du-thao",
        "Lấy ý kiến dự thảo văn bản",
        "Public consultation",
        "NĐ 43/2011 Đ10",
    ),
    MandatorySection(
        "access_to_information",
        "tiep-can-thong-tin",
        "Tiếp cận thông tin",
        "Access to information",
        "Luật TCTT 2016; NĐ 13/2018 Đ6, Đ11",
    ),
    MandatorySection(
        "qa", "hoi-dap-truc-tuyen", "Hỏi - Đáp", "Questions and answers", "CV 6821/UBND-BBT §1.2"
    ),
    MandatorySection(
        "sitemap", "so-do-cong", "Sơ đồ cổng", "Sitemap", "TT 32/2017 Đ16", in_menu=False
    ),
)

SECTIONS_BY_KEY = {s.key: s for s in SECTIONS}
LOCAL_UNIT_TYPES = _LOCAL
PLACEHOLDER_TEXT = _(
    "[NỘI DUNG MẪU] Mục này chưa được Ban biên tập cập nhật. Thông tin chính thức sẽ được đăng tải tại đây."
)


def sections_for(unit_type: str, on: datetime.date | None = None) -> list[MandatorySection]:
    on = on or datetime.date.today()
    return [s for s in SECTIONS if s.applies(unit_type, on)]
