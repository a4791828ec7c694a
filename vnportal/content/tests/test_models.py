"""Bad input gets a clear message on the field, and nothing is saved half-way."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page

from vnportal.content.blocks import TableBlock, VideoEmbedBlock, parse_table, video_embed_url
from vnportal.content.models import (
    AnnouncementIndexPage,
    AnnouncementPage,
    ArticlePage,
    ContactPage,
    IntroductionPage,
    Leader,
    LeadersPage,
    OrganisationPage,
)
from vnportal.content.validators import validate_official_email

from .conftest import make_article, make_channel


def test_placeholder_flag_follows_the_content(bato):
    intro = IntroductionPage.objects.descendant_of(bato.root_page).get(locale__language_code="vi")
    assert intro.is_placeholder
    intro.functions = "<p>Quản lý nhà nước trên địa bàn xã.</p>"
    intro.full_clean()
    assert intro.is_placeholder  # other fields still carry the marker
    for name in ("duties", "history", "geography", "population"):
        setattr(intro, name, "<p>Thông tin chính thức.</p>")
    intro.full_clean()
    assert not intro.is_placeholder


def test_a_real_page_needs_every_required_field(bato):
    contact = ContactPage.objects.descendant_of(bato.root_page).get(locale__language_code="vi")
    contact.contact_name = "Đinh Thị Lan"
    contact.contact_position = "Công chức"
    contact.contact_phone = ""
    contact.contact_email = ""
    with pytest.raises(ValidationError) as exc:
        contact.full_clean()
    assert {"contact_phone", "contact_email"} <= set(exc.value.message_dict)
    contact.refresh_from_db()
    assert contact.is_placeholder  # nothing saved


def test_local_governments_must_describe_geography_and_population(bato):
    intro = IntroductionPage.objects.descendant_of(bato.root_page).get(locale__language_code="vi")
    for name in ("functions", "duties", "history"):
        setattr(intro, name, "<p>Có nội dung.</p>")
    intro.geography = intro.population = ""
    with pytest.raises(ValidationError) as exc:
        intro.full_clean()
    assert {"geography", "population"} <= set(exc.value.message_dict)


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("ubnd@quangngai.gov.vn", True),
        ("vp@bato.quangngai.gov.vn", True),
        ("xaba@gmail.com", False),
    ],
)
def test_official_email_is_a_gov_vn_address(email, ok):
    if ok:
        validate_official_email(email)
    else:
        with pytest.raises(ValidationError, match="công vụ"):
            validate_official_email(email)


def test_leader_needs_official_email_and_phone(bato):
    page = LeadersPage.objects.descendant_of(bato.root_page).get(locale__language_code="vi")
    leader = Leader(
        page=page,
        name="A",
        position="Chủ tịch",
        responsibilities="Chung",
        phone="12",
        email="a@gmail.com",
    )
    with pytest.raises(ValidationError) as exc:
        leader.full_clean()
    assert {"phone", "email"} <= set(exc.value.message_dict)


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ],
)
def test_allowlisted_videos_embed_through_privacy_friendly_hosts(url, embed):
    assert video_embed_url(url) == embed


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.com/watch?v=dQw4w9WgXcQ",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=bad",
    ],
)
def test_other_video_hosts_are_refused_on_the_field(url):
    block = VideoEmbedBlock()
    with pytest.raises(ValidationError) as exc:
        block.clean(block.to_python({"url": url, "title": "Video", "caption": ""}))
    assert "url" in exc.value.block_errors


def test_video_allowlist_can_be_narrowed_in_settings(settings):
    settings.VNPORTAL_VIDEO_EMBED_HOSTS = ["vimeo.com"]
    with pytest.raises(ValidationError):
        video_embed_url("https://www.youtube.com/watch?v=dQw4w9WgXcQ")


def test_table_accepts_pasted_spreadsheet_rows_and_needs_data():
    assert parse_table("A\tB\n1\t2\n") == [["A", "B"], ["1", "2"]]
    assert parse_table("| A | B |\n| 1 |") == [["A", "B"], ["1", ""]]
    block = TableBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"caption": "Bảng", "header_row": True, "data": "  \n"}))
    html = block.render(
        block.to_python({"caption": "Chỉ tiêu", "header_row": True, "data": "A|B\n1|2"})
    )
    assert "<caption>Chỉ tiêu</caption>" in html and '<th scope="col">A</th>' in html


def test_related_articles_must_come_from_the_same_portal(bato, make_portal):
    other = make_portal("xa-khac", path="xa-khac")
    mine = make_article(make_channel(bato))
    foreign = make_article(make_channel(other))
    article = make_article(make_channel(bato, slug="kenh-2"))
    article.related_links.create(related=mine)
    article.full_clean()
    from vnportal.content.models import ArticleRelatedLink

    article.related_links = [ArticleRelatedLink(related=foreign)]
    with pytest.raises(ValidationError, match="cùng cổng"):
        article.full_clean()


def test_organisation_units_form_a_tree_from_their_levels(bato):
    from vnportal.content.models import OrganisationUnit

    page = OrganisationPage.objects.descendant_of(bato.root_page).get(locale__language_code="vi")
    page.units = [
        OrganisationUnit(name="Văn phòng", level=1),
        OrganisationUnit(name="Tiếp công dân", level=2),
        OrganisationUnit(name="Phòng Kinh tế", level=1),
        OrganisationUnit(name="Lạc cấp", level=3),
    ]
    tree = page.unit_tree()
    assert [n["unit"].name for n in tree] == ["Văn phòng", "Phòng Kinh tế"]
    assert [n["unit"].name for n in tree[0]["children"]] == ["Tiếp công dân"]
    assert [n["unit"].name for n in tree[1]["children"]] == ["Lạc cấp"]


def test_announcements_past_their_expiry_are_hidden_at_once(bato):
    index = AnnouncementIndexPage.objects.descendant_of(bato.root_page).get()
    from vnportal.content.bulk import add_published

    now = timezone.now()
    current = add_published(
        index,
        AnnouncementPage(
            title="Còn hạn",
            slug="a1",
            body="<p>x</p>",
            valid_until=now + datetime.timedelta(days=1),
        ),
    )
    add_published(
        index,
        AnnouncementPage(
            title="Hết hạn",
            slug="a2",
            body="<p>x</p>",
            valid_until=now + datetime.timedelta(seconds=1),
        ),
    )
    later = now + datetime.timedelta(minutes=1)
    assert list(AnnouncementPage.objects.current(later)) == [
        Page.objects.get(pk=current.pk).specific
    ]


def test_article_date_prefers_the_display_date(channel):
    when = timezone.now() - datetime.timedelta(days=30)
    article = make_article(channel, display_date=when)
    assert ArticlePage.objects.get(pk=article.pk).date == when
