"""Procedures: completeness under Decree 63/2010 art. 8(2), application by portals, reviews, and
the bulk import keyed by the national code."""

import datetime

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.utils import timezone

from vnportal.accounts.services import add_member, create_staff_user, make_operator
from vnportal.core.importing import ImportMode, ImportStatus
from vnportal.documents.tests.test_services import build_portals
from vnportal.procedures import services
from vnportal.procedures.completeness import missing_components
from vnportal.procedures.importers import ProcedureImporter, export_header, export_rows
from vnportal.procedures.models import PortalProcedure, Procedure, ProcedureImport
from vnportal.security.models import AuditEntry

from .factories import HEADER, csv_bytes, csv_row, field, make_procedure


class CompletenessTests(TestCase):
    def test_required_and_where_existing_components(self):
        procedure = make_procedure()
        self.assertTrue(procedure.is_complete)
        self.assertEqual(procedure.missing, [])
        procedure.fees = ""
        procedure.dossier_copies = None
        procedure.save()
        procedure.refresh_from_db()
        self.assertFalse(procedure.is_complete)
        self.assertEqual(procedure.missing, ["dossier_copies", "fees"])
        self.assertEqual(procedure.missing_labels, ["Số lượng hồ sơ", "Phí, lệ phí"])
        self.assertEqual(
            missing_components({"name": "x", "steps": " "}),
            [
                "steps",
                "methods",
                "dossier",
                "dossier_copies",
                "processing_time",
                "subjects",
                "implementing_agency",
                "forms",
                "result",
                "conditions",
                "fees",
            ],
        )


class ApplicationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        cls.editor = create_staff_user("bato-editor", "Mat-khau-dai-2026", email="e@example.org")
        add_member(cls.bato, cls.editor, "editor")
        cls.operator = create_staff_user("op", "Mat-khau-dai-2026", email="o@example.org")
        make_operator(cls.operator)

    def test_a_board_applies_its_set_and_records_its_review(self):
        first = make_procedure("1.001193")
        second = make_procedure("1.001612", name="Đăng ký kết hôn", fees="")
        self.assertEqual(services.apply_procedures(self.bato, [first, second], by=self.editor), 2)
        self.assertEqual(services.apply_procedures(self.bato, [first], by=self.editor), 0)
        with self.assertRaises(ValidationError):
            services.apply_procedures(self.camthanh, [first], by=self.editor)
        review = services.record_review(self.bato, note="Đã đối chiếu", by=self.editor)
        self.assertEqual((review.applied_count, review.complete_count), (2, 1))
        self.assertEqual(review.reviewed_on, timezone.localdate())
        with self.assertRaises(ValidationError):
            services.record_review(
                self.bato,
                reviewed_on=timezone.localdate() + datetime.timedelta(days=1),
                by=self.editor,
            )
        self.assertEqual(services.withdraw_procedures(self.bato, [second.pk], by=self.editor), 1)
        self.assertEqual(list(Procedure.objects.applied_at(self.bato)), [first])
        actions = list(AuditEntry.objects.filter(portal=self.bato).values_list("action", flat=True))
        self.assertIn("procedure.apply", actions)
        self.assertIn("procedure.review", actions)
        self.assertIn("procedure.withdraw", actions)

    def test_only_operators_edit_the_shared_catalogue(self):
        procedure = make_procedure()
        procedure.fees = "50.000 đồng"
        with self.assertRaises(ValidationError):
            services.save_procedure(procedure, by=self.editor)
        services.save_procedure(procedure, by=self.operator)
        entry = AuditEntry.objects.get(action="procedure.update")
        self.assertEqual(entry.data["changed"], ["fees"])
        with self.assertRaises(ValidationError):
            services.start_import(
                SimpleUploadedFile("a.csv", csv_bytes(csv_row("1.000001"))), by=self.editor
            )


class ProcedureImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        field("Hộ tịch", "ho-tich")
        field("Chứng thực", "chung-thuc")

    def run_import(self, data: bytes, name="tthc.csv", mode=ImportMode.ALL_OR_NOTHING, sync=False):
        job = services.start_import(SimpleUploadedFile(name, data), mode=mode, national_sync=sync)
        job.refresh_from_db()
        return job, job.parsed_report

    def test_one_bad_row_imports_nothing_then_valid_rows_only(self):
        data = csv_bytes(
            csv_row("1.001193"),
            csv_row("1.0016X2", name="Đăng ký kết hôn"),
            csv_row("2.000815", name="Chứng thực bản sao", field_name="Chứng thực"),
            csv_row("1.004873", field_name="Bóng đá", level="Cấp Thôn", so_luong_ho_so="một bộ"),
        )
        job, report = self.run_import(data)
        self.assertEqual(job.status, ImportStatus.REJECTED)
        self.assertFalse(Procedure.objects.exists())
        self.assertEqual(
            sorted((e.row, e.column) for e in report.errors),
            [(3, "ma_thu_tuc"), (5, "cap_thuc_hien"), (5, "linh_vuc"), (5, "so_luong_ho_so")],
        )
        again = services.retry_valid_rows(job)
        again.refresh_from_db()
        self.assertEqual(again.status, ImportStatus.DONE)
        self.assertEqual(again.parsed_report.created, 2)
        self.assertEqual(
            set(Procedure.objects.values_list("code", flat=True)), {"1.001193", "2.000815"}
        )

    def test_imported_procedures_are_searchable_at_once(self):
        """Imports write in bulk (no post_save): the batch is reindexed after commit."""
        from vnportal.search.models import SearchEntry

        with self.captureOnCommitCallbacks(execute=True):
            job, report = self.run_import(csv_bytes(csv_row("1.001193")))
        self.assertEqual(report.created, 1)
        procedure = Procedure.objects.get(code="1.001193")
        entry = SearchEntry.objects.get(object_id=procedure.pk, kind="procedure")
        self.assertEqual(entry.title, procedure.name)

    def test_idempotent_by_code_and_only_present_columns_are_written(self):
        data = csv_bytes(csv_row("1.001193"), csv_row("2.000815", field_name="chung-thuc"))
        _job, report = self.run_import(data)
        self.assertEqual(report.created, 2)
        _job, report = self.run_import(data)
        self.assertEqual((report.created, report.updated, report.unchanged), (0, 0, 2))
        fees_only = "ma_thu_tuc,ten_thu_tuc,linh_vuc,cap_thuc_hien,phi_le_phi\n1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,Cấp Xã,8.000 đồng\n"
        _job, report = self.run_import(fees_only.encode())
        self.assertEqual((report.created, report.updated), (0, 1))
        procedure = Procedure.objects.get(code="1.001193")
        self.assertEqual(procedure.fees, "8.000 đồng")
        self.assertTrue(procedure.steps)  # not in the file: left alone
        self.assertTrue(procedure.is_complete)

    def test_national_sync_date_is_recorded_and_exports_round_trip(self):
        self.run_import(csv_bytes(csv_row("1.001193")), sync=True)
        procedure = Procedure.objects.get()
        synced = procedure.synced_at
        self.assertIsNotNone(synced)
        rows = list(export_rows(Procedure.objects.select_related("field")))
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(export_header())
        writer.writerows(rows)
        report = ProcedureImporter().run(buffer.getvalue().encode(), "csv")
        self.assertEqual(
            (report.created, report.updated, report.unchanged), (0, 0, 1), report.errors
        )
        procedure.refresh_from_db()
        self.assertEqual(procedure.synced_at, synced)  # a day-precision date does not move it

    def test_incomplete_rows_import_and_are_flagged(self):
        data = csv_bytes(csv_row("1.001193", phi_le_phi="", yeu_cau_dieu_kien=""))
        self.run_import(data)
        procedure = Procedure.objects.get()
        self.assertEqual(procedure.missing, ["conditions", "fees"])

    def test_xlsx_json_and_a_lying_file(self):
        from openpyxl import Workbook

        workbook = Workbook()
        workbook.active.append(HEADER[:4])
        workbook.active.append(["1.001193", "Đăng ký khai sinh", "Hộ tịch", "xa"])
        import io
        import json

        buffer = io.BytesIO()
        workbook.save(buffer)
        job, report = self.run_import(buffer.getvalue(), name="tthc.xlsx")
        self.assertEqual(job.status, ImportStatus.DONE, report.errors)
        payload = json.dumps(
            [
                {
                    "ma_thu_tuc": "2.000815",
                    "ten_thu_tuc": "Chứng thực",
                    "linh_vuc": "Chứng thực",
                    "cap_thuc_hien": "Cấp Xã",
                    "so_luong_ho_so": 1,
                }
            ]
        )
        job, report = self.run_import(payload.encode(), name="tthc.json")
        self.assertEqual(job.status, ImportStatus.DONE, report.errors)
        with self.assertRaises(ValidationError):
            services.start_import(SimpleUploadedFile("tthc.xlsx", csv_bytes(csv_row("1.000001"))))
        self.assertEqual(ProcedureImport.objects.count(), 2)

    def test_progress_and_audit_of_a_job(self):
        job, report = self.run_import(csv_bytes(*[csv_row(f"1.{n:06d}") for n in range(1, 301)]))
        self.assertEqual(job.processed_rows, 300)
        self.assertEqual(job.progress_percent, 100)
        self.assertEqual(report.created, 300)
        entry = AuditEntry.objects.get(action="procedure.import.finish")
        self.assertEqual(entry.data["created"], 300)
        self.assertEqual(PortalProcedure.objects.count(), 0)
