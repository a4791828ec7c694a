"""The scanner at the publishing gate: flagged content is never live without an operator's say.

Two interception points, because Wagtail publishes along several roads:

1. The editor (create/edit view, "revert and publish"): the `before_publish_page` hook runs after
   the revision is saved and before anything goes live. We refuse there with a message, keep the
   draft, and (for a brand-new page, which Wagtail inserts as live before the hook) set it back
   to draft. See :func:`refuse_in_editor`.
2. Everything else (workflow approval, scheduled go-live, bulk publish, copies, the shell): the
   `page_published` signal, sent right after the row went live inside the same database work.
   :func:`after_publish` withdraws flagged content at once: the previously approved revision is
   put back live if there is one that scans clean, else the page is unpublished. Operators are
   alerted either way.

Clean publications get their integrity fingerprint here too (:mod:`vnportal.security.integrity`).
"""

from __future__ import annotations

import datetime
import logging

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry

from .audit import current_request, record
from .choices import FlagSource
from .content import page_text, portal_for_page
from .integrity import record_fingerprint
from .models import PublishedFingerprint
from .scanner import scan
from .services import assess_page

logger = logging.getLogger(__name__)

WITHDRAWN_ACTION = "vnportal_security.withdrawn"
REFUSED_ACTION = "vnportal_security.publish_refused"


def refuse_in_editor(request, page):
    """Return the Assessment when publishing `page` (as the editor holds it) must be refused."""
    if page.depth is None or page.depth < 2:
        return None
    assessment = assess_page(page, source=FlagSource.PUBLISH, revision=page.latest_revision)
    if assessment.publishable:
        return None
    if page.live_revision_id is None and page.live:
        # The create view inserts a new page as live before this hook; nothing was approved yet.
        Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        page.live = False
    log(
        instance=page,
        action=REFUSED_ACTION,
        user=request.user,
        revision=page.latest_revision,
        data={"flag": assessment.flag.pk if assessment.flag else None},
    )
    record(
        "security.publish_refused",
        portal=assessment.flag.portal if assessment.flag else portal_for_page(page),
        target=page,
        data={
            "flag": assessment.flag.pk if assessment.flag else None,
            "revision": page.latest_revision_id,
            "path": "editor",
        },
    )
    return assessment


def _previous_published(page, revision):
    """The revision that was live before this publication: the fingerprinted one, else the
    latest one Wagtail's history shows as published (pages written by the bulk publisher)."""
    fingerprint = PublishedFingerprint.objects.filter(page_id=page.pk).first()
    if fingerprint is not None and fingerprint.revision_id not in (None, revision.pk):
        return fingerprint.revision
    entry = (
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish")
        .exclude(revision_id=revision.pk)
        .exclude(revision__isnull=True)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision if entry is not None else None


def _clean_previous(page, revision):
    """The revision live before this publication, if it still scans clean."""
    previous = _previous_published(page, revision)
    if previous is None:
        return None
    try:
        previous_object = previous.as_object()
    except Exception:  # noqa: BLE001 - an unreadable old revision just means "unpublish"
        return None
    if scan(page_text(previous_object)).verdict == "spam":
        return None
    return previous


def withdraw(page, revision, assessment) -> str:
    """Take flagged content off the public site at once; return what was done."""
    previous = _clean_previous(page, revision)
    if previous is not None:
        previous.publish(user=None, log_action=False)
        outcome = "restored"
    else:
        page.unpublish(log_action=False)
        outcome = "unpublished"
    # Wagtail writes its own "published" entry for the flagged revision after this signal
    # returns; dating ours a second later keeps the page history in the order things ended.
    log(
        instance=page,
        action=WITHDRAWN_ACTION,
        user=None,
        revision=revision,
        data={"outcome": outcome, "restored_revision": previous.pk if previous else None},
        timestamp=timezone.now() + datetime.timedelta(seconds=1),
    )
    record(
        "security.publish_withdrawn",
        portal=assessment.flag.portal if assessment.flag else portal_for_page(page),
        target=page,
        data={
            "flag": assessment.flag.pk if assessment.flag else None,
            "revision": revision.pk,
            "outcome": outcome,
            "restored_revision": previous.pk if previous else None,
        },
    )
    request = current_request()
    if request is not None and hasattr(request, "_messages"):
        from django.contrib import messages

        messages.error(
            request,
            _(
                "Trang “%(title)s” có dấu hiệu nội dung độc hại nên không được xuất bản; "
                "cán bộ điều hành cấp tỉnh đã được báo để xem xét."
            )
            % {"title": page.title},
        )
    return outcome


def after_publish(page, revision) -> None:
    """`page_published`: withdraw flagged content, else fingerprint the approved row."""
    if page.depth is None or page.depth < 2 or revision is None:
        return
    portal = portal_for_page(page)
    assessment = assess_page(page, source=FlagSource.PUBLISHED, revision=revision, portal=portal)
    if not assessment.publishable:
        withdraw(page, revision, assessment)
        return
    record_fingerprint(page, revision, portal=portal)
