"""Demo content for the active demo portals: every mandatory section filled, news, English pages.

`load_demo_content()` is idempotent (a section is filled only while it still holds placeholder text,
a listing only while it is empty) and fast (a few seconds: images are small generated JPEGs).
The text is realistic but fictional; names, numbers and phone lines are invented.
"""

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from vnportal.content.bulk import add_published, publish_existing
from vnportal.content.models import (
    AccessToInformationPage,
    AnnouncementIndexPage,
    AnnouncementPage,
    ArticlePage,
    ConsultationComment,
    ConsultationIndexPage,
    ConsultationPage,
    ContactPage,
    DisclosureListItem,
    DisclosurePage,
    HomePage,
    IntroductionPage,
    Leader,
    LeadersPage,
    NewsChannelPage,
    NewsIndexPage,
    OrganisationPage,
    OrganisationUnit,
    ScheduleEntry,
    WorkSchedulePage,
)
from vnportal.tenancy.models import Portal

DEMO_PORTALS = ("quangngai", "sotuphap", "snnmt", "xabato", "camthanh")
COLOURS = [
    (165, 14, 36),
    (11, 78, 162),
    (33, 115, 70),
    (180, 110, 20),
    (90, 60, 140),
    (20, 120, 130),
]


def _p(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _kind(portal) -> str:
    unit_type = portal.unit.unit_type
    if portal.is_provincial:
        return "province"
    if unit_type in ("commune", "township", "special_zone"):
        return "commune"
    if unit_type == "ward":
        return "ward"
    return "department"


def _fmt(text: str, portal) -> str:
    unit = portal.unit.name
    short = unit.split(" ", 1)[1] if " " in unit else unit
    return text.format(unit=unit, short=short, unit_lower=unit[0].lower() + unit[1:])


def _publish(page, *, when=None):
    """Publish changes to an existing page (a filled placeholder) as one new revision."""
    publish_existing(page, when=when)


def _add(parent, page, *, when=None):
    add_published(parent, page, when=when)


def _image(portal, index: int, title: str, description: str):
    """A small generated JPEG (a coloured band with a sun or hills), in the portal's collection."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    Image = get_image_model()
    existing = Image.objects.filter(collection=portal.collection, title=title).first()
    if existing:
        return existing
    colour = COLOURS[index % len(COLOURS)]
    picture = PILImage.new("RGB", (960, 540), colour)
    draw = ImageDraw.Draw(picture)
    for band in range(6):
        shade = tuple(min(255, c + 20 * band) for c in colour)
        draw.rectangle([0, 300 + band * 40, 960, 540], fill=shade)
    draw.ellipse([700 - index * 40, 60, 820 - index * 40, 180], fill=(242, 201, 76))
    draw.polygon(
        [(0, 420), (260, 250), (520, 430), (760, 280), (960, 420), (960, 540), (0, 540)],
        fill=(40, 90, 50),
    )
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=70)
    return Image.objects.create(
        title=title,
        description=description,
        file=ContentFile(buffer.getvalue(), name=f"demo-{portal.slug}-{index}.jpg"),
        collection=portal.collection,
    )


def _document(portal, title: str, lines: list[str], name: str):
    from docx import Document as Docx

    Document = get_document_model()
    existing = Document.objects.filter(collection=portal.collection, title=title).first()
    if existing:
        return existing
    doc = Docx()
    doc.add_heading(title, level=1)
    for line in lines:
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return Document.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name=name), collection=portal.collection
    )


def _child(home, model, slug):
    return model.objects.child_of(home).filter(slug=slug).first()


# --- Sections -------------------------------------------------------------------------------------


def fill_home(portal, home):
    if home.is_placeholder:
        kind = _kind(portal)
        home.intro = _p(_fmt(INTRODUCTIONS[kind]["home"], portal))
        _publish(home)


def fill_introduction(portal, page, map_image):
    if not page.is_placeholder:
        return
    text = INTRODUCTIONS[_kind(portal)]
    page.functions = _p(_fmt(text["functions"], portal))
    page.duties = "<ul>" + "".join(f"<li>{_fmt(d, portal)}</li>" for d in text["duties"]) + "</ul>"
    page.history = _p(*[_fmt(h, portal) for h in text["history"]])
    page.geography = _p(_fmt(text.get("geography", ""), portal)) if text.get("geography") else ""
    page.population = _p(_fmt(text.get("population", ""), portal)) if text.get("population") else ""
    page.culture = _p(_fmt(text.get("culture", ""), portal)) if text.get("culture") else ""
    page.area_km2 = text.get("area_km2")
    page.population_count = text.get("population_count")
    if text.get("geography"):
        page.boundary_map = map_image
    _publish(page)


def fill_organisation(portal, page):
    if not page.is_placeholder:
        return
    spec = ORGANISATION[_kind(portal)]
    page.intro = _p(_fmt(spec["intro"], portal))
    page.address = portal.address
    page.phone = portal.phone
    page.fax = portal.phone.replace("3", "6", 1) if portal.phone else ""
    page.email = portal.email
    page.units = [
        OrganisationUnit(
            name=_fmt(name, portal),
            level=level,
            head=head,
            functions=_fmt(functions, portal),
            phone=portal.phone,
        )
        for name, level, head, functions in spec["units"]
    ]
    _publish(page)


def fill_leaders(portal, page):
    if page.is_placeholder or not page.leaders.exists():
        people = LEADERS[_kind(portal)]
        page.intro = _p(_fmt("Lãnh đạo {unit} nhiệm kỳ 2025 - 2030.", portal))
        domain = portal.email.split("@", 1)[-1] if portal.email else "quangngai.gov.vn"
        page.leaders = [
            Leader(
                name=name,
                position=_fmt(position, portal),
                responsibilities=_fmt(duties, portal),
                biography=bio,
                phone=phone,
                email=f"{login}@{domain}",
            )
            for name, position, duties, bio, phone, login in people
        ]
        _publish(page)
    if WorkSchedulePage.objects.child_of(page).exists():
        return
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    names = [leader[0] for leader in LEADERS[_kind(portal)]]
    for offset in (-7, 0):
        start = monday + datetime.timedelta(days=offset)
        week = WorkSchedulePage(
            title=f"Lịch làm việc tuần từ {start:%d/%m} đến {start + datetime.timedelta(days=6):%d/%m/%Y}",
            slug=f"lich-tuan-{start:%Y-%m-%d}",
            week_start=start,
            note="Lịch có thể thay đổi; Văn phòng thông báo khi có điều chỉnh.",
        )
        week.entries = [
            ScheduleEntry(
                day=start + datetime.timedelta(days=d),
                time=datetime.time(hour, 0),
                leader=names[(d + i) % len(names)],
                content=_fmt(content, portal),
                location=location,
                participants=participants,
            )
            for i, (d, hour, content, location, participants) in enumerate(SCHEDULE)
        ]
        _add(page, week)


SCHEDULE = [
    (0, 7, "Chào cờ đầu tuần; giao ban lãnh đạo {unit}.", "Hội trường", "Lãnh đạo, công chức"),
    (
        1,
        8,
        "Làm việc với các thôn về tiến độ xây dựng nông thôn mới.",
        "Nhà văn hoá thôn",
        "Trưởng thôn",
    ),
    (2, 14, "Tiếp công dân định kỳ.", "Phòng tiếp công dân", "Thanh tra, Văn phòng"),
    (
        3,
        8,
        "Kiểm tra công tác phòng, chống thiên tai trước mùa mưa bão.",
        "Các thôn ven sông",
        "Ban chỉ huy PCTT",
    ),
    (4, 15, "Họp Ban biên tập cổng thông tin điện tử.", "Phòng họp số 2", "Ban biên tập"),
]


def fill_contact(portal, page):
    if not page.is_placeholder:
        return
    domain = portal.email.split("@", 1)[-1] if portal.email else "quangngai.gov.vn"
    page.contact_name = "Đinh Thị Lan" if _kind(portal) == "commune" else "Nguyễn Thị Hồng Nhung"
    page.contact_position = "Công chức Văn phòng - Thống kê, thành viên Ban biên tập"
    page.contact_unit = portal.unit.name
    page.contact_phone = portal.phone
    page.contact_email = f"bbt@{domain}"
    page.office_address = portal.address
    page.office_hours = "Sáng 7h00 - 11h30, chiều 13h30 - 17h00, từ thứ Hai đến thứ Sáu"
    page.body = _p(
        "Tổ chức, cá nhân cần cung cấp, đính chính thông tin trên cổng xin liên hệ đầu mối nêu trên "
        "hoặc gửi thư điện tử cho Ban biên tập."
    )
    _publish(page)


def fill_access(portal, page, form_doc):
    if not page.is_placeholder:
        return
    domain = portal.email.split("@", 1)[-1] if portal.email else "quangngai.gov.vn"
    page.intro = _p(
        _fmt(
            "{unit} chủ động công khai trên cổng: văn bản quy phạm pháp luật, văn bản chỉ đạo điều "
            "hành; thủ tục hành chính; chiến lược, quy hoạch, kế hoạch; dự toán, quyết toán ngân "
            "sách; dự án đầu tư, đấu thầu, mua sắm công; cơ cấu tổ chức và đầu mối liên hệ.",
            portal,
        ),
        "Thông tin không thuộc danh mục công khai rộng rãi được cung cấp theo yêu cầu, theo Luật "
        "Tiếp cận thông tin năm 2016.",
    )
    page.contact_name = "Trần Minh Khoa"
    page.contact_position = "Chánh Văn phòng"
    page.contact_unit = portal.unit.name
    page.contact_phone = portal.phone
    page.contact_email = f"tiepcanthongtin@{domain}"
    page.request_address = portal.address
    page.request_email = f"tiepcanthongtin@{domain}"
    page.request_form = form_doc
    page.request_guide = _p(
        "Công dân điền Phiếu yêu cầu cung cấp thông tin (Mẫu số 02 ban hành kèm theo Nghị định "
        "13/2018/NĐ-CP) và gửi trực tiếp, qua bưu điện, fax hoặc thư điện tử. Thông tin đơn giản "
        "được cung cấp trong 03 ngày làm việc; thông tin phức tạp trong 15 ngày làm việc."
    )
    page.complaint_contact = _fmt("Chánh Văn phòng {unit}, " + (portal.address or ""), portal)
    today = timezone.localdate()
    page.items = [
        DisclosureListItem(
            name=_fmt(name, portal),
            number_symbol=number,
            created_on=today - datetime.timedelta(days=days),
            disclosure_form=form,
            published_on=today - datetime.timedelta(days=days - 2),
            duration=duration,
            url=portal.get_public_url(),
        )
        for name, number, days, form, duration in DISCLOSURE_ITEMS
    ]
    _publish(page)


DISCLOSURE_ITEMS = [
    (
        "Quyết định công bố công khai dự toán ngân sách năm 2026 của {unit}",
        "15/QĐ-UBND",
        60,
        "portal",
        "Thường xuyên",
    ),
    ("Kế hoạch phát triển kinh tế - xã hội năm 2026", "08/KH-UBND", 75, "portal", "Thường xuyên"),
    (
        "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết",
        "112/QĐ-UBND",
        120,
        "notice_board",
        "Thường xuyên",
    ),
    (
        "Kết quả lựa chọn nhà thầu gói thầu sửa chữa đường giao thông nội đồng",
        "21/TB-UBND",
        30,
        "portal",
        "30 ngày",
    ),
]


# --- Listings -------------------------------------------------------------------------------------


def fill_news(portal, news, images):
    if NewsChannelPage.objects.child_of(news).exists():
        return
    kind = _kind(portal)
    now = timezone.now()
    rng = random.Random(portal.slug)
    keys = CHANNELS["by_slug"].get(portal.slug) or CHANNELS["by_kind"][kind]
    for c_index, key in enumerate(keys):
        spec = CHANNELS[key]
        channel = NewsChannelPage(title=spec["title"], slug=spec["slug"], intro=spec["intro"])
        _add(news, channel)
        for a_index, (title, lead) in enumerate(spec["articles"]):
            when = now - datetime.timedelta(days=2 + a_index * 6 + c_index, hours=rng.randint(0, 8))
            body = [("paragraph", _p(_fmt(lead, portal)))]
            paragraphs = spec["body"]
            body.append(("paragraph", _p(*[_fmt(x, portal) for x in paragraphs])))
            image = images[(a_index + c_index) % len(images)]
            if a_index % 3 == 0:
                body.append(
                    (
                        "figure",
                        {
                            "image": image,
                            "alt_text": image.description,
                            "caption": _fmt(spec["caption"], portal),
                            "credit": "Ban biên tập",
                        },
                    )
                )
            if spec.get("table") and a_index == 1:
                caption, data = spec["table"]
                body.append(("table", {"caption": caption, "header_row": True, "data": data}))
            article = ArticlePage(
                title=_fmt(title, portal),
                slug=f"{spec['slug']}-{a_index + 1}",
                lead=_fmt(lead, portal),
                body=body,
                image=image if a_index % 2 == 0 else None,
                image_caption=_fmt(spec["caption"], portal) if a_index % 2 == 0 else "",
                author=rng.choice(AUTHORS),
                source=spec.get("source", ""),
                is_featured=a_index in (0, 3) and c_index == 0,
                display_date=when,
            )
            article.tags.add(*spec["tags"][: 1 + a_index % 2])
            _add(channel, article, when=when)


AUTHORS = ["Minh Thư", "Văn Quý", "Thanh Hải", "Ngọc Ánh", "Đức Long"]


def fill_announcements(portal, news):
    index = AnnouncementIndexPage.objects.child_of(news).first()
    if index is None or AnnouncementPage.objects.child_of(index).exists():
        return
    now = timezone.now()
    for i, (title, body, days, urgent) in enumerate(ANNOUNCEMENTS):
        page = AnnouncementPage(
            title=_fmt(title, portal),
            slug=f"thong-bao-{i + 1}",
            body=_p(_fmt(body, portal)),
            valid_until=now + datetime.timedelta(days=days),
            is_urgent=urgent,
        )
        _add(index, page, when=now - datetime.timedelta(days=i + 1))


ANNOUNCEMENTS = [
    (
        "Thông báo khẩn về mưa lớn, nguy cơ lũ quét và sạt lở đất",
        "Theo bản tin của Đài Khí tượng thủy văn tỉnh, từ đêm nay đến hết ngày mai trên địa bàn có mưa "
        "to đến rất to. {unit} đề nghị người dân không đi qua ngầm, tràn khi nước dâng; di dời tài sản "
        "khỏi vùng trũng thấp và theo dõi thông báo trên hệ thống truyền thanh.",
        3,
        True,
    ),
    (
        "Thông báo lịch tiếp công dân tháng này",
        "Lãnh đạo {unit} tiếp công dân định kỳ vào sáng thứ Tư hằng tuần tại Phòng tiếp công dân.",
        25,
        False,
    ),
    (
        "Thông báo thu gom, tiếp nhận hồ sơ bảo hiểm y tế hộ gia đình năm 2027",
        "Bộ phận Một cửa tiếp nhận hồ sơ gia hạn thẻ bảo hiểm y tế hộ gia đình trong giờ hành chính.",
        40,
        False,
    ),
]


def fill_sections_with_articles(portal, home):
    today = timezone.now()
    for key, items in SECTION_ARTICLES.items():
        section = DisclosurePage.objects.child_of(home).filter(section_key=key).first()
        if section is None:
            continue
        if key in SECTION_INTRO_UPDATES:
            section.intro = SECTION_INTRO_UPDATES[key]
            _publish(section)
        if ArticlePage.objects.child_of(section).exists():
            continue
        for i, (title, lead, paragraphs) in enumerate(items):
            when = today - datetime.timedelta(days=10 + 9 * i)
            article = ArticlePage(
                title=_fmt(title, portal),
                slug=f"{section.slug}-{i + 1}",
                lead=_fmt(lead, portal),
                body=[("paragraph", _p(*[_fmt(x, portal) for x in paragraphs]))],
                author="Văn phòng",
                display_date=when,
            )
            _add(section, article, when=when)


SECTION_INTRO_UPDATES = {
    "procedures": (
        "<p>Thủ tục hành chính thuộc thẩm quyền giải quyết được đồng bộ từ Cơ sở dữ liệu quốc gia "
        "về thủ tục hành chính, gồm các nhóm: hộ tịch; chứng thực; đất đai; người có công; bảo trợ "
        "xã hội; nuôi con nuôi; thi đua, khen thưởng.</p><p>Hồ sơ nộp trực tiếp tại Bộ phận Một "
        "cửa hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.</p>"
    ),
    "online_services": (
        "<p>Người dân có thể nộp hồ sơ trực tuyến toàn trình đối với: đăng ký khai sinh, đăng ký "
        "thường trú, cấp bản sao trích lục hộ tịch, chứng thực bản sao điện tử từ bản chính.</p>"
    ),
}


def fill_consultation(portal, home, draft_doc):
    index = ConsultationIndexPage.objects.child_of(home).first()
    if index is None or ConsultationPage.objects.child_of(index).exists():
        return
    now = timezone.now()
    specs = [
        ("Dự thảo Quy chế quản lý, vận hành cổng thông tin điện tử", -40, -10, True),
        ("Dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2027", -5, 20, False),
    ]
    for i, (title, opened, closes, closed) in enumerate(specs):
        page = ConsultationPage(
            title=title,
            slug=f"du-thao-{i + 1}",
            summary=_p(
                _fmt(
                    "Dự thảo gồm 4 chương, 20 điều, quy định mục tiêu, nhiệm vụ, giải pháp và trách "
                    "nhiệm thực hiện của {unit}. Mời tổ chức, cá nhân góp ý trước thời hạn.",
                    portal,
                )
            ),
            drafting_agency=_fmt("Văn phòng {unit}", portal),
            draft_document=draft_doc,
            opens_at=now + datetime.timedelta(days=opened),
            closes_at=now + datetime.timedelta(days=closes),
            result=_p(
                "Đã tiếp thu 5/7 ý kiến; các ý kiến còn lại được giải trình tại báo cáo kèm theo."
            )
            if closed
            else "",
        )
        # A closed consultation is published as it stood: the "closing date in the future" check
        # only applies to editors changing it.
        _add(index, page, when=now + datetime.timedelta(days=opened))
        if closed:
            for name, org, body in COMMENTS:
                ConsultationComment.objects.create(
                    portal=portal,
                    consultation=page,
                    name=name,
                    organisation=org,
                    body=body,
                    status="published",
                    submitted_at=now + datetime.timedelta(days=opened + 3),
                )


COMMENTS = [
    (
        "Nguyễn Văn Tâm",
        "",
        "Đề nghị bổ sung quy định về thời hạn cập nhật thông tin lịch tiếp công dân.",
    ),
    (
        "Phạm Thị Hoa",
        "Hội Phụ nữ xã",
        "Nên có chuyên mục riêng hướng dẫn thủ tục cho người cao tuổi.",
    ),
]


# --- English ------------------------------------------------------------------------------------


def fill_english(portal, home):
    english = Locale.objects.filter(language_code="en").first()
    if english is None:
        return
    kind = _kind(portal)
    texts = ENGLISH[kind]
    for page in Page.objects.filter(translation_key__in=_keys(home), locale=english).specific():
        if not getattr(page, "is_placeholder", False):
            continue
        if isinstance(page, HomePage):
            page.intro = _p(_fmt(texts["home"], portal))
        elif isinstance(page, IntroductionPage):
            page.functions = _p(_fmt(texts["functions"], portal))
            page.duties = _p(_fmt(texts["duties"], portal))
            page.history = _p(_fmt(texts["history"], portal))
            page.geography = (
                _p(_fmt(texts.get("geography", ""), portal)) if texts.get("geography") else ""
            )
            page.population = (
                _p(_fmt(texts.get("population", ""), portal)) if texts.get("population") else ""
            )
        elif isinstance(page, OrganisationPage):
            page.intro = _p(_fmt(texts["organisation"], portal))
            page.address, page.phone, page.email = portal.address, portal.phone, portal.email
            source = page.get_translation(Locale.get_default()).specific
            page.units = [
                OrganisationUnit(
                    name=texts["units"].get(u.name, u.name),
                    level=u.level,
                    head=u.head,
                    phone=u.phone,
                )
                for u in source.units.all()
            ]
        elif isinstance(page, LeadersPage):
            page.intro = _p(_fmt(texts["leaders"], portal))
            source = page.get_translation(Locale.get_default()).specific
            page.leaders = [
                Leader(
                    name=leader.name,
                    position=texts["positions"].get(i, "Vice Chairperson"),
                    responsibilities=texts["responsibilities"][min(i, 2)],
                    phone=leader.phone,
                    email=leader.email,
                )
                for i, leader in enumerate(source.leaders.all())
            ]
        elif isinstance(page, ContactPage):
            source = page.get_translation(Locale.get_default()).specific
            page.contact_name = source.contact_name
            page.contact_position = "Official of the Office, member of the editorial board"
            page.contact_unit = portal.unit.name_en or portal.unit.name
            page.contact_phone, page.contact_email = source.contact_phone, source.contact_email
            page.office_address = portal.address
            page.office_hours = "Monday to Friday, 7:00-11:30 and 13:30-17:00"
            page.body = _p("Please contact the focal point to correct or request information.")
        elif isinstance(page, DisclosurePage) and page.section_key == "procedures":
            page.intro = _p(texts["procedures"])
        else:
            continue
        _publish(page)


def _keys(home):
    return (
        Page.objects.descendant_of(home, inclusive=True)
        .filter(depth__lte=3)
        .values("translation_key")
    )


# --- Entry point ----------------------------------------------------------------------------------


def load_portal(portal) -> None:
    home = portal.root_page.specific
    images = [
        _image(portal, i, f"Ảnh minh hoạ {i + 1} - {portal.unit.name}", description)
        for i, description in enumerate(IMAGE_DESCRIPTIONS)
    ]
    form_doc = _document(
        portal,
        "Mẫu số 02 - Phiếu yêu cầu cung cấp thông tin",
        [
            "(Ban hành kèm theo Nghị định số 13/2018/NĐ-CP)",
            "Họ và tên người yêu cầu: ...",
            "Thông tin được yêu cầu: ...",
            "Mục đích yêu cầu cung cấp thông tin: ...",
        ],
        f"mau-02-{portal.slug}.docx",
    )
    draft_doc = _document(
        portal,
        "Toàn văn dự thảo",
        ["Chương I. Quy định chung", "Điều 1. Phạm vi điều chỉnh"],
        f"du-thao-{portal.slug}.docx",
    )
    fill_home(portal, home)
    for page in Page.objects.child_of(home).specific():
        if isinstance(page, IntroductionPage):
            fill_introduction(portal, page, images[0])
        elif isinstance(page, OrganisationPage):
            fill_organisation(portal, page)
        elif isinstance(page, LeadersPage):
            fill_leaders(portal, page)
        elif isinstance(page, ContactPage):
            fill_contact(portal, page)
        elif isinstance(page, AccessToInformationPage):
            fill_access(portal, page, form_doc)
        elif isinstance(page, NewsIndexPage):
            fill_news(portal, page, images)
            fill_announcements(portal, page)
    fill_sections_with_articles(portal, home)
    fill_consultation(portal, home, draft_doc)
    fill_english(portal, home)


IMAGE_DESCRIPTIONS = [
    "Toàn cảnh trung tâm xã nhìn từ đồi, xa xa là dãy núi",
    "Cánh đồng lúa vụ hè thu đang thì con gái",
    "Cán bộ y tế hướng dẫn người dân làm thủ tục bảo hiểm y tế",
    "Lực lượng xung kích gia cố bờ kè trước mùa mưa bão",
    "Đại biểu dâng hương tại Khu di tích Khởi nghĩa Ba Tơ",
    "Tuyến đường bê tông mới hoàn thành ở thôn vùng cao",
]


def load_demo_content(slugs=DEMO_PORTALS) -> list[str]:
    """Fill the demo portals; returns the slugs filled. Safe to run again."""
    done = []
    for portal in Portal.objects.filter(slug__in=slugs).select_related(
        "unit", "root_page", "collection"
    ):
        with transaction.atomic():
            load_portal(portal)
        done.append(portal.slug)
    return done


# --- Texts (fictionalised; names and numbers invented) -----------------------------------------------

INTRODUCTIONS = {
    "commune": {
        "home": "Chào mừng bạn đến với Cổng thông tin điện tử {unit}. Cổng cung cấp thông tin chỉ đạo, "
        "điều hành, thủ tục hành chính và tiếp nhận câu hỏi của người dân, doanh nghiệp.",
        "functions": "Ủy ban nhân dân {short} là cơ quan hành chính nhà nước ở địa phương, chịu trách "
        "nhiệm trước Hội đồng nhân dân xã và Ủy ban nhân dân tỉnh; tổ chức thi hành Hiến pháp, pháp "
        "luật và quản lý nhà nước trên địa bàn theo Luật Tổ chức chính quyền địa phương năm 2025.",
        "duties": [
            "Xây dựng, trình Hội đồng nhân dân xã quyết định kế hoạch phát triển kinh tế - xã hội, dự "
            "toán ngân sách hằng năm và tổ chức thực hiện.",
            "Quản lý đất đai, tài nguyên, trật tự xây dựng; phòng, chống thiên tai trên địa bàn.",
            "Giải quyết thủ tục hành chính thuộc thẩm quyền; tiếp công dân, giải quyết khiếu nại, tố cáo.",
            "Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội; thực hiện chính sách dân tộc, tôn giáo.",
        ],
        "history": [
            "Vùng đất {short} gắn với cuộc Khởi nghĩa Ba Tơ ngày 11/3/1945 do Chi bộ nhà lao Ba Tơ lãnh "
            "đạo; Di tích Khởi nghĩa Ba Tơ được xếp hạng di tích quốc gia đặc biệt.",
            "Từ ngày 01/7/2025, thực hiện mô hình chính quyền địa phương hai cấp, {unit} được sắp xếp "
            "trên cơ sở nhập xã Ba Động và trực thuộc Ủy ban nhân dân tỉnh Quảng Ngãi.",
        ],
        "geography": "{unit} nằm ở vùng trung du phía tây nam tỉnh Quảng Ngãi, có sông Liên chảy qua; "
        "địa hình đồi núi xen kẽ thung lũng, khí hậu nhiệt đới gió mùa, mùa mưa từ tháng 9 đến tháng 12.",
        "population": "Dân số khoảng 14.200 người, gồm đồng bào Hrê, Kinh và Ca Dong, sinh sống tại 18 "
        "thôn, tổ dân phố.",
        "culture": "Địa phương có Di tích quốc gia đặc biệt Khởi nghĩa Ba Tơ, lễ hội ăn trâu, nghề dệt "
        "thổ cẩm Làng Teng và thác Cao Muôn.",
        "area_km2": "124.50",
        "population_count": 14200,
    },
    "ward": {
        "home": "Chào mừng bạn đến với Cổng thông tin điện tử {unit}. Cổng cung cấp thông tin chỉ đạo, "
        "điều hành, thủ tục hành chính và tiếp nhận câu hỏi của người dân, doanh nghiệp.",
        "functions": "Ủy ban nhân dân {short} là cơ quan hành chính nhà nước ở phường, quản lý nhà nước "
        "trên địa bàn đô thị trung tâm tỉnh theo Luật Tổ chức chính quyền địa phương năm 2025.",
        "duties": [
            "Quản lý quy hoạch, trật tự xây dựng, trật tự đô thị, vệ sinh môi trường trên địa bàn phường.",
            "Giải quyết thủ tục hành chính về hộ tịch, chứng thực, đất đai thuộc thẩm quyền.",
            "Thực hiện chính sách an sinh xã hội, chăm sóc người có công, bảo trợ xã hội.",
        ],
        "history": [
            "Phường {short} được thành lập năm 1994, là trung tâm hành chính, thương mại của tỉnh.",
            "Từ ngày 01/7/2025, phường được sắp xếp mở rộng địa giới theo Nghị quyết của Ủy ban Thường "
            "vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã.",
        ],
        "geography": "{unit} nằm ở trung tâm tỉnh Quảng Ngãi, phía bắc giáp sông Trà Khúc; địa hình "
        "bằng phẳng, hạ tầng đô thị đồng bộ.",
        "population": "Dân số khoảng 38.500 người, sinh sống tại 24 tổ dân phố.",
        "culture": "Trên địa bàn có Thành cổ Quảng Ngãi, chùa Ông và công viên Ba Tơ ven sông Trà Khúc.",
        "area_km2": "18.40",
        "population_count": 38500,
    },
    "department": {
        "home": "Chào mừng bạn đến với Cổng thông tin điện tử {unit}: tin hoạt động của ngành, văn bản "
        "chỉ đạo điều hành, thủ tục hành chính và dịch vụ công trực tuyến.",
        "functions": "{unit} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân "
        "dân tỉnh quản lý nhà nước về lĩnh vực được giao theo quy định của pháp luật.",
        "duties": [
            "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chương trình, kế hoạch thuộc lĩnh vực quản lý.",
            "Hướng dẫn, kiểm tra việc thực hiện văn bản pháp luật thuộc ngành, lĩnh vực.",
            "Giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến thuộc thẩm quyền.",
        ],
        "history": [
            "{unit} được thành lập và kiện toàn theo các quyết định của Ủy ban nhân dân tỉnh Quảng Ngãi.",
            "Năm 2025, sắp xếp lại tổ chức bộ máy theo Nghị quyết số 18-NQ/TW, tinh gọn đầu mối các phòng.",
        ],
    },
    "province": {
        "home": "Chào mừng bạn đến với Cổng thông tin điện tử tỉnh Quảng Ngãi: thông tin chỉ đạo, điều "
        "hành của Tỉnh ủy, HĐND, UBND tỉnh và tin tức từ các sở, ngành, xã, phường.",
        "functions": "Ủy ban nhân dân tỉnh Quảng Ngãi là cơ quan hành chính nhà nước ở địa phương, tổ "
        "chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân tỉnh.",
        "duties": [
            "Xây dựng, trình Hội đồng nhân dân tỉnh kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách.",
            "Quản lý nhà nước về quy hoạch, đầu tư, đất đai, tài nguyên trên địa bàn tỉnh.",
            "Chỉ đạo, kiểm tra hoạt động của các sở, ngành và Ủy ban nhân dân cấp xã.",
        ],
        "history": [
            "Tỉnh Quảng Ngãi được tái lập năm 1989. Năm 2025, tỉnh Quảng Ngãi và tỉnh Kon Tum hợp nhất "
            "thành tỉnh Quảng Ngãi theo mô hình chính quyền địa phương hai cấp.",
        ],
        "geography": "Tỉnh nằm ở duyên hải Nam Trung Bộ và Bắc Tây Nguyên, có bờ biển dài 144 km, huyện "
        "đảo Lý Sơn và Khu kinh tế Dung Quất.",
        "population": "Dân số khoảng 2,16 triệu người, gồm các dân tộc Kinh, Hrê, Ca Dong, Xơ Đăng, Ba Na.",
        "culture": "Di tích Khởi nghĩa Ba Tơ, Thành cổ Châu Sa, Văn hoá Sa Huỳnh, đảo Lý Sơn.",
        "area_km2": "14832.60",
        "population_count": 2160000,
    },
}

ORGANISATION = {
    "commune": {
        "intro": "Tổ chức bộ máy của {unit} gồm lãnh đạo Ủy ban nhân dân, Văn phòng HĐND và UBND, các phòng chuyên môn và Trung tâm Phục vụ hành chính công.",
        "units": [
            (
                "Văn phòng HĐND và UBND",
                1,
                "Trần Minh Khoa",
                "Tham mưu tổng hợp, hành chính, quản trị; đầu mối Ban biên tập cổng.",
            ),
            ("Bộ phận Tiếp công dân", 2, "", "Tiếp công dân định kỳ và đột xuất."),
            (
                "Phòng Kinh tế",
                1,
                "Lê Văn Thành",
                "Nông nghiệp, nông thôn mới, quy hoạch, xây dựng, tài nguyên - môi trường.",
            ),
            (
                "Phòng Văn hoá - Xã hội",
                1,
                "Hồ Thị Mai",
                "Văn hoá, giáo dục, y tế, lao động, chính sách xã hội.",
            ),
            (
                "Trung tâm Phục vụ hành chính công",
                1,
                "Phạm Thị Thu",
                "Tiếp nhận, trả kết quả thủ tục hành chính.",
            ),
        ],
    },
    "ward": {
        "intro": "Tổ chức bộ máy của {unit} gồm lãnh đạo Ủy ban nhân dân, Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hoá - Xã hội và Trung tâm Phục vụ hành chính công.",
        "units": [
            ("Văn phòng HĐND và UBND", 1, "Võ Thị Mai", "Tham mưu tổng hợp, hành chính, quản trị."),
            (
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                1,
                "Nguyễn Quốc Huy",
                "Quy hoạch, trật tự đô thị, xây dựng, môi trường.",
            ),
            ("Đội Trật tự đô thị", 2, "", "Kiểm tra trật tự xây dựng, lòng đường, vỉa hè."),
            (
                "Phòng Văn hoá - Xã hội",
                1,
                "Đặng Thị Hương",
                "Văn hoá, giáo dục, y tế, chính sách xã hội.",
            ),
            (
                "Trung tâm Phục vụ hành chính công",
                1,
                "Lê Thị Ngân",
                "Tiếp nhận, trả kết quả thủ tục hành chính.",
            ),
        ],
    },
    "department": {
        "intro": "Cơ cấu tổ chức của {unit} gồm Ban Giám đốc, Văn phòng, Thanh tra, các phòng chuyên môn và đơn vị sự nghiệp trực thuộc.",
        "units": [
            (
                "Văn phòng Sở",
                1,
                "Nguyễn Thị Hồng Nhung",
                "Tổng hợp, hành chính, tổ chức cán bộ, tài chính.",
            ),
            ("Thanh tra Sở", 1, "Phan Văn Lộc", "Thanh tra, giải quyết khiếu nại, tố cáo."),
            (
                "Phòng Quản lý chuyên ngành",
                1,
                "Trương Công Hậu",
                "Quản lý nhà nước về lĩnh vực chuyên ngành.",
            ),
            ("Trung tâm trực thuộc", 1, "Đỗ Thị Yến", "Đơn vị sự nghiệp cung cấp dịch vụ công."),
            (
                "Phòng Hành chính - Tổng hợp của Trung tâm",
                2,
                "",
                "Hành chính, kế toán của Trung tâm.",
            ),
        ],
    },
    "province": {
        "intro": "Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên; cơ quan chuyên môn gồm các sở, ban, ngành.",
        "units": [
            (
                "Văn phòng UBND tỉnh",
                1,
                "Chánh Văn phòng",
                "Tham mưu tổng hợp, kiểm soát thủ tục hành chính.",
            ),
            ("Sở Tư pháp", 1, "Giám đốc Sở", "Tư pháp, phổ biến giáo dục pháp luật, hộ tịch."),
            (
                "Sở Nông nghiệp và Môi trường",
                1,
                "Giám đốc Sở",
                "Nông nghiệp, tài nguyên, môi trường.",
            ),
            ("Sở Tài chính", 1, "Giám đốc Sở", "Tài chính, ngân sách, đầu tư."),
        ],
    },
}

LEADERS = {
    "commune": [
        (
            "Phạm Văn Hùng",
            "Chủ tịch UBND xã",
            "Lãnh đạo, điều hành chung; phụ trách nội chính, tài chính, quân sự.",
            "Sinh năm 1975, dân tộc Hrê; cử nhân Luật; nguyên Phó Bí thư Đảng ủy xã.",
            "0255 3863 008",
            "pvhung",
        ),
        (
            "Đinh Văn Dũng",
            "Phó Chủ tịch UBND xã",
            "Phụ trách kinh tế, nông nghiệp, nông thôn mới, phòng chống thiên tai.",
            "Sinh năm 1980; kỹ sư nông nghiệp.",
            "0255 3863 009",
            "dvdung",
        ),
        (
            "Hồ Thị Mai",
            "Phó Chủ tịch UBND xã",
            "Phụ trách văn hoá - xã hội, y tế, giáo dục, chính sách dân tộc.",
            "Sinh năm 1984; cử nhân Xã hội học.",
            "0255 3863 010",
            "htmai",
        ),
    ],
    "ward": [
        (
            "Nguyễn Văn Bình",
            "Chủ tịch UBND phường",
            "Lãnh đạo, điều hành chung; phụ trách nội chính, tài chính.",
            "Sinh năm 1976; thạc sĩ Quản lý công.",
            "0255 3822 210",
            "nvbinh",
        ),
        (
            "Trần Thị Lệ",
            "Phó Chủ tịch UBND phường",
            "Phụ trách kinh tế, đô thị, trật tự xây dựng.",
            "Sinh năm 1982; kỹ sư xây dựng.",
            "0255 3822 211",
            "ttle",
        ),
        (
            "Lê Quang Vinh",
            "Phó Chủ tịch UBND phường",
            "Phụ trách văn hoá - xã hội.",
            "Sinh năm 1985; cử nhân Sư phạm.",
            "0255 3822 212",
            "lqvinh",
        ),
    ],
    "department": [
        (
            "Huỳnh Ngọc Sơn",
            "Giám đốc",
            "Phụ trách chung; tổ chức cán bộ, tài chính, thanh tra.",
            "Sinh năm 1972; thạc sĩ Luật.",
            "0255 3822 632",
            "hnson",
        ),
        (
            "Võ Thị Thanh",
            "Phó Giám đốc",
            "Phụ trách chuyên môn, cải cách hành chính, chuyển đổi số.",
            "Sinh năm 1979; thạc sĩ Quản lý.",
            "0255 3822 633",
            "vtthanh",
        ),
    ],
    "province": [
        (
            "Nguyễn Hoàng Giang",
            "Chủ tịch UBND tỉnh",
            "Lãnh đạo, điều hành chung hoạt động của UBND tỉnh.",
            "Sinh năm 1970; tiến sĩ Kinh tế.",
            "0255 3822 379",
            "nhgiang",
        ),
        (
            "Trần Phước Hiền",
            "Phó Chủ tịch UBND tỉnh",
            "Phụ trách kinh tế, đầu tư, tài chính.",
            "Sinh năm 1974; thạc sĩ Kinh tế.",
            "0255 3822 380",
            "tphien",
        ),
        (
            "Đặng Ngọc Dũng",
            "Phó Chủ tịch UBND tỉnh",
            "Phụ trách nông nghiệp, tài nguyên, môi trường.",
            "Sinh năm 1973; kỹ sư Thủy lợi.",
            "0255 3822 381",
            "dndung",
        ),
    ],
}

_NEWS_TABLE = (
    "Kết quả thực hiện một số chỉ tiêu 6 tháng đầu năm",
    "Chỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ\nDiện tích gieo trồng (ha) | 1.250 | 1.180 | 94%\n"
    "Tỷ lệ tham gia BHYT | 95% | 92,4% | 97%\nĐường giao thông nông thôn cứng hoá (km) | 6,5 | 4,2 | 65%",
)

CHANNELS = {
    "by_kind": {
        "commune": ["local", "rural", "health"],
        "ward": ["local", "urban", "health"],
        "department": ["dept", "law"],
        "province": ["direction", "economy"],
    },
    "by_slug": {"snnmt": ["dept", "rural"], "sotuphap": ["dept", "law"]},
    "local": {
        "title": "Tin hoạt động",
        "slug": "tin-hoat-dong",
        "intro": "Hoạt động chỉ đạo, điều hành của chính quyền địa phương.",
        "caption": "Quang cảnh hoạt động tại {unit}",
        "tags": ["chính quyền", "Ba Tơ"],
        "table": _NEWS_TABLE,
        "articles": [
            (
                "{unit} kỷ niệm 81 năm Khởi nghĩa Ba Tơ",
                "Sáng nay, {unit} tổ chức lễ dâng hương tại Khu di tích Khởi nghĩa Ba Tơ nhân kỷ niệm 81 năm ngày khởi nghĩa (11/3/1945 - 11/3/2026).",
            ),
            (
                "Sơ kết 6 tháng thực hiện nhiệm vụ phát triển kinh tế - xã hội",
                "{unit} tổ chức hội nghị sơ kết 6 tháng đầu năm; nhiều chỉ tiêu đạt trên 60% kế hoạch năm.",
            ),
            (
                "Tiếp xúc cử tri trước kỳ họp Hội đồng nhân dân",
                "Đại biểu HĐND xã tiếp xúc cử tri tại các thôn, ghi nhận 26 ý kiến về giao thông, thủy lợi và đất đai.",
            ),
            (
                "Ra mắt mô hình \u201cDân vận khéo\u201d trong cải cách hành chính",
                "Bộ phận Một cửa triển khai hướng dẫn người dân nộp hồ sơ trực tuyến, giảm thời gian chờ.",
            ),
            (
                "Tổng kết công tác chuyển đổi số năm 2026",
                "100% văn bản được ký số và gửi nhận trên môi trường điện tử; cổng thông tin cập nhật thường xuyên.",
            ),
            (
                "Trao quà cho gia đình chính sách nhân ngày Thương binh - Liệt sĩ",
                "Lãnh đạo {unit} thăm, tặng 85 suất quà cho người có công và thân nhân liệt sĩ.",
            ),
            (
                "Hội nghị đối thoại với người dân về bồi thường, hỗ trợ tái định cư",
                "Người dân vùng dự án được giải đáp về giá bồi thường và bố trí đất tái định cư.",
            ),
            (
                "Khai giảng lớp xóa mù chữ cho đồng bào dân tộc thiểu số",
                "32 học viên người Hrê tham gia lớp học buổi tối tại nhà văn hoá thôn.",
            ),
        ],
        "body": [
            "Phát biểu tại buổi lễ, đồng chí Chủ tịch Ủy ban nhân dân đề nghị các ngành, các thôn tiếp tục phát huy truyền thống, đoàn kết, hoàn thành các chỉ tiêu năm 2026.",
            "Ủy ban nhân dân giao Văn phòng theo dõi, đôn đốc việc thực hiện và báo cáo kết quả trước ngày 20 hằng tháng.",
        ],
    },
    "rural": {
        "title": "Nông nghiệp - Nông thôn mới",
        "slug": "nong-nghiep-nong-thon-moi",
        "intro": "Sản xuất nông nghiệp, xây dựng nông thôn mới.",
        "caption": "Sản xuất nông nghiệp tại {unit}",
        "tags": ["nông nghiệp", "nông thôn mới"],
        "source": "Ban Quản lý chương trình NTM",
        "articles": [
            (
                "Xuống giống vụ hè thu đúng lịch thời vụ",
                "Nông dân gieo sạ 1.180 ha lúa vụ hè thu, đạt 94% kế hoạch, chủ yếu giống chất lượng cao.",
            ),
            (
                "Phòng, chống dịch tả lợn châu Phi trên đàn lợn",
                "Cơ quan chuyên môn khuyến cáo người chăn nuôi tiêu độc, khử trùng chuồng trại và báo ngay khi có lợn ốm.",
            ),
            (
                "Bê tông hoá 4,2 km đường giao thông nông thôn",
                "Từ nguồn vốn Chương trình mục tiêu quốc gia và nhân dân đóng góp, 4,2 km đường bê tông đã hoàn thành.",
            ),
            (
                "Phát triển mô hình trồng quế theo hướng hữu cơ",
                "Hợp tác xã liên kết 45 hộ trồng quế, được cấp chứng nhận sản phẩm OCOP 3 sao.",
            ),
            (
                "Hướng dẫn kỹ thuật chăm sóc keo lai sau mưa bão",
                "Cán bộ khuyến nông hướng dẫn người dân tỉa cành, bón phân cho diện tích keo bị ảnh hưởng.",
            ),
            (
                "Thôn Làng Teng đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
                "Thôn hoàn thành 10/10 tiêu chí, đường làng sáng - xanh - sạch - đẹp.",
            ),
            (
                "Hỗ trợ bò giống cho hộ nghèo",
                "30 hộ nghèo nhận bò giống sinh sản từ chương trình giảm nghèo bền vững.",
            ),
            (
                "Nạo vét kênh mương chuẩn bị nước tưới",
                "Nhân dân ra quân nạo vét 12 km kênh mương nội đồng trước vụ sản xuất.",
            ),
        ],
        "body": [
            "Theo Phòng Kinh tế, năm nay địa phương tập trung chuyển đổi cây trồng trên đất lúa kém hiệu quả, phát triển cây dược liệu dưới tán rừng.",
            "Người dân cần tư vấn kỹ thuật liên hệ cán bộ khuyến nông tại Ủy ban nhân dân trong giờ hành chính.",
        ],
    },
    "health": {
        "title": "Y tế - Xã hội",
        "slug": "y-te-xa-hoi",
        "intro": "Y tế, bảo hiểm y tế, an sinh xã hội.",
        "caption": "Hoạt động y tế - xã hội tại {unit}",
        "tags": ["bảo hiểm y tế", "an sinh xã hội"],
        "articles": [
            (
                "Ra quân vận động người dân tham gia bảo hiểm y tế hộ gia đình",
                "{unit} phấn đấu đạt tỷ lệ 95% dân số tham gia bảo hiểm y tế trong năm 2026.",
            ),
            (
                "Tiêm chủng mở rộng cho trẻ em dưới 5 tuổi",
                "Trạm Y tế tổ chức tiêm vắc xin sởi - rubella cho 215 trẻ tại 4 điểm tiêm.",
            ),
            (
                "Khám sức khỏe miễn phí cho người cao tuổi",
                "Hơn 300 người cao tuổi được khám, cấp thuốc miễn phí do Bệnh viện đa khoa tỉnh phối hợp tổ chức.",
            ),
            (
                "Chi trả trợ cấp xã hội qua tài khoản ngân hàng",
                "Từ tháng này, 100% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản.",
            ),
            (
                "Phòng chống sốt xuất huyết mùa mưa",
                "Ngành y tế phát động chiến dịch diệt lăng quăng, bọ gậy tại các khu dân cư.",
            ),
            (
                "Hỗ trợ xây nhà cho hộ nghèo",
                "12 căn nhà đại đoàn kết được bàn giao trước mùa mưa bão.",
            ),
            (
                "Tập huấn sơ cấp cứu đuối nước cho học sinh",
                "Hơn 150 học sinh được hướng dẫn kỹ năng phòng tránh đuối nước.",
            ),
            (
                "Tuyên truyền chính sách bảo hiểm xã hội tự nguyện",
                "Cán bộ Bảo hiểm xã hội giải đáp thắc mắc của người lao động tự do.",
            ),
        ],
        "body": [
            "Người dân có thể gia hạn thẻ bảo hiểm y tế tại Bộ phận Một cửa hoặc qua ứng dụng VssID.",
            "Mọi thắc mắc xin liên hệ Trạm Y tế hoặc gửi câu hỏi qua chuyên mục Hỏi - Đáp của cổng.",
        ],
    },
    "urban": {
        "title": "Đô thị - Môi trường",
        "slug": "do-thi-moi-truong",
        "intro": "Trật tự đô thị, vệ sinh môi trường.",
        "caption": "Đường phố {unit}",
        "tags": ["đô thị", "môi trường"],
        "articles": [
            (
                "Ra quân lập lại trật tự lòng đường, vỉa hè",
                "Đội Trật tự đô thị nhắc nhở 58 hộ kinh doanh lấn chiếm vỉa hè trên các tuyến trung tâm.",
            ),
            (
                "Phân loại rác tại nguồn ở 24 tổ dân phố",
                "Phường triển khai thí điểm phân loại rác hữu cơ, rác tái chế từ tháng này.",
            ),
            (
                "Trồng mới 500 cây xanh ven sông Trà Khúc",
                "Đoàn viên, thanh niên và người dân trồng cây xanh dọc đường bờ kè.",
            ),
            (
                "Nâng cấp hệ thống thoát nước chống ngập",
                "Dự án cải tạo 2,3 km cống thoát nước dự kiến hoàn thành trước mùa mưa.",
            ),
            (
                "Kiểm tra trật tự xây dựng nhà ở riêng lẻ",
                "Phát hiện, xử lý 4 trường hợp xây dựng sai giấy phép.",
            ),
            ("Tuyến phố văn minh đô thị", "Đường Nguyễn Nghiêm được công nhận tuyến phố văn minh."),
            ("Ngày Chủ nhật xanh", "Hơn 1.000 người tham gia dọn vệ sinh khu dân cư."),
            (
                "Lắp đặt camera an ninh tại các nút giao",
                "30 camera giúp giám sát an ninh trật tự và giao thông.",
            ),
        ],
        "body": [
            "Ủy ban nhân dân phường đề nghị các hộ gia đình chấp hành quy định về trật tự đô thị.",
            "Phản ánh về vệ sinh môi trường xin gửi qua chuyên mục Hỏi - Đáp hoặc đường dây nóng.",
        ],
    },
    "dept": {
        "title": "Hoạt động của Sở",
        "slug": "hoat-dong",
        "intro": "Tin hoạt động của cơ quan.",
        "caption": "Hoạt động của {unit}",
        "tags": ["hoạt động", "cải cách hành chính"],
        "articles": [
            (
                "{unit} triển khai nhiệm vụ năm 2026",
                "Hội nghị triển khai nhiệm vụ, giải pháp trọng tâm năm 2026 của ngành.",
            ),
            (
                "Đẩy mạnh dịch vụ công trực tuyến toàn trình",
                "Tỷ lệ hồ sơ trực tuyến đạt 78%, tăng 15% so với cùng kỳ.",
            ),
            (
                "Kiểm tra công tác cải cách hành chính tại cơ sở",
                "Đoàn kiểm tra làm việc tại 6 xã, phường về thực hiện thủ tục hành chính.",
            ),
            (
                "Tập huấn chuyển đổi số cho cán bộ, công chức",
                "80 cán bộ được tập huấn ký số, quản lý văn bản điện tử.",
            ),
            ("Sơ kết công tác 6 tháng đầu năm", "Các chỉ tiêu chủ yếu đạt và vượt tiến độ đề ra."),
            (
                "Hội nghị cán bộ, công chức, viên chức",
                "Thông qua quy chế chi tiêu nội bộ và quy chế dân chủ cơ sở.",
            ),
            (
                "Làm việc với Bộ về triển khai luật mới",
                "Đoàn công tác của Bộ làm việc về thi hành các luật có hiệu lực từ 01/7/2026.",
            ),
            (
                "Công bố thủ tục hành chính mới",
                "Công bố 12 thủ tục hành chính mới ban hành, sửa đổi, bổ sung.",
            ),
        ],
        "body": [
            "Lãnh đạo Sở yêu cầu các phòng, đơn vị bám sát kế hoạch, kịp thời báo cáo khó khăn, vướng mắc.",
            "Văn phòng Sở tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh đúng thời hạn.",
        ],
    },
    "law": {
        "title": "Phổ biến giáo dục pháp luật",
        "slug": "pho-bien-giao-duc-phap-luat",
        "intro": "Tuyên truyền, phổ biến pháp luật.",
        "caption": "Tuyên truyền pháp luật",
        "tags": ["pháp luật", "hòa giải"],
        "source": "Hội đồng phối hợp PBGDPL tỉnh",
        "articles": [
            (
                "Hưởng ứng Ngày Pháp luật Việt Nam 9/11",
                "Nhiều hoạt động tuyên truyền được tổ chức trên toàn tỉnh.",
            ),
            (
                "Tập huấn nghiệp vụ hòa giải ở cơ sở",
                "150 hòa giải viên được bồi dưỡng kỹ năng hòa giải.",
            ),
            (
                "Phổ biến Luật Đất đai năm 2024 cho người dân",
                "Báo cáo viên pháp luật giải đáp về cấp giấy chứng nhận quyền sử dụng đất.",
            ),
            ("Cuộc thi tìm hiểu pháp luật trực tuyến", "Hơn 12.000 lượt người tham gia cuộc thi."),
            ("Tủ sách pháp luật điện tử", "Tủ sách pháp luật điện tử được cập nhật 300 đầu sách."),
            (
                "Trợ giúp pháp lý lưu động",
                "Trung tâm Trợ giúp pháp lý tư vấn miễn phí cho người dân vùng cao.",
            ),
            (
                "Tuyên truyền phòng, chống lừa đảo qua mạng",
                "Cảnh báo các thủ đoạn giả danh cơ quan nhà nước.",
            ),
            (
                "Phổ biến Luật Chuyển đổi số",
                "Giới thiệu những điểm mới của Luật Chuyển đổi số năm 2025.",
            ),
        ],
        "body": [
            "Hoạt động nhằm nâng cao ý thức chấp hành pháp luật của cán bộ và nhân dân.",
            "Tài liệu tuyên truyền được đăng tải tại chuyên mục Phổ biến, hướng dẫn pháp luật.",
        ],
    },
    "direction": {
        "title": "Tin chỉ đạo, điều hành",
        "slug": "chi-dao-dieu-hanh",
        "intro": "Chỉ đạo, điều hành của UBND tỉnh.",
        "caption": "Hội nghị của UBND tỉnh",
        "tags": ["chỉ đạo điều hành"],
        "articles": [
            (
                "UBND tỉnh họp phiên thường kỳ tháng 11",
                "Đánh giá tình hình kinh tế - xã hội 11 tháng, triển khai nhiệm vụ tháng 12.",
            ),
            (
                "Chỉ đạo ứng phó mưa lũ",
                "Chủ tịch UBND tỉnh yêu cầu các địa phương chủ động sơ tán dân vùng nguy hiểm.",
            ),
            (
                "Đẩy nhanh giải ngân vốn đầu tư công",
                "Tỷ lệ giải ngân đến nay đạt 68% kế hoạch vốn.",
            ),
            ("Hội nghị đánh giá chỉ số PAPI", "Tỉnh cải thiện chỉ số quản trị điện tử."),
            (
                "Triển khai mô hình chính quyền hai cấp",
                "Tổng kết một năm vận hành chính quyền địa phương hai cấp.",
            ),
            (
                "Đối thoại với doanh nghiệp",
                "Lãnh đạo tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp.",
            ),
            (
                "Kiểm tra tiến độ các công trình trọng điểm",
                "Đoàn kiểm tra tiến độ tuyến đường ven biển.",
            ),
            (
                "Triển khai Luật Chuyển đổi số",
                "UBND tỉnh ban hành kế hoạch thi hành Luật Chuyển đổi số.",
            ),
        ],
        "body": [
            "UBND tỉnh giao các sở, ngành theo chức năng, nhiệm vụ chủ động triển khai, báo cáo kết quả.",
            "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.",
        ],
    },
    "economy": {
        "title": "Kinh tế - Xã hội",
        "slug": "kinh-te-xa-hoi",
        "intro": "Tin kinh tế - xã hội của tỉnh.",
        "caption": "Kinh tế - xã hội tỉnh Quảng Ngãi",
        "tags": ["kinh tế", "xã hội"],
        "table": _NEWS_TABLE,
        "articles": [
            (
                "Tăng trưởng kinh tế đạt 7,2%",
                "Quy mô kinh tế tiếp tục mở rộng, công nghiệp là động lực chính.",
            ),
            (
                "Khu kinh tế Dung Quất thu hút dự án mới",
                "Ba dự án công nghiệp được cấp chủ trương đầu tư.",
            ),
            ("Du lịch Lý Sơn đón khách tăng mạnh", "Lượng khách đến đảo tăng 25% so với cùng kỳ."),
            ("Xuất khẩu thủy sản khởi sắc", "Kim ngạch xuất khẩu thủy sản tăng 12%."),
            ("Giảm nghèo bền vững ở miền núi", "Tỷ lệ hộ nghèo miền núi giảm 4%."),
            ("Phát triển sản phẩm OCOP", "Tỉnh có thêm 20 sản phẩm OCOP được công nhận."),
            ("Hỗ trợ doanh nghiệp khởi nghiệp", "Quỹ hỗ trợ khởi nghiệp giải ngân cho 15 dự án."),
            (
                "Chuyển đổi số trong doanh nghiệp nhỏ",
                "Tập huấn chuyển đổi số cho 200 doanh nghiệp.",
            ),
        ],
        "body": [
            "Theo Sở Tài chính, các chỉ tiêu kinh tế chủ yếu đều đạt kế hoạch.",
            "Tỉnh tiếp tục cải thiện môi trường đầu tư, kinh doanh.",
        ],
    },
}

SECTION_ARTICLES = {
    "directive_documents": [
        (
            "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
            "Ủy ban nhân dân ban hành kế hoạch phòng, chống thiên tai năm 2026.",
            [
                "Kế hoạch phân công nhiệm vụ cho các thôn, lực lượng xung kích và các ngành.",
                "Toàn văn kế hoạch được niêm yết tại trụ sở.",
            ],
        ),
        (
            "Chỉ thị tăng cường kỷ luật, kỷ cương hành chính",
            "Chủ tịch Ủy ban nhân dân yêu cầu cán bộ chấp hành nghiêm giờ làm việc.",
            ["Thủ trưởng các bộ phận chịu trách nhiệm trước Chủ tịch về việc chấp hành."],
        ),
    ],
    "legal_dissemination": [
        (
            "Những điểm mới của Luật Đất đai năm 2024 người dân cần biết",
            "Tóm tắt các quy định về cấp giấy chứng nhận, bồi thường khi Nhà nước thu hồi đất.",
            [
                "Người sử dụng đất ổn định trước ngày 01/7/2014 được xem xét cấp giấy chứng nhận.",
                "Giá đất bồi thường theo bảng giá đất do UBND tỉnh ban hành.",
            ],
        ),
        (
            "Phòng, chống lừa đảo chiếm đoạt tài sản qua mạng",
            "Cảnh báo thủ đoạn giả danh công an, cơ quan thuế gọi điện yêu cầu chuyển tiền.",
            ["Cơ quan nhà nước không yêu cầu người dân chuyển tiền qua điện thoại."],
        ),
    ],
    "planning": [
        (
            "Kế hoạch phát triển kinh tế - xã hội năm 2026",
            "Các chỉ tiêu chủ yếu và giải pháp thực hiện kế hoạch năm 2026.",
            [
                "Tốc độ tăng thu nhập bình quân 8%; tỷ lệ hộ nghèo giảm 3%.",
                "Tập trung hạ tầng giao thông, thủy lợi và chuyển đổi số.",
            ],
        ),
        (
            "Quy hoạch sử dụng đất đến năm 2030",
            "Công bố công khai quy hoạch sử dụng đất được phê duyệt.",
            ["Bản đồ quy hoạch được niêm yết tại trụ sở và nhà văn hoá các thôn."],
        ),
    ],
    "investment_projects": [
        (
            "Dự án đường giao thông liên thôn Làng Teng - Gò Nghênh",
            "Tổng mức đầu tư 9,8 tỷ đồng từ Chương trình mục tiêu quốc gia; đang thi công.",
            [
                "Mục tiêu: kết nối 3 thôn vùng cao; quy mô 3,2 km đường bê tông; thời gian 2026 - 2027."
            ],
        ),
    ],
    "bidding": [
        (
            "Kết quả lựa chọn nhà thầu gói thầu sửa chữa đường nội đồng",
            "Công bố kết quả lựa chọn nhà thầu theo hình thức chào hàng cạnh tranh.",
            ["Giá trúng thầu 1,45 tỷ đồng; thời gian thực hiện 120 ngày."],
        ),
    ],
    "public_procurement": [
        (
            "Công khai kế hoạch mua sắm tài sản công năm 2026",
            "Danh mục tài sản mua sắm: máy tính, máy quét phục vụ Bộ phận Một cửa.",
            ["Tổng dự toán 320 triệu đồng, mua sắm tập trung qua Sở Tài chính."],
        ),
    ],
    "budget": [
        (
            "Công khai dự toán ngân sách năm 2026",
            "Quyết định công bố công khai dự toán thu, chi ngân sách năm 2026.",
            [
                "Tổng thu ngân sách 18,6 tỷ đồng; tổng chi 18,6 tỷ đồng.",
                "Biểu mẫu chi tiết theo Thông tư 343/2016/TT-BTC kèm theo.",
            ],
        ),
        (
            "Công khai tình hình thực hiện dự toán ngân sách quý III",
            "Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng.",
            ["Thu ngân sách đạt 76% dự toán; chi đạt 71% dự toán."],
        ),
    ],
}

_EN_COMMON = {
    "positions": {0: "Chairperson of the People's Committee"},
    "responsibilities": [
        "General direction; internal affairs, finance and defence.",
        "Economy, agriculture, new rural development and disaster prevention.",
        "Culture, society, health, education and ethnic affairs.",
    ],
    "procedures": "Administrative procedures handled by this authority are published on the National "
    "Public Service Portal. Applications may be filed at the one-stop office or online.",
    "units": {
        "Văn phòng HĐND và UBND": "Office of the People's Council and People's Committee",
        "Bộ phận Tiếp công dân": "Citizen Reception Unit",
        "Phòng Kinh tế": "Economic Division",
        "Phòng Văn hoá - Xã hội": "Culture and Society Division",
        "Trung tâm Phục vụ hành chính công": "Public Administrative Service Centre",
        "Phòng Kinh tế, Hạ tầng và Đô thị": "Economy, Infrastructure and Urban Division",
        "Đội Trật tự đô thị": "Urban Order Team",
        "Văn phòng Sở": "Department Office",
        "Thanh tra Sở": "Department Inspectorate",
        "Phòng Quản lý chuyên ngành": "Specialised Management Division",
        "Trung tâm trực thuộc": "Affiliated Centre",
        "Phòng Hành chính - Tổng hợp của Trung tâm": "Administration Unit of the Centre",
        "Văn phòng UBND tỉnh": "Office of the Provincial People's Committee",
        "Sở Tư pháp": "Department of Justice",
        "Sở Nông nghiệp và Môi trường": "Department of Agriculture and Environment",
        "Sở Tài chính": "Department of Finance",
    },
}

ENGLISH = {
    "commune": {
        **_EN_COMMON,
        "home": "Welcome to the e-portal of {unit}, Quang Ngai Province: news, administrative procedures and questions from citizens.",
        "functions": "The People's Committee is the local state administration of the commune, accountable to the commune People's Council and the Provincial People's Committee.",
        "duties": "It plans socio-economic development and the budget, manages land, construction and disaster prevention, handles administrative procedures and receives citizens.",
        "history": "The area is known for the Ba To Uprising of 11 March 1945, a special national relic. Since 1 July 2025 the commune reports directly to the province under the two-level local government model.",
        "geography": "A midland commune in south-western Quang Ngai on the Lien River, about 124.5 km², with a rainy season from September to December.",
        "population": "About 14,200 inhabitants of the Hre, Kinh and Ca Dong peoples in 18 villages.",
        "organisation": "The commune administration comprises its leaders, the Office, two specialised divisions and the Public Administrative Service Centre.",
        "leaders": "Leaders of the People's Committee, term 2025-2030.",
    },
    "ward": {
        **_EN_COMMON,
        "positions": {0: "Chairperson of the Ward People's Committee"},
        "home": "Welcome to the e-portal of {unit}, Quang Ngai Province.",
        "functions": "The Ward People's Committee is the local state administration of the ward in the provincial centre.",
        "duties": "It manages urban planning and order, construction, the environment, civil status and social policies in the ward.",
        "history": "Established in 1994, the ward is the administrative and commercial centre of the province.",
        "geography": "Located in central Quang Ngai on the south bank of the Tra Khuc River, about 18.4 km².",
        "population": "About 38,500 inhabitants in 24 residential groups.",
        "organisation": "The ward administration comprises its leaders, the Office, two divisions and the Public Administrative Service Centre.",
        "leaders": "Leaders of the Ward People's Committee, term 2025-2030.",
    },
    "department": {
        **_EN_COMMON,
        "positions": {0: "Director", 1: "Deputy Director"},
        "responsibilities": [
            "General direction; personnel, finance and inspection.",
            "Professional affairs, administrative reform and digital transformation.",
            "Deputy Director",
        ],
        "home": "Welcome to the e-portal of the {unit}.",
        "functions": "The Department is a specialised agency of the Provincial People's Committee, advising it on state management of its sector.",
        "duties": "It drafts provincial decisions and plans for its sector, guides and inspects their implementation and handles administrative procedures.",
        "history": "The Department was established and reorganised by decisions of the Provincial People's Committee; its divisions were streamlined in 2025.",
        "organisation": "The Department comprises its Board of Directors, the Office, the Inspectorate, specialised divisions and affiliated units.",
        "leaders": "Board of Directors.",
    },
    "province": {
        **_EN_COMMON,
        "positions": {0: "Chairman of the Provincial People's Committee"},
        "responsibilities": [
            "General direction of the Provincial People's Committee.",
            "Economy, investment and finance.",
            "Agriculture, natural resources and environment.",
        ],
        "home": "Welcome to the Quang Ngai Province e-portal: direction of the provincial authorities and news from departments, communes and wards.",
        "functions": "The Provincial People's Committee is the local state administration of the province.",
        "duties": "It plans socio-economic development and the budget, manages planning, investment and land, and directs departments and communes.",
        "history": "Quang Ngai Province was re-established in 1989 and merged with Kon Tum Province in 2025.",
        "geography": "On the South Central Coast and the northern Central Highlands, with 144 km of coastline, Ly Son Island and the Dung Quat Economic Zone.",
        "population": "About 2.16 million inhabitants.",
        "organisation": "The Provincial People's Committee and its specialised departments.",
        "leaders": "Leaders of the Provincial People's Committee.",
    },
}
