from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DatasetsConfig(AppConfig):
    """Typed data sets: planning, investment projects, bidding, procurement, budget disclosure."""

    name = "vnportal.datasets"
    label = "datasets"
    verbose_name = _("Bộ thông tin cơ sở dữ liệu")
