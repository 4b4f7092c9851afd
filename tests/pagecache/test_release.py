"""Cached pages are kept per release: a deployment serves its own pages at once."""

import pytest

from pagecache.release import release_id, source_digest
from tests.pagecache.test_page_cache import cache_state

pytestmark = pytest.mark.django_db


def test_a_release_named_by_the_deployment_is_used_as_is(settings):
    settings.RELEASE_ID = "2026.11.2"
    assert release_id() == "2026.11.2"


def test_without_a_name_the_release_is_the_digest_of_the_source(settings):
    settings.RELEASE_ID = ""
    assert release_id() == source_digest(settings.BASE_DIR)


def digest(root) -> str:
    return source_digest.__wrapped__(root)  # not the per-process memo


def write(root, path: str, text: str) -> None:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text)


def test_the_digest_follows_what_renders_pages_not_the_machine_or_the_tools(tmp_path):
    write(tmp_path, "guide/views.py", "def view(): ...")
    write(tmp_path, "templates/base.html", "<title>Portail</title>")
    write(tmp_path, "static/css/main.css", "body { margin: 0 }")
    before = digest(tmp_path)

    write(tmp_path, ".venv/lib/site.py", "# the environment")
    write(tmp_path, "tests/test_guide.py", "def test(): ...")
    write(tmp_path, "media/photo.jpg", "uploaded")
    write(tmp_path, "db.sqlite3", "local data")
    write(tmp_path, "guide/__pycache__/views.cpython-311.pyc", "bytecode")
    assert digest(tmp_path) == before

    write(tmp_path, "static/css/main.css", "body { margin: 1rem }")
    assert digest(tmp_path) != before


def test_the_next_release_renders_its_pages_afresh(client, portal, settings):
    settings.RELEASE_ID = "one"
    client.get("/fr/")
    assert cache_state(client.get("/fr/")) == "hit"

    settings.RELEASE_ID = "two"

    assert cache_state(client.get("/fr/")) == "miss"
    assert cache_state(client.get("/fr/")) == "hit"
