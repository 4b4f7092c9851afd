"""Which release of the portal this process runs, to keep each release's cached pages apart.

Pages, routes and what pages derive from their content are cached in Redis,
which outlives a deployment. Under the previous release's key, a new release
would serve the old HTML — linking to stylesheets whose hashed names the new
image no longer has — and read objects pickled from classes that have since
changed. Keyed by release, a deployment's pages are rendered afresh, and
the old ones expire on their own.
"""

import hashlib
import os
from functools import cache
from pathlib import Path

from django.conf import settings

# Not part of the release: hidden directories (.git, .venv, tools' caches), what
# the machine generates, and the tools and tests, which render nothing a visitor sees.
LEFT_OUT_DIRECTORIES = {
    "__pycache__", "node_modules", "media", "staticfiles",
    "tests", "bench", "resilience", "docs", "deploy", "htmlcov", "screenshots",
}  # fmt: skip
LEFT_OUT_SUFFIXES = {".pyc", ".sqlite3", ".po"}


def release_id() -> str:
    """settings.RELEASE_ID when the deployment names its release (a commit, an image
    tag); otherwise the digest of the source, the same on every node that runs it."""
    return settings.RELEASE_ID or source_digest(Path(settings.BASE_DIR))


@cache
def source_digest(root: Path) -> str:
    """A digest of the code, templates, static sources, compiled translations and
    locked dependencies under `root` (about 500 files: read once per process)."""
    digest = hashlib.sha256()
    for path in sorted(release_files(root)):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def release_files(root: Path):
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [
            name
            for name in subdirectories
            if not name.startswith(".") and name not in LEFT_OUT_DIRECTORIES
        ]
        for name in files:
            path = Path(directory, name)
            if not name.startswith(".") and path.suffix not in LEFT_OUT_SUFFIXES:
                yield path
