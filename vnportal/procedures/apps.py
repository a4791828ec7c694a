from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProceduresConfig(AppConfig):
    name = "vnportal.procedures"
    label = "procedures"
    verbose_name = _("Thủ tục hành chính")
