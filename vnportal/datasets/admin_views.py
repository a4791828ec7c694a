"""Admin screens of the data sets: one generic set of views per kind, scoped to the user's portals.

Records are loaded through :func:`_record_for`, which filters on `editable_portal_ids` (operators:
all) and returns 404 otherwise; the form's portal choice is limited to the same portals, and an
existing record's portal cannot be changed.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.documents import registry_admin
from vnportal.tenancy.access import editable_portal_ids
from vnportal.tenancy.models import Portal

from . import display, services
from .models import KINDS

NS = "vnportal_datasets"
PAGE_SIZE = 50


def _editable(request) -> set[int]:
    ids = editable_portal_ids(request.user)
    if not ids:
        raise PermissionDenied
    return ids


def _model(kind):
    model = KINDS.get(kind)
    if model is None:
        raise Http404
    return model


def _record_for(request, model, pk):
    record = (
        model.objects.filter(pk=pk, portal_id__in=_editable(request))
        .select_related("portal")
        .first()
    )
    if record is None:
        raise Http404
    return record


def form_class(model):
    widgets = {}
    for name in model.all_fields():
        field = model._meta.get_field(name)
        internal = field.get_internal_type()
        if internal == "DateField":
            widgets[name] = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        elif internal == "DateTimeField":
            widgets[name] = forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            )
        elif internal == "TextField":
            widgets[name] = forms.Textarea(attrs={"rows": 3})
    return forms.modelform_factory(model, fields=["portal", *model.all_fields()], widgets=widgets)


def _form(request, model, portals, instance=None):
    form = form_class(model)(request.POST or None, instance=instance)
    form.fields["portal"].queryset = portals
    if instance is not None:
        form.fields["portal"].disabled = True
    elif portals.count() == 1:
        form.fields["portal"].initial = portals.first()
    return form


def index(request):
    ids = _editable(request)
    kinds = [
        {"slug": slug, "label": model.kind_label, "count": model.objects.for_portals(ids).count()}
        for slug, model in KINDS.items()
    ]
    return render(request, "datasets/admin/index.html", {"kinds": kinds})


def record_list(request, kind):
    model = _model(kind)
    ids = _editable(request)
    portals = Portal.objects.filter(pk__in=ids).order_by("-is_provincial", "name_vi")
    qs = model.objects.for_portals(ids).select_related("portal").defer("search_text")
    portal_id = request.GET.get("cong", "")
    if portal_id:
        if not portal_id.isdigit() or int(portal_id) not in ids:
            raise Http404
        qs = qs.filter(portal_id=int(portal_id))
    query = (request.GET.get("q") or "").strip()[:200]
    if query:
        qs = qs.matching(query)
    page = Paginator(qs.order_by("-year", "-updated_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("p")
    )
    rows = [{"record": r, "values": [display.text(r, n) for n in model.card_fields]} for r in page]
    params = request.GET.copy()
    params.pop("p", None)
    return render(
        request,
        "datasets/admin/list.html",
        {
            "kind": kind,
            "kind_label": model.kind_label,
            "columns": [display.label(model, n) for n in model.card_fields],
            "rows": rows,
            "page_obj": page,
            "portals": portals,
            "portal_id": portal_id,
            "query": query,
            "params": params.urlencode(),
        },
    )


def record_add(request, kind):
    model = _model(kind)
    portals = Portal.objects.filter(pk__in=_editable(request)).order_by("-is_provincial", "name_vi")
    form = _form(request, model, portals)
    if request.method == "POST" and form.is_valid():
        try:
            record = services.save_record(form.save(commit=False), by=request.user)
        except ValidationError as exc:
            registry_admin.apply_errors(form, exc)
        else:
            messages.success(request, _("Đã thêm “%(t)s”.") % {"t": record.title})
            return redirect(f"{NS}:list", kind=kind)
    return render(
        request,
        "datasets/admin/form.html",
        {"form": form, "kind": kind, "kind_label": model.kind_label, "title": _("Thêm mới")},
    )


def record_edit(request, kind, pk):
    model = _model(kind)
    record = _record_for(request, model, pk)
    portals = Portal.objects.filter(pk__in=_editable(request))
    form = _form(request, model, portals, instance=record)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_record(form.save(commit=False), by=request.user)
        except ValidationError as exc:
            registry_admin.apply_errors(form, exc)
        else:
            messages.success(request, _("Đã lưu."))
            return redirect(f"{NS}:list", kind=kind)
    return render(
        request,
        "datasets/admin/form.html",
        {
            "form": form,
            "kind": kind,
            "kind_label": model.kind_label,
            "record": record,
            "title": record.title,
        },
    )


def record_delete(request, kind, pk):
    model = _model(kind)
    record = _record_for(request, model, pk)
    if request.method == "POST":
        services.delete_record(record, by=request.user)
        messages.success(request, _("Đã xoá “%(t)s”.") % {"t": record.title})
        return redirect(f"{NS}:list", kind=kind)
    return render(
        request,
        "datasets/admin/delete.html",
        {"record": record, "kind": kind, "kind_label": model.kind_label},
    )


def record_export(request, kind, fmt):
    """One portal's records of a kind (drafts included), for the board's own files."""
    model = _model(kind)
    ids = _editable(request)
    portal_id = request.GET.get("cong", "")
    if portal_id:
        if not portal_id.isdigit() or int(portal_id) not in ids:
            raise Http404
        scope = [int(portal_id)]
    else:
        scope = ids
    names = [
        "title",
        "field",
        "year",
        *model.detail_fields,
        "summary",
        "source_document",
        "is_published",
    ]
    qs = (
        model.objects.for_portals(scope)
        .select_related("portal")
        .defer("search_text")
        .order_by("portal_id", "-year", "pk")
    )
    rows = (
        [r.pk, r.portal.slug, *[display.text(r, n) for n in names]]
        for r in qs.iterator(chunk_size=500)
    )
    return registry_admin.export_file(
        fmt, f"{kind}-{timezone.localdate():%Y%m%d}", ["id", "cong", *names], rows
    )
