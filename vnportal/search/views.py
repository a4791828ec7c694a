"""The search page of every portal (``/tim-kiem/``), replacing the basic page search.

A component portal searches its own records and the procedures it applies; the provincial portal
searches every public portal and adds a portal/unit filter. The query count is bounded: the count
and the page of hits, the filter options (cached) and, on the province page, the portal list.
"""

from django.core.cache import cache
from django.shortcuts import render
from django.urls import get_script_prefix
from django.utils.http import urlencode

from vnportal.core.text import fold_vietnamese

from . import services
from .forms import SearchForm
from .models import SearchEntry
from .query import MAX_QUERY, highlight, snippet

FIELD_CHOICES_KEY = "search:field-choices"
FIELD_CHOICES_TTL = 600


def field_choices() -> list[tuple[str, str]]:
    """Fields (lĩnh vực) present in the index, cached: they change only when a new field is used."""
    choices = cache.get(FIELD_CHOICES_KEY)
    if choices is None:
        rows = (
            SearchEntry.objects.live()
            .exclude(field="")
            .values_list("field", "field_label")
            .distinct()
            .order_by("field_label")
        )
        seen, choices = set(), []
        for code, label in rows:
            if code not in seen:
                seen.add(code)
                choices.append((code, label))
        cache.set(FIELD_CHOICES_KEY, choices, FIELD_CHOICES_TTL)
    return choices


def portal_choices():
    from vnportal.tenancy.models import Portal

    return list(
        Portal.objects.public()
        .filter(is_provincial=False)
        .order_by("name_vi")
        .values_list("slug", "name_vi")
    )


def result_url(entry, portal) -> str:
    """The link of a hit: relative to this portal when it is its own (or a shared procedure),
    else the owning portal's public address (its path on the provincial host when it has one)."""
    if entry.portal_id is None or entry.portal_id == portal.pk:
        return get_script_prefix() + entry.url_path.lstrip("/")
    other = entry.portal
    if other.path:
        return f"/{other.path}{entry.url_path}"
    return other.get_public_url() + entry.url_path.lstrip("/")


def portal_search(request):
    portal = getattr(request, "portal", None)
    province = bool(portal and portal.is_provincial)
    portals = portal_choices() if province else None
    form = SearchForm(request.GET or None, field_choices=field_choices(), portal_choices=portals)
    data = form.cleaned() if form.is_bound else {}
    raw = (request.GET.get("q") or "")[:MAX_QUERY].strip()
    only_portal = None
    if province and data.get("cong"):
        from vnportal.tenancy.models import Portal

        only_portal = Portal.objects.public().filter(slug=data["cong"]).first()
    filters = services.Filters(
        kind=data.get("loai") or "",
        field=data.get("linh_vuc") or "",
        date_from=data.get("tu_ngay"),
        date_to=data.get("den_ngay"),
    )
    try:
        page = int(request.GET.get("page") or 1)
    except (TypeError, ValueError):
        page = 1
    entries = services.visible_entries(portal, only_portal=only_portal)
    results = services.search(entries, raw, filters, page)
    for hit in results.hits:
        hit.url = result_url(hit.entry, portal)
        hit.title_html = highlight(hit.entry.title, results.parsed)
        hit.snippet_html = snippet(hit.entry.body_head, results.parsed)
    params = {k: v for k, v in request.GET.items() if k != "page" and v}
    folded = fold_vietnamese(raw)
    context = {
        "form": form,
        "query": raw,
        "results": results,
        "searched": not results.parsed.is_empty,
        "province_wide": province,
        "querystring": urlencode(params),
        "unaccented_query": urlencode({"q": folded}) if folded != raw.lower() else "",
    }
    return render(request, "search/search.html", context)
