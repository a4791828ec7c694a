"""Admin forms of the procedures registry (filters of the apply screen, the review record)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import ProcedureLevel
from .models import ProcedureField


class ApplyFilterForm(forms.Form):
    q = forms.CharField(label=_("Tên hoặc mã"), required=False, max_length=200)
    cap = forms.ChoiceField(
        label=_("Cấp"), required=False, choices=[("", _("Tất cả"))] + ProcedureLevel.choices
    )
    linh_vuc = forms.ModelChoiceField(
        label=_("Lĩnh vực"), required=False, queryset=ProcedureField.objects.order_by("name")
    )
    hien = forms.ChoiceField(
        label=_("Hiển thị"),
        required=False,
        choices=[("", _("Tất cả")), ("ap_dung", _("Đang áp dụng")), ("chua", _("Chưa áp dụng"))],
    )

    def __init__(self, *args, commune: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if commune and not self.is_bound:
            self.initial["cap"] = ProcedureLevel.COMMUNE

    def filter(self, qs, portal):
        data = self.cleaned_data if self.is_bound and self.is_valid() else self.initial
        if data.get("q"):
            qs = qs.matching(data["q"])
        if data.get("cap"):
            qs = qs.filter(level=data["cap"])
        if data.get("linh_vuc"):
            qs = qs.filter(field=data["linh_vuc"])
        if data.get("hien") == "ap_dung":
            qs = qs.applied_at(portal)
        elif data.get("hien") == "chua":
            qs = qs.exclude(portal_links__portal=portal)
        return qs


class ReviewForm(forms.Form):
    reviewed_on = forms.DateField(
        label=_("Ngày rà soát"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        initial=timezone.localdate,
    )
    note = forms.CharField(
        label=_("Ghi chú"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Ví dụ: đã đối chiếu với Quyết định công bố số 1234/QĐ-UBND của UBND tỉnh."),
    )


def national_sync_field():
    return forms.BooleanField(
        label=_("Dữ liệu lấy từ Cơ sở dữ liệu quốc gia về TTHC"),
        required=False,
        help_text=_("Đánh dấu để ghi nhận ngày đồng bộ cho mọi thủ tục trong tệp."),
    )
