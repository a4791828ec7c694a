"""Drop NUL characters from query-string values before any view sees them.

PostgreSQL text cannot hold U+0000, so a filter or search parameter carrying one ("\\x00' OR 1=1")
makes the database raise and the page answer 500, on PostgreSQL only (SQLite accepts it). Forms
already refuse NUL in posted text (Django's ProhibitNullCharactersValidator); query strings feed
filters directly, so they are cleaned once here, for every view, public and admin alike.
"""

from django.http import QueryDict


class StripNullCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "%00" in request.META.get("QUERY_STRING", "") or any(
            "\x00" in value for values in request.GET.lists() for value in values[1]
        ):
            request.GET = strip_nul(request.GET)
        return self.get_response(request)


def strip_nul(query: QueryDict) -> QueryDict:
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
    cleaned._mutable = False
    return cleaned
