"""Public Q&A pages of a portal: ask, receipt, tracking, published answers, information requests.

No login. The asker's e-mail, phone and address are never rendered here except back to the asker
on the tracking page (and there only the e-mail they typed). A question is acknowledged only after
`submit_question` has returned, i.e. after its transaction committed; if the database fails the
asker sees an explicit "not received" page and keeps what they typed.
"""

import hmac
import logging

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from vnportal.security.audit import client_ip

from . import services
from .antispam import allow_submission, allow_tracking
from .choices import QuestionField
from .forms import InformationRequestForm, QuestionForm, TrackForm
from .models import InformationRequest, Question, QuestionTransfer, normalise_code

logger = logging.getLogger(__name__)

RECEIPT_SALT = "vnportal.qa.receipt"
RECEIPT_MAX_AGE = 3600
PAGE_SIZE = 20


def _portal(request):
    portal = getattr(request, "portal", None)
    if portal is None:
        raise Http404
    return portal


def _apply_errors(form, exc: ValidationError) -> None:
    for name, messages in getattr(exc, "message_dict", {"__all__": exc.messages}).items():
        for message in messages:
            form.add_error(name if name in form.fields else None, message)


def _unavailable(request, form_kind: str):
    """Rendered without the portal layout (whose menu needs the database)."""
    return render(
        request,
        "qa/unavailable.html",
        {"portal": getattr(request, "portal", None), "form_kind": form_kind},
        status=503,
    )


# --- Published answers ---------------------------------------------------------------------------


def index(request):
    portal = _portal(request)
    query = (request.GET.get("q") or "").strip()[:200]
    field = request.GET.get("linh_vuc") or ""
    questions = Question.objects.for_portal(portal).for_public_list().matching(query)
    if field in QuestionField.values:
        questions = questions.filter(field=field)
    else:
        field = ""
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "qa/index.html",
        {"page_obj": page, "query": query, "field": field, "fields": QuestionField.choices},
    )


def detail(request, pk: int):
    portal = _portal(request)
    question = (
        Question.objects.for_portal(portal)
        .published()
        .only(
            "pk",
            "portal_id",
            "title",
            "body",
            "field",
            "asker_name",
            "received_at",
            "answer",
            "answered_at",
            "answered_by_label",
            "published_at",
        )
        .filter(pk=pk)
        .first()
    )
    if question is None:
        raise Http404
    return render(request, "qa/detail.html", {"question": question})


# --- Asking --------------------------------------------------------------------------------------


@transaction.non_atomic_requests
@require_http_methods(["GET", "POST"])
def ask(request):
    portal = _portal(request)
    if request.method == "GET":
        return render(request, "qa/ask.html", {"form": QuestionForm()})
    form = QuestionForm(request.POST, request.FILES)
    if form.honeypot_filled():
        form.add_error(None, _("Không gửi được câu hỏi. Vui lòng thử lại."))
        return render(request, "qa/ask.html", {"form": form}, status=400)
    if not form.is_valid():
        return render(request, "qa/ask.html", {"form": form}, status=400)
    data = form.cleaned_data
    ip = client_ip(request)
    if not allow_submission(ip, data["email"]):
        form.add_error(
            None, _("Bạn đã gửi quá nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau.")
        )
        return render(request, "qa/ask.html", {"form": form}, status=429)
    try:
        question = services.submit_question(
            portal,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            address=data["address"],
            field=data["field"],
            title=data["title"],
            body=data["body"],
            attachment=data.get("attachment"),
            ip=ip,
        )
    except ValidationError as exc:
        _apply_errors(form, exc)
        return render(request, "qa/ask.html", {"form": form}, status=400)
    except DatabaseError:
        logger.exception("question could not be stored on portal %s", portal.pk)
        return _unavailable(request, "question")
    token = signing.dumps({"q": question.pk}, salt=RECEIPT_SALT)
    return redirect(reverse("qa:receipt") + "?t=" + token)


def receipt(request):
    portal = _portal(request)
    try:
        data = signing.loads(request.GET.get("t", ""), salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE)
    except signing.BadSignature:
        raise Http404 from None
    if "q" in data:
        item = Question.objects.for_portal(portal).filter(pk=data["q"]).first()
        template = "qa/receipt.html"
    else:
        item = InformationRequest.objects.for_portal(portal).filter(pk=data.get("r")).first()
        template = "qa/info_receipt.html"
    if item is None:
        raise Http404
    return render(request, template, {"item": item})


# --- Tracking ------------------------------------------------------------------------------------


def _find(portal, code: str, email: str):
    """The question or request with this code and e-mail on this portal (or transferred from it),
    else None. Compares the e-mail in constant time, against a dummy when the code is unknown, so
    the answer and its timing do not reveal which of the two was wrong."""
    code = normalise_code(code)
    model = InformationRequest if code.startswith("TT-") else Question
    item = model.objects.select_related("portal").filter(tracking_code=code).first()
    stored = ""
    if item is not None:
        stored = item.requester_email if model is InformationRequest else item.asker_email
    matches = hmac.compare_digest(
        (stored or "\x00" * 32).strip().lower().encode(), email.strip().lower().encode()
    )
    if item is None or not matches:
        return None
    if item.portal_id != portal.pk:
        moved_from_here = model is Question and (
            QuestionTransfer.objects.filter(question=item, from_portal=portal).exists()
        )
        if not moved_from_here:
            return None
    return item


@require_http_methods(["GET", "POST"])
def track(request):
    portal = _portal(request)
    form = TrackForm(request.POST or None)
    context = {"form": form}
    status = 200
    if request.method == "POST" and form.is_valid():
        if not allow_tracking(client_ip(request)):
            form.add_error(None, _("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau."))
            status = 429
        else:
            item = _find(portal, form.cleaned_data["code"], form.cleaned_data["email"])
            if item is None:
                context["not_found"] = True
                status = 404
            elif isinstance(item, Question):
                context["question"] = item
                context["events"] = item.events.filter(public=True)
                context["moved"] = item.portal_id != portal.pk
            else:
                context["info_request"] = item
    return render(request, "qa/track.html", context, status=status)


# --- Information requests ------------------------------------------------------------------------


@transaction.non_atomic_requests
@require_http_methods(["GET", "POST"])
def information_request(request):
    portal = _portal(request)
    if request.method == "GET":
        return render(request, "qa/info_request.html", {"form": InformationRequestForm()})
    form = InformationRequestForm(request.POST)
    if form.honeypot_filled():
        form.add_error(None, _("Không gửi được yêu cầu. Vui lòng thử lại."))
        return render(request, "qa/info_request.html", {"form": form}, status=400)
    if not form.is_valid():
        return render(request, "qa/info_request.html", {"form": form}, status=400)
    data = form.cleaned_data
    if not allow_submission(client_ip(request), data["email"], scope="info"):
        form.add_error(None, _("Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau."))
        return render(request, "qa/info_request.html", {"form": form}, status=429)
    try:
        item = services.submit_information_request(
            portal,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            address=data["address"],
            identity_number=data["identity_number"],
            content=data["content"],
            purpose=data["purpose"],
        )
    except ValidationError as exc:
        _apply_errors(form, exc)
        return render(request, "qa/info_request.html", {"form": form}, status=400)
    except DatabaseError:
        logger.exception("information request could not be stored on portal %s", portal.pk)
        return _unavailable(request, "information_request")
    token = signing.dumps({"r": item.pk}, salt=RECEIPT_SALT)
    return redirect(reverse("qa:receipt") + "?t=" + token)
