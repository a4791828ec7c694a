"""The public JSON API, version 1, with its OpenAPI schema at /api/v1/openapi.json."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="vnportal API",
    version="1",
    description="Public read API of the province's e-portal system.",
    urls_namespace="api-v1",
)

api.add_router("/portals", "vnportal.tenancy.api.router")
api.add_router("", "vnportal.qa.api.router")
api.add_router("/documents", "vnportal.documents.api.router")
api.add_router("/procedures", "vnportal.procedures.api.router")
api.add_router("/datasets", "vnportal.datasets.api.router")
api.add_router("", "vnportal.search.api.router")
