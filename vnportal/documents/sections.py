"""What the registries put into the content sections of a portal (one entry point for all three).

The mandatory sections "Văn bản chỉ đạo điều hành", "Thủ tục hành chính", "Quy hoạch", "Dự án
đầu tư", "Đấu thầu", "Mua sắm công" and "Công khai ngân sách" are content pages (so boards can
write an introduction and add links), but their substance is registry records. A section page asks
:func:`registry_items` for ready-to-render snippets: the latest records of its portal and a link to
the full, filterable registry, marked up with the public theme's own classes (card, button-link)
so no extra stylesheet is needed. Monitoring can call :func:`section_counts` to see whether a section
is fed. Unknown section keys give nothing, so the content app never has to know which keys exist.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

DOCUMENT_SECTIONS = {"directive_documents"}
PROCEDURE_SECTIONS = {"procedures", "online_services"}


def _dataset_model(section_key: str):
    from vnportal.datasets.models import KINDS

    for model in KINDS.values():
        if model.section_key == section_key:
            return model
    return None


def _list(items, more_url, more_label):
    lines = format_html_join(
        "\n",
        '<li class="card"><div><h3 class="card-title"><a href="{}">{}</a></h3>'
        '<p class="card-meta">{}</p></div></li>',
        items,
    )
    return format_html(
        '<ol class="link-list" data-testid="registry-items">{}</ol>'
        '<p><a class="button-link" href="{}">{}</a></p>',
        lines,
        more_url,
        more_label,
    )


def registry_items(section_key: str, portal, *, limit: int = 5) -> list:
    """Safe HTML snippets for the section `section_key` of `portal` (empty list if none)."""
    if portal is None:
        return []
    if section_key in DOCUMENT_SECTIONS:
        from .models import LegalDocument

        docs = (
            LegalDocument.objects.visible_on(portal)
            .for_listing()
            .order_by("-issue_date", "-pk")[:limit]
        )
        items = [
            (
                reverse("documents:detail", args=[d.pk]),
                f"{d.get_doc_type_display()} {d.number_symbol}: {d.abstract[:160]}",
                _("Ban hành %(d)s") % {"d": d.issue_date.strftime("%d/%m/%Y")},
            )
            for d in docs
        ]
        url, label = reverse("documents:index"), _("Tra cứu tất cả văn bản")
    elif section_key in PROCEDURE_SECTIONS:
        from vnportal.procedures.models import Procedure

        qs = Procedure.objects.visible_on(portal).for_listing()
        if section_key == "online_services":
            qs = qs.exclude(online_level="khong")
        items = [
            (
                reverse("procedures:detail", args=[p.code]),
                p.name,
                f"{p.code} · {p.get_online_level_display()}",
            )
            for p in qs.order_by("-updated_at", "code")[:limit]
        ]
        url, label = reverse("procedures:index"), _("Tra cứu tất cả thủ tục hành chính")
    else:
        model = _dataset_model(section_key)
        if model is None:
            return []
        records = (
            model.objects.visible_on(portal)
            .defer("search_text")
            .order_by("-year", "-updated_at")[:limit]
        )
        items = [(r.get_absolute_url(), r.title, str(r.year)) for r in records]
        url = reverse("datasets:list", args=[model.kind])
        label = _("Xem tất cả: %(kind)s") % {"kind": model.kind_label}
    if not items:
        return []
    return [_list(items, url, label)]


def section_counts(portal) -> dict[str, int]:
    """Public records behind each section key of `portal` (for monitoring)."""
    from vnportal.datasets.models import KINDS
    from vnportal.procedures.models import Procedure

    from .models import LegalDocument

    counts = {"directive_documents": LegalDocument.objects.visible_on(portal).count()}
    procedures = Procedure.objects.visible_on(portal)
    counts["procedures"] = procedures.count()
    counts["online_services"] = procedures.exclude(online_level="khong").count()
    for model in KINDS.values():
        counts[model.section_key] = model.objects.visible_on(portal).count()
    return counts
