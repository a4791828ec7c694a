"""Security in a real browser: injected and reflected script never runs on a public page (the
escaping, and behind it the strict Content-Security-Policy), and a brute-forced login is locked
with a message a person understands."""

import pytest

from e2e.pages import AdminLoginPage, PublicPortalPage
from vnportal.demo.data import PASSWORD

pytestmark = pytest.mark.e2e

COMMUNE = "/xa-ba-to/"
#: Each payload, if it ever ran, would set a marker the test reads back.
STORED = (
    "<p>Thông báo lịch tiếp dân.</p>"
    "<img src=x onerror=\"window.__xss='img'\">"
    "<script>window.__xss='script'</script>"
    '<a href="javascript:window.__xss=\'link\'" data-testid="xss-link">Xem chi tiết</a>'
)
REFLECTED = "<img src=x onerror=\"window.__xss='reflected'\">"


@pytest.fixture
def strict_page(browser, demo_server):
    """A page that, unlike the shared fixture, keeps the site's CSP (no axe injection here)."""
    context = browser.new_context(base_url=demo_server.url, locale="vi-VN")
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def injected_page(demo_server):
    """A live page whose stored body was written around every check (an importer, raw SQL)."""
    from vnportal.content.models import SectionPage
    from vnportal.tenancy.models import Portal

    home = Portal.objects.get(slug="xabato").root_page
    page = SectionPage(title="Trang bị chèn mã", slug="trang-bi-chen-ma", body="<p>x</p>")
    home.add_child(instance=page)
    page.save_revision().publish()
    SectionPage.objects.filter(pk=page.pk).update(body=STORED)
    return page


def test_stored_script_is_blocked_by_the_browser(strict_page, injected_page):
    violations = []
    strict_page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    response = PublicPortalPage(strict_page, COMMUNE).open(injected_page.slug + "/")
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert strict_page.get_by_text("Thông báo lịch tiếp dân.").is_visible()
    strict_page.get_by_test_id("xss-link").click()
    strict_page.wait_for_timeout(300)
    assert strict_page.evaluate("window.__xss") is None
    assert violations, "the browser should report the blocked inline script"


def test_reflected_markup_is_shown_as_text(strict_page):
    strict_page.goto(f"{COMMUNE}hoi-dap/?q={REFLECTED}")
    strict_page.wait_for_load_state("load")
    assert strict_page.evaluate("window.__xss") is None
    assert strict_page.locator("img[src=x]").count() == 0


def test_login_brute_force_shows_the_lockout_message(new_page):
    from django.conf import settings

    page = new_page()
    login = AdminLoginPage(page)
    login.open()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        with pytest.raises(AssertionError):
            login.login("bato.truongban", "sai-" + PASSWORD)
        if page.get_by_test_id("locked-out").count():
            break
        login = AdminLoginPage(page)
    locked = page.get_by_test_id("locked-out")
    assert locked.is_visible()
    assert "Tạm khoá đăng nhập" in locked.inner_text()
    # The right password does not get through a locked address either.
    login.open()
    login.form.locator("input[name=username]").fill("bato.truongban")
    login.form.locator("input[name=password]").fill(PASSWORD)
    login.form.locator("button[type=submit], input[type=submit]").first.click()
    page.wait_for_load_state("load")
    assert page.get_by_test_id("locked-out").is_visible()
    assert "/admin/login/" in page.url
