/* Prospectus: the courses index's filters across its pages (CourseFiltersExport), loaded by the
   index's pages when it has several (courses.mustache); site.js calls it. */
(function () {
  "use strict";
  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function text(key, values) { return window.ProspectusWords ? window.ProspectusWords.text(key, values) : key; }

  /* The filters of a courses index in pages (CourseFiltersExport): the data of every course, loaded
     in pieces with script tags once a filter is chosen, the matches shown in place of the page's
     own list, a hundred at a time. Returns nil on an index of one page. `show(state, done)` shows
     the courses matching `state` (or the page's own list for nil), calling done(found, total) as
     the pieces arrive. */
  window.ProspectusFiltersAcrossPages = function (form, matches) {
    var results = document.querySelector("[data-filter-results]");
    if (!results) return null;
    var more = document.querySelector("[data-filter-more]");
    var href = results.getAttribute("data-filter-data");
    var folder = href.replace(/index\.js(\?.*)?$/, ""), root = href.replace(/assets\/course-filters\/index\.js(\?.*)?$/, "");
    var own = $$("[data-strand-section], [data-pagination], .listing__results > .contents");
    var pieces = [], asked = 0, limit = 100, found = [], total = 0;
    pieces.requested = {};
    window.PROSPECTUS_FILTERS_PIECE = function (number, entries) {
      pieces[number] = entries || [];
      if (pieces.onArrival) pieces.onArrival();
    };
    function script(src) {
      var element = document.createElement("script");
      element.src = src;
      element.onerror = function () { if (pieces.onArrival) pieces.onArrival(); };
      document.head.appendChild(element);
    }
    function manifest(done) {
      if (window.PROSPECTUS_FILTERS) { done(); return; }
      var element = document.createElement("script");
      element.src = href;
      element.onload = done;
      document.head.appendChild(element);
    }
    function card(entry, strands) {
      var li = document.createElement("li");
      li.className = "card";
      li.setAttribute("data-course", "");
      var heading = document.createElement("h3");
      heading.className = "card__title";
      var link = document.createElement("a");
      link.href = root + "courses/" + entry[0] + ".html";
      link.textContent = entry[1];
      heading.appendChild(link);
      li.appendChild(heading);
      var meta = document.createElement("p");
      meta.className = "muted";
      meta.textContent = [strands[entry[2]] ? strands[entry[2]][1] : "", entry[9], entry[10] ? text("scripts.search_next", { date: entry[10] }) : ""]
        .filter(Boolean).join(" · ");
      li.appendChild(meta);
      return li;
    }
    function draw() {
      results.textContent = "";
      var strands = window.PROSPECTUS_FILTERS.strands, list = null, strand = -1;
      found.slice(0, limit).forEach(function (entry) {
        if (entry[2] !== strand) {
          strand = entry[2];
          var heading = document.createElement("h2");
          heading.textContent = strands[strand] ? strands[strand][1] : "";
          list = document.createElement("ul");
          list.className = "cards";
          results.appendChild(heading);
          results.appendChild(list);
        }
        list.appendChild(card(entry, strands));
      });
      if (more) more.hidden = found.length <= limit;
    }
    if (more) more.querySelector("button").addEventListener("click", function () { limit += 100; draw(); });
    return function show(state, done) {
      var ticket = ++asked;
      own.forEach(function (element) { element.hidden = !!state; });
      results.hidden = !state;
      if (!state) { if (more) more.hidden = true; done(0, 0); return; }
      manifest(function () {
        if (ticket !== asked || !window.PROSPECTUS_FILTERS) return;
        var data = window.PROSPECTUS_FILTERS, next = 0;
        found = []; total = data.count; limit = 100;
        function take() {
          while (next < data.pieces && pieces[next]) {
            pieces[next].forEach(function (entry) {
              var course = { groups: entry[3], stages: entry[4], format: entry[5], strand: (data.strands[entry[2]] || [""])[0], terms: entry[6],
                             times: entry[7], open: !!(entry[8] & 1), mandatory: !!(entry[8] & 2) };
              if (matches(course, state)) found.push(entry);
            });
            next += 1;
          }
          draw();
          done(found.length, total);
          if (next < data.pieces && !pieces.requested[next]) { pieces.requested[next] = true; script(folder + next + ".js"); }
        }
        pieces.onArrival = function () { if (ticket === asked) take(); };
        take();
      });
    };
  };
})();
