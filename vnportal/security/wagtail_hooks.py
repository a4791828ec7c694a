"""The security domain inside the Wagtail admin.

* The malicious-content scanner runs on every save (a warning for the editor, a flag for the
  operators) and before every publication from the editor (refused while flagged); the other
  publishing roads are covered by the `page_published` signal (:mod:`.publishing`).
* A guard against rich-text fields posted as raw HTML instead of the editor's JSON (only a
  hand-crafted request does that; Wagtail would answer with a server error).
* The "An toàn thông tin" menu: audit log, content flags, integrity alerts, admin networks.
"""

import json

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.fields import RichTextField

from vnportal.tenancy.menus import OperatorOrPortalViewerMenuItem

from .choices import FlagSource
from .publishing import REFUSED_ACTION, WITHDRAWN_ACTION, refuse_in_editor
from .services import assess_page
from .views.access import can_see_audit


def _warn_if_flagged(request, page):
    if page.depth is None or page.depth < 2:
        return
    assessment = assess_page(page, source=FlagSource.SAVE, revision=page.latest_revision)
    if assessment.result.verdict == "spam" and not assessment.publishable:
        messages.warning(
            request,
            _(
                "Nội dung có dấu hiệu độc hại (%(reasons)s). Bản nháp đã được lưu, nhưng trang "
                "không thể xuất bản cho đến khi cán bộ điều hành cấp tỉnh xem xét."
            )
            % {"reasons": "; ".join(assessment.result.reasons[:3])},
        )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def scan_saved_page(request, page):
    _warn_if_flagged(request, page)


@hooks.register("before_publish_page")
def refuse_flagged_publication(request, page):
    assessment = refuse_in_editor(request, page)
    if assessment is None:
        return None
    messages.error(
        request,
        _(
            "Không xuất bản được: nội dung có dấu hiệu độc hại (%(reasons)s). Bản nháp đã được "
            "lưu. Hãy sửa nội dung, hoặc đề nghị cán bộ điều hành cấp tỉnh xác minh và cho phép."
        )
        % {"reasons": "; ".join(assessment.result.reasons[:3])},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def _raw_html_in_rich_text(request, page_class) -> str | None:
    """Name of a rich-text field whose posted value is not the editor's JSON, if any."""
    if request.method != "POST":
        return None
    for field in page_class._meta.concrete_fields:
        if not isinstance(field, RichTextField):
            continue
        value = request.POST.get(field.name)
        if value is None or value == "":
            continue
        try:
            parsed = json.loads(value)
        except ValueError:
            return field.name
        if not isinstance(parsed, dict):
            return field.name
    return None


def _refuse_raw_html(field_name):
    return HttpResponseBadRequest(
        _(
            "Dữ liệu của ô soạn thảo “%(field)s” không hợp lệ (chỉ nhận nội dung từ trình soạn "
            "thảo). Không có gì được lưu."
        )
        % {"field": field_name},
        content_type="text/plain; charset=utf-8",
    )


@hooks.register("before_create_page")
def guard_rich_text_on_create(request, parent_page, page_class):
    field = _raw_html_in_rich_text(request, page_class)
    return _refuse_raw_html(field) if field else None


@hooks.register("before_edit_page")
def guard_rich_text_on_edit(request, page):
    field = _raw_html_in_rich_text(request, page.specific_class or type(page))
    return _refuse_raw_html(field) if field else None


@hooks.register("register_log_actions")
def register_security_log_actions(actions):
    actions.register_action(
        REFUSED_ACTION,
        gettext_lazy("Từ chối xuất bản (nội dung độc hại)"),
        gettext_lazy("Từ chối xuất bản: bộ quét phát hiện nội dung độc hại"),
    )
    actions.register_action(
        WITHDRAWN_ACTION,
        gettext_lazy("Gỡ xuất bản (nội dung độc hại)"),
        gettext_lazy("Gỡ bản vừa xuất bản: bộ quét phát hiện nội dung độc hại"),
    )


# --- Menu and URLs -----------------------------------------------------------------------------


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_audit(request.user)


@hooks.register("register_admin_menu_item")
def register_security_menu():
    items = [
        AuditMenuItem(
            gettext_lazy("Nhật ký thao tác"),
            reverse("vnportal_security:audit"),
            icon_name="history",
            order=100,
        ),
        OperatorOrPortalViewerMenuItem(
            gettext_lazy("Nội dung độc hại"),
            reverse("vnportal_security:flags"),
            icon_name="warning",
            order=200,
        ),
        OperatorOrPortalViewerMenuItem(
            gettext_lazy("Toàn vẹn nội dung"),
            reverse("vnportal_security:integrity"),
            icon_name="lock",
            order=300,
        ),
        AuditMenuItem(
            gettext_lazy("Mạng quản trị"),
            reverse("vnportal_security:networks"),
            icon_name="site",
            order=400,
        ),
    ]
    return SubmenuMenuItem(
        gettext_lazy("An toàn thông tin"), Menu(items=items), icon_name="lock", order=900
    )


@hooks.register("register_admin_urls")
def register_security_urls():
    from . import admin_urls

    return [
        path("security/", include((admin_urls, "vnportal_security"), namespace="vnportal_security"))
    ]
