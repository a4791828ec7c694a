"""The audit log screen: who sees which entries, filters, export (itself audited, formula-safe),
the chain indicator, and what staff actions end up in the chain."""

import csv
import io

from django.contrib.auth.models import Group
from django.test import TestCase

from vnportal.security.audit import record
from vnportal.security.models import AuditEntry

from .helpers import build_world


def _csv_rows(response) -> list[dict]:
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(body)))


class AuditLogScreen(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.bato, cls.camthanh = cls.portals["bato"], cls.portals["camthanh"]
        record("test.bato_secret", portal=cls.bato, data={"marker": "zqxbato"})
        record("test.camthanh_secret", portal=cls.camthanh, data={"marker": "zqxcamthanh"})
        record("test.platform", data={"marker": "zqxplatform"})

    def _get(self, user, query=""):
        self.client.force_login(self.users[user])
        return self.client.get(f"/admin/security/audit/{query}")

    def test_portal_admin_sees_only_their_portal_even_by_filter_tampering(self):
        for query in (
            "",
            f"?portal={self.camthanh.pk}",
            "?action=test.",
            f"?portal={self.camthanh.pk}&action=test.camthanh",
            "?page=1&actor=dieuhanh",
        ):
            response = self._get("bato-portal_admin", query)
            self.assertEqual(response.status_code, 200, query)
            body = response.content.decode()
            self.assertNotIn("zqxcamthanh", body, query)
            self.assertNotIn("zqxplatform", body, query)
        self.assertIn("zqxbato", self._get("bato-portal_admin").content.decode())
        results = self.client.get(f"/admin/security/audit/results/?portal={self.camthanh.pk}")
        self.assertNotIn("zqxcamthanh", results.content.decode())
        export = self.client.get(f"/admin/security/audit/?export=csv&portal={self.camthanh.pk}")
        markers = {row["Chi tiết (JSON)"] for row in _csv_rows(export)}
        self.assertFalse(any("zqxcamthanh" in m or "zqxplatform" in m for m in markers))

    def test_operator_sees_everything_and_filters(self):
        body = self._get("operator").content.decode()
        for marker in ("zqxbato", "zqxcamthanh", "zqxplatform"):
            self.assertIn(marker, body)
        filtered = self._get(
            "operator", f"?portal={self.camthanh.pk}&action=test."
        ).content.decode()
        self.assertIn("zqxcamthanh", filtered)
        self.assertNotIn("zqxbato", filtered)
        self.assertIn('data-testid="audit-chain"', body)
        self.assertIn("toàn vẹn", body)

    def test_other_staff_are_refused(self):
        for user in ("bato-board_head", "bato-editor"):
            response = self._get(user)
            self.assertIn(response.status_code, (302, 403), user)
            self.assertNotIn("zqxbato", response.content.decode())

    def test_export_is_audited_and_formula_safe(self):
        record(
            "account.login_failed",
            portal=self.bato,
            data={"username": '=HYPERLINK("http://evil.example","bấm")'},
        )
        self.client.force_login(self.users["bato-portal_admin"])
        response = self.client.get("/admin/security/audit/?export=csv&action=account.")
        self.assertEqual(response.status_code, 200)
        rows = _csv_rows(response)
        self.assertTrue(rows)
        for row in rows:
            for value in row.values():
                self.assertFalse(value.startswith(("=", "+", "-", "@")), value)
        self.assertIn("entry_hash", rows[0])
        entry = AuditEntry.objects.filter(action="audit.export").get()
        self.assertEqual(entry.actor, self.users["bato-portal_admin"])
        self.assertEqual(entry.data["filters"], {"action": "account."})
        self.assertEqual(AuditEntry.objects.filter(action="admin.export").count(), 0)
        xlsx = self.client.get("/admin/security/audit/?export=xlsx")
        self.assertEqual(xlsx.status_code, 200)
        self.assertEqual(AuditEntry.objects.filter(action="audit.export").count(), 2)

    def test_a_tampered_chain_is_shown_as_broken(self):
        entry = AuditEntry.objects.get(action="test.bato_secret")
        AuditEntry.objects.filter(pk=entry.pk).update(data={"marker": "edited"})
        body = self._get("operator", "?verify=1").content.decode()
        self.assertIn("help-critical", body)
        self.assertIn(str(entry.pk), body)

    def test_permission_changes_in_the_users_screen_are_recorded(self):
        from django.contrib.auth import get_user_model

        admin = get_user_model().objects.create_superuser("quantri", "qt@example.org", "x")
        self.client.force_login(admin)
        group = Group.objects.get(portal_role__portal=self.bato, portal_role__role="editor")
        user = self.users["bato-editor"]
        response = self.client.get(f"/admin/users/edit/{user.pk}/")
        self.assertEqual(response.status_code, 200)
        from wagtail.test.utils.form_data import querydict_from_html

        data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
        data.setlist("groups", [str(g.pk) for g in user.groups.exclude(pk=group.pk)])
        data["is_superuser"] = "on"
        data["is_active"] = "on"  # the checkbox sits outside the parsed form in Wagtail 8's markup
        data.update({"first_name": "Biên", "last_name": "Tập"})
        response = self.client.post(f"/admin/users/edit/{user.pk}/", data)
        self.assertEqual(response.status_code, 302)
        user.refresh_from_db()
        change = AuditEntry.objects.filter(action="permission.user_groups").first()
        self.assertIsNotNone(change)
        self.assertEqual(change.actor, admin)
        self.assertEqual(change.portal, self.bato)
        self.assertTrue(user.is_superuser)
        flags = AuditEntry.objects.get(action="permission.account_flags")
        self.assertEqual(flags.data, {"is_superuser": [False, True]})
