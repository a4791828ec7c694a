"""vnportal: one installation hosting a province's system of government e-portals."""

from .celery import app as celery_app

__all__ = ["celery_app"]
