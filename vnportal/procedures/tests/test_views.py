"""Public procedure pages: a commune shows what it applies, the province shows the catalogue with a
unit filter, nothing via a suspended portal, bounded queries."""

import json

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from vnportal.documents.tests.test_services import build_portals
from vnportal.procedures import services, views
from vnportal.procedures.models import Procedure
from vnportal.tenancy import services as tenancy

from .factories import field, make_procedure

PROVINCE = {"HTTP_HOST": "quangngai.gov.vn"}


class PublicProcedureViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        cls.birth = make_procedure("1.001193", name="Đăng ký khai sinh")
        cls.marriage = make_procedure(
            "1.000894", name="Đăng ký kết hôn", fees="", result="Giấy chứng nhận kết hôn"
        )
        cls.copy = make_procedure(
            "2.000815",
            name="Chứng thực bản sao từ bản chính",
            field=field("Chứng thực", "chung-thuc"),
        )
        services.apply_procedures(cls.bato, [cls.birth, cls.marriage])
        services.apply_procedures(cls.camthanh, [cls.copy])
        services.record_review(cls.bato, note="Rà soát quý IV")

    def get(self, path, **params):
        return self.client.get(path, params, **PROVINCE)

    def test_a_commune_lists_the_procedures_it_applies(self):
        response = self.get("/bato/tra-cuu/thu-tuc/", sap_xep="ma")
        codes = [p.code for p in response.context["page_obj"]]
        self.assertEqual(codes, ["1.000894", "1.001193"])
        body = response.content.decode()
        self.assertIn("rà soát ngày", body)
        self.assertIn('href="/bato/tra-cuu/thu-tuc/1.001193/"', body)
        found = self.get("/bato/tra-cuu/thu-tuc/", q="khai sinh")
        self.assertEqual([p.code for p in found.context["page_obj"]], ["1.001193"])
        found = self.get("/bato/tra-cuu/thu-tuc/", q="1.000894")
        self.assertEqual([p.code for p in found.context["page_obj"]], ["1.000894"])

    def test_detail_shows_every_component_and_what_is_missing(self):
        response = self.get("/bato/tra-cuu/thu-tuc/1.000894/")
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        self.assertIn("Phí, lệ phí", body)
        self.assertIn('data-testid="incomplete-notice"', body)
        self.assertIn("dichvucong.gov.vn", body)
        self.assertEqual(self.get("/bato/tra-cuu/thu-tuc/2.000815/").status_code, 404)
        self.assertEqual(self.get("/bato/tra-cuu/thu-tuc/9.999999/").status_code, 404)

    def test_the_province_lists_the_catalogue_with_a_unit_filter(self):
        response = self.get("/tra-cuu/thu-tuc/")
        self.assertEqual(response.context["page_obj"].paginator.count, 3)
        ward = self.get("/tra-cuu/thu-tuc/", cong="camthanh")
        self.assertEqual([p.code for p in ward.context["page_obj"]], ["2.000815"])
        detail = self.get("/tra-cuu/thu-tuc/1.001193/").content.decode()
        self.assertIn("Xã Ba Tơ", detail)
        tenancy.suspend_portal(self.camthanh, reason="Không hoạt động")
        ward = self.get("/tra-cuu/thu-tuc/", cong="camthanh")
        self.assertEqual(ward.context["page_obj"].paginator.count, 3)  # unknown unit: ignored
        self.assertNotIn("camthanh", str(ward.context["form"].fields["cong"].choices))

    def test_abolished_procedures_disappear(self):
        Procedure.objects.filter(pk=self.birth.pk).update(status="bai_bo")
        self.assertEqual(self.get("/bato/tra-cuu/thu-tuc/1.001193/").status_code, 404)

    def test_downloads(self):
        response = self.get("/bato/tra-cuu/thu-tuc/tai-ve.json", sap_xep="ma")
        data = json.loads(b"".join(response.streaming_content))
        self.assertEqual([i["ma_thu_tuc"] for i in data["items"]], ["1.000894", "1.001193"])
        self.assertEqual(data["items"][0]["day_du"], "Chưa đầy đủ")
        csv_text = b"".join(self.get("/tra-cuu/thu-tuc/tai-ve.csv").streaming_content).decode(
            "utf-8-sig"
        )
        self.assertEqual(len(csv_text.strip().splitlines()), 4)

    def test_queries_do_not_grow_with_the_page(self):
        for n in range(60):
            procedure = make_procedure(f"1.{900000 + n:06d}", name=f"Thủ tục thử {n}")
            services.apply_procedures(self.bato, [procedure])

        def count(size):
            views.PAGE_SIZE = size
            with CaptureQueriesContext(connection) as ctx:
                response = self.get("/bato/tra-cuu/thu-tuc/")
            self.assertEqual(len(response.context["page_obj"].object_list), size)
            return len(ctx)

        original = views.PAGE_SIZE
        try:
            count(5)
            self.assertEqual(count(5), count(50))
        finally:
            views.PAGE_SIZE = original
