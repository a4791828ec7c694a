"""Public URLs of the procedures registry (mounted under /tra-cuu/ inside every portal)."""

app_name = "procedures"
urlpatterns: list = []
