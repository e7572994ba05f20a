"""My plan: add and remove on a course page, kept across pages, the plan page, print, .ics."""
import os

PLAN = "plan.html"


def course_with_dates(browser):
    """A course page with dates to add (its path), from the courses index's cards (mandatory training first)."""
    browser.page("courses/index.html")
    for path in browser.js("return Array.from(document.querySelectorAll('[data-course][data-mandatory] .card__title a'))"
                           ".concat(Array.from(document.querySelectorAll('[data-course] .card__title a')))"
                           ".map(a => a.getAttribute('href').replace(/^\\.\\.\\//, ''));"):
        browser.page(path)
        if browser.visible("[data-plan-session] .button--plan"):
            return path
    raise AssertionError("no course has a date to add to the plan")


def plan_count(browser):
    return browser.one("[data-plan-count]").text.strip()


def add_first_date(browser):
    path = course_with_dates(browser)
    title = browser.one("[data-plan-course]").get_attribute("data-title")
    button = browser.visible("[data-plan-session] .button--plan")[0]
    assert button.text == "Add to my plan", button.text
    button.click()
    browser.wait(lambda d: button.text == "Remove from my plan", "the button does not say the date was added")
    assert button.get_attribute("aria-label").startswith("Remove " + title + ", "), button.get_attribute("aria-label")
    assert browser.one("[data-plan-course] [role=status]").get_attribute("textContent").endswith("added to your plan.")
    day = browser.js("return arguments[0].closest('[data-plan-session]').dataset.days.split(' ')[0];", button)
    return path, title, button, day


def test_add_keep_across_pages_and_remove(browser):
    path, title, button, _ = add_first_date(browser)
    assert plan_count(browser) == "(1)", plan_count(browser)
    browser.page("courses/index.html")
    assert plan_count(browser) == "(1)", "the plan was not kept on another page"
    browser.page(PLAN)
    items = browser.css("[data-plan-list] li")
    assert len(items) == 1 and title in items[0].text, [item.text for item in items]
    assert browser.one("[data-plan-summary]").text.startswith("1 item, "), browser.one("[data-plan-summary]").text
    items[0].find_element("css selector", "button").click()
    browser.wait(lambda d: not browser.css("[data-plan-list] li"), "Remove left the item in the plan")
    assert browser.one("[data-plan-summary]").text.startswith("Your plan is empty."), browser.one("[data-plan-summary]").text
    assert plan_count(browser) == "", plan_count(browser)
    browser.page(path)
    again = browser.visible("[data-plan-session] .button--plan")[0]
    assert again.text == "Add to my plan", "the course page still shows the removed date as added"
    again.click()
    again.click()
    assert again.text == "Add to my plan" and plan_count(browser) == "", "removing on the course page did not remove it"


def test_print_and_calendar_download(browser):
    path, title, _, day = add_first_date(browser)
    browser.page(PLAN)
    printing = browser.one("[data-plan-print]")
    assert printing.is_displayed() and printing.is_enabled(), "no Print my plan button"
    browser.js("window.print = function () { window.__printed = true; };")
    printing.click()
    assert browser.js("return window.__printed === true;"), "Print my plan does not print"
    before = set(os.listdir(browser.downloads))
    browser.one("[data-plan-ics]").click()

    def downloaded(driver):
        # Chrome can show the file under its final name before all of it is written (a bare
        # AssertionError on an empty calendar, once in CI under load): wait for the whole file.
        for name in set(os.listdir(browser.downloads)) - before:
            if name.endswith(".ics"):
                with open(os.path.join(browser.downloads, name), encoding="utf-8") as file:
                    text = file.read()
                if text.rstrip().endswith("END:VCALENDAR"):
                    return text
        return None
    calendar = browser.wait(downloaded, "no whole .ics was downloaded")
    unfolded = calendar.replace("\r\n ", "")
    assert unfolded.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in unfolded, calendar[:200]
    assert "SUMMARY:" + title.replace(",", "\\,") in unfolded, "the calendar does not hold %r" % title
    assert "DTSTART" in unfolded and day.replace("-", "") in unfolded, "the calendar does not hold the date %s" % day


def add_dates(browser, wanted):
    """Adds the first `wanted` dates of a course with that many to add; returns the Book links' addresses."""
    path = course_with_dates(browser)
    buttons = browser.visible("[data-plan-session] .button--plan")
    if len(buttons) < wanted:
        browser.page("search.html")
        for other in browser.js("return (window.PROSPECTUS_SEARCH || []).map(e => e.u);"):
            browser.page(other)
            buttons = browser.visible("[data-plan-session] .button--plan")
            if len(buttons) >= wanted:
                break
    assert len(buttons) >= wanted, "no course has %d dates to add" % wanted
    books = []
    for button in buttons[:wanted]:
        button.click()
        books.append(browser.js("var a = arguments[0].closest('[data-plan-session]').querySelector('a.button[href]'); return a ? a.href : '';", button))
    return books


def focused(browser):
    return browser.js("return document.activeElement;")


def test_remove_keeps_focus_in_the_list_and_says_so(browser):
    add_dates(browser, 2)
    browser.page(PLAN)
    removes = browser.css("[data-plan-list] [data-plan-remove]")
    assert len(removes) == 2, len(removes)
    first_label = removes[0].get_attribute("aria-label")
    removes[0].click()
    browser.wait(lambda d: len(browser.css("[data-plan-list] li")) == 1, "Remove left the item in the plan")
    remaining = browser.one("[data-plan-list] [data-plan-remove]")
    assert focused(browser) == remaining, "after Remove, focus is on %s, not the next item's Remove" % focused(browser).tag_name
    announced = browser.one("[data-plan-announce]").get_attribute("textContent")
    removed = first_label[len("Remove "):-len(" from my plan")]
    assert announced == removed + " removed from your plan.", announced
    remaining.click()
    browser.wait(lambda d: not browser.css("[data-plan-list] li"), "Remove left the last item in the plan")
    assert focused(browser) == browser.one("h1"), "after the last Remove, focus is on %s, not the heading" % focused(browser).tag_name
    assert browser.one("[data-plan-announce]").get_attribute("textContent").endswith("Your plan is now empty."), "emptying is not announced"


def test_clear_moves_focus_to_the_heading(browser):
    add_dates(browser, 1)
    browser.page(PLAN)
    browser.one("[data-plan-clear]").click()
    browser.wait(lambda d: not browser.css("[data-plan-list] li"), "Clear my plan left items")
    assert focused(browser) == browser.one("h1"), "after Clear, focus is on %s" % focused(browser).tag_name
    assert browser.one("[data-plan-announce]").get_attribute("textContent") == "Your plan is now empty."


def test_each_item_links_to_its_course_and_its_booking(browser):
    books = add_dates(browser, 1)
    assert books[0], "the date added has no Book link"
    browser.page(PLAN)
    item = browser.one("[data-plan-list] li")
    links = {link.text: link.get_attribute("href") for link in item.find_elements("css selector", "a")}
    assert links.get("Book") == books[0], links
    course = item.find_element("css selector", "h2 a").get_attribute("href")
    assert "/courses/" in course, course
    assert item.find_element("css selector", "a.button").get_attribute("aria-label").startswith("Book "), "the Book link does not name the course"


def test_a_course_without_a_date_says_dates_are_to_be_confirmed(browser):
    browser.page(PLAN)
    browser.js("""localStorage.setItem('prospectus-plan', JSON.stringify([
        { slug: 'x', title: 'A course with no dates yet', hours: 1, href: 'courses/x.html', session: null }]));""")
    browser.page(PLAN)
    item = browser.one("[data-plan-list] li")
    assert "No date chosen" not in item.text, item.text
    assert "Dates to be confirmed" in item.text, item.text
    dates = [link for link in item.find_elements("css selector", "a") if link.get_attribute("href").endswith("courses/x.html#dates")]
    assert dates and dates[0].text == "See the dates for A course with no dates yet", [link.text for link in item.find_elements("css selector", "a")]
    assert not item.find_elements("css selector", "a.button"), "an item with no date offers a Book link"


def test_items_are_in_date_order_and_remove_takes_the_one_pressed(browser):
    browser.page(PLAN)
    browser.js("""localStorage.setItem('prospectus-plan', JSON.stringify([
        { slug: 'later', title: 'Later course', hours: 1, href: 'courses/later.html',
          session: { days: '2027-02-02', start: '09:00', end: '12:00', venue: 'Hall', label: 'Tue 2 Feb', book: '' } },
        { slug: 'undated', title: 'Undated course', hours: 1, href: 'courses/undated.html', session: null },
        { slug: 'sooner', title: 'Sooner course', hours: 1, href: 'courses/sooner.html',
          session: { days: '2027-01-27', start: '13:00', end: '15:00', venue: 'Hall', label: 'Wed 27 Jan', book: '' } }]));""")
    browser.page(PLAN)
    titles = [h.text for h in browser.driver.find_elements("css selector", "[data-plan-list] .plan-list__title")]
    assert titles == ["Sooner course", "Later course", "Undated course"], titles
    # Remove the second shown (Later): the stored plan loses that one, not the second stored.
    browser.driver.find_elements("css selector", "[data-plan-remove]")[1].click()
    titles = [h.text for h in browser.driver.find_elements("css selector", "[data-plan-list] .plan-list__title")]
    assert titles == ["Sooner course", "Undated course"], titles
