"""Course pages, the header and focus (#18 staff walk): a course's school filter (its rows, its count
in the theme's words, the URL, and the per-school links without JavaScript), a compact phone header
and a strong focus on every summary."""
from selenium.webdriver.support.ui import Select

import harness
import test_keyboard

# Behaviour essentials has dates to come at four of the sample's schools.
PAGE = "courses/behaviour-essentials.html"
FOCUS_YELLOW = "rgb(255, 221, 0)"


def upcoming(browser, school=""):
    return browser.js("""const school = arguments[0];
        return Array.from(document.querySelectorAll('table.sessions tr[data-school]')).filter(row =>
            !row.classList.contains('sessions__past') && (!school || row.dataset.school === school)).length;""", school)


def shown(browser):
    return browser.js("""return Array.from(document.querySelectorAll('table.sessions tr[data-school]')).filter(row =>
        !row.hidden && !row.classList.contains('sessions__past')).length;""")


def test_course_school_filter(browser):
    browser.page(PAGE)
    select = browser.one("#course-dates-school")
    assert select.is_displayed(), "the school filter is not shown with JavaScript"
    total = upcoming(browser)
    options = [option.get_attribute("value") for option in Select(select).options[1:]]
    assert len(options) >= 2, options
    school = next(value for value in options if 0 < upcoming(browser, value) < total)
    expected = upcoming(browser, school)
    Select(select).select_by_value(school)
    browser.wait(lambda d: shown(browser) == expected, lambda: "%d rows shown, %d expected" % (shown(browser), expected))
    status = browser.one("[data-whats-on-count]")
    assert status.get_attribute("role") == "status", "the count is not a polite live region"
    pattern = harness.words(browser, "scripts.course_dates_showing." + ("one" if expected == 1 else "other"))
    assert status.text.strip() == harness.fill(pattern, count=expected, total=total), status.text
    assert "school=" + school in browser.driver.current_url, browser.driver.current_url
    # The address keeps the school: opened again, the page shows the same rows.
    browser.page(PAGE + "?school=" + school)
    browser.wait(lambda d: shown(browser) == expected, "the school in the address was not applied")
    Select(browser.one("#course-dates-school")).select_by_value("")
    browser.wait(lambda d: shown(browser) == total, "clearing the school did not bring every date back")
    assert browser.one("[data-whats-on-count]").text.strip() == ""


def test_course_school_links_without_scripts(browser):
    browser.scripts(False)
    browser.page(PAGE)
    assert not browser.visible("#course-dates-school"), "a school filter that cannot work without JavaScript"
    links = [link.get_attribute("href") for link in browser.css(".course-dates__schools a") if link.is_displayed()]
    assert links and all("/whats-on/" in href for href in links), links


def test_phone_header_is_compact(browser):
    browser.viewport(*harness.PHONE)
    browser.page("index.html")
    height = browser.js("return document.querySelector('.site-header').getBoundingClientRect().height;")
    assert height <= 150, "the phone header is %dpx tall" % height
    small = browser.js("""return Array.from(document.querySelectorAll('.site-nav a')).filter(a => a.offsetParent)
        .map(a => a.getBoundingClientRect()).filter(r => r.height < 24 || r.width < 24).length;""")
    assert small == 0, "%d header links are smaller than 24px" % small


def test_summary_focus_is_strong(browser):
    browser.page(PAGE)
    summary = test_keyboard.tab_to(browser, "details.past-dates summary", limit=120)
    test_keyboard.assert_focus_visible(browser, summary, "Past dates")
    background = browser.js("return getComputedStyle(arguments[0]).backgroundColor;", summary)
    assert background == FOCUS_YELLOW, "a focused summary is not marked in the focus yellow: %s" % background
