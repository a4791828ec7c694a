from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """Registry of directive and legal documents (not Wagtail's document library)."""

    name = "vnportal.documents"
    label = "vndocuments"
    verbose_name = _("Văn bản")
