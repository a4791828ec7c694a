"""StreamField blocks of article bodies: text, figures, allowlisted videos, tables, attachments.

Why our own video and table blocks rather than Wagtail's EmbedBlock and contrib table_block:
* EmbedBlock asks the provider over the network when saving and renders the provider's HTML as is;
  we accept only hosts on an allowlist, build the iframe ourselves (privacy-friendly host, a `title`
  for screen readers, lazy loading) and never call out while validating;
* a table is typed or pasted from a spreadsheet as lines of cells, needs no extra admin JavaScript,
  and always renders with a caption and header cells (Circular 32/2017 art. 18).
"""

import re
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

#: host → provider, for the video hosts boards may embed; settings.VNPORTAL_VIDEO_EMBED_HOSTS
#: (a list of hosts) can narrow it.
VIDEO_PROVIDERS = {
    "youtube.com": "youtube",
    "www.youtube.com": "youtube",
    "m.youtube.com": "youtube",
    "youtu.be": "youtube",
    "youtube-nocookie.com": "youtube",
    "www.youtube-nocookie.com": "youtube",
    "vimeo.com": "vimeo",
    "player.vimeo.com": "vimeo",
}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d{5,12}$")


def allowed_video_hosts() -> list[str]:
    return list(getattr(settings, "VNPORTAL_VIDEO_EMBED_HOSTS", VIDEO_PROVIDERS))


def video_embed_url(url: str) -> str:
    """The iframe address for a video page URL; ValidationError if the host is not allowlisted."""
    parts = urlsplit((url or "").strip())
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or host not in allowed_video_hosts() or host not in VIDEO_PROVIDERS:
        raise ValidationError(
            _(
                "Chỉ nhúng được video từ các trang được phép (%(hosts)s), qua địa chỉ https. "
                "Hãy tải video lên một trong các trang này rồi dán địa chỉ."
            )
            % {"hosts": ", ".join(sorted({h.removeprefix("www.") for h in allowed_video_hosts()}))}
        )
    provider = VIDEO_PROVIDERS[host]
    segments = [s for s in parts.path.split("/") if s]
    if provider == "youtube":
        if host == "youtu.be":
            video_id = segments[0] if segments else ""
        elif segments[:1] in (["embed"], ["shorts"], ["live"]):
            video_id = segments[1] if len(segments) > 1 else ""
        else:
            video_id = (parse_qs(parts.query).get("v") or [""])[0]
        if _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    else:
        video_id = segments[-1] if segments else ""
        if _VIMEO_ID.match(video_id):
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    raise ValidationError(_("Không nhận ra địa chỉ video. Hãy dán địa chỉ trang xem video."))


class FigureBlock(blocks.StructBlock):
    """An image with its text alternative and an optional caption and credit."""

    image = ImageChooserBlock(label=_("ảnh"))
    alt_text = blocks.CharBlock(
        label=_("mô tả ảnh (cho người khiếm thị)"),
        max_length=255,
        help_text=_("Mô tả ngắn nội dung ảnh; trình đọc màn hình đọc phần này."),
    )
    caption = blocks.CharBlock(label=_("chú thích"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("nguồn ảnh"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "content/blocks/figure.html"


class VideoEmbedBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("địa chỉ video"),
        help_text=_("Địa chỉ trang xem video trên YouTube hoặc Vimeo."),
    )
    title = blocks.CharBlock(
        label=_("tiêu đề video"),
        max_length=255,
        help_text=_("Đọc cho người dùng trình đọc màn hình."),
    )
    caption = blocks.CharBlock(label=_("chú thích"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "content/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        try:
            video_embed_url(value.get("url"))
        except ValidationError as exc:
            raise StructBlockValidationError(block_errors={"url": ErrorList([exc])}) from exc
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        try:
            context["embed_url"] = video_embed_url(value.get("url"))
        except ValidationError:
            context["embed_url"] = None
        return context


def parse_table(text: str) -> list[list[str]]:
    """Rows of cells from lines separated by tabs (pasted spreadsheet) or by `|`."""
    rows = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        separator = "\t" if "\t" in line else "|"
        cells = [cell.strip() for cell in line.strip().strip("|").split(separator)]
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("tên bảng"),
        max_length=255,
        help_text=_("Bắt buộc: giúp người khiếm thị hiểu bảng."),
    )
    header_row = blocks.BooleanBlock(
        label=_("dòng đầu là tiêu đề cột"), required=False, default=True
    )
    data = blocks.TextBlock(
        label=_("dữ liệu"),
        rows=8,
        help_text=_("Mỗi dòng một hàng; các ô cách nhau bằng dấu | hoặc dán trực tiếp từ Excel."),
    )

    class Meta:
        icon = "table"
        label = _("Bảng")
        template = "content/blocks/table.html"

    def clean(self, value):
        value = super().clean(value)
        if not parse_table(value.get("data")):
            raise StructBlockValidationError(
                block_errors={"data": ErrorList([ValidationError(_("Bảng chưa có dữ liệu."))])}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        rows = parse_table(value.get("data"))
        if value.get("header_row") and rows:
            context["head"], context["rows"] = rows[0], rows[1:]
        else:
            context["head"], context["rows"] = None, rows
        return context


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("tệp"))
    title = blocks.CharBlock(label=_("tên hiển thị"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Tệp đính kèm")
        template = "content/blocks/attachment.html"


BODY_RICH_TEXT = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "blockquote",
    "hr",
]


def body_blocks():
    return [
        ("paragraph", blocks.RichTextBlock(label=_("Đoạn văn"), features=BODY_RICH_TEXT)),
        ("figure", FigureBlock()),
        ("video", VideoEmbedBlock()),
        ("table", TableBlock()),
        ("attachment", AttachmentBlock()),
        ("quote", blocks.BlockQuoteBlock(label=_("Trích dẫn"))),
    ]


__all__ = [
    "AttachmentBlock",
    "FigureBlock",
    "TableBlock",
    "VideoEmbedBlock",
    "body_blocks",
    "parse_table",
    "video_embed_url",
]
