"""Named actions on accounts and board membership; each is one transaction and one audit entry.

The low-level mirrors in :mod:`vnportal.security.signals` (group membership, permission rows) stay
quiet inside these actions (`recorded_by_caller`), so one staff action is one entry in the log.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from vnportal.security.audit import record, recorded_by_caller
from vnportal.tenancy.choices import BoardRole
from vnportal.tenancy.models import PortalGroup
from vnportal.tenancy.roles import OPERATOR_GROUP, SUPERVISOR_GROUP

from .models import Supervision


def _admin_access() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def ensure_platform_groups() -> tuple[Group, Group]:
    operators, _created = Group.objects.get_or_create(name=OPERATOR_GROUP)
    supervisors, _created = Group.objects.get_or_create(name=SUPERVISOR_GROUP)
    access = _admin_access()
    operators.permissions.add(access)
    supervisors.permissions.add(access)
    return operators, supervisors


@transaction.atomic
def add_member(portal, user, role: str, *, by=None):
    """Put a user on a portal's board in one role (a user may hold roles in several portals)."""
    if role not in BoardRole.values:
        raise ValidationError({"role": _("Vai trò không hợp lệ: %(role)s") % {"role": role}})
    group = PortalGroup.objects.get(portal=portal, role=role).group
    with recorded_by_caller():
        user.groups.add(group)
    record("member.add", actor=by, portal=portal, target=user, data={"role": role})
    return group


@transaction.atomic
def remove_member(portal, user, role: str | None = None, *, by=None):
    groups = PortalGroup.objects.filter(portal=portal)
    if role:
        groups = groups.filter(role=role)
    with recorded_by_caller():
        user.groups.remove(*[pg.group for pg in groups.select_related("group")])
    record("member.remove", actor=by, portal=portal, target=user, data={"role": role or "*"})


@transaction.atomic
def make_operator(user, *, by=None):
    operators, _supervisors = ensure_platform_groups()
    with recorded_by_caller():
        user.groups.add(operators)
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user._vnportal_is_operator = True
    record("member.make_operator", actor=by, target=user)


@transaction.atomic
def make_supervisor(user, unit, *, by=None):
    _operators, supervisors = ensure_platform_groups()
    with recorded_by_caller():
        user.groups.add(supervisors)
    Supervision.objects.get_or_create(user=user, unit=unit)
    record("member.make_supervisor", actor=by, target=user, data={"unit": unit.code})


def create_staff_user(username: str, password: str, *, email: str = "", full_name: str = ""):
    User = get_user_model()
    user = User(username=username, email=email, full_name=full_name, is_staff=True)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    return user
