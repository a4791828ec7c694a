"""`manage.py portal create|suspend|reinstate|close|list`: the command-line face of the services."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from vnportal.tenancy import services
from vnportal.tenancy.models import Portal


def _format_errors(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "\n".join(f"{field}: {'; '.join(msgs)}" for field, msgs in exc.message_dict.items())
    return "; ".join(exc.messages)


class Command(BaseCommand):
    help = "Create a portal (with its standard skeleton) or change its status."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Create a portal for a unit.")
        create.add_argument("--unit", required=True, help="Unit code (owning unit).")
        where = create.add_argument_group("where")
        where.add_argument("--host", help="Hostname, e.g. bato.quangngai.gov.vn")
        where.add_argument("--path", help="Path under the provincial portal, e.g. xa-ba-to")
        create.add_argument("--slug", default="")
        create.add_argument("--name", default="", help="Vietnamese name.")
        create.add_argument("--name-en", default="")
        create.add_argument("--provincial", action="store_true")
        create.add_argument("--active", action="store_true", help="Start active instead of trial.")
        for name in ("suspend", "reinstate", "close"):
            p = sub.add_parser(name)
            p.add_argument("slug")
            p.add_argument("--reason", default="")
        sub.add_parser("list")

    def handle(self, *args, action, **opts):
        try:
            if action == "create":
                if not opts["host"] and not opts["path"] and not opts["provincial"]:
                    raise CommandError("Give --host HOST or --path PATH.")
                portal = services.create_portal(
                    services.PortalSpec(
                        unit_code=opts["unit"],
                        slug=opts["slug"],
                        name_vi=opts["name"],
                        name_en=opts["name_en"],
                        hostname=opts["host"],
                        path=opts["path"],
                        is_provincial=opts["provincial"],
                        status="active" if opts["active"] else "trial",
                    )
                )
                self.stdout.write(f"created {portal.slug} → {portal.get_public_url()}")
            elif action == "list":
                for p in Portal.objects.select_related("unit"):
                    self.stdout.write(f"{p.slug}\t{p.status}\t{p.unit.code}\t{p.get_public_url()}")
            else:
                portal = Portal.objects.filter(slug=opts["slug"]).first()
                if portal is None:
                    raise CommandError(f"slug: no portal “{opts['slug']}”.")
                fn = {
                    "suspend": services.suspend_portal,
                    "reinstate": services.reinstate_portal,
                    "close": services.close_portal,
                }[action]
                portal = fn(portal, reason=opts["reason"])
                self.stdout.write(f"{portal.slug}: {portal.status}")
        except ValidationError as exc:
            raise CommandError(_format_errors(exc)) from exc
