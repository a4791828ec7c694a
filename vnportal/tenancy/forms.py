"""Admin forms for portals; validation lives in the services, forms only collect input."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import BoardRole, PortalStatus
from .models import AdministrativeUnit


class PortalCreateForm(forms.Form):
    unit = forms.ModelChoiceField(
        AdministrativeUnit.objects.filter(dissolved_on__isnull=True), label=_("Cơ quan chủ quản")
    )
    slug = forms.SlugField(label=_("Mã cổng"), required=False)
    name_vi = forms.CharField(label=_("Tên cổng (tiếng Việt)"), required=False, max_length=255)
    name_en = forms.CharField(label=_("Tên cổng (tiếng Anh)"), required=False, max_length=255)
    hostname = forms.CharField(label=_("Tên miền"), required=False, max_length=253)
    path = forms.CharField(label=_("Đường dẫn dưới cổng tỉnh"), required=False, max_length=63)
    status = forms.ChoiceField(
        label=_("Trạng thái ban đầu"),
        choices=[
            (PortalStatus.TRIAL, PortalStatus.TRIAL.label),
            (PortalStatus.ACTIVE, PortalStatus.ACTIVE.label),
        ],
    )


class PortalStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Trạng thái mới"), choices=PortalStatus.choices)
    reason = forms.CharField(
        label=_("Lý do"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class MemberAddForm(forms.Form):
    username = forms.CharField(label=_("Tên đăng nhập"), max_length=150)
    role = forms.ChoiceField(label=_("Vai trò"), choices=BoardRole.choices)


class MaintenanceForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Bắt đầu"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    ends_at = forms.DateTimeField(
        label=_("Dự kiến khôi phục"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    reason = forms.CharField(label=_("Lý do"), max_length=255)
