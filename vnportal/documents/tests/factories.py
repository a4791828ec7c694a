"""Builders for documents tests: records through the real services, and real PDF/DOCX bytes."""

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile

from vnportal.documents import services
from vnportal.documents.choices import DocumentField, DocumentType


def pdf_bytes(text: str = "Quyet dinh cong bo thu tuc hanh chinh") -> bytes:
    """A small valid PDF whose text layer holds `text` (ASCII, Helvetica)."""
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 50 750 Td ({safe}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def docx_bytes(*paragraphs: str) -> bytes:
    from docx import Document

    document = Document()
    for paragraph in paragraphs or ("Kế hoạch chuyển đổi số năm 2026",):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def document_data(**overrides) -> dict:
    data = {
        "number_symbol": "355/QĐ-UBND",
        "doc_type": DocumentType.DECISION,
        "issuer": "Ủy ban nhân dân xã Ba Tơ",
        "signer": "Phạm Văn Hùng",
        "issue_date": datetime.date(2026, 3, 5),
        "effective_date": datetime.date(2026, 3, 5),
        "expiry_date": None,
        "field": DocumentField.ADMIN_REFORM,
        "abstract": "Về việc công bố danh mục thủ tục hành chính cấp xã",
    }
    data.update(overrides)
    return data


def make_document(portal, *, publish=False, by=None, file_text=None, **overrides):
    document = services.save_document(portal, document_data(**overrides), by=by)
    if publish or file_text:
        services.add_attachment(
            document, upload("quyet-dinh.pdf", pdf_bytes(file_text or "Noi dung van ban")), by=by
        )
    if publish:
        services.publish_document(document, by=by)
    return document
