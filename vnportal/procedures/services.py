"""Named actions on procedures. Operators edit the province-wide catalogue; boards choose which
procedures apply to their portal and record their review. Each action is one transaction that
writes the audit log."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.core import importing
from vnportal.core.importing import ImportFileError, ImportMode, detect_format, dispatch_job
from vnportal.security.audit import record
from vnportal.tenancy.access import editable_portal_ids, is_operator

from .models import PortalProcedure, Procedure, ProcedureImport, ProcedureReview

AUDITED_FIELDS = (
    "code",
    "name",
    "field_id",
    "level",
    "implementing_agency",
    "steps",
    "methods",
    "dossier",
    "dossier_copies",
    "processing_time",
    "subjects",
    "fees",
    "result",
    "legal_basis",
    "conditions",
    "forms",
    "online_level",
    "service_url",
    "publication_decision",
    "status",
    "synced_at",
)


def _require_operator(user) -> None:
    if user is not None and not is_operator(user):
        raise ValidationError(
            _("Chỉ cán bộ điều hành cấp tỉnh được sửa danh mục thủ tục dùng chung.")
        )


def _require_member(user, portal) -> None:
    if user is not None and portal.pk not in editable_portal_ids(user):
        raise ValidationError(_("Bạn không quản lý cổng này."))


@transaction.atomic
def save_procedure(procedure: Procedure, *, by=None) -> Procedure:
    """Create or update a procedure from an admin form (the instance carries the new values)."""
    _require_operator(by)
    created = procedure.pk is None
    before = {}
    if not created:
        old = Procedure.objects.filter(pk=procedure.pk).values(*AUDITED_FIELDS).first() or {}
        before = {k: str(v) for k, v in old.items()}
    procedure.full_clean()
    procedure.save()
    changed = sorted(
        k for k in AUDITED_FIELDS if before and before.get(k) != str(getattr(procedure, k))
    )
    record(
        "procedure.create" if created else "procedure.update",
        actor=by,
        target=procedure,
        data={"code": procedure.code, **({"changed": changed} if changed else {})},
    )
    return procedure


@transaction.atomic
def delete_procedure(procedure: Procedure, *, by=None) -> None:
    _require_operator(by)
    portals = list(procedure.portal_links.values_list("portal_id", flat=True))
    record(
        "procedure.delete",
        actor=by,
        target=procedure,
        data={"code": procedure.code, "applied_at": portals},
    )
    procedure.delete()


@transaction.atomic
def apply_procedures(portal, procedures, *, by=None) -> int:
    """The portal applies these procedures (already applied ones are left as they are)."""
    _require_member(by, portal)
    ids = {p.pk if isinstance(p, Procedure) else int(p) for p in procedures}
    known = set(Procedure.objects.active().filter(pk__in=ids).values_list("pk", flat=True))
    existing = set(
        PortalProcedure.objects.for_portal(portal)
        .filter(procedure_id__in=known)
        .values_list("procedure_id", flat=True)
    )
    new = sorted(known - existing)
    PortalProcedure.objects.bulk_create(
        [PortalProcedure(portal=portal, procedure_id=pk, created_by=by) for pk in new]
    )
    if new:
        codes = list(Procedure.objects.filter(pk__in=new).values_list("code", flat=True))
        record("procedure.apply", actor=by, portal=portal, data={"codes": codes})
    return len(new)


@transaction.atomic
def withdraw_procedures(portal, procedures, *, by=None) -> int:
    _require_member(by, portal)
    ids = {p.pk if isinstance(p, Procedure) else int(p) for p in procedures}
    links = PortalProcedure.objects.for_portal(portal).filter(procedure_id__in=ids)
    codes = list(links.values_list("procedure__code", flat=True))
    count = links.count()
    links.delete()
    if count:
        record("procedure.withdraw", actor=by, portal=portal, data={"codes": codes})
    return count


@transaction.atomic
def record_review(
    portal, *, reviewed_on: datetime.date | None = None, note: str = "", by=None
) -> ProcedureReview:
    """The board reviewed its set today (or on `reviewed_on`); the counts are kept as they were."""
    _require_member(by, portal)
    reviewed_on = reviewed_on or timezone.localdate()
    if reviewed_on > timezone.localdate():
        raise ValidationError({"reviewed_on": [_("Ngày rà soát không thể ở sau hôm nay.")]})
    applied = Procedure.objects.active().applied_at(portal)
    review = ProcedureReview.objects.create(
        portal=portal,
        reviewed_on=reviewed_on,
        note=note.strip(),
        applied_count=applied.count(),
        complete_count=applied.complete().count(),
        reviewed_by=by,
    )
    record(
        "procedure.review",
        actor=by,
        portal=portal,
        target=review,
        data={
            "reviewed_on": reviewed_on.isoformat(),
            "applied": review.applied_count,
            "complete": review.complete_count,
        },
    )
    return review


def start_import(
    upload, *, mode: str = ImportMode.ALL_OR_NOTHING, national_sync: bool = False, by=None
):
    """Store the upload as a job row and queue it (operators only: the catalogue is shared)."""
    from .tasks import run_procedure_import

    _require_operator(by)
    head = upload.read(8192)
    upload.seek(0)
    try:
        fmt = detect_format(upload.name, head)
    except ImportFileError as exc:
        raise ValidationError({"file": [str(exc)]}) from exc
    with transaction.atomic():
        job = ProcedureImport(
            mode=mode,
            file_format=fmt,
            original_name=(upload.name or "")[:255],
            created_by=by,
            options={"national_sync": bool(national_sync)},
        )
        job.file.save(upload.name, upload, save=False)
        job.save()
        record(
            "procedure.import.start",
            actor=by,
            target=job,
            data={"file": job.original_name, "mode": mode, "national_sync": bool(national_sync)},
        )
    dispatch_job(run_procedure_import, job.pk)
    job.refresh_from_db()
    return job


def retry_valid_rows(job: ProcedureImport, *, by=None) -> ProcedureImport:
    from .tasks import run_procedure_import

    _require_operator(by)
    return importing.retry_valid_rows(
        job, by=by, task=run_procedure_import, audit_action="procedure.import.start"
    )
