"""The mandatory information of a portal, as data with its legal basis and validity dates.

One list serves the portal skeleton (every new portal gets each section, with a placeholder where the
section needs the unit's own facts) and monitoring (which checks each section has real content, see
:mod:`vnportal.content.monitoring`). See ../shared/spec/domain.md section 3.

Placeholder texts are *data*, not interface strings: they are stored in pages and recognised by
their marker, so they are plain constants per language and never passed through gettext.
"""

import datetime
from dataclasses import dataclass, field

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
    #: The page type that carries the section ("app_label.ModelName").
    page_type: str = "content.DisclosurePage"
    #: A listing section (news, documents, consultation...) is "empty" until it lists an item.
    listing: bool = False

    def applies(self, unit_type: str, on: datetime.date) -> bool:
        if self.applies_to and unit_type not in self.applies_to:
            return False
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def title(self, language: str = "vi") -> str:
        return self.title_en if language == "en" else self.title_vi


_LOCAL = frozenset({UnitType.PROVINCE, UnitType.DISTRICT, *COMMUNE_LEVEL})

SECTIONS: tuple[MandatorySection, ...] = (
    MandatorySection(
        "introduction",
        "gioi-thieu",
        "Giới thiệu",
        "Introduction",
        "NĐ 42/2022 Đ4(1)(e); NĐ 224/2026 Đ9(1)(b)-(c)",
        english_required=True,
        page_type="content.IntroductionPage",
    ),
    MandatorySection(
        "organisation",
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        "Organisation",
        "NĐ 42/2022 Đ4(1)(e); Luật TCTT Đ19(1)(đ)",
        english_required=True,
        page_type="content.OrganisationPage",
    ),
    MandatorySection(
        "leaders",
        "lanh-dao",
        "Lãnh đạo",
        "Leadership",
        "NĐ 42/2022 Đ4(1)(e); NĐ 224/2026 Đ9(1)(b)-(c); NĐ 43/2011 Đ10(1)(c)",
        english_required=True,
        page_type="content.LeadersPage",
    ),
    MandatorySection(
        "contact",
        "lien-he",
        "Đầu mối liên hệ",
        "Contact",
        "NĐ 42/2022 Đ4(1)(e), Đ7(2)(b)",
        english_required=True,
        page_type="content.ContactPage",
    ),
    MandatorySection(
        "news",
        "tin-tuc",
        "Tin tức - Sự kiện",
        "News and events",
        "NĐ 42/2022 Đ4; NĐ 43/2011 Đ10(1)(b)",
        page_type="content.NewsIndexPage",
        listing=True,
    ),
    MandatorySection(
        "directive_documents",
        "van-ban",
        "Văn bản chỉ đạo điều hành",
        "Directive documents",
        "NĐ 42/2022 Đ4; NĐ 43/2011 Đ10(1)(c), (e)",
        listing=True,
    ),
    MandatorySection(
        "legal_dissemination",
        "pho-bien-phap-luat",
        "Phổ biến, hướng dẫn pháp luật",
        "Legal dissemination",
        "NĐ 43/2011 Đ10(1)(d); Luật TCTT Đ17(1)(b)",
        listing=True,
    ),
    MandatorySection(
        "planning",
        "quy-hoach-ke-hoach",
        "Chiến lược, quy hoạch, kế hoạch",
        "Strategies, planning and plans",
        "NĐ 42/2022 Đ4; Luật TCTT Đ17(1)(d), Đ19(1)(c)",
        listing=True,
    ),
    MandatorySection(
        "investment_projects",
        "du-an-dau-tu",
        "Dự án đầu tư",
        "Investment projects",
        "NĐ 43/2011 Đ10(1)(h); Luật TCTT Đ17(1)(e), Đ19(1)(d)",
        listing=True,
    ),
    MandatorySection(
        "bidding",
        "dau-thau",
        "Đấu thầu",
        "Bidding",
        "NĐ 43/2011 Đ10(1)(h); Luật TCTT Đ17(1)(e)",
        listing=True,
    ),
    MandatorySection(
        "public_procurement",
        "mua-sam-cong",
        "Mua sắm công",
        "Public procurement",
        "NĐ 43/2011 Đ10(1)(h); Luật TCTT Đ17(1)(e), Đ19(1)(d)",
        listing=True,
    ),
    MandatorySection(
        "budget",
        "cong-khai-ngan-sach",
        "Công khai ngân sách",
        "Budget disclosure",
        "Luật TCTT Đ17(1)(đ)",
        listing=True,
    ),
    MandatorySection(
        "procedures",
        "thu-tuc-hanh-chinh",
        "Thủ tục hành chính",
        "Administrative procedures",
        "NĐ 42/2022 Đ4; NĐ 224/2026 Đ9(1)(a); NĐ 63/2010 Đ8",
        english_required=True,
        listing=True,
    ),
    MandatorySection(
        "online_services",
        "dich-vu-cong",
        "Dịch vụ công trực tuyến",
        "Online public services",
        "NĐ 42/2022 Chương III; NĐ 224/2026 Đ9(1)(a), Đ15",
        listing=True,
    ),
    MandatorySection(
        "consultation",
        "lay-y-kien-du-thao",
        "Lấy ý kiến dự thảo văn bản",
        "Public consultation",
        "NĐ 43/2011 Đ10(1)(i); Luật TCTT Đ17(1)(b)",
        page_type="content.ConsultationIndexPage",
        listing=True,
    ),
    MandatorySection(
        "access_to_information",
        "tiep-can-thong-tin",
        "Tiếp cận thông tin",
        "Access to information",
        "Luật TCTT 2016 Đ17, Đ19(1)(g), Đ34; NĐ 13/2018 Đ6(3), Đ11",
        page_type="content.AccessToInformationPage",
    ),
    MandatorySection(
        "qa",
        "hoi-dap-truc-tuyen",
        "Hỏi - Đáp",
        "Questions and answers",
        "NĐ 43/2011 Đ15; CV 6821/UBND-BBT §1.2",
    ),
    MandatorySection(
        "sitemap",
        "so-do-cong",
        "Sơ đồ cổng",
        "Sitemap",
        "TT 32/2017 Đ16",
        in_menu=False,
        page_type="content.SitemapPage",
    ),
)

SECTIONS_BY_KEY = {s.key: s for s in SECTIONS}
LOCAL_UNIT_TYPES = _LOCAL

#: What marks placeholder text in stored content, in each content language.
PLACEHOLDER_MARKERS = ("[NỘI DUNG MẪU]", "[PLACEHOLDER]")
PLACEHOLDER_TEXT = (
    "[NỘI DUNG MẪU] Mục này chưa được Ban biên tập cập nhật. "
    "Thông tin chính thức sẽ được đăng tải tại đây."
)
PLACEHOLDER_TEXT_EN = (
    "[PLACEHOLDER] The editorial board has not yet published this information in English. "
    "The official text will appear here."
)


def placeholder_text(language: str = "vi") -> str:
    return PLACEHOLDER_TEXT_EN if language == "en" else PLACEHOLDER_TEXT


def has_placeholder_marker(value) -> bool:
    text = str(value or "")
    return any(marker in text for marker in PLACEHOLDER_MARKERS)


def sections_for(unit_type: str, on: datetime.date | None = None) -> list[MandatorySection]:
    on = on or datetime.date.today()
    return [s for s in SECTIONS if s.applies(unit_type, on)]


def english_sections(unit_type: str, on: datetime.date | None = None) -> list[MandatorySection]:
    """The sections that must also exist in English (NĐ 42/2022 Đ7(2)); the home page always does."""
    return [s for s in sections_for(unit_type, on) if s.english_required]
