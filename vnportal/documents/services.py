"""Named actions on the documents registry. Views, imports and the demo only call these.

Every action is one transaction that writes the audit log. Validation lives in
:func:`validate_document` so that the admin form, the bulk import and the API agree on every rule;
errors come back as a ValidationError keyed by field, which the form shows on the field and the
import report shows on the matching column.
"""

from __future__ import annotations

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.core import importing
from vnportal.core.importing import ImportFileError, ImportMode, detect_format, dispatch_job
from vnportal.core.text import fold_vietnamese
from vnportal.security.audit import record

from . import numbering
from .choices import DocumentField, DocumentStatus, DocumentType
from .files import check_attachment, extract_text, normalise_filename
from .models import DocumentAttachment, DocumentImport, LegalDocument

_TYPES = frozenset(DocumentType.values)
_FIELDS = frozenset(DocumentField.values)

#: What an editor (or a row of an import) supplies; the rest is derived.
INPUT_FIELDS = (
    "number_symbol",
    "doc_type",
    "issuer",
    "signer",
    "issue_date",
    "effective_date",
    "expiry_date",
    "field",
    "abstract",
)


def _add(errors: dict, name: str, message) -> None:
    errors.setdefault(name, []).append(message)


def tidy(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def validate_document(data: dict, *, today: datetime.date | None = None) -> dict:
    """Check one document's own fields (no database). Returns the model attributes to store.

    Raises ValidationError({field: [messages]}) naming every problem at once.
    """
    today = today or timezone.localdate()
    errors: dict[str, list] = {}
    clean: dict = {}
    for name in ("number_symbol", "doc_type", "issuer", "issue_date", "field", "abstract"):
        if not data.get(name):
            _add(errors, name, _("Thiếu giá trị bắt buộc."))
    doc_type = data.get("doc_type") or ""
    if doc_type and doc_type not in _TYPES:
        _add(
            errors, "doc_type", _("Loại văn bản “%(v)s” không có trong danh mục.") % {"v": doc_type}
        )
        doc_type = ""
    if data.get("field") and data["field"] not in _FIELDS:
        _add(errors, "field", _("Lĩnh vực “%(v)s” không có trong danh mục.") % {"v": data["field"]})
    issue_date = data.get("issue_date")
    effective_date = data.get("effective_date") or issue_date
    expiry_date = data.get("expiry_date")
    symbol = None
    if data.get("number_symbol"):
        try:
            symbol = numbering.parse(data["number_symbol"])
        except ValidationError as exc:
            for message in exc.messages:
                _add(errors, "number_symbol", message)
    if symbol is not None:
        for name, messages in numbering.check_against(symbol, doc_type, issue_date).items():
            for message in messages:
                _add(errors, name, message)
    if issue_date and issue_date > today:
        _add(errors, "issue_date", _("Ngày ban hành ở sau ngày hôm nay."))
    if issue_date and data.get("effective_date") and data["effective_date"] < issue_date:
        _add(
            errors,
            "effective_date",
            _("Ngày có hiệu lực (%(eff)s) trước ngày ban hành (%(iss)s).")
            % {
                "eff": data["effective_date"].strftime("%d/%m/%Y"),
                "iss": issue_date.strftime("%d/%m/%Y"),
            },
        )
    if expiry_date and effective_date and expiry_date <= effective_date:
        _add(
            errors,
            "expiry_date",
            _("Ngày hết hiệu lực (%(exp)s) phải sau ngày có hiệu lực (%(eff)s).")
            % {"exp": expiry_date.strftime("%d/%m/%Y"), "eff": effective_date.strftime("%d/%m/%Y")},
        )
    abstract = tidy(data.get("abstract"))
    if len(abstract) > 2000:
        _add(errors, "abstract", _("Trích yếu dài quá 2000 ký tự."))
    issuer = tidy(data.get("issuer"))
    if len(issuer) > 255:
        _add(errors, "issuer", _("Tên cơ quan dài quá 255 ký tự."))
    if errors:
        raise ValidationError(errors)
    clean.update(
        number_symbol=symbol.text,
        number=symbol.number,
        year=issue_date.year,
        type_code=symbol.type_code,
        issuer_code=symbol.issuer_code,
        is_legal_normative=symbol.is_normative,
        doc_type=doc_type,
        issuer=issuer,
        signer=tidy(data.get("signer"))[:255],
        issue_date=issue_date,
        effective_date=effective_date,
        expiry_date=expiry_date,
        field=data["field"],
        abstract=abstract,
    )
    return clean


def document_key(values: dict | LegalDocument) -> tuple:
    """The numbering key of Decree 30/2020 art. 15 within a portal: issuer, year, type, number."""
    get = values.get if isinstance(values, dict) else lambda k: getattr(values, k)
    return (fold_vietnamese(get("issuer")), get("year"), get("doc_type"), get("number"))


def build_search_text(values, attachment_texts=()) -> str:
    get = values.get if isinstance(values, dict) else lambda k: getattr(values, k)
    parts = [
        get("number_symbol"),
        str(DocumentType(get("doc_type")).label) if get("doc_type") else "",
        get("issuer"),
        get("signer") or "",
        get("abstract"),
        *attachment_texts,
    ]
    return fold_vietnamese(" ".join(p for p in parts if p))


def _check_unique(portal, clean: dict, instance=None) -> None:
    clashes = LegalDocument.objects.filter(
        portal=portal,
        issuer__iexact=clean["issuer"],
        year=clean["year"],
        doc_type=clean["doc_type"],
        number=clean["number"],
    )
    if instance is not None:
        clashes = clashes.exclude(pk=instance.pk)
    other = clashes.first()
    if other is not None:
        raise ValidationError(
            {
                "number_symbol": [
                    _(
                        "Đã có %(type)s số %(number)s năm %(year)s của %(issuer)s (%(symbol)s): "
                        "số văn bản là duy nhất theo cơ quan ban hành và năm (Nghị định 30/2020, Điều 15)."
                    )
                    % {
                        "type": DocumentType(clean["doc_type"]).label.lower(),
                        "number": clean["number"],
                        "year": clean["year"],
                        "issuer": clean["issuer"],
                        "symbol": other.number_symbol,
                    }
                ]
            }
        )


def _check_replacement(portal, document, replaced_by, clean) -> None:
    if replaced_by is None:
        return
    if replaced_by.portal_id != portal.pk:
        raise ValidationError({"replaced_by": [_("Văn bản thay thế phải thuộc cùng cổng.")]})
    if document is not None and replaced_by.pk == document.pk:
        raise ValidationError({"replaced_by": [_("Văn bản không thể thay thế chính nó.")]})
    if replaced_by.issue_date < clean["issue_date"]:
        raise ValidationError(
            {"replaced_by": [_("Văn bản thay thế phải được ban hành sau văn bản bị thay thế.")]}
        )


def _attachment_texts(document) -> list[str]:
    if document is None or document.pk is None:
        return []
    return list(document.attachments.values_list("text", flat=True))


@transaction.atomic
def save_document(portal, data: dict, *, by=None, document: LegalDocument | None = None):
    """Create (document=None) or update a document of `portal` from form or API data."""
    if document is not None and document.portal_id != portal.pk:
        raise ValidationError({"portal": [_("Văn bản không thuộc cổng này.")]})
    clean = validate_document(data)
    replaced_by = data.get("replaced_by")
    _check_replacement(portal, document, replaced_by, clean)
    if replaced_by is not None and clean["expiry_date"] is None:
        clean["expiry_date"] = max(
            replaced_by.effective_date or replaced_by.issue_date,
            clean["effective_date"] + datetime.timedelta(days=1),
        )
    _check_unique(portal, clean, document)
    created = document is None
    if created:
        document = LegalDocument(portal=portal, created_by=by)
    before = {k: str(getattr(document, k, "")) for k in INPUT_FIELDS} if not created else {}
    for name, value in clean.items():
        setattr(document, name, value)
    document.replaced_by = replaced_by
    document.search_text = build_search_text(
        clean, _attachment_texts(None if created else document)
    )
    if document.status == DocumentStatus.PUBLISHED:
        _require_publishable(document)
    document.save()
    changed = sorted(k for k in INPUT_FIELDS if before and before[k] != str(getattr(document, k)))
    record(
        "document.create" if created else "document.update",
        actor=by,
        portal=portal,
        target=document,
        data={"number_symbol": document.number_symbol, **({"changed": changed} if changed else {})},
    )
    return document


def _require_publishable(document) -> None:
    """Decree 42/2022 art. 4: a published document has all its elements and a downloadable file."""
    missing = [
        str(LegalDocument._meta.get_field(name).verbose_name)
        for name in (
            "number_symbol",
            "doc_type",
            "issuer",
            "issue_date",
            "effective_date",
            "abstract",
        )
        if not getattr(document, name)
    ]
    if missing:
        raise ValidationError(
            _("Chưa thể công khai: thiếu %(fields)s.") % {"fields": ", ".join(missing)}
        )
    if document.pk is None or not document.attachments.exists():
        raise ValidationError(
            _(
                "Chưa thể công khai: văn bản cần ít nhất một tệp đính kèm (PDF hoặc DOCX) để người dân tải về."
            )
        )


@transaction.atomic
def publish_document(document: LegalDocument, *, by=None) -> LegalDocument:
    _require_publishable(document)
    if document.status != DocumentStatus.PUBLISHED:
        document.status = DocumentStatus.PUBLISHED
        document.published_at = timezone.now()
        document.save(update_fields=["status", "published_at", "updated_at"])
        record("document.publish", actor=by, portal=document.portal, target=document)
    return document


@transaction.atomic
def unpublish_document(document: LegalDocument, *, by=None) -> LegalDocument:
    if document.status != DocumentStatus.DRAFT:
        document.status = DocumentStatus.DRAFT
        document.save(update_fields=["status", "updated_at"])
        record("document.unpublish", actor=by, portal=document.portal, target=document)
    return document


@transaction.atomic
def delete_document(document: LegalDocument, *, by=None) -> None:
    portal = document.portal
    files = [a.file.name for a in document.attachments.all()]
    record(
        "document.delete",
        actor=by,
        portal=portal,
        target=document,
        data={"number_symbol": document.number_symbol, "files": len(files)},
    )
    storage = DocumentAttachment._meta.get_field("file").storage
    document.delete()
    transaction.on_commit(lambda: [storage.delete(name) for name in files])


def _refresh_search_text(document: LegalDocument) -> None:
    document.search_text = build_search_text(document, _attachment_texts(document))
    document.save(update_fields=["search_text", "updated_at"])


@transaction.atomic
def add_attachment(document: LegalDocument, upload, *, by=None) -> DocumentAttachment:
    """Check the file by content, store it under a normalised name, extract its text for search."""
    kind = check_attachment(upload)
    upload.seek(0)
    data = upload.read()
    attachment = DocumentAttachment(
        portal_id=document.portal_id,
        document=document,
        original_name=(upload.name or "")[:255],
        kind=kind,
        size=len(data),
        text=extract_text(data, kind),
    )
    attachment.file.save(normalise_filename(upload.name, kind), ContentFile(data), save=False)
    attachment.save()
    _refresh_search_text(document)
    record(
        "document.attach",
        actor=by,
        portal=document.portal,
        target=document,
        data={"file": attachment.original_name, "kind": kind, "size": attachment.size},
    )
    return attachment


@transaction.atomic
def remove_attachment(attachment: DocumentAttachment, *, by=None) -> None:
    document = attachment.document
    if document.is_published and document.attachments.count() <= 1:
        raise ValidationError(
            _(
                "Văn bản đang công khai phải có ít nhất một tệp; hãy thêm tệp mới trước khi xoá tệp này."
            )
        )
    name = attachment.file.name
    storage = attachment.file.storage
    record(
        "document.detach",
        actor=by,
        portal=document.portal,
        target=document,
        data={"file": attachment.original_name},
    )
    attachment.delete()
    _refresh_search_text(document)
    transaction.on_commit(lambda: storage.delete(name))


def start_import(
    portal, upload, *, mode: str = ImportMode.ALL_OR_NOTHING, by=None
) -> DocumentImport:
    """Store the upload as a job row and queue it; the report is on the row when it finishes."""
    from .tasks import run_document_import

    head = upload.read(8192)
    upload.seek(0)
    try:
        fmt = detect_format(upload.name, head)
    except ImportFileError as exc:
        raise ValidationError({"file": [str(exc)]}) from exc
    with transaction.atomic():
        job = DocumentImport(
            portal=portal,
            mode=mode,
            file_format=fmt,
            original_name=(upload.name or "")[:255],
            created_by=by,
        )
        job.file.save(upload.name, upload, save=False)
        job.save()
        record(
            "document.import.start",
            actor=by,
            portal=portal,
            target=job,
            data={"file": job.original_name, "mode": mode},
        )
    dispatch_job(run_document_import, job.pk)
    job.refresh_from_db()
    return job


def retry_valid_rows(job: DocumentImport, *, by=None) -> DocumentImport:
    """Run a rejected import again, this time writing only the rows without errors."""
    from .tasks import run_document_import

    return importing.retry_valid_rows(
        job, by=by, task=run_document_import, audit_action="document.import.start"
    )


def find_by_reference(portal, text: str) -> LegalDocument | None:
    """The document of `portal` named by "12/QĐ-UBND" or "12/QĐ-UBND (2025)"; None for blank."""
    from .importers import parse_reference

    if not (text or "").strip():
        return None
    try:
        symbol, year = parse_reference(text)
    except ValidationError as exc:
        raise ValidationError({"replaced_by": exc.messages}) from exc
    matches = LegalDocument.objects.for_portal(portal).filter(
        number_symbol=numbering.normalise(symbol)
    )
    if year:
        matches = matches.filter(year=year)
    found = list(matches[:2])
    if not found:
        raise ValidationError(
            {"replaced_by": [_("Không tìm thấy văn bản %(s)s trên cổng này.") % {"s": symbol}]}
        )
    if len(found) > 1:
        raise ValidationError(
            {
                "replaced_by": [
                    _("Có nhiều văn bản số %(s)s; ghi thêm năm, ví dụ %(s)s (2025).")
                    % {"s": symbol}
                ]
            }
        )
    return found[0]
