"""API endpoints of the procedures registry."""

from ninja import Router

router = Router(tags=["procedures"])
