"""Keyboard use: the filters and search work from the keyboard alone, and focus can be seen."""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import harness
import test_search


def tab_to(browser, selector, limit=80):
    """Presses Tab from the top of the page until `selector` has focus; fails after `limit` presses."""
    browser.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    for _ in range(limit):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        if browser.js("return document.activeElement.matches(arguments[0]);", selector):
            return browser.driver.switch_to.active_element
    raise AssertionError("Tab never reaches %s" % selector)


def assert_focus_visible(browser, element, what):
    style = browser.js("""var s = getComputedStyle(arguments[0]);
        return [s.outlineStyle, parseFloat(s.outlineWidth), s.boxShadow, arguments[0].matches(':focus-visible')];""", element)
    outline, width, shadow, focus_visible = style
    assert focus_visible, "%s has focus but not :focus-visible" % what
    assert (outline != "none" and width >= 2) or shadow not in ("", "none"), "%s shows no focus: %r" % (what, style)


def test_filters_by_keyboard(browser):
    browser.page("courses/index.html")
    total = len(browser.css("[data-course]"))
    group = tab_to(browser, "#filter-group")
    assert_focus_visible(browser, group, "the staff group filter")
    checkbox = tab_to(browser, "#filter-mandatory")
    assert_focus_visible(browser, checkbox, "the mandatory filter")
    checkbox.send_keys(Keys.SPACE)
    browser.wait(lambda d: browser.one("[data-result-count]").text.startswith("Showing "),
                 "Space on 'Mandatory training only' did not filter")
    reset = tab_to(browser, "button[type=reset]")
    assert_focus_visible(browser, reset, "Clear filters")
    reset.send_keys(Keys.ENTER)
    browser.wait(lambda d: browser.one("[data-result-count]").text == "%d courses" % total, "Enter on Clear filters did not clear")


def test_filter_disclosure_by_keyboard_on_a_phone(browser):
    browser.viewport(*harness.PHONE)
    browser.page("courses/index.html")
    summary = tab_to(browser, "[data-filters-disclosure] summary")
    assert_focus_visible(browser, summary, "Filter courses")
    summary.send_keys(Keys.ENTER)
    browser.wait(lambda d: browser.one("#filter-group").is_displayed(), "Enter on Filter courses did not open the filters")


def test_search_by_keyboard(browser):
    browser.page("search.html")
    box = tab_to(browser, "#search-q")
    assert_focus_visible(browser, box, "the search box")
    box.send_keys("safeguarding", Keys.ENTER)
    browser.wait(lambda d: browser.css("[data-search-results] a"), "Enter in the search box found nothing")
    first = tab_to(browser, "[data-search-results] a")
    assert first.text == test_search.ANNUAL_UPDATE, first.text
    assert_focus_visible(browser, first, "the first result")
