"""Keep the index in step with the apps, one object per signal, after the transaction commits.

``on_commit`` keeps indexing out of the editor's transaction (a failed index write cannot roll
back a publish) and means a rolled-back save never reaches the index. Deletes capture the key at
once, since the object is gone by the time the callback runs.
"""

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from vnportal.core.signals import records_written

from . import indexing, opensearch
from .models import SearchEntry, content_type_for

logger = logging.getLogger(__name__)


def _reindex(model, pk):
    try:
        obj = model._default_manager.filter(pk=pk).first()
        if obj is not None:
            indexing.index_object(obj.specific if isinstance(obj, Page) else obj)
    except Exception:  # the index must never break the write that triggered it
        logger.exception("search: reindexing %s %s failed", model.__name__, pk)


def _schedule(obj):
    transaction.on_commit(partial(_reindex, type(obj), obj.pk))


def _drop(ct_id, pk):
    try:
        opensearch.delete_mirrored(SearchEntry.objects.filter(content_type_id=ct_id, object_id=pk))
    except Exception:
        logger.exception("search: dropping %s/%s failed", ct_id, pk)


def _schedule_drop(obj):
    transaction.on_commit(partial(_drop, content_type_for(obj).pk, obj.pk))


def on_page_published(sender, instance, **kwargs):
    _schedule(instance)


def on_page_unpublished(sender, instance, **kwargs):
    _schedule_drop(instance)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk is not None:
        _schedule_drop(instance)


#: A moved section reindexes at most this many descendants inline; the nightly rebuild does the rest.
MOVE_LIMIT = 200


def _reindex_subtree(pk):
    page = Page.objects.filter(pk=pk).first()
    if page is not None:
        for descendant in page.get_descendants(inclusive=True).live().specific()[:MOVE_LIMIT]:
            indexing.index_object(descendant)


def on_page_moved(sender, instance, **kwargs):
    """A move changes the URL of the page and of everything below it."""
    transaction.on_commit(partial(_reindex_subtree, instance.pk))


def on_record_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _schedule(instance)


def on_record_deleted(sender, instance, **kwargs):
    _schedule_drop(instance)


def on_attachment_changed(sender, instance, raw=False, **kwargs):
    if not raw and instance.document_id:
        from vnportal.documents.models import LegalDocument

        transaction.on_commit(partial(_reindex, LegalDocument, instance.document_id))


def _reindex_many(model, ids):
    try:
        indexing.index_many(model, ids)
    except Exception:
        logger.exception("search: reindexing %d %s failed", len(ids), model.__name__)


def on_records_written(sender, ids, **kwargs):
    """Imports and other bulk writes: reindex the batch after commit, in one pass."""
    if ids:
        transaction.on_commit(partial(_reindex_many, sender, list(ids)))


def connect():
    from vnportal.documents.models import DocumentAttachment

    records_written.connect(on_records_written, dispatch_uid="search.records_written")
    page_published.connect(on_page_published, dispatch_uid="search.page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search.page_unpublished")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search.page_deleted")
    post_page_move.connect(on_page_moved, dispatch_uid="search.page_moved")
    for model, _build in indexing._registry_models():
        uid = f"search.{model._meta.label_lower}"
        post_save.connect(on_record_saved, sender=model, dispatch_uid=uid + ".save")
        post_delete.connect(on_record_deleted, sender=model, dispatch_uid=uid + ".delete")
    post_save.connect(
        on_attachment_changed, sender=DocumentAttachment, dispatch_uid="search.att.save"
    )
    post_delete.connect(
        on_attachment_changed, sender=DocumentAttachment, dispatch_uid="search.att.delete"
    )
