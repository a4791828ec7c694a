"""Search behaviour end to end through the page, the API and the index.

One world for the whole module (portals are slow to create): the province, Xã Ba Tơ (active,
/bato/), Xã Khác (active, /khac/) and Xã Tạm Ngừng (suspended, /tamngung/), each with a few records.
"""

import datetime
import json

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from vnportal.documents.choices import DocumentField
from vnportal.documents.tests.factories import make_document
from vnportal.procedures.models import PortalProcedure
from vnportal.procedures.tests.factories import make_procedure
from vnportal.search import indexing
from vnportal.search.models import SearchEntry
from vnportal.search.query import parse, snippet
from vnportal.tenancy.choices import PortalStatus
from vnportal.tenancy.models import Portal

from . import factories as f

HOST = {"HTTP_HOST": "quangngai.gov.vn"}


class SearchWorld:
    @classmethod
    def setUpTestData(cls):
        cls.province = f.make_province()
        cls.bato = f.make_commune("bato")
        cls.other = f.make_commune("khac")
        cls.suspended = f.make_commune("tamngung")
        ch = f.channel_of(cls.bato)
        cls.land = f.article(
            ch, "Quy hoạch đất đai năm 2026", "Công khai quy hoạch đất đai của xã."
        )
        cls.road = f.article(
            ch, "Nâng cấp Đường liên xã", "Làm mới mặt đường bê tông.", days_ago=90
        )
        cls.calendar = f.article(ch, "Lịch dương năm mới", "Ngày dương lịch đầu năm.", days_ago=1)
        cls.belt = f.article(
            ch, "Vành đai xanh trên đất bãi bồi", "Trồng cây chắn sóng.", days_ago=400
        )
        cls.xss = f.article(ch, "Cảnh báo <script>alert(1)</script> lừa đảo", "Đất đai giả mạo.")
        cls.notice = f.announcement(cls.bato, "Thông báo họp dân", "Họp dân về đất đai thôn 3.")
        f.article(f.channel_of(cls.other), "Đất đai xã Khác", "Chỉ của xã Khác.")
        f.article(f.channel_of(cls.suspended), "Đất đai xã tạm ngừng", "Không được lộ.")
        cls.doc = make_document(
            cls.bato,
            publish=True,
            abstract="Về việc giao đất đai cho hộ gia đình",
            field=DocumentField.LAND,
            issue_date=datetime.date(2025, 6, 1),
            effective_date=datetime.date(2025, 6, 1),
            file_text="Danh sach ho duoc giao dat",
        )
        cls.draft_doc = make_document(
            cls.bato, number_symbol="356/QĐ-UBND", abstract="Dự thảo đất đai chưa công khai"
        )
        cls.proc = make_procedure("1.000001", name="Đăng ký đất đai lần đầu")
        cls.proc_other = make_procedure("1.000002", name="Đăng ký biến động đất đai")
        PortalProcedure.objects.create(portal=cls.bato, procedure=cls.proc)
        cls.question = f.question(cls.bato, "Hỏi về tranh chấp đất đai")
        f.question(cls.bato, "Câu hỏi đất đai chưa trả lời", published=False)
        cls.plan = f.planning_record(cls.bato, "Kế hoạch sử dụng đất đai 2026")
        Portal.objects.filter(pk=cls.suspended.pk).update(status=PortalStatus.SUSPENDED)
        cls.suspended.refresh_from_db()
        indexing.rebuild()

    def setUp(self):
        cache.clear()  # the portal registry caches statuses

    def search(self, path="/bato/tim-kiem/", **params):
        response = self.client.get(path, params, **HOST)
        self.assertEqual(response.status_code, 200)
        return response

    def titles(self, response):
        return [hit.entry.title for hit in response.context["results"].hits]


class VietnameseMatchingTests:
    def test_unaccented_query_finds_accented_text(self):
        """Citizens often type without diacritics: "dat dai" must find "đất đai"."""
        titles = self.titles(self.search(q="dat dai"))
        self.assertIn("Quy hoạch đất đai năm 2026", titles)

    def test_accented_query_ranks_exact_diacritics_first(self):
        """ "đường" ranks the older "Đường" article above the newer "dương" one."""
        titles = self.titles(self.search(q="đường"))
        self.assertIn("Lịch dương năm mới", titles)
        self.assertLess(titles.index("Nâng cấp Đường liên xã"), titles.index("Lịch dương năm mới"))

    def test_title_matches_rank_above_body_matches(self):
        titles = self.titles(self.search(q="dat dai", loai="article"))
        self.assertEqual(titles[-1], "Cảnh báo <script>alert(1)</script> lừa đảo")

    def test_quoted_phrase_needs_the_words_together(self):
        self.assertIn("Vành đai xanh trên đất bãi bồi", self.titles(self.search(q="dat dai")))
        phrase = self.titles(self.search(q='"đất đai"'))
        self.assertNotIn("Vành đai xanh trên đất bãi bồi", phrase)
        self.assertIn("Quy hoạch đất đai năm 2026", phrase)

    def test_snippets_and_titles_are_highlighted_and_escaped(self):
        html = self.search(q="đất đai").content.decode()
        self.assertIn("<mark>đất đai</mark>", html)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", html)
        self.assertNotIn("<script>alert(1)</script>", html)

    def test_snippet_escapes_body_html(self):
        parsed = parse("abc")
        self.assertEqual(str(snippet("<b>abc</b>", parsed)), "&lt;b&gt;<mark>abc</mark>&lt;/b&gt;")

    def test_odd_queries_never_raise(self):
        for raw in ['"', '"a', "NEAR(", "a AND OR", "*", "' OR 1=1 --", "\x00", "đ" * 500, "()"]:
            self.search(q=raw)


class CoverageTests:
    def test_every_kind_is_found(self):
        kinds = {h.entry.kind for h in self.search(q="dat dai").context["results"].hits}
        self.assertEqual(
            kinds, {"article", "announcement", "document", "procedure", "question", "dataset"}
        )

    def test_attachment_text_is_searchable(self):
        self.assertEqual(
            self.titles(self.search(q="danh sach ho duoc giao")),
            [str(self.doc.get_doc_type_display()) + " 355/QĐ-UBND"],
        )

    def test_unpublished_records_are_not_found(self):
        titles = self.titles(self.search(q="dat dai"))
        self.assertNotIn("Câu hỏi đất đai chưa trả lời", titles)
        self.assertFalse(any("356/QĐ-UBND" in t for t in titles))


class IsolationTests:
    def test_component_portal_never_shows_another_portals_records(self):
        titles = self.titles(self.search(q="dat dai"))
        self.assertNotIn("Đất đai xã Khác", titles)
        self.assertNotIn("Đất đai xã tạm ngừng", titles)
        self.assertIn("Đăng ký đất đai lần đầu", titles)  # a procedure it applies
        self.assertNotIn("Đăng ký biến động đất đai", titles)  # one it does not

    def test_province_covers_public_portals_but_never_a_suspended_one(self):
        titles = self.titles(self.search("/tim-kiem/", q="dat dai"))
        self.assertIn("Đất đai xã Khác", titles)
        self.assertIn("Quy hoạch đất đai năm 2026", titles)
        self.assertIn("Đăng ký biến động đất đai", titles)
        self.assertNotIn("Đất đai xã tạm ngừng", titles)

    def test_province_portal_filter(self):
        titles = self.titles(self.search("/tim-kiem/", q="dat dai", cong="khac"))
        self.assertEqual(titles, ["Đất đai xã Khác"])
        ignored = self.titles(self.search("/tim-kiem/", q="dat dai", cong="tamngung"))
        self.assertNotIn("Đất đai xã tạm ngừng", ignored)

    def test_suspended_portal_search_is_not_served(self):
        response = self.client.get("/tamngung/tim-kiem/", {"q": "dat dai"}, **HOST)
        self.assertNotIn("Đất đai xã tạm ngừng", response.content.decode())

    def test_results_link_to_the_owning_portal(self):
        response = self.search("/tim-kiem/", q="dat dai", cong="khac")
        self.assertEqual(response.context["results"].hits[0].url[:6], "/khac/")
        local = self.search(q="dat dai", loai="question")
        self.assertEqual(
            local.context["results"].hits[0].url, f"/bato/hoi-dap/cau-hoi/{self.question.pk}/"
        )


class FilterTests:
    def test_kind_filter(self):
        hits = self.search(q="dat dai", loai="document").context["results"].hits
        self.assertEqual([h.entry.kind for h in hits], ["document"])

    def test_field_filter_spans_vocabularies(self):
        """Documents say "dat_dai", Q&A say "land": both are the field "Đất đai"."""
        kinds = {
            h.entry.kind
            for h in self.search(q="dat dai", linh_vuc="dat-dai").context["results"].hits
        }
        self.assertEqual(kinds, {"document", "question", "dataset"})

    def test_date_range_filter(self):
        titles = self.titles(self.search(q="dat", tu_ngay="2025-05-01", den_ngay="2025-06-30"))
        self.assertEqual(titles, [str(self.doc.get_doc_type_display()) + " 355/QĐ-UBND"])

    def test_invalid_filter_values_are_ignored(self):
        titles = self.titles(self.search(q="dat dai", loai="nope", tu_ngay="not-a-date", page="x"))
        self.assertIn("Quy hoạch đất đai năm 2026", titles)

    def test_no_results_page_helps(self):
        response = self.search(q="đườngxyz")
        html = response.content.decode()
        self.assertContains(response, 'data-testid="no-results"')
        self.assertIn("/bato/tra-cuu/thu-tuc/", html)
        self.assertIn("/bato/hoi-dap/", html)
        self.assertContains(response, 'data-testid="unaccented-link"')


class LanguageTests:
    def test_english_search_shows_a_translated_page_once_in_english(self):
        """Without machine translation the English draft keeps the Vietnamese text, so before the
        fix an English search listed the page twice (once per language)."""
        from django.utils import translation

        from vnportal.content import services as content
        from vnportal.search import services

        english = content.start_translation(self.land)
        english.save_revision().publish()
        english.refresh_from_db()
        indexing.index_object(english)
        self.assertTrue(SearchEntry.objects.filter(language="en", title=self.land.title).exists())

        def found(language):
            with translation.override(language):
                results = services.search(services.visible_entries(self.bato), "dat dai")
            return results.hits

        in_english = found("en")
        land = [h.entry for h in in_english if h.entry.title == self.land.title]
        self.assertEqual([(e.language, e.url_path[:4]) for e in land], [("en", "/en/")])
        # Records that exist only in Vietnamese (registries, untranslated pages) stay findable.
        self.assertIn("document", {h.entry.kind for h in in_english})
        land_vi = [h.entry for h in found("vi") if h.entry.title == self.land.title]
        self.assertEqual([e.language for e in land_vi], ["vi"])


class SyncTests:
    def test_publish_and_unpublish_update_the_index(self):
        page = f.article(f.channel_of(self.bato), "Tin nháp về cầu treo", days_ago=0)
        SearchEntry.objects.for_object(page).delete()
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        self.assertEqual(self.titles(self.search(q="cau treo")), ["Tin nháp về cầu treo"])
        with self.captureOnCommitCallbacks(execute=True):
            page.unpublish()
        self.assertEqual(self.titles(self.search(q="cau treo")), [])

    def test_deleting_a_page_removes_it(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.calendar.delete()
        self.assertFalse(SearchEntry.objects.filter(title="Lịch dương năm mới").exists())

    def test_moving_a_page_updates_its_url(self):
        target = f.channel_of(self.bato)
        with self.captureOnCommitCallbacks(execute=True):
            self.road.move(target, pos="last-child")
        entry = SearchEntry.objects.get(title="Nâng cấp Đường liên xã")
        self.assertTrue(entry.url_path.startswith(f"/tin-tuc/{target.slug}/"), entry.url_path)

    def test_registry_saves_update_the_index(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.question.title = "Hỏi về cầu treo"
            self.question.save()
        self.assertEqual(self.titles(self.search(q="cau treo")), ["Hỏi về cầu treo"])
        with self.captureOnCommitCallbacks(execute=True):
            self.plan.is_published = False
            self.plan.save()
        self.assertNotIn(self.plan.title, self.titles(self.search(q="dat dai")))

    def test_rebuild_command(self):
        SearchEntry.objects.all().delete()
        call_command("rebuild_search_index", verbosity=0)
        self.assertIn("Quy hoạch đất đai năm 2026", self.titles(self.search(q="dat dai")))


class QueryCountTests:
    def test_queries_are_bounded_whatever_the_content(self):
        self.search("/tim-kiem/", q="dat dai")  # warm caches (portal registry, field options)
        with CaptureQueriesContext(connection) as before:
            self.search("/tim-kiem/", q="dat dai", page=1)
        ch = f.channel_of(self.other)
        for n in range(25):
            f.article(ch, f"Đất đai thêm {n}")
        indexing.rebuild()
        with CaptureQueriesContext(connection) as after:
            response = self.search("/tim-kiem/", q="dat dai", page=2)
        self.assertTrue(response.context["results"].hits)
        self.assertLessEqual(len(after), 15)
        self.assertLessEqual(len(after), len(before) + 1)

    def test_ranking_and_counting_are_bounded(self):
        """SQLite ranks the newest CANDIDATES and counts exactly; PostgreSQL stops counting at
        COUNT_LIMIT and the page says "more than" (its own tests cover the candidate pools)."""
        from unittest import mock

        from vnportal.search.backends import DatabaseBackend, PostgresBackend

        full = self.search(q="dat dai").context["results"].total
        with (
            mock.patch.object(DatabaseBackend, "CANDIDATES", 2),
            mock.patch.object(PostgresBackend, "COUNT_LIMIT", 2),
        ):
            response = self.search(q="dat dai")
        results = response.context["results"]
        if connection.vendor == "postgresql":
            self.assertEqual((results.total, results.capped), (2, True))
            self.assertContains(response, "Hơn 2 kết quả")
            self.assertGreaterEqual(len(results.hits), 2)
        else:
            self.assertEqual((results.total, results.capped), (full, False))
            self.assertEqual(len(results.hits), 2)


class ApiTests:
    def test_api_returns_results(self):
        data = self.client.get("/api/v1/search", {"q": "dat dai", "portal": "bato"}).json()
        titles = [item["title"] for item in data["items"]]
        self.assertIn("Quy hoạch đất đai năm 2026", titles)
        self.assertNotIn("Đất đai xã Khác", titles)
        self.assertIn("<mark>", "".join(item["title_html"] for item in data["items"]))
        self.assertTrue(data["count_exact"])

    def test_api_province_wide_and_kind(self):
        data = self.client.get("/api/v1/search", {"q": "dat dai", "kind": "procedure"}).json()
        self.assertEqual(data["count"], 2)

    def test_api_validates_parameters(self):
        for params in (
            {},
            {"q": ""},
            {"q": "x" * 201},
            {"q": "a", "kind": "nope"},
            {"q": "a", "page": 0},
        ):
            self.assertEqual(self.client.get("/api/v1/search", params).status_code, 422, params)
        for slug in ("nope", "tamngung"):
            response = self.client.get("/api/v1/search", {"q": "dat", "portal": slug})
            self.assertEqual(response.status_code, 404)

    def test_api_in_openapi_schema(self):
        schema = json.loads(self.client.get("/api/v1/openapi.json").content)
        self.assertIn("/api/v1/search", schema["paths"])


class SearchTests(
    SearchWorld,
    VietnameseMatchingTests,
    CoverageTests,
    IsolationTests,
    FilterTests,
    SyncTests,
    LanguageTests,
    QueryCountTests,
    ApiTests,
    TestCase,
):
    """All behaviours share one world: building portals costs seconds each."""


def test_parse_caps_and_folds():
    parsed = parse('Đất  "quy hoạch đô thị" ' + "x " * 300)
    assert parsed.terms[0] == "dat"
    assert parsed.phrases == [["quy", "hoach", "do", "thi"]]
    assert len(parsed.all_words) <= 10
    assert parsed.accented == ["đất", "hoạch", "đô", "thị"]


def test_recency_is_bounded():
    from vnportal.search.query import RECENCY_BONUS, recency

    assert recency(None) == 0
    assert 0 < recency(timezone.now()) <= RECENCY_BONUS
