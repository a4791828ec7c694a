"""Q&A in a real browser: a citizen asks on a commune portal, the board answers, the leader approves,
and the answer appears publicly without the asker's contact details."""

import secrets
from urllib.parse import urlsplit

import pytest

from e2e.axe import assert_no_serious_violations
from e2e.conftest import PHONE
from e2e.pages import AdminLoginPage
from vnportal.demo.data import PASSWORD

pytestmark = pytest.mark.e2e

COMMUNE = "/xa-ba-to/"
QA = COMMUNE + "hoi-dap/"
NARROWEST = {"width": 320, "height": 640}

ASKER = {
    "name": "Đinh Thị Hạnh",
    "email": "dinhthihanh.e2e@example.com",
    "phone": "0914 555 017",
    "address": "Thôn Gò Khế, xã Ba Tơ",
}
ANSWER = (
    "Hồ sơ gồm tờ khai thay đổi thông tin cư trú và giấy tờ chứng minh chỗ ở hợp pháp; nộp tại "
    "Công an xã hoặc qua Cổng Dịch vụ công quốc gia."
)


def login(new_page, username: str):
    page = new_page()
    login_page = AdminLoginPage(page)
    assert login_page.open().status == 200
    login_page.login(username, PASSWORD)
    return page


def open_question(page, code: str) -> None:
    """Find the question by its tracking code in the admin list and open it."""
    page.goto("/admin/hoi-dap/?q=" + code)
    with page.expect_navigation():
        page.get_by_role("link", name=code).click()
    assert page.get_by_test_id("qa-question-detail").is_visible()


def act(page, action: str, fields: dict | None = None) -> None:
    """Fill one action form of the admin question screen and submit it."""
    form = page.locator(f'section[data-action="{action}"] form')
    for name, value in (fields or {}).items():
        field = form.locator(f'[name="{action}-{name}"]')
        if field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert page.locator(".messages .error").count() == 0, page.locator(".messages").inner_text()


def ask_question(page, title: str) -> str:
    response = page.goto(QA + "dat-cau-hoi/")
    assert response.status == 200
    form = page.get_by_test_id("qa-ask-form")
    form.get_by_label("Họ và tên").fill(ASKER["name"])
    form.get_by_label("Thư điện tử").fill(ASKER["email"])
    form.get_by_label("Điện thoại").fill(ASKER["phone"])
    form.get_by_label("Địa chỉ").fill(ASKER["address"])
    form.get_by_label("Lĩnh vực").select_option("civil_status")
    form.get_by_label("Tiêu đề").fill(title)
    form.get_by_label("Nội dung câu hỏi").fill(
        "Tôi chuyển về sống cùng bố mẹ tại xã Ba Tơ. Xin hỏi thủ tục đăng ký thường trú?"
    )
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert urlsplit(page.url).path == QA + "da-tiep-nhan/"
    code = page.get_by_test_id("tracking-code").inner_text().strip()
    assert code.startswith("HD-")
    return code


def test_ask_answer_publish_without_contact_details(new_page):
    title = f"Thủ tục đăng ký thường trú khi chuyển về ở cùng bố mẹ {secrets.token_hex(3)}"

    # 1. A citizen asks on the commune portal, on a phone, without logging in.
    citizen = new_page(viewport=PHONE)
    code = ask_question(citizen, title)
    assert_no_serious_violations(citizen)

    # 2. The editor takes the question on and drafts the answer.
    editor = login(new_page, "bato.bientap")
    open_question(editor, code)
    assert editor.get_by_test_id("qa-deadline-explanation").is_visible()
    act(editor, "accept", {"scope": "within_authority"})
    act(editor, "draft", {"answer": ANSWER})
    assert editor.locator('section[data-action="approve"]').count() == 0  # leader only

    # 3. The leader (board head) approves and publishes.
    leader = login(new_page, "bato.truongban")
    open_question(leader, code)
    act(leader, "approve", {"answer": ANSWER})
    act(leader, "publish")
    assert "Đã công khai" in leader.get_by_test_id("qa-status").inner_text()

    # 4. The answer is public, without the asker's e-mail, phone or address.
    visitor = new_page(viewport=PHONE)
    visitor.goto(QA)
    listing = visitor.get_by_test_id("qa-answers")
    assert title in listing.inner_text()
    assert_no_serious_violations(visitor)
    visitor.get_by_role("link", name=title).click()
    assert ANSWER in visitor.get_by_test_id("qa-answer").inner_text()
    assert_no_serious_violations(visitor)
    detail_html = visitor.content()
    visitor.goto(QA)
    for html in (detail_html, visitor.content()):
        for secret in (ASKER["email"], ASKER["phone"], ASKER["address"]):
            assert secret not in html

    # 5. The asker tracks the question with code + e-mail and sees the answer.
    citizen.goto(QA + "tra-cuu/")
    citizen.get_by_label("Mã tra cứu").fill(code)
    citizen.get_by_label("Thư điện tử đã dùng khi gửi").fill(ASKER["email"])
    with citizen.expect_navigation():
        citizen.get_by_test_id("qa-track-form").locator("button[type=submit]").click()
    assert "Đã trả lời" in citizen.get_by_test_id("track-status").inner_text()
    assert_no_serious_violations(citizen)


def test_ask_form_errors_and_narrow_screen(new_page):
    page = new_page(viewport=NARROWEST)
    page.goto(QA + "dat-cau-hoi/")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= NARROWEST["width"], width
    with page.expect_navigation():
        page.get_by_test_id("qa-ask-form").locator("button[type=submit]").click()
    assert page.get_by_test_id("form-errors").is_visible()
    email = page.locator("#id_email")
    assert email.get_attribute("aria-invalid") == "true"
    assert "id_email_error" in (email.get_attribute("aria-describedby") or "")
    assert not page.locator(".qa-trap input").is_visible()
    assert_no_serious_violations(page)


def test_wrong_tracking_pair_says_not_found(new_page):
    page = new_page()
    page.goto(QA + "tra-cuu/")
    page.get_by_label("Mã tra cứu").fill("HD-2026-ABCDEFGH")
    page.get_by_label("Thư điện tử đã dùng khi gửi").fill("khong-co@example.com")
    with page.expect_navigation():
        page.get_by_test_id("qa-track-form").locator("button[type=submit]").click()
    assert page.get_by_test_id("track-not-found").is_visible()
    assert_no_serious_violations(page)
