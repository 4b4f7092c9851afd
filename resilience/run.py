"""`make resilience`: load and fault tests of the whole stack, on loopback only.

Starts a private PostgreSQL cluster (a throwaway one, so the machine's own is
never restarted), a private Redis, an SMTP server that can be told to refuse,
gunicorn with the production settings (DEBUG off, a test secret) and a
django-tasks worker; loads the demo; then drives concurrent visitors (plain
threads and http.client: no extra dependency) over public pages, searches
and guest or signed-in registrations, through five phases:

1. load: no 5xx, no time-out;
2. PostgreSQL restarted mid-load: only 503 pages in the visitor's language
   while it is down, pages again within seconds of its return;
3. Redis stopped mid-load: no 5xx;
4. SMTP refusing: registrations are kept and their e-mails arrive once it
   accepts again (the events' tasks retry after a minute);
5. the worker killed in the middle of sending an e-mail: once restarted, the
   task runs again, once.

Then the database is checked: no seat oversold, no registration duplicated,
every registration a visitor was told about is there. A summary table is
printed; the exit status is 1 if any check failed.

    .venv/bin/python resilience/run.py                      # 200 clients, 60 s
    .venv/bin/python resilience/run.py --clients 30 --seconds 10   # CI
"""

import argparse
import asyncio
import json
import os
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PG_BIN = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"
HOST = "127.0.0.1"
PG_PORT, REDIS_PORT, SMTP_PORT, WEB_PORT = 5499, 6390, 8026, 8099
# How long a web process keeps to its own memory after Redis failed
# (core.cache.DEFAULT_RETRY_AFTER_SECONDS).
CACHE_FALLBACK_SECONDS = 5
WORKER_ID = "resilience-worker"
REQUEST_TIMEOUT = 30
RECOVERY_LIMIT = 10
SIGNED_IN_USERS = 40
# What a visitor of each language reads on the 503 page (templates/503.html).
OUTAGE_TEXT = {"fr": "momentanément indisponible", "en": "briefly unavailable"}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- The services -----------------------------------------------------------


class PrivatePostgres:
    """A PostgreSQL cluster in a temporary folder, owned by the postgres user when run as root."""

    def __init__(self) -> None:
        self.data = Path(tempfile.mkdtemp(prefix="resilience-pg-"))
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.data, "postgres")

    def _ctl(self, *args: str) -> None:
        command = [*self.as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(self.data), *args]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        subprocess.run(
            [
                *self.as_postgres,
                *(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres"),
                *("-A", "trust", "--no-sync"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self._ctl(
            "-w",
            "-l",
            str(self.data / "server.log"),
            "-o",
            f"-p {PG_PORT} -k {self.data} -c listen_addresses={HOST} -c max_connections=200 "
            "-c fsync=off",
            "start",
        )

    def restart(self) -> None:
        self._ctl("-w", "-m", "fast", "restart")

    def is_ready(self) -> bool:
        ready = [str(PG_BIN / "pg_isready"), "-h", HOST, "-p", str(PG_PORT), "-q"]
        return subprocess.run(ready).returncode == 0

    def stop(self) -> None:
        self._ctl("-m", "immediate", "stop")
        shutil.rmtree(self.data, ignore_errors=True)


class Mailbox:
    """The SMTP server: keeps what it accepts; refuses, or stalls, when told to."""

    def __init__(self) -> None:
        self.received: list[str] = []
        self.refusing = False
        self.stall_seconds = 0.0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refusing:
            return "451 4.3.0 Mail server busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.stall_seconds:
            # The worker is killed while waiting here; this delivery never completes.
            await asyncio.sleep(self.stall_seconds)
            return "451 4.3.0 Interrupted"
        with self.lock:
            self.received.extend(envelope.rcpt_tos)
        return "250 Message accepted"

    def count_for(self, address: str) -> int:
        with self.lock:
            return self.received.count(address)


@dataclass
class Stack:
    """Everything the run starts, and how to stop it."""

    postgres: PrivatePostgres
    mailbox: Mailbox
    smtp: Controller
    env: dict
    logs: Path
    processes: dict = field(default_factory=dict)
    supervising: bool = False
    worker_restarts: int = 0

    def start(self, name: str, command: list[str]) -> None:
        output = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 (closed with the run)
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=output, stderr=subprocess.STDOUT
        )

    def kill(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()

    def forget_rate_limits(self) -> None:
        """Start a phase as fresh visitors would: every client here shares 127.0.0.1.

        Empties the private Redis, and waits until the web processes, which
        used their own memory while Redis was down, are back on it.
        """
        flush = ["redis-cli", "-h", HOST, "-p", str(REDIS_PORT), "FLUSHALL"]
        # Redis was just started again: give it a moment to accept connections.
        wait_until(lambda: subprocess.run(flush, capture_output=True).returncode == 0, 10)
        time.sleep(CACHE_FALLBACK_SECONDS + 1)

    def manage(self, *args: str) -> str:
        """Run a management command; return its standard output."""
        result = subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def start_redis(self) -> None:
        self.start(
            "redis",
            [
                "redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                HOST,
                "--save",
                "",
                "--appendonly",
                "no",
            ],
        )

    def start_worker(self) -> None:
        """The worker as systemd runs it: requeue what a killed run left, work, restart on exit.

        db_worker exits when the database goes away; like `Restart=always`,
        the supervising thread starts it again a second later.
        """
        self.supervising = True

        def supervise() -> None:
            while self.supervising:
                try:
                    self.manage("requeue_interrupted_tasks", "--worker-id", WORKER_ID)
                except RuntimeError:
                    time.sleep(1)
                    continue
                self.start(
                    "worker",
                    [
                        PYTHON,
                        "manage.py",
                        "db_worker",
                        "--worker-id",
                        WORKER_ID,
                        "--interval",
                        "0.2",
                    ],
                )
                self.processes["worker"].wait()
                if self.supervising:
                    self.worker_restarts += 1
                    time.sleep(1)

        threading.Thread(target=supervise, daemon=True).start()

    def stop_all(self) -> None:
        self.supervising = False
        for name in list(self.processes):
            self.kill(name)
        self.smtp.stop()
        self.postgres.stop()


def wait_until(condition, seconds: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def build_stack(workers: int, threads: int) -> Stack:
    logs = Path(tempfile.mkdtemp(prefix="resilience-logs-"))
    postgres = PrivatePostgres()
    postgres.start()
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname=HOST, port=SMTP_PORT)
    smtp.start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "PUBLIC_BASE_URL": f"http://{HOST}:{WEB_PORT}",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"postgres://postgres@{HOST}:{PG_PORT}/portail",
        "REDIS_URL": f"redis://{HOST}:{REDIS_PORT}/0",
        "EMAIL_HOST": HOST,
        "EMAIL_PORT": str(SMTP_PORT),
        "DJANGO_MEDIA_ROOT": str(logs / "media"),
    }
    stack = Stack(postgres, mailbox, smtp, env, logs)
    try:
        serve(stack, workers, threads)
    except BaseException:
        stack.stop_all()
        raise
    return stack


def serve(stack: Stack, workers: int, threads: int) -> None:
    """Create the database, load the demo, start Redis, gunicorn and the worker."""
    subprocess.run(
        [str(PG_BIN / "createdb"), "-h", HOST, "-p", str(PG_PORT), "-U", "postgres", "portail"],
        check=True,
    )
    stack.start_redis()
    log("Migrating and loading the demo…")
    stack.manage("migrate", "--noinput")
    stack.manage("load_demo")
    stack.manage("collectstatic", "--noinput")
    stack.start(
        "gunicorn",
        [
            *(GUNICORN, "config.wsgi", "--bind", f"{HOST}:{WEB_PORT}"),
            *("--workers", str(workers), "--threads", str(threads)),
            *("--worker-class", "gthread", "--timeout", "60"),
        ],
    )
    stack.start_worker()
    if not wait_until(lambda: get("/healthz")[0] == 200, 30):
        raise RuntimeError(f"gunicorn did not start; see {stack.logs}/gunicorn.log")


# --- The visitors -------------------------------------------------------------


def get(path: str) -> tuple[int, str]:
    connection = HTTPConnection(HOST, WEB_PORT, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode(errors="replace")
    except OSError:
        return 0, ""
    finally:
        connection.close()


@dataclass
class Outcome:
    phase: str
    kind: str
    path: str
    status: int  # 0: the connection failed; -1: the request timed out
    body_language_ok: bool
    at: float


class Visitor:
    """One browser: its own connection and cookies, a signed-in session or none."""

    def __init__(self, number: int, session_cookie: str | None) -> None:
        self.number = number
        self.cookies: dict[str, str] = {}
        if session_cookie:
            self.cookies["__Host-sessionid"] = session_cookie
        self.connection: HTTPConnection | None = None
        self.registrations = 0

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in range(2):
            if self.connection is None:
                self.connection = HTTPConnection(HOST, WEB_PORT, timeout=REQUEST_TIMEOUT)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                text = response.read().decode(errors="replace")
            except TimeoutError:
                self.connection.close()
                self.connection = None
                return -1, ""
            except (OSError, ConnectionError):
                self.connection.close()
                self.connection = None
                if attempt:
                    return 0, ""
                continue
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
            if response.getheader("Connection", "").lower() == "close":
                self.connection.close()
                self.connection = None
            return response.status, text
        return 0, ""


@dataclass
class Load:
    """The mix of requests and what came back."""

    pages: list[str]
    searches: list[str]
    events: list[str]
    sessions: list[str]
    outcomes: list[Outcome] = field(default_factory=list)
    registered: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    phase: str = "load"

    def record(self, kind: str, path: str, status: int, body: str) -> None:
        language = "en" if path.startswith("/en/") else "fr"
        language_ok = status != 503 or OUTAGE_TEXT[language] in body
        with self.lock:
            self.outcomes.append(
                Outcome(self.phase, kind, path, status, language_ok, time.monotonic())
            )

    def register(self, visitor: Visitor, event: str) -> None:
        form_path = registration_form_path(event)
        status, html = visitor.request("GET", form_path)
        self.record("registration form", form_path, status, html)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        if status != 200 or token is None:
            return
        visitor.registrations += 1
        email = f"visitor{visitor.number}-{visitor.registrations}@example.org"
        signed_in = "__Host-sessionid" in visitor.cookies
        form = {"csrfmiddlewaretoken": token[1]}
        if not signed_in:
            # Names are letters (the form refuses digits): the visitor's number spelt in letters.
            surname = "".join("abcdefghij"[int(digit)] for digit in str(visitor.number))
            form |= {"first_name": "Charge", "last_name": f"Test-{surname}", "email": email}
        status, body = visitor.request("POST", form_path, form)
        self.record("registration", form_path, status, body)
        if status == 302 and not signed_in:
            with self.lock:
                self.registered.append((event, email))

    def visit(self, visitor: Visitor, stop: threading.Event, think: float) -> None:
        while not stop.is_set():
            roll = random.random()  # noqa: S311 (a load mix, not a secret)
            if roll < 0.6:
                path = random.choice(self.pages)  # noqa: S311
                status, body = visitor.request("GET", path)
                self.record("page", path, status, body)
            elif roll < 0.85:
                path = random.choice(self.searches)  # noqa: S311
                status, body = visitor.request("GET", path)
                self.record("search", path, status, body)
            elif self.events:
                self.register(visitor, random.choice(self.events))  # noqa: S311
            stop.wait(random.uniform(0, think))  # noqa: S311

    def run(self, phase: str, clients: int, seconds: float, think: float, during=None) -> None:
        """`clients` visitors for `seconds`; `during(started)` runs alongside, if given."""
        self.phase = phase
        stop = threading.Event()
        visitors = [
            Visitor(n, self.sessions[n] if n < len(self.sessions) and n % 2 else None)
            for n in range(clients)
        ]
        threads = [
            threading.Thread(target=self.visit, args=(visitor, stop, think), daemon=True)
            for visitor in visitors
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        if during is not None:
            during(started)
        stop.wait(max(0.0, seconds - (time.monotonic() - started)))
        stop.set()
        for thread in threads:
            thread.join(REQUEST_TIMEOUT + 5)

    def of_phase(self, phase: str) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.phase == phase]


SESSIONS_SCRIPT = """
import json
from allauth.account.models import EmailAddress
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from accounts.models import User
keys = []
for n in range({count}):
    user, _ = User.objects.get_or_create(
        email=f"signed{{n}}@example.org",
        defaults={{"first_name": "Interne", "last_name": "Connecté"}},
    )
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={{"verified": True, "primary": True}}
    )
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    keys.append(session.session_key)
print(json.dumps(keys))
"""

INTEGRITY_SCRIPT = """
import json
from django.db.models import Count
from events.models import EventPage, Registration
seated = Registration.Status.CONFIRMED
events = EventPage.objects.filter(capacity__isnull=False)
print(json.dumps({
    "oversold": [
        e.url_path for e in events
        if Registration.objects.filter(event=e, status=seated).count() > e.capacity
    ],
    "duplicated": list(
        Registration.objects.filter(status__in=Registration.ACTIVE_STATUSES)
        .values("event_id", "email").annotate(n=Count("id")).filter(n__gt=1)
        .values_list("email", flat=True)
    ),
    "emails": list(Registration.objects.values_list("email", flat=True)),
}))
"""


def registration_form_path(event: str) -> str:
    """The registration form of the event at `event`, at its path in the event's language."""
    return event + ("register/" if event.startswith("/en/") else "inscription/")


def discover(load_pages: list[str]) -> tuple[list[str], list[str]]:
    """The demo's pages and the events whose registration form is open."""
    pages = set(load_pages)
    events = set()
    for index in ("/fr/evenements/", "/en/events/"):
        _status, html = get(index)
        for path in re.findall(rf'href="({index}[a-z0-9-]+/)"', html):
            pages.add(path)
            if "csrfmiddlewaretoken" in get(registration_form_path(path))[1]:
                events.add(path)
    return sorted(pages), sorted(events)


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
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
