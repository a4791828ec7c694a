"""Portal-wide views that are not pages: robots.txt (search lives in vnportal.search)."""

from django.http import HttpResponse
from django.urls import get_script_prefix


def robots_txt(request):
    sitemap = request.build_absolute_uri(get_script_prefix() + "sitemap.xml")
    body = f"User-agent: *\nDisallow: /admin/\nDisallow: /api/\nSitemap: {sitemap}\n"
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
