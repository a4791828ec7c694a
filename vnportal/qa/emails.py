"""The wording of every Q&A e-mail, in one place (Vietnamese, through gettext)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from .notifications import tracking_url


def when(moment) -> str:
    return timezone.localtime(moment).strftime("%H:%M ngày %d/%m/%Y")


def receipt(question) -> tuple[str, str]:
    subject = _("[%(portal)s] Đã tiếp nhận câu hỏi %(code)s") % {
        "portal": question.portal.name_vi,
        "code": question.tracking_code,
    }
    body = _(
        "Kính gửi %(name)s,\n\n"
        "%(portal)s đã tiếp nhận câu hỏi của Ông/Bà lúc %(received)s.\n"
        "Tiêu đề: %(title)s\n"
        "Mã tra cứu: %(code)s\n"
        "Thời hạn trả lời dự kiến: %(deadline)s.\n\n"
        "Ông/Bà có thể tra cứu tình trạng xử lý bằng mã tra cứu và địa chỉ thư điện tử này tại:\n"
        "%(url)s\n\n"
        "Thư này được gửi tự động, xin vui lòng không trả lời."
    ) % {
        "name": question.asker_name,
        "portal": question.portal.name_vi,
        "received": when(question.received_at),
        "title": question.title,
        "code": question.tracking_code,
        "deadline": when(question.deadline),
        "url": tracking_url(question.portal),
    }
    return subject, body


def new_question(question) -> tuple[str, str]:
    subject = _("[%(portal)s] Câu hỏi mới %(code)s: %(title)s") % {
        "portal": question.portal.name_vi,
        "code": question.tracking_code,
        "title": question.title[:80],
    }
    body = _(
        "Cổng nhận được câu hỏi mới lúc %(received)s (lĩnh vực: %(field)s).\n"
        "Tiêu đề: %(title)s\nHạn trả lời: %(deadline)s.\n\n"
        "Vui lòng vào trang quản trị, mục Hỏi - Đáp, để thụ lý."
    ) % {
        "received": when(question.received_at),
        "field": question.get_field_display(),
        "title": question.title,
        "deadline": when(question.deadline),
    }
    return subject, body


def assigned(question) -> tuple[str, str]:
    subject = _("[%(portal)s] Được phân công trả lời câu hỏi %(code)s") % {
        "portal": question.portal.name_vi,
        "code": question.tracking_code,
    }
    body = _(
        "Ông/Bà được phân công chuẩn bị trả lời câu hỏi “%(title)s”.\nHạn trả lời: %(deadline)s."
    ) % {"title": question.title, "deadline": when(question.deadline)}
    return subject, body


def rejected(question) -> tuple[str, str]:
    subject = _("[%(portal)s] Câu hỏi %(code)s không được thụ lý") % {
        "portal": question.portal.name_vi,
        "code": question.tracking_code,
    }
    body = _(
        "Kính gửi %(name)s,\n\nCâu hỏi “%(title)s” không được thụ lý.\nLý do: %(reason)s\n%(note)s"
    ) % {
        "name": question.asker_name,
        "title": question.title,
        "reason": question.get_reject_reason_display(),
        "note": question.reject_note,
    }
    return subject, body


def appointment(question) -> tuple[str, str]:
    subject = _("[%(portal)s] Hẹn trả lời câu hỏi %(code)s") % {
        "portal": question.portal.name_vi,
        "code": question.tracking_code,
    }
    body = _(
        "Kính gửi %(name)s,\n\n"
        "Câu hỏi “%(title)s” cần thêm thời gian để trả lời.\n"
        "Lý do: %(reason)s\n"
        "Thời hạn trả lời mới: %(deadline)s.\n\n"
        "Tra cứu tại: %(url)s"
    ) % {
        "name": question.asker_name,
        "title": question.title,
        "reason": question.appointment_reason,
        "deadline": when(question.deadline),
        "url": tracking_url(question.portal),
    }
    return subject, body


def transferred(question, from_portal) -> tuple[str, str]:
    subject = _("[%(portal)s] Câu hỏi %(code)s được chuyển đến %(to)s") % {
        "portal": from_portal.name_vi,
        "code": question.tracking_code,
        "to": question.portal.name_vi,
    }
    body = _(
        "Kính gửi %(name)s,\n\n"
        "Câu hỏi “%(title)s” thuộc thẩm quyền của %(to)s nên đã được chuyển đến cơ quan này. "
        "Thời điểm tiếp nhận được giữ nguyên; hạn trả lời: %(deadline)s.\n\n"
        "Tra cứu tại: %(url)s"
    ) % {
        "name": question.asker_name,
        "title": question.title,
        "to": question.portal.name_vi,
        "deadline": when(question.deadline),
        "url": tracking_url(question.portal),
    }
    return subject, body


def answer(question) -> tuple[str, str]:
    subject = _("[%(portal)s] Trả lời câu hỏi %(code)s") % {
        "portal": question.portal.name_vi,
        "code": question.tracking_code,
    }
    body = _(
        "Kính gửi %(name)s,\n\n%(portal)s trả lời câu hỏi “%(title)s” như sau:\n\n%(answer)s\n\n"
        "Người trả lời: %(by)s."
    ) % {
        "name": question.asker_name,
        "portal": question.portal.name_vi,
        "title": question.title,
        "answer": question.answer,
        "by": question.answered_by_label,
    }
    return subject, body


def reminder(question, kind: str, days_left: int) -> tuple[str, str]:
    from .choices import NotificationKind

    if kind == NotificationKind.OVERDUE:
        subject = _("[%(portal)s] QUÁ HẠN: câu hỏi %(code)s") % {
            "portal": question.portal.name_vi,
            "code": question.tracking_code,
        }
        lead = _("Câu hỏi đã quá hạn trả lời (hạn %(deadline)s).") % {
            "deadline": when(question.deadline)
        }
    elif kind == NotificationKind.REMINDER_LAST_DAY:
        subject = _("[%(portal)s] Hôm nay là ngày cuối trả lời câu hỏi %(code)s") % {
            "portal": question.portal.name_vi,
            "code": question.tracking_code,
        }
        lead = _("Hạn trả lời là %(deadline)s; hôm nay là ngày làm việc cuối cùng.") % {
            "deadline": when(question.deadline)
        }
    else:
        subject = _("[%(portal)s] Còn %(n)s ngày làm việc: câu hỏi %(code)s") % {
            "portal": question.portal.name_vi,
            "n": days_left,
            "code": question.tracking_code,
        }
        lead = _("Còn %(n)s ngày làm việc đến hạn trả lời (%(deadline)s).") % {
            "n": days_left,
            "deadline": when(question.deadline),
        }
    body = _(
        "%(lead)s\n\nCổng: %(portal)s\nTiêu đề: %(title)s\nTrạng thái: %(status)s\n"
        "Người được phân công: %(assignee)s"
    ) % {
        "lead": lead,
        "portal": question.portal.name_vi,
        "title": question.title,
        "status": question.get_status_display(),
        "assignee": question.assignee or _("chưa phân công"),
    }
    return subject, body


# --- Information requests ------------------------------------------------------------------------


def info_receipt(request) -> tuple[str, str]:
    subject = _("[%(portal)s] Đã tiếp nhận yêu cầu cung cấp thông tin %(code)s") % {
        "portal": request.portal.name_vi,
        "code": request.tracking_code,
    }
    body = _(
        "Kính gửi %(name)s,\n\n%(portal)s đã tiếp nhận yêu cầu cung cấp thông tin lúc %(received)s.\n"
        "Mã tra cứu: %(code)s\nThời hạn: %(deadline)s (yêu cầu phức tạp sẽ được thông báo thời hạn "
        "cung cấp trong thời hạn này)."
    ) % {
        "name": request.requester_name,
        "portal": request.portal.name_vi,
        "received": when(request.received_at),
        "code": request.tracking_code,
        "deadline": when(request.supply_deadline),
    }
    return subject, body


def info_update(request, kind: str) -> tuple[str, str]:
    from .choices import NotificationKind

    subject = _("[%(portal)s] Yêu cầu cung cấp thông tin %(code)s") % {
        "portal": request.portal.name_vi,
        "code": request.tracking_code,
    }
    if kind == NotificationKind.INFO_NOTICE:
        text = _("Yêu cầu cần thời gian tập hợp, xử lý. Hạn cung cấp: %(deadline)s.\n%(note)s") % {
            "deadline": when(request.supply_deadline),
            "note": request.notice_text,
        }
    elif kind == NotificationKind.INFO_EXTENSION:
        text = _("Thời hạn cung cấp được gia hạn đến %(deadline)s.\nLý do: %(reason)s") % {
            "deadline": when(request.supply_deadline),
            "reason": request.extension_reason,
        }
    elif kind == NotificationKind.INFO_REFUSED:
        text = _("Yêu cầu không được đáp ứng.\nLý do: %(reason)s") % {"reason": request.response}
    else:
        text = _("Thông tin được cung cấp như sau:\n\n%(response)s") % {
            "response": request.response
        }
    body = _("Kính gửi %(name)s,\n\n%(text)s") % {"name": request.requester_name, "text": text}
    return subject, body
