"""Registries in a real browser: the operator imports a procedures CSV with one bad row, reads the
report (nothing imported), imports the valid rows only; the commune's editor applies one of them to
Xã Ba Tơ and records the review; a citizen finds it on the commune portal from a phone."""

import secrets
from urllib.parse import urlsplit

import pytest

from e2e.axe import assert_no_serious_violations
from e2e.conftest import PHONE
from e2e.pages import AdminLoginPage
from vnportal.demo.data import PASSWORD

pytestmark = pytest.mark.e2e

COMMUNE = "/xa-ba-to/"
IMPORT = "/admin/thu-tuc-hanh-chinh/cong-cu/nhap/"
APPLY = "/admin/thu-tuc-hanh-chinh/cong-cu/ap-dung/"
HEADER = (
    "ma_thu_tuc,ten_thu_tuc,linh_vuc,cap_thuc_hien,co_quan_thuc_hien,trinh_tu_thuc_hien,"
    "cach_thuc_thuc_hien,thanh_phan_ho_so,so_luong_ho_so,thoi_han_giai_quyet,doi_tuong_thuc_hien,"
    "phi_le_phi,ket_qua_thuc_hien,yeu_cau_dieu_kien,mau_don_to_khai,muc_do_dvc"
)


@pytest.fixture
def registries(demo_server):
    """The registries' demo (fields of the national database) is part of `load_demo` once the
    integrator wires it; until then it is loaded here, idempotently."""
    from vnportal.documents.demo import load_demo_registries
    from vnportal.procedures.models import ProcedureField

    if not ProcedureField.objects.filter(code="ho-tich").exists():
        load_demo_registries()


def login(new_page, username: str, **options):
    page = new_page(**options)
    login_page = AdminLoginPage(page)
    assert login_page.open().status == 200
    login_page.login(username, PASSWORD)
    return page


def procedure_row(code: str, name: str) -> str:
    return (
        f'{code},{name},Hộ tịch,Cấp Xã,UBND cấp xã,"Bước 1: nộp hồ sơ; Bước 2: nhận kết quả",'
        '"Trực tiếp; trực tuyến",Tờ khai theo mẫu,01,03 ngày làm việc,Công dân Việt Nam,Không,'
        "Giấy xác nhận,Không,Tờ khai theo mẫu,Toàn trình"
    )


def test_import_with_a_bad_row_then_valid_rows_then_found_on_the_commune(new_page, registries):
    tag = secrets.token_hex(3)
    good = f"1.9{secrets.randbelow(10**5):05d}"
    other = f"1.8{secrets.randbelow(10**5):05d}"
    name = f"Thủ tục xác nhận thông tin hộ tịch thử nghiệm {tag}"
    rows = [
        procedure_row(good, name),
        procedure_row("1.00X612", f"Thủ tục có mã sai {tag}"),  # row 3: malformed national code
        procedure_row(other, f"Thủ tục cấp bản sao trích lục thử nghiệm {tag}"),
    ]
    csv_bytes = ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")

    # 1. The operator uploads the file: the report names row 3, column ma_thu_tuc; nothing imported.
    operator = login(new_page, "dieuhanh")
    assert operator.goto(IMPORT).status == 200
    form = operator.get_by_test_id("import-form")
    form.locator("input[type=file]").set_input_files(
        {"name": f"tthc-{tag}.csv", "mimeType": "text/csv", "buffer": csv_bytes}
    )
    with operator.expect_navigation():
        form.locator("button[type=submit]").click()
    job = operator.get_by_test_id("import-job")
    assert job.get_attribute("data-status") == "rejected", operator.locator("main").inner_text()
    assert operator.get_by_test_id("nothing-imported").is_visible()
    assert operator.get_by_test_id("total-rows").inner_text() == "3"
    assert operator.get_by_test_id("valid-rows").inner_text() == "2"
    error = operator.locator(
        '[data-testid="import-errors"] tr[data-row="3"][data-column="ma_thu_tuc"]'
    )
    assert error.count() == 1
    assert "1.001612" in error.inner_text()  # the message shows the expected form
    assert operator.get_by_test_id("created").inner_text() == "0"

    # 2. The operator asks for the valid rows only.
    with operator.expect_navigation():
        operator.get_by_test_id("import-valid-rows").click()
    assert operator.get_by_test_id("import-job").get_attribute("data-status") == "done"
    assert operator.get_by_test_id("created").inner_text() == "2"
    assert operator.get_by_test_id("invalid-rows").inner_text() == "1"

    # 3. Xã Ba Tơ's editor applies the procedure to the commune portal and records the review.
    editor = login(new_page, "bato.bientap")
    editor.goto(f"{APPLY}?q={good}")
    row = editor.locator(f'tr[data-code="{good}"]')
    assert row.count() == 1, editor.locator("main").inner_text()
    row.locator("input[type=checkbox]").check()
    with editor.expect_navigation():
        editor.get_by_test_id("apply-selected").click()
    assert editor.locator(".messages .error").count() == 0
    editor.goto(f"{APPLY}?q={good}&hien=ap_dung")
    assert "Đang áp dụng" in editor.locator(f'tr[data-code="{good}"]').inner_text()
    with editor.expect_navigation():
        editor.get_by_test_id("review-form").locator("button[type=submit]").click()
    assert "Lần rà soát gần nhất" in editor.get_by_test_id("last-review").inner_text()

    # 4. A citizen finds it on the commune portal, on a phone, with or without accents.
    citizen = new_page(viewport=PHONE)
    assert citizen.goto(f"{COMMUNE}tra-cuu/thu-tuc/").status == 200
    search = citizen.get_by_test_id("procedure-filter")
    search.get_by_label("Tên hoặc mã thủ tục").fill(f"xac nhan thong tin ho tich {tag}")
    with citizen.expect_navigation():
        search.locator("button[type=submit]").click()
    listing = citizen.get_by_test_id("procedure-list")
    assert name in listing.inner_text()
    assert other not in listing.inner_text()  # imported but not applied by Ba Tơ
    assert "rà soát ngày" in citizen.get_by_test_id("procedure-status-line").inner_text()
    assert_no_serious_violations(citizen)
    width = citizen.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width
    with citizen.expect_navigation():
        listing.get_by_role("link", name=name).click()
    assert urlsplit(citizen.url).path == f"{COMMUNE}tra-cuu/thu-tuc/{good}/"
    assert citizen.get_by_test_id("procedure-code").inner_text() == good
    assert "dichvucong.gov.vn" in citizen.get_by_test_id("service-link").get_attribute("href")
    assert_no_serious_violations(citizen)


def test_public_registries_of_the_demo_are_accessible(new_page, registries):
    """Every public registry page type passes axe and fits a 320 px screen."""
    page = new_page(viewport={"width": 320, "height": 640})
    for path, testid in (
        (f"{COMMUNE}tra-cuu/van-ban/", "document-list"),
        ("/tra-cuu/van-ban/?cong=xabato", "document-list"),
        (f"{COMMUNE}tra-cuu/du-lieu/", "dataset-kinds"),
        (f"{COMMUNE}tra-cuu/du-lieu/du-an-dau-tu/", "dataset-list"),
        ("/tra-cuu/thu-tuc/", "procedure-list"),
    ):
        response = page.goto(path)
        assert response.status == 200, path
        assert page.get_by_test_id(testid).is_visible(), path
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 320, (path, width)
        assert_no_serious_violations(page)
        first = page.get_by_test_id(testid).locator("a").first
        with page.expect_navigation():
            first.click()
        assert page.get_by_test_id("page-title").is_visible(), page.url
        assert_no_serious_violations(page)
