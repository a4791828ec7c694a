"""Forms of the public Q&A pages and of the admin action screens."""

import filetype
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import RegexValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from vnportal.tenancy.models import Portal

from .antispam import HONEYPOT_FIELD
from .choices import QuestionField, RejectReason, Scope

phone_validator = RegexValidator(
    r"^[0-9+().\s-]{6,32}$", _("Số điện thoại chỉ gồm chữ số, dấu cách, +, -, (, ).")
)

#: Attachments a citizen may send: documents and photos, checked by content, not by name.
ATTACHMENT_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def validate_attachment(upload) -> None:
    limit = getattr(settings, "VNPORTAL_QA_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)
    if upload.size > limit:
        raise forms.ValidationError(
            _("Tệp quá lớn (tối đa %(size)s).") % {"size": filesizeformat(limit)}
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in ATTACHMENT_TYPES:
        raise forms.ValidationError(_("Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG."))
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    expected = ATTACHMENT_TYPES[extension]
    # A .docx is a zip container: filetype may report it as docx or as zip.
    if kind is None or (
        kind.mime != expected and not (extension == "docx" and kind.extension == "zip")
    ):
        raise forms.ValidationError(_("Nội dung tệp không khớp với loại tệp."))


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS, skipped by screen readers and the tab order)."""

    website = forms.CharField(
        label=_("Để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def honeypot_filled(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())


class QuestionForm(HoneypotMixin):
    name = forms.CharField(label=_("Họ và tên"), max_length=120)
    email = forms.EmailField(
        label=_("Thư điện tử"),
        help_text=_("Để nhận mã tra cứu và câu trả lời. Không công khai."),
    )
    phone = forms.CharField(
        label=_("Điện thoại"),
        max_length=32,
        required=False,
        validators=[phone_validator],
        help_text=_("Không bắt buộc. Không công khai."),
    )
    address = forms.CharField(
        label=_("Địa chỉ"),
        max_length=255,
        required=False,
        help_text=_("Không bắt buộc. Không công khai."),
    )
    field = forms.ChoiceField(
        label=_("Lĩnh vực"), choices=[("", _("— Chọn lĩnh vực —")), *QuestionField.choices]
    )
    title = forms.CharField(label=_("Tiêu đề"), max_length=200, min_length=5)
    body = forms.CharField(
        label=_("Nội dung câu hỏi"),
        min_length=10,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    attachment = forms.FileField(
        label=_("Tệp đính kèm"),
        required=False,
        help_text=_("Không bắt buộc. PDF, DOCX, JPG hoặc PNG, tối đa 5 MB."),
        validators=[validate_attachment],
    )

    field_order = ["name", "email", "phone", "address", "field", "title", "body", "attachment"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        self.fields["address"].widget.attrs["autocomplete"] = "street-address"


class TrackForm(forms.Form):
    code = forms.CharField(
        label=_("Mã tra cứu"), max_length=32, help_text=_("Ví dụ: HD-2026-7KQ2M9XA")
    )
    email = forms.EmailField(label=_("Thư điện tử đã dùng khi gửi"))


class InformationRequestForm(HoneypotMixin):
    name = forms.CharField(label=_("Họ và tên"), max_length=120)
    email = forms.EmailField(label=_("Thư điện tử"), help_text=_("Không công khai."))
    phone = forms.CharField(
        label=_("Điện thoại"), max_length=32, required=False, validators=[phone_validator]
    )
    address = forms.CharField(label=_("Nơi cư trú"), max_length=255)
    identity_number = forms.CharField(
        label=_("Số định danh cá nhân / CCCD"),
        max_length=20,
        validators=[RegexValidator(r"^[0-9A-Za-z]{6,20}$", _("Số định danh không hợp lệ."))],
    )
    content = forms.CharField(
        label=_("Thông tin yêu cầu cung cấp"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    purpose = forms.CharField(
        label=_("Mục đích sử dụng thông tin"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    field_order = ["name", "email", "phone", "address", "identity_number", "content", "purpose"]


# --- Admin action forms ----------------------------------------------------------------------------


class AcceptForm(forms.Form):
    scope = forms.ChoiceField(label=_("Phân loại"), choices=Scope.choices)


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Lý do"), choices=RejectReason.choices)
    note = forms.CharField(
        label=_("Giải thích cho người hỏi"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    duplicate_code = forms.CharField(
        label=_("Mã câu hỏi bị trùng"), required=False, help_text=_("Khi lý do là trùng câu hỏi.")
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Người được phân công"), queryset=None)

    def __init__(self, *args, portal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(groups__portal_role__portal=portal, is_active=True)
            .distinct()
            .order_by("username")
        )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Nội dung trả lời"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Ngắn gọn, đúng trọng tâm."),
    )


class ApproveForm(forms.Form):
    answer = forms.CharField(
        label=_("Nội dung trả lời (có thể chỉnh sửa trước khi duyệt)"),
        widget=forms.Textarea(attrs={"rows": 10}),
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Nội dung"), widget=forms.Textarea(attrs={"rows": 3}))


class AppointmentForm(forms.Form):
    working_days = forms.IntegerField(label=_("Tổng thời hạn mới (ngày làm việc)"), min_value=1)
    reason = forms.CharField(label=_("Lý do hẹn"), widget=forms.Textarea(attrs={"rows": 3}))


class TransferForm(forms.Form):
    to_portal = forms.ModelChoiceField(label=_("Chuyển đến cổng"), queryset=Portal.objects.none())
    reason = forms.CharField(label=_("Lý do chuyển"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, current, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_portal"].queryset = (
            Portal.objects.public().exclude(pk=current.pk).order_by("name_vi")
        )


class InfoNoticeForm(forms.Form):
    note = forms.CharField(
        label=_("Nội dung thông báo"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class InfoExtendForm(forms.Form):
    working_days = forms.IntegerField(label=_("Gia hạn (ngày làm việc)"), min_value=1)
    reason = forms.CharField(label=_("Lý do gia hạn"), widget=forms.Textarea(attrs={"rows": 3}))


class InfoResponseForm(forms.Form):
    response = forms.CharField(label=_("Nội dung"), widget=forms.Textarea(attrs={"rows": 6}))


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("Từ ngày"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("Đến ngày"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return data
