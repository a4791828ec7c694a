"""Attachments of documents: checked by content, stored under a normalised name, text extracted.

Why by content: a portal serves these files to citizens as "the decision". A program renamed to
`.pdf`, or a `.docx` that is really a macro workbook, must be refused, and the message must say
which file and why. Why extract text: citizens search a decision by words of its body, not only by
its abstract (Decree 42/2022 art. 4 asks for document search).
"""

from __future__ import annotations

import io
import logging
import os
import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext as _

from vnportal.core.text import fold_vietnamese

from .choices import AttachmentKind

logger = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
#: Extracted text kept per file: enough for search, bounded for the database.
MAX_TEXT_CHARS = 200_000
MAX_PDF_PAGES = 300
#: A docx whose main part inflates beyond this is refused (zip bomb).
MAX_DOCX_XML_BYTES = 60 * 1024 * 1024


def normalise_filename(name: str, kind: str) -> str:
    """`Quyết định 355 (bản ký).PDF` → `quyet-dinh-355-ban-ky.pdf`: ASCII, no spaces, short."""
    stem = os.path.splitext(os.path.basename(name or ""))[0]
    slug = slugify(fold_vietnamese(stem))[:80].strip("-") or "van-ban"
    return f"{slug}.{kind}"


def check_attachment(upload) -> str:
    """Return the attachment kind (pdf/docx) or raise ValidationError naming the file."""
    name = getattr(upload, "name", "") or ""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("Tệp “%(name)s” quá lớn (%(size)s); tối đa %(limit)s.")
            % {
                "name": name,
                "size": filesizeformat(size),
                "limit": filesizeformat(MAX_ATTACHMENT_BYTES),
            },
            code="too_large",
        )
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    if extension not in AttachmentKind.values:
        raise ValidationError(
            _("Tệp “%(name)s”: chỉ nhận tệp PDF hoặc DOCX.") % {"name": name}, code="extension"
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    head = upload.read(8192)
    upload.seek(position)
    if not head:
        raise ValidationError(_("Tệp “%(name)s” rỗng.") % {"name": name}, code="empty")
    if extension == AttachmentKind.PDF:
        if not head.startswith(b"%PDF-"):
            raise ValidationError(
                _("Tệp “%(name)s” có đuôi .pdf nhưng nội dung không phải PDF.") % {"name": name},
                code="mislabelled",
            )
        return AttachmentKind.PDF
    kind = filetype.guess(head)
    if kind is None or kind.extension not in ("docx", "zip"):
        raise ValidationError(
            _("Tệp “%(name)s” có đuôi .docx nhưng nội dung không phải văn bản Word (DOCX).")
            % {"name": name},
            code="mislabelled",
        )
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise ValidationError(
                    _("Tệp “%(name)s” quá lớn khi giải nén.") % {"name": name}, code="bomb"
                )
            names = set(archive.namelist())
    except (KeyError, zipfile.BadZipFile):
        raise ValidationError(
            _("Tệp “%(name)s” có đuôi .docx nhưng không chứa nội dung văn bản Word.")
            % {"name": name},
            code="mislabelled",
        ) from None
    finally:
        upload.seek(position)
    if "word/vbaProject.bin" in names:
        raise ValidationError(
            _("Tệp “%(name)s” chứa macro; hãy lưu lại dưới dạng .docx thông thường.")
            % {"name": name},
            code="macro",
        )
    return AttachmentKind.DOCX


def extract_text(data: bytes, kind: str) -> str:
    """Plain text of a PDF or DOCX for search; empty (never an error) when it cannot be read,
    e.g. a scanned PDF without a text layer."""
    try:
        if kind == AttachmentKind.PDF:
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(data))
            chunks, total = [], 0
            for page in reader.pages[:MAX_PDF_PAGES]:
                chunk = page.extract_text() or ""
                chunks.append(chunk)
                total += len(chunk)
                if total > MAX_TEXT_CHARS:
                    break
            text = "\n".join(chunks)
        else:
            from docx import Document

            document = Document(io.BytesIO(data))
            lines = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    lines.append(" | ".join(cell.text for cell in row.cells))
            text = "\n".join(lines)
    except Exception:  # a damaged file still gets published; only its search text is missing
        logger.warning("text extraction failed for a %s attachment", kind, exc_info=True)
        return ""
    return " ".join(text.split())[:MAX_TEXT_CHARS]
