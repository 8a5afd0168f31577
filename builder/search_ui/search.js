/* Explainer timeline search: the entries' Pagefind index (site/pagefind/, written by builder/search_index.py)
   behind a search box that fits Material's header and works under any theme.

   - A "Search" button goes into Material's header (or at the top of the page under another theme) and opens a
     dialog; "/" or "s" opens it from anywhere, Escape closes it and gives focus back.
   - Any element with data-tl-search (a search page) gets the same box inline; ?q=... fills it.
   - Arrow keys move between the box and the results; each result is a plain link to the entry's anchor.
   - The result count is announced (role=status); text from the index is inserted as text, except Pagefind's
     excerpts, whose only markup (<mark>) is rebuilt element by element.
   - The index is loaded when the box is first focused or typed in, never on page load.

   Without JavaScript nothing here shows; what a data-tl-search element holds (links to the month, people,
   places and category pages) stays as the way in.

   The script must be served from <site root>/assets/search/search.js (or carry data-root="<site root>"). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.tlSearchLoaded) return;
  window.tlSearchLoaded = true;

  var root = new URL(script.getAttribute("data-root") || "../../", script.src);
  var searchDir = new URL("pagefind/", root);
  var MAX_RESULTS = 10;
  var engine = null;          // promise of the Pagefind API, once loaded
  var sequence = 0;           // newest query wins

  // The first bundle is always pagefind/0/ (builder/search_index.py), so its script and the list of the other
  // bundles load side by side. Pagefind runs on the page, not in its worker: the worker is one more script and
  // one more hop before the first result, for searches that take a few milliseconds.
  function load() {
    if (!engine) {
      var manifest = fetch(new URL("index.json", searchDir).href).then(function (response) {
        if (!response.ok) throw new Error("search index missing (" + response.status + ")");
        return response.json();
      });
      engine = Promise.all([manifest, import(new URL("0/pagefind.js", searchDir).href)]).then(function (loaded) {
        var bundles = loaded[0].bundles || [], pagefind = loaded[1];
        var options = { baseUrl: root.pathname, excerptLength: 24, noWorker: true };
        return Promise.resolve(pagefind.options(options)).then(function () {
          return Promise.all([pagefind.init()].concat(bundles.slice(1).map(function (bundle) {
            return pagefind.mergeIndex(new URL(bundle, searchDir).href, options);
          })));
        }).then(function () { return pagefind; });
      });
      engine.catch(function () { engine = null; });   // a later try may succeed (network back)
    }
    return engine;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  // Pagefind's excerpt is escaped text with <mark> around the matches: rebuild it from text and <mark> only.
  function excerpt(html) {
    var box = el("span", "tl-search-result__excerpt");
    var template = document.createElement("template");
    template.innerHTML = html || "";
    template.content.childNodes.forEach(function (node) {
      if (node.nodeType === 3) box.appendChild(document.createTextNode(node.textContent));
      else if (node.nodeName === "MARK") box.appendChild(el("mark", null, node.textContent));
      else box.appendChild(document.createTextNode(node.textContent || ""));
    });
    return box;
  }

  function readableDate(iso) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso || "");
    if (!m) return iso || "";
    var date = new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
    var parts = { year: "numeric", timeZone: "UTC" };
    if (m[2]) parts.month = "long";
    if (m[3]) parts.day = "numeric";
    return new Intl.DateTimeFormat(document.documentElement.lang || "en", parts).format(date);
  }

  var counter = 0;

  // One search box: <form role=search> with a labelled input, a status line and a list of result links.
  function searchBox(onNavigate) {
    var n = ++counter;
    var form = el("form", "tl-search");
    form.setAttribute("role", "search");
    form.setAttribute("action", "");
    var label = el("label", "tl-search__label", "Search the timeline");
    label.htmlFor = "tl-search-input-" + n;
    var input = el("input", "tl-search__input");
    input.type = "search";
    input.id = label.htmlFor;
    input.name = "q";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("autocapitalize", "off");
    input.setAttribute("data-tl-search-input", "");
    input.placeholder = "Search people, places, words";
    var status = el("p", "tl-search__status");
    status.id = "tl-search-status-" + n;
    status.setAttribute("role", "status");
    input.setAttribute("aria-describedby", status.id);
    var list = el("ol", "tl-search__results");
    list.setAttribute("aria-label", "Results");
    form.append(label, input, status, list);

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    function show(query, results, total) {
      list.replaceChildren();
      results.forEach(function (result) {
        var meta = result.meta || {};
        var item = el("li", "tl-search-result");
        var link = el("a", "tl-search-result__link");
        link.href = result.url;
        link.setAttribute("data-tl-search-result", "");
        link.append(el("span", "tl-search-result__title", meta.title || result.url));
        var line = [readableDate(meta.date), meta.category].filter(Boolean).join(" · ");
        if (line) link.append(el("span", "tl-search-result__meta", line));
        link.append(excerpt(result.excerpt));
        link.addEventListener("click", function () { if (onNavigate) onNavigate(); });
        item.append(link);
        list.append(item);
      });
      status.textContent = !query ? "" : total === 0 ? "No entry matches “" + query + "”." :
        total === 1 ? "1 entry found." :
        total > results.length ? total + " entries found; the first " + results.length + " are shown." :
        total + " entries found.";
    }

    function run() {
      var query = input.value.trim();
      var mine = ++sequence;
      if (!query) { show("", [], 0); return; }
      status.textContent = "Searching…";
      load().then(function (pagefind) {
        return pagefind.search(query);
      }).then(function (search) {
        if (mine !== sequence || !search) return null;
        var top = search.results.slice(0, MAX_RESULTS);
        return Promise.all(top.map(function (r) { return r.data(); })).then(function (data) {
          if (mine === sequence) show(query, data, search.results.length);
        });
      }).catch(function () {
        if (mine === sequence) status.textContent = "Search is not available right now.";
      });
    }

    // Each keystroke starts loading the index chunk the words so far need (Pagefind's preload); the search
    // itself waits for a pause in typing.
    var timer = null;
    input.addEventListener("input", function () {
      var query = input.value.trim();
      if (query) load().then(function (pagefind) { pagefind.preload(query); }).catch(function () {});
      clearTimeout(timer);
      timer = setTimeout(run, 50);
    });
    input.addEventListener("focus", function () { load().catch(function () {}); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
      var first = links()[0];
      if (first) first.focus();
    });
    form.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      var all = links();
      if (!all.length) return;
      var at = all.indexOf(document.activeElement);
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      event.preventDefault();
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    });
    return { form: form, input: input, run: run };
  }

  var MAGNIFIER = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 ' +
    '6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';

  function setupDialog() {
    if (document.querySelector(".tl-search-dialog")) return;
    var dialog = el("dialog", "tl-search-dialog");
    dialog.setAttribute("aria-label", "Search the timeline");
    var opener = null;
    var box = searchBox(function () { dialog.close(); });
    var close = el("button", "tl-search-dialog__close", "Close");
    close.type = "button";
    close.addEventListener("click", function () { dialog.close(); });
    dialog.append(box.form, close);
    dialog.addEventListener("close", function () {
      if (opener && document.contains(opener)) opener.focus();
    });
    dialog.addEventListener("click", function (event) {       // a click on the backdrop closes it
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);

    var button = el("button", "tl-search-button md-header__button md-icon");
    button.type = "button";
    button.setAttribute("aria-label", "Search");
    button.setAttribute("aria-haspopup", "dialog");
    button.setAttribute("aria-keyshortcuts", "/ s");
    button.setAttribute("data-tl-search-open", "");
    button.innerHTML = MAGNIFIER;
    button.append(el("span", "tl-search-button__text", "Search"));
    var header = document.querySelector(".md-header__inner");
    if (header) {
      var before = header.querySelector(".md-header__source");
      header.insertBefore(button, before);
    } else {
      button.classList.add("tl-search-button--floating");
      document.body.prepend(button);
    }

    function open() {
      if (dialog.open) return;
      opener = document.activeElement;
      dialog.showModal();
      box.input.focus();
      box.input.select();
    }
    button.addEventListener("click", open);
    // A pointer on the button or focus on it says a search may come: start loading Pagefind (about 100 KB).
    ["pointerenter", "focus"].forEach(function (type) {
      button.addEventListener(type, function () { load().catch(function () {}); });
    });
    document.addEventListener("keydown", function (event) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key !== "/" && event.key !== "s") return;
      var target = event.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      open();
    });
  }

  function setupInline() {
    document.querySelectorAll("[data-tl-search]").forEach(function (slot) {
      if (slot.getAttribute("data-tl-ready")) return;
      slot.setAttribute("data-tl-ready", "1");
      var box = searchBox(null);
      var fallback = Array.prototype.slice.call(slot.childNodes);
      var more = el("div", "tl-search__browse");
      fallback.forEach(function (node) { more.append(node); });
      slot.replaceChildren(box.form, more);
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) { box.input.value = q; box.run(); }
    });
  }

  function setup() {
    setupDialog();
    setupInline();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
