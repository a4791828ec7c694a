"""Page objects of the public portals (what citizens see)."""

from urllib.parse import urlsplit

FONT_SIZES = ("small", "normal", "large")


class PublicPortalPage:
    """Any page of one portal: home, section, sitemap or search.

    `prefix` is where the portal lives on the server: "/" for the provincial portal, "/xa-ba-to/"
    for a portal mounted under the provincial host.
    """

    def __init__(self, page, prefix: str = "/"):
        self.page = page
        self.prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"

    def url(self, path: str = "") -> str:
        return self.prefix + path.lstrip("/")

    def open(self, path: str = ""):
        """Go to a page of the portal; return the main document's response."""
        return self.page.goto(self.url(path))

    # --- Landmarks and blocks every portal page has.
    @property
    def header(self):
        return self.page.get_by_test_id("site-header")

    @property
    def main_menu(self):
        return self.page.get_by_test_id("main-menu")

    @property
    def footer(self):
        return self.page.get_by_test_id("site-footer")

    @property
    def title(self):
        return self.page.get_by_test_id("page-title")

    @property
    def unit_name(self):
        return self.page.get_by_test_id("unit-name")

    @property
    def placeholder_notice(self):
        return self.page.get_by_test_id("placeholder-notice")

    @property
    def sitemap_tree(self):
        return self.page.get_by_test_id("sitemap-tree")

    @property
    def search_results(self):
        return self.page.get_by_test_id("search-results")

    # --- Links.
    def link_urls(self, scope: str = "body") -> list[str]:
        """Absolute URLs of every link inside `scope` (a CSS selector), as the browser resolves them."""
        return self.page.eval_on_selector_all(
            f"{scope} a[href]", "links => links.map(link => link.href)"
        )

    def menu_links(self) -> list[tuple[str, str]]:
        """(text, path) of each main-menu entry, in order."""
        items = self.main_menu.locator("a[href]")
        return [
            (item.inner_text().strip(), urlsplit(item.evaluate("a => a.href")).path)
            for item in items.all()
        ]

    # --- Search.
    def search(self, query: str):
        field = self.page.locator("form[role=search] input[name=q]")
        field.fill(query)
        with self.page.expect_navigation():
            field.press("Enter")

    # --- Reading comfort: font size and layout.
    def font_button(self, size: str):
        assert size in FONT_SIZES, size
        return self.page.locator(f'[data-font="{size}"]')

    def choose_font_size(self, size: str) -> None:
        self.font_button(size).click()

    def root_font_size_px(self) -> float:
        return self.page.evaluate(
            "() => parseFloat(getComputedStyle(document.documentElement).fontSize)"
        )

    def scroll_width(self) -> int:
        """The document's full width; above the viewport width means horizontal scrolling."""
        return self.page.evaluate(
            "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        )

    def widest_elements(self, limit: int = 5) -> list[str]:
        """The elements reaching furthest right, to explain a horizontal scroll."""
        return self.page.evaluate(
            """(limit) => [...document.body.querySelectorAll('*')]
                .map(el => [el.getBoundingClientRect().right, el])
                .filter(([right]) => right > document.documentElement.clientWidth + 1)
                .sort((a, b) => b[0] - a[0]).slice(0, limit)
                .map(([right, el]) => `${el.tagName.toLowerCase()}${el.className ?
                    '.' + String(el.className).trim().replace(/\\s+/g, '.') : ''} → ${right}px`)""",
            limit,
        )


class PortalUnavailablePage:
    """The notice a suspended, closed or in-maintenance portal shows instead of its pages."""

    def __init__(self, page, prefix: str):
        self.page = page
        self.prefix = "/" + prefix.strip("/") + "/"

    def open(self, path: str = ""):
        return self.page.goto(self.prefix + path.lstrip("/"))

    @property
    def notice(self):
        return self.page.get_by_test_id("portal-unavailable")

    @property
    def reason(self):
        return self.page.get_by_test_id("status-reason")
