"""Forms of the documents registry: the public filter, and the admin record and file forms.

Admin forms only collect input; every rule lives in :mod:`vnportal.documents.services` so that the
form, the import and the API refuse the same things with the same words.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import SORT_LABELS, DocumentField, DocumentType

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DocumentFilterForm(forms.Form):
    """Public filters. Every field is optional and an unknown value is simply ignored."""

    q = forms.CharField(label=_("Từ khoá, số ký hiệu"), required=False, max_length=200)
    loai = forms.ChoiceField(
        label=_("Loại văn bản"), required=False, choices=[("", _("Tất cả"))] + DocumentType.choices
    )
    linh_vuc = forms.ChoiceField(
        label=_("Lĩnh vực"), required=False, choices=[("", _("Tất cả"))] + DocumentField.choices
    )
    nam = forms.TypedChoiceField(
        label=_("Năm ban hành"), required=False, coerce=int, empty_value=None
    )
    co_quan = forms.ChoiceField(label=_("Cơ quan ban hành"), required=False)
    cong = forms.ChoiceField(label=_("Đơn vị (cổng)"), required=False)
    hieu_luc = forms.ChoiceField(
        label=_("Hiệu lực"),
        required=False,
        choices=[("", _("Tất cả")), ("con", _("Còn hiệu lực")), ("het", _("Hết hiệu lực"))],
    )
    sap_xep = forms.ChoiceField(
        label=_("Sắp xếp"), required=False, choices=list(SORT_LABELS.items())
    )

    def __init__(self, *args, years=(), issuers=(), portals=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nam"].choices = [("", _("Tất cả"))] + [(y, y) for y in years]
        self.fields["co_quan"].choices = [("", _("Tất cả"))] + [(i, i) for i in issuers]
        if portals is None:
            del self.fields["cong"]
        else:
            self.fields["cong"].choices = [("", _("Tất cả"))] + [
                (p.slug, p.name_vi) for p in portals
            ]

    def value(self, name):
        """The cleaned value of one filter, or empty when the value was not valid."""
        if not self.is_bound:
            return ""
        if self.is_valid():
            return self.cleaned_data.get(name) or ""
        return "" if name in self.errors else self.cleaned_data.get(name) or ""


class DocumentForm(forms.Form):
    portal = forms.ModelChoiceField(queryset=None, label=_("Cổng"))
    number_symbol = forms.CharField(
        label=_("Số, ký hiệu"),
        max_length=100,
        help_text=_("Ví dụ 355/QĐ-UBND, 6821/UBND-BBT, 42/2022/NĐ-CP (Nghị định 30/2020)."),
    )
    doc_type = forms.ChoiceField(label=_("Loại văn bản"), choices=DocumentType.choices)
    issuer = forms.CharField(label=_("Cơ quan ban hành"), max_length=255)
    signer = forms.CharField(label=_("Người ký"), max_length=255, required=False)
    issue_date = forms.DateField(label=_("Ngày ban hành"), widget=DATE_WIDGET)
    effective_date = forms.DateField(
        label=_("Ngày có hiệu lực"),
        widget=DATE_WIDGET,
        required=False,
        help_text=_("Để trống nếu văn bản có hiệu lực từ ngày ký."),
    )
    expiry_date = forms.DateField(label=_("Ngày hết hiệu lực"), widget=DATE_WIDGET, required=False)
    replaced_by = forms.CharField(
        label=_("Bị thay thế bởi"),
        max_length=120,
        required=False,
        help_text=_(
            "Số, ký hiệu của văn bản thay thế trên cùng cổng; thêm năm nếu cần: 12/QĐ-UBND (2025)."
        ),
    )
    field = forms.ChoiceField(label=_("Lĩnh vực"), choices=DocumentField.choices)
    abstract = forms.CharField(
        label=_("Trích yếu"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, portals, document=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["portal"].queryset = portals
        if document is not None:
            # The portal of an existing record never changes (its number series is the portal's).
            self.fields["portal"].disabled = True
        elif portals.count() == 1:
            self.fields["portal"].initial = portals.first()


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp đính kèm"), help_text=_("PDF hoặc DOCX, tối đa 20 MB. Nội dung được kiểm tra.")
    )
