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

  /* How well one typed word matches a field's words: 3 the word itself, 2 the start of a word, 1 a
     word within the allowed typos (then `word` is the word it was taken for). */
  function termMatch(term, words) {
    var best = { score: 0, word: "" }, allowed = term.length >= 8 ? 2 : (term.length >= 4 ? 1 : 0);
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (word === term) return { score: 3, word: word };
      if (word.indexOf(term) === 0) best = { score: 2, word: word };
      else if (allowed && best.score < 1 && distance(term, word.slice(0, Math.max(term.length, word.length)), allowed) <= allowed) best = { score: 1, word: word };
    }
    return best;
  }

  /* The courses matching every typed word, best first: courses with every word in the title, then
     training everyone must do, then by score. A word found nowhere as typed, but found with a typo
     or two, is taken as the word it was found as: `corrected` is then the query as searched. */
  function search(index, query) {
    var terms = tokens(query);
    if (!terms.length) return { results: [], corrected: null };
    var asTyped = terms.map(function () { return false; });
    var taken = terms.map(function () { return {}; });
    var results = [];
    index.forEach(function (item) {
      var total = 0, inTitle = true, fuzzy = [];
      for (var t = 0; t < terms.length; t++) {
        var termBest = 0, titleScore = 0;
        for (var f = 0; f < item.fields.length; f++) {
          var match = termMatch(terms[t], item.fields[f].words);
          if (!match.score) continue;
          if (f === 0) titleScore = match.score;
          if (match.score >= 2) asTyped[t] = true;
          else fuzzy.push([t, match.word]);
          termBest = Math.max(termBest, match.score * item.fields[f].weight);
        }
        if (!termBest) return;
        if (!titleScore) inTitle = false;
        total += termBest;
      }
      fuzzy.forEach(function (pair) { taken[pair[0]][pair[1]] = (taken[pair[0]][pair[1]] || 0) + 1; });
      results.push({ entry: item.entry, score: total, rank: (inTitle ? 2 : 0) + (item.entry.m ? 1 : 0) });
    });
    results.sort(function (a, b) { return b.rank - a.rank || b.score - a.score || a.entry.t.localeCompare(b.entry.t); });
    var corrected = terms.map(function (term, t) {
      if (asTyped[t]) return term;
      var candidates = Object.keys(taken[t]).sort(function (a, b) { return taken[t][b] - taken[t][a] || a.localeCompare(b); });
      return candidates[0] || term;
    }).join(" ");
    return { results: results, corrected: corrected === terms.join(" ") ? null : corrected };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-search-form]");
    if (!form || !window.PROSPECTUS_SEARCH || !window.ProspectusWords) return;
    var words = window.ProspectusWords;
    form.hidden = false;
    var input = form.querySelector("input");
    var list = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    var index = prepare(window.PROSPECTUS_SEARCH);
    var timer = null;

    function render() {
      var query = input.value.trim();
      var found = search(index, query);
      list.textContent = "";
      found.results.slice(0, 100).forEach(function (result) {
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
        meta.textContent = [entry.c, entry.g, entry.f, entry.n ? words.text("scripts.search_next", { date: entry.n }) : ""].filter(Boolean).join(" · ");
        li.appendChild(meta);
        list.appendChild(li);
      });
      var count = found.results.length;
      status.textContent = !normalise(query) ? ""
        : !count ? words.text("scripts.search_none", { query: query })
        : found.corrected ? words.count("scripts.search_corrected", count, { query: query, corrected: found.corrected })
        : words.count("scripts.search_results", count, { query: query });
      try {
        window.history.replaceState(null, "", normalise(query) ? "?q=" + encodeURIComponent(query) : window.location.pathname);
      } catch (error) { /* files opened from disk */ }
    }

    input.addEventListener("input", function () { window.clearTimeout(timer); timer = window.setTimeout(render, 120); });
    form.addEventListener("submit", function (event) { event.preventDefault(); window.clearTimeout(timer); render(); });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; render(); }
  });
})();
