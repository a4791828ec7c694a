"""Public routing: by host, by path, default portal, suspended/closed/maintenance notices."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from vnportal.tenancy import services
from vnportal.tenancy.models import MaintenanceWindow


@pytest.fixture
def bato(make_portal):
    return make_portal("bato", host="bato.quangngai.gov.vn", path="xa-ba-to")


def test_portal_is_browsable_by_host_and_by_path(client, bato):
    by_host = client.get("/gioi-thieu/", HTTP_HOST="bato.quangngai.gov.vn")
    by_path = client.get("/xa-ba-to/gioi-thieu/", HTTP_HOST="quangngai.gov.vn")
    for response in (by_host, by_path):
        assert response.status_code == 200
        assert "Xã Bato".upper() in response.content.decode().upper()
    assert 'href="/xa-ba-to/lien-he/"' in by_path.content.decode()
    assert 'href="/lien-he/"' in by_host.content.decode()


def test_unknown_host_falls_back_to_the_provincial_portal(client, bato):
    response = client.get("/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert "TỈNH QUẢNG NGÃI" in response.content.decode()


def test_path_without_trailing_slash_redirects(client, bato):
    response = client.get("/xa-ba-to", HTTP_HOST="quangngai.gov.vn")
    assert response.status_code == 301 and response["Location"].endswith("/xa-ba-to/")


def test_a_path_portal_does_not_mount_under_a_component_host(client, bato, make_portal):
    make_portal("bavi", path="xa-ba-vi")
    response = client.get("/xa-ba-vi/", HTTP_HOST="bato.quangngai.gov.vn")
    assert response.status_code == 404


def test_suspended_portal_answers_every_public_url_with_503_and_the_reason(client, bato):
    services.suspend_portal(bato, reason="Không cập nhật thông tin 6 tháng")
    for url in ("/", "/gioi-thieu/", "/khong-ton-tai/", "/tim-kiem/?q=x"):
        response = client.get(url, HTTP_HOST="bato.quangngai.gov.vn")
        assert response.status_code == 503, url
        assert "Không cập nhật thông tin 6 tháng" in response.content.decode()
    assert client.get("/xa-ba-to/", HTTP_HOST="quangngai.gov.vn").status_code == 503
    services.reinstate_portal(bato)
    assert client.get("/", HTTP_HOST="bato.quangngai.gov.vn").status_code == 200


def test_closed_portal_answers_410(client, bato):
    services.close_portal(bato, reason="Sáp nhập vào xã Ba Tơ mới")
    response = client.get("/", HTTP_HOST="bato.quangngai.gov.vn")
    assert response.status_code == 410
    assert "Sáp nhập" in response.content.decode()


def test_maintenance_window_is_announced_then_enforced(client, bato):
    now = timezone.now()
    MaintenanceWindow.objects.create(
        portal=bato,
        starts_at=now + datetime.timedelta(days=10),
        ends_at=now + datetime.timedelta(days=10, hours=4),
        reason="Nâng cấp hạ tầng",
        notice_working_days=8,
    )
    page = client.get("/", HTTP_HOST="bato.quangngai.gov.vn").content.decode()
    assert 'data-testid="maintenance-notice"' in page and "Nâng cấp hạ tầng" in page
    MaintenanceWindow.objects.create(
        portal=bato,
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=2),
        reason="Sao lưu dữ liệu",
        notice_working_days=8,
    )
    response = client.get("/", HTTP_HOST="bato.quangngai.gov.vn")
    assert response.status_code == 503 and int(response["Retry-After"]) > 0
    assert "Sao lưu dữ liệu" in response.content.decode()


def test_page_views_issue_a_bounded_number_of_queries(client, bato):
    """Tenancy resolution is cached: a section page costs the same whatever the number of portals."""
    client.get("/gioi-thieu/", HTTP_HOST="bato.quangngai.gov.vn")  # warm caches
    with CaptureQueriesContext(connection) as first:
        assert client.get("/gioi-thieu/", HTTP_HOST="bato.quangngai.gov.vn").status_code == 200
    for i in range(3):
        services.create_portal(
            services.PortalSpec(unit_code="51", slug=f"extra{i}", path=f"extra-{i}")
        )
    client.get("/gioi-thieu/", HTTP_HOST="bato.quangngai.gov.vn")
    with CaptureQueriesContext(connection) as second:
        assert client.get("/gioi-thieu/", HTTP_HOST="bato.quangngai.gov.vn").status_code == 200
    assert len(second) == len(first)
    assert len(first) <= 15
