"""Forms of the security domain.

* :class:`SafeImageForm` and :class:`SafeDocumentForm` are the base forms of Wagtail's image and
  document screens (settings WAGTAILIMAGES_IMAGE_FORM_BASE / WAGTAILDOCS_DOCUMENT_FORM_BASE), so
  every upload path of the admin (single, multiple, chooser) goes through
  :func:`vnportal.security.uploads.check_upload`.
* The operator's override, the alert resolution and the admin-network forms.
"""

import ipaddress

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .uploads import check_upload, reencode_image


class SafeImageForm(BaseImageForm):
    """Images: JPEG, PNG, WebP or GIF by content, ASCII name, re-encoded (metadata stripped)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        checked = check_upload(upload, kind="image")
        clean = reencode_image(upload, checked.extension, checked.name)
        clean.content_type = checked.mime
        return clean


class SafeDocumentForm(BaseDocumentForm):
    """Documents: PDF, DOCX, XLSX, ODT, ODS, CSV, TXT or ZIP by content, ASCII name."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        checked = check_upload(upload, kind="document")
        upload.name = checked.name
        return upload


class OverrideForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Lý do cho phép xuất bản"),
        min_length=20,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Ghi rõ vì sao nội dung này hợp pháp (ví dụ: tin công an triệt phá đường dây đánh bạc, "
            "đã đối chiếu với bản gốc). Lý do được ghi vào nhật ký thao tác."
        ),
    )


class ResolveForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Đã xử lý thế nào"),
        min_length=10,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Ví dụ: đã gỡ nội dung, khôi phục bản đã duyệt, đổi mật khẩu."),
    )


def parse_networks(text: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """One address or CIDR range per line; raise ValidationError naming the first bad line."""
    networks = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            networks.append(ipaddress.ip_network(line, strict=False))
        except ValueError:
            raise forms.ValidationError(
                _("Dòng %(n)s: “%(value)s” không phải địa chỉ IP hoặc dải CIDR.")
                % {"n": number, "value": line[:60]}
            ) from None
    return networks


class AdminNetworksForm(forms.Form):
    networks = forms.CharField(
        label=gettext_lazy("Mạng được phép dùng trang quản trị"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=gettext_lazy(
            "Mỗi dòng một địa chỉ hoặc dải CIDR, ví dụ 203.113.0.0/24 (mạng của cơ quan) hoặc "
            "10.8.0.0/16 (VPN). Để trống: không giới hạn. Cán bộ điều hành cấp tỉnh không bị "
            "giới hạn."
        ),
    )

    def __init__(self, *args, client_ip=None, enforce_self=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.client_ip = client_ip
        self.enforce_self = enforce_self

    def clean_networks(self):
        text = self.cleaned_data.get("networks", "")
        networks = parse_networks(text)
        if networks and self.enforce_self and self.client_ip:
            address = ipaddress.ip_address(self.client_ip)
            if not any(address in network for network in networks):
                raise forms.ValidationError(
                    _(
                        "Địa chỉ bạn đang dùng (%(ip)s) không nằm trong danh sách; lưu lại sẽ tự "
                        "khoá bạn khỏi trang quản trị. Hãy thêm mạng của bạn."
                    )
                    % {"ip": self.client_ip}
                )
        return "\n".join(str(n) for n in networks)
