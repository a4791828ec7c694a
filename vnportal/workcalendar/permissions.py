"""Only the provincial operators edit the calendar: it sets every deadline of every portal."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from vnportal.tenancy.access import is_operator
from vnportal.tenancy.roles import OPERATOR_GROUP


class OperatorOnlyPolicy(BasePermissionPolicy):
    """Every action (add, change, delete, view) for operators and superusers, none for others."""

    def user_has_permission(self, user, action):
        return is_operator(user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=OPERATOR_GROUP), is_active=True)
            .distinct()
        )
