from django.urls import path

from . import admin_views

urlpatterns = [
    path("", admin_views.question_list, name="index"),
    path("<int:pk>/", admin_views.question_detail, name="detail"),
    path("<int:pk>/tep-dinh-kem/", admin_views.attachment, name="attachment"),
    path("<int:pk>/<slug:action>/", admin_views.question_action, name="action"),
    path("thong-ke/", admin_views.statistics, name="statistics"),
    path("thu-thong-bao/", admin_views.notification_list, name="notifications"),
    path("yeu-cau-thong-tin/", admin_views.request_list, name="requests"),
    path("yeu-cau-thong-tin/<int:pk>/", admin_views.request_detail, name="request_detail"),
    path(
        "yeu-cau-thong-tin/<int:pk>/<slug:action>/",
        admin_views.request_action,
        name="request_action",
    ),
]
