"""A large offer (make browser-test-large: bench/generate.py's courses): search from its pieces, the
courses index's filters across its pages, pages linked without JavaScript, What's on in pages.

Run only on a site whose courses index has several pages (Tests/Browser/run picks these then)."""
import re

from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select


def search_bytes(browser):
    """The bytes the search page fetched so far of the index (the manifest and its pieces)."""
    return browser.js("""return performance.getEntriesByType('resource')
        .filter(e => /search-index\\.js|\\/search\\//.test(e.name)).reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize), 0);""")


def test_search_finds_from_pieces_under_200_kb(browser):
    browser.page("search.html")
    browser.one("#search-q").send_keys("safeguarding", Keys.ENTER)
    browser.wait(lambda d: browser.css("[data-search-results] .search-results__title a"), "no results", seconds=15)
    fetched = search_bytes(browser)
    assert fetched < 200_000, "the first results needed %d bytes" % fetched
    said = browser.one("[data-search-status]").text
    count = int(re.match(r"([\d,]+) courses? match", said).group(1).replace(",", ""))
    shown = browser.css("[data-search-results] .search-results__title a")
    assert count > len(shown) == 20, "%d results said, %d shown" % (count, len(shown))
    assert all("safeguard" in link.text.lower() for link in shown[:5]), [link.text for link in shown[:5]]
    # More results, from more pieces.
    browser.one("[data-search-more] button").click()
    browser.wait(lambda d: len(browser.css("[data-search-results] .search-results__title a")) == min(40, count), "no more results")
    # A typo is corrected from the word pieces.
    browser.page("search.html?q=safegaurding")
    browser.wait(lambda d: "Showing" in browser.one("[data-search-status]").text, "the typo was not corrected", seconds=15)
    # A result leads to its course.
    link = browser.css("[data-search-results] .search-results__title a")[0]
    title = link.text
    link.click()
    browser.wait(lambda d: browser.one("h1").text.strip() == title, "the result does not open its course")


def test_filters_look_at_every_page(browser):
    browser.page("groups/index.html")
    group_href = browser.css("main a[href$='.html']")[0].get_attribute("href")
    browser.driver.get(group_href)
    open_to = int(re.search(r"([\d,]+) courses? open to this group", browser.one(".lead").text).group(1).replace(",", ""))
    slug = group_href.rsplit("/", 1)[1][:-5]
    browser.page("courses/index.html")
    total = int(re.match(r"([\d,]+) courses", browser.one("[data-result-count]").text).group(1).replace(",", ""))
    assert len(browser.css("[data-course]")) == 100, "the first page does not hold 100 courses"
    Select(browser.one("#filter-group")).select_by_value(slug)
    expected = "Showing %d of %d courses" % (open_to, total)
    browser.wait(lambda d: browser.one("[data-result-count]").text.strip() == expected,
                 lambda: "%r, not %r" % (browser.one("[data-result-count]").text, expected), seconds=20)
    assert not browser.visible("[data-pagination]"), "the pages' links are shown with the filter's results"
    cards = browser.visible("[data-filter-results] [data-course] a")
    assert len(cards) == min(100, open_to), len(cards)
    assert "group=" + slug in browser.driver.current_url
    # Cleared, the page's own list is back.
    browser.one(".filters button[type=reset]").click()
    browser.wait(lambda d: browser.visible("[data-pagination]") and not browser.visible("[data-filter-results]"), "the page's list is not back")
    # A filter in the address is applied on arrival.
    browser.page("courses/page/3.html?mandatory=1")
    browser.wait(lambda d: browser.one("[data-result-count]").text.startswith("Showing"), "the address's filter is not applied", seconds=20)
    title = browser.visible("[data-filter-results] [data-course] a")[0].text
    browser.visible("[data-filter-results] [data-course] a")[0].click()
    browser.wait(lambda d: browser.one("h1").text.strip() == title, "a filtered course does not open")


def test_pages_link_without_javascript(browser):
    browser.scripts(False)
    browser.page("courses/index.html")
    assert "Page 1 of" in browser.one("[data-pagination]").text
    first = browser.css("[data-course] .card__title a")[0].text
    browser.one("[data-pagination] a[rel=next]").click()
    browser.wait(lambda d: "Page 2 of" in browser.one(".pagination__label").text, "next does not lead to page 2")
    assert browser.one("[data-pagination] a[aria-current=page]").text.strip().endswith("2")
    assert browser.css("[data-course] .card__title a")[0].text != first
    assert ", page 2 of" in browser.driver.title, browser.driver.title
    browser.one("[data-pagination] a[rel=prev]").click()
    browser.wait(lambda d: "Page 1 of" in browser.one(".pagination__label").text, "previous does not lead back")
    # A strand's link in the contents leads to the page it starts on.
    last = browser.css(".listing__results .contents a")[-1]
    name = last.text
    last.click()
    browser.wait(lambda d: any(h.text.startswith(name) for h in browser.css("[data-strand-section] h2")), "the strand's link misses it")


def test_whats_on_pages_keep_the_filter(browser):
    browser.page("whats-on.html")
    assert browser.css("[data-pagination]"), "What's on is not in pages"
    value = Select(browser.one("#whats-on-group")).options[1].get_attribute("value")
    Select(browser.one("#whats-on-group")).select_by_value(value)
    next_link = browser.one("[data-pagination] a[rel=next]")
    browser.wait(lambda d: "group=" + value in next_link.get_attribute("href"), "the next page's link forgets the filter")
    next_link.click()
    browser.wait(lambda d: Select(browser.one("#whats-on-group")).first_selected_option.get_attribute("value") == value,
                 "page 2 does not filter as page 1 did")
