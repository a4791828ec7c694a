"""Public Q&A URLs of a portal (mounted at /hoi-dap/ inside each portal)."""

app_name = "qa"
urlpatterns: list = []
