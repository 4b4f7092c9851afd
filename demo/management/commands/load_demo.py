"""`python manage.py load_demo [--departement NN]`: a département's demo content and accounts."""

import time

from django.core.management.base import BaseCommand, CommandError

from core.public_url import public_url
from demo.builder import build_demo
from demo.choice import DemoRefused, demo_departement
from demo.content import DEFAULT_DEPARTEMENT, DEPARTEMENTS


class Command(BaseCommand):
    help = (
        "Build a département's demo in French and English: pages, lists, settings, logo and "
        "staff accounts. Creates only what is missing and never overwrites existing content, "
        "so it can run at every start."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--departement",
            help=(
                f"The département's code, one of {', '.join(DEPARTEMENTS)} (default: the "
                f"database's own département, or {DEFAULT_DEPARTEMENT} in an empty database)."
            ),
        )

    def handle(self, *args, **options):
        try:
            code = demo_departement(options["departement"])
        except DemoRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        started = time.monotonic()
        result = build_demo(code)
        elapsed = time.monotonic() - started
        created = ", ".join(f"{count} {what}" for what, count in result.created.items() if count)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready in {elapsed:.1f} s: "
                + (f"created {created}." if created else "already complete, nothing changed.")
            )
        )
        self.stdout.write(f"\nDemo logins for the admin at {public_url('/admin/')}:")
        width = max(len(login.role) for login in result.logins)
        for login in result.logins:
            self.stdout.write(f"  {login.role:<{width}}  {login.email:<24}  {login.password}")
        self.stdout.write(
            self.style.WARNING(
                "These accounts and their password are public demo data: "
                "never load the demo on a production site."
            )
        )
