"""Bulk import and export of the province-wide procedures (CSV, XLSX, JSON).

The national code is the key: a row whose code exists updates that procedure, otherwise a new one
is created, so importing the same file twice changes nothing. Only the columns present in the file
are written: a file with just code, name and fees updates the fees and leaves the steps alone. A
field (lĩnh vực) must already be in the catalogue (operators add new ones), so a typo does not
silently create a field.
"""

from __future__ import annotations

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vnportal.core.importing import (
    Column,
    Counts,
    Importer,
    choice_parser,
    normalise_header,
    parse_date,
)
from vnportal.core.signals import records_written

from .choices import OnlineLevel, ProcedureLevel, ProcedureStatus
from .models import Procedure, ProcedureField, validate_code, validate_service_url

BATCH = 500

LEVEL_ALIASES = {
    "xã": ProcedureLevel.COMMUNE,
    "cấp xã, phường": ProcedureLevel.COMMUNE,
    "commune": ProcedureLevel.COMMUNE,
    "tỉnh": ProcedureLevel.PROVINCE,
    "province": ProcedureLevel.PROVINCE,
    "huyện": ProcedureLevel.DISTRICT,
    "district": ProcedureLevel.DISTRICT,
    "trung ương": ProcedureLevel.CENTRAL,
    "cấp bộ": ProcedureLevel.CENTRAL,
    "central": ProcedureLevel.CENTRAL,
}
ONLINE_ALIASES = {
    "toàn trình": OnlineLevel.FULL,
    "full": OnlineLevel.FULL,
    "mức 4": OnlineLevel.FULL,
    "một phần": OnlineLevel.PARTIAL,
    "partial": OnlineLevel.PARTIAL,
    "mức 3": OnlineLevel.PARTIAL,
    "không": OnlineLevel.NONE,
    "none": OnlineLevel.NONE,
}
STATUS_ALIASES = {
    "còn hiệu lực": ProcedureStatus.ACTIVE,
    "active": ProcedureStatus.ACTIVE,
    "bãi bỏ": ProcedureStatus.ABOLISHED,
}


def parse_code(text: str) -> str:
    code = text.strip()
    validate_code(code)
    return code


def parse_copies(text: str) -> int:
    """ "01", "1 bộ", "01 (một) bộ" → 1."""
    match = re.match(r"^\s*0*(\d{1,2})\b", text)
    if not match:
        raise ValidationError(_("Ghi số bộ hồ sơ bằng chữ số, ví dụ 01."))
    return int(match.group(1))


def parse_url(text: str) -> str:
    validate_service_url(text.strip())
    return text.strip()


def parse_synced(text: str) -> datetime.datetime:
    day = parse_date(text)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(0, 0)))


TEXT_COLUMNS = [
    ("co_quan_thuc_hien", gettext_lazy("Cơ quan thực hiện"), "implementing_agency"),
    ("trinh_tu_thuc_hien", gettext_lazy("Trình tự thực hiện"), "steps"),
    ("cach_thuc_thuc_hien", gettext_lazy("Cách thức thực hiện"), "methods"),
    ("thanh_phan_ho_so", gettext_lazy("Thành phần hồ sơ"), "dossier"),
]


def build_columns(field_parser) -> list[Column]:
    return [
        Column(
            "ma_thu_tuc",
            gettext_lazy("Mã thủ tục"),
            "code",
            required=True,
            parse=parse_code,
            aliases=("code", "ma_tthc"),
        ),
        Column(
            "ten_thu_tuc",
            gettext_lazy("Tên thủ tục"),
            "name",
            required=True,
            max_length=500,
            aliases=("name",),
        ),
        Column("linh_vuc", gettext_lazy("Lĩnh vực"), "field_id", required=True, parse=field_parser),
        Column(
            "cap_thuc_hien",
            gettext_lazy("Cấp thực hiện"),
            "level",
            required=True,
            parse=choice_parser(ProcedureLevel.choices, extra=LEVEL_ALIASES),
        ),
        *[Column(key, label, attr, max_length=20000) for key, label, attr in TEXT_COLUMNS],
        Column(
            "so_luong_ho_so", gettext_lazy("Số lượng hồ sơ"), "dossier_copies", parse=parse_copies
        ),
        Column(
            "thoi_han_giai_quyet",
            gettext_lazy("Thời hạn giải quyết"),
            "processing_time",
            max_length=500,
        ),
        Column(
            "doi_tuong_thuc_hien", gettext_lazy("Đối tượng thực hiện"), "subjects", max_length=20000
        ),
        Column("phi_le_phi", gettext_lazy("Phí, lệ phí"), "fees", max_length=20000),
        Column("ket_qua_thuc_hien", gettext_lazy("Kết quả thực hiện"), "result", max_length=20000),
        Column("can_cu_phap_ly", gettext_lazy("Căn cứ pháp lý"), "legal_basis", max_length=20000),
        Column(
            "yeu_cau_dieu_kien", gettext_lazy("Yêu cầu, điều kiện"), "conditions", max_length=20000
        ),
        Column("mau_don_to_khai", gettext_lazy("Mẫu đơn, mẫu tờ khai"), "forms", max_length=20000),
        Column(
            "muc_do_dvc",
            gettext_lazy("Mức độ dịch vụ công trực tuyến"),
            "online_level",
            parse=choice_parser(OnlineLevel.choices, extra=ONLINE_ALIASES),
        ),
        Column(
            "duong_dan_dvc",
            gettext_lazy("Đường dẫn Cổng Dịch vụ công"),
            "service_url",
            max_length=500,
            parse=parse_url,
        ),
        Column(
            "quyet_dinh_cong_bo",
            gettext_lazy("Quyết định công bố"),
            "publication_decision",
            max_length=255,
        ),
        Column(
            "tinh_trang",
            gettext_lazy("Tình trạng"),
            "status",
            parse=choice_parser(ProcedureStatus.choices, extra=STATUS_ALIASES),
        ),
        Column(
            "ngay_dong_bo",
            gettext_lazy("Ngày đồng bộ CSDL quốc gia"),
            "synced_at",
            parse=parse_synced,
            help=gettext_lazy(
                "Để trống: giữ nguyên (hoặc lấy thời điểm nhập nếu chọn “đồng bộ từ CSDL quốc gia”)."
            ),
        ),
    ]


#: Attributes written when their column is present; blank text cells clear the value.
DEFAULTS = {
    "implementing_agency": "",
    "steps": "",
    "methods": "",
    "dossier": "",
    "dossier_copies": None,
    "processing_time": "",
    "subjects": "",
    "fees": "",
    "result": "",
    "legal_basis": "",
    "conditions": "",
    "forms": "",
    "online_level": OnlineLevel.NONE,
    "service_url": "",
    "publication_decision": "",
    "status": ProcedureStatus.ACTIVE,
}
DERIVED = ["missing", "is_complete", "search_text", "updated_at"]


def field_lookup() -> dict[str, int]:
    lookup = {}
    for pk, code, name in ProcedureField.objects.values_list("pk", "code", "name"):
        lookup[normalise_header(code)] = pk
        lookup[normalise_header(name)] = pk
    return lookup


class ProcedureImporter(Importer):
    ignored_columns = ("ap_dung_tai", "day_du", "duong_dan")

    def __init__(self, *, national_sync: bool = False, now=None):
        self.now = now or timezone.now()
        self.national_sync = national_sync
        self.fields = field_lookup()
        self.columns = build_columns(self.parse_field)

    def parse_field(self, text: str) -> int:
        found = self.fields.get(normalise_header(text))
        if found is None:
            raise ValidationError(
                _(
                    "Lĩnh vực “%(v)s” chưa có trong danh mục lĩnh vực; cán bộ điều hành thêm lĩnh vực trước khi nhập."
                )
                % {"v": text[:80]}
            )
        return found

    def check_rows(self, rows) -> None:
        seen: dict[str, int] = {}
        for row in rows:
            if not row.valid:
                continue
            code = row.data["code"]
            if code in seen:
                row.error(
                    "ma_thu_tuc", _("Trùng mã thủ tục với dòng %(row)s.") % {"row": seen[code]}
                )
            else:
                seen[code] = row.number
        self.existing = {p.code: p for p in Procedure.objects.filter(code__in=list(seen))}

    def commit(self, rows) -> Counts:
        counts = Counts()
        written = [
            attr
            for attr in ("name", "field_id", "level", *DEFAULTS)
            if attr in self.present_targets
        ]
        to_create, to_update, touched = [], [], []
        for row in rows:
            values = {attr: row.data[attr] for attr in written}
            for attr in values:
                if values[attr] is None and attr in DEFAULTS:
                    values[attr] = DEFAULTS[attr]
            synced = self.now if self.national_sync else row.data.get("synced_at")
            procedure = self.existing.get(row.data["code"])
            if procedure is None:
                procedure = Procedure(code=row.data["code"], **{**DEFAULTS, **values})
                procedure.synced_at = synced
                procedure.refresh_derived()
                procedure.created_at = procedure.updated_at = self.now
                to_create.append(procedure)
                continue
            changed = any(getattr(procedure, attr) != value for attr, value in values.items())
            if changed:
                for attr, value in values.items():
                    setattr(procedure, attr, value)
                procedure.refresh_derived()
                procedure.updated_at = self.now
            if synced and not _same_sync(procedure.synced_at, synced, exact=self.national_sync):
                procedure.synced_at = synced
                touched.append(procedure)
            if changed:
                to_update.append(procedure)
            else:
                counts.unchanged += 1
        Procedure.objects.bulk_create(to_create, batch_size=BATCH)
        if to_update:
            Procedure.objects.bulk_update(
                to_update, [*written, *DERIVED, "synced_at"], batch_size=BATCH
            )
        only_synced = [p for p in touched if p not in to_update]
        if only_synced:
            Procedure.objects.bulk_update(only_synced, ["synced_at"], batch_size=BATCH)
        counts.created, counts.updated = len(to_create), len(to_update)
        records_written.send(sender=Procedure, ids=[p.pk for p in (*to_create, *to_update) if p.pk])
        return counts


def _same_sync(current, new, *, exact: bool) -> bool:
    """A date from the file (exported at day precision) does not move a sync time of that day."""
    if current is None:
        return False
    if exact:
        return current == new
    return timezone.localtime(current).date() == timezone.localtime(new).date()


def export_header(columns=None) -> list[str]:
    return [c.key for c in (columns or build_columns(lambda text: text))]


def export_rows(procedures, *, pairs: bool = False):
    """Rows in the import format (choice labels, field names): an export imports back unchanged.
    Labels are translated once per export, not per row; `pairs=True` yields (object, row)."""
    levels = {value: str(label) for value, label in ProcedureLevel.choices}
    online = {value: str(label) for value, label in OnlineLevel.choices}
    statuses = {value: str(label) for value, label in ProcedureStatus.choices}
    for p in procedures:
        row = [
            p.code,
            p.name,
            p.field.name,
            levels.get(p.level, p.level),
            p.implementing_agency,
            p.steps,
            p.methods,
            p.dossier,
            f"{p.dossier_copies:02d}" if p.dossier_copies is not None else "",
            p.processing_time,
            p.subjects,
            p.fees,
            p.result,
            p.legal_basis,
            p.conditions,
            p.forms,
            online.get(p.online_level, p.online_level),
            p.service_url,
            p.publication_decision,
            statuses.get(p.status, p.status),
            timezone.localtime(p.synced_at).strftime("%d/%m/%Y") if p.synced_at else "",
        ]
        yield (p, row) if pairs else row
