"""Q&A endpoints of the public API."""

from ninja import Router

router = Router(tags=["questions"])
