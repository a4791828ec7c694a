"""`manage.py load_demo`: load the demo province (idempotent), printing the demo logins."""

import datetime

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from vnportal.accounts import services as accounts
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
        self._domains()
        call_command("rebuild_search_index", verbosity=0)
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
            if spec["status"] == "suspended":
                services.suspend_portal(portal, reason=spec["reason"])
        return portal

    def _domains(self):
        """Each domain fills its own part of the demo (all idempotent), once portals and users exist."""
        from vnportal.demo.content_demo import load_demo_content
        from vnportal.documents.demo import load_demo_registries
        from vnportal.qa.demo import load_demo_questions

        load_demo_content()
        load_demo_registries()
        load_demo_questions()

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
