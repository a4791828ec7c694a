from django.urls import path

from .views import findings, networks
from .views.audit import AuditLogView

urlpatterns = [
    path("audit/", AuditLogView.as_view(), name="audit"),
    path("audit/results/", AuditLogView.as_view(results_only=True), name="audit_results"),
    path("flags/", findings.flags, name="flags"),
    path("flags/<int:pk>/", findings.flag_detail, name="flag"),
    path("integrity/", findings.alerts, name="integrity"),
    path("integrity/<int:pk>/", findings.alert_detail, name="alert"),
    path("networks/", networks.index, name="networks"),
    path("networks/<int:pk>/", networks.edit, name="networks_edit"),
]
