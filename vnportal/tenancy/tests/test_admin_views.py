"""Portal admin screens: operators create and suspend, portal admins manage, supervisors read."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vnportal.accounts.services import add_member, make_operator, make_supervisor
from vnportal.tenancy.models import Portal


@pytest.fixture
def operator(django_user_model, provincial_portal):
    user = django_user_model.objects.create(username="dieuhanh", is_staff=True)
    make_operator(user)
    return user


def test_operator_creates_a_portal_and_sees_field_errors(client, operator, make_unit):
    unit = make_unit("21319", "Xã Ba Tơ")
    client.force_login(operator)
    bad = client.post(
        "/admin/portals/new/",
        {"unit": unit.pk, "hostname": "bato.laocai.gov.vn", "status": "trial"},
    )
    assert bad.status_code == 200
    assert "tenphuongxa.quangngai.gov.vn" in bad.content.decode()
    assert not Portal.objects.filter(unit=unit).exists()
    ok = client.post("/admin/portals/new/", {"unit": unit.pk, "hostname": "bato.quangngai.gov.vn",
                                             "path": "xa-ba-to", "status": "trial"})  # fmt: skip
    assert ok.status_code == 302
    assert Portal.objects.get(unit=unit).hostname == "bato.quangngai.gov.vn"


def test_operator_suspends_with_a_reason_and_reinstates(client, operator, make_portal):
    portal = make_portal("bato", path="xa-ba-to")
    client.force_login(operator)
    missing = client.post(
        f"/admin/portals/{portal.pk}/status/", {"status": "suspended", "reason": ""}
    )
    assert "Cần ghi rõ lý do" in missing.content.decode()
    client.post(
        f"/admin/portals/{portal.pk}/status/", {"status": "suspended", "reason": "Không cập nhật"}
    )
    assert Portal.objects.get(pk=portal.pk).status == "suspended"
    client.post(f"/admin/portals/{portal.pk}/status/", {"status": "active", "reason": ""})
    assert Portal.objects.get(pk=portal.pk).status == "active"


def test_portal_admin_uploads_board_papers_checked_by_content(
    client, make_portal, django_user_model
):
    portal = make_portal("bato", path="xa-ba-to")
    admin = django_user_model.objects.create(username="quantri", is_staff=True)
    add_member(portal, admin, "portal_admin")
    client.force_login(admin)
    url = f"/admin/portals/{portal.pk}/settings/"
    fake = SimpleUploadedFile(
        "quyet-dinh.pdf", b"<html><script>alert(1)</script>", "application/pdf"
    )
    response = client.post(url, {"name_en": "Ba To", "board_decision": fake})
    assert "không phải PDF" in response.content.decode()
    portal.refresh_from_db()
    assert portal.board_decision is None
    real = SimpleUploadedFile("quyet-dinh.pdf", b"%PDF-1.4\n%test\n", "application/pdf")
    response = client.post(
        url, {"name_en": "Ba To Commune", "phone": "0255 3863 008", "board_decision": real}
    )
    assert response.status_code == 302
    portal.refresh_from_db()
    assert portal.board_decision.collection_id == portal.collection_id
    assert portal.name_en == "Ba To Commune" and portal.phone == "0255 3863 008"


def test_supervisor_reads_subordinate_portals_only(
    client, make_portal, django_user_model, province, make_unit
):
    bato = make_portal("bato", path="xa-ba-to")
    other_parent = make_unit("X", "Đơn vị khác", "department")
    supervisor = django_user_model.objects.create(username="giamsat", is_staff=True)
    make_supervisor(supervisor, province)
    client.force_login(supervisor)
    assert client.get(f"/admin/portals/{bato.pk}/").status_code == 200
    assert "Xã Bato" in client.get("/admin/portals/").content.decode()
    for url in (f"/admin/portals/{bato.pk}/settings/", f"/admin/portals/{bato.pk}/status/",
                f"/admin/portals/{bato.pk}/members/"):  # fmt: skip
        assert client.get(url).status_code in (302, 403)
    assert client.get(f"/admin/pages/{bato.root_page_id}/edit/").status_code in (302, 403)
    narrow = django_user_model.objects.create(username="giamsat2", is_staff=True)
    make_supervisor(narrow, other_parent)
    client.force_login(narrow)
    assert client.get(f"/admin/portals/{bato.pk}/").status_code == 404
