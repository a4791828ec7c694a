"""Isolation matrix: every board role of portal A against every object kind of portal B.

Each check also runs against A's own object where the role has access, so a refusal cannot pass
merely because the URL is wrong.
"""

from django.conf import settings
from django.core.files.base import ContentFile
from django.test import TestCase, override_settings
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from vnportal.accounts.services import add_member, create_staff_user
from vnportal.content.models import SectionPage
from vnportal.tenancy import services, units
from vnportal.tenancy.choices import BoardRole
from vnportal.tenancy.models import Portal

ROLES = list(BoardRole.values)


@override_settings(WAGTAILSEARCH_BACKENDS=settings.WAGTAIL_INDEX_ON)  # the admin search is tested
class IsolationMatrix(TestCase):
    @classmethod
    def setUpTestData(cls):
        province = units.create_unit(code="51", name="Tỉnh Quảng Ngãi", unit_type="province")
        services.create_portal(
            services.PortalSpec(
                unit_code="51",
                slug="quangngai",
                hostname="quangngai.gov.vn",
                is_provincial=True,
                status="active",
            )
        )
        cls.portals = {}
        for slug, name in (("bato", "Xã Ba Tơ"), ("camthanh", "Phường Cẩm Thành")):
            unit = units.create_unit(code=slug, name=name, unit_type="commune", parent=province)
            portal = services.create_portal(
                services.PortalSpec(unit_code=unit.code, slug=slug, path=slug)
            )
            secret = SectionPage(
                title=f"Bản nháp mật {slug} zqx{slug}", slug=f"nhap-{slug}", body="<p>x</p>"
            )
            portal.root_page.add_child(instance=secret)
            secret.save_revision()
            image = Image.objects.create(
                title=f"Ảnh {slug} zqx{slug}",
                file=get_test_image_file(),
                collection=portal.collection,
            )
            doc = Document.objects.create(
                title=f"Tài liệu {slug} zqx{slug}",
                collection=portal.collection,
                file=ContentFile(b"%PDF-1.4 test", name=f"{slug}.pdf"),
            )
            cls.portals[slug] = {"portal": portal, "page": secret, "image": image, "doc": doc}
        cls.users = {}
        for role in ROLES:
            user = create_staff_user(
                f"bato-{role}", "Mat-khau-dai-2026", email=f"{role}@example.org"
            )
            add_member(cls.portals["bato"]["portal"], user, role)
            cls.users[role] = user

    def _as(self, role):
        self.client.force_login(self.users[role])

    def _refused(self, response):
        """Wagtail refuses with 403, 404 or a redirect away (to the dashboard or login)."""
        return response.status_code in (302, 403, 404)

    def test_page_views_of_another_portal_are_refused(self):
        other = self.portals["camthanh"]["page"]
        own = self.portals["bato"]["page"]
        for role in ROLES:
            self._as(role)
            for url in (
                "/admin/pages/{}/edit/",
                "/admin/pages/{}/delete/",
                "/admin/pages/{}/history/",
                "/admin/pages/{}/copy/",
                "/admin/pages/{}/move/",
                "/admin/pages/{}/",
                "/admin/pages/{}/preview/",
                "/admin/pages/add/content/sectionpage/{}/",
            ):
                with self.subTest(role=role, url=url):
                    self.assertTrue(self._refused(self.client.get(url.format(other.pk))))
            if role != BoardRole.CONTRIBUTOR:
                self.assertEqual(
                    self.client.get(f"/admin/pages/{own.pk}/edit/").status_code, 200, role
                )

    def test_posting_an_edit_to_another_portal_changes_nothing(self):
        other = self.portals["camthanh"]["page"]
        for role in ROLES:
            self._as(role)
            response = self.client.post(
                f"/admin/pages/{other.pk}/edit/",
                {"title": "HACKED", "slug": "hacked", "body": "<p>x</p>", "action-publish": "1"},
            )
            self.assertTrue(self._refused(response), role)
            other.refresh_from_db()
            self.assertNotEqual(other.title, "HACKED")
            self.assertNotIn("HACKED", other.get_latest_revision().content.get("title", ""))

    def test_images_and_documents_of_another_portal(self):
        other = self.portals["camthanh"]
        for role in ROLES:
            self._as(role)
            for url in (
                f"/admin/images/{other['image'].pk}/",
                f"/admin/images/{other['image'].pk}/delete/",
                f"/admin/documents/edit/{other['doc'].pk}/",
                f"/admin/documents/delete/{other['doc'].pk}/",
            ):
                with self.subTest(role=role, url=url):
                    self.assertTrue(self._refused(self.client.get(url)))
            for url in (
                "/admin/images/",
                "/admin/images/chooser/",
                "/admin/documents/",
                "/admin/documents/chooser/",
            ):
                with self.subTest(role=role, url=url):
                    body = self.client.get(url).content.decode()
                    self.assertNotIn("zqxcamthanh", body)
                    # Listings show what a role may change; choosers what it may choose.
                    if "chooser" in url or role != BoardRole.CONTRIBUTOR:
                        self.assertIn("zqxbato", body)

    def test_choosers_search_and_admin_api_never_show_another_portal(self):
        other = self.portals["camthanh"]["page"]
        for role in ROLES:
            self._as(role)
            for url in (
                "/admin/choose-page/search/?q={}",
                "/admin/pages/search/?q={}",
                "/admin/choose-page/",
                f"/admin/choose-page/{self.portals['camthanh']['portal'].root_page_id}/",
            ):
                with self.subTest(role=role, url=url):
                    body = self.client.get(url.format("zqxcamthanh")).content.decode()
                    self.assertNotIn("Bản nháp mật camthanh", body)
                    self.assertNotIn("Phường Cẩm Thành", body)
            found = self.client.get("/admin/pages/search/?q=zqxbato").content.decode()
            self.assertIn("Bản nháp mật bato", found, role)
            api = self.client.get("/admin/api/main/pages/?child_of=root&for_explorer=1").json()
            ids = {item["id"] for item in api.get("items", [])}
            self.assertNotIn(other.pk, ids, role)
            self.assertNotIn(self.portals["camthanh"]["portal"].root_page_id, ids, role)
            self.assertIn(self.portals["bato"]["portal"].root_page_id, ids, role)

    def test_history_reports_and_audit_of_another_portal_are_hidden(self):
        for role in ROLES:
            self._as(role)
            for url in (
                "/admin/reports/site-history/",
                "/admin/reports/locked/",
                "/admin/reports/aging-pages/",
                "/admin/workflows/",
                "/admin/users/",
                "/admin/groups/",
                "/admin/sites/",
                "/admin/collections/",
            ):
                with self.subTest(role=role, url=url):
                    response = self.client.get(url)
                    self.assertNotIn("zqxcamthanh", response.content.decode())
                    self.assertNotIn("Phường Cẩm Thành", response.content.decode())

    def test_portal_admin_screens_refuse_the_other_portal_by_id(self):
        other = self.portals["camthanh"]["portal"]
        own = self.portals["bato"]["portal"]
        for role in ROLES:
            self._as(role)
            for url in (
                f"/admin/portals/{other.pk}/members/",
                f"/admin/portals/{other.pk}/status/",
                f"/admin/portals/{other.pk}/maintenance/",
                "/admin/portals/new/",
            ):
                with self.subTest(role=role, url=url):
                    self.assertTrue(self._refused(self.client.get(url)))
                    response = self.client.post(
                        url,
                        {
                            "username": f"bato-{role}",
                            "role": "board_head",
                            "status": "closed",
                            "reason": "x",
                            "slug": "evil",
                            "path": "evil",
                            "unit": other.unit_id,
                        },
                    )
                    self.assertTrue(self._refused(response))
                    self.assertNotIn(f"/admin/portals/{other.pk}/", response.get("Location", ""))
            self.assertFalse(other.groups.filter(group__user=self.users[role]).exists())
            self.assertFalse(other.maintenance_windows.exists())
            self.assertFalse(Portal.objects.filter(slug="evil").exists())
            listing = self.client.get("/admin/portals/").content.decode()
            self.assertNotIn("Phường Cẩm Thành", listing)
            self.assertIn("Xã Ba Tơ", listing)
        self._as(BoardRole.PORTAL_ADMIN)
        self.assertEqual(self.client.get(f"/admin/portals/{own.pk}/members/").status_code, 200)
        other.refresh_from_db()
        self.assertEqual(other.status, "trial")
