"""`python -m resilience`: the five phases, then the summary; exit status 1 on a failure."""

import argparse
import sys

import resilience
from resilience.checks import (
    Check,
    check_integrity,
    check_load,
    check_postgres_restart,
    check_smtp_outage,
    check_worker_killed,
    last_json,
    print_summary,
    restart_postgres_midway,
    stop_redis_midway,
)
from resilience.stack import RECOVERY_LIMIT, SIGNED_IN_USERS, build_stack, log
from resilience.visitors import SESSIONS_SCRIPT, Load, discover

DESCRIPTION = resilience.__doc__.split("\n\n")[0]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m resilience", description=DESCRIPTION)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=2.0, help="most seconds between clicks")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--smtp-wait", type=float, default=150)
    options = parser.parse_args()

    stack = build_stack(options.workers, options.threads)
    checks: list[Check] = []
    try:
        sessions = last_json(
            stack.manage("shell", "-c", SESSIONS_SCRIPT.format(count=SIGNED_IN_USERS))
        )
        pages, events = discover(
            [
                *("/fr/", "/en/", "/fr/aides/", "/en/aids/", "/fr/logements/", "/en/housing/"),
                *("/fr/maitres-de-stage/", "/en/supervisors/", "/fr/evenements/", "/en/events/"),
            ]
        )
        searches = [
            "/fr/recherche/?q=aide",
            "/en/search/?q=grant",
            "/fr/aides/?q=bourse",
            "/fr/logements/?max_rent=400",
            "/en/housing/?furnished=on",
            "/fr/maitres-de-stage/?commune=melun&radius=20",
        ]
        log(
            f"{len(pages)} pages, {len(events)} events open for registration, "
            f"{len(sessions)} sessions"
        )
        load = Load(pages, searches, events, sessions)
        phase_seconds = max(10.0, options.seconds / 3)

        log(f"Load: {options.clients} clients for {options.seconds:.0f} s…")
        load.run("load", options.clients, options.seconds, options.think)
        checks.append(check_load(load, "load"))

        restart: dict = {}
        log("Load with a PostgreSQL restart…")
        load.run(
            "postgres restart",
            options.clients,
            phase_seconds + RECOVERY_LIMIT,
            options.think,
            during=restart_postgres_midway(stack, load, phase_seconds / 3, restart),
        )
        checks.extend(check_postgres_restart(load, restart))

        log("Load with Redis stopped…")
        load.run(
            "redis stopped",
            options.clients,
            phase_seconds,
            options.think,
            during=stop_redis_midway(stack, phase_seconds / 3),
        )
        checks.append(check_load(load, "redis stopped"))
        stack.start_redis()

        if events:
            stack.forget_rate_limits()
            checks.extend(check_smtp_outage(stack, load, 5, options.smtp_wait))
            checks.append(check_worker_killed(stack, load))
        else:
            checks.append(Check("events open for registration", False, "none in the demo"))
        checks.extend(check_integrity(stack, load))
        log(
            f"{len(stack.mailbox.received)} e-mails received in all; "
            f"the worker was restarted {stack.worker_restarts} time(s)"
        )
    finally:
        print_summary(checks) if checks else None
        log(f"Logs: {stack.logs}")
        stack.stop_all()
    return 0 if checks and all(check.passed for check in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
