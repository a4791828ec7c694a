"""Admin menu items shown by who the user is towards portals (one place for every domain's menu).

Each domain's admin menu shows an entry only to the users who can use it; the tests behind these
predicates live in :mod:`vnportal.tenancy.access`, so the menu items do too.
"""

from wagtail.admin.menu import MenuItem

from .access import editable_portal_ids, is_operator, portal_ids_visible_to


class OperatorMenuItem(MenuItem):
    """Provincial operators only."""

    def is_shown(self, request):
        return is_operator(request.user)


class PortalEditorMenuItem(MenuItem):
    """Anyone who edits at least one portal (board members and operators)."""

    def is_shown(self, request):
        return bool(editable_portal_ids(request.user))


class PortalViewerMenuItem(MenuItem):
    """Boards, supervising units and operators: anyone who can see a portal."""

    def is_shown(self, request):
        return bool(portal_ids_visible_to(request.user))


class OperatorOrPortalViewerMenuItem(MenuItem):
    """Operators, and anyone who can see a portal."""

    def is_shown(self, request):
        return is_operator(request.user) or bool(portal_ids_visible_to(request.user))
