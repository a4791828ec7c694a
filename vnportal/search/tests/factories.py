"""Builders for search tests: portals through the real service, records with only what search reads."""

import datetime
import itertools

from django.utils import timezone
from wagtail.models import Page

from vnportal.content.bulk import add_published
from vnportal.content.models import AnnouncementPage, ArticlePage, NewsChannelPage, NewsIndexPage
from vnportal.tenancy import services, units

_counter = itertools.count(1)


def make_province():
    units.create_unit(code="51", name="Tỉnh Quảng Ngãi", unit_type="province")
    return services.create_portal(
        services.PortalSpec(
            unit_code="51",
            slug="quangngai",
            hostname="quangngai.gov.vn",
            is_provincial=True,
            status="active",
        )
    )


def make_commune(slug, *, path=None, status="active"):
    from vnportal.tenancy.models import AdministrativeUnit

    unit = units.create_unit(
        code=f"U-{slug}",
        name=f"Xã {slug.title()}",
        unit_type="commune",
        parent=AdministrativeUnit.objects.get(code="51"),
    )
    return services.create_portal(
        services.PortalSpec(unit_code=unit.code, slug=slug, path=path or slug, status=status)
    )


def channel_of(portal) -> Page:
    index = NewsIndexPage.objects.child_of(portal.root_page).get()
    channel = NewsChannelPage(title="Tin hoạt động", slug=f"kenh-{next(_counter)}")
    return add_published(index, channel)


def article(parent, title, body="Nội dung tin bài.", *, days_ago=1, **fields):
    n = next(_counter)
    when = timezone.now() - datetime.timedelta(days=days_ago)
    page = ArticlePage(
        title=title,
        slug=f"tin-{n}",
        lead=fields.pop("lead", "Tóm tắt tin bài thử nghiệm."),
        body=[("paragraph", f"<p>{body}</p>")],
        display_date=when,
        **fields,
    )
    return add_published(parent, page, when=when)


def announcement(portal, title, body):
    from vnportal.content.models import AnnouncementIndexPage

    parent = AnnouncementIndexPage.objects.descendant_of(portal.root_page).first()
    n = next(_counter)
    page = AnnouncementPage(
        title=title,
        slug=f"tb-{n}",
        body=f"<p>{body}</p>",
        valid_until=timezone.now() + datetime.timedelta(days=30),
    )
    return add_published(parent, page)


def question(portal, title, *, published=True, **fields):
    from vnportal.qa.choices import QuestionField, QuestionStatus
    from vnportal.qa.models import Question

    now = timezone.now()
    return Question.objects.create(
        portal=portal,
        tracking_code=f"HD-{next(_counter):06d}",
        status=QuestionStatus.PUBLISHED if published else QuestionStatus.RECEIVED,
        asker_name="Nguyễn Văn A",
        asker_email="a@example.org",
        field=fields.pop("field", QuestionField.LAND),
        title=title,
        body=fields.pop("body", "Xin hỏi thủ tục."),
        answer=fields.pop("answer", "Trả lời của Ủy ban."),
        period_days=10,
        clock_start=now,
        deadline=now + datetime.timedelta(days=14),
        published_at=now if published else None,
        **fields,
    )


def planning_record(portal, title, **fields):
    from vnportal.datasets.choices import PlanStatus, PlanType, Sector
    from vnportal.datasets.models import PlanningRecord

    return PlanningRecord.objects.create(
        portal=portal,
        title=title,
        field=fields.pop("field", Sector.LAND),
        year=2026,
        plan_type=PlanType.LAND_USE,
        period_start=2021,
        period_end=2030,
        status=PlanStatus.APPROVED,
        **fields,
    )


def entry(title, *, days_ago=1, kind="procedure", **fields):
    """A bare index row (no source record, no portal): enough for backend-level tests."""
    from django.contrib.contenttypes.models import ContentType

    from vnportal.core.text import fold_vietnamese
    from vnportal.search.models import SearchEntry

    n = next(_counter)
    body = fields.pop("body", "")
    fields.setdefault("published_at", timezone.now() - datetime.timedelta(days=days_ago))
    return SearchEntry.objects.create(
        kind=kind,
        content_type=ContentType.objects.get_for_model(SearchEntry),
        object_id=100_000 + n,
        title=title,
        title_folded=fold_vietnamese(title),
        body=body,
        body_folded=fold_vietnamese(body),
        url_path=f"/x/{n}/",
        **fields,
    )
