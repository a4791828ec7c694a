"""Content in a real browser: the editorial workflow end to end, and axe on every public page type.

The demo content (`vnportal.demo.content_demo.load_demo_content`) is loaded once for this module on
top of the demo province that `demo_server` loads; it is idempotent, so it does no harm when
`load_demo` already calls it.
"""

import re
import uuid
from urllib.parse import urlsplit

import pytest

from e2e.axe import assert_no_serious_violations
from e2e.conftest import DESKTOP, PHONE
from e2e.pages import AdminLoginPage, PublicPortalPage
from vnportal.demo import data

pytestmark = pytest.mark.e2e

COMMUNE = "/xa-ba-to/"
CHANNEL = COMMUNE + "tin-tuc/tin-hoat-dong/"

#: One URL per public page type of the content domain (paths under the commune portal).
PAGE_TYPES = {
    "home": "",
    "introduction": "gioi-thieu/",
    "organisation": "co-cau-to-chuc/",
    "leaders": "lanh-dao/",
    "contact": "lien-he/",
    "news-index": "tin-tuc/",
    "channel": "tin-tuc/tin-hoat-dong/",
    "article": "tin-tuc/tin-hoat-dong/tin-hoat-dong-2/",
    "article-print": "tin-tuc/tin-hoat-dong/tin-hoat-dong-2/ban-in/",
    "announcements": "tin-tuc/thong-bao/",
    "announcement": "tin-tuc/thong-bao/thong-bao-1/",
    "disclosure": "cong-khai-ngan-sach/",
    "procedures": "thu-tuc-hanh-chinh/",
    "consultation-index": "lay-y-kien-du-thao/",
    "consultation": "lay-y-kien-du-thao/du-thao-2/",
    "access-to-information": "tiep-can-thong-tin/",
    "qa-section": "hoi-dap-truc-tuyen/",
    "sitemap": "so-do-cong/",
    "english-home": "en/",
    "english-introduction": "en/gioi-thieu/",
    "english-missing": "en/tin-tuc/",
}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture(scope="module")
def demo_content(demo_server, django_db_blocker):
    from django.core.cache import cache

    from vnportal.demo.content_demo import load_demo_content

    with django_db_blocker.unblock():
        load_demo_content()
        cache.clear()
    return demo_server


@pytest.fixture
def schedule_url(demo_content):
    """The current week's schedule page (its slug carries the date)."""
    from vnportal.content.models import WorkSchedulePage

    week = WorkSchedulePage.objects.filter(url_path__contains="/lanh-dao/").order_by("-week_start")
    page = week.filter(path__startswith=_root_path("xabato")).first()
    return COMMUNE + "lanh-dao/" + page.slug + "/"


def _root_path(slug):
    from vnportal.tenancy.models import Portal

    return Portal.objects.get(slug=slug).root_page.path


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("kind", [*PAGE_TYPES, "work-schedule"])
def test_public_page_type_has_no_serious_accessibility_violations(
    new_page, demo_content, schedule_url, kind, viewport
):
    page = new_page(viewport=VIEWPORTS[viewport])
    url = schedule_url if kind == "work-schedule" else COMMUNE + PAGE_TYPES[kind]
    response = page.goto(url)
    assert response.status == 200, url
    assert_no_serious_violations(page)


def test_every_section_shows_real_content_in_the_demo(page, demo_content):
    portal = PublicPortalPage(page, COMMUNE)
    for kind in ("introduction", "organisation", "leaders", "contact", "access-to-information"):
        portal.open(PAGE_TYPES[kind])
        assert portal.placeholder_notice.count() == 0, kind
    portal.open("lanh-dao/")
    assert page.get_by_test_id("leader").count() >= 2
    assert page.get_by_test_id("work-schedule").locator("tbody tr").count() >= 3
    portal.open("en/gioi-thieu/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert portal.placeholder_notice.count() == 0


def test_language_switch_and_untranslated_notice(page, demo_content):
    portal = PublicPortalPage(page, COMMUNE)
    portal.open("gioi-thieu/")
    page.get_by_test_id("language-switch").get_by_role("link", name="English").click()
    assert urlsplit(page.url).path == COMMUNE + "en/gioi-thieu/"
    portal.open("tin-tuc/")
    page.get_by_test_id("language-switch").get_by_role("link", name="English").click()
    assert page.get_by_test_id("missing-translation").is_visible()
    page.get_by_test_id("source-link").click()
    assert urlsplit(page.url).path == COMMUNE + "tin-tuc/"


def test_reader_rates_a_page_anonymously(page, demo_content):
    portal = PublicPortalPage(page, COMMUNE)
    portal.open("gioi-thieu/")
    rating = page.get_by_test_id("rating")
    rating.get_by_label("Hài lòng", exact=True).check()
    rating.get_by_role("button", name="Gửi đánh giá").click()
    assert page.get_by_test_id("rating-thanks").is_visible()
    assert urlsplit(page.url).path == COMMUNE + "gioi-thieu/"


def _login(browser_page, username):
    login = AdminLoginPage(browser_page)
    login.open()
    login.login(username, data.PASSWORD)


def _write_article(page, channel_id, title):
    page.goto(f"/admin/pages/add/content/articlepage/{channel_id}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_lead").fill(
        "Tin thử nghiệm quy trình duyệt: cộng tác viên viết, biên tập viên xem."
    )
    # StreamField: add a paragraph block and type into its rich text editor.
    page.locator("#panel-child-content-body-content button[title]").first.click()
    page.get_by_role("option", name="Đoạn văn").click()
    from playwright.sync_api import expect

    editor = page.locator("#panel-child-content-body-content [contenteditable=true]").first
    editor.wait_for(state="visible")
    text = "Nội dung tin bài được viết trong trình duyệt."
    for _attempt in range(3):
        editor.click()
        page.keyboard.type(text)
        if text in editor.inner_text():
            break
    expect(editor).to_contain_text(text)
    # Draftail writes its hidden input on change; leave the editor and let it flush.
    page.locator("#id_lead").click()
    page.wait_for_function(
        """() => [...document.querySelectorAll('input[name="body-0-value"]')]
                  .some(i => i.value.includes('trình duyệt'))""",
        timeout=5000,
    )


def _click_hidden(page, selector):
    """Action-menu items sit in a dropdown; clicking through JS is what the dropdown does."""
    if not page.locator(selector).count():
        from wagtail.models import WorkflowState

        states = list(WorkflowState.objects.values("object_id", "status"))
        menu = page.locator("footer, .w-dropdown, [data-side-panel]").all_inner_texts()
        raise AssertionError(f"{selector} not on {page.url}; states={states}; menu={menu}")
    with page.expect_navigation():
        # A form's own submit buttons go through requestSubmit (so the button is the submitter);
        # workflow buttons have their own click handler that posts the action.
        page.evaluate(
            """s => { const b = document.querySelector(s);
                      if (b.name && b.form) { b.form.requestSubmit(b); } else { b.click(); } }""",
            selector,
        )


def _article_id(title, page=None):
    from vnportal.content.models import ArticlePage

    found = ArticlePage.objects.filter(title=title).first()
    if found is None and page is not None:
        errors = page.evaluate(  # the fields the admin marked, to explain the failure
            """() => [...document.querySelectorAll('.w-field__errors')]
                .filter(e => e.textContent.trim())
                .map(e => (e.id || '') + ': ' + e.textContent.trim())"""
        )
        raise AssertionError(f"article not saved: {page.url} {errors}")
    return found.pk


def _channel_id():
    from vnportal.content.models import NewsChannelPage

    return NewsChannelPage.objects.get(
        slug="tin-hoat-dong", path__startswith=_root_path("xabato")
    ).pk


def test_contributor_editor_board_head_publish_an_article(new_page, demo_content):
    title = f"Tin E2E được duyệt {uuid.uuid4().hex[:6]}"
    contributor = new_page()
    _login(contributor, "bato.congtac")
    _write_article(contributor, _channel_id(), title)
    _click_hidden(contributor, 'button[name="action-submit"]')
    article_id = _article_id(title, contributor)
    public = new_page()
    public.goto(CHANNEL)
    assert title not in public.content()

    editor = new_page()
    _login(editor, "bato.bientap")
    editor.goto(f"/admin/pages/{article_id}/edit/")
    _click_hidden(editor, 'button[data-workflow-action-name="approve"]')
    public.goto(CHANNEL)
    assert title not in public.content()  # approved by the editor only

    head = new_page()
    _login(head, "bato.truongban")
    head.goto(f"/admin/pages/{article_id}/edit/")
    _click_hidden(head, 'button[data-workflow-action-name="approve"]')
    public.goto(CHANNEL)
    public.get_by_role("link", name=title).click()
    assert public.get_by_test_id("page-title").inner_text() == title
    assert re.search(r"/xa-ba-to/tin-tuc/tin-hoat-dong/[^/]+/$", public.url)


def test_rejected_draft_stays_invisible(new_page, demo_content):
    title = f"Tin E2E bị trả lại {uuid.uuid4().hex[:6]}"
    contributor = new_page()
    _login(contributor, "bato.congtac")
    _write_article(contributor, _channel_id(), title)
    _click_hidden(contributor, 'button[name="action-submit"]')
    article_id = _article_id(title, contributor)

    editor = new_page()
    _login(editor, "bato.bientap")
    editor.goto(f"/admin/pages/{article_id}/edit/")
    editor.evaluate(
        "() => document.querySelector('button[data-workflow-action-name=\"reject\"]').click()"
    )
    modal = editor.locator(".modal-content, [role=dialog]").filter(has=editor.locator("textarea"))
    modal.locator("textarea").fill("Cần bổ sung số liệu.")
    with editor.expect_navigation():
        modal.locator("button[type=submit], input[type=submit]").first.click()

    public = new_page()
    public.goto(CHANNEL)
    assert title not in public.content()
    from vnportal.content.models import ArticlePage

    slug = ArticlePage.objects.get(pk=article_id).slug
    assert public.goto(CHANNEL + slug + "/").status == 404
