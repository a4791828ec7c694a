from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "vnportal.content"
    label = "content"
    verbose_name = _("Content")

    def ready(self):
        # Signal handlers: machine translation of new translation drafts.
        from . import translation  # noqa: F401
