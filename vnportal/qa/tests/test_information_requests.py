"""Information requests (Law on Access to Information art. 30): same clock, their own periods."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from vnportal.qa import services
from vnportal.qa.choices import Complexity, InfoRequestStatus
from vnportal.qa.models import InformationRequest, ResponsePeriod

from .conftest import at

pytestmark = pytest.mark.django_db


def submit(portal, when="2026-03-09T07:00"):
    return services.submit_information_request(
        portal,
        name="Trần Thị Bình",
        email="binh@example.com",
        address="Tổ 3",
        identity_number="051190001234",
        content="Cung cấp quy hoạch sử dụng đất giai đoạn 2021-2030",
        now=at(when),
    )


def test_simple_request_has_three_working_days(portal_a):
    request = submit(portal_a)
    assert request.complexity == Complexity.SIMPLE
    assert request.clock_start == at("2026-03-09T08:00")
    assert request.supply_deadline == at("2026-03-12T08:00")
    assert request.notice_deadline == at("2026-03-12T08:00")
    assert request.tracking_code.startswith("TT-2026-")


def test_complex_request_notice_then_fifteen_days_then_one_extension(portal_a, editor):
    request = submit(portal_a)
    request = services.notify_complex_request(
        request, note="Cần tổng hợp từ nhiều phòng", by=editor, now=at("2026-03-10T10:00")
    )
    assert request.status == InfoRequestStatus.NOTIFIED
    # 15 working days after Mon 9 March: 10..13, 16..20, 23..27, 30 → Mon 30 March.
    assert request.supply_deadline == at("2026-03-30T08:00")
    with pytest.raises(ValidationError):
        services.extend_information_request(
            request, working_days=16, reason="Khối lượng lớn", by=editor, now=at("2026-03-20T10:00")
        )
    request = services.extend_information_request(
        request, working_days=15, reason="Khối lượng lớn", by=editor, now=at("2026-03-20T10:00")
    )
    assert request.status == InfoRequestStatus.EXTENDED
    assert request.supply_days == 30
    # 15 more working days after Monday 30 March → Monday 20 April.
    assert request.supply_deadline == at("2026-04-20T08:00")
    with pytest.raises(ValidationError):
        services.extend_information_request(
            request, working_days=5, reason="Lần hai", by=editor, now=at("2026-03-25T10:00")
        )
    request = services.supply_information(request, response="Đính kèm bản đồ quy hoạch", by=editor)
    assert request.status == InfoRequestStatus.SUPPLIED and not request.is_open


def test_overdue_queryset(portal_a):
    request = submit(portal_a)
    assert not InformationRequest.objects.overdue(at("2026-03-12T08:00")).exists()
    assert InformationRequest.objects.overdue(at("2026-03-12T08:01")).get() == request


def test_periods_are_data(portal_a):
    ResponsePeriod.objects.filter(kind="info_simple").update(working_days=4)
    request = submit(portal_a)
    assert request.supply_deadline == at("2026-03-13T08:00")


def test_other_portal_member_cannot_handle(portal_a, portal_b, make_member):
    outsider = make_member(portal_b, "board_head")
    request = submit(portal_a)
    with pytest.raises(PermissionDenied):
        services.supply_information(request, response="x", by=outsider)
    with pytest.raises(ValidationError):
        services.refuse_information_request(request, reason=" ")
