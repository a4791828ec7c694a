"""Contributor drafts → editor reviews → board head approves and publishes, inside one portal.

Driven through the Wagtail admin views, as a board member would, so permissions, the workflow
assigned to the portal and the form checks are all exercised.
"""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from vnportal.content.models import AnnouncementIndexPage, ArticlePage, UrgentPublication
from vnportal.security.models import AuditEntry

from .conftest import HOST


def article_data(title="Mưa lũ gây sạt lở tại thôn Gò Nghênh", **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": "mua-lu-gay-sat-lo",
            "lead": "Mưa lớn kéo dài gây sạt lở 200 m đường liên thôn.",
            "body": streamfield([("paragraph", rich_text("<p>Chính quyền đã khắc phục.</p>"))]),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
            "tags": "",
            "author": "Minh Thư",
            "source": "",
            "image_caption": "",
            "display_date": "",
            "go_live_at": "",
            "expire_at": "",
            "urgent_reason": "",
        }
    )
    data.update(extra)
    return data


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("content", "articlepage", parent.pk))


def workflow_action(client, page, action, comment=""):
    state = WorkflowState.objects.get(
        base_content_type_id=page.content_type.pk and page.get_base_content_type().pk,
        object_id=str(page.pk),
        status="in_progress",
    )
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment} if comment else {})


def public_status(client, page):
    page = Page.objects.get(pk=page.pk)
    return client.get(page.specific.get_url(), HTTP_HOST=HOST).status_code


def test_contributor_editor_board_head_publishes_and_notifies(client, board, channel):
    client.force_login(board["contributor"])
    response = client.post(add_url(channel), article_data(**{"action-submit": "1"}))
    assert response.status_code == 302, (
        response.context["form"].errors,
        [f.errors for f in response.context["form"].formsets.values()],
    )
    article = ArticlePage.objects.child_of(channel).get()
    assert not article.live
    assert article.workflow_in_progress
    # Editors of this portal were told a page awaits them.
    assert any("editor@bato.example.org" in m.to for m in mail.outbox)

    client.force_login(board["editor"])
    assert workflow_action(client, article, "approve").status_code == 302
    article.refresh_from_db()
    assert not article.live  # the board head has not approved yet
    assert any("board_head@bato.example.org" in m.to for m in mail.outbox)

    client.force_login(board["board_head"])
    assert workflow_action(client, article, "approve").status_code == 302
    article.refresh_from_db()
    assert article.live
    client.logout()
    assert public_status(client, article) == 200
    # The author hears about the approval.
    assert any("contributor@bato.example.org" in m.to for m in mail.outbox)


def test_rejected_draft_stays_invisible_and_carries_the_comment(client, board, channel):
    client.force_login(board["contributor"])
    client.post(add_url(channel), article_data(**{"action-submit": "1"}))
    article = ArticlePage.objects.child_of(channel).get()

    client.force_login(board["editor"])
    response = workflow_action(client, article, "reject", comment="Cần ghi rõ số liệu thiệt hại.")
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live
    state = WorkflowState.objects.filter(object_id=str(article.pk)).latest("created_at")
    assert state.status == "needs_changes"
    assert state.current_task_state.comment == "Cần ghi rõ số liệu thiệt hại."
    client.logout()
    assert public_status(client, article) == 404


def test_contributor_cannot_publish(client, board, channel):
    client.force_login(board["contributor"])
    client.post(add_url(channel), article_data(**{"action-publish": "1", "urgent_reason": "x"}))
    assert not ArticlePage.objects.child_of(channel).filter(live=True).exists()


def test_editor_of_another_portal_cannot_approve(client, board, channel, make_portal):
    from vnportal.accounts.services import add_member, create_staff_user

    other = make_portal("xa-khac", path="xa-khac")
    stranger = create_staff_user("khac-editor", "Mat-khau-dai-2026", email="khac@example.org")
    add_member(other, stranger, "editor")
    client.force_login(board["contributor"])
    client.post(add_url(channel), article_data(**{"action-submit": "1"}))
    article = ArticlePage.objects.child_of(channel).get()
    client.force_login(stranger)
    response = workflow_action(client, article, "approve")
    assert response.status_code in (302, 403)
    state = WorkflowState.objects.get(object_id=str(article.pk), status="in_progress")
    assert state.current_task_state.task.name.endswith("Biên tập viên xem xét")


def test_publishing_past_the_workflow_needs_a_reason_and_is_recorded(client, board, channel):
    client.force_login(board["board_head"])
    response = client.post(
        add_url(channel), article_data(title="Thông báo khẩn", **{"action-publish": "1"})
    )
    assert response.status_code == 200  # the form again, with the error on the field
    assert "urgent_reason" in response.context["form"].errors
    assert not ArticlePage.objects.child_of(channel).exists()

    reason = "Bão số 5 đổ bộ trong đêm; cần thông báo sơ tán ngay."
    response = client.post(
        add_url(channel),
        article_data(title="Thông báo khẩn", **{"action-publish": "1", "urgent_reason": reason}),
    )
    assert response.status_code == 302
    article = ArticlePage.objects.child_of(channel).get()
    assert article.live
    item = UrgentPublication.objects.get(page=article)
    assert item.reason == reason and item.reviewed_at is None
    assert AuditEntry.objects.filter(
        action="content.urgent_publish", target_id=str(article.pk)
    ).exists()


def test_operator_reviews_urgent_publications(client, board, channel, db):
    from vnportal.accounts.services import create_staff_user, make_operator

    client.force_login(board["board_head"])
    client.post(add_url(channel), article_data(**{"action-publish": "1", "urgent_reason": "Khẩn"}))
    item = UrgentPublication.objects.get()
    operator = create_staff_user("dieuhanh", "Mat-khau-dai-2026")
    make_operator(operator)
    client.force_login(operator)
    listing = client.get(reverse("vnportal_content:urgent"))
    assert item.page_title in listing.content.decode()
    client.post(reverse("vnportal_content:review_urgent", args=(item.pk,)), {"note": "Hợp lý"})
    item.refresh_from_db()
    assert item.reviewed_by == operator
    # Board heads see the list but cannot mark it reviewed.
    item.reviewed_at = item.reviewed_by = None
    item.save()
    client.force_login(board["board_head"])
    assert client.post(reverse("vnportal_content:review_urgent", args=(item.pk,))).status_code in (
        302,
        403,
    )
    item.refresh_from_db()
    assert item.reviewed_at is None


def test_bulk_publish_is_refused_inside_a_workflow(client, board, channel):
    from .conftest import make_article

    draft = make_article(channel)
    draft.unpublish()
    client.force_login(board["board_head"])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={draft.pk}", {})
    draft.refresh_from_db()
    assert not draft.live
    assert response.status_code in (302, 200)


def test_scheduled_publish_time_in_the_past_is_refused_on_the_field(client, board, channel):
    past = (timezone.localtime() - datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    client.force_login(board["contributor"])
    response = client.post(
        add_url(channel), article_data(go_live_at=past, **{"action-submit": "1"})
    )
    assert response.status_code == 200
    assert "go_live_at" in response.context["form"].errors
    assert not ArticlePage.objects.exists()


def test_announcement_expiry_in_the_past_is_refused(client, board, bato):
    index = AnnouncementIndexPage.objects.descendant_of(bato.root_page).get()
    past = (timezone.localtime() - datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    data = nested_form_data(
        {
            "title": "Thông báo",
            "slug": "thong-bao-moi",
            "body": rich_text("<p>Nội dung</p>"),
            "valid_until": past,
            "comments": inline_formset([]),
            "go_live_at": "",
            "expire_at": "",
            "urgent_reason": "",
        }
    )
    data["action-submit"] = "1"
    client.force_login(board["contributor"])
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("content", "announcementpage", index.pk)), data
    )
    assert response.status_code == 200
    assert "valid_until" in response.context["form"].errors


@pytest.mark.parametrize("role", ["contributor", "editor"])
def test_urgent_reason_field_is_hidden_from_those_who_cannot_publish(client, board, channel, role):
    client.force_login(board[role])
    html = client.get(add_url(channel)).content.decode()
    assert 'name="urgent_reason"' not in html
    client.force_login(board["board_head"])
    assert 'name="urgent_reason"' in client.get(add_url(channel)).content.decode()
