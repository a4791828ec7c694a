"""Upload checks any app can call: type allowlist by content, size, safe names, clean images.

Why by content: a file's name and the browser's Content-Type are whatever the uploader says. An
"anh.jpg" that is really HTML or SVG with a script, served from our domain, runs in our
visitors' browsers; a "bao-cao.pdf" that is an executable gets downloaded from a government
site. So the first bytes decide (``filetype`` signatures, and for Office/OpenDocument files the
zip container's members), the extension must agree with them, and markup or executables are
refused whatever they are called. Images are re-encoded with Pillow, which drops EXIF/GPS
metadata and anything appended to or hidden inside the picture (polyglot files).

    from vnportal.security.uploads import check_upload
    checked = check_upload(request.FILES["file"], kind="document")  # ValidationError if refused
    checked.name  # "bao-cao-quy-3.pdf": ASCII, safe for URLs and storage
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from vnportal.core.text import fold_vietnamese

IMAGE_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "gif": "image/gif",
}
DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "text/csv",
    "txt": "text/plain",
    "zip": "application/zip",
}
#: Members that identify an Office Open XML or OpenDocument file inside its zip container.
OOXML_MEMBERS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
#: Never accepted inside a zip either: things a browser or an OS would run or render.
DANGEROUS_EXTENSIONS = frozenset(
    [
        "exe",
        "dll",
        "com",
        "scr",
        "msi",
        "msp",
        "bat",
        "cmd",
        "ps1",
        "psm1",
        "vbs",
        "vbe",
        "js",
        "jse",
        "mjs",
        "wsf",
        "wsh",
        "hta",
        "jar",
        "apk",
        "app",
        "sh",
        "bash",
        "php",
        "phtml",
        "php5",
        "asp",
        "aspx",
        "jsp",
        "cgi",
        "pl",
        "py",
        "rb",
        "html",
        "htm",
        "xhtml",
        "shtml",
        "svg",
        "svgz",
        "xml",
        "xsl",
        "swf",
        "lnk",
        "reg",
        "iso",
        "img",
        "dmg",
        "docm",
        "xlsm",
        "pptm",
        "dotm",
        "xltm",
    ]
)
_MARKUP_START = re.compile(
    rb"<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|\?xml|!--)", re.I
)
_MARKUP_ANYWHERE = re.compile(rb"<\s*(script|html|svg|iframe|object|embed|meta)\b", re.I)
#: PDF actions that run code or programs when the file is opened.
_PDF_ACTIVE = re.compile(rb"/(JavaScript|JS|Launch)\b")
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
HEAD_BYTES = 8192
MAX_ZIP_MEMBERS = 2000
MAX_ZIP_RATIO = 100


@dataclass(frozen=True)
class CheckedUpload:
    extension: str
    mime: str
    name: str


def _refuse(message: str, code: str):
    raise ValidationError(message, code=code)


def _allowed(kind: str) -> dict[str, str]:
    if kind == "image":
        allowed = getattr(settings, "WAGTAILIMAGES_EXTENSIONS", list(IMAGE_TYPES))
        return {ext: IMAGE_TYPES[ext] for ext in allowed if ext in IMAGE_TYPES}
    allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", list(DOCUMENT_TYPES))
    return {ext: DOCUMENT_TYPES[ext] for ext in allowed if ext in DOCUMENT_TYPES}


def max_bytes_for(kind: str) -> int:
    if kind == "image":
        return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)


def normalise_filename(name: str, extension: str) -> str:
    """An ASCII, URL-safe file name from a Vietnamese one: "Báo cáo Quý 3.PDF" → "bao-cao-quy-3.pdf".

    Directory parts, dots and anything that is not a letter or digit go, so the stored name can
    never climb out of the upload folder, carry a second extension or break a URL.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    slug = re.sub(r"[^a-z0-9]+", "-", fold_vietnamese(stem)).strip("-")[:80].strip("-")
    extension = "jpg" if extension == "jpeg" else extension
    return f"{slug or 'tep'}.{extension}"


def _read_head(upload) -> bytes:
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    return head


def _read_all(upload) -> bytes:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def _looks_dangerous(head: bytes, *, text: bool) -> bool:
    """Executables and markup, whatever the name says. Text files may not carry markup at all."""
    if head.startswith(_EXECUTABLE_MAGIC):
        return True
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00")
    if _MARKUP_START.match(stripped):
        return True
    return text and bool(_MARKUP_ANYWHERE.search(head))


def _check_zip(upload, extension: str, limit: int) -> None:
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if len(members) > MAX_ZIP_MEMBERS:
                _refuse(_("Tệp nén có quá nhiều tệp bên trong."), "zip_members")
            total = sum(m.file_size for m in members)
            if total > limit * MAX_ZIP_RATIO:
                _refuse(_("Tệp nén giải nén ra quá lớn."), "zip_bomb")
            for member in members:
                path = member.filename.replace("\\", "/")
                if path.startswith("/") or ".." in path.split("/") or ":" in path:
                    _refuse(_("Tệp nén chứa đường dẫn không hợp lệ."), "zip_path")
                inner = path.rsplit(".", 1)[-1].lower() if "." in path else ""
                if extension == "zip" and inner in DANGEROUS_EXTENSIONS:
                    _refuse(
                        _("Tệp nén chứa tệp không được phép (%(name)s).") % {"name": path[:80]},
                        "zip_dangerous",
                    )
            if extension in OOXML_MEMBERS:
                if "[Content_Types].xml" not in names or OOXML_MEMBERS[extension] not in names:
                    _refuse(_("Nội dung tệp không khớp với loại tệp."), "mismatch")
                if any(n.lower().endswith("vbaproject.bin") for n in names):
                    _refuse(_("Không nhận tệp Office có macro."), "macro")
            elif extension in ODF_MIMETYPES and (
                "mimetype" not in names
                or archive.read("mimetype").strip() != ODF_MIMETYPES[extension]
            ):
                _refuse(_("Nội dung tệp không khớp với loại tệp."), "mismatch")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, OSError):
        _refuse(_("Tệp nén bị hỏng hoặc không đọc được."), "bad_zip")
    finally:
        upload.seek(0)


def _check_text(upload) -> None:
    data = _read_all(upload)
    if b"\x00" in data:
        _refuse(_("Nội dung tệp không khớp với loại tệp."), "mismatch")
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _refuse(_("Tệp văn bản cần mã hoá UTF-8."), "encoding")


def check_upload(upload, *, kind: str = "document", max_bytes: int | None = None) -> CheckedUpload:
    """Check one uploaded file; raise ValidationError (Vietnamese message, a `code`) if refused.

    `kind` is "image" (JPEG, PNG, WebP, GIF) or "document" (PDF, DOCX, XLSX, ODT, ODS, CSV, TXT,
    ZIP); the lists are narrowed by WAGTAILIMAGES_EXTENSIONS / WAGTAILDOCS_EXTENSIONS.
    """
    allowed = _allowed(kind)
    limit = max_bytes or max_bytes_for(kind)
    size = getattr(upload, "size", None)
    if size is None:
        size = len(_read_all(upload))
    if size > limit:
        _refuse(
            _("Tệp quá lớn (%(size)s); tối đa %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            "too_large",
        )
    if size == 0:
        _refuse(_("Tệp rỗng."), "empty")
    name = getattr(upload, "name", "") or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in allowed:
        _refuse(
            _("Không nhận loại tệp này. Chỉ nhận: %(types)s.")
            % {"types": ", ".join(sorted({e.upper() for e in allowed if e != "jpeg"}))},
            "type_not_allowed",
        )
    head = _read_head(upload)
    if _looks_dangerous(head, text=extension in ("csv", "txt")):
        _refuse(
            _("Tệp chứa mã HTML, SVG, JavaScript hoặc chương trình chạy được; không được phép."),
            "dangerous",
        )
    expected = allowed[extension]
    guessed = filetype.guess(head)
    if extension in ("csv", "txt"):
        if guessed is not None:
            _refuse(_("Nội dung tệp không khớp với loại tệp."), "mismatch")
        _check_text(upload)
    elif extension in OOXML_MEMBERS or extension in ODF_MIMETYPES or extension == "zip":
        if guessed is None or guessed.extension not in {"zip", extension}:
            _refuse(_("Nội dung tệp không khớp với loại tệp."), "mismatch")
        _check_zip(upload, extension, limit)
    elif extension == "pdf" and guessed is not None and guessed.mime == expected:
        if _PDF_ACTIVE.search(_read_all(upload)):
            _refuse(_("Tệp PDF chứa mã JavaScript hoặc lệnh chạy chương trình."), "pdf_active")
    elif guessed is None or guessed.mime != expected:
        _refuse(
            _("Nội dung tệp không khớp với đuôi “.%(ext)s” (tệp thực chất là %(kind)s).")
            % {"ext": extension, "kind": guessed.mime if guessed else _("không xác định")},
            "mismatch",
        )
    return CheckedUpload(extension, expected, normalise_filename(name, extension))


def reencode_image(upload, extension: str, name: str) -> ContentFile:
    """Decode and re-encode an image so only pixels survive (no metadata, no trailing payload)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        upload.seek(0)
        with Image.open(upload) as source:
            source.load()
            frames = getattr(source, "n_frames", 1)
            output = io.BytesIO()
            if extension == "gif":
                options = {"save_all": frames > 1, "optimize": True}
                for key in ("duration", "loop", "transparency", "disposal"):
                    if key in source.info:
                        options[key] = source.info[key]
                source.save(output, format="GIF", **options)
            else:
                image = ImageOps.exif_transpose(source)
                if extension in ("jpg", "jpeg"):
                    if image.mode not in ("RGB", "L"):
                        image = image.convert("RGB")
                    image.save(output, format="JPEG", quality=90, optimize=True)
                elif extension == "png":
                    image.save(output, format="PNG", optimize=True)
                else:
                    image.save(output, format="WEBP", quality=90)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        _refuse(_("Ảnh bị hỏng hoặc không đọc được."), "bad_image")
    finally:
        upload.seek(0)
    return ContentFile(output.getvalue(), name=name)
