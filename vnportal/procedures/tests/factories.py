"""Builders for procedures tests."""

from vnportal.procedures.choices import OnlineLevel, ProcedureLevel
from vnportal.procedures.models import Procedure, ProcedureField

HEADER = [
    "ma_thu_tuc",
    "ten_thu_tuc",
    "linh_vuc",
    "cap_thuc_hien",
    "co_quan_thuc_hien",
    "trinh_tu_thuc_hien",
    "cach_thuc_thuc_hien",
    "thanh_phan_ho_so",
    "so_luong_ho_so",
    "thoi_han_giai_quyet",
    "doi_tuong_thuc_hien",
    "phi_le_phi",
    "ket_qua_thuc_hien",
    "yeu_cau_dieu_kien",
    "mau_don_to_khai",
    "muc_do_dvc",
]


def field(name="Hộ tịch", code="ho-tich"):
    return ProcedureField.objects.get_or_create(code=code, defaults={"name": name})[0]


def complete_values(**overrides) -> dict:
    values = {
        "name": "Thủ tục đăng ký khai sinh",
        "level": ProcedureLevel.COMMUNE,
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "steps": "Bước 1: nộp hồ sơ. Bước 2: công chức tư pháp - hộ tịch kiểm tra, cấp Giấy khai sinh.",
        "methods": "Trực tiếp; trực tuyến; bưu chính",
        "dossier": "Tờ khai đăng ký khai sinh; Giấy chứng sinh",
        "dossier_copies": 1,
        "processing_time": "Ngay trong ngày làm việc",
        "subjects": "Công dân Việt Nam",
        "fees": "Miễn lệ phí",
        "result": "Giấy khai sinh",
        "conditions": "Không",
        "forms": "Tờ khai đăng ký khai sinh",
        "online_level": OnlineLevel.FULL,
    }
    values.update(overrides)
    return values


def make_procedure(code="1.001193", **overrides):
    values = complete_values(**overrides)
    values.setdefault("field", field())
    return Procedure.objects.create(code=code, **values)


def csv_row(code, name="Thủ tục đăng ký khai sinh", field_name="Hộ tịch", level="Cấp Xã", **kw):
    values = {
        "co_quan_thuc_hien": "UBND cấp xã",
        "trinh_tu_thuc_hien": "Bước 1: nộp hồ sơ; Bước 2: nhận kết quả",
        "cach_thuc_thuc_hien": "Trực tiếp; trực tuyến",
        "thanh_phan_ho_so": "Tờ khai",
        "so_luong_ho_so": "01",
        "thoi_han_giai_quyet": "03 ngày làm việc",
        "doi_tuong_thuc_hien": "Công dân Việt Nam",
        "phi_le_phi": "Không",
        "ket_qua_thuc_hien": "Giấy xác nhận",
        "yeu_cau_dieu_kien": "Không",
        "mau_don_to_khai": "Tờ khai (mẫu kèm theo)",
        "muc_do_dvc": "Toàn trình",
    }
    values.update(kw)
    cells = [code, name, field_name, level, *[values[k] for k in HEADER[4:]]]
    return ",".join(f'"{c}"' if ("," in c or ";" in c) else c for c in cells)


def csv_bytes(*rows, header=HEADER) -> bytes:
    return ("\n".join([",".join(header), *rows]) + "\n").encode("utf-8")
