"""The demo questions: realistic, in every state, loaded idempotently through the services."""

import pytest

from vnportal.qa.choices import QuestionStatus
from vnportal.qa.demo import QUESTIONS, load_demo_questions
from vnportal.qa.models import Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_portals(make_portal, make_member):
    bato = make_portal("xabato", path="xa-ba-to")
    camthanh = make_portal("camthanh", path="phuong-cam-thanh")
    make_member(bato, "board_head", "bato.truongban")
    make_member(bato, "editor", "bato.bientap")
    make_member(camthanh, "editor", "camthanh.bientap")
    return bato, camthanh


def test_load_demo_questions_is_idempotent(demo_portals, client):
    assert load_demo_questions() == len(QUESTIONS)
    assert load_demo_questions() == 0
    assert Question.objects.count() == len(QUESTIONS)
    states = set(Question.objects.values_list("status", flat=True))
    assert {QuestionStatus.PUBLISHED, QuestionStatus.RECEIVED, QuestionStatus.ASSIGNED} <= states
    published = Question.objects.published().filter(portal=demo_portals[0])
    assert published.count() == 2
    assert all(not q.answered_late for q in published)
    html = client.get("/xa-ba-to/hoi-dap/").content.decode()
    assert "Giấy chứng nhận quyền sử dụng đất" in html
    assert "dinhvantoi@example.com" not in html


def test_without_demo_portals_nothing_happens(db):
    assert load_demo_questions() == 0
