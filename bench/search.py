"""Search latency on PostgreSQL at a fixed index size: accented, unaccented and phrase queries.

    python bench/search.py                                  # 10,000 articles over 10 portals (< 3 min)
    python bench/search.py --articles 200000 --portals 200  # the full case of issue #7

Why it generates ``SearchEntry`` rows directly (bulk_create) rather than pages: the question is how
the index and its backend scale, and building 200,000 Wagtail pages would take hours. Portals are
bare rows (a unit, a root page, a site, a collection each) for the same reason. The database is a
scratch one created for the run and dropped at the end, never the development database.

Each named flow runs ``services.search`` (the code path of the page and the API, in process) on a
rotating list of queries, and reports p50/p95/max latency and SQL queries per search; the workload
is verified (every flow must find results). The WordPress peer's number for the same kind of search
is in /work/shared/peers/wordpress/RESULTS.md (`/?s=đất đai`, over HTTP).
"""

import argparse
import datetime
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
PG_NAME = "vnportal_bench_search"

VOCABULARY = (
    "đất đai quy hoạch sử dụng giao thông nông thôn đường liên xã dương lịch năm mới ủy ban nhân dân "
    "xã phường thị trấn huyện tỉnh hội đồng nghị quyết quyết định kế hoạch chuyển đổi số dịch vụ công "
    "trực tuyến hồ sơ thủ tục hành chính hộ tịch chứng thực khai sinh kết hôn bảo hiểm y tế giáo dục "
    "trường học học sinh giáo viên y tế trạm xã tiêm chủng phòng chống dịch bệnh thiên tai bão lũ "
    "nông nghiệp lúa gạo cây trồng vật nuôi thủy lợi kênh mương điện nước sạch môi trường rác thải "
    "an ninh trật tự quốc phòng dân quân tuyển quân văn hóa thể thao lễ hội du lịch di tích đền chùa "
    "ngân sách thu chi đầu tư công dự án đấu thầu mua sắm công khai minh bạch tiếp dân khiếu nại "
    "tố cáo cải cách hành chính cán bộ công chức viên chức đào tạo bồi dưỡng thanh niên phụ nữ "
    "cựu chiến binh nông dân mặt trận tổ quốc người cao tuổi trẻ em chính sách xã hội hộ nghèo"
)
WORDS = VOCABULARY.split()
#: (flow, queries): each flow cycles through its queries.
FLOWS = [
    ("accented, province-wide", ["đất đai", "giao thông nông thôn", "đường", "hộ nghèo", "dự án"]),
    (
        "unaccented, province-wide",
        ["dat dai", "giao thong nong thon", "duong", "ho ngheo", "du an"],
    ),
    ("phrase, province-wide", ['"đất đai"', '"dich vu"', '"giao thông"', '"ho ngheo"']),
    ("accented, one portal", ["đất đai", "giao thông", "đường", "học sinh", "ngân sách"]),
    ("unaccented, one portal, page 3", ["dat dai", "giao thong", "hoc sinh"]),
]


def _pg_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return True
    except OSError:
        return False


def _psql(sql: str) -> None:
    subprocess.run(["psql", PG_ADMIN, "-q", "-c", sql], check=True, capture_output=True)


def configure() -> None:
    """Point Django at a fresh scratch PostgreSQL database before it is set up."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "vnportal.settings.test"
    os.environ["VNPORTAL_VAR_DIR"] = str(ROOT / "var" / "bench-search")
    _psql(f"DROP DATABASE IF EXISTS {PG_NAME}")
    _psql(f"CREATE DATABASE {PG_NAME}")
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_NAME}"
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()


def make_portals(n: int):
    """Bare portals (no skeleton pages, no groups): enough for the index's foreign key and scope."""
    from wagtail.models import Collection, Page, Site

    from vnportal.tenancy.models import AdministrativeUnit, Portal

    root, collections = Page.get_first_root_node(), Collection.get_first_root_node()
    province = AdministrativeUnit.objects.create(code="51", name="Tỉnh", unit_type="province")
    portals = []
    for i in range(n + 1):
        slug = "tinh" if i == 0 else f"xa-{i:03d}"
        unit = (
            province
            if i == 0
            else AdministrativeUnit.objects.create(
                code=f"X{i:05d}", name=f"Xã {i}", unit_type="commune", parent=province
            )
        )
        page = root.add_child(instance=Page(title=slug, slug=slug))
        site = Site.objects.create(hostname=f"{slug}.bench.invalid", root_page=page)
        collection = collections.add_child(name=slug)
        portals.append(
            Portal.objects.create(
                slug=slug,
                unit=unit,
                is_provincial=i == 0,
                name_vi=f"Cổng {slug}",
                name_en=slug,
                hostname=f"{slug}.bench.invalid",
                status="active",
                site=site,
                root_page=page,
                collection=collection,
            )
        )
    return portals


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def make_entries(portals, n: int, batch: int = 2000) -> float:
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from vnportal.core.text import fold_vietnamese
    from vnportal.search.models import SearchEntry

    rng = random.Random(7)
    ct = ContentType.objects.get(app_label="wagtailcore", model="page")
    now = timezone.now()
    started, rows = time.perf_counter(), []
    for i in range(n):
        title = sentence(rng, rng.randint(6, 12)).capitalize()
        body = ". ".join(sentence(rng, rng.randint(10, 20)) for _ in range(rng.randint(8, 20)))
        rows.append(
            SearchEntry(
                portal=portals[1 + i % (len(portals) - 1)],
                kind="article",
                content_type=ct,
                object_id=i + 1,
                title=title,
                body=body,
                title_folded=fold_vietnamese(title),
                body_folded=fold_vietnamese(body),
                url_path=f"/tin-tuc/tin-{i}/",
                published_at=now - datetime.timedelta(hours=rng.randint(0, 24 * 365 * 5)),
            )
        )
        if len(rows) >= batch:
            SearchEntry.objects.bulk_create(rows)
            rows = []
    if rows:
        SearchEntry.objects.bulk_create(rows)
    return time.perf_counter() - started


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--portals", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=30, help="searches per flow")
    args = parser.parse_args(argv)
    if not _pg_answers():
        print("PostgreSQL does not answer on 127.0.0.1:5432; this benchmark needs it.")
        return 2
    configure()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from vnportal.search import services

    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        migrate_s = time.perf_counter() - started
        portals = make_portals(args.portals)
        load_s = make_entries(portals, args.articles)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry")
            cursor.execute("select version()")
            version = cursor.fetchone()[0].split(" on ")[0]
        province, commune = portals[0], portals[1]
        rows = []
        for name, queries in FLOWS:
            portal = commune if "one portal" in name else province
            page = 3 if "page 3" in name else 1
            times, counts, found = [], [], []
            for i in range(args.repeat + 1):
                query = queries[i % len(queries)]
                with CaptureQueriesContext(connection) as ctx:
                    t0 = time.perf_counter()
                    results = services.search(services.visible_entries(portal), query, page=page)
                    elapsed = (time.perf_counter() - t0) * 1000
                if i == 0:
                    continue  # warm-up
                times.append(elapsed)
                counts.append(len(ctx))
                found.append(results.total)
            if not all(found):
                raise SystemExit(f"workload not verified: {name} found nothing for some query")
            rows.append(
                (name, percentile(times, 50), percentile(times, 95), max(times), max(counts),
                 int(statistics.median(found)))
            )  # fmt: skip
    finally:
        connection.close()
        _psql(f"DROP DATABASE IF EXISTS {PG_NAME}")
    load = os.getloadavg()[0]
    lines = [
        f"Search benchmark, {datetime.datetime.now():%Y-%m-%d %H:%M}; {os.cpu_count()} CPU; "
        f"load {load:.1f}; Python {platform.python_version()}; {version}; {args.articles} entries "
        f"over {args.portals} portals (loaded in {load_s:.0f} s, migrate {migrate_s:.0f} s); "
        f"{args.repeat} searches per flow, in process.",
        "",
        "| flow | p50 ms | p95 ms | max ms | SQL queries | median matches |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {n} | {a:,.1f} | {b:,.1f} | {c:,.1f} | {q} | {m:,} |" for n, a, b, c, q, m in rows
    ]
    print("\n".join(lines))  # noqa: T201 - a command-line report
    return 0


if __name__ == "__main__":
    sys.exit(main())
