"""The visitors: concurrent clients over public pages, searches and registrations."""

import random
import re
import threading
import time
from dataclasses import dataclass, field
from http.client import HTTPConnection
from urllib.parse import urlencode

from resilience.stack import HOST, OUTAGE_TEXT, REQUEST_TIMEOUT, WEB_PORT, get

# --- The visitors -------------------------------------------------------------


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
