"""Creating portals and changing their status through the one service."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Collection, Page, Site

from vnportal.content.mandatory import sections_for
from vnportal.content.monitoring import section_pages
from vnportal.security.models import AuditEntry
from vnportal.tenancy import services
from vnportal.tenancy.models import Portal, PortalGroup


def _counts():
    return (
        Portal.objects.count(),
        Page.objects.count(),
        Site.objects.count(),
        Collection.objects.count(),
        PortalGroup.objects.count(),
    )


def test_create_portal_builds_site_tree_collection_groups_and_every_mandatory_section(make_portal):
    portal = make_portal("bato", host="bato.quangngai.gov.vn", path="xa-ba-to", status="trial")
    assert portal.site.root_page_id == portal.root_page_id
    assert portal.site.hostname == "bato.quangngai.gov.vn"
    assert portal.collection.get_parent().is_root()
    assert set(portal.groups.values_list("role", flat=True)) == {
        "board_head",
        "editor",
        "contributor",
        "portal_admin",
    }
    states = section_pages(portal)
    assert {state.section.key for state in states} == {s.key for s in sections_for("commune")}
    assert all(state.live for state in states), [s.section.key for s in states if not s.live]
    by_key = {state.section.key: state.state for state in states}
    for key in ("introduction", "organisation", "leaders", "contact"):
        assert by_key[key] == "placeholder", (key, by_key[key])
    assert portal.status_changes.get().to_status == "trial"
    assert AuditEntry.objects.filter(action="portal.create", portal=portal).exists()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"unit_code": "NOPE", "hostname": "x.quangngai.gov.vn"}, "unit"),
        ({"hostname": "x.laocai.gov.vn"}, "hostname"),
        ({"hostname": "quangngai.gov.vn"}, "hostname"),
        ({"path": "admin"}, "path"),
        ({}, "hostname"),
        ({"path": "xa-1", "status": "suspended"}, "status"),
    ],
)
def test_bad_input_names_the_field_and_creates_nothing(provincial_portal, make_unit, kwargs, field):
    make_unit("C1")
    before = _counts()
    spec = services.PortalSpec(unit_code=kwargs.pop("unit_code", "C1"), **kwargs)
    with pytest.raises(ValidationError) as exc:
        services.create_portal(spec)
    assert field in exc.value.message_dict
    assert _counts() == before


def test_duplicate_host_path_and_provincial_page_collisions(
    make_portal, provincial_portal, make_unit
):
    make_portal("bato", host="bato.quangngai.gov.vn", path="xa-ba-to")
    make_unit("C2")
    for kwargs, field in [
        ({"hostname": "bato.quangngai.gov.vn"}, "hostname"),
        ({"path": "xa-ba-to"}, "path"),
        ({"path": "gioi-thieu"}, "path"),  # a page of the provincial portal
        ({"path": "xa-moi", "slug": "bato"}, "slug"),
    ]:
        with pytest.raises(ValidationError) as exc:
            services.create_portal(services.PortalSpec(unit_code="C2", **kwargs))
        assert field in exc.value.message_dict, kwargs


def test_suspension_needs_a_reason_and_is_recorded_and_emailed(make_portal, django_user_model):
    portal = make_portal("bato", path="xa-ba-to")
    operator = django_user_model.objects.create(username="op", email="op@example.org")
    head = django_user_model.objects.create(username="head", email="head@example.org")
    head.groups.add(portal.groups.get(role="board_head").group)
    with pytest.raises(ValidationError) as exc:
        services.suspend_portal(portal, reason="  ", by=operator)
    assert "reason" in exc.value.message_dict
    portal.refresh_from_db()
    assert portal.status == "active"

    mail.outbox.clear()
    with_capture = services.suspend_portal(
        portal, reason="Không cập nhật tin bài 6 tháng", by=operator
    )
    assert with_capture.status == "suspended"
    change = portal.status_changes.first()
    assert (change.from_status, change.to_status, change.changed_by) == (
        "active",
        "suspended",
        operator,
    )
    assert change.reason == "Không cập nhật tin bài 6 tháng"
    assert AuditEntry.objects.filter(action="portal.status", portal=portal, actor=operator).exists()


def test_status_email_goes_to_the_board_after_commit(
    make_portal, django_user_model, django_capture_on_commit_callbacks
):
    portal = make_portal("bato", path="xa-ba-to")
    head = django_user_model.objects.create(username="head", email="head@example.org")
    head.groups.add(portal.groups.get(role="board_head").group)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.suspend_portal(portal, reason="Vi phạm quy chế")
    assert mail.outbox == []  # nothing is sent before the transaction commits
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    assert "head@example.org" in mail.outbox[0].to
    assert "Vi phạm quy chế" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        services.reinstate_portal(portal)
    assert Portal.objects.get(pk=portal.pk).status == "active"
    assert len(mail.outbox) == 2


def test_transitions_are_enforced(make_portal):
    portal = make_portal("bato", path="xa-ba-to")
    services.close_portal(portal, reason="Sáp nhập")
    with pytest.raises(ValidationError) as exc:
        services.reinstate_portal(portal)
    assert "status" in exc.value.message_dict


def test_maintenance_notice_shorter_than_seven_working_days_warns(make_portal):
    portal = make_portal("bato", path="xa-ba-to")
    tz = timezone.get_current_timezone()
    now = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=tz)  # Monday
    # 24 Nov 2026 is Vietnam Culture Day (a day off): Mon 23 → Tue 1 Dec counts 5 working days.
    short = services.schedule_maintenance(
        portal,
        starts_at=datetime.datetime(2026, 12, 1, 22, 0, tzinfo=tz),
        ends_at=datetime.datetime(2026, 12, 2, 2, 0, tzinfo=tz),
        reason="Nâng cấp máy chủ",
        now=now,
    )
    assert short.window.notice_working_days == 5
    assert short.window.short_notice and "5" in short.warning
    ok = services.schedule_maintenance(
        portal,
        starts_at=datetime.datetime(2026, 12, 7, 22, 0, tzinfo=tz),
        ends_at=datetime.datetime(2026, 12, 8, 2, 0, tzinfo=tz),
        reason="Nâng cấp",
        now=now,
    )
    assert ok.window.notice_working_days == 9 and ok.warning is None
    with pytest.raises(ValidationError) as exc:
        services.schedule_maintenance(portal, starts_at=now, ends_at=now, reason="", now=now)
    assert {"reason", "starts_at", "ends_at"} <= set(exc.value.message_dict)
