"""The Dockerfile and compose.yaml, checked without a container engine (CI has none)."""

import re
import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE_INSTRUCTIONS = {
    "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
    "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
}  # fmt: skip


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(instruction, arguments) of each instruction, continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text()
    logical = re.sub(r"\\\n", " ", text)
    lines = [line.strip() for line in logical.splitlines()]
    return [
        (line.split(None, 1)[0], line.split(None, 1)[1] if " " in line else "")
        for line in lines
        if line and not line.startswith("#")
    ]


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_dockerfile_uses_only_known_instructions():
    assert {name for name, _ in dockerfile_instructions()} <= DOCKERFILE_INSTRUCTIONS


def test_dockerfile_builds_on_python_311_slim():
    assert dockerfile_instructions()[0] == ("FROM", "python:3.11-slim")


def test_dockerfile_installs_the_locked_dependencies():
    runs = [arguments for name, arguments in dockerfile_instructions() if name == "RUN"]
    assert any("uv sync --frozen" in run for run in runs)
    assert ("COPY", "pyproject.toml uv.lock ./") in dockerfile_instructions()


def test_dockerfile_installs_the_system_packages_that_ci_installs_for_weasyprint():
    ci = (ROOT / ".ci" / "run").read_text()
    # Chromium and Redis serve the browser and resilience tests, not the site.
    test_only = {"chromium", "redis-server"}
    ci_packages = set(re.search(r'SYSTEM_PACKAGES="([^"]+)"', ci).group(1).split()) - test_only
    runs = " ".join(arguments for name, arguments in dockerfile_instructions() if name == "RUN")
    assert ci_packages <= set(shlex.split(runs))


def test_dockerfile_runs_gunicorn_with_the_repository_config_as_a_non_root_user():
    instructions = dockerfile_instructions()
    users = [arguments for name, arguments in instructions if name == "USER"]
    command = [arguments for name, arguments in instructions if name == "CMD"][-1]
    assert users
    assert users[-1] not in {"root", "0"}
    assert "config/gunicorn.conf.py" in command
    assert (ROOT / "config" / "gunicorn.conf.py").exists()


def test_compose_runs_web_worker_postgres_and_redis():
    assert set(compose()["services"]) == {"web", "worker", "postgres", "redis"}


def test_compose_worker_runs_the_task_worker_from_the_web_image():
    services = compose()["services"]
    assert services["worker"]["build"] == services["web"]["build"] == "."
    assert "db_worker" in " ".join(services["worker"]["command"])


def test_compose_points_the_site_at_its_postgres_and_redis():
    environment = compose()["services"]["web"]["environment"]
    assert "@postgres:5432/" in environment["DATABASE_URL"]
    assert environment["REDIS_URL"].startswith("redis://redis:6379/")


def test_compose_keeps_media_and_database_in_named_volumes():
    document = compose()
    assert "media:/app/media" in document["services"]["web"]["volumes"]
    assert set(document["volumes"]) == {"media", "postgres"}


def test_the_image_leaves_out_the_developers_virtualenv_database_uploads_and_history():
    """`COPY . .` would otherwise replace the image's virtualenv with the host's (whose
    paths do not exist in the image) and ship the local database and uploads."""
    ignored = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert ("COPY", ". .") in dockerfile_instructions()
    assert {".venv", "db.sqlite3", "media", ".git", "staticfiles"} <= ignored


def test_nginx_refuses_the_uploaded_originals():
    """Pages link to renditions only: an original image is never served."""
    conf = (ROOT / "deploy" / "nginx" / "portail.conf").read_text()
    block = re.search(r"location /media/original_images/ \{(.*?)\}", conf, re.S)
    assert block is not None
    assert "return 404;" in block.group(1)
