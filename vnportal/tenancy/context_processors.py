"""Put the current portal, its menu and any maintenance notice into every template."""

from django.utils import timezone


def portal(request):
    current = getattr(request, "portal", None)
    if current is None:
        return {}

    def upcoming():
        return current.maintenance_windows.upcoming(timezone.now()).first()

    return {"portal": current, "portal_upcoming_maintenance": upcoming}
