"""Portal-wide views that are not pages: search (basic, portal-scoped), robots.txt."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import get_script_prefix
from wagtail.models import Page


def portal_search(request):
    """Search the current portal's live pages only (isolation: never another portal's)."""
    query = (request.GET.get("q") or "").strip()[:200]
    results = None
    if query and request.portal is not None:
        pages = Page.objects.live().public().descendant_of(request.portal.root_page, inclusive=True)
        results = Paginator(pages.search(query), 20).get_page(request.GET.get("page"))
    return render(request, "core/search.html", {"query": query, "results": results})


def robots_txt(request):
    sitemap = request.build_absolute_uri(get_script_prefix() + "sitemap.xml")
    body = f"User-agent: *\nDisallow: /admin/\nDisallow: /api/\nSitemap: {sitemap}\n"
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
