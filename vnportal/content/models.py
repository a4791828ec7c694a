"""Page types of a portal. Every portal's tree starts at a HomePage directly under Wagtail's root.

Issue #3 refines the mandatory sections into structured page types; this module keeps the base class
that makes URLs right for portals served under a path of the provincial portal.
"""

from django.db import models
from django.urls import get_script_prefix
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from vnportal.tenancy.urls_helpers import PATH_SITE_SUFFIX, provincial_root_url

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "image",
    "embed",
    "blockquote",
    "hr",
]


class PortalPage(Page):
    """Base for every public page type: knows its portal and builds path-portal URLs."""

    is_placeholder = models.BooleanField(
        _("nội dung mẫu"),
        default=False,
        help_text=_("Trang còn nội dung mẫu của hệ thống; bỏ chọn khi đã cập nhật nội dung thật."),
    )

    promote_panels = Page.promote_panels
    settings_panels = Page.settings_panels + [FieldPanel("is_placeholder")]

    class Meta:
        abstract = True

    def get_url_parts(self, request=None):
        """Give pages of a path-mounted portal URLs under the provincial host: /<path>/<page>/."""
        parts = super().get_url_parts(request=request)
        if not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        if root_url and root_url.endswith(PATH_SITE_SUFFIX):
            host = root_url.split("://", 1)[-1]
            slug = host[: -len(PATH_SITE_SUFFIX)]
            from vnportal.tenancy.registry import get_registry

            route = next((r for r in get_registry().by_id.values() if r.slug == slug), None)
            prefix = get_script_prefix()
            relative = page_path[len(prefix) :] if page_path.startswith(prefix) else page_path
            relative = relative.lstrip("/")
            mounted = f"/{route.path}/" if route and route.path else "/"
            return site_id, provincial_root_url(), mounted + relative
        return parts

    def get_portal(self):
        from vnportal.tenancy.models import Portal

        root_id = self.path[: Page.steplen * 2]
        return Portal.objects.select_related("unit").filter(root_page__path=root_id).first()


class HomePage(PortalPage):
    """The home page of one portal; the root of everything that portal owns."""

    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("trang chủ cổng")


class SectionPage(PortalPage):
    """A mandatory or board-added section of a portal."""

    section_key = models.SlugField(
        _("mã mục bắt buộc"),
        max_length=64,
        blank=True,
        help_text=_("Mục thông tin bắt buộc mà trang này đáp ứng (để giám sát)."),
    )
    body = RichTextField(_("nội dung"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("body")]
    settings_panels = PortalPage.settings_panels + [FieldPanel("section_key")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["content.HomePage", "content.SectionPage"]

    class Meta:
        verbose_name = _("chuyên mục")

    def get_sitemap_pages(self):
        """The portal's sections and sub-sections (not every article), for the HTML sitemap."""
        root_path = self.path[: Page.steplen * 2]
        pages = (
            Page.objects.filter(path__startswith=root_path, depth__gt=2, depth__lte=4)
            .live()
            .public()
            .order_by("path")
            .specific()
        )
        return [{"page": p, "indent": p.depth - 3} for p in pages]
