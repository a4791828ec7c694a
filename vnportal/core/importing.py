"""Bulk import and export shared by the registries (documents, procedures, data sets).

Why one module: the three registries must treat a spreadsheet the same way. A board that learns
how a procedures import reports its errors must see the same report for documents, and the rules
the issue sets are the same everywhere:

* the file is checked by content, not by its extension (a renamed program is not a CSV);
* every error names its row and its column, so the user can fix the spreadsheet they have open;
* an import with errors imports nothing, unless the user explicitly asks for the valid rows only;
* an import is idempotent by the registry's key: importing the same file twice changes nothing;
* long imports run in the background (Celery) with a persisted job row the user can come back to.

The registries supply an :class:`Importer` subclass (columns, how a row becomes data, how valid rows
are written) and a concrete :class:`ImportJob` model; this module supplies reading CSV/XLSX/JSON,
the validation report, the job life cycle and streamed CSV/JSON/XLSX downloads.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import logging
import re
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .text import fold_vietnamese

logger = logging.getLogger(__name__)

__all__ = [
    "Column",
    "ImportFileError",
    "ImportJob",
    "ImportMode",
    "ImportReport",
    "ImportStatus",
    "Importer",
    "RowError",
    "csv_response",
    "detect_format",
    "dispatch_job",
    "json_response",
    "normalise_header",
    "parse_date",
    "read_table",
    "run_job",
    "xlsx_response",
]

#: Largest import file accepted (bytes). 10,000 procedures with full texts are about 15 MB of CSV.
MAX_IMPORT_BYTES = 25 * 1024 * 1024
#: At most this many errors are kept in a report; the counts stay exact.
MAX_REPORTED_ERRORS = 2000
FORMATS = ("csv", "xlsx", "json")
#: Row number of the first data row in a spreadsheet (row 1 holds the column names).
FIRST_DATA_ROW = 2
FILE_COLUMN = "__file__"
HEADER_ROW = 1


class ImportFileError(Exception):
    """The file as a whole cannot be read: wrong type, wrong encoding, not a table."""


# --- Choices and the job row -------------------------------------------------------------------


class ImportStatus(models.TextChoices):
    PENDING = "pending", _("Đang chờ xử lý")
    RUNNING = "running", _("Đang xử lý")
    DONE = "done", _("Đã nhập")
    REJECTED = "rejected", _("Có lỗi, chưa nhập dòng nào")
    FAILED = "failed", _("Lỗi hệ thống")


class ImportMode(models.TextChoices):
    ALL_OR_NOTHING = "all", _("Chỉ nhập khi toàn bộ tệp hợp lệ")
    VALID_ONLY = "valid_only", _("Chỉ nhập các dòng hợp lệ, bỏ qua các dòng có lỗi")


def import_upload_to(instance, filename: str) -> str:
    """Imports live under the portal's id (or `tinh` for province-wide data) with a random name:
    the original name is kept on the row, never in a path someone could guess."""
    portal_id = getattr(instance, "portal_id", None) or "tinh"
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    if extension not in FORMATS:
        extension = "bin"
    label = instance._meta.model_name
    return f"{portal_id}/imports/{label}/{uuid.uuid4().hex}.{extension}"


def import_storage():
    """Where uploaded import files go: `STORAGES["imports"]` when the deployment defines one
    (a private bucket: these files may hold unpublished drafts), else the default storage."""
    from django.core.files.storage import storages

    return storages["imports"] if "imports" in settings.STORAGES else storages["default"]


class ImportJob(models.Model):
    """One bulk import: the uploaded file, where it stands, and its validation report.

    Concrete registries subclass this (adding a `portal` when the registry is per portal) so each
    registry keeps its own history and permission rules; the life cycle is :func:`run_job`.
    """

    status = models.CharField(
        _("trạng thái"), max_length=16, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    mode = models.CharField(
        _("cách nhập"), max_length=16, choices=ImportMode.choices, default=ImportMode.ALL_OR_NOTHING
    )
    file_format = models.CharField(_("định dạng"), max_length=8)
    file = models.FileField(
        _("tệp"), upload_to=import_upload_to, storage=import_storage, max_length=255
    )
    original_name = models.CharField(_("tên tệp"), max_length=255)
    options = models.JSONField(_("tuỳ chọn"), default=dict, blank=True)
    total_rows = models.PositiveIntegerField(_("số dòng"), default=0)
    processed_rows = models.PositiveIntegerField(_("số dòng đã kiểm tra"), default=0)
    report = models.JSONField(_("báo cáo"), default=dict, blank=True)
    error_message = models.TextField(_("lỗi hệ thống"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người nhập"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("thời điểm tạo"), default=timezone.now)
    started_at = models.DateTimeField(_("bắt đầu"), null=True, blank=True)
    finished_at = models.DateTimeField(_("kết thúc"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.original_name} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (ImportStatus.DONE, ImportStatus.REJECTED, ImportStatus.FAILED)

    @property
    def progress_percent(self) -> int:
        if self.is_finished:
            return 100
        if not self.total_rows:
            return 0
        return min(99, int(100 * self.processed_rows / self.total_rows))

    @property
    def parsed_report(self) -> ImportReport:
        return ImportReport.from_dict(self.report or {})


# --- Columns, rows and the report ---------------------------------------------------------------


def normalise_header(label: str) -> str:
    """`Mã thủ tục`, `ma thu tuc`, `MA_THU_TUC` all become `ma_thu_tuc`."""
    return re.sub(r"[^a-z0-9]+", "_", fold_vietnamese(str(label or "").strip())).strip("_")


@dataclass(frozen=True, eq=False)
class Column:
    """One column of an import/export file.

    `key` is the normalised Vietnamese label, so a spreadsheet with the human headers ("Mã thủ
    tục") and one with the machine headers ("ma_thu_tuc") both import. `parse` turns the cell text
    into a value or raises ValidationError with the message the report shows. Columns compare and
    hash by identity (`eq=False`): hashing the lazy label would translate it on every row.
    """

    key: str
    label: str
    attr: str = ""
    required: bool = False
    max_length: int | None = None
    parse: Callable[[str], object] | None = None
    aliases: tuple[str, ...] = ()
    help: str = ""

    @property
    def target(self) -> str:
        return self.attr or self.key


@dataclass
class RowError:
    row: int
    column: str
    message: str
    value: str = ""

    def as_dict(self) -> dict:
        return {
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "value": self.value,
        }


@dataclass
class ParsedRow:
    number: int
    raw: dict
    data: dict = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)

    def error(self, column: str, message: str, value: str | None = None) -> None:
        if value is None:
            value = str(self.raw.get(column, "") or "")
        self.errors.append(RowError(self.number, column, str(message), value[:200]))

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class ImportReport:
    """What happened to a file, row by row and column by column. Stored as JSON on the job."""

    file_format: str = ""
    mode: str = ImportMode.ALL_OR_NOTHING
    total_rows: int = 0
    valid_rows: int = 0
    invalid_rows: int = 0
    error_count: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    imported: bool = False
    file_error: str = ""
    columns: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def add(self, error: RowError) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(error)

    @property
    def has_errors(self) -> bool:
        return bool(self.file_error) or self.error_count > 0

    @property
    def written(self) -> int:
        return self.created + self.updated

    def to_dict(self) -> dict:
        return {
            "file_format": self.file_format,
            "mode": self.mode,
            "total_rows": self.total_rows,
            "valid_rows": self.valid_rows,
            "invalid_rows": self.invalid_rows,
            "error_count": self.error_count,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "imported": self.imported,
            "file_error": self.file_error,
            "columns": self.columns,
            "errors": [e.as_dict() for e in self.errors],
        }

    @classmethod
    def from_dict(cls, data: dict) -> ImportReport:
        report = cls(**{k: v for k, v in data.items() if k != "errors" and k in _REPORT_FIELDS})
        report.errors = [RowError(**e) for e in data.get("errors", [])]
        return report

    def error_rows(self) -> list[dict]:
        """Errors grouped by row, for the report table: [{row, errors: [RowError]}]."""
        grouped: dict[int, list[RowError]] = {}
        for error in self.errors:
            grouped.setdefault(error.row, []).append(error)
        return [{"row": row, "errors": errs} for row, errs in sorted(grouped.items())]


_REPORT_FIELDS = set(ImportReport.__dataclass_fields__)


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


# --- Reading files -----------------------------------------------------------------------------


def format_from_name(name: str) -> str:
    extension = name.rsplit(".", 1)[-1].lower() if "." in (name or "") else ""
    return extension if extension in FORMATS else ""


def detect_format(name: str, head: bytes) -> str:
    """The format of an upload, after checking that its content is what its extension says.

    Raises ImportFileError with a message for the user: an unknown extension, an `.xlsx` that is
    not a spreadsheet, a `.csv` or `.json` that is binary (a renamed program, PDF or zip).
    """
    fmt = format_from_name(name)
    if not fmt:
        raise ImportFileError(
            gettext("Chỉ nhận tệp CSV, XLSX hoặc JSON (tệp “%(name)s”).") % {"name": name}
        )
    if fmt == "xlsx":
        if not head.startswith(b"PK\x03\x04"):
            raise ImportFileError(
                gettext("Tệp có đuôi .xlsx nhưng nội dung không phải bảng tính Excel.")
            )
        return fmt
    binary_signatures = (b"PK\x03\x04", b"%PDF", b"MZ", b"\x7fELF", b"\xd0\xcf\x11\xe0", b"\x89PNG")
    if head.startswith(binary_signatures) or b"\x00" in head[:8192]:
        raise ImportFileError(
            gettext(
                "Tệp có đuôi .%(ext)s nhưng nội dung không phải văn bản (có thể là tệp nén, PDF hoặc chương trình)."
            )
            % {"ext": fmt}
        )
    return fmt


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, dict]]


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return "\n".join(_cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _strip_formula_guard(text: str) -> str:
    """Undo the quote our exports put before = + @ so that an export imports back unchanged."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+@":
        return text[1:]
    return text


def _read_csv(data: bytes) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            gettext("Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: “CSV UTF-8”).")
        ) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = next(reader)
    except StopIteration:
        raise ImportFileError(gettext("Tệp trống.")) from None
    except csv.Error as exc:
        raise ImportFileError(gettext("Không đọc được tệp CSV: %(e)s") % {"e": exc}) from exc
    rows = []
    try:
        for number, record in enumerate(reader, start=FIRST_DATA_ROW):
            if not any(cell.strip() for cell in record):
                continue
            values = {}
            for index, cell in enumerate(record):
                key = headers[index] if index < len(headers) else f"#{index + 1}"
                values[key] = _strip_formula_guard(cell)
            rows.append((number, values))
    except csv.Error as exc:
        raise ImportFileError(gettext("Không đọc được tệp CSV: %(e)s") % {"e": exc}) from exc
    return Table(headers, rows)


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise ImportFileError(
                    gettext("Tệp có đuôi .xlsx nhưng nội dung không phải bảng tính Excel.")
                )
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ImportFileError(
            gettext("Không đọc được bảng tính: tệp hỏng hoặc không phải XLSX.")
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        iterator = sheet.iter_rows(values_only=True)
        try:
            headers = [_cell_text(v) for v in next(iterator)]
        except StopIteration:
            raise ImportFileError(gettext("Tệp trống.")) from None
        while headers and not headers[-1]:
            headers.pop()
        rows = []
        for number, record in enumerate(iterator, start=FIRST_DATA_ROW):
            cells = [_strip_formula_guard(_cell_text(v)) for v in record]
            if not any(c.strip() for c in cells):
                continue
            values = {}
            for index, cell in enumerate(cells):
                if index < len(headers):
                    values[headers[index]] = cell
                elif cell.strip():
                    values[f"#{index + 1}"] = cell
            rows.append((number, values))
    finally:
        workbook.close()
    return Table(headers, rows)


def _read_json(data: bytes) -> Table:
    try:
        payload = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ImportFileError(gettext("Tệp JSON không hợp lệ: %(e)s") % {"e": exc}) from exc
    if isinstance(payload, dict) and isinstance(payload.get("items"), list):
        payload = payload["items"]
    if not isinstance(payload, list):
        raise ImportFileError(
            gettext("Tệp JSON phải là một danh sách các bản ghi (hoặc có khoá “items”).")
        )
    headers: list[str] = []
    rows = []
    for number, item in enumerate(payload, start=1):
        if not isinstance(item, dict):
            rows.append((number, {FILE_COLUMN: _cell_text(item)}))
            continue
        for key in item:
            if key not in headers:
                headers.append(key)
        rows.append((number, {k: _strip_formula_guard(_cell_text(v)) for k, v in item.items()}))
    return Table(headers, rows)


def read_table(data: bytes, fmt: str) -> Table:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(
            gettext("Tệp quá lớn (tối đa %(mb)s MB).") % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}
        )
    if fmt == "csv":
        return _read_csv(data)
    if fmt == "xlsx":
        return _read_xlsx(data)
    if fmt == "json":
        return _read_json(data)
    raise ImportFileError(gettext("Định dạng không được hỗ trợ: %(f)s") % {"f": fmt})


# --- Shared cell parsers -----------------------------------------------------------------------

_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(value: str) -> datetime.date:
    """Dates as Vietnamese write them (dd/mm/yyyy) or ISO; Excel dates arrive as ISO already."""
    text = value.strip()
    if "T" in text:
        text = text.split("T", 1)[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a date
        except ValueError:
            continue
    raise ValidationError(gettext("Ngày không hợp lệ; dùng dạng dd/mm/yyyy (ví dụ 05/03/2026)."))


def parse_int(value: str) -> int:
    text = value.strip().replace(".", "").replace(",", "").replace(" ", "")
    if not re.fullmatch(r"-?\d+", text):
        raise ValidationError(gettext("Cần một số nguyên."))
    return int(text)


def parse_decimal(value: str):
    """Amounts as Vietnamese write them: `.` groups thousands, `,` marks decimals.

    `1.250.000.000`, `1250000000`, `1.250.000,5` and `12,5` all work; a single dot followed by
    exactly three digits is a thousands separator (`1.250` is 1250), otherwise a decimal point.
    """
    import decimal

    text = value.strip().replace(" ", "").replace("\u00a0", "")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", text):
        text = text.replace(".", "")
    elif text.count(",") > 1:
        text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        amount = decimal.Decimal(text)
    except decimal.InvalidOperation:
        raise ValidationError(gettext("Cần một số tiền (ví dụ 1.250.000.000).")) from None
    if not amount.is_finite():
        raise ValidationError(gettext("Cần một số tiền (ví dụ 1.250.000.000)."))
    return amount


def choice_parser(choices, *, extra: dict[str, str] | None = None) -> Callable[[str], str]:
    """Accept a choice by its code or its Vietnamese label, with or without diacritics."""
    lookup: dict[str, str] = {}
    for value, label in choices:
        lookup[normalise_header(value)] = value
        lookup[normalise_header(str(label))] = value
    for alias, value in (extra or {}).items():
        lookup[normalise_header(alias)] = value
    labels = ", ".join(str(label) for _value, label in choices)

    def parse(text: str) -> str:
        found = lookup.get(normalise_header(text))
        if found is None:
            raise ValidationError(
                gettext("Giá trị “%(value)s” không có trong danh mục (%(labels)s).")
                % {"value": text[:80], "labels": labels}
            )
        return found

    return parse


# --- The importer ------------------------------------------------------------------------------


class Importer:
    """Base class: read a file, validate every row, then write all or only the valid rows.

    Subclasses set `columns` and implement :meth:`clean_row` (cross-field rules of one row),
    :meth:`check_rows` (rules across rows and against the database, e.g. duplicate keys) and
    :meth:`commit` (write the valid rows; called inside one transaction).
    """

    columns: list[Column] = []
    #: Headers our public downloads add (portal, link, computed state): accepted and skipped, so
    #: a downloaded file imports back without editing.
    ignored_columns: tuple[str, ...] = ()
    progress_every = 250

    def column_lookup(self) -> dict[str, Column]:
        lookup = {}
        for column in self.columns:
            for name in (column.key, column.label, *column.aliases):
                lookup[normalise_header(name)] = column
        return lookup

    def label(self, key: str) -> str:
        for column in self.columns:
            if column.key == key:
                return str(column.label)
        return key

    # Hooks ---------------------------------------------------------------------------------

    def clean_row(self, row: ParsedRow) -> None:
        """Cross-field checks of one row; add errors with `row.error(column_key, message)`."""

    def check_rows(self, rows: list[ParsedRow]) -> None:
        """Checks across rows (duplicates in the file) and against the database."""

    def commit(self, rows: list[ParsedRow]) -> Counts:
        raise NotImplementedError

    # Machinery -----------------------------------------------------------------------------

    def _parse_cells(self, row: ParsedRow, mapping: dict[str, Column]) -> None:
        for header, column in mapping.items():
            text = str(row.raw.get(header, "") or "").strip()
            if not text:
                row.data[column.target] = None
                if column.required:
                    row.error(column.key, gettext("Thiếu giá trị bắt buộc."), "")
                continue
            if column.max_length and len(text) > column.max_length:
                row.error(
                    column.key,
                    gettext("Dài quá %(n)s ký tự.") % {"n": column.max_length},
                    text,
                )
                continue
            if column.parse is None:
                row.data[column.target] = text
                continue
            try:
                row.data[column.target] = column.parse(text)
            except ValidationError as exc:
                for message in exc.messages:
                    row.error(column.key, message, text)
        for column in self.columns:
            if column not in self._mapped:
                row.data[column.target] = None
            else:
                row.data.setdefault(column.target, None)

    def run(self, data: bytes, fmt: str, *, mode: str = ImportMode.ALL_OR_NOTHING, progress=None):
        report = ImportReport(file_format=fmt, mode=mode)
        try:
            table = read_table(data, fmt)
        except ImportFileError as exc:
            report.file_error = str(exc)
            return report
        lookup = self.column_lookup()
        ignored = {normalise_header(name) for name in self.ignored_columns}
        mapping: dict[str, Column] = {}
        for header in table.headers:
            column = lookup.get(normalise_header(header))
            if column is None and normalise_header(header) in ignored:
                continue
            if column is None:
                report.add(
                    RowError(
                        HEADER_ROW,
                        str(header),
                        gettext(
                            "Cột “%(name)s” không có trong mẫu nhập. Các cột được nhận: %(cols)s."
                        )
                        % {"name": header, "cols": ", ".join(c.key for c in self.columns)},
                    )
                )
            elif column in mapping.values():
                report.add(
                    RowError(
                        HEADER_ROW,
                        str(header),
                        gettext("Cột “%(name)s” xuất hiện hai lần.") % {"name": column.key},
                    )
                )
            else:
                mapping[header] = column
        missing = [c for c in self.columns if c.required and c not in mapping.values()]
        for column in missing:
            report.add(
                RowError(
                    HEADER_ROW,
                    column.key,
                    gettext("Thiếu cột bắt buộc “%(name)s” (%(label)s).")
                    % {"name": column.key, "label": column.label},
                )
            )
        report.columns = [c.key for c in mapping.values()]
        #: Which attributes the file carries: importers update only those on existing records.
        self.present_targets = {c.target for c in mapping.values()}
        self._mapped = set(mapping.values())
        report.total_rows = len(table.rows)
        if report.error_count:  # a wrong header makes every row wrong: stop here
            report.invalid_rows = report.total_rows
            return report
        rows: list[ParsedRow] = []
        for index, (number, raw) in enumerate(table.rows, start=1):
            row = ParsedRow(number, raw)
            if FILE_COLUMN in raw:
                row.error(FILE_COLUMN, gettext("Mỗi phần tử phải là một bản ghi (đối tượng JSON)."))
            else:
                self._parse_cells(row, mapping)
                if row.valid:
                    self.clean_row(row)
            rows.append(row)
            if progress and index % self.progress_every == 0:
                progress(index, report.total_rows)
        self.check_rows(rows)
        for row in rows:
            for error in row.errors:
                report.add(error)
        valid = [row for row in rows if row.valid]
        report.valid_rows = len(valid)
        report.invalid_rows = report.total_rows - report.valid_rows
        if progress:
            progress(report.total_rows, report.total_rows)
        if report.error_count and mode != ImportMode.VALID_ONLY:
            return report
        if not valid:
            return report
        with transaction.atomic():
            counts = self.commit(valid)
        report.created, report.updated, report.unchanged = (
            counts.created,
            counts.updated,
            counts.unchanged,
        )
        report.imported = True
        return report


# --- Running a job -----------------------------------------------------------------------------


def run_job(model, job_id: int, build_importer: Callable[[ImportJob], Importer], *, audit_action):
    """Run one import job to its end. Safe to call twice: only a pending job is claimed.

    Progress is written with `.update()` outside the import's transaction, so another request (the
    admin's progress page) sees it while the rows are validated; the write itself is one
    transaction, so a crash half-way leaves nothing half-imported.
    """
    from vnportal.security.audit import record

    now = timezone.now()
    claimed = model.objects.filter(pk=job_id, status=ImportStatus.PENDING).update(
        status=ImportStatus.RUNNING, started_at=now
    )
    if not claimed:
        return None
    job = model.objects.get(pk=job_id)

    def progress(done: int, total: int) -> None:
        model.objects.filter(pk=job_id).update(processed_rows=done, total_rows=total)

    try:
        with job.file.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
        importer = build_importer(job)
        report = importer.run(data, job.file_format, mode=job.mode, progress=progress)
    except Exception as exc:  # the job row must say what happened, whatever it was
        logger.exception("import job %s/%s failed", model._meta.label, job_id)
        model.objects.filter(pk=job_id).update(
            status=ImportStatus.FAILED,
            error_message=f"{type(exc).__name__}: {exc}"[:2000],
            finished_at=timezone.now(),
        )
        return None
    status = ImportStatus.DONE if report.imported else ImportStatus.REJECTED
    model.objects.filter(pk=job_id).update(
        status=status,
        report=report.to_dict(),
        total_rows=report.total_rows,
        processed_rows=report.total_rows,
        finished_at=timezone.now(),
    )
    job.refresh_from_db()
    record(
        audit_action,
        actor=job.created_by,
        portal=getattr(job, "portal", None),
        target=job,
        data={
            "status": status,
            "mode": job.mode,
            "rows": report.total_rows,
            "errors": report.error_count,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
        },
    )
    return job


def dispatch_job(task, job_id: int) -> None:
    """Queue the job's task once the job row is committed.

    With eager tasks (tests, the embedded default) the task runs now, in this request: waiting for
    the commit would never run it inside a test's outer transaction, and there is no worker to wait
    for anyway. With a broker, `on_commit` makes sure the worker finds the row.
    """
    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        task.delay(job_id)
    else:
        transaction.on_commit(lambda: task.delay(job_id))


def retry_valid_rows(job: ImportJob, *, by, task, audit_action: str) -> ImportJob:
    """Run a rejected import again as a new job on the same file, writing only the valid rows.

    The new job is a copy of the old one's parameters (and portal, for registries that have one)
    in VALID_ONLY mode; its start is audited like any import and its task queued after commit.
    """
    from django.core.files.base import ContentFile

    from vnportal.security.audit import record

    portal = getattr(job, "portal", None)
    with transaction.atomic():
        again = type(job)(
            mode=ImportMode.VALID_ONLY,
            file_format=job.file_format,
            original_name=job.original_name,
            created_by=by,
            options={**job.options, "retry_of": job.pk},
            **({"portal": portal} if hasattr(job, "portal_id") else {}),
        )
        with job.file.open("rb") as handle:
            again.file.save(job.original_name, ContentFile(handle.read()), save=False)
        again.save()
        record(
            audit_action,
            actor=by,
            portal=portal,
            target=again,
            data={"file": again.original_name, "mode": again.mode, "retry_of": job.pk},
        )
    dispatch_job(task, again.pk)
    again.refresh_from_db()
    return again


# --- Exports -----------------------------------------------------------------------------------


def _safe_cell(value) -> str:
    """A cell as text, with a quote before = + @ so a spreadsheet never runs it as a formula."""
    text = _cell_text(value)
    if text and text[0] in "=+@\t\r":
        return "'" + text
    return text


class _Echo:
    def write(self, value):
        return value


def csv_response(
    filename: str, header: list[str], rows: Iterable[Iterable]
) -> StreamingHttpResponse:
    """Streamed CSV (UTF-8 with BOM so Excel shows Vietnamese correctly), one row at a time."""
    writer = csv.writer(_Echo())

    def generate() -> Iterator[str]:
        yield "\ufeff" + writer.writerow(header)
        for row in rows:
            yield writer.writerow([_safe_cell(v) for v in row])

    response = StreamingHttpResponse(generate(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _json_default(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


def json_response(
    filename: str, items: Iterable[dict], meta: dict | None = None
) -> StreamingHttpResponse:
    """Streamed JSON `{"meta": ..., "items": [...]}`, written item by item."""

    def generate() -> Iterator[str]:
        yield '{"meta": ' + json.dumps(meta or {}, ensure_ascii=False, default=_json_default)
        yield ', "items": ['
        first = True
        for item in items:
            yield ("" if first else ",\n") + json.dumps(
                item, ensure_ascii=False, default=_json_default
            )
            first = False
        yield "]}\n"

    response = StreamingHttpResponse(generate(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(filename: str, header: list[str], rows: Iterable[Iterable]) -> HttpResponse:
    """An XLSX built in write-only mode (constant memory per row), then sent."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(header)
    for row in rows:
        sheet.append([_safe_cell(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def report_csv_response(filename: str, report: ImportReport) -> StreamingHttpResponse:
    """The validation report as a spreadsheet the user can sort and filter."""
    header = [gettext("Dòng"), gettext("Cột"), gettext("Giá trị"), gettext("Lỗi")]
    rows = ([e.row, e.column, e.value, e.message] for e in report.errors)
    return csv_response(filename, header, rows)


# --- The upload form ---------------------------------------------------------------------------


def import_form_class():
    """The upload form (built lazily: forms import settings-dependent widgets)."""
    from django import forms

    class ImportUploadForm(forms.Form):
        """File, mode and (for per-portal registries) the target portal, limited to the user's."""

        portal = forms.ModelChoiceField(queryset=None, label=_("Nhập vào cổng"), required=True)
        file = forms.FileField(
            label=_("Tệp dữ liệu"),
            help_text=_("CSV (UTF-8), XLSX hoặc JSON; dòng đầu là tên cột như trong tệp mẫu."),
        )
        mode = forms.ChoiceField(
            label=_("Cách nhập"),
            choices=ImportMode.choices,
            initial=ImportMode.ALL_OR_NOTHING,
            widget=forms.RadioSelect,
        )

        def __init__(self, *args, portals=None, **kwargs):
            super().__init__(*args, **kwargs)
            if portals is None:
                del self.fields["portal"]
            else:
                self.fields["portal"].queryset = portals
                if portals.count() == 1:
                    self.fields["portal"].initial = portals.first()

        def clean_file(self):
            upload = self.cleaned_data["file"]
            if upload.size > MAX_IMPORT_BYTES:
                raise forms.ValidationError(
                    gettext("Tệp quá lớn (tối đa %(mb)s MB).")
                    % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}
                )
            head = upload.read(8192)
            upload.seek(0)
            try:
                detect_format(upload.name, head)
            except ImportFileError as exc:
                raise forms.ValidationError(str(exc)) from exc
            return upload

    return ImportUploadForm
