"""How a data-set value reads to a citizen: choice labels, dates as dd/mm/yyyy, amounts with
Vietnamese thousands separators. Shared by the pages, the downloads and the admin list."""

import datetime
import decimal

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PROPERTY_LABELS = {"period": _("Kỳ"), "duration": _("Thời gian thực hiện")}


def label(model, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return str(PROPERTY_LABELS.get(name, name))


def money(value) -> str:
    """1250000000 → "1.250.000.000"."""
    quantised = value.quantize(decimal.Decimal(1)) if value == value.to_integral() else value
    text = f"{quantised:,}"
    return text.replace(",", "\u00a0").replace(".", ",").replace("\u00a0", ".")


def text(record, name: str) -> str:
    """The value of one field as text ("" when empty)."""
    value = getattr(record, name, None)
    try:
        field = record._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    if value is None or value == "":
        return ""
    if field is not None and field.choices:
        return str(getattr(record, f"get_{name}_display")())
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%H:%M %d/%m/%Y")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, decimal.Decimal):
        return money(value)
    if isinstance(value, bool):
        return str(_("Có")) if value else str(_("Không"))
    return str(value)


def rows(record, names) -> list[tuple[str, str]]:
    return [(label(type(record), n), text(record, n)) for n in names]
