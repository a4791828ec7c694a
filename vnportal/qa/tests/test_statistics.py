"""Statistics per portal and period, with numbers, rolled up by the unit tree."""

import datetime

import pytest

from vnportal.qa import services
from vnportal.qa.models import Question
from vnportal.qa.statistics import qa_rollup, qa_statistics
from vnportal.tenancy import services as tenancy
from vnportal.tenancy import units

from .conftest import at

pytestmark = pytest.mark.django_db

MARCH = (datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
NOW = at("2026-03-25T10:00")


@pytest.fixture
def tree(province, provincial_portal):
    """Province → district → communes A and B; an agency C directly under the province."""
    district = units.create_unit(code="D1", name="Huyện D", unit_type="district", parent=province)
    portals = {}
    for code, name, kind, parent in (
        ("A", "Xã A", "commune", district),
        ("B", "Xã B", "commune", district),
        ("C", "Sở C", "department", province),
    ):
        units.create_unit(code=code, name=name, unit_type=kind, parent=parent)
        portals[code] = tenancy.create_portal(
            tenancy.PortalSpec(unit_code=code, slug=f"p{code.lower()}", path=f"p-{code.lower()}")
        )
    return {"district": district, "province": province, **portals}


def ask(portal, when, title="Hỏi về chế độ trợ cấp xã hội"):
    return services.submit_question(
        portal,
        name="Người hỏi",
        email="nguoihoi@example.com",
        field="social",
        title=title,
        body="Xin hỏi điều kiện hưởng trợ cấp xã hội hằng tháng?",
        now=at(when),
    )


def answer(question, when):
    services.accept_question(question)
    services.draft_answer(question, answer="Trả lời")
    return services.approve_answer(question, now=at(when))


@pytest.fixture
def figures(tree):
    a, b = tree["A"], tree["B"]
    # A: received Mon 2 Mar 07:00 → start Mon 2, deadline Mon 9 08:00.
    answer(ask(a, "2026-03-02T07:00"), "2026-03-04T10:00")  # on time, 3 working days
    answer(ask(a, "2026-03-02T07:00"), "2026-03-10T09:00")  # late, 7 working days
    ask(a, "2026-03-20T09:00")  # open, deadline Mon 30 → not overdue on 25 March
    ask(a, "2026-03-05T09:00")  # open, deadline Fri 13 → overdue
    services.reject_question(ask(a, "2026-03-06T09:00"), reason="out_of_scope", note="Tòa án")
    spam = ask(a, "2026-03-06T09:00")
    Question.objects.filter(pk=spam.pk).update(status="quarantined")
    services.reject_question(ask(a, "2026-03-07T09:00"), reason="spam")
    answer(ask(a, "2026-02-27T09:00"), "2026-03-03T09:00")  # received in February: not counted
    # B: received Tue 3 Mar 09:00 → start Wed 4; answered Wed 11 07:00 → 5 days, on time.
    answer(ask(b, "2026-03-03T09:00"), "2026-03-11T07:00")
    return tree


def test_per_portal_numbers(figures):
    stats = qa_statistics([figures["A"], figures["B"], figures["C"]], *MARCH, now=NOW)
    a = stats[figures["A"].pk]
    assert (a.received, a.answered_on_time, a.answered_late) == (5, 1, 1)
    assert (a.open, a.overdue, a.rejected) == (2, 1, 1)
    assert a.mean_working_days == 5.0  # (3 + 7) / 2
    assert a.on_time_rate == 50.0
    b = stats[figures["B"].pk]
    assert (b.received, b.answered_on_time, b.answered_late, b.open) == (1, 1, 0, 0)
    assert b.mean_working_days == 5.0
    c = stats[figures["C"].pk]
    assert c.received == 0 and c.mean_working_days is None


def test_period_bounds_are_local_dates(figures):
    """A question received at 23:30 on 28 Feb local time is February, though it is 16:30 UTC."""
    ask(figures["B"], "2026-02-28T23:30")
    ask(figures["B"], "2026-03-31T23:59")
    stats = qa_statistics([figures["B"]], *MARCH, now=NOW)
    assert stats[figures["B"].pk].received == 2


def test_rollup_by_parent_unit_and_province(figures):
    roots = qa_rollup(*MARCH, now=NOW)
    province = next(r for r in roots if r.unit.code == "51")
    nodes = {node.unit.code: node for node in province.walk()}
    district = nodes["D1"]
    assert district.own.received == 0
    assert district.total.received == 6
    assert district.total.answered_on_time == 2
    assert district.total.answered_late == 1
    assert district.total.overdue == 1
    assert district.total.mean_working_days == 5.0  # (3 + 7 + 5) / 3
    assert province.total.received == 6
    assert nodes["C"].depth == 1 and nodes["A"].depth == 2


def test_rollup_limited_to_some_portals(figures):
    roots = qa_rollup(*MARCH, portal_ids={figures["B"].pk}, now=NOW)
    totals = {node.unit.code: node.total.received for root in roots for node in root.walk()}
    assert totals["51"] == 1
    assert "A" not in totals


def test_statistics_page(client, figures, operator):
    client.force_login(operator)
    response = client.get("/admin/hoi-dap/thong-ke/", {"start": "2026-03-01", "end": "2026-03-31"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Huyện D" in html and "Xã A" in html
