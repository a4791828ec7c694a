from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenancyConfig(AppConfig):
    name = "vnportal.tenancy"
    label = "tenancy"
    verbose_name = _("Tenancy")

    def ready(self):
        from . import signals  # noqa: F401
