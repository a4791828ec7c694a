"""Recompute stored deadlines when the calendar or a period changes.

The working-day calendar app knows nothing about Q&A (it is shared by every deadline), so Q&A
listens to its model signals rather than being called from it. Whatever path changes a day
override or a period (the admin, a shell, a data migration run with signals), the open questions'
deadlines follow in the same transaction.
"""

from django.db.models.signals import post_delete, post_save


def _recompute(sender, instance, **kwargs):
    if kwargs.get("raw"):  # loaddata: the fixture's own rows are authoritative
        return
    from .services import recompute_open_deadlines

    recompute_open_deadlines(by=getattr(instance, "created_by", None))


def connect() -> None:
    from vnportal.workcalendar.models import DayOverride

    from .models import ResponsePeriod

    for model in (DayOverride, ResponsePeriod):
        post_save.connect(_recompute, sender=model, dispatch_uid=f"qa-recompute-save-{model}")
        post_delete.connect(_recompute, sender=model, dispatch_uid=f"qa-recompute-del-{model}")
