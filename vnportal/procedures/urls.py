"""Public URLs of the procedures registry (mounted under /tra-cuu/thu-tuc/ inside every portal)."""

from django.urls import path, re_path

from . import views

app_name = "procedures"
urlpatterns = [
    path("", views.procedure_list, name="index"),
    re_path(r"^tai-ve\.(?P<fmt>csv|json)$", views.procedure_export, name="export"),
    re_path(r"^(?P<code>\d\.\d{6})/$", views.procedure_detail, name="detail"),
]
