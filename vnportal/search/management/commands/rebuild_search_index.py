"""Rebuild the search index from every app (after bulk imports, a restore, or a schema change)."""

from django.core.management.base import BaseCommand

from vnportal.search.indexing import rebuild


class Command(BaseCommand):
    help = "Xây dựng lại toàn bộ chỉ mục tìm kiếm."

    def handle(self, *args, **options):
        count = rebuild()
        if options["verbosity"]:
            self.stdout.write(f"search index rebuilt: {count} entries")
