"""The public search form: every parameter is optional and a bad value is dropped, not an error,
so a mistyped date never costs a citizen their results."""

from django import forms
from django.utils.translation import gettext_lazy as _

from vnportal.core.widgets import QuickSelect

from .choices import EntryKind
from .query import MAX_QUERY


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Từ khoá"), required=False, strip=True)
    loai = forms.ChoiceField(
        label=_("Loại"), required=False, choices=[("", _("Tất cả"))] + list(EntryKind.choices)
    )
    linh_vuc = forms.ChoiceField(
        label=_("Lĩnh vực"), required=False, choices=[], widget=QuickSelect
    )
    tu_ngay = forms.DateField(
        label=_("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    den_ngay = forms.DateField(
        label=_("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    cong = forms.ChoiceField(
        label=_("Cổng / đơn vị"), required=False, choices=[], widget=QuickSelect
    )

    def __init__(self, *args, field_choices=(), portal_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs.update({"type": "search", "maxlength": MAX_QUERY})
        self.fields["linh_vuc"].choices = [("", _("Tất cả"))] + list(field_choices)
        if portal_choices is None:
            del self.fields["cong"]
        else:
            self.fields["cong"].choices = [("", _("Toàn tỉnh"))] + list(portal_choices)

    def cleaned(self) -> dict:
        """Valid values only: each field is validated on its own and dropped if invalid."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {name: data.get(name) for name in self.fields if name not in self.errors}
