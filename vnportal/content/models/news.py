"""News (channels and articles), announcements and public consultation on draft documents."""

from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import body_blocks
from ..querysets import AnnouncementManager, ArticleManager, ConsultationManager
from .base import RICH_TEXT_FEATURES, SIMPLE_RICH_TEXT, PortalPage
from .sections import paginate

RELATED_LIMIT = 4


class NewsIndexPage(PortalPage):
    """Tin tức - Sự kiện: the board's channels, each with its latest articles."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.NewsChannelPage", "content.AnnouncementIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tin tức - sự kiện")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        channels = list(NewsChannelPage.objects.child_of(self).live().public())
        latest = (
            ArticlePage.objects.descendant_of(self).for_listing().latest_per_parent(RELATED_LIMIT)
        )
        by_parent: dict[str, list] = {}
        for article in latest:
            by_parent.setdefault(article.path[: -Page.steplen], []).append(article)
        context["channels"] = [
            {"channel": c, "articles": by_parent.get(c.path, [])} for c in channels
        ]
        context["announcement_index"] = (
            AnnouncementIndexPage.objects.child_of(self).live().public().first()
        )
        return context


class NewsChannelPage(RoutablePageMixin, PortalPage):
    """A channel (chuyên mục, mục, kênh tin) the board adds and orders in the page explorer."""

    intro = models.TextField(_("mô tả ngắn"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.NewsIndexPage", "content.NewsChannelPage"]
    subpage_types = ["content.ArticlePage", "content.NewsChannelPage"]

    class Meta:
        verbose_name = _("kênh tin")

    def articles(self):
        return ArticlePage.objects.descendant_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        tag = (request.GET.get("the") or "").strip()[:100]
        if tag:
            articles = articles.filter(tags__name=tag)
        context["tag"] = tag
        context["articles"] = paginate(request, articles)
        context["subchannels"] = NewsChannelPage.objects.child_of(self).live().public()
        return context

    @path("rss/", name="rss")
    def rss(self, request):
        from ..feeds import ChannelFeed

        return ChannelFeed(self)(request)

    def dc_description(self):
        return self.search_description or self.intro


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "content.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(RoutablePageMixin, PortalPage):
    """An article (tin, bài): lead, rich body, author and source, tags, related articles."""

    lead = models.TextField(
        _("tóm tắt (sa-pô)"),
        max_length=600,
        help_text=_("Một, hai câu nêu ý chính; hiện ở danh sách tin và khi chia sẻ."),
    )
    body = StreamField(body_blocks(), verbose_name=_("nội dung"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Mô tả ảnh (văn bản thay thế) lấy từ trường “mô tả” của ảnh."),
    )
    image_caption = models.CharField(_("chú thích ảnh"), max_length=500, blank=True)
    author = models.CharField(_("tác giả"), max_length=255, blank=True)
    source = models.CharField(
        _("nguồn"), max_length=255, blank=True, help_text=_("Ví dụ: Báo Quảng Ngãi.")
    )
    tags = ClusterTaggableManager(verbose_name=_("từ khoá"), through=ArticleTag, blank=True)
    is_featured = models.BooleanField(
        _("tin nổi bật"), default=False, help_text=_("Hiện ở khối tin nổi bật của trang chủ.")
    )
    display_date = models.DateTimeField(
        _("ngày đăng hiển thị"),
        null=True,
        blank=True,
        help_text=_("Để trống: dùng thời điểm xuất bản lần đầu."),
    )

    objects = ArticleManager()

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_caption")], heading=_("Ảnh đại diện")
        ),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("source")]),
        FieldPanel("tags"),
        FieldRowPanel([FieldPanel("is_featured"), FieldPanel("display_date")]),
        InlinePanel("related_links", label=_("Tin liên quan"), max_num=6),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("is_featured"),
    ]
    parent_page_types = ["content.NewsChannelPage", "content.DisclosurePage", "content.SectionPage"]
    subpage_types: list = []
    required_fields = ("lead",)

    class Meta:
        verbose_name = _("tin bài")

    @property
    def date(self):
        return self.display_date or self.first_published_at or self.latest_revision_created_at

    def clean(self):
        super().clean()
        if self.path:
            root = self.path[: Page.steplen * 2]
            for link in self.related_links.all():
                if link.related_id and link.related and not link.related.path.startswith(root):
                    raise ValidationError(
                        _("Tin liên quan phải thuộc cùng cổng: “%(title)s”.")
                        % {"title": link.related.title}
                    )

    def related_articles(self):
        """The board's choice; otherwise the latest articles of the same channel."""
        chosen = [
            link.related
            for link in self.related_links.select_related("related", "related__image")
            if link.related and link.related.live
        ]
        if chosen:
            return chosen[:6]
        parent_path = self.path[: -Page.steplen]
        return list(
            ArticlePage.objects.filter(path__startswith=parent_path, depth=self.depth)
            .exclude(pk=self.pk)
            .for_listing()[:RELATED_LIMIT]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.related_articles()
        context["article_tags"] = list(self.tags.all())
        return context

    @path("ban-in/", name="print")
    def print_view(self, request):
        """A print view (Decree 42/2022 art. 7(1)): the article alone, no menus."""
        context = self.get_context(request)
        return render(request, "content/article_print.html", context)

    def dc_creator(self):
        return self.author

    def dc_description(self):
        return self.search_description or self.lead


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        ArticlePage, verbose_name=_("tin"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related")]


class AnnouncementIndexPage(PortalPage):
    """Thông báo: announcements still in force, urgent ones first."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.NewsIndexPage"]
    subpage_types = ["content.AnnouncementPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("thông báo (danh sách)")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["announcements"] = paginate(
            request, AnnouncementPage.objects.child_of(self).current()
        )
        return context


class AnnouncementPage(PortalPage):
    """An announcement (thông báo) with an expiry: hidden and then unpublished when it lapses."""

    body = RichTextField(_("nội dung"), features=RICH_TEXT_FEATURES)
    valid_until = models.DateTimeField(
        _("hết hiệu lực lúc"),
        help_text=_("Sau thời điểm này thông báo tự ẩn và được gỡ xuống."),
    )
    is_urgent = models.BooleanField(_("khẩn"), default=False)
    attachment = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp đính kèm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AnnouncementManager()

    content_panels = Page.content_panels + [
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("valid_until"), FieldPanel("is_urgent")]),
        FieldPanel("attachment"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["content.AnnouncementIndexPage"]
    subpage_types: list = []
    required_fields = ("body", "valid_until")
    future_fields = ("valid_until",)

    class Meta:
        verbose_name = _("thông báo")

    @property
    def is_expired(self):
        return bool(self.valid_until and self.valid_until <= timezone.now())


class ConsultationIndexPage(PortalPage):
    """Lấy ý kiến dự thảo văn bản: drafts open for comment, then the closed ones."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ConsultationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lấy ý kiến dự thảo")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["open_drafts"] = list(
            ConsultationPage.objects.child_of(self).open(now).order_by("closes_at")[:20]
        )
        context["closed_drafts"] = paginate(
            request, ConsultationPage.objects.child_of(self).closed(now).order_by("-closes_at")
        )
        return context


class ConsultationPage(RoutablePageMixin, PortalPage):
    """A draft document open for public comment until its closing date; comments are published."""

    summary = RichTextField(_("tóm tắt dự thảo"), features=RICH_TEXT_FEATURES)
    drafting_agency = models.CharField(_("cơ quan chủ trì soạn thảo"), max_length=255)
    draft_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("toàn văn dự thảo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opens_at = models.DateTimeField(_("bắt đầu nhận góp ý"), default=timezone.now)
    closes_at = models.DateTimeField(_("hạn cuối nhận góp ý"))
    result = RichTextField(
        _("kết quả tiếp thu, giải trình"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Đăng sau khi hết hạn góp ý."),
    )

    objects = ConsultationManager()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("drafting_agency"),
        FieldPanel("draft_document"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("result"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["content.ConsultationIndexPage"]
    subpage_types: list = []
    required_fields = ("summary", "drafting_agency", "draft_document", "closes_at")
    future_fields = ("closes_at",)

    class Meta:
        verbose_name = _("dự thảo lấy ý kiến")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Hạn cuối phải sau thời điểm bắt đầu.")})

    @property
    def is_open(self):
        now = timezone.now()
        return bool(self.opens_at <= now < self.closes_at)

    def get_context(self, request, *args, **kwargs):
        from ..forms import ConsultationCommentForm

        context = super().get_context(request, *args, **kwargs)
        comments = self.comments.published().order_by("submitted_at")
        context["comments"] = paginate(request, comments, per_page=20)
        context["comments_received"] = self.comments.count()
        context.setdefault("comment_form", ConsultationCommentForm())
        context["comment_status"] = request.GET.get("gop-y")
        return context

    @path("gop-y/", name="comment")
    def comment(self, request):
        from ..views import submit_comment

        return submit_comment(request, self)
