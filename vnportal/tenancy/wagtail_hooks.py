"""Tenant isolation inside the Wagtail admin, and the admin screens for portals.

Wagtail's multi-site mode does not isolate tenants (wagtail #1058, #1700, #4288): choosers and the
explorer API can list any page. Board groups only hold permissions inside their portal, and these
hooks additionally cut every page, image and document queryset down to the user's portals.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .access import (
    editable_portal_ids,
    is_operator,
    page_in_user_portals,
    portal_ids_visible_to,
    portal_page_filter,
)
from .models import Portal


def _scope_pages(pages, request):
    user = request.user
    if is_operator(user):
        return pages
    return pages.filter(portal_page_filter(user) | Q(depth=1))


@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages, request):
    return _scope_pages(pages, request)


@hooks.register("construct_explorer_page_queryset")
def scope_explorer(parent_page, pages, request):
    return _scope_pages(pages, request)


def _scope_collection_items(items, request):
    if is_operator(request.user):
        return items
    collections = Portal.objects.filter(pk__in=editable_portal_ids(request.user)).values_list(
        "collection__path", flat=True
    )
    condition = Q(pk__in=[])
    for collection_path in collections:
        condition |= Q(collection__path__startswith=collection_path)
    return items.filter(condition)


@hooks.register("construct_image_chooser_queryset")
def scope_image_chooser(images, request):
    return _scope_collection_items(images, request)


@hooks.register("construct_document_chooser_queryset")
def scope_document_chooser(documents, request):
    return _scope_collection_items(documents, request)


@hooks.register("before_edit_page")
@hooks.register("before_delete_page")
@hooks.register("before_copy_page")
@hooks.register("before_move_page")
def refuse_foreign_pages(request, page, *args):
    """Defence in depth: refuse any page action outside the user's portals, whatever the perms."""
    if not page_in_user_portals(request.user, page.pk):
        raise PermissionDenied


class PortalsMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(portal_ids_visible_to(request.user))


@hooks.register("register_admin_menu_item")
def register_portals_menu():
    return PortalsMenuItem(
        _("Cổng thông tin"), reverse("vnportal_portals:index"), icon_name="site", order=150
    )


@hooks.register("register_admin_urls")
def register_portal_urls():
    from . import admin_urls

    return [
        path("portals/", include((admin_urls, "vnportal_portals"), namespace="vnportal_portals"))
    ]
