"""Builders for Q&A tests: two commune portals with a full board each, and an operator."""

import datetime
import zoneinfo

import pytest

from vnportal.accounts.services import add_member, create_staff_user, make_operator
from vnportal.qa import services

VN = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def at(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=VN)


@pytest.fixture
def portal_a(make_portal):
    portal = make_portal("xaa", path="xa-a")
    portal.email = "ubnd.xaa@example.org"
    portal.save(update_fields=["email"])
    return portal


@pytest.fixture
def portal_b(make_portal):
    return make_portal("xab", path="xa-b")


@pytest.fixture
def make_member(db):
    def make(portal, role, username=None):
        user = create_staff_user(
            username or f"{portal.slug}-{role}",
            "Mat-khau-dai-2026",
            email=f"{username or portal.slug + '-' + role}@example.org",
            full_name=f"Cán bộ {role} {portal.slug}",
        )
        add_member(portal, user, role)
        return user

    return make


@pytest.fixture
def leader(portal_a, make_member):
    user = make_member(portal_a, "board_head")
    user.position = "Chủ tịch UBND xã"
    user.save(update_fields=["position"])
    return user


@pytest.fixture
def editor(portal_a, make_member):
    return make_member(portal_a, "editor")


@pytest.fixture
def contributor(portal_a, make_member):
    return make_member(portal_a, "contributor")


@pytest.fixture
def operator(db):
    user = create_staff_user("dieuhanh-test", "Mat-khau-dai-2026", email="dieuhanh@example.org")
    make_operator(user)
    return user


QUESTION = {
    "name": "Nguyễn Văn An",
    "email": "an.nguyen@example.com",
    "phone": "0905 123 456",
    "address": "Thôn Gò Khế, xã A",
    "field": "land",
    "title": "Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    "body": "Gia đình tôi có thửa đất ở từ năm 1995, chưa được cấp giấy chứng nhận. "
    "Xin hỏi cần chuẩn bị những giấy tờ gì và nộp ở đâu?",
}


@pytest.fixture
def ask(db):
    def make(portal, **overrides):
        data = {**QUESTION, **overrides}
        return services.submit_question(portal, **data)

    return make
