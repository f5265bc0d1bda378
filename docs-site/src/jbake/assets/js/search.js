// Offline search over every guide, loaded by site.js when the reader first focuses the search box. It loads the
// index (search-index.js, written by the build from the baked pages) in turn. Results update as the reader types.
// The arrow keys and Tab move through them and Enter opens one.
(function () {
  "use strict";

  var form = document.querySelector(".site-search");
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list || !status) {
    return;
  }
  var MAX_RESULTS = 8;
  var EXCERPT_RADIUS = 60;
  var indexState = "absent";
  var pendingQuery = null;

  function loadIndex() {
    if (indexState !== "absent") {
      return;
    }
    indexState = "loading";
    var script = document.createElement("script");
    script.src = "search-index.js";
    script.onload = function () {
      indexState = window.jdaGuideSearchIndex ? "ready" : "failed";
      if (pendingQuery !== null) {
        render(pendingQuery);
      }
    };
    script.onerror = function () {
      indexState = "failed";
      render(input.value);
    };
    document.head.appendChild(script);
  }

  function terms(query) {
    return query.toLowerCase().split(/\s+/).filter(function (term) {
      return term.length > 0;
    });
  }

  function countOf(haystack, term) {
    var count = 0;
    var at = haystack.indexOf(term);
    while (at >= 0) {
      count++;
      at = haystack.indexOf(term, at + term.length);
    }
    return count;
  }

  // Scores a page for the query, or returns null unless every term occurs in the page. Title hits weigh most.
  function match(page, queryTerms) {
    var title = page.title.toLowerCase();
    var text = page.text.toLowerCase();
    var score = 0;
    var heading = null;
    for (var i = 0; i < queryTerms.length; i++) {
      var term = queryTerms[i];
      var inTitle = countOf(title, term);
      var inText = countOf(text, term);
      var headingHit = null;
      for (var h = 0; h < page.headings.length; h++) {
        if (page.headings[h].text.toLowerCase().indexOf(term) >= 0) {
          headingHit = page.headings[h];
          break;
        }
      }
      if (inTitle === 0 && inText === 0 && headingHit === null) {
        return null;
      }
      score += inTitle * 10 + (headingHit ? 5 : 0) + Math.min(inText, 10);
      heading = heading || headingHit;
    }
    return { page: page, score: score, heading: heading };
  }

  function excerpt(text, queryTerms) {
    var lower = text.toLowerCase();
    var at = -1;
    for (var i = 0; i < queryTerms.length && at < 0; i++) {
      at = lower.indexOf(queryTerms[i]);
    }
    if (at < 0) {
      return null;
    }
    var start = Math.max(0, at - EXCERPT_RADIUS);
    var end = Math.min(text.length, at + queryTerms[0].length + EXCERPT_RADIUS);
    var span = document.createElement("span");
    span.className = "search-result-excerpt";
    span.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + queryTerms[0].length);
    span.appendChild(mark);
    span.appendChild(document.createTextNode(text.slice(at + queryTerms[0].length, end) + (end < text.length ? "…" : "")));
    return span;
  }

  function close() {
    list.hidden = true;
    list.textContent = "";
  }

  function render(query) {
    pendingQuery = query;
    var queryTerms = terms(query);
    if (queryTerms.length === 0) {
      status.textContent = "";
      close();
      return;
    }
    if (indexState === "loading" || indexState === "absent") {
      loadIndex();
      return;
    }
    list.textContent = "";
    list.hidden = false;
    if (indexState === "failed") {
      status.textContent = "Search is unavailable: the search index did not load.";
      appendMessage(status.textContent);
      return;
    }

    var results = window.jdaGuideSearchIndex.pages.map(function (page) {
      return match(page, queryTerms);
    }).filter(Boolean).sort(function (a, b) {
      return b.score - a.score;
    }).slice(0, MAX_RESULTS);

    if (results.length === 0) {
      status.textContent = "No guide matches “" + query.trim() + "”.";
      appendMessage(status.textContent);
      return;
    }
    status.textContent = results.length + (results.length === 1 ? " guide matches." : " guides match.")
        + " Press the down arrow to reach the results.";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.page.url + (result.heading ? "#" + result.heading.id : "");
      var title = document.createElement("span");
      title.className = "search-result-title";
      title.textContent = result.page.title + (result.heading ? " › " + result.heading.text : "");
      link.appendChild(title);
      var context = excerpt(result.page.text, queryTerms);
      if (context) {
        link.appendChild(context);
      }
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function appendMessage(message) {
    var item = document.createElement("li");
    item.className = "search-empty";
    item.textContent = message;
    list.appendChild(item);
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  function moveFocus(step) {
    var all = links();
    if (all.length === 0) {
      return;
    }
    var at = all.indexOf(document.activeElement);
    var next = at + step;
    if (next < 0) {
      input.focus();
      return;
    }
    all[Math.min(next, all.length - 1)].focus();
  }

  input.addEventListener("input", function () {
    render(input.value);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      moveFocus(1);
    } else if (event.key === "Enter") {
      var first = links()[0];
      if (first) {
        event.preventDefault();
        first.click();
      }
    } else if (event.key === "Escape") {
      input.value = "";
      render("");
    }
  });
  list.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      moveFocus(1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      moveFocus(-1);
    } else if (event.key === "Escape") {
      input.focus();
      close();
    }
  });
  form.addEventListener("focusout", function (event) {
    if (!form.contains(event.relatedTarget)) {
      close();
    }
  });
  input.addEventListener("focus", function () {
    if (input.value.trim()) {
      render(input.value);
    }
  });

  // The reader may have typed while this script loaded.
  loadIndex();
  if (input.value.trim()) {
    render(input.value);
  }
})();
