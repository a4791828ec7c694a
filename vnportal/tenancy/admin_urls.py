from django.urls import path

from . import admin_views

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("new/", admin_views.create, name="create"),
    path("<int:pk>/", admin_views.detail, name="detail"),
    path("<int:pk>/settings/", admin_views.portal_settings, name="settings"),
    path("<int:pk>/status/", admin_views.change_status, name="status"),
    path("<int:pk>/members/", admin_views.members, name="members"),
    path("<int:pk>/maintenance/", admin_views.maintenance, name="maintenance"),
]
