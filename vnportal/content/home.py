"""What a portal's home page shows, each block in a fixed number of queries.

Kept apart from the page model so the provincial home's cross-portal listing (the one place where
content of several portals meets) is easy to find and to review for isolation: it only ever reads
live, public articles of portals whose status is public.
"""

from django.db.models import Q
from wagtail.models import Page

from vnportal.tenancy.models import Portal
from vnportal.tenancy.urls_helpers import portal_base_url

from .mandatory import SECTIONS_BY_KEY
from .models import AnnouncementPage, ArticlePage, NewsChannelPage, page_url
from .models.sections import paginate

FEATURED_COUNT = 5
CHANNELS_ON_HOME = 6
PER_CHANNEL = 4
ANNOUNCEMENTS_ON_HOME = 5
QUICK_LINK_KEYS = ("procedures", "online_services", "qa", "consultation", "access_to_information")


def quick_links(home, request):
    slugs = [SECTIONS_BY_KEY[k].slug for k in QUICK_LINK_KEYS]
    pages = {
        p.slug: p
        for p in Page.objects.child_of(home)
        .live()
        .public()
        .filter(slug__in=slugs)
        .only("id", "title", "slug", "url_path", "path", "depth", "locale_id")
    }
    links = []
    for key in QUICK_LINK_KEYS:
        page = pages.get(SECTIONS_BY_KEY[key].slug)
        if page is not None:
            links.append({"key": key, "title": page.title, "url": page_url(page, request)})
    return links


def home_context(home, request) -> dict:
    articles = ArticlePage.objects.in_portal_tree(home).for_listing()
    channels = list(
        NewsChannelPage.objects.descendant_of(home)
        .filter(depth=home.depth + 2)
        .live()
        .public()
        .order_by("path")[:CHANNELS_ON_HOME]
    )
    by_parent: dict[str, list] = {}
    if channels:
        channel_paths = [c.path for c in channels]
        condition = Q()
        for path in channel_paths:
            condition |= Q(path__startswith=path, depth=home.depth + 3)
        for article in articles.filter(condition).latest_per_parent(PER_CHANNEL):
            by_parent.setdefault(article.path[: -Page.steplen], []).append(article)
    context = {
        "featured": list(articles.featured()[:FEATURED_COUNT]),
        "channel_blocks": [{"channel": c, "articles": by_parent.get(c.path, [])} for c in channels],
        "announcements": list(
            AnnouncementPage.objects.descendant_of(home).current()[:ANNOUNCEMENTS_ON_HOME]
        ),
        "quick_links": quick_links(home, request),
    }
    portal = getattr(request, "portal", None)
    if portal is not None and portal.is_provincial and home.show_component_news:
        context.update(component_news(request, portal))
    return context


def component_news(request, provincial) -> dict:
    """Latest articles of all public component portals, filterable by unit (`?don-vi=<slug>`)."""
    portals = list(
        Portal.objects.public()
        .filter(is_provincial=False)
        .select_related("unit", "root_page")
        .order_by("unit__name")
    )
    by_root = {p.root_page.path: p for p in portals}
    chosen_slug = (request.GET.get("don-vi") or "").strip()
    chosen = next((p for p in portals if p.slug == chosen_slug), None)
    articles = ArticlePage.objects.for_listing().filter(locale_id=provincial.root_page.locale_id)
    if chosen is not None:
        articles = articles.filter(path__startswith=chosen.root_page.path)
    else:
        roots = Q(pk__in=[])
        for path in by_root:
            roots |= Q(path__startswith=path)
        articles = articles.filter(roots)
    page = paginate(request, articles)
    items = []
    for article in page:
        portal = by_root.get(article.path[: Page.steplen * 2])
        if portal is None:
            continue
        relative = article.url_path[len(portal.root_page.url_path) :]
        # A path portal is linked under the provincial host we are on; a host portal by its host.
        url = f"/{portal.path}/{relative}" if portal.path else portal_base_url(portal) + relative
        items.append({"article": article, "portal": portal, "url": url})
    return {
        "component_news": items,
        "component_page": page,
        "component_portals": portals,
        "component_chosen": chosen,
    }
