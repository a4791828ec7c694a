"""Oversized and mislabelled uploads are refused with a message on the field."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from vnportal.content.forms import check_document_upload


def _pdf():
    return b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def test_a_real_pdf_passes():
    check_document_upload(SimpleUploadedFile("quyet-dinh.pdf", _pdf()))


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("quyet-dinh.pdf", b"MZ\x90\x00" + b"\x00" * 200, "file_mislabelled"),
        ("bao-cao.docx", _pdf(), "file_mislabelled"),
        ("ghi-chu.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "file_mislabelled"),
        ("virus.exe", b"MZ", "file_type"),
    ],
)
def test_mislabelled_or_unknown_files_are_refused(name, content, code):
    with pytest.raises(ValidationError) as exc:
        check_document_upload(SimpleUploadedFile(name, content))
    assert exc.value.code == code


def test_oversized_document_is_refused(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    with pytest.raises(ValidationError) as exc:
        check_document_upload(SimpleUploadedFile("lon.pdf", _pdf() + b"0" * 2048))
    assert exc.value.code == "file_too_large"


def test_document_form_reports_the_error_on_the_file_field(db):
    from wagtail.documents.forms import get_document_form
    from wagtail.documents.models import Document

    from vnportal.content.forms import PortalDocumentForm

    form_class = get_document_form(Document)
    form = type("F", (PortalDocumentForm,), {"Meta": form_class.Meta})(
        data={"title": "QĐ"}, files={"file": SimpleUploadedFile("qd.pdf", b"MZ" + b"\x00" * 64)}
    )
    assert not form.is_valid()
    assert "file" in form.errors


def test_image_with_a_wrong_extension_is_refused_by_wagtail(db):
    from PIL import Image as PILImage
    from wagtail.images.forms import get_image_form
    from wagtail.images.models import Image

    buffer = io.BytesIO()
    PILImage.new("RGB", (10, 10)).save(buffer, format="PNG")
    form = get_image_form(Image)(
        data={"title": "Ảnh"}, files={"file": SimpleUploadedFile("anh.jpg", buffer.getvalue())}
    )
    assert not form.is_valid()
    assert "file" in form.errors
