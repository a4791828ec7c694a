"""The "Hỏi - Đáp" admin section: questions, information requests, statistics, e-mail log, and
(for operators) the response periods. Menu items show only to users who can see some portal."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from vnportal.tenancy.menus import OperatorMenuItem
from vnportal.workcalendar.permissions import OperatorOnlyPolicy

from . import permissions
from .models import ResponsePeriod

register_permission_policy(ResponsePeriod, OperatorOnlyPolicy(ResponsePeriod))


class PortalMemberMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(permissions.visible_portal_ids(request.user))


class ResponsePeriodViewSet(ModelViewSet):
    """Periods are data with validity dates; operators correct them, open deadlines follow."""

    model = ResponsePeriod
    icon = "time"
    add_to_admin_menu = False
    url_prefix = "thoi-han-tra-loi"
    name = "response_periods"
    form_fields = ["kind", "working_days", "valid_from", "valid_to", "legal_basis"]
    list_display = ["kind", "working_days", "valid_from", "valid_to", "legal_basis"]
    list_filter = ["kind"]
    copy_view_enabled = False
    inspect_view_enabled = False


response_periods = ResponsePeriodViewSet()


@hooks.register("register_admin_viewset")
def register_response_periods():
    return response_periods


@hooks.register("register_admin_urls")
def register_qa_urls():
    from . import admin_urls

    return [path("hoi-dap/", include((admin_urls, "vnportal_qa"), namespace="vnportal_qa"))]


@hooks.register("register_admin_menu_item")
def register_qa_menu():
    items = [
        PortalMemberMenuItem(_("Câu hỏi"), reverse("vnportal_qa:index"), icon_name="help", order=1),
        PortalMemberMenuItem(
            _("Yêu cầu cung cấp thông tin"),
            reverse("vnportal_qa:requests"),
            icon_name="doc-full",
            order=2,
        ),
        PortalMemberMenuItem(
            _("Thống kê"), reverse("vnportal_qa:statistics"), icon_name="table", order=3
        ),
        PortalMemberMenuItem(
            _("Thư thông báo"), reverse("vnportal_qa:notifications"), icon_name="mail", order=4
        ),
        OperatorMenuItem(
            _("Thời hạn trả lời"),
            reverse(response_periods.get_url_name("index")),
            icon_name="time",
            order=5,
        ),
    ]
    return SubmenuMenuItem(_("Hỏi - Đáp"), Menu(items=items), icon_name="help", order=160)
