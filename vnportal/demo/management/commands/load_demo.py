"""`manage.py load_demo`: load the demo province (idempotent), printing the demo logins."""

import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from vnportal.accounts import services as accounts
from vnportal.content.models import SectionPage
from vnportal.demo import data
from vnportal.tenancy import services, units
from vnportal.tenancy.models import AdministrativeUnit, Portal


class Command(BaseCommand):
    help = "Load the demo province: units, 7 portals, content and one login per role."

    @transaction.atomic
    def handle(self, *args, **opts):
        self._units()
        for spec in data.PORTALS:
            self._portal(spec)
        self._users()
        self.stdout.write(
            self.style.SUCCESS(f"Demo province loaded. Logins (password {data.PASSWORD}):")
        )
        for username, full_name, portal, role in data.USERS:
            self.stdout.write(f"  {username:<20} {role:<13} {portal or 'toàn tỉnh'}  ({full_name})")

    def _units(self):
        by_code = {u.code: u for u in AdministrativeUnit.objects.all()}
        for code, name, name_en, kind, parent, since in data.UNITS:
            if code not in by_code:
                by_code[code] = units.create_unit(
                    code=code,
                    name=name,
                    name_en=name_en,
                    unit_type=kind,
                    parent=by_code.get(parent),
                    valid_from=datetime.date.fromisoformat(since),
                )
        reform = data.REFORM_DAY
        district, province = by_code["440"], by_code["51"]
        if district.dissolved_on is None:
            for code in ("21319", "21322"):
                units.move_unit(
                    by_code[code], province, on=reform, note="Bỏ cấp huyện từ 01/7/2025"
                )
            units.merge_units(by_code["21325"], by_code["21319"], on=reform)
            district.dissolved_on = reform
            district.save(update_fields=["dissolved_on"])
            current = district.versions.filter(valid_to__isnull=True).first()
            current.valid_to = reform - datetime.timedelta(days=1)
            current.save(update_fields=["valid_to"])

    def _portal(self, spec):
        portal = Portal.objects.filter(slug=spec["slug"]).first()
        if portal is None:
            portal = services.create_portal(
                services.PortalSpec(
                    unit_code=spec["unit"],
                    slug=spec["slug"],
                    hostname=spec["host"],
                    path=spec["path"],
                    is_provincial=spec.get("provincial", False),
                    status="trial" if spec["status"] == "trial" else "active",
                    address=spec["address"],
                    phone=spec["phone"],
                    email=spec["email"],
                    responsible_person=spec["person"],
                )
            )
            if spec["status"] != "trial":
                self._fill_sections(portal, spec)
            if spec["status"] == "suspended":
                services.suspend_portal(portal, reason=spec["reason"])
        return portal

    def _fill_sections(self, portal, spec):
        unit = portal.unit
        bodies = {
            "introduction": data.introduction(unit.name, unit.unit_type),
            "leaders": data.leaders(unit.name),
            "contact": data.contact(spec["person"], spec["phone"], spec["email"]),
            "organisation": data.organisation(unit.name),
        }
        for page in SectionPage.objects.descendant_of(portal.root_page).filter(
            section_key__in=bodies
        ):
            page.body = bodies[page.section_key]
            page.is_placeholder = False
            page.save_revision().publish()
        home = portal.root_page.specific
        home.intro = (
            f"<p>Chào mừng bạn đến với {portal.name_vi}. Cổng cung cấp thông tin chỉ đạo, điều hành, "
            "thủ tục hành chính và tiếp nhận câu hỏi của người dân, doanh nghiệp.</p>"
        )
        home.is_placeholder = False
        home.save_revision().publish()

    def _users(self):
        User = get_user_model()
        for username, full_name, where, role in data.USERS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = accounts.create_staff_user(
                    username,
                    data.PASSWORD,
                    email=f"{username}@demo.quangngai.gov.vn",
                    full_name=full_name,
                )
            if role == "operator":
                accounts.make_operator(user)
            elif role == "supervisor":
                accounts.make_supervisor(user, AdministrativeUnit.objects.get(code=where))
            else:
                accounts.add_member(Portal.objects.get(slug=where), user, role)
