"""Admin for the operator's calendar overrides (extra days off, make-up working days).

Saving or deleting an override recomputes the stored deadlines of open questions: the Q&A app
listens to DayOverride's model signals (see vnportal.qa.signals).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from .models import DayOverride
from .permissions import OperatorOnlyPolicy

register_permission_policy(DayOverride, OperatorOnlyPolicy(DayOverride))


class DayOverrideCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class DayOverrideViewSet(ModelViewSet):
    model = DayOverride
    icon = "date"
    menu_label = _("Lịch ngày làm việc")
    menu_order = 820
    add_to_admin_menu = True
    url_prefix = "lich-lam-viec"
    name = "day_overrides"
    form_fields = ["date", "kind", "reason"]
    list_display = ["date", "kind", "reason", "created_by"]
    list_filter = ["kind"]
    add_view_class = DayOverrideCreateView
    copy_view_enabled = False
    inspect_view_enabled = False


@hooks.register("register_admin_viewset")
def register_day_overrides():
    return DayOverrideViewSet()
