"""URL map. Everything not matched here is a Wagtail page of the request's portal."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from vnportal.api import api
from vnportal.core import views as core_views
from vnportal.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("tim-kiem/", search_views.portal_search, name="portal_search"),
    path("hoi-dap/", include("vnportal.qa.urls")),
    path("tra-cuu/van-ban/", include("vnportal.documents.urls")),
    path("tra-cuu/thu-tuc/", include("vnportal.procedures.urls")),
    path("tra-cuu/du-lieu/", include("vnportal.datasets.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
