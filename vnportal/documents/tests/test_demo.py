"""The registries' demo data loads on the demo province, is idempotent and shows up publicly."""

import io

from django.core.management import call_command
from django.test import TestCase

from vnportal.datasets.models import KINDS
from vnportal.documents.demo import load_demo_registries
from vnportal.documents.models import LegalDocument
from vnportal.procedures.models import Procedure, ProcedureReview
from vnportal.security.audit import verify_chain


class RegistryDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=io.StringIO())
        cls.first = load_demo_registries()

    def test_every_registry_has_realistic_records_and_a_second_load_changes_nothing(self):
        self.assertGreaterEqual(Procedure.objects.filter(level="xa").count(), 30)
        self.assertGreaterEqual(LegalDocument.objects.published().count(), 15)
        self.assertTrue(all(d.attachments.exists() for d in LegalDocument.objects.all()))
        for slug, model in KINDS.items():
            self.assertGreaterEqual(model.objects.count(), 3, slug)
        self.assertTrue(ProcedureReview.objects.filter(portal__slug="xabato").exists())
        counts = (Procedure.objects.count(), LegalDocument.objects.count())
        second = load_demo_registries()
        self.assertEqual((Procedure.objects.count(), LegalDocument.objects.count()), counts)
        self.assertEqual(second["documents"]["created"], 0)
        self.assertEqual(second["datasets"]["created"], 0)
        self.assertIsNone(verify_chain())

    def test_the_commune_portal_shows_its_registries(self):
        for path, marker in (
            ("/xa-ba-to/tra-cuu/thu-tuc/?q=khai+sinh", "1.001193"),
            ("/xa-ba-to/tra-cuu/van-ban/", "125/QĐ-UBND"),
            ("/xa-ba-to/tra-cuu/du-lieu/du-an-dau-tu/", "Gò Khế"),
            ("/tra-cuu/van-ban/?cong=xabato", "318/UBND-VP"),
        ):
            with self.subTest(path=path):
                response = self.client.get(path, HTTP_HOST="quangngai.gov.vn")
                self.assertContains(response, marker)
        replaced = LegalDocument.objects.get(number_symbol="42/2022/NĐ-CP")
        self.assertEqual(replaced.replaced_by.number_symbol, "224/2026/NĐ-CP")
