"""Demo procedures for the demo province: the commune-level set and a few provincial procedures.

`load_demo_procedures()` is idempotent (a procedure is recognised by its national code, a field by
its code, a portal's application by the unique link) and goes through the services for what boards
do (apply, review), so the demo shows real audit entries. Codes look like national codes; texts
follow the national database's wording. Three procedures are deliberately incomplete (no fees or no
forms stated) so the completeness report has something to show.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from vnportal.tenancy.models import Portal

from . import services
from .choices import OnlineLevel, ProcedureLevel
from .models import PortalProcedure, Procedure, ProcedureField, ProcedureReview

FIELDS = [
    ("ho-tich", "Hộ tịch"),
    ("chung-thuc", "Chứng thực"),
    ("bao-tro-xa-hoi", "Bảo trợ xã hội"),
    ("nguoi-co-cong", "Người có công"),
    ("dat-dai", "Đất đai"),
    ("thi-dua-khen-thuong", "Thi đua, khen thưởng"),
    ("ton-giao", "Tôn giáo chính phủ"),
    ("giao-duc", "Giáo dục và Đào tạo"),
    ("nong-nghiep", "Trồng trọt và bảo vệ thực vật"),
    ("van-hoa", "Văn hóa cơ sở"),
    ("tiep-cong-dan", "Tiếp công dân"),
    ("khieu-nai", "Giải quyết khiếu nại"),
    ("phong-chong-thien-tai", "Phòng, chống thiên tai"),
    ("hoa-giai", "Phổ biến giáo dục pháp luật, hòa giải ở cơ sở"),
    ("ly-lich-tu-phap", "Lý lịch tư pháp"),
    ("moi-truong", "Môi trường"),
]

#: code, name, field code, time limit, fees, online level, result
COMMUNE = [
    (
        "1.001193",
        "Thủ tục đăng ký khai sinh",
        "ho-tich",
        "Ngay trong ngày làm việc",
        "Miễn lệ phí",
        "full",
        "Giấy khai sinh (bản chính)",
    ),
    (
        "1.000894",
        "Thủ tục đăng ký kết hôn",
        "ho-tich",
        "Ngay trong ngày làm việc",
        "Miễn lệ phí",
        "partial",
        "Giấy chứng nhận kết hôn",
    ),
    (
        "1.000656",
        "Thủ tục đăng ký khai tử",
        "ho-tich",
        "Ngay trong ngày làm việc",
        "Miễn lệ phí",
        "full",
        "Trích lục khai tử (bản chính)",
    ),
    (
        "1.001022",
        "Thủ tục đăng ký khai sinh kết hợp nhận cha, mẹ, con",
        "ho-tich",
        "03 ngày làm việc",
        "Miễn lệ phí",
        "partial",
        "Giấy khai sinh; Trích lục đăng ký nhận cha, mẹ, con",
    ),
    (
        "1.004837",
        "Thủ tục đăng ký nhận cha, mẹ, con",
        "ho-tich",
        "03 ngày làm việc",
        "Miễn lệ phí",
        "partial",
        "Trích lục đăng ký nhận cha, mẹ, con",
    ),
    (
        "1.004873",
        "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân",
        "ho-tich",
        "03 ngày làm việc",
        "Miễn lệ phí",
        "full",
        "Giấy xác nhận tình trạng hôn nhân",
    ),
    (
        "1.004772",
        "Thủ tục đăng ký giám hộ",
        "ho-tich",
        "03 ngày làm việc",
        "Miễn lệ phí",
        "partial",
        "Trích lục đăng ký giám hộ",
    ),
    (
        "1.004859",
        "Thủ tục đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
        "ho-tich",
        "03 ngày làm việc",
        "Miễn lệ phí",
        "partial",
        "Trích lục thay đổi, cải chính hộ tịch",
    ),
    (
        "1.001612",
        "Thủ tục cấp bản sao trích lục hộ tịch",
        "ho-tich",
        "Ngay trong ngày làm việc",
        "8.000 đồng/bản sao",
        "full",
        "Bản sao trích lục hộ tịch",
    ),
    (
        "2.000815",
        "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản",
        "chung-thuc",
        "Ngay trong ngày làm việc",
        "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang",
        "none",
        "Bản sao được chứng thực",
    ),
    (
        "2.000884",
        "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản",
        "chung-thuc",
        "Ngay trong ngày làm việc",
        "10.000 đồng/trường hợp",
        "none",
        "Giấy tờ, văn bản được chứng thực chữ ký",
    ),
    (
        "2.001035",
        "Thủ tục chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
        "chung-thuc",
        "02 ngày làm việc",
        "50.000 đồng/hợp đồng, giao dịch",
        "none",
        "Hợp đồng, giao dịch được chứng thực",
    ),
    (
        "2.001019",
        "Thủ tục chứng thực văn bản thỏa thuận phân chia di sản",
        "chung-thuc",
        "02 ngày làm việc",
        "50.000 đồng/văn bản",
        "none",
        "Văn bản thỏa thuận được chứng thực",
    ),
    (
        "1.001776",
        "Thủ tục thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng",
        "bao-tro-xa-hoi",
        "07 ngày làm việc",
        "Không",
        "partial",
        "Quyết định hưởng trợ cấp xã hội hằng tháng",
    ),
    (
        "2.000286",
        "Thủ tục hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
        "bao-tro-xa-hoi",
        "03 ngày làm việc",
        "Không",
        "partial",
        "Quyết định hỗ trợ chi phí mai táng",
    ),
    (
        "1.001699",
        "Thủ tục xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
        "bao-tro-xa-hoi",
        "25 ngày làm việc",
        "Không",
        "partial",
        "Giấy xác nhận khuyết tật",
    ),
    (
        "1.010823",
        "Thủ tục hưởng mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần",
        "nguoi-co-cong",
        "12 ngày làm việc",
        "Không",
        "none",
        "Quyết định trợ cấp mai táng phí",
    ),
    (
        "1.004227",
        "Thủ tục hòa giải tranh chấp đất đai",
        "dat-dai",
        "45 ngày",
        "Không",
        "none",
        "Biên bản hòa giải thành hoặc không thành",
    ),
    (
        "1.012815",
        "Thủ tục xác nhận hiện trạng, thời điểm sử dụng đất khi cấp Giấy chứng nhận lần đầu",
        "dat-dai",
        "10 ngày làm việc",
        "",
        "none",
        "Văn bản xác nhận của UBND cấp xã",
    ),
    (
        "1.000775",
        "Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thực hiện nhiệm vụ chính trị",
        "thi-dua-khen-thuong",
        "20 ngày làm việc",
        "Không",
        "none",
        "Quyết định khen thưởng; Giấy khen",
    ),
    (
        "1.001055",
        "Thủ tục đăng ký sinh hoạt tôn giáo tập trung",
        "ton-giao",
        "20 ngày",
        "Không",
        "none",
        "Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung",
    ),
    (
        "1.001078",
        "Thủ tục thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động ở một xã",
        "ton-giao",
        "Không quy định",
        "Không",
        "none",
        "Văn bản xác nhận đã nhận thông báo",
    ),
    (
        "1.004494",
        "Thủ tục cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục",
        "giao-duc",
        "20 ngày làm việc",
        "Không",
        "partial",
        "Quyết định cho phép hoạt động giáo dục",
    ),
    (
        "1.003605",
        "Thủ tục hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh",
        "nong-nghiep",
        "15 ngày làm việc",
        "Không",
        "none",
        "Quyết định hỗ trợ",
    ),
    (
        "1.000954",
        "Thủ tục xét tặng danh hiệu Gia đình văn hóa hằng năm",
        "van-hoa",
        "05 ngày làm việc",
        "Không",
        "none",
        "Giấy khen Gia đình văn hóa",
    ),
    (
        "2.002364",
        "Thủ tục tiếp công dân tại cấp xã",
        "tiep-cong-dan",
        "Ngay khi tiếp công dân",
        "Không",
        "none",
        "Thông báo kết quả tiếp công dân",
    ),
    (
        "2.002365",
        "Thủ tục giải quyết khiếu nại lần đầu tại cấp xã",
        "khieu-nai",
        "30 ngày (vùng sâu, vùng xa: 45 ngày)",
        "Không",
        "none",
        "Quyết định giải quyết khiếu nại lần đầu",
    ),
    (
        "1.009870",
        "Thủ tục hỗ trợ người dân gặp khó khăn do thiên tai, sạt lở đất",
        "phong-chong-thien-tai",
        "05 ngày làm việc",
        "",
        "none",
        "Quyết định hỗ trợ",
    ),
    (
        "2.000930",
        "Thủ tục thực hiện hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro",
        "hoa-giai",
        "05 ngày làm việc",
        "Không",
        "none",
        "Quyết định hỗ trợ",
    ),
    (
        "1.010733",
        "Thủ tục xác nhận hoạt động thu gom, vận chuyển chất thải rắn sinh hoạt",
        "moi-truong",
        "10 ngày làm việc",
        "Không",
        "none",
        "Văn bản xác nhận",
    ),
]

#: code, name, field code, implementing agency, applied by (portal slugs)
PROVINCIAL = [
    (
        "2.001417",
        "Thủ tục cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
        "ly-lich-tu-phap",
        "Sở Tư pháp",
        ("sotuphap",),
    ),
    ("1.000105", "Thủ tục cấp lại Thẻ công chứng viên", "chung-thuc", "Sở Tư pháp", ("sotuphap",)),
    (
        "1.003010",
        "Thủ tục thẩm định, phê duyệt phương án trồng rừng thay thế",
        "nong-nghiep",
        "Sở Nông nghiệp và Môi trường",
        ("snnmt",),
    ),
    (
        "1.004249",
        "Thủ tục cấp giấy phép môi trường (cấp tỉnh)",
        "moi-truong",
        "Sở Nông nghiệp và Môi trường",
        ("snnmt",),
    ),
]

ONLINE = {"full": OnlineLevel.FULL, "partial": OnlineLevel.PARTIAL, "none": OnlineLevel.NONE}
SYNCED_ON = datetime.datetime(2026, 11, 20, 16, 30)
INCOMPLETE_FORMS = {"2.002364", "1.001078"}


def _commune_texts(name: str, time_limit: str, result: str) -> dict:
    subject = name.removeprefix("Thủ tục ").rstrip(".")
    return {
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "subjects": "Cá nhân, tổ chức có yêu cầu",
        "steps": (
            f"Bước 1: Người yêu cầu nộp hồ sơ {subject} tại Bộ phận Một cửa UBND cấp xã hoặc qua "
            "Cổng Dịch vụ công quốc gia.\nBước 2: Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ chưa đầy "
            "đủ thì hướng dẫn bổ sung một lần bằng văn bản.\nBước 3: Công chức chuyên môn thẩm định, "
            "trình Chủ tịch UBND cấp xã giải quyết.\nBước 4: Trả kết quả tại Bộ phận Một cửa hoặc "
            "qua dịch vụ bưu chính công ích."
        ),
        "methods": "Nộp trực tiếp tại Bộ phận Một cửa; qua dịch vụ bưu chính; trực tuyến trên Cổng Dịch vụ công quốc gia.",
        "dossier": (
            "- Tờ khai (đơn) theo mẫu;\n- Giấy tờ tùy thân của người yêu cầu (xuất trình);\n"
            "- Giấy tờ chứng minh nội dung yêu cầu theo quy định."
        ),
        "dossier_copies": 1,
        "processing_time": time_limit,
        "result": result,
        "conditions": "Không",
        "legal_basis": "Luật Tổ chức chính quyền địa phương năm 2025; Nghị định số 63/2010/NĐ-CP và các văn bản chuyên ngành.",
        "publication_decision": "2150/QĐ-UBND",
    }


@transaction.atomic
def load_demo_procedures() -> dict:
    fields = {}
    for code, name in FIELDS:
        fields[code], _created = ProcedureField.objects.get_or_create(
            code=code, defaults={"name": name}
        )
    synced = timezone.make_aware(SYNCED_ON)
    created = 0
    for code, name, field_code, time_limit, fees, online, result in COMMUNE:
        values = _commune_texts(name, time_limit, result)
        values.update(
            name=name,
            field=fields[field_code],
            level=ProcedureLevel.COMMUNE,
            fees=fees,
            online_level=ONLINE[online],
            forms=""
            if code in INCOMPLETE_FORMS
            else "Tờ khai, đơn theo mẫu ban hành kèm theo văn bản quy phạm pháp luật chuyên ngành",
            synced_at=synced,
        )
        _procedure, was_created = Procedure.objects.get_or_create(code=code, defaults=values)
        created += was_created
    for code, name, field_code, agency, _portals in PROVINCIAL:
        values = _commune_texts(name, "10 ngày làm việc", "Văn bản, giấy phép theo yêu cầu")
        values.update(
            name=name,
            field=fields[field_code],
            level=ProcedureLevel.PROVINCE,
            implementing_agency=agency,
            fees="Theo biểu phí do Bộ Tài chính quy định",
            forms="Tờ khai theo mẫu",
            online_level=OnlineLevel.FULL,
            synced_at=synced,
        )
        values["steps"] = values["steps"].replace(
            "UBND cấp xã", "Trung tâm Phục vụ hành chính công tỉnh"
        )
        _procedure, was_created = Procedure.objects.get_or_create(code=code, defaults=values)
        created += was_created
    portals = {
        p.slug: p
        for p in Portal.objects.filter(slug__in=["xabato", "camthanh", "sotuphap", "snnmt"])
    }
    commune_codes = [row[0] for row in COMMUNE]
    for slug in ("xabato", "camthanh"):
        portal = portals.get(slug)
        if portal is None:
            continue
        codes = commune_codes if slug == "xabato" else commune_codes[:24]  # Cẩm Thành misses a few
        services.apply_procedures(portal, Procedure.objects.filter(code__in=codes))
    for code, *_rest, slugs in PROVINCIAL:
        for slug in slugs:
            if slug in portals:
                services.apply_procedures(portals[slug], Procedure.objects.filter(code=code))
    bato = portals.get("xabato")
    if bato is not None and not ProcedureReview.objects.for_portal(bato).exists():
        services.record_review(
            bato,
            reviewed_on=min(datetime.date(2026, 11, 16), timezone.localdate()),
            note="Đã đối chiếu với Quyết định số 2150/QĐ-UBND công bố danh mục TTHC cấp xã.",
        )
    return {
        "procedures": Procedure.objects.count(),
        "created": created,
        "links": PortalProcedure.objects.count(),
    }
