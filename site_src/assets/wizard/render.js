// Renders the engine's JSON as cards and a fee total. It formats; it never decides a verdict or a fee.
// A step's status comes from the engine, at the minute wizard.js sends it (window.imtFrenchNow, from site.js).

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

// A source names the section of a French document: lang="fr" lets a screen reader say it in French. Its
// document links to the sources page, which says what "document 002" is (the wizard page sits beside it).
const source = (text) => {
  const found = /^document (\d+)(, .*)?$/.exec(text || "");
  if (!found) return h("cite", { class: "wz-source", lang: "fr", text });
  return h("cite", { class: "wz-source", lang: "fr" },
    h("a", { href: `../sources/#doc-${found[1]}`, text: `document ${found[1]}` }), found[2] || "");
};

// A text of the notices with its web and e-mail addresses and French phone numbers as links (the application
// platform, a contact page, the admissions office), as the site's pages make them: the patterns are the
// generator's (format.LINK_PATTERNS), which the build writes into the wizard's page.
let linkInText = null;
const linkPattern = () => {
  if (!linkInText) {
    const patterns = JSON.parse(document.querySelector('meta[name="imt-wizard-links"]').content);
    linkInText = new RegExp(`(${patterns.address}|${patterns.phone})`);
  }
  return linkInText;
};
// A phone number is dialled in international form, as format.tel_uri() writes it.
const target = (link) => {
  if (/^https?:/.test(link)) return link;
  if (link.includes("@")) return `mailto:${link}`;
  const digits = link.replace(/\(0\)|[^\d+]/g, "");
  return `tel:${digits.startsWith("0") ? `+33${digits.slice(1)}` : digits}`;
};
export const linked = (text) => String(text).split(linkPattern())
  .map((part, i) => (i % 2 ? h("a", { href: target(part), text: part }) : part));

// Whether a French text holds `words` as whole words (as format.mark_french asks of the site's pages).
const holds = (french, words) => {
  const letter = /[\p{L}\p{N}_]/u;
  for (let at = french.indexOf(words); at >= 0; at = french.indexOf(words, at + 1)) {
    if (!letter.test(french[at - 1] || "") && !letter.test(french[at + words.length] || "")) return true;
  }
  return false;
};

const VERDICTS = ["eligible", "jury", "ineligible"];

// A verdict's routes, those entering a later year first: a year-2 route that accepts a candidate (an M1
// holder, say) is the one they would look for, not below every year-1 card. The engine's order otherwise.
function routesOf(result, verdict) {
  return result.routes.filter((r) => r.verdict === verdict).sort((a, b) => b.entry_year - a.entry_year);
}

export class Renderer {
  constructor(T, lang) {
    this.T = T;
    this.lang = lang;
    this.cards = new Map();
    this.refusedOpen = false;
    this.money = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", {
      style: "currency", currency: "EUR", maximumFractionDigits: 2, minimumFractionDigits: 0,
    });
    this.percent = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { style: "percent", maximumFractionDigits: 2 });
    this.plural = new Intl.PluralRules(lang);
    this.fieldList = new Intl.ListFormat(lang, { type: "conjunction" });
    this.day = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
      weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
    });
  }

  t(text) {
    return text ? text[this.lang] : "";
  }

  // A text of the engine, with its links; in English, its quotations of the French original ("the page
  // headed “Frais de dossier”") are marked lang="fr", so that a screen reader says them in French, as on
  // the site's pages. A quotation is French when the same text's French holds it as it is.
  words(text) {
    const shown = linked(this.t(text));
    if (this.lang === "fr" || !text) return shown;
    return shown.map((part) => (typeof part !== "string" ? part : part.split(/“([^“”]*\p{L}[^“”]*)”/u)
      .map((piece, i) => (i % 2 === 0 ? piece
        : holds(text.fr, piece) ? ["“", h("span", { lang: "fr", text: piece }), "”"] : `“${piece}”`))));
  }

  eur(value) {
    return value === null || value === undefined ? this.T.not_stated : this.money.format(value);
  }

  // As the site's pages write a date (Babel): "lundi 1er juin 2026", "Monday 1 June 2026" (no comma).
  date(iso, time) {
    const part = Object.fromEntries(this.day.formatToParts(new Date(`${iso}T12:00:00Z`)).map((p) => [p.type, p.value]));
    const day = this.lang === "fr" && part.day === "1" ? "1er" : part.day;
    const text = `${part.weekday} ${day} ${part.month} ${part.year}`;
    if (!time) return text;
    // As the site's pages write it (generator/site/format.py, time): "à 23 h", "à 9 h 30", "at 23:00".
    if (this.lang !== "fr") return `${text} ${this.T.at} ${time}`;
    const [hours, minutes] = time.split(":");
    return `${text} ${this.T.at} ${Number(hours)}\u00a0h${minutes === "00" ? "" : `\u00a0${minutes}`}`;
  }

  // An eligible verdict the engine gave without something the form left blank (its reasons say what).
  static unchecked(route) {
    return route.verdict === "eligible" && route.reasons.some((r) => r.kind === "requirement-unchecked");
  }

  // "Not checked (the “Age” field is blank):": the fields the form left blank, by their short names.
  unchecked(fields) {
    const T = this.T;
    const names = fields.map((f) => T.quoted.replace("{name}", T.field_names[f] || f));
    return T.unchecked[this.plural.select(names.length)].replace("{fields}", this.fieldList.format(names));
  }

  reason(r) {
    return h("li", { class: `wz-reason wz-${r.kind || "rule"}` },
      r.kind === "requirement-unchecked" ? h("strong", { text: `${this.unchecked(r.fields || [])} ` }) : null,
      r.kind === "document" ? h("strong", { text: `${this.T.document} ` }) : null,
      r.kind === "rule-aside" ? h("strong", { text: `${this.T.aside.replace("{verdict}", this.T.verdicts[r.verdict])} ` }) : null,
      h("span", {}, this.words(r)), " ", source(r.source),
      r.note ? h("span", { class: "wz-small wz-note-text" }, " ", this.words(r.note)) : null);
  }

  fees(route) {
    const f = route.fees;
    const T = this.T;
    const rows = [];
    const row = (label, ...value) => rows.push(h("dt", { text: label }), h("dd", {}, ...value));
    if (f.application_eur === null) row(T.fee_application, T.not_stated);
    else {
      const per = f.application_per === "formation" ? T.per_formation : T.per_application;
      row(T.fee_application, `${this.eur(f.application_eur)} ${per}`,
        // "Exonérés" where the notice waives the fee (002 §3.2): a rate of 0 € would read as a price.
        f.application_reduced ? ` ${(f.application_reduced === "waived" ? T.scholarship_waived : T.scholarship_rate).replace("{amount}", this.eur(f.application_standard_eur))}` : "",
        f.application_payee ? h("span", { class: "wz-small" }, ` — ${T.payee} `, this.words(f.application_payee)) : null,
        " ", source(f.application_source));
      if (f.application_per === "formation") row(T.fee_additional, this.eur(f.application_additional_eur));
    }
    if (f.tuition) {
      // 0 where the engine applied the scholarship exemption: said on the line, not only in the notes below.
      const exempt = f.tuition_exempted ? ` (${T.tuition_exempt})` : "";
      const both = `${T.eu} ${this.eur(f.tuition.eu_eur)}, ${T.non_eu} ${this.eur(f.tuition.non_eu_eur)}`;
      const year = f.tuition.academic_year ? `, ${f.tuition.academic_year}` : "";
      // Without a nationality (null) the two stated amounts are the answer; otherwise they come as context.
      if (f.tuition_eur_per_year === null) row(T.tuition, `${both} ${T.per_year}${year}`, " ", source(f.tuition.source));
      else {
        row(T.tuition, `${this.eur(f.tuition_eur_per_year)} ${T.per_year}${exempt}`,
          h("span", { class: "wz-small", text: ` (${both}${year})` }), " ", source(f.tuition.source));
      }
    } else row(T.tuition, T.not_stated);
    if (f.course_cost) {
      row(T.course_cost, f.course_cost.eur_per_year === null ? T.not_stated : `${this.eur(f.course_cost.eur_per_year)} ${T.per_year}`,
        ` — ${T.payer} `, this.words(f.course_cost.payer), " ", source(f.course_cost.payer.source));
    } else if (f.unstated.includes("course_cost")) row(T.course_cost, T.not_stated);
    if (f.apprentice_pay) {
      const pay = f.apprentice_pay;
      row(T.pay, h("ul", { class: "wz-pay" }, pay.years.map((c) => h("li", {},
        // The percentage holds; the euros are those of the grid's date, so they come second.
        `${T.year.replace("{n}", c.year).replace("{age}", c.age)} ${this.percent.format(c.percent_smic / 100)} ${T.smic} (${T.as_of.replace("{date}", () => this.t(pay.reference_date_text))} ${this.eur(c.eur_per_month)} ${T.per_month})`))),
      h("span", { class: "wz-small", text: T.pay_hint }),
      " ", source(pay.source));
    } else if (f.unstated.includes("apprentice_pay")) row(T.pay, T.not_stated);
    return [h("dl", { class: "wz-fees" }, rows),
      f.reasons.length ? h("ul", { class: "wz-fee-notes" }, f.reasons.map((r) => this.reason(r))) : null];
  }

  // Each step's status comes from the engine (wizard/deadline.py), at the minute the form sent.
  deadlines(route) {
    const T = this.T;
    // The step, then when: "Clos à partir du…" would read as one phrase.
    // Results count as open while they can be read (generator/timeline.py open_span): "Published".
    const word = (e) => T.status[e.status === "open" && e.kind.endsWith("-results") ? "published" : e.status];
    const item = (e) => h("li", { class: `wz-event wz-${e.status}` },
      h("span", { class: `wz-status wz-status-${e.status}`, text: word(e) }), " ",
      this.words(e.label), " — ",
      // A span in words ("du … au …"): an arrow is read out as "right arrow".
      e.until ? `${T.until} ` : "", e.open_ended ? `${T.from} ` : "", e.end && T.span_from ? `${T.span_from} ` : "",
      h("time", { datetime: e.start, text: this.date(e.start, e.start_time) }),
      e.end ? ` ${T.span_to} ${this.date(e.end, e.end_time)}` : "", e.provisional ? ` (${T.provisional})` : "",
      " ", source(e.source),
      // A step that is over is no date to add to a calendar.
      e.status === "closed" ? null : [" ",
        h("a", { href: `../${e.ics}`, class: "wz-ics", "aria-label": T.add_step.replace("{step}", () => this.t(e.label)), text: "ICS" })],
      // Who a step is for ("admissible candidates whose choice 1 is IMT Mines Alès"), as the calendar page
      // says it: not every listed date is every candidate's.
      e.audience ? h("span", { class: "wz-audience" }, `${T.audience} `, this.words(e.audience)) : null,
      // How the notice words the date, or what it leaves unsaid ("12 mars compris (minuit)"); folded, since a
      // note runs to several lines. Its summary names the step for a screen reader, which lists them all.
      e.note ? h("details", { class: "wz-date-note" },
        h("summary", { text: T.date_note, "aria-label": T.date_note_for.replace("{step}", () => this.t(e.label)) }),
        h("p", { class: "wz-note" }, this.words(e.note))) : null);
    // The engine ranks the steps ahead (wizard/deadline.py): the three that come first are shown.
    const next = route.deadlines.filter((e) => e.next !== null && e.next !== undefined)
      .sort((a, b) => a.next - b.next).slice(0, 3);
    const parts = [];
    if (next.length) parts.push(h("ul", { class: "wz-events" }, next.map(item)));
    else parts.push(h("p", { class: "wz-over", text: T.session_over.replace("{session}", route.session) }));
    if (route.deadlines.length) {
      parts.push(h("details", { class: "wz-calendar" },
        h("summary", { text: T.full_calendar.replace("{n}", route.deadlines.length) }),
        h("ul", { class: "wz-events" }, route.deadlines.map(item))));
    }
    return parts;
  }

  title(route) {
    return [route.school_name, this.t(route.channel_name), route.programme_name ? this.t(route.programme_name) : null]
      .filter(Boolean).join(" — ");
  }

  // Above the cards, which run to many screens on a phone: the open routes, each a link to its card.
  contents(result) {
    const T = this.T;
    const lines = VERDICTS.filter((v) => v !== "ineligible").map((verdict) => {
      const routes = routesOf(result, verdict);
      if (!routes.length) return null;
      return h("li", {}, h("a", { href: `#wz-group-${verdict}`, text: `${T.groups[verdict]} (${routes.length})` }),
        h("ul", {}, routes.map((r) =>
          h("li", {}, h("a", { href: `#route-${r.id}`, text: `${this.title(r)} (${T.entry_years[r.entry_year]})` })))));
    }).filter(Boolean);
    return lines.length ? h("nav", { class: "wz-contents", "aria-label": T.contents }, h("ul", {}, lines)) : null;
  }

  card(route, picked) {
    const T = this.T;
    const title = this.title(route);
    const pickId = `wz-pick-${route.id}`;
    // The reasons of the verdict stay in view; the notice's other conditions and notes fold away.
    const main = route.reasons.filter((r) => ["rule", "requirement-failed", "rule-aside", "requirement-unchecked", "document"].includes(r.kind));
    const more = route.reasons.filter((r) => !main.includes(r));
    const details = [
      more.length ? h("details", { class: "wz-more" },
        h("summary", { text: T.more.replace("{n}", more.length) }),
        h("ul", { class: "wz-reasons" }, more.map((r) => this.reason(r)))) : null,
      h("h4", { text: T.money }),
      this.fees(route),
      h("h4", { text: T.dates }),
      this.deadlines(route),
    ];
    return h("article", { class: `wz-card wz-${route.verdict} same-anchor`, id: `route-${route.id}`, "data-route": route.id },
      // The entry year in the heading: a school's route to years 1 and 2 would read as the same card; the
      // tick box and the notice link name their card through it.
      h("h3", { id: `route-${route.id}-title`, text: `${title} (${T.entry_years[route.entry_year]})` }),
      h("p", { class: "wz-meta" },
        h("span", { class: `wz-badge wz-badge-${route.verdict}`,
          text: Renderer.unchecked(route) ? T.verdict_unchecked : T.verdicts[route.verdict] }), " ",
        this.t(route.channel_status), " · ", this.t(route.level), " · ", T.session.replace("{session}", route.session)),
      h("ul", { class: "wz-reasons wz-main" }, main.map((r) => this.reason(r))),
      // route.page is under the language's root, like the wizard page itself (wizard/): hence "../".
      h("p", { class: "wz-page" }, h("a", { href: `../${route.page}`, text: T.notice_page, "aria-describedby": `route-${route.id}-title` })),
      route.verdict === "ineligible"
        ? h("details", { class: "wz-more" }, h("summary", { text: T.details }), details)
        : details,
      // No application to count where the notice refuses the profile.
      route.verdict === "ineligible" ? null : h("p", { class: "wz-pick" },
        h("input", { type: "checkbox", id: pickId, "data-pick": route.id, checked: picked.has(route.id),
          "aria-describedby": `route-${route.id}-title` }),
        " ", h("label", { for: pickId, text: T.pick })));
  }

  // A card whose route output (with its steps' statuses at the minute sent) and tick are unchanged is reused
  // as it is (with its open <details>): a form change rebuilds only the routes it changed.
  cachedCard(route, picked) {
    const key = `${picked.has(route.id)}|${JSON.stringify(route)}`;
    const hit = this.cards.get(route.id);
    if (hit && hit.key === key) return hit.node;
    const node = this.card(route, picked);
    this.cards.set(route.id, { key, node });
    return node;
  }

  results(result, picked) {
    const T = this.T;
    const groups = VERDICTS.map((verdict) => {
      const routes = routesOf(result, verdict);
      const heading = h("h2", { id: `wz-group-${verdict}`, text: `${T.groups[verdict]} (${routes.length})` });
      let body = routes.length ? routes.map((r) => this.cachedCard(r, picked)) : h("p", { text: T.none });
      if (verdict === "ineligible" && routes.length && routes.length < result.routes.length) {
        // On a phone the refused routes would push nothing useful down many screens: they fold, and stay
        // as the visitor left them when the form changes.
        body = h("details", { class: "wz-refused", open: this.refusedOpen },
          h("summary", { text: T.show_refused.replace("{n}", routes.length) }), body);
        body.addEventListener("toggle", () => { this.refusedOpen = body.open; });
      }
      return h("section", { class: `wz-group wz-group-${verdict}`, "aria-labelledby": `wz-group-${verdict}` },
        heading, body);
    });
    const sessions = h("p", { class: "wz-sessions" }, T.sessions, " ",
      result.sessions.map((s, i) => [i ? T.separator : "", this.t(s.label)]));
    // Said once above the verdicts, not only at the foot of each card: every date of these sessions is past.
    const over = result.sessions.filter((s) => s.over);
    const past = over.length ? h("p", { class: "wz-past" },
      T.sessions_over.replace("{sessions}", () => over.map((s) => this.t(s.label)).join(T.separator))) : null;
    // Every session used is over: the line naming them says they are the ones used, once.
    return [over.length === result.sessions.length ? null : sessions, past, this.contents(result), ...groups]
      .filter(Boolean);
  }

  // The engine's total; its range where notices sharing a platform count the fees each its own way; what it
  // knows of it where a fee is not stated.
  sum(total) {
    const T = this.T;
    if (total.total_eur !== null) return this.eur(total.total_eur);
    const known = total.range_eur
      ? T.fee_range.replace("{min}", this.eur(total.range_eur.min)).replace("{max}", this.eur(total.range_eur.max))
      : this.eur(total.known_eur);
    return total.unknown.length ? `${known} + ${T.not_stated}` : known;
  }

  // Beside each ticked box, the total so far, linked to its detail at the foot of the page: on a phone that
  // is screens away, and ticking would otherwise change nothing in view.
  pickTotals(container, total) {
    for (const old of container.querySelectorAll(".wz-pick-total")) old.remove();
    if (!total || !total.lines.length) return;
    for (const box of container.querySelectorAll("input[data-pick]:checked")) {
      box.parentElement.append(h("a", { class: "wz-pick-total", href: "#wz-total-title",
        text: this.T.pick_total.replace("{amount}", this.sum(total)) }));
    }
  }

  total(total, result) {
    const T = this.T;
    const titles = Object.fromEntries(result.sessions.map((s) => [s.notice, this.t(s.label)]));
    const body = [h("h2", { id: "wz-total-title", text: T.total_title })];
    if (!total.lines.length) {
      body.push(h("p", { text: T.total_empty }));
      return body;
    }
    const rows = total.lines.map((line) => {
      let how = T.not_stated;
      if (line.first_eur !== null && line.per === "application") how = `${this.eur(line.first_eur)} ${T.once}`;
      else if (line.first_eur !== null && line.count <= 1) how = this.eur(line.first_eur);
      else if (line.first_eur !== null) how = `${this.eur(line.first_eur)} + ${line.count - 1} × ${this.eur(line.additional_eur)}`;
      return h("tr", {},
        h("th", { scope: "row" }, titles[line.notice], h("br"), h("span", { class: "wz-small" }, line.payee ? this.words(line.payee) : "")),
        h("td", { text: String(line.routes.length) }), h("td", { text: how }),
        h("td", { text: line.shared_platform ? T.total_see_note : this.eur(line.amount_eur) }));
    });
    body.push(h("table", { class: "wz-total-table" },
      h("thead", {}, h("tr", {}, [T.total_notice, T.total_routes, T.total_how, T.total_amount].map((x) => h("th", { scope: "col", text: x })))),
      h("tbody", {}, rows),
      h("tfoot", {}, h("tr", {}, h("th", { scope: "row", colspan: "3", text: T.total_sum }),
        h("td", { text: this.sum(total) })))));
    if (total.notes.length) body.push(h("ul", { class: "wz-fee-notes" }, total.notes.map((n) => h("li", {}, this.words(n)))));
    return body;
  }
}
