"""The test suite: fast hashing, local memory, e-mails in the outbox."""

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
# The test client's host, so that the links in e-mails open in tests.
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
DEFAULT_FROM_EMAIL = SERVER_EMAIL = "ne-pas-repondre@testserver"
# Nothing is collected in tests: the live server of the browser tests reads the finders.
STATIC_ROOT = None
# Tests of the admin sign in staff directly; tests/accounts/test_two_factor.py
# turns the second factor on and proves the admin's door.
STAFF_TWO_FACTOR_REQUIRED = False
