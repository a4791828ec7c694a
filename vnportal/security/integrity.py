"""Integrity of published content: what is live must be what was approved.

An intruder with database access (stolen credentials, SQL injection elsewhere, a compromised
backup) can write gambling links straight into a live page's row without any revision,
publication or log entry. At every publication we store a hash of the live row
(:class:`PublishedFingerprint`, also written into the audit chain); the scheduled check
re-computes it and raises an :class:`IntegrityAlert` when they differ.

Pages published before this check existed (or by the portal skeleton's bulk writer, which sends
no `page_published` signal) have no fingerprint: on first sight their live text is compared with
their live revision, and if they agree the current row becomes the baseline; if not, or if a live
page has no approved revision at all, that is an alert too.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import record
from .choices import AlertStatus, IntegrityKind
from .content import (
    changed_fields,
    fresh_specific,
    page_text,
    portal_for_page,
    snapshot,
    snapshot_hash,
    text_hash,
)
from .models import IntegrityAlert, PublishedFingerprint

logger = logging.getLogger(__name__)


def record_fingerprint(page, revision, *, baseline: bool = False, portal=None):
    """Store the hash of the page row as it is now (called right after a publication)."""
    row = fresh_specific(page)
    fingerprint, _created = PublishedFingerprint.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "portal": portal or portal_for_page(row),
            "revision": revision,
            "sha256": snapshot_hash(snapshot(row)),
            "text_sha256": text_hash(page_text(row)),
            "baseline": baseline,
            "recorded_at": timezone.now(),
        },
    )
    return fingerprint


def _approved_fields(revision) -> dict:
    """The approved revision's content as a snapshot (best effort: for naming changed fields)."""
    try:
        return snapshot(revision.as_object())
    except Exception:  # noqa: BLE001 - a revision of a since-changed model must not stop the check
        logger.warning("cannot rebuild revision %s for comparison", revision.pk, exc_info=True)
        return {}


@transaction.atomic
def _raise_alert(row, *, kind, expected_revision, expected_sha, actual_sha, fields, portal):
    if IntegrityAlert.objects.filter(
        page_id=row.pk, status=AlertStatus.OPEN, actual_sha256=actual_sha
    ).exists():
        return None
    portal = portal or portal_for_page(row)
    if portal is None:
        return None
    alert = IntegrityAlert.objects.create(
        portal=portal,
        page_id=row.pk,
        kind=kind,
        expected_revision=expected_revision,
        expected_sha256=expected_sha,
        actual_sha256=actual_sha,
        changed_fields=fields,
    )
    record(
        "security.integrity_alert",
        portal=portal,
        target=row,
        data={
            "alert": alert.pk,
            "kind": kind,
            "expected": expected_sha,
            "actual": actual_sha,
            "fields": fields,
            "revision": expected_revision.pk if expected_revision else None,
        },
    )
    return alert


def check_page(page, *, portal=None) -> IntegrityAlert | None:
    """Compare one live page row with what was approved; return a new alert, if any."""
    row = fresh_specific(page)
    current = snapshot(row)
    actual_sha = snapshot_hash(current)
    fingerprint = PublishedFingerprint.objects.filter(page_id=row.pk).first()
    live_revision = row.live_revision
    if fingerprint is not None and fingerprint.revision_id == row.live_revision_id:
        if fingerprint.sha256 == actual_sha:
            return None
        approved = _approved_fields(live_revision) if live_revision else {}
        fields = changed_fields(approved, current) if approved else []
        return _raise_alert(
            row,
            kind=IntegrityKind.CHANGED,
            expected_revision=live_revision,
            expected_sha=fingerprint.sha256,
            actual_sha=actual_sha,
            fields=fields,
            portal=portal,
        )
    if live_revision is None:
        return _raise_alert(
            row,
            kind=IntegrityKind.UNAPPROVED,
            expected_revision=None,
            expected_sha="",
            actual_sha=actual_sha,
            fields=[],
            portal=portal,
        )
    # No fingerprint for the live revision yet: the approved text must match the live text.
    try:
        approved_object = live_revision.as_object()
    except Exception:  # noqa: BLE001
        logger.warning("cannot rebuild revision %s", live_revision.pk, exc_info=True)
        approved_object = None
    if approved_object is not None and text_hash(page_text(approved_object)) != text_hash(
        page_text(row)
    ):
        return _raise_alert(
            row,
            kind=IntegrityKind.CHANGED,
            expected_revision=live_revision,
            expected_sha="",
            actual_sha=actual_sha,
            fields=changed_fields(snapshot(approved_object), current),
            portal=portal,
        )
    with transaction.atomic():
        fingerprint = record_fingerprint(row, live_revision, baseline=True, portal=portal)
        record(
            "security.integrity_baseline",
            portal=fingerprint.portal,
            target=row,
            data={"revision": live_revision.pk, "sha256": fingerprint.sha256},
        )
    return None


@transaction.atomic
def resolve_alert(alert: IntegrityAlert, *, by, note: str, restore: bool = False):
    """Close an alert; with `restore`, first republish the approved revision over the live row."""
    from django.core.exceptions import PermissionDenied, ValidationError

    from vnportal.tenancy.access import can_manage_portal, is_operator

    if not (is_operator(by) or can_manage_portal(by, alert.portal)):
        raise PermissionDenied
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Cần ghi cách đã xử lý.")})
    alert = IntegrityAlert.objects.select_for_update().get(pk=alert.pk)
    if alert.status != AlertStatus.OPEN:
        raise ValidationError({"note": _("Cảnh báo này đã được xử lý.")})
    restored = None
    if restore:
        revision = alert.expected_revision
        if revision is None:
            raise ValidationError({"note": _("Trang không có bản đã duyệt để khôi phục.")})
        # Re-publishing what a board head already approved, to undo an intrusion: the portal
        # admin may do it without holding the publish permission themselves.
        revision.publish(user=by, log_action=True, skip_permission_checks=True)
        restored = revision.pk
    alert.status = AlertStatus.RESOLVED
    alert.resolved_by = by
    alert.resolved_at = timezone.now()
    alert.note = note
    alert.save(update_fields=["status", "resolved_by", "resolved_at", "note"])
    record(
        "security.integrity_resolved",
        actor=by,
        portal=alert.portal,
        target=alert.page,
        data={"alert": alert.pk, "note": note, "restored_revision": restored},
    )
    return alert
