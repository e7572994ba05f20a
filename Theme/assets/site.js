/* Prospectus: progressive enhancements. Every page works without this file. */
(function () {
  "use strict";
  var STORE = "prospectus-plan";

  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function words(value) { return (value || "").split(/\s+/).filter(Boolean); }

  /* The theme's words (strings.yml), which every page carries as JSON: text("scripts.plan_add"),
     text("scripts.plan_added", { course: "…" }), count("counts.courses", 3). search.js uses them too. */
  var WORDS = (function () {
    var element = document.getElementById("prospectus-words");
    try { return JSON.parse(element ? element.textContent : "{}"); } catch (error) { return {}; }
  })();
  function text(key, values) {
    var pattern = Object.prototype.hasOwnProperty.call(WORDS, key) ? WORDS[key] : key;
    return pattern.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }
  function count(key, number, values) {
    return text(key + (number === 1 ? ".one" : ".other"), Object.assign({ count: number }, values || {}));
  }
  window.ProspectusWords = { text: text, count: count };

  document.addEventListener("DOMContentLoaded", function () {
    $$(".js-only").forEach(function (element) { element.hidden = false; });
    /* Open beside the content on wide screens; folded away on phones, so the content comes first. */
    var wide = window.matchMedia("(min-width: 900px)").matches;
    $$("details[data-fold-narrow]").forEach(function (details) { details.open = wide; });
    setUpFilters();
    setUpWhatsOnFilter();
    setUpPlanButtons();
    renderPlanPage();
    updatePlanCount();
  });

  /* ---- Filters on the courses index: combine live, count announced, state kept in the URL ---- */
  function setUpFilters() {
    var form = document.querySelector("[data-filters]");
    if (!form) return;
    var cards = $$("[data-course]");
    var sections = $$("[data-strand-section]");
    var status = document.querySelector("[data-result-count]");
    var appliedCount = document.querySelector("[data-filters-applied]");
    var empty = document.querySelector("[data-no-results]");
    var params = new URLSearchParams(window.location.search);
    $$("select, input", form).forEach(function (control) {
      var value = params.get(control.name);
      if (value === null) return;
      if (control.type === "checkbox") control.checked = value === "1";
      else control.value = value;
    });

    /* A course's filter values: a card's data-… attributes, or an entry of the filter data. */
    function cardValues(card) {
      var data = card.dataset;
      return { groups: data.groups, stages: data.stages, format: data.format, strand: data.strand, terms: data.terms,
               times: data.times, open: card.hasAttribute("data-open"), mandatory: card.hasAttribute("data-mandatory") };
    }
    function matches(course, state) {
      if (state.group && course.groups !== "all" && words(course.groups).indexOf(state.group) < 0) return false;
      if (state.stage && course.stages !== "all" && words(course.stages).indexOf(state.stage) < 0) return false;
      if (state.format && course.format !== state.format) return false;
      if (state.strand && course.strand !== state.strand) return false;
      if (state.term && words(course.terms).indexOf(state.term) < 0) return false;
      if (state.time && words(course.times).indexOf(state.time) < 0) return false;
      if (state.open && !course.open) return false;
      if (state.mandatory && !course.mandatory) return false;
      return true;
    }
    var values = cards.map(cardValues);
    // An index of several pages: course-filters.js (which its pages load) filters every course.
    var across = window.ProspectusFiltersAcrossPages ? window.ProspectusFiltersAcrossPages(form, matches) : null;

    function apply() {
      var state = {}, query = new URLSearchParams();
      $$("select, input", form).forEach(function (control) {
        var value = control.type === "checkbox" ? (control.checked ? "1" : "") : control.value;
        state[control.name] = value;
        if (value) query.set(control.name, value);
      });
      var shown = 0, filtered = !!query.toString(), applied = Array.from(query.keys()).length;
      if (appliedCount) appliedCount.textContent = applied ? count("scripts.filters_applied", applied) : "";
      var search = query.toString();
      try {
        window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
      } catch (error) { /* some browsers refuse this for files opened from disk */ }
      // An index of several pages: the filters look at every course, from the filter data.
      if (across) {
        across(filtered ? state : null, function (found, total) {
          if (empty) empty.hidden = !filtered || found > 0;
          if (status) status.textContent = filtered ? count("scripts.filters_showing", found, { total: total }) : statusText;
        });
        return;
      }
      cards.forEach(function (card, index) {
        var visible = matches(values[index], state);
        card.hidden = !visible;
        if (visible) shown += 1;
      });
      sections.forEach(function (section) {
        var visible = $$("[data-course]:not([hidden])", section).length;
        section.hidden = visible === 0;
        var counter = section.querySelector("h2 .count");
        if (counter) counter.textContent = count("counts.courses", visible);
        var entry = document.querySelector('.contents a[href="#' + section.getAttribute("aria-labelledby") + '"]');
        if (entry) {
          entry.parentNode.hidden = visible === 0;
          var entryCount = entry.parentNode.querySelector("[data-strand-count]");
          if (entryCount) entryCount.textContent = count("counts.courses", visible);
        }
      });
      if (empty) empty.hidden = shown > 0;
      if (status) status.textContent = filtered ? count("scripts.filters_showing", shown, { total: cards.length }) : count("counts.courses", cards.length);
    }
    var statusText = status ? status.textContent : "";

    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    if (window.location.search) apply();
  }

  /* ---- My plan: a shortlist kept in this browser ---- */
  function loadPlan() {
    try { return JSON.parse(window.localStorage.getItem(STORE) || "[]"); } catch (error) { return []; }
  }
  function savePlan(plan) {
    try { window.localStorage.setItem(STORE, JSON.stringify(plan)); } catch (error) { /* storage unavailable */ }
    updatePlanCount();
  }
  function keyOf(item) { return item.slug + "|" + (item.session ? item.session.days + " " + item.session.start : ""); }
  function inPlan(key) { return loadPlan().some(function (item) { return keyOf(item) === key; }); }
  /* A course's title, with the date chosen when there is one: what the plan's buttons and messages name. */
  function nameOf(title, session) { return session ? text("course.book_context", { course: title, date: session.label }) : title; }

  function updatePlanCount() {
    var count = loadPlan().length;
    $$("[data-plan-count]").forEach(function (element) { element.textContent = count ? "(" + count + ")" : ""; });
  }

  function setUpPlanButtons() {
    var course = document.querySelector("[data-plan-course]");
    if (!course) return;
    var base = { slug: course.dataset.slug, title: course.dataset.title, hours: parseFloat(course.dataset.hours) || 0,
                 href: "courses/" + course.dataset.slug + ".html" };
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    course.appendChild(status);
    var rows = $$("[data-plan-session]").filter(function (row) { return !row.classList.contains("sessions__past"); });
    var targets = rows.length ? rows.map(function (row) {
      /* The date's own Book link (absolute, so it works from the plan page), when it has one. */
      var book = row.querySelector("a.button[href]");
      return { cell: row.lastElementChild, item: Object.assign({}, base, { session: {
        days: row.dataset.days, start: row.dataset.start, end: row.dataset.end, venue: row.dataset.venue, label: row.dataset.label,
        book: book ? book.href : "" } }) };
    }) : [{ cell: course, item: Object.assign({}, base, { session: null }) }];
    targets.forEach(function (target) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button--secondary button--plan";
      var name = nameOf(base.title, target.item.session);
      function refresh() {
        var added = inPlan(keyOf(target.item));
        button.textContent = text(added ? "scripts.plan_remove" : "scripts.plan_add");
        button.setAttribute("aria-label", text(added ? "scripts.plan_remove_label" : "scripts.plan_add_label", { course: name }));
      }
      button.addEventListener("click", function () {
        var plan = loadPlan(), key = keyOf(target.item);
        var added = plan.some(function (item) { return keyOf(item) === key; });
        plan = added ? plan.filter(function (item) { return keyOf(item) !== key; }) : plan.concat([target.item]);
        savePlan(plan);
        refresh();
        status.textContent = text(added ? "scripts.plan_removed" : "scripts.plan_added", { course: name });
      });
      refresh();
      target.cell.appendChild(button);
    });
  }

  function renderPlanPage() {
    var container = document.querySelector("[data-plan]");
    if (!container) return;
    container.hidden = false;
    var list = container.querySelector("[data-plan-list]");
    var summary = container.querySelector("[data-plan-summary]");
    /* Where focus goes when the plan empties: the page's heading, which a script may focus. */
    var heading = document.querySelector("h1");
    if (heading) heading.setAttribute("tabindex", "-1");
    var announcer = document.createElement("p");
    announcer.className = "visually-hidden";
    announcer.setAttribute("role", "status");
    announcer.setAttribute("data-plan-announce", "");
    container.appendChild(announcer);
    function link(href, words, label) {
      var anchor = document.createElement("a");
      anchor.href = href;
      anchor.textContent = words;
      if (label) anchor.setAttribute("aria-label", label);
      return anchor;
    }
    /* In date order, whatever order the dates were added in; a course with no date comes last. */
    function when(item) {
      return item.session && item.session.days ? words(item.session.days)[0] + " " + (item.session.start || "") : "~";
    }
    function draw() {
      var plan = loadPlan().sort(function (a, b) { return when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0; });
      list.textContent = "";
      var hours = {};
      plan.forEach(function (item, index) {
        hours[item.slug] = item.hours;
        var name = nameOf(item.title, item.session);
        var li = document.createElement("li");
        li.className = "plan-list__item";
        var title = document.createElement("h2");
        title.className = "plan-list__title";
        title.appendChild(link(item.href, item.title));
        li.appendChild(title);
        var detail = document.createElement("p");
        if (item.session) {
          detail.textContent = [item.session.label,
             item.session.start && item.session.end ? text("dates.time_range", { start: item.session.start, end: item.session.end }) : item.session.start,
             item.session.venue].filter(Boolean).join(", ");
        } else {
          /* Added when no date was open: say so, and lead to the course's dates, which may have come since. */
          detail.textContent = text("scripts.plan_no_date") + " ";
          detail.appendChild(link(item.href + "#dates", text("scripts.plan_see_dates", { course: item.title })));
        }
        li.appendChild(detail);
        var actions = document.createElement("p");
        actions.className = "plan-list__actions";
        if (item.session && item.session.book) {
          var book = link(item.session.book, text("scripts.plan_book"), text("scripts.plan_book_label", { course: name }));
          book.className = "button";
          actions.appendChild(book);
          actions.appendChild(document.createTextNode(" "));
        }
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "button button--secondary";
        remove.setAttribute("data-plan-remove", "");
        remove.textContent = text("scripts.plan_remove_item");
        remove.setAttribute("aria-label", text("scripts.plan_remove_label", { course: name }));
        remove.addEventListener("click", function () {
          var current = loadPlan().filter(function (other) { return keyOf(other) !== keyOf(item); });
          savePlan(current);
          draw();
          /* Focus stays in the list: on the next item's Remove (or the last one's), or on the heading once empty. */
          var buttons = $$("[data-plan-remove]", list);
          var next = buttons[Math.min(index, buttons.length - 1)] || heading;
          if (next) next.focus();
          announcer.textContent = text("scripts.plan_removed", { course: name }) + (buttons.length ? "" : " " + text("scripts.plan_cleared"));
        });
        actions.appendChild(remove);
        li.appendChild(actions);
        list.appendChild(li);
      });
      var total = Object.keys(hours).reduce(function (sum, slug) { return sum + (hours[slug] || 0); }, 0);
      summary.textContent = plan.length ? count("scripts.plan_summary", plan.length, { hours: total }) : text("scripts.plan_empty");
      $$("[data-plan-print], [data-plan-ics], [data-plan-clear]", container).forEach(function (button) { button.disabled = !plan.length; });
    }
    container.querySelector("[data-plan-print]").addEventListener("click", function () { window.print(); });
    container.querySelector("[data-plan-clear]").addEventListener("click", function () {
      savePlan([]);
      draw();
      /* The button is now disabled, so focus would be lost: the heading takes it. */
      if (heading) heading.focus();
      announcer.textContent = text("scripts.plan_cleared");
    });
    container.querySelector("[data-plan-ics]").addEventListener("click", function () {
      var blob = new Blob([planCalendar(loadPlan(), container.dataset)], { type: "text/calendar;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "my-cpd-plan.ics";
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
    draw();
  }

  /* An RFC 5545 calendar of the plan. `site` is the plan's data-* attributes: the site's time zone
     (`timezone`) with its VTIMEZONE (`vtimezone`, as the site's calendar files have it) and the
     site's address (`siteUrl`, empty when site.yml has none: course pages are then resolved
     against this page's own address). Timed events are in that zone, as the course pages show them. */
  function planCalendar(plan, site) {
    function text(value) { return String(value || "").replace(/[\\;,]/g, function (c) { return "\\" + c; }).replace(/\n/g, "\\n"); }
    function fold(line) {
      var out = [], current = "", bytes = 0;
      Array.from(line).forEach(function (ch) {
        var size = new TextEncoder().encode(ch).length;
        if (bytes + size > 75) { out.push(current); current = " "; bytes = 1; }
        current += ch; bytes += size;
      });
      out.push(current);
      return out.join("\r\n");
    }
    function compact(day, time) { return day.replace(/-/g, "") + (time ? "T" + time.replace(":", "") + "00" : ""); }
    function nextDay(day) {
      var date = new Date(day + "T12:00:00Z");
      date.setUTCDate(date.getUTCDate() + 1);
      return date.toISOString().slice(0, 10);
    }
    function page(item) {
      var path = "courses/" + item.slug + ".html";
      try { return site.siteUrl ? site.siteUrl + path : new URL(item.href || path, window.location.href).href; } catch (error) { return ""; }
    }
    var zone = site.timezone || "";
    var timezone = (site.vtimezone || "").split(/\r?\n/).filter(function (line) { return line.length; });
    var stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Prospectus//My CPD plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                 "X-WR-CALNAME:" + text("My CPD plan")];
    if (zone && timezone.length) lines.push("X-WR-TIMEZONE:" + text(zone));
    var folded = lines.map(fold).concat(zone ? timezone : []);
    var events = [];
    plan.forEach(function (item) {
      if (!item.session) return;
      var url = page(item);
      words(item.session.days).forEach(function (day, index) {
        events.push("BEGIN:VEVENT", "UID:" + item.slug + "-" + compact(day, item.session.start) + "-" + index + "@my-plan.prospectus",
                    "DTSTAMP:" + stamp, "SUMMARY:" + text(item.title));
        var tzid = zone && timezone.length ? ";TZID=" + zone : "";
        if (item.session.start) {
          events.push("DTSTART" + tzid + ":" + compact(day, item.session.start));
          if (item.session.end) events.push("DTEND" + tzid + ":" + compact(day, item.session.end));
        } else {
          events.push("DTSTART;VALUE=DATE:" + compact(day), "DTEND;VALUE=DATE:" + compact(nextDay(day)));
        }
        if (item.session.venue) events.push("LOCATION:" + text(item.session.venue));
        if (url) events.push("URL:" + url, "DESCRIPTION:" + text("Course page: " + url));
        events.push("END:VEVENT");
      });
    });
    events.push("END:VCALENDAR");
    return folded.concat(events.map(fold)).join("\r\n") + "\r\n";
  }

  /* ---- What's on: the sessions of one staff group and/or school, live; state kept in the URL.
     A course page with dates at several schools uses it too, with a school list only: its rows carry
     data-school, its form is marked data-course-dates and counts "Showing 2 of 5 dates to come". ---- */
  function setUpWhatsOnFilter() {
    var form = document.querySelector("[data-whats-on-filter]");
    if (!form) return;
    var rows = $$("tr[data-school]");
    var courseDates = form.hasAttribute("data-course-dates");
    var sections = $$("[data-whats-on-section]");
    var count = form.querySelector("[data-whats-on-count]");
    var none = document.querySelector("[data-whats-on-none]");
    var selects = $$("select", form);
    var subscribe = document.querySelector(".whats-on__calendar a[href*='#']");
    var subscribeHash = subscribe ? subscribe.hash.slice(1) : "";
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var value = params.get(select.name);
      if (value !== null && $$("option", select).some(function (option) { return option.value === value; })) select.value = value;
    });

    function apply() {
      var group = form.elements.group ? form.elements.group.value : "";
      var school = form.elements.school ? form.elements.school.value : "";
      var shown = 0, total = 0;
      rows.forEach(function (row) {
        var visible = (!group || row.dataset.groups === "all" || words(row.dataset.groups || "").indexOf(group) >= 0) &&
                      (!school || row.dataset.school === school);
        row.hidden = !visible;
        if (!row.classList.contains("sessions__past")) { total += 1; if (visible) shown += 1; }
      });
      var filtered = group || school;
      sections.forEach(function (section) {
        section.hidden = !section.querySelector("tr[data-school]:not([hidden])");
        // A filtered list is short: its later months open; cleared, they fold again.
        if (section.matches("details.whats-on__month")) {
          if (!("folded" in section.dataset)) section.dataset.folded = section.open ? "" : "1";
          section.open = filtered ? true : !section.dataset.folded;
        }
      });
      $$(".contents a[href^='#']").forEach(function (link) {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        var section = target && (target.closest("[data-whats-on-section]") || target);
        link.parentNode.hidden = !!(section && section.hidden);
      });
      count.textContent = !filtered ? "" : courseDates
        ? window.ProspectusWords.count("scripts.course_dates_showing", shown, { total: total })
        : window.ProspectusWords.count("scripts.whats_on_match", shown);
      // Every heading's count says what is shown: the page's, each term's, month's and fold's.
      var headings = [[document.querySelector("h1 .count"), shown]].concat(sections.map(function (section) {
        return [section.querySelector(":scope > h2 .count, :scope > summary .count"),
                section.querySelectorAll("tr[data-school]:not([hidden])").length];
      }));
      headings.forEach(function (pair) {
        var element = pair[0];
        if (!element) return;
        if (!("total" in element.dataset)) element.dataset.total = element.textContent;
        element.textContent = filtered ? window.ProspectusWords.count("counts.sessions", pair[1]) : element.dataset.total;
      });
      // So does each table's caption, which screen readers announce ("Sessions in March 2027 (19
      // sessions)"): the count in it, written as counts.sessions says, becomes the shown rows'.
      $$("table caption").forEach(function (caption) {
        var table = caption.parentNode;
        if (!("total" in caption.dataset)) {
          caption.dataset.total = caption.textContent;
          caption.dataset.count = window.ProspectusWords.count("counts.sessions", table.querySelectorAll("tr[data-school]").length);
        }
        var shownHere = table.querySelectorAll("tr[data-school]:not([hidden])").length;
        caption.textContent = filtered
          ? caption.dataset.total.replace(caption.dataset.count, window.ProspectusWords.count("counts.sessions", shownHere))
          : caption.dataset.total;
      });
      // Subscribing follows the filter: the group's (or the school's) own calendar.
      if (subscribe) {
        subscribe.hash = group ? "group-" + group : school ? "school-" + school : subscribeHash;
      }
      if (none) none.hidden = !filtered || shown > 0;
      var query = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        if (select.value) query.set(select.name, select.value); else query.delete(select.name);
      });
      var search = query.toString();
      try {
        window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
      } catch (error) { /* some browsers refuse it for pages opened from disk */ }
      // A list in pages: the links to its other pages keep the filter.
      $$("[data-pagination] a, .contents a").forEach(function (link) {
        var href = link.getAttribute("href");
        if (href.charAt(0) === "#") return;
        var hash = href.indexOf("#") >= 0 ? href.slice(href.indexOf("#")) : "";
        link.setAttribute("href", href.replace(/[?#].*$/, "") + (search ? "?" + search : "") + hash);
      });
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    apply();
  }
})();
