"""Completeness of a procedure record against Decree 63/2010 art. 8(2) (amended by 92/2017).

A procedure is complete only when the record states its name, steps, methods, dossier (components
and number of copies), time limit, subjects and implementing agency, and, where they exist, its
forms, result, requirements/conditions and fees. "Where they exist" cannot be guessed from a blank
cell, so the record must say so explicitly ("Không"), as the national database does: a blank
optional component is reported as "not stated". The list is data so that the report, the admin
form hints and the import agree.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Component:
    attr: str
    label: str
    always: bool

    @property
    def hint(self) -> str:
        if self.always:
            return str(_("bắt buộc"))
        return str(_("ghi “Không” nếu không có"))


COMPONENTS = [
    Component("name", _("Tên thủ tục"), True),
    Component("steps", _("Trình tự thực hiện"), True),
    Component("methods", _("Cách thức thực hiện"), True),
    Component("dossier", _("Thành phần hồ sơ"), True),
    Component("dossier_copies", _("Số lượng hồ sơ"), True),
    Component("processing_time", _("Thời hạn giải quyết"), True),
    Component("subjects", _("Đối tượng thực hiện"), True),
    Component("implementing_agency", _("Cơ quan thực hiện"), True),
    Component("forms", _("Mẫu đơn, mẫu tờ khai"), False),
    Component("result", _("Kết quả thực hiện"), False),
    Component("conditions", _("Yêu cầu, điều kiện"), False),
    Component("fees", _("Phí, lệ phí"), False),
]
BY_ATTR = {c.attr: c for c in COMPONENTS}


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def missing_components(values) -> list[str]:
    """Attributes (in COMPONENTS order) the record leaves blank; works on a model or a dict."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name, None)
    return [c.attr for c in COMPONENTS if _blank(get(c.attr))]


def labels(attrs) -> list[str]:
    return [str(BY_ATTR[a].label) for a in attrs if a in BY_ATTR]
