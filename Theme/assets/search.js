/* Prospectus search: a static index, results as you type, tolerant of small typos. */
(function () {
  "use strict";
  var FIELDS = [["t", 3], ["c", 3], ["s", 2], ["p", 1.5], ["g", 1.5], ["f", 1], ["b", 1]];

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

  function prepare(entries) {
    return entries.map(function (entry) {
      var fields = FIELDS.map(function (field) { return { weight: field[1], words: tokens(entry[field[0]]) }; });
      return { entry: entry, fields: fields };
    });
  }

  function termScore(term, words) {
    var best = 0, allowed = term.length >= 8 ? 2 : (term.length >= 4 ? 1 : 0);
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (word === term) return 3;
      if (word.indexOf(term) === 0) best = Math.max(best, 2);
      else if (allowed && best < 1 && distance(term, word.slice(0, Math.max(term.length, word.length)), allowed) <= allowed) best = 1;
    }
    return best;
  }

  function search(index, query) {
    var terms = tokens(query);
    if (!terms.length) return [];
    var results = [];
    index.forEach(function (item) {
      var total = 0;
      for (var t = 0; t < terms.length; t++) {
        var termBest = 0;
        item.fields.forEach(function (field) { termBest = Math.max(termBest, termScore(terms[t], field.words) * field.weight); });
        if (!termBest) return;
        total += termBest;
      }
      results.push({ entry: item.entry, score: total });
    });
    results.sort(function (a, b) { return b.score - a.score || a.entry.t.localeCompare(b.entry.t); });
    return results;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-search-form]");
    if (!form || !window.PROSPECTUS_SEARCH) return;
    var input = form.querySelector("input");
    var list = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    var index = prepare(window.PROSPECTUS_SEARCH);
    var timer = null;

    function render() {
      var query = input.value;
      var results = search(index, query).slice(0, 50);
      list.textContent = "";
      results.forEach(function (result) {
        var entry = result.entry;
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
        meta.textContent = [entry.c, entry.g, entry.f, "Next: " + entry.n].filter(Boolean).join(" · ");
        li.appendChild(meta);
        list.appendChild(li);
      });
      status.textContent = normalise(query)
        ? (results.length ? results.length + (results.length === 1 ? " course matches" : " courses match") + " \u201c" + query + "\u201d"
                          : "No course matches \u201c" + query + "\u201d. Check the spelling, or try a shorter word.")
        : "";
      try {
        window.history.replaceState(null, "", normalise(query) ? "?q=" + encodeURIComponent(query) : window.location.pathname);
      } catch (error) { /* files opened from disk */ }
    }

    input.addEventListener("input", function () { window.clearTimeout(timer); timer = window.setTimeout(render, 120); });
    form.addEventListener("submit", function (event) { event.preventDefault(); render(); });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; render(); }
  });
})();
