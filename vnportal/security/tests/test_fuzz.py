"""Property-based fuzzing (hypothesis) of the public forms and filters of a portal.

Whatever a citizen (or a bot) types, every public form answers with a page it meant to show:
never a server error, never the input echoed as markup, and nothing stored unless the form
accepted it. Public forms existing today: search, Q&A (ask, track, information request, list
filters), the satisfaction rating, and the registries' filters (documents, procedures, data).
The consultation comment form needs an open consultation page and is covered by the content
app's own tests; its fields are the same kinds as those fuzzed here.
"""

from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from vnportal.content.models import PageRating
from vnportal.qa.models import InformationRequest, Question
from vnportal.tenancy import services, units

from .test_sanitize import DANGER

HOST = {"HTTP_HOST": "quangngai.gov.vn"}
FUZZ = settings(
    max_examples=25,
    deadline=None,
    database=None,  # no .hypothesis/ directory in the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR '1'='1",
    "1; DROP TABLE qa_question; --",
    "../../etc/passwd",
    "\x00",
    "ｎｈà ｃáｉ",
    "Thủ tục cấp giấy chứng nhận quyền sử dụng đất",
    "a" * 6000,
    "\u202e\u200b",
]
#: Text citizens and attackers type: Vietnamese, markup, SQL, control and odd Unicode.
hostile_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(HOSTILE),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
)
SAFE_STATUSES = {200, 302, 303, 400, 404, 429}


class PublicFormFuzzing(TestCase):
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
        unit = units.create_unit(code="bato", name="Xã Ba Tơ", unit_type="commune", parent=province)
        cls.portal = services.create_portal(
            services.PortalSpec(unit_code=unit.code, slug="bato", path="bato", status="active")
        )

    def _check(self, response, *inputs):
        self.assertIn(response.status_code, SAFE_STATUSES)
        body = response.content.decode("utf-8", "replace") if not response.streaming else ""
        for value in inputs:
            if value in HOSTILE and "<" in value:
                self.assertNotIn(value, body)  # echoed only escaped
        return body

    @FUZZ
    @given(query=hostile_text, page=st.one_of(st.integers(), hostile_text))
    def test_search(self, query, page):
        response = self.client.get("/bato/tim-kiem/", {"q": query, "page": page}, **HOST)
        self._check(response, query)

    @FUZZ
    @given(
        path=st.sampled_from(
            [
                "/bato/hoi-dap/",
                "/bato/tra-cuu/van-ban/",
                "/bato/tra-cuu/thu-tuc/",
                "/bato/tra-cuu/du-lieu/",
            ]
        ),
        params=st.dictionaries(
            st.sampled_from(
                [
                    "q",
                    "linh_vuc",
                    "loai",
                    "nam",
                    "cap",
                    "cong",
                    "hieu_luc",
                    "sap_xep",
                    "trang",
                    "page",
                ]
            ),
            hostile_text,
            max_size=4,
        ),
    )
    def test_list_filters(self, path, params):
        response = self.client.get(path, params, **HOST)
        self._check(response, *params.values())

    @FUZZ
    @given(
        data=st.fixed_dictionaries(
            {},
            optional={
                name: hostile_text
                for name in (
                    "name",
                    "email",
                    "phone",
                    "address",
                    "field",
                    "title",
                    "body",
                    "website",
                )
            },
        )
    )
    def test_ask_a_question(self, data):
        cache.clear()
        before = Question.objects.count()
        response = self.client.post("/bato/hoi-dap/dat-cau-hoi/", data, **HOST)
        self._check(response, *data.values())
        if response.status_code != 302:
            self.assertEqual(Question.objects.count(), before)
        else:
            question = Question.objects.latest("pk")
            self.assertEqual(question.portal, self.portal)
            self.assertNotIn("\x00", question.body + question.title + question.asker_name)

    @FUZZ
    @given(code=hostile_text, email=hostile_text)
    def test_track(self, code, email):
        cache.clear()
        response = self.client.post(
            "/bato/hoi-dap/tra-cuu/", {"code": code, "email": email}, **HOST
        )
        self._check(response, code, email)

    @FUZZ
    @given(
        data=st.fixed_dictionaries(
            {},
            optional={
                name: hostile_text for name in ("name", "email", "phone", "content", "website")
            },
        )
    )
    def test_information_request(self, data):
        cache.clear()
        before = InformationRequest.objects.count()
        response = self.client.post("/bato/hoi-dap/yeu-cau-thong-tin/", data, **HOST)
        self._check(response, *data.values())
        if response.status_code not in (302, 303):
            self.assertEqual(InformationRequest.objects.count(), before)

    @FUZZ
    @given(
        score=st.one_of(st.integers(-5, 10), hostile_text),
        page=st.one_of(st.integers(), hostile_text),
    )
    def test_rating(self, score, page):
        cache.clear()
        response = self.client.post("/bato/danh-gia/", {"score": score, "page": page}, **HOST)
        self.assertIn(response.status_code, SAFE_STATUSES)
        self.assertNotIn("evil", response.get("Location", ""))
        for rating in PageRating.objects.all():
            self.assertEqual(rating.portal, self.portal)
            self.assertIn(rating.score, range(1, 6))

    def test_oracle_sanity(self):
        """The markup oracle used across these tests does see markup."""
        self.assertTrue(DANGER.search("<script>x</script>"))
