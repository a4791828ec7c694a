"""Staff must enrol and pass TOTP before any admin page; lockout after repeated failures."""

import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from vnportal.security.models import AuditEntry


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create(username="bientap", is_staff=True, is_superuser=True)
    user.set_password("Mat-khau-rat-dai-2026")
    user.save()
    return user


def _code(device):
    return format(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits), "06d")


def test_first_login_enrols_then_later_logins_verify(client, staff, settings):
    settings.VNPORTAL_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp throttles a retry right after a failure
    client.force_login(staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and "/admin/2fa/setup/" in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert 'data-testid="2fa-secret"' in page and "data:image/svg+xml;base64," in page
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    wrong = client.post(
        "/admin/2fa/setup/", {"token": "000000" if _code(device) != "000000" else "111111"}
    )
    assert "Mã không đúng" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302
    done = client.post("/admin/2fa/setup/?next=/admin/pages/", {"token": _code(device)})
    assert done.status_code == 302 and done["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert AuditEntry.objects.filter(action="account.2fa_enabled", actor=staff).exists()

    client.logout()
    client.force_login(staff)
    response = client.get("/admin/")
    assert "/admin/2fa/verify/" in response["Location"]
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    assert client.post("/admin/2fa/verify/", {"token": _code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_too_many_wrong_codes_end_the_session(client, staff, settings):
    settings.VNPORTAL_REQUIRE_2FA = True
    device = TOTPDevice.objects.create(user=staff, name="x", confirmed=True)
    client.force_login(staff)
    bad = "000000" if _code(device) != "000000" else "111111"
    for _ in range(4):
        assert "Mã không đúng" in client.post("/admin/2fa/verify/", {"token": bad}).content.decode()
    last = client.post("/admin/2fa/verify/", {"token": bad})
    assert last.status_code == 302 and "login" in last["Location"]
    assert "_auth_user_id" not in client.session


def test_open_redirect_after_verification_is_refused(client, staff, settings):
    settings.VNPORTAL_REQUIRE_2FA = True
    device = TOTPDevice.objects.create(user=staff, name="x", confirmed=True)
    client.force_login(staff)
    response = client.post(
        "/admin/2fa/verify/?next=https://evil.example/", {"token": _code(device)}
    )
    assert response["Location"] == "/admin/"


def test_lockout_after_repeated_failures_and_no_username_enumeration(client, staff, settings):
    cache.clear()
    settings.AXES_FAILURE_LIMIT = 3
    unknown = client.post("/admin/login/", {"username": "khongton", "password": "sai-mat-khau-1"})
    wrong = client.post("/admin/login/", {"username": "bientap", "password": "sai-mat-khau-1"})
    assert unknown.status_code == wrong.status_code == 200

    def error_text(response):
        body = response.content.decode()
        return body[body.find("help-critical") : body.find("help-critical") + 300]

    assert error_text(unknown).replace("khongton", "") == error_text(wrong).replace("bientap", "")
    client.post("/admin/login/", {"username": "bientap", "password": "sai-mat-khau-2"})
    locked = client.post(
        "/admin/login/", {"username": "bientap", "password": "Mat-khau-rat-dai-2026"}
    )
    assert locked.status_code == 429
    assert "Tạm khoá đăng nhập" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    assert AuditEntry.objects.filter(action="account.login_failed").count() >= 3


def test_production_settings_refuse_to_start_without_2fa_or_secrets():
    base_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "REDIS_URL", "SECRET_KEY"))
    }
    code = "import django; django.setup()"
    env = dict(base_env, DJANGO_SETTINGS_MODULE="vnportal.settings.production")
    missing = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )  # noqa: S603
    assert missing.returncode != 0 and "SECRET_KEY" in missing.stderr
    env.update(SECRET_KEY="x" * 50, DATABASE_URL="postgres://u@127.0.0.1/x", REDIS_URL="redis://127.0.0.1:6379/0",
               VNPORTAL_REQUIRE_2FA="0")  # fmt: skip
    off = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )  # noqa: S603
    assert off.returncode != 0 and "VNPORTAL_REQUIRE_2FA" in off.stderr
