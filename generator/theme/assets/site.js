/* The site's own behaviour: sortable tables, tables that read as cards on phones, session banners, "open now and next", calendar status,
   the filters of the diploma matrix and the seats. Every date comparison uses the visitor's clock, read as French time. */
(function () {
  "use strict";

  function now() {
    // The pages embed French times ("YYYY-MM-DDTHH:MM", like the notices): the visitor's clock is read
    // in Europe/Paris, so that a candidate abroad sees the same status as one in France. The wizard
    // (wizard.js) sends the same clock to its engine through window.imtFrenchNow.
    var parts = {};
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + "-" + parts.month + "-" + parts.day + "T" + parts.hour + ":" + parts.minute;
  }

  window.imtFrenchNow = now;

  function localDate(stamp) {
    // "2026-03-20" in the page's language: "20 mars 2026". The pages' own dates and times come written.
    var n = stamp.split("-").map(Number);
    var opts = { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" };
    // British English, as the pages' own dates ("20 March 2026").
    return new Intl.DateTimeFormat(document.documentElement.lang === "en" ? "en-GB" : "fr-FR", opts)
      .format(new Date(Date.UTC(n[0], n[1] - 1, n[2])));
  }

  // The pages' statuses; the wizard's come from its engine (wizard/deadline.py status()), by the same rule.
  function state(start, end, today) {
    if (start && today < start) return "upcoming";
    if (end && today > end) return "over";
    return "open";
  }

  function wordsSort() {
    // Words sort as a dictionary of the page's language does: "Élèves" before "Universités", where
    // Tablesort's own sort compares code points and puts accented initials last. Tried after the
    // number sort; keys without a letter (the dates' "2026-03-20T23:00") keep Tablesort's own.
    if (typeof Tablesort === "undefined") return;
    var collator = new Intl.Collator(document.documentElement.lang || "fr", { numeric: true });
    Tablesort.extend("words", function (item) { return /\p{L}/u.test(item); },
      function (a, b) { return collator.compare(b.trim(), a.trim()); });
  }

  function sortableTables(root) {
    if (typeof Tablesort === "undefined") return;
    root.querySelectorAll("article table").forEach(function (table) {
      // Rules are tried in order: their tables keep it.
      if (table.dataset.sortable || !table.tHead || table.closest(".keep-order")) return;
      // Three rows (the three schools) have no order worth choosing, and their header as a row of buttons
      // takes a phone's screen: it stays a header.
      var rows = table.tBodies[0] ? table.tBodies[0].rows : [];
      if (rows.length < 4) return;
      table.dataset.sortable = "yes";
      // Nor is a column with nothing to order: empty ("—" only), or the same in every row (a link "ICS").
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
        var seen = {};
        Array.prototype.forEach.call(rows, function (tr) {
          var words = tr.cells[i] ? tr.cells[i].textContent.trim() : "";
          if (!/^[\s—]*$/.test(words)) seen[words] = true;
        });
        if (Object.keys(seen).length < 2) { th.setAttribute("data-sort-method", "none"); th.classList.add("no-sort"); }
      });
      // Sort keys: <time datetime> for dates, <data value> for numbers.
      table.querySelectorAll("tbody td").forEach(function (cell) {
        var key = cell.querySelector("time[datetime], data[value]");
        if (key) cell.setAttribute("data-sort", key.getAttribute("datetime") || key.getAttribute("value"));
      });
      // A link in a header (the matrix's "*" to the conditions for everyone) is followed, not taken for a
      // sort: its click and Enter stop before they reach the header's handlers.
      table.tHead.querySelectorAll("a").forEach(function (a) {
        a.addEventListener("click", function (e) { e.stopPropagation(); });
        a.addEventListener("keydown", function (e) { if (e.key === "Enter") e.stopPropagation(); });
      });
      new Tablesort(table);
      // Each header that sorts holds a real button (named by the header's words, which a screen reader
      // announces as a button, where a focusable header cell is only a "column header"): its click bubbles
      // to Tablesort's handler, Space and Enter are a button's own keys. The cell leaves the tab order.
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
        if (th.getAttribute("data-sort-method") === "none") return;
        th.removeAttribute("tabindex");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        Array.prototype.slice.call(th.childNodes).forEach(function (node) {
          if (!(node.nodeType === 1 && node.tagName === "A")) button.appendChild(node);
        });
        th.insertBefore(button, th.firstChild);
      });
    });
  }

  function namedTables(root) {
    // A table is named by the heading it follows, which a screen reader says on reaching it (a table
    // alone reads as "table, 7 columns"): the heading's words, without its "¶" link. A heading of the
    // fourth level ("Seats") is one of several alike on its page: its section's heading follows it.
    var headings = Array.prototype.slice.call(root.querySelectorAll("article h1, article h2, article h3, article h4"));
    var words = function (h) {
      return Array.prototype.filter.call(h.childNodes, function (n) {
        return !(n.classList && n.classList.contains("headerlink"));
      }).map(function (n) { return n.textContent; }).join("").replace(/\s+/g, " ").trim();
    };
    root.querySelectorAll("article table").forEach(function (table) {
      if (table.caption || table.hasAttribute("aria-label") || table.hasAttribute("aria-labelledby")) return;
      var before = headings.filter(function (h) {
        return h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      var last = before.pop();
      if (!last) return;
      var name = words(last);
      if (last.tagName === "H4") {
        var section = before.reverse().find(function (h) { return h.tagName < "H4"; });
        if (section) name += " — " + words(section);
      }
      if (name) table.setAttribute("aria-label", name);
    });
  }

  function stackableTables(root) {
    // On a phone, a data table of 3 columns or more reads as one card per row (site.css). Each cell is
    // given its column's name to show, and explicit roles, which CSS display changes would drop.
    root.querySelectorAll("article table:not(.matrix):not(.week-grid)").forEach(function (table) {
      if (!table.tHead || table.dataset.stack) return;
      var names = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent.trim(); });
      if (names.length < 3) return;
      table.dataset.stack = "yes";
      // The header row becomes a bar of sort buttons: it is introduced as such ("Trier par :").
      var sortBy = document.querySelector('meta[name="imt-sort-by"]');
      if (sortBy && table.dataset.sortable) table.tHead.rows[0].dataset.sortBy = sortBy.content;
      table.setAttribute("role", "table");
      Array.prototype.forEach.call(table.querySelectorAll("thead, tbody"), function (g) { g.setAttribute("role", "rowgroup"); });
      Array.prototype.forEach.call(table.rows, function (tr) {
        tr.setAttribute("role", "row");
        Array.prototype.forEach.call(tr.cells, function (cell, i) {
          if (cell.tagName === "TH") {
            if (!cell.hasAttribute("role")) cell.setAttribute("role", cell.scope === "row" ? "rowheader" : "columnheader");
            return;
          }
          cell.setAttribute("role", "cell");
          if (names[i]) cell.dataset.label = names[i];
        });
      });
    });
  }

  function banners(root, today) {
    root.querySelectorAll(".session-banner").forEach(function (el) {
      var current = el.dataset.current === "true";
      var s = current ? state(el.dataset.open, el.dataset.close, today) : "over";
      if (s === "over" && current && today <= el.dataset.last) s = "closed";
      var text = el.dataset["text" + s.charAt(0).toUpperCase() + s.slice(1)];
      if (s === "over" && current) text += ". " + el.dataset.textNext;
      var line = el.querySelector(".session-state") || document.createElement("p");
      line.className = "session-state";
      line.textContent = text;
      el.dataset.state = s;
      if (!line.parentNode) el.insertBefore(line, el.firstChild);
    });
  }

  function statuses(root, today) {
    root.querySelectorAll(".event-status").forEach(function (el) {
      var s = state(el.dataset.start, el.dataset.end, today);
      var word = s === "over" ? "closed" : s;
      el.textContent = el.dataset[word];
      el.dataset.state = word;
    });
  }

  // A table's filter form: its choices by column ({school: "albi", kind: ""}).
  function choices(form) {
    var wanted = {};
    if (form) form.querySelectorAll("select[data-column]").forEach(function (s) { wanted[s.dataset.column] = s.value; });
    return wanted;
  }

  // The form shows once the script can act on it. Its choices live in the address (?school=albi&kind=bts), so
  // that a filtered table can be shared, bookmarked and found again with Back; a value the lists do not offer
  // is ignored. `apply` shows the rows chosen.
  function filterForm(form, apply) {
    form.hidden = false;
    var q = new URLSearchParams(location.search);
    form.querySelectorAll("select[data-column]").forEach(function (s) {
      var v = q.get(s.dataset.column);
      if (v && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
    });
    form.addEventListener("change", function () {
      apply();
      var address = new URLSearchParams(location.search);
      Object.entries(choices(form)).forEach(function (kv) {
        if (kv[1]) address.set(kv[0], kv[1]); else address.delete(kv[0]);
      });
      var query = address.toString();
      history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    // On paper the form is left out: a line says which rows and columns the printed table keeps.
    window.addEventListener("beforeprint", function () {
      var line = form.nextElementSibling && form.nextElementSibling.matches(".filter-print") ? form.nextElementSibling : null;
      var chosen = [];
      form.querySelectorAll("select[data-column]").forEach(function (s) {
        var label = form.querySelector('label[for="' + s.id + '"]');
        if (s.value && label) chosen.push(label.textContent.trim() + form.dataset.colon + " " + s.selectedOptions[0].textContent.trim());
      });
      if (!chosen.length) { if (line) line.remove(); return; }
      if (!line) {
        line = document.createElement("p");
        line.className = "filter-print";
        form.insertAdjacentElement("afterend", line);
      }
      var out = form.querySelector("output");
      line.textContent = form.dataset.print + " — " + chosen.join(form.dataset.semicolon) + (out && out.textContent ? " (" + out.textContent + ")" : "");
    });
  }

  // Whether a row's keys (its .row-keys mark: data-school="albi ales") hold every value chosen.
  function matches(keys, wanted) {
    return Object.keys(wanted).every(function (k) {
      return !wanted[k] || (keys[k] || "").split(" ").indexOf(wanted[k]) >= 0;
    });
  }

  // The first table of the article after an element (a Markdown table cannot carry an id).
  function tableAfter(root, el) {
    return Array.prototype.find.call(root.querySelectorAll("article table"), function (t) {
      return el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
  }

  function shownCount(form, n, many, one) {
    var plural = new Intl.PluralRules(document.documentElement.lang || "fr");
    return n + " " + (plural.select(n) === "one" ? form.dataset[one || "shownOne"] : form.dataset[many || "shown"]);
  }

  function rowFilter(root) {
    // A table whose rows carry their keys (the seats): the form above it shows the rows that match.
    root.querySelectorAll("form.row-filter").forEach(function (form) {
      var table = tableAfter(root, form);
      var out = form.querySelector("output");
      if (!table) return;
      var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (tr) { return tr.querySelector(".row-keys"); });
      function apply() {
        var wanted = choices(form);
        var shown = 0;
        rows.forEach(function (tr) {
          tr.hidden = !matches(tr.querySelector(".row-keys").dataset, wanted);
          if (!tr.hidden) shown += 1;
        });
        if (out) out.textContent = shownCount(form, shown);
      }
      filterForm(form, apply);
      apply();
    });
  }

  function calendarTools(root) {
    // Above the calendar: how many of the steps shown are open, upcoming and closed; a school and a channel
    // filter (each step's status names its schools and channels); and a switch that hides the closed steps
    // (offered only when some are not closed, so that the table never empties). It starts on: on a phone, a
    // past session's two dozen cards came before the first date still to come.
    root.querySelectorAll(".calendar-tools").forEach(function (box) {
      var table = tableAfter(root, box);
      if (!table || box.dataset.ready) return;
      box.dataset.ready = "yes";
      var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (tr) { return tr.querySelector(".event-status"); });
      var marks = rows.map(function (tr) { return tr.querySelector(".event-status").dataset; });
      var form = root.querySelector("form.calendar-filter");
      var line = document.createElement("p");
      line.setAttribute("aria-live", "polite");
      box.appendChild(line);
      if (!marks.some(function (m) { return m.state !== "closed"; })) {
        var past = document.createElement("p");
        past.textContent = box.dataset.allPast;
        box.appendChild(past);
      }
      var check = null;
      var closed = marks.filter(function (m) { return m.state === "closed"; }).length;
      if (closed && closed < marks.length) {
        var label = document.createElement("label");
        check = document.createElement("input");
        check.type = "checkbox";
        check.checked = true;
        label.appendChild(check);
        label.appendChild(document.createTextNode(" " + box.dataset.hidePast));
        box.appendChild(label);
      }
      function apply() {
        var wanted = choices(form);
        var count = { open: 0, upcoming: 0, closed: 0 };
        rows.forEach(function (tr, i) {
          var m = marks[i];
          var match = matches(m, wanted);
          if (match) count[m.state] += 1;
          tr.hidden = !match || (check !== null && check.checked && m.state === "closed");
        });
        line.textContent = box.dataset.counts.replace(/\{(\w+)\}/g, function (_, k) { return count[k]; });
      }
      if (check) {
        check.addEventListener("change", apply);
        // On paper the switch is left out: a line says that the printed table leaves the past dates out.
        var printed = document.createElement("p");
        printed.className = "filter-print";
        printed.textContent = box.dataset.pastHidden;
        box.appendChild(printed);
        check.addEventListener("change", function () { printed.hidden = !check.checked; });
      }
      if (form) filterForm(form, apply);
      apply();
    });
  }

  function item(href, title, rest) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href;
    a.textContent = title;
    li.appendChild(a);
    li.appendChild(document.createTextNode(rest));
    return li;
  }

  function todayLists(root, today) {
    var sessions = root.querySelector("#imt-sessions");
    var events = root.querySelector("#imt-events");
    var openBox = root.querySelector("#today-open");
    var nextBox = root.querySelector("#today-next");
    if (!sessions || !events || !openBox || !nextBox) return;
    var all = JSON.parse(sessions.textContent);
    var open = all.filter(function (s) { return state(s.open, s.close, today) === "open"; });
    // The ended sessions are named: while one channel takes applications, the others' next notices are missing.
    var over = all.filter(function (s) { return state(s.open, s.last, today) === "over"; });
    // The first six steps to come, and any other on the sixth's day (one school's exams beside another's).
    var coming = JSON.parse(events.textContent).filter(function (e) { return e.end >= today; });
    var cut = Math.min(6, coming.length);
    while (cut < coming.length && coming[cut].start.slice(0, 10) === coming[cut - 1].start.slice(0, 10)) cut++;
    var next = coming.slice(0, cut);
    function fill(box, rows, render) {
      box.textContent = "";
      if (!rows.length) {
        var p = document.createElement("p");
        p.textContent = box.dataset.empty;
        box.appendChild(p);
        return;
      }
      var ul = document.createElement("ul");
      rows.forEach(function (row) { ul.appendChild(render(row)); });
      box.appendChild(ul);
    }
    fill(openBox, open, function (s) { return item(s.url, s.title, " — " + s.closes); });
    if (over.length) {
      var ended = document.createElement("p");
      ended.className = "today-over";
      ended.textContent = openBox.dataset.over.replace("{sessions}", over.map(function (s) { return s.label; })
        .join(openBox.dataset.separator));
      openBox.appendChild(ended);
    }
    fill(nextBox, next, function (e) { return item(e.url, e.label, " — " + e.when + " (" + e.session + ")"); });
  }

  function matrixFocus(root) {
    // The matrix scrolls in its own box under a sticky row of route names and beside a pinned speciality
    // column, whose sizes change with the screen: a cell reached with the keyboard is scrolled clear of them,
    // and wholly inside the box, once the browser has brought it into view (it aligns it with the box's
    // edge, under the sticky parts). CSS scroll margins could only guess those sizes.
    // The header cells stick, not the header row: its own box stays where the rows scrolled it.
    function below(cells) {
      return Math.max.apply(null, Array.prototype.map.call(cells, function (th) { return th.getBoundingClientRect().bottom; }));
    }
    root.querySelectorAll("table.matrix").forEach(function (table) {
      table.addEventListener("focusin", function (event) {
        var cell = event.target.closest("td, th");
        if (!cell || !table.tHead) return;
        var head = table.tHead.contains(cell);
        // A verdict lies clear of the route names and of its row's speciality; a route's "*", of the corner
        // cell that stays over the specialities.
        var pinned = head ? table.tHead.rows[0].cells[1] : cell.parentElement.querySelector("th[scope='row']");
        if (pinned === cell) return;
        requestAnimationFrame(function () {
          var box = table.getBoundingClientRect();
          var r = event.target.getBoundingClientRect();
          var top = head ? box.top + table.clientTop : below(table.tHead.rows[0].cells);
          var left = pinned ? pinned.getBoundingClientRect().right : box.left;
          var right = box.left + table.clientLeft + table.clientWidth;
          var bottom = box.top + table.clientTop + table.clientHeight;
          var gap = 4;
          if (r.left < left) table.scrollLeft -= left - r.left + gap;
          else if (r.right > right) table.scrollLeft += r.right - right + gap;
          if (r.top < top) table.scrollTop -= top - r.top + gap;
          else if (r.bottom > bottom) table.scrollTop += r.bottom - bottom + gap;
        });
      });
    });
  }

  function matrixFilter(root) {
    root.querySelectorAll("form.matrix-filter").forEach(function (form) {
      var table = document.getElementById(form.dataset.target);
      var out = form.querySelector("output");
      if (!table) return;
      var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
      function narrow() {
        // The speciality list offers only what the chosen kind of diploma has in the table.
        var kind = form.querySelector('select[data-column="kind"]');
        var speciality = form.querySelector('select[data-column="speciality"]');
        if (!kind || !speciality) return;
        var present = {};
        rows.forEach(function (tr) { if (!kind.value || tr.dataset.kind === kind.value) present[tr.dataset.speciality] = true; });
        Array.prototype.forEach.call(speciality.options, function (o) {
          o.hidden = o.disabled = !!o.value && !present[o.value];
        });
        if (speciality.selectedOptions[0] && speciality.selectedOptions[0].disabled) speciality.value = "";
      }
      function apply() {
        narrow();
        var wanted = choices(form);
        // The school and channel filters keep the columns of their routes (a header names its route's);
        // the diploma kind and speciality columns have neither and always stay.
        var columns = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
          return ["school", "channel"].every(function (key) {
            return !wanted[key] || !th.dataset[key] || th.dataset[key] === wanted[key];
          });
        });
        var shown = 0;
        // A few route columns left print at a readable size, their names across (site.css).
        table.classList.toggle("few-columns", columns.filter(Boolean).length <= 2 + 6);
        Array.prototype.forEach.call(table.rows, function (tr) {
          Array.prototype.forEach.call(tr.cells, function (cell, i) { cell.hidden = !columns[i]; });
        });
        table.querySelectorAll("tbody tr").forEach(function (tr) {
          var ok = (!wanted.kind || tr.dataset.kind === wanted.kind) &&
            (!wanted.speciality || tr.dataset.speciality === wanted.speciality);
          tr.hidden = !ok;
          if (ok) shown += 1;
        });
        // The route columns too, or a school filter, which changes only those, would be announced as nothing.
        var routes = Array.prototype.filter.call(table.tHead.rows[0].cells, function (th, i) {
          return columns[i] && th.dataset.school;
        }).length;
        if (out) out.textContent = shownCount(form, shown) + ", " + shownCount(form, routes, "routes", "routesOne");
      }
      filterForm(form, apply);
      apply();
    });
  }

  function focusableCode(root) {
    // A code block that scrolls sideways must be reachable with the keyboard to be scrolled.
    root.querySelectorAll("article pre > code").forEach(function (code) { code.tabIndex = 0; });
  }

  function focusableAbbreviations(root) {
    // An abbreviation's explanation shows on hover, on a tap and on focus (Material's content.tooltips). The
    // first of each term on the page, outside a folded part, takes the keyboard too: every one would double
    // a notice page's tab stops (some 300), and the glossary page lists them all.
    var seen = {};
    root.querySelectorAll("article abbr[title]").forEach(function (abbr) {
      var term = abbr.textContent;
      if (seen[term] || abbr.closest("details:not([open])")) return;
      seen[term] = true;
      abbr.tabIndex = 0;
    });
  }

  function jumpList(root) {
    // A notice page runs to dozens of screens on a phone, where Material hides its table of contents in
    // the menu: a list of the page's sections, built from its own headings, opens it.
    var article = root.querySelector("article");
    if (!article || !article.querySelector(".session-banner")) return;
    var heads = article.querySelectorAll("h2[id]");
    if (heads.length < 4) return;
    var nav = document.createElement("nav");
    nav.className = "jump-list";
    var label = document.querySelector('meta[name="imt-on-this-page"]');
    if (label) nav.setAttribute("aria-label", label.content);
    var list = document.createElement("ul");
    heads.forEach(function (h) {
      var a = document.createElement("a");
      a.href = "#" + h.id;
      a.textContent = h.textContent.replace(/\s+/g, " ").trim();
      var li = document.createElement("li");
      li.appendChild(a);
      list.appendChild(li);
    });
    nav.appendChild(list);
    heads[0].parentNode.insertBefore(nav, heads[0]);
  }

  function urlLinks(root) {
    // A link that reads as its own address does not print it a second time (site.css). Again before
    // printing: the wizard draws its cards later.
    var bare = function (u) { return u.replace(/^https?:\/\//, "").replace(/\/$/, ""); };
    var mark = function () {
      root.querySelectorAll('article a[href^="http"]').forEach(function (a) {
        if (bare(a.textContent.trim()) === bare(a.getAttribute("href"))) a.classList.add("is-url");
      });
    };
    mark();
    window.addEventListener("beforeprint", mark);
  }

  function placeInPage() {
    // The section being read: the last heading whose anchor is the same in both languages
    // (.same-anchor, set by the page templates) that has come up to the top, under the header
    // (none at the page's top: the other page opens at its title).
    var found = "";
    var header = document.querySelector(".md-header");
    var top = (header ? header.getBoundingClientRect().bottom : 0) + window.innerHeight / 8;
    document.querySelectorAll("article .same-anchor[id]").forEach(function (h) {
      if (h.getBoundingClientRect().top <= top) found = "#" + h.id;
    });
    return found;
  }

  function keepQueryAcrossLanguages() {
    // The wizard keeps its profile in the address: the other language opens with the same profile, and
    // any page at the section being read.
    document.addEventListener("click", function (e) {
      var link = e.target.closest && e.target.closest("a[hreflang]");
      if (!link) return;
      var hash = placeInPage();
      if (location.search || hash) link.href = link.href.split(/[?#]/)[0] + location.search + hash;
    });
    // "Back to top" hides once used: the keyboard's focus goes to the page title instead of the page's start.
    document.addEventListener("click", function (e) {
      var title = e.target.closest && e.target.closest(".md-top") && document.querySelector("article h1");
      if (!title) return;
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    });
    // Escape closes the language list (Material opens it on focus and hover) and leaves the focus on its button.
    document.addEventListener("keydown", function (e) {
      var list = e.key === "Escape" && document.activeElement && document.activeElement.closest(".md-select");
      if (!list) return;
      var button = list.querySelector("button");
      if (button) button.focus();
      list.classList.add("imt-select-closed");  // site.css; the next focus move or hover opens it again
      var reopen = function () { list.classList.remove("imt-select-closed"); };
      list.addEventListener("mouseleave", reopen, { once: true });
      list.addEventListener("focusout", reopen, { once: true });
    });
  }

  function printOrigin() {
    // A printed page says where and when it was printed, under its title: notices change every session.
    var meta = document.querySelector('meta[name="imt-printed-from"]');
    var title = document.querySelector("article h1");
    if (!meta || !title) return;
    window.addEventListener("beforeprint", function () {
      var line = document.querySelector(".print-origin") || document.createElement("p");
      line.className = "print-origin";
      // A function, as the address may hold "$&" or "$'", which a replacement string reads as patterns.
      line.textContent = meta.content.replace("{date}", localDate(now().slice(0, 10)))
        .replace("{url}", function () { return location.href.split("#")[0]; });
      if (!line.parentNode) title.insertAdjacentElement("afterend", line);
    });
  }

  function pastedSearch() {
    // Material's search reads its field on keyup only: text pasted from a menu (a phone's long press, a
    // mouse's right click) or dropped there found nothing until a key was pressed. Any change of the field
    // now reads as a keyup; Material ignores a value it has already searched.
    var field = document.querySelector("[data-md-component=search-query]");
    if (!field) return;
    field.addEventListener("input", function (e) {
      if (e.isComposing) return;
      field.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    });
  }

  function searchKeys() {
    // Tab leaves Material's search, closing it: its field says that the arrows reach the results.
    // Escape closes the search and Material blurs its field: on a wide screen, where the field sits in the
    // header, the keyboard was left on the page's <body>. It goes back where it was before the search, as a
    // closed dialog gives it back (on a phone Material already puts it on the search button).
    var search = document.querySelector(".md-search");
    if (!search) return;
    var field = search.querySelector(".md-search__input");
    var keys = document.querySelector('meta[name="imt-search-keys"]');
    if (field && keys) {
      var hint = document.createElement("span");
      hint.id = "search-keys";
      hint.className = "visually-hidden";
      hint.textContent = keys.content;
      search.appendChild(hint);
      field.setAttribute("aria-describedby", hint.id);
    }
    var before = null;
    var escaped = false;
    document.addEventListener("focusin", function (e) {
      if (!search.contains(e.target)) before = e.target;
    });
    // Material blurs the field when its own handlers run, which may come after this one: the focus is given
    // back once it has left the search for nowhere (<body>), whichever comes first.
    function giveBack() {
      if (!escaped) return;
      var now = document.activeElement;
      if (now && now !== document.body && !search.contains(now)) escaped = false;  // the reader moved on
      else if ((!now || now === document.body) && before && document.contains(before)) {
        escaped = false;
        before.focus();
      }
    }
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || !search.contains(e.target)) return;
      escaped = true;
      setTimeout(giveBack, 50);
    }, true);
    search.addEventListener("focusout", function (e) {
      if (escaped && !search.contains(e.relatedTarget)) setTimeout(giveBack);
    });
  }

  // Material shows a search result's whole section, which for a table ran to fourteen screens on a phone
  // ("BUT": the diploma matrix). A long result keeps some 500 characters around its first marked word.
  function searchExcerpts() {
    var list = document.querySelector(".md-search-result__list");
    if (!list) return;
    var LONG = 600, BEFORE = 150, AFTER = 350;
    function shorten(article) {
      if (article.dataset.excerpt) return;
      article.dataset.excerpt = "yes";
      var heading = article.querySelector(":scope > h1, :scope > h2");
      if (!heading) return;
      var parts = [];  // the result's text: what follows its title, up to its "missing" terms or tags
      for (var n = heading.nextSibling; n && !(n.nodeType === 1 && n.matches(".md-search-result__terms, nav")); n = n.nextSibling) parts.push(n);
      var texts = [], total = 0, at = null;
      parts.forEach(function (part) {
        var walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
        for (var t = part.nodeType === 3 ? part : walker.nextNode(); t; t = part.nodeType === 3 ? null : walker.nextNode()) {
          if (at === null && t.parentNode.closest && t.parentNode.closest("mark")) at = total;
          texts.push([t, total]);
          total += t.data.length;
        }
      });
      if (total < LONG) return;
      // Around the first mark, or the text's start when only the title has one; cut between words.
      var from = at === null ? 0 : Math.max(0, at - BEFORE), to = Math.min(total, from + BEFORE + AFTER);
      var all = texts.map(function (t) { return t[0].data; }).join("");
      var space = all.indexOf(" ", from);
      if (from > 0 && space !== -1 && space < at) from = space + 1;
      space = all.lastIndexOf(" ", to);
      if (to < total && space > from) to = space;
      // A start in the node that holds it; an end in the node it ends, not at the start of the next one (whose
      // empty copy would show as a bullet or a paragraph).
      function point(offset, end) {
        for (var i = texts.length - 1; i >= 0; i--) {
          if (end ? texts[i][1] < offset : texts[i][1] <= offset) return [texts[i][0], offset - texts[i][1]];
        }
        return [texts[0][0], 0];
      }
      var range = document.createRange();
      range.setStart.apply(range, point(from, false));
      range.setEnd.apply(range, point(to, true));
      var excerpt = range.cloneContents();
      // A range within one list or paragraph clones its items or words without it: wrap them again in
      // (empty copies of) the elements that held them, or a list's items would lie outside any list.
      for (var holder = range.commonAncestorContainer; holder && holder !== article; holder = holder.parentNode) {
        if (holder.nodeType !== 1) continue;
        var copy = holder.cloneNode(false);
        copy.appendChild(excerpt);
        excerpt = copy;
      }
      var next = parts[parts.length - 1].nextSibling;
      parts.forEach(function (part) { part.remove(); });
      article.insertBefore(document.createTextNode(from > 0 ? "… " : ""), next);
      article.insertBefore(excerpt, next);
      if (to < total) article.insertBefore(document.createTextNode(" …"), next);
    }
    new MutationObserver(function () {
      list.querySelectorAll("article.md-search-result__article:not([data-excerpt])").forEach(shorten);
    }).observe(list, { childList: true, subtree: true });
  }

  function run() {
    var today = now();
    focusableCode(document);
    focusableAbbreviations(document);
    // Statuses first: a column of them is not empty to sortableTables.
    banners(document, today);
    statuses(document, today);
    wordsSort();
    sortableTables(document);
    stackableTables(document);
    namedTables(document);
    calendarTools(document);
    rowFilter(document);
    todayLists(document, today);
    matrixFilter(document);
    matrixFocus(document);
    keepQueryAcrossLanguages();
    jumpList(document);
    urlLinks(document);
    printOrigin();
    pastedSearch();
    searchKeys();
    searchExcerpts();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
