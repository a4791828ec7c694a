"""Admin building blocks shared by the three registries (documents, procedures, data sets).

Why here: the registries must look and behave alike in the admin (the same import screen, the
same progress page, the same report by row and column), and the documents registry is the one the
other two already depend on for the public layout. Access is never decided here: every caller
passes objects it has already loaded through its own scoped query, so a tampered id is a 404
before any of this code runs.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.admin.viewsets.base import ViewSet

from vnportal.core.importing import (
    ImportStatus,
    csv_response,
    import_form_class,
    json_response,
    report_csv_response,
    xlsx_response,
)
from vnportal.tenancy.menus import PortalEditorMenuItem


def apply_errors(form, exc: ValidationError) -> None:
    """Put a service's ValidationError on the form: on the field it names, else on the form."""
    for name, msgs in getattr(exc, "message_dict", {"__all__": exc.messages}).items():
        for msg in msgs:
            form.add_error(name if name in form.fields else None, msg)


class RegistryViewSet(ViewSet):
    """A Wagtail viewset grouping function views under one admin prefix and one menu entry."""

    urlpatterns: list = []
    menu_item_base = PortalEditorMenuItem

    def get_urlpatterns(self):
        return self.urlpatterns

    @cached_property
    def menu_item_class(self):
        return self.menu_item_base


# --- Import and export screens --------------------------------------------------------------


def import_page(
    request,
    *,
    title: str,
    portals,
    start,
    job_url_name: str,
    jobs,
    columns,
    template_url_name: str,
    back_url: str,
    extra_fields=None,
):
    """Upload form → job → redirect to the job's progress page.

    `portals` is the queryset of portals the user may import into (None: province-wide data);
    `start(upload, mode, portal, cleaned_data)` creates and queues the job.
    """
    form_class = import_form_class()
    if extra_fields:
        form_class = type("ImportForm", (form_class,), dict(extra_fields))
    form = form_class(request.POST or None, request.FILES or None, portals=portals)
    if request.method == "POST" and form.is_valid():
        try:
            job = start(
                form.cleaned_data["file"],
                form.cleaned_data["mode"],
                form.cleaned_data.get("portal"),
                form.cleaned_data,
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            return redirect(job_url_name, pk=job.pk)
    return render(
        request,
        "registries/admin/import.html",
        {
            "title": title,
            "form": form,
            "jobs": jobs[:15],
            "job_url_name": job_url_name,
            "columns": columns,
            "template_url_name": template_url_name,
            "back_url": back_url,
        },
    )


def job_page(
    request, job, *, title: str, retry_url: str, report_url: str, import_url: str, result_url: str
):
    """Progress while running (the page refreshes itself), then the report by row and column."""
    report = job.parsed_report
    return render(
        request,
        "registries/admin/job.html",
        {
            "title": title,
            "job": job,
            "report": report,
            "error_rows": report.error_rows()[:500],
            "retry_url": retry_url,
            "report_url": report_url,
            "import_url": import_url,
            "result_url": result_url,
            "can_retry": job.status == ImportStatus.REJECTED
            and report.valid_rows > 0
            and not report.file_error,
        },
    )


def job_retry(request, job, retry, job_url_name: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if job.status != ImportStatus.REJECTED:
        raise Http404
    again = retry(job)
    messages.success(request, _("Đã nhập lại, chỉ các dòng hợp lệ."))
    return redirect(job_url_name, pk=again.pk)


def job_report(job):
    return report_csv_response(f"bao-cao-nhap-{job.pk}.csv", job.parsed_report)


def export_file(fmt: str, filename_stem: str, header: list[str], rows, *, meta=None):
    """CSV and JSON are streamed; XLSX is built row by row in write-only mode."""
    if fmt == "csv":
        return csv_response(f"{filename_stem}.csv", header, rows)
    if fmt == "xlsx":
        return xlsx_response(f"{filename_stem}.xlsx", header, rows)
    if fmt == "json":
        items = (dict(zip(header, row, strict=True)) for row in rows)
        return json_response(f"{filename_stem}.json", items, meta or {"columns": header})
    raise Http404


def template_file(fmt: str, filename_stem: str, header: list[str], example: list):
    """An import template: the header row and one example row to overwrite."""
    return export_file(fmt, filename_stem, header, iter([example]))


def reverse_job(url_name: str, job) -> str:
    return reverse(url_name, kwargs={"pk": job.pk})
