"""RSS 2.0 feed of one news channel (`<channel url>rss/`)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from .models import page_url

FEED_SIZE = 20


class ChannelFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, channel):
        super().__init__()
        self.channel = channel

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.channel

    def title(self, channel):
        portal = getattr(self.request, "portal", None)
        return f"{channel.title} - {portal.name_vi}" if portal else channel.title

    def link(self, channel):
        return page_url(channel, self.request)

    def description(self, channel):
        return channel.intro or channel.title

    def items(self, channel):
        return list(channel.articles()[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return item.date

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return []
