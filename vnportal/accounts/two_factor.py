"""TOTP two-factor authentication for every staff account (django-otp).

A signed-in staff user who has not passed a second factor in this session is sent to enrol (first
time) or to verify, before any other admin page. The embedded demo may switch this off with
VNPORTAL_REQUIRE_2FA; production settings refuse to start without it.
"""

import base64
import io
from urllib.parse import quote

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from vnportal.security.audit import record

EXEMPT_PREFIXES = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/2fa/",
    "/admin/password_reset/",
    "/admin/jsi18n/",
)
MAX_FAILED_VERIFICATIONS = 5


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Mã xác thực 6 chữ số"),
        min_length=6,
        max_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        if not token.isdigit():
            raise forms.ValidationError(_("Mã xác thực chỉ gồm 6 chữ số."))
        return token


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            settings.VNPORTAL_REQUIRE_2FA
            and path.startswith("/admin/")
            and not path.startswith(EXEMPT_PREFIXES)
            and request.user.is_authenticated
            and not request.user.is_verified()
        ):
            name = "accounts_2fa_verify" if user_has_device(request.user) else "accounts_2fa_setup"
            return redirect(f"{reverse(name)}?next={quote(request.get_full_path())}")
        return self.get_response(request)


def _next_url(request) -> str:
    target = request.GET.get("next") or request.POST.get("next") or "/admin/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return "/admin/"
    return target


def _qr_data_uri(url: str) -> str:
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=5, border=2)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def setup(request):
    """Enrol an authenticator app: show the QR code and secret, confirm with a first code."""
    user = request.user
    if user_has_device(user):
        return redirect(f"{reverse('accounts_2fa_verify')}?next={quote(_next_url(request))}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            record("account.2fa_enabled", actor=user, target=user, request=request)
            messages.success(request, _("Đã bật xác thực hai lớp."))
            return redirect(_next_url(request))
        form.add_error("token", _("Mã không đúng hoặc đã hết hạn. Hãy nhập mã mới trên ứng dụng."))
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    context = {
        "form": form,
        "qr": _qr_data_uri(device.config_url),
        "secret": secret,
        "next": _next_url(request),
    }
    return render(request, "accounts/2fa_setup.html", context)


def verify(request):
    """Ask for the current code; too many wrong codes end the session."""
    user = request.user
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            request.session.pop("vnportal_2fa_failures", None)
            return redirect(_next_url(request))
        failures = request.session.get("vnportal_2fa_failures", 0) + 1
        request.session["vnportal_2fa_failures"] = failures
        record(
            "account.2fa_failed",
            actor=user,
            target=user,
            request=request,
            data={"failures": failures},
        )
        if failures >= MAX_FAILED_VERIFICATIONS:
            logout(request)
            messages.error(request, _("Nhập sai mã quá nhiều lần; hãy đăng nhập lại."))
            return redirect("wagtailadmin_login")
        form.add_error("token", _("Mã không đúng hoặc đã hết hạn."))
    return render(request, "accounts/2fa_verify.html", {"form": form, "next": _next_url(request)})
