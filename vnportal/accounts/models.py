"""Staff accounts and the platform roles that are not tied to one portal's board."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A staff account. Citizens never need one: asking a question or rating a page is anonymous."""

    full_name = models.CharField(_("họ và tên"), max_length=255, blank=True)
    position = models.CharField(_("chức vụ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("tài khoản")
        verbose_name_plural = _("tài khoản")

    def __str__(self):
        return self.full_name or self.get_full_name() or self.username


class Supervision(models.Model):
    """A supervisor of a parent unit: read-only access to the portals of the units below it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisions"
    )
    unit = models.ForeignKey(
        "tenancy.AdministrativeUnit", on_delete=models.CASCADE, related_name="supervisors"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "unit"], name="supervision_unique")]
        verbose_name = _("quyền giám sát")

    def __str__(self):
        return f"{self.user} → {self.unit}"
