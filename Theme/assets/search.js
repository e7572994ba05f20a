/* Prospectus search: a static index in pieces (assets/search-index.js lists them; see
   SearchIndexExport), results as you type, tolerant of small typos. A search loads only the pieces
   of its words and of the results it shows. */
(function () {
  "use strict";
  /* The weights of the fields a word is found in: title, code, summary, provider, strand, format, body
     (bits 0 to 6 of a posting's mask; bit 7: training everyone must do). */
  var WEIGHTS = [3, 3, 2, 1.5, 1.5, 1, 1];
  /* Results shown at a time ("Show more results" adds as many again): each needs its piece. */
  var SHOWN = 20;

  function normalise(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  }
  function tokens(text) { return normalise(text).split(" ").filter(Boolean); }

  /* Edit distance with adjacent transpositions, stopping early past the allowed limit. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var previous2 = [], previous = [], current = [];
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
        current[j] = value;
        if (value < best) best = value;
      }
      if (best > limit) return limit + 1;
      previous2 = previous; previous = current;
    }
    return previous[b.length];
  }

  /* ---- The index's pieces, each a script calling PROSPECTUS_SEARCH_PIECE (browsers refuse to fetch files from disk) ---- */
  var pieces = {}, waiting = {}, base = "";
  window.PROSPECTUS_SEARCH_PIECE = function (name, data) {
    pieces[name] = data;
    var calls = waiting[name] || [];
    delete waiting[name];
    calls.forEach(function (call) { call(); });
  };
  /* Calls `done` once every piece named is here (a piece that failed to load counts as empty). */
  function load(names, done) {
    var left = names.length;
    if (!left) { done(); return; }
    names.forEach(function (name) {
      function arrived() { left -= 1; if (!left) done(); }
      if (Object.prototype.hasOwnProperty.call(pieces, name)) { arrived(); return; }
      if (waiting[name]) { waiting[name].push(arrived); return; }
      waiting[name] = [arrived];
      var script = document.createElement("script");
      script.src = base + name + ".js";
      script.onerror = function () { window.PROSPECTUS_SEARCH_PIECE(name, null); };
      document.head.appendChild(script);
    });
  }
  /* The pieces of words a typed word needs: those whose key it starts with and, for a word of four
     letters or more, those whose key starts with it. A shorter word matches the words that start
     with it in its own piece only: on a large offer, every word starting with "le" is megabytes. */
  function wordPieces(manifest, term) {
    return manifest.buckets.filter(function (key) { return term.indexOf(key) === 0 || (term.length >= 4 && key.indexOf(term) === 0); })
      .map(function (key) { return "w-" + key; });
  }
  /* The pieces holding the words a misspelt word may mean: the words a typo or two away in the
     list of words with its first two letters (its piece must be loaded). */
  function typoPieces(manifest, term) {
    var allowed = term.length >= 8 ? 2 : (term.length >= 4 ? 1 : 0), names = [];
    (pieces["v-" + term.slice(0, 2)] || []).forEach(function (word) {
      if (!allowed || distance(term, word, allowed) > allowed) return;
      var keys = manifest.buckets.filter(function (key) { return word.indexOf(key) === 0; });
      var key = keys.sort(function (a, b) { return b.length - a.length; })[0];
      if (key && names.indexOf("w-" + key) < 0) names.push("w-" + key);
    });
    return names;
  }
  function entryPiece(manifest, number) { return "d-" + Math.floor(number / manifest.per); }
  function entryOf(manifest, number) { var piece = pieces[entryPiece(manifest, number)]; return piece ? piece[number % manifest.per] : null; }

  /* How well a typed word matches a word of the index: 3 the word itself, 2 its start, 1 within the
     allowed typos. */
  function wordScore(term, word) {
    if (word === term) return 3;
    if (word.indexOf(term) === 0) return 2;
    var allowed = term.length >= 8 ? 2 : (term.length >= 4 ? 1 : 0);
    return allowed && distance(term, word, allowed) <= allowed ? 1 : 0;
  }

  /* The courses matching every typed word, best first: courses with every word in the title, then
     training everyone must do, then by score, then by title (courses are numbered in title order).
     A word found nowhere as typed, but found with a typo or two, is taken as the word it was found
     as: `corrected` is then the query as searched. The word pieces must be loaded. */
  function search(manifest, terms, extra) {
    if (!terms.length) return { results: [], corrected: null };
    var asTyped = terms.map(function () { return false; });
    var found = terms.map(function (term, t) {
      var courses = {};
      wordPieces(manifest, term).concat(extra ? extra[t] : []).filter(function (name, index, all) { return all.indexOf(name) === index; }).forEach(function (name) {
        var words = pieces[name] || {};
        Object.keys(words).forEach(function (word) {
          var score = wordScore(term, word);
          if (!score) return;
          if (score >= 2) asTyped[t] = true;
          var number = 0;
          words[word].forEach(function (value) {
            number += Math.floor(value / 256);
            var mask = value % 256;
            var course = courses[number] || (courses[number] = { score: 0, title: false, mandatory: !!(mask & 128), fuzzy: [] });
            for (var f = 0; f < WEIGHTS.length; f++) {
              if (!(mask & (1 << f))) continue;
              course.score = Math.max(course.score, score * WEIGHTS[f]);
              if (f === 0) course.title = true;
            }
            if (score === 1) course.fuzzy.push(word);
          });
        });
      });
      return courses;
    });
    var taken = terms.map(function () { return {}; });
    var results = [];
    Object.keys(found[0]).forEach(function (key) {
      var total = 0, inTitle = true, mandatory = false;
      for (var t = 0; t < terms.length; t++) {
        var course = found[t][key];
        if (!course) return;
        total += course.score;
        inTitle = inTitle && course.title;
        mandatory = course.mandatory;
      }
      found.forEach(function (courses, t) {
        courses[key].fuzzy.forEach(function (word) { taken[t][word] = (taken[t][word] || 0) + 1; });
      });
      results.push({ number: Number(key), score: total, rank: (inTitle ? 2 : 0) + (mandatory ? 1 : 0) });
    });
    results.sort(function (a, b) { return b.rank - a.rank || b.score - a.score || a.number - b.number; });
    var corrected = terms.map(function (term, t) {
      if (asTyped[t]) return term;
      var candidates = Object.keys(taken[t]).sort(function (a, b) { return taken[t][b] - taken[t][a] || a.localeCompare(b); });
      return candidates[0] || term;
    }).join(" ");
    return { results: results, corrected: corrected === terms.join(" ") ? null : corrected, asTyped: asTyped };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-search-form]");
    var manifest = window.PROSPECTUS_SEARCH;
    if (!form || !manifest || !manifest.buckets || !window.ProspectusWords) return;
    var words = window.ProspectusWords;
    var own = document.querySelector("script[src*='search-index.js']");
    base = own ? own.src.replace(/search-index\.js.*$/, "search/") : "assets/search/";
    form.hidden = false;
    var input = form.querySelector("input");
    var list = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    var more = document.querySelector("[data-search-more]");
    var timer = null, asked = 0, found = { results: [] }, shown = 0;

    function item(entry) {
      var li = document.createElement("li");
      li.className = "search-results__item";
      var heading = document.createElement("h2");
      heading.className = "search-results__title";
      var link = document.createElement("a");
      link.href = entry.u;
      link.textContent = entry.t;
      heading.appendChild(link);
      li.appendChild(heading);
      var summary = document.createElement("p");
      summary.textContent = entry.s;
      li.appendChild(summary);
      var meta = document.createElement("p");
      meta.className = "muted";
      meta.textContent = [entry.c, entry.g, entry.f, entry.n ? words.text("scripts.search_next", { date: entry.n }) : ""].filter(Boolean).join(" · ");
      li.appendChild(meta);
      return li;
    }

    /* Shows the next SHOWN results once their pieces are here (unless another search began since). */
    function showMore(ticket) {
      var next = found.results.slice(shown, shown + SHOWN);
      var names = next.map(function (result) { return entryPiece(manifest, result.number); })
        .filter(function (name, index, all) { return all.indexOf(name) === index; });
      load(names, function () {
        if (ticket !== asked) return;
        next.forEach(function (result) {
          var entry = entryOf(manifest, result.number);
          if (entry) list.appendChild(item(entry));
        });
        shown += next.length;
        if (more) more.hidden = shown >= found.results.length;
      });
    }

    function render() {
      var query = input.value.trim(), terms = tokens(query), ticket = ++asked;
      var names = [];
      terms.forEach(function (term) { names = names.concat(wordPieces(manifest, term)); });
      function loaded(extra) {
        if (ticket !== asked) return;
        found = search(manifest, terms, extra);
        list.textContent = "";
        shown = 0;
        if (more) more.hidden = true;
        showMore(ticket);
        var count = found.results.length;
        status.textContent = !terms.length ? ""
          : !count ? words.text("scripts.search_none", { query: query })
          : found.corrected ? words.count("scripts.search_corrected", count, { query: query, corrected: found.corrected })
          : words.count("scripts.search_results", count, { query: query });
      }
      load(names, function () {
        if (ticket !== asked) return;
        // A word found nowhere as typed: the words a typo away, from the list of words, and their pieces.
        var first = search(manifest, terms), misspelt = terms.filter(function (term, t) { return !first.asTyped[t] && term.length >= 4; });
        if (!misspelt.length || !manifest.words) { loaded(null); return; }
        var lists = misspelt.map(function (term) { return term.slice(0, 2); })
          .filter(function (prefix) { return manifest.words.indexOf(prefix) >= 0; }).map(function (prefix) { return "v-" + prefix; });
        load(lists, function () {
          if (ticket !== asked) return;
          var extra = terms.map(function (term, t) { return first.asTyped[t] ? [] : typoPieces(manifest, term); });
          var all = [];
          extra.forEach(function (names) { all = all.concat(names); });
          load(all, function () { loaded(extra); });
        });
      });
      try {
        window.history.replaceState(null, "", terms.length ? "?q=" + encodeURIComponent(query) : window.location.pathname);
      } catch (error) { /* files opened from disk */ }
    }

    input.addEventListener("input", function () { window.clearTimeout(timer); timer = window.setTimeout(render, 120); });
    form.addEventListener("submit", function (event) { event.preventDefault(); window.clearTimeout(timer); render(); });
    if (more) more.querySelector("button").addEventListener("click", function () { showMore(asked); });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; render(); }
  });
})();
