"""Page objects: what a test may do on a screen, so tests read as user steps."""

from .admin import AdminExplorer, AdminLoginPage, AdminMediaLibrary, AdminPageSearch
from .public import PortalUnavailablePage, PublicPortalPage

__all__ = [
    "AdminExplorer",
    "AdminLoginPage",
    "AdminMediaLibrary",
    "AdminPageSearch",
    "PortalUnavailablePage",
    "PublicPortalPage",
]
