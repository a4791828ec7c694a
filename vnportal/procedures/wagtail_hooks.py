"""The "Thủ tục hành chính" admin section.

The province-wide catalogue (procedures and their fields) is edited by operators only, through
Wagtail model viewsets whose saves go through the services (audit log, completeness). Boards get
the apply/review screen; boards, supervising units and operators get the completeness report.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.views.generic.models import CreateView, DeleteView, EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from vnportal.documents.registry_admin import RegistryViewSet
from vnportal.tenancy.menus import OperatorMenuItem, PortalEditorMenuItem, PortalViewerMenuItem
from vnportal.workcalendar.permissions import OperatorOnlyPolicy

from . import services
from .admin_urls import urlpatterns
from .models import Procedure, ProcedureField

register_permission_policy(Procedure, OperatorOnlyPolicy(Procedure))
register_permission_policy(ProcedureField, OperatorOnlyPolicy(ProcedureField))


class ProcedureCreateView(CreateView):
    def save_instance(self):
        return services.save_procedure(self.form.instance, by=self.request.user)


class ProcedureEditView(EditView):
    def save_instance(self):
        return services.save_procedure(self.form.instance, by=self.request.user)


class ProcedureDeleteView(DeleteView):
    def delete_action(self):
        services.delete_procedure(self.object, by=self.request.user)


class ProcedureCatalogueViewSet(ModelViewSet):
    model = Procedure
    name = "procedure_catalogue"
    url_prefix = "thu-tuc-hanh-chinh/danh-muc"
    icon = "list-ul"
    add_to_admin_menu = False
    add_view_class = ProcedureCreateView
    edit_view_class = ProcedureEditView
    delete_view_class = ProcedureDeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["code", "name", "field", "level", "online_level", "is_complete", "synced_at"]
    list_filter = ["level", "field", "online_level", "status", "is_complete"]
    search_fields = ["code", "name"]
    list_per_page = 50
    form_fields = [
        "code",
        "name",
        "field",
        "level",
        "status",
        "implementing_agency",
        "subjects",
        "steps",
        "methods",
        "dossier",
        "dossier_copies",
        "processing_time",
        "fees",
        "result",
        "conditions",
        "forms",
        "legal_basis",
        "online_level",
        "service_url",
        "publication_decision",
        "synced_at",
    ]

    def formfield_for_dbfield(self, db_field, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, **kwargs)


class ProcedureFieldViewSet(ModelViewSet):
    model = ProcedureField
    name = "procedure_fields"
    url_prefix = "thu-tuc-hanh-chinh/linh-vuc"
    icon = "tag"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["code", "name"]
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class ProcedureToolsViewSet(RegistryViewSet):
    name = "vnportal_procedures"
    url_prefix = "thu-tuc-hanh-chinh/cong-cu"
    urlpatterns = urlpatterns


catalogue = ProcedureCatalogueViewSet()
fields = ProcedureFieldViewSet()
tools = ProcedureToolsViewSet()


@hooks.register("register_admin_viewset")
def register_catalogue():
    return catalogue


@hooks.register("register_admin_viewset")
def register_fields():
    return fields


@hooks.register("register_admin_viewset")
def register_tools():
    return tools


@hooks.register("register_admin_menu_item")
def register_procedures_menu():
    items = [
        OperatorMenuItem(
            _("Danh mục thủ tục"),
            reverse(catalogue.get_url_name("index")),
            icon_name="list-ul",
            order=1,
        ),
        OperatorMenuItem(
            _("Lĩnh vực"), reverse(fields.get_url_name("index")), icon_name="tag", order=2
        ),
        OperatorMenuItem(
            _("Nhập từ tệp"), reverse("vnportal_procedures:import"), icon_name="upload", order=3
        ),
        PortalEditorMenuItem(
            _("Áp dụng tại cổng"), reverse("vnportal_procedures:apply"), icon_name="tick", order=4
        ),
        PortalViewerMenuItem(
            _("Mức độ đầy đủ"),
            reverse("vnportal_procedures:completeness"),
            icon_name="tasks",
            order=5,
        ),
    ]
    return SubmenuMenuItem(
        _("Thủ tục hành chính"), Menu(items=items), icon_name="list-ul", order=220
    )
