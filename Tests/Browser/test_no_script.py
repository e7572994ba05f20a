"""Without JavaScript: no control that does nothing, no words about controls that are not there,
and links to what works instead."""


def shown_controls(browser):
    """Visible form controls and buttons in the page's main content."""
    return [element.get_attribute("outerHTML")[:80] for element in browser.css("main input, main select, main button, main [data-filters-disclosure] summary")
            if element.is_displayed()]


def shown_text(browser):
    return browser.one("main").text


def test_courses_index_without_scripts(browser):
    browser.scripts(False)
    browser.page("courses/index.html")
    assert not shown_controls(browser), "controls that need JavaScript: %s" % shown_controls(browser)
    text = shown_text(browser)
    assert "filters" not in text.lower().replace("lists by role", ""), "the page speaks of filters it does not show"
    links = [link.get_attribute("href") for link in browser.css("main a") if link.is_displayed()]
    assert any(href.endswith("groups/index.html") for href in links), "no link to the staff groups"
    browser.one("#lists-by-role summary").click()
    links = [link.get_attribute("href") for link in browser.css("#lists-by-role a") if link.is_displayed()]
    assert any("/groups/" in href for href in links) and any("/stages/" in href for href in links), links


def test_search_without_scripts(browser):
    browser.scripts(False)
    browser.page("search.html")
    assert not shown_controls(browser), "an inert search box: %s" % shown_controls(browser)
    links = [link.get_attribute("href") for link in browser.css("main a") if link.is_displayed()]
    assert any(href.endswith("courses/index.html") for href in links), "no link to every course"
    assert any(href.endswith("groups/index.html") for href in links), "no link to the staff groups"


def test_plan_and_course_pages_without_scripts(browser):
    browser.scripts(False)
    browser.page("plan.html")
    assert not shown_controls(browser), "My plan shows controls: %s" % shown_controls(browser)
    assert "needs JavaScript" in shown_text(browser)
    assert not [link for link in browser.css("header a") if link.is_displayed() and "plan.html" in link.get_attribute("href")], \
        "the header links to My plan"
    browser.page("courses/safeguarding-annual-update.html")
    assert not [button for button in browser.css("main button") if button.is_displayed()], "a course page shows buttons"
