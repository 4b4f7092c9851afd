"""A keyboard user can skip the header, and reach and see every control in it."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

# Numbers each visible header control in a data attribute, so that the walk
# below can tell which one has the focus; returns their names.
NAME_HEADER_CONTROLS = r"""() => {
  const controls = [...document.querySelectorAll(
    'header a[href], header button, header input, header select, header textarea'
  )].filter(control => control.checkVisibility());
  controls.forEach((control, index) => {
    control.dataset.focusCheck = index;
  });
  return controls.map(control => (
    control.textContent.replace(/\s+/g, ' ').trim() || control.getAttribute('aria-label')
    || control.name
  ));
}"""

FOCUS_STYLE = """element => {
  const style = getComputedStyle(element);
  return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(' ');
}"""


def tab_through_header(page: Page) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """Press Tab from the top of the page past the header.

    Returns the names of the header's controls and, for each one the focus
    reached, its style without and with the keyboard focus.
    """
    names = page.evaluate(NAME_HEADER_CONTROLS)
    unfocused = [
        page.locator(f'[data-focus-check="{index}"]').evaluate(FOCUS_STYLE)
        for index in range(len(names))
    ]
    reached = {}
    for _ in range(len(names) + 2):
        page.keyboard.press("Tab")
        index = page.evaluate("document.activeElement.dataset.focusCheck ?? null")
        if index is not None:
            focused = page.evaluate(f"({FOCUS_STYLE})(document.activeElement)")
            reached[names[int(index)]] = (unfocused[int(index)], focused)
    return names, reached


def test_first_tab_focuses_the_skip_link(page, portal):
    page.goto("/fr/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Aller au contenu principal")).to_be_focused()


def test_skip_link_is_visible_when_focused(page, portal):
    page.goto("/fr/")
    skip_link = page.get_by_role("link", name="Aller au contenu principal")
    expect(skip_link).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip_link).to_be_in_viewport(ratio=1)


def test_skip_link_moves_focus_to_main_content(page, portal):
    page.goto("/fr/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_every_header_control_is_reachable_with_tab(page, portal):
    page.goto("/fr/aides/")
    names, reached = tab_through_header(page)
    assert names
    assert list(reached) == names


@pytest.mark.parametrize("viewport", ["phone", "desktop"], indirect=True)
def test_every_header_control_shows_a_focus_indicator(page, portal):
    page.goto("/fr/aides/")
    _, reached = tab_through_header(page)
    without_indicator = [name for name, (before, after) in reached.items() if before == after]
    assert reached
    assert without_indicator == []
