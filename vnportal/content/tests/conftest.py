"""Builders for content tests: a commune portal with its board, channels and articles."""

import itertools

import pytest
from wagtail.models import Page

from vnportal.accounts.services import add_member, create_staff_user
from vnportal.content.bulk import add_published
from vnportal.content.models import ArticlePage, NewsChannelPage, NewsIndexPage
from vnportal.tenancy.choices import BoardRole

HOST = "bato.quangngai.gov.vn"
_counter = itertools.count(1)


@pytest.fixture
def bato(make_portal):
    """Xã Ba Tơ: reachable at its own host and at /xa-ba-to/ on the provincial host."""
    return make_portal("bato", host=HOST, path="xa-ba-to")


@pytest.fixture
def board(bato):
    """One user per board role of Xã Ba Tơ, each with an e-mail for notifications."""
    users = {}
    for role in BoardRole.values:
        user = create_staff_user(
            f"bato-{role}", "Mat-khau-dai-2026", email=f"{role}@bato.example.org"
        )
        add_member(bato, user, role)
        users[role] = user
    return users


def news_index(portal) -> NewsIndexPage:
    return NewsIndexPage.objects.child_of(portal.root_page).get()


def make_channel(portal, title="Tin hoạt động", slug=None) -> NewsChannelPage:
    channel = NewsChannelPage(title=title, slug=slug or f"kenh-{next(_counter)}")
    return add_published(news_index(portal), channel)


def make_article(parent: Page, title=None, **fields) -> ArticlePage:
    n = next(_counter)
    fields.setdefault("lead", "Tóm tắt tin bài thử nghiệm đủ dài để hiển thị.")
    fields.setdefault("body", [("paragraph", "<p>Nội dung tin bài.</p>")])
    article = ArticlePage(title=title or f"Tin số {n}", slug=f"tin-{n}", **fields)
    return add_published(parent, article)


def path_of(page) -> str:
    """A page's path on its portal's own host (e.g. /tin-tuc/kenh-1/tin-2/)."""
    return "/" + page.url_path.split("/", 2)[2]


@pytest.fixture
def channel(bato):
    return make_channel(bato)
