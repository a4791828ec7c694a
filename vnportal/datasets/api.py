"""API endpoints of the datasets registry."""

from ninja import Router

router = Router(tags=["datasets"])
