"""Isolation of the registries' admin: every board role of portal A against B's documents, files,
imports, data sets and procedure set, by tampered ids (list, edit, delete, publish, export,
import-into-B). Each refusal is paired with the same action on A's own object, so a refusal cannot
pass merely because a URL is wrong."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

from vnportal.accounts.services import add_member, create_staff_user, make_operator, make_supervisor
from vnportal.datasets.choices import PlanStatus, PlanType
from vnportal.datasets.models import PlanningRecord
from vnportal.documents import services
from vnportal.documents.models import DocumentImport, LegalDocument
from vnportal.procedures import services as procedure_services
from vnportal.procedures.models import PortalProcedure, ProcedureReview
from vnportal.procedures.tests.factories import make_procedure
from vnportal.tenancy.choices import BoardRole

from .factories import make_document
from .test_import import GOOD, csv_file
from .test_services import build_portals

ROLES = list(BoardRole.values)
REFUSED = (302, 403, 404)


def plan(portal, title):
    return PlanningRecord.objects.create(
        portal=portal,
        title=title,
        field="xay_dung_quy_hoach",
        year=2026,
        plan_type=PlanType.LAND_USE,
        period_start=2021,
        period_end=2030,
        status=PlanStatus.APPROVED,
    )


class RegistryIsolationMatrix(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        cls.own_doc = make_document(cls.bato, file_text="Ba To", abstract="Văn bản zqxbato")
        cls.other_doc = make_document(cls.camthanh, publish=True, abstract="Văn bản zqxcamthanh")
        cls.other_file = cls.other_doc.attachments.get()
        cls.other_job = services.start_import(cls.camthanh, csv_file(*GOOD))
        cls.own_plan = plan(cls.bato, "Quy hoạch zqxbato")
        cls.other_plan = plan(cls.camthanh, "Quy hoạch zqxcamthanh")
        cls.procedure = make_procedure("1.001193")
        cls.users = {}
        for role in ROLES:
            user = create_staff_user(
                f"bato-{role}", "Mat-khau-dai-2026", email=f"{role}@example.org"
            )
            add_member(cls.bato, user, role)
            cls.users[role] = user

    def as_role(self, role):
        self.client.force_login(self.users[role])

    def assert_refused(self, response, what):
        self.assertIn(response.status_code, REFUSED, what)

    def test_documents_of_another_portal(self):
        other, own = self.other_doc, self.own_doc
        for role in ROLES:
            self.as_role(role)
            with self.subTest(role=role):
                listing = self.client.get("/admin/van-ban/").content.decode()
                self.assertIn("zqxbato", listing)
                self.assertNotIn("zqxcamthanh", listing)
                self.assert_refused(
                    self.client.get(f"/admin/van-ban/?cong={self.camthanh.pk}"), "list B"
                )
                self.assertEqual(self.client.get(f"/admin/van-ban/{own.pk}/").status_code, 200)
                for url in (
                    f"/admin/van-ban/{other.pk}/",
                    f"/admin/van-ban/{other.pk}/xoa/",
                    f"/admin/van-ban/xuat.csv?cong={self.camthanh.pk}",
                    f"/admin/van-ban/nhap/{self.other_job.pk}/",
                    f"/admin/van-ban/nhap/{self.other_job.pk}/bao-cao.csv",
                ):
                    self.assert_refused(self.client.get(url), url)
                for url, data in (
                    (f"/admin/van-ban/{other.pk}/", {"abstract": "HACKED"}),
                    (f"/admin/van-ban/{other.pk}/xoa/", {}),
                    (f"/admin/van-ban/{other.pk}/cong-khai/", {"action": "unpublish"}),
                    (f"/admin/van-ban/{other.pk}/tep/{self.other_file.pk}/xoa/", {}),
                    (f"/admin/van-ban/{own.pk}/tep/{self.other_file.pk}/xoa/", {}),
                    (f"/admin/van-ban/nhap/{self.other_job.pk}/nhap-dong-hop-le/", {}),
                ):
                    self.assert_refused(self.client.post(url, data), url)
                attach = self.client.post(
                    f"/admin/van-ban/{other.pk}/tep/",
                    {"file": SimpleUploadedFile("x.pdf", b"%PDF-1.4 x")},
                )
                self.assert_refused(attach, "attach to B")
                # Creating or importing into B: the portal is not a valid choice.
                created = self.client.post(
                    "/admin/van-ban/them/",
                    {
                        "portal": self.camthanh.pk,
                        "number_symbol": "99/QĐ-UBND",
                        "doc_type": "quyet_dinh",
                        "issuer": "UBND",
                        "issue_date": "2026-03-05",
                        "field": "khac",
                        "abstract": "HACKED",
                    },
                )
                self.assertEqual(created.status_code, 200)
                imported = self.client.post(
                    "/admin/van-ban/nhap/",
                    {"portal": self.camthanh.pk, "mode": "all", "file": csv_file(*GOOD)},
                )
                self.assertEqual(imported.status_code, 200)
                self.assertIn("portal", imported.context["form"].errors)
        other.refresh_from_db()
        self.assertEqual(other.status, "published")
        self.assertNotIn("HACKED", other.abstract)
        self.assertTrue(other.attachments.exists())
        self.assertFalse(LegalDocument.objects.filter(abstract="HACKED").exists())
        self.assertEqual(DocumentImport.objects.filter(portal=self.camthanh).count(), 1)
        # B's own import (3 rows) and its published document, nothing more.
        self.assertEqual(LegalDocument.objects.for_portal(self.camthanh).count(), 4)

    def test_a_member_imports_into_its_own_portal(self):
        self.as_role(BoardRole.EDITOR)
        response = self.client.post(
            "/admin/van-ban/nhap/", {"portal": self.bato.pk, "mode": "all", "file": csv_file(*GOOD)}
        )
        self.assertEqual(response.status_code, 302)
        job = DocumentImport.objects.filter(portal=self.bato).get()
        page = self.client.get(response["Location"])
        self.assertContains(page, 'data-status="done"')
        self.assertEqual(job.created_by, self.users[BoardRole.EDITOR])

    def test_data_sets_of_another_portal(self):
        kind = "quy-hoach"
        for role in ROLES:
            self.as_role(role)
            with self.subTest(role=role):
                listing = self.client.get(f"/admin/bo-du-lieu/{kind}/").content.decode()
                self.assertIn("zqxbato", listing)
                self.assertNotIn("zqxcamthanh", listing)
                self.assertEqual(
                    self.client.get(f"/admin/bo-du-lieu/{kind}/{self.own_plan.pk}/").status_code,
                    200,
                )
                for url in (
                    f"/admin/bo-du-lieu/{kind}/?cong={self.camthanh.pk}",
                    f"/admin/bo-du-lieu/{kind}/{self.other_plan.pk}/",
                    f"/admin/bo-du-lieu/{kind}/{self.other_plan.pk}/xoa/",
                    f"/admin/bo-du-lieu/{kind}/xuat.json?cong={self.camthanh.pk}",
                ):
                    self.assert_refused(self.client.get(url), url)
                    self.assert_refused(self.client.post(url, {"title": "HACKED"}), url)
                created = self.client.post(
                    f"/admin/bo-du-lieu/{kind}/them/",
                    {
                        "portal": self.camthanh.pk,
                        "title": "HACKED",
                        "field": "khac",
                        "year": 2026,
                        "plan_type": "su_dung_dat",
                        "period_start": 2021,
                        "period_end": 2030,
                        "status": "phe_duyet",
                        "is_published": "on",
                    },
                )
                self.assertEqual(created.status_code, 200)
                exported = b"".join(
                    self.client.get(f"/admin/bo-du-lieu/{kind}/xuat.csv").streaming_content
                ).decode()
                self.assertNotIn("zqxcamthanh", exported)
        self.assertFalse(PlanningRecord.objects.filter(title="HACKED").exists())
        self.assertTrue(PlanningRecord.objects.filter(pk=self.other_plan.pk).exists())

    def test_procedure_sets_of_another_portal(self):
        for role in ROLES:
            self.as_role(role)
            with self.subTest(role=role):
                self.assertEqual(
                    self.client.get(
                        f"/admin/thu-tuc-hanh-chinh/cong-cu/ap-dung/?cong={self.bato.pk}"
                    ).status_code,
                    200,
                )
                self.assert_refused(
                    self.client.get(
                        f"/admin/thu-tuc-hanh-chinh/cong-cu/ap-dung/?cong={self.camthanh.pk}"
                    ),
                    "apply page of B",
                )
                for action in ("apply", "review", "apply_commune_set"):
                    response = self.client.post(
                        "/admin/thu-tuc-hanh-chinh/cong-cu/ap-dung/",
                        {
                            "cong": self.camthanh.pk,
                            "action": action,
                            "thu_tuc": [self.procedure.pk],
                        },
                    )
                    self.assert_refused(response, action)
                self.assert_refused(
                    self.client.get(
                        f"/admin/thu-tuc-hanh-chinh/cong-cu/day-du/{self.camthanh.pk}/"
                    ),
                    "completeness of B",
                )
                report = self.client.get(
                    "/admin/thu-tuc-hanh-chinh/cong-cu/day-du/"
                ).content.decode()
                self.assertNotIn("Phường Cẩm Thành", report)
                # The shared catalogue and its imports are for operators only.
                for url in (
                    f"/admin/thu-tuc-hanh-chinh/danh-muc/edit/{self.procedure.pk}/",
                    f"/admin/thu-tuc-hanh-chinh/danh-muc/delete/{self.procedure.pk}/",
                    "/admin/thu-tuc-hanh-chinh/danh-muc/new/",
                    "/admin/thu-tuc-hanh-chinh/cong-cu/nhap/",
                ):
                    self.assert_refused(self.client.get(url), url)
                    self.assert_refused(self.client.post(url, {"name": "HACKED"}), url)
        self.assertFalse(PortalProcedure.objects.filter(portal=self.camthanh).exists())
        self.assertFalse(ProcedureReview.objects.filter(portal=self.camthanh).exists())
        self.procedure.refresh_from_db()
        self.assertNotEqual(self.procedure.name, "HACKED")

    def test_supervisors_see_review_dates_and_operators_see_all(self):
        procedure_services.apply_procedures(self.bato, [self.procedure])
        procedure_services.record_review(self.bato, note="Quý IV")
        supervisor = create_staff_user("giamsat", "Mat-khau-dai-2026", email="g@example.org")
        make_supervisor(supervisor, self.bato.unit.parent)
        self.client.force_login(supervisor)
        report = self.client.get("/admin/thu-tuc-hanh-chinh/cong-cu/day-du/")
        self.assertEqual(report.status_code, 200)
        rows = {row["portal"].slug: row for row in report.context["rows"]}
        self.assertIsNotNone(rows["bato"]["last_review"])
        self.assertIsNone(rows["camthanh"]["last_review"])
        detail = self.client.get(f"/admin/thu-tuc-hanh-chinh/cong-cu/day-du/{self.bato.pk}/")
        self.assertContains(detail, "Quý IV")
        # Supervising is reading: the apply screen is not theirs.
        self.assert_refused(
            self.client.get(f"/admin/thu-tuc-hanh-chinh/cong-cu/ap-dung/?cong={self.bato.pk}"),
            "apply",
        )
        operator = create_staff_user("dieuhanh", "Mat-khau-dai-2026", email="d@example.org")
        make_operator(operator)
        self.client.force_login(operator)
        listing = self.client.get("/admin/van-ban/").content.decode()
        self.assertIn("zqxbato", listing)
        self.assertIn("zqxcamthanh", listing)
        self.assertEqual(
            self.client.get(
                f"/admin/thu-tuc-hanh-chinh/danh-muc/edit/{self.procedure.pk}/"
            ).status_code,
            200,
        )
