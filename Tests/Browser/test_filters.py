"""The courses index's filters: results, honest counts, the URL, the back button, phones."""
from selenium.webdriver.support.ui import Select

import harness

PAGE = "courses/index.html"


def shown_cards(browser):
    return browser.js("return Array.from(document.querySelectorAll('[data-course]')).filter(c => !c.hidden && c.offsetParent !== null).length;")


def expected_for_group(browser, group):
    """The cards the group's filter should leave: those for every group and those naming it."""
    return browser.js("""
        return Array.from(document.querySelectorAll('[data-course]')).filter(card =>
            card.dataset.groups === 'all' || card.dataset.groups.split(/\\s+/).includes(arguments[0])).length;""", group)


def narrowing_group(browser):
    """A staff group whose filter leaves some courses out, and how many it leaves."""
    total = len(browser.css("[data-course]"))
    for option in Select(browser.one("#filter-group")).options[1:]:
        value = option.get_attribute("value")
        expected = expected_for_group(browser, value)
        if 0 < expected < total:
            return value, expected, total
    raise AssertionError("no staff group narrows the list")


def status(browser):
    return browser.one("[data-result-count]").text.strip()


def test_filter_shows_matching_courses_with_honest_counts(browser):
    browser.page(PAGE)
    group, expected, total = narrowing_group(browser)
    assert browser.one("h1").text.strip() == "All courses", "the heading carries a count: %r" % browser.one("h1").text
    assert status(browser) == "%d courses" % total, status(browser)
    assert browser.one("[data-result-count]").get_attribute("role") == "status", "the count is not a live region"
    Select(browser.one("#filter-group")).select_by_value(group)
    browser.wait(lambda d: shown_cards(browser) == expected, lambda: "%d cards shown, %d expected" % (shown_cards(browser), expected))
    assert status(browser) == "Showing %d of %d courses" % (expected, total), status(browser)
    # Each strand's heading and its entry in the contents count what is shown.
    for section in browser.js("""return Array.from(document.querySelectorAll('[data-strand-section]')).filter(s => !s.hidden).map(s => [
            s.querySelector('h2 .count').textContent, s.querySelectorAll('[data-course]:not([hidden])').length,
            document.querySelector('.contents a[href="#' + s.getAttribute('aria-labelledby') + '"]').parentNode.querySelector('[data-strand-count]').textContent]);"""):
        heading, visible, contents = section
        words = "1 course" if visible == 1 else "%d courses" % visible
        assert heading == words and contents == words, "strand counts %r / %r for %d shown" % (heading, contents, visible)


def test_filters_combine_and_say_when_nothing_matches(browser):
    browser.page(PAGE + "?mandatory=1&format=conference")
    browser.wait(lambda d: browser.one("#filter-mandatory").is_selected(), "the URL's filters were not applied")
    mandatory_conferences = browser.js("""return Array.from(document.querySelectorAll('[data-course]')).filter(c =>
        c.hasAttribute('data-mandatory') && c.dataset.format === 'conference').length;""")
    assert shown_cards(browser) == mandatory_conferences
    if mandatory_conferences == 0:
        assert browser.one("[data-no-results]").is_displayed(), "no 'No course matches' message"
        assert status(browser).startswith("Showing 0 of"), status(browser)


def test_url_keeps_filters_and_back_button_restores_them(browser):
    browser.page(PAGE)
    group, expected, total = narrowing_group(browser)
    Select(browser.one("#filter-group")).select_by_value(group)
    browser.one("#filter-open").click()
    browser.wait(lambda d: "open=1" in d.current_url, lambda: "the URL does not keep the filters: %s" % browser.driver.current_url)
    assert "group=" + group in browser.driver.current_url, browser.driver.current_url
    shown, said = shown_cards(browser), status(browser)
    link = next(card for card in browser.css("[data-course]") if card.is_displayed()).find_element("css selector", "a")
    link.click()
    browser.wait(lambda d: PAGE not in d.current_url, "the course link did not open the course")
    browser.driver.back()
    browser.wait(lambda d: "group=" + group in d.current_url, "back did not return to the filtered list")
    browser.wait(lambda d: shown_cards(browser) == shown, lambda: "after back: %d shown, %d before" % (shown_cards(browser), shown))
    assert Select(browser.one("#filter-group")).first_selected_option.get_attribute("value") == group, "the group filter was lost"
    assert browser.one("#filter-open").is_selected(), "the open-only filter was lost"
    assert status(browser) == said, "%r after back, %r before" % (status(browser), said)


def test_clear_filters_shows_everything(browser):
    browser.page(PAGE + "?mandatory=1")
    total = len(browser.css("[data-course]"))
    browser.wait(lambda d: shown_cards(browser) < total, "the mandatory filter from the URL narrowed nothing")
    browser.one("button[type=reset]").click()
    browser.wait(lambda d: shown_cards(browser) == total, "Clear filters did not show every course")
    assert status(browser) == "%d courses" % total, status(browser)
    browser.wait(lambda d: "?" not in d.current_url, "the URL still holds filters after Clear filters")


def test_filter_panel_fits_the_window(browser):
    browser.viewport(*harness.LAPTOP)
    browser.page(PAGE)
    assert browser.one("[data-filters-disclosure]").get_attribute("open") is not None, "filters folded away on a laptop"
    panel = browser.js("return document.querySelector('.listing__filters').getBoundingClientRect().height;")
    assert panel <= harness.LAPTOP[1], "the filter panel is %d px tall in a %d px window" % (panel, harness.LAPTOP[1])
    # Half way down the list, Clear filters is in the window once the panel itself is scrolled to its end.
    browser.js("window.scrollTo(0, document.body.scrollHeight / 2);"
               "var panel = document.querySelector('.listing__filters'); panel.scrollTop = panel.scrollHeight;")
    box = browser.js("var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight];", browser.one("button[type=reset]"))
    assert 0 <= box[0] and box[1] <= box[2], "Clear filters is out of the window: %r" % box


def test_filters_fold_away_on_a_phone(browser):
    browser.viewport(*harness.PHONE)
    browser.page(PAGE)
    disclosure = browser.one("[data-filters-disclosure]")
    assert disclosure.get_attribute("open") is None, "the filters are open on a phone"
    first_card = browser.js("return Array.from(document.querySelectorAll('[data-course]'))[0].getBoundingClientRect().top;")
    assert first_card < harness.PHONE[1], "the first course is %d px down a %d px screen" % (first_card, harness.PHONE[1])
    browser.page(PAGE + "?mandatory=1&open=1")
    summary = browser.one("[data-filters-disclosure] summary")
    assert summary.text == "Filter courses (2 applied)", "the folded filters do not say how many are chosen: %r" % summary.text
    summary.click()
    assert browser.one("#filter-group").is_displayed(), "opening Filter courses shows no filters"
