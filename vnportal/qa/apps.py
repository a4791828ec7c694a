from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QaConfig(AppConfig):
    name = "vnportal.qa"
    label = "qa"
    verbose_name = _("Hỏi - Đáp")

    def ready(self):
        from . import signals

        signals.connect()
