"""Public URLs of the documents registry (mounted under /tra-cuu/van-ban/ inside every portal)."""

from django.urls import path, re_path

from . import views

app_name = "documents"
urlpatterns = [
    path("", views.document_list, name="index"),
    re_path(r"^tai-ve\.(?P<fmt>csv|json)$", views.document_export, name="export"),
    path("<int:pk>/", views.document_detail, name="detail"),
    path("<int:pk>/tep/<int:file_pk>/", views.attachment_download, name="attachment"),
]
