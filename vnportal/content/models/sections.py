"""Page types of the mandatory sections (domain.md section 3), each with structured fields.

Structured rather than one free-text page per section: the law lists what each section holds
(a leader's name, position, phone and official e-mail; a contact point; the list of information
disclosed under Decree 13/2018 art. 6), monitoring can check those facts exist, and the English
pages line up field by field with the Vietnamese ones.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..choices import DisclosureForm
from ..validators import validate_official_email, validate_phone
from .base import RICH_TEXT_FEATURES, SIMPLE_RICH_TEXT, PortalPage, locale_code, page_url

PAGE_SIZE = 10
MANDATORY_CHILD_TYPES = [
    "content.IntroductionPage",
    "content.OrganisationPage",
    "content.LeadersPage",
    "content.ContactPage",
    "content.NewsIndexPage",
    "content.DisclosurePage",
    "content.ConsultationIndexPage",
    "content.AccessToInformationPage",
    "content.SitemapPage",
    "content.SectionPage",
]


def paginate(request, queryset, per_page=PAGE_SIZE):
    return Paginator(queryset, per_page).get_page(request.GET.get("trang"))


def _email_field(verbose, **kwargs):
    return models.EmailField(
        verbose, blank=True, validators=[validate_official_email], max_length=254, **kwargs
    )


def _phone_field(verbose, **kwargs):
    return models.CharField(
        verbose, max_length=64, blank=True, validators=[validate_phone], **kwargs
    )


# --- Home ---------------------------------------------------------------------------------------


class HomePage(RoutablePageMixin, PortalPage):
    """The home page of one portal; the root of everything that portal owns."""

    intro = RichTextField(_("lời giới thiệu"), blank=True, features=SIMPLE_RICH_TEXT)
    show_component_news = models.BooleanField(
        _("hiện tin của các cổng thành phần"),
        default=True,
        help_text=_("Chỉ áp dụng cho cổng tỉnh: liệt kê tin mới của các sở, ngành, xã, phường."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("show_component_news")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = MANDATORY_CHILD_TYPES
    required_fields = ("intro",)

    class Meta:
        verbose_name = _("trang chủ cổng")

    @path("danh-gia/", name="rate")
    def rate(self, request):
        from ..views import rate_page

        return rate_page(request, self)

    def get_context(self, request, *args, **kwargs):
        from ..home import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context

    def get_sitemap_urls(self, request=None):
        """The home page also lists the portal's translated pages (a sibling tree in Wagtail)."""
        urls = super().get_sitemap_urls(request)
        translations = Page.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
        for root in translations.live():
            for page in root.get_descendants(inclusive=True).live().public().order_by("path"):
                location = page_url(page, request)
                if location and location.startswith("/") and request is not None:
                    location = request.build_absolute_uri(location)
                if location:
                    urls.append({"location": location, "lastmod": page.last_published_at})
        return urls


# --- Introduction, organisation, leaders, contact -------------------------------------------------


class IntroductionPage(PortalPage):
    """Giới thiệu chung: functions, duties, history; for local governments also geography, population."""

    functions = RichTextField(_("chức năng"), features=RICH_TEXT_FEATURES)
    duties = RichTextField(_("nhiệm vụ, quyền hạn"), features=RICH_TEXT_FEATURES)
    history = RichTextField(_("lịch sử hình thành, phát triển"), features=RICH_TEXT_FEATURES)
    geography = RichTextField(
        _("vị trí địa lý, điều kiện tự nhiên"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Bắt buộc với tỉnh, xã, phường (Nghị định 224/2026 Điều 9 khoản 1 điểm c)."),
    )
    area_km2 = models.DecimalField(
        _("diện tích tự nhiên (km²)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    population = RichTextField(
        _("dân số, dân tộc"),
        blank=True,
        features=SIMPLE_RICH_TEXT,
        help_text=_("Bắt buộc với tỉnh, xã, phường."),
    )
    population_count = models.PositiveIntegerField(_("số dân"), null=True, blank=True)
    culture = RichTextField(
        _("văn hoá, di tích, danh lam thắng cảnh"), blank=True, features=RICH_TEXT_FEATURES
    )
    boundary_map = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("bản đồ địa giới hành chính"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("functions"),
        FieldPanel("duties"),
        FieldPanel("history"),
        MultiFieldPanel(
            [
                FieldPanel("geography"),
                FieldRowPanel([FieldPanel("area_km2"), FieldPanel("population_count")]),
                FieldPanel("population"),
                FieldPanel("culture"),
                FieldPanel("boundary_map"),
            ],
            heading=_("Địa phương"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("functions"),
        index.SearchField("duties"),
        index.SearchField("history"),
        index.SearchField("geography"),
    ]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.SectionPage"]
    max_count_per_parent = 1
    required_fields = ("functions", "duties", "history")

    class Meta:
        verbose_name = _("giới thiệu")

    def clean(self):
        super().clean()
        if self.is_placeholder or not self.path:
            return
        from ..mandatory import LOCAL_UNIT_TYPES

        portal = self.get_portal()
        if portal and portal.unit.unit_type in LOCAL_UNIT_TYPES:
            missing = {
                name: _("Bắt buộc với chính quyền địa phương (Nghị định 224/2026 Điều 9).")
                for name in ("geography", "population")
                if not (getattr(self, name) or "").strip()
            }
            if missing:
                raise ValidationError(missing)


class OrganisationPage(PortalPage):
    """Cơ cấu tổ chức: the unit's contacts and its subordinate units as an outline tree."""

    intro = RichTextField(_("giới thiệu chung"), blank=True, features=SIMPLE_RICH_TEXT)
    address = models.CharField(_("địa chỉ trụ sở"), max_length=255, blank=True)
    phone = _phone_field(_("điện thoại"))
    fax = models.CharField(_("fax"), max_length=64, blank=True)
    email = _email_field(_("thư điện tử công vụ"))
    chart = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sơ đồ tổ chức (ảnh)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Tuỳ chọn; danh sách đơn vị bên dưới là bản chữ của sơ đồ (cho người khiếm thị)."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
                FieldPanel("email"),
            ],
            heading=_("Liên hệ của cơ quan"),
        ),
        FieldPanel("chart"),
        InlinePanel("units", label=_("Đơn vị trực thuộc"), min_num=1),
    ]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.SectionPage"]
    max_count_per_parent = 1
    required_fields = ("address", "phone", "email")

    class Meta:
        verbose_name = _("cơ cấu tổ chức")

    def unit_tree(self):
        """Units as nested nodes from their outline level (1 = directly under the unit)."""
        roots, stack = [], []
        for unit in self.units.all():
            node = {"unit": unit, "children": []}
            level = max(1, min(unit.level, len(stack) + 1))
            del stack[level - 1 :]
            (stack[-1]["children"] if stack else roots).append(node)
            stack.append(node)
        return roots


class OrganisationUnit(Orderable):
    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="units")
    name = models.CharField(_("tên đơn vị"), max_length=255)
    level = models.PositiveSmallIntegerField(
        _("cấp"),
        default=1,
        choices=[(1, "1"), (2, "2"), (3, "3")],
        help_text=_("1: trực thuộc cơ quan; 2: thuộc đơn vị cấp 1 ở ngay phía trên; 3: tương tự."),
    )
    head = models.CharField(_("người đứng đầu"), max_length=255, blank=True)
    functions = models.TextField(_("chức năng, nhiệm vụ"), blank=True)
    phone = _phone_field(_("điện thoại"))
    email = _email_field(_("thư điện tử công vụ"))

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("level")]),
        FieldPanel("head"),
        FieldPanel("functions"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("đơn vị trực thuộc")

    def __str__(self):
        return self.name


class LeadersPage(PortalPage):
    """Lãnh đạo: each leader's position, duties and contacts; weekly schedules are child pages."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("leaders", label=_("Lãnh đạo"), min_num=1),
    ]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.WorkSchedulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lãnh đạo")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        weeks = WorkSchedulePage.objects.child_of(self).live().public().order_by("-week_start")
        today = timezone.localdate()
        context["leaders"] = self.leaders.select_related("photo").prefetch_related(
            "photo__renditions"
        )
        context["current_week"] = (
            weeks.filter(week_start__lte=today).prefetch_related("entries").first()
        )
        context["weeks"] = weeks[:8]
        return context


class Leader(Orderable):
    page = ParentalKey(LeadersPage, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField(_("họ và tên"), max_length=255)
    position = models.CharField(_("chức vụ"), max_length=255)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    responsibilities = models.TextField(_("nhiệm vụ được phân công"))
    biography = models.TextField(_("tóm tắt tiểu sử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=64, validators=[validate_phone])
    email = models.EmailField(_("thư điện tử công vụ"), validators=[validate_official_email])

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldPanel("photo"),
        FieldPanel("responsibilities"),
        FieldPanel("biography"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("lãnh đạo")

    def __str__(self):
        return f"{self.name} – {self.position}"


class WorkSchedulePage(PortalPage):
    """Lịch làm việc tuần của lãnh đạo (Decree 43/2011 art. 10(1)(c)), one page per week."""

    week_start = models.DateField(_("tuần bắt đầu (thứ Hai)"))
    note = models.TextField(_("ghi chú"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("week_start"),
        FieldPanel("note"),
        InlinePanel("entries", label=_("Lịch"), min_num=1),
    ]
    parent_page_types = ["content.LeadersPage"]
    subpage_types: list = []
    required_fields = ("week_start",)

    class Meta:
        verbose_name = _("lịch làm việc tuần")

    def clean(self):
        super().clean()
        if self.week_start and self.week_start.weekday() != 0:
            raise ValidationError({"week_start": _("Ngày bắt đầu tuần phải là thứ Hai.")})

    @property
    def week_end(self):
        return self.week_start + datetime.timedelta(days=6) if self.week_start else None


class ScheduleEntry(Orderable):
    page = ParentalKey(WorkSchedulePage, on_delete=models.CASCADE, related_name="entries")
    day = models.DateField(_("ngày"))
    time = models.TimeField(_("giờ"), null=True, blank=True)
    leader = models.CharField(_("lãnh đạo chủ trì, tham dự"), max_length=255)
    content = models.TextField(_("nội dung"))
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    participants = models.CharField(_("thành phần"), max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("day"), FieldPanel("time")]),
        FieldPanel("leader"),
        FieldPanel("content"),
        FieldRowPanel([FieldPanel("location"), FieldPanel("participants")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("mục lịch")
        ordering = ["day", "time", "sort_order"]

    def clean(self):
        page = getattr(self, "page", None)
        checkable = page is not None and page.week_start and self.day
        if checkable and not page.week_start <= self.day <= page.week_start + datetime.timedelta(
            days=6
        ):
            raise ValidationError({"day": _("Ngày này không thuộc tuần của lịch.")})


class ContactPage(PortalPage):
    """Đầu mối liên hệ: the officer in charge of the portal's information (Decree 42/2022 art. 4)."""

    contact_name = models.CharField(_("họ và tên"), max_length=255)
    contact_position = models.CharField(_("chức vụ"), max_length=255)
    contact_unit = models.CharField(_("đơn vị công tác"), max_length=255)
    contact_phone = _phone_field(_("điện thoại"))
    contact_email = _email_field(_("thư điện tử công vụ"))
    office_address = models.CharField(_("địa chỉ liên hệ"), max_length=255, blank=True)
    office_hours = models.CharField(_("giờ làm việc"), max_length=255, blank=True)
    body = RichTextField(_("thông tin thêm"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_position")]),
                FieldPanel("contact_unit"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
            ],
            heading=_("Đầu mối cung cấp thông tin"),
        ),
        FieldPanel("office_address"),
        FieldPanel("office_hours"),
        FieldPanel("body"),
    ]
    parent_page_types = ["content.HomePage"]
    subpage_types: list = []
    max_count_per_parent = 1
    required_fields = (
        "contact_name",
        "contact_position",
        "contact_unit",
        "contact_phone",
        "contact_email",
    )

    class Meta:
        verbose_name = _("đầu mối liên hệ")


# --- Listing sections -----------------------------------------------------------------------------


class DisclosurePage(PortalPage):
    """A section that lists disclosed items: documents, plans, projects, bidding, budget, procedures.

    The registries (issue #4) will plug their items in through :meth:`registry_items`; until then
    the section lists the articles the board posts under it and says plainly when it has none.
    """

    intro = RichTextField(_("giới thiệu chuyên mục"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("links", label=_("Liên kết")),
    ]
    settings_panels = PortalPage.settings_panels + [FieldPanel("section_key")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ArticlePage"]

    class Meta:
        verbose_name = _("chuyên mục công khai thông tin")

    def registry_items(self):
        """Items of the registry behind this section (documents, procedures...): none yet."""
        return []

    def get_context(self, request, *args, **kwargs):
        from .news import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.child_of(self).for_listing()
        context["articles"] = paginate(request, articles)
        context["registry_items"] = self.registry_items()
        context["section_links"] = list(self.links.all())
        return context


class SectionLink(Orderable):
    page = ParentalKey(DisclosurePage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("tên liên kết"), max_length=255)
    url = models.URLField(_("địa chỉ"))
    description = models.CharField(_("mô tả"), max_length=500, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("description")]

    def __str__(self):
        return self.title


class AccessToInformationPage(PortalPage):
    """Tiếp cận thông tin (Law on Access to Information; Decree 13/2018 art. 6 and 11).

    Holds the list of information disclosed proactively (each item with the facts art. 6(3)
    requires), the contact point for requests, the request addresses and the request form.
    """

    intro = RichTextField(
        _("thông tin được công khai rộng rãi"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Những loại thông tin cơ quan chủ động công khai và cách tra cứu."),
    )
    contact_name = models.CharField(_("họ và tên đầu mối"), max_length=255, blank=True)
    contact_position = models.CharField(_("chức vụ"), max_length=255, blank=True)
    contact_unit = models.CharField(_("đơn vị"), max_length=255, blank=True)
    contact_phone = _phone_field(_("điện thoại"))
    contact_email = _email_field(_("thư điện tử công vụ"))
    request_address = models.CharField(_("địa chỉ tiếp nhận yêu cầu"), max_length=255, blank=True)
    request_email = _email_field(_("thư điện tử tiếp nhận yêu cầu"))
    request_online_url = models.URLField(_("địa chỉ tiếp nhận yêu cầu trực tuyến"), blank=True)
    complaint_contact = models.TextField(
        _("nơi tiếp nhận phản ánh, khiếu nại về việc cung cấp thông tin"), blank=True
    )
    request_form = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("mẫu phiếu yêu cầu cung cấp thông tin"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    request_guide = RichTextField(
        _("hướng dẫn yêu cầu cung cấp thông tin"), blank=True, features=SIMPLE_RICH_TEXT
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("items", label=_("Danh mục thông tin phải công khai")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_position")]),
                FieldPanel("contact_unit"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
            ],
            heading=_("Đầu mối cung cấp thông tin"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("request_address"),
                FieldRowPanel([FieldPanel("request_email"), FieldPanel("request_online_url")]),
                FieldPanel("request_form"),
                FieldPanel("request_guide"),
                FieldPanel("complaint_contact"),
            ],
            heading=_("Yêu cầu cung cấp thông tin"),
        ),
    ]
    parent_page_types = ["content.HomePage"]
    subpage_types: list = []
    max_count_per_parent = 1
    required_fields = (
        "intro",
        "contact_name",
        "contact_position",
        "contact_unit",
        "contact_phone",
        "contact_email",
        "request_address",
        "request_email",
    )

    class Meta:
        verbose_name = _("tiếp cận thông tin")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = list(self.items.select_related("document"))
        return context


class DisclosureListItem(Orderable):
    """One entry of the list of information to publish (Decree 13/2018 art. 6(3))."""

    page = ParentalKey(AccessToInformationPage, on_delete=models.CASCADE, related_name="items")
    name = models.CharField(_("tên văn bản, thông tin"), max_length=500)
    number_symbol = models.CharField(_("số, ký hiệu"), max_length=100, blank=True)
    created_on = models.DateField(_("ngày tạo"))
    disclosure_form = models.CharField(
        _("hình thức công khai"),
        max_length=32,
        choices=DisclosureForm.choices,
        default=DisclosureForm.PORTAL,
    )
    published_on = models.DateField(_("thời điểm công khai"))
    duration = models.CharField(
        _("thời hạn công khai"), max_length=255, help_text=_("Ví dụ: thường xuyên; 30 ngày.")
    )
    url = models.URLField(_("đường dẫn"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp đính kèm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("number_symbol")]),
        FieldRowPanel(
            [FieldPanel("created_on"), FieldPanel("published_on"), FieldPanel("duration")]
        ),
        FieldPanel("disclosure_form"),
        FieldRowPanel([FieldPanel("url"), FieldPanel("document")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("thông tin công khai")

    def __str__(self):
        return self.name

    def clean(self):
        if not self.url and not self.document_id:
            raise ValidationError(
                {"url": _("Cần đường dẫn tới nơi đăng tải hoặc tệp đính kèm (NĐ 13/2018 Điều 6).")}
            )
        if self.created_on and self.published_on and self.published_on < self.created_on:
            raise ValidationError({"published_on": _("Thời điểm công khai trước ngày tạo.")})


class SitemapPage(PortalPage):
    """Sơ đồ cổng as a text tree (Circular 32/2017 art. 16); sitemap.xml is the machine one."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types: list = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sơ đồ cổng")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sitemap_items"] = self.get_sitemap_pages(request)
        return context

    def get_sitemap_pages(self, request=None):
        """Sections, channels and sub-sections of this language tree (not every article)."""
        root_path = self.path[: Page.steplen * 2]
        pages = (
            Page.objects.filter(path__startswith=root_path, depth__gt=2, depth__lte=4)
            .live()
            .public()
            .exclude(
                content_type__model__in=["articlepage", "announcementpage", "workschedulepage"]
            )
            .order_by("path")
            .only("id", "title", "path", "depth", "url_path", "locale_id")
        )
        return [{"page": p, "url": page_url(p, request), "indent": p.depth - 3} for p in pages]


class SectionPage(PortalPage):
    """A section the board adds for its own duties (domain.md section 3 item 15)."""

    body = RichTextField(_("nội dung"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("body")]
    settings_panels = PortalPage.settings_panels + [FieldPanel("section_key")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = [
        "content.HomePage",
        "content.SectionPage",
        "content.IntroductionPage",
        "content.OrganisationPage",
    ]
    subpage_types = ["content.SectionPage", "content.ArticlePage"]

    class Meta:
        verbose_name = _("chuyên mục")

    def get_context(self, request, *args, **kwargs):
        from .news import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, ArticlePage.objects.child_of(self).for_listing())
        return context


def language_of(page) -> str:
    return locale_code(page.locale_id) if page else settings.LANGUAGE_CODE
