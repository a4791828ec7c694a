"""The demo portals show every section with real-looking content, in Vietnamese and English."""

import io

from django.core.management import call_command

from vnportal.content import monitoring
from vnportal.demo.content_demo import DEMO_PORTALS, load_demo_content
from vnportal.tenancy.models import Portal


def test_demo_content_fills_every_section_and_is_idempotent(db, client):
    call_command("load_demo", stdout=io.StringIO())
    assert sorted(load_demo_content()) == sorted(DEMO_PORTALS)
    portals = list(Portal.objects.filter(slug__in=DEMO_PORTALS).select_related("unit", "root_page"))
    report = monitoring.section_report(portals)
    for portal in portals:
        for state in report[portal.pk]:
            assert state.state != "placeholder", (portal.slug, state.section.key)
            assert state.english in (None, "ok"), (portal.slug, state.section.key, state.english)
        news = next(s for s in report[portal.pk] if s.section.key == "news")
        assert news.items >= 12, portal.slug

    from wagtail.models import Page

    before = Page.objects.count()
    load_demo_content()
    assert Page.objects.count() == before

    for url in (
        "/xa-ba-to/",
        "/xa-ba-to/en/",
        "/xa-ba-to/lanh-dao/",
        "/xa-ba-to/tiep-can-thong-tin/",
    ):
        assert client.get(url, HTTP_HOST="quangngai.gov.vn").status_code == 200, url
