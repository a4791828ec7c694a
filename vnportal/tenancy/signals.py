"""Keep the routing registry in step with portals, sites and units."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import registry
from .models import AdministrativeUnit, MaintenanceWindow, Portal


@receiver(post_save, sender=Portal)
@receiver(post_delete, sender=Portal)
@receiver(post_save, sender=AdministrativeUnit)
@receiver(post_save, sender=MaintenanceWindow)
def _invalidate_registry(**kwargs):
    registry.invalidate()
