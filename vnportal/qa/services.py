"""Every state change of a question or an information request is one named function here.

Each runs in `transaction.atomic`, locks the row it changes, validates the transition (a
ValidationError with a dict names the field), checks the actor's role when an actor is given,
records a QuestionEvent and an audit entry, and queues e-mail with `on_commit` (see
:mod:`vnportal.qa.notifications`). Views, the API, the demo loader and tasks only call these.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.security.audit import record
from vnportal.tenancy.access import member_portal_ids
from vnportal.workcalendar.calendar import WorkingCalendar, get_calendar
from vnportal.workcalendar.clock import DeadlineExplanation, compute_deadline

from . import emails, notifications, permissions
from .antispam import scan_text
from .choices import (
    INFO_OPEN_STATUSES,
    OPEN_STATUSES,
    SCOPE_PERIOD,
    Complexity,
    InfoRequestStatus,
    NotificationKind,
    PeriodKind,
    QuestionStatus,
    RejectReason,
    Scope,
)
from .models import InformationRequest, Question, QuestionEvent, QuestionTransfer, new_tracking_code
from .periods import period_days

S = QuestionStatus

# --- Helpers -------------------------------------------------------------------------------------


def _local_day(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment).date()


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _check_actor(by, check) -> None:
    """Services called by the system (demo, tasks) pass no actor; people are always checked."""
    if by is not None:
        _require(check(by))


def _lock(question: Question) -> Question:
    return Question.objects.select_for_update().select_related("portal").get(pk=question.pk)


def _expect(question: Question, *allowed: str) -> None:
    if question.status not in allowed:
        raise ValidationError(
            {
                "status": _("Không thể thực hiện khi câu hỏi ở trạng thái “%(status)s”.")
                % {"status": question.get_status_display()}
            }
        )


def _event(question, action, by, from_status, *, note="", public=False) -> None:
    QuestionEvent.objects.create(
        question=question,
        portal=question.portal,
        actor=by,
        action=action,
        from_status=from_status,
        to_status=question.status,
        note=note,
        public=public,
    )


def _audit(action: str, question: Question, by, **data) -> None:
    record(
        f"qa.{action}",
        actor=by,
        portal=question.portal,
        target=question,
        data={"code": question.tracking_code, "status": question.status, **data},
    )


def _unique_code(model, prefix: str, now) -> str:
    for _attempt in range(10):
        code = new_tracking_code(prefix, now)
        if not model.objects.filter(tracking_code=code).exists():
            return code
    raise RuntimeError("could not draw a unique tracking code")  # 40 random bits: never happens


def explain_deadline(question: Question, calendar: WorkingCalendar | None = None):
    """How the stored deadline is computed: the same clock, the period now in force."""
    return compute_deadline(question.received_at, question.working_days, calendar=calendar)


def _apply_deadline(question: Question, calendar=None) -> DeadlineExplanation:
    result = explain_deadline(question, calendar)
    question.clock_start = result.start
    question.deadline = result.deadline
    return result


def _portal_is_public(portal) -> bool:
    return portal.is_public


# --- Asking --------------------------------------------------------------------------------------


@transaction.atomic
def submit_question(
    portal,
    *,
    name: str,
    email: str,
    field: str,
    title: str,
    body: str,
    phone: str = "",
    address: str = "",
    attachment=None,
    ip: str | None = None,
    now: datetime.datetime | None = None,
) -> Question:
    """Receive a question 24/7 and start its clock; the asker gets the code by e-mail.

    Returns only after the row is in the transaction; the caller (view, API) answers the asker
    only once this function has returned, i.e. once the transaction has committed.
    """
    if not _portal_is_public(portal):
        raise ValidationError({"portal": _("Cổng này hiện không tiếp nhận câu hỏi.")})
    now = now or timezone.now()
    verdict = scan_text(title, body)
    question = Question(
        portal=portal,
        tracking_code=_unique_code(Question, "HD", now),
        status=S.QUARANTINED if verdict.spam else S.RECEIVED,
        asker_name=name.strip(),
        asker_email=email.strip(),
        asker_phone=phone.strip(),
        asker_address=address.strip(),
        submitted_ip=ip or None,
        field=field,
        title=title.strip(),
        body=body.strip(),
        spam_score=verdict.score,
        spam_reasons=verdict.reasons,
        received_at=now,
        scope=Scope.WITHIN_AUTHORITY,
        period_days=period_days(PeriodKind.QA_WITHIN_AUTHORITY, _local_day(now)),
    )
    _apply_deadline(question)
    question.full_clean(exclude=["attachment"])
    if attachment is not None:
        question.attachment.save(attachment.name, attachment, save=False)
    question.save()
    _event(question, "received", None, "", public=True)
    _audit(
        "question.submit",
        question,
        None,
        deadline=question.deadline.isoformat(),
        quarantined=verdict.spam,
    )
    subject, text = emails.receipt(question)
    notifications.queue(
        portal=portal,
        kind=NotificationKind.RECEIPT,
        recipients=[question.asker_email],
        subject=subject,
        body=text,
        question=question,
    )
    if not verdict.spam:
        _notify_board(question)
    return question


def _notify_board(question: Question) -> None:
    subject, text = emails.new_question(question)
    notifications.queue(
        portal=question.portal,
        kind=NotificationKind.NEW_QUESTION,
        recipients=notifications.board_emails(question.portal),
        subject=subject,
        body=text,
        question=question,
    )


# --- Triage --------------------------------------------------------------------------------------


@transaction.atomic
def release_question(question: Question, *, by=None) -> Question:
    """A quarantined question that is not spam goes back to "received"; its clock never stopped."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, S.QUARANTINED)
    question.status = S.RECEIVED
    question.save(update_fields=["status", "updated_at"])
    _event(question, "released", by, S.QUARANTINED)
    _audit("question.release", question, by)
    _notify_board(question)
    return question


def _set_scope(question: Question, scope: str) -> None:
    if scope not in Scope.values:
        raise ValidationError({"scope": _("Phân loại không hợp lệ.")})
    question.scope = scope
    question.period_days = period_days(SCOPE_PERIOD[Scope(scope)], _local_day(question.received_at))
    if question.appointment_days and question.appointment_days < question.period_days:
        question.appointment_days = None
    _apply_deadline(question)


@transaction.atomic
def accept_question(question: Question, *, scope: str = Scope.WITHIN_AUTHORITY, by=None):
    """The board takes the question on and classifies it: within authority (5) or inter-agency (8)."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, S.RECEIVED)
    _set_scope(question, scope)
    question.status = S.ACCEPTED
    question.save(
        update_fields=[
            "status",
            "scope",
            "period_days",
            "appointment_days",
            "clock_start",
            "deadline",
            "updated_at",
        ]
    )
    _event(question, "accepted", by, S.RECEIVED, note=question.get_scope_display(), public=True)
    _audit("question.accept", question, by, scope=scope, deadline=question.deadline.isoformat())
    return question


@transaction.atomic
def classify_question(question: Question, *, scope: str, by=None) -> Question:
    """Change the classification of an open question (e.g. it turns out to need coordination)."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, *OPEN_STATUSES)
    previous = question.deadline
    _set_scope(question, scope)
    question.save(
        update_fields=[
            "scope",
            "period_days",
            "appointment_days",
            "clock_start",
            "deadline",
            "updated_at",
        ]
    )
    _event(question, "classified", by, question.status, note=question.get_scope_display())
    _audit(
        "question.classify",
        question,
        by,
        scope=scope,
        previous_deadline=previous.isoformat(),
        deadline=question.deadline.isoformat(),
    )
    return question


@transaction.atomic
def reject_question(
    question: Question, *, reason: str, note: str = "", duplicate_of=None, by=None
) -> Question:
    """Reject as spam, out of scope or duplicate, always with a reason; the asker is told why
    (except for spam, which gets no answer)."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, S.QUARANTINED, *OPEN_STATUSES)
    errors = {}
    if reason not in RejectReason.values:
        errors["reason"] = _("Chọn lý do không thụ lý.")
    note = (note or "").strip()
    if reason != RejectReason.SPAM and not note:
        errors["note"] = _("Cần giải thích lý do cho người hỏi.")
    if reason == RejectReason.DUPLICATE:
        if duplicate_of is None:
            errors["duplicate_of"] = _("Cần chọn câu hỏi bị trùng.")
        elif duplicate_of.portal_id != question.portal_id or duplicate_of.pk == question.pk:
            errors["duplicate_of"] = _("Câu hỏi bị trùng phải thuộc cùng cổng.")
    if errors:
        raise ValidationError(errors)
    previous = question.status
    question.status = S.REJECTED
    question.reject_reason = reason
    question.reject_note = note
    question.duplicate_of = duplicate_of if reason == RejectReason.DUPLICATE else None
    question.save(
        update_fields=["status", "reject_reason", "reject_note", "duplicate_of", "updated_at"]
    )
    _event(question, "rejected", by, previous, note=note, public=reason != RejectReason.SPAM)
    _audit("question.reject", question, by, reason=reason)
    if reason != RejectReason.SPAM:
        subject, text = emails.rejected(question)
        notifications.queue(
            portal=question.portal,
            kind=NotificationKind.REJECTED,
            recipients=[question.asker_email],
            subject=subject,
            body=text,
            question=question,
        )
    return question


@transaction.atomic
def assign_question(question: Question, *, assignee, by=None) -> Question:
    """Give the question to a board member of the same portal to prepare the answer."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, S.ACCEPTED, S.ASSIGNED, S.DRAFTED)
    if assignee is None or question.portal_id not in member_portal_ids(assignee):
        raise ValidationError({"assignee": _("Người được phân công phải thuộc Ban biên tập cổng.")})
    previous = question.status
    question.assignee = assignee
    question.status = S.ASSIGNED
    question.save(update_fields=["assignee", "status", "updated_at"])
    _event(question, "assigned", by, previous, note=str(assignee))
    _audit("question.assign", question, by, assignee=assignee.pk)
    if assignee.email:
        subject, text = emails.assigned(question)
        notifications.queue(
            portal=question.portal,
            kind=NotificationKind.ASSIGNED,
            recipients=[assignee.email],
            subject=subject,
            body=text,
            question=question,
        )
    return question


# --- Answering -----------------------------------------------------------------------------------


@transaction.atomic
def draft_answer(question: Question, *, answer: str, by=None) -> Question:
    """Write (or rewrite) the draft answer; short and to the point, for the leader to approve."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_draft(u, question))
    _expect(question, S.ACCEPTED, S.ASSIGNED, S.DRAFTED)
    answer = (answer or "").strip()
    if not answer:
        raise ValidationError({"answer": _("Cần nội dung trả lời.")})
    previous = question.status
    question.answer = answer
    question.drafted_by = by
    question.drafted_at = timezone.now()
    if question.assignee_id is None and by is not None:
        question.assignee = by
    question.status = S.DRAFTED
    question.save(
        update_fields=["answer", "drafted_by", "drafted_at", "assignee", "status", "updated_at"]
    )
    _event(question, "drafted", by, previous)
    _audit("question.draft", question, by)
    return question


@transaction.atomic
def return_answer(question: Question, *, note: str, by=None) -> Question:
    """The leader sends the draft back for rework, saying what to change."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_approve(u, question.portal_id))
    _expect(question, S.DRAFTED)
    if not (note or "").strip():
        raise ValidationError({"note": _("Cần ghi yêu cầu chỉnh sửa.")})
    question.status = S.ASSIGNED
    question.save(update_fields=["status", "updated_at"])
    _event(question, "returned", by, S.DRAFTED, note=note.strip())
    _audit("question.return", question, by)
    return question


def _leader_label(user) -> str:
    if user is None:
        return ""
    name = str(user)
    position = getattr(user, "position", "")
    return f"{name}, {position}" if position else name


@transaction.atomic
def approve_answer(question: Question, *, by=None, answer: str | None = None, now=None) -> Question:
    """The unit's leader approves (and may edit) the answer: the question is answered now and the
    asker receives the answer by e-mail."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_approve(u, question.portal_id))
    _expect(question, S.DRAFTED)
    if answer is not None:
        if not answer.strip():
            raise ValidationError({"answer": _("Cần nội dung trả lời.")})
        question.answer = answer.strip()
    question.status = S.APPROVED
    question.approved_by = by
    question.answered_at = now or timezone.now()
    question.answered_by_label = _leader_label(by) or question.portal.responsible_person
    question.save(
        update_fields=[
            "answer",
            "status",
            "approved_by",
            "answered_at",
            "answered_by_label",
            "updated_at",
        ]
    )
    _event(question, "approved", by, S.DRAFTED, public=True)
    _audit(
        "question.approve",
        question,
        by,
        answered_at=question.answered_at.isoformat(),
        late=question.answered_at > question.deadline,
    )
    subject, text = emails.answer(question)
    notifications.queue(
        portal=question.portal,
        kind=NotificationKind.ANSWER,
        recipients=[question.asker_email],
        subject=subject,
        body=text,
        question=question,
    )
    return question


@transaction.atomic
def publish_answer(question: Question, *, by=None, now=None) -> Question:
    """Put an approved answer on the portal's public Q&A list (never the asker's contact data)."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, S.APPROVED)
    question.status = S.PUBLISHED
    question.published_at = now or timezone.now()
    question.save(update_fields=["status", "published_at", "updated_at"])
    _event(question, "published", by, S.APPROVED, public=True)
    _audit("question.publish", question, by)
    return question


@transaction.atomic
def unpublish_answer(question: Question, *, by=None) -> Question:
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_approve(u, question.portal_id))
    _expect(question, S.PUBLISHED)
    question.status = S.APPROVED
    question.save(update_fields=["status", "updated_at"])
    _event(question, "unpublished", by, S.PUBLISHED)
    _audit("question.unpublish", question, by)
    return question


# --- Appointment and transfer --------------------------------------------------------------------


@transaction.atomic
def make_appointment(
    question: Question, *, working_days: int, reason: str, by=None, now=None
) -> Question:
    """Extend the deadline (hẹn trả lời) to at most the appointment maximum (10 working days from
    the clock start), before the current deadline passes; the asker is told the reason and date."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, *OPEN_STATUSES)
    now = now or timezone.now()
    maximum = period_days(PeriodKind.QA_APPOINTMENT_MAX, _local_day(question.received_at))
    errors = {}
    if now >= question.deadline:
        errors["working_days"] = _("Đã quá hạn trả lời: phải hẹn trước khi hết hạn.")
    elif working_days <= question.working_days:
        errors["working_days"] = _("Thời hạn hẹn phải dài hơn thời hạn hiện tại (%(n)s ngày).") % {
            "n": question.working_days
        }
    elif working_days > maximum:
        errors["working_days"] = _("Hẹn trả lời tối đa %(n)s ngày làm việc.") % {"n": maximum}
    if not (reason or "").strip():
        errors["reason"] = _("Cần nêu lý do hẹn trả lời.")
    if errors:
        raise ValidationError(errors)
    previous = question.deadline
    question.appointment_days = working_days
    question.appointment_reason = reason.strip()
    question.appointment_at = now
    _apply_deadline(question)
    question.save(
        update_fields=[
            "appointment_days",
            "appointment_reason",
            "appointment_at",
            "clock_start",
            "deadline",
            "updated_at",
        ]
    )
    _event(
        question,
        "appointment",
        by,
        question.status,
        note=_("%(reason)s. Hạn mới: %(deadline)s.")
        % {"reason": question.appointment_reason, "deadline": emails.when(question.deadline)},
        public=True,
    )
    _audit(
        "question.appointment",
        question,
        by,
        working_days=working_days,
        previous_deadline=previous.isoformat(),
        deadline=question.deadline.isoformat(),
    )
    subject, text = emails.appointment(question)
    notifications.queue(
        portal=question.portal,
        kind=NotificationKind.APPOINTMENT,
        recipients=[question.asker_email],
        subject=subject,
        body=text,
        question=question,
    )
    return question


@transaction.atomic
def transfer_question(question: Question, *, to_portal, reason: str, by=None) -> Question:
    """Move a question to the portal that should answer it; the receipt time (and so the clock)
    is kept, the new board starts from "received"."""
    question = _lock(question)
    _check_actor(by, lambda u: permissions.can_triage(u, question.portal_id))
    _expect(question, S.QUARANTINED, *OPEN_STATUSES)
    errors = {}
    if to_portal is None or to_portal.pk == question.portal_id:
        errors["to_portal"] = _("Chọn cổng khác để chuyển đến.")
    elif not to_portal.is_public:
        errors["to_portal"] = _("Cổng này hiện không tiếp nhận câu hỏi.")
    if not (reason or "").strip():
        errors["reason"] = _("Cần nêu lý do chuyển.")
    if errors:
        raise ValidationError(errors)
    from_portal = question.portal
    previous = question.status
    QuestionTransfer.objects.create(
        question=question,
        from_portal=from_portal,
        to_portal=to_portal,
        reason=reason.strip(),
        by=by,
    )
    question.portal = to_portal
    question.status = S.RECEIVED
    question.assignee = None
    _apply_deadline(question)
    question.save(
        update_fields=["portal", "status", "assignee", "clock_start", "deadline", "updated_at"]
    )
    _event(
        question,
        "transferred",
        by,
        previous,
        note=_("Chuyển từ %(a)s đến %(b)s: %(reason)s")
        % {"a": from_portal.name_vi, "b": to_portal.name_vi, "reason": reason.strip()},
        public=True,
    )
    record(
        "qa.question.transfer_out",
        actor=by,
        portal=from_portal,
        target=question,
        data={"code": question.tracking_code, "to": to_portal.pk},
    )
    _audit("question.transfer_in", question, by, **{"from": from_portal.pk})
    subject, text = emails.transferred(question, from_portal)
    notifications.queue(
        portal=to_portal,
        kind=NotificationKind.TRANSFERRED,
        recipients=[question.asker_email],
        subject=subject,
        body=text,
        question=question,
    )
    _notify_board(question)
    return question


# --- Calendar changes ----------------------------------------------------------------------------


@transaction.atomic
def recompute_open_deadlines(*, by=None, calendar: WorkingCalendar | None = None) -> int:
    """Recompute the stored clock of every open question and information request after the
    calendar (or a period) changed; answered ones keep the deadline they were judged against.
    Returns how many changed."""
    calendar = calendar or get_calendar()
    changed = 0
    questions = Question.objects.filter(status__in=[S.QUARANTINED, *OPEN_STATUSES])
    for question in questions.select_for_update().iterator():
        day = _local_day(question.received_at)
        before = (question.period_days, question.clock_start, question.deadline)
        question.period_days = period_days(SCOPE_PERIOD[Scope(question.scope)], day)
        _apply_deadline(question, calendar)
        if before != (question.period_days, question.clock_start, question.deadline):
            question.save(update_fields=["period_days", "clock_start", "deadline", "updated_at"])
            changed += 1
    for request in InformationRequest.objects.filter(status__in=INFO_OPEN_STATUSES).iterator():
        before = (request.clock_start, request.notice_deadline, request.supply_deadline)
        _apply_info_deadlines(request, calendar)
        if before != (request.clock_start, request.notice_deadline, request.supply_deadline):
            request.save(
                update_fields=["clock_start", "notice_deadline", "supply_deadline", "supply_days"]
            )
            changed += 1
    if changed:
        record("qa.deadlines.recompute", actor=by, data={"changed": changed})
    return changed


# --- Information requests (Law on Access to Information, art. 30) --------------------------------


def _apply_info_deadlines(request: InformationRequest, calendar=None) -> None:
    day = _local_day(request.received_at)
    notice = compute_deadline(
        request.received_at, period_days(PeriodKind.INFO_COMPLEX_NOTICE, day), calendar=calendar
    )
    if request.complexity == Complexity.COMPLEX:
        days = period_days(PeriodKind.INFO_COMPLEX_SUPPLY, day) + (request.extension_days or 0)
    else:
        days = period_days(PeriodKind.INFO_SIMPLE, day)
    supply = compute_deadline(request.received_at, days, calendar=calendar)
    request.clock_start = supply.start
    request.notice_deadline = notice.deadline
    request.supply_deadline = supply.deadline
    request.supply_days = days


def explain_info_deadline(request: InformationRequest) -> DeadlineExplanation:
    return compute_deadline(request.received_at, request.supply_days)


def _info_audit(action: str, request: InformationRequest, by, **data) -> None:
    record(
        f"qa.info.{action}",
        actor=by,
        portal=request.portal,
        target=request,
        data={"code": request.tracking_code, "status": request.status, **data},
    )


def _info_notify(request: InformationRequest, kind: str, subject: str, text: str) -> None:
    notifications.queue(
        portal=request.portal,
        kind=kind,
        recipients=[request.requester_email],
        subject=subject,
        body=text,
        information_request=request,
    )


@transaction.atomic
def submit_information_request(
    portal,
    *,
    name: str,
    email: str,
    content: str,
    phone: str = "",
    address: str = "",
    identity_number: str = "",
    purpose: str = "",
    now=None,
) -> InformationRequest:
    if not _portal_is_public(portal):
        raise ValidationError({"portal": _("Cổng này hiện không tiếp nhận yêu cầu.")})
    now = now or timezone.now()
    request = InformationRequest(
        portal=portal,
        tracking_code=_unique_code(InformationRequest, "TT", now),
        requester_name=name.strip(),
        requester_email=email.strip(),
        requester_phone=phone.strip(),
        requester_address=address.strip(),
        identity_number=identity_number.strip(),
        content=content.strip(),
        purpose=purpose.strip(),
        received_at=now,
    )
    _apply_info_deadlines(request)
    request.full_clean()
    request.save()
    _info_audit("submit", request, None, deadline=request.supply_deadline.isoformat())
    _info_notify(request, NotificationKind.INFO_RECEIPT, *emails.info_receipt(request))
    return request


def _lock_info(request: InformationRequest) -> InformationRequest:
    return (
        InformationRequest.objects.select_for_update().select_related("portal").get(pk=request.pk)
    )


def _expect_info(request: InformationRequest, *allowed: str) -> None:
    if request.status not in allowed:
        raise ValidationError(
            {
                "status": _("Không thể thực hiện khi yêu cầu ở trạng thái “%(status)s”.")
                % {"status": request.get_status_display()}
            }
        )


@transaction.atomic
def notify_complex_request(request: InformationRequest, *, note: str = "", by=None, now=None):
    """A complex request: tell the requester, within 3 working days, that the information will
    come within 15 working days of receipt."""
    request = _lock_info(request)
    _check_actor(by, lambda u: permissions.can_triage(u, request.portal_id))
    _expect_info(request, InfoRequestStatus.RECEIVED)
    now = now or timezone.now()
    request.complexity = Complexity.COMPLEX
    request.status = InfoRequestStatus.NOTIFIED
    request.notified_at = now
    request.notice_text = (note or "").strip()
    request.handled_by = by
    _apply_info_deadlines(request)
    request.save()
    _info_audit("notice", request, by, late=now > request.notice_deadline)
    _info_notify(request, NotificationKind.INFO_NOTICE, *emails.info_update(request, "info_notice"))
    return request


@transaction.atomic
def extend_information_request(
    request: InformationRequest, *, working_days: int, reason: str, by=None, now=None
):
    """Extend a complex request once, by at most 15 working days, before its deadline."""
    request = _lock_info(request)
    _check_actor(by, lambda u: permissions.can_triage(u, request.portal_id))
    _expect_info(request, InfoRequestStatus.NOTIFIED)
    now = now or timezone.now()
    maximum = period_days(PeriodKind.INFO_EXTENSION_MAX, _local_day(request.received_at))
    errors = {}
    if request.extension_days:
        errors["working_days"] = _("Chỉ được gia hạn một lần.")
    elif not 1 <= working_days <= maximum:
        errors["working_days"] = _("Gia hạn từ 1 đến %(n)s ngày làm việc.") % {"n": maximum}
    elif now >= request.supply_deadline:
        errors["working_days"] = _("Đã quá hạn cung cấp: phải gia hạn trước khi hết hạn.")
    if not (reason or "").strip():
        errors["reason"] = _("Cần nêu lý do gia hạn.")
    if errors:
        raise ValidationError(errors)
    request.extension_days = working_days
    request.extension_reason = reason.strip()
    request.status = InfoRequestStatus.EXTENDED
    _apply_info_deadlines(request)
    request.save()
    _info_audit("extend", request, by, working_days=working_days)
    _info_notify(
        request, NotificationKind.INFO_EXTENSION, *emails.info_update(request, "info_extension")
    )
    return request


@transaction.atomic
def supply_information(request: InformationRequest, *, response: str, by=None, now=None):
    request = _lock_info(request)
    _check_actor(by, lambda u: permissions.can_triage(u, request.portal_id))
    _expect_info(request, *INFO_OPEN_STATUSES)
    if not (response or "").strip():
        raise ValidationError({"response": _("Cần nội dung thông tin cung cấp.")})
    request.response = response.strip()
    request.status = InfoRequestStatus.SUPPLIED
    request.closed_at = now or timezone.now()
    request.handled_by = by
    request.save()
    _info_audit("supply", request, by, late=request.closed_at > request.supply_deadline)
    _info_notify(
        request, NotificationKind.INFO_SUPPLIED, *emails.info_update(request, "info_supplied")
    )
    return request


@transaction.atomic
def refuse_information_request(request: InformationRequest, *, reason: str, by=None, now=None):
    request = _lock_info(request)
    _check_actor(by, lambda u: permissions.can_triage(u, request.portal_id))
    _expect_info(request, *INFO_OPEN_STATUSES)
    if not (reason or "").strip():
        raise ValidationError({"response": _("Cần nêu lý do từ chối.")})
    request.response = reason.strip()
    request.status = InfoRequestStatus.REFUSED
    request.closed_at = now or timezone.now()
    request.handled_by = by
    request.save()
    _info_audit("refuse", request, by)
    _info_notify(
        request, NotificationKind.INFO_REFUSED, *emails.info_update(request, "info_refused")
    )
    return request


__all__ = [
    "accept_question",
    "approve_answer",
    "assign_question",
    "classify_question",
    "draft_answer",
    "explain_deadline",
    "explain_info_deadline",
    "extend_information_request",
    "make_appointment",
    "notify_complex_request",
    "publish_answer",
    "recompute_open_deadlines",
    "refuse_information_request",
    "reject_question",
    "release_question",
    "return_answer",
    "submit_information_request",
    "submit_question",
    "supply_information",
    "transfer_question",
    "unpublish_answer",
]
