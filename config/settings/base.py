"""Settings shared by every environment.

Everything that differs between a laptop and a département's server comes from
the environment: https://docs.djangoproject.com/en/5.2/topics/settings/
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import xstatic.pkg.leaflet

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# Where the public reaches the site, e.g. https://sante.departement.fr: every
# absolute link the portal writes (e-mails, calendar files, sitemap, PDF) starts
# with it, never with a request's Host header (core/public_url.py). Production
# requires it; `make run` sets it to where runserver listens.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # Our apps first so that their templates override those of the packages.
    "core",
    "pagecache",
    "accounts",
    "territory",
    "home",
    "demo",
    "bench",
    "guide",
    "housing",
    "relay",
    "supervisors",
    "events",
    # Wagtail, with wagtail-localize in place of wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background work and security headers.
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    # After everything that reads the visitor (session, user, messages, CSRF)
    # and that adds headers on the way out (CSP, frame options), so that a
    # page from the cache gets this response's headers.
    "pagecache.middleware.PageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Only acts before Wagtail's page view (process_view): the route from the cache.
    "pagecache.routing.RouteCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite in the project by default so that `make run` needs nothing
# installed; PostgreSQL in production and CI through DATABASE_URL.
# https://github.com/jazzband/dj-database-url
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
IS_POSTGRESQL = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if IS_POSTGRESQL:
    # Django reads every form's list of choices (specialties, communes…) through
    # `.iterator()`, which on PostgreSQL opens a server-side cursor WITH HOLD:
    # three round trips instead of one for a list of a few hundred rows. No
    # query of the portal is large enough to need one.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
if IS_POSTGRESQL and os.environ.get("DATABASE_POOL", "") == "1":
    # psycopg 3's pool replaces persistent connections:
    # https://docs.djangoproject.com/en/5.2/ref/databases/#connection-pool
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # One pool per process, one connection per gunicorn thread (docs/deployment.md).
    pool_size = int(os.environ.get("DATABASE_POOL_SIZE", "2"))
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": pool_size,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # A cache outage slows the site down; it must not take it down:
            # while Redis does not answer, each process uses its own memory.
            "BACKEND": "core.cache.FallbackRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# The full-page cache for anonymous visitors (pagecache/store.py), purged on
# each change (pagecache/invalidation.py). 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_QUERY_SECONDS = int(os.environ.get("PAGE_CACHE_QUERY_SECONDS", "60"))
# Cached pages are kept per release (pagecache/release.py): a deployment may name its
# release (a commit, an image tag); otherwise the source's digest names it.
RELEASE_ID = os.environ.get("RELEASE_ID", "")
# The search and filter parameters of the public pages: a query string made of
# these only is cached per full URL; any other parameter bypasses the cache.
PAGE_CACHE_QUERY_PARAMETERS = {
    "page",
    "q",
    # guide: facets, aids open now, finder, places to practise
    "profession",
    "stage",
    "kind",
    "funder",
    "open",
    "commune",
    # housing search
    "near",
    "radius",
    "date",
    "semester",
    "max_rent",
    "furnished",
    "step_free",
    "sort",
    "view",
    # supervisor directory
    "specialty",
    "level",
    "language",
    "free",
}

# A Varnish or a CDN in front is purged with the page cache, from the same
# list of URLs (pagecache/invalidation.py). FRONTEND_CACHE_URL is where Varnish takes PURGE
# requests, e.g. http://127.0.0.1:6081; unset, nothing is sent.
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
# Each language's URL is purged as named: French and English slugs differ, so
# Wagtail must not rewrite /fr/ into /en/ in them.
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: French first, English second, both with a prefix.
# https://docs.wagtail.org/en/stable/advanced_topics/i18n.html
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static", ("leaflet", xstatic.pkg.leaflet.BASE_DIR)]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: EMAIL_URL-like SMTP variables in production, console in development.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", f"ne-pas-repondre@{urlsplit(PUBLIC_BASE_URL).hostname}"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
EMAIL_TIMEOUT = 10

# Background work: django-tasks with its database backend.
# https://github.com/RealOrangeOne/django-tasks-db
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# RGPD: finished tasks' results (their arguments name whom an e-mail was for)
# are deleted by `purge` after this many days.
TASK_RESULT_RETENTION_DAYS = int(os.environ.get("TASK_RESULT_RETENTION_DAYS", "30"))

# Map tiles: OpenStreetMap's by default; a département may point to its own
# tile server (or IGN's) with these variables. Leaflet itself is served from our
# static files (xstatic-leaflet), never from a CDN.
# https://operations.osmfoundation.org/policies/tiles/
MAP_TILES = {
    "url": os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    "attribution": os.environ.get(
        "MAP_TILE_ATTRIBUTION",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    ),
    "max_zoom": int(os.environ.get("MAP_TILE_MAX_ZOOM", "19")),
}
MAP_TILES["origin"] = "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILES["url"]))

# Wagtail.
WAGTAIL_SITE_NAME = "Portail santé"
# No avatar from gravatar.com: it would send a hash of each staff e-mail to a
# third party on every admin page, and fail offline.
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-gravatar-provider-url
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin's own e-mails (moderation, password reset) link to the same site.
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "core.PortalImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A 50-megapixel phone photo passes; a few kilobytes of PNG can claim far more
# pixels, and decoding them costs seconds and hundreds of megabytes per worker.
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtailimages-max-image-pixels
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.PortalImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Documents are served through Django, so private pages' documents stay private,
# and their content must match their extension (core/uploads.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "doc",
    "docx",
    "odp",
    "ods",
    "odt",
    "pdf",
    "pptx",
    "txt",
    "xls",
    "xlsx",
]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.PortalDocumentForm"
PORTAL_DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # On PostgreSQL the backend uses full-text search; French is the
        # default language of the content, so stemming follows French rules,
        # after folding accents (core's migration 0004 creates the configuration).
        "SEARCH_CONFIG": "french_unaccent",
    }
}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_JQUERY_LANGUAGES = LANGUAGES
# "Translate this page" creates the English page as a draft: left live, it
# would show the French text on the English site until a translator is done.
# https://wagtail-localize.org/stable/reference/settings/
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Accounts: e-mail as login, mandatory verification, allauth's rate limits.
# https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
LOGIN_REDIRECT_URL = "accounts:dashboard"

# Two-factor authentication (allauth.mfa): open to every account, required of
# staff at the admin's door (accounts/middleware.py).
# https://docs.allauth.org/en/latest/mfa/configuration.html
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Portail santé")
STAFF_TWO_FACTOR_REQUIRED = os.environ.get("STAFF_TWO_FACTOR_REQUIRED", "1") == "1"
# Behind nginx, one proxy appends the client's address to X-Forwarded-For;
# allauth's rate limits and the failed sign-in log read it from there.
# https://docs.allauth.org/en/latest/common/configuration.html
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "0"))
LOGIN_URL = "account_login"

# Content-Security-Policy on the public site; the Wagtail admin needs inline
# scripts and styles, so it is left out.  https://django-csp.readthedocs.io/
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # The site colours come from a stylesheet (core/site_colours.py), so
        # no inline style is needed and a cached page replays no nonce.
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", MAP_TILES["origin"]],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
PERMISSIONS_POLICY_DISABLED = [
    "accelerometer",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"level": "ERROR", "propagate": True}},
}
FORM_RENDERER = "core.forms.PortalFormRenderer"

# Welcome evenings: registrants' personal data is anonymised this many months
# after the event (RGPD retention), keeping the counts for statistics.
EVENT_REGISTRATION_RETENTION_MONTHS = int(
    os.environ.get("EVENT_REGISTRATION_RETENTION_MONTHS", "6")
)

# The guide's commune pages list the housing and the supervisors within these
# distances of the commune, at most NEARBY_LIMIT of each, nearest first.
NEARBY_RADIUS_KM = {"housing": 15, "supervisors": 20}
NEARBY_LIMIT = 5
