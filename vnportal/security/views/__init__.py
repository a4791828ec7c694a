"""Admin screens of the security domain (mounted at /admin/security/ by wagtail_hooks).

``access`` says who sees what; ``audit`` is the audit log report (filters, export, chain check);
``findings`` lists and settles malicious-content flags and integrity alerts; ``networks`` edits
the per-portal admin allowlist. Every view checks access on the object itself, so an id typed
into the URL by a member of another portal is refused, not just hidden from menus.
"""
