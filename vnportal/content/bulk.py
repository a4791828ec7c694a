"""Create pages that are published from birth, cheaply: the portal skeleton and the demo.

Wagtail's `add_child` + `save_revision()` + `publish()` saves the page three times, and each save
re-indexes it for search and rebuilds its references: about 120 queries per page. A new portal has
some thirty pages and is created inside one request, so we write the same end state directly:
one page save (indexed once), one revision, the pointers to it, and the "published" log entry that
the page history shows. Nothing here bypasses validation: `add_child` runs the page's full_clean.
"""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, Revision
from wagtail.signal_handlers import disable_reference_index_auto_update


def add_published(parent: Page, page: Page, *, when=None, user=None) -> Page:
    """Add `page` under `parent`, live, with one revision marked as published at `when`."""
    when = when or timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.first_published_at or when
    page.last_published_at = when
    page.latest_revision_created_at = when
    page.draft_title = page.title
    with disable_reference_index_auto_update():
        parent.add_child(instance=page)
    revision = Revision(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=user,
        content=page.serializable_data(),
        object_str=str(page),
        created_at=when,
    )
    revision.save()
    Page.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=revision)
    page.latest_revision = page.live_revision = revision
    log(instance=page, action="wagtail.publish", user=user, revision=revision, content_changed=True)
    return page


def publish_existing(page: Page, *, when=None, user=None) -> Page:
    """Save an existing page's current fields as a new revision and make it live (one save)."""
    when = when or timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.first_published_at or when
    page.last_published_at = when
    page.latest_revision_created_at = when
    page.draft_title = page.title
    with disable_reference_index_auto_update():
        page.save()
    revision = Revision(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=user,
        content=page.serializable_data(),
        object_str=str(page),
        created_at=when,
    )
    revision.save()
    Page.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=revision)
    page.latest_revision = page.live_revision = revision
    log(instance=page, action="wagtail.publish", user=user, revision=revision, content_changed=True)
    return page
