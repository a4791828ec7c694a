"""`manage.py qa_deadline --received 2027-02-03T10:00 --working-days 5`

Prints the clock start and the deadline in ISO 8601 with the +07:00 offset, computed by the same
function the portals use (:func:`vnportal.workcalendar.clock.compute_deadline`), with the
calendar as it is in the database (national holidays + the operator's overrides). Useful to check a
disputed deadline by hand. Without --working-days, the Q&A period in force on the receipt date is
used (5 under the Lào Cai directive).
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from vnportal.qa.choices import PeriodKind
from vnportal.qa.periods import period_days
from vnportal.workcalendar.clock import compute_deadline, to_local


class Command(BaseCommand):
    help = "Compute a Q&A clock start and deadline (ISO 8601, +07:00)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--received",
            required=True,
            help="Receipt time, ISO 8601; without an offset it is Vietnam time (+07:00).",
        )
        parser.add_argument("--working-days", type=int, default=None, help="N (5, 8 or 10).")
        parser.add_argument(
            "--kind",
            default=PeriodKind.QA_WITHIN_AUTHORITY,
            choices=PeriodKind.values,
            help="Period kind used when --working-days is not given.",
        )
        parser.add_argument(
            "--explain", action="store_true", help="Also print how the deadline was computed."
        )

    def handle(self, *args, **options):
        try:
            received = datetime.datetime.fromisoformat(options["received"])
        except ValueError as exc:
            raise CommandError(f"--received: {exc}") from exc
        received = to_local(received)
        days = options["working_days"]
        if days is None:
            days = period_days(options["kind"], received.date())
        if days < 0:
            raise CommandError("--working-days must be 0 or more")
        result = compute_deadline(received, days)
        self.stdout.write(f"start: {result.start.isoformat()}")
        self.stdout.write(f"deadline: {result.deadline.isoformat()}")
        if options["explain"]:
            for line in result.steps():
                self.stdout.write(f"  {line}")
