"""Operator-entered changes to the national holiday calendar for one province."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DayKind(models.TextChoices):
    DAY_OFF = "day_off", _("Ngày nghỉ bổ sung")
    WORKING_DAY = "working_day", _("Ngày làm việc bù")


class DayOverride(models.Model):
    """An extra day off or a make-up working day (e.g. Saturday 26 April 2025) announced for a year."""

    date = models.DateField(_("ngày"), unique=True)
    kind = models.CharField(_("loại"), max_length=16, choices=DayKind.choices)
    reason = models.CharField(_("căn cứ / lý do"), max_length=255)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("ngày điều chỉnh")
        verbose_name_plural = _("ngày điều chỉnh")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.get_kind_display()}"
