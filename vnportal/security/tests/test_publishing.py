"""The malicious-content gate, through the real Wagtail admin: flagged content never goes live
without an operator's written override, whichever road it takes to publication."""

from django.core import mail
from django.test import TestCase
from wagtail.models import Page, PageLogEntry

from vnportal.content.models import SectionPage
from vnportal.security.choices import FlagSource, FlagStatus
from vnportal.security.models import AuditEntry, ContentFlag, PublishedFingerprint

from .helpers import CLEAN_HTML, POLICE_HTML, SPAM_HTML, build_world, edit_form, rich_text

URGENT = "Thông báo khẩn về mưa lũ, cần đăng ngay"


class PublishingGate(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.home = cls.portals["bato"].root_page

    def setUp(self):
        self.client.force_login(self.users["bato-board_head"])

    def _create(self, body_html, *, publish=True, slug="tin-moi", title="Tin mới của xã"):
        url = f"/admin/pages/add/content/sectionpage/{self.home.pk}/"
        data = edit_form(self.client, url, title=title, slug=slug, body=rich_text(body_html))
        if publish:
            data["action-publish"] = "action-publish"
            data["urgent_reason"] = URGENT
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        return response, SectionPage.objects.filter(slug=slug).first()

    def _edit(self, page, body_html, *, publish=True):
        url = f"/admin/pages/{page.pk}/edit/"
        data = edit_form(self.client, url, body=rich_text(body_html))
        if publish:
            data["action-publish"] = "action-publish"
            data["urgent_reason"] = URGENT
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, data, follow=True)

    def _public(self, page):
        return self.client.get(f"/bato/{page.slug}/", HTTP_HOST="quangngai.gov.vn")

    def test_publishing_spam_from_the_editor_is_refused_and_the_draft_kept(self):
        response, page = self._create(SPAM_HTML)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], f"/admin/pages/{page.pk}/edit/")
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertIsNone(page.live_revision_id)
        self.assertIn("fb88", page.get_latest_revision().content["body"])
        self.assertEqual(self._public(page).status_code, 404)
        flag = ContentFlag.objects.get(page=page)
        self.assertEqual(flag.status, FlagStatus.OPEN)
        self.assertEqual(flag.portal, self.portals["bato"])
        self.assertIn("gambling", flag.categories)
        for action in ("security.content_flagged", "security.publish_refused"):
            entry = AuditEntry.objects.get(action=action)
            self.assertEqual(entry.portal, self.portals["bato"])
            self.assertEqual(entry.actor, self.users["bato-board_head"])
        self.assertTrue(
            PageLogEntry.objects.filter(page=page, action="vnportal_security.publish_refused")
        )
        # One alert to the operators, with a link to the finding.
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("dieuhanh@quangngai.gov.vn", mail.outbox[0].to)
        self.assertIn(f"/admin/security/flags/{flag.pk}/", mail.outbox[0].body)
        edit = self.client.get(response["Location"]).content.decode()
        self.assertIn("Không xuất bản được", edit)

    def test_saving_a_spam_draft_warns_and_flags_without_publishing(self):
        response, page = self._create(SPAM_HTML, publish=False)
        self.assertEqual(response.status_code, 302)
        self.assertFalse(page.live)
        flag = ContentFlag.objects.get(page=page)
        self.assertEqual(flag.source, FlagSource.SAVE)
        followed = self.client.get(response["Location"]).content.decode()
        self.assertIn("dấu hiệu độc hại", followed)
        # Pressing "publish" on the same text reuses the finding: no second alert.
        self._edit(page, SPAM_HTML)
        self.assertEqual(ContentFlag.objects.filter(page=page).count(), 1)
        self.assertEqual(len(mail.outbox), 1)
        page.refresh_from_db()
        self.assertFalse(page.live)

    def test_operator_override_with_reason_lets_the_same_text_be_published(self):
        _response, page = self._create(POLICE_HTML + SPAM_HTML)
        flag = ContentFlag.objects.get(page=page)
        self.client.force_login(self.users["operator"])
        short = self.client.post(
            f"/admin/security/flags/{flag.pk}/", {"override": "1", "reason": "ok"}
        )
        self.assertEqual(short.status_code, 200)
        flag.refresh_from_db()
        self.assertEqual(flag.status, FlagStatus.OPEN)
        reason = "Đã đối chiếu bản gốc của Công an xã; trích dẫn quảng cáo làm tang chứng."
        done = self.client.post(
            f"/admin/security/flags/{flag.pk}/", {"override": "1", "reason": reason}
        )
        self.assertEqual(done.status_code, 302)
        flag.refresh_from_db()
        self.assertEqual(flag.status, FlagStatus.OVERRIDDEN)
        self.assertEqual(flag.decided_by, self.users["operator"])
        entry = AuditEntry.objects.get(action="security.flag_overridden")
        self.assertEqual(entry.data["reason"], reason)
        self.client.force_login(self.users["bato-board_head"])
        self._edit(page, POLICE_HTML + SPAM_HTML)
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertEqual(self._public(page).status_code, 200)
        # Changed text is judged again: the override was for the text the operator read.
        self._edit(page, SPAM_HTML + "<p>thêm một dòng</p>")
        page.refresh_from_db()
        self.assertNotIn("thêm một dòng", page.body)
        self.assertEqual(ContentFlag.objects.filter(page=page, status=FlagStatus.OPEN).count(), 1)

    def test_board_members_cannot_override(self):
        _response, page = self._create(SPAM_HTML)
        flag = ContentFlag.objects.get(page=page)
        for key in ("bato-board_head", "bato-portal_admin", "camthanh-portal_admin"):
            self.client.force_login(self.users[key])
            response = self.client.post(
                f"/admin/security/flags/{flag.pk}/",
                {"override": "1", "reason": "Tôi thấy nội dung này hoàn toàn bình thường."},
            )
            # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard.
            self.assertIn(response.status_code, (302, 403, 404), key)
            self.assertNotIn(f"/flags/{flag.pk}/", response.get("Location", ""))
        flag.refresh_from_db()
        self.assertEqual(flag.status, FlagStatus.OPEN)

    def test_clean_and_police_report_content_publish_and_get_a_fingerprint(self):
        for slug, html in (("lich-tiep-dan", CLEAN_HTML), ("triet-pha", POLICE_HTML)):
            _response, page = self._create(html, slug=slug, title=f"Trang {slug}")
            page.refresh_from_db()
            self.assertTrue(page.live, slug)
            self.assertEqual(self._public(page).status_code, 200)
            fingerprint = PublishedFingerprint.objects.get(page=page)
            self.assertEqual(fingerprint.revision_id, page.live_revision_id)
            publish = AuditEntry.objects.filter(action="wagtail.publish", data__page=page.pk).get()
            self.assertEqual(publish.data["sha256"], fingerprint.sha256)
            self.assertEqual(publish.portal, self.portals["bato"])
        self.assertFalse(ContentFlag.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_a_flagged_revision_published_outside_the_editor_is_withdrawn(self):
        """Workflow approval, scheduled go-live and the shell all end in `page_published`."""
        _response, page = self._create(CLEAN_HTML)
        page.refresh_from_db()
        clean_revision = page.live_revision
        page.body = SPAM_HTML
        revision = page.save_revision()
        with self.captureOnCommitCallbacks(execute=True):
            revision.publish()
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertEqual(page.live_revision, clean_revision)
        self.assertNotIn("fb88", page.body)
        self.assertNotIn("fb88", self._public(page).content.decode())
        flag = ContentFlag.objects.get(page=page)
        self.assertEqual((flag.source, flag.status), (FlagSource.PUBLISHED, FlagStatus.OPEN))
        withdrawn = AuditEntry.objects.get(action="security.publish_withdrawn")
        self.assertEqual(withdrawn.data["outcome"], "restored")
        history = list(PageLogEntry.objects.filter(page=page).order_by("-timestamp", "-pk"))
        self.assertEqual(history[0].action, "vnportal_security.withdrawn")

    def test_a_skeleton_page_keeps_its_approved_text_when_spam_is_published(self):
        """Pages the portal skeleton published in bulk have no fingerprint yet: the previous
        revision is found in Wagtail's history."""
        home = self.home.specific
        approved = home.live_revision_id
        home.intro = SPAM_HTML
        with self.captureOnCommitCallbacks(execute=True):
            home.save_revision().publish()
        home.refresh_from_db()
        self.assertTrue(home.live)
        self.assertEqual(home.live_revision_id, approved)
        self.assertNotIn("fb88", home.intro)
        self.assertEqual(
            self.client.get("/bato/", **{"HTTP_HOST": "quangngai.gov.vn"}).status_code, 200
        )

    def test_a_new_page_approved_through_the_workflow_is_unpublished(self):
        self.client.force_login(self.users["bato-editor"])
        url = f"/admin/pages/add/content/sectionpage/{self.home.pk}/"
        data = edit_form(
            self.client, url, title="Bài cộng tác", slug="bai-ctv", body=rich_text(SPAM_HTML)
        )
        data["action-submit"] = "action-submit"
        self.client.post(url, data)
        page = SectionPage.objects.get(slug="bai-ctv")
        self.assertFalse(page.live)
        for approver in ("bato-editor", "bato-board_head"):
            self.client.force_login(self.users[approver])
            state = page.current_workflow_state.current_task_state
            with self.captureOnCommitCallbacks(execute=True):
                response = self.client.post(
                    f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/", {"comment": ""}
                )
            self.assertIn(response.status_code, (200, 302), approver)
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertEqual(self._public(page).status_code, 404)
        self.assertEqual(
            AuditEntry.objects.get(action="security.publish_withdrawn").data["outcome"],
            "unpublished",
        )

    def test_rich_text_posted_as_raw_html_is_refused_with_a_message(self):
        _response, page = self._create(CLEAN_HTML)
        url = f"/admin/pages/{page.pk}/edit/"
        data = edit_form(self.client, url)
        data["body"] = '<p>x</p><script>alert("xss")</script>'
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 400)
        self.assertIn("không hợp lệ", response.content.decode())
        page.refresh_from_db()
        self.assertNotIn("script", page.get_latest_revision().content["body"])

    def test_xss_typed_into_the_editor_is_inert_on_the_public_page(self):
        payload = (
            '<p>&lt;script&gt;alert("x")&lt;/script&gt; <a href="javascript:alert(1)">bấm</a> '
            '<a href="https://dichvucong.gov.vn/">dịch vụ công</a></p>'
        )
        _response, page = self._create(payload, slug="xss")
        page.refresh_from_db()
        self.assertTrue(page.live)
        body = self._public(page).content.decode()
        self.assertNotIn('<script>alert("x")', body)
        self.assertIn("&lt;script&gt;", body)
        self.assertNotIn("javascript:", body)
        self.assertIn('href="https://dichvucong.gov.vn/"', body)
        self.assertFalse(Page.objects.filter(title__contains="<script").exists())
