"""Shared builders for the security tests: a province with two commune portals and their staff.

Portals are built through the real service (skeleton, groups, workflow), once per test class
(`setUpTestData`), because building one costs seconds.
"""

from wagtail.test.utils.form_data import querydict_from_html, rich_text

from vnportal.accounts.services import add_member, create_staff_user, make_operator
from vnportal.tenancy import services, units
from vnportal.tenancy.choices import BoardRole

PASSWORD = "Mat-khau-dai-2026"
SPAM_HTML = (
    "<p>Nhà cái uy tín hàng đầu châu Á, đăng ký ngay nhận thưởng 100k, "
    "soi kèo bóng đá miễn phí tại fb88.bet</p>"
)
CLEAN_HTML = "<p>Lịch tiếp công dân của Ủy ban nhân dân xã trong tháng 12.</p>"
#: A police report: gambling words in legitimate context, must never be held back.
POLICE_HTML = (
    "<p>Công an xã phối hợp triệt phá đường dây đánh bạc, cá độ bóng đá qua mạng, "
    "khởi tố 5 đối tượng, thu giữ tang vật.</p>"
)


def build_world(cls) -> None:
    """Attach to `cls`: provincial portal, Ba Tơ and Cẩm Thành (path portals), staff of each."""
    province = units.create_unit(code="51", name="Tỉnh Quảng Ngãi", unit_type="province")
    cls.provincial = services.create_portal(
        services.PortalSpec(
            unit_code="51",
            slug="quangngai",
            hostname="quangngai.gov.vn",
            is_provincial=True,
            status="active",
        )
    )
    cls.portals = {}
    for slug, name in (("bato", "Xã Ba Tơ"), ("camthanh", "Phường Cẩm Thành")):
        unit = units.create_unit(code=slug, name=name, unit_type="commune", parent=province)
        cls.portals[slug] = services.create_portal(
            services.PortalSpec(unit_code=unit.code, slug=slug, path=slug, status="active")
        )
    cls.users = {}
    for slug in cls.portals:
        for role in (BoardRole.BOARD_HEAD, BoardRole.PORTAL_ADMIN, BoardRole.EDITOR):
            user = create_staff_user(f"{slug}-{role}", PASSWORD, email=f"{slug}-{role}@example.org")
            add_member(cls.portals[slug], user, role)
            cls.users[f"{slug}-{role}"] = user
    operator = create_staff_user("dieuhanh", PASSWORD, email="dieuhanh@quangngai.gov.vn")
    make_operator(operator)
    cls.users["operator"] = operator


def edit_form(client, url: str, **overrides):
    """The admin form at `url` as the browser would post it, with fields replaced."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for key, value in overrides.items():
        data[key] = value
    return data


__all__ = [
    "CLEAN_HTML",
    "PASSWORD",
    "POLICE_HTML",
    "SPAM_HTML",
    "build_world",
    "edit_form",
    "rich_text",
]
