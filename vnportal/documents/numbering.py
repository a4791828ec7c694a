"""Number and symbol of a document (số, ký hiệu) under Decree 30/2020/NĐ-CP.

Why a parser and not a regex on the form: the number, the year, the type abbreviation and the
issuer carry meaning. Art. 15 restarts numbering every 1 January and makes a number unique per
issuer and year within a type's series, so uniqueness and "does the symbol say QĐ for a decision?"
can only be checked on the parts. The forms accepted:

* ``355/QĐ-UBND``     administrative document with a type abbreviation (Appendix III);
* ``6821/UBND-BBT``   official letter (công văn): issuer, then the drafting unit, no type;
* ``42/2022/NĐ-CP``   legal normative document: the year sits between number and symbol;
* ``148/2025/QH15``   a law: year, then the issuing body only.

Numbers are positive integers; a leading zero is allowed only for 01–09 (art. 15 numbers from 01).
Abbreviations of agencies are upper-case letters (Đ and other Vietnamese capitals included) and
digits. Type abbreviations keep their official case (``TTr``, ``CTr``, ``QyĐ``).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from vnportal.core.text import normalise_confusables

from .choices import ABBREVIATIONS, ALWAYS_NORMATIVE, KNOWN_ABBREVIATIONS, MAY_BE_NORMATIVE

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "／": "/"})
_SHAPE = re.compile(r"^(?P<number>[^/]+)/(?:(?P<year>\d{4})/)?(?P<code>[^/]+)$")
_NUMBER = re.compile(r"^(?:0[1-9]|[1-9]\d{0,6})$")
_UPPER_CASE_BY_FOLD = {a.upper(): a for a in KNOWN_ABBREVIATIONS}
EARLIEST_YEAR = 1945


class NumberSymbol(NamedTuple):
    number: int
    number_text: str
    year: int | None
    type_code: str
    issuer_code: str
    unit_code: str
    text: str

    @property
    def is_normative(self) -> bool:
        return self.year is not None


def normalise(value: str) -> str:
    """Canonical text: NFC, look-alike letters mapped (Ð → Đ), dashes unified, no spaces, no
    leading "Số:"."""
    text = unicodedata.normalize("NFC", normalise_confusables(str(value or ""))).translate(_DASHES)
    text = re.sub(r"^\s*(?:số|so|Số|SỐ|SO)\s*[:.]?\s*", "", text)
    return re.sub(r"\s+", "", text)


def _is_agency_code(part: str) -> bool:
    return bool(part) and part[0].isalpha() and all(c.isdigit() or c.isupper() for c in part)


def parse(value: str) -> NumberSymbol:
    """Split a number-symbol into its parts, or raise ValidationError saying what is wrong."""
    text = normalise(value)
    if not text:
        raise ValidationError(_("Cần số, ký hiệu văn bản (ví dụ 355/QĐ-UBND)."), code="required")
    match = _SHAPE.match(text)
    if match is None:
        raise ValidationError(
            _(
                "Số, ký hiệu “%(value)s” không đúng thể thức của Nghị định 30/2020: dùng dạng "
                "số/ký hiệu (355/QĐ-UBND, 6821/UBND-BBT) hoặc số/năm/ký hiệu (42/2022/NĐ-CP)."
            )
            % {"value": text[:60]},
            code="shape",
        )
    number_text, year_text, code = match["number"], match["year"], match["code"]
    if not _NUMBER.match(number_text):
        raise ValidationError(
            _(
                "Số văn bản “%(number)s” phải là số nguyên dương; chỉ các số từ 01 đến 09 được "
                "viết thêm số 0 ở đầu."
            )
            % {"number": number_text[:20]},
            code="number",
        )
    year = None
    if year_text:
        year = int(year_text)
        if not EARLIEST_YEAR <= year <= datetime.date.today().year + 1:
            raise ValidationError(
                _("Năm ban hành %(year)s trong số, ký hiệu không hợp lệ.") % {"year": year},
                code="year",
            )
    parts = code.split("-")
    if any(not p for p in parts):
        raise ValidationError(
            _("Ký hiệu “%(code)s” có dấu gạch nối thừa.") % {"code": code}, code="dash"
        )
    type_code = ""
    if parts[0] in KNOWN_ABBREVIATIONS:
        type_code, agency_parts = parts[0], parts[1:]
        if not agency_parts:
            raise ValidationError(
                _(
                    "Ký hiệu “%(code)s” thiếu tên viết tắt của cơ quan ban hành (ví dụ %(code)s-UBND)."
                )
                % {"code": code},
                code="issuer_missing",
            )
    else:
        official = _UPPER_CASE_BY_FOLD.get(parts[0].upper())
        if official and len(parts) > 1:
            raise ValidationError(
                _("Viết tắt tên loại văn bản phải là “%(official)s”, không phải “%(given)s”.")
                % {"official": official, "given": parts[0]},
                code="type_case",
            )
        agency_parts = parts
    for part in agency_parts:
        if not _is_agency_code(part):
            raise ValidationError(
                _(
                    "Viết tắt “%(part)s” chỉ được gồm chữ in hoa và chữ số, bắt đầu bằng chữ "
                    "(ví dụ UBND, HĐND, BTTTT, QH15)."
                )
                % {"part": part},
                code="issuer",
            )
    if year is None and not type_code:
        # Official letter: issuer, then (optionally) the drafting unit.
        issuer_code, unit_code = agency_parts[0], "-".join(agency_parts[1:])
    else:
        issuer_code, unit_code = "-".join(agency_parts), ""
    return NumberSymbol(
        number=int(number_text),
        number_text=number_text,
        year=year,
        type_code=type_code,
        issuer_code=issuer_code,
        unit_code=unit_code,
        text=text,
    )


def check_against(symbol: NumberSymbol, doc_type: str | None, issue_date=None) -> dict[str, list]:
    """Cross-checks of a parsed symbol with the document's type and issue date.

    Returns {field: [messages]} with fields `number_symbol`, `doc_type` or `issue_date`.
    """
    from .choices import DocumentType

    errors: dict[str, list] = {}
    if doc_type:
        label = DocumentType(doc_type).label
        expected = ABBREVIATIONS.get(doc_type)
        if expected and symbol.type_code != expected:
            example = f"{symbol.number_text}/{expected}-{symbol.issuer_code or 'UBND'}"
            if doc_type in ALWAYS_NORMATIVE:
                example = f"{symbol.number_text}/{symbol.year or 2025}/{expected}-{symbol.issuer_code or 'CP'}"
            errors.setdefault("number_symbol", []).append(
                _("Ký hiệu của %(type)s phải có chữ viết tắt “%(abbr)s” (ví dụ %(example)s).")
                % {"type": label.lower(), "abbr": expected, "example": example}
            )
        elif not expected and symbol.type_code:
            errors.setdefault("number_symbol", []).append(
                _("Ký hiệu “%(abbr)s” là của loại văn bản khác, không phải %(type)s.")
                % {"abbr": symbol.type_code, "type": label.lower()}
            )
        if doc_type in ALWAYS_NORMATIVE and symbol.year is None:
            errors.setdefault("number_symbol", []).append(
                _(
                    "%(type)s là văn bản quy phạm pháp luật: số, ký hiệu phải có năm ban hành (ví dụ 42/2022/NĐ-CP)."
                )
                % {"type": label}
            )
        elif symbol.year is not None and doc_type not in ALWAYS_NORMATIVE | MAY_BE_NORMATIVE:
            errors.setdefault("number_symbol", []).append(
                _("%(type)s không phải văn bản quy phạm pháp luật: số, ký hiệu không ghi năm.")
                % {"type": label}
            )
    if issue_date and symbol.year is not None and symbol.year != issue_date.year:
        errors.setdefault("number_symbol", []).append(
            _("Năm trong số, ký hiệu (%(year)s) khác năm ban hành (%(issued)s).")
            % {"year": symbol.year, "issued": issue_date.year}
        )
    return errors


def validate_number_symbol(value: str) -> None:
    """Form/model field validator."""
    parse(value)
