/* Material's search worker (named by main.html in this script's address, ?worker=…), with three changes a
   reader expects of a French site's search:
   - Accents do not matter: "Ales" finds "Alès", "etranger" finds "étranger" (a phone or an English keyboard
     types them with difficulty). The index's words and the query are both folded (é → e); the results still
     show, and mark, the words as written.
   - A query's stop words ("frais de candidature": "de") are dropped, as the index dropped them: Material
     searched each word as a prefix, so "de" marked every "destinée" and "dernière" and was reported as not
     found.
   - In English, "but" is searched: lunr's stop-word list holds it, and the BUT is a diploma.
   A result's terms go back to words as the page writes them, which its link (?h=) marks on the page it opens.
   It sits beside Material's worker, whose language files load from paths relative to the worker's own. */
(function () {
  "use strict";
  var worker = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(worker)) throw new Error("search-fold.js: no worker named");
  var SETUP = 0, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var lang = "en";
  var typed = {};  // each folded query word as typed

  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }

  function stopWord(word) {
    var filter = lang === "en" ? lunr.stopWordFilter : lunr[lang] && lunr[lang].stopWordFilter;
    return !!filter && filter(new lunr.Token(word.toLowerCase(), {})) === undefined;
  }

  // A query word without lunr's syntax around it ('"frais', '+de', 'alès*', 'alès,').
  function bare(word) { return word.replace(/^[+\-"]+/, "").replace(/["*~^\d.,;!?]+$/, "").toLowerCase(); }

  // A query's stop words are left out, quoted or required ones too ('"frais de candidature"' required "de",
  // which the index does not hold), unless the query has nothing else; a quote mark stays where it was.
  function query(text) {
    var words = text.split(/\s+/).filter(Boolean);
    typed = {};
    words.forEach(function (w) { typed[fold(bare(w))] = bare(w); });
    var kept = words.map(function (w) { return bare(w) && stopWord(bare(w)) ? w.replace(/[^"]/g, "") : w; });
    var any = kept.some(function (w, i) { return w === words[i]; });
    return fold((any ? kept : words).filter(Boolean).join(" "));
  }

  // A result's words for its link (?h=), which marks them on the page it opens, matching accents exactly: the
  // form the result marks ("Alès" for "ales"), else as typed.
  function written(term, item) {
    var marked = ((item.title || "") + " " + (item.text || "")).match(/<mark>[^<]*<\/mark>/g) || [];
    for (var i = 0; i < marked.length; i++) {
      var word = marked[i].slice(6, -7).toLowerCase();
      if (fold(word).indexOf(term) === 0) return word.slice(0, term.length);
    }
    return typed[term] || term;
  }

  // Material's worker is read at its first message, the index's set-up, which comes once the reader opens search
  // (search-defer.js): a page that is not searched does not load it (40 KB). Its message handlers are kept here
  // and called with each message, the query rewritten.
  var handlers = [];
  var listen = self.addEventListener;
  self.addEventListener = function (type, handler, options) {
    if (type !== "message") return listen.call(self, type, handler, options);
    handlers.push(handler);
  };
  listen.call(self, "message", function (event) {
    if (!handlers.length) load();
    var message = event.data;
    if (message && message.type === SETUP) lang = (message.data.config.lang || ["en"])[0];
    if (message && message.type === QUERY) message = { type: QUERY, data: query(String(message.data)) };
    handlers.forEach(function (handler) { handler.call(self, { data: message }); });
  });

  var post = self.postMessage;
  self.postMessage = function (message) {
    if (message && message.type === RESULT) {
      message.data.items.forEach(function (group) {
        group.forEach(function (item) {
          var terms = {};
          Object.keys(item.terms || {}).forEach(function (t) { terms[written(t, item)] = item.terms[t]; });
          item.terms = terms;
        });
      });
    }
    return post.apply(self, arguments);
  };

  function load() {
    importScripts(worker);

    // Every index this worker builds folds its words after Material's pipeline (its stop words, as written).
    function folded(token) { return token.update(fold); }
    lunr.Pipeline.registerFunction(folded, "imtFold");
    var add = lunr.Builder.prototype.add;
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.imtFolding) { this.pipeline.add(folded); this.imtFolding = true; }
      return add.call(this, doc, attributes);
    };

    // English: lunr's stop words but "but" (read when Material builds the index, after this).
    var englishStopWords = lunr.stopWordFilter;
    lunr.stopWordFilter = function (token) { return String(token) === "but" ? token : englishStopWords(token); };
    lunr.Pipeline.registerFunction(lunr.stopWordFilter, "imtStopWordFilter");
  }
})();
