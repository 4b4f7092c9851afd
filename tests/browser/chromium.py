"""Launching the system Chromium (Debian's package: no browser download is possible)."""

import shutil

from playwright.sync_api import Browser, Playwright

CHROMIUM = shutil.which("chromium")

# The machines that run the suite have no network: without these switches
# Chromium keeps retrying its background services and slows every page down.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 800},
}


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
