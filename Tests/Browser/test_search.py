"""Search: results as you type, typos corrected and said, ranking, no results, the URL."""
from selenium.webdriver.common.keys import Keys

PAGE = "search.html"
# The course every member of staff must do each year (Content/courses/safeguarding/safeguarding-annual-update.md).
ANNUAL_UPDATE = "Safeguarding and Child Protection Annual Update"


def search_for(browser, query):
    browser.page(PAGE)
    box = browser.one("#search-q")
    box.send_keys(query, Keys.ENTER)
    browser.wait(lambda d: browser.one("[data-search-status]").text.strip(), "search said nothing for %r" % query)
    return browser.one("[data-search-status]").text.strip()


def titles(browser):
    return [link.text.strip() for link in browser.css("[data-search-results] .search-results__title a")]


def test_annual_update_comes_first_for_safeguarding(browser):
    said = search_for(browser, "safeguarding")
    found = titles(browser)
    assert said == "%d courses match \u201csafeguarding\u201d" % len(found), said
    assert found and found[0] == ANNUAL_UPDATE, "first results: %s" % found[:4]
    # Courses with the word in their title before those that only mention it.
    in_title = [("safeguarding" in title.lower()) for title in found]
    assert in_title == sorted(in_title, reverse=True), "a course without the word in its title ranks above one with it: %s" % found


def test_a_corrected_typo_is_said(browser):
    said = search_for(browser, "safegaurding")
    assert titles(browser), "no results for a one-letter-swap typo"
    assert titles(browser)[0] == ANNUAL_UPDATE, titles(browser)[:3]
    assert said == "No course matches \u201csafegaurding\u201d. Showing %d courses for \u201csafeguarding\u201d." % len(titles(browser)), said


def test_no_results_is_said(browser):
    said = search_for(browser, "zzqqxx")
    assert not titles(browser)
    assert said == "No course matches \u201czzqqxx\u201d. Check the spelling, or try a shorter word.", said


def test_results_as_you_type_and_in_the_url(browser):
    browser.page(PAGE)
    browser.one("#search-q").send_keys("first aid")
    browser.wait(lambda d: titles(browser), "no results as you type")
    assert all("first aid" in title.lower() for title in titles(browser)[:3]), titles(browser)
    browser.wait(lambda d: "q=first" in d.current_url, "the query is not in the URL")
    browser.page(PAGE + "?q=first%20aid")
    browser.wait(lambda d: titles(browser), "the URL's query was not searched")
    assert browser.one("#search-q").get_attribute("value") == "first aid"
    meta = browser.one("[data-search-results] .muted").text
    assert "scripts." not in meta and "{" not in meta, "a word the theme does not give: %r" % meta
