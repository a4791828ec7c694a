"""Page types and records of the content domain.

Dependencies point one way: ``base`` (the PortalPage every page type inherits) ← ``sections``
(home and mandatory sections) ← ``news`` (channels, articles, announcements, consultation) ←
``engagement`` (ratings, comments, urgent publications, which refer to pages).
"""

from .base import (
    RICH_TEXT_FEATURES,
    SIMPLE_RICH_TEXT,
    PortalPage,
    PortalPageForm,
    locale_code,
    page_url,
)
from .engagement import ConsultationComment, PageRating, UrgentPublication
from .news import (
    AnnouncementIndexPage,
    AnnouncementPage,
    ArticlePage,
    ArticleRelatedLink,
    ArticleTag,
    ConsultationIndexPage,
    ConsultationPage,
    NewsChannelPage,
    NewsIndexPage,
)
from .sections import (
    AccessToInformationPage,
    ContactPage,
    DisclosureListItem,
    DisclosurePage,
    HomePage,
    IntroductionPage,
    Leader,
    LeadersPage,
    OrganisationPage,
    OrganisationUnit,
    ScheduleEntry,
    SectionLink,
    SectionPage,
    SitemapPage,
    WorkSchedulePage,
)

__all__ = [
    "RICH_TEXT_FEATURES",
    "SIMPLE_RICH_TEXT",
    "AccessToInformationPage",
    "AnnouncementIndexPage",
    "AnnouncementPage",
    "ArticlePage",
    "ArticleRelatedLink",
    "ArticleTag",
    "ConsultationComment",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ContactPage",
    "DisclosureListItem",
    "DisclosurePage",
    "HomePage",
    "IntroductionPage",
    "Leader",
    "LeadersPage",
    "NewsChannelPage",
    "NewsIndexPage",
    "OrganisationPage",
    "OrganisationUnit",
    "PageRating",
    "PortalPage",
    "PortalPageForm",
    "ScheduleEntry",
    "SectionLink",
    "SectionPage",
    "SitemapPage",
    "UrgentPublication",
    "WorkSchedulePage",
    "locale_code",
    "page_url",
]
