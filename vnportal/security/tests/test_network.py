"""Per-portal admin network allowlist: staff outside their portal's networks get a clear 403
after signing in; operators are exempt; a portal admin cannot lock themselves out."""

import pytest

from vnportal.accounts.services import add_member, create_staff_user, make_operator
from vnportal.security.models import AuditEntry, PortalAdminAccess

OFFICE = "203.113.10.0/24"


@pytest.fixture
def staff(make_portal):
    bato = make_portal("bato", path="xa-ba-to")
    camthanh = make_portal("camthanh", path="cam-thanh")
    PortalAdminAccess.objects.create(portal=bato, networks=OFFICE)
    editor = create_staff_user("bato-bt", "Mat-khau-dai-2026")
    add_member(bato, editor, "editor")
    other = create_staff_user("camthanh-bt", "Mat-khau-dai-2026")
    add_member(camthanh, other, "editor")
    admin = create_staff_user("bato-qt", "Mat-khau-dai-2026")
    add_member(bato, admin, "portal_admin")
    operator = create_staff_user("dieuhanh", "Mat-khau-dai-2026")
    make_operator(operator)
    return {"bato": bato, "editor": editor, "other": other, "admin": admin, "operator": operator}


def test_staff_outside_the_portal_networks_are_refused_with_an_explanation(client, staff):
    client.force_login(staff["editor"])
    outside = client.get("/admin/", REMOTE_ADDR="198.51.100.7")
    assert outside.status_code == 403
    body = outside.content.decode()
    assert "198.51.100.7" in body and "Xã Bato" in body and 'data-testid="network-refused"' in body
    assert client.get("/admin/pages/", REMOTE_ADDR="198.51.100.7").status_code == 403
    assert AuditEntry.objects.filter(action="account.network_refused").count() == 1
    assert client.get("/admin/", REMOTE_ADDR="203.113.10.25").status_code == 200
    # Signing out stays possible from anywhere.
    assert client.post("/admin/logout/", REMOTE_ADDR="198.51.100.7").status_code == 302


def test_other_portals_staff_and_operators_are_not_restricted(client, staff):
    for user in ("other", "operator"):
        client.force_login(staff[user])
        assert client.get("/admin/", REMOTE_ADDR="198.51.100.7").status_code == 200, user


def test_the_address_behind_a_trusted_proxy_is_the_one_checked(client, staff, settings):
    settings.VNPORTAL_TRUSTED_PROXY_COUNT = 1
    client.force_login(staff["editor"])
    # The client may write anything on the left; only the proxy's own entry is trusted.
    spoofed = client.get(
        "/admin/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.113.10.5, 198.51.100.7"
    )
    assert spoofed.status_code == 403
    real = client.get("/admin/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.113.10.5")
    assert real.status_code == 200


def test_portal_admin_edits_the_list_but_cannot_lock_themselves_out(client, staff):
    client.force_login(staff["admin"])
    url = f"/admin/security/networks/{staff['bato'].pk}/"
    inside = {"REMOTE_ADDR": "203.113.10.9"}
    page = client.get(url, **inside)
    assert page.status_code == 200
    bad = client.post(url, {"networks": "not-an-address"}, **inside)
    assert "không phải địa chỉ IP" in bad.content.decode()
    lockout = client.post(url, {"networks": "192.0.2.0/24"}, **inside)
    assert "tự khoá bạn" in lockout.content.decode()
    saved = client.post(url, {"networks": "203.113.10.0/24\n10.8.0.0/16  # VPN"}, **inside)
    assert saved.status_code == 302
    access = PortalAdminAccess.objects.get(portal=staff["bato"])
    assert access.network_list() == ["203.113.10.0/24", "10.8.0.0/16"]
    entry = AuditEntry.objects.get(action="security.admin_networks")
    assert entry.actor == staff["admin"] and entry.portal == staff["bato"]
    # Another portal's list is out of reach by URL.
    client.force_login(staff["other"])
    assert client.get(url).status_code in (302, 403, 404)
