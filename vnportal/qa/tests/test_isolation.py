"""Isolation matrix for the Q&A admin: every board role of portal A against portal B's question.

A member of A cannot list, open, download, answer, approve, publish, reject or transfer B's
questions by typing B's ids into URLs. Each refusal has a positive control on A's own question, so
it cannot pass merely because the URL is wrong.
"""

import pytest
from django.core.files.base import ContentFile

from vnportal.qa import services
from vnportal.qa.choices import QuestionStatus
from vnportal.qa.models import InformationRequest, Question
from vnportal.tenancy.choices import BoardRole

pytestmark = pytest.mark.django_db

ROLES = list(BoardRole.values)

#: Every action URL with a body that would succeed on an own question in the right state.
ACTION_POSTS = {
    "accept": {"accept-scope": "within_authority"},
    "classify": {"classify-scope": "inter_agency"},
    "reject": {"reject-reason": "out_of_scope", "reject-note": "HACKED"},
    "release": {},
    "draft": {"draft-answer": "HACKED"},
    "approve": {"approve-answer": "HACKED"},
    "return": {"return-note": "HACKED"},
    "publish": {},
    "unpublish": {},
    "appointment": {"appointment-working_days": "10", "appointment-reason": "HACKED"},
}


@pytest.fixture
def world(portal_a, portal_b, make_member, ask):
    members = {role: make_member(portal_a, role) for role in ROLES}
    own = ask(portal_a, title="Câu hỏi của xã A zqxown")
    foreign = ask(portal_b, title="Câu hỏi của xã B zqxforeign")
    foreign.attachment.save("b.pdf", ContentFile(b"%PDF-1.4 b"), save=True)
    foreign_request = services.submit_information_request(
        portal_b, name="B", email="b@example.com", content="Thông tin của xã B zqxforeign"
    )
    return {"members": members, "own": own, "foreign": foreign, "foreign_request": foreign_request}


def test_list_never_shows_another_portal(client, world):
    for role, user in world["members"].items():
        client.force_login(user)
        for url in (
            "/admin/hoi-dap/",
            "/admin/hoi-dap/?status=received",
            f"/admin/hoi-dap/?portal={world['foreign'].portal_id}",
            "/admin/hoi-dap/?q=zqxforeign",
            f"/admin/hoi-dap/?q={world['foreign'].tracking_code}",
            "/admin/hoi-dap/yeu-cau-thong-tin/",
            "/admin/hoi-dap/thu-thong-bao/",
            "/admin/hoi-dap/thong-ke/",
        ):
            body = client.get(url).content.decode()
            # The search box echoes the query; what must never appear is B's data.
            assert "Câu hỏi của xã B" not in body, (role, url)
            assert "Thông tin của xã B" not in body, (role, url)
            assert "Xã Xab" not in body, (role, url)
        assert "zqxown" in client.get("/admin/hoi-dap/").content.decode(), role


def test_detail_attachment_and_request_of_another_portal_are_404(client, world):
    foreign, own = world["foreign"], world["own"]
    for role, user in world["members"].items():
        client.force_login(user)
        for url in (
            f"/admin/hoi-dap/{foreign.pk}/",
            f"/admin/hoi-dap/{foreign.pk}/tep-dinh-kem/",
            f"/admin/hoi-dap/yeu-cau-thong-tin/{world['foreign_request'].pk}/",
        ):
            assert client.get(url).status_code == 404, (role, url)
        assert client.get(f"/admin/hoi-dap/{own.pk}/").status_code == 200, role


def test_actions_on_another_portals_question_change_nothing(client, world, portal_a):
    foreign = world["foreign"]
    for role, user in world["members"].items():
        client.force_login(user)
        for action, data in ACTION_POSTS.items():
            response = client.post(f"/admin/hoi-dap/{foreign.pk}/{action}/", data)
            assert response.status_code == 404, (role, action)
        response = client.post(
            f"/admin/hoi-dap/{foreign.pk}/transfer/",
            {"transfer-to_portal": portal_a.pk, "transfer-reason": "HACKED"},
        )
        assert response.status_code == 404, role
        response = client.post(f"/admin/hoi-dap/{foreign.pk}/assign/", {"assign-assignee": user.pk})
        assert response.status_code == 404, role
        for action in ("notice", "extend", "supply", "refuse"):
            response = client.post(
                f"/admin/hoi-dap/yeu-cau-thong-tin/{world['foreign_request'].pk}/{action}/",
                {f"{action}-response": "HACKED", f"{action}-note": "HACKED"},
            )
            assert response.status_code == 404, (role, action)
    foreign.refresh_from_db()
    assert foreign.status == QuestionStatus.RECEIVED
    assert foreign.portal_id == world["foreign"].portal_id
    assert "HACKED" not in foreign.answer
    assert not foreign.transfers.exists()
    assert not InformationRequest.objects.filter(response="HACKED").exists()


def refused(response) -> bool:
    """Wagtail turns PermissionDenied into a redirect to the dashboard with an error message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_own_portal_actions_follow_roles(client, world, portal_a):
    """Positive control: editors and board heads act on A; contributors and portal admins see
    but may not triage; only the board head approves."""
    own = world["own"]
    members = world["members"]
    url = f"/admin/hoi-dap/{own.pk}/"
    for role in (BoardRole.CONTRIBUTOR, BoardRole.PORTAL_ADMIN):
        client.force_login(members[role])
        assert client.get(url).status_code == 200, role
        assert refused(client.post(url + "accept/", ACTION_POSTS["accept"])), role
    own.refresh_from_db()
    assert own.status == QuestionStatus.RECEIVED
    client.force_login(members[BoardRole.EDITOR])
    assert client.post(url + "accept/", ACTION_POSTS["accept"])["Location"] == url
    assert client.post(url + "draft/", {"draft-answer": "Trả lời"})["Location"] == url
    assert refused(client.post(url + "approve/", {"approve-answer": "x"}))
    client.force_login(members[BoardRole.BOARD_HEAD])
    response = client.post(url + "approve/", {"approve-answer": "Đã duyệt"})
    assert response["Location"] == url
    own.refresh_from_db()
    assert own.status == QuestionStatus.APPROVED and own.answer == "Đã duyệt"


def test_supervisor_sees_but_cannot_act(client, world, portal_a, province):
    from vnportal.accounts.services import create_staff_user, make_supervisor

    supervisor = create_staff_user("giamsat-qa", "Mat-khau-dai-2026")
    make_supervisor(supervisor, province)
    client.force_login(supervisor)
    own = world["own"]
    assert client.get(f"/admin/hoi-dap/{own.pk}/").status_code == 200
    assert refused(client.post(f"/admin/hoi-dap/{own.pk}/accept/", ACTION_POSTS["accept"]))
    own.refresh_from_db()
    assert own.status == QuestionStatus.RECEIVED


def test_operator_sees_every_portal(client, world, operator):
    client.force_login(operator)
    body = client.get("/admin/hoi-dap/").content.decode()
    assert "zqxforeign" in body and "zqxown" in body


def test_transfer_target_cannot_be_forged_into_an_invisible_action(client, world, portal_b):
    """A member of A may transfer A's question to B (that is the feature) but then loses it."""
    own = world["own"]
    client.force_login(world["members"][BoardRole.EDITOR])
    response = client.post(
        f"/admin/hoi-dap/{own.pk}/transfer/",
        {"transfer-to_portal": portal_b.pk, "transfer-reason": "Thuộc thẩm quyền xã B"},
    )
    assert response.status_code == 302
    assert Question.objects.get(pk=own.pk).portal_id == portal_b.pk
    assert client.get(f"/admin/hoi-dap/{own.pk}/").status_code == 404


def test_anonymous_is_sent_to_login(client, world):
    response = client.get(f"/admin/hoi-dap/{world['own'].pk}/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_day_overrides_admin_is_for_operators_only(client, world, operator):
    client.force_login(world["members"][BoardRole.BOARD_HEAD])
    assert client.get("/admin/lich-lam-viec/").status_code in (302, 403)
    response = client.post(
        "/admin/lich-lam-viec/new/",
        {"date": "2026-03-11", "kind": "day_off", "reason": "HACKED"},
    )
    assert response.status_code in (302, 403)
    from vnportal.workcalendar.models import DayOverride

    assert not DayOverride.objects.exists()
    client.force_login(operator)
    assert client.get("/admin/lich-lam-viec/").status_code == 200
    response = client.post(
        "/admin/lich-lam-viec/new/",
        {"date": "2026-03-11", "kind": "day_off", "reason": "Nghỉ do bão"},
    )
    assert response.status_code == 302
    override = DayOverride.objects.get()
    assert override.created_by == operator
