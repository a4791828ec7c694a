"""Security tasks for operators at the command line, for use during an incident.

    manage.py security verify-audit                 # is the audit chain intact?
    manage.py security scan --portal xa-ba-to       # scan every live page of a portal now
    manage.py security integrity --portal xa-ba-to  # compare every live page with what was approved
    manage.py security trace --page 123             # the audit entries about one page
    manage.py security trace --user bato.bientap --since 2026-11-01
    manage.py security trace --ip 198.51.100.7

`scan` and `integrity` without --portal run one bounded scheduled run (as Celery beat does).
"""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from vnportal.security import tasks
from vnportal.security.audit import verify_chain
from vnportal.security.choices import FlagSource
from vnportal.security.models import AuditEntry
from vnportal.tenancy.models import Portal


class Command(BaseCommand):
    help = "Security checks and audit-log tracing (verify-audit, scan, integrity, trace)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify-audit", help="Verify the audit log's hash chain.")
        for name in ("scan", "integrity"):
            command = sub.add_parser(name)
            command.add_argument(
                "--portal", help="Slug or path of one portal: check all its pages."
            )
            if name == "scan":
                command.add_argument("--no-render", action="store_true")
        trace = sub.add_parser("trace", help="Print audit entries (JSON lines), oldest first.")
        trace.add_argument("--page", type=int)
        trace.add_argument("--user", help="Username or name of the actor.")
        trace.add_argument("--ip")
        trace.add_argument("--portal")
        trace.add_argument("--since", help="YYYY-MM-DD")
        trace.add_argument("--limit", type=int, default=1000)

    def handle(self, *args, action, **options):
        return getattr(self, "handle_" + action.replace("-", "_"))(**options)

    def _portal(self, slug):
        portal = Portal.objects.filter(Q(slug=slug) | Q(path=slug)).first()
        if portal is None:
            raise CommandError(f"No portal {slug!r}.")
        return portal

    def handle_verify_audit(self, **options):
        broken = verify_chain()
        if broken is None:
            self.stdout.write(f"audit chain intact ({AuditEntry.objects.count()} entries)")
            return
        raise CommandError(f"audit chain broken at entry {broken}")

    def _portal_pages(self, portal):
        return Page.objects.live().descendant_of(portal.root_page, inclusive=True).specific()

    def handle_scan(self, portal=None, no_render=False, **options):
        if portal is None:
            self.stdout.write(json.dumps(tasks.scan_content(render=not no_render)))
            return
        from vnportal.security.services import assess_page, flag_rendered_page, notify_new_flags

        portal = self._portal(portal)
        flagged = []
        for page in self._portal_pages(portal):
            assessment = assess_page(
                page, source=FlagSource.SCHEDULED, revision=page.live_revision, notify=False
            )
            if assessment.flag is not None and assessment.flag.status == "open":
                flagged.append(assessment.flag)
                continue
            if not no_render and portal.is_public:
                html, url = tasks.render_page(page)
                flag = html and flag_rendered_page(page, html, url, portal=portal)
                if flag:
                    flagged.append(flag)
        notify_new_flags(flagged)
        for flag in flagged:
            self.stdout.write(f"FLAG {flag.pk} page {flag.page_id} {flag.score:.2f} {flag.reasons}")
        self.stdout.write(f"{len(flagged)} page(s) flagged on {portal.slug}")

    def handle_integrity(self, portal=None, **options):
        if portal is None:
            self.stdout.write(json.dumps(tasks.check_integrity()))
            return
        from vnportal.security.integrity import check_page

        portal = self._portal(portal)
        alerts = [a for p in self._portal_pages(portal) if (a := check_page(p, portal=portal))]
        for alert in alerts:
            self.stdout.write(
                f"ALERT {alert.pk} page {alert.page_id} {alert.kind} {alert.changed_fields}"
            )
        self.stdout.write(f"{len(alerts)} new alert(s) on {portal.slug}")

    def handle_trace(self, page=None, user=None, ip=None, portal=None, since=None, limit=1000, **o):
        entries = AuditEntry.objects.order_by("pk")
        if page is not None:
            from vnportal.security.views.audit import page_target_types

            entries = entries.filter(
                Q(data__page=page) | Q(target_id=str(page), target_type__in=page_target_types())
            )
        if user:
            entries = entries.filter(Q(actor__username=user) | Q(actor_label__icontains=user))
        if ip:
            entries = entries.filter(ip=ip)
        if portal:
            entries = entries.filter(portal=self._portal(portal))
        if since:
            day = datetime.date.fromisoformat(since)
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
            entries = entries.filter(at__gte=start)
        for entry in entries[:limit]:
            self.stdout.write(
                json.dumps(
                    {
                        "id": entry.pk,
                        "at": timezone.localtime(entry.at).isoformat(),
                        "action": entry.action,
                        "actor": entry.actor_label,
                        "ip": entry.ip,
                        "portal": entry.portal_id,
                        "target": [entry.target_type, entry.target_id, entry.target_label],
                        "data": entry.data,
                    },
                    ensure_ascii=False,
                    default=str,
                )
            )
