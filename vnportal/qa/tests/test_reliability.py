"""A question the asker was told is received is in the database; a failure never fakes a receipt;
an SMTP outage loses neither the question nor the e-mail about it."""

import datetime
import smtplib
import threading

import pytest
from django.core import mail
from django.db import OperationalError, connection, connections
from django.utils import timezone

from vnportal import celery_app
from vnportal.qa import notifications, tasks, views
from vnportal.qa.choices import DeliveryStatus
from vnportal.qa.models import Notification, Question

from .test_views import PREFIX, form_data


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_question_is_committed_before_the_asker_is_told(client, portal_a, monkeypatch):
    """At the moment the receipt redirect is built, another connection already sees the row."""
    seen = {}
    real_redirect = views.redirect

    def checking_redirect(to, *args, **kwargs):
        seen["in_atomic_block"] = connection.in_atomic_block

        def look_from_another_connection():
            try:
                seen["rows"] = list(Question.objects.values_list("tracking_code", flat=True))
            finally:
                connections.close_all()

        thread = threading.Thread(target=look_from_another_connection)
        thread.start()
        thread.join()
        return real_redirect(to, *args, **kwargs)

    monkeypatch.setattr(views, "redirect", checking_redirect)
    response = client.post(PREFIX + "dat-cau-hoi/", form_data())
    assert response.status_code == 302
    assert seen["in_atomic_block"] is False
    assert seen["rows"] == [Question.objects.get().tracking_code]
    # on_commit hooks only run after a real commit: the receipt e-mail proves it happened.
    assert any(Question.objects.get().tracking_code in m.body for m in mail.outbox)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_down_gives_a_clear_error_not_a_false_receipt(client, portal_a):
    client.get(PREFIX + "dat-cau-hoi/")  # the portal registry is cached, as in production

    def database_down(execute, sql, params, many, context):
        if "qa_" in sql or sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise OperationalError("could not connect to server: Connection refused")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(database_down):
        response = client.post(PREFIX + "dat-cau-hoi/", form_data())
    assert response.status_code == 503
    html = response.content.decode()
    assert "CHƯA được tiếp nhận" in html
    assert "HD-" not in html
    assert "Location" not in response
    assert not Question.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_api_database_down_is_503(client, portal_a):
    client.get(PREFIX)

    def database_down(execute, sql, params, many, context):
        if "qa_" in sql:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    payload = {**form_data(), "question": form_data()["body"]}
    with connection.execute_wrapper(database_down):
        response = client.post(
            "/api/v1/portals/xaa/questions", payload, content_type="application/json"
        )
    assert response.status_code == 503
    assert "tracking_code" not in response.json()


@pytest.mark.django_db
def test_smtp_failure_loses_nothing(
    client, portal_a, monkeypatch, django_capture_on_commit_callbacks
):
    calls = {"n": 0}

    def smtp_down(*args, **kwargs):
        calls["n"] += 1
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(notifications, "send_mail", smtp_down)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PREFIX + "dat-cau-hoi/", form_data())
    # The asker still gets the receipt page: the question is stored.
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.tracking_code in client.get(response["Location"]).content.decode()
    receipt = Notification.objects.get(question=question, recipient=question.asker_email)
    assert receipt.status == DeliveryStatus.FAILED
    assert receipt.attempts >= 1
    assert "SMTPServerDisconnected" in receipt.last_error

    # What the worker does with it: Celery retries with backoff (run eagerly here), recording
    # every attempt, and gives up after max_retries, leaving the row failed, not lost.
    before = receipt.attempts
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", False)
    result = tasks.deliver_notification.apply(args=[receipt.pk])
    assert result.failed()
    receipt.refresh_from_db()
    assert receipt.attempts == before + 1 + tasks.deliver_notification.max_retries
    assert receipt.status == DeliveryStatus.FAILED
    assert calls["n"] >= receipt.attempts

    # SMTP is back: the daily sweep sends what is still owed.
    monkeypatch.undo()
    later = timezone.now() + datetime.timedelta(hours=1)
    assert notifications.retry_undelivered(now=later) >= 1
    receipt.refresh_from_db()
    assert receipt.status == DeliveryStatus.SENT
    assert any(question.tracking_code in m.body for m in mail.outbox)


@pytest.mark.django_db
def test_broker_down_keeps_the_notification_pending(portal_a, ask, monkeypatch):
    from vnportal.qa import tasks

    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("redis://broker: Connection refused")

    monkeypatch.setattr(tasks.deliver_notification, "delay", broker_down)
    ask(portal_a)
    notifications.dispatch(list(Notification.objects.values_list("pk", flat=True)))
    assert set(Notification.objects.values_list("status", flat=True)) == {DeliveryStatus.PENDING}


@pytest.mark.django_db
def test_sent_notification_is_not_sent_twice(portal_a, ask, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        question = ask(portal_a)
    receipt = Notification.objects.get(question=question, recipient=question.asker_email)
    count = len(mail.outbox)
    assert notifications.deliver(receipt.pk) is False
    assert len(mail.outbox) == count
