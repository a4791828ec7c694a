"""Build the standard tree of a new portal: a home page and every mandatory section."""

from django.utils import timezone
from wagtail.models import Locale, Page

from .mandatory import PLACEHOLDER_TEXT, sections_for
from .models import HomePage, SectionPage


def build_home(*, title: str, slug: str) -> HomePage:
    root = Page.get_first_root_node()
    home = HomePage(
        title=title,
        slug=slug,
        locale=Locale.get_default(),
        intro=f"<p>{PLACEHOLDER_TEXT}</p>",
        is_placeholder=True,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def build_sections(home: HomePage, unit_type: str) -> list[SectionPage]:
    """One placeholder page per mandatory section that applies to this kind of unit today."""
    pages = []
    for section in sections_for(unit_type, timezone.localdate()):
        page = SectionPage(
            title=section.title_vi,
            slug=section.slug,
            section_key=section.key,
            body=f"<p>{PLACEHOLDER_TEXT}</p>",
            is_placeholder=True,
            show_in_menus=section.in_menu,
            locale=home.locale,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages


def build_portal_content(portal) -> None:
    """Everything the content domain sets up for a new portal (called by tenancy.create_portal)."""
    build_sections(portal.root_page.specific, portal.unit.unit_type)
