"""Local development: `make run`."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-not-for-production"  # noqa: F405
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Tasks run at once in development, without a worker to start.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The demo's staff accounts sign in to the admin with their password alone, so
# that `make run` can be tried at once; set STAFF_TWO_FACTOR_REQUIRED=1 to try
# the second factor. Production always requires it of staff.
STAFF_TWO_FACTOR_REQUIRED = os.environ.get("STAFF_TWO_FACTOR_REQUIRED", "0") == "1"
# runserver serves static files from the apps; nothing is collected.
STATIC_ROOT = None
