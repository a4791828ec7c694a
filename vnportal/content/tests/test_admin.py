"""The board's content screens: scoped to the user's portals."""

from django.urls import reverse

from vnportal.content.models import ConsultationComment, PageRating
from vnportal.content.services import moderate_comment


def test_section_status_lists_placeholders_of_my_portal_only(client, board, make_portal):
    make_portal("xa-khac", path="xa-khac")
    client.force_login(board["editor"])
    html = client.get(reverse("vnportal_content:sections")).content.decode()
    assert "Còn nội dung mẫu" in html
    assert "Xã Bato" in html or "bato" in html.lower()
    assert "Xa-Khac" not in html and "xa-khac" not in html


def test_rating_summary_counts_per_page(client, board, bato):
    home = bato.root_page
    for score in (5, 5, 3):
        PageRating.objects.create(portal=bato, page=home, score=score)
    client.force_login(board["board_head"])
    html = client.get(reverse("vnportal_content:ratings")).content.decode()
    assert "4.33" in html or "4,33" in html


def test_moderation_is_audited(client, bato, board):
    from django.core.files.base import ContentFile
    from django.utils import timezone
    from wagtail.documents.models import Document

    from vnportal.content.bulk import add_published
    from vnportal.content.models import ConsultationIndexPage, ConsultationPage
    from vnportal.security.models import AuditEntry

    draft = Document.objects.create(title="Dự thảo", file=ContentFile(b"%PDF-1.4", name="d.pdf"))
    index = ConsultationIndexPage.objects.descendant_of(bato.root_page).get()
    page = add_published(
        index,
        ConsultationPage(
            title="Dự thảo",
            slug="du-thao",
            summary="<p>x</p>",
            drafting_agency="VP",
            draft_document=draft,
            closes_at=timezone.now() + timezone.timedelta(days=3),
        ),
    )
    comment = ConsultationComment.objects.create(
        portal=bato, consultation=page, name="A", body="Góp ý dài đủ"
    )
    client_html = None
    moderate_comment(comment, status="published", by=board["editor"])
    assert AuditEntry.objects.filter(action="content.comment_moderated").exists()
    assert list(page.comments.published()) == [comment]
    client.force_login(board["editor"])
    client_html = client.get(reverse("vnportal_content:comments") + "?trang-thai=published")
    assert "Góp ý dài đủ" in client_html.content.decode()
