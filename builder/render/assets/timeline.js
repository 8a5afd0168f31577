/* Explainer timeline: filter entries by category, person and place, keeping the choice in the URL
   (?category=strike&person=...), and copy an entry's link. Without this script every entry shows. */
(function () {
  "use strict";

  function words(value) {
    return (value || "").split(" ").filter(Boolean);
  }

  // The table of contents lists every entry: hide the ones the filter hides.
  function tocItem(heading, visible) {
    if (!heading || !heading.id) return;
    document.querySelectorAll('.md-nav--secondary a[href="#' + CSS.escape(heading.id) + '"]').forEach(function (a) {
      var item = a.closest("li");
      if (item) item.hidden = !visible;
    });
  }

  function setupFilters() {
    var form = document.querySelector("[data-tl-filters]");
    if (!form || form.dataset.tlReady) return;
    form.dataset.tlReady = "1";
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var entries = Array.prototype.slice.call(document.querySelectorAll(".tl-entry"));
    var days = Array.prototype.slice.call(document.querySelectorAll(".tl-day"));
    var status = form.querySelector(".tl-filter-status");

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
      status.textContent = filtered ? "Showing " + shown + " of " + entries.length + " events." : "";
      if (updateUrl) {
        var params = new URLSearchParams(window.location.search);
        selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); else params.delete(s.name); });
        var query = params.toString();
        history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
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
        var url = window.location.origin + window.location.pathname + link.getAttribute("href");
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

  function setup() {
    setupFilters();
    setupCopyLinks();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);            // Material's page-load stream (also with instant loading)
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
