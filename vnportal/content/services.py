"""Named actions of the content domain. Views and hooks only call these.

Each action validates first and raises ValidationError naming the field, then writes in one
transaction, so bad input leaves nothing half-saved.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from vnportal.security.audit import record

from .choices import CommentStatus, RatingScore
from .models import ConsultationComment, PageRating, UrgentPublication

RATING_LIMIT_PER_PAGE = 1  # ratings per page per client per window
RATING_LIMIT_TOTAL = 30  # ratings per client per window, all pages
COMMENT_LIMIT = 5  # consultation comments per client per window
LIMIT_WINDOW = 3600  # seconds


class RateLimited(Exception):
    """Too many submissions from one client; nothing was stored."""


def client_key(request) -> str:
    """An opaque, salted key for rate limiting only; it lives in the cache, never in the database."""
    raw = f"{settings.SECRET_KEY}:{request.META.get('REMOTE_ADDR', '')}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _hit(key: str, limit: int) -> bool:
    """Count one hit; True if it is within the limit."""
    if cache.add(key, 1, LIMIT_WINDOW):
        return True
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, LIMIT_WINDOW)
        return True
    return count <= limit


def page_in_portal(page: Page, portal) -> bool:
    """The page belongs to the portal's tree or to one of its translated trees."""
    root = portal.root_page
    if page.path.startswith(root.path):
        return True
    home_path = page.path[: Page.steplen * 2]
    return Page.objects.filter(path=home_path, translation_key=root.translation_key).exists()


def rate_page(*, portal, page_id, score, client: str) -> PageRating:
    """Store one anonymous rating (page, portal, score, day) if the client is within its limits."""
    if score not in RatingScore.values:
        raise ValidationError({"score": _("Hãy chọn một mức đánh giá.")})
    page = Page.objects.filter(pk=page_id).live().public().first()
    if page is None or portal is None or not page_in_portal(page, portal):
        raise ValidationError({"page": _("Trang không tồn tại.")})
    base = f"content:rating:{portal.pk}:{client}"
    if not _hit(f"{base}:{page.pk}", RATING_LIMIT_PER_PAGE) or not _hit(
        f"{base}:all", RATING_LIMIT_TOTAL
    ):
        raise RateLimited
    return PageRating.objects.create(
        portal=portal, page=page, score=score, rated_on=timezone.localdate()
    )


def submit_comment(*, portal, consultation, data: dict, client: str) -> ConsultationComment:
    """A citizen's comment on an open draft; it waits for the board before being shown."""
    if not consultation.is_open:
        raise ValidationError(
            {"body": _("Dự thảo đã hết thời hạn nhận góp ý hoặc chưa mở nhận góp ý.")}
        )
    if not _hit(f"content:comment:{portal.pk}:{client}", COMMENT_LIMIT):
        raise RateLimited
    comment = ConsultationComment(
        portal=portal,
        consultation=consultation,
        name=data["name"].strip(),
        organisation=(data.get("organisation") or "").strip(),
        email=(data.get("email") or "").strip(),
        body=data["body"].strip(),
    )
    comment.full_clean()
    comment.save()
    return comment


@transaction.atomic
def moderate_comment(comment: ConsultationComment, *, status: str, by) -> ConsultationComment:
    if status not in (CommentStatus.PUBLISHED, CommentStatus.REJECTED):
        raise ValidationError({"status": _("Trạng thái không hợp lệ.")})
    comment.status = status
    comment.moderated_by = by
    comment.moderated_at = timezone.now()
    comment.save(update_fields=["status", "moderated_by", "moderated_at"])
    record(
        "content.comment_moderated",
        actor=by,
        portal=comment.portal,
        target=comment,
        data={"status": status, "consultation": comment.consultation_id},
    )
    return comment


@transaction.atomic
def record_urgent_publication(page, *, user, reason: str, portal) -> UrgentPublication:
    """Keep a page published past the workflow for review, and write it to the audit log."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"urgent_reason": _("Cần ghi rõ lý do.")})
    item = UrgentPublication.objects.create(
        portal=portal,
        page=page,
        page_title=page.title[:255],
        revision=page.live_revision or page.latest_revision,
        reason=reason,
        published_by=user,
    )
    record(
        "content.urgent_publish",
        actor=user,
        portal=portal,
        target=page,
        data={"reason": reason, "revision": item.revision_id, "review": item.pk},
    )
    return item


@transaction.atomic
def review_urgent_publication(item: UrgentPublication, *, by, note: str = "") -> UrgentPublication:
    if item.reviewed_at is not None:
        raise ValidationError({"review_note": _("Mục này đã được rà soát.")})
    item.reviewed_by = by
    item.reviewed_at = timezone.now()
    item.review_note = (note or "").strip()
    item.save(update_fields=["reviewed_by", "reviewed_at", "review_note"])
    record(
        "content.urgent_publish_reviewed",
        actor=by,
        portal=item.portal,
        target=item,
        data={"note": item.review_note},
    )
    return item


def start_translation(page: Page, *, language: str = "en", user=None) -> Page:
    """Start a draft of `page` in another language (with its parents), machine-translated if a
    backend is configured (the `copy_for_translation_done` handler in :mod:`.translation` does
    that, for this action and for the admin's "Translate" button alike); the draft then goes
    through the portal's workflow like any page."""
    locale = Locale.objects.get_or_create(language_code=language)[0]
    page = page.specific
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    with transaction.atomic():
        draft = page.copy_for_translation(locale, copy_parents=True)
        record(
            "content.translation_started",
            actor=user,
            portal=None,
            target=draft,
            data={"source": page.pk, "language": language},
        )
    return draft.specific
