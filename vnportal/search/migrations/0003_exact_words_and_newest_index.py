"""PostgreSQL only (elsewhere this migration does nothing): the layout that makes a search over
200,000 records answer in tens of milliseconds (docs/performance.md §3, ADR 0003).

- ``tsv_exact``: the words as written, lower-cased but not folded, with a GIN index, so that a
  query typed with diacritics finds the exact spelling among many folded look-alikes ("đường"
  among "dương", "đương"); ``title_lower`` for the exact-title bonus without a lower() per row;
- the newest-first index that candidates are taken in (``search.backends.NEWEST_FIRST``: records
  without a date last, which SQLite cannot declare in an index);
- ``tsv`` kept in the row and a 4 kB toast target (see FORWARD).

``tsv_exact`` depends on the database's LC_CTYPE being UTF-8 (Debian's default C.UTF-8 is):
with plain C, the 'simple' parser splits words at every non-ASCII letter
(docs/operations/search.md).
"""

from django.db import migrations

FORWARD = """
-- Keep the folded tsvector in the row (MAIN), and let rows grow to 4 kB before PostgreSQL
-- compresses or moves columns out: otherwise the wide row pushes even the titles out to the
-- TOAST table, and every candidate of a search costs a few TOAST reads (docs/performance.md §3).
ALTER TABLE search_searchentry ALTER COLUMN tsv SET STORAGE MAIN;
ALTER TABLE search_searchentry SET (toast_tuple_target = 4096);
ALTER TABLE search_searchentry ADD COLUMN tsv_exact tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))
) STORED;
CREATE INDEX searchentry_tsv_exact_gin ON search_searchentry USING gin (tsv_exact);
ALTER TABLE search_searchentry ADD COLUMN title_lower text GENERATED ALWAYS AS (lower(title)) STORED;
CREATE INDEX searchentry_newest ON search_searchentry (published_at DESC NULLS LAST, id DESC);
-- Existing rows take the new layout when rewritten (a few minutes per 200,000 rows).
UPDATE search_searchentry SET title = title;
"""

BACKWARD = """
ALTER TABLE search_searchentry RESET (toast_tuple_target);
ALTER TABLE search_searchentry ALTER COLUMN tsv SET STORAGE EXTENDED;
DROP INDEX IF EXISTS searchentry_newest;
ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_lower;
DROP INDEX IF EXISTS searchentry_tsv_exact_gin;
ALTER TABLE search_searchentry DROP COLUMN IF EXISTS tsv_exact;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgres_fulltext")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
