"""Public URLs of the data sets (mounted under /tra-cuu/du-lieu/ inside every portal)."""

from django.urls import path, re_path

from . import views

KIND = r"(?P<kind>[a-z-]+)"

app_name = "datasets"
urlpatterns = [
    path("", views.dataset_index, name="index"),
    re_path(rf"^{KIND}/$", views.dataset_list, name="list"),
    re_path(rf"^{KIND}/tai-ve\.(?P<fmt>csv|json)$", views.dataset_export, name="export"),
    re_path(rf"^{KIND}/(?P<pk>\d+)/$", views.dataset_detail, name="detail"),
]
