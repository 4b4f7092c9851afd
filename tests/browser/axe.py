"""axe-core, injected from the copy that axe-playwright-python installs."""

import re
from functools import cache
from pathlib import Path

import axe_playwright_python
from playwright.sync_api import Page

WCAG_A_AND_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def axe_source() -> str:
    return Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text()


FINISH_ANIMATIONS = """() => document.getAnimations().forEach(animation => {
    try { animation.finish(); } catch (endless) { animation.cancel(); }
})"""


def axe_violations(page: Page, javascript: bool = True) -> list[str]:
    """WCAG 2.0 and 2.1 A/AA violations on the page, one readable line per element.

    The page's context must bypass the Content-Security-Policy, which forbids
    the inline script axe is injected as. axe cannot run in a page with
    JavaScript off (`javascript=False`): its DOM, without scripts, is checked in
    a page of its own, at the same address so that its styles and images load.
    """
    if not javascript:
        return _violations_of_the_dom_without_javascript(page)
    # A message fading in is measured at its final colours, not half-way.
    page.evaluate(FINISH_ANIMATIONS)
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


def _violations_of_the_dom_without_javascript(page: Page) -> list[str]:
    html = re.sub(r"<script\b.*?</script>", "", page.content(), flags=re.S | re.I)
    context = page.context.browser.new_context(
        viewport=page.viewport_size, bypass_csp=True, locale="fr-FR"
    )
    try:
        checker = context.new_page()
        checker.route(
            page.url,
            lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"),
        )
        checker.goto(page.url)
        return axe_violations(checker)
    finally:
        context.close()
