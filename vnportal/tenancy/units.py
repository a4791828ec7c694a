"""Changes to the dated tree of administrative units: create, rename, move, merge, import.

A change on date D closes the unit's current version the day before D and opens a new one from D,
so a report for a past period can ask for the tree as it stood then (:func:`tree_at`).
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .choices import UnitType
from .models import AdministrativeUnit, UnitVersion

ONE_DAY = datetime.timedelta(days=1)
CSV_COLUMNS = ["code", "name", "type", "parent_code"]
OPTIONAL_COLUMNS = ["name_en", "valid_from"]


def _open_version(unit, *, name, parent, on, note=""):
    current = unit.versions.filter(valid_to__isnull=True).first()
    if current:
        if on <= current.valid_from:
            raise ValidationError(
                {"valid_from": _("Ngày hiệu lực phải sau %(d)s.") % {"d": current.valid_from}}
            )
        current.valid_to = on - ONE_DAY
        current.save(update_fields=["valid_to"])
    UnitVersion.objects.create(unit=unit, name=name, parent=parent, valid_from=on, note=note)


@transaction.atomic
def create_unit(*, code, name, unit_type, parent=None, name_en="", valid_from=None):
    valid_from = valid_from or datetime.date(2000, 1, 1)
    unit = AdministrativeUnit(
        code=code,
        name=name,
        name_en=name_en,
        unit_type=unit_type,
        parent=parent,
        established_on=valid_from,
    )
    unit.full_clean()
    unit.save()
    UnitVersion.objects.create(unit=unit, name=name, parent=parent, valid_from=valid_from)
    return unit


def _check_not_cycle(unit, parent):
    node, seen = parent, set()
    while node is not None:
        if node.pk == unit.pk or node.pk in seen:
            raise ValidationError({"parent": _("Đơn vị cấp trên tạo thành vòng lặp.")})
        seen.add(node.pk)
        node = node.parent


@transaction.atomic
def move_unit(unit, new_parent, *, on: datetime.date, note=""):
    """Move a unit under a new parent from `on`; its portal, content and history stay with it."""
    _check_not_cycle(unit, new_parent)
    _open_version(unit, name=unit.name, parent=new_parent, on=on, note=note or _("Chuyển cấp trên"))
    unit.parent = new_parent
    unit.save(update_fields=["parent"])
    return unit


@transaction.atomic
def rename_unit(unit, new_name, *, on: datetime.date, name_en=None, note=""):
    _open_version(unit, name=new_name, parent=unit.parent, on=on, note=note or _("Đổi tên"))
    unit.name = new_name
    fields = ["name"]
    if name_en is not None:
        unit.name_en = name_en
        fields.append("name_en")
    unit.save(update_fields=fields)
    return unit


@transaction.atomic
def merge_units(source, target, *, on: datetime.date, note=""):
    """Merge `source` into `target` from `on`. The source unit and its portal are kept (history);
    the source drops out of the tree from `on`, and its portal is reached through the target."""
    if source.pk == target.pk:
        raise ValidationError({"target": _("Không thể sáp nhập một đơn vị vào chính nó.")})
    current = source.versions.filter(valid_to__isnull=True).first()
    if current:
        current.valid_to = on - ONE_DAY
        current.note = note or _("Sáp nhập vào %(t)s") % {"t": target.name}
        current.save(update_fields=["valid_to", "note"])
    source.merged_into = target
    source.dissolved_on = on
    source.save(update_fields=["merged_into", "dissolved_on"])
    return source


def tree_at(day: datetime.date) -> dict[int | None, list[UnitVersion]]:
    """The tree as it stood on `day`: parent unit id → child versions (names of that day)."""
    children: dict[int | None, list[UnitVersion]] = {}
    for version in UnitVersion.objects.at(day).select_related("unit").order_by("unit__code"):
        children.setdefault(version.parent_id, []).append(version)
    return children


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _parse_date(value: str, row: int) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError(
            _("Dòng %(row)s, cột valid_from: “%(v)s” không phải ngày YYYY-MM-DD.")
            % {"row": row, "v": value}
        ) from exc


def import_units(text: str) -> ImportReport:
    """Import a CSV of units (code, name, type, parent code); all rows or none.

    Existing codes are updated in place (name, type, parent), so importing the same file twice
    changes nothing. Parents may appear later in the file than their children.
    """
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        report.errors.append(_("Thiếu cột: %(cols)s") % {"cols": ", ".join(missing)})
        return report
    rows = list(reader)
    codes_in_file: dict[str, int] = {}
    existing = {u.code: u for u in AdministrativeUnit.objects.all()}
    parsed = []
    for number, row in enumerate(rows, start=2):
        code = (row.get("code") or "").strip()
        name = (row.get("name") or "").strip()
        unit_type = (row.get("type") or "").strip()
        parent_code = (row.get("parent_code") or "").strip()
        problems = []
        if not code:
            problems.append(_("cột code trống"))
        elif code in codes_in_file:
            problems.append(
                _("mã %(c)s trùng với dòng %(r)s") % {"c": code, "r": codes_in_file[code]}
            )
        if not name:
            problems.append(_("cột name trống"))
        if unit_type not in UnitType.values:
            problems.append(
                _("cột type: “%(t)s” không thuộc %(all)s")
                % {"t": unit_type, "all": ", ".join(UnitType.values)}
            )  # noqa: E501
        if parent_code and parent_code == code:
            problems.append(_("cột parent_code: đơn vị không thể là cấp trên của chính nó"))
        valid_from = None
        if (row.get("valid_from") or "").strip():
            try:
                valid_from = _parse_date(row["valid_from"], number)
            except ValidationError as exc:
                problems.append(exc.messages[0])
        for problem in problems:
            report.errors.append(_("Dòng %(row)s: %(p)s") % {"row": number, "p": problem})
        if code:
            codes_in_file.setdefault(code, number)
        parsed.append(
            (
                number,
                code,
                name,
                unit_type,
                parent_code,
                (row.get("name_en") or "").strip(),
                valid_from,
            )
        )
    for number, _code, _name, _type, parent_code, *_rest in parsed:
        if parent_code and parent_code not in codes_in_file and parent_code not in existing:
            report.errors.append(
                _("Dòng %(row)s, cột parent_code: không có đơn vị mã “%(p)s”.")
                % {"row": number, "p": parent_code}
            )
    if report.errors:
        return report
    with transaction.atomic():
        units = dict(existing)
        for _number, code, name, unit_type, _parent, name_en, valid_from in parsed:
            if code in units:
                unit = units[code]
                changed = (
                    unit.name != name
                    or unit.unit_type != unit_type
                    or (name_en and unit.name_en != name_en)
                )
                if changed:
                    unit.name, unit.unit_type = name, unit_type
                    unit.name_en = name_en or unit.name_en
                    unit.save(update_fields=["name", "unit_type", "name_en"])
                    report.updated += 1
            else:
                units[code] = AdministrativeUnit.objects.create(
                    code=code,
                    name=name,
                    name_en=name_en,
                    unit_type=unit_type,
                    established_on=valid_from or datetime.date(2000, 1, 1),
                )
                report.created += 1
        for _number, code, name, _type, parent_code, _en, valid_from in parsed:
            unit = units[code]
            parent = units.get(parent_code) if parent_code else None
            if unit.parent_id != (parent.pk if parent else None):
                unit.parent = parent
                unit.save(update_fields=["parent"])
            if not unit.versions.exists():
                UnitVersion.objects.create(
                    unit=unit,
                    name=name,
                    parent=parent,
                    valid_from=valid_from or unit.established_on,
                )
            else:
                current = unit.versions.filter(valid_to__isnull=True).first()
                if current and (current.name != name or current.parent_id != unit.parent_id):
                    current.name, current.parent = name, parent
                    current.save(update_fields=["name", "parent"])
        for unit in units.values():
            try:
                _check_not_cycle(unit, unit.parent)
            except ValidationError:
                transaction.set_rollback(True)
                report.errors.append(
                    _("Mã %(c)s: quan hệ cấp trên tạo thành vòng lặp.") % {"c": unit.code}
                )
                report.created = report.updated = 0
                return report
    return report
