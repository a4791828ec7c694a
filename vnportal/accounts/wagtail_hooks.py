"""Two-factor URLs inside the admin."""

from django.urls import path
from wagtail import hooks

from . import two_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("2fa/setup/", two_factor.setup, name="accounts_2fa_setup"),
        path("2fa/verify/", two_factor.verify, name="accounts_2fa_verify"),
    ]
