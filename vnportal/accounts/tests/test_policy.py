"""Password policy, password reset without account enumeration, session lifetime."""

import re

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError


@pytest.mark.parametrize(
    "password",
    ["ngan-1", "quangngaiquangngai", "2026202620262026", "password123"],
)
def test_weak_passwords_are_refused(password, db):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_password_with_letters_and_digits_passes(db):
    validate_password("Ba-To-Quang-Ngai-2026")


def test_password_reset_does_not_reveal_whether_an_account_exists(client, django_user_model):
    user = django_user_model.objects.create(username="bientap", email="bientap@bato.gov.vn")
    user.set_password("Mat-khau-rat-dai-2026")
    user.save()
    known = client.post("/admin/password_reset/", {"email": "bientap@bato.gov.vn"})
    unknown = client.post("/admin/password_reset/", {"email": "khongco@bato.gov.vn"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["bientap@bato.gov.vn"]

    def page(response):
        return re.sub(
            r'"CSRF_TOKEN": "[^"]*"|value="[A-Za-z0-9]{64}"', "", response.content.decode()
        )

    assert page(client.get(known["Location"])) == page(client.get(unknown["Location"]))


def test_staff_sessions_expire(client, django_user_model, settings):
    user = django_user_model.objects.create(username="bientap", is_staff=True)
    client.force_login(user)
    assert client.session.get_expiry_age() <= 8 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_the_wagtail_user_form_applies_the_policy(client, django_user_model):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.org", "x")
    client.force_login(admin)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "moi",
            "email": "moi@bato.gov.vn",
            "first_name": "Mới",
            "last_name": "Cán bộ",
            "password1": "chicochucaikhongso",
            "password2": "chicochucaikhongso",
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    assert "chữ cái và chữ số" in response.content.decode()
    assert not django_user_model.objects.filter(username="moi").exists()
