"""Demo documents for the demo province: directive and legal normative documents of the province,
its departments and its communes, each published with a generated DOCX (and some with a PDF) so
that downloads and full-text search work in the demo.

`load_demo_documents()` is idempotent: a document is recognised by its numbering key, and files
are attached only to documents without one. Everything goes through the services. A document
dated after today (on a machine whose clock is behind) is skipped rather than refused.

`load_demo_registries()` loads the three registries in order (procedures, documents, data sets):
the single call for `manage.py load_demo`.
"""

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from vnportal.tenancy.models import Portal

from . import services
from .choices import DocumentField, DocumentStatus, DocumentType
from .models import LegalDocument

D = datetime.date

#: portal slug, number-symbol, type, issuer, signer, issued, effective, field, abstract
DOCUMENTS = [
    (
        "quangngai",
        "42/2022/NĐ-CP",
        DocumentType.DECREE,
        "Chính phủ",
        "Lê Minh Khái",
        D(2022, 6, 24),
        D(2022, 8, 15),
        DocumentField.DIGITAL,
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
    ),
    (
        "quangngai",
        "224/2026/NĐ-CP",
        DocumentType.DECREE,
        "Chính phủ",
        "Thủ tướng Chính phủ",
        D(2026, 6, 24),
        D(2026, 7, 1),
        DocumentField.DIGITAL,
        "Quy định chi tiết một số điều của Luật Chuyển đổi số về cung cấp thông tin và dịch vụ công trực tuyến",
    ),
    (
        "quangngai",
        "148/2025/QH15",
        DocumentType.LAW,
        "Quốc hội",
        "Chủ tịch Quốc hội",
        D(2025, 12, 11),
        D(2026, 7, 1),
        DocumentField.DIGITAL,
        "Luật Chuyển đổi số",
    ),
    (
        "quangngai",
        "12/2025/QĐ-UBND",
        DocumentType.DECISION,
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Chủ tịch UBND tỉnh",
        D(2025, 8, 12),
        D(2025, 8, 25),
        DocumentField.DIGITAL,
        "Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Quảng Ngãi và các cổng thành phần",
    ),
    (
        "quangngai",
        "05/CT-UBND",
        DocumentType.DIRECTIVE,
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Chủ tịch UBND tỉnh",
        D(2026, 3, 2),
        None,
        DocumentField.DIGITAL,
        "Về tăng cường bảo đảm an toàn thông tin, rà soát nội dung trên các cổng thông tin điện tử cấp xã",
    ),
    (
        "quangngai",
        "2150/QĐ-UBND",
        DocumentType.DECISION,
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Phó Chủ tịch UBND tỉnh",
        D(2026, 9, 15),
        None,
        DocumentField.ADMIN_REFORM,
        "Công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của UBND cấp xã trên địa bàn tỉnh",
    ),
    (
        "quangngai",
        "4312/UBND-KGVX",
        DocumentType.OFFICIAL_LETTER,
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Phó Chủ tịch UBND tỉnh",
        D(2026, 10, 6),
        None,
        DocumentField.CULTURE,
        "Về việc tổ chức các hoạt động hưởng ứng Ngày Văn hóa Việt Nam 24 tháng 11",
    ),
    (
        "quangngai",
        "86/KH-UBND",
        DocumentType.PLAN,
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Phó Chủ tịch UBND tỉnh",
        D(2026, 4, 20),
        None,
        DocumentField.ADMIN_REFORM,
        "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026",
    ),
    (
        "sotuphap",
        "215/KH-STP",
        DocumentType.PLAN,
        "Sở Tư pháp tỉnh Quảng Ngãi",
        "Giám đốc Sở",
        D(2026, 2, 10),
        None,
        DocumentField.JUSTICE,
        "Kế hoạch phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2026",
    ),
    (
        "sotuphap",
        "1024/STP-HCTP",
        DocumentType.OFFICIAL_LETTER,
        "Sở Tư pháp tỉnh Quảng Ngãi",
        "Phó Giám đốc Sở",
        D(2026, 7, 14),
        None,
        DocumentField.JUSTICE,
        "Về việc hướng dẫn thực hiện thủ tục đăng ký khai sinh, khai tử liên thông trực tuyến",
    ),
    (
        "snnmt",
        "38/QĐ-SNNMT",
        DocumentType.DECISION,
        "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
        "Giám đốc Sở",
        D(2026, 5, 8),
        None,
        DocumentField.AGRICULTURE,
        "Phê duyệt kế hoạch phòng, chống dịch bệnh động vật năm 2026",
    ),
    (
        "xabato",
        "125/QĐ-UBND",
        DocumentType.DECISION,
        "Ủy ban nhân dân xã Ba Tơ",
        "Phạm Văn Hùng - Chủ tịch",
        D(2025, 7, 15),
        None,
        DocumentField.ORGANISATION,
        "Về việc thành lập Ban biên tập Trang thông tin điện tử xã Ba Tơ",
    ),
    (
        "xabato",
        "12/QĐ-UBND",
        DocumentType.DECISION,
        "Ủy ban nhân dân xã Ba Tơ",
        "Phạm Văn Hùng - Chủ tịch",
        D(2026, 1, 12),
        None,
        DocumentField.ORGANISATION,
        "Ban hành Quy chế hoạt động của Ban biên tập Trang thông tin điện tử xã Ba Tơ",
    ),
    (
        "xabato",
        "45/KH-UBND",
        DocumentType.PLAN,
        "Ủy ban nhân dân xã Ba Tơ",
        "Đinh Văn Dũng - Phó Chủ tịch",
        D(2026, 3, 18),
        None,
        DocumentField.DISASTER,
        "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
    ),
    (
        "xabato",
        "318/UBND-VP",
        DocumentType.OFFICIAL_LETTER,
        "Ủy ban nhân dân xã Ba Tơ",
        "Đinh Văn Dũng - Phó Chủ tịch",
        D(2026, 9, 4),
        None,
        DocumentField.DIGITAL,
        "Về việc rà soát, gỡ bỏ nội dung quảng cáo cá cược, cờ bạc trên Trang thông tin điện tử xã",
    ),
    (
        "xabato",
        "22/TB-UBND",
        DocumentType.NOTICE,
        "Ủy ban nhân dân xã Ba Tơ",
        "Phạm Văn Hùng - Chủ tịch",
        D(2026, 10, 20),
        None,
        DocumentField.ADMIN_REFORM,
        "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã quý IV năm 2026",
    ),
    (
        "camthanh",
        "76/QĐ-UBND",
        DocumentType.DECISION,
        "Ủy ban nhân dân phường Cẩm Thành",
        "Chủ tịch UBND phường",
        D(2026, 4, 2),
        None,
        DocumentField.CONSTRUCTION,
        "Phê duyệt danh mục công trình chỉnh trang đô thị năm 2026",
    ),
    (
        "camthanh",
        "08/CT-UBND",
        DocumentType.DIRECTIVE,
        "Ủy ban nhân dân phường Cẩm Thành",
        "Chủ tịch UBND phường",
        D(2026, 6, 9),
        None,
        DocumentField.ENVIRONMENT,
        "Về tăng cường công tác bảo vệ môi trường, giữ gìn vệ sinh đô thị",
    ),
    (
        "camthanh",
        "205/UBND-VHXH",
        DocumentType.OFFICIAL_LETTER,
        "Ủy ban nhân dân phường Cẩm Thành",
        "Phó Chủ tịch UBND phường",
        D(2026, 8, 27),
        None,
        DocumentField.EDUCATION,
        "Về việc chuẩn bị năm học mới 2026 - 2027",
    ),
]
#: (portal, replaced symbol) → replacing symbol
REPLACEMENTS = {("quangngai", "42/2022/NĐ-CP"): "224/2026/NĐ-CP"}


def _docx(title: str, body: str) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(title, level=1)
    document.add_paragraph(body)
    document.add_paragraph(
        "Văn bản này là bản minh hoạ của hệ thống cổng thông tin điện tử (dữ liệu thử nghiệm)."
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@transaction.atomic
def load_demo_documents() -> dict:
    today = timezone.localdate()
    portals = {p.slug: p for p in Portal.objects.all()}
    created = 0
    by_symbol = {}
    for slug, symbol, doc_type, issuer, signer, issued, effective, field, abstract in DOCUMENTS:
        portal = portals.get(slug)
        if portal is None or issued > today:
            continue
        document = (
            LegalDocument.objects.for_portal(portal)
            .filter(number_symbol=symbol, year=issued.year)
            .first()
        )
        if document is None:
            document = services.save_document(
                portal,
                {
                    "number_symbol": symbol,
                    "doc_type": doc_type,
                    "issuer": issuer,
                    "signer": signer,
                    "issue_date": issued,
                    "effective_date": effective,
                    "field": field,
                    "abstract": abstract,
                },
            )
            created += 1
        if not document.attachments.exists():
            name = f"{doc_type.label} {symbol.replace('/', '-')}.docx"
            services.add_attachment(
                document,
                SimpleUploadedFile(name, _docx(f"{doc_type.label} số {symbol}", abstract)),
            )
        if document.status != DocumentStatus.PUBLISHED:
            services.publish_document(document)
        by_symbol[(slug, symbol)] = document
    for (slug, old_symbol), new_symbol in REPLACEMENTS.items():
        old, new = by_symbol.get((slug, old_symbol)), by_symbol.get((slug, new_symbol))
        if old and new and old.replaced_by_id != new.pk:
            data = {name: getattr(old, name) for name in services.INPUT_FIELDS}
            data["replaced_by"] = new
            data["expiry_date"] = None
            services.save_document(old.portal, data, document=old)
    return {"documents": LegalDocument.objects.count(), "created": created}


def load_demo_registries() -> dict:
    """Procedures, documents and data sets of the demo province, in that order (idempotent)."""
    from vnportal.datasets.demo import load_demo_datasets
    from vnportal.procedures.demo import load_demo_procedures

    return {
        "procedures": load_demo_procedures(),
        "documents": load_demo_documents(),
        "datasets": load_demo_datasets(),
    }
