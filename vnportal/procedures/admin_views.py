"""Admin screens of the procedures registry.

* Operators edit the province-wide catalogue (Wagtail model viewsets in wagtail_hooks) and import
  or export it here.
* Boards choose which procedures apply to their portal and record their review (`apply`); a
  portal id outside the user's portals is a 404.
* Completeness against Decree 63/2010 art. 8(2), per portal, with the board's last review and the
  last synchronisation with the national database, for boards, supervising units and operators.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.documents import registry_admin
from vnportal.tenancy.access import editable_portal_ids, is_operator, portal_ids_visible_to
from vnportal.tenancy.choices import COMMUNE_LEVEL
from vnportal.tenancy.models import Portal

from . import services
from .choices import ProcedureLevel, ProcedureStatus
from .forms import ApplyFilterForm, ReviewForm, national_sync_field
from .importers import build_columns, export_header, export_rows
from .models import PortalProcedure, Procedure, ProcedureField, ProcedureImport, ProcedureReview
from .querysets import completeness_by_portal

NS = "vnportal_procedures"
APPLY_PAGE_SIZE = 100


def _operator(request) -> None:
    if not is_operator(request.user):
        raise PermissionDenied


def _editable_portal(request, pk) -> Portal:
    if pk is None or int(pk) not in editable_portal_ids(request.user):
        raise Http404
    return Portal.objects.select_related("unit").get(pk=pk)


def _visible_portal(request, pk) -> Portal:
    if int(pk) not in portal_ids_visible_to(request.user):
        raise Http404
    return Portal.objects.select_related("unit").get(pk=pk)


def _job_for(request, pk) -> ProcedureImport:
    _operator(request)
    job = ProcedureImport.objects.filter(pk=pk).select_related("created_by").first()
    if job is None:
        raise Http404
    return job


# --- Which procedures apply to a portal -----------------------------------------------------------


def apply(request):
    """Choose the procedures a portal applies, and record the board's review of the set."""
    ids = editable_portal_ids(request.user)
    if not ids:
        raise PermissionDenied
    portals = Portal.objects.filter(pk__in=ids).order_by("-is_provincial", "name_vi")
    chosen = request.POST.get("cong") or request.GET.get("cong")
    if not chosen and len(ids) == 1:
        chosen = next(iter(ids))
    if not chosen:
        return render(request, "procedures/admin/choose_portal.html", {"portals": portals})
    if not str(chosen).isdigit():
        raise Http404
    portal = _editable_portal(request, chosen)
    if request.method == "POST":
        return _apply_post(request, portal)
    form = ApplyFilterForm(request.GET or None, commune=portal.unit.unit_type in COMMUNE_LEVEL)
    qs = (
        Procedure.objects.active()
        .select_related("field")
        .only(
            "pk", "code", "name", "level", "field__name", "is_complete", "missing", "online_level"
        )
    )
    qs = form.filter(qs, portal)
    applied = set(PortalProcedure.objects.for_portal(portal).values_list("procedure_id", flat=True))
    page = Paginator(qs.order_by("name", "code"), APPLY_PAGE_SIZE).get_page(request.GET.get("p"))
    params = request.GET.copy()
    params.pop("p", None)
    applied_qs = Procedure.objects.active().applied_at(portal)
    return render(
        request,
        "procedures/admin/apply.html",
        {
            "portal": portal,
            "portals": portals,
            "form": form,
            "page_obj": page,
            "applied": applied,
            "params": params.urlencode(),
            "applied_count": applied_qs.count(),
            "complete_count": applied_qs.complete().count(),
            "reviews": ProcedureReview.objects.for_portal(portal).select_related("reviewed_by")[:5],
            "review_form": ReviewForm(initial={"reviewed_on": timezone.localdate()}),
            "last_synced": applied_qs.last_synced(),
        },
    )


def _apply_post(request, portal):
    action = request.POST.get("action")
    selected = [v for v in request.POST.getlist("thu_tuc") if v.isdigit()]
    back = reverse(f"{NS}:apply") + f"?cong={portal.pk}&{request.POST.get('params', '')}"
    try:
        if action == "apply":
            count = services.apply_procedures(portal, selected, by=request.user)
            messages.success(request, _("Đã áp dụng %(n)s thủ tục.") % {"n": count})
        elif action == "withdraw":
            count = services.withdraw_procedures(portal, selected, by=request.user)
            messages.success(request, _("Đã thôi áp dụng %(n)s thủ tục.") % {"n": count})
        elif action == "apply_commune_set":
            ids = Procedure.objects.active().commune_level().values_list("pk", flat=True)
            count = services.apply_procedures(portal, list(ids), by=request.user)
            messages.success(request, _("Đã áp dụng thêm %(n)s thủ tục cấp xã.") % {"n": count})
        elif action == "review":
            form = ReviewForm(request.POST)
            if not form.is_valid():
                for errors in form.errors.values():
                    for error in errors:
                        messages.error(request, error)
                return redirect(back)
            review = services.record_review(
                portal,
                reviewed_on=form.cleaned_data["reviewed_on"],
                note=form.cleaned_data["note"],
                by=request.user,
            )
            messages.success(
                request,
                _("Đã ghi nhận rà soát ngày %(d)s.")
                % {"d": review.reviewed_on.strftime("%d/%m/%Y")},
            )
        else:
            messages.error(request, _("Không rõ thao tác."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect(back)


# --- Completeness -----------------------------------------------------------------------------


def completeness(request):
    """Per portal: procedures applied, complete ones, the commune-level set, review and sync."""
    ids = portal_ids_visible_to(request.user)
    if not ids:
        raise PermissionDenied
    portals = list(
        Portal.objects.filter(pk__in=ids)
        .select_related("unit")
        .annotate(last_review=Max("procedure_reviews__reviewed_on"))
        .order_by("-is_provincial", "name_vi")
    )
    stats = completeness_by_portal(ids)
    commune_total = Procedure.objects.active().commune_level().count()
    rows = []
    for portal in portals:
        row = stats.get(portal.pk, {})
        applied = row.get("applied", 0)
        is_commune = portal.unit.unit_type in COMMUNE_LEVEL
        rows.append(
            {
                "portal": portal,
                "applied": applied,
                "complete": row.get("complete", 0),
                "incomplete": applied - row.get("complete", 0),
                "commune_missing": commune_total - row.get("commune", 0) if is_commune else None,
                "last_review": portal.last_review,
                "last_synced": row.get("last_synced"),
            }
        )
    return render(
        request,
        "procedures/admin/completeness.html",
        {
            "rows": rows,
            "commune_total": commune_total,
            "catalogue_synced": Procedure.objects.active().last_synced(),
            "catalogue_total": Procedure.objects.active().count(),
            "catalogue_complete": Procedure.objects.active().complete().count(),
        },
    )


def completeness_detail(request, pk):
    portal = _visible_portal(request, pk)
    applied = Procedure.objects.active().applied_at(portal).select_related("field")
    incomplete = (
        applied.incomplete().order_by("name").only("pk", "code", "name", "field__name", "missing")
    )
    not_applied = []
    if portal.unit.unit_type in COMMUNE_LEVEL:
        not_applied = (
            Procedure.objects.active()
            .commune_level()
            .exclude(pk__in=PortalProcedure.objects.for_portal(portal).values("procedure_id"))
            .select_related("field")
            .only("pk", "code", "name", "field__name")
            .order_by("name")
        )
    return render(
        request,
        "procedures/admin/completeness_detail.html",
        {
            "portal": portal,
            "incomplete": incomplete,
            "not_applied": not_applied,
            "applied_count": applied.count(),
            "reviews": ProcedureReview.objects.for_portal(portal).select_related("reviewed_by")[
                :10
            ],
            "last_synced": applied.last_synced(),
            "can_edit": portal.pk in editable_portal_ids(request.user),
        },
    )


# --- Import and export (operators) -------------------------------------------------------------


def import_procedures(request):
    _operator(request)

    def start(upload, mode, portal, data):
        return services.start_import(
            upload, mode=mode, national_sync=data.get("national_sync", False), by=request.user
        )

    return registry_admin.import_page(
        request,
        title=_("Nhập thủ tục hành chính từ tệp"),
        portals=None,
        start=start,
        job_url_name=f"{NS}:job",
        jobs=ProcedureImport.objects.select_related("created_by"),
        columns=build_columns(lambda text: text),
        template_url_name=f"{NS}:template",
        back_url=reverse(f"{NS}:completeness"),
        extra_fields={"national_sync": national_sync_field()},
    )


def import_job(request, pk):
    job = _job_for(request, pk)
    return registry_admin.job_page(
        request,
        job,
        title=_("Lượt nhập thủ tục hành chính"),
        retry_url=reverse(f"{NS}:job_retry", kwargs={"pk": job.pk}),
        report_url=reverse(f"{NS}:job_report", kwargs={"pk": job.pk}),
        import_url=reverse(f"{NS}:import"),
        result_url=reverse("procedure_catalogue:index"),
    )


def import_job_retry(request, pk):
    job = _job_for(request, pk)
    return registry_admin.job_retry(
        request, job, lambda j: services.retry_valid_rows(j, by=request.user), f"{NS}:job"
    )


def import_job_report(request, pk):
    return registry_admin.job_report(_job_for(request, pk))


def export_procedures(request, fmt):
    """The catalogue in the import format (anyone with admin access to a portal: it is public)."""
    if not portal_ids_visible_to(request.user):
        raise PermissionDenied
    qs = Procedure.objects.select_related("field").defer("search_text").order_by("code")
    level = request.GET.get("cap", "")
    if level in ProcedureLevel.values:
        qs = qs.filter(level=level)
    status = request.GET.get("tinh_trang", "")
    if status in ProcedureStatus.values:
        qs = qs.filter(status=status)
    return registry_admin.export_file(
        fmt,
        f"thu-tuc-hanh-chinh-{timezone.localdate():%Y%m%d}",
        export_header(),
        export_rows(qs.iterator(chunk_size=500)),
    )


def import_template(request, fmt):
    _operator(request)
    field = ProcedureField.objects.order_by("name").first()
    example = [
        "1.001612",
        "Thủ tục đăng ký khai sinh",
        field.name if field else "Hộ tịch",
        str(ProcedureLevel.COMMUNE.label),
        "Ủy ban nhân dân cấp xã",
        "Bước 1: Nộp hồ sơ...\nBước 2: ...",
        "Trực tiếp; Bưu chính; Trực tuyến",
        "Tờ khai đăng ký khai sinh; Giấy chứng sinh",
        "01",
        "Ngay trong ngày làm việc",
        "Công dân Việt Nam",
        "Miễn lệ phí",
        "Giấy khai sinh (bản chính)",
        "Luật Hộ tịch năm 2014",
        "Không",
        "Tờ khai đăng ký khai sinh (Mẫu TT 04/2020/TT-BTP)",
        "Toàn trình",
        "",
        "",
        str(ProcedureStatus.ACTIVE.label),
        "",
    ]
    return registry_admin.template_file(fmt, "mau-nhap-thu-tuc", export_header(), example)
