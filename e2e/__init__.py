"""Browser tests: Playwright driving Debian's headless chromium against a demo-loaded live server."""
