"""Views: the public form posts (rating, consultation comment) and the board's admin screens.

Public posts are routes of pages (no project URL needed): the rating posts to the portal home's
`danh-gia/`, a comment to its draft's `gop-y/`. Both answer with a redirect (post/redirect/get), so
a reload never submits twice.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from vnportal.tenancy.access import editable_portal_ids, is_operator, portal_ids_visible_to
from vnportal.tenancy.choices import BoardRole
from vnportal.tenancy.models import Portal

from . import monitoring, services
from .choices import CommentStatus
from .forms import ConsultationCommentForm, RatingForm
from .models import ConsultationComment, PageRating, UrgentPublication, page_url


def _back_to(request, page, fragment: str, query: str):
    url = page_url(page, request) if page is not None else None
    if not url or not url_has_allowed_host_and_scheme(url, {request.get_host()}):
        url = "/"
    return HttpResponseRedirect(f"{url}?{query}#{fragment}", status=303)


def rate_page(request, home):
    """POST a satisfaction rating for one page of this portal; stores no personal identifier."""
    if request.method != "POST":
        return redirect(page_url(home, request) or "/")
    form = RatingForm(request.POST)
    page = None
    if form.is_valid():
        page = Page.objects.filter(pk=form.cleaned_data["page"]).first()
        try:
            services.rate_page(
                portal=getattr(request, "portal", None),
                page_id=form.cleaned_data["page"],
                score=form.cleaned_data["score"],
                client=services.client_key(request),
            )
        except services.RateLimited:
            return _back_to(request, page, "danh-gia", "danh-gia=da-ghi-nhan")
        except ValidationError:
            return _back_to(request, home, "danh-gia", "danh-gia=loi")
        return _back_to(request, page, "danh-gia", "danh-gia=cam-on")
    page_id = request.POST.get("page", "")
    if page_id.isdigit():
        page = Page.objects.filter(pk=int(page_id)).first()
    return _back_to(request, page or home, "danh-gia", "danh-gia=loi")


def submit_comment(request, consultation):
    if request.method != "POST":
        return redirect(page_url(consultation, request) or "/")
    form = ConsultationCommentForm(request.POST)
    if form.is_valid():
        if form.cleaned_data.get("website"):
            return _back_to(request, consultation, "gop-y", "gop-y=da-gui")
        try:
            services.submit_comment(
                portal=request.portal,
                consultation=consultation,
                data=form.cleaned_data,
                client=services.client_key(request),
            )
        except services.RateLimited:
            form.add_error(None, _("Bạn đã gửi nhiều góp ý trong thời gian ngắn; hãy thử lại sau."))
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            return _back_to(request, consultation, "gop-y", "gop-y=da-gui")
    response = consultation.render(request, context_overrides={"comment_form": form})
    response.status_code = 400
    return response


# --- Admin screens --------------------------------------------------------------------------------


def _paginate(request, queryset, per_page=50):
    return Paginator(queryset, per_page).get_page(request.GET.get("p"))


def _board_portal_ids(user, roles=None):
    from vnportal.tenancy.access import member_portal_ids

    if is_operator(user):
        return set(Portal.objects.values_list("pk", flat=True))
    return member_portal_ids(user, roles)


def urgent_publications(request):
    """Pages published past the workflow, newest first; operators review them."""
    portal_ids = portal_ids_visible_to(request.user)
    items = (
        UrgentPublication.objects.for_portals(portal_ids)
        .select_related("portal", "published_by", "reviewed_by", "page")
        .order_by("reviewed_at", "-published_at")
    )
    if request.GET.get("tat-ca") != "1":
        items = items.awaiting_review()
    return render(
        request,
        "content/admin/urgent_publications.html",
        {
            "items": _paginate(request, items),
            "can_review": is_operator(request.user),
            "show_all": request.GET.get("tat-ca") == "1",
        },
    )


@require_POST
def review_urgent_publication(request, pk):
    if not is_operator(request.user):
        raise PermissionDenied
    item = get_object_or_404(UrgentPublication, pk=pk)
    try:
        services.review_urgent_publication(item, by=request.user, note=request.POST.get("note", ""))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Đã đánh dấu đã rà soát: %(title)s") % {"title": item.page_title}
        )
    return redirect("vnportal_content:urgent")


def ratings(request):
    """Aggregated satisfaction ratings per page of the user's portals."""
    portal_ids = portal_ids_visible_to(request.user)
    rows = PageRating.objects.filter(portal_id__in=portal_ids).summary_by_page()
    return render(request, "content/admin/ratings.html", {"rows": _paginate(request, rows)})


def comments(request):
    """Consultation comments waiting for (or past) the board's check."""
    portal_ids = _board_portal_ids(request.user, {BoardRole.EDITOR, BoardRole.BOARD_HEAD})
    status = request.GET.get("trang-thai") or CommentStatus.PENDING
    items = (
        ConsultationComment.objects.filter(portal_id__in=portal_ids, status=status)
        .select_related("portal", "consultation")
        .order_by("-submitted_at")
    )
    return render(
        request,
        "content/admin/comments.html",
        {"items": _paginate(request, items), "status": status, "statuses": CommentStatus.choices},
    )


@require_POST
def moderate(request, pk):
    portal_ids = _board_portal_ids(request.user, {BoardRole.EDITOR, BoardRole.BOARD_HEAD})
    comment = get_object_or_404(ConsultationComment, pk=pk, portal_id__in=portal_ids)
    try:
        services.moderate_comment(comment, status=request.POST.get("status", ""), by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Đã cập nhật góp ý."))
    return redirect("vnportal_content:comments")


def section_status(request):
    """Mandatory sections of each of the user's portals: missing, placeholder, empty, stale English."""
    portal_ids = editable_portal_ids(request.user) | portal_ids_visible_to(request.user)
    portals = list(
        Portal.objects.filter(pk__in=portal_ids)
        .select_related("unit", "root_page")
        .order_by("slug")
    )
    chosen = request.GET.get("cong")
    if chosen:
        portals = [p for p in portals if p.slug == chosen]
    reports = monitoring.section_report(portals)
    only_problems = request.GET.get("tat-ca") != "1"
    rows = [
        (portal, [s for s in reports[portal.pk] if not only_problems or s.problem])
        for portal in portals
    ]
    return render(
        request,
        "content/admin/section_status.html",
        {"rows": rows, "only_problems": only_problems, "chosen": chosen},
    )
