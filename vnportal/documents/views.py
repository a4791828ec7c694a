"""Public pages of the documents registry: list with filters, detail, file download, CSV/JSON.

A component portal lists its own published documents; the provincial portal lists every public
portal's (the province-wide registry) with a filter by unit. Nothing from a suspended or closed
portal appears anywhere (`LegalDocument.objects.public()`). Queries are bounded: a page of 20 or
of 50 documents costs the same number of queries.
"""

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.core.importing import csv_response, json_response
from vnportal.tenancy.models import Portal

from .choices import DEFAULT_SORT, SORTS, DocumentStatus, ValidityState
from .forms import DocumentFilterForm
from .importers import export_header, export_rows
from .models import DocumentAttachment, LegalDocument

PAGE_SIZE = 20
MAX_ISSUER_CHOICES = 300


def _portal(request):
    portal = getattr(request, "portal", None)
    if portal is None:
        raise Http404
    return portal


def filtered(request, portal):
    """The documents this portal shows, filtered by the query string; and the bound form."""
    base = LegalDocument.objects.visible_on(portal)
    years = list(base.order_by("-year").values_list("year", flat=True).distinct())
    issuers = list(
        base.order_by("issuer").values_list("issuer", flat=True).distinct()[:MAX_ISSUER_CHOICES]
    )
    portals = (
        Portal.objects.public().order_by("-is_provincial", "name_vi").only("slug", "name_vi")
        if portal.is_provincial
        else None
    )
    form = DocumentFilterForm(request.GET or None, years=years, issuers=issuers, portals=portals)
    qs = base
    if form.is_bound:
        form.is_valid()
        if form.value("q"):
            qs = qs.matching(form.value("q"))
        if form.value("loai"):
            qs = qs.filter(doc_type=form.value("loai"))
        if form.value("linh_vuc"):
            qs = qs.filter(field=form.value("linh_vuc"))
        if form.value("nam"):
            qs = qs.filter(year=form.value("nam"))
        if form.value("co_quan"):
            qs = qs.filter(issuer=form.value("co_quan"))
        if portals is not None and form.value("cong"):
            qs = qs.filter(portal__slug=form.value("cong"))
        if form.value("hieu_luc") == "con":
            qs = qs.in_force()
        elif form.value("hieu_luc") == "het":
            qs = qs.expired()
    sort = form.value("sap_xep") if form.is_bound else ""
    return qs.order_by(*SORTS.get(sort or DEFAULT_SORT)), form


def document_list(request):
    portal = _portal(request)
    qs, form = filtered(request, portal)
    page = Paginator(qs.for_listing(), PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    return render(
        request,
        "documents/list.html",
        {
            "portal": portal,
            "form": form,
            "page_obj": page,
            "query": query.urlencode(),
            "today": timezone.localdate(),
            "province_wide": portal.is_provincial,
            "crumbs": [(None, _("Văn bản"))],
        },
    )


def _document_for(request, pk) -> LegalDocument:
    portal = _portal(request)
    document = (
        LegalDocument.objects.visible_on(portal)
        .select_related("portal__unit", "replaced_by")
        .filter(pk=pk)
        .first()
    )
    if document is None:
        raise Http404
    return document


def document_detail(request, pk):
    document = _document_for(request, pk)
    # Replacements stay inside one portal (services._check_replacement), so the document being
    # public is enough; scoping by portal again makes planners pick the status index and scan.
    replaces = list(
        document.replaces.filter(status=DocumentStatus.PUBLISHED).only(
            "pk", "number_symbol", "abstract", "issue_date"
        )
    )
    replaced_by = (
        document.replaced_by if document.replaced_by and document.replaced_by.is_published else None
    )
    return render(
        request,
        "documents/detail.html",
        {
            "portal": _portal(request),
            "document": document,
            "attachments": document.attachments.only(
                "pk", "document_id", "original_name", "kind", "size"
            ),
            "replaces": replaces,
            "replaced_by": replaced_by,
            "validity": document.validity_label(),
            "canonical": request.build_absolute_uri(document.get_absolute_url()),
            "crumbs": [(reverse("documents:index"), _("Văn bản")), (None, document.number_symbol)],
        },
    )


def attachment_download(request, pk, file_pk):
    document = _document_for(request, pk)
    attachment = DocumentAttachment.objects.filter(pk=file_pk, document=document).first()
    if attachment is None:
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=attachment.kind != "pdf",
        filename=attachment.file.name.rsplit("/", 1)[-1],
        content_type="application/pdf"
        if attachment.kind == "pdf"
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


PUBLIC_EXTRA_COLUMNS = ["cong", "tinh_trang_hieu_luc", "duong_dan"]


def document_export(request, fmt):
    """The filtered list as CSV or JSON, streamed: a province-wide export never sits in memory."""
    portal = _portal(request)
    qs, _form = filtered(request, portal)
    qs = qs.select_related("portal", "replaced_by").defer("search_text", "replaced_by__search_text")
    today = timezone.localdate()
    stamp = today.strftime("%Y%m%d")
    base_url = request.build_absolute_uri(reverse("documents:index"))
    header = [*export_header(), *PUBLIC_EXTRA_COLUMNS]
    filename = f"van-ban-{portal.slug}-{stamp}.{fmt}"
    if fmt == "csv":
        return csv_response(filename, header, _rows(qs, today, base_url))
    items = (dict(zip(header, row, strict=True)) for row in _rows(qs, today, base_url))
    meta = {
        "portal": portal.slug,
        "generated": timezone.localtime().isoformat(),
        "columns": header,
        "source": base_url,
    }
    return json_response(filename, items, meta)


def _rows(qs, today, base_url):
    states = {value: str(label) for value, label in ValidityState.choices}
    for doc, row in export_rows(qs.iterator(chunk_size=1000), pairs=True):
        yield [*row, doc.portal.slug, states[doc.validity(today)], f"{base_url}{doc.pk}/"]
