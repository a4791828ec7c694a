"""Public pages of the procedures registry: list with filters, detail by national code, CSV/JSON.

A component portal lists the procedures its board applies; the provincial portal lists the whole
province-wide catalogue with a filter by unit (the procedures a portal applies). Suspended or
closed portals are never offered in that filter, and a procedure is reachable on a commune portal
only if that portal applies it. Queries are bounded whatever the page size.
"""

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vnportal.core.importing import csv_response, json_response
from vnportal.tenancy.models import Portal

from .choices import DEFAULT_SORT, SORT_LABELS, SORTS, OnlineLevel, ProcedureLevel
from .completeness import COMPONENTS
from .importers import export_header, export_rows
from .models import PortalProcedure, Procedure, ProcedureField, ProcedureReview

PAGE_SIZE = 20
EXTRA_COLUMNS = ["day_du", "duong_dan"]


class ProcedureFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Tên hoặc mã thủ tục"), required=False, max_length=200)
    linh_vuc = forms.ChoiceField(label=gettext_lazy("Lĩnh vực"), required=False)
    cap = forms.ChoiceField(
        label=gettext_lazy("Cấp thực hiện"),
        required=False,
        choices=[("", gettext_lazy("Tất cả"))] + ProcedureLevel.choices,
    )
    muc_do = forms.ChoiceField(
        label=gettext_lazy("Dịch vụ công trực tuyến"),
        required=False,
        choices=[("", gettext_lazy("Tất cả"))] + OnlineLevel.choices,
    )
    cong = forms.ChoiceField(label=gettext_lazy("Áp dụng tại đơn vị"), required=False)
    sap_xep = forms.ChoiceField(
        label=gettext_lazy("Sắp xếp"), required=False, choices=list(SORT_LABELS.items())
    )

    def __init__(self, *args, fields=(), portals=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["linh_vuc"].choices = [("", _("Tất cả"))] + [(f.code, f.name) for f in fields]
        if portals is None:
            del self.fields["cong"]
        else:
            self.fields["cong"].choices = [("", _("Tất cả"))] + [
                (p.slug, p.name_vi) for p in portals
            ]

    def value(self, name):
        if not self.is_bound:
            return ""
        self.is_valid()
        return "" if name in self.errors else (self.cleaned_data.get(name) or "")


def _portal(request):
    portal = getattr(request, "portal", None)
    if portal is None:
        raise Http404
    return portal


def filtered(request, portal):
    base = Procedure.objects.visible_on(portal)
    fields = ProcedureField.objects.filter(pk__in=base.values("field_id")).order_by("name")
    portals = (
        Portal.objects.public().order_by("-is_provincial", "name_vi").only("slug", "name_vi")
        if portal.is_provincial
        else None
    )
    form = ProcedureFilterForm(request.GET or None, fields=fields, portals=portals)
    qs = base
    if form.value("q"):
        qs = qs.matching(form.value("q"))
    if form.value("linh_vuc"):
        qs = qs.filter(field__code=form.value("linh_vuc"))
    if form.value("cap"):
        qs = qs.filter(level=form.value("cap"))
    if form.value("muc_do"):
        qs = qs.filter(online_level=form.value("muc_do"))
    if portals is not None and form.value("cong"):
        qs = qs.filter(
            pk__in=PortalProcedure.objects.filter(
                portal__slug=form.value("cong"), portal__in=Portal.objects.public()
            ).values("procedure_id")
        )
    return qs.order_by(*SORTS[form.value("sap_xep") or DEFAULT_SORT]), form, base


def procedure_list(request):
    portal = _portal(request)
    qs, form, base = filtered(request, portal)
    page = Paginator(qs.for_listing(), PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    review = None if portal.is_provincial else ProcedureReview.objects.latest_for(portal)
    return render(
        request,
        "procedures/list.html",
        {
            "portal": portal,
            "form": form,
            "page_obj": page,
            "query": query.urlencode(),
            "review": review,
            "last_synced": base.last_synced(),
            "province_wide": portal.is_provincial,
            "crumbs": [(None, _("Thủ tục hành chính"))],
        },
    )


def procedure_detail(request, code):
    portal = _portal(request)
    procedure = (
        Procedure.objects.visible_on(portal).select_related("field").filter(code=code).first()
    )
    if procedure is None:
        raise Http404
    applied_at = []
    if portal.is_provincial:
        applied_at = list(
            Portal.objects.public()
            .filter(procedure_links__procedure=procedure)
            .order_by("name_vi")
            .only("slug", "name_vi", "hostname", "path", "is_provincial")
        )
    components = [
        {"label": c.label, "value": getattr(procedure, c.attr), "always": c.always, "attr": c.attr}
        for c in COMPONENTS
        if c.attr != "name"
    ]
    return render(
        request,
        "procedures/detail.html",
        {
            "portal": portal,
            "procedure": procedure,
            "components": components,
            "applied_at": applied_at,
            "canonical": request.build_absolute_uri(procedure.get_absolute_url()),
            "crumbs": [
                (reverse("procedures:index"), _("Thủ tục hành chính")),
                (None, procedure.code),
            ],
        },
    )


def procedure_export(request, fmt):
    portal = _portal(request)
    qs, _form, _base = filtered(request, portal)
    qs = qs.select_related("field").defer("search_text")
    header = [*export_header(), *EXTRA_COLUMNS]
    base_url = request.build_absolute_uri(reverse("procedures:index"))
    yes, no = _("Đầy đủ"), _("Chưa đầy đủ")

    def rows():
        for procedure, row in export_rows(qs.iterator(chunk_size=500), pairs=True):
            yield [*row, yes if procedure.is_complete else no, f"{base_url}{procedure.code}/"]

    filename = f"thu-tuc-{portal.slug}-{timezone.localdate():%Y%m%d}.{fmt}"
    if fmt == "csv":
        return csv_response(filename, header, rows())
    items = (dict(zip(header, row, strict=True)) for row in rows())
    meta = {"portal": portal.slug, "generated": timezone.localtime().isoformat(), "columns": header}
    return json_response(filename, items, meta)
