"""The named actions on questions: states, roles, the clock they store, mail and audit."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from vnportal.qa import services
from vnportal.qa.choices import DeliveryStatus, QuestionStatus, RejectReason, Scope
from vnportal.qa.models import Notification, Question, ResponsePeriod
from vnportal.security.models import AuditEntry
from vnportal.workcalendar.models import DayOverride

from .conftest import at

pytestmark = pytest.mark.django_db


def test_submit_starts_the_clock_and_mails_the_code(
    portal_a, leader, editor, ask, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question = ask(portal_a, now=at("2027-02-03T10:00"))
    assert question.status == QuestionStatus.RECEIVED
    assert question.tracking_code.startswith("HD-2027-")
    assert question.period_days == 5
    assert question.clock_start == at("2027-02-11T08:00")
    assert question.deadline == at("2027-02-18T08:00")
    receipt = [m for m in mail.outbox if m.to == ["an.nguyen@example.com"]]
    assert len(receipt) == 1 and question.tracking_code in receipt[0].body
    assert "08:00 ngày 18/02/2027" in receipt[0].body
    board = {m.to[0] for m in mail.outbox if "Câu hỏi mới" in m.subject}
    assert board == {leader.email, editor.email, portal_a.email}
    assert AuditEntry.objects.filter(action="qa.question.submit", portal=portal_a).exists()
    assert set(Notification.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_tracking_codes_are_unique_and_crockford(portal_a, ask):
    codes = {ask(portal_a).tracking_code for _i in range(20)}
    assert len(codes) == 20
    for code in codes:
        tail = code.rsplit("-", 1)[1]
        assert len(tail) == 8 and not set(tail) & set("ILOU")


def test_full_lifecycle(portal_a, leader, editor, contributor, ask):
    question = ask(portal_a, now=at("2026-03-09T07:00"))
    question = services.accept_question(question, scope=Scope.INTER_AGENCY, by=editor)
    assert question.period_days == 8
    assert question.deadline == at("2026-03-19T08:00")
    question = services.assign_question(question, assignee=contributor, by=editor)
    assert question.status == QuestionStatus.ASSIGNED
    question = services.draft_answer(question, answer="Hồ sơ gồm đơn đề nghị...", by=contributor)
    assert question.status == QuestionStatus.DRAFTED
    with pytest.raises(PermissionDenied):
        services.approve_answer(question, by=editor)
    question = services.approve_answer(question, by=leader, now=at("2026-03-12T15:00"))
    assert question.status == QuestionStatus.APPROVED
    assert question.answered_by_label == "Cán bộ board_head xaa, Chủ tịch UBND xã"
    assert question.answered_late is False
    question = services.publish_answer(question, by=editor)
    assert question.status == QuestionStatus.PUBLISHED
    actions = list(question.events.values_list("action", flat=True))
    assert actions == ["received", "accepted", "assigned", "drafted", "approved", "published"]


def test_contributor_can_only_draft_what_is_assigned_to_them(portal_a, contributor, editor, ask):
    question = services.accept_question(ask(portal_a), by=editor)
    with pytest.raises(PermissionDenied):
        services.draft_answer(question, answer="x", by=contributor)
    with pytest.raises(PermissionDenied):
        services.accept_question(ask(portal_a), by=contributor)
    services.assign_question(question, assignee=contributor, by=editor)
    services.draft_answer(question, answer="Trả lời", by=contributor)


def test_member_of_another_portal_is_refused(portal_a, portal_b, make_member, ask):
    outsider = make_member(portal_b, "board_head")
    question = ask(portal_a)
    for call in (
        lambda: services.accept_question(question, by=outsider),
        lambda: services.reject_question(question, reason="spam", by=outsider),
        lambda: services.transfer_question(question, to_portal=portal_b, reason="x", by=outsider),
    ):
        with pytest.raises(PermissionDenied):
            call()
    question.refresh_from_db()
    assert question.status == QuestionStatus.RECEIVED and question.portal == portal_a


def test_assignee_must_belong_to_the_portal(portal_a, portal_b, editor, make_member, ask):
    outsider = make_member(portal_b, "editor")
    question = services.accept_question(ask(portal_a), by=editor)
    with pytest.raises(ValidationError) as exc:
        services.assign_question(question, assignee=outsider, by=editor)
    assert "assignee" in exc.value.message_dict


def test_reject_needs_a_reason_and_tells_the_asker(
    portal_a, editor, ask, django_capture_on_commit_callbacks
):
    question = ask(portal_a)
    with pytest.raises(ValidationError) as exc:
        services.reject_question(question, reason=RejectReason.OUT_OF_SCOPE, by=editor)
    assert "note" in exc.value.message_dict
    with django_capture_on_commit_callbacks(execute=True):
        services.reject_question(
            question,
            reason=RejectReason.OUT_OF_SCOPE,
            note="Thuộc thẩm quyền Tòa án nhân dân.",
            by=editor,
        )
    question.refresh_from_db()
    assert question.status == QuestionStatus.REJECTED
    assert any("Tòa án" in m.body for m in mail.outbox if m.to == [question.asker_email])


def test_duplicate_must_name_a_question_of_the_same_portal(portal_a, portal_b, editor, ask):
    first, second, foreign = ask(portal_a), ask(portal_a), ask(portal_b)
    with pytest.raises(ValidationError):
        services.reject_question(second, reason="duplicate", note="trùng", by=editor)
    with pytest.raises(ValidationError):
        services.reject_question(
            second, reason="duplicate", note="trùng", duplicate_of=foreign, by=editor
        )
    services.reject_question(
        second, reason="duplicate", note="trùng", duplicate_of=first, by=editor
    )
    second.refresh_from_db()
    assert second.duplicate_of == first


def test_spam_is_quarantined_not_deleted(portal_a, editor, ask, monkeypatch):
    from vnportal.qa import antispam

    monkeypatch.setattr(
        antispam, "scan_text", lambda *parts: antispam.Verdict(True, 0.9, ["cá cược"])
    )
    monkeypatch.setattr(services, "scan_text", antispam.scan_text)
    question = ask(portal_a, title="Nhà cái uy tín", body="Nạp tiền nhận thưởng ngay hôm nay")
    assert question.status == QuestionStatus.QUARANTINED
    assert question.spam_reasons == ["cá cược"]
    assert Question.objects.filter(pk=question.pk).exists()
    assert not Question.objects.open().filter(pk=question.pk).exists()
    services.release_question(question, by=editor)
    question.refresh_from_db()
    assert question.status == QuestionStatus.RECEIVED


def test_real_scanner_quarantines_gambling_spam(portal_a, ask):
    pytest.importorskip("vnportal.security.scanner")
    spam = ask(
        portal_a,
        title="Nhà cái uy tín w88",
        body="Cá cược bóng đá, nhà cái uy tín, nạp tiền nhận thưởng 100k tại w88 ngay hôm nay.",
    )
    assert spam.status == QuestionStatus.QUARANTINED
    assert ask(portal_a).status == QuestionStatus.RECEIVED


def test_scanner_missing_means_not_scanned(portal_a, ask, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_scanner(name, *args, **kwargs):
        if name.startswith("vnportal.security.scanner"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_scanner)
    question = ask(portal_a, title="Nhà cái uy tín w88", body="Cá cược bóng đá nạp tiền w88")
    assert question.status == QuestionStatus.RECEIVED
    assert question.spam_score is None


# --- Appointment --------------------------------------------------------------------------------


def test_appointment_extends_to_at_most_ten_days_and_tells_the_asker(
    portal_a, editor, ask, django_capture_on_commit_callbacks
):
    question = services.accept_question(ask(portal_a, now=at("2026-03-09T07:00")), by=editor)
    assert question.deadline == at("2026-03-16T08:00")
    with pytest.raises(ValidationError) as exc:
        services.make_appointment(
            question, working_days=11, reason="Chờ ý kiến Sở", by=editor, now=at("2026-03-12T10:00")
        )
    assert "working_days" in exc.value.message_dict
    with pytest.raises(ValidationError):
        services.make_appointment(
            question, working_days=4, reason="x", by=editor, now=at("2026-03-12T10:00")
        )
    with pytest.raises(ValidationError) as exc:
        services.make_appointment(
            question, working_days=10, reason=" ", by=editor, now=at("2026-03-12T10:00")
        )
    assert "reason" in exc.value.message_dict
    with django_capture_on_commit_callbacks(execute=True):
        question = services.make_appointment(
            question,
            working_days=10,
            reason="Cần xác minh hồ sơ địa chính",
            by=editor,
            now=at("2026-03-12T10:00"),
        )
    assert question.deadline == at("2026-03-23T08:00")
    message = [m for m in mail.outbox if "Hẹn trả lời" in m.subject][0]
    assert message.to == [question.asker_email]
    assert "Cần xác minh hồ sơ địa chính" in message.body
    assert "08:00 ngày 23/03/2026" in message.body


def test_appointment_must_come_before_the_deadline(portal_a, editor, ask):
    question = ask(portal_a, now=at("2026-03-09T07:00"))
    with pytest.raises(ValidationError) as exc:
        services.make_appointment(
            question, working_days=10, reason="muộn", by=editor, now=at("2026-03-16T08:00")
        )
    assert "quá hạn" in exc.value.message_dict["working_days"][0]


def test_reclassifying_to_inter_agency_moves_the_deadline(portal_a, editor, ask):
    question = services.accept_question(ask(portal_a, now=at("2026-03-09T07:00")), by=editor)
    question = services.classify_question(question, scope=Scope.INTER_AGENCY, by=editor)
    assert question.deadline == at("2026-03-19T08:00")


# --- Transfer -------------------------------------------------------------------------------------


def test_transfer_keeps_receipt_time(portal_a, portal_b, editor, ask):
    question = ask(portal_a, now=at("2026-03-09T07:00"))
    services.accept_question(question, by=editor)
    moved = services.transfer_question(
        question, to_portal=portal_b, reason="Thuộc thẩm quyền xã B", by=editor
    )
    assert moved.portal == portal_b
    assert moved.status == QuestionStatus.RECEIVED
    assert moved.received_at == at("2026-03-09T07:00")
    assert moved.deadline == at("2026-03-16T08:00")
    assert moved.transfers.get().from_portal == portal_a
    assert AuditEntry.objects.filter(action="qa.question.transfer_out", portal=portal_a).exists()
    assert AuditEntry.objects.filter(action="qa.question.transfer_in", portal=portal_b).exists()
    with pytest.raises(ValidationError):
        services.transfer_question(moved, to_portal=portal_b, reason="x")


# --- Periods as data ------------------------------------------------------------------------------


def test_periods_are_seeded():
    kinds = dict(
        ResponsePeriod.objects.filter(valid_to__isnull=True).values_list("kind", "working_days")
    )
    assert kinds == {
        "qa_within_authority": 5,
        "qa_inter_agency": 8,
        "qa_appointment_max": 10,
        "info_simple": 3,
        "info_complex_notice": 3,
        "info_complex_supply": 15,
        "info_extension_max": 15,
    }


def test_the_rule_in_force_at_receipt_applies(portal_a, ask):
    """Decree 43/2011 gave 15 working days; the Lào Cai directive (31/12/2023) gives 5."""
    old = ask(portal_a, now=at("2023-12-29T09:00"))
    new = ask(portal_a, now=at("2024-01-02T09:00"))
    assert old.period_days == 15 and new.period_days == 5


# --- Calendar changes -----------------------------------------------------------------------------


def test_day_override_recomputes_open_deadlines_only(portal_a, editor, leader, ask):
    open_question = ask(portal_a, now=at("2026-03-09T07:00"))
    answered = services.accept_question(ask(portal_a, now=at("2026-03-09T07:00")), by=editor)
    services.draft_answer(answered, answer="Trả lời", by=editor)
    services.approve_answer(answered, by=leader)
    DayOverride.objects.create(
        date=datetime.date(2026, 3, 11), kind="day_off", reason="Nghỉ do bão số 3"
    )
    open_question.refresh_from_db()
    answered.refresh_from_db()
    assert open_question.deadline == at("2026-03-17T08:00")
    assert answered.deadline == at("2026-03-16T08:00")
    DayOverride.objects.filter(date=datetime.date(2026, 3, 11)).delete()
    open_question.refresh_from_db()
    assert open_question.deadline == at("2026-03-16T08:00")
    assert AuditEntry.objects.filter(action="qa.deadlines.recompute").count() == 2


def test_changing_a_period_row_recomputes(portal_a, ask):
    question = ask(portal_a, now=at("2026-03-09T07:00"))
    period = ResponsePeriod.objects.get(kind="qa_within_authority", valid_to__isnull=True)
    period.working_days = 6
    period.save()
    question.refresh_from_db()
    assert question.period_days == 6
    assert question.deadline == at("2026-03-17T08:00")


def test_submit_refused_on_suspended_portal(portal_a, ask):
    from vnportal.tenancy.services import suspend_portal

    suspend_portal(portal_a, reason="Không hoạt động")
    portal_a.refresh_from_db()
    with pytest.raises(ValidationError):
        ask(portal_a)
