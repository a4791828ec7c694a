"""Public Q&A URLs of a portal (mounted at /hoi-dap/ inside each portal)."""

from django.urls import path

from . import views

app_name = "qa"
urlpatterns = [
    path("", views.index, name="index"),
    path("dat-cau-hoi/", views.ask, name="ask"),
    path("da-tiep-nhan/", views.receipt, name="receipt"),
    path("tra-cuu/", views.track, name="track"),
    path("cau-hoi/<int:pk>/", views.detail, name="detail"),
    path("yeu-cau-thong-tin/", views.information_request, name="information_request"),
]
