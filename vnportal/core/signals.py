"""Signals shared across domains.

Bulk writes (``bulk_create``/``bulk_update`` in imports, pages added without a publish signal) send
no ``post_save``; a domain that keeps derived data (the search index) still needs to hear of them.
The writer sends :data:`records_written` once per batch, with the model and the primary keys.
"""

from django.dispatch import Signal

#: sender=model class, ids=list of primary keys written (created or updated) in one batch.
records_written = Signal()
