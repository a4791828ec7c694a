"""Scheduled checks: the integrity of live content against what was approved, and the periodic
malicious-content scan of stored text and rendered pages, with one alert per new finding."""

from django.core import mail
from django.test import TestCase
from wagtail.models import Page

from vnportal.content.models import SectionPage
from vnportal.security import tasks
from vnportal.security.choices import AlertStatus, FlagSource, IntegrityKind
from vnportal.security.integrity import resolve_alert
from vnportal.security.models import (
    AuditEntry,
    ContentFlag,
    IntegrityAlert,
    PublishedFingerprint,
)

from .helpers import CLEAN_HTML, SPAM_HTML, build_world

#: Hidden link block an intruder appends to a live page through SQL.
INJECTED = (
    '<div style="display:none"><a href="https://nhacai-uytin.bet/">nhà cái uy tín</a> '
    '<a href="https://fb88.bet/">soi kèo</a></div>'
)


class ScheduledChecks(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        home = cls.portals["bato"].root_page
        cls.page = SectionPage(title="Lịch tiếp công dân", slug="lich-tiep-dan", body=CLEAN_HTML)
        home.add_child(instance=cls.page)
        cls.page.save_revision().publish()

    def _run_integrity(self):
        with self.captureOnCommitCallbacks(execute=True):
            return tasks.check_integrity(batch=10_000)

    def _run_scan(self, **kwargs):
        with self.captureOnCommitCallbacks(execute=True):
            return tasks.scan_content(batch=10_000, **kwargs)

    def test_a_fresh_province_has_no_false_alarm(self):
        """Skeleton pages are published in bulk (no signal): their first check is a baseline."""
        self.assertEqual(self._run_integrity()["alerts"], 0)
        live = Page.objects.live().filter(depth__gte=2).count()
        self.assertEqual(PublishedFingerprint.objects.count(), live)
        self.assertEqual(self._run_integrity()["alerts"], 0)
        result = self._run_scan(render_batch=10)
        self.assertEqual(
            result["new_flags"], 0, ContentFlag.objects.values_list("reasons", flat=True)
        )
        self.assertGreater(result["rendered"], 0)
        self.assertEqual(mail.outbox, [])

    def test_an_intruders_sql_write_to_the_page_row_is_detected_once(self):
        self._run_integrity()
        Page.objects.filter(pk=self.page.pk).update(title="Nhà cái uy tín")
        result = self._run_integrity()
        self.assertEqual(result["alerts"], 1)
        alert = IntegrityAlert.objects.get()
        self.assertEqual(alert.kind, IntegrityKind.CHANGED)
        self.assertEqual(alert.portal, self.portals["bato"])
        self.assertIn("title", alert.changed_fields)
        self.assertEqual(
            alert.expected_revision_id, Page.objects.get(pk=self.page.pk).live_revision_id
        )
        self.assertTrue(AuditEntry.objects.filter(action="security.integrity_alert").exists())
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("Lịch tiếp công dân", mail.outbox[0].body)
        # The same tampering is announced once.
        self.assertEqual(self._run_integrity()["alerts"], 0)
        self.assertEqual(len(mail.outbox), 1)

    def test_a_write_to_the_specific_table_is_detected_and_restored(self):
        self._run_integrity()
        SectionPage.objects.filter(pk=self.page.pk).update(body=CLEAN_HTML + INJECTED)
        self._run_integrity()
        alert = IntegrityAlert.objects.get()
        self.assertEqual(alert.changed_fields, ["body"])
        # The scan sees it too, in the stored text and on the rendered page.
        result = self._run_scan(render_batch=10_000)
        self.assertGreaterEqual(result["new_flags"], 1)
        flag = ContentFlag.objects.get(page_id=self.page.pk)
        self.assertIn(flag.source, (FlagSource.SCHEDULED, FlagSource.RENDERED))
        self.assertIn(f"/admin/security/flags/{flag.pk}/", mail.outbox[-1].body)
        with self.captureOnCommitCallbacks(execute=True):
            resolve_alert(
                alert,
                by=self.users["bato-portal_admin"],
                note="Khôi phục bản đã duyệt, đổi mật khẩu CSDL.",
                restore=True,
            )
        self.page.refresh_from_db()
        self.assertNotIn("nhacai", self.page.body)
        alert.refresh_from_db()
        self.assertEqual(alert.status, AlertStatus.RESOLVED)
        self.assertEqual(self._run_integrity()["alerts"], 0)
        public = self.client.get("/bato/lich-tiep-dan/", HTTP_HOST="quangngai.gov.vn")
        self.assertNotIn("nhacai", public.content.decode())

    def test_a_live_page_with_no_approved_revision_is_reported(self):
        home = self.portals["camthanh"].root_page
        rogue = SectionPage(title="Trang lạ", slug="trang-la", body=SPAM_HTML)
        home.add_child(instance=rogue)  # live, never published through Wagtail
        self._run_integrity()
        alert = IntegrityAlert.objects.get(page_id=rogue.pk)
        self.assertEqual(alert.kind, IntegrityKind.UNAPPROVED)
        self.assertEqual(alert.portal, self.portals["camthanh"])

    def test_ordinary_editing_never_alarms(self):
        self._run_integrity()
        page = SectionPage.objects.get(pk=self.page.pk)
        page.body = "<p>Bản nháp mới chưa duyệt</p>"
        page.save_revision(user=self.users["bato-editor"])  # a draft does not touch the live row
        page = SectionPage.objects.get(pk=self.page.pk)
        page.locked = True
        page.save(update_fields=["locked"])
        page.body = "<p>Lịch tiếp công dân mới</p>"
        page.save_revision().publish()
        self.assertEqual(self._run_integrity()["alerts"], 0)

    def test_spam_published_without_the_gate_is_found_by_the_next_scan(self):
        """Text reaching the database around every gate (bulk writers, imports)."""
        from vnportal.content.bulk import publish_existing

        page = SectionPage.objects.get(pk=self.page.pk)
        page.body = SPAM_HTML
        publish_existing(page)
        result = self._run_scan(render=False)
        self.assertEqual(result["new_flags"], 1)
        flag = ContentFlag.objects.get()
        self.assertEqual(flag.source, FlagSource.SCHEDULED)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(self._run_scan(render=False)["new_flags"], 0)
        self.assertEqual(len(mail.outbox), 1)

    def test_runs_are_bounded_and_resume_from_the_cursor(self):
        before = PublishedFingerprint.objects.count()
        first = tasks.check_integrity(batch=5, seconds=60)
        self.assertEqual(first["checked"], 5)
        second = tasks.check_integrity(batch=5, seconds=60)
        self.assertEqual(second["checked"], 5)
        self.assertEqual(PublishedFingerprint.objects.count(), before + 10)
        out_of_time = tasks.check_integrity(batch=5, seconds=-1)
        self.assertEqual(out_of_time["checked"], 0)

    def test_a_broken_audit_chain_alerts_the_operators(self):
        entry = AuditEntry.objects.order_by("pk").first()
        AuditEntry.objects.filter(pk=entry.pk).update(action="tampered")
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(tasks.verify_chain_and_alert(), entry.pk)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("nhật ký", mail.outbox[0].subject.lower())

    def test_incident_commands(self):
        import io
        import json

        from django.core.management import CommandError, call_command

        out = io.StringIO()
        call_command("security", "verify-audit", stdout=out)
        self.assertIn("intact", out.getvalue())
        SectionPage.objects.filter(pk=self.page.pk).update(body=CLEAN_HTML + INJECTED)
        out = io.StringIO()
        call_command("security", "scan", "--portal", "bato", stdout=out)
        self.assertIn(f"page {self.page.pk}", out.getvalue())
        out = io.StringIO()
        call_command("security", "integrity", "--portal", "bato", stdout=out)
        self.assertIn(f"page {self.page.pk} changed ['body']", out.getvalue())
        out = io.StringIO()
        call_command("security", "trace", "--page", str(self.page.pk), stdout=out)
        actions = [json.loads(line)["action"] for line in out.getvalue().splitlines()]
        self.assertIn("security.content_flagged", actions)
        AuditEntry.objects.filter(pk=AuditEntry.objects.order_by("pk").first().pk).update(
            ip="6.6.6.6"
        )
        with self.assertRaises(CommandError):
            call_command("security", "verify-audit", stdout=io.StringIO())
