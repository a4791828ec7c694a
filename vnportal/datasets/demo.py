"""Demo data sets for the demo province: a few records of every kind on the provincial portal, a
department, a commune and a ward. Idempotent (a record is recognised by portal, kind and title)
and saved through the service, so the demo has audit entries like real data."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from vnportal.tenancy.models import Portal

from . import services
from .choices import (
    BiddingMethod,
    BiddingStatus,
    BudgetPeriod,
    BudgetReportType,
    ContractType,
    FundingType,
    NoticeType,
    PlanStatus,
    PlanType,
    ProcurementMethod,
    ProcurementStatus,
    ProjectGroup,
    ProjectStatus,
)
from .models import (
    BiddingNotice,
    BudgetDisclosure,
    InvestmentProject,
    PlanningRecord,
    ProcurementRecord,
)

D = datetime.date

RECORDS = [
    (
        PlanningRecord,
        "xabato",
        dict(
            title="Kế hoạch sử dụng đất năm 2026 xã Ba Tơ",
            field="dat_dai",
            year=2026,
            plan_type=PlanType.LAND_USE,
            period_start=2026,
            period_end=2026,
            area_ha=Decimal("12450.00"),
            location="Toàn xã Ba Tơ",
            approving_authority="Ủy ban nhân dân tỉnh Quảng Ngãi",
            approved_on=D(2026, 1, 28),
            status=PlanStatus.APPROVED,
            source_document="245/QĐ-UBND",
            summary="Chỉ tiêu sử dụng đất, danh mục công trình, dự án thực hiện trong năm 2026.",
        ),
    ),
    (
        PlanningRecord,
        "xabato",
        dict(
            title="Quy hoạch chung xây dựng xã Ba Tơ đến năm 2035",
            field="xay_dung_quy_hoach",
            year=2026,
            plan_type=PlanType.RURAL,
            period_start=2026,
            period_end=2035,
            area_ha=Decimal("12450.00"),
            location="Toàn xã Ba Tơ",
            approving_authority="Ủy ban nhân dân xã Ba Tơ",
            status=PlanStatus.CONSULTATION,
            summary="Đồ án đang lấy ý kiến cộng đồng dân cư đến hết ngày 15/12/2026.",
        ),
    ),
    (
        PlanningRecord,
        "quangngai",
        dict(
            title="Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
            field="kinh_te_ke_hoach",
            year=2023,
            plan_type=PlanType.SECTOR,
            period_start=2021,
            period_end=2030,
            approving_authority="Thủ tướng Chính phủ",
            approved_on=D(2023, 12, 4),
            status=PlanStatus.APPROVED,
            source_document="1456/QĐ-TTg",
            summary="Quy hoạch tổng thể phát triển kinh tế - xã hội của tỉnh.",
        ),
    ),
    (
        PlanningRecord,
        "camthanh",
        dict(
            title="Quy hoạch chi tiết chỉnh trang khu dân cư tổ 5 phường Cẩm Thành",
            field="xay_dung_quy_hoach",
            year=2025,
            plan_type=PlanType.URBAN,
            period_start=2025,
            period_end=2030,
            area_ha=Decimal("8.60"),
            location="Tổ dân phố 5",
            approving_authority="Ủy ban nhân dân tỉnh Quảng Ngãi",
            approved_on=D(2025, 10, 3),
            status=PlanStatus.APPROVED,
        ),
    ),
    (
        InvestmentProject,
        "xabato",
        dict(
            title="Đường giao thông nông thôn thôn Gò Khế - Làng Mâm",
            field="giao_thong",
            year=2026,
            goal="Kết nối thôn Gò Khế với trung tâm xã, phục vụ đi lại và vận chuyển nông sản của 320 hộ dân.",
            project_group=ProjectGroup.GROUP_C,
            investor="Ủy ban nhân dân xã Ba Tơ",
            location="Thôn Gò Khế, Làng Mâm",
            start_year=2026,
            end_year=2027,
            total_investment=Decimal("4500000000"),
            funding_type=FundingType.STATE_BUDGET,
            status=ProjectStatus.IN_PROGRESS,
            source_document="58/QĐ-UBND",
        ),
    ),
    (
        InvestmentProject,
        "xabato",
        dict(
            title="Cấp nước sinh hoạt tập trung thôn Trường An",
            field="nong_nghiep",
            year=2025,
            goal="Cung cấp nước sạch cho 450 hộ dân đồng bào Hrê.",
            project_group=ProjectGroup.GROUP_C,
            investor="Ban Quản lý dự án đầu tư xây dựng tỉnh",
            location="Thôn Trường An",
            start_year=2025,
            end_year=2026,
            total_investment=Decimal("7800000000"),
            funding_type=FundingType.ODA,
            donor="Ngân hàng Phát triển châu Á (ADB)",
            status=ProjectStatus.IN_PROGRESS,
        ),
    ),
    (
        InvestmentProject,
        "xabato",
        dict(
            title="Trường Mầm non xã Ba Tơ - điểm trường Làng Trui",
            field="giao_duc",
            year=2024,
            goal="Xây dựng 4 phòng học và công trình phụ trợ.",
            project_group=ProjectGroup.GROUP_C,
            investor="Ủy ban nhân dân xã Ba Tơ",
            start_year=2024,
            end_year=2025,
            total_investment=Decimal("3200000000"),
            funding_type=FundingType.MIXED,
            status=ProjectStatus.COMPLETED,
        ),
    ),
    (
        InvestmentProject,
        "quangngai",
        dict(
            title="Nâng cấp Trung tâm dữ liệu tỉnh Quảng Ngãi",
            field="chuyen_doi_so",
            year=2026,
            goal="Bảo đảm hạ tầng cho Cổng thông tin điện tử tỉnh, các cổng thành phần và hệ thống một cửa điện tử.",
            project_group=ProjectGroup.GROUP_B,
            investor="Sở Khoa học và Công nghệ",
            start_year=2026,
            end_year=2028,
            total_investment=Decimal("58000000000"),
            funding_type=FundingType.STATE_BUDGET,
            status=ProjectStatus.PREPARING,
        ),
    ),
    (
        InvestmentProject,
        "camthanh",
        dict(
            title="Chỉnh trang vỉa hè đường Nguyễn Nghiêm",
            field="xay_dung_quy_hoach",
            year=2026,
            goal="Lát lại vỉa hè, trồng cây xanh, lắp chiếu sáng tiết kiệm năng lượng.",
            project_group=ProjectGroup.GROUP_C,
            investor="Ủy ban nhân dân phường Cẩm Thành",
            start_year=2026,
            end_year=2026,
            total_investment=Decimal("2100000000"),
            funding_type=FundingType.STATE_BUDGET,
            status=ProjectStatus.IN_PROGRESS,
        ),
    ),
    (
        BiddingNotice,
        "xabato",
        dict(
            title="Gói thầu số 03: Thi công xây dựng đường thôn Gò Khế - Làng Mâm",
            field="giao_thong",
            year=2026,
            notice_type=NoticeType.INVITATION,
            notice_code="IB2600215367",
            procuring_entity="Ủy ban nhân dân xã Ba Tơ",
            project_name="Đường giao thông nông thôn thôn Gò Khế - Làng Mâm",
            package_value=Decimal("3950000000"),
            selection_method=BiddingMethod.OPEN,
            contract_type=ContractType.FIXED_UNIT,
            published_on=D(2026, 10, 28),
            closing_at=datetime.datetime(2026, 11, 12, 9, 0),
            status=BiddingStatus.CLOSED,
        ),
    ),
    (
        BiddingNotice,
        "xabato",
        dict(
            title="Gói thầu số 02: Tư vấn giám sát thi công đường thôn Gò Khế",
            field="giao_thong",
            year=2026,
            notice_type=NoticeType.RESULT,
            procuring_entity="Ủy ban nhân dân xã Ba Tơ",
            project_name="Đường giao thông nông thôn thôn Gò Khế - Làng Mâm",
            package_value=Decimal("98000000"),
            selection_method=BiddingMethod.DIRECT,
            contract_type=ContractType.LUMP_SUM,
            published_on=D(2026, 9, 30),
            winner="Công ty TNHH Tư vấn xây dựng Miền Trung",
            winning_price=Decimal("96500000"),
            status=BiddingStatus.AWARDED,
        ),
    ),
    (
        BiddingNotice,
        "quangngai",
        dict(
            title="Gói thầu: Mua sắm thiết bị an toàn thông tin cho Trung tâm dữ liệu tỉnh",
            field="chuyen_doi_so",
            year=2026,
            notice_type=NoticeType.PLAN,
            procuring_entity="Sở Khoa học và Công nghệ",
            package_value=Decimal("12500000000"),
            selection_method=BiddingMethod.OPEN,
            contract_type=ContractType.LUMP_SUM,
            published_on=D(2026, 8, 15),
            status=BiddingStatus.OPEN,
        ),
    ),
    (
        ProcurementRecord,
        "xabato",
        dict(
            title="Mua sắm máy tính phục vụ Bộ phận Một cửa",
            field="cai_cach_hanh_chinh",
            year=2026,
            procuring_unit="Văn phòng HĐND và UBND xã Ba Tơ",
            quantity=Decimal("6"),
            unit_of_measure="bộ",
            total_value=Decimal("102000000"),
            funding_type=FundingType.STATE_BUDGET,
            method=ProcurementMethod.COMPETITIVE,
            decided_on=D(2026, 4, 10),
            supplier="Công ty Cổ phần Tin học Quảng Ngãi",
            status=ProcurementStatus.DONE,
        ),
    ),
    (
        ProcurementRecord,
        "camthanh",
        dict(
            title="Mua sắm bàn ghế hội trường phường",
            field="to_chuc_bo_may",
            year=2026,
            procuring_unit="UBND phường Cẩm Thành",
            quantity=Decimal("120"),
            unit_of_measure="bộ",
            total_value=Decimal("186000000"),
            funding_type=FundingType.STATE_BUDGET,
            method=ProcurementMethod.DIRECT,
            status=ProcurementStatus.PLANNED,
        ),
    ),
    (
        ProcurementRecord,
        "sotuphap",
        dict(
            title="Mua sắm tập trung máy photocopy",
            field="tu_phap",
            year=2026,
            procuring_unit="Sở Tư pháp",
            quantity=Decimal("2"),
            unit_of_measure="chiếc",
            total_value=Decimal("148000000"),
            funding_type=FundingType.STATE_BUDGET,
            method=ProcurementMethod.CENTRALISED,
            decided_on=D(2026, 6, 2),
            supplier="Trung tâm Mua sắm công tỉnh",
            status=ProcurementStatus.DONE,
        ),
    ),
    (
        BudgetDisclosure,
        "xabato",
        dict(
            title="Công khai dự toán ngân sách xã Ba Tơ năm 2026",
            field="tai_chinh_ngan_sach",
            year=2026,
            report_type=BudgetReportType.ESTIMATE,
            period=BudgetPeriod.YEAR,
            form_code="Biểu số 117/CK-NSNN",
            revenue_total=Decimal("15870000000"),
            expenditure_total=Decimal("15870000000"),
            disclosed_on=D(2026, 1, 20),
            source_document="01/QĐ-UBND",
        ),
    ),
    (
        BudgetDisclosure,
        "xabato",
        dict(
            title="Công khai tình hình thực hiện dự toán ngân sách xã Ba Tơ 9 tháng năm 2026",
            field="tai_chinh_ngan_sach",
            year=2026,
            report_type=BudgetReportType.EXECUTION,
            period=BudgetPeriod.M9,
            form_code="Biểu số 119/CK-NSNN",
            revenue_total=Decimal("11230000000"),
            expenditure_total=Decimal("10415000000"),
            disclosed_on=D(2026, 10, 12),
        ),
    ),
    (
        BudgetDisclosure,
        "xabato",
        dict(
            title="Công khai quyết toán ngân sách xã Ba Tơ năm 2025",
            field="tai_chinh_ngan_sach",
            year=2025,
            report_type=BudgetReportType.SETTLEMENT,
            period=BudgetPeriod.YEAR,
            form_code="Biểu số 120/CK-NSNN",
            revenue_total=Decimal("14960000000"),
            expenditure_total=Decimal("14702000000"),
            disclosed_on=D(2026, 6, 30),
        ),
    ),
    (
        BudgetDisclosure,
        "camthanh",
        dict(
            title="Công khai dự toán ngân sách phường Cẩm Thành năm 2026",
            field="tai_chinh_ngan_sach",
            year=2026,
            report_type=BudgetReportType.ESTIMATE,
            period=BudgetPeriod.YEAR,
            form_code="Biểu số 117/CK-NSNN",
            revenue_total=Decimal("28400000000"),
            expenditure_total=Decimal("28400000000"),
            disclosed_on=D(2026, 1, 22),
        ),
    ),
]


@transaction.atomic
def load_demo_datasets() -> dict:
    portals = {p.slug: p for p in Portal.objects.all()}
    created = 0
    for model, slug, values in RECORDS:
        portal = portals.get(slug)
        if (
            portal is None
            or model.objects.for_portal(portal).filter(title=values["title"]).exists()
        ):
            continue
        values = dict(values)
        if isinstance(values.get("closing_at"), datetime.datetime):
            values["closing_at"] = timezone.make_aware(values["closing_at"])
        services.save_record(model(portal=portal, **values))
        created += 1
    return {"created": created}
