"""Q&A statistics per portal and period, rolled up by the unit tree (commune → parent → province).

The cohort is the questions *received* in the period (local dates, inclusive), so each question is
counted once whatever happens to it later. Quarantined questions and those rejected as spam are not
questions and are left out. "Answered" means the leader approved the answer (`answered_at`); it is
on time when `answered_at <= deadline`, and the working days it took are counted by the same clock
(:func:`vnportal.workcalendar.clock.working_days_used`), so both figures agree with the deadline.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from vnportal.tenancy.models import AdministrativeUnit, Portal
from vnportal.workcalendar.calendar import get_calendar
from vnportal.workcalendar.clock import local_zone, working_days_used

from .choices import ANSWERED_STATUSES, OPEN_STATUSES, QuestionStatus, RejectReason
from .models import Question


@dataclass
class QaStats:
    received: int = 0
    answered_on_time: int = 0
    answered_late: int = 0
    open: int = 0
    overdue: int = 0
    rejected: int = 0
    working_days_total: int = 0

    @property
    def answered(self) -> int:
        return self.answered_on_time + self.answered_late

    @property
    def mean_working_days(self) -> float | None:
        if not self.answered:
            return None
        return round(self.working_days_total / self.answered, 2)

    @property
    def on_time_rate(self) -> float | None:
        if not self.answered:
            return None
        return round(100 * self.answered_on_time / self.answered, 1)

    def add(self, other: "QaStats") -> None:
        for name in (
            "received",
            "answered_on_time",
            "answered_late",
            "open",
            "overdue",
            "rejected",
            "working_days_total",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict:
        return {
            "received": self.received,
            "answered_on_time": self.answered_on_time,
            "answered_late": self.answered_late,
            "open": self.open,
            "overdue": self.overdue,
            "rejected": self.rejected,
            "mean_working_days": self.mean_working_days,
        }


def _bounds(start: datetime.date, end: datetime.date):
    zone = local_zone()
    lower = datetime.datetime.combine(start, datetime.time.min, tzinfo=zone)
    upper = datetime.datetime.combine(
        end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return lower, upper


def qa_statistics(portals, start: datetime.date, end: datetime.date, *, now=None):
    """{portal_id: QaStats} for the questions received from `start` to `end` (inclusive)."""
    now = now or timezone.now()
    ids = [p.pk if isinstance(p, Portal) else int(p) for p in portals]
    lower, upper = _bounds(start, end)
    stats = {pk: QaStats() for pk in ids}
    calendar = get_calendar()
    rows = (
        Question.objects.for_portals(ids)
        .filter(received_at__gte=lower, received_at__lt=upper)
        .exclude(status=QuestionStatus.QUARANTINED)
        .exclude(status=QuestionStatus.REJECTED, reject_reason=RejectReason.SPAM)
        .values_list("portal_id", "status", "deadline", "answered_at", "clock_start")
    )
    for portal_id, status, deadline, answered_at, clock_start in rows.iterator():
        item = stats[portal_id]
        item.received += 1
        if status in ANSWERED_STATUSES and answered_at is not None:
            if answered_at <= deadline:
                item.answered_on_time += 1
            else:
                item.answered_late += 1
            item.working_days_total += working_days_used(
                clock_start, answered_at, calendar=calendar
            )
        elif status in OPEN_STATUSES:
            item.open += 1
            if deadline < now:
                item.overdue += 1
        elif status == QuestionStatus.REJECTED:
            item.rejected += 1
    return stats


@dataclass
class UnitNode:
    """One unit of the tree with its own portals' figures and the total of its subtree."""

    unit: AdministrativeUnit
    own: QaStats = field(default_factory=QaStats)
    total: QaStats = field(default_factory=QaStats)
    portals: list = field(default_factory=list)
    children: list = field(default_factory=list)
    depth: int = 0

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def qa_rollup(start: datetime.date, end: datetime.date, *, portal_ids=None, now=None) -> list:
    """The unit tree (current parents) with Q&A figures summed upwards: each commune into its
    parent unit, each parent into the province. Limited to `portal_ids` when given (a supervisor
    sees the units below them). Returns the root nodes."""
    portals = Portal.objects.select_related("unit")
    if portal_ids is not None:
        portals = portals.filter(pk__in=portal_ids)
    portals = list(portals)
    stats = qa_statistics(portals, start, end, now=now)
    units = {u.pk: u for u in AdministrativeUnit.objects.all()}
    nodes: dict[int, UnitNode] = {}

    def node_for(unit_id: int) -> UnitNode:
        if unit_id not in nodes:
            nodes[unit_id] = UnitNode(units[unit_id])
            parent_id = units[unit_id].parent_id
            if parent_id is not None and parent_id in units:
                node_for(parent_id).children.append(nodes[unit_id])
        return nodes[unit_id]

    for portal in portals:
        node = node_for(portal.unit_id)
        node.portals.append((portal, stats[portal.pk]))
        node.own.add(stats[portal.pk])
    roots = [n for n in nodes.values() if n.unit.parent_id is None or n.unit.parent_id not in nodes]

    def finish(node: UnitNode, depth: int) -> QaStats:
        node.depth = depth
        node.children.sort(key=lambda n: n.unit.code)
        node.total = QaStats()
        node.total.add(node.own)
        for child in node.children:
            node.total.add(finish(child, depth + 1))
        return node.total

    roots.sort(key=lambda n: n.unit.code)
    for root in roots:
        finish(root, 0)
    return roots
