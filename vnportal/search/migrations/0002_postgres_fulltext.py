"""PostgreSQL only: a generated tsvector of the folded title (weight A) and body (weight B), with a
GIN index. On other databases this migration does nothing (the portable backend needs neither).

The column is not declared on the model: Django never writes it (PostgreSQL computes it), and a
model field would make SQLite fail to create the table.
"""

from django.db import migrations

FORWARD = """
ALTER TABLE search_searchentry ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(title_folded, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(body_folded, '')), 'B')
) STORED;
CREATE INDEX searchentry_tsv_gin ON search_searchentry USING gin (tsv);
"""

BACKWARD = """
DROP INDEX IF EXISTS searchentry_tsv_gin;
ALTER TABLE search_searchentry DROP COLUMN IF EXISTS tsv;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_entry")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
