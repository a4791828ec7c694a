"""Each portal's editorial workflow: contributor drafts → editor reviews → board head approves.

The workflow is attached to the portal's home (and its translated homes) only, so it applies
inside that portal and nowhere else; its tasks are approved by that portal's groups only.
"""

from django.utils.translation import gettext as _
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from vnportal.tenancy.choices import BoardRole


def build_portal_workflow(portal) -> Workflow:
    groups = {pg.role: pg.group for pg in portal.groups.select_related("group")}
    workflow = Workflow.objects.create(
        name=_("%(portal)s: duyệt tin bài") % {"portal": portal.slug}, active=True
    )
    steps = [
        (BoardRole.EDITOR, _("%(portal)s: Biên tập viên xem xét")),
        (BoardRole.BOARD_HEAD, _("%(portal)s: Trưởng ban duyệt và xuất bản")),
    ]
    for order, (role, name) in enumerate(steps):
        task = GroupApprovalTask.objects.create(name=name % {"portal": portal.slug}, active=True)
        task.groups.set([groups[role]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    attach_workflow(workflow, portal.root_page)
    return workflow


def attach_workflow(workflow: Workflow, page: Page) -> None:
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def portal_workflow(portal) -> Workflow | None:
    link = WorkflowPage.objects.filter(page=portal.root_page).select_related("workflow").first()
    return link.workflow if link else None
