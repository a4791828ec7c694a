"""Public forms (satisfaction rating, consultation comment) and the upload checks for media.

The upload check exists because Wagtail trusts a document's extension: a program renamed to
`.pdf` would be served to citizens as a PDF. We compare the extension with the file's real type
(its magic bytes) and refuse a mismatch with a message on the field.
"""

import os

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .choices import RatingScore

#: extension → the MIME types its content may have (None: text formats with no magic bytes).
DOCUMENT_TYPES = {
    "pdf": {"application/pdf"},
    "docx": {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/zip",
    },
    "xlsx": {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/zip",
    },
    "odt": {"application/vnd.oasis.opendocument.text", "application/zip"},
    "ods": {"application/vnd.oasis.opendocument.spreadsheet", "application/zip"},
    "zip": {"application/zip"},
    "csv": None,
    "txt": None,
}


def check_document_upload(uploaded) -> None:
    """Refuse oversized files and files whose content does not match their extension."""
    limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
    if limit and uploaded.size > limit:
        raise ValidationError(
            _("Tệp quá lớn (%(size)s); tối đa %(limit)s.")
            % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    if extension not in DOCUMENT_TYPES:
        raise ValidationError(
            _("Không nhận loại tệp “.%(ext)s”. Các loại được nhận: %(allowed)s.")
            % {"ext": extension, "allowed": ", ".join(sorted(DOCUMENT_TYPES))},
            code="file_type",
        )
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    head = uploaded.read(8192)
    uploaded.seek(position)
    kind = filetype.guess(head)
    expected = DOCUMENT_TYPES[extension]
    if expected is None:
        if kind is not None or b"\x00" in head:
            raise ValidationError(
                _("Tệp có đuôi “.%(ext)s” nhưng không phải là văn bản thuần.") % {"ext": extension},
                code="file_mislabelled",
            )
        return
    if kind is None or kind.mime not in expected:
        raise ValidationError(
            _("Nội dung tệp không khớp với đuôi “.%(ext)s” (nhận ra: %(kind)s).")
            % {"ext": extension, "kind": kind.extension if kind else _("không xác định")},
            code="file_mislabelled",
        )


class PortalDocumentForm(BaseDocumentForm):
    """Wagtail document form with the content check (settings.WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        is_upload = hasattr(uploaded, "read") and getattr(uploaded, "size", None) is not None
        if uploaded and is_upload and "file" in self.changed_data:
            check_document_upload(uploaded)
        return uploaded


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Bạn có hài lòng với thông tin trên trang này?"),
        choices=RatingScore.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    page = forms.IntegerField(widget=forms.HiddenInput)


class ConsultationCommentForm(forms.Form):
    name = forms.CharField(label=_("Họ và tên"), max_length=255)
    organisation = forms.CharField(
        label=_("Cơ quan, tổ chức (nếu có)"), max_length=255, required=False
    )
    email = forms.EmailField(
        label=_("Thư điện tử (không công bố)"),
        required=False,
        help_text=_("Để Ban biên tập liên hệ khi cần làm rõ góp ý."),
    )
    body = forms.CharField(
        label=_("Nội dung góp ý"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    # A field people never see: bots that fill every field give themselves away.
    website = forms.CharField(
        label=_("Để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < 10:
            raise ValidationError(_("Góp ý quá ngắn (ít nhất 10 ký tự)."))
        return body
