"""Production settings refuse to start half-configured and pass Django's deploy checks."""

import os
import re
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "PUBLIC_BASE_URL"
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(  # noqa: S603 — fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-key-0123456789",
    "DJANGO_ALLOWED_HOSTS": "testserver",
    "PUBLIC_BASE_URL": "https://sante.example.org",
}


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_the_public_url():
    without_public_url = {
        key: value for key, value in PRODUCTION.items() if key != "PUBLIC_BASE_URL"
    }
    result = run_manage("check", **without_public_url)
    assert result.returncode != 0
    assert "ImproperlyConfigured: PUBLIC_BASE_URL must be set" in result.stderr


def test_production_derives_the_admin_url_and_the_sender_from_the_public_url():
    show = (
        "from django.conf import settings;"
        "print(settings.WAGTAILADMIN_BASE_URL, settings.DEFAULT_FROM_EMAIL)"
    )
    result = run_manage("shell", "--no-imports", "-c", show, **PRODUCTION)
    assert result.stdout.split() == [
        "https://sante.example.org",
        "ne-pas-repondre@sante.example.org",
    ]


def test_production_settings_pass_the_deploy_checks_without_warning():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **{**PRODUCTION, "DJANGO_ALLOWED_HOSTS": "sante.example.org"},
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_uploads_go_to_the_object_store_once_a_bucket_is_named():
    show_storage = (
        "from django.core.files.storage import storages; s = storages['default'];"
        "print(type(s).__name__, s.bucket_name, s.endpoint_url, s.querystring_auth)"
    )
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        show_storage,
        AWS_STORAGE_BUCKET_NAME="portail-medias",
        AWS_S3_ENDPOINT_URL="https://s3.gra.io.cloud.ovh.net",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3Storage",
        "portail-medias",
        "https://s3.gra.io.cloud.ovh.net",
        "False",
    ]


def test_uploads_stay_on_the_disk_without_a_bucket():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.core.files.storage import storages; print(type(storages['default']).__name__)",
        **PRODUCTION,
    )
    assert result.stdout.strip() == "FileSystemStorage", result.stderr


def test_static_files_are_hashed_compressed_and_kept_for_a_year(tmp_path):
    """WhiteNoise serves the collected files: a hashed name, a gzip copy, an immutable header."""
    environment = {**PRODUCTION, "DJANGO_STATIC_ROOT": str(tmp_path)}
    collected = run_manage("collectstatic", "--noinput", "-v0", **environment)
    assert collected.returncode == 0, collected.stderr
    fetch = (
        "from django.templatetags.static import static;"
        "from django.test import Client;"
        "url = static('css/main.css');"
        "response = Client().get(url, secure=True, headers={'accept-encoding': 'gzip'});"
        "print(url, response.status_code, response['Content-Encoding'],"
        " response['Cache-Control'].replace(' ', ''))"
    )
    result = run_manage("shell", "--no-imports", "-c", fetch, **environment)

    url, status, encoding, cache_control = result.stdout.split()
    assert re.fullmatch(r"/static/css/main\.[0-9a-f]{12}\.css", url), url
    assert (status, encoding) == ("200", "gzip")
    assert set(cache_control.split(",")) == {"max-age=315360000", "public", "immutable"}
