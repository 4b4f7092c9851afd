"""Production: everything comes from the environment, nothing is guessed.

Checked by `python manage.py check --deploy`:
https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set to a random string of 50+ chars.")
# The links in e-mails and calendar files are read far from any request: a
# guessed address would send every registrant to a dead link.
if not os.environ.get("PUBLIC_BASE_URL", "").startswith(("https://", "http://")):
    raise ImproperlyConfigured(
        "PUBLIC_BASE_URL must be set to the site's public address, e.g. https://sante.departement.fr."
    )

DEBUG = False
# Staff always need a second factor to enter the admin (accounts/middleware.py).
STAFF_TWO_FACTOR_REQUIRED = True
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# Uploads on S3-compatible object storage once a bucket is named, so that no
# web node keeps anything on its disk (docs/deployment.md); the keys come from
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by boto3 itself.
if bucket := os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL"),  # OVH, Scaleway, MinIO…
            "region_name": os.environ.get("AWS_S3_REGION_NAME"),
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN"),  # a CDN in front
            "default_acl": None,  # the bucket's policy decides
            "querystring_auth": False,  # images are public
            "file_overwrite": False,
        },
    }

# HTTPS everywhere, behind a proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = 63072000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

LOGGING["root"]["level"] = "INFO"  # noqa: F405
