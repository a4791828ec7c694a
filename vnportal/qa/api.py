"""Q&A endpoints of the public API: ask a question, list published answers.

Asking through the API follows the same rules as the form (validation, honeypot, rate limits,
scanner, 24/7 receipt with the tracking code only after the commit). Responses never contain the
asker's e-mail, phone or address.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.responses import Status

from vnportal.security.audit import client_ip
from vnportal.tenancy.models import Portal

from . import services
from .antispam import allow_submission
from .forms import QuestionForm
from .models import Question
from .notifications import tracking_url

router = Router(tags=["questions"])


class QuestionIn(Schema):
    name: str = Field(..., description="Họ và tên người hỏi")
    email: str = Field(..., description="Thư điện tử (không công khai)")
    phone: str = Field("", description="Điện thoại (không bắt buộc, không công khai)")
    address: str = Field("", description="Địa chỉ (không bắt buộc, không công khai)")
    field: str = Field(..., description="Lĩnh vực, ví dụ land, civil_status, social, transport")
    title: str
    question: str
    website: str = Field("", description="Luôn để trống (bẫy chống spam)")


class QuestionReceipt(Schema):
    tracking_code: str
    status: str
    received_at: datetime.datetime
    clock_start: datetime.datetime
    deadline: datetime.datetime
    working_days: int
    tracking_url: str


class PublishedQuestion(Schema):
    id: int
    title: str
    field: str
    question: str
    answer: str
    answered_by: str
    received_at: datetime.datetime
    answered_at: datetime.datetime | None
    published_at: datetime.datetime | None


class Problem(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


def _public_portal(slug: str) -> Portal | None:
    return Portal.objects.public().filter(slug=slug).first()


def _problem(code: int, detail: str, errors=None) -> Status:
    return Status(code, {"detail": detail, "errors": errors or {}})


def _local(moment):
    return timezone.localtime(moment) if moment else None


@router.post(
    "/portals/{portal}/questions",
    response={201: QuestionReceipt, 400: Problem, 404: Problem, 429: Problem, 503: Problem},
    summary="Ask a question on a portal (no login); returns the tracking code and the deadline",
)
def ask_question(request, portal: str, payload: QuestionIn):
    target = _public_portal(portal)
    if target is None:
        return _problem(404, "Không có cổng này hoặc cổng không tiếp nhận câu hỏi.")
    data = payload.dict()
    form = QuestionForm(data={**data, "body": data.pop("question")})
    if form.honeypot_filled():
        return _problem(400, "Không gửi được câu hỏi.")
    if not form.is_valid():
        errors = {
            ("question" if name == "body" else name): [str(m) for m in messages]
            for name, messages in form.errors.items()
        }
        return _problem(400, "Dữ liệu không hợp lệ.", errors)
    clean = form.cleaned_data
    ip = client_ip(request)
    if not allow_submission(ip, clean["email"]):
        return _problem(429, "Gửi quá nhiều câu hỏi trong thời gian ngắn; thử lại sau.")
    try:
        question = services.submit_question(
            target,
            name=clean["name"],
            email=clean["email"],
            phone=clean["phone"],
            address=clean["address"],
            field=clean["field"],
            title=clean["title"],
            body=clean["body"],
            ip=ip,
        )
    except ValidationError as exc:
        return _problem(400, "Dữ liệu không hợp lệ.", exc.message_dict)
    except DatabaseError:
        return _problem(503, "Hệ thống chưa lưu được câu hỏi; câu hỏi CHƯA được tiếp nhận.")
    receipt = {
        "tracking_code": question.tracking_code,
        "status": str(question.public_status),
        "received_at": _local(question.received_at),
        "clock_start": _local(question.clock_start),
        "deadline": _local(question.deadline),
        "working_days": question.working_days,
        "tracking_url": tracking_url(target),
    }
    return Status(201, receipt)


@router.get(
    "/portals/{portal}/questions",
    response={200: list[PublishedQuestion], 404: Problem},
    summary="Published answers of a portal, newest first",
)
def list_published(request, portal: str, q: str = "", limit: int = 20, offset: int = 0):
    target = _public_portal(portal)
    if target is None:
        return _problem(404, "Không có cổng này.")
    limit = max(1, min(limit, 100))
    offset = max(0, offset)
    rows = (
        Question.objects.for_portal(target)
        .published()
        .matching(q[:200])
        .order_by("-published_at", "-pk")
        .only(
            "pk",
            "title",
            "field",
            "body",
            "answer",
            "answered_by_label",
            "received_at",
            "answered_at",
            "published_at",
        )[offset : offset + limit]
    )
    items = [
        {
            "id": row.pk,
            "title": row.title,
            "field": row.field,
            "question": row.body,
            "answer": row.answer,
            "answered_by": row.answered_by_label,
            "received_at": _local(row.received_at),
            "answered_at": _local(row.answered_at),
            "published_at": _local(row.published_at),
        }
        for row in rows
    ]
    return Status(200, items)
