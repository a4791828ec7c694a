"""Procedures in the admin: the operator imports and edits the catalogue, a board applies and
reviews its set, everyone with a portal sees the completeness report."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

from vnportal.accounts.services import add_member, create_staff_user, make_operator
from vnportal.documents.tests.test_services import build_portals
from vnportal.procedures.models import PortalProcedure, Procedure, ProcedureReview
from vnportal.security.models import AuditEntry

from .factories import csv_bytes, csv_row, field, make_procedure

TOOLS = "/admin/thu-tuc-hanh-chinh/cong-cu/"


class ProcedureAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        field()
        cls.operator = create_staff_user("dieuhanh", "Mat-khau-dai-2026", email="d@example.org")
        make_operator(cls.operator)
        cls.editor = create_staff_user("bato-bientap", "Mat-khau-dai-2026", email="e@example.org")
        add_member(cls.bato, cls.editor, "editor")

    def test_operator_imports_a_file_with_a_bad_row_then_the_valid_rows(self):
        self.client.force_login(self.operator)
        self.assertEqual(self.client.get(TOOLS + "nhap/").status_code, 200)
        data = csv_bytes(csv_row("1.001193"), csv_row("1.00X612"), csv_row("2.000815"))
        response = self.client.post(
            TOOLS + "nhap/",
            {"mode": "all", "national_sync": "on", "file": SimpleUploadedFile("tthc.csv", data)},
        )
        self.assertEqual(response.status_code, 302)
        page = self.client.get(response["Location"])
        self.assertContains(page, 'data-status="rejected"')
        self.assertContains(page, 'data-row="3" data-column="ma_thu_tuc"')
        self.assertFalse(Procedure.objects.exists())
        job = page.context["job"]
        report = self.client.get(f"{TOOLS}nhap/{job.pk}/bao-cao.csv")
        self.assertIn("1.00X612", b"".join(report.streaming_content).decode("utf-8-sig"))
        retried = self.client.post(f"{TOOLS}nhap/{job.pk}/nhap-dong-hop-le/")
        page = self.client.get(retried["Location"])
        self.assertContains(page, 'data-status="done"')
        self.assertEqual(Procedure.objects.count(), 2)
        self.assertTrue(all(p.synced_at for p in Procedure.objects.all()))
        exported = self.client.get(TOOLS + "xuat.xlsx")
        self.assertEqual(exported.status_code, 200)
        self.assertEqual(self.client.get(TOOLS + "mau.json").status_code, 200)

    def test_operator_edits_the_catalogue_through_the_services(self):
        self.client.force_login(self.operator)
        procedure = make_procedure("1.001193")
        url = f"/admin/thu-tuc-hanh-chinh/danh-muc/edit/{procedure.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        from vnportal.procedures.wagtail_hooks import ProcedureCatalogueViewSet

        data = {
            name: getattr(procedure, name) if getattr(procedure, name) is not None else ""
            for name in ProcedureCatalogueViewSet.form_fields
        }
        data.update({"field": procedure.field_id, "fees": "", "dossier_copies": 1, "synced_at": ""})
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        procedure.refresh_from_db()
        self.assertEqual(procedure.missing, ["fees"])
        self.assertEqual(
            AuditEntry.objects.get(action="procedure.update").data["changed"], ["fees"]
        )
        listing = self.client.get("/admin/thu-tuc-hanh-chinh/danh-muc/?q=1.001193")
        self.assertContains(listing, "1.001193")

    def test_a_board_applies_and_reviews_its_set(self):
        first, second = (
            make_procedure("1.001193"),
            make_procedure("1.000894", name="Đăng ký kết hôn"),
        )
        self.client.force_login(self.editor)
        page = self.client.get(TOOLS + "ap-dung/")
        self.assertEqual(page.context["portal"], self.bato)
        response = self.client.post(
            TOOLS + "ap-dung/",
            {"cong": self.bato.pk, "action": "apply", "thu_tuc": [first.pk, second.pk]},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(PortalProcedure.objects.filter(portal=self.bato).count(), 2)
        self.client.post(
            TOOLS + "ap-dung/", {"cong": self.bato.pk, "action": "withdraw", "thu_tuc": [second.pk]}
        )
        self.client.post(
            TOOLS + "ap-dung/",
            {
                "cong": self.bato.pk,
                "action": "review",
                "reviewed_on": "2026-11-02",
                "note": "Quý IV",
            },
        )
        review = ProcedureReview.objects.get(portal=self.bato)
        self.assertEqual((review.applied_count, review.note), (1, "Quý IV"))
        report = self.client.get(TOOLS + "day-du/")
        (row,) = report.context["rows"]
        self.assertEqual((row["applied"], row["complete"]), (1, 1))
        self.assertEqual(str(row["last_review"]), "2026-11-02")
        detail = self.client.get(f"{TOOLS}day-du/{self.bato.pk}/")
        self.assertContains(detail, "1.000894")  # a commune-level procedure not applied
