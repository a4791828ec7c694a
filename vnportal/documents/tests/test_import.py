"""Bulk import of documents: report by row and column, all-or-nothing, valid rows only,
idempotence, the three formats, files that lie about their type, and export → import round trip."""

import io
import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

from vnportal.core.importing import ImportMode, ImportStatus
from vnportal.documents import services
from vnportal.documents.importers import DocumentImporter, export_header, export_rows
from vnportal.documents.models import DocumentImport, LegalDocument

from .test_services import build_portals

HEADER = (
    "so_ky_hieu,loai_van_ban,co_quan_ban_hanh,nguoi_ky,ngay_ban_hanh,ngay_co_hieu_luc,"
    "ngay_het_hieu_luc,linh_vuc,trich_yeu,thay_the_boi"
)
GOOD = [
    "355/QĐ-UBND,Quyết định,UBND xã Ba Tơ,Phạm Văn Hùng,05/03/2026,05/03/2026,,Cải cách hành chính,"
    "Công bố danh mục thủ tục hành chính cấp xã,",
    "6821/UBND-BBT,Công văn,UBND xã Ba Tơ,Đinh Văn Dũng,10/03/2026,,,Thông tin truyền thông chuyển đổi số,"
    "Về việc rà soát bài viết trên Cổng thông tin điện tử xã,",
    "42/2022/NĐ-CP,Nghị định,Chính phủ,Lê Minh Khái,24/06/2022,15/08/2022,01/07/2026,"
    '"Thông tin, truyền thông, chuyển đổi số",Quy định về cung cấp thông tin trên môi trường mạng,',
]


def csv_file(*rows, name="van-ban.csv", header=HEADER):
    return SimpleUploadedFile(name, ("\n".join([header, *rows]) + "\n").encode("utf-8-sig"))


class DocumentImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)

    def run_import(self, upload, mode=ImportMode.ALL_OR_NOTHING):
        job = services.start_import(self.bato, upload, mode=mode)
        job.refresh_from_db()
        return job, job.parsed_report

    def test_a_bad_row_imports_nothing_and_is_reported_by_row_and_column(self):
        rows = [
            GOOD[0],
            # 3: number with three digits and a leading zero; 4: effective before issue;
            # 5: unknown type and unknown field; 6: QPPL year differs from the issue year
            '005/QĐ-UBND,Quyết định,UBND xã Ba Tơ,,05/03/2026,,,Đất đai,"Giao đất, cho thuê đất",',
            "12/KH-UBND,Kế hoạch,UBND xã Ba Tơ,,05/03/2026,01/03/2026,,Đất đai,Kế hoạch sử dụng đất,",
            "13/KH-UBND,Thư tình,UBND xã Ba Tơ,,05/03/2026,,,Bóng đá,Không rõ,",
            "01/2025/QĐ-UBND,Quyết định,UBND xã Ba Tơ,,05/03/2026,,,Đất đai,Ban hành quy định,",
        ]
        job, report = self.run_import(csv_file(*rows))
        self.assertEqual(job.status, ImportStatus.REJECTED)
        self.assertFalse(report.imported)
        self.assertFalse(LegalDocument.objects.exists())
        self.assertEqual((report.total_rows, report.valid_rows, report.invalid_rows), (5, 1, 4))
        cells = {(e.row, e.column) for e in report.errors}
        self.assertEqual(
            cells,
            {
                (3, "so_ky_hieu"),
                (4, "ngay_co_hieu_luc"),
                (5, "loai_van_ban"),
                (5, "linh_vuc"),
                (6, "so_ky_hieu"),
            },
        )
        by_cell = {(e.row, e.column): e for e in report.errors}
        self.assertIn("01 đến 09", by_cell[(3, "so_ky_hieu")].message)
        self.assertEqual(by_cell[(4, "ngay_co_hieu_luc")].value, "01/03/2026")
        self.assertIn("Thư tình", by_cell[(5, "loai_van_ban")].message)

        # The user asks for the valid rows only: exactly those are written.
        again = services.retry_valid_rows(job)
        again.refresh_from_db()
        self.assertEqual(again.status, ImportStatus.DONE)
        self.assertEqual(again.mode, ImportMode.VALID_ONLY)
        self.assertEqual(again.parsed_report.created, 1)
        self.assertEqual(LegalDocument.objects.get().number_symbol, "355/QĐ-UBND")

    def test_import_is_idempotent_and_updates_by_number_key(self):
        job, report = self.run_import(csv_file(*GOOD))
        self.assertEqual(job.status, ImportStatus.DONE, report.errors)
        self.assertEqual(report.created, 3)
        documents = LegalDocument.objects.for_portal(self.bato)
        self.assertEqual(documents.count(), 3)
        self.assertTrue(all(d.status == "draft" for d in documents))
        _job, report = self.run_import(csv_file(*GOOD))
        self.assertEqual((report.created, report.updated, report.unchanged), (0, 0, 3))
        changed = GOOD[0].replace("Công bố danh mục", "Công bố bổ sung danh mục")
        _job, report = self.run_import(csv_file(changed))
        self.assertEqual((report.created, report.updated, report.unchanged), (0, 1, 0))
        self.assertEqual(documents.count(), 3)
        self.assertIn("bo sung", documents.get(number_symbol="355/QĐ-UBND").search_text)

    def test_replacement_references_resolve_inside_the_file(self):
        rows = [
            "12/QĐ-UBND,Quyết định,UBND xã Ba Tơ,,10/01/2025,,,Đất đai,Quy định cũ,40/QĐ-UBND (2026)",
            "40/QĐ-UBND,Quyết định,UBND xã Ba Tơ,,05/03/2026,,,Đất đai,Quy định mới,",
        ]
        job, report = self.run_import(csv_file(*rows))
        self.assertEqual(job.status, ImportStatus.DONE, [e.message for e in report.errors])
        old = LegalDocument.objects.get(number_symbol="12/QĐ-UBND")
        self.assertEqual(old.replaced_by.number_symbol, "40/QĐ-UBND")
        _job, report = self.run_import(csv_file(rows[0].replace("40/QĐ-UBND (2026)", "99/QĐ-UBND")))
        self.assertEqual(report.errors[0].column, "thay_the_boi")

    def test_duplicate_rows_unknown_columns_and_missing_columns(self):
        _job, report = self.run_import(csv_file(GOOD[0], GOOD[0]))
        self.assertEqual([(e.row, e.column) for e in report.errors], [(3, "so_ky_hieu")])
        _job, report = self.run_import(csv_file(GOOD[0] + ",x", header=HEADER + ",mat_khau"))
        self.assertEqual(report.errors[0].row, 1)
        self.assertEqual(report.errors[0].column, "mat_khau")
        _job, report = self.run_import(
            csv_file("355/QĐ-UBND,Quyết định", header="so_ky_hieu,loai_van_ban")
        )
        self.assertEqual(
            {e.column for e in report.errors if e.row == 1},
            {"co_quan_ban_hanh", "ngay_ban_hanh", "linh_vuc", "trich_yeu"},
        )
        self.assertFalse(LegalDocument.objects.exists())

    def test_xlsx_and_json_with_human_headers(self):
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.append(
            [
                "Số, ký hiệu",
                "Loại văn bản",
                "Cơ quan ban hành",
                "Ngày ban hành",
                "Lĩnh vực",
                "Trích yếu",
            ]
        )
        import datetime

        sheet.append(
            [
                "12/CT-UBND",
                "chi_thi",
                "UBND xã Ba Tơ",
                datetime.datetime(2026, 2, 1),
                "dat_dai",
                "Tăng cường quản lý đất đai",
            ]
        )
        buffer = io.BytesIO()
        workbook.save(buffer)
        job, report = self.run_import(SimpleUploadedFile("vb.xlsx", buffer.getvalue()))
        self.assertEqual(job.status, ImportStatus.DONE, [e.message for e in report.errors])
        payload = json.dumps(
            {
                "items": [
                    {
                        "so_ky_hieu": "05/KH-UBND",
                        "loai_van_ban": "Kế hoạch",
                        "co_quan_ban_hanh": "UBND xã Ba Tơ",
                        "ngay_ban_hanh": "2026-02-03",
                        "linh_vuc": "Y tế",
                        "trich_yeu": "Kế hoạch tiêm chủng",
                    }
                ]
            },
            ensure_ascii=False,
        ).encode()
        job, report = self.run_import(SimpleUploadedFile("vb.json", payload))
        self.assertEqual(job.status, ImportStatus.DONE, [e.message for e in report.errors])
        self.assertEqual(LegalDocument.objects.count(), 2)

    def test_a_file_that_is_not_what_its_extension_says(self):
        from django.core.exceptions import ValidationError

        from .factories import pdf_bytes

        for name, data in (
            ("van-ban.csv", pdf_bytes()),
            ("van-ban.xlsx", b"so_ky_hieu,loai\n1/QD-UBND,x\n"),
            ("van-ban.json", b"PK\x03\x04zip"),
            ("van-ban.exe", b"MZ"),
        ):
            with self.subTest(name=name), self.assertRaises(ValidationError):
                services.start_import(self.bato, SimpleUploadedFile(name, data))
        self.assertFalse(DocumentImport.objects.exists())
        # A damaged spreadsheet that starts like one: the job says so, nothing is written.
        job, report = self.run_import(SimpleUploadedFile("hong.xlsx", b"PK\x03\x04not really"))
        self.assertEqual(job.status, ImportStatus.REJECTED)
        self.assertTrue(report.file_error)
        latin1 = SimpleUploadedFile("latin1.csv", (HEADER + "\n").encode() + b"Quy\xeat\xe9")
        _job, report = self.run_import(latin1)
        self.assertIn("UTF-8", report.file_error)

    def test_export_imports_back_unchanged(self):
        self.run_import(csv_file(*GOOD))
        documents = LegalDocument.objects.for_portal(self.bato).select_related("replaced_by")
        rows = list(export_rows(documents))
        import csv

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(export_header())
        writer.writerows(rows)
        report = DocumentImporter(self.bato).run(buffer.getvalue().encode(), "csv")
        self.assertEqual(
            (report.created, report.updated, report.unchanged), (0, 0, 3), report.errors
        )

    def test_import_writes_one_audit_entry(self):
        from vnportal.security.models import AuditEntry

        self.run_import(csv_file(*GOOD))
        self.assertEqual(AuditEntry.objects.filter(action="document.import.finish").count(), 1)
