"""The "Văn bản" admin section: a Wagtail viewset of scoped function views (see admin_views)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_urls import urlpatterns
from .registry_admin import RegistryViewSet


class DocumentViewSet(RegistryViewSet):
    name = "vnportal_documents"
    url_prefix = "van-ban"
    icon = "doc-full-inverse"
    menu_label = _("Văn bản")
    menu_order = 210
    add_to_admin_menu = True
    urlpatterns = urlpatterns


@hooks.register("register_admin_viewset")
def register_documents():
    return DocumentViewSet()
