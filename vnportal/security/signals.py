"""What goes into the audit chain without each app having to call `record()` itself.

* Logins, logouts and failed logins (Django's auth signals).
* Wagtail's own action log (page and model log entries: create, edit, publish, unpublish, delete,
  move, workflow steps, image/document/user/group changes) is mirrored into the chain, with the
  portal worked out from the page's place in the tree. Entries written by the system with no user
  and no request (the portal skeleton, scheduled go-live) stay in Wagtail's history only.
* Permission changes: group membership of users, permissions of groups, page and collection
  permission rows, and the superuser/staff/active flags of accounts.
* Publications: the malicious-content gate and the integrity fingerprint
  (:mod:`vnportal.security.publishing`).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    PageLogEntry,
)
from wagtail.signals import page_published, page_unpublished

from .audit import current_request, mirror_suppressed, record

User = get_user_model()


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    record("account.login", actor=user, target=user, request=request)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record("account.logout", actor=user, target=user, request=request)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    # Only the username attempted is kept; never the password.
    record(
        "account.login_failed",
        request=request,
        data={"username": str(credentials.get("username", ""))[:150]},
    )


# --- Publications ------------------------------------------------------------------------------


@receiver(page_published)
def _page_published(sender, instance, revision=None, **kwargs):
    from .publishing import after_publish

    after_publish(instance, revision)


@receiver(page_unpublished)
def _page_unpublished(sender, instance, **kwargs):
    from .models import PublishedFingerprint

    PublishedFingerprint.objects.filter(page_id=instance.pk).delete()


# --- Wagtail's action log ----------------------------------------------------------------------


def _portal_of_page_id(page_id):
    from wagtail.models import Page

    from .content import portal_for_page

    page = Page.objects.filter(pk=page_id).only("path", "depth").first()
    return portal_for_page(page) if page is not None else None


def _portal_of_collection_id(collection_id):
    from wagtail.models import Collection

    from vnportal.tenancy.models import Portal

    collection = Collection.objects.filter(pk=collection_id).only("path", "depth").first()
    if collection is None or collection.depth < 2:
        return None
    return Portal.objects.filter(collection__path=collection.path[: Collection.steplen * 2]).first()


def _is_self_action(action: str) -> bool:
    """Our own page-history entries are already in the chain under their own names."""
    return action.startswith("vnportal_security.")


@receiver(post_save, sender=PageLogEntry)
def _mirror_page_log(sender, instance, created, **kwargs):
    if not created or (instance.user_id is None and current_request() is None):
        return
    if _is_self_action(instance.action):
        return
    from .models import PublishedFingerprint

    data = {"page": instance.page_id, "title": instance.label[:255]}
    if instance.revision_id:
        data["revision"] = instance.revision_id
    if instance.action == "wagtail.publish":
        fingerprint = PublishedFingerprint.objects.filter(
            page_id=instance.page_id, revision_id=instance.revision_id
        ).first()
        if fingerprint is not None:
            data["sha256"] = fingerprint.sha256
    if instance.data:
        data["details"] = instance.data
    record(
        instance.action[:64],
        actor=instance.user,
        portal=_portal_of_page_id(instance.page_id),
        data=data,
    )


@receiver(post_save, sender=ModelLogEntry)
def _mirror_model_log(sender, instance, created, **kwargs):
    if not created or (instance.user_id is None and current_request() is None):
        return
    portal = None
    model = instance.content_type.model_class() if instance.content_type_id else None
    if model is not None and hasattr(model, "collection"):
        collection_id = (
            model.objects.filter(pk=instance.object_id)
            .values_list("collection_id", flat=True)
            .first()
        )
        if collection_id:
            portal = _portal_of_collection_id(collection_id)
    record(
        instance.action[:64],
        actor=instance.user,
        portal=portal,
        data={
            "model": instance.content_type.model if instance.content_type_id else "",
            "object": instance.object_id,
            "label": instance.label[:255],
            **({"details": instance.data} if instance.data else {}),
        },
    )


# --- Permissions -------------------------------------------------------------------------------


#: Admin screens where people change permissions directly. Everywhere else permissions only
#: change through named services (portal creation, board membership) that record themselves.
PERMISSION_SCREENS = ("/admin/users/", "/admin/groups/")


def _staff_change() -> bool:
    """Permission rows written by a person in Wagtail's users or groups screens."""
    request = current_request()
    return (
        request is not None
        and not mirror_suppressed()
        and request.path_info.startswith(PERMISSION_SCREENS)
    )


def _portal_of_group(group_id):
    from vnportal.tenancy.models import PortalGroup

    link = PortalGroup.objects.filter(group_id=group_id).select_related("portal").first()
    return link.portal if link else None


@receiver(m2m_changed, sender=User.groups.through)
def _user_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or not _staff_change():
        return
    if reverse:  # group.user_set.add(users): instance is the group
        groups, users = [instance], list(User.objects.filter(pk__in=pk_set or []))
    else:
        groups, users = list(Group.objects.filter(pk__in=pk_set or [])), [instance]
    for user in users:
        for group in groups or [None]:
            record(
                "permission.user_groups",
                portal=_portal_of_group(group.pk) if group else None,
                target=user,
                data={"change": action[5:], "group": group.name if group else "*"},
            )


@receiver(m2m_changed, sender=Group.permissions.through)
def _group_permissions_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or not _staff_change():
        return
    from django.contrib.auth.models import Permission

    if reverse:
        return  # permission.group_set.add(...) is not something the admin does
    codenames = sorted(
        Permission.objects.filter(pk__in=pk_set or []).values_list("codename", flat=True)
    )
    record(
        "permission.group_permissions",
        portal=_portal_of_group(instance.pk),
        target=instance,
        data={"change": action[5:], "permissions": codenames},
    )


@receiver(post_save, sender=GroupPagePermission)
@receiver(post_delete, sender=GroupPagePermission)
@receiver(post_save, sender=GroupCollectionPermission)
@receiver(post_delete, sender=GroupCollectionPermission)
def _object_permission_changed(sender, instance, **kwargs):
    if not _staff_change():
        return
    deleted = "created" not in kwargs
    target_field = "page_id" if sender is GroupPagePermission else "collection_id"
    record(
        "permission.object_permission",
        portal=_portal_of_group(instance.group_id),
        target=instance.group,
        data={
            "change": "remove" if deleted else ("add" if kwargs.get("created") else "edit"),
            "kind": sender.__name__,
            "object": getattr(instance, target_field),
            "permission": instance.permission.codename if instance.permission_id else "",
        },
    )


ACCOUNT_FLAGS = ("is_superuser", "is_staff", "is_active")


@receiver(pre_save, sender=User)
def _account_flags_changed(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or not _staff_change():
        return
    if update_fields is not None and not set(update_fields) & set(ACCOUNT_FLAGS):
        return  # e.g. last_login on every sign-in
    before = sender.objects.filter(pk=instance.pk).values(*ACCOUNT_FLAGS).first()
    if before is None:
        return
    changed = {
        name: [before[name], getattr(instance, name)]
        for name in before
        if before[name] != getattr(instance, name)
    }
    if changed:
        record("permission.account_flags", target=instance, data=changed)
