"""Public Q&A pages: ask, receipt, track, published list and detail, information requests."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vnportal.qa import services
from vnportal.qa.choices import QuestionStatus
from vnportal.qa.models import InformationRequest, Question

from .conftest import QUESTION

pytestmark = pytest.mark.django_db

PREFIX = "/xa-a/hoi-dap/"


def form_data(**overrides):
    data = {**QUESTION, "website": ""}
    data.update(overrides)
    return data


def publish(question, leader, editor, answer="Hồ sơ nộp tại Bộ phận một cửa của xã."):
    services.accept_question(question, by=editor)
    services.draft_answer(question, answer=answer, by=editor)
    services.approve_answer(question, by=leader)
    return services.publish_answer(question, by=editor)


def test_ask_form_renders_with_labels(client, portal_a):
    response = client.get(PREFIX + "dat-cau-hoi/")
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("name", "email", "phone", "address", "field", "title", "body", "attachment"):
        assert f'for="id_{name}"' in html, name
    assert 'class="qa-trap"' in html
    assert "style=" not in html.split('data-testid="qa-ask-form"')[1].split("</form>")[0]


def test_asking_gives_a_code_at_once_and_by_mail(
    client, portal_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PREFIX + "dat-cau-hoi/", form_data())
    assert response.status_code == 302
    assert response["Location"].startswith(PREFIX + "da-tiep-nhan/?t=")
    receipt = client.get(response["Location"])
    assert receipt.status_code == 200
    question = Question.objects.get()
    assert question.portal == portal_a
    assert question.tracking_code in receipt.content.decode()
    assert question.asker_email not in receipt.content.decode()
    assert any(question.tracking_code in m.body for m in mail.outbox)


def test_errors_are_shown_next_to_the_field(client, portal_a):
    response = client.post(PREFIX + "dat-cau-hoi/", form_data(email="khong-phai-email", title=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_email_error"' in html and 'id="id_title_error"' in html
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*id="id_email"', html) or re.search(
        r'<input[^>]*id="id_email"[^>]*aria-invalid="true"', html
    )
    assert not Question.objects.exists()


def test_honeypot_refuses_without_storing(client, portal_a):
    response = client.post(PREFIX + "dat-cau-hoi/", form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert not Question.objects.exists()


def test_rate_limit_per_email_and_ip(client, portal_a, settings):
    settings.VNPORTAL_QA_RATE_LIMIT_PER_EMAIL = 2
    settings.VNPORTAL_QA_RATE_LIMIT_PER_IP = 4  # refused attempts count too
    for _i in range(2):
        assert client.post(PREFIX + "dat-cau-hoi/", form_data()).status_code == 302
    limited = client.post(PREFIX + "dat-cau-hoi/", form_data())
    assert limited.status_code == 429
    assert (
        client.post(PREFIX + "dat-cau-hoi/", form_data(email="khac@example.com")).status_code == 302
    )
    assert (
        client.post(PREFIX + "dat-cau-hoi/", form_data(email="ba@example.com")).status_code == 429
    )
    other_ip = client.post(
        PREFIX + "dat-cau-hoi/", form_data(email="bon@example.com"), REMOTE_ADDR="10.0.0.9"
    )
    assert other_ip.status_code == 302
    assert Question.objects.count() == 4


def test_attachment_is_checked_and_kept_private(client, portal_a, leader, editor):
    fake = SimpleUploadedFile(
        "giay-to.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    response = client.post(PREFIX + "dat-cau-hoi/", form_data(attachment=fake))
    assert response.status_code == 400
    assert "id_attachment_error" in response.content.decode()
    pdf = SimpleUploadedFile("giay-to.pdf", b"%PDF-1.4\n%test\n", content_type="application/pdf")
    assert client.post(PREFIX + "dat-cau-hoi/", form_data(attachment=pdf)).status_code == 302
    question = Question.objects.get()
    assert question.attachment.name.startswith(f"qa/{portal_a.pk}/")
    publish(question, leader, editor)
    public = client.get(PREFIX + f"cau-hoi/{question.pk}/").content.decode()
    assert question.attachment.name not in public


def test_receipt_token_is_bound_to_the_portal(client, portal_a, portal_b):
    response = client.post(PREFIX + "dat-cau-hoi/", form_data())
    token = response["Location"].split("?t=")[1]
    assert client.get(f"/xa-b/hoi-dap/da-tiep-nhan/?t={token}").status_code == 404
    assert client.get(PREFIX + "da-tiep-nhan/?t=forged").status_code == 404


# --- Tracking ---------------------------------------------------------------------------------------


def test_tracking_with_code_and_email(client, portal_a, ask):
    question = ask(portal_a)
    response = client.post(
        PREFIX + "tra-cuu/",
        {"code": question.tracking_code.lower(), "email": "AN.NGUYEN@example.com"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert question.title in html
    assert "Đã tiếp nhận" in html
    assert question.deadline.strftime("%Y") in html


def test_wrong_pair_says_not_found_without_saying_which(client, portal_a, ask):
    question = ask(portal_a)
    wrong_email = client.post(
        PREFIX + "tra-cuu/", {"code": question.tracking_code, "email": "x@example.com"}
    )
    wrong_code = client.post(
        PREFIX + "tra-cuu/", {"code": "HD-2026-ABCDEFGH", "email": question.asker_email}
    )
    assert wrong_email.status_code == wrong_code.status_code == 404

    def notice(response):
        html = response.content.decode()
        return html[html.index('data-testid="track-not-found"') :].split("</p>")[0]

    assert notice(wrong_email) == notice(wrong_code)
    assert question.title not in wrong_email.content.decode()


def test_tracking_on_another_portal_finds_nothing(client, portal_a, portal_b, ask):
    question = ask(portal_a)
    response = client.post(
        "/xa-b/hoi-dap/tra-cuu/", {"code": question.tracking_code, "email": question.asker_email}
    )
    assert response.status_code == 404


def test_tracking_follows_a_transfer(client, portal_a, portal_b, editor, ask):
    question = ask(portal_a)
    services.transfer_question(question, to_portal=portal_b, reason="Thẩm quyền xã B", by=editor)
    for prefix in (PREFIX, "/xa-b/hoi-dap/"):
        response = client.post(
            prefix + "tra-cuu/", {"code": question.tracking_code, "email": question.asker_email}
        )
        assert response.status_code == 200, prefix


def test_tracking_is_rate_limited(client, portal_a, settings):
    settings.VNPORTAL_QA_TRACK_LIMIT_PER_IP = 2
    for _i in range(2):
        client.post(PREFIX + "tra-cuu/", {"code": "HD-2026-AAAAAAAA", "email": "a@example.com"})
    response = client.post(PREFIX + "tra-cuu/", {"code": "HD-2026-AAAAAAAA", "email": "a@b.vn"})
    assert response.status_code == 429


# --- Published answers ----------------------------------------------------------------------------


def test_published_answers_never_show_contact_details(client, portal_a, leader, editor, ask):
    question = publish(ask(portal_a), leader, editor)
    hidden = ask(portal_a, title="Câu hỏi chưa trả lời về hộ khẩu")
    listing = client.get(PREFIX).content.decode()
    detail = client.get(PREFIX + f"cau-hoi/{question.pk}/").content.decode()
    for html in (listing, detail):
        assert question.asker_email not in html
        assert question.asker_phone not in html
        assert question.asker_address not in html
        assert hidden.title not in html
    assert question.title in listing
    assert "Bộ phận một cửa" in detail
    assert "Chủ tịch UBND xã" in detail
    assert client.get(PREFIX + f"cau-hoi/{hidden.pk}/").status_code == 404


def test_published_answers_are_per_portal(client, portal_a, portal_b, leader, editor, ask):
    question = publish(ask(portal_a), leader, editor)
    assert question.title not in client.get("/xa-b/hoi-dap/").content.decode()
    assert client.get(f"/xa-b/hoi-dap/cau-hoi/{question.pk}/").status_code == 404


def test_search_filter(client, portal_a, leader, editor, ask):
    land = publish(ask(portal_a), leader, editor)
    road = publish(
        ask(portal_a, field="transport", title="Sửa chữa đường liên thôn Gò Khế"),
        leader,
        editor,
        answer="UBND xã đã đưa tuyến đường vào kế hoạch duy tu năm 2027.",
    )
    html = client.get(PREFIX, {"q": "duy tu"}).content.decode()
    assert road.title in html and land.title not in html
    html = client.get(PREFIX, {"linh_vuc": "land"}).content.decode()
    assert land.title in html and road.title not in html


def test_list_queries_are_bounded(client, portal_a, leader, editor, ask):
    publish(ask(portal_a), leader, editor)
    client.get(PREFIX)  # warm the portal registry and template caches
    with CaptureQueriesContext(connection) as few:
        assert client.get(PREFIX).status_code == 200
    for i in range(25):
        question = ask(portal_a, title=f"Câu hỏi số {i} về trợ cấp xã hội")
        question.status = QuestionStatus.PUBLISHED
        question.answer = "Trả lời"
        question.save()
    with CaptureQueriesContext(connection) as many:
        assert client.get(PREFIX).status_code == 200
        assert client.get(PREFIX, {"page": 2}).status_code == 200
    assert len(many) <= 2 * len(few)
    assert len(few) <= 12


def test_index_links_use_the_portal_prefix(client, portal_a):
    html = client.get(PREFIX).content.decode()
    assert 'href="/xa-a/hoi-dap/dat-cau-hoi/"' in html
    assert reverse("qa:ask") == "/hoi-dap/dat-cau-hoi/"


# --- Information requests ------------------------------------------------------------------------


def test_information_request_form(client, portal_a, django_capture_on_commit_callbacks):
    data = {
        "name": "Trần Thị Bình",
        "email": "binh@example.com",
        "phone": "",
        "address": "Tổ 3, xã A",
        "identity_number": "051190001234",
        "content": "Đề nghị cung cấp quy hoạch sử dụng đất xã A giai đoạn 2021-2030.",
        "purpose": "Tìm hiểu trước khi mua đất",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PREFIX + "yeu-cau-thong-tin/", data)
    assert response.status_code == 302
    item = InformationRequest.objects.get()
    receipt = client.get(response["Location"]).content.decode()
    assert item.tracking_code in receipt
    assert any(item.tracking_code in m.body for m in mail.outbox)
    tracked = client.post(
        PREFIX + "tra-cuu/", {"code": item.tracking_code, "email": "binh@example.com"}
    )
    assert tracked.status_code == 200
