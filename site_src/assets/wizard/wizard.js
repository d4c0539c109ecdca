// The wizard page: form <-> URL <-> Web Worker (Pyodide) -> rendering. JS sends the profile and renders
// the engine's JSON; every verdict, reason and amount comes from the Python engine.
import { listen, rulesText, worker } from "./boot.js";
import { h, Renderer } from "./render.js";

const root = document.getElementById("imt-wizard");
if (root) start(root);

// Profile fields as the URL writes them (the engine's contract names); defaults are left out of the URL.
const NUMBERS = ["age", "ects", "experience_years"];
// A unit typed after the number ("180 ECTS", "24 ans", "1,5 an"), in either language: the field's own
// unit, so dropped. Any other word ("2e") goes to the engine as typed, to be named as unreadable.
const UNITS = {
  age: /^(ans?|years?( old)?)$/i,
  ects: /^((cr[ée]dits?)( ects)?|ects( cr[ée]dits?)?)$/i,
  experience_years: /^(ans?|ann[ée]es?|years?)$/i,
};
// The speciality lists' own answer for a speciality outside them. Sent as it is: the engine reads any
// slug outside its catalogue as a speciality given but not listed (not as no speciality at all).
const UNLISTED = "unlisted";
const FLAGS = { foreign: false, scholarship: false };
// Yes / no / not said, as radio buttons valued "1", "0" and "": a question left unanswered is not sent.
const ANSWERS = ["specialty_scientific", "eu_national"];

function start(root) {
  const T = JSON.parse(document.getElementById("wz-i18n").textContent);
  const lang = root.dataset.lang === "en" ? "en" : "fr";
  const render = new Renderer(T, lang);
  const plural = new Intl.PluralRules(lang);
  const fieldList = new Intl.ListFormat(lang, { type: "conjunction" });  // "l'âge et les crédits ECTS"
  const form = root.querySelector("#wz-form");
  const status = root.querySelector("#wz-status");
  const results = root.querySelector("#wz-results");
  const totalBox = root.querySelector("#wz-total");
  // The fee total, said when a tick changes it: it is drawn at the foot of the page and beside the ticked
  // boxes, where a screen reader does not go by itself.
  const totalStatus = root.querySelector("#wz-total-status");
  // A live region says its text again when it is written again: only a change is written (as `text`, or
  // as what `node` makes of it).
  const say = (line, text, node = () => text) => { if (line.textContent !== text) line.replaceChildren(node()); };
  const field = (name) => form.elements.namedItem(name);
  let catalogue = new Map(); // slug -> the generator's entry (its names and labels)
  let lists = {}; // kind -> the slugs the form offers (rules.json's specialty_lists, which the engine tries)
  let priorFor = []; // the kinds whose rules read the diploma held before (an ATS year: the bac+2 before it)
  const takesPrior = (kind) => priorFor.includes(kind);
  let kindNames = {}; // kind -> the names a notice gives it ("L3", "Spé ATS"), which an address may use
  let seq = 0;
  let engineReady = false;
  let editing = false; // inside one edit (typing a number): one history entry, updated in place
  let pendingURL = null; // "push" or "replace", waiting for the answer to the latest change
  // Where the reader was on this address, put back once the cards are drawn (see "pagehide" below); only when
  // coming back or reloading: a link followed to the wizard opens it at its top.
  const scrollKey = () => `wz-scroll ${location.pathname}${location.search}`;
  const returning = ["back_forward", "reload"].includes(performance.getEntriesByType("navigation")[0]?.type);
  let scrollBack = NaN;
  try {
    if (returning) scrollBack = Number(sessionStorage.getItem(scrollKey()) ?? NaN);
  } catch {
    // Storage refused (cookies blocked): the browser's own position stands.
  }
  root.dataset.state = "loading";
  // Shown only with JavaScript: without it, the <noscript> message stands alone.
  for (const el of root.querySelectorAll("[data-needs-js]")) el.hidden = false;

  // The catalogue fills the speciality lists as soon as rules.json arrives (boot.js gave it to the worker).
  rulesText.then((text) => {
    const rules = JSON.parse(text);
    catalogue = new Map(rules.catalogue.map((d) => [d.slug, d]));
    lists = rules.specialty_lists;
    priorFor = rules.prior_for;
    kindNames = rules.kind_aliases;
    fillSpecialties("diploma", "specialty");
    fillSpecialties("prior_diploma", "prior_specialty");
    fromURL();
  }).catch((error) => fail(error.message));

  function fail(message) {
    root.dataset.state = "error";
    say(status, `${T.fatal} ${message}`);
  }

  function fillSpecialties(kindName, specName, wanted) {
    const select = field(specName);
    const kind = field(kindName).value;
    // The generator chose each kind's list (generator/rules.py): a kind with none of its own (a Licence pro)
    // is named as the other lists name it; an ATS year has none, its bac+2's speciality is asked instead.
    const entries = (lists[kind] ?? []).map((slug) => catalogue.get(slug));
    // Each named as the diploma spells it (the hint asks for that name), the generator's label.
    const named = entries.map((d) => [d, d.label[lang]]).sort((a, b) => a[1].localeCompare(b[1], lang));
    // A choice made for another kind of diploma stays only if the new list has it; a shared address
    // keeps whatever it names.
    const keep = wanted ?? (entries.some((d) => d.slug === select.value) ? select.value : "");
    const unlisted = h("option", { value: UNLISTED, text: T.specialty_other });
    const options = named.map(([d, name]) => h("option", { value: d.slug, text: name }));
    if (!kind) {
      // Before a diploma is chosen, the empty choice says what to do first rather than look like an answer.
      select.replaceChildren(h("option", { value: "", text: T.specialty_first }));
    } else if (!entries.length) {
      select.replaceChildren(unlisted); // the ATS year: no list to choose from
    } else {
      // A list to choose from: no answer until the candidate picks theirs, or says it is not there.
      select.replaceChildren(h("option", { value: "", text: T.specialty_choose }), unlisted, ...options);
      if (keep && keep !== UNLISTED && !entries.some((d) => d.slug === keep)) select.append(h("option", { value: keep, text: keep }));
    }
    select.value = [...select.options].some((o) => o.value === keep) ? keep : select.options[0].value;
    select.disabled = select.options.length < 2;
    showChosen(select);
  }

  // A closed list shows the start of a long name only ("Cybersécurité, Informatique et…", the same for
  // two options): the whole chosen name is written under it (on a phone only, in wizard.css).
  function showChosen(select) {
    let line = select.nextElementSibling;
    if (!line || !line.classList.contains("wz-chosen")) {
      line = h("span", { class: "wz-chosen", "aria-hidden": "true" });
      select.after(line);
    }
    const option = select.selectedOptions[0];
    line.textContent = option && option.value && option.value !== UNLISTED ? option.text : "";
  }

  // The choice a list still waits for (a speciality, or the ATS year's bac+2 speciality), if any.
  function pendingChoice() {
    for (const [kindName, specName] of [["diploma", "specialty"], ["prior_diploma", "prior_specialty"]]) {
      if (kindName === "prior_diploma" && !takesPrior(field("diploma").value)) continue;
      if (field(kindName).value && !field(specName).disabled && !field(specName).value) return specName;
    }
    return null;
  }

  // Shown while the speciality to judge (the bac+2's, for an ATS year) is not in the list; the engine
  // decides what the answer changes.
  function showQuestions() {
    const kind = field("diploma").value;
    root.querySelector("#wz-prior").hidden = !takesPrior(kind);
    // The ATS year has no speciality list of its own: its field gives way to the bac+2's, asked instead.
    field("specialty").closest(".wz-field").hidden = takesPrior(kind);
    const unlisted = takesPrior(kind)
      ? field("prior_diploma").value && field("prior_specialty").value === UNLISTED
      : kind && field("specialty").value === UNLISTED;
    root.querySelector("#wz-scientific").hidden = !unlisted;
  }

  function profile() {
    const p = {};
    if (field("diploma").value) p.diploma = field("diploma").value;
    // The ATS year's list holds only "unlisted": nothing to send.
    const chosen = (name) => (field(name).disabled ? "" : field(name).value);
    if (chosen("specialty")) p.specialty = chosen("specialty");
    if (takesPrior(field("diploma").value) && field("prior_diploma").value) {
      p.prior_diploma = { diploma: field("prior_diploma").value };
      if (chosen("prior_specialty")) p.prior_diploma.specialty = chosen("prior_specialty");
    }
    // A hidden question (the speciality's, while it is in the list) is not asked.
    for (const name of ANSWERS) {
      if (!field(name)[0].closest("fieldset").hidden && field(name).value) p[name] = field(name).value === "1";
    }
    // Text fields, not number ones: a browser's number field reads "1,5" as 15 or as nothing, and "2e" as
    // nothing. A decimal comma is read as a point; anything else unreadable goes as typed, for the engine to
    // name the field.
    for (const name of NUMBERS) {
      const raw = field(name).value.trim();
      const [, number, unit] = raw.match(/^([+-]?(?:\d+[.,]?\d*|[.,]\d+))\s*(.*)$/) ?? [];
      const read = number !== undefined && (unit === "" || UNITS[name].test(unit));
      const value = read ? Number(number.replace(",", ".")) : NaN;
      // Four hundred nines make Infinity, which JSON sends as null (a blank field): send them as typed.
      if (raw !== "") p[name] = Number.isFinite(value) ? value : raw;
    }
    for (const name of Object.keys(FLAGS)) p[name] = field(name).checked;
    return p;
  }

  function picks() {
    return new URLSearchParams(location.search).get("pick")?.split(",").filter(Boolean) ?? [];
  }

  function toURL(push, pickList = picks()) {
    pendingURL = null;
    const q = new URLSearchParams();
    const p = profile();
    for (const name of ["diploma", "specialty"]) if (p[name]) q.set(name, p[name]);
    if (p.prior_diploma) {
      q.set("prior_diploma", p.prior_diploma.diploma);
      if (p.prior_diploma.specialty) q.set("prior_specialty", p.prior_diploma.specialty);
    }
    for (const name of ANSWERS) if (name in p) q.set(name, p[name] ? "1" : "0");
    for (const name of NUMBERS) if (name in p) q.set(name, String(p[name]));
    for (const [name, byDefault] of Object.entries(FLAGS)) if (p[name] !== byDefault) q.set(name, p[name] ? "1" : "0");
    if (pickList.length) q.set("pick", pickList.join(","));
    const url = `${location.pathname}${q.size ? `?${q}` : ""}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      history[push ? "pushState" : "replaceState"](null, "", url);
    }
  }

  // The address follows the form once the results it describes are shown: a history call can cost
  // milliseconds, which would otherwise delay the worker's answer.
  function laterURL(push) {
    pendingURL = pendingURL === "push" || push ? "push" : "replace";
    // No answer will come while a list waits for a choice: the address follows the form at once.
    if (!engineReady || pendingChoice()) flushURL();
  }
  function flushURL() {
    if (pendingURL) toURL(pendingURL === "push");
  }

  function fromURL() {
    const q = new URLSearchParams(location.search);
    // An address made before the lists had their own "unlisted" answer meant it by leaving the speciality
    // out while answering the question that only an unlisted speciality asks.
    const before = q.has("specialty_scientific") ? UNLISTED : "";
    choose("diploma", q.get("diploma") ?? "");
    const ats = takesPrior(field("diploma").value);  // the kind as chosen, whatever name the address gave it
    fillSpecialties("diploma", "specialty", q.get("specialty") ?? (ats ? "" : before));
    choose("prior_diploma", q.get("prior_diploma") ?? "");
    fillSpecialties("prior_diploma", "prior_specialty", q.get("prior_specialty") ?? (ats ? before : ""));
    for (const name of ANSWERS) field(name).value = q.get(name) ?? "";
    // Left empty, a number is unknown: the verdict says what it waits for rather than assume 0 years.
    for (const name of NUMBERS) field(name).value = q.get(name) ?? "";
    for (const [name, byDefault] of Object.entries(FLAGS)) {
      field(name).checked = q.has(name) ? q.get(name) === "1" : byDefault;
    }
    showQuestions();
    ask();
  }

  // A kind of diploma the list does not hold (a mistyped or outdated address) is kept as an option of its own,
  // as an unknown speciality is: the engine then names the field and the kinds it knows, where dropping it
  // would only ask for a diploma.
  function choose(name, value) {
    const select = field(name);
    dropFromAddress(select);
    // "BTS", "BUT 3", "Spé ATS": compared as the engine compares them, without case, accents, spaces or dashes.
    const bare = (v) => v.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
    const kinds = [...select.options].map((o) => o.value).filter(Boolean);
    value = kinds.find((k) => [k, ...(kindNames[k] ?? [])].some((n) => bare(n) === bare(value))) ?? value;
    if (value && !kinds.includes(value)) {
      select.append(h("option", { value, text: value, "data-from-address": "" }));
    }
    select.value = value;
  }

  function dropFromAddress(select) {
    for (const option of select.querySelectorAll("option[data-from-address]")) option.remove();
  }

  // The worker queues requests until Pyodide is up, so the first verdict costs no extra round trip.
  function ask() {
    seq += 1;
    for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    for (const el of form.querySelectorAll(".wz-error")) {
      const input = el.previousElementSibling;
      const described = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== el.id);
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
      el.remove();
    }
    const pending = pendingChoice();
    if (pending) return showError({ field: pending, missing: true });
    if (!engineReady) say(status, T.loading);
    // The visitor's clock, read as Paris time (site.js): the engine gives each deadline its status at that minute.
    // Without site.js, UTC: an hour or two off, rather than no dates at all.
    const now = window.imtFrenchNow ? window.imtFrenchNow() : new Date().toISOString().slice(0, 16);
    worker.postMessage({ type: "evaluate", id: seq, profile: profile(), picks: picks(), now });
  }

  function showError(answer) {
    const name = answer.field.startsWith("prior_diploma.") ? "prior_diploma" : answer.field;
    const missing = answer.missing;
    const input = field(name);
    const label = form.querySelector(`label[for="wz-${name.replaceAll("_", "-")}"]`);
    // The line at the foot of a phone's screen names a field in a word or two, not by its whole label.
    const text = T.field_names[name] || (label ? label.textContent.trim() : name);
    // A field not filled in yet is a prompt, not an error (nor red). An error is said under its field too,
    // where the eye and a screen reader (aria-describedby) are, not only in the line at the foot of the
    // screen; there it is a sentence of its own.
    if (input && input.setAttribute && !missing) {
      input.setAttribute("aria-invalid", "true");
      const error = document.createElement("span");
      error.className = "wz-error";
      error.id = `${input.id}-error`;
      const message = answer.message[lang];
      error.textContent = message.charAt(0).toUpperCase() + message.slice(1);
      input.after(error);
      input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), error.id].filter(Boolean).join(" "));
    }
    // Replacement functions: the message quotes what was typed, where "$&" or "$'" is text, not a pattern.
    say(status, missing ? T.fill_in.replace("{field}", () => text)
      : T.check_field.replace("{field}", () => text).replace("{message}", () => answer.message[lang]));
    results.replaceChildren();
    totalBox.replaceChildren();
    // Named by its heading only while it holds one: a name pointing at nothing is an error to assistive tools.
    totalBox.removeAttribute("aria-labelledby");
    root.dataset.state = missing ? "prompt" : "invalid";
  }

  listen((message) => {
    if (message.type === "warm") {
      root.dataset.warm = message.state; // "restored" from, or "stored" to, the snapshot cache
    } else if (message.type === "ready") {
      engineReady = true;
      if (root.dataset.state === "loading") say(status, T.ready);
    } else if (message.type === "fatal" || (message.type === "failed" && message.id === seq)) {
      fail(message.message);
    } else if (message.type === "answer" && message.id === seq) {
      const received = performance.now();
      const answer = JSON.parse(message.answer);
      if (answer.error) {
        showError(answer);
        return flushURL();
      }
      const parsed = performance.now();
      const picked = new Set(picks());
      // A re-drawn card replaces the checkbox just ticked: keep the keyboard focus on its new copy.
      const focused = results.contains(document.activeElement) ? document.activeElement.id : "";
      results.replaceChildren(...render.results(answer.result, picked));
      if (focused) document.getElementById(focused)?.focus();
      totalBox.replaceChildren(...render.total(answer.total, answer.result));
      totalBox.setAttribute("aria-labelledby", "wz-total-title");
      render.pickTotals(results, answer.total);
      results.dataset.parseMs = (parsed - received).toFixed(2);
      results.dataset.renderMs = (performance.now() - parsed).toFixed(2);
      const counts = Object.fromEntries(["eligible", "jury", "ineligible"].map((v) => [v, answer.result.routes.filter((r) => r.verdict === v).length]));
      // Eligible routes whose verdict waits on a field left blank: how many, and which fields to fill in (in the
      // form's order, which unchecked_fields follows).
      const unchecked = answer.result.routes.filter((r) => Renderer.unchecked(r));
      const blank = new Set(unchecked.flatMap((r) => r.reasons.filter((x) => x.kind === "requirement-unchecked")
        .flatMap((x) => x.fields || [])));
      const blanks = Object.keys(T.unchecked_fields).filter((f) => blank.has(f)).map((f) => T.unchecked_fields[f]);
      say(totalStatus, answer.total.lines.length ? T.total_status.replace("{amount}", render.sum(answer.total))
        : totalStatus.textContent && T.total_status_none);
      const summary = `${Object.entries(counts).map(([v, n]) => T.summary[v][plural.select(n)].replace("{n}", n)
        + (v === "eligible" && unchecked.length
          ? T.summary_unchecked.replace("{n}", unchecked.length).replace("{fields}", fieldList.format(blanks)) : "")).join(", ")}.`;
      // The verdicts' count is a link to them: on a phone they start two screens below, under the form.
      say(status, summary, () => h("a", { href: "#wz-results", text: summary }));
      root.dataset.state = "done";
      results.dataset.seq = String(message.id);
      results.dataset.engineMs = message.ms.toFixed(2);
      if (!performance.getEntriesByName("wz-first-verdict").length) performance.mark("wz-first-verdict");
      flushURL();
      if (Number.isFinite(scrollBack)) window.scrollTo(0, scrollBack);
      scrollBack = NaN;
    }
  });

  // A number being typed is judged once the typing pauses: "180 ECTS" typed key by key was "180 E", an error,
  // and each answer, said by the status line (a live region), was read out to a screen reader's user.
  let typing = null;
  const TYPING_PAUSE_MS = 400;
  const askNow = () => {
    clearTimeout(typing);
    typing = null;
    ask();
  };
  form.addEventListener("input", (event) => {
    // A kind chosen from the list: the unknown one the address named is gone.
    if (event.target.name === "diploma" || event.target.name === "prior_diploma") dropFromAddress(event.target);
    if (event.target.name === "diploma") fillSpecialties("diploma", "specialty");
    if (event.target.name === "prior_diploma") fillSpecialties("prior_diploma", "prior_specialty");
    if (event.target.name === "specialty" || event.target.name === "prior_specialty") showChosen(event.target);
    showQuestions();
    if (event.target.type === "text") {
      clearTimeout(typing);
      typing = setTimeout(askNow, TYPING_PAUSE_MS);
    } else askNow();
    laterURL(!editing);
    editing = true;
  });
  // A committed change (a select, a checkbox, leaving a number) ends the edit: the next one is a new
  // history entry, so back/forward step through the profiles. Leaving a number judges it at once.
  form.addEventListener("change", () => {
    editing = false;
    if (typing) askNow();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  results.addEventListener("change", (event) => {
    const id = event.target.dataset.pick;
    if (!id) return;
    const list = picks().filter((x) => x !== id);
    if (event.target.checked) list.push(id);
    toURL(true, list);
    ask();
  });
  // Back from a notice page, or on reloading, the browser puts the reader back where they were before the
  // engine has drawn the cards, so at the foot of the form: the position is kept for the address (the
  // session's storage: a history entry's state set on leaving is not kept), and the first drawing goes back
  // to it.
  window.addEventListener("pagehide", () => {
    try {
      sessionStorage.setItem(scrollKey(), String(Math.round(window.scrollY)));
    } catch {
      // Storage refused: as above.
    }
  });
  window.addEventListener("popstate", () => {
    pendingURL = null;
    fromURL();
  });
  say(status, T.loading);
}
