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


class PortalSettingsForm(forms.Form):
    """Footer information (Circular 32/2017 art. 16) and the board's founding papers."""

    name_en = forms.CharField(label=_("Tên cổng (tiếng Anh)"), max_length=255)
    address = forms.CharField(label=_("Địa chỉ"), max_length=255, required=False)
    phone = forms.CharField(label=_("Điện thoại"), max_length=64, required=False)
    fax = forms.CharField(label=_("Fax"), max_length=64, required=False)
    email = forms.EmailField(label=_("Thư điện tử công vụ"), required=False)
    responsible_person = forms.CharField(
        label=_("Người chịu trách nhiệm"), max_length=255, required=False
    )
    board_decision = forms.FileField(
        label=_("Quyết định thành lập Ban biên tập (PDF)"),
        required=False,
        help_text=_("Tệp PDF, tối đa 10 MB."),
    )
    board_regulation = forms.FileField(
        label=_("Quy chế hoạt động của Ban biên tập (PDF)"),
        required=False,
        help_text=_("Tệp PDF, tối đa 10 MB."),
    )

    MAX_UPLOAD = 10 * 1024 * 1024

    def _clean_pdf(self, name):
        upload = self.cleaned_data.get(name)
        if not upload:
            return None
        if upload.size > self.MAX_UPLOAD:
            raise forms.ValidationError(_("Tệp lớn hơn 10 MB."))
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(_("Tệp không phải PDF (kiểm tra theo nội dung tệp)."))
        return upload

    def clean_board_decision(self):
        return self._clean_pdf("board_decision")

    def clean_board_regulation(self):
        return self._clean_pdf("board_regulation")
