/* Material requests the search index (over 300 KB, all the language's text) and builds it in a worker on
   every page load, searched or not. This holds that one request until the reader opens search, that is when
   the search field takes the focus (click, tap, the phone's search button, the "/" and "s" shortcuts all
   focus it). Loaded before Material's bundle, whose XMLHttpRequest for the index is sent as it starts. */
(function () {
  "use strict";
  // The one 404 page serves both languages: at an address under the English root, it searches in English.
  var english = document.querySelector('meta[name="imt-not-found-en"]');
  var config = document.getElementById("__config");
  if (english && config && location.pathname.indexOf(english.content) === 0) {
    var settings = JSON.parse(config.textContent);
    var words = JSON.parse(english.dataset.words || "{}");
    settings.base = english.content;
    Object.keys(settings.translations).forEach(function (key) { if (words[key]) settings.translations[key] = words[key]; });
    config.textContent = JSON.stringify(settings);
    document.addEventListener("DOMContentLoaded", function () {
      var search = document.querySelector(".md-search");
      if (!search) return;
      search.lang = "en";
      search.setAttribute("aria-label", words.search);
      var field = search.querySelector(".md-search__input");
      field.placeholder = words["search.placeholder"];
      field.setAttribute("aria-label", words["search.placeholder"]);
      var reset = search.querySelector('button[type="reset"]');
      if (reset) { reset.title = words["search.reset"]; reset.setAttribute("aria-label", words["search.reset"]); }
      var options = search.querySelector(".md-search__options");
      if (options) options.setAttribute("aria-label", words.search);
      var keys = document.querySelector('meta[name="imt-search-keys"]');
      if (keys && words.search_keys) keys.content = words.search_keys;
    });
  }
  var open;
  var opened = new Promise(function (resolve) { open = resolve; });
  // search.highlight marks a search result's terms on the page it opens: that page needs the index at once.
  if (new URLSearchParams(location.search).get("h")) open();
  var held = new WeakSet();
  var xhrOpen = XMLHttpRequest.prototype.open;
  var xhrSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (/\/search\/search_index\.json$/.test(new URL(String(url), location.href).pathname)) held.add(this);
    return xhrOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!held.has(this)) return xhrSend.apply(this, arguments);
    var request = this;
    var args = arguments;
    opened.then(function () { xhrSend.apply(request, args); });
  };
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) open();
  });
})();
