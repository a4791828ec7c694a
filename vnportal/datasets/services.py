"""Named actions on data sets: save and delete a record, each one audited transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from vnportal.security.audit import record
from vnportal.tenancy.access import editable_portal_ids


def _require_member(user, portal) -> None:
    if user is not None and portal.pk not in editable_portal_ids(user):
        raise ValidationError(_("Bạn không quản lý cổng này."))


@transaction.atomic
def save_record(instance, *, by=None):
    """Create or update a record; the instance carries the new values (from a form or the demo)."""
    _require_member(by, instance.portal)
    created = instance.pk is None
    if created and by is not None:
        instance.created_by = by
    instance.full_clean()
    instance.save()
    record(
        f"dataset.{'create' if created else 'update'}",
        actor=by,
        portal=instance.portal,
        target=instance,
        data={"kind": instance.kind, "title": instance.title[:120]},
    )
    return instance


@transaction.atomic
def delete_record(instance, *, by=None) -> None:
    _require_member(by, instance.portal)
    record(
        "dataset.delete",
        actor=by,
        portal=instance.portal,
        target=instance,
        data={"kind": instance.kind, "title": instance.title[:120]},
    )
    instance.delete()
