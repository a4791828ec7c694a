"""What citizens see: every page type renders, in both languages, at a bounded query cost."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from vnportal.content.bulk import add_published
from vnportal.content.models import (
    AnnouncementIndexPage,
    AnnouncementPage,
    ConsultationIndexPage,
    ConsultationPage,
    DisclosurePage,
    PageRating,
)

from .conftest import HOST, make_article, make_channel, path_of

SECTION_URLS = [
    "/",
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lanh-dao/",
    "/lien-he/",
    "/tin-tuc/",
    "/tin-tuc/thong-bao/",
    "/van-ban/",
    "/thu-tuc-hanh-chinh/",
    "/lay-y-kien-du-thao/",
    "/tiep-can-thong-tin/",
    "/hoi-dap-truc-tuyen/",
    "/so-do-cong/",
]


def get(client, url, host=HOST, **kwargs):
    return client.get(url, HTTP_HOST=host, **kwargs)


def query_count(client, url, host=HOST) -> int:
    get(client, url, host)  # warm caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as captured:
        response = get(client, url, host)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


@pytest.mark.parametrize("url", SECTION_URLS)
def test_every_section_renders_with_dublin_core_rating_and_layout(client, bato, url):
    response = get(client, url)
    assert response.status_code == 200
    html = response.content.decode()
    for element in ("title", "creator", "date", "description", "publisher", "identifier"):
        assert f'name="DC.{element}"' in html, element
    assert 'data-testid="rating"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'data-testid="site-footer"' in html


def test_placeholders_are_flagged_and_not_indexed(client, bato):
    html = get(client, "/gioi-thieu/").content.decode()
    assert 'data-testid="placeholder-notice"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert "[NỘI DUNG MẪU]" in html


def test_listing_sections_say_plainly_when_empty(client, bato):
    html = get(client, "/van-ban/").content.decode()
    assert 'data-testid="empty-state"' in html
    assert 'data-testid="placeholder-notice"' not in html


def test_qa_section_links_to_the_portal_qa(client, bato):
    html = get(client, "/xa-ba-to/hoi-dap-truc-tuyen/", host="quangngai.gov.vn").content.decode()
    assert 'href="/xa-ba-to/hoi-dap/"' in html


def test_channel_lists_articles_with_pagination_and_rss(client, bato, channel):
    for i in range(12):
        make_article(channel, title=f"Tin {i:02d}")
    html = get(client, path_of(channel)).content.decode()
    assert html.count('data-testid="article-card"') == 10
    assert 'rel="next"' in html
    page2 = get(client, path_of(channel) + "?trang=2").content.decode()
    assert page2.count('data-testid="article-card"') == 2
    rss = get(client, path_of(channel) + "rss/")
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert rss.content.decode().count("<item>") == 12


def test_article_has_breadcrumbs_share_print_and_related(client, bato, channel):
    first = make_article(channel, title="Xuống giống vụ hè thu")
    article = make_article(
        channel, title="Bê tông hoá đường giao thông", author="Minh Thư", source="Báo Quảng Ngãi"
    )
    html = get(client, path_of(article)).content.decode()
    assert 'data-testid="breadcrumbs"' in html and "Tin tức - Sự kiện" in html
    assert "facebook.com/sharer" in html
    assert f'href="{path_of(article)}ban-in/"' in html
    assert first.title in html  # related: the latest of the same channel
    assert '<meta name="DC.creator" content="Minh Thư">' in html
    printed = get(client, path_of(article) + "ban-in/").content.decode()
    assert article.title in printed and 'data-testid="main-menu"' not in printed


def test_article_body_renders_figures_videos_and_tables(client, channel):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Ảnh", file=get_test_image_file())
    article = make_article(
        channel,
        body=[
            ("paragraph", "<p>Mở đầu.</p>"),
            (
                "figure",
                {"image": image, "alt_text": "Đồng lúa", "caption": "Cánh đồng", "credit": ""},
            ),
            ("video", {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Phóng sự", "caption": ""}),
            ("table", {"caption": "Kết quả", "header_row": True, "data": "A|B\n1|2"}),
        ],
    )
    html = get(client, path_of(article)).content.decode()
    assert 'alt="Đồng lúa"' in html and "<figcaption>Cánh đồng" in html
    assert 'type="image/webp"' in html and "srcset=" in html
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Phóng sự"' in html
    assert "<caption>Kết quả</caption>" in html


def test_query_count_does_not_grow_with_content(client, bato, channel):
    """Every listing and page type costs the same with 5 or 30 items of each kind."""
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(
        title="Ảnh", file=get_test_image_file(), collection=bato.collection
    )
    other = make_channel(bato, title="Y tế", slug="y-te")
    index = AnnouncementIndexPage.objects.descendant_of(bato.root_page).get()
    section = DisclosurePage.objects.descendant_of(bato.root_page).get(section_key="budget")
    counter = iter(range(1000))

    def add(n):
        for _ in range(n):
            make_article(channel, image=image, is_featured=True)
            make_article(other, image=image)
            make_article(section, image=image)
            announcement = AnnouncementPage(
                title="Thông báo",
                slug=f"tb-{next(counter)}",
                body="<p>x</p>",
                valid_until=timezone.now() + datetime.timedelta(days=3),
            )
            add_published(index, announcement)

    target = make_article(channel, image=image)
    urls = {
        "channel": path_of(channel),
        "news_index": "/tin-tuc/",
        "home": "/",
        "article": path_of(target),
        "section": path_of(section),
        "announcements": path_of(index),
        "sitemap": "/so-do-cong/",
        "english_home": "/en/",
    }
    add(5)
    few = {kind: query_count(client, url) for kind, url in urls.items()}
    add(25)
    many = {kind: query_count(client, url) for kind, url in urls.items()}
    assert many == few
    assert max(few.values()) <= 40, few


def test_section_page_stays_within_the_tenancy_budget(client, bato):
    assert query_count(client, "/gioi-thieu/") <= 15


def test_english_pages_and_the_language_switch(client, bato):
    home = get(client, "/en/").content.decode()
    assert '<html lang="en"' in home
    assert 'hreflang="vi" href="/"' in home or 'href="/" lang="vi"' in home
    intro = get(client, "/xa-ba-to/en/gioi-thieu/", host="quangngai.gov.vn").content.decode()
    assert "Introduction" in intro
    assert 'href="/xa-ba-to/gioi-thieu/" lang="vi"' in intro


def test_untranslated_page_says_so_and_links_the_vietnamese_one(client, bato):
    response = get(client, "/xa-ba-to/en/tin-tuc/", host="quangngai.gov.vn")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-testid="missing-translation"' in html
    assert 'href="/xa-ba-to/tin-tuc/"' in html
    assert '<meta name="robots" content="noindex">' in html
    # From the Vietnamese page, the switch leads there rather than to a 404.
    vi = get(client, "/xa-ba-to/tin-tuc/", host="quangngai.gov.vn").content.decode()
    assert 'href="/xa-ba-to/en/tin-tuc/" lang="en"' in vi


def test_english_page_is_flagged_stale_when_the_vietnamese_source_changes(client, bato):
    from vnportal.content.models import ContactPage

    english = ContactPage.objects.descendant_of(bato.root_page).none()
    english = ContactPage.objects.get(
        locale__language_code="en",
        translation_key=ContactPage.objects.descendant_of(bato.root_page).get().translation_key,
    )
    assert 'data-testid="translation-stale"' not in get(client, "/en/lien-he/").content.decode()
    source = ContactPage.objects.descendant_of(bato.root_page).get()
    source.contact_name = "Đinh Thị Lan"
    source.save_revision().publish()
    assert 'data-testid="translation-stale"' in get(client, "/en/lien-he/").content.decode()
    english.save_revision().publish()
    assert 'data-testid="translation-stale"' not in get(client, "/en/lien-he/").content.decode()


def test_sitemap_exists_as_html_tree_and_xml_with_english_pages(client, bato):
    html = get(client, "/so-do-cong/").content.decode()
    assert 'data-testid="sitemap-tree"' in html and "Tiếp cận thông tin" in html
    xml = get(client, "/sitemap.xml").content.decode()
    assert "http://bato.quangngai.gov.vn/gioi-thieu/" in xml
    assert "http://bato.quangngai.gov.vn/en/gioi-thieu/" in xml
    assert "Sitemap:" in get(client, "/robots.txt").content.decode()


def test_rating_is_stored_without_personal_identifiers_and_rate_limited(client, bato):
    from wagtail.models import Page

    page = Page.objects.get(url_path=bato.root_page.url_path + "gioi-thieu/")
    response = client.post(
        "/danh-gia/", {"page": page.pk, "score": 5}, HTTP_HOST=HOST, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 303 and response["Location"].endswith(
        "?danh-gia=cam-on#danh-gia"
    )
    rating = PageRating.objects.get()
    assert (rating.portal, rating.page_id, rating.score) == (bato, page.pk, 5)
    assert {f.name for f in PageRating._meta.fields} == {
        "id",
        "portal",
        "page",
        "score",
        "rated_on",
    }
    again = client.post(
        "/danh-gia/", {"page": page.pk, "score": 1}, HTTP_HOST=HOST, REMOTE_ADDR="203.0.113.7"
    )
    assert again["Location"].endswith("danh-gia=da-ghi-nhan#danh-gia")
    assert PageRating.objects.count() == 1


def test_rating_needs_csrf_and_refuses_pages_of_other_portals(bato, make_portal):
    from django.test import Client
    from wagtail.models import Page

    strict = Client(enforce_csrf_checks=True)
    page = Page.objects.get(
        url_path__endswith="/gioi-thieu/",
        locale__language_code="vi",
        path__startswith=bato.root_page.path,
    )
    assert (
        strict.post("/danh-gia/", {"page": page.pk, "score": 4}, HTTP_HOST=HOST).status_code == 403
    )
    other = make_portal("xa-khac", host="xakhac.quangngai.gov.vn")
    client = Client()
    client.post("/danh-gia/", {"page": page.pk, "score": 4}, HTTP_HOST="xakhac.quangngai.gov.vn")
    assert not PageRating.objects.filter(portal=other).exists()


def test_consultation_takes_comments_until_closing_and_shows_published_ones(client, bato):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    doc = Document.objects.create(title="Dự thảo", file=ContentFile(b"%PDF-1.4", name="d.pdf"))
    index = ConsultationIndexPage.objects.descendant_of(bato.root_page).get()
    now = timezone.now()
    page = add_published(
        index,
        ConsultationPage(
            title="Dự thảo quy chế",
            slug="du-thao",
            summary="<p>Tóm tắt</p>",
            drafting_agency="Văn phòng",
            draft_document=doc,
            opens_at=now - datetime.timedelta(days=1),
            closes_at=now + datetime.timedelta(days=10),
        ),
    )
    url = path_of(page)
    response = client.post(
        url + "gop-y/",
        {"name": "Nguyễn Văn Tâm", "body": "Đề nghị bổ sung thời hạn cập nhật."},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 303
    comment = page.comments.get()
    assert comment.portal == bato and comment.status == "pending"
    html = get(client, url).content.decode()
    assert "Đã nhận 1 ý kiến" in html and "bổ sung thời hạn" not in html  # waits for the board
    bad = client.post(url + "gop-y/", {"name": "", "body": "x"}, HTTP_HOST=HOST)
    assert bad.status_code == 400 and 'class="field-error"' in bad.content.decode()
    ConsultationPage.objects.filter(pk=page.pk).update(
        closes_at=now - datetime.timedelta(minutes=1)
    )
    closed = client.post(
        url + "gop-y/", {"name": "A", "body": "Góp ý sau hạn chót."}, HTTP_HOST=HOST
    )
    assert closed.status_code == 400 and page.comments.count() == 1


def test_provincial_home_lists_component_news_filterable_by_unit(
    client, bato, make_portal, provincial_portal
):
    other = make_portal("camthanh", path="phuong-cam-thanh", unit_type="ward")
    make_article(make_channel(bato), title="Tin của xã Ba Tơ")
    make_article(make_channel(other), title="Tin của phường Cẩm Thành")
    html = get(client, "/", host="quangngai.gov.vn").content.decode()
    assert "Tin của xã Ba Tơ" in html and "Tin của phường Cẩm Thành" in html
    assert 'href="/xa-ba-to/tin-tuc/' in html
    filtered = get(client, "/?don-vi=camthanh", host="quangngai.gov.vn").content.decode()
    assert "Tin của phường Cẩm Thành" in filtered and "Tin của xã Ba Tơ" not in filtered


def test_suspended_portal_news_is_not_listed_on_the_province(client, bato, provincial_portal):
    from vnportal.tenancy.services import suspend_portal

    make_article(make_channel(bato), title="Tin của xã Ba Tơ")
    suspend_portal(bato, reason="Không hoạt động")
    assert "Tin của xã Ba Tơ" not in get(client, "/", host="quangngai.gov.vn").content.decode()


def test_links_on_a_path_portal_keep_its_prefix(client, bato, channel):
    make_article(channel)
    html = get(client, "/xa-ba-to/", host="quangngai.gov.vn").content.decode()
    links = re.findall(r'href="(/[^"]*)"', html)
    outside = [u for u in links if not u.startswith(("/xa-ba-to/", "/static/"))]
    assert not outside, outside
