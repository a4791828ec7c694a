"""Named actions on portals. Every portal is created, suspended, reinstated or closed here.

Each action is one transaction: on any validation error nothing is created, and the error names the
field (ValidationError with a dict), so the admin form and the command line report it the same way.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from vnportal.security.audit import record

from .choices import STATUS_TRANSITIONS, BoardRole, PortalStatus
from .hostnames import validate_hostname, validate_path
from .models import AdministrativeUnit, MaintenanceWindow, Portal, PortalGroup, PortalStatusChange
from .roles import (
    COLLECTION_PERMISSIONS,
    OPERATOR_COLLECTION_PERMISSIONS,
    OPERATOR_PAGE_PERMISSIONS,
    PAGE_PERMISSIONS,
)
from .urls_helpers import site_hostname_for


@dataclass
class PortalSpec:
    """What the admin form or `manage.py portal create` asks for."""

    unit_code: str
    slug: str = ""
    name_vi: str = ""
    name_en: str = ""
    hostname: str | None = None
    path: str | None = None
    is_provincial: bool = False
    status: str = PortalStatus.TRIAL
    address: str = ""
    phone: str = ""
    email: str = ""
    responsible_person: str = ""


def _validate(spec: PortalSpec) -> tuple[AdministrativeUnit, dict]:
    errors: dict[str, list[str]] = {}
    clean: dict = {}
    unit = AdministrativeUnit.objects.filter(code=spec.unit_code).first()
    if unit is None:
        errors["unit"] = [_("Không có đơn vị mã “%(code)s”.") % {"code": spec.unit_code}]
    if spec.is_provincial and Portal.objects.filter(is_provincial=True).exists():
        errors["is_provincial"] = [_("Hệ thống đã có cổng tỉnh.")]
    if not spec.hostname and not spec.path and not spec.is_provincial:
        errors["hostname"] = [_("Cần tên miền hoặc đường dẫn dưới cổng tỉnh.")]
    if spec.hostname:
        try:
            clean["hostname"] = validate_hostname(spec.hostname, provincial=spec.is_provincial)
        except ValidationError as exc:
            errors["hostname"] = exc.messages
        else:
            taken = Portal.objects.filter(hostname=clean["hostname"]).exists()
            if taken or Site.objects.filter(hostname=clean["hostname"]).exists():
                errors["hostname"] = [
                    _("Tên miền “%(host)s” đã được dùng.") % {"host": clean["hostname"]}
                ]
    if spec.path:
        try:
            clean["path"] = validate_path(spec.path)
        except ValidationError as exc:
            errors["path"] = exc.messages
        else:
            if Portal.objects.filter(path=clean["path"]).exists():
                errors["path"] = [_("Đường dẫn “%(path)s” đã được dùng.") % {"path": clean["path"]}]
            provincial = Portal.objects.filter(is_provincial=True).first()
            if (
                provincial
                and provincial.root_page.get_children().filter(slug=clean["path"]).exists()
            ):
                errors["path"] = [
                    _("Đường dẫn “%(path)s” trùng với một trang của cổng tỉnh.")
                    % {"path": clean["path"]}
                ]
    slug = (spec.slug or clean.get("path") or "").strip()
    if not slug and clean.get("hostname"):
        slug = clean["hostname"].split(".")[0]
    if not slug:
        errors["slug"] = [_("Cần mã cổng.")]
    elif (
        Portal.objects.filter(slug=slug).exists()
        or Page.objects.filter(depth=2, slug=slug).exists()
    ):
        errors["slug"] = [_("Mã cổng “%(slug)s” đã được dùng.") % {"slug": slug}]
    clean["slug"] = slug
    if not spec.name_vi:
        if unit:
            clean["name_vi"] = _("Cổng thông tin điện tử %(unit)s") % {"unit": unit.name}
        else:
            errors.setdefault("name_vi", [_("Cần tên cổng.")])
    if spec.status not in (PortalStatus.TRIAL, PortalStatus.ACTIVE):
        errors["status"] = [_("Cổng mới chỉ có thể ở trạng thái thử nghiệm hoặc hoạt động.")]
    if errors:
        raise ValidationError(errors)
    return unit, clean


def _grant(group: Group, page: Page, collection: Collection, page_perms, collection_perms) -> None:
    perms = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=page_perms
    )
    for perm in perms:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)
    for app_label, codename in collection_perms:
        perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=perm
        )


def _create_groups(portal: Portal) -> None:
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for role in BoardRole:
        group = Group.objects.create(name=f"{portal.slug}: {role.label}")
        group.permissions.add(access)
        PortalGroup.objects.create(portal=portal, role=role, group=group)
        _grant(
            group,
            portal.root_page,
            portal.collection,
            PAGE_PERMISSIONS[role],
            COLLECTION_PERMISSIONS[role],
        )
    from vnportal.accounts.services import ensure_platform_groups

    operators, _supervisors = ensure_platform_groups()
    _grant(
        operators,
        portal.root_page,
        portal.collection,
        OPERATOR_PAGE_PERMISSIONS,
        OPERATOR_COLLECTION_PERMISSIONS,
    )


@transaction.atomic
def create_portal(spec: PortalSpec, *, by=None) -> Portal:
    """Create a portal with its site, page tree, media collection, board groups and skeleton."""
    from vnportal.content.skeleton import build_home, build_portal_content

    unit, clean = _validate(spec)
    name_vi = spec.name_vi or clean["name_vi"]
    name_en = spec.name_en or (unit.name_en and f"{unit.name_en} e-Portal") or name_vi
    home = build_home(title=name_vi, slug=clean["slug"])
    site = Site.objects.create(
        hostname=site_hostname_for(clean["slug"], clean.get("hostname")),
        port=80,
        root_page=home,
        site_name=name_vi,
        is_default_site=spec.is_provincial,
    )
    collection = Collection.get_first_root_node().add_child(name=name_vi[:255])
    portal = Portal(
        slug=clean["slug"],
        unit=unit,
        is_provincial=spec.is_provincial,
        name_vi=name_vi,
        name_en=name_en,
        hostname=clean.get("hostname"),
        path=clean.get("path"),
        status=spec.status,
        site=site,
        root_page=home,
        collection=collection,
        address=spec.address,
        phone=spec.phone,
        email=spec.email,
        responsible_person=spec.responsible_person,
    )
    portal.full_clean(
        exclude=["site", "root_page", "collection", "board_decision", "board_regulation"]
    )
    portal.save()
    _create_groups(portal)
    build_portal_content(portal)
    PortalStatusChange.objects.create(
        portal=portal, from_status="", to_status=portal.status, reason=_("Tạo cổng"), changed_by=by
    )
    record(
        "portal.create",
        actor=by,
        portal=portal,
        target=portal,
        data={"hostname": portal.hostname, "path": portal.path},
    )
    return portal


def _board_emails(portal: Portal) -> list[str]:
    from django.contrib.auth import get_user_model

    users = (
        get_user_model()
        .objects.filter(groups__portal_role__portal=portal, is_active=True)
        .exclude(email="")
    )
    emails = set(users.values_list("email", flat=True))
    if portal.email:
        emails.add(portal.email)
    return sorted(emails)


@transaction.atomic
def change_status(portal: Portal, to_status: str, *, reason: str = "", by=None) -> Portal:
    """Move a portal between statuses; suspension and closure need a reason. E-mails the board."""
    portal = Portal.objects.select_for_update().get(pk=portal.pk)
    if to_status not in PortalStatus.values:
        raise ValidationError({"status": _("Trạng thái không hợp lệ: %(s)s") % {"s": to_status}})
    if to_status == portal.status:
        raise ValidationError({"status": _("Cổng đã ở trạng thái này.")})
    if to_status not in STATUS_TRANSITIONS[PortalStatus(portal.status)]:
        raise ValidationError(
            {
                "status": _("Không thể chuyển từ “%(a)s” sang “%(b)s”.")
                % {"a": portal.get_status_display(), "b": PortalStatus(to_status).label}
            }
        )
    reason = (reason or "").strip()
    if to_status in (PortalStatus.SUSPENDED, PortalStatus.CLOSED) and not reason:
        raise ValidationError({"reason": _("Cần ghi rõ lý do tạm ngừng hoặc đóng cổng.")})
    previous = portal.status
    portal.status = to_status
    portal.status_reason = reason
    portal.status_changed_at = timezone.now()
    portal.save(update_fields=["status", "status_reason", "status_changed_at"])
    PortalStatusChange.objects.create(
        portal=portal, from_status=previous, to_status=to_status, reason=reason, changed_by=by
    )
    record(
        "portal.status",
        actor=by,
        portal=portal,
        target=portal,
        data={"from": previous, "to": to_status, "reason": reason},
    )
    recipients = _board_emails(portal)
    if recipients:
        subject = _("[%(portal)s] Trạng thái cổng: %(status)s") % {
            "portal": portal.name_vi,
            "status": portal.get_status_display(),
        }
        body = _(
            "%(portal)s chuyển từ “%(a)s” sang “%(b)s”.\nLý do: %(reason)s\nNgười thực hiện: %(by)s"
        ) % {  # noqa: E501
            "portal": portal.name_vi,
            "a": PortalStatus(previous).label,
            "b": portal.get_status_display(),
            "reason": reason or "-",
            "by": by or "hệ thống",
        }
        transaction.on_commit(
            lambda: send_mail(
                subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=True
            )
        )
    return portal


def suspend_portal(portal, *, reason, by=None):
    return change_status(portal, PortalStatus.SUSPENDED, reason=reason, by=by)


def reinstate_portal(portal, *, reason="", by=None):
    """One action brings a suspended portal back."""
    return change_status(portal, PortalStatus.ACTIVE, reason=reason, by=by)


def close_portal(portal, *, reason, by=None):
    return change_status(portal, PortalStatus.CLOSED, reason=reason, by=by)


@dataclass
class MaintenanceResult:
    window: MaintenanceWindow
    warning: str | None


@transaction.atomic
def schedule_maintenance(
    portal,
    *,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    reason: str,
    by=None,
    now=None,
) -> MaintenanceResult:
    """Announce a planned stop; warn when the notice is under the legal minimum of working days."""
    from vnportal.workcalendar.calendar import get_calendar

    now = now or timezone.now()
    errors = {}
    if not reason.strip():
        errors["reason"] = [_("Cần ghi lý do bảo trì.")]
    if starts_at <= now:
        errors["starts_at"] = [_("Thời điểm bắt đầu phải ở tương lai.")]
    if ends_at <= starts_at:
        errors["ends_at"] = [_("Thời điểm khôi phục phải sau thời điểm bắt đầu.")]
    if errors:
        raise ValidationError(errors)
    notice = get_calendar().working_days_between(
        timezone.localtime(now).date(), timezone.localtime(starts_at).date()
    )
    minimum = settings.VNPORTAL_MAINTENANCE_NOTICE_WORKING_DAYS
    window = MaintenanceWindow.objects.create(
        portal=portal,
        starts_at=starts_at,
        ends_at=ends_at,
        reason=reason.strip(),
        announced_at=now,
        notice_working_days=notice,
        short_notice=notice < minimum,
        created_by=by,
    )
    record(
        "portal.maintenance",
        actor=by,
        portal=portal,
        target=portal,
        data={
            "starts_at": starts_at.isoformat(),
            "ends_at": ends_at.isoformat(),
            "notice_working_days": notice,
        },
    )
    warning = None
    if window.short_notice:
        warning = _(
            "Thông báo trước %(n)s ngày làm việc, ít hơn %(min)s ngày theo Nghị định 224/2026 Điều 13."
        ) % {"n": notice, "min": minimum}
    return MaintenanceResult(window, warning)


SETTINGS_FIELDS = ("name_en", "address", "phone", "fax", "email", "responsible_person")


@transaction.atomic
def update_portal_settings(portal: Portal, *, by=None, files=None, **values) -> Portal:
    """Save footer information and attach the board's founding papers as portal documents."""
    from wagtail.documents.models import Document

    portal = Portal.objects.select_for_update().get(pk=portal.pk)
    changed = []
    for field in SETTINGS_FIELDS:
        if field in values and getattr(portal, field) != values[field]:
            setattr(portal, field, values[field])
            changed.append(field)
    titles = {
        "board_decision": _("Quyết định thành lập Ban biên tập"),
        "board_regulation": _("Quy chế hoạt động của Ban biên tập"),
    }
    for field, upload in (files or {}).items():
        if upload is None:
            continue
        document = Document.objects.create(
            title=f"{titles[field]} – {portal.name_vi}"[:255],
            file=upload,
            collection=portal.collection,
            uploaded_by_user=by,
        )
        setattr(portal, field, document)
        changed.append(field)
    if changed:
        portal.full_clean(exclude=["site", "root_page", "collection"])
        portal.save(update_fields=changed)
        record("portal.settings", actor=by, portal=portal, target=portal, data={"fields": changed})
    return portal
