"""Search in a real browser, on a 320 px phone: a citizen of Xã Ba Tơ goes from the header to the
search page, types "dat dai" without diacritics, sees highlighted results of the demo, narrows them
to one type, and gets useful help when nothing matches. axe checks both result pages."""

from urllib.parse import parse_qs, urlsplit

import pytest

from e2e.axe import assert_no_serious_violations
from e2e.pages.public import PublicPortalPage

pytestmark = pytest.mark.e2e

COMMUNE = "/xa-ba-to/"
NARROW = {"width": 320, "height": 640}


def test_search_without_diacritics_highlights_filters_and_helps(new_page):
    page = new_page(viewport=NARROW)
    portal = PublicPortalPage(page, COMMUNE)
    assert portal.open().status == 200
    with page.expect_navigation():
        portal.header.get_by_role("link", name="Tìm kiếm").click()
    assert urlsplit(page.url).path == COMMUNE + "tim-kiem/"

    portal.search("dat dai")
    results = page.get_by_test_id("search-result")
    assert results.count() > 0
    assert page.locator("[data-testid=search-results] mark").count() > 0
    marked = page.locator("[data-testid=search-results] mark").first.inner_text().lower()
    assert marked.startswith(("đất", "dat")), marked
    links = [urlsplit(u).path for u in portal.link_urls("[data-testid=search-results]")]
    assert all(path.startswith(COMMUNE) for path in links), links
    assert portal.scroll_width() <= NARROW["width"], portal.widest_elements()
    assert_no_serious_violations(page)

    # Narrow to the type of the first result: every result left is of that type.
    first_kind = results.first.locator(".search-kind").inner_text()
    page.get_by_label("Loại").select_option(label=first_kind)
    with page.expect_navigation():
        page.get_by_test_id("search-filter").click()
    assert parse_qs(urlsplit(page.url).query)["q"] == ["dat dai"]
    kinds = page.locator("[data-testid=search-result] .search-kind").all_inner_texts()
    assert kinds and set(kinds) == {first_kind}

    # Nothing found: suggestions and links to procedures and Q&A, still accessible.
    portal.search("đườngkhôngcó")
    help_box = page.get_by_test_id("no-results")
    assert help_box.is_visible()
    assert help_box.get_by_test_id("unaccented-link").is_visible()
    help_links = [urlsplit(u).path for u in portal.link_urls("[data-testid=no-results]")]
    assert COMMUNE + "tra-cuu/thu-tuc/" in help_links
    assert COMMUNE + "hoi-dap/" in help_links
    assert portal.scroll_width() <= NARROW["width"], portal.widest_elements()
    assert_no_serious_violations(page)
