"""Benchmark harness: vnportal next to the WordPress peer, same driver, same machine, one run.

See bench/README.md. Only 127.0.0.1 is ever targeted; every load is bounded by wrkbench.sh.
"""

import datetime
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from common import answers

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "peers"
PORT = int(os.environ.get("BENCH_PORT", "8091"))
BASE = f"http://127.0.0.1:{PORT}"
PG_URL = "postgres://postgres@127.0.0.1:5432/vnportal_bench"

#: Named flows: (name, path, text the response must contain). The WordPress peer's bench.sh measures
#: home, post, category and search; ours are the same kinds of page, plus a commune home, a
#: structured section, a registry listing and an unaccented province-wide search.
FLOWS = [
    ("home", "/", "TỈNH QUẢNG NGÃI"),
    ("commune", "/xa-ba-to/", "XÃ BA TƠ"),
    ("section", "/xa-ba-to/gioi-thieu/", "Giới thiệu"),
    ("search", "/xa-ba-to/tim-kiem/?q=" + quote("đất đai"), "Tìm kiếm"),
    ("search-unaccented", "/tim-kiem/?q=" + quote("dat dai"), "Tìm kiếm"),
    ("procedures", "/xa-ba-to/tra-cuu/thu-tuc/", "Thủ tục"),
]

#: Flows whose path depends on the demo data (an article and its channel): found after loading.
DISCOVER = (
    "import django,json;django.setup()\n"
    "from urllib.parse import urlsplit\n"
    "from vnportal.content.models import ArticlePage\n"
    "from vnportal.tenancy.models import Portal\n"
    "p=Portal.objects.get(slug='xabato')\n"
    "a=ArticlePage.objects.live().descendant_of(p.root_page).order_by('-first_published_at').first()\n"
    "c=a.get_parent().specific\n"
    "def on_127(page):\n"
    "  path=urlsplit(page.get_url()).path\n"
    "  mount='/'+p.path.strip('/')\n"
    "  return path if path.startswith(mount+'/') else mount+path\n"
    "print(json.dumps([('post',on_127(a),a.title[:20]),('category',on_127(c),c.title[:20])]))\n"
)


def discover_flows(env) -> None:
    result = subprocess.run(
        [sys.executable, "-c", DISCOVER],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    import json

    FLOWS.extend(tuple(flow) for flow in json.loads(result.stdout.strip().splitlines()[-1]))


def bench_env() -> dict:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="vnportal.settings.dev", DEBUG="0",
               VNPORTAL_VAR_DIR=str(ROOT / "var" / "bench"), ALLOWED_HOSTS="*")  # fmt: skip
    if answers(5432):
        env["DATABASE_URL"] = PG_URL
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", "DROP DATABASE IF EXISTS vnportal_bench"],
                       check=True, capture_output=True)  # fmt: skip
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", "CREATE DATABASE vnportal_bench"],
                       check=True, capture_output=True)  # fmt: skip
    if answers(6379):
        env["REDIS_URL"] = "redis://127.0.0.1:6379/14"
        # The database was just recreated: cached routes and site roots of the last run are stale.
        import redis

        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def query_counts(env) -> list[tuple[str, int]]:
    """SQL queries per flow on a warm cache, via Django's test client (no network)."""
    code = (
        "import django,json;django.setup()\n"
        "from django.test import Client;from django.db import connection\n"
        "from django.test.utils import CaptureQueriesContext\n"
        f"flows={[(n, p) for n, p, _ in FLOWS]!r};c=Client();out=[]\n"
        "for n,p in flows:\n"
        "  c.get(p,HTTP_HOST='127.0.0.1')\n"
        "  with CaptureQueriesContext(connection) as q: r=c.get(p,HTTP_HOST='127.0.0.1')\n"
        "  out.append((n,r.status_code,len(q)))\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def serve(env) -> subprocess.Popen:
    workers = os.environ.get("BENCH_WORKERS", "4")
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "vnportal.wsgi", "-b", f"127.0.0.1:{PORT}",
         "-w", workers, "--log-level", "warning"],
        cwd=ROOT, env=dict(env, DJANGO_SETTINGS_MODULE="vnportal.settings.dev"),
    )  # fmt: skip
    for _ in range(60):
        if answers(PORT):
            return proc
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("gunicorn did not start")


def verify_workload():
    """Every flow answers 200 with its expected text (a failure names the flow and shows the body)."""
    import urllib.error
    import urllib.request

    for name, path, needle in FLOWS:
        try:
            with urllib.request.urlopen(BASE + path, timeout=30) as response:  # noqa: S310 - loopback
                status, body = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read().decode(errors="replace")
        if status != 200 or needle.lower() not in body.lower():
            raise SystemExit(f"workload check failed for {name}: {path} -> {status}\n{body[:3000]}")


def run_peer() -> str:
    if os.environ.get("BENCH_SKIP_PEER"):
        return "(peer skipped: BENCH_SKIP_PEER set)\n"
    setup = subprocess.run(
        ["bash", str(PEERS / "wordpress" / "setup.sh")], capture_output=True, text=True
    )
    if setup.returncode != 0:
        return f"(peer setup failed: {setup.stderr[-500:]})\n"
    out = subprocess.run(
        ["bash", str(PEERS / "wordpress" / "bench.sh")], capture_output=True, text=True
    )
    return out.stdout + out.stderr[-2000:]


def run_ours() -> str:
    specs = [f"{name}={BASE}{path}" for name, path, _ in FLOWS]
    out = subprocess.run(
        ["bash", str(PEERS / "lib" / "wrkbench.sh"), *specs], capture_output=True, text=True
    )
    return out.stdout + out.stderr[-2000:]


def main():
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, capture_output=True)
    env = bench_env()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "-v0")
    discover_flows(env)
    counts = query_counts(env)
    peer = run_peer()
    server = serve(env)
    try:
        verify_workload()
        ours = run_ours()
    finally:
        server.terminate()
        server.wait(timeout=30)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%M%SZ")
    machine = (
        f"{platform.node()} nproc={os.cpu_count()} {platform.platform()} load={os.getloadavg()}"
    )
    db = "PostgreSQL" if "DATABASE_URL" in env else "SQLite"
    report = [f"# Benchmark {stamp}", "", f"Machine: {machine}", f"vnportal: gunicorn x{os.environ.get('BENCH_WORKERS', '4')}, {db}, "
              f"cache {'Redis' if 'REDIS_URL' in env else 'locmem'}", "", "## SQL queries per flow (warm cache)", "",
              "| flow | HTTP | queries |", "| --- | --- | ---: |"]  # fmt: skip
    report += [f"| {n} | {s} | {q} |" for n, s, q in counts]
    report += [
        "",
        "## WordPress peer",
        "",
        "```",
        peer.rstrip(),
        "```",
        "",
        "## vnportal",
        "",
        "```",
        ours.rstrip(),
        "```",
    ]
    text = "\n".join(report) + "\n"
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{stamp}.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
