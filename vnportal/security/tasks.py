"""Scheduled security checks, run by Celery beat (see the settings block of issue 6).

Every run is bounded (a batch size and a time budget) and resumes from a cursor, so a province
with hundreds of portals is covered in rotation without any run holding a worker for long:

* `scan_published_content`: first the pages published since the last run (newest work first),
  then the next slice of all live pages in id order (catches text written into the database
  without a publication), then the next slice of live pages of public portals *as rendered*
  (template, menus and anything injected around the content), through Django's test client with
  the portal's host and path: no network, nothing leaves the server.
* `check_published_integrity`: the next slice of live pages against their approved fingerprint.
* `verify_audit_chain`: the whole hash chain, hourly.

New findings are e-mailed to the operators once, in one message per run.
"""

from __future__ import annotations

import logging
import time
from urllib.parse import urlsplit

from celery import shared_task
from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from wagtail.models import Page

from .choices import FlagSource
from .content import portal_for_page
from .models import ScanCursor

logger = logging.getLogger(__name__)

CONTENT_BATCH = 500
RENDER_BATCH = 50
INTEGRITY_BATCH = 1000
TIME_BUDGET_SECONDS = 120


def _setting(name: str, default):
    return getattr(settings, name, default)


def _cursor(key: str) -> ScanCursor:
    cursor, _created = ScanCursor.objects.get_or_create(key=key)
    return cursor


def _save(cursor: ScanCursor, **values) -> None:
    cursor.value = {**cursor.value, **values}
    cursor.updated_at = timezone.now()
    cursor.save(update_fields=["value", "updated_at"])


def _live_pages():
    return Page.objects.live().filter(depth__gte=2)


class _Budget:
    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds

    def spent(self) -> bool:
        return time.monotonic() > self.deadline


class _PortalCache(dict):
    def for_page(self, page):
        key = page.path[: Page.steplen * 2]
        if key not in self:
            self[key] = portal_for_page(page)
        return self[key]


def _rotation(key: str, batch: int):
    """The next `batch` live pages after the cursor, wrapping around at the end."""
    cursor = _cursor(key)
    after = int(cursor.value.get("after_pk", 0))
    pages = list(_live_pages().filter(pk__gt=after).order_by("pk")[:batch])
    if len(pages) < batch:
        pages += list(_live_pages().filter(pk__lte=after).order_by("pk")[: batch - len(pages)])
    return cursor, pages


def scan_content(*, batch=None, render_batch=None, seconds=None, render=True) -> dict:
    """One bounded run of the malicious-content scan; returns counts (and the new flags)."""
    from .services import assess_page, flag_rendered_page, notify_new_flags

    batch = batch or _setting("VNPORTAL_SECURITY_SCAN_BATCH", CONTENT_BATCH)
    render_batch = (
        render_batch
        if render_batch is not None
        else _setting("VNPORTAL_SECURITY_RENDER_BATCH", RENDER_BATCH)
    )
    budget = _Budget(seconds or _setting("VNPORTAL_SECURITY_SCAN_SECONDS", TIME_BUDGET_SECONDS))
    portals = _PortalCache()
    new_flags, scanned, rendered = [], set(), 0

    def scan_text(page) -> None:
        if page.pk in scanned:
            return
        scanned.add(page.pk)
        specific = page.specific
        assessment = assess_page(
            specific,
            source=FlagSource.SCHEDULED,
            revision=specific.live_revision,
            portal=portals.for_page(page),
            notify=False,
        )
        if assessment.created:
            new_flags.append(assessment.flag)

    # 1. What was published since the last run.
    cursor = _cursor("content-since")
    since = parse_datetime(cursor.value.get("since", "")) if cursor.value.get("since") else None
    recent = _live_pages().exclude(last_published_at__isnull=True)
    if since is not None:
        recent = recent.filter(last_published_at__gt=since)
    newest = since
    for page in recent.order_by("last_published_at", "pk")[:batch]:
        if budget.spent():
            break
        scan_text(page)
        newest = page.last_published_at
    if newest is not None and newest != since:
        _save(cursor, since=newest.isoformat())

    # 2. The next slice of every live page (text written without a publication).
    if not budget.spent():
        cursor, pages = _rotation("content-rotation", batch)
        last = None
        for page in pages:
            if budget.spent():
                break
            scan_text(page)
            last = page.pk
        if last is not None:
            _save(cursor, after_pk=last)

    # 3. The next slice of pages as citizens see them.
    if render and render_batch and not budget.spent():
        cursor, pages = _rotation("rendered-rotation", render_batch)
        last = None
        for page in pages:
            if budget.spent():
                break
            last = page.pk
            portal = portals.for_page(page)
            if portal is None or not portal.is_public:
                continue
            specific = page.specific
            html, url = render_page(specific)
            rendered += 1
            if html is None:
                continue
            flag = flag_rendered_page(specific, html, url, portal=portal)
            if flag is not None and flag.notified_at is None and flag not in new_flags:
                new_flags.append(flag)
        if last is not None:
            _save(cursor, after_pk=last)

    notify_new_flags(new_flags)
    return {"scanned": len(scanned), "rendered": rendered, "new_flags": len(new_flags)}


def render_page(page) -> tuple[str | None, str]:
    """The public HTML of a live page, rendered in-process for its portal's host and path."""
    from django.test import Client

    url = page.get_full_url() if hasattr(page, "get_full_url") else page.full_url
    if not url:
        return None, ""
    parts = urlsplit(url)
    client = Client(raise_request_exception=False, HTTP_X_VNPORTAL_SECURITY_SCAN="1")
    try:
        response = client.get(
            parts.path or "/", HTTP_HOST=parts.netloc, secure=parts.scheme == "https"
        )
    except Exception:  # noqa: BLE001 - one broken page must not stop the rotation
        logger.warning("security scan could not render %s", url, exc_info=True)
        return None, url
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return None, url
    return response.content.decode(response.charset or "utf-8", "replace"), url


def check_integrity(*, batch=None, seconds=None) -> dict:
    """One bounded run of the integrity check; e-mails the operators about new alerts."""
    from .integrity import check_page
    from .services import admin_url, notify_operators

    batch = batch or _setting("VNPORTAL_SECURITY_INTEGRITY_BATCH", INTEGRITY_BATCH)
    budget = _Budget(seconds or _setting("VNPORTAL_SECURITY_SCAN_SECONDS", TIME_BUDGET_SECONDS))
    portals = _PortalCache()
    cursor, pages = _rotation("integrity-rotation", batch)
    alerts, checked, last = [], 0, None
    for page in pages:
        if budget.spent():
            break
        last = page.pk
        checked += 1
        alert = check_page(page, portal=portals.for_page(page))
        if alert is not None:
            alerts.append(alert)
    if last is not None:
        _save(cursor, after_pk=last)
    if alerts:
        lines = [
            _(
                "- %(portal)s: “%(title)s” (id %(page)s, bản đã duyệt: “%(approved)s”): "
                "%(kind)s; trường: %(fields)s"
            )
            % {
                "portal": a.portal.name_vi,
                "title": a.page.title,
                "approved": a.expected_revision.object_str if a.expected_revision else "-",
                "page": a.page_id,
                "kind": a.get_kind_display(),
                "fields": ", ".join(a.changed_fields) or "-",
            }
            for a in alerts
        ]
        notify_operators(
            _("Nội dung đang hiển thị khác bản đã duyệt (%(n)s trang)") % {"n": len(alerts)},
            "\n".join(lines)
            + "\n\n"
            + _("Xem và xử lý: %(url)s") % {"url": admin_url("/admin/security/integrity/")},
        )
    return {"checked": checked, "alerts": len(alerts)}


def verify_chain_and_alert() -> int | None:
    from .audit import verify_chain
    from .services import admin_url, notify_operators

    broken = verify_chain()
    if broken is not None:
        notify_operators(
            _("Nhật ký thao tác bị sửa hoặc xoá"),
            _(
                "Chuỗi băm của nhật ký thao tác không còn khớp từ bản ghi %(id)s. Có thể có người "
                "đã sửa hoặc xoá nhật ký trực tiếp trong cơ sở dữ liệu. Xem: %(url)s"
            )
            % {"id": broken, "url": admin_url("/admin/security/audit/")},
        )
    return broken


@shared_task(name="vnportal.security.tasks.scan_published_content", ignore_result=True)
def scan_published_content():
    result = scan_content()
    logger.info("security scan: %s", result)
    return result


@shared_task(name="vnportal.security.tasks.check_published_integrity", ignore_result=True)
def check_published_integrity():
    result = check_integrity()
    logger.info("integrity check: %s", result)
    return result


@shared_task(name="vnportal.security.tasks.verify_audit_chain", ignore_result=True)
def verify_audit_chain():
    return verify_chain_and_alert()
