"""axe-core, injected from the copy that axe-playwright-python installs."""

from functools import cache
from pathlib import Path

import axe_playwright_python
from playwright.sync_api import Page

WCAG_A_AND_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def axe_source() -> str:
    return Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text()


def axe_violations(page: Page) -> list[str]:
    """WCAG 2.0 and 2.1 A/AA violations on the page, one readable line per element.

    The page's context must bypass the Content-Security-Policy, which forbids
    the inline script axe is injected as.
    """
    page.add_script_tag(content=axe_source())
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_A_AND_AA
    )
    return [
        f"{violation['id']} ({violation['impact']}) at {', '.join(map(str, node['target']))}: "
        f"{violation['help']}. {' '.join(node['failureSummary'].split())}"
        for violation in results["violations"]
        for node in violation["nodes"]
    ]
