"""`manage.py import_units FILE.csv`: import administrative units, all rows or none."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from vnportal.tenancy.units import import_units


class Command(BaseCommand):
    help = "Import units from a CSV with columns code, name, type, parent_code (optional: name_en, valid_from)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **opts):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file.")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{file}: not UTF-8 text ({exc}).") from exc
        report = import_units(text)
        if not report.ok:
            for line in report.errors:
                self.stderr.write(line)
            raise CommandError(f"{len(report.errors)} error(s); nothing was imported.")
        self.stdout.write(f"created {report.created}, updated {report.updated}")
