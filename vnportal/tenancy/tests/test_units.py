"""The dated tree of administrative units and its CSV import."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from vnportal.tenancy import units
from vnportal.tenancy.models import AdministrativeUnit, UnitVersion

D = datetime.date
REFORM = D(2025, 7, 1)


@pytest.fixture
def three_levels(province):
    district = units.create_unit(
        code="440", name="Huyện Ba Tơ", unit_type="district", parent=province
    )
    bato = units.create_unit(code="21319", name="Xã Ba Tơ", unit_type="commune", parent=district)
    badong = units.create_unit(
        code="21325", name="Xã Ba Động", unit_type="commune", parent=district
    )
    return province, district, bato, badong


def _children(tree, unit):
    return sorted(v.unit.code for v in tree.get(unit.pk, []))


def test_moving_to_two_levels_keeps_history_and_the_past_tree(three_levels, make_portal):
    province, district, bato, badong = three_levels
    units.move_unit(bato, province, on=REFORM)
    units.merge_units(badong, bato, on=REFORM)
    units.rename_unit(bato, "Xã Ba Tơ (mới)", on=D(2025, 8, 1))

    before = units.tree_at(D(2025, 6, 30))
    assert _children(before, district) == ["21319", "21325"]
    after = units.tree_at(D(2025, 7, 1))
    assert "21319" in _children(after, province)
    assert _children(after, district) == []
    assert "21325" not in {v.unit.code for vs in after.values() for v in vs}
    names = [v.name for v in UnitVersion.objects.filter(unit=bato).order_by("valid_from")]
    assert names == ["Xã Ba Tơ", "Xã Ba Tơ", "Xã Ba Tơ (mới)"]
    badong.refresh_from_db()
    assert badong.merged_into == bato and badong.dissolved_on == REFORM
    assert AdministrativeUnit.objects.get(code="21319").parent == province


def test_a_unit_move_keeps_its_portal(three_levels, provincial_portal):
    from vnportal.tenancy import services

    province, district, bato, _ = three_levels
    portal = services.create_portal(services.PortalSpec(unit_code="21319", path="xa-ba-to"))
    units.move_unit(bato, province, on=REFORM)
    portal.refresh_from_db()
    assert portal.unit == bato and portal.root_page.live


def test_cycles_and_backdated_changes_are_refused(three_levels):
    province, district, bato, _ = three_levels
    with pytest.raises(ValidationError):
        units.move_unit(province, bato, on=REFORM)
    with pytest.raises(ValidationError):
        units.move_unit(bato, province, on=D(1999, 1, 1))


CSV_OK = """code,name,type,parent_code,name_en
51,Tỉnh Quảng Ngãi,province,,Quang Ngai
21319,Xã Ba Tơ,commune,51,Ba To
51-STP,Sở Tư pháp,department,51,Department of Justice
"""


def test_import_is_idempotent(db):
    report = units.import_units(CSV_OK)
    assert report.ok and report.created == 3
    again = units.import_units(CSV_OK)
    assert again.ok and again.created == 0 and again.updated == 0
    assert AdministrativeUnit.objects.get(code="21319").parent.code == "51"
    assert UnitVersion.objects.count() == 3


def test_import_reports_every_bad_row_and_imports_nothing(db):
    text = (
        "code,name,type,parent_code\n"
        "51,Tỉnh Quảng Ngãi,province,\n"
        "21319,,commune,51\n"
        "21322,Xã Ba Vì,village,51\n"
        "21325,Xã Ba Động,commune,999\n"
        "51,Trùng mã,province,\n"
    )
    report = units.import_units(text)
    assert not report.ok
    joined = "\n".join(report.errors)
    assert "Dòng 3" in joined and "name" in joined
    assert "Dòng 4" in joined and "village" in joined
    assert "Dòng 5" in joined and "999" in joined
    assert "Dòng 6" in joined and "dòng 2" in joined
    assert AdministrativeUnit.objects.count() == 0


def test_import_refuses_a_cycle_whole(db):
    report = units.import_units("code,name,type,parent_code\nA,Một,commune,B\nB,Hai,commune,A\n")
    assert not report.ok and AdministrativeUnit.objects.count() == 0


def test_import_units_command(tmp_path, db):
    good = tmp_path / "units.csv"
    good.write_text(CSV_OK, encoding="utf-8")
    call_command("import_units", str(good))
    assert AdministrativeUnit.objects.count() == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name\n1,x\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_units", str(bad))
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_units", str(tmp_path / "missing.csv"))
