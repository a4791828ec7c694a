"""Tenant isolation in the Wagtail admin, through the real login form and screens.

An editor of Xã Ba Tơ must see and reach only Xã Ba Tơ: not Phường Cẩm Thành's pages (explorer,
editor, search) nor its media (image and document libraries). Positive controls (own pages, the
operator's view) make sure each refusal is a refusal and not an empty screen.
"""

import pytest

from e2e.conftest import SEEDED_DOCUMENTS, SEEDED_IMAGES
from e2e.pages import AdminExplorer, AdminLoginPage, AdminMediaLibrary, AdminPageSearch
from vnportal.demo.data import PASSWORD

pytestmark = pytest.mark.e2e

#: A word that is in the title of Phường Cẩm Thành's home page and of no Xã Ba Tơ page.
FOREIGN_QUERY = "Cẩm Thành"


def portal_facts(slug: str) -> dict:
    """Ids and titles of one portal's pages, in every language (translations have their own tree)."""
    from django.db.models import Q
    from wagtail.models import Page

    from vnportal.tenancy.models import Portal

    portal = Portal.objects.select_related("root_page", "collection").get(slug=slug)
    root = portal.root_page
    homes = Page.objects.filter(Q(pk=root.pk) | Q(translation_key=root.translation_key, depth=2))
    in_portal = Q(pk__in=[])
    for home in homes:
        in_portal |= Q(path__startswith=home.path)
    return {
        "root_page_id": root.pk,
        "home_titles": set(homes.values_list("title", flat=True)),
        "page_ids": set(Page.objects.filter(in_portal).values_list("pk", flat=True)),
        "section_id": root.get_children().get(slug="gioi-thieu").pk,
        "collection_name": portal.collection.name,
    }


def media_ids(kind: str, titles: dict[str, str]) -> dict[str, int]:
    """Portal slug → id of the seeded image or document of that portal."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    model = get_image_model() if kind == "images" else get_document_model()
    return {titles[o.title]: o.pk for o in model.objects.filter(title__in=titles)}


@pytest.fixture
def bato(demo_server):
    return portal_facts("xabato")


@pytest.fixture
def camthanh(demo_server):
    return portal_facts("camthanh")


@pytest.fixture
def login(new_page):
    """Factory: a fresh desktop browser logged in through the admin login form."""

    def factory(username: str):
        page = new_page()
        login_page = AdminLoginPage(page)
        assert login_page.open().status == 200
        login_page.login(username, PASSWORD)
        return page

    return factory


def assert_refused(response, admin_page) -> None:
    """Wagtail refuses with 403, or by redirecting to the dashboard with a permission error."""
    if response.status == 403:
        return
    assert response.status == 200, response.status
    assert admin_page.path == "/admin/", f"not refused: landed on {admin_page.page.url}"
    assert admin_page.error_messages(), "redirected to the dashboard without a permission error"


def assert_no_foreign_titles(text: str, foreign: dict) -> None:
    shown = [title for title in foreign["home_titles"] if title in text]
    assert not shown, f"another portal's pages shown: {shown}"


def test_editor_explorer_shows_only_own_portal(login, bato, camthanh):
    page = login("bato.bientap")
    explorer = AdminExplorer(page)

    # Where the explorer starts for this user, then inside the portal's home.
    for start in (None, bato["root_page_id"]):
        assert explorer.open(start).status == 200
        listed = explorer.listed_page_ids()
        assert listed, f"the explorer lists nothing at {page.url}"
        assert listed <= bato["page_ids"], f"foreign pages listed: {listed - bato['page_ids']}"
        assert_no_foreign_titles(explorer.main_text(), camthanh)
    assert bato["section_id"] in listed
    assert any(title in explorer.main_text() for title in bato["home_titles"])


@pytest.mark.parametrize("which", ["root_page_id", "section_id"])
def test_editor_cannot_open_a_foreign_page_editor(login, bato, camthanh, which):
    page = login("bato.bientap")
    explorer = AdminExplorer(page)

    # Positive control: the editor does get the form for their own page.
    assert explorer.open_edit(bato[which]).status == 200
    assert explorer.edit_form(bato[which]).count() == 1

    foreign_id = camthanh[which]
    response = explorer.open_edit(foreign_id)
    assert explorer.edit_form().count() == 0
    assert_refused(response, explorer)
    assert_no_foreign_titles(explorer.main_text(), camthanh)


def test_admin_page_search_finds_nothing_of_another_portal(login, camthanh):
    # Positive control: the provincial operator finds Phường Cẩm Thành's home by this word.
    operator = AdminPageSearch(login("dieuhanh"))
    assert operator.search(FOREIGN_QUERY).status == 200
    assert camthanh["root_page_id"] in operator.result_page_ids()

    editor = AdminPageSearch(login("bato.bientap"))
    assert editor.search(FOREIGN_QUERY).status == 200
    assert editor.result_page_ids() == set()
    assert_no_foreign_titles(editor.main_text(), camthanh)


@pytest.mark.parametrize(
    ("kind", "seeded"), [("images", SEEDED_IMAGES), ("documents", SEEDED_DOCUMENTS)]
)
def test_media_library_hides_the_foreign_collection(login, bato, camthanh, kind, seeded):
    ids = media_ids(kind, seeded)
    library = AdminMediaLibrary(login("bato.bientap"), kind)
    assert library.open().status == 200

    listed = library.listed_ids()
    assert ids["xabato"] in listed  # positive control: own media is listed
    assert ids["camthanh"] not in listed
    assert camthanh["collection_name"] not in library.collection_choices()
    assert camthanh["collection_name"] not in library.main_text()
    foreign_title = next(t for t, slug in seeded.items() if slug == "camthanh")
    assert foreign_title not in library.main_text()

    response = library.open_item(ids["camthanh"])
    assert_refused(response, library)
    assert foreign_title not in library.main_text()
