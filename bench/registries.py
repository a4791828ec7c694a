"""Registry benchmark: import 10,000 procedures and 50,000 documents, then list and filter them.

    python bench/registries.py                 # PostgreSQL scratch DB if it answers, else SQLite
    python bench/registries.py --db sqlite     # force SQLite (a scratch file under var/)
    python bench/registries.py --procedures 2000 --documents 10000 --repeat 3   # a quick run

Measured, not asserted (bench/README.md): each flow reports median/min/max wall time and its SQL
query count, and the workload is verified (row counts after each import, expected text in each
response). The database is a scratch one created for the run and dropped at the end: never the
development or the production database. Results go to stdout and bench/results/registries-*.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import answers, psql

ROOT = Path(__file__).resolve().parent.parent
PG_NAME = "vnportal_bench_registries"
HOST = "quangngai.gov.vn"


def configure(db: str) -> str:
    """Point Django at a fresh scratch database before it is set up; return its description."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "vnportal.settings.test"
    os.environ["VNPORTAL_VAR_DIR"] = str(ROOT / "var" / "bench-registries")
    if db == "auto":
        db = "postgres" if answers(5432) else "sqlite"
    if db == "postgres":
        psql(f"DROP DATABASE IF EXISTS {PG_NAME}")
        psql(f"CREATE DATABASE {PG_NAME}")
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_NAME}"
    else:
        path = Path(tempfile.gettempdir()) / "vnportal-bench-registries.sqlite3"
        path.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    return db


# --- Workload ------------------------------------------------------------------------------------

FIELDS = [
    ("ho-tich", "Hộ tịch"), ("chung-thuc", "Chứng thực"), ("bao-tro-xa-hoi", "Bảo trợ xã hội"),
    ("nguoi-co-cong", "Người có công"), ("dat-dai", "Đất đai"), ("xay-dung", "Xây dựng"),
    ("giao-duc", "Giáo dục và Đào tạo"), ("y-te", "Y tế"), ("nong-nghiep", "Nông nghiệp"),
    ("moi-truong", "Môi trường"), ("van-hoa", "Văn hóa cơ sở"), ("thi-dua", "Thi đua, khen thưởng"),
    ("ton-giao", "Tôn giáo"), ("khieu-nai", "Giải quyết khiếu nại"), ("lao-dong", "Lao động"),
    ("giao-thong", "Giao thông vận tải"),
]  # fmt: skip
SUBJECTS = ["khai sinh", "kết hôn", "khai tử", "giám hộ", "chứng thực bản sao", "trợ cấp xã hội",
            "hòa giải đất đai", "cấp phép xây dựng", "khen thưởng", "sinh hoạt tôn giáo",
            "hỗ trợ thiên tai", "giấy phép môi trường", "nhóm trẻ độc lập", "mai táng phí"]  # fmt: skip
TOPICS = ["chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai", "an toàn giao thông",
          "xây dựng nông thôn mới", "quản lý đất đai", "tiêm chủng mở rộng", "ngân sách xã",
          "bảo vệ môi trường", "an ninh trật tự", "giảm nghèo bền vững", "văn hóa cơ sở"]  # fmt: skip


def procedures_csv(n: int) -> bytes:
    from vnportal.procedures.tests.factories import HEADER

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for i in range(n):
        subject = SUBJECTS[i % len(SUBJECTS)]
        field = FIELDS[i % len(FIELDS)][1]
        level = "Cấp Xã" if i % 5 < 3 else ("Cấp Tỉnh" if i % 5 == 3 else "Cấp Huyện")
        writer.writerow([
            f"{1 + i // 900000}.{i % 900000 + 100000:06d}", f"Thủ tục {subject} (mẫu {i})", field, level,
            "Ủy ban nhân dân cấp xã",
            "Bước 1: nộp hồ sơ tại Bộ phận Một cửa.\nBước 2: kiểm tra, thẩm định.\nBước 3: trả kết quả. " * 3,
            "Trực tiếp; bưu chính; trực tuyến", "- Tờ khai theo mẫu;\n- Giấy tờ tùy thân;\n- Giấy tờ chứng minh. " * 2,
            "01", f"{3 + i % 20:02d} ngày làm việc", "Công dân Việt Nam", "" if i % 17 == 0 else "Không",
            "Quyết định, giấy chứng nhận", "Không", "Tờ khai theo mẫu", ["Toàn trình", "Một phần", "Không"][i % 3],
        ])  # fmt: skip
    return out.getvalue().encode("utf-8")


def documents_csv(n: int, today: datetime.date) -> bytes:
    from vnportal.documents.importers import export_header

    kinds = [
        ("QĐ", "Quyết định"),
        ("KH", "Kế hoạch"),
        ("TB", "Thông báo"),
        ("CT", "Chỉ thị"),
        ("", "Công văn"),
    ]
    years = list(range(today.year - 9, today.year + 1))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(export_header())
    for i in range(n):
        abbr, label = kinds[i % len(kinds)]
        year = years[(i // len(kinds)) % len(years)]
        number = i // (len(kinds) * len(years)) + 1
        symbol = f"{number:02d}/{abbr}-UBND" if abbr else f"{number:02d}/UBND-VP"
        issued = min(datetime.date(year, 1 + number % 12, 1 + number % 28), today)
        topic = TOPICS[i % len(TOPICS)]
        writer.writerow([
            symbol, label, "Ủy ban nhân dân xã Ba Tơ", "Phạm Văn Hùng", issued.strftime("%d/%m/%Y"), "", "",
            "Cải cách hành chính", f"Về việc triển khai công tác {topic} trên địa bàn xã (văn bản {i})", "",
        ])  # fmt: skip
    return out.getvalue().encode("utf-8")


# --- Measurement ---------------------------------------------------------------------------------


class Results:
    def __init__(self):
        self.rows: list[tuple] = []

    def add(self, name, times, queries, detail=""):
        ms = [t * 1000 for t in times]
        self.rows.append((name, statistics.median(ms), min(ms), max(ms), queries, detail))
        print(
            f"  {name:<52} median {statistics.median(ms):9.1f} ms  queries {queries}  {detail}",
            flush=True,
        )


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def measure_get(results, client, name, path, expect, repeat, **params):
    from django.db import connection

    def get():
        response = client.get(path, params, HTTP_HOST=HOST)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return response, body

    response, body = get()  # warm caches
    assert response.status_code == 200, (path, response.status_code)
    assert expect.encode() in body, (path, expect)
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        get()
    times = [timed(get)[0] for _ in range(repeat)]
    results.add(name, times, len(executed), f"{len(body) // 1024} KiB")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["auto", "postgres", "sqlite"], default="auto")
    parser.add_argument("--procedures", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    db = configure(args.db)

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from vnportal.documents import services as documents
    from vnportal.documents.models import LegalDocument
    from vnportal.procedures import services as procedures
    from vnportal.procedures.models import Procedure, ProcedureField
    from vnportal.tenancy import services as tenancy
    from vnportal.tenancy import units

    print(f"Scratch database: {db} ({connection.settings_dict['NAME']})", flush=True)
    call_command("migrate", verbosity=0)
    province = units.create_unit(code="51", name="Tỉnh Quảng Ngãi", unit_type="province")
    tenancy.create_portal(tenancy.PortalSpec(unit_code="51", slug="quangngai", hostname=HOST,
                                             is_provincial=True, status="active"))  # fmt: skip
    units.create_unit(code="21319", name="Xã Ba Tơ", unit_type="commune", parent=province)
    bato = tenancy.create_portal(tenancy.PortalSpec(unit_code="21319", slug="xabato", path="xa-ba-to",
                                                    status="active"))  # fmt: skip
    for code, name in FIELDS:
        ProcedureField.objects.create(code=code, name=name)
    results = Results()
    today = timezone.localdate()

    print(f"Import {args.procedures} procedures and {args.documents} documents", flush=True)
    data = procedures_csv(args.procedures)
    seconds, job = timed(lambda: procedures.start_import(SimpleUploadedFile("tthc.csv", data)))
    assert job.status == "done" and Procedure.objects.count() == args.procedures, job.report
    results.add(f"import {args.procedures} procedures (CSV, {len(data) >> 20} MiB)", [seconds], "-",
                f"{args.procedures / seconds:,.0f} rows/s")  # fmt: skip
    seconds, job = timed(lambda: procedures.start_import(SimpleUploadedFile("tthc.csv", data)))
    assert job.parsed_report.unchanged == args.procedures, job.report
    results.add(f"re-import the same {args.procedures} (idempotent: 0 written)", [seconds], "-")
    commune = list(Procedure.objects.filter(level="xa").values_list("pk", flat=True))
    seconds, applied = timed(lambda: procedures.apply_procedures(bato, commune))
    results.add(f"apply {applied} commune procedures to a portal", [seconds], "-")

    data = documents_csv(args.documents, today)
    seconds, job = timed(lambda: documents.start_import(bato, SimpleUploadedFile("vb.csv", data)))
    assert job.status == "done" and LegalDocument.objects.count() == args.documents, job.report
    results.add(f"import {args.documents} documents (CSV, {len(data) >> 20} MiB)", [seconds], "-",
                f"{args.documents / seconds:,.0f} rows/s")  # fmt: skip
    # Publishing needs a signed file per document (Decree 42/2022): the benchmark marks the
    # imported drafts published in bulk to measure the public listings at full size.
    LegalDocument.objects.update(status="published", published_at=timezone.now())
    # Planner statistics after a bulk load: PostgreSQL's autovacuum would gather them within a
    # minute; SQLite only when told (`ANALYZE`, or `PRAGMA optimize` on a schedule).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    client = Client()
    year = today.year - 3
    print("List and filter", flush=True)
    flows = [
        ("procedures: province list, page 1", "/tra-cuu/thu-tuc/", "Thủ tục", {}),
        ("procedures: province, field + level", "/tra-cuu/thu-tuc/", "Thủ tục",
         {"linh_vuc": "dat-dai", "cap": "xa"}),
        ("procedures: province, search 'khai sinh'", "/tra-cuu/thu-tuc/", "khai sinh", {"q": "khai sinh"}),
        ("procedures: commune list (its applied set)", "/xa-ba-to/tra-cuu/thu-tuc/", "Thủ tục", {}),
        ("procedures: commune, search 'ket hon' (no accents)", "/xa-ba-to/tra-cuu/thu-tuc/", "kết hôn",
         {"q": "ket hon"}),
        ("procedures: detail", "/xa-ba-to/tra-cuu/thu-tuc/1.100000/", "1.100000", {}),
        ("procedures: API search, 100 per page", "/api/v1/procedures", "items", {"q": "tro cap", "limit": 100}),
        ("documents: province registry, page 1", "/tra-cuu/van-ban/", "UBND", {}),
        ("documents: type + year", "/tra-cuu/van-ban/", "UBND", {"loai": "quyet_dinh", "nam": year}),
        ("documents: search 'chuyển đổi số'", "/tra-cuu/van-ban/", "chuyển đổi số", {"q": "chuyển đổi số"}),
        ("documents: in force, sorted by number", "/tra-cuu/van-ban/", "UBND",
         {"hieu_luc": "con", "sap_xep": "so-giam"}),
        ("documents: commune list, page 200", "/xa-ba-to/tra-cuu/van-ban/", "UBND", {"trang": 200}),
        ("documents: detail", "/xa-ba-to/tra-cuu/van-ban/1/", "UBND", {}),
        ("documents: API type + search", "/api/v1/documents", "items",
         {"type": "ke_hoach", "q": "ngan sach", "limit": 100}),
        (f"documents: CSV download, one year ({args.documents // 10} rows)", "/xa-ba-to/tra-cuu/van-ban/tai-ve.csv",
         "so_ky_hieu", {"nam": year}),
    ]  # fmt: skip
    for name, path, expect, params in flows:
        measure_get(results, client, name, path, expect, args.repeat, **params)
    write(results, db, args, connection)
    if db == "postgres":
        connection.close()
        psql(f"DROP DATABASE IF EXISTS {PG_NAME}")
    return 0


def write(results, db, args, connection) -> None:
    cpu = ""
    if Path("/proc/cpuinfo").exists():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with connection.cursor() as cursor:
        cursor.execute("select version()" if db == "postgres" else "select sqlite_version()")
        version = cursor.fetchone()[0].split(" on ")[0]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    lines = [
        f"Registries benchmark, {datetime.datetime.now():%Y-%m-%d %H:%M}; {os.cpu_count()} CPU ({cpu}); "
        f"load average {load:.1f} at the end; Python {platform.python_version()}; {version}; "
        f"{args.procedures} procedures, {args.documents} documents; {args.repeat} repetitions per flow "
        "(Django test client, in process, warm cache).",
        "",
        "| flow | median ms | min ms | max ms | SQL queries | note |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, median, low, high, queries, detail in results.rows:
        lines.append(
            f"| {name} | {median:,.0f} | {low:,.0f} | {high:,.0f} | {queries} | {detail} |"
        )
    text = "\n".join(lines) + "\n"
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"registries-{db}-{datetime.datetime.now():%Y%m%dT%H%M%S}.md"
    path.write_text(text)
    print("\n" + text + f"\nWritten to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
