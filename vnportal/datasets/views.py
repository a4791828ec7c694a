"""Public pages of the data sets: an index of kinds, then per kind a list with filters, a detail
page and CSV/JSON downloads. One set of views serves the five kinds through each model's declared
fields. A component portal shows its own records, the provincial portal every public portal's."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vnportal.core.importing import csv_response, json_response
from vnportal.tenancy.models import Portal

from . import display
from .choices import Sector
from .models import KINDS

PAGE_SIZE = 20


def _portal(request):
    portal = getattr(request, "portal", None)
    if portal is None:
        raise Http404
    return portal


def _model(kind):
    model = KINDS.get(kind)
    if model is None:
        raise Http404
    return model


def filter_form_class(model, years, portals):
    """A filter form for one kind: keyword, year, field, the kind's own choices, the unit."""
    fields = {
        "q": forms.CharField(label=gettext_lazy("Từ khoá"), required=False, max_length=200),
        "nam": forms.TypedChoiceField(
            label=gettext_lazy("Năm"),
            required=False,
            coerce=int,
            empty_value=None,
            choices=[("", gettext_lazy("Tất cả"))] + [(y, y) for y in years],
        ),
        "linh_vuc": forms.ChoiceField(
            label=gettext_lazy("Lĩnh vực"),
            required=False,
            choices=[("", gettext_lazy("Tất cả"))] + Sector.choices,
        ),
    }
    for name in model.filter_fields:
        field = model._meta.get_field(name)
        fields[name] = forms.ChoiceField(
            label=field.verbose_name.capitalize(),
            required=False,
            choices=[("", gettext_lazy("Tất cả"))] + list(field.choices),
        )
    if portals is not None:
        fields["cong"] = forms.ChoiceField(
            label=gettext_lazy("Đơn vị (cổng)"),
            required=False,
            choices=[("", gettext_lazy("Tất cả"))] + [(p.slug, p.name_vi) for p in portals],
        )
    return type(f"{model.__name__}FilterForm", (forms.Form,), fields)


def filtered(request, portal, model):
    base = model.objects.visible_on(portal)
    years = list(base.order_by("-year").values_list("year", flat=True).distinct())
    portals = (
        Portal.objects.public().order_by("-is_provincial", "name_vi").only("slug", "name_vi")
        if portal.is_provincial
        else None
    )
    form = filter_form_class(model, years, portals)(request.GET or None)
    qs = base
    if form.is_bound:
        form.is_valid()
        clean = {k: v for k, v in getattr(form, "cleaned_data", {}).items() if k not in form.errors}
        if clean.get("q"):
            qs = qs.matching(clean["q"])
        if clean.get("nam"):
            qs = qs.filter(year=clean["nam"])
        if clean.get("linh_vuc"):
            qs = qs.filter(field=clean["linh_vuc"])
        for name in model.filter_fields:
            if clean.get(name):
                qs = qs.filter(**{name: clean[name]})
        if portals is not None and clean.get("cong"):
            qs = qs.filter(portal__slug=clean["cong"])
    return qs.select_related("portal").defer("search_text").order_by(
        "-year", "-updated_at", "-pk"
    ), form


def dataset_index(request):
    portal = _portal(request)
    kinds = []
    for slug, model in KINDS.items():
        kinds.append(
            {
                "slug": slug,
                "label": model.kind_label,
                "count": model.objects.visible_on(portal).count(),
            }
        )
    return render(
        request,
        "datasets/index.html",
        {"portal": portal, "kinds": kinds, "crumbs": [(None, _("Cơ sở dữ liệu"))]},
    )


def dataset_list(request, kind):
    portal = _portal(request)
    model = _model(kind)
    qs, form = filtered(request, portal, model)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("trang"))
    items = [
        {
            "record": record,
            "meta": [value for _label, value in display.rows(record, model.card_fields) if value],
        }
        for record in page
    ]
    query = request.GET.copy()
    query.pop("trang", None)
    return render(
        request,
        "datasets/list.html",
        {
            "portal": portal,
            "kind": kind,
            "kind_label": model.kind_label,
            "form": form,
            "page_obj": page,
            "items": items,
            "query": query.urlencode(),
            "province_wide": portal.is_provincial,
            "crumbs": [(reverse("datasets:index"), _("Cơ sở dữ liệu")), (None, model.kind_label)],
        },
    )


def dataset_detail(request, kind, pk):
    portal = _portal(request)
    model = _model(kind)
    record = model.objects.visible_on(portal).select_related("portal__unit").filter(pk=pk).first()
    if record is None:
        raise Http404
    facts = display.rows(record, ["field", "year", *model.detail_fields, "source_document"])
    return render(
        request,
        "datasets/detail.html",
        {
            "portal": portal,
            "kind": kind,
            "kind_label": model.kind_label,
            "record": record,
            "facts": facts,
            "canonical": request.build_absolute_uri(record.get_absolute_url()),
            "crumbs": [
                (reverse("datasets:index"), _("Cơ sở dữ liệu")),
                (reverse("datasets:list", args=[kind]), model.kind_label),
                (None, record.title[:60]),
            ],
        },
    )


def export_columns(model) -> list[str]:
    return [
        "id",
        "cong",
        "title",
        "field",
        "year",
        *model.detail_fields,
        "summary",
        "source_document",
        "duong_dan",
    ]


def dataset_export(request, kind, fmt):
    portal = _portal(request)
    model = _model(kind)
    qs, _form = filtered(request, portal, model)
    base_url = request.build_absolute_uri(reverse("datasets:list", args=[kind]))
    names = ["title", "field", "year", *model.detail_fields, "summary", "source_document"]

    def rows():
        for record in qs.iterator(chunk_size=500):
            yield [
                record.pk,
                record.portal.slug,
                *[display.text(record, n) for n in names],
                f"{base_url}{record.pk}/",
            ]

    header = export_columns(model)
    filename = f"{kind}-{portal.slug}-{timezone.localdate():%Y%m%d}.{fmt}"
    if fmt == "csv":
        return csv_response(filename, header, rows())
    items = (dict(zip(header, row, strict=True)) for row in rows())
    labels = {name: display.label(model, name) for name in names}
    meta = {
        "portal": portal.slug,
        "kind": kind,
        "generated": timezone.localtime().isoformat(),
        "columns": header,
        "labels": labels,
    }
    return json_response(filename, items, meta)


def counts_for(portal) -> dict[str, int]:
    """Records per kind on a portal (for the content sections and the monitoring)."""
    return {
        slug: model.objects.visible_on(portal).aggregate(n=Count("pk"))["n"]
        for slug, model in KINDS.items()
    }
