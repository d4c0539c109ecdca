/* Material's search worker (named by main.html in this script's address, ?worker=…), with three changes a
   reader expects of a French site's search:
   - Accents do not matter: "Ales" finds "Alès", "etranger" finds "étranger" (a phone or an English keyboard
     types them with difficulty). The index's words and the query are both folded (é → e); the results still
     show, and mark, the words as written.
   - A query's stop words ("frais de candidature": "de") are dropped, as the index dropped them: Material
     searched each word as a prefix, so "de" marked every "destinée" and "dernière" and was reported as not
     found.
   - In English, "but" is searched: lunr's stop-word list holds it, and the BUT is a diploma.
   A result's terms go back to the words as typed, which its link (?h=) marks on the page it opens.
   It sits beside Material's worker, whose language files load from paths relative to the worker's own. */
(function () {
  "use strict";
  var worker = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(worker)) throw new Error("search-fold.js: no worker named");
  var SETUP = 0, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var lang = "en";
  var typed = {};  // each folded query word as typed: a result's link marks it on its page (?h=) as written

  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }

  function stopWord(word) {
    var filter = lang === "en" ? lunr.stopWordFilter : lunr[lang] && lunr[lang].stopWordFilter;
    return !!filter && filter(new lunr.Token(word.toLowerCase(), {})) === undefined;
  }

  // Words of a query: a stop word is left out, unless it is all the query has or is quoted.
  function query(text) {
    typed = {};
    text.toLowerCase().split(/[\s\-]+/).forEach(function (w) { typed[fold(w)] = w; });
    if (/["+\-~^:*]/.test(text)) return fold(text);  // lunr's own syntax: as typed, accents aside
    var words = text.split(/\s+/).filter(Boolean);
    var kept = words.filter(function (w) { return !stopWord(w); });
    return fold((kept.length ? kept : words).join(" "));
  }

  var listen = self.addEventListener;
  self.addEventListener = function (type, handler, options) {
    if (type !== "message") return listen.call(self, type, handler, options);
    return listen.call(self, type, function (event) {
      var message = event.data;
      if (message && message.type === SETUP) lang = (message.data.config.lang || ["en"])[0];
      if (message && message.type === QUERY) message = { type: QUERY, data: query(String(message.data)) };
      return handler.call(self, { data: message });
    }, options);
  };

  var post = self.postMessage;
  self.postMessage = function (message) {
    if (message && message.type === RESULT) {
      message.data.items.forEach(function (group) {
        group.forEach(function (item) {
          var terms = {};
          Object.keys(item.terms || {}).forEach(function (t) { terms[typed[t] || t] = item.terms[t]; });
          item.terms = terms;
        });
      });
    }
    return post.apply(self, arguments);
  };

  importScripts(worker);

  // Every index this worker builds folds its words after Material's pipeline (its stop words, as written).
  function folded(token) { return token.update(fold); }
  lunr.Pipeline.registerFunction(folded, "imtFold");
  var add = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function (doc, attributes) {
    if (!this.imtFolding) { this.pipeline.add(folded); this.imtFolding = true; }
    return add.call(this, doc, attributes);
  };

  // English: lunr's stop words but "but" (read when Material builds the index, after this script).
  var englishStopWords = lunr.stopWordFilter;
  lunr.stopWordFilter = function (token) { return String(token) === "but" ? token : englishStopWords(token); };
  lunr.Pipeline.registerFunction(lunr.stopWordFilter, "imtStopWordFilter");
})();
