"""The base of every public page type: portal-aware URLs, placeholders, translations, publishing.

Why one base class: the behaviours the law and the directives ask of *every* page (Dublin Core
metadata, the placeholder flag monitoring reads, the "not yet in English" notice instead of a 404,
the board head's reason for publishing past the workflow) must not depend on an editor choosing the
right page type.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import get_script_prefix
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

from vnportal.content.mandatory import has_placeholder_marker
from vnportal.tenancy.urls_helpers import PATH_SITE_SUFFIX, provincial_root_url

#: Rich text everywhere except article bodies (which are StreamFields with figure, video and table
#: blocks). No "embed": videos only come through the allowlisted video block.
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
    "blockquote",
    "hr",
]
SIMPLE_RICH_TEXT = ["bold", "italic", "ol", "ul", "link", "document-link"]


# --- URLs ---------------------------------------------------------------------------------------


def mount_path_portal(parts):
    """Give pages of a path-mounted portal URLs under the provincial host: /<path>/<page>/."""
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


def page_url(page, request=None) -> str | None:
    """The URL of any page (specific or not), right for path portals; Page.get_url's rules.

    Menus, breadcrumbs and the HTML sitemap use plain `Page` rows to stay at one query whatever
    the number of page types; this gives them the same URLs `{% pageurl %}` gives specific pages.
    """
    parts = mount_path_portal(Page.get_url_parts(page, request=request))
    if parts is None or (parts[1] is None and parts[2] is None):
        return None
    site_id, root_url, page_path = parts
    site = getattr(request, "_wagtail_site", None) if request is not None else None
    num_sites = len({p[0] for p in page._get_site_root_paths(request)})
    if (site is not None and site.pk == site_id) or num_sites == 1:
        return page_path
    return root_url + page_path


_LOCALE_CODES: dict[int, str] = {}


def locale_code(locale_id: int) -> str:
    """Language code of a locale id without a query per page (locales are few and never change)."""
    if locale_id not in _LOCALE_CODES:
        _LOCALE_CODES.clear()
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
    return _LOCALE_CODES.get(locale_id, settings.LANGUAGE_CODE)


def canonical_url(page, request=None) -> str | None:
    """The one address of a page: the portal's own host if it has one, else the provincial path.

    Independent of how the current request reached the portal (by host or by path), so metadata,
    share links and sitemap.xml always name the same URL.
    """
    parts = Page.get_url_parts(page, request=request)
    if parts is None or parts[2] is None:
        return None
    _site_id, root_url, page_path = parts
    prefix = get_script_prefix()
    relative = page_path[len(prefix) :] if page_path.startswith(prefix) else page_path.lstrip("/")
    if root_url and root_url.endswith(PATH_SITE_SUFFIX):
        mounted = mount_path_portal((_site_id, root_url, prefix + relative))
        return mounted[1] + mounted[2]
    return f"{root_url}/{relative}"


def default_locale_id() -> int:
    for pk, code in _LOCALE_CODES.items():
        if code == settings.LANGUAGE_CODE:
            return pk
    pk = Locale.get_default().pk
    locale_code(pk)
    return pk


def is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return False


# --- Admin form ---------------------------------------------------------------------------------


class PortalPageForm(WagtailAdminPageForm):
    """Adds the checks every portal page needs in the editor.

    * `required_fields` of the model are required here (the model only enforces them once the page
      no longer holds placeholder text, so a new portal can start with placeholders);
    * a scheduled publication time must lie in the future;
    * publishing directly, past the portal's approval workflow, needs a written reason.
    """

    urgent_reason = forms.CharField(
        label=_("Lý do xuất bản ngay, không qua quy trình duyệt"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Chỉ dùng cho thông báo khẩn. Bắt buộc khi bấm “Xuất bản” trực tiếp; việc xuất bản "
            "được ghi nhật ký và đưa vào danh sách rà soát sau."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in getattr(self._meta.model, "required_fields", ()):
            if name in self.fields:
                self.fields[name].required = True

    def publishing_past_workflow(self) -> bool:
        if "action-publish" not in self.data:
            return False
        page = self.instance if self.instance.pk else self.parent_page
        workflow = page.get_workflow() if page is not None else None
        return workflow is not None and workflow.active

    def clean(self):
        cleaned = super().clean()
        go_live_at = cleaned.get("go_live_at")
        if go_live_at and "go_live_at" in self.changed_data and go_live_at <= timezone.now():
            self.add_error(
                "go_live_at",
                _(
                    "Thời điểm xuất bản theo lịch đã qua. Chọn một thời điểm trong tương lai, "
                    "hoặc để trống để xuất bản ngay khi được duyệt."
                ),
            )
        for name in getattr(self._meta.model, "future_fields", ()):
            value = cleaned.get(name)
            if value and name in self.changed_data and value <= timezone.now():
                self.add_error(
                    name, _("Thời điểm này đã qua; hãy chọn một thời điểm trong tương lai.")
                )
        if self.publishing_past_workflow() and not (cleaned.get("urgent_reason") or "").strip():
            self.add_error(
                "urgent_reason",
                _(
                    "Xuất bản không qua quy trình duyệt cần ghi rõ lý do (ví dụ: thông báo khẩn về "
                    "thiên tai). Nếu không khẩn, hãy gửi duyệt."
                ),
            )
        return cleaned


class UrgentReasonPanel(FieldPanel):
    """Shown only to those who can publish: contributors and editors never publish directly."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            if not super().is_shown() or self.request is None:
                return False
            user = self.request.user
            if self.instance.pk:
                return self.instance.permissions_for_user(user).can_publish()
            parent = getattr(self.form, "parent_page", None)
            return parent is not None and parent.permissions_for_user(user).can_publish_subpage()


# --- The base page ------------------------------------------------------------------------------


class PortalPage(Page):
    """Base for every public page type: knows its portal, builds path-portal URLs, flags placeholders."""

    is_placeholder = models.BooleanField(
        _("nội dung mẫu"),
        default=False,
        editable=False,
        help_text=_("Trang còn nội dung mẫu của hệ thống (tự xác định theo nội dung)."),
    )
    section_key = models.SlugField(
        _("mã mục bắt buộc"),
        max_length=64,
        blank=True,
        help_text=_("Mục thông tin bắt buộc mà trang này đáp ứng (để giám sát)."),
    )

    #: Fields that must be filled once the page stops being a placeholder (and always in the editor).
    required_fields: tuple[str, ...] = ()
    #: Date-time fields that must lie in the future when an editor changes them.
    future_fields: tuple[str, ...] = ()

    base_form_class = PortalPageForm
    promote_panels = Page.promote_panels
    settings_panels = Page.settings_panels + [UrgentReasonPanel("urgent_reason")]

    class Meta:
        abstract = True

    def clean(self):
        """The placeholder flag follows the content: text still carrying the marker keeps it set.

        A page without placeholder text must have every required field, so nothing half-filled is
        shown as if it were the unit's official information.
        """
        super().clean()
        marked = self.placeholder_field_names()
        self.is_placeholder = bool(marked)
        if not marked:
            missing = {
                name: _("Đây là thông tin bắt buộc; cần nhập trước khi lưu.")
                for name in self.required_fields
                if is_empty(getattr(self, name, None))
            }
            if missing:
                raise ValidationError(missing)

    def placeholder_field_names(self) -> list[str]:
        """Own text fields (not Page's) whose value still carries the placeholder marker."""
        names = []
        for f in self._meta.get_fields():
            if not getattr(f, "concrete", False) or f.is_relation or f.model is Page:
                continue
            is_text = isinstance(
                f, models.CharField | models.TextField | RichTextField | StreamField
            )
            if is_text and has_placeholder_marker(f.value_to_string(self)):
                names.append(f.name)
        return names

    # --- URLs and portal.
    def get_url_parts(self, request=None):
        return mount_path_portal(super().get_url_parts(request=request))

    def get_full_url(self, request=None):
        return canonical_url(self, request)

    full_url = property(get_full_url)

    def get_portal(self):
        """The owning portal, also for pages of a translated tree (whose root is a sibling)."""
        from django.db.models import Q

        from vnportal.tenancy.models import Portal

        root_path = self.path[: Page.steplen * 2]
        root_key = Page.objects.filter(path=root_path).values("translation_key")[:1]
        return (
            Portal.objects.select_related("unit")
            .filter(Q(root_page__path=root_path) | Q(root_page__translation_key__in=root_key))
            .first()
        )

    # --- Languages.
    def route(self, request, path_components):
        """In a translated tree, a page not translated yet is served from the Vietnamese tree.

        The Vietnamese page is then served while the request's language is another one, and
        :meth:`serve` answers with a notice linking it instead of a 404.
        """
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components or locale_code(self.locale_id) == settings.LANGUAGE_CODE:
                raise
            source = (
                Page.objects.filter(
                    translation_key=self.translation_key, locale_id=default_locale_id()
                )
                .exclude(pk=self.pk)
                .first()
            )
            if source is None:
                raise
            return source.specific.route(request, path_components)

    def is_untranslated_for(self, request) -> bool:
        language = translation.get_language() or settings.LANGUAGE_CODE
        return not language.startswith(locale_code(self.locale_id))

    def serve(self, request, *args, **kwargs):
        if request.method in ("GET", "HEAD") and self.is_untranslated_for(request):
            return self.serve_missing_translation(request)
        return super().serve(request, *args, **kwargs)

    def serve_missing_translation(self, request):
        """'This page is not in English yet' with a link to the Vietnamese page (not a 404)."""
        with translation.override(locale_code(self.locale_id)):
            source_url = page_url(self, request)
        return TemplateResponse(
            request,
            "content/missing_translation.html",
            {"page": self, "source_url": source_url, "self": self},
        )

    def english_is_stale(self, source=None) -> bool:
        """A translation is stale when its Vietnamese source was published after it."""
        if locale_code(self.locale_id) == settings.LANGUAGE_CODE or not self.last_published_at:
            return False
        if source is None:
            source = (
                Page.objects.filter(
                    translation_key=self.translation_key, locale_id=default_locale_id()
                )
                .only("last_published_at")
                .first()
            )
        return bool(
            source
            and source.last_published_at
            and source.last_published_at > self.last_published_at
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if locale_code(self.locale_id) != settings.LANGUAGE_CODE:
            source = (
                Page.objects.filter(
                    translation_key=self.translation_key, locale_id=default_locale_id()
                )
                .only("id", "url_path", "last_published_at", "locale_id")
                .first()
            )
            context["translation_source"] = source
            context["translation_stale"] = self.english_is_stale(source)
        return context

    # --- Metadata.
    def dublin_core(self, request=None) -> dict:
        """Dublin Core elements (Circular 24/2011; Decree 224/2026 art. 11(5)) for this page."""
        portal = getattr(request, "portal", None) if request is not None else None
        language = locale_code(self.locale_id)
        publisher = portal.display_name(language) if portal else ""
        when = self.last_published_at or self.first_published_at or timezone.now()
        return {
            "title": self.seo_title or self.title,
            "creator": self.dc_creator() or (portal.unit.name if portal else publisher),
            "date": timezone.localtime(when).date().isoformat(),
            "description": self.dc_description(),
            "publisher": publisher,
            "identifier": self.get_full_url(request) or "",
            "language": language,
        }

    def dc_creator(self) -> str:
        return ""

    def dc_description(self) -> str:
        return self.search_description or ""
