"""Public pages of the documents registry: scoping, filters, province-wide list, downloads, and a
bounded number of queries whatever the page size."""

import datetime
import json

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from vnportal.documents import views
from vnportal.documents.choices import DocumentType
from vnportal.tenancy import services as tenancy

from .factories import make_document
from .test_services import build_portals

PROVINCE = {"HTTP_HOST": "quangngai.gov.vn"}


class PublicDocumentViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        cls.decision = make_document(cls.bato, publish=True, file_text="Cong bo thu tuc ho tich")
        cls.plan = make_document(
            cls.bato,
            publish=True,
            number_symbol="05/KH-UBND",
            doc_type=DocumentType.PLAN,
            field="y_te",
            abstract="Kế hoạch tiêm chủng mở rộng",
            issue_date=datetime.date(2025, 2, 3),
            effective_date=datetime.date(2025, 2, 3),
        )
        cls.draft = make_document(cls.bato, number_symbol="7/QĐ-UBND", abstract="Bản nháp zqxdraft")
        cls.ward = make_document(cls.camthanh, publish=True, abstract="Văn bản của phường zqxward")

    def get(self, path, **params):
        return self.client.get(path, params, **PROVINCE)

    def test_a_commune_lists_its_own_published_documents(self):
        response = self.get("/bato/tra-cuu/van-ban/")
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        self.assertIn("355/QĐ-UBND", body)
        self.assertIn("05/KH-UBND", body)
        self.assertNotIn("zqxdraft", body)
        self.assertNotIn("zqxward", body)
        self.assertIn(f'href="/bato/tra-cuu/van-ban/{self.decision.pk}/"', body)

    def test_filters_and_sorting(self):
        cases = {
            (("loai", "ke_hoach"),): ["05/KH-UBND"],
            (("linh_vuc", "y_te"),): ["05/KH-UBND"],
            (("nam", "2026"),): ["355/QĐ-UBND"],
            (("q", "ho tich"),): ["355/QĐ-UBND"],
            (("q", "tiêm chủng"),): ["05/KH-UBND"],
            (("co_quan", "Ủy ban nhân dân xã Ba Tơ"), ("sap_xep", "cu-nhat")): [
                "05/KH-UBND",
                "355/QĐ-UBND",
            ],
            (("loai", "khong-co"),): ["355/QĐ-UBND", "05/KH-UBND"],
        }
        for params, expected in cases.items():
            with self.subTest(params=params):
                response = self.get("/bato/tra-cuu/van-ban/", **dict(params))
                found = [d.number_symbol for d in response.context["page_obj"]]
                self.assertEqual(found, expected)

    def test_the_provincial_registry_lists_every_public_portal_with_a_unit_filter(self):
        response = self.get("/tra-cuu/van-ban/")
        symbols = {d.number_symbol for d in response.context["page_obj"]}
        self.assertEqual(symbols, {"355/QĐ-UBND", "05/KH-UBND"})
        self.assertEqual(response.context["page_obj"].paginator.count, 3)
        only_ward = self.get("/tra-cuu/van-ban/", cong="camthanh")
        self.assertEqual([d.pk for d in only_ward.context["page_obj"]], [self.ward.pk])
        self.assertEqual(self.get(f"/tra-cuu/van-ban/{self.ward.pk}/").status_code, 200)

    def test_nothing_from_a_suspended_portal(self):
        tenancy.suspend_portal(self.camthanh, reason="Không hoạt động")
        response = self.get("/tra-cuu/van-ban/")
        self.assertNotIn("zqxward", response.content.decode())
        self.assertEqual(self.get(f"/tra-cuu/van-ban/{self.ward.pk}/").status_code, 404)
        exported = b"".join(self.get("/tra-cuu/van-ban/tai-ve.csv").streaming_content).decode()
        self.assertNotIn("zqxward", exported)

    def test_detail_and_file_are_scoped_to_the_portal(self):
        response = self.get(f"/bato/tra-cuu/van-ban/{self.decision.pk}/")
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        self.assertIn('name="DC.identifier" content="355/QĐ-UBND"', body)
        self.assertIn("Còn hiệu lực", body)
        attachment = self.decision.attachments.get()
        download = self.get(f"/bato/tra-cuu/van-ban/{self.decision.pk}/tep/{attachment.pk}/")
        self.assertEqual(download.status_code, 200)
        self.assertEqual(download["Content-Type"], "application/pdf")
        for path in (
            f"/camthanh/tra-cuu/van-ban/{self.decision.pk}/",
            f"/camthanh/tra-cuu/van-ban/{self.decision.pk}/tep/{attachment.pk}/",
            f"/bato/tra-cuu/van-ban/{self.draft.pk}/",
            f"/bato/tra-cuu/van-ban/{self.ward.pk}/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.get(path).status_code, 404)

    def test_csv_and_json_downloads_follow_the_filters(self):
        response = self.get("/bato/tra-cuu/van-ban/tai-ve.csv", loai="ke_hoach")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        lines = text.strip().splitlines()
        self.assertTrue(lines[0].startswith("so_ky_hieu,loai_van_ban"))
        self.assertEqual(len(lines), 2)
        self.assertIn("05/KH-UBND", lines[1])
        data = json.loads(b"".join(self.get("/bato/tra-cuu/van-ban/tai-ve.json").streaming_content))
        self.assertEqual(data["meta"]["portal"], "bato")
        self.assertEqual({i["so_ky_hieu"] for i in data["items"]}, {"355/QĐ-UBND", "05/KH-UBND"})

    def test_queries_do_not_grow_with_the_page(self):
        def count(n):
            with CaptureQueriesContext(connection) as ctx:
                response = self.get("/bato/tra-cuu/van-ban/")
            self.assertEqual(len(response.context["page_obj"].object_list), n)
            return len(ctx)

        original = views.PAGE_SIZE
        try:
            for i in range(50):
                make_document(
                    self.bato,
                    publish=(i < 3),
                    number_symbol=f"{100 + i}/TB-UBND",
                    doc_type=DocumentType.NOTICE,
                )
            from vnportal.documents.models import LegalDocument

            LegalDocument.objects.filter(number_symbol__endswith="/TB-UBND").update(
                status="published"
            )
            views.PAGE_SIZE = 5
            count(5)  # warm the portal registry and menu caches
            small = count(5)
            views.PAGE_SIZE = 50
            large = count(50)
        finally:
            views.PAGE_SIZE = original
        self.assertEqual(small, large)


class SectionItemsTests(TestCase):
    """What the content sections of a portal receive from the registries."""

    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        make_document(cls.bato, publish=True)

    def test_sections_get_snippets_and_counts(self):
        from django.urls import set_script_prefix

        from vnportal.documents.sections import registry_items, section_counts

        set_script_prefix("/bato/")
        try:
            (snippet,) = registry_items("directive_documents", self.bato)
        finally:
            set_script_prefix("/")
        self.assertIn("355/QĐ-UBND", snippet)
        self.assertIn('href="/bato/tra-cuu/van-ban/"', snippet)
        self.assertEqual(registry_items("budget", self.bato), [])
        self.assertEqual(registry_items("news", self.bato), [])
        self.assertEqual(section_counts(self.bato)["directive_documents"], 1)
        self.assertEqual(section_counts(self.camthanh)["directive_documents"], 0)
