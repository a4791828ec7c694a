"""Reads of the documents registry, named for what the caller wants."""

import datetime

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from vnportal.core.text import fold_vietnamese

from .choices import DocumentStatus

#: Columns a listing needs; the search text (up to 200k characters a file) stays in the database.
LISTING_FIELDS = (
    "pk",
    "portal_id",
    "number_symbol",
    "number",
    "year",
    "doc_type",
    "is_legal_normative",
    "issuer",
    "signer",
    "issue_date",
    "effective_date",
    "expiry_date",
    "replaced_by_id",
    "field",
    "abstract",
    "status",
    "published_at",
)


class LegalDocumentQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def for_portals(self, portal_ids):
        return self.filter(portal_id__in=portal_ids)

    def published(self):
        return self.filter(status=DocumentStatus.PUBLISHED)

    def public(self):
        """Published documents of portals citizens may see (never a suspended or closed one)."""
        from vnportal.tenancy.models import Portal

        return self.published().filter(portal__in=Portal.objects.public())

    def visible_on(self, portal):
        """What a portal's public registry lists: its own documents, or for the provincial portal
        every public portal's documents (the province-wide registry)."""
        qs = self.public()
        return qs if portal.is_provincial else qs.filter(portal=portal)

    def in_force(self, on: datetime.date | None = None):
        on = on or timezone.localdate()
        return self.filter(effective_date__lte=on).filter(
            Q(expiry_date__isnull=True) | Q(expiry_date__gt=on)
        )

    def expired(self, on: datetime.date | None = None):
        on = on or timezone.localdate()
        return self.filter(expiry_date__lte=on)

    def matching(self, query: str):
        """Words of the number-symbol, abstract, issuer, signer or attached files, accents or not."""
        words = fold_vietnamese(query or "").split()[:8]
        qs = self
        for word in words:
            qs = qs.filter(search_text__contains=word)
        return qs

    def for_listing(self):
        return (
            self.select_related("portal")
            .only(
                *LISTING_FIELDS,
                "portal__slug",
                "portal__name_vi",
                "portal__is_provincial",
                "portal__hostname",
                "portal__path",
            )
            .annotate(attachment_count=_attachment_count())
        )


def _attachment_count():
    """A correlated subquery rather than JOIN + GROUP BY: evaluated for the page's rows only."""
    from .models import DocumentAttachment

    counts = (
        DocumentAttachment.objects.filter(document=OuterRef("pk"))
        .order_by()
        .values("document")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Subquery(counts, output_field=models.IntegerField())


class AttachmentQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)
