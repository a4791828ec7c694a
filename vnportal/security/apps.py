from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "vnportal.security"
    label = "security"
    verbose_name = _("An toàn thông tin")

    def ready(self):
        from . import signals  # noqa: F401
