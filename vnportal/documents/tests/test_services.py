"""Document services: validation, numbering uniqueness, files by content, publishing, audit."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase

from vnportal.documents import services
from vnportal.documents.choices import DocumentStatus, DocumentType, ValidityState
from vnportal.documents.files import check_attachment, extract_text, normalise_filename
from vnportal.documents.models import LegalDocument
from vnportal.security.models import AuditEntry
from vnportal.tenancy import services as tenancy
from vnportal.tenancy import units

from .factories import document_data, docx_bytes, make_document, pdf_bytes, upload


def build_portals(cls):
    province = units.create_unit(code="51", name="Tỉnh Quảng Ngãi", unit_type="province")
    cls.provincial = tenancy.create_portal(
        tenancy.PortalSpec(
            unit_code="51",
            slug="quangngai",
            hostname="quangngai.gov.vn",
            is_provincial=True,
            status="active",
        )
    )
    for slug, name in (("bato", "Xã Ba Tơ"), ("camthanh", "Phường Cẩm Thành")):
        units.create_unit(code=slug, name=name, unit_type="commune", parent=province)
        portal = tenancy.create_portal(
            tenancy.PortalSpec(unit_code=slug, slug=slug, path=slug, status="active")
        )
        setattr(cls, slug, portal)


class DocumentServiceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_portals(cls)

    def test_number_is_unique_per_issuer_and_year_and_restarts_each_year(self):
        make_document(self.bato)
        with self.assertRaises(ValidationError) as info:
            make_document(self.bato, abstract="Một quyết định khác cùng số")
        self.assertIn("number_symbol", info.exception.message_dict)
        self.assertIn("Điều 15", info.exception.message_dict["number_symbol"][0])
        # Art. 15: numbering restarts on 1 January, so the same number next year is fine ...
        make_document(
            self.bato,
            issue_date=datetime.date(2025, 6, 1),
            effective_date=datetime.date(2025, 6, 1),
        )
        # ... and so is the same number from another issuer or on another portal.
        make_document(self.bato, issuer="Ủy ban nhân dân tỉnh Quảng Ngãi")
        make_document(self.camthanh)
        self.assertEqual(LegalDocument.objects.count(), 4)

    def test_every_problem_is_reported_on_its_field(self):
        with self.assertRaises(ValidationError) as info:
            services.save_document(
                self.bato,
                document_data(
                    number_symbol="355/QĐ-UBND",
                    doc_type=DocumentType.DIRECTIVE,
                    effective_date=datetime.date(2026, 3, 1),
                    abstract="",
                ),
            )
        errors = info.exception.message_dict
        self.assertIn("CT", errors["number_symbol"][0])
        self.assertIn("trước ngày ban hành", errors["effective_date"][0])
        self.assertIn("abstract", errors)
        self.assertFalse(LegalDocument.objects.exists())

    def test_blank_effective_date_means_from_signature(self):
        document = make_document(self.bato, effective_date=None)
        self.assertEqual(document.effective_date, document.issue_date)
        self.assertEqual(document.validity(datetime.date(2026, 3, 5)), ValidityState.IN_FORCE)
        self.assertEqual(document.validity(datetime.date(2026, 3, 4)), ValidityState.NOT_YET)

    def test_publishing_needs_a_file_and_is_audited(self):
        document = make_document(self.bato)
        with self.assertRaises(ValidationError):
            services.publish_document(document)
        services.add_attachment(
            document, upload("Quyết định 355.PDF", pdf_bytes("Cong bo 12 thu tuc"))
        )
        services.publish_document(document)
        document.refresh_from_db()
        self.assertEqual(document.status, DocumentStatus.PUBLISHED)
        attachment = document.attachments.get()
        self.assertTrue(attachment.file.name.startswith(f"{self.bato.pk}/van-ban/2026/"))
        self.assertTrue(attachment.file.name.endswith("quyet-dinh-355.pdf"))
        self.assertIn("cong bo 12 thu tuc", document.search_text)
        actions = set(AuditEntry.objects.values_list("action", flat=True))
        self.assertTrue({"document.create", "document.attach", "document.publish"} <= actions)
        # The last file of a published document cannot be removed.
        with self.assertRaises(ValidationError):
            services.remove_attachment(attachment)

    def test_search_finds_words_of_the_file_with_or_without_accents(self):
        document = make_document(self.bato)
        services.add_attachment(
            document, upload("kh.docx", docx_bytes("Kế hoạch chuyển đổi số xã Ba Tơ năm 2026"))
        )
        found = LegalDocument.objects.matching("chuyen doi so")
        self.assertEqual(list(found), [document])
        self.assertEqual(list(LegalDocument.objects.matching("chuyển đổi số")), [document])
        self.assertFalse(LegalDocument.objects.matching("ngân sách").exists())

    def test_replacement_sets_the_expiry_and_stays_inside_the_portal(self):
        old = make_document(
            self.bato,
            number_symbol="12/QĐ-UBND",
            issue_date=datetime.date(2025, 1, 10),
            effective_date=datetime.date(2025, 1, 10),
        )
        new = make_document(self.bato, number_symbol="40/QĐ-UBND")
        data = document_data(
            number_symbol="12/QĐ-UBND",
            issue_date=datetime.date(2025, 1, 10),
            effective_date=datetime.date(2025, 1, 10),
            replaced_by=new,
        )
        services.save_document(self.bato, data, document=old)
        old.refresh_from_db()
        self.assertEqual(old.replaced_by, new)
        self.assertEqual(old.expiry_date, new.effective_date)
        self.assertEqual(old.validity(datetime.date(2026, 4, 1)), ValidityState.REPLACED)
        foreign = make_document(self.camthanh, number_symbol="41/QĐ-UBND")
        with self.assertRaises(ValidationError):
            services.save_document(self.bato, {**data, "replaced_by": foreign}, document=old)
        self.assertEqual(services.find_by_reference(self.bato, "12/QĐ-UBND (2025)"), old)

    def test_in_force_and_expired_querysets(self):
        make_document(self.bato, number_symbol="1/QĐ-UBND", expiry_date=datetime.date(2026, 4, 1))
        make_document(self.bato, number_symbol="2/QĐ-UBND")
        on = datetime.date(2026, 5, 1)
        self.assertEqual(
            list(LegalDocument.objects.in_force(on).values_list("number_symbol", flat=True)),
            ["2/QĐ-UBND"],
        )
        self.assertEqual(LegalDocument.objects.expired(on).get().number_symbol, "1/QĐ-UBND")


class AttachmentCheckTests(TestCase):
    def test_files_are_checked_by_content(self):
        self.assertEqual(check_attachment(upload("a.pdf", pdf_bytes())), "pdf")
        self.assertEqual(check_attachment(upload("a.docx", docx_bytes())), "docx")
        cases = {
            "fake.pdf": b"MZ\x90\x00 a program",
            "fake.docx": pdf_bytes(),
            "zip.docx": _zip_without_word(),
            "a.exe": b"MZ",
            "empty.pdf": b"",
        }
        for name, data in cases.items():
            with self.subTest(name=name), self.assertRaises(ValidationError) as info:
                check_attachment(upload(name, data))
            self.assertIn(name, info.exception.messages[0])

    def test_text_is_extracted_and_names_normalised(self):
        self.assertIn("Hello registry", extract_text(pdf_bytes("Hello registry"), "pdf"))
        self.assertIn("Thủ tục", extract_text(docx_bytes("Thủ tục hành chính"), "docx"))
        self.assertEqual(extract_text(b"%PDF-broken", "pdf"), "")
        self.assertEqual(
            normalise_filename("Quyết định số 355 (bản ký).PDF", "pdf"),
            "quyet-dinh-so-355-ban-ky.pdf",
        )


def _zip_without_word() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    return buffer.getvalue()
