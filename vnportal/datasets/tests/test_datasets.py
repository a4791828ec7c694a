"""Data sets: typed records with their own rules, public list/filters/detail/downloads on every
portal and province-wide, bounded queries, and the board's admin screens."""

import datetime
import json
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from vnportal.accounts.services import add_member, create_staff_user
from vnportal.datasets import display, services, views
from vnportal.datasets.choices import (
    BiddingMethod,
    BiddingStatus,
    FundingType,
    NoticeType,
    ProjectGroup,
    ProjectStatus,
)
from vnportal.datasets.models import KINDS, BiddingNotice, InvestmentProject
from vnportal.documents.tests.test_services import build_portals
from vnportal.security.models import AuditEntry
from vnportal.tenancy import services as tenancy

PROVINCE = {"HTTP_HOST": "quangngai.gov.vn"}


def project(portal, title, **overrides):
    values = dict(
        title=title,
        field="giao_thong",
        year=2026,
        goal="Kết nối các thôn",
        project_group=ProjectGroup.GROUP_C,
        investor="UBND xã",
        start_year=2026,
        end_year=2027,
        total_investment=Decimal("4500000000"),
        funding_type=FundingType.STATE_BUDGET,
        status=ProjectStatus.IN_PROGRESS,
    )
    values.update(overrides)
    return services.save_record(InvestmentProject(portal=portal, **values))


class DatasetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)
        cls.road = project(cls.bato, "Đường thôn Gò Khế")
        cls.water = project(
            cls.bato,
            "Cấp nước thôn Trường An",
            funding_type=FundingType.ODA,
            donor="Ngân hàng Phát triển châu Á",
            status=ProjectStatus.PREPARING,
            year=2025,
        )
        cls.ward = project(cls.camthanh, "Vỉa hè Nguyễn Nghiêm zqxward")
        cls.draft = project(cls.bato, "Dự án nháp zqxdraft", is_published=False)

    def get(self, path, **params):
        return self.client.get(path, params, **PROVINCE)

    def test_each_kind_has_its_own_rules(self):
        with self.assertRaises(ValidationError) as info:
            project(self.bato, "ODA không nhà tài trợ", funding_type=FundingType.ODA)
        self.assertIn("donor", info.exception.message_dict)
        with self.assertRaises(ValidationError) as info:
            project(self.bato, "Ngược thời gian", start_year=2027, end_year=2026)
        self.assertIn("end_year", info.exception.message_dict)
        with self.assertRaises(ValidationError) as info:
            services.save_record(
                BiddingNotice(
                    portal=self.bato,
                    title="Kết quả thiếu nhà thầu",
                    field="giao_thong",
                    year=2026,
                    notice_type=NoticeType.RESULT,
                    procuring_entity="UBND xã",
                    selection_method=BiddingMethod.OPEN,
                    published_on=datetime.date(2026, 10, 1),
                    status=BiddingStatus.AWARDED,
                )
            )
        self.assertIn("winner", info.exception.message_dict)
        self.assertEqual(AuditEntry.objects.filter(action="dataset.create").count(), 4)
        self.assertEqual(display.text(self.road, "total_investment"), "4.500.000.000")
        self.assertEqual(display.text(self.road, "funding_type"), "Ngân sách nhà nước")
        self.assertEqual(self.road.duration, "2026–2027")

    def test_public_list_filters_detail_and_scope(self):
        response = self.get("/bato/tra-cuu/du-lieu/du-an-dau-tu/")
        titles = [i["record"].title for i in response.context["items"]]
        self.assertEqual(set(titles), {"Đường thôn Gò Khế", "Cấp nước thôn Trường An"})
        oda = self.get("/bato/tra-cuu/du-lieu/du-an-dau-tu/", funding_type="oda")
        self.assertEqual([i["record"].pk for i in oda.context["items"]], [self.water.pk])
        by_year = self.get("/bato/tra-cuu/du-lieu/du-an-dau-tu/", nam="2025", q="truong an")
        self.assertEqual([i["record"].pk for i in by_year.context["items"]], [self.water.pk])
        detail = self.get(f"/bato/tra-cuu/du-lieu/du-an-dau-tu/{self.water.pk}/")
        self.assertContains(detail, "Ngân hàng Phát triển châu Á")
        self.assertContains(detail, "4.500.000.000")
        for path in (
            f"/bato/tra-cuu/du-lieu/du-an-dau-tu/{self.ward.pk}/",
            f"/bato/tra-cuu/du-lieu/du-an-dau-tu/{self.draft.pk}/",
            f"/bato/tra-cuu/du-lieu/dau-thau/{self.road.pk}/",
            "/bato/tra-cuu/du-lieu/khong-co/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.get(path).status_code, 404)
        index = self.get("/bato/tra-cuu/du-lieu/")
        counts = {k["slug"]: k["count"] for k in index.context["kinds"]}
        self.assertEqual(counts["du-an-dau-tu"], 2)
        self.assertEqual(set(counts), set(KINDS))

    def test_province_wide_and_suspended_portals(self):
        response = self.get("/tra-cuu/du-lieu/du-an-dau-tu/")
        self.assertEqual(response.context["page_obj"].paginator.count, 3)
        ward = self.get("/tra-cuu/du-lieu/du-an-dau-tu/", cong="camthanh")
        self.assertEqual([i["record"].pk for i in ward.context["items"]], [self.ward.pk])
        tenancy.suspend_portal(self.camthanh, reason="Không hoạt động")
        response = self.get("/tra-cuu/du-lieu/du-an-dau-tu/")
        self.assertNotContains(response, "zqxward")
        data = json.loads(
            b"".join(self.get("/tra-cuu/du-lieu/du-an-dau-tu/tai-ve.json").streaming_content)
        )
        self.assertEqual({i["cong"] for i in data["items"]}, {"bato"})
        self.assertEqual(data["meta"]["labels"]["donor"], "nhà tài trợ")
        csv_text = b"".join(
            self.get("/bato/tra-cuu/du-lieu/du-an-dau-tu/tai-ve.csv").streaming_content
        )
        self.assertIn("4.500.000.000", csv_text.decode("utf-8-sig"))

    def test_queries_do_not_grow_with_the_page(self):
        for n in range(50):
            project(self.bato, f"Dự án số {n}")

        def count(size):
            views.PAGE_SIZE = size
            with CaptureQueriesContext(connection) as ctx:
                response = self.get("/bato/tra-cuu/du-lieu/du-an-dau-tu/")
            self.assertEqual(len(response.context["items"]), size)
            return len(ctx)

        original = views.PAGE_SIZE
        try:
            count(5)
            self.assertEqual(count(5), count(50))
        finally:
            views.PAGE_SIZE = original

    def test_a_board_member_adds_and_edits_in_the_admin(self):
        editor = create_staff_user("bato-editor", "Mat-khau-dai-2026", email="e@example.org")
        add_member(self.bato, editor, "editor")
        self.client.force_login(editor)
        for slug in KINDS:
            with self.subTest(kind=slug):
                self.assertEqual(self.client.get(f"/admin/bo-du-lieu/{slug}/").status_code, 200)
                self.assertEqual(
                    self.client.get(f"/admin/bo-du-lieu/{slug}/them/").status_code, 200
                )
        response = self.client.post(
            "/admin/bo-du-lieu/dau-thau/them/",
            {
                "portal": self.bato.pk,
                "title": "Gói thầu số 05: Thi công kè suối",
                "field": "giao_thong",
                "year": 2026,
                "notice_type": "moi_thau",
                "procuring_entity": "UBND xã Ba Tơ",
                "selection_method": "rong_rai",
                "published_on": "2026-11-02",
                "closing_at": "2026-11-01T09:00",
                "status": "dang_moi",
                "is_published": "on",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("closing_at", response.context["form"].errors)
        response = self.client.post(
            f"/admin/bo-du-lieu/du-an-dau-tu/{self.road.pk}/",
            {
                "title": "Đường thôn Gò Khế (điều chỉnh)",
                "field": "giao_thong",
                "year": 2026,
                "goal": "Kết nối các thôn",
                "project_group": "nhom_c",
                "investor": "UBND xã",
                "start_year": 2026,
                "end_year": 2028,
                "total_investment": "5000000000",
                "funding_type": "ngan_sach",
                "status": "dang_thuc_hien",
                "is_published": "on",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.road.refresh_from_db()
        self.assertEqual(self.road.end_year, 2028)
        self.assertEqual(self.road.portal, self.bato)
        exported = self.client.get("/admin/bo-du-lieu/du-an-dau-tu/xuat.xlsx")
        self.assertEqual(exported.status_code, 200)
