"""What each board role may do, as data: Wagtail page and collection permissions per role.

Groups are created per portal and hold permissions only on that portal's root page and collection,
which is what confines a member to their own portal in Wagtail's explorer, editor and media libraries.
"""

from .choices import BoardRole

PAGE_PERMISSIONS = {
    BoardRole.CONTRIBUTOR: ["add_page"],
    BoardRole.EDITOR: ["add_page", "change_page", "lock_page", "unlock_page"],
    BoardRole.BOARD_HEAD: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
    BoardRole.PORTAL_ADMIN: ["add_page", "change_page"],
}

_MEDIA_USE = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
_MEDIA_EDIT = [("wagtailimages", "change_image"), ("wagtaildocs", "change_document")]
_MEDIA_DELETE = [("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document")]

COLLECTION_PERMISSIONS = {
    BoardRole.CONTRIBUTOR: _MEDIA_USE,
    BoardRole.EDITOR: _MEDIA_USE + _MEDIA_EDIT,
    BoardRole.BOARD_HEAD: _MEDIA_USE + _MEDIA_EDIT + _MEDIA_DELETE,
    BoardRole.PORTAL_ADMIN: _MEDIA_USE + _MEDIA_EDIT,
}

OPERATOR_GROUP = "Điều hành cấp tỉnh"
SUPERVISOR_GROUP = "Giám sát cấp trên"
OPERATOR_PAGE_PERMISSIONS = PAGE_PERMISSIONS[BoardRole.BOARD_HEAD]
OPERATOR_COLLECTION_PERMISSIONS = COLLECTION_PERMISSIONS[BoardRole.BOARD_HEAD]
