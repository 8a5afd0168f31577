/* Explainer timeline: filter entries by category, person and place, keeping the choice in the URL
   (?category=strike&person=...); on a timeline split into pages, count the matches on the other pages and link
   there with the same choice; copy an entry's lasting link; forward old links to an entry. Without this script
   every entry shows. */
(function () {
  "use strict";

  function words(value) {
    return (value || "").split(" ").filter(Boolean);
  }

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text != null) node.textContent = text;
    return node;
  }

  // The table of contents lists every entry: hide the ones the filter hides.
  function tocItem(heading, visible) {
    if (!heading || !heading.id) return;
    document.querySelectorAll('.md-nav--secondary a[href="#' + CSS.escape(heading.id) + '"]').forEach(function (a) {
      var item = a.closest("li");
      if (item) item.hidden = !visible;
    });
  }

  // filter.json of a split timeline (render/timeline.py: filter_index), fetched once, when a filter is chosen.
  var indexes = {};
  function filterIndex(address) {
    var url = new URL(address, window.location.href).href;
    if (!indexes[url]) {
      indexes[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error("filter index " + response.status);
        return response.json();
      }).then(function (data) { data.url = url; return data; });
      indexes[url].catch(function () { delete indexes[url]; });
    }
    return indexes[url];
  }

  // How many entries of each page match the choice: [{url, title, count}], pages without a match left out.
  function matchesByPage(index, chosen) {
    var wanted = {};
    ["category", "person", "place"].forEach(function (name) {
      wanted[name] = chosen[name] ? (index[name] || []).indexOf(chosen[name]) : null;
    });
    if (Object.keys(wanted).some(function (k) { return wanted[k] === -1; })) return [];
    var found = [], at = 0;
    index.pages.forEach(function (page) {
      var count = 0;
      for (var i = at; i < at + page[2]; i++) {
        var row = index.entries[i];
        if ((wanted.category === null || row[0] === wanted.category) &&
            (wanted.person === null || (row[1] || []).indexOf(wanted.person) >= 0) &&
            (wanted.place === null || (row[2] || []).indexOf(wanted.place) >= 0)) count += 1;
      }
      at += page[2];
      if (count) found.push({ url: new URL(page[0], index.url), title: page[1], count: count });
    });
    return found;
  }

  function setupFilters() {
    var form = document.querySelector("[data-tl-filters]");
    if (!form || form.dataset.tlReady) return;
    form.dataset.tlReady = "1";
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var entries = Array.prototype.slice.call(document.querySelectorAll(".tl-entry"));
    var days = Array.prototype.slice.call(document.querySelectorAll(".tl-day"));
    var status = form.querySelector(".tl-filter-status");
    var elsewhere = form.querySelector(".tl-filter-elsewhere");
    var sequence = 0;

    function query(chosen) {
      var params = new URLSearchParams();
      Object.keys(chosen).forEach(function (name) { params.set(name, chosen[name]); });
      return "?" + params.toString();
    }

    // A split timeline: the matches on the other pages, each page a link keeping the choice.
    function showElsewhere(chosen) {
      var mine = ++sequence;
      if (!elsewhere) return;
      if (!Object.keys(chosen).length) { elsewhere.hidden = true; elsewhere.replaceChildren(); return; }
      filterIndex(form.getAttribute("data-tl-index")).then(function (index) {
        if (mine !== sequence) return;
        var here = window.location.pathname;
        var pages = matchesByPage(index, chosen).filter(function (p) { return p.url.pathname !== here; });
        var total = pages.reduce(function (sum, p) { return sum + p.count; }, 0);
        elsewhere.replaceChildren();
        var lead = !entries.length ? (total ? total + " matching event" + (total === 1 ? "" : "s") + " on " +
          pages.length + " page" + (pages.length === 1 ? "" : "s") + ": " : "No event matches.")
          : (total ? "Also on other pages: " : "None on other pages.");
        elsewhere.append(document.createTextNode(lead));
        pages.forEach(function (page, n) {
          if (n) elsewhere.append(document.createTextNode(" · "));
          var link = el("a", page.title);
          link.href = page.url.pathname + query(chosen);
          elsewhere.append(link, document.createTextNode(" (" + page.count + ")"));
        });
        elsewhere.hidden = false;
      }).catch(function () {
        if (mine === sequence) { elsewhere.textContent = "The other pages cannot be counted right now."; elsewhere.hidden = false; }
      });
    }

    function apply(updateUrl) {
      var chosen = {};
      selects.forEach(function (s) { if (s.value) chosen[s.name] = s.value; });
      var shown = 0;
      entries.forEach(function (li) {
        var ok = (!chosen.category || li.dataset.category === chosen.category) &&
          (!chosen.person || words(li.dataset.person).indexOf(chosen.person) >= 0) &&
          (!chosen.place || words(li.dataset.place).indexOf(chosen.place) >= 0);
        li.hidden = !ok;
        tocItem(li.querySelector("h3"), ok);
        if (ok) shown += 1;
      });
      days.forEach(function (day) {
        day.hidden = !day.querySelector(".tl-entry:not([hidden])");
        tocItem(day.querySelector("h2"), !day.hidden);
      });
      var filtered = Object.keys(chosen).length > 0;
      status.textContent = filtered && entries.length ? "Showing " + shown + " of " + entries.length +
        " events" + (elsewhere ? " on this page." : ".") : "";
      showElsewhere(chosen);
      if (updateUrl) {
        var params = new URLSearchParams(window.location.search);
        selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); else params.delete(s.name); });
        var search = params.toString();
        history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
      }
    }

    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) {
      var wanted = params.get(s.name);
      if (wanted && s.querySelector('option[value="' + CSS.escape(wanted) + '"]')) s.value = wanted;
      s.addEventListener("change", function () { apply(true); });
    });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply(false);
  }

  function setupCopyLinks() {
    document.querySelectorAll("[data-tl-copy]").forEach(function (link) {
      if (link.dataset.tlReady) return;
      link.dataset.tlReady = "1";
      link.addEventListener("click", function () {
        // What is copied is the entry's lasting address (e/<id>/), not this page's.
        var target = link.getAttribute("data-tl-copy") || link.getAttribute("href");
        var url = new URL(target, window.location.href).href;
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(function () {
            var before = link.textContent;
            link.textContent = "Link copied";
            setTimeout(function () { link.textContent = before; }, 2000);
          }, function () {});
        }
      });
    });
  }

  // An old link to an entry (timeline/#<id> from before the timeline was split, or a month page's from before the
  // month was) lands on a timeline page that no longer holds it: its stub e/<id>/ knows where it is now.
  function followOldLink() {
    var marker = document.querySelector("[data-tl-stub]");
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!marker || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || document.getElementById(id)) return;
    var stub = new URL(marker.getAttribute("data-tl-stub").replace("ID", id), window.location.href);
    fetch(stub.href).then(function (response) {
      return response.ok ? response.text() : "";
    }).then(function (text) {
      var doc = new DOMParser().parseFromString(text, "text/html");
      var link = doc.querySelector("body a[href]");
      if (!link) return;
      var target = new URL(link.getAttribute("href"), stub.href);
      if (target.origin === window.location.origin && target.hash === "#" + id) window.location.replace(target.href);
    }).catch(function () {});
  }

  function setup() {
    setupFilters();
    setupCopyLinks();
    followOldLink();
  }

  window.addEventListener("hashchange", followOldLink);

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);            // Material's page-load stream (also with instant loading)
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
