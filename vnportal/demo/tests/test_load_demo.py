"""The demo province loads once, loads again without change, and every portal is browsable."""

import io

from django.core.management import call_command

from vnportal.tenancy.models import Portal


def test_demo_province_is_complete_idempotent_and_browsable(db, client):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "bato.bientap" in out.getvalue()  # the logins are printed
    portals = {p.slug: p for p in Portal.objects.select_related("unit")}
    assert len(portals) >= 7
    kinds = [p.unit.unit_type for p in portals.values()]
    assert kinds.count("department") >= 2 and "district" in kinds
    assert sum(k in ("commune", "ward") for k in kinds) >= 3
    statuses = [p.status for p in portals.values()]
    assert "suspended" in statuses and "trial" in statuses
    assert portals["quangngai"].is_provincial

    call_command("load_demo", stdout=io.StringIO())
    assert Portal.objects.count() == len(portals)

    for portal in portals.values():
        expected = 503 if portal.status == "suspended" else 200
        if portal.hostname:
            assert client.get("/", HTTP_HOST=portal.hostname).status_code == expected, portal.slug
        if portal.path:
            response = client.get(f"/{portal.path}/", HTTP_HOST="quangngai.gov.vn")
            assert response.status_code == expected, portal.slug
