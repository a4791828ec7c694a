from django.urls import path, re_path

from . import admin_views

KIND = r"(?P<kind>[a-z-]+)"

urlpatterns = [
    path("", admin_views.index, name="index"),
    re_path(rf"^{KIND}/$", admin_views.record_list, name="list"),
    re_path(rf"^{KIND}/them/$", admin_views.record_add, name="add"),
    re_path(rf"^{KIND}/(?P<pk>\d+)/$", admin_views.record_edit, name="edit"),
    re_path(rf"^{KIND}/(?P<pk>\d+)/xoa/$", admin_views.record_delete, name="delete"),
    re_path(rf"^{KIND}/xuat\.(?P<fmt>csv|xlsx|json)$", admin_views.record_export, name="export"),
]
