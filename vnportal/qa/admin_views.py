"""Admin screens of the Q&A section (Hỏi - Đáp) for boards, supervisors and operators.

Every view loads the object through :func:`_question_for` / :func:`_request_for`, which return
404 for an id outside the portals the user may see, so a tampered URL reveals nothing. Actions
then check the role (403 when the user may see but not act), and the services check it again.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from vnportal.tenancy.access import is_operator
from vnportal.tenancy.models import Portal

from . import forms, permissions, services
from .choices import InfoRequestStatus, QuestionStatus
from .models import InformationRequest, Notification, Question, normalise_code
from .statistics import qa_rollup, qa_statistics

PAGE_SIZE = 50


def _apply_errors(form, exc: ValidationError) -> None:
    for name, msgs in getattr(exc, "message_dict", {"__all__": exc.messages}).items():
        for msg in msgs:
            form.add_error(name if name in form.fields else None, msg)


def _question_for(request, pk) -> Question:
    question = (
        Question.objects.select_related("portal", "assignee", "duplicate_of")
        .filter(pk=pk, portal_id__in=permissions.visible_portal_ids(request.user))
        .first()
    )
    if question is None:
        raise Http404
    return question


def _request_for(request, pk) -> InformationRequest:
    item = (
        InformationRequest.objects.select_related("portal")
        .filter(pk=pk, portal_id__in=permissions.visible_portal_ids(request.user))
        .first()
    )
    if item is None:
        raise Http404
    return item


# --- Questions -----------------------------------------------------------------------------------


def question_list(request):
    visible = permissions.visible_portal_ids(request.user)
    if not visible:
        raise PermissionDenied
    now = timezone.now()
    questions = Question.objects.for_portals(visible).for_admin_list()
    portals = Portal.objects.filter(pk__in=visible).order_by("name_vi")
    status = request.GET.get("status", "")
    portal_id = request.GET.get("portal", "")
    query = (request.GET.get("q") or "").strip()[:100]
    overdue = request.GET.get("overdue") == "1"
    if status in QuestionStatus.values:
        questions = questions.filter(status=status)
    elif status == "open":
        questions = questions.open()
    if portal_id.isdigit() and int(portal_id) in visible:
        questions = questions.filter(portal_id=int(portal_id))
    if overdue:
        questions = questions.overdue(now)
    if query:
        code = normalise_code(query)
        questions = questions.filter(tracking_code=code) | questions.matching(query)
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "qa/admin/question_list.html",
        {
            "page_obj": page,
            "now": now,
            "portals": portals,
            "statuses": QuestionStatus.choices,
            "filters": {"status": status, "portal": portal_id, "q": query, "overdue": overdue},
            "overdue_count": Question.objects.for_portals(visible).overdue(now).count(),
            "quarantined_count": Question.objects.for_portals(visible).quarantined().count(),
        },
    )


def _action_forms(request, question, bound=None):
    """The forms the detail screen offers for the question's state and the user's roles."""
    can = permissions.actions_for(request.user, question)
    state = question.status
    S = QuestionStatus
    offered = {}
    if can["triage"]:
        if state == S.QUARANTINED:
            offered["release"] = None
        if state == S.RECEIVED:
            offered["accept"] = forms.AcceptForm(initial={"scope": question.scope})
        if state in (S.ACCEPTED, S.ASSIGNED, S.DRAFTED):
            offered["assign"] = forms.AssignForm(
                portal=question.portal, initial={"assignee": question.assignee_id}
            )
        if question.is_open and state != S.RECEIVED:
            offered["classify"] = forms.AcceptForm(initial={"scope": question.scope})
        if question.is_open:
            offered["appointment"] = forms.AppointmentForm()
        if state == S.QUARANTINED or question.is_open:
            offered["reject"] = forms.RejectForm()
            offered["transfer"] = forms.TransferForm(current=question.portal)
        if state == S.APPROVED:
            offered["publish"] = None
    if can["draft"] and state in (S.ACCEPTED, S.ASSIGNED, S.DRAFTED):
        offered["draft"] = forms.AnswerForm(initial={"answer": question.answer})
    if can["approve"] and state == S.DRAFTED:
        offered["approve"] = forms.ApproveForm(initial={"answer": question.answer})
        offered["return"] = forms.NoteForm()
    if can["approve"] and state == S.PUBLISHED:
        offered["unpublish"] = None
    return _prefixed(offered, bound)


def _prefixed(offered: dict, bound) -> dict:
    """Each action form gets its action as prefix, so ids stay unique on the one screen."""
    for name, form in offered.items():
        if form is not None:
            form.prefix = name
    if bound is not None:
        offered[bound[0]] = bound[1]
    return offered


def question_detail(request, pk, *, bound=None, status=200):
    question = _question_for(request, pk)
    explanation = services.explain_deadline(question)
    return render(
        request,
        "qa/admin/question_detail.html",
        {
            "question": question,
            "explanation": explanation,
            "events": question.events.select_related("actor"),
            "transfers": question.transfers.select_related("from_portal", "to_portal", "by"),
            "notifications": question.notifications.all()[:50],
            "forms": _action_forms(request, question, bound),
            "is_overdue": question.is_overdue(),
            "now": timezone.now(),
        },
        status=status,
    )


ACTIONS = {
    # name: (permission check, form class or None, service call)
    "release": ("triage", None, lambda q, d, u: services.release_question(q, by=u)),
    "accept": ("triage", forms.AcceptForm, lambda q, d, u: services.accept_question(q, by=u, **d)),
    "classify": (
        "triage",
        forms.AcceptForm,
        lambda q, d, u: services.classify_question(q, by=u, **d),
    ),
    "assign": ("triage", forms.AssignForm, lambda q, d, u: services.assign_question(q, by=u, **d)),
    "appointment": (
        "triage",
        forms.AppointmentForm,
        lambda q, d, u: services.make_appointment(q, by=u, **d),
    ),
    "transfer": (
        "triage",
        forms.TransferForm,
        lambda q, d, u: services.transfer_question(q, by=u, **d),
    ),
    "publish": ("triage", None, lambda q, d, u: services.publish_answer(q, by=u)),
    "draft": ("draft", forms.AnswerForm, lambda q, d, u: services.draft_answer(q, by=u, **d)),
    "approve": (
        "approve",
        forms.ApproveForm,
        lambda q, d, u: services.approve_answer(q, by=u, **d),
    ),
    "return": ("approve", forms.NoteForm, lambda q, d, u: services.return_answer(q, by=u, **d)),
    "unpublish": ("approve", None, lambda q, d, u: services.unpublish_answer(q, by=u)),
}

SUCCESS = {
    "release": gettext_lazy("Đã xác nhận câu hỏi không phải spam."),
    "accept": gettext_lazy("Đã thụ lý câu hỏi."),
    "classify": gettext_lazy("Đã phân loại lại; hạn trả lời được tính lại."),
    "assign": gettext_lazy("Đã phân công."),
    "appointment": gettext_lazy("Đã hẹn trả lời và gửi thông báo cho người hỏi."),
    "transfer": gettext_lazy("Đã chuyển câu hỏi."),
    "publish": gettext_lazy("Đã công khai câu trả lời."),
    "draft": gettext_lazy("Đã lưu dự thảo trả lời."),
    "approve": gettext_lazy("Đã duyệt và gửi trả lời cho người hỏi."),
    "return": gettext_lazy("Đã trả lại dự thảo để chỉnh sửa."),
    "unpublish": gettext_lazy("Đã thôi công khai."),
    "reject": gettext_lazy("Đã từ chối thụ lý."),
}


def _form_kwargs(action, question):
    if action == "assign":
        return {"portal": question.portal}
    if action == "transfer":
        return {"current": question.portal}
    return {}


def _check(request, question, needed: str) -> None:
    can = permissions.actions_for(request.user, question)
    if not can[needed]:
        raise PermissionDenied


@require_POST
def question_action(request, pk, action):
    question = _question_for(request, pk)
    if action == "reject":
        return _reject(request, question)
    if action not in ACTIONS:
        raise Http404
    needed, form_class, call = ACTIONS[action]
    _check(request, question, needed)
    form = None
    data = {}
    if form_class is not None:
        form = form_class(request.POST, prefix=action, **_form_kwargs(action, question))
        if not form.is_valid():
            return question_detail(request, pk, bound=(action, form), status=400)
        data = form.cleaned_data
    try:
        call(question, data, request.user)
    except ValidationError as exc:
        if form is None:
            for msg in exc.messages:
                messages.error(request, msg)
            return redirect("vnportal_qa:detail", pk=question.pk)
        _apply_errors(form, exc)
        return question_detail(request, pk, bound=(action, form), status=400)
    messages.success(request, SUCCESS[action])
    if action == "transfer":  # the question now belongs to another portal
        return redirect("vnportal_qa:index")
    return redirect("vnportal_qa:detail", pk=question.pk)


def _reject(request, question):
    _check(request, question, "triage")
    form = forms.RejectForm(request.POST, prefix="reject")
    if not form.is_valid():
        return question_detail(request, question.pk, bound=("reject", form), status=400)
    duplicate = None
    code = form.cleaned_data["duplicate_code"].strip()
    if code:
        duplicate = Question.objects.filter(
            tracking_code=normalise_code(code), portal_id=question.portal_id
        ).first()
        if duplicate is None:
            form.add_error("duplicate_code", _("Không có câu hỏi với mã này trên cổng."))
            return question_detail(request, question.pk, bound=("reject", form), status=400)
    try:
        services.reject_question(
            question,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
            duplicate_of=duplicate,
            by=request.user,
        )
    except ValidationError as exc:
        _apply_errors(form, exc)
        return question_detail(request, question.pk, bound=("reject", form), status=400)
    messages.success(request, SUCCESS["reject"])
    return redirect("vnportal_qa:detail", pk=question.pk)


def attachment(request, pk):
    """Attachments are personal data: served only to staff who may see the question."""
    question = _question_for(request, pk)
    if not question.attachment:
        raise Http404
    name = question.attachment.name.rsplit("/", 1)[-1]
    return FileResponse(question.attachment.open("rb"), as_attachment=True, filename=name)


# --- Statistics ------------------------------------------------------------------------------------


def _default_period() -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    return today.replace(month=1, day=1), today


def statistics(request):
    visible = permissions.visible_portal_ids(request.user)
    if not visible:
        raise PermissionDenied
    start, end = _default_period()
    form = forms.PeriodForm(request.GET or None, initial={"start": start, "end": end})
    if request.GET and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    portals = list(Portal.objects.filter(pk__in=visible).select_related("unit").order_by("name_vi"))
    per_portal = qa_statistics(portals, start, end)
    roots = qa_rollup(start, end, portal_ids=None if is_operator(request.user) else visible)
    rows = [node for root in roots for node in root.walk()]
    return render(
        request,
        "qa/admin/statistics.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "portal_rows": [(p, per_portal[p.pk]) for p in portals],
            "unit_rows": rows,
        },
    )


# --- Notifications ---------------------------------------------------------------------------------


def notification_list(request):
    visible = permissions.visible_portal_ids(request.user)
    if not visible:
        raise PermissionDenied
    rows = Notification.objects.filter(portal_id__in=visible).select_related("portal", "question")
    if request.GET.get("status") in ("failed", "pending", "sending", "sent"):
        rows = rows.filter(status=request.GET["status"])
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "qa/admin/notification_list.html", {"page_obj": page})


# --- Information requests --------------------------------------------------------------------------


def request_list(request):
    visible = permissions.visible_portal_ids(request.user)
    if not visible:
        raise PermissionDenied
    items = (
        InformationRequest.objects.for_portals(visible)
        .select_related("portal")
        .order_by("supply_deadline", "pk")
    )
    if request.GET.get("open") == "1":
        items = items.open()
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "qa/admin/request_list.html", {"page_obj": page, "now": timezone.now()})


def _request_forms(request, item, bound=None):
    offered = {}
    if permissions.can_triage(request.user, item.portal_id):
        if item.status == InfoRequestStatus.RECEIVED:
            offered["notice"] = forms.InfoNoticeForm()
        if item.status == InfoRequestStatus.NOTIFIED and not item.extension_days:
            offered["extend"] = forms.InfoExtendForm()
        if item.is_open:
            offered["supply"] = forms.InfoResponseForm()
            offered["refuse"] = forms.InfoResponseForm()
    return _prefixed(offered, bound)


def request_detail(request, pk, *, bound=None, status=200):
    item = _request_for(request, pk)
    return render(
        request,
        "qa/admin/request_detail.html",
        {
            "item": item,
            "explanation": services.explain_info_deadline(item),
            "forms": _request_forms(request, item, bound),
            "notifications": item.notifications.all()[:50],
            "is_overdue": item.is_overdue(),
        },
        status=status,
    )


REQUEST_ACTIONS = {
    "notice": (
        forms.InfoNoticeForm,
        lambda r, d, u: services.notify_complex_request(r, by=u, **d),
        gettext_lazy("Đã gửi thông báo thời hạn."),
    ),
    "extend": (
        forms.InfoExtendForm,
        lambda r, d, u: services.extend_information_request(r, by=u, **d),
        gettext_lazy("Đã gia hạn."),
    ),
    "supply": (
        forms.InfoResponseForm,
        lambda r, d, u: services.supply_information(r, by=u, **d),
        gettext_lazy("Đã cung cấp thông tin."),
    ),
    "refuse": (
        forms.InfoResponseForm,
        lambda r, d, u: services.refuse_information_request(r, by=u, reason=d["response"]),
        gettext_lazy("Đã từ chối cung cấp."),
    ),
}


@require_POST
def request_action(request, pk, action):
    item = _request_for(request, pk)
    if action not in REQUEST_ACTIONS:
        raise Http404
    if not permissions.can_triage(request.user, item.portal_id):
        raise PermissionDenied
    form_class, call, success = REQUEST_ACTIONS[action]
    form = form_class(request.POST, prefix=action)
    if not form.is_valid():
        return request_detail(request, pk, bound=(action, form), status=400)
    try:
        call(item, form.cleaned_data, request.user)
    except ValidationError as exc:
        _apply_errors(form, exc)
        return request_detail(request, pk, bound=(action, form), status=400)
    messages.success(request, success)
    return redirect("vnportal_qa:request_detail", pk=item.pk)
