"""Who may do what with a portal's questions; every admin view, API and service asks here.

Built on :mod:`vnportal.tenancy.access`, so the tenancy rules (operators see everything, members
their portals, supervisors the portals below them, read-only) hold for Q&A too.
"""

from vnportal.tenancy.access import (
    editable_portal_ids,
    is_operator,
    member_portal_ids,
    portal_ids_visible_to,
)
from vnportal.tenancy.choices import BoardRole

#: Roles that accept, classify, assign, transfer, make appointments and publish.
TRIAGE_ROLES = {BoardRole.BOARD_HEAD, BoardRole.EDITOR}
#: The unit's leader: only the board head approves an answer (Lào Cai directive §1.2).
LEADER_ROLES = {BoardRole.BOARD_HEAD}


def visible_portal_ids(user) -> set[int]:
    return portal_ids_visible_to(user)


def can_view(user, portal_id: int) -> bool:
    return portal_id in portal_ids_visible_to(user)


def can_triage(user, portal_id: int) -> bool:
    return is_operator(user) or portal_id in member_portal_ids(user, TRIAGE_ROLES)


def can_approve(user, portal_id: int) -> bool:
    return is_operator(user) or portal_id in member_portal_ids(user, LEADER_ROLES)


def can_draft(user, question) -> bool:
    """The triage roles, and the member the question is assigned to."""
    if can_triage(user, question.portal_id):
        return True
    return question.assignee_id == getattr(user, "pk", None) and (
        question.portal_id in editable_portal_ids(user)
    )


def actions_for(user, question) -> dict[str, bool]:
    """Which action forms the admin screen offers (the services check again)."""
    triage = can_triage(user, question.portal_id)
    return {
        "triage": triage,
        "draft": can_draft(user, question),
        "approve": can_approve(user, question.portal_id),
    }
