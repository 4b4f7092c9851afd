"""Full-page screenshots of the main pages at phone and desktop widths, for reviews.

Against a running site (`make run`), into the git-ignored screenshots/ folder:
    .venv/bin/python -m tests.browser.screenshots --base-url http://127.0.0.1:8000
"""

import argparse
import re
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from tests.browser.chromium import VIEWPORTS, launch_chromium

PATHS = [
    "/fr/",
    "/en/",
    "/fr/aides/",
    "/fr/logements/",
    "/fr/maitres-de-stage/",
    "/fr/evenements/",
    "/fr/recherche/?q=aide",
    "/fr/compte/inscription/",
    "/fr/compte/connexion/",
    "/fr/page-introuvable/",
]


def event_paths(page: Page, base_url: str) -> list[str]:
    """The first event listed on the events page, if there is one."""
    page.goto(f"{base_url}/fr/evenements/")
    event_links = page.locator("main .card--event a")
    return [event_links.first.get_attribute("href")] if event_links.count() else []


def file_name(path: str, viewport_name: str) -> str:
    slug = "-".join(part for part in re.split(r"[/?=&]", path) if part) or "root"
    return f"{slug}-{viewport_name}.png"


def take_screenshots(base_url: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(locale="fr-FR")
        paths = PATHS + event_paths(page, base_url)
        for viewport_name, viewport in VIEWPORTS.items():
            page.set_viewport_size(viewport)
            for path in paths:
                page.goto(f"{base_url}{path}")
                written.append(out / file_name(path, viewport_name))
                page.screenshot(path=written[-1], full_page=True)
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    arguments = parser.parse_args()
    for path in take_screenshots(arguments.base_url.rstrip("/"), arguments.out):
        print(path)


if __name__ == "__main__":
    main()
