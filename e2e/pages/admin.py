"""Page objects of the Wagtail admin (what board members and operators see).

Selectors lean on stable Wagtail markup (URLs in links, form ids, the messages list) rather than on
wording, because the admin speaks Vietnamese by default.
"""

import re
from urllib.parse import urlencode, urlsplit


def _ids_from_links(page, pattern: re.Pattern, scope: str = "main") -> set[int]:
    hrefs = page.eval_on_selector_all(f"{scope} a[href]", "links => links.map(a => a.href)")
    return {int(m.group(1)) for href in hrefs if (m := pattern.search(urlsplit(href).path))}


class AdminLoginPage:
    PATH = "/admin/login/"

    def __init__(self, page):
        self.page = page
        self.form = page.locator("form:has(input[name=username])")

    def open(self):
        return self.page.goto(self.PATH)

    def login(self, username: str, password: str) -> None:
        """Fill and submit the real login form; fail with the form's errors if still on it."""
        self.form.locator("input[name=username]").fill(username)
        self.form.locator("input[name=password]").fill(password)
        with self.page.expect_navigation():
            self.form.locator("button[type=submit], input[type=submit]").first.click()
        if urlsplit(self.page.url).path == self.PATH:
            errors = self.page.locator(
                ".help-critical, .w-field__errors, .messages"
            ).all_inner_texts()
            raise AssertionError(f"login as {username!r} failed: {' | '.join(errors)!r}")


class AdminPage:
    """What every admin screen has: the main content and the messages list."""

    def __init__(self, page):
        self.page = page

    @property
    def main(self):
        return self.page.locator("main")

    def main_text(self) -> str:
        return self.main.inner_text()

    def error_messages(self) -> list[str]:
        return [t.strip() for t in self.page.locator(".messages li.error").all_inner_texts()]

    @property
    def path(self) -> str:
        return urlsplit(self.page.url).path


class AdminExplorer(AdminPage):
    """The page explorer and the page editor."""

    EDIT_LINK = re.compile(r"^/admin/pages/(\d+)/edit/$")

    def open(self, page_id: int | None = None):
        return self.page.goto(f"/admin/pages/{page_id}/" if page_id else "/admin/pages/")

    def listed_page_ids(self) -> set[int]:
        """Ids of the pages the listing links to for editing."""
        return _ids_from_links(self.page, self.EDIT_LINK)

    def open_edit(self, page_id: int):
        return self.page.goto(f"/admin/pages/{page_id}/edit/")

    def edit_form(self, page_id: int | None = None):
        """Wagtail's page edit form (of one page when page_id is given)."""
        if page_id is None:
            return self.page.locator("form#page-edit-form")
        return self.page.locator(f'form#page-edit-form[action$="/admin/pages/{page_id}/edit/"]')


class AdminPageSearch(AdminPage):
    """The admin's page search (/admin/pages/search/)."""

    RESULT_LINK = AdminExplorer.EDIT_LINK

    def search(self, query: str):
        return self.page.goto("/admin/pages/search/?" + urlencode({"q": query}))

    def result_page_ids(self) -> set[int]:
        return _ids_from_links(self.page, self.RESULT_LINK)


class AdminMediaLibrary(AdminPage):
    """The image or document library listing."""

    ITEM_LINK = {
        "images": re.compile(r"^/admin/images/(\d+)/$"),
        "documents": re.compile(r"^/admin/documents/edit/(\d+)/$"),
    }

    def __init__(self, page, kind: str):
        super().__init__(page)
        assert kind in self.ITEM_LINK, kind
        self.kind = kind

    def open(self):
        return self.page.goto(f"/admin/{self.kind}/")

    def open_item(self, item_id: int):
        if self.kind == "images":
            return self.page.goto(f"/admin/images/{item_id}/")
        return self.page.goto(f"/admin/documents/edit/{item_id}/")

    def listed_ids(self) -> set[int]:
        return _ids_from_links(self.page, self.ITEM_LINK[self.kind])

    def collection_choices(self) -> list[str]:
        """Names offered by the collection filter (empty when Wagtail shows no filter)."""
        options = self.page.locator("select[name=collection_id] option")
        return [text.strip() for text in options.all_text_contents() if text.strip("- \n")]
