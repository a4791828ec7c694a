"""Search at scale on PostgreSQL, beside the WordPress peer holding the same articles, in one run.

    make bench-search                        # 200,000 posts: sets the peer up once, then runs this
    python bench/search.py --peer /var/tmp/peer-wordpress-200k --peer-port 8082
    python bench/search.py --articles 10000  # generated rows only, no peer (a quick check)

With ``--peer``, every published post of the WordPress peer (``../shared/peers/wordpress``, loaded
with ``WP_POSTS=200000``) is read from its MariaDB and indexed here: one component portal per
WordPress category (a post in two categories belongs to its first one), the text a reader sees
(block comments and tags stripped), the same publication time. The same queries are then sent
one at a time to three targets, in the same run:

- vnportal's search service in process (the engine: ranking, counting, one page of hits);
- vnportal's search page over HTTP (gunicorn on 127.0.0.1, the full HTML page a citizen gets);
- WordPress's search page over HTTP (``/?s=``, ``&cat=`` for one portal, ``&paged=`` for a page).

Why index rows rather than Wagtail pages: the question is how the index and its backend scale, and
publishing 200,000 pages would take hours. Portals are bare rows (unit, root page, site,
collection) for the same reason. The database is a scratch one, dropped at the end.

Only 127.0.0.1 is targeted; every flow is bounded in count (``--repeat``, ``--peer-repeat``) and
WordPress's flows also in time (``--peer-budget`` seconds each, at least two requests).
"""

import argparse
import datetime
import os
import platform
import random
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from common import answers, psql

ROOT = Path(__file__).resolve().parent.parent
PG_NAME = "vnportal_bench_search"
PORT = int(os.environ.get("BENCH_SEARCH_PORT", "8093"))
PROVINCE_HOST = "tinh.bench.invalid"

#: (flow, queries): each flow cycles through its queries. Words of the peer's generator
#: (gen_content.py) so that every query finds something in both systems.
FLOWS = [
    (
        "accented, province-wide",
        ["đất đai", "giao thông", "quy hoạch", "hộ nghèo", "chuyển đổi số"],
    ),
    (
        "unaccented, province-wide",
        ["dat dai", "giao thong", "quy hoach", "ho ngheo", "chuyen doi so"],
    ),
    (
        "phrase, province-wide",
        ['"đất đai"', '"giải phóng mặt bằng"', '"nông thôn mới"', '"dich vu cong"'],
    ),
    ("accented, one portal", ["đất đai", "giao thông", "học sinh", "ngân sách"]),
    ("unaccented, one portal, page 3", ["dat dai", "giao thong", "hoc sinh"]),
]

# --- generated content (no peer) ------------------------------------------------------------

#: Words and phrases (the peer's kind of vocabulary): phrases stay whole, so quoted queries match.
VOCABULARY = (
    "đất đai|quy hoạch|sử dụng|giao thông|nông thôn mới|đường liên xã|dương lịch|năm|ủy ban nhân dân|"
    "xã|phường|huyện|tỉnh|hội đồng|nghị quyết|quyết định|kế hoạch|chuyển đổi số|dịch vụ công|"
    "trực tuyến|hồ sơ|thủ tục hành chính|hộ tịch|chứng thực|bảo hiểm y tế|giáo dục|trường học|"
    "học sinh|giáo viên|tiêm chủng|phòng chống dịch bệnh|thiên tai|bão lũ|nông nghiệp|lúa gạo|"
    "thủy lợi|điện|nước sạch|môi trường|rác thải|an ninh|quốc phòng|văn hóa|thể thao|du lịch|"
    "ngân sách|đầu tư công|dự án|đấu thầu|giải phóng mặt bằng|tiếp dân|khiếu nại|hộ nghèo"
)
WORDS = VOCABULARY.split("|")


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def generated_posts(n: int, portals: int):
    """(category index, published at, title, body) rows like the peer's, without the peer."""
    rng = random.Random(7)
    start = datetime.datetime(2024, 1, 1, 7, tzinfo=datetime.UTC)
    for i in range(n):
        title = sentence(rng, rng.randint(7, 13)).capitalize()
        body = ". ".join(sentence(rng, rng.randint(10, 20)) for _ in range(rng.randint(8, 20)))
        yield i % portals, start + datetime.timedelta(minutes=5 * i), title, body


# --- the WordPress peer ---------------------------------------------------------------------

_ESCAPE = re.compile(r"\\(.)")
_UNESCAPE = {"n": "\n", "t": "\t", "0": "\0", "\\": "\\"}


def _unescape(field: str) -> str:
    """Undo ``mariadb --batch`` escaping (newline, tab, NUL and backslash)."""
    return _ESCAPE.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(1)), field)


class Peer:
    """The WordPress peer started by its setup.sh: its database (read) and its site (timed)."""

    def __init__(self, state: Path, port: int):
        self.state, self.base = state, f"http://127.0.0.1:{port}"
        if not (state / "my.cnf").exists():
            raise SystemExit(
                f"no WordPress peer in {state}: run `make bench-search` (it sets it up)"
            )

    def _sql(self, sql: str) -> subprocess.Popen:
        return subprocess.Popen(
            ["mariadb", f"--defaults-file={self.state / 'my.cnf'}", "wordpress", "--batch",
             "--skip-column-names", "--quick", "-e", sql],
            stdout=subprocess.PIPE, text=True, encoding="utf-8",
        )  # fmt: skip

    def categories(self) -> list[tuple[int, str]]:
        proc = self._sql(
            "SELECT t.term_id, t.name FROM wp_terms t JOIN wp_term_taxonomy x USING (term_id) "
            "WHERE x.taxonomy = 'category' AND t.term_id >= 2 ORDER BY t.term_id"
        )
        rows = [line.rstrip("\n").split("\t", 1) for line in proc.stdout]
        proc.wait()
        return [(int(term), _unescape(name)) for term, name in rows]

    def posts(self, categories: list[tuple[int, str]]):
        """Every published post, in the same shape as :func:`generated_posts`."""
        from django.utils import timezone

        from vnportal.core.text import html_to_text

        index = {term: i for i, (term, _) in enumerate(categories)}
        proc = self._sql(
            "SELECT MIN(r.term_taxonomy_id), p.post_date, p.post_title, p.post_content "
            "FROM wp_posts p JOIN wp_term_relationships r ON r.object_id = p.ID "
            "WHERE p.post_type = 'post' AND p.post_status = 'publish' GROUP BY p.ID ORDER BY p.ID"
        )
        tz = timezone.get_current_timezone()
        for line in proc.stdout:
            term, date, title, content = line.rstrip("\n").split("\t", 3)
            when = datetime.datetime.fromisoformat(date).replace(tzinfo=tz)
            body = html_to_text(_unescape(content)).visible
            yield index[int(term)], when, _unescape(title), body
        if proc.wait():
            raise SystemExit("reading the WordPress peer's posts failed")

    def url(self, query: str, *, term: int | None, page: int) -> str:
        params = {"s": query}
        if term:
            params["cat"] = term
        if page > 1:
            params["paged"] = page
        return f"{self.base}/?{urlencode(params)}"


# --- vnportal side --------------------------------------------------------------------------


def bench_env() -> dict:
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="vnportal.settings.dev",
        DEBUG="0",
        ALLOWED_HOSTS="*",
        VNPORTAL_VAR_DIR=str(ROOT / "var" / "bench-search"),
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{PG_NAME}",
        REDIS_URL="",
    )


def configure(*, reuse: bool = False) -> None:
    """Point Django at a fresh scratch PostgreSQL database (or the kept one) before set-up."""
    sys.path.insert(0, str(ROOT))
    if not reuse:
        psql(f"DROP DATABASE IF EXISTS {PG_NAME}")
        psql(f"CREATE DATABASE {PG_NAME}")
    os.environ.update(bench_env())
    import django

    django.setup()


def make_portals(names: list[str]):
    """The provincial portal (index 0, no posts of its own) and one bare component portal per name."""
    from wagtail.models import Collection, Page, Site

    from vnportal.tenancy.models import AdministrativeUnit, Portal

    root, collections = Page.get_first_root_node(), Collection.get_first_root_node()
    province = AdministrativeUnit.objects.create(code="51", name="Tỉnh", unit_type="province")
    portals = []
    for i, name in enumerate(["Tỉnh", *names]):
        slug = "tinh" if i == 0 else f"cong-{i:03d}"
        unit = province
        if i:
            unit = AdministrativeUnit.objects.create(
                code=f"X{i:05d}", name=name[:255], unit_type="commune", parent=province
            )
        page = root.add_child(instance=Page(title=name, slug=slug))
        host = f"{slug}.bench.invalid"
        portals.append(
            Portal.objects.create(
                slug=slug,
                unit=unit,
                is_provincial=i == 0,
                name_vi=f"Cổng {name}"[:255],
                name_en=slug,
                hostname=host,
                status="active",
                site=Site.objects.create(hostname=host, root_page=page, is_default_site=i == 0),
                root_page=page,
                collection=collections.add_child(name=slug),
            )
        )
    return portals


def load_entries(portals, posts, batch: int = 2000) -> int:
    """Index rows built as ``search.indexing`` builds them (clipped, folded), bulk-inserted."""
    from django.contrib.contenttypes.models import ContentType

    from vnportal.core.text import fold_vietnamese
    from vnportal.search.indexing import _clip
    from vnportal.search.models import BODY_LIMIT, SearchEntry

    ct = ContentType.objects.get(app_label="wagtailcore", model="page")
    rows, n = [], 0
    for n, (category, when, title, body) in enumerate(posts, start=1):
        title, body = _clip(title, 500), _clip(body, BODY_LIMIT)
        rows.append(
            SearchEntry(
                portal=portals[1 + category],
                kind="article",
                content_type=ct,
                object_id=n,
                title=title,
                body=body,
                title_folded=fold_vietnamese(title),
                body_folded=fold_vietnamese(body),
                url_path=f"/tin-tuc/tin-{n}/",
                published_at=when,
            )
        )
        if len(rows) >= batch:
            SearchEntry.objects.bulk_create(rows)
            rows = []
    if rows:
        SearchEntry.objects.bulk_create(rows)
    return n


def serve() -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [str(gunicorn), "vnportal.wsgi", "-b", f"127.0.0.1:{PORT}", "-w", "2", "--log-level",
         "warning", "--timeout", "120"],
        cwd=ROOT, env=bench_env(), start_new_session=True,
    )  # fmt: skip
    for _ in range(120):
        if answers(PORT):
            return proc
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("gunicorn did not start")


def page_url(portal, query: str, page: int) -> tuple[str, str]:
    params = {"q": query} | ({"page": page} if page > 1 else {})
    return f"http://127.0.0.1:{PORT}/tim-kiem/?{urlencode(params)}", portal.hostname


# --- timing ---------------------------------------------------------------------------------


def fetch(url: str, host: str | None = None, timeout: float = 120.0) -> tuple[float, str]:
    """Milliseconds for one GET and its body; a non-200 answer stops the run (workload check)."""
    request = urllib.request.Request(url, headers={"Host": host} if host else {})  # noqa: S310 - loopback only
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback
            body = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{url} answered {error.code}") from error
    return (time.perf_counter() - started) * 1000, body


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(times: list[float]) -> str:
    if not times:
        return "– | – | 0"
    return f"{percentile(times, 50):,.0f} | {percentile(times, 95):,.0f} | {len(times)}"


def run_flows(args, portals, peer, peer_terms) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from vnportal.search import services

    province, commune = portals[0], portals[1]
    rows = []
    for name, queries in FLOWS:
        one = "one portal" in name
        portal, page = (commune if one else province), (3 if "page 3" in name else 1)
        engine, counts, found, http, wordpress = [], [], [], [], []
        # In process: the engine alone (first search of each query is a warm-up).
        for i in range(args.repeat + len(queries)):
            query = queries[i % len(queries)]
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                results = services.search(services.visible_entries(portal), query, page=page)
                elapsed = (time.perf_counter() - t0) * 1000
            if i >= len(queries):
                engine.append(elapsed)
                counts.append(len(ctx))
                found.append(results.total)
        if not all(found):
            raise SystemExit(f"workload not verified: {name} found nothing for some query")
        # Over HTTP: the search page of the portal, rendered.
        for i in range(args.repeat + len(queries)):
            url, host = page_url(portal, queries[i % len(queries)], page)
            elapsed, body = fetch(url, host)
            if 'data-testid="result-count"' not in body:
                raise SystemExit(f"workload not verified: {url} has no result count")
            if i >= len(queries):
                http.append(elapsed)
        # WordPress, the same queries, bounded in count and time.
        if peer is not None:
            spent, i = 0.0, 0
            while i < args.peer_repeat and (i < 2 or spent < args.peer_budget * 1000):
                query = queries[i % len(queries)]
                elapsed, body = fetch(
                    peer.url(query, term=peer_terms[0] if one else None, page=page)
                )
                spent += elapsed
                wordpress.append(elapsed)
                i += 1
        rows.append(
            f"| {name} | {percentile(engine, 50):,.1f} | {percentile(engine, 95):,.1f} | "
            f"{max(counts)} | {int(statistics.median(found)):,} | {summary(http)} | "
            f"{summary(wordpress)} |"
        )
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, help="WordPress peer state dir (WP_PEER_STATE)")
    parser.add_argument("--peer-port", type=int, default=8082)
    parser.add_argument("--articles", type=int, default=10_000, help="without --peer")
    parser.add_argument("--portals", type=int, default=10, help="without --peer")
    parser.add_argument("--repeat", type=int, default=40, help="timed searches per flow")
    parser.add_argument("--peer-repeat", type=int, default=10, help="WordPress searches per flow")
    parser.add_argument("--peer-budget", type=float, default=120, help="WordPress seconds per flow")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database (profiling)")
    parser.add_argument(
        "--load-only", action="store_true", help="stop after indexing (with --keep)"
    )
    parser.add_argument("--reuse", action="store_true", help="time the database a --keep run left")
    args = parser.parse_args(argv)
    if not answers(5432):
        print("PostgreSQL does not answer on 127.0.0.1:5432; this benchmark needs it.")
        return 2
    peer = Peer(args.peer, args.peer_port) if args.peer else None
    configure(reuse=args.reuse)
    from django.core.management import call_command
    from django.db import connection

    server = None
    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        if args.reuse:
            from vnportal.search.models import SearchEntry
            from vnportal.tenancy.models import Portal

            portals = list(Portal.objects.order_by("pk"))
            n = SearchEntry.objects.count()
            source = f"{n:,} index rows kept from an earlier run (--reuse)"
            peer_terms = [peer.categories()[0][0]] if peer else []
        elif peer:
            categories = peer.categories()
            portals = make_portals([name for _, name in categories])
            n = load_entries(portals, peer.posts(categories))
            source = f"the WordPress peer's {n:,} posts over {len(categories)} categories"
            peer_terms = [categories[0][0]]
        else:
            portals = make_portals([f"Xã {i}" for i in range(1, args.portals + 1)])
            n = load_entries(portals, generated_posts(args.articles, args.portals))
            source = f"{n:,} generated articles over {args.portals} portals"
            peer_terms = []
        load_s = time.perf_counter() - started
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE search_searchentry")
            cursor.execute("select version()")
            version = cursor.fetchone()[0].split(" on ")[0]
        if args.load_only:
            print(f"indexed {source} in {load_s:.0f} s into {PG_NAME}")  # noqa: T201
            return 0
        server = serve()
        rows = run_flows(args, portals, peer, peer_terms)
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        connection.close()
        if not (args.keep or args.reuse):
            psql(f"DROP DATABASE IF EXISTS {PG_NAME}")
    stamp = datetime.datetime.now(datetime.UTC)
    lines = [
        f"Search benchmark, {stamp:%Y-%m-%d %H:%M} UTC; {platform.node()}, {os.cpu_count()} CPU, "
        f"load {os.getloadavg()[0]:.1f}; Python {platform.python_version()}; {version}; "
        f"{source} (indexed in {load_s:.0f} s). One request at a time; p50/p95 in ms.",
        "",
        "| flow | engine p50 | engine p95 | SQL | matches | page p50 | page p95 | n "
        "| WordPress p50 | WordPress p95 | n |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
    ]
    text = "\n".join(lines) + "\n"
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"search-{stamp:%Y-%m-%dT%H%M%SZ}.md").write_text(text)
    print(text)  # noqa: T201 - a command-line report
    return 0


if __name__ == "__main__":
    sys.exit(main())
