"""Strict security headers. Public pages get a CSP with no inline script at all; the Wagtail admin,
which needs its own inline bootstrapping, gets a CSP without the script restriction but still
with frame-ancestors and object-src locked down."""

from django.conf import settings

PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: https:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com",
        "media-src 'self' https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
ADMIN_CSP = "object-src 'none'; base-uri 'self'; frame-ancestors 'self'"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path_info.startswith(("/admin/", "/django-admin/"))
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = ADMIN_CSP if admin else PUBLIC_CSP
        response.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        response.setdefault("X-Content-Type-Options", "nosniff")
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if admin:
            response.setdefault("Cache-Control", "no-store")
        return response
