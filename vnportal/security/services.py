"""Named actions of the security domain: flag, override and resolve malicious content, alert.

Each action is one transaction, writes the audit log, and sends its e-mail after commit. The
scanner itself (:mod:`vnportal.security.scanner`) is pure; everything that touches the database
when content is judged lives here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.tenancy.access import can_manage_portal, is_operator
from vnportal.tenancy.roles import OPERATOR_GROUP

from .audit import record
from .choices import FlagSource, FlagStatus
from .content import page_text, portal_for_page, text_hash
from .models import ContentFlag
from .scanner import ScanResult, scan

logger = logging.getLogger(__name__)

#: Flags of these sources are about the page's stored text (a later clean save settles them).
TEXT_SOURCES = (FlagSource.SAVE, FlagSource.PUBLISH, FlagSource.PUBLISHED, FlagSource.SCHEDULED)
#: Checks of the editor's latest text: only these may close earlier findings automatically. A clean
#: live version (a restored revision, the scheduled scan) says nothing about a flagged draft.
EDITOR_SOURCES = (FlagSource.SAVE, FlagSource.PUBLISH)
MIN_OVERRIDE_REASON = 20


@dataclass
class Assessment:
    """The scanner's verdict on one page's content and what it means for publishing."""

    result: ScanResult
    content_hash: str
    flag: ContentFlag | None
    created: bool = False

    @property
    def publishable(self) -> bool:
        return self.result.verdict != "spam" or (
            self.flag is not None and self.flag.status == FlagStatus.OVERRIDDEN
        )


# --- Alerts -----------------------------------------------------------------------------------


def operator_emails() -> list[str]:
    """Who is alerted: the provincial operators (and any address in the alert setting)."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    emails = set(
        users.filter(Q(groups__name=OPERATOR_GROUP) | Q(is_superuser=True)).values_list(
            "email", flat=True
        )
    )
    emails.update(getattr(settings, "VNPORTAL_SECURITY_ALERT_EMAILS", []))
    return sorted(emails)


def notify_operators(subject: str, body: str) -> None:
    """Send after commit, so a rolled-back finding never alerts anyone."""
    recipients = operator_emails()
    if not recipients:
        logger.warning("security alert with no operator e-mail configured: %s", subject)
        return
    prefix = getattr(settings, "VNPORTAL_SECURITY_ALERT_PREFIX", "[vnportal ATTT]")
    transaction.on_commit(
        lambda: send_mail(
            f"{prefix} {subject}",
            body,
            settings.DEFAULT_FROM_EMAIL,
            recipients,
            fail_silently=True,
        )
    )


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def flag_summary(flag: ContentFlag) -> str:
    portal = flag.portal.name_vi if flag.portal_id else "-"
    reasons = "\n".join(f"  - {r}" for r in flag.reasons[:8])
    return _(
        "Cổng: %(portal)s\nTrang: %(title)s (id %(page)s)\nPhát hiện: %(source)s\n"
        "Điểm: %(score).2f\nLý do:\n%(reasons)s\nXem và xử lý: %(url)s\n"
    ) % {
        "portal": portal,
        "title": flag.page.title if flag.page_id else "-",
        "page": flag.page_id,
        "source": flag.get_source_display(),
        "score": flag.score,
        "reasons": reasons,
        "url": admin_url(f"/admin/security/flags/{flag.pk}/"),
    }


def notify_new_flags(flags: list[ContentFlag]) -> None:
    """One e-mail per batch of new findings; each finding is announced once (`notified_at`)."""
    flags = [f for f in flags if f.notified_at is None]
    if not flags:
        return
    if len(flags) == 1:
        subject = _("Phát hiện nội dung độc hại: %(title)s") % {"title": flags[0].page.title}
    else:
        subject = _("Phát hiện %(n)s trang có nội dung độc hại") % {"n": len(flags)}
    body = "\n".join(flag_summary(f) for f in flags)
    notify_operators(subject, body)
    ContentFlag.objects.filter(pk__in=[f.pk for f in flags]).update(notified_at=timezone.now())


# --- Flags ------------------------------------------------------------------------------------


def _resolve_stale(page, content_hash: str) -> None:
    """A page whose text changed and now scans clean has no open text finding any more."""
    stale = ContentFlag.objects.filter(
        page_id=page.pk, status=FlagStatus.OPEN, source__in=TEXT_SOURCES
    ).exclude(content_hash=content_hash)
    for flag in stale:
        flag.status = FlagStatus.RESOLVED
        flag.decided_at = timezone.now()
        flag.decision_note = _("Nội dung đã được sửa và không còn dấu hiệu độc hại.")
        flag.save(update_fields=["status", "decided_at", "decision_note", "updated_at"])
        record(
            "security.flag_resolved",
            portal=flag.portal,
            target=flag.page,
            data={"flag": flag.pk, "automatic": True},
        )


@transaction.atomic
def assess_page(
    page, *, source: str, revision=None, portal=None, notify: bool = True, text: str | None = None
) -> Assessment:
    """Scan a page's text; keep one open flag per (page, text) while it scans as spam.

    `page` may be the editor's in-memory page (with unsaved children): the text, not the row, is
    judged. A finding is announced to the operators once, when it is first seen. When the editor's
    latest text scans clean, earlier open text findings on the page are closed.
    """
    text = page_text(page) if text is None else text
    content_hash = text_hash(text)
    result = scan(text)
    if result.verdict != "spam":
        if source in EDITOR_SOURCES:
            _resolve_stale(page, content_hash)
        return Assessment(result, content_hash, None)
    existing = (
        ContentFlag.objects.filter(page_id=page.pk, content_hash=content_hash)
        .exclude(status=FlagStatus.RESOLVED)
        .order_by("-status")  # "overridden" sorts before "open"
        .first()
    )
    if existing is not None:
        if existing.status == FlagStatus.OPEN:
            existing.revision = revision or existing.revision
            existing.updated_at = timezone.now()
            existing.save(update_fields=["revision", "updated_at"])
        return Assessment(result, content_hash, existing)
    portal = portal or portal_for_page(page)
    if portal is None:
        return Assessment(result, content_hash, None)
    flag = ContentFlag.objects.create(
        portal=portal,
        page_id=page.pk,
        revision=revision,
        source=source,
        content_hash=content_hash,
        score=round(result.score, 4),
        reasons=list(result.reasons),
        categories=list(getattr(result, "categories", []) or []),
    )
    record(
        "security.content_flagged",
        portal=portal,
        target=page,
        data={
            "flag": flag.pk,
            "source": source,
            "score": flag.score,
            "categories": flag.categories,
            "revision": revision.pk if revision is not None else None,
        },
    )
    if notify:
        notify_new_flags([flag])
    return Assessment(result, content_hash, flag, created=True)


@transaction.atomic
def flag_rendered_page(page, html: str, url: str, *, portal=None) -> ContentFlag | None:
    """Record a finding on a page as citizens see it (template, menus, injected blocks included).

    Not announced here: the scheduled scan collects a run's findings into one e-mail.
    """
    result = scan(html)
    if result.verdict != "spam":
        return None
    live_hash = text_hash(page_text(page))
    if ContentFlag.objects.filter(
        page_id=page.pk, content_hash=live_hash, status=FlagStatus.OVERRIDDEN
    ).exists():
        return None  # The operator vouched for this page's content as it is now.
    existing = ContentFlag.objects.filter(page_id=page.pk, status=FlagStatus.OPEN).first()
    if existing is not None:
        existing.updated_at = timezone.now()
        existing.url = existing.url or url[:500]
        existing.save(update_fields=["updated_at", "url"])
        return existing
    portal = portal or portal_for_page(page)
    if portal is None:
        return None
    flag = ContentFlag.objects.create(
        portal=portal,
        page_id=page.pk,
        revision_id=getattr(page, "live_revision_id", None),
        source=FlagSource.RENDERED,
        content_hash=live_hash,
        url=url[:500],
        score=round(result.score, 4),
        reasons=list(result.reasons),
        categories=list(getattr(result, "categories", []) or []),
    )
    record(
        "security.content_flagged",
        portal=portal,
        target=page,
        data={"flag": flag.pk, "source": FlagSource.RENDERED, "score": flag.score, "url": url},
    )
    return flag


@transaction.atomic
def override_flag(flag: ContentFlag, *, by, reason: str) -> ContentFlag:
    """An operator vouches for flagged content (with a written reason) so it may be published."""
    if not is_operator(by):
        raise PermissionDenied
    reason = (reason or "").strip()
    if len(reason) < MIN_OVERRIDE_REASON:
        raise ValidationError(
            {"reason": _("Cần ghi rõ lý do (ít nhất %(n)s ký tự).") % {"n": MIN_OVERRIDE_REASON}}
        )
    flag = ContentFlag.objects.select_for_update().get(pk=flag.pk)
    if flag.status != FlagStatus.OPEN:
        raise ValidationError({"reason": _("Cảnh báo này đã được xử lý.")})
    flag.status = FlagStatus.OVERRIDDEN
    flag.decided_by = by
    flag.decided_at = timezone.now()
    flag.decision_note = reason
    flag.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    record(
        "security.flag_overridden",
        actor=by,
        portal=flag.portal,
        target=flag.page,
        data={"flag": flag.pk, "content_hash": flag.content_hash, "reason": reason},
    )
    return flag


def can_resolve(user, flag) -> bool:
    return is_operator(user) or can_manage_portal(user, flag.portal)


@transaction.atomic
def resolve_flag(flag: ContentFlag, *, by, note: str) -> ContentFlag:
    """Close a finding after the content was removed or the page restored (operator or portal admin)."""
    if not can_resolve(by, flag):
        raise PermissionDenied
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Cần ghi cách đã xử lý.")})
    flag = ContentFlag.objects.select_for_update().get(pk=flag.pk)
    if flag.status != FlagStatus.OPEN:
        raise ValidationError({"note": _("Cảnh báo này đã được xử lý.")})
    flag.status = FlagStatus.RESOLVED
    flag.decided_by = by
    flag.decided_at = timezone.now()
    flag.decision_note = note
    flag.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    record(
        "security.flag_resolved",
        actor=by,
        portal=flag.portal,
        target=flag.page,
        data={"flag": flag.pk, "note": note},
    )
    return flag
