"""Admin integration of the content domain: urgent publishing, and the board's content screens.

Publishing past the approval workflow is possible for board heads (Wagtail lets publishers publish),
but never silently: the editor form demands a reason (:class:`PortalPageForm`), this hook records it
in the audit log and in the operators' review list, and bulk publishing (which has no form to ask
for a reason) is refused inside portals that have a workflow.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from vnportal.tenancy.access import is_operator
from vnportal.tenancy.menus import OperatorOrPortalViewerMenuItem, PortalViewerMenuItem

from . import services


def _under_workflow(page) -> bool:
    workflow = page.get_workflow()
    return workflow is not None and workflow.active


@hooks.register("after_publish_page")
def record_urgent_publication(request, page):
    reason = (request.POST.get("urgent_reason") or "").strip()
    if not reason or not _under_workflow(page):
        return None
    portal = page.specific.get_portal() if hasattr(page.specific, "get_portal") else None
    if portal is None:
        return None
    services.record_urgent_publication(page, user=request.user, reason=reason, portal=portal)
    messages.warning(
        request,
        _("Trang được xuất bản không qua quy trình duyệt; đã ghi nhật ký và chờ rà soát."),
    )
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publish_past_workflow(request, action_type, objects, action_class_instance):
    if action_type != "publish" or is_operator(request.user):
        return None
    if any(_under_workflow(page) for page in objects):
        messages.error(
            request,
            _(
                "Không thể xuất bản hàng loạt trong cổng có quy trình duyệt. Hãy gửi duyệt, hoặc "
                "xuất bản từng trang kèm lý do khẩn."
            ),
        )
        return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))
    return None


@hooks.register("register_admin_urls")
def register_content_urls():
    from . import admin_urls

    return [
        path("noi-dung/", include((admin_urls, "vnportal_content"), namespace="vnportal_content"))
    ]


@hooks.register("register_admin_menu_item")
def register_content_menu():
    submenu = Menu(
        items=[
            PortalViewerMenuItem(
                gettext_lazy("Mục bắt buộc"),
                reverse("vnportal_content:sections"),
                icon_name="list-ul",
                order=100,
            ),
            PortalViewerMenuItem(
                gettext_lazy("Góp ý dự thảo"),
                reverse("vnportal_content:comments"),
                icon_name="comment",
                order=200,
            ),
            PortalViewerMenuItem(
                gettext_lazy("Đánh giá hài lòng"),
                reverse("vnportal_content:ratings"),
                icon_name="pick",
                order=300,
            ),
            OperatorOrPortalViewerMenuItem(
                gettext_lazy("Xuất bản không qua duyệt"),
                reverse("vnportal_content:urgent"),
                icon_name="warning",
                order=400,
            ),
        ]
    )
    return SubmenuMenuItem(gettext_lazy("Nội dung cổng"), submenu, icon_name="doc-full", order=160)
