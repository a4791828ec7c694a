"""Public pages carry a CSP without inline script; admin pages keep framing locked down."""


def test_public_pages_forbid_inline_script(client, make_portal):
    make_portal("bato", path="xa-ba-to")
    response = client.get("/xa-ba-to/", HTTP_HOST="quangngai.gov.vn")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    body = response.content.decode()
    assert "<script>" not in body and " onclick=" not in body


def test_admin_pages_are_not_cached_and_not_frameable(client, db):
    response = client.get("/admin/login/")
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "no-store" in response["Cache-Control"]
