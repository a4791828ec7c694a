from django.urls import path, re_path

from . import admin_views

urlpatterns = [
    path("", admin_views.document_list, name="index"),
    path("them/", admin_views.document_add, name="add"),
    path("<int:pk>/", admin_views.document_edit, name="edit"),
    path("<int:pk>/xoa/", admin_views.document_delete, name="delete"),
    path("<int:pk>/cong-khai/", admin_views.document_publish, name="publish"),
    path("<int:pk>/tep/", admin_views.attachment_add, name="attachment_add"),
    path(
        "<int:pk>/tep/<int:file_pk>/xoa/", admin_views.attachment_remove, name="attachment_remove"
    ),
    path("nhap/", admin_views.import_documents, name="import"),
    path("nhap/<int:pk>/", admin_views.import_job, name="job"),
    path("nhap/<int:pk>/nhap-dong-hop-le/", admin_views.import_job_retry, name="job_retry"),
    path("nhap/<int:pk>/bao-cao.csv", admin_views.import_job_report, name="job_report"),
    re_path(r"^xuat\.(?P<fmt>csv|xlsx|json)$", admin_views.export_documents, name="export"),
    re_path(r"^mau\.(?P<fmt>csv|xlsx|json)$", admin_views.import_template, name="template"),
]
