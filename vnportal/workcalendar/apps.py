from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkCalendarConfig(AppConfig):
    """The province's working-day calendar, shared by Q&A, information requests, maintenance notices
    and reports; its own app because all of them depend on it and it depends on none of them."""

    name = "vnportal.workcalendar"
    label = "workcalendar"
    verbose_name = _("Lịch ngày làm việc")
