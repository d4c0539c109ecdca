/* Material's search worker (named by main.html in this script's address, ?worker=…), with what a reader
   expects of a French site's search:
   - Accents do not matter: "Ales" finds "Alès", "etranger" finds "étranger" (a phone or an English keyboard
     types them with difficulty). The index's words and the query are both folded (é → e); the results still
     show, and mark, the words as written.
   - A query's stop words ("frais de candidature": "de") are dropped, as the index dropped them: Material
     searched each word as a prefix, so "de" marked every "destinée" and "dernière" and was reported as not
     found.
   - A query's words split as the index's are (mkdocs.yml's separator: punctuation, apostrophes and quotes),
     curly quotes straightened, French elisions left out: "l’école" finds "école".
   - In English, "but" and "may" are searched: lunr's stop-word list holds them; the BUT is a diploma, May a month.
   A result's terms go back to words as the page writes them, which its link (?h=) marks on the page it opens.
   It sits beside Material's worker, whose language files load from paths relative to the worker's own. */
(function () {
  "use strict";
  var worker = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(worker)) throw new Error("search-fold.js: no worker named");
  var SETUP = 0, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var lang = "en";
  var separator = /[\s\-]+/;  // the index's (mkdocs.yml), from the set-up message
  var typed = {};  // each folded query word as typed

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").replace(/Œ/g, "OE")
      .replace(/æ/g, "ae").replace(/Æ/g, "AE");
  }

  function stopWord(word) {
    var filter = lang === "en" ? lunr.stopWordFilter : lunr[lang] && lunr[lang].stopWordFilter;
    return !!filter && filter(new lunr.Token(word.toLowerCase(), {})) === undefined;
  }

  // What is searched of one query word: the words of its core that are not stop words nor single letters,
  // with its syntax around them ('+de' and '"l' go; '+e-mail' is '+mail'; Material adds the trailing '*'
  // itself, and a fuzzy '~N' above 2 hung the worker).
  function clean(word) {
    var m = /^([+\-]?(?:(?:title|text|tags):)?"?)(.*?)("?(?:[~^]\d*)?)\**("?)$/.exec(word);
    var parts = m[2].split(separator).filter(function (p) {
      return p && !(p.length === 1 && /\p{L}/u.test(p)) && !stopWord(p);
    });
    parts.forEach(function (p) { typed[fold(p.toLowerCase())] = p.toLowerCase(); });
    var suffix = (m[3] + m[4]).replace(/~(\d+)/, function (_, n) { return "~" + Math.min(2, +n); });
    if (!parts.length) return m[1].replace(/[^"]/g, "") + suffix.replace(/[^"]/g, "");
    return m[1] + parts.join(" " + m[1].replace(/"/g, "")) + suffix;
  }

  // The query as the index holds words: curly quotes straightened (a phone types them), French elisions
  // dropped ("l'école" is "école"), stop words left out, quoted or required ones too ('"frais de candidature"'
  // required "de", which the index does not hold); a query of stop words only searches nothing.
  function query(text) {
    typed = {};
    text = text.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"')
      .replace(/(^|[^\p{L}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/giu, "$1");
    return fold(text.split(/\s+/).filter(Boolean).map(clean).join(" ").replace(/\s+/g, " ").trim())
      .replace(/^"\s*"$/, "");
  }

  // A result's words for its link (?h=), which marks them on the page it opens, matching accents exactly: as
  // typed if typed with accents, else the form the result marks most ("Alès" for "ales", not "ALES").
  function written(term, item) {
    if (typed[term] && typed[term] !== term) return typed[term];
    var counts = {}, best = null;
    (((item.title || "") + " " + (item.text || "")).match(/<mark>[^<]*<\/mark>/g) || []).forEach(function (m) {
      var word = m.slice(6, -7).toLowerCase();
      if (fold(word).indexOf(term) !== 0) return;
      word = word.slice(0, term.length);
      counts[word] = (counts[word] || 0) + 1 + (word !== fold(word) ? 0.5 : 0);  // accents break ties
      if (best === null || counts[word] > counts[best]) best = word;
    });
    return best || typed[term] || term;
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
    if (message && message.type === SETUP) {
      lang = (message.data.config.lang || ["en"])[0];
      separator = new RegExp(message.data.config.separator);
    }
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

    // English: lunr's stop words but "but" and "may" (read when Material builds the index, after this): the BUT
    // is a diploma, May a month of the calendars.
    var englishStopWords = lunr.stopWordFilter;
    lunr.stopWordFilter = function (token) { return /^(but|may)$/.test(String(token)) ? token : englishStopWords(token); };
    lunr.Pipeline.registerFunction(lunr.stopWordFilter, "imtStopWordFilter");
  }
})();
