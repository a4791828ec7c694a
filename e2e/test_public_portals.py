"""The public portals in a real browser: accessibility, small screens, reading aids, routing."""

from urllib.parse import urlsplit

import pytest

from e2e.axe import assert_no_serious_violations
from e2e.conftest import DESKTOP, PHONE
from e2e.pages import PortalUnavailablePage, PublicPortalPage
from vnportal.demo import data

pytestmark = pytest.mark.e2e

COMMUNE = "/xa-ba-to/"
SUSPENDED = "/huyen-ba-to/"
TRIAL = "/xa-ba-vi/"  # the demo never fills its sections: they keep their placeholder text
SUSPENDED_REASON = next(p["reason"] for p in data.PORTALS if p["slug"] == "huyenbato")

#: One URL per public page type, with the status it must answer.
PAGE_TYPES = {
    "portal-home": (COMMUNE, 200),
    "section": (COMMUNE + "gioi-thieu/", 200),
    "section-with-table": (COMMUNE + "lanh-dao/", 200),
    "placeholder-section": (TRIAL + "gioi-thieu/", 200),
    "sitemap": (COMMUNE + "so-do-cong/", 200),
    "search": (COMMUNE + "tim-kiem/?q=Ba+T%C6%A1", 200),
    "suspended-notice": (SUSPENDED, 503),
    "trial-portal-home": (TRIAL, 200),
}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
NARROWEST = {"width": 320, "height": 640}
SCREENSHOT = "/tmp/e2e-commune-home.png"  # noqa: S108 - fixed place for a person to look at


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_type_has_no_serious_accessibility_violations(new_page, kind, viewport):
    url, status = PAGE_TYPES[kind]
    page = new_page(viewport=VIEWPORTS[viewport])
    response = page.goto(url)
    assert response.status == status
    assert_no_serious_violations(page)


#: Every page type, plus the provincial home and the portal with the longest unit name.
NARROW_PAGES = {
    **{kind: url for kind, (url, _status) in PAGE_TYPES.items()},
    "provincial-home": "/",
    "department-home": "/so-nong-nghiep/",
}


@pytest.mark.parametrize("kind", NARROW_PAGES)
def test_no_horizontal_scroll_at_320_px(new_page, kind):
    url = NARROW_PAGES[kind]
    page = new_page(viewport=NARROWEST)
    page.goto(url)
    portal = PublicPortalPage(page)
    width = portal.scroll_width()
    assert width <= NARROWEST["width"] + 1, (
        f"{url} is {width}px wide at 320px; widest: {portal.widest_elements()}"
    )


@pytest.mark.parametrize("kind", ["portal-home", "section", "section-with-table", "sitemap"])
def test_portal_pages_have_header_menu_title_and_footer(page, kind):
    url, _status = PAGE_TYPES[kind]
    page.goto(url)
    portal = PublicPortalPage(page, COMMUNE)
    for block in (portal.header, portal.main_menu, portal.title, portal.footer):
        assert block.is_visible()
    assert portal.unit_name.inner_text().strip() == "XÃ BA TƠ"
    assert "Xã Ba Tơ" in portal.footer.inner_text()


def placeholder_flags(portal_slug: str) -> dict[str, bool]:
    """Slug → is_placeholder of each live top-level section of a portal, from the database."""
    from wagtail.models import Page

    from vnportal.tenancy.models import Portal

    root = Portal.objects.get(slug=portal_slug).root_page
    sections = Page.objects.child_of(root).live().specific()
    return {p.slug: bool(getattr(p, "is_placeholder", False)) for p in sections}


def test_placeholder_sections_and_only_they_show_the_notice(page, demo_server):
    flags = {COMMUNE: placeholder_flags("xabato"), TRIAL: placeholder_flags("xabavi")}
    assert any(flags[TRIAL].values()), "the trial portal should still have placeholder sections"
    assert not all(flags[COMMUNE].values()), "the demo should fill some commune sections"
    # The notice is server-rendered: fetch the HTML (fast) rather than render ~35 pages.
    marker = 'data-testid="placeholder-notice"'
    wrong = []
    for prefix, sections in flags.items():
        for slug, is_placeholder in sections.items():
            response = page.request.get(f"{demo_server.url}{prefix}{slug}/")
            assert response.status == 200, (prefix, slug, response.status)
            if response.text().count(marker) != int(is_placeholder):
                wrong.append((f"{prefix}{slug}/", is_placeholder))
    assert not wrong, f"placeholder notice missing or misplaced (url, is_placeholder): {wrong}"
    # And a browser shows it: a placeholder page with its notice visible.
    slug = next(slug for slug, flag in flags[TRIAL].items() if flag)
    PublicPortalPage(page, TRIAL).open(f"{slug}/")
    assert PublicPortalPage(page).placeholder_notice.is_visible()


def test_sitemap_lists_the_portal_sections(page):
    portal = PublicPortalPage(page, COMMUNE)
    portal.open("so-do-cong/")
    entries = portal.sitemap_tree.locator("a")
    titles = [t.strip() for t in entries.all_inner_texts()]
    assert {"Giới thiệu", "Lãnh đạo", "Đầu mối liên hệ"} <= set(titles)


def test_font_size_buttons_change_the_root_font_size(page):
    portal = PublicPortalPage(page, COMMUNE)
    portal.open()
    normal = portal.root_font_size_px()

    portal.choose_font_size("large")
    large = portal.root_font_size_px()
    assert large > normal

    portal.choose_font_size("small")
    assert portal.root_font_size_px() < normal

    portal.choose_font_size("normal")
    assert portal.root_font_size_px() == normal

    # The choice is remembered on the next page.
    portal.choose_font_size("large")
    portal.open("gioi-thieu/")
    assert portal.root_font_size_px() == large


def test_suspended_portal_shows_the_notice_and_reason_with_503(page):
    notice_page = PortalUnavailablePage(page, SUSPENDED)
    for path in ("", "gioi-thieu/"):
        response = notice_page.open(path)
        assert response.status == 503
        assert notice_page.notice.is_visible()
        assert SUSPENDED_REASON in notice_page.reason.inner_text()
    assert page.get_by_test_id("site-header").count() == 0


@pytest.mark.parametrize("kind", ["portal-home", "section", "sitemap", "search"])
def test_path_portal_links_keep_the_prefix(page, kind, demo_server):
    url, _status = PAGE_TYPES[kind]
    page.goto(url)
    portal = PublicPortalPage(page, COMMUNE)
    server = urlsplit(demo_server.url).netloc
    links = [u for u in portal.link_urls() if urlsplit(u).scheme in ("http", "https")]
    assert links
    wrong = [
        u for u in links if urlsplit(u).netloc != server or not urlsplit(u).path.startswith(COMMUNE)
    ]
    assert not wrong, f"links on {url} leave the portal {COMMUNE}: {wrong}"


def test_menu_navigation_and_search_stay_in_the_path_portal(page):
    portal = PublicPortalPage(page, COMMUNE)
    portal.open()
    menu = portal.menu_links()
    assert menu[0] == ("Trang chủ", COMMUNE)
    assert ("Giới thiệu", COMMUNE + "gioi-thieu/") in menu

    portal.main_menu.get_by_role("link", name="Lãnh đạo").click()
    assert urlsplit(page.url).path == COMMUNE + "lanh-dao/"
    assert portal.title.inner_text() == "Lãnh đạo"

    page.goto(COMMUNE + "tim-kiem/")
    portal.search("Giới thiệu")
    assert urlsplit(page.url).path == COMMUNE + "tim-kiem/"
    results = [urlsplit(u).path for u in portal.link_urls("[data-testid=search-results]")]
    assert COMMUNE + "gioi-thieu/" in results
    assert all(path.startswith(COMMUNE) for path in results), results


def test_commune_home_links_all_answer(page, demo_server):
    portal = PublicPortalPage(page, COMMUNE)
    portal.open()
    internal = sorted(
        {u.split("#", 1)[0] for u in portal.link_urls() if u.startswith(demo_server.url + "/")}
    )
    assert len(internal) > 10
    broken = []
    for url in internal:
        status = page.request.get(url).status
        if status >= 400:
            broken.append((url, status))
    assert not broken, f"broken links on {COMMUNE}: {broken}"


def test_commune_home_screenshot_at_phone_width(new_page):
    page = new_page(viewport=PHONE)
    response = page.goto(COMMUNE)
    assert response.status == 200
    page.screenshot(path=SCREENSHOT, full_page=True)
