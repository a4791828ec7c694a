"""Admin URLs of the content domain (mounted at /admin/noi-dung/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("muc-bat-buoc/", views.section_status, name="sections"),
    path("gop-y/", views.comments, name="comments"),
    path("gop-y/<int:pk>/", views.moderate, name="moderate"),
    path("danh-gia/", views.ratings, name="ratings"),
    path("xuat-ban-khan/", views.urgent_publications, name="urgent"),
    path("xuat-ban-khan/<int:pk>/ra-soat/", views.review_urgent_publication, name="review_urgent"),
]
