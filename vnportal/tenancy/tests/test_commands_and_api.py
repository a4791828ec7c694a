"""`manage.py portal` and the public portal directory."""

import io

import pytest
from django.core.management import CommandError, call_command

from vnportal.tenancy.models import Portal


def test_portal_create_command_builds_a_portal_and_reports_field_errors(
    provincial_portal, make_unit
):
    make_unit("21319", "Xã Ba Tơ")
    out = io.StringIO()
    call_command("portal", "create", "--unit", "21319", "--host", "bato.quangngai.gov.vn",
                 "--path", "xa-ba-to", stdout=out)  # fmt: skip
    portal = Portal.objects.get(hostname="bato.quangngai.gov.vn")
    assert portal.path == "xa-ba-to" and portal.status == "trial"
    assert "bato" in out.getvalue()
    with pytest.raises(CommandError, match="hostname"):
        call_command("portal", "create", "--unit", "21319", "--host", "bato.quangngai.gov.vn")
    with pytest.raises(CommandError, match="unit"):
        call_command("portal", "create", "--unit", "NOPE", "--path", "xa-khac")
    with pytest.raises(CommandError, match="reason"):
        call_command("portal", "suspend", portal.slug)
    call_command("portal", "suspend", portal.slug, "--reason", "Không hoạt động", stdout=out)
    assert Portal.objects.get(pk=portal.pk).status == "suspended"
    call_command("portal", "reinstate", portal.slug, stdout=out)
    assert Portal.objects.get(pk=portal.pk).status == "active"


def test_directory_lists_every_portal_with_its_unit(client, make_portal, province):
    make_portal("bato", host="bato.quangngai.gov.vn", path="xa-ba-to")
    make_portal("bavi", path="xa-ba-vi", status="trial")
    data = client.get("/api/v1/portals").json()
    by_slug = {p["slug"]: p for p in data}
    assert set(by_slug) == {"quangngai", "bato", "bavi"}
    bato = by_slug["bato"]
    assert bato["unit_code"] == "U-bato" and bato["parent_unit_code"] == "51"
    assert bato["hostname"] == "bato.quangngai.gov.vn" and bato["path"] == "xa-ba-to"
    assert bato["url"] == "http://bato.quangngai.gov.vn/"
    assert by_slug["bavi"]["url"].endswith("/xa-ba-vi/") and by_slug["bavi"]["status"] == "trial"
    assert client.get("/api/v1/portals?status=trial").json()[0]["slug"] == "bavi"
    assert client.get("/api/v1/portals/nope").status_code == 404


def test_directory_query_count_is_bounded(client, make_portal, django_assert_max_num_queries):
    for i in range(5):
        make_portal(f"p{i}", path=f"p-{i}")
    with django_assert_max_num_queries(3):
        assert len(client.get("/api/v1/portals").json()) == 6


def test_openapi_schema_describes_the_directory(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/portals" in schema["paths"]
    assert "/api/v1/portals/{slug}" in schema["paths"]
