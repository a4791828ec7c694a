"""Template tags for the portal layout. Each costs at most one query per request.

Menus, breadcrumbs and the language switch read plain `Page` rows (not `.specific()`, which costs one
query per page type) and build their URLs with :func:`vnportal.content.models.page_url`, which
knows about portals mounted under a path of the provincial portal.
"""

from urllib.parse import quote

from django import template
from django.conf import settings
from django.urls import get_script_prefix
from django.utils import translation
from wagtail.models import Page

from vnportal.content.forms import RatingForm
from vnportal.content.models import locale_code, page_url

register = template.Library()

_URL_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "locale_id", "translation_key")


def _language() -> str:
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _home_prefix() -> str:
    """The portal home URL in the active language: `/`, `/en/`, `/xa-ba-to/`, `/xa-ba-to/en/`."""
    prefix = get_script_prefix()
    language = _language()
    if language != settings.LANGUAGE_CODE:
        return f"{prefix}{language}/"
    return prefix


def _localized_root(request):
    """The portal's home in the active language (its translated sibling), or the Vietnamese one."""
    portal = getattr(request, "portal", None)
    if portal is None:
        return None
    language = _language()
    cache_attr = f"_vnportal_root_{language}"
    if not hasattr(request, cache_attr):
        root = portal.root_page
        if language != settings.LANGUAGE_CODE:
            translated = (
                Page.objects.filter(
                    depth=2,
                    translation_key=root.translation_key,
                    locale__language_code=language,
                    live=True,
                )
                .only(*_URL_FIELDS)
                .first()
            )
            root = translated or root
        setattr(request, cache_attr, root)
    return getattr(request, cache_attr)


@register.simple_tag(takes_context=True)
def portal_menu(context):
    """Top-level sections of the current portal marked 'show in menus', in tree order."""
    request = context.get("request")
    root = _localized_root(request) if request is not None else None
    if root is None:
        return []
    cache_attr = f"_vnportal_menu_{_language()}"
    if not hasattr(request, cache_attr):
        pages = Page.objects.child_of(root).live().public().in_menu().only(*_URL_FIELDS)
        items = [{"title": p.title, "url": page_url(p, request), "id": p.pk} for p in pages]
        setattr(request, cache_attr, items)
    return getattr(request, cache_attr)


@register.simple_tag(takes_context=True)
def portal_home_url(context):
    return _home_prefix() if context.get("request") is not None else "/"


@register.simple_tag
def portal_root_url():
    """The portal's root in no particular language (where sitemap.xml and robots.txt live)."""
    return get_script_prefix()


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Ancestors below the Wagtail root (depth 2 is the portal home), as title and URL."""
    if page is None or page.depth <= 2:
        return []
    request = context.get("request")
    ancestors = page.get_ancestors().filter(depth__gte=2).only(*_URL_FIELDS)
    return [{"title": a.title, "url": page_url(a, request)} for a in ancestors]


@register.simple_tag(takes_context=True)
def page_link(context, page):
    """URL of any page row (specific or not), right for path portals."""
    return page_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the page's translation, else the same address in that language.

    An address with no translation behind it answers with the "not yet translated" notice and a
    link back to the Vietnamese page, never a 404.
    """
    request = context.get("request")
    if request is None:
        return []
    current = _language()
    path = request.path_info.lstrip("/")
    first, _sep, rest = path.partition("/")
    if first in dict(settings.LANGUAGES) and first != settings.LANGUAGE_CODE:
        path = rest
    prefix = get_script_prefix()
    urls = {
        code: prefix + ("" if code == settings.LANGUAGE_CODE else f"{code}/") + path
        for code, _name in settings.LANGUAGES
    }
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        for other in (
            Page.objects.filter(translation_key=page.translation_key).live().only(*_URL_FIELDS)
        ):
            code = locale_code(other.locale_id)
            if code in urls:
                with translation.override(code):
                    url = page_url(other, request)
                if url:
                    urls[code] = url
    return [
        {"code": code, "name": name, "url": urls[code], "current": code == current}
        for code, name in settings.LANGUAGES
    ]


@register.inclusion_tag("content/includes/dublin_core.html", takes_context=True)
def dublin_core(context, page):
    request = context.get("request")
    meta = page.dublin_core(request) if hasattr(page, "dublin_core") else {}
    return {"dc": meta}


@register.inclusion_tag("content/includes/rating.html", takes_context=True)
def rating_form(context, page):
    request = context.get("request")
    status = request.GET.get("danh-gia") if request is not None else None
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "page": page,
        "form": RatingForm(initial={"page": page.pk}),
        "action": _home_prefix() + "danh-gia/",
        "status": status,
    }


@register.inclusion_tag("content/includes/share.html", takes_context=True)
def share_links(context, page, print_url=""):
    request = context.get("request")
    url = page.get_full_url(request) or ""
    if url.startswith("/") and request is not None:
        url = request.build_absolute_uri(url)
    encoded = quote(url, safe="")
    title = quote(page.title, safe="")
    return {
        "url": url,
        "links": [
            ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={encoded}"),
            ("X", f"https://twitter.com/intent/tweet?url={encoded}&text={title}"),
        ],
        "mailto": f"mailto:?subject={title}&body={encoded}",
        "print_url": print_url,
    }


@register.filter
def has_placeholder(value) -> bool:
    from vnportal.content.mandatory import has_placeholder_marker

    return has_placeholder_marker(value)


@register.filter
def portal_name(portal, language) -> str:
    return portal.display_name(language) if portal else ""


@register.filter
def is_portal_page(page) -> bool:
    from vnportal.content.models import PortalPage

    return isinstance(page, PortalPage) and bool(page.pk)


@register.simple_tag(takes_context=True)
def route_url(context, page, name, *args):
    """URL of a sub-route of a routable page (`rss/`, `ban-in/`), right for path portals.

    Our own tag because wagtail's `routablepageurl` library needs the routable_page app installed,
    and it would not know about path portals anyway.
    """
    base = page_url(page, context.get("request")) or ""
    return base + page.reverse_subpage(name, args=args)
