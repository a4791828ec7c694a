"""Template tags for the portal layout: menu and breadcrumbs, each one query at most."""

from django import template
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_menu(context):
    """Top-level sections of the current portal marked 'show in menus', in tree order."""
    request = context.get("request")
    portal = getattr(request, "portal", None)
    if portal is None:
        return []
    cache_attr = "_vnportal_menu"
    if not hasattr(request, cache_attr):
        root = portal.root_page
        # specific(): path-portal URLs come from PortalPage.get_url_parts (one query per page type).
        pages = list(Page.objects.child_of(root).live().public().in_menu().specific())
        setattr(request, cache_attr, pages)
    return getattr(request, cache_attr)


@register.simple_tag(takes_context=True)
def portal_home_url(context):
    request = context.get("request")
    from django.urls import get_script_prefix

    return get_script_prefix() if request is not None else "/"


@register.simple_tag
def breadcrumbs(page):
    """Ancestors below the portal root (depth 2 is the portal home)."""
    if page is None or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2).specific())
