"""Fixtures for the browser tests: one demo-loaded live server and one headless chromium per run.

Design:

* The demo province (`manage.py load_demo`, ~15 s) is loaded once, committed, by the
  package-scoped `demo_server` fixture, and a Django live server is started on 127.0.0.1.
  pytest-django's own `live_server` fixture is not used: it forces `transactional_db`, which
  flushes the database after every test and would throw the demo away each time.
* Every e2e test gets pytest-django's plain `django_db` marker (added at collection below): the
  test DB is set up, database access is allowed for the test and for the server thread, and
  whatever a test writes (sessions of logins, ...) is rolled back afterwards. With SQLite the test
  DB is in memory and its connection is shared with the server thread, as Django's
  LiveServerTestCase does; with PostgreSQL the server has its own connections and sees the
  committed demo.
* When the last e2e test is done the database is put back as migrations left it (flush + the
  serialized post-migration content), so unit tests that run later in the same session see no demo.
* Browser: Debian's chromium (`/usr/bin/chromium`, or `VNPORTAL_CHROMIUM`); Playwright never
  downloads one. Without it every e2e test is skipped with the reason.
"""

import contextlib
import io
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest

E2E_DIR = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("VNPORTAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Where a failing test leaves a screenshot of each of its pages.
ARTIFACTS_DIR = Path(
    os.environ.get("VNPORTAL_E2E_ARTIFACTS", Path(tempfile.gettempdir()) / "vnportal-e2e-artifacts")
)
DEFAULT_TIMEOUT_MS = 30_000  # generous: CI shares 2 cores; only failures wait this long

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}

#: Media the tests seed into two portals' collections (title → portal slug).
SEEDED_IMAGES = {"Ảnh E2E Xã Ba Tơ": "xabato", "Ảnh E2E Phường Cẩm Thành": "camthanh"}
SEEDED_DOCUMENTS = {"Tài liệu E2E Xã Ba Tơ": "xabato", "Tài liệu E2E Phường Cẩm Thành": "camthanh"}

_REPORTS = pytest.StashKey[dict]()


def chromium_available() -> bool:
    path = shutil.which(CHROMIUM)
    return path is not None and os.access(path, os.X_OK)


def _is_e2e_item(item) -> bool:
    return E2E_DIR in Path(str(item.path)).resolve().parents


def pytest_collection_modifyitems(config, items):
    skip = pytest.mark.skip(
        reason=f"chromium not found at {CHROMIUM} (apt-get install chromium, or set VNPORTAL_CHROMIUM)"
    )
    have_browser = chromium_available()
    for item in items:
        if not _is_e2e_item(item):
            continue
        # Non-transactional on purpose: see the module docstring.
        item.add_marker(pytest.mark.django_db)
        if not have_browser:
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


def _test_failed(request) -> bool:
    reports = request.node.stash.get(_REPORTS, {})
    return any(r.failed for r in reports.values())


# --- Database and server ----------------------------------------------------------------------


def _assert_test_database(connection) -> None:
    """Never load the demo into a real database: only into the one pytest-django created."""
    name = str(connection.settings_dict["NAME"])
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if not in_memory and "test" not in name:
        raise RuntimeError(f"refusing to load the e2e demo into non-test database {name!r}")


def _seed_media() -> None:
    """One image and one document in Xã Ba Tơ's and in Phường Cẩm Thành's collections."""
    from django.core.files.base import ContentFile
    from PIL import Image as PILImage
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from vnportal.tenancy.models import Portal

    collections = {p.slug: p.collection for p in Portal.objects.select_related("collection")}
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (165, 14, 36)).save(buffer, format="PNG")
    image_model, document_model = get_image_model(), get_document_model()
    for title, slug in SEEDED_IMAGES.items():
        image_model.objects.create(
            title=title,
            file=ContentFile(buffer.getvalue(), name=f"e2e-{slug}.png"),
            collection=collections[slug],
        )
    for title, slug in SEEDED_DOCUMENTS.items():
        document_model.objects.create(
            title=title,
            file=ContentFile(f"{title}\n".encode(), name=f"e2e-{slug}.txt"),
            collection=collections[slug],
        )


class DemoServer:
    """A running live server over the demo province; `url` has no trailing slash."""

    def __init__(self, server):
        self._server = server
        self.url = server.url

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Let requests still in flight finish, so none runs into the next test's transaction.

        Each request (each kept-alive connection) is served by its own thread of the server.
        """
        deadline = time.monotonic() + timeout
        for thread in threading.enumerate():
            if "process_request_thread" in thread.name and thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture(scope="package")
def demo_server(django_db_setup, django_db_blocker):
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import modify_settings, override_settings
    from pytest_django.live_server_helper import LiveServer

    # The admin's search is exercised in the browser: keep Wagtail's index up to date here.
    index_on = override_settings(WAGTAILSEARCH_BACKENDS=settings.WAGTAIL_INDEX_ON)
    index_on.enable()
    with django_db_blocker.unblock():
        _assert_test_database(connection)
        baseline = connection.creation.serialize_db_to_string()
        call_command("load_demo", stdout=io.StringIO())
        _seed_media()
        cache.clear()
    allowed_hosts = modify_settings(ALLOWED_HOSTS={"append": "127.0.0.1"})
    allowed_hosts.enable()
    server = LiveServer("127.0.0.1")
    try:
        yield DemoServer(server)
    finally:
        server.stop()
        allowed_hosts.disable()
        index_on.disable()
        with django_db_blocker.unblock():
            call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(baseline)
            cache.clear()


# --- Browser ----------------------------------------------------------------------------------


@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM would refuse to run
    # beside it. Only for the e2e package, restored afterwards.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(request, browser, demo_server):
    """Factory: a fresh browser context (own cookies and storage) and a page in it.

    Relative URLs in `page.goto()` resolve against the live server. A failing test leaves a
    screenshot of each page it opened in ARTIFACTS_DIR.
    """
    contexts = []

    def factory(*, viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=demo_server.url,
            viewport=viewport,
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            bypass_csp=True,  # axe-core is injected as a script tag
            **options,
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield factory
    failed = _test_failed(request)
    for index, context in enumerate(contexts):
        if failed:
            ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
            for number, page in enumerate(context.pages):
                name = f"{request.node.name}-{index}-{number}.png".replace("/", "_")
                # Best effort: the test has already failed, a missing picture must not hide why.
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(ARTIFACTS_DIR / name), full_page=True)
        context.close()
    if contexts:
        demo_server.wait_idle()


@pytest.fixture
def page(new_page):
    """A desktop-sized page in a fresh context."""
    return new_page()
