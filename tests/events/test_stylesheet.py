"""The events' styles live in events.css, loaded by the events pages only; main.css
keeps its utilities last, so that they win over the components above them."""

import re
from pathlib import Path

from django.conf import settings

CSS = Path(settings.BASE_DIR) / "static" / "css"
SECTION = re.compile(r"^/\* (\w[\w ]*?) -{5,}", re.MULTILINE)


def test_the_utilities_close_main_css():
    main = (CSS / "main.css").read_text()
    assert SECTION.findall(main)[-1] == "Utilities"
    assert "Maps (" not in main[main.index("/* Utilities") :]


def test_main_css_holds_no_event_page_style():
    assert ".event__layout" not in (CSS / "main.css").read_text()


def test_the_events_pages_load_events_css(client, event):
    for url in ("/fr/evenements/", event.url):
        assert "css/events.css" in client.get(url).content.decode()


def test_the_home_page_does_not(client, event):
    assert "css/events.css" not in client.get("/fr/").content.decode()
