"""Who may see which security screens and entries (on top of :mod:`vnportal.tenancy.access`)."""

from vnportal.tenancy.access import is_operator, member_portal_ids
from vnportal.tenancy.choices import BoardRole


def audit_portal_ids(user) -> set[int] | None:
    """Portals whose audit entries `user` may read: None means all (operators)."""
    if is_operator(user):
        return None
    return member_portal_ids(user, {BoardRole.PORTAL_ADMIN})


def can_see_audit(user) -> bool:
    """The provincial operators (platform-wide) and each portal's administrators (their portal)."""
    if not getattr(user, "is_authenticated", False):
        return False
    ids = audit_portal_ids(user)
    return ids is None or bool(ids)
