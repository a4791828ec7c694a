"""Bulk import and export of documents (CSV, XLSX, JSON) into one portal.

Rows are matched to existing documents by the numbering key of Decree 30/2020 art. 15 (issuer,
year, type, number), so importing the same file twice changes nothing. New documents arrive as
drafts: publishing needs the signed file attached (Decree 42/2022 art. 4), which a spreadsheet
cannot carry.
"""

from __future__ import annotations

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vnportal.core.importing import Column, Counts, Importer, choice_parser, parse_date
from vnportal.core.signals import records_written
from vnportal.core.text import fold_vietnamese

from . import numbering
from .choices import DocumentField, DocumentStatus, DocumentType
from .models import DocumentAttachment, LegalDocument
from .services import build_search_text, document_key, validate_document

BATCH = 1000

COLUMNS = [
    Column(
        "so_ky_hieu", gettext_lazy("Số, ký hiệu"), "number_symbol", required=True, max_length=100
    ),
    Column(
        "loai_van_ban",
        gettext_lazy("Loại văn bản"),
        "doc_type",
        required=True,
        parse=choice_parser(DocumentType.choices),
    ),
    Column(
        "co_quan_ban_hanh",
        gettext_lazy("Cơ quan ban hành"),
        "issuer",
        required=True,
        max_length=255,
    ),
    Column("nguoi_ky", gettext_lazy("Người ký"), "signer", max_length=255),
    Column(
        "ngay_ban_hanh",
        gettext_lazy("Ngày ban hành"),
        "issue_date",
        required=True,
        parse=parse_date,
    ),
    Column(
        "ngay_co_hieu_luc", gettext_lazy("Ngày có hiệu lực"), "effective_date", parse=parse_date
    ),
    Column("ngay_het_hieu_luc", gettext_lazy("Ngày hết hiệu lực"), "expiry_date", parse=parse_date),
    Column(
        "linh_vuc",
        gettext_lazy("Lĩnh vực"),
        "field",
        required=True,
        parse=choice_parser(DocumentField.choices),
    ),
    Column("trich_yeu", gettext_lazy("Trích yếu"), "abstract", required=True, max_length=2000),
    Column(
        "thay_the_boi",
        gettext_lazy("Bị thay thế bởi"),
        "replaced_by_ref",
        max_length=120,
        help=gettext_lazy("Số, ký hiệu của văn bản thay thế, thêm năm nếu cần: 12/QĐ-UBND (2025)."),
    ),
]
#: Model field → column key, to put validation errors on the right column of the report.
FIELD_TO_COLUMN = {c.target: c.key for c in COLUMNS} | {"replaced_by": "thay_the_boi"}

_REF = re.compile(r"^(?P<symbol>[^\s(]+)\s*(?:\((?P<year>\d{4})\))?$")


def parse_reference(text: str) -> tuple[str, int | None]:
    match = _REF.match(text.strip())
    if not match:
        raise ValidationError(_("Ghi số, ký hiệu văn bản thay thế, ví dụ 12/QĐ-UBND (2025)."))
    return numbering.normalise(match["symbol"]), int(match["year"]) if match["year"] else None


def reference_for(document: LegalDocument) -> str:
    """How the export names a document in the "replaced by" column (round-trips on import)."""
    if document.is_legal_normative:
        return document.number_symbol
    return f"{document.number_symbol} ({document.year})"


class DocumentImporter(Importer):
    columns = COLUMNS
    ignored_columns = ("cong", "tinh_trang_hieu_luc", "duong_dan")

    def __init__(self, portal, *, by=None, today=None):
        self.portal = portal
        self.by = by
        self.today = today or timezone.localdate()

    def clean_row(self, row) -> None:
        try:
            row.data["clean"] = validate_document(row.data, today=self.today)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                for message in messages:
                    row.error(FIELD_TO_COLUMN.get(name, name), message)
            return
        if row.data.get("replaced_by_ref"):
            try:
                row.data["replaced_by_ref"] = parse_reference(row.data["replaced_by_ref"])
            except ValidationError as exc:
                row.error("thay_the_boi", exc.messages[0])

    def _existing(self) -> dict[tuple, LegalDocument]:
        docs = LegalDocument.objects.for_portal(self.portal).only(
            "pk",
            "issuer",
            "year",
            "doc_type",
            "number",
            "number_symbol",
            "is_legal_normative",
            "signer",
            "issue_date",
            "effective_date",
            "expiry_date",
            "field",
            "abstract",
            "type_code",
            "issuer_code",
            "replaced_by_id",
            "status",
        )
        return {document_key(d): d for d in docs.iterator(chunk_size=2000)}

    def check_rows(self, rows) -> None:
        self.existing = self._existing()
        seen: dict[tuple, int] = {}
        by_symbol: dict[str, list[tuple[int, tuple]]] = {}
        for doc in self.existing.values():
            by_symbol.setdefault(fold_vietnamese(doc.number_symbol), []).append(
                (doc.year, document_key(doc))
            )
        for row in rows:
            if not row.valid:
                continue
            clean = row.data["clean"]
            key = document_key(clean)
            if key in seen:
                row.error(
                    "so_ky_hieu",
                    _("Trùng số văn bản với dòng %(row)s (cùng cơ quan, năm, loại và số).")
                    % {"row": seen[key]},
                )
                continue
            seen[key] = row.number
            row.data["key"] = key
            entries = by_symbol.setdefault(fold_vietnamese(clean["number_symbol"]), [])
            if (clean["year"], key) not in entries:
                entries.append((clean["year"], key))
        for row in rows:
            ref = row.data.get("replaced_by_ref")
            if not row.valid or not ref:
                continue
            symbol, year = ref
            candidates = [
                key
                for cand_year, key in by_symbol.get(fold_vietnamese(symbol), [])
                if year is None or cand_year == year
            ]
            if not candidates:
                row.error(
                    "thay_the_boi",
                    _("Không tìm thấy văn bản %(s)s trên cổng này hoặc trong tệp.") % {"s": symbol},
                )
            elif len(candidates) > 1:
                row.error(
                    "thay_the_boi",
                    _("Có nhiều văn bản số %(s)s; ghi thêm năm, ví dụ %(s)s (2025).")
                    % {"s": symbol},
                )
            elif candidates[0] == row.data["key"]:
                row.error("thay_the_boi", _("Văn bản không thể thay thế chính nó."))
            else:
                row.data["replaced_by_key"] = candidates[0]

    def commit(self, rows) -> Counts:
        counts = Counts()
        to_create, to_update = [], []
        fields = list(rows[0].data["clean"].keys()) if rows else []
        for row in rows:
            clean = row.data["clean"]
            existing = self.existing.get(row.data["key"])
            if existing is None:
                doc = LegalDocument(
                    portal=self.portal,
                    created_by=self.by,
                    status=DocumentStatus.DRAFT,
                    search_text=build_search_text(clean),
                    **clean,
                )
                to_create.append(doc)
                self.existing[row.data["key"]] = doc
                continue
            if all(getattr(existing, name) == value for name, value in clean.items()):
                row.data["unchanged"] = True
                counts.unchanged += 1
                continue
            for name, value in clean.items():
                setattr(existing, name, value)
            to_update.append(existing)
        LegalDocument.objects.bulk_create(to_create, batch_size=BATCH)
        counts.created = len(to_create)
        if to_update:
            texts: dict[int, list[str]] = {}
            for doc_id, text in DocumentAttachment.objects.filter(
                document__in=[d.pk for d in to_update]
            ).values_list("document_id", "text"):
                texts.setdefault(doc_id, []).append(text)
            now = timezone.now()
            for doc in to_update:
                doc.search_text = build_search_text(doc, texts.get(doc.pk, ()))
                doc.updated_at = now
            LegalDocument.objects.bulk_update(
                to_update, [*fields, "search_text", "updated_at"], batch_size=BATCH
            )
        counts.updated = len(to_update)
        self._link_replacements(rows, counts)
        records_written.send(
            sender=LegalDocument, ids=[d.pk for d in (*to_create, *to_update) if d.pk]
        )
        return counts

    def _link_replacements(self, rows, counts) -> None:
        """Second pass: every row may name a document created by a later row of the file."""
        if not any(r.data.get("replaced_by_key") for r in rows):
            return
        if any(d.pk is None for d in self.existing.values()):
            self.existing = self._existing()
        links = []
        for row in rows:
            target_key = row.data.get("replaced_by_key")
            if not target_key:
                continue
            doc = self.existing[row.data["key"]]
            target = self.existing[target_key]
            if doc.replaced_by_id == target.pk:
                continue
            doc.replaced_by_id = target.pk
            if doc.expiry_date is None:
                doc.expiry_date = max(
                    target.effective_date or target.issue_date,
                    doc.effective_date + datetime.timedelta(days=1),
                )
            links.append(doc)
            if row.data.get("unchanged"):
                counts.unchanged -= 1
                counts.updated += 1
        LegalDocument.objects.bulk_update(links, ["replaced_by", "expiry_date"], batch_size=BATCH)


def export_rows(documents, *, pairs: bool = False):
    """Rows in import order of COLUMNS: an export imports back unchanged.

    Choice labels are translated once per export, not once per row (a gettext call per cell made
    a 5,000-row download several times slower). `pairs=True` yields (object, row)."""
    types = {value: str(label) for value, label in DocumentType.choices}
    fields = {value: str(label) for value, label in DocumentField.choices}
    for doc in documents:
        row = [
            doc.number_symbol,
            types.get(doc.doc_type, doc.doc_type),
            doc.issuer,
            doc.signer,
            doc.issue_date.strftime("%d/%m/%Y"),
            doc.effective_date.strftime("%d/%m/%Y") if doc.effective_date else "",
            doc.expiry_date.strftime("%d/%m/%Y") if doc.expiry_date else "",
            fields.get(doc.field, doc.field),
            doc.abstract,
            reference_for(doc.replaced_by) if doc.replaced_by_id else "",
        ]
        yield (doc, row) if pairs else row


def export_header() -> list[str]:
    return [c.key for c in COLUMNS]
