"""POST /api/v1/portals/{portal}/questions and the published list."""

import pytest

from vnportal.qa import services
from vnportal.qa.models import Question

from .conftest import QUESTION

pytestmark = pytest.mark.django_db

URL = "/api/v1/portals/xaa/questions"


def payload(**overrides):
    data = {**QUESTION, "question": QUESTION["body"]}
    data.pop("body")
    data.update(overrides)
    return data


def post(client, data, **extra):
    return client.post(URL, data, content_type="application/json", **extra)


def test_ask_through_the_api(client, portal_a):
    response = post(client, payload())
    assert response.status_code == 201, response.content
    body = response.json()
    question = Question.objects.get()
    assert body["tracking_code"] == question.tracking_code
    assert body["deadline"].endswith("+07:00")
    assert body["clock_start"].endswith("+07:00")
    assert body["working_days"] == 5
    assert body["tracking_url"].endswith("/xa-a/hoi-dap/tra-cuu/")
    assert "email" not in body and QUESTION["email"] not in response.content.decode()
    assert question.portal == portal_a and question.body == QUESTION["body"]


def test_validation_errors_name_the_field(client, portal_a):
    response = post(client, payload(email="sai", question="ngắn"))
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"email", "question"}


def test_unknown_or_suspended_portal_is_404(client, portal_a):
    assert (
        client.post(
            "/api/v1/portals/khong-co/questions", payload(), content_type="application/json"
        ).status_code
        == 404
    )
    from vnportal.tenancy.services import suspend_portal

    suspend_portal(portal_a, reason="Không hoạt động")
    assert post(client, payload()).status_code == 404
    assert not Question.objects.exists()


def test_honeypot_and_rate_limit(client, portal_a, settings):
    assert post(client, payload(website="x")).status_code == 400
    settings.VNPORTAL_QA_RATE_LIMIT_PER_EMAIL = 1
    assert post(client, payload()).status_code == 201
    assert post(client, payload()).status_code == 429
    assert Question.objects.count() == 1


def test_published_list_has_no_contact_details(client, portal_a, leader, editor, ask):
    question = ask(portal_a)
    services.accept_question(question, by=editor)
    services.draft_answer(question, answer="Nộp hồ sơ tại Bộ phận một cửa.", by=editor)
    services.approve_answer(question, by=leader)
    services.publish_answer(question, by=editor)
    ask(portal_a, title="Chưa công khai")
    response = client.get(URL)
    assert response.status_code == 200
    rows = response.json()
    assert [row["id"] for row in rows] == [question.pk]
    text = response.content.decode()
    for secret in (QUESTION["email"], QUESTION["phone"], QUESTION["address"]):
        assert secret not in text
    assert client.get(URL, {"q": "một cửa"}).json()[0]["id"] == question.pk
    assert client.get(URL, {"q": "không có"}).json() == []
