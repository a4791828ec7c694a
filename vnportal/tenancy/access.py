"""Who may see and change which portal: the single source every admin view, API and hook asks."""

from django.db.models import Q

from .choices import BoardRole
from .roles import OPERATOR_GROUP


def is_operator(user) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_vnportal_is_operator", None)
    if cached is None:
        cached = user.groups.filter(name=OPERATOR_GROUP).exists()
        user._vnportal_is_operator = cached
    return cached


def member_portal_ids(user, roles: set[str] | None = None) -> set[int]:
    """Portals whose board the user belongs to (optionally only in some roles)."""
    from .models import PortalGroup

    if not getattr(user, "is_authenticated", False):
        return set()
    qs = PortalGroup.objects.filter(group__user=user)
    if roles:
        qs = qs.filter(role__in=roles)
    return set(qs.values_list("portal_id", flat=True))


def supervised_portal_ids(user) -> set[int]:
    """Portals of units below the units the user supervises (read-only access), by the current tree."""
    from vnportal.accounts.models import Supervision

    from .models import AdministrativeUnit, Portal

    unit_ids = set(Supervision.objects.filter(user=user).values_list("unit_id", flat=True))
    frontier, seen = set(unit_ids), set(unit_ids)
    while frontier:
        children = set(
            AdministrativeUnit.objects.filter(
                Q(parent_id__in=frontier) | Q(merged_into_id__in=frontier)
            )
            .exclude(pk__in=seen)
            .values_list("pk", flat=True)
        )
        seen |= children
        frontier = children
    return set(Portal.objects.filter(unit_id__in=seen).values_list("pk", flat=True))


def portal_ids_visible_to(user) -> set[int]:
    from .models import Portal

    if is_operator(user):
        return set(Portal.objects.values_list("pk", flat=True))
    return member_portal_ids(user) | supervised_portal_ids(user)


def editable_portal_ids(user) -> set[int]:
    from .models import Portal

    if is_operator(user):
        return set(Portal.objects.values_list("pk", flat=True))
    return member_portal_ids(user)


def can_manage_portal(user, portal) -> bool:
    """Members and settings of a portal: its portal admins and the provincial operators."""
    return is_operator(user) or portal.pk in member_portal_ids(user, {BoardRole.PORTAL_ADMIN})


def portal_page_filter(user) -> Q:
    """Pages under the user's portal roots, in every locale (the English tree is a sibling root)."""
    from wagtail.models import Page

    from .models import Portal

    root_keys = Portal.objects.filter(pk__in=editable_portal_ids(user)).values(
        "root_page__translation_key"
    )
    roots = Page.objects.filter(translation_key__in=root_keys).values_list("path", flat=True)
    condition = Q(pk__in=[])
    for root_path in roots:
        condition |= Q(path__startswith=root_path)
    return condition


def page_in_user_portals(user, page_id: int) -> bool:
    """True for operators, the tree root, and pages inside one of the user's portals (any locale).

    Used by the Wagtail hooks (page actions) and ``AdminPageScopeMiddleware`` (every admin view
    with a page id).
    """
    from wagtail.models import Page

    if is_operator(user):
        return True
    return Page.objects.filter(pk=page_id).filter(portal_page_filter(user) | Q(depth=1)).exists()
