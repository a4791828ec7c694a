"""Schemathesis against the registries' part of the public API (/api/v1/documents, /procedures,
/datasets): every operation, with generated parameters, answers as its OpenAPI schema says.

Runs in-process through the WSGI application on the test database (seeded with a few records of
each kind so that responses carry real items), with a bounded number of examples per operation so
the whole module stays well under a minute.
"""

import datetime

from django.core import signals
from django.db import close_old_connections
from django.test import TestCase
from hypothesis import HealthCheck, given, settings

from vnportal.datasets.choices import FundingType, ProjectGroup, ProjectStatus
from vnportal.datasets.models import InvestmentProject
from vnportal.procedures import services as procedure_services
from vnportal.procedures.tests.factories import make_procedure

from .factories import make_document
from .test_services import build_portals

EXAMPLES = 25
REGISTRIES = r"^/api/v1/(documents|procedures|datasets)"


class RegistryApiSchemaTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        make_document(cls.bato, publish=True)
        make_document(
            cls.camthanh, publish=True, number_symbol="6821/UBND-BBT", doc_type="cong_van"
        )
        procedure = make_procedure("1.001193")
        make_procedure("1.000894", name="Đăng ký kết hôn", fees="")
        procedure_services.apply_procedures(cls.bato, [procedure])
        InvestmentProject.objects.create(
            portal=cls.bato,
            title="Đường giao thông thôn Gò Khế",
            field="giao_thong",
            year=2026,
            goal="Kết nối thôn Gò Khế với trung tâm xã",
            project_group=ProjectGroup.GROUP_C,
            investor="UBND xã Ba Tơ",
            start_year=2026,
            end_year=2027,
            total_investment=4_500_000_000,
            funding_type=FundingType.STATE_BUDGET,
            status=ProjectStatus.IN_PROGRESS,
        )

    def setUp(self):
        # Schemathesis calls the real WSGI handler, whose request signals close "old" connections:
        # inside the test transaction that closes PostgreSQL's connection (SQLite's in-memory one
        # survives). Django's test client disconnects the same handler for the same reason.
        signals.request_started.disconnect(close_old_connections)
        signals.request_finished.disconnect(close_old_connections)
        self.addCleanup(signals.request_started.connect, close_old_connections)
        self.addCleanup(signals.request_finished.connect, close_old_connections)

    def test_every_registry_operation_conforms_to_the_schema(self):
        import schemathesis

        from vnportal.wsgi import application

        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application).include(
            path_regex=REGISTRIES
        )
        operations = [result.ok() for result in schema.get_all_operations()]
        paths = {op.path for op in operations}
        self.assertIn("/api/v1/documents", paths)
        self.assertIn("/api/v1/procedures/{code}", paths)
        self.assertIn("/api/v1/datasets/du-an-dau-tu/{record_id}", paths)
        self.assertGreaterEqual(len(operations), 16)
        for operation in operations:
            with self.subTest(operation=f"{operation.method.upper()} {operation.path}"):

                @settings(
                    max_examples=EXAMPLES,
                    deadline=None,
                    derandomize=True,
                    database=None,
                    suppress_health_check=list(HealthCheck),
                )
                @given(case=operation.as_strategy())
                def run(case):
                    case.call_and_validate()

                run()

    def test_list_queries_do_not_grow_with_the_page(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        counts = []
        self.client.get("/api/v1/documents")  # warm the portal registry cache
        for limit in (1, 2):
            with CaptureQueriesContext(connection) as ctx:
                self.assertEqual(
                    len(self.client.get("/api/v1/documents", {"limit": limit}).json()["items"]),
                    limit,
                )
            counts.append(len(ctx))
        self.assertEqual(counts[0], counts[1])

    def test_known_records_come_back(self):
        listing = self.client.get(
            "/api/v1/documents", {"portal": "bato", "type": "quyet_dinh"}
        ).json()
        self.assertEqual(listing["count"], 1)
        item = listing["items"][0]
        self.assertEqual(item["number_symbol"], "355/QĐ-UBND")
        self.assertTrue(item["url"].endswith(f"/bato/tra-cuu/van-ban/{item['id']}/"))
        detail = self.client.get(f"/api/v1/documents/{item['id']}").json()
        self.assertEqual(len(detail["attachments"]), 1)
        procedures = self.client.get("/api/v1/procedures", {"portal": "bato"}).json()
        self.assertEqual([p["code"] for p in procedures["items"]], ["1.001193"])
        self.assertEqual(self.client.get("/api/v1/procedures/1.000894").json()["missing"], ["fees"])
        self.assertEqual(self.client.get("/api/v1/procedures/9.999999").status_code, 404)
        portal_set = self.client.get("/api/v1/procedures/portals/bato").json()
        self.assertEqual(portal_set["applied"], 1)
        projects = self.client.get(
            "/api/v1/datasets/du-an-dau-tu", {"funding_type": "ngan_sach"}
        ).json()
        self.assertEqual(projects["count"], 1)
        self.assertEqual(projects["items"][0]["total_investment"], "4500000000")
        kinds = {k["kind"]: k["records"] for k in self.client.get("/api/v1/datasets").json()}
        self.assertEqual(kinds["du-an-dau-tu"], 1)
        self.assertEqual(self.client.get("/api/v1/documents", {"limit": 500}).status_code, 422)
        self.assertEqual(
            self.client.get("/api/v1/documents", {"year": datetime.date.today().year}).json()[
                "count"
            ],
            2,
        )
