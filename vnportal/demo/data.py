"""The demo province: Quảng Ngãi with agencies, a former district and communes (fictionalised)."""

import datetime

PASSWORD = "Demo@2026vn"  # noqa: S105 - printed by `make run`; demo only

UNITS = [
    # code, name, name_en, type, parent code, valid_from
    ("51", "Tỉnh Quảng Ngãi", "Quang Ngai Province", "province", None, "2000-01-01"),
    (
        "51-STP",
        "Sở Tư pháp tỉnh Quảng Ngãi",
        "Department of Justice",
        "department",
        "51",
        "2000-01-01",
    ),
    (
        "51-SNNMT",
        "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
        "Department of Agriculture and Environment",
        "department",
        "51",
        "2025-03-01",
    ),
    (
        "51-HLHPN",
        "Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi",
        "Provincial Women's Union",
        "mass_org",
        "51",
        "2000-01-01",
    ),
    ("440", "Huyện Ba Tơ", "Ba To District", "district", "51", "2000-01-01"),
    ("21319", "Xã Ba Tơ", "Ba To Commune", "commune", "440", "2000-01-01"),
    ("21322", "Xã Ba Vì", "Ba Vi Commune", "commune", "440", "2000-01-01"),
    ("21325", "Xã Ba Động", "Ba Dong Commune", "commune", "440", "2000-01-01"),
    ("21025", "Phường Cẩm Thành", "Cam Thanh Ward", "ward", "51", "2000-01-01"),
]

#: 1 July 2025: districts abolished; Ba Tơ and Ba Vì move under the province; Ba Động merges into Ba Tơ.
REFORM_DAY = datetime.date(2025, 7, 1)

PORTALS = [
    # slug, unit, host, path, status, reason
    dict(
        slug="quangngai",
        unit="51",
        host="quangngai.gov.vn",
        path=None,
        provincial=True,
        status="active",
        address="52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
        phone="0255 3822 379",
        email="vpubnd@quangngai.gov.vn",
        person="Chánh Văn phòng UBND tỉnh Quảng Ngãi",
    ),
    dict(
        slug="sotuphap",
        unit="51-STP",
        host="sotuphap.quangngai.gov.vn",
        path="so-tu-phap",
        status="active",
        address="236 Phan Bội Châu, tỉnh Quảng Ngãi",
        phone="0255 3822 632",
        email="stp@quangngai.gov.vn",
        person="Giám đốc Sở Tư pháp",
    ),
    dict(
        slug="snnmt",
        unit="51-SNNMT",
        host="snnmt.quangngai.gov.vn",
        path="so-nong-nghiep",
        status="active",
        address="183 Hùng Vương, tỉnh Quảng Ngãi",
        phone="0255 3822 451",
        email="snnmt@quangngai.gov.vn",
        person="Giám đốc Sở Nông nghiệp và Môi trường",
    ),
    dict(
        slug="huyenbato",
        unit="440",
        host="huyenbato.quangngai.gov.vn",
        path="huyen-ba-to",
        status="suspended",
        reason="Huyện Ba Tơ kết thúc hoạt động từ ngày 01/7/2025 theo mô hình "
        "chính quyền địa phương hai cấp; cổng tạm ngừng trong thời gian chuyển dữ liệu lưu trữ.",
        address="Thị trấn Ba Tơ cũ, tỉnh Quảng Ngãi",
        phone="0255 3863 124",
        email="ubnd.bato@quangngai.gov.vn",
        person="Chánh Văn phòng HĐND và UBND huyện",
    ),
    dict(
        slug="xabato",
        unit="21319",
        host="xabato.quangngai.gov.vn",
        path="xa-ba-to",
        status="active",
        address="Thôn Trường An, xã Ba Tơ, tỉnh Quảng Ngãi",
        phone="0255 3863 008",
        email="ubnd.xabato@quangngai.gov.vn",
        person="Chủ tịch UBND xã Ba Tơ",
    ),
    dict(
        slug="camthanh",
        unit="21025",
        host="camthanh.quangngai.gov.vn",
        path="phuong-cam-thanh",
        status="active",
        address="125 Nguyễn Nghiêm, phường Cẩm Thành, tỉnh Quảng Ngãi",
        phone="0255 3822 210",
        email="ubnd.camthanh@quangngai.gov.vn",
        person="Chủ tịch UBND phường Cẩm Thành",
    ),
    dict(
        slug="xabavi",
        unit="21322",
        host=None,
        path="xa-ba-vi",
        status="trial",
        address="Thôn Làng Trui, xã Ba Vì, tỉnh Quảng Ngãi",
        phone="0255 3868 101",
        email="ubnd.xabavi@quangngai.gov.vn",
        person="Chủ tịch UBND xã Ba Vì",
    ),
]

# username, full name, portal slug or None, role
USERS = [
    ("dieuhanh", "Nguyễn Thị Thu Hà", None, "operator"),
    ("giamsat", "Trần Văn Bình", "51", "supervisor"),
    ("bato.truongban", "Phạm Văn Hùng", "xabato", "board_head"),
    ("bato.bientap", "Đinh Thị Lan", "xabato", "editor"),
    ("bato.congtac", "Phạm Văn Tú", "xabato", "contributor"),
    ("bato.quantri", "Lê Minh Quân", "xabato", "portal_admin"),
    ("camthanh.bientap", "Võ Thị Mai", "camthanh", "editor"),
    ("sotuphap.truongban", "Huỳnh Ngọc Sơn", "sotuphap", "board_head"),
]


def introduction(unit_name: str, kind: str) -> str:
    if kind in ("commune", "ward"):
        return (
            f"<h2>Vị trí địa lý</h2><p>{unit_name} nằm ở vùng trung du của tỉnh Quảng Ngãi, có diện "
            "tích tự nhiên khoảng 12.450 ha, địa hình đồi núi xen kẽ thung lũng, có sông Liên chảy qua.</p>"
            "<h2>Dân số</h2><p>Dân số khoảng 14.200 người, gồm đồng bào Hrê, Kinh và Ca Dong sinh sống "
            "tại 18 thôn, tổ dân phố.</p><h2>Lịch sử, văn hoá</h2><p>Địa phương gắn với cuộc Khởi nghĩa "
            "Ba Tơ ngày 11/3/1945; Di tích quốc gia đặc biệt Khởi nghĩa Ba Tơ là điểm đến giáo dục "
            "truyền thống của tỉnh.</p><h2>Chức năng, nhiệm vụ</h2><p>Ủy ban nhân dân thực hiện quản lý "
            "nhà nước trên địa bàn theo Luật Tổ chức chính quyền địa phương năm 2025.</p>"
        )
    return (
        f"<h2>Chức năng, nhiệm vụ</h2><p>{unit_name} là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về lĩnh vực được giao.</p>"
        "<h2>Quá trình hình thành</h2><p>Được thành lập và kiện toàn theo các quyết định của Ủy ban "
        "nhân dân tỉnh Quảng Ngãi; năm 2025 sắp xếp lại tổ chức bộ máy theo Nghị quyết số 18-NQ/TW.</p>"
    )


def leaders(unit_name: str) -> str:
    return (
        "<table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Thư điện tử</th>"
        "</tr></thead><tbody>"
        "<tr><td>Phạm Văn Hùng</td><td>Chủ tịch</td><td>0255 3863 008</td>"
        "<td>pvhung@quangngai.gov.vn</td></tr>"
        "<tr><td>Đinh Văn Dũng</td><td>Phó Chủ tịch</td><td>0255 3863 009</td>"
        "<td>dvdung@quangngai.gov.vn</td></tr></tbody></table>"
        f"<p>Lịch làm việc tuần của lãnh đạo {unit_name} được cập nhật vào chiều thứ Sáu hằng tuần.</p>"
    )


def contact(person: str, phone: str, email: str) -> str:
    return (
        "<p><strong>Đầu mối cung cấp thông tin:</strong> Đinh Thị Lan, công chức Văn phòng - Thống kê, "
        f"thành viên Ban biên tập.</p><p>Điện thoại: {phone} · Thư điện tử: {email}</p>"
        f"<p>Người chịu trách nhiệm: {person}.</p>"
    )


def organisation(unit_name: str) -> str:
    return (
        f"<p>Cơ cấu tổ chức của {unit_name} gồm: lãnh đạo; Văn phòng; các phòng chuyên môn và "
        "đơn vị sự nghiệp trực thuộc.</p><ul><li>Văn phòng</li><li>Phòng Kinh tế</li>"
        "<li>Phòng Văn hoá - Xã hội</li><li>Trung tâm Phục vụ hành chính công</li></ul>"
    )
