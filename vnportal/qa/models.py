"""Q&A (Hỏi - Đáp) and information requests (Law on Access to Information art. 30).

Every row carries its portal. States change only through :mod:`vnportal.qa.services`; the stored
`clock_start` and `deadline` come from :func:`vnportal.workcalendar.clock.compute_deadline` and are
recomputed for open items when the calendar changes. The asker's e-mail, phone and address are
personal data: no public view, API response or export ever reads them.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import (
    ANSWERED_STATUSES,
    EVENT_LABELS,
    INFO_OPEN_STATUSES,
    OPEN_STATUSES,
    PUBLIC_STATUS,
    Complexity,
    DeliveryStatus,
    InfoRequestStatus,
    NotificationKind,
    PeriodKind,
    QuestionField,
    QuestionStatus,
    RejectReason,
    Scope,
)

# --- Periods as data ---------------------------------------------------------------------------


class ResponsePeriodQuerySet(models.QuerySet):
    def in_force(self, kind: str, day: datetime.date):
        """The periods of `kind` valid on `day`, the most recently started first."""
        return (
            self.filter(kind=kind, valid_from__lte=day)
            .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day))
            .order_by("-valid_from")
        )


class ResponsePeriod(models.Model):
    """How many working days a kind of answer may take, valid over a date range.

    The rule in force on the date that matters (the receipt of a question) applies, so a question
    received under Decree 43/2011 keeps its 15 days after the Lào Cai directive's 5/8/10 arrived.
    """

    kind = models.CharField(_("loại thời hạn"), max_length=32, choices=PeriodKind.choices)
    working_days = models.PositiveSmallIntegerField(_("số ngày làm việc"))
    valid_from = models.DateField(_("hiệu lực từ"))
    valid_to = models.DateField(
        _("hiệu lực đến"), null=True, blank=True, help_text=_("Để trống nếu còn hiệu lực.")
    )
    legal_basis = models.CharField(
        _("căn cứ"), max_length=255, blank=True, help_text=_("Văn bản quy định thời hạn này.")
    )

    objects = ResponsePeriodQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "valid_from"]
        verbose_name = _("thời hạn trả lời")
        verbose_name_plural = _("thời hạn trả lời")
        constraints = [
            models.UniqueConstraint(fields=["kind", "valid_from"], name="qa_period_unique_start"),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="qa_period_valid_range",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.working_days} ({self.valid_from} → {self.valid_to or '…'})"


# --- Tracking codes ----------------------------------------------------------------------------

#: Crockford base32: no I, L, O or U, so a code read over the phone is not misheard.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_tracking_code(prefix: str, when: datetime.datetime | None = None) -> str:
    """`HD-2026-7KQ2M9XA`: 40 random bits, unguessable; the year helps people on the phone."""
    year = timezone.localtime(when or timezone.now()).year
    return f"{prefix}-{year}-" + "".join(secrets.choice(CROCKFORD) for _i in range(8))


def normalise_code(code: str) -> str:
    """Accept lower case, spaces and the letters Crockford maps onto digits (O→0, I/L→1)."""
    code = (code or "").strip().upper().replace(" ", "")
    head, _sep, tail = code.rpartition("-")
    tail = tail.replace("O", "0").replace("I", "1").replace("L", "1")
    return f"{head}-{tail}" if head else tail


def attachment_path(instance, filename: str) -> str:
    """Random directory per upload: the file name alone can never be guessed from a question."""
    name = filename.rsplit("/", 1)[-1][-80:] or "tep-dinh-kem"
    return f"qa/{instance.portal_id}/{secrets.token_urlsafe(24)}/{name}"


# --- Questions ---------------------------------------------------------------------------------


class QuestionQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def for_portals(self, portal_ids):
        return self.filter(portal_id__in=portal_ids)

    def open(self):
        """Questions the board still owes an answer to (the clock is running)."""
        return self.filter(status__in=OPEN_STATUSES)

    def answered(self):
        return self.filter(status__in=ANSWERED_STATUSES)

    def published(self):
        return self.filter(status=QuestionStatus.PUBLISHED)

    def overdue(self, now=None):
        return self.open().filter(deadline__lt=now or timezone.now())

    def quarantined(self):
        return self.filter(status=QuestionStatus.QUARANTINED)

    def matching(self, query: str):
        """Plain substring search on title, question and answer (the search app will replace it)."""
        query = (query or "").strip()
        if not query:
            return self
        return self.filter(
            Q(title__icontains=query) | Q(body__icontains=query) | Q(answer__icontains=query)
        )

    def for_public_list(self):
        """Published answers with only the columns a public listing shows (no contact data)."""
        return (
            self.published()
            .only("pk", "portal_id", "title", "field", "received_at", "published_at", "answer")
            .order_by("-published_at", "-pk")
        )

    def for_admin_list(self):
        return self.select_related("portal", "assignee").order_by("deadline", "pk")


class Question(models.Model):
    """A citizen's question on one portal: received 24/7, answered by the unit's leader."""

    portal = models.ForeignKey(
        "tenancy.Portal",
        verbose_name=_("cổng"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    tracking_code = models.CharField(_("mã tra cứu"), max_length=32, unique=True)
    status = models.CharField(
        _("trạng thái"),
        max_length=16,
        choices=QuestionStatus.choices,
        default=QuestionStatus.RECEIVED,
        db_index=True,
    )
    # The asker (personal data: never public).
    asker_name = models.CharField(_("họ và tên"), max_length=120)
    asker_email = models.EmailField(_("thư điện tử"))
    asker_phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    asker_address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    submitted_ip = models.GenericIPAddressField(_("địa chỉ IP gửi"), null=True, blank=True)
    # The question.
    field = models.CharField(_("lĩnh vực"), max_length=20, choices=QuestionField.choices)
    title = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung câu hỏi"))
    attachment = models.FileField(
        _("tệp đính kèm"), upload_to=attachment_path, blank=True, max_length=255
    )
    spam_score = models.FloatField(_("điểm nghi ngờ spam"), null=True, blank=True)
    spam_reasons = models.JSONField(_("dấu hiệu spam"), default=list, blank=True)
    # The clock.
    received_at = models.DateTimeField(_("thời điểm tiếp nhận"), default=timezone.now)
    scope = models.CharField(
        _("phân loại"), max_length=20, choices=Scope.choices, default=Scope.WITHIN_AUTHORITY
    )
    period_days = models.PositiveSmallIntegerField(_("thời hạn (ngày làm việc)"))
    appointment_days = models.PositiveSmallIntegerField(
        _("hẹn trả lời (ngày làm việc)"), null=True, blank=True
    )
    appointment_reason = models.TextField(_("lý do hẹn"), blank=True)
    appointment_at = models.DateTimeField(_("thời điểm hẹn"), null=True, blank=True)
    clock_start = models.DateTimeField(_("bắt đầu tính thời hạn"))
    deadline = models.DateTimeField(_("hạn trả lời"), db_index=True)
    # Triage.
    reject_reason = models.CharField(
        _("lý do không thụ lý"), max_length=16, choices=RejectReason.choices, blank=True
    )
    reject_note = models.TextField(_("giải thích"), blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("trùng với"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người được phân công"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_questions",
    )
    # The answer.
    answer = models.TextField(_("nội dung trả lời"), blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    drafted_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("thời điểm trả lời"), null=True, blank=True)
    answered_by_label = models.CharField(_("người trả lời"), max_length=255, blank=True)
    published_at = models.DateTimeField(_("thời điểm công khai"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("câu hỏi")
        verbose_name_plural = _("câu hỏi")
        indexes = [
            models.Index(fields=["portal", "status", "deadline"], name="qa_question_portal_state"),
            models.Index(fields=["portal", "received_at"], name="qa_question_portal_received"),
            models.Index(fields=["portal", "published_at"], name="qa_question_portal_pub"),
        ]

    def __str__(self):
        return f"{self.tracking_code}: {self.title}"

    @property
    def working_days(self) -> int:
        """The period now in force for this question: the appointment if one was made."""
        return self.appointment_days or self.period_days

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_answered(self) -> bool:
        return self.status in ANSWERED_STATUSES

    def is_overdue(self, now=None) -> bool:
        return self.is_open and self.deadline < (now or timezone.now())

    @property
    def answered_late(self) -> bool | None:
        if self.answered_at is None:
            return None
        return self.answered_at > self.deadline

    @property
    def public_status(self) -> str:
        return PUBLIC_STATUS[QuestionStatus(self.status)]


class QuestionEvent(models.Model):
    """One step in a question's life, shown on the admin screen (public ones on the tracking page)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    portal = models.ForeignKey("tenancy.Portal", on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=32)
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    note = models.TextField(blank=True)
    public = models.BooleanField(default=False)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("diễn biến xử lý")

    def __str__(self):
        return f"{self.question_id} {self.action} {self.at:%Y-%m-%d %H:%M}"

    def get_action_label(self) -> str:
        return str(EVENT_LABELS.get(self.action, self.action))


class QuestionTransfer(models.Model):
    """A question moved to the portal that should answer it; the receipt time is kept."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="transfers")
    from_portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.PROTECT, related_name="questions_transferred_out"
    )
    to_portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.PROTECT, related_name="questions_transferred_in"
    )
    reason = models.TextField(_("lý do chuyển"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("chuyển câu hỏi")

    def __str__(self):
        return f"{self.question_id}: {self.from_portal_id} → {self.to_portal_id}"


# --- Information requests ------------------------------------------------------------------------


class InformationRequestQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def for_portals(self, portal_ids):
        return self.filter(portal_id__in=portal_ids)

    def open(self):
        return self.filter(status__in=INFO_OPEN_STATUSES)

    def overdue(self, now=None):
        """Until a complex request's notice is sent, its supply deadline is the 3-day one."""
        return self.open().filter(supply_deadline__lt=now or timezone.now())


class InformationRequest(models.Model):
    """A request for information under the Law on Access to Information 2016, art. 30.

    Simple: supplied within 3 working days. Complex: a notice within 3 working days, the
    information within 15, extendable once by at most 15. All counted by the same clock as Q&A.
    """

    portal = models.ForeignKey(
        "tenancy.Portal", on_delete=models.PROTECT, related_name="information_requests"
    )
    tracking_code = models.CharField(_("mã tra cứu"), max_length=32, unique=True)
    status = models.CharField(
        _("trạng thái"),
        max_length=16,
        choices=InfoRequestStatus.choices,
        default=InfoRequestStatus.RECEIVED,
        db_index=True,
    )
    requester_name = models.CharField(_("họ và tên"), max_length=120)
    requester_email = models.EmailField(_("thư điện tử"))
    requester_phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    requester_address = models.CharField(_("nơi cư trú"), max_length=255, blank=True)
    identity_number = models.CharField(_("số định danh cá nhân / CCCD"), max_length=20, blank=True)
    content = models.TextField(_("thông tin yêu cầu cung cấp"))
    purpose = models.TextField(_("mục đích sử dụng"), blank=True)
    received_at = models.DateTimeField(_("thời điểm tiếp nhận"), default=timezone.now)
    complexity = models.CharField(
        _("mức độ"), max_length=10, choices=Complexity.choices, default=Complexity.SIMPLE
    )
    clock_start = models.DateTimeField(_("bắt đầu tính thời hạn"))
    notice_deadline = models.DateTimeField(_("hạn thông báo"))
    supply_deadline = models.DateTimeField(_("hạn cung cấp"), db_index=True)
    supply_days = models.PositiveSmallIntegerField(_("thời hạn cung cấp (ngày làm việc)"))
    extension_days = models.PositiveSmallIntegerField(
        _("gia hạn (ngày làm việc)"), null=True, blank=True
    )
    extension_reason = models.TextField(_("lý do gia hạn"), blank=True)
    notified_at = models.DateTimeField(_("thời điểm thông báo"), null=True, blank=True)
    notice_text = models.TextField(_("nội dung thông báo"), blank=True)
    response = models.TextField(_("thông tin cung cấp / lý do từ chối"), blank=True)
    closed_at = models.DateTimeField(_("thời điểm hoàn thành"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = InformationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("yêu cầu cung cấp thông tin")
        verbose_name_plural = _("yêu cầu cung cấp thông tin")
        indexes = [
            models.Index(fields=["portal", "status", "supply_deadline"], name="qa_inforeq_state"),
        ]

    def __str__(self):
        return f"{self.tracking_code}: {self.content[:60]}"

    @property
    def is_open(self) -> bool:
        return self.status in INFO_OPEN_STATUSES

    def is_overdue(self, now=None) -> bool:
        return self.is_open and self.supply_deadline < (now or timezone.now())


# --- Notifications -------------------------------------------------------------------------------


class NotificationQuerySet(models.QuerySet):
    def for_portal(self, portal):
        return self.filter(portal=portal)

    def undelivered(self):
        return self.exclude(status=DeliveryStatus.SENT)


class Notification(models.Model):
    """One e-mail to send, written in the same transaction as the change it reports.

    The worker sends it (with retries) after the commit; a failure is recorded here and retried by
    the daily sweep, so an SMTP outage never loses a question nor the message about it.
    `dedupe_key` makes a reminder idempotent when beat runs twice the same day.
    """

    portal = models.ForeignKey("tenancy.Portal", on_delete=models.PROTECT, related_name="+")
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    information_request = models.ForeignKey(
        InformationRequest,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("loại"), max_length=24, choices=NotificationKind.choices)
    recipient = models.EmailField(_("người nhận"))
    subject = models.CharField(_("tiêu đề"), max_length=255)
    body = models.TextField(_("nội dung"))
    status = models.CharField(
        _("trạng thái gửi"),
        max_length=10,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(_("số lần gửi"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    dedupe_key = models.CharField(max_length=160, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("thư thông báo")
        verbose_name_plural = _("thư thông báo")

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient} ({self.get_status_display()})"
