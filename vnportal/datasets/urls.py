"""Public URLs of the datasets registry (mounted under /tra-cuu/ inside every portal)."""

app_name = "datasets"
urlpatterns: list = []
