"""Attack tests: each attack fails safely, with a clear answer, and stores nothing it should not.

Covered here: XSS through every public form and every rich-text field of every page type,
CSRF, cross-portal id tampering, SQL-injection strings in search and filters, path traversal,
mislabelled and oversized uploads through the public Q&A form, open redirects, and login brute
force. The editor's own XSS path (contentstate posted to the real edit view, then the public
page) is in test_publishing; upload checks in depth in test_uploads; audit isolation in
test_audit_views.
"""

import io

from django.core.cache import cache
from django.test import Client, TestCase, override_settings
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail.rich_text import expand_db_html

from vnportal.content.models import PageRating
from vnportal.qa import services as qa_services
from vnportal.qa.models import Question

from .helpers import PASSWORD, build_world
from .test_sanitize import DANGER

HOST = {"HTTP_HOST": "quangngai.gov.vn"}
XSS = '"><script>alert(document.cookie)</script><img src=x onerror=alert(1)>'
SQLI = [
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page; --",
    "' UNION SELECT username, password FROM accounts_user --",
    "\\'; SELECT pg_sleep(5); --",
    "%' AND 1=CAST((SELECT password FROM accounts_user LIMIT 1) AS INT) --",
    "1' ORDER BY 1--",
    "\x00' OR 1=1",
]
DB_ERRORS = ("OperationalError", "ProgrammingError", "syntax error", "Traceback", 'near "')
QUESTION = {
    "name": "Nguyễn Văn An",
    "email": "an.nguyen@example.com",
    "phone": "0905 123 456",
    "address": "Thôn Gò Khế",
    "field": "land",
    "title": "Thủ tục cấp giấy chứng nhận quyền sử dụng đất",
    "body": "Gia đình tôi có thửa đất ở từ năm 1995, chưa được cấp giấy chứng nhận. Xin hỏi thủ tục?",
}
#: Public GET endpoints of a portal and the query parameters they read.
FILTERS = {
    "/bato/tim-kiem/": ["q", "page"],
    "/bato/hoi-dap/": ["q", "linh_vuc", "page"],
    "/bato/tra-cuu/van-ban/": [
        "q",
        "loai",
        "linh_vuc",
        "nam",
        "co_quan",
        "cong",
        "hieu_luc",
        "sap_xep",
        "trang",
    ],
    "/bato/tra-cuu/thu-tuc/": ["q", "cap", "linh_vuc", "trang"],
    "/bato/tra-cuu/du-lieu/": ["q", "trang"],
}


def assert_inert(testcase, response, payload=XSS):
    """The payload comes back, if at all, as text: no tag or handler of ours made it through."""
    body = response.content.decode("utf-8", "replace")
    testcase.assertNotIn("<script>alert(document.cookie)", body)
    testcase.assertNotIn("onerror=alert", body.replace("onerror=alert(1)&gt;", ""))


class Attacks(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.foreign_question = qa_services.submit_question(cls.portals["camthanh"], **QUESTION)

    def setUp(self):
        cache.clear()

    # --- XSS ---------------------------------------------------------------------------------

    def test_xss_through_public_search_and_filters_is_escaped(self):
        for url, params in FILTERS.items():
            for param in params:
                response = self.client.get(url, {param: XSS}, **HOST)
                self.assertIn(response.status_code, (200, 400, 404), (url, param))
                assert_inert(self, response)

    def test_xss_through_the_question_form_is_stored_as_text_and_shown_escaped(self):
        data = {
            **QUESTION,
            "name": XSS[:120],
            "title": "Hỏi " + XSS,
            "body": QUESTION["body"] + XSS,
        }
        response = self.client.post(
            "/bato/hoi-dap/dat-cau-hoi/", data, REMOTE_ADDR="198.51.100.1", **HOST
        )
        self.assertIn(response.status_code, (302, 400))
        assert_inert(self, response)
        if response.status_code == 302:
            assert_inert(self, self.client.get(response["Location"], **HOST))
            question = Question.objects.get(portal=self.portals["bato"])
            self.assertIn("<script>", question.body)  # kept verbatim: it is evidence, never markup
            self.client.force_login(self.users["bato-board_head"])
            for url in ("/admin/hoi-dap/", f"/admin/hoi-dap/{question.pk}/"):
                admin = self.client.get(url)
                if admin.status_code == 200:
                    assert_inert(self, admin)

    def test_xss_through_tracking_and_information_request_forms(self):
        track = self.client.post(
            "/bato/hoi-dap/tra-cuu/", {"code": XSS[:32], "email": "a@example.com"}, **HOST
        )
        self.assertIn(track.status_code, (200, 404))
        assert_inert(self, track)
        info = self.client.post(
            "/bato/hoi-dap/yeu-cau-thong-tin/",
            {"name": XSS[:120], "email": "not-an-email" + XSS, "content": XSS},
            REMOTE_ADDR="198.51.100.2",
            **HOST,
        )
        self.assertIn(info.status_code, (200, 302, 400))
        assert_inert(self, info)

    def test_every_rich_text_field_of_every_page_type_neutralises_editor_xss(self):
        """What the admin's rich-text widget turns a hostile contentstate into, then renders."""
        contentstate = (
            '{"blocks":[{"key":"a","type":"unstyled","depth":0,'
            '"text":"<script>alert(1)</script> bấm đây","inlineStyleRanges":[],'
            '"entityRanges":[{"offset":30,"length":3,"key":0}],"data":{}}],'
            '"entityMap":{"0":{"type":"LINK","mutability":"MUTABLE",'
            '"data":{"url":"javascript:alert(document.cookie)"}}}}'
        )
        checked = 0
        for model in get_page_models():
            for field in model._meta.concrete_fields:
                widgets = []
                if isinstance(field, RichTextField):
                    widgets.append(field.formfield().widget)
                elif isinstance(field, StreamField):
                    widgets.extend(
                        block.field.widget
                        for block in _all_blocks(field.stream_block)
                        if block.__class__.__name__ == "RichTextBlock"
                    )
                for widget in widgets:
                    stored = widget.value_from_datadict({"f": contentstate}, {}, "f")
                    rendered = expand_db_html(stored)
                    self.assertFalse(DANGER.search(rendered), (model, field.name, rendered))
                    self.assertIn("&lt;script&gt;", rendered)
                    checked += 1
        self.assertGreater(checked, 10)

    # --- CSRF --------------------------------------------------------------------------------

    def test_posts_without_a_csrf_token_are_refused_and_change_nothing(self):
        csrf_client = Client(enforce_csrf_checks=True)
        ask = csrf_client.post("/bato/hoi-dap/dat-cau-hoi/", QUESTION, **HOST)
        self.assertEqual(ask.status_code, 403)
        self.assertFalse(Question.objects.filter(portal=self.portals["bato"]).exists())
        login = csrf_client.post("/admin/login/", {"username": "dieuhanh", "password": PASSWORD})
        self.assertEqual(login.status_code, 403)
        self.assertNotIn("_auth_user_id", csrf_client.session)
        csrf_client.force_login(self.users["bato-board_head"])
        home = self.portals["bato"].root_page
        edit = csrf_client.post(f"/admin/pages/{home.pk}/edit/", {"title": "HACKED"})
        self.assertEqual(edit.status_code, 403)
        self.assertNotEqual(Page.objects.get(pk=home.pk).draft_title, "HACKED")
        rate = csrf_client.post("/bato/danh-gia/", {"score": "5", "page": home.pk}, **HOST)
        self.assertEqual(rate.status_code, 403)
        self.assertFalse(PageRating.objects.exists())

    # --- Cross-portal id tampering -------------------------------------------------------------

    def test_ids_of_another_portal_are_refused_on_public_pages(self):
        question = self.foreign_question
        self.assertEqual(
            self.client.get(f"/bato/hoi-dap/cau-hoi/{question.pk}/", **HOST).status_code, 404
        )
        track = self.client.post(
            "/bato/hoi-dap/tra-cuu/",
            {"code": question.tracking_code, "email": QUESTION["email"]},
            **HOST,
        )
        self.assertEqual(track.status_code, 404)
        self.assertNotIn(QUESTION["title"], track.content.decode())
        foreign_page = self.portals["camthanh"].root_page
        rate = self.client.post("/bato/danh-gia/", {"score": "5", "page": foreign_page.pk}, **HOST)
        self.assertIn(rate.status_code, (302, 303))
        self.assertFalse(PageRating.objects.exists())

    def test_ids_of_another_portal_are_refused_in_security_screens(self):
        from vnportal.security.models import ContentFlag, IntegrityAlert

        page = self.portals["camthanh"].root_page
        flag = ContentFlag.objects.create(
            portal=self.portals["camthanh"],
            page=page,
            source="scheduled",
            content_hash="x",
            score=0.9,
        )
        alert = IntegrityAlert.objects.create(
            portal=self.portals["camthanh"], page=page, kind="changed", actual_sha256="y"
        )
        self.client.force_login(self.users["bato-portal_admin"])
        for url in (
            f"/admin/security/flags/{flag.pk}/",
            f"/admin/security/integrity/{alert.pk}/",
            f"/admin/security/networks/{self.portals['camthanh'].pk}/",
        ):
            self.assertIn(self.client.get(url).status_code, (302, 403, 404), url)
            self.assertIn(
                self.client.post(
                    url, {"resolve": "1", "note": "đóng giùm", "networks": ""}
                ).status_code,
                (302, 403, 404),
                url,
            )
        listing = self.client.get("/admin/security/flags/?status=all").content.decode()
        self.assertNotIn(f"/admin/security/flags/{flag.pk}/", listing)
        flag.refresh_from_db()
        alert.refresh_from_db()
        self.assertEqual((flag.status, alert.status), ("open", "open"))

    # --- SQL injection ------------------------------------------------------------------------

    def test_sql_injection_strings_in_search_and_filters_fail_safely(self):
        pages = Page.objects.count()
        for url, params in FILTERS.items():
            for param in params:
                for payload in SQLI:
                    response = self.client.get(url, {param: payload}, **HOST)
                    self.assertIn(response.status_code, (200, 400, 404), (url, param, payload))
                    body = response.content.decode("utf-8", "replace")
                    for marker in DB_ERRORS:
                        self.assertNotIn(marker, body, (url, param, payload))
        self.assertEqual(Page.objects.count(), pages)
        self.client.force_login(self.users["operator"])
        for payload in SQLI:
            for param in ("action", "actor", "ip", "page"):
                response = self.client.get("/admin/security/audit/", {param: payload})
                self.assertEqual(response.status_code, 200, (param, payload))

    # --- Path traversal -------------------------------------------------------------------------

    def test_path_traversal_never_reaches_files(self):
        for path in (
            "/bato/../../../../etc/passwd",
            "/bato/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/media/../vnportal/settings/base.py",
            "/media/%2e%2e/%2e%2e/manage.py",
            "/static/../../manage.py",
            "/documents/1/..%2f..%2f..%2fetc%2fpasswd",
            "/bato/tra-cuu/van-ban/1/tep/1/..%2f..%2fmanage.py",
        ):
            response = self.client.get(path, **HOST)
            self.assertIn(response.status_code, (301, 302, 400, 404), path)
            body = (
                response.content if not response.streaming else b"".join(response.streaming_content)
            )
            self.assertNotIn(b"root:x:0:0", body, path)
            self.assertNotIn(b"DJANGO_SETTINGS_MODULE", body, path)

    # --- Uploads through the public Q&A form ----------------------------------------------------

    def test_mislabelled_and_oversized_attachments_are_refused_with_a_message(self):
        html = io.BytesIO(b"<!doctype html><script>alert(1)</script>")
        html.name = "giay-to.pdf"
        response = self.client.post(
            "/bato/hoi-dap/dat-cau-hoi/",
            {**QUESTION, "attachment": html},
            REMOTE_ADDR="198.51.100.3",
            **HOST,
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("không khớp", response.content.decode())
        with override_settings(VNPORTAL_QA_ATTACHMENT_MAX_BYTES=1024):
            big = io.BytesIO(b"%PDF-1.4\n" + b"0" * 4096)
            big.name = "ho-so.pdf"
            response = self.client.post(
                "/bato/hoi-dap/dat-cau-hoi/",
                {**QUESTION, "attachment": big},
                REMOTE_ADDR="198.51.100.4",
                **HOST,
            )
        self.assertEqual(response.status_code, 400)
        self.assertIn("quá lớn", response.content.decode())
        self.assertFalse(Question.objects.filter(portal=self.portals["bato"]).exists())

    # --- Open redirects -------------------------------------------------------------------------

    def test_open_redirects_are_refused(self):
        for target in (
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "javascript:alert(1)",
        ):
            login = self.client.post(
                f"/admin/login/?next={target}", {"username": "dieuhanh", "password": PASSWORD}
            )
            self.assertEqual(login.status_code, 302, target)
            self.assertFalse(
                login["Location"].startswith(("http", "//", "/\\", "javascript")), login["Location"]
            )
            self.client.logout()
        home = self.portals["bato"].root_page
        rate = self.client.post(
            "/bato/danh-gia/?next=https://evil.example/",
            {"score": "5", "page": home.pk, "next": "https://evil.example/"},
            HTTP_REFERER="https://evil.example/",
            **HOST,
        )
        self.assertNotIn("evil.example", rate.get("Location", ""))

    # --- Brute force ----------------------------------------------------------------------------

    def test_login_brute_force_locks_the_address_with_a_clear_message(self):
        """Five failures from one address, each on a different username: the address is locked
        (guessing many accounts is as much an attack as guessing one)."""
        from django.conf import settings

        for number in range(settings.AXES_FAILURE_LIMIT):
            response = self.client.post(
                "/admin/login/", {"username": f"khach{number}", "password": "sai-mat-khau-1"}
            )
            expected = 429 if number == settings.AXES_FAILURE_LIMIT - 1 else 200
            self.assertEqual(response.status_code, expected, number)
        locked = self.client.post("/admin/login/", {"username": "dieuhanh", "password": PASSWORD})
        self.assertEqual(locked.status_code, 429)
        self.assertIn("Tạm khoá đăng nhập", locked.content.decode())
        self.assertNotIn("_auth_user_id", self.client.session)
        other_address = Client(REMOTE_ADDR="203.113.10.20")
        self.assertEqual(
            other_address.post(
                "/admin/login/", {"username": "dieuhanh", "password": PASSWORD}
            ).status_code,
            302,
        )


def _all_blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from _all_blocks(child)
    child = getattr(block, "child_block", None)
    if child is not None:
        yield from _all_blocks(child)


def test_nul_characters_in_query_strings_never_reach_a_view(rf):
    """PostgreSQL rejects U+0000 in text: a filter value carrying one must arrive without it."""
    from vnportal.security.query_strings import StripNullCharactersMiddleware

    seen = {}

    def view(request):
        seen.update({k: request.GET.getlist(k) for k in request.GET})
        return None

    StripNullCharactersMiddleware(view)(
        rf.get("/hoi-dap/", {"q": "\x00' OR 1=1", "page": ["1\x00", "2"]})
    )
    assert seen == {"q": ["' OR 1=1"], "page": ["1", "2"]}
