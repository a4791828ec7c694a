"""Build the standard tree of a new portal: home, every mandatory section, English pages, workflow.

Sections that need the unit's own facts (introduction, organisation, leaders, contact, access to
information) start with placeholder text that carries the marker of
:data:`vnportal.content.mandatory.PLACEHOLDER_MARKERS`: the page says so publicly and monitoring
reports it until the board replaces it. Listing sections (news, documents, consultation...) start
with an honest description and an empty list, never with sample items.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page

from vnportal.tenancy.choices import BoardRole

from .bulk import add_published, publish_existing
from .mandatory import english_sections, placeholder_text, sections_for
from .models import (
    AccessToInformationPage,
    AnnouncementIndexPage,
    ConsultationIndexPage,
    ContactPage,
    DisclosurePage,
    HomePage,
    IntroductionPage,
    LeadersPage,
    NewsIndexPage,
    OrganisationPage,
    SectionLink,
    SitemapPage,
)
from .validators import validate_official_email, validate_phone
from .workflow import attach_workflow, build_portal_workflow

#: Honest descriptions of listing sections, shown above their (empty at first) lists.
SECTION_INTROS = {
    "news": "Tin tức về hoạt động chỉ đạo, điều hành và đời sống kinh tế - xã hội của địa phương.",
    "directive_documents": (
        "Văn bản chỉ đạo, điều hành và văn bản quy phạm pháp luật do cơ quan ban hành, "
        "kèm số, ký hiệu, ngày ban hành, trích yếu và toàn văn."
    ),
    "legal_dissemination": (
        "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách."
    ),
    "planning": "Chiến lược, quy hoạch, kế hoạch phát triển và kết quả thực hiện.",
    "investment_projects": (
        "Danh mục dự án đầu tư đang chuẩn bị, đang triển khai và đã hoàn thành: tên dự án, mục "
        "tiêu, lĩnh vực, quy mô, thời gian, kinh phí, nguồn vốn và tình trạng."
    ),
    "bidding": "Thông tin đấu thầu: kế hoạch lựa chọn nhà thầu, thông báo mời thầu, kết quả.",
    "public_procurement": "Thông tin mua sắm, quản lý và sử dụng tài sản công.",
    "budget": "Công khai dự toán, tình hình thực hiện và quyết toán ngân sách.",
    "procedures": (
        "Thủ tục hành chính thuộc thẩm quyền giải quyết của cơ quan, được đồng bộ từ Cơ sở dữ "
        "liệu quốc gia về thủ tục hành chính."
    ),
    "online_services": "Dịch vụ công trực tuyến toàn trình và một phần cung cấp cho người dân.",
    "consultation": (
        "Dự thảo văn bản lấy ý kiến nhân dân: toàn văn dự thảo, thời hạn góp ý và các ý kiến "
        "đã nhận."
    ),
    "qa": (
        "Người dân, doanh nghiệp gửi câu hỏi về lĩnh vực thuộc thẩm quyền của cơ quan và theo "
        "dõi tình trạng trả lời."
    ),
    "sitemap": "Toàn bộ chuyên mục của cổng.",
}
SECTION_INTROS_EN = {
    "procedures": (
        "Administrative procedures handled by this authority, synchronised from the National "
        "Database on Administrative Procedures."
    ),
    "sitemap": "All sections of this portal available in English.",
}
NATIONAL_SERVICE_PORTAL = ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/")


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def _valid(value: str, validator) -> str:
    """Copy a portal fact into a page only if it passes the page field's validator."""
    if not value:
        return ""
    try:
        validator(value)
    except ValidationError:
        return ""
    return value


def build_home(*, title: str, slug: str) -> HomePage:
    home = HomePage(
        title=title,
        slug=slug,
        locale=Locale.get_default(),
        intro=_p(placeholder_text("vi")),
    )
    return add_published(Page.get_first_root_node(), home)


def _section_page(section, portal):
    """An unsaved page of the right type for one mandatory section, with its starting content."""
    marker = placeholder_text("vi")
    phone = _valid(portal.phone, validate_phone)
    email = _valid(portal.email, validate_official_email)
    common = {"title": section.title_vi, "slug": section.slug, "section_key": section.key}
    if section.page_type == "content.IntroductionPage":
        return IntroductionPage(
            **common,
            functions=_p(marker),
            duties=_p(marker),
            history=_p(marker),
            geography=_p(marker),
            population=_p(marker),
        )
    if section.page_type == "content.OrganisationPage":
        return OrganisationPage(
            **common, intro=_p(marker), address=portal.address, phone=phone, email=email
        )
    if section.page_type == "content.LeadersPage":
        return LeadersPage(**common, intro=_p(marker))
    if section.page_type == "content.ContactPage":
        return ContactPage(
            **common,
            contact_name=marker,
            contact_position=marker,
            contact_unit=portal.unit.name,
            contact_phone=phone,
            contact_email=email,
            office_address=portal.address,
        )
    if section.page_type == "content.NewsIndexPage":
        return NewsIndexPage(**common, intro=_p(SECTION_INTROS["news"]))
    if section.page_type == "content.ConsultationIndexPage":
        return ConsultationIndexPage(**common, intro=_p(SECTION_INTROS["consultation"]))
    if section.page_type == "content.AccessToInformationPage":
        return AccessToInformationPage(
            **common,
            intro=_p(marker),
            contact_name=marker,
            contact_unit=portal.unit.name,
            contact_phone=phone,
            contact_email=email,
            request_address=portal.address,
            request_email=email,
        )
    if section.page_type == "content.SitemapPage":
        return SitemapPage(**common, intro=_p(SECTION_INTROS["sitemap"]))
    return DisclosurePage(**common, intro=_p(SECTION_INTROS.get(section.key, section.title_vi)))


def _publish(parent, page):
    return add_published(parent, page)


def build_sections(home: HomePage, portal) -> dict[str, Page]:
    """One page per mandatory section that applies to this kind of unit today."""
    pages = {}
    for section in sections_for(portal.unit.unit_type, timezone.localdate()):
        page = _section_page(section, portal)
        page.show_in_menus = section.in_menu
        page.locale = home.locale
        if section.key in ("procedures", "online_services"):
            title, url = NATIONAL_SERVICE_PORTAL
            page.links = [SectionLink(title=title, url=url)]
        pages[section.key] = _publish(home, page)
        if section.key == "news":
            _publish(
                page,
                AnnouncementIndexPage(
                    title="Thông báo",
                    slug="thong-bao",
                    intro=_p("Thông báo của cơ quan còn hiệu lực."),
                    locale=home.locale,
                ),
            )
    return pages


def _english_copy(page, title: str, fill: dict | None = None):
    """Translate one page into English with placeholder text where the unit's facts go."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    copy = page.copy_for_translation(english).specific
    copy.title = title
    marker = placeholder_text("en")
    for name in copy.placeholder_field_names():
        current = getattr(copy, name)
        setattr(copy, name, _p(marker) if str(current).lstrip().startswith("<") else marker)
    for name, value in (fill or {}).items():
        setattr(copy, name, value)
    return publish_existing(copy)


def build_english(portal, sections: dict[str, Page]) -> Page:
    """English home and the sections Decree 42/2022 art. 7(2) requires, as placeholders."""
    home = portal.root_page.specific
    english_home = _english_copy(home, portal.name_en or portal.name_vi)
    for section in english_sections(portal.unit.unit_type, timezone.localdate()):
        page = sections.get(section.key)
        if page is not None:
            fill = {}
            if section.key in SECTION_INTROS_EN:
                fill["intro"] = _p(SECTION_INTROS_EN[section.key])
            _english_copy(page, section.title_en, fill)
    if "sitemap" in sections:
        _english_copy(sections["sitemap"], "Sitemap", {"intro": _p(SECTION_INTROS_EN["sitemap"])})
    return english_home


def share_with_translations(portal, english_home: Page) -> None:
    """Board groups get the same page permissions and workflow on the English tree."""
    for perm in GroupPagePermission.objects.filter(page=portal.root_page):
        GroupPagePermission.objects.get_or_create(
            group_id=perm.group_id, page=english_home, permission_id=perm.permission_id
        )
    from .workflow import portal_workflow

    workflow = portal_workflow(portal)
    if workflow is not None:
        attach_workflow(workflow, english_home)


def grant_translation_permission(portal) -> None:
    """Editors, board heads and portal admins may start translations (simple_translation)."""
    perm = Permission.objects.filter(
        content_type__app_label="simple_translation", codename="submit_translation"
    ).first()
    if perm is None:
        return
    roles = {BoardRole.EDITOR, BoardRole.BOARD_HEAD, BoardRole.PORTAL_ADMIN}
    for portal_group in portal.groups.filter(role__in=roles).select_related("group"):
        portal_group.group.permissions.add(perm)


def build_portal_content(portal) -> None:
    """Everything the content domain sets up for a new portal (called by tenancy.create_portal)."""
    home = portal.root_page.specific
    sections = build_sections(home, portal)
    build_portal_workflow(portal)
    english_home = build_english(portal, sections)
    share_with_translations(portal, english_home)
    grant_translation_permission(portal)
