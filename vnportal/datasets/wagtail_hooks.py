"""The "Bộ dữ liệu" admin section: one entry per kind, for board members and operators."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from vnportal.documents.registry_admin import RegistryViewSet
from vnportal.tenancy.menus import PortalEditorMenuItem

from .admin_urls import urlpatterns
from .models import KINDS


class DatasetViewSet(RegistryViewSet):
    name = "vnportal_datasets"
    url_prefix = "bo-du-lieu"
    urlpatterns = urlpatterns


@hooks.register("register_admin_viewset")
def register_datasets():
    return DatasetViewSet()


@hooks.register("register_admin_menu_item")
def register_datasets_menu():
    items = [
        PortalEditorMenuItem(
            model.kind_label,
            reverse("vnportal_datasets:list", kwargs={"kind": slug}),
            icon_name="table",
            order=index,
        )
        for index, (slug, model) in enumerate(KINDS.items(), start=1)
    ]
    return SubmenuMenuItem(_("Bộ dữ liệu"), Menu(items=items), icon_name="table", order=230)
