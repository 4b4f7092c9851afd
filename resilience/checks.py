"""The checks of each phase, and the summary table."""

import json
import signal
import time
from collections import Counter
from dataclasses import dataclass

from resilience.stack import RECOVERY_LIMIT, Stack, log, wait_until
from resilience.visitors import INTEGRITY_SCRIPT, Load, Outcome, Visitor

# --- The checks ---------------------------------------------------------------


@dataclass
class Check:
    name: str
    passed: bool
    detail: str


def server_errors(outcomes: list[Outcome], allowed: tuple[int, ...] = ()) -> Counter:
    return Counter(
        o.status for o in outcomes if (o.status >= 500 or o.status <= 0) and o.status not in allowed
    )


def check_load(load: Load, phase: str) -> Check:
    outcomes = load.of_phase(phase)
    errors = server_errors(outcomes)
    statuses = Counter(o.status for o in outcomes)
    return Check(
        f"{phase}: no 5xx, no time-out",
        bool(outcomes) and not errors,
        f"{len(outcomes)} requests {dict(statuses)}",
    )


def restart_postgres_midway(stack: Stack, load: Load, delay: float, result: dict):
    def during(started: float) -> None:
        time.sleep(delay)
        log("Restarting PostgreSQL…")
        result["down_at"] = time.monotonic()
        stack.postgres.restart()
        result["up_at"] = time.monotonic()
        log("PostgreSQL is back.")

    return during


def check_postgres_restart(load: Load, result: dict) -> list[Check]:
    outcomes = load.of_phase("postgres restart")
    others = server_errors(outcomes, allowed=(503,))
    wrong_language = [o.path for o in outcomes if o.status == 503 and not o.body_language_ok]
    recovered = [
        o.at for o in outcomes if o.at > result["up_at"] and o.status == 200 and o.kind == "page"
    ]
    recovery = (min(recovered) - result["up_at"]) if recovered else float("inf")
    unavailable = sum(o.status == 503 for o in outcomes)
    return [
        Check(
            "postgres restart: only 503 pages, in the visitor's language",
            not others and not wrong_language,
            f"{unavailable} × 503, other errors {dict(others)}, "
            f"wrong language {len(wrong_language)}",
        ),
        Check(
            f"postgres restart: pages again within {RECOVERY_LIMIT} s",
            recovery <= RECOVERY_LIMIT,
            f"first page {recovery:.1f} s after the database came back",
        ),
    ]


def stop_redis_midway(stack: Stack, delay: float):
    def during(started: float) -> None:
        time.sleep(delay)
        log("Stopping Redis…")
        stack.kill("redis")

    return during


def check_smtp_outage(stack: Stack, load: Load, count: int, wait: float) -> list[Check]:
    """Guests register while the mail server refuses; their e-mails arrive once it accepts."""
    stack.mailbox.refusing = True
    visitor = Visitor(10_000, None)
    before = len(load.registered)
    load.phase = "smtp refusing"
    for _ in range(count):
        load.register(visitor, load.events[0])
    addresses = [email for _event, email in load.registered[before:]]
    time.sleep(3)
    stack.mailbox.refusing = False
    log(f"SMTP accepts again; waiting up to {wait:.0f} s for the retries…")
    delivered = wait_until(
        lambda: all(stack.mailbox.count_for(a) >= 1 for a in addresses), wait, step=1
    )
    kept = stored_emails(stack)
    return [
        Check(
            "smtp refusing: registrations kept",
            len(addresses) == count and all(a in kept for a in addresses),
            f"{len(addresses)}/{count} accepted and stored",
        ),
        Check(
            "smtp refusing: e-mails sent when it comes back",
            delivered,
            f"{sum(stack.mailbox.count_for(a) >= 1 for a in addresses)}/{len(addresses)} delivered",
        ),
    ]


def check_worker_killed(stack: Stack, load: Load) -> Check:
    """The worker dies while an SMTP delivery stalls; restarted, it sends that e-mail once."""
    stack.mailbox.stall_seconds = 30
    visitor = Visitor(20_000, None)
    before = len(load.registered)
    load.phase = "worker killed"
    load.register(visitor, load.events[0])
    if len(load.registered) == before:
        return Check("worker killed: task runs again, once", False, "the registration failed")
    address = load.registered[-1][1]
    time.sleep(3)  # the worker has claimed the task and waits on the stalled server
    log("Killing the worker mid-task…")
    stack.mailbox.stall_seconds = 0
    stack.processes["worker"].send_signal(signal.SIGKILL)
    delivered = wait_until(lambda: stack.mailbox.count_for(address) >= 1, 30)
    time.sleep(3)
    count = stack.mailbox.count_for(address)
    return Check(
        "worker killed: task runs again, once",
        delivered and count == 1,
        f"e-mail delivered {count} time(s) after the restart",
    )


def last_json(output: str):
    """The JSON line a script printed last (the site may log lines before it)."""
    return json.loads(output.strip().splitlines()[-1])


def stored_emails(stack: Stack) -> set[str]:
    return set(last_json(stack.manage("shell", "-c", INTEGRITY_SCRIPT))["emails"])


def check_integrity(stack: Stack, load: Load) -> list[Check]:
    state = last_json(stack.manage("shell", "-c", INTEGRITY_SCRIPT))
    stored = set(state["emails"])
    lost = [email for _event, email in load.registered if email not in stored]
    return [
        Check(
            "registrations: no seat oversold", not state["oversold"], str(state["oversold"] or "")
        ),
        Check(
            "registrations: none duplicated",
            not state["duplicated"],
            f"{len(state['duplicated'])} duplicated",
        ),
        Check(
            "registrations: none lost",
            not lost,
            f"{len(load.registered)} confirmed to visitors, {len(lost)} missing",
        ),
    ]


def print_summary(checks: list[Check]) -> None:
    width = max(len(check.name) for check in checks)
    print()
    print(f"{'check'.ljust(width)}  result  detail")
    print(f"{'-' * width}  ------  ------")
    for check in checks:
        print(f"{check.name.ljust(width)}  {'PASS' if check.passed else 'FAIL':6}  {check.detail}")
    print()
