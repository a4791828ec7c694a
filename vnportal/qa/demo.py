"""Demo questions for the demo province: a few realistic questions in every state.

`load_demo_questions()` is idempotent (a question is recognised by portal and title) and goes
through the real services, so the demo shows real deadlines, events and audit entries. Receipt
times are placed relative to today so the deadlines look current whenever the demo is loaded.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from vnportal.tenancy.models import Portal

from . import services
from .choices import Scope
from .models import Question

#: (portal slug, asker, field, title, question, target state, answer)
QUESTIONS = [
    (
        "xabato",
        ("Đinh Văn Tới", "dinhvantoi@example.com", "0914 221 305", "Thôn Gò Khế, xã Ba Tơ"),
        "land",
        "Thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        "Gia đình tôi sử dụng thửa đất ở ổn định từ năm 1998, không tranh chấp, nhưng chưa được "
        "cấp Giấy chứng nhận. Xin hỏi tôi cần chuẩn bị hồ sơ gì, nộp ở đâu và mất bao lâu?",
        "published",
        "Ông chuẩn bị: đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 04/ĐK); giấy tờ về "
        "quyền sử dụng đất (nếu có); giấy tờ chứng minh thực hiện nghĩa vụ tài chính (nếu có). "
        "Hồ sơ nộp tại Bộ phận Một cửa UBND xã hoặc trên Cổng Dịch vụ công quốc gia. UBND xã "
        "xác nhận hiện trạng, tình trạng tranh chấp và thời điểm sử dụng đất trong 10 ngày làm "
        "việc rồi chuyển Văn phòng đăng ký đất đai; tổng thời gian không quá 20 ngày làm việc.",
    ),
    (
        "xabato",
        ("Phạm Thị Hoa", "phamthihoa@example.com", "", "Thôn Trường An, xã Ba Tơ"),
        "social",
        "Điều kiện hưởng trợ cấp xã hội hằng tháng cho người cao tuổi",
        "Mẹ tôi năm nay 80 tuổi, không có lương hưu. Xin hỏi mẹ tôi có được hưởng trợ cấp xã "
        "hội hằng tháng không, mức bao nhiêu và làm hồ sơ ở đâu?",
        "published",
        "Người từ đủ 80 tuổi không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thuộc đối "
        "tượng hưởng trợ cấp xã hội hằng tháng theo Nghị định 20/2021/NĐ-CP (sửa đổi). Gia đình "
        "nộp tờ khai (Mẫu số 1a) tại Bộ phận Một cửa UBND xã; công chức Lao động - Thương binh "
        "và Xã hội sẽ hướng dẫn mức hưởng cụ thể.",
    ),
    (
        "xabato",
        ("Hồ Văn Lâm", "hovanlam@example.com", "0987 456 120", "Thôn Làng Mâm, xã Ba Tơ"),
        "transport",
        "Đề nghị sửa chữa đường bê tông thôn Làng Mâm bị sạt lở",
        "Sau đợt mưa lớn tháng 10, đoạn đường bê tông dài khoảng 50 m ở thôn Làng Mâm bị sạt "
        "một bên taluy, xe máy đi lại rất nguy hiểm. Đề nghị UBND xã sớm khắc phục.",
        "assigned",
        "",
    ),
    (
        "xabato",
        ("Nguyễn Thị Mai", "nguyenthimai@example.com", "", ""),
        "civil_status",
        "Đăng ký thường trú cho con sau khi chuyển về sống cùng ông bà",
        "Con tôi 6 tuổi, trước đây đăng ký thường trú ở phường Cẩm Thành, nay chuyển về ở với "
        "ông bà nội tại xã Ba Tơ. Xin hỏi thủ tục đăng ký thường trú cho cháu như thế nào?",
        "received",
        "",
    ),
    (
        "camthanh",
        ("Lê Quang Vinh", "lequangvinh@example.com", "0905 778 112", "Tổ 5, phường Cẩm Thành"),
        "construction",
        "Có cần giấy phép xây dựng khi sửa chữa, cải tạo nhà ở không?",
        "Tôi muốn thay mái ngói bằng mái tôn và lát lại nền nhà, không thay đổi kết cấu chịu "
        "lực. Xin hỏi có phải xin giấy phép xây dựng không?",
        "published",
        "Theo khoản 2 Điều 89 Luật Xây dựng (sửa đổi năm 2020), sửa chữa, cải tạo bên trong "
        "công trình hoặc công trình không làm thay đổi kết cấu chịu lực, công năng sử dụng, "
        "không ảnh hưởng an toàn công trình được miễn giấy phép xây dựng. Ông cần bảo đảm an "
        "toàn, vệ sinh môi trường trong khi thi công.",
    ),
    (
        "camthanh",
        ("Trần Minh Đức", "tranminhduc@example.com", "", "Tổ 12, phường Cẩm Thành"),
        "finance",
        "Miễn lệ phí trước bạ khi nhận thừa kế nhà đất",
        "Tôi nhận thừa kế quyền sử dụng đất và nhà ở từ bố mẹ. Xin hỏi tôi có được miễn lệ phí "
        "trước bạ không và cần giấy tờ gì?",
        "accepted",
        "",
    ),
]


def _working_days_ago(days: int) -> datetime.datetime:
    """A receipt time `days` working days before today, at 09:30 local time."""
    from vnportal.workcalendar.calendar import get_calendar

    calendar = get_calendar()
    day = timezone.localdate()
    for _i in range(days):
        day -= datetime.timedelta(days=1)
        while not calendar.is_working_day(day):
            day -= datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 30)))


def _members(portal):
    User = get_user_model()
    users = User.objects.filter(groups__portal_role__portal=portal).distinct()
    by_role = {}
    for user in users:
        for role in user.groups.filter(portal_role__portal=portal).values_list(
            "portal_role__role", flat=True
        ):
            by_role.setdefault(role, user)
    return by_role


@transaction.atomic
def load_demo_questions() -> int:
    """Create the demo questions that do not exist yet; return how many were created."""
    created = 0
    portals = {p.slug: p for p in Portal.objects.filter(slug__in={q[0] for q in QUESTIONS})}
    for index, (slug, asker, field, title, body, state, answer) in enumerate(QUESTIONS):
        portal = portals.get(slug)
        if portal is None or Question.objects.for_portal(portal).filter(title=title).exists():
            continue
        name, email, phone, address = asker
        received = _working_days_ago({"published": 9, "assigned": 3}.get(state, 1) + index % 2)
        question = services.submit_question(
            portal,
            name=name,
            email=email,
            phone=phone,
            address=address,
            field=field,
            title=title,
            body=body,
            now=received,
        )
        created += 1
        if state == "received":
            continue
        members = _members(portal)
        leader = members.get("board_head")
        editor = members.get("editor") or leader
        services.accept_question(question, scope=Scope.WITHIN_AUTHORITY, by=None)
        if state == "accepted":
            continue
        if editor is not None:
            services.assign_question(question, assignee=editor, by=None)
        if state == "assigned":
            continue
        services.draft_answer(question, answer=answer, by=None)
        answered_at = min(question.deadline, timezone.now()) - datetime.timedelta(hours=20)
        question = services.approve_answer(question, by=leader, now=answered_at)
        services.publish_answer(question, by=None, now=answered_at + datetime.timedelta(hours=1))
    return created
