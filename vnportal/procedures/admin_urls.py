from django.urls import path, re_path

from . import admin_views

urlpatterns = [
    path("ap-dung/", admin_views.apply, name="apply"),
    path("day-du/", admin_views.completeness, name="completeness"),
    path("day-du/<int:pk>/", admin_views.completeness_detail, name="completeness_detail"),
    path("nhap/", admin_views.import_procedures, name="import"),
    path("nhap/<int:pk>/", admin_views.import_job, name="job"),
    path("nhap/<int:pk>/nhap-dong-hop-le/", admin_views.import_job_retry, name="job_retry"),
    path("nhap/<int:pk>/bao-cao.csv", admin_views.import_job_report, name="job_report"),
    re_path(r"^xuat\.(?P<fmt>csv|xlsx|json)$", admin_views.export_procedures, name="export"),
    re_path(r"^mau\.(?P<fmt>csv|xlsx|json)$", admin_views.import_template, name="template"),
]
