"""Admin screens of the documents registry for boards and operators.

Every object is loaded through :func:`_document_for` / :func:`_job_for`, which filter on the
portals the user may edit (`editable_portal_ids`; operators: all) and return 404 otherwise. So a
member of portal A who types the id of B's document, attachment, import job or portal gets
nothing, whatever the action (view, edit, delete, publish, export, import).
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vnportal.tenancy.access import editable_portal_ids
from vnportal.tenancy.models import Portal

from . import registry_admin, services
from .choices import DocumentField, DocumentStatus, DocumentType
from .forms import AttachmentForm, DocumentForm
from .importers import COLUMNS, export_header, export_rows
from .models import DocumentAttachment, DocumentImport, LegalDocument

PAGE_SIZE = 50
NS = "vnportal_documents"


def _editable(request) -> set[int]:
    ids = editable_portal_ids(request.user)
    if not ids:
        raise PermissionDenied
    return ids


def _portals(request):
    return Portal.objects.filter(pk__in=_editable(request)).order_by("-is_provincial", "name_vi")


def _document_for(request, pk) -> LegalDocument:
    document = (
        LegalDocument.objects.filter(pk=pk, portal_id__in=_editable(request))
        .select_related("portal", "replaced_by")
        .first()
    )
    if document is None:
        raise Http404
    return document


def _job_for(request, pk) -> DocumentImport:
    job = (
        DocumentImport.objects.filter(pk=pk, portal_id__in=_editable(request))
        .select_related("portal", "created_by")
        .first()
    )
    if job is None:
        raise Http404
    return job


def _portal_from_query(request, name="cong"):
    """A portal id from the query string, only if the user may edit it (else 404)."""
    value = request.GET.get(name, "")
    if not value:
        return None
    if not value.isdigit() or int(value) not in _editable(request):
        raise Http404
    return Portal.objects.get(pk=int(value))


def document_list(request):
    ids = _editable(request)
    portals = _portals(request)
    qs = LegalDocument.objects.for_portals(ids)
    portal = _portal_from_query(request)
    if portal is not None:
        qs = qs.for_portal(portal)
    status = request.GET.get("trang_thai", "")
    if status in DocumentStatus.values:
        qs = qs.filter(status=status)
    doc_type = request.GET.get("loai", "")
    if doc_type in DocumentType.values:
        qs = qs.filter(doc_type=doc_type)
    query = (request.GET.get("q") or "").strip()[:200]
    if query:
        qs = qs.matching(query)
    page = Paginator(
        qs.for_listing().order_by("-issue_date", "-number", "-pk"), PAGE_SIZE
    ).get_page(request.GET.get("p"))
    params = request.GET.copy()
    params.pop("p", None)
    return render(
        request,
        "documents/admin/list.html",
        {
            "page_obj": page,
            "portals": portals,
            "portal": portal,
            "status": status,
            "doc_type": doc_type,
            "query": query,
            "params": params.urlencode(),
            "statuses": DocumentStatus.choices,
            "types": DocumentType.choices,
            "single_portal": len(ids) == 1,
        },
    )


def _form_data(form, portal) -> dict:
    data = dict(form.cleaned_data)
    data["replaced_by"] = services.find_by_reference(portal, data.get("replaced_by") or "")
    return data


def document_add(request):
    portals = _portals(request)
    form = DocumentForm(request.POST or None, portals=portals)
    if request.method == "POST" and form.is_valid():
        portal = form.cleaned_data["portal"]
        try:
            document = services.save_document(portal, _form_data(form, portal), by=request.user)
        except ValidationError as exc:
            registry_admin.apply_errors(form, exc)
        else:
            messages.success(
                request,
                _("Đã tạo văn bản %(s)s. Đính kèm tệp để có thể công khai.")
                % {"s": document.number_symbol},
            )
            return redirect(f"{NS}:edit", pk=document.pk)
    return render(
        request,
        "documents/admin/form.html",
        {"form": form, "title": _("Thêm văn bản")},
    )


def _initial(document: LegalDocument) -> dict:
    from .importers import reference_for

    return {
        "portal": document.portal,
        "number_symbol": document.number_symbol,
        "doc_type": document.doc_type,
        "issuer": document.issuer,
        "signer": document.signer,
        "issue_date": document.issue_date,
        "effective_date": document.effective_date,
        "expiry_date": document.expiry_date,
        "replaced_by": reference_for(document.replaced_by) if document.replaced_by_id else "",
        "field": document.field,
        "abstract": document.abstract,
    }


def document_edit(request, pk):
    document = _document_for(request, pk)
    form = DocumentForm(
        request.POST or None,
        initial=_initial(document),
        portals=_portals(request),
        document=document,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_document(
                document.portal,
                _form_data(form, document.portal),
                by=request.user,
                document=document,
            )
        except ValidationError as exc:
            registry_admin.apply_errors(form, exc)
        else:
            messages.success(request, _("Đã lưu văn bản."))
            return redirect(f"{NS}:edit", pk=document.pk)
    return render(
        request,
        "documents/admin/form.html",
        {
            "form": form,
            "document": document,
            "attachments": document.attachments.all(),
            "attachment_form": AttachmentForm(),
            "title": _("Sửa văn bản %(s)s") % {"s": document.number_symbol},
        },
    )


def document_delete(request, pk):
    document = _document_for(request, pk)
    if request.method == "POST":
        services.delete_document(document, by=request.user)
        messages.success(request, _("Đã xoá văn bản %(s)s.") % {"s": document.number_symbol})
        return redirect(f"{NS}:index")
    return render(request, "documents/admin/delete.html", {"document": document})


@require_POST
def document_publish(request, pk):
    document = _document_for(request, pk)
    try:
        if request.POST.get("action") == "unpublish":
            services.unpublish_document(document, by=request.user)
            messages.success(request, _("Đã ngừng công khai văn bản."))
        else:
            services.publish_document(document, by=request.user)
            messages.success(request, _("Đã công khai văn bản."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect(f"{NS}:edit", pk=document.pk)


@require_POST
def attachment_add(request, pk):
    document = _document_for(request, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.add_attachment(document, form.cleaned_data["file"], by=request.user)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Đã đính kèm tệp."))
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect(f"{NS}:edit", pk=document.pk)


@require_POST
def attachment_remove(request, pk, file_pk):
    document = _document_for(request, pk)
    attachment = DocumentAttachment.objects.filter(pk=file_pk, document=document).first()
    if attachment is None:
        raise Http404
    try:
        services.remove_attachment(attachment, by=request.user)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Đã xoá tệp."))
    return redirect(f"{NS}:edit", pk=document.pk)


# --- Import and export ---------------------------------------------------------------------------


def import_documents(request):
    portals = _portals(request)

    def start(upload, mode, portal, data):
        if portal is None or portal.pk not in _editable(request):
            raise Http404
        return services.start_import(portal, upload, mode=mode, by=request.user)

    return registry_admin.import_page(
        request,
        title=_("Nhập văn bản từ tệp"),
        portals=portals,
        start=start,
        job_url_name=f"{NS}:job",
        jobs=DocumentImport.objects.filter(portal_id__in=_editable(request)).select_related(
            "created_by"
        ),
        columns=COLUMNS,
        template_url_name=f"{NS}:template",
        back_url=reverse(f"{NS}:index"),
    )


def import_job(request, pk):
    job = _job_for(request, pk)
    return registry_admin.job_page(
        request,
        job,
        title=_("Lượt nhập văn bản"),
        retry_url=reverse(f"{NS}:job_retry", kwargs={"pk": job.pk}),
        report_url=reverse(f"{NS}:job_report", kwargs={"pk": job.pk}),
        import_url=reverse(f"{NS}:import"),
        result_url=reverse(f"{NS}:index") + f"?cong={job.portal_id}&trang_thai=draft",
    )


def import_job_retry(request, pk):
    job = _job_for(request, pk)
    return registry_admin.job_retry(
        request, job, lambda j: services.retry_valid_rows(j, by=request.user), f"{NS}:job"
    )


def import_job_report(request, pk):
    return registry_admin.job_report(_job_for(request, pk))


def export_documents(request, fmt):
    """A portal's documents (drafts included) in the import format: export → edit → import."""
    ids = _editable(request)
    portal = _portal_from_query(request)
    if portal is None:
        if len(ids) != 1:
            messages.error(request, _("Chọn một cổng để xuất."))
            return redirect(f"{NS}:index")
        portal = Portal.objects.get(pk=next(iter(ids)))
    qs = (
        LegalDocument.objects.for_portal(portal)
        .select_related("replaced_by")
        .defer("search_text", "replaced_by__search_text")
        .order_by("year", "doc_type", "number", "pk")
        .iterator(chunk_size=1000)
    )
    return registry_admin.export_file(
        fmt,
        f"van-ban-{portal.slug}-{timezone.localdate():%Y%m%d}",
        export_header(),
        export_rows(qs),
        meta={"portal": portal.slug, "columns": export_header()},
    )


def import_template(request, fmt):
    _editable(request)
    example = [
        "355/QĐ-UBND",
        str(DocumentType.DECISION.label),
        "Ủy ban nhân dân xã Ba Tơ",
        "Phạm Văn Hùng - Chủ tịch",
        (timezone.localdate() - datetime.timedelta(days=7)).strftime("%d/%m/%Y"),
        "",
        "",
        str(DocumentField.ADMIN_REFORM.label),
        "Về việc công bố danh mục thủ tục hành chính cấp xã",
        "",
    ]
    return registry_admin.template_file(fmt, "mau-nhap-van-ban", export_header(), example)
