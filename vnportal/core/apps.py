from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared utilities with no domain logic (text folding, template tags)."""

    name = "vnportal.core"
    label = "core"
