"""A new portal has every mandatory section from birth, marked as placeholders where facts are due."""

from wagtail.models import GroupPagePermission, Page, WorkflowPage

from vnportal.content import monitoring
from vnportal.content.mandatory import SECTIONS, english_sections, sections_for
from vnportal.content.models import (
    AnnouncementIndexPage,
    ContactPage,
    DisclosurePage,
    IntroductionPage,
    PortalPage,
)


def _children(portal, locale="vi"):
    root = portal.root_page
    if locale != "vi":
        root = Page.objects.get(
            depth=2, translation_key=root.translation_key, locale__language_code=locale
        )
    return {p.slug: p for p in Page.objects.child_of(root).specific()}


def test_every_mandatory_section_exists_with_its_structured_page_type(bato):
    pages = _children(bato)
    for section in sections_for(bato.unit.unit_type):
        page = pages[section.slug]
        assert page._meta.label == section.page_type, section.key
        assert page.section_key == section.key
        assert page.live
    assert AnnouncementIndexPage.objects.descendant_of(bato.root_page).live().exists()


def test_facts_are_placeholders_and_listings_are_honestly_empty(bato):
    pages = _children(bato)
    assert pages["gioi-thieu"].is_placeholder
    assert pages["lien-he"].is_placeholder
    assert bato.root_page.specific.is_placeholder
    # Listing sections start with a real description and no sample items.
    assert not pages["van-ban"].is_placeholder
    assert not pages["tin-tuc"].is_placeholder


def test_english_home_and_required_sections_exist_as_english_placeholders(bato):
    english = _children(bato, "en")
    for section in english_sections(bato.unit.unit_type):
        page = english[section.slug]
        assert page.title == section.title_en
        assert page.live
        if section.key != "procedures":
            assert page.is_placeholder
            assert any(
                "[PLACEHOLDER]" in str(getattr(page, f)) for f in page.placeholder_field_names()
            )
    assert "so-do-cong" in english


def test_each_portal_has_its_own_two_step_workflow_on_both_language_trees(bato):
    link = WorkflowPage.objects.get(page=bato.root_page)
    tasks = [t.specific for t in link.workflow.tasks.order_by("workflow_tasks__sort_order")]
    groups = {pg.role: pg.group for pg in bato.groups.all()}
    assert [list(t.groups.all()) for t in tasks] == [[groups["editor"]], [groups["board_head"]]]
    english_home = Page.objects.get(
        depth=2, translation_key=bato.root_page.translation_key, locale__language_code="en"
    )
    assert WorkflowPage.objects.get(page=english_home).workflow == link.workflow
    assert GroupPagePermission.objects.filter(page=english_home, group=groups["editor"]).exists()


def test_workflow_of_one_portal_does_not_reach_another(make_portal):
    a = make_portal("xa-a", path="xa-a")
    b = make_portal("xa-b", path="xa-b")
    page_a = IntroductionPage.objects.descendant_of(a.root_page).get()
    page_b = IntroductionPage.objects.descendant_of(b.root_page).get()
    assert page_a.get_workflow() != page_b.get_workflow()
    a_groups = set(page_a.get_workflow().tasks.values_list("groupapprovaltask__groups", flat=True))
    b_groups = {pg.group_id for pg in b.groups.all()}
    assert not a_groups & b_groups


def test_monitoring_reports_placeholders_until_replaced(bato):
    states = {s.section.key: s for s in monitoring.section_report([bato])[bato.pk]}
    assert set(states) == {"home"} | {s.key for s in sections_for(bato.unit.unit_type)}
    assert states["introduction"].state == "placeholder"
    assert states["introduction"].english == "placeholder"
    assert states["news"].state == "empty"
    assert states["sitemap"].state == "ok"

    contact = ContactPage.objects.descendant_of(bato.root_page).get(locale__language_code="vi")
    contact.contact_name = "Đinh Thị Lan"
    contact.contact_position = "Công chức Văn phòng - Thống kê"
    contact.contact_phone = "0255 3863 008"
    contact.contact_email = "lan@quangngai.gov.vn"
    contact.save_revision().publish()
    states = {s.section.key: s for s in monitoring.section_report([bato])[bato.pk]}
    assert states["contact"].state == "ok"
    assert states["contact"].english == "placeholder"
    assert "contact" not in {
        s.section.key for s in monitoring.placeholder_pages(bato) if s.state == "placeholder"
    }


def test_monitoring_cost_does_not_grow_with_portals(make_portal, django_assert_max_num_queries):
    portals = [make_portal(f"xa-{i}", path=f"xa-{i}") for i in range(3)]
    for p in portals:
        p.root_page  # noqa: B018 - loaded by select_related in real callers
    limit = len({s.page_type for s in SECTIONS}) + 5
    with django_assert_max_num_queries(limit):
        report = monitoring.section_report(portals)
    assert len(report) == 3


def test_disclosure_sections_are_the_generic_type(bato):
    assert (
        DisclosurePage.objects.descendant_of(bato.root_page).filter(section_key="budget").exists()
    )
    assert all(isinstance(p, PortalPage) for p in _children(bato).values())
