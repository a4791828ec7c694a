"""Public URLs of the documents registry (mounted under /tra-cuu/ inside every portal)."""

app_name = "documents"
urlpatterns: list = []
