"""Choices of the Q&A domain: question states, scopes, fields, period kinds, notifications."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionStatus(models.TextChoices):
    QUARANTINED = "quarantined", _("Nghi ngờ spam (cách ly)")
    RECEIVED = "received", _("Đã tiếp nhận")
    ACCEPTED = "accepted", _("Đã thụ lý")
    REJECTED = "rejected", _("Từ chối")
    ASSIGNED = "assigned", _("Đã phân công")
    DRAFTED = "drafted", _("Đã có dự thảo trả lời")
    APPROVED = "approved", _("Lãnh đạo đã duyệt trả lời")
    PUBLISHED = "published", _("Đã công khai")


#: States in which the clock runs and the board still owes an answer. A quarantined question is
#: kept out of reminders and statistics until a board member releases it (false positive) or
#: rejects it as spam; releasing it does not restart the clock (receipt time is kept).
OPEN_STATUSES = (
    QuestionStatus.RECEIVED,
    QuestionStatus.ACCEPTED,
    QuestionStatus.ASSIGNED,
    QuestionStatus.DRAFTED,
)
ANSWERED_STATUSES = (QuestionStatus.APPROVED, QuestionStatus.PUBLISHED)

#: What the asker sees on the tracking page (internal steps are shown as "being processed").
PUBLIC_STATUS = {
    QuestionStatus.QUARANTINED: _("Đã tiếp nhận"),
    QuestionStatus.RECEIVED: _("Đã tiếp nhận"),
    QuestionStatus.ACCEPTED: _("Đang xử lý"),
    QuestionStatus.ASSIGNED: _("Đang xử lý"),
    QuestionStatus.DRAFTED: _("Đang xử lý"),
    QuestionStatus.REJECTED: _("Không thụ lý"),
    QuestionStatus.APPROVED: _("Đã trả lời"),
    QuestionStatus.PUBLISHED: _("Đã trả lời"),
}


class RejectReason(models.TextChoices):
    SPAM = "spam", _("Spam, quảng cáo, nội dung xấu")
    OUT_OF_SCOPE = "out_of_scope", _("Không thuộc phạm vi trả lời")
    DUPLICATE = "duplicate", _("Trùng câu hỏi đã có")


class Scope(models.TextChoices):
    """How the board classifies a question; each scope has its own period (ResponsePeriod)."""

    WITHIN_AUTHORITY = "within_authority", _("Thuộc thẩm quyền giải quyết")
    INTER_AGENCY = "inter_agency", _("Cần phối hợp liên ngành")


class QuestionField(models.TextChoices):
    LAND = "land", _("Đất đai")
    CONSTRUCTION = "construction", _("Xây dựng, quy hoạch")
    CIVIL_STATUS = "civil_status", _("Hộ tịch, cư trú")
    SOCIAL = "social", _("Lao động, chính sách xã hội")
    EDUCATION = "education", _("Giáo dục")
    HEALTH = "health", _("Y tế")
    TRANSPORT = "transport", _("Giao thông")
    AGRICULTURE = "agriculture", _("Nông nghiệp, môi trường")
    FINANCE = "finance", _("Tài chính, thuế")
    PROCEDURES = "procedures", _("Thủ tục hành chính")
    OTHER = "other", _("Lĩnh vực khác")


class PeriodKind(models.TextChoices):
    QA_WITHIN_AUTHORITY = "qa_within_authority", _("Hỏi - Đáp: câu hỏi thuộc thẩm quyền")
    QA_INTER_AGENCY = "qa_inter_agency", _("Hỏi - Đáp: câu hỏi cần phối hợp liên ngành")
    QA_APPOINTMENT_MAX = "qa_appointment_max", _("Hỏi - Đáp: hẹn trả lời tối đa")
    INFO_SIMPLE = "info_simple", _("Cung cấp thông tin: yêu cầu đơn giản")
    INFO_COMPLEX_NOTICE = "info_complex_notice", _("Cung cấp thông tin: thông báo (phức tạp)")
    INFO_COMPLEX_SUPPLY = "info_complex_supply", _("Cung cấp thông tin: cung cấp (phức tạp)")
    INFO_EXTENSION_MAX = "info_extension_max", _("Cung cấp thông tin: gia hạn tối đa")


SCOPE_PERIOD = {
    Scope.WITHIN_AUTHORITY: PeriodKind.QA_WITHIN_AUTHORITY,
    Scope.INTER_AGENCY: PeriodKind.QA_INTER_AGENCY,
}


class InfoRequestStatus(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    NOTIFIED = "notified", _("Đã thông báo thời hạn (yêu cầu phức tạp)")
    EXTENDED = "extended", _("Đã gia hạn")
    SUPPLIED = "supplied", _("Đã cung cấp thông tin")
    REFUSED = "refused", _("Từ chối cung cấp")


INFO_OPEN_STATUSES = (
    InfoRequestStatus.RECEIVED,
    InfoRequestStatus.NOTIFIED,
    InfoRequestStatus.EXTENDED,
)


class Complexity(models.TextChoices):
    SIMPLE = "simple", _("Đơn giản, có sẵn")
    COMPLEX = "complex", _("Phức tạp, cần tập hợp, xử lý")


class NotificationKind(models.TextChoices):
    RECEIPT = "receipt", _("Xác nhận tiếp nhận")
    NEW_QUESTION = "new_question", _("Báo câu hỏi mới cho Ban biên tập")
    ASSIGNED = "assigned", _("Phân công trả lời")
    REJECTED = "rejected", _("Thông báo không thụ lý")
    APPOINTMENT = "appointment", _("Hẹn trả lời")
    TRANSFERRED = "transferred", _("Chuyển cổng")
    ANSWER = "answer", _("Gửi trả lời")
    REMINDER_BEFORE = "reminder_before", _("Nhắc trước hạn")
    REMINDER_LAST_DAY = "reminder_last_day", _("Nhắc ngày cuối")
    OVERDUE = "overdue", _("Quá hạn")
    INFO_RECEIPT = "info_receipt", _("Xác nhận tiếp nhận yêu cầu thông tin")
    INFO_NOTICE = "info_notice", _("Thông báo thời hạn cung cấp thông tin")
    INFO_EXTENSION = "info_extension", _("Gia hạn cung cấp thông tin")
    INFO_SUPPLIED = "info_supplied", _("Cung cấp thông tin")
    INFO_REFUSED = "info_refused", _("Từ chối cung cấp thông tin")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Chờ gửi")
    SENDING = "sending", _("Đang gửi")
    SENT = "sent", _("Đã gửi")
    FAILED = "failed", _("Gửi lỗi, sẽ thử lại")


#: How each step of a question's life reads on the tracking page and the admin screen.
EVENT_LABELS = {
    "received": _("Tiếp nhận câu hỏi"),
    "released": _("Xác nhận không phải spam"),
    "accepted": _("Thụ lý"),
    "classified": _("Phân loại lại"),
    "rejected": _("Không thụ lý"),
    "assigned": _("Phân công trả lời"),
    "drafted": _("Dự thảo trả lời"),
    "returned": _("Lãnh đạo yêu cầu chỉnh sửa"),
    "approved": _("Lãnh đạo duyệt, gửi trả lời"),
    "published": _("Công khai trả lời"),
    "unpublished": _("Thôi công khai"),
    "appointment": _("Hẹn trả lời"),
    "transferred": _("Chuyển cổng"),
}
