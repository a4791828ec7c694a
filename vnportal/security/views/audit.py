"""The audit log screen: per portal for its administrators, platform-wide for the operators.

A Wagtail `ReportView`, so filtering, paging and CSV/XLSX export come with it. The visible rows
are cut down to the user's portals in `get_queryset`, before any filter is applied: a portal id
typed into the filter that the user may not see is an invalid choice and changes nothing.
Exports are recorded in the log itself, and cells are neutralised against spreadsheet formula
injection (a failed-login username like `=HYPERLINK(...)` is attacker-written text).
"""

import json

import django_filters
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import get_page_models

from vnportal.tenancy.models import Portal

from ..audit import record, verify_chain
from ..models import AuditEntry
from .access import audit_portal_ids, can_see_audit

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHAIN_CACHE_SECONDS = 600


def _portal_choices(request):
    ids = audit_portal_ids(request.user)
    portals = Portal.objects.order_by("-is_provincial", "name_vi")
    return portals if ids is None else portals.filter(pk__in=ids)


def page_target_types() -> list[str]:
    return ["wagtailcore.page"] + [m._meta.label_lower for m in get_page_models()]


class AuditFilterSet(WagtailFilterSet):
    portal = django_filters.ModelChoiceFilter(label=_("Cổng"), queryset=_portal_choices)
    action = django_filters.CharFilter(
        label=_("Hành động (bắt đầu bằng)"), field_name="action", lookup_expr="startswith"
    )
    actor = django_filters.CharFilter(label=_("Người thực hiện"), method="filter_actor")
    ip = django_filters.CharFilter(label=_("Địa chỉ IP"), field_name="ip", method="filter_ip")
    page = django_filters.NumberFilter(label=_("Mã trang"), method="filter_page")
    at = django_filters.DateFromToRangeFilter(label=_("Thời gian"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = []

    def filter_actor(self, queryset, name, value):
        return queryset.filter(Q(actor__username__iexact=value) | Q(actor_label__icontains=value))

    def filter_ip(self, queryset, name, value):
        return queryset.filter(ip__startswith=value.strip())

    def filter_page(self, queryset, name, value):
        page_id = int(value)
        return queryset.filter(
            Q(data__page=page_id) | Q(target_id=str(page_id), target_type__in=page_target_types())
        )


def chain_status(force: bool = False) -> dict:
    """Whether the whole chain verifies; cached per last entry for a few minutes."""
    last = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    key = f"security:audit-chain:{last}"
    status = None if force else cache.get(key)
    if status is None:
        broken = verify_chain()
        status = {"ok": broken is None, "broken_at": broken, "checked_at": timezone.now()}
        cache.set(key, status, CHAIN_CACHE_SECONDS)
    return status


class AuditLogView(ReportView):
    page_title = _("Nhật ký thao tác")
    header_icon = "history"
    template_name = "security/admin/audit.html"
    results_template_name = "security/admin/audit_results.html"
    index_url_name = "vnportal_security:audit"
    index_results_url_name = "vnportal_security:audit_results"
    filterset_class = AuditFilterSet
    paginate_by = 50
    export_filename = "nhat-ky-thao-tac"
    list_export = [
        "id",
        "at",
        "action",
        "actor_id",
        "actor_label",
        "ip",
        "portal_id",
        "portal",
        "target_type",
        "target_id",
        "target_label",
        "data",
        "prev_hash",
        "entry_hash",
    ]
    export_headings = {
        "id": "id",
        "at": _("Thời điểm"),
        "action": _("Hành động"),
        "actor_id": _("Mã người thực hiện"),
        "actor_label": _("Người thực hiện"),
        "ip": _("Địa chỉ IP"),
        "portal_id": _("Mã cổng"),
        "portal": _("Cổng"),
        "target_type": _("Loại đối tượng"),
        "target_id": _("Mã đối tượng"),
        "target_label": _("Đối tượng"),
        "data": _("Chi tiết (JSON)"),
        "prev_hash": "prev_hash",
        "entry_hash": "entry_hash",
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_see_audit(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        entries = AuditEntry.objects.select_related("portal").order_by("-pk")
        ids = audit_portal_ids(self.request.user)
        if ids is not None:
            entries = entries.filter(portal_id__in=ids)
        return entries

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chain"] = chain_status(force=self.request.GET.get("verify") == "1")
        context["platform_wide"] = audit_portal_ids(self.request.user) is None
        return context

    def to_row_dict(self, item):
        row = {
            "id": item.pk,
            "at": timezone.localtime(item.at).isoformat(),
            "action": item.action,
            "actor_id": item.actor_id or "",
            "actor_label": item.actor_label,
            "ip": item.ip or "",
            "portal_id": item.portal_id or "",
            "portal": item.portal.name_vi if item.portal_id else "",
            "target_type": item.target_type,
            "target_id": item.target_id,
            "target_label": item.target_label,
            "data": json.dumps(item.data, ensure_ascii=False, sort_keys=True, default=str),
            "prev_hash": item.prev_hash,
            "entry_hash": item.entry_hash,
        }
        return {field: row[field] for field in self.list_export}

    def write_csv_row(self, writer, row_dict):
        safe = {
            key: (
                "'" + value
                if isinstance(value, str) and value.startswith(FORMULA_PREFIXES)
                else value
            )
            for key, value in row_dict.items()
        }
        return super().write_csv_row(writer, safe)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        filters = {
            key: value
            for key, value in self.request.GET.items()
            if key not in ("export", "page") and value
        }
        record(
            "audit.export",
            request=self.request,
            data={"format": spreadsheet_format, "filters": filters, "rows": queryset.count()},
        )
        self.request._vnportal_export_recorded = True
        return super().as_spreadsheet(queryset, spreadsheet_format)
