"""Rebuild the search index from every app (after bulk imports, a restore, or a schema change)."""

from django.core.management.base import BaseCommand, CommandError

from vnportal.search import opensearch
from vnportal.search.indexing import rebuild


class Command(BaseCommand):
    help = "Xây dựng lại toàn bộ chỉ mục tìm kiếm."

    def add_arguments(self, parser):
        parser.add_argument(
            "--opensearch",
            action="store_true",
            help="Only recreate the OpenSearch index from the database index (no database rebuild).",
        )

    def handle(self, *args, **options):
        if options["opensearch"]:
            if not opensearch.enabled():
                raise CommandError("VNPORTAL_OPENSEARCH_URL is not set.")
            count = opensearch.rebuild_opensearch()
            if options["verbosity"]:
                self.stdout.write(f"OpenSearch index rebuilt: {count} entries")
            return
        count = rebuild()  # also recreates OpenSearch after commit when it is configured
        if options["verbosity"]:
            self.stdout.write(f"search index rebuilt: {count} entries")
