"""Reads of the procedures registry, named for what the caller wants."""

from django.db import models
from django.db.models import Count, Max, Q

from vnportal.core.text import fold_vietnamese

from .choices import ProcedureLevel, ProcedureStatus

LISTING_FIELDS = (
    "pk",
    "code",
    "name",
    "field_id",
    "field__name",
    "level",
    "online_level",
    "processing_time",
    "fees",
    "implementing_agency",
    "is_complete",
    "status",
    "synced_at",
    "updated_at",
    "service_url",
)


class ProcedureQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=ProcedureStatus.ACTIVE)

    def applied_at(self, portal):
        return self.filter(portal_links__portal=portal)

    def visible_on(self, portal):
        """What a portal's public list shows: the procedures it applies; the provincial portal
        shows the whole province-wide catalogue."""
        qs = self.active()
        return qs if portal.is_provincial else qs.applied_at(portal)

    def commune_level(self):
        return self.filter(level=ProcedureLevel.COMMUNE)

    def complete(self):
        return self.filter(is_complete=True)

    def incomplete(self):
        return self.filter(is_complete=False)

    def matching(self, query: str):
        """Words of the code, name, agency, subjects or result, with or without accents."""
        qs = self
        for word in fold_vietnamese(query or "").split()[:8]:
            qs = qs.filter(search_text__contains=word)
        return qs

    def for_listing(self):
        return self.select_related("field").only(*LISTING_FIELDS)

    def last_synced(self):
        return self.aggregate(last=Max("synced_at"))["last"]


class PortalProcedureQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)


class ReviewQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def latest_for(self, portal):
        return self.for_portal(portal).order_by("-reviewed_on", "-pk").first()


def completeness_by_portal(portal_ids):
    """One query: per portal, procedures applied (active), complete ones, commune-level ones."""
    from .models import PortalProcedure

    rows = (
        PortalProcedure.objects.filter(
            portal_id__in=portal_ids, procedure__status=ProcedureStatus.ACTIVE
        )
        .values("portal_id")
        .annotate(
            applied=Count("pk"),
            complete=Count("pk", filter=Q(procedure__is_complete=True)),
            commune=Count("pk", filter=Q(procedure__level=ProcedureLevel.COMMUNE)),
            last_synced=Max("procedure__synced_at"),
        )
    )
    return {row["portal_id"]: row for row in rows}
