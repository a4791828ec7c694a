"""API endpoints of the documents registry."""

from ninja import Router

router = Router(tags=["documents"])
