"""Write and verify the audit log. Callers pass what happened; who/where come from the request."""

import contextlib
import contextvars
import ipaddress

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import AuditChainHead, AuditEntry

_current_request = contextvars.ContextVar("vnportal_audit_request", default=None)
_mirror_suppressed = contextvars.ContextVar("vnportal_audit_mirror_suppressed", default=False)
EXPORT_FORMATS = ("csv", "xlsx")


def set_request(request):
    return _current_request.set(request)


def reset_request(token) -> None:
    _current_request.reset(token)


def current_request():
    return _current_request.get()


@contextlib.contextmanager
def recorded_by_caller():
    """Inside a named action that writes its own entry, skip the low-level mirrors
    (group membership, permission rows) so one staff action is one entry."""
    token = _mirror_suppressed.set(True)
    try:
        yield
    finally:
        _mirror_suppressed.reset(token)


def mirror_suppressed() -> bool:
    return _mirror_suppressed.get()


def client_ip(request) -> str | None:
    """The client's address. Behind N trusted reverse proxies (VNPORTAL_TRUSTED_PROXY_COUNT), the
    N-th address from the right of X-Forwarded-For; never the left-most, which the client writes."""
    if request is None:
        return None
    proxies = getattr(settings, "VNPORTAL_TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return _valid_ip(forwarded[-proxies])
    return _valid_ip(request.META.get("REMOTE_ADDR"))


def _valid_ip(value) -> str | None:
    try:
        return str(ipaddress.ip_address((value or "").strip()))
    except ValueError:
        return None


def record(action: str, *, actor=None, portal=None, target=None, data=None, request=None):
    """Append one entry to the chain, inside the caller's transaction if there is one."""
    request = request or _current_request.get()
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        actor = user if getattr(user, "is_authenticated", False) else None
    with transaction.atomic():
        head, _created = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        entry = AuditEntry(
            at=timezone.now().replace(microsecond=0),
            action=action,
            actor=actor,
            actor_label=str(actor) if actor else "",
            ip=client_ip(request),
            portal=portal,
            target_type=target._meta.label_lower if target is not None else "",
            target_id=str(target.pk) if target is not None else "",
            target_label=str(target)[:255] if target is not None else "",
            data=data or {},
            prev_hash=head.last_hash,
        )
        entry.entry_hash = entry.compute_hash()
        entry.save()
        head.last_hash = entry.entry_hash
        head.save(update_fields=["last_hash"])
    return entry


def verify_chain() -> int | None:
    """Return the id of the first entry whose hash does not hold, or None when the chain is intact."""
    prev = "0" * 64
    for entry in AuditEntry.objects.order_by("pk").iterator():
        if entry.prev_hash != prev or entry.compute_hash() != entry.entry_hash:
            return entry.pk
        prev = entry.entry_hash
    head = AuditChainHead.objects.filter(pk=1).first()
    if head and head.last_hash != prev:
        return -1
    return None


class AuditRequestMiddleware:
    """Makes the current request (user, address) known to `record()` without passing it around,
    and records every spreadsheet export of the admin (Wagtail reports, our own listings)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = set_request(request)
        try:
            response = self.get_response(request)
            if (
                request.GET.get("export") in EXPORT_FORMATS
                and request.path_info.startswith("/admin/")
                and response.status_code == 200
                and not getattr(request, "_vnportal_export_recorded", False)
                and getattr(request.user, "is_authenticated", False)
            ):
                record(
                    "admin.export",
                    request=request,
                    data={"path": request.path_info[:255], "format": request.GET["export"]},
                )
            return response
        finally:
            reset_request(token)
