"""Seed the response periods in force: the Lào Cai directive for Q&A, the Law on Access to
Information for information requests, and Decree 43/2011's 15 days for Q&A received before."""

import datetime

from django.db import migrations

DIRECTIVE = "Công văn 6821/UBND-BBT ngày 31/12/2023 của UBND tỉnh Lào Cai, mục 1.2"
DECREE_43 = "Nghị định 43/2011/NĐ-CP, Điều 17 (điểm đ)"
LAW_ATI = "Luật Tiếp cận thông tin 2016, Điều 30"
DIRECTIVE_DAY = datetime.date(2023, 12, 31)
BEFORE = datetime.date(2011, 6, 13)  # Decree 43/2011 dated 13 June 2011
LAW_IN_FORCE = datetime.date(2018, 7, 1)

PERIODS = [
    # kind, working days, valid from, valid to, legal basis
    ("qa_within_authority", 15, BEFORE, DIRECTIVE_DAY - datetime.timedelta(days=1), DECREE_43),
    ("qa_inter_agency", 15, BEFORE, DIRECTIVE_DAY - datetime.timedelta(days=1), DECREE_43),
    ("qa_appointment_max", 15, BEFORE, DIRECTIVE_DAY - datetime.timedelta(days=1), DECREE_43),
    ("qa_within_authority", 5, DIRECTIVE_DAY, None, DIRECTIVE),
    ("qa_inter_agency", 8, DIRECTIVE_DAY, None, DIRECTIVE),
    ("qa_appointment_max", 10, DIRECTIVE_DAY, None, DIRECTIVE),
    ("info_simple", 3, LAW_IN_FORCE, None, LAW_ATI + " khoản 1"),
    ("info_complex_notice", 3, LAW_IN_FORCE, None, LAW_ATI + " khoản 2"),
    ("info_complex_supply", 15, LAW_IN_FORCE, None, LAW_ATI + " khoản 2"),
    ("info_extension_max", 15, LAW_IN_FORCE, None, LAW_ATI + " khoản 2"),
]


def seed(apps, schema_editor):
    ResponsePeriod = apps.get_model("qa", "ResponsePeriod")
    for kind, days, valid_from, valid_to, basis in PERIODS:
        ResponsePeriod.objects.get_or_create(
            kind=kind,
            valid_from=valid_from,
            defaults={"working_days": days, "valid_to": valid_to, "legal_basis": basis},
        )


def unseed(apps, schema_editor):
    ResponsePeriod = apps.get_model("qa", "ResponsePeriod")
    for kind, _days, valid_from, _to, _basis in PERIODS:
        ResponsePeriod.objects.filter(kind=kind, valid_from=valid_from).delete()


class Migration(migrations.Migration):
    dependencies = [("qa", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
