"""Uploads are judged by content: mislabelled, markup, executable, macro, traversal and oversized
files are refused with a Vietnamese message; names become ASCII; images lose their metadata."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from vnportal.security.uploads import check_upload, normalise_filename, reencode_image


def png_bytes(size=(40, 30), color=(165, 14, 36)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    out = io.BytesIO()
    exif = PILImage.Exif()
    exif[0x010F] = "Camera của cán bộ"  # Make
    exif[0x8825] = {1: "N", 2: (15.0, 7.0, 0.0)}  # GPS IFD
    PILImage.new("RGB", (40, 30), (0, 90, 160)).save(out, format="JPEG", exif=exif)
    return out.getvalue()


def docx_bytes(*, macro=False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        if macro:
            archive.writestr("word/vbaProject.bin", b"\x00macro")
    return out.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

REFUSED = [
    (
        "image",
        "anh.png",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "dangerous",
    ),
    ("image", "anh.jpg", png_bytes(), "mismatch"),
    ("image", "anh.svg", b"<svg/>", "type_not_allowed"),
    ("image", "anh.html", b"<html></html>", "type_not_allowed"),
    ("document", "bao-cao.pdf", b"<!DOCTYPE html><html><script>alert(1)</script>", "dangerous"),
    ("document", "bao-cao.pdf", b"MZ\x90\x00\x03" + b"\x00" * 100, "dangerous"),
    ("document", "bao-cao.pdf", b"#!/bin/sh\nrm -rf /\n", "dangerous"),
    ("document", "bao-cao.pdf", PDF + b"<< /S /JavaScript /JS (app.alert(1)) >>", "pdf_active"),
    ("document", "bao-cao.pdf", png_bytes(), "mismatch"),
    ("document", "bao-cao.docx", zip_bytes({"a.txt": b"x"}), "mismatch"),
    ("document", "bao-cao.docx", docx_bytes(macro=True), "macro"),
    ("document", "bao-cao.xlsx", docx_bytes(), "mismatch"),
    ("document", "du-lieu.csv", b"ten,tuoi\n<script>alert(1)</script>,3\n", "dangerous"),
    ("document", "du-lieu.csv", b"ten,tuoi\x00\x01", "mismatch"),
    ("document", "du-lieu.csv", "tên,tuổi\n".encode("utf-16"), "mismatch"),
    ("document", "ghi-chu.txt", "Ghi chú".encode("cp1258"), "encoding"),
    ("document", "ho-so.zip", zip_bytes({"../../etc/cron.d/x": b"x"}), "zip_path"),
    ("document", "ho-so.zip", zip_bytes({"cai-dat.exe": b"MZ"}), "zip_dangerous"),
    ("document", "ho-so.zip", zip_bytes({"trang.html": b"<html>"}), "zip_dangerous"),
    ("document", "trang.html", b"<html></html>", "type_not_allowed"),
    ("document", "script.js", b"alert(1)", "type_not_allowed"),
    ("document", "rong.pdf", b"", "empty"),
]


@pytest.mark.parametrize(("kind", "name", "data", "code"), REFUSED)
def test_refused_uploads_say_why(kind, name, data, code):
    with pytest.raises(ValidationError) as caught:
        check_upload(upload(name, data), kind=kind)
    assert caught.value.code == code
    assert caught.value.messages[0]  # a Vietnamese sentence for the field


def test_oversized_upload_is_refused_before_reading(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    with pytest.raises(ValidationError) as caught:
        check_upload(upload("lon.pdf", PDF + b"0" * 2000), kind="document")
    assert caught.value.code == "too_large"
    assert "tối đa 1,0" in caught.value.messages[0] or "tối đa 1.0" in caught.value.messages[0]


@pytest.mark.parametrize(
    ("kind", "name", "data"),
    [
        ("image", "Ảnh Hội nghị.PNG", png_bytes()),
        ("image", "anh.jpeg", jpeg_with_gps()),
        ("document", "Báo cáo Quý 3.pdf", PDF),
        ("document", "Kế hoạch.docx", docx_bytes()),
        ("document", "danh-sach.csv", "họ tên,xã\nNguyễn Văn A,Ba Tơ\n".encode()),
        ("document", "ghi-chu.txt", "\ufeffGhi chú có dấu < 5 triệu".encode()),
        ("document", "ho-so.zip", zip_bytes({"van-ban/quyet-dinh.pdf": PDF})),
    ],
)
def test_accepted_uploads(kind, name, data):
    checked = check_upload(upload(name, data), kind=kind)
    assert checked.name.isascii() and "/" not in checked.name


def test_file_names_are_ascii_and_cannot_climb_out():
    assert normalise_filename("Báo cáo Quý 3.PDF", "pdf") == "bao-cao-quy-3.pdf"
    assert normalise_filename("../../etc/passwd.pdf", "pdf") == "passwd.pdf"
    assert normalise_filename("C:\\Users\\x\\Đơn.php.pdf", "pdf") == "don-php.pdf"
    assert normalise_filename("....", "jpeg") == "tep.jpg"


def test_images_are_re_encoded_without_metadata_or_trailing_payload():
    jpeg = reencode_image(upload("a.jpg", jpeg_with_gps()), "jpg", "a.jpg")
    with PILImage.open(io.BytesIO(jpeg.read())) as image:
        assert not image.getexif()
    polyglot = png_bytes() + b"<script>alert(1)</script>"
    clean = reencode_image(upload("a.png", polyglot), "png", "a.png").read()
    assert b"<script>" not in clean
    with PILImage.open(io.BytesIO(clean)) as image:
        assert image.size == (40, 30)


# --- Through Wagtail's admin screens --------------------------------------------------------


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", "qt@example.org", "x")
    client.force_login(user)
    return client


def test_admin_image_upload_is_cleaned_and_renamed(admin_client):
    from wagtail.models import Collection

    payload = jpeg_with_gps()
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Hội nghị",
            "collection": Collection.get_first_root_node().pk,
            "file": upload("Ảnh Hội nghị.jpg", payload, "image/jpeg"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    image = Image.objects.get(title="Hội nghị")
    assert image.file.name.startswith("original_images/anh-hoi-nghi")
    with image.open_file() as stored, PILImage.open(stored) as picture:
        assert not picture.getexif()
    assert image.file_size == image.file.size


def test_admin_upload_of_disguised_markup_is_refused(admin_client):
    from wagtail.models import Collection

    root = Collection.get_first_root_node().pk
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "x", "collection": root, "file": upload("anh.png", svg, "image/png")},
    )
    assert response.status_code == 200
    assert not Image.objects.exists()
    html = b"<!doctype html><script>document.location='https://evil.example'</script>"
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "x", "collection": root, "file": upload("bao-cao.pdf", html, "application/pdf")},
    )
    assert response.status_code == 200
    assert "HTML, SVG, JavaScript" in response.content.decode()
    assert not Document.objects.exists()


def test_admin_document_upload_gets_an_ascii_name(admin_client):
    from wagtail.models import Collection

    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Báo cáo",
            "collection": Collection.get_first_root_node().pk,
            "file": upload("Báo cáo Quý 3.pdf", PDF, "application/pdf"),
        },
    )
    assert response.status_code == 302
    assert Document.objects.get().file.name == "documents/bao-cao-quy-3.pdf"


def test_multiple_upload_goes_through_the_same_checks(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": upload("trang.pdf", b"<html><script>alert(1)</script></html>")},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not Document.objects.exists()
