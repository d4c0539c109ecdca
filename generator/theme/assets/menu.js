/* The header's buttons and the menu drawer from the keyboard (Material's small-screen header is made of
   <label>s of hidden checkboxes): real buttons, focus moved in and back, and nothing out of sight in the
   tab order. */
(function () {
  "use strict";

  function headerButtons() {
    // Material's menu and search buttons on small screens are <label>s of hidden checkboxes, which the
    // keyboard cannot reach: each becomes a real <button> that toggles its checkbox (Material follows the
    // checkbox's change event), and the opened menu takes the focus.
    [["__drawer", "imt-menu-button"], ["__search", "imt-search-button"]].forEach(function (pair) {
      var box = document.getElementById(pair[0]);
      var name = document.querySelector('meta[name="' + pair[1] + '"]');
      if (!box) return;
      document.querySelectorAll('label.md-header__button[for="' + pair[0] + '"]').forEach(function (label) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = label.className;
        button.innerHTML = label.innerHTML;
        button.dataset.toggle = pair[0];
        if (name) button.setAttribute("aria-label", name.content);
        button.setAttribute("aria-expanded", String(box.checked));
        button.addEventListener("click", function () {
          box.click();
          if (pair[0] === "__search" && box.checked) {
            var query = document.querySelector("[data-md-component=search-query]");
            if (query) setTimeout(function () { query.focus(); }, 50);
          }
          if (pair[0] === "__drawer" && box.checked) {
            setTimeout(function () {
              // The first stop in sight: Material may open the drawer on the current section's panel.
              var stops = document.querySelectorAll('.md-sidebar--primary a[href], .md-sidebar--primary label[tabindex="0"]');
              var first = Array.prototype.find.call(stops, function (el) {
                return el.getClientRects().length && !el.closest("[inert]");
              });
              if (first) first.focus();
            }, 50);
          }
        });
        box.addEventListener("change", function () {
          button.setAttribute("aria-expanded", String(box.checked));
          // Closed by its overlay or its own close button: the focus, if it was inside or lost, comes back here.
          var active = document.activeElement;
          if (!box.checked && (!active || active === document.body || active.closest(".md-sidebar--primary, .md-search"))) {
            button.focus();
          }
        });
        label.replaceWith(button);
      });
    });
    // Below Material's breakpoint the search field sits in a closed overlay: out of the tab order until its
    // button opens it (Tab reached the hidden field, and focusing it opened the overlay).
    var searchBox = document.getElementById("__search");
    var search = document.querySelector(".md-search");
    var overlay = window.matchMedia("(max-width: 59.984375em)");
    if (searchBox && search) {
      // tabindex, not inert: Material's "/" and "s" shortcuts must still focus the field, which opens it.
      // The results area, which no shortcut focuses, is inert (a scrollable region must stay focusable)
      // whenever the search is closed, at every width: on a computer it is there but transparent, and Tab
      // from the field, which closes the search (Material, through a click on its box: a change event),
      // went on to it.
      var fields = search.querySelectorAll(".md-search__form input, .md-search__form button");
      var output = search.querySelector(".md-search__output");
      Array.prototype.forEach.call(fields, function (el) { el.dataset.tabindex = el.getAttribute("tabindex") || ""; });
      var syncSearch = function () {
        var closed = overlay.matches && !searchBox.checked;
        Array.prototype.forEach.call(fields, function (el) {
          if (closed) el.setAttribute("tabindex", "-1");
          else if (el.dataset.tabindex) el.setAttribute("tabindex", el.dataset.tabindex);
          else el.removeAttribute("tabindex");
        });
        if (output) output.inert = !searchBox.checked;
      };
      searchBox.addEventListener("change", syncSearch);
      if (overlay.addEventListener) overlay.addEventListener("change", syncSearch);
      syncSearch();
    }
    // Escape closes the open menu and gives the focus back to its button.
    document.addEventListener("keydown", function (e) {
      var drawer = document.getElementById("__drawer");
      if (e.key !== "Escape" || !drawer || !drawer.checked) return;
      drawer.click();
      var button = document.querySelector('button[data-toggle="__drawer"]');
      if (button) button.focus();
    });
  }

  function drawerKeyboard() {
    // On small screens the menu's sections are panels that slide over the menu; Material opens them with
    // <label>s the keyboard cannot reach, and leaves the closed panels' links (and the page behind the open
    // drawer) in the tab order, where the focus disappears. Each section's arrow and back label become
    // buttons, and whatever is out of sight is inert.
    var drawer = document.getElementById("__drawer");
    var sidebar = document.querySelector(".md-sidebar--primary");
    if (!drawer || !sidebar) return;
    var small = window.matchMedia("(max-width: 76.234375em)");  // Material's breakpoint for the drawer
    var meta = function (name) { var m = document.querySelector('meta[name="' + name + '"]'); return m ? m.content : ""; };
    var boxes = Array.prototype.slice.call(sidebar.querySelectorAll("input.md-nav__toggle[id]"));
    // The open drawer covers the whole page, its header included: Escape or the overlay closes it.
    var behind = [".md-skip", ".md-header", ".md-content", ".md-sidebar--secondary", ".md-top", ".md-footer"]
      .map(function (s) { return document.querySelector(s); });
    function asButton(label, name, focusAfter) {
      if (!label) return;
      label.setAttribute("role", "button");
      label.setAttribute("aria-label", name);
      label.addEventListener("keydown", function (e) {
        if (e.key !== "Enter" && e.key !== " ") return;
        // Material itself clicks a focused label on Enter; Space, a button's other key, is ours.
        if (e.key === " ") { e.preventDefault(); label.click(); }
        setTimeout(function () { var next = focusAfter(); if (next) next.focus(); }, 50);
      });
    }
    var covered = [];  // what an open panel hides, made inert until it closes
    // Each section: its checkbox, its panel, the arrow that opens it and the panel's label that closes it.
    var sections = boxes.map(function (box) {
      var item = box.parentNode;
      var panel = item.querySelector(":scope > nav.md-nav");
      var name = (item.querySelector(":scope > .md-nav__link, :scope > label.md-nav__link") || item).textContent.trim();
      var arrow = item.querySelector(':scope > .md-nav__container > label[for="' + box.id + '"], :scope > label.md-nav__link[for="' + box.id + '"]');
      var back = panel && panel.querySelector(':scope > label.md-nav__title[for="' + box.id + '"]');
      asButton(arrow, meta("imt-submenu-open").replace("{name}", name), function () {
        return back || (panel && panel.querySelector("a[href]"));
      });
      asButton(back, meta("imt-submenu-close").replace("{name}", name), function () { return arrow; });
      box.addEventListener("change", update);
      return { box: box, panel: panel, arrow: arrow, back: back };
    });
    function update() {
      var on = small.matches;
      var open = on && boxes.filter(function (b) { return b.checked; }).pop();
      sections.forEach(function (s) {
        if (s.panel) s.panel.inert = on && !s.box.checked;
        if (s.arrow) {
          s.arrow.tabIndex = on ? 0 : -1;
          s.arrow.setAttribute("aria-expanded", String(s.box.checked));
        }
        if (s.back) s.back.tabIndex = on && s.box.checked ? 0 : -1;
      });
      // An open panel covers the menu it came from: only the panel (and its own open panels) stay reachable.
      covered.forEach(function (el) { el.inert = false; });
      covered = [];
      if (open) {
        var panel = open.parentNode.querySelector(":scope > nav.md-nav");
        var node = open.parentNode;
        while (node && node !== sidebar) {
          Array.prototype.forEach.call(node.parentNode.children, function (sibling) {
            if (sibling !== node && sibling.classList && sibling.classList.contains("md-nav__item")) covered.push(sibling);
          });
          var own = node.querySelector(":scope > .md-nav__container, :scope > a.md-nav__link, :scope > label.md-nav__link");
          if (own && !own.contains(panel)) covered.push(own);
          // The title (and way back) of the level the panel slid over: the logo at the top level.
          var level = node.parentNode.closest("nav.md-nav");
          var title = level && level.querySelector(":scope > label.md-nav__title");
          if (title) covered.push(title);
          node = node.parentNode.closest(".md-nav__item");
        }
        covered.forEach(function (el) { el.inert = true; });
      }
      behind.forEach(function (el) { if (el) el.inert = on && drawer.checked; });
    }
    // A panel still sliding in lies to the right of the menu: focusing it (our focus on a slow phone, or Tab)
    // scrolled the menu sideways, and once the panel had slid in it sat off screen: a blank menu. The menu
    // never scrolls sideways (not preventScroll: going back, the section's button may need a vertical scroll).
    var wrap = sidebar.querySelector(".md-sidebar__scrollwrap");
    if (wrap) wrap.addEventListener("scroll", function () { if (wrap.scrollLeft) wrap.scrollLeft = 0; });
    drawer.addEventListener("change", update);
    if (small.addEventListener) small.addEventListener("change", update);
    update();
  }

  function run() {
    headerButtons();
    drawerKeyboard();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
