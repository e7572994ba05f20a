"""What's on's staff-group and school filters: the rows they leave, the count in the theme's words,
the URL, later months opening when filtered, and the links that work without JavaScript."""
from selenium.webdriver.support.ui import Select

import harness

PAGE = "whats-on.html"


def upcoming_rows(browser, group="", school=""):
    """The rows still to come that the filters should leave, worked out here from the rows' data."""
    return browser.js("""
        const [group, school] = arguments;
        return Array.from(document.querySelectorAll('tr[data-groups]')).filter(row =>
            !row.classList.contains('sessions__past') &&
            (!group || row.dataset.groups === 'all' || row.dataset.groups.split(/\\s+/).includes(group)) &&
            (!school || row.dataset.school === school)).length;""", group, school)


def shown_upcoming(browser):
    return browser.js("""return Array.from(document.querySelectorAll('tr[data-groups]')).filter(row =>
        !row.hidden && !row.classList.contains('sessions__past')).length;""")


def narrowing(browser, select_id, **other):
    """An option of the select whose filter leaves some rows but not all."""
    total = upcoming_rows(browser)
    for option in Select(browser.one(select_id)).options[1:]:
        value = option.get_attribute("value")
        key = "group" if select_id == "#whats-on-group" else "school"
        expected = upcoming_rows(browser, **{key: value})
        if 0 < expected < total:
            return value, expected
    raise AssertionError("no option of %s narrows What's on" % select_id)


def count_text(browser):
    return browser.one("[data-whats-on-count]").text.strip()


def test_group_filter_leaves_the_groups_sessions_and_says_how_many(browser):
    browser.page(PAGE)
    assert browser.one("[data-whats-on-filter]").is_displayed(), "the filter is not shown with JavaScript"
    group, expected = narrowing(browser, "#whats-on-group")
    Select(browser.one("#whats-on-group")).select_by_value(group)
    browser.wait(lambda d: shown_upcoming(browser) == expected, lambda: "%d rows shown, %d expected" % (shown_upcoming(browser), expected))
    words = "1 session to come matches." if expected == 1 else "%d sessions to come match." % expected
    assert count_text(browser) == words, count_text(browser)
    assert browser.one("[data-whats-on-count]").get_attribute("role") == "status", "the count is not a live region"
    assert "group=" + group in browser.driver.current_url, browser.driver.current_url
    # The headings count what is shown, not the whole year; Subscribe goes to the group's own calendar.
    sessions = "1 session" if expected == 1 else "%d sessions" % expected
    assert browser.one("h1 .count").text.strip() == sessions, browser.one("h1 .count").text
    wrong = browser.js("""return Array.from(document.querySelectorAll('section.whats-on__term')).filter(s => !s.hidden).map(s => {
        const shown = s.querySelectorAll('tr[data-groups]:not([hidden])').length;
        return [s.querySelector(':scope > h2 .count').textContent, shown];
    }).filter(([text, shown]) => text !== (shown === 1 ? '1 session' : shown + ' sessions'));""")
    assert not wrong, "term headings that do not count what is shown: %s" % wrong
    # So do the captions screen readers announce for each month's table.
    wrong = browser.js("""return Array.from(document.querySelectorAll('table caption')).filter(c => !c.closest('[hidden]')).map(c => {
        const shown = c.parentNode.querySelectorAll('tr[data-groups]:not([hidden])').length;
        return [c.textContent, shown];
    }).filter(([text, shown]) => !text.includes('(' + (shown === 1 ? '1 session' : shown + ' sessions') + ')'));""")
    assert not wrong, "table captions that do not count what is shown: %s" % wrong
    assert browser.one(".whats-on__calendar a").get_attribute("href").endswith("#group-" + group), \
        browser.one(".whats-on__calendar a").get_attribute("href")
    # Filtered, every month with a matching row is open, so no match hides in a folded month.
    closed = browser.js("""return Array.from(document.querySelectorAll('details.whats-on__month')).filter(d =>
        !d.hidden && !d.open && d.querySelector('tr[data-groups]:not([hidden])')).length;""")
    assert closed == 0, "%d months with matching sessions stay folded" % closed
    # Cleared, every row is back and the count says nothing.
    Select(browser.one("#whats-on-group")).select_by_value("")
    browser.wait(lambda d: shown_upcoming(browser) == upcoming_rows(browser), "clearing the filter did not bring every row back")
    assert count_text(browser) == "", count_text(browser)


def test_school_filter_and_url_state(browser):
    browser.page(PAGE)
    if not browser.css("#whats-on-school"):
        raise AssertionError("the sample trust lists its schools: What's on has no school filter")
    school, expected = narrowing(browser, "#whats-on-school")
    browser.page(PAGE + "?school=" + school)
    browser.wait(lambda d: Select(browser.one("#whats-on-school")).first_selected_option.get_attribute("value") == school,
                 "the school in the URL was not applied")
    assert shown_upcoming(browser) == expected, "%d rows shown, %d expected" % (shown_upcoming(browser), expected)
    shown_schools = set(browser.js("""return Array.from(document.querySelectorAll('tr[data-groups]')).filter(r => !r.hidden)
        .map(r => r.dataset.school);"""))
    assert shown_schools == {school}, shown_schools


def test_without_scripts_links_to_the_group_and_school_lists(browser):
    browser.scripts(False)
    browser.page(PAGE)
    assert not browser.one("[data-whats-on-filter]").is_displayed(), "the filter shows without JavaScript"
    browser.one(".whats-on-links summary").click()
    links = [link.get_attribute("href") for link in browser.css(".whats-on-links a") if link.is_displayed()]
    assert any("/groups/" in href for href in links), links
    assert any("/whats-on/" in href for href in links), links
