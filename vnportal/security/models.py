"""The audit log: every staff action, tamper-evident through a hash chain."""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntryQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)


class AuditEntry(models.Model):
    """One staff action. `entry_hash` chains to the previous entry, so an edited or deleted row
    breaks every hash after it and :func:`vnportal.security.audit.verify_chain` finds where."""

    at = models.DateTimeField(_("thời điểm"), db_index=True)
    action = models.CharField(_("hành động"), max_length=64, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(_("người thực hiện"), max_length=255, blank=True)
    ip = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    portal = models.ForeignKey(
        "tenancy.Portal", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_type = models.CharField(max_length=100, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(max_length=255, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("nhật ký thao tác")
        verbose_name_plural = _("nhật ký thao tác")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.action} {self.actor_label}"

    def canonical(self) -> str:
        return json.dumps(
            {
                "at": self.at.isoformat(),
                "action": self.action,
                "actor": self.actor_id,
                "actor_label": self.actor_label,
                "ip": self.ip,
                "portal": self.portal_id,
                "target": [self.target_type, self.target_id, self.target_label],
                "data": self.data,
            },
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )

    def compute_hash(self) -> str:
        return hashlib.sha256((self.prev_hash + self.canonical()).encode()).hexdigest()


class AuditChainHead(models.Model):
    """A single row locked while appending, so concurrent writers cannot fork the chain."""

    last_hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self):
        return self.last_hash
