"""The stack under test: a private PostgreSQL, Redis, an SMTP server, gunicorn and a worker."""

import asyncio
import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.client import HTTPConnection
from pathlib import Path

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
