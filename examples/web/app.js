// The caseworker's page: one form per calculator and date rule of the library (global `Servicelov`
// from servicelov.js), the municipality's own figures (Satser) and service level kept in the
// browser, Danish input and Danish errors next to their field, and each result as plain text for a
// decision letter or printed. Nothing is sent anywhere: no request leaves the page.
"use strict";
(function () {
  var S = window.Servicelov;
  var RATES_KEY = "servicelov.satser";
  var LEVEL_KEY = "servicelov.serviceniveau";

  // ---- small helpers -------------------------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "class") e.className = attrs[k];
      else if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.append(c); });
    return e;
  }
  var MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
  function dateDa(iso) { var p = String(iso).split("-"); return Number(p[2]) + ". " + MONTHS[Number(p[1]) - 1] + " " + p[0]; }
  function todayIso() { var d = new Date(); return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0"); }
  function kr(s) { return Number(s).toLocaleString("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + " kr."; }
  function hours(n) { return String(n).replace(".", ",") + " timer"; }
  function load(key) { try { var t = localStorage.getItem(key); return t ? JSON.parse(t) : null; } catch (e) { return null; } }
  function save(key, v) { try { if (v === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(v)); } catch (e) { /* private mode: kept for this visit only */ } }
  function download(name, data) {
    var a = el("a", { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" })), download: name });
    document.body.append(a); a.click(); a.remove();
  }

  // ---- Danish input --------------------------------------------------------------------------
  // An amount as a Danish person types it: "1.234,50", "1234,5", "1 234", "1234" (and "1234.50").
  // Returns exact decimal text for the library, or undefined when it is not an amount.
  function danishAmount(text) {
    var t = String(text).trim().replace(/\s+/g, "").replace(/kr\.?$/i, "");
    if (/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "");
    else if (/^\d+\.\d+$/.test(t)) t = t.replace(".", ",");
    if (!/^\d+(,\d+)?$/.test(t)) return undefined;
    return t.replace(",", ".");
  }
  function danishNumber(text) { var a = danishAmount(text); return a === undefined ? undefined : Number(a); }

  // ---- the municipality's own figures and service level --------------------------------------
  var ownRates = load(RATES_KEY) || {};
  var ownLevel = load(LEVEL_KEY);
  function calculators() {
    var c = S.withRates(ownRates);
    return ownLevel ? c.withServiceLevel(ownLevel) : c;
  }
  var TABLES = S.rateTables();
  function tableLabel(name) { var t = TABLES.filter(function (x) { return x.table === name; })[0]; return t ? t.label : name; }

  // ---- the forms: one per calculator and date rule ------------------------------------------
  // Field kinds: amount (kroner, Danish), number, int, date, month, time, select, bool, level (a
  // service level), text, usage (lines "ÅÅÅÅ-MM timer"). `path` is the library's input field.
  var LEVELS = Object.keys(S.SERVICE_LEVELS);
  function level(path, value, label) { return { path: path || "preset", label: label || "Serviceniveau", kind: "level", value: value }; }
  var YESNO = [["", "ikke angivet"], ["true", "ja"], ["false", "nej"]];
  var FORMS = [
    { id: "merudgift", title: "§ 100 merudgifter (merudgiftsydelse og kompensationsydelse)", fn: "extraCostSubsidy", fields: [
      { path: "date", label: "Dato", kind: "date", value: "2024-03-01" },
      { path: "monthlyCosts", label: "Merudgifter pr. måned (kr.)", kind: "amount", value: "1.800", help: "Sandsynliggjorte merudgifter pr. måned" },
      { path: "regime", label: "Ordning", kind: "select", options: [["", "efter datoen"], ["merudgift", "merudgiftsydelse"], ["kompensation", "kompensationsydelse"]] },
      { path: "documented", label: "Alle udgifter dokumenteret (merudgiftsydelse)", kind: "bool" },
      { path: "documentedListedMonthlyCosts", label: "Dokumenterede udgifter på positivlisten pr. måned (kompensationsydelse, gruppe 2)", kind: "amount" },
    ], show: function (r) {
      var groups = r.regime === "kompensation" && r.explanation.some(function (s) { return /gruppe/i.test(s.text); }) ? " (begge grupper er vist i forklaringen)" : "";
      return r.eligible ? "Månedlig ydelse: " + kr(r.monthlyAmount) + " (" + (r.regime === "kompensation" ? "kompensationsydelse" : "merudgiftsydelse") + ")" + groups : "Ingen ydelse: " + (r.explanation[r.explanation.length - 1] || {}).text;
    } },
    { id: "enkeltudgift", title: "§ 100 enkeltudgift", fn: "extraCostOneOff", fields: [
      { path: "date", label: "Dato", kind: "date", value: "2024-05-01" },
      { path: "oneOffAmount", label: "Enkeltudgift (kr.)", kind: "amount", value: "3.000" },
      { path: "runningMonthlyCosts", label: "Løbende merudgifter pr. måned (kr.)", kind: "amount", value: "400" },
    ], show: function (r) { return "Udbetaling i alt: " + kr(r.totalAmount); } },
    { id: "udbetalingsperiode", title: "§ 100 udbetalingsperiode", fn: "extraCostPaymentPeriod", fields: [
      { path: "applicationReceived", label: "Ansøgning modtaget", kind: "date", value: "2024-03-15" },
      { path: "birthDate", label: "Fødselsdato", kind: "date", value: "1960-05-20" },
      level("preset", "holbaek-2024"),
    ], show: function (r) { return "Første måned: " + r.firstMonth + (r.lastMonth ? "; sidste måned: " + r.lastMonth : ""); } },
    { id: "ledsage", title: "§ 97 ledsageordning: timeregnskab", fn: "escortLedger", fields: [
      { path: "from", label: "Fra måned", kind: "month", value: "2024-01" },
      { path: "to", label: "Til måned", kind: "month", value: "2024-04" },
      { path: "usage", label: "Forbrug", kind: "usage", value: "2024-04 20", help: "Én linje pr. måned: ÅÅÅÅ-MM og timer, fx 2024-04 20" },
    ], show: function (r) { var last = r.months[r.months.length - 1]; return "Til rådighed ved udgangen af " + last.month + ": " + hours(last.availableAtEnd); } },
    { id: "ledsagetimer", title: "§ 97 ledsagetimer på en tur", fn: "escortTripHours", fields: [
      { path: "escortingHours", label: "Timer med ledsagelse", kind: "number", value: "6" },
      { path: "travelHours", label: "Rejsetid (timer)", kind: "number", value: "2" },
      { path: "paidHours", label: "Betalte timer", kind: "number", value: "10" },
    ], show: function (r) { return "Timer, der tælles: " + hours(r.countedHours); } },
    { id: "ledsagetilskud", title: "§ 97 tilskud til ledsagerens udgifter", fn: "escortExpenseSupplement", fields: [
      { path: "date", label: "Dato", kind: "date", value: "2024-12-31" },
      { path: "probableExpenses", label: "Sandsynliggjorte udgifter pr. år (kr.)", kind: "amount", value: "2.000" },
    ], show: function (r) { return "Tilskud: " + kr(r.amount); } },
    { id: "ledsagealder", title: "§ 97 aldersgrænse", fn: "escortAgeRule", fields: [
      { path: "birthDate", label: "Fødselsdato", kind: "date", value: "1957-06-01" },
      { path: "asOf", label: "Pr. dato", kind: "date", value: "2024-03-01" },
    ], show: function (r) { return r.eligible ? "Kan få ledsageordning" : "Kan ikke få ledsageordning"; } },
    { id: "bpa", title: "§§ 95–96 BPA: tilskud", fn: "bpaGrant", fields: [
      { path: "section", label: "Paragraf", kind: "select", options: [["96", "§ 96"], ["95", "§ 95"]], value: "96" },
      { path: "date", label: "Bevillingsårets start", kind: "date", value: "2021-12-31" },
      { path: "preset", label: "Lønforudsætning", kind: "select", options: [["aarhus-lt11", "Aarhus LT11"], ["aarhus-lt12", "Aarhus LT12"], ["aarhus-lt13", "Aarhus LT13"]], value: "aarhus-lt11" },
      { path: "employer", label: "Arbejdsgiver", kind: "select", options: [["citizen", "borger"], ["relative", "nærtstående"], ["association", "forening"], ["company", "virksomhed"]], value: "citizen" },
      { path: "weeklyHours.day", label: "Dagtimer pr. uge", kind: "number", value: "40" },
      { path: "weeklyHours.evening", label: "Aftentimer pr. uge", kind: "number", value: "5" },
      level("servicePreset", "", "Serviceniveau (valgfrit)"),
    ], show: function (r) { return r.eligible ? "Tilskud pr. år: " + kr(r.yearly.total) + " (" + kr(r.monthly) + " pr. måned)" : "Ikke berettiget"; } },
    { id: "bpaafregning", title: "§§ 95–96 BPA: afregning af et år", fn: "bpaSettlement", fields: [
      { path: "grant.section", label: "Paragraf", kind: "select", options: [["96", "§ 96"], ["95", "§ 95"]], value: "96" },
      { path: "grant.date", label: "Bevillingsårets start", kind: "date", value: "2021-12-31" },
      { path: "grant.preset", label: "Lønforudsætning", kind: "select", options: [["aarhus-lt11", "Aarhus LT11"], ["aarhus-lt12", "Aarhus LT12"], ["aarhus-lt13", "Aarhus LT13"]], value: "aarhus-lt11" },
      { path: "grant.employer", label: "Arbejdsgiver", kind: "select", options: [["citizen", "borger"], ["relative", "nærtstående"], ["association", "forening"], ["company", "virksomhed"]], value: "citizen" },
      { path: "grant.weeklyHours.day", label: "Bevilgede dagtimer pr. uge", kind: "number", value: "40" },
      { path: "used.day", label: "Brugte dagtimer i året", kind: "number", value: "2000" },
    ], show: function (r) { return "Tilbagebetaling: " + kr(r.repayment); } },
    { id: "bpavarsel", title: "BPA: varsel ved nedsættelse eller ophør", fn: "bpaNoticeDate", fields: [
      { path: "decisionReceived", label: "Afgørelsen modtaget", kind: "date", value: "2024-12-31" },
      level("preset", "holbaek-2024"),
    ], show: function (r) { return "Tidligst virkning: " + dateDa(r.date); } },
    { id: "botilbud", title: "§ 107 midlertidigt botilbud: egenbetaling", fn: "residentialCarePayment", fields: [
      { path: "month", label: "Måned", kind: "month", value: "2024-03" },
      { path: "income", label: "Indtægt efter skat pr. måned (kr.)", kind: "amount", value: "8.000" },
      { path: "price.housing", label: "Pris for bolig pr. måned (kr.)", kind: "amount", value: "4.000" },
      { path: "price.services.other", label: "Pris for kost, vask m.m. pr. måned (kr.)", kind: "amount", value: "2.900" },
      { path: "approvedExpenses", label: "Godkendte faste udgifter i alt pr. måned (kr.)", kind: "expenses", value: "481" },
      { path: "disposableAmount", label: "Rådighedsbeløb pr. måned (kr.)", kind: "amount", value: "2.078" },
    ], show: function (r) { return "Egenbetaling pr. måned: " + kr(r.payment); } },
    { id: "ophold", title: "§§ 109–110 krisecenter, forsorgshjem og herberg: egenbetaling", fn: "shelterFee", fields: [
      { path: "section", label: "Paragraf", kind: "select", options: [["109", "§ 109"], ["110", "§ 110"]], value: "109" },
      { path: "arrival", label: "Ankomst", kind: "time", value: "2024-03-01T14:00" },
      { path: "departure", label: "Afrejse", kind: "time", value: "2024-03-03T13:00" },
      { path: "income", label: "Har indtægt", kind: "bool", value: "true" },
    ], show: function (r) { return r.days + " døgn, egenbetaling " + kr(r.amount); } },
    { id: "psykolog", title: "§ 109 psykologhjælp til børn på krisecenter", fn: "shelterChildPsychology", fields: [
      { path: "hours", label: "Timer", kind: "number", value: "6" },
      { path: "hourlyPrice", label: "Timepris (kr.)", kind: "amount", value: "1.200" },
      level("preset", "holbaek-2024"),
    ], show: function (r) { return "Beløb: " + kr(r.amount) + (r.needsAssessment ? " — kræver en vurdering" : ""); } },
    { id: "sagsfrist", title: "Sagsbehandlingsfrist", fn: "caseDeadline", fields: [
      { path: "paragraph", label: "Paragraf", kind: "text", value: "100" },
      { path: "received", label: "Ansøgning modtaget", kind: "date", value: "2024-12-31" },
      level("preset", "albertslund-2018"),
      { path: "weeks", label: "Frist i uger (hvis serviceniveauet ikke angiver den)", kind: "int" },
    ], show: function (r) { return "Frist: " + dateDa(r.date); } },
    { id: "klagefrist", title: "Klagefrist", fn: "appealDeadline", fields: [
      { path: "decisionReceived", label: "Afgørelsen modtaget", kind: "date", value: "2024-03-27" },
    ], show: function (r) { return r.appeal === false ? "Kan ikke påklages" : "Klagefrist: " + dateDa(r.date); } },
    { id: "forloeb", title: "§§ 82a–82b forløb: slutdato", fn: "courseEnd", fields: [
      { path: "kind", label: "Forløb", kind: "select", options: [["individual", "individuelt forløb (§ 82 b)"], ["group", "gruppeforløb (§ 82 a)"]], value: "individual" },
      { path: "start", label: "Start", kind: "date", value: "2024-08-31" },
      level("preset", "ballerup"),
    ], show: function (r) { return "Forløbet slutter: " + dateDa(r.date); } },
    { id: "fremmoede", title: "§§ 82a–82b forløb: manglende fremmøde", fn: "courseAttendance", fields: [
      level("preset", "ballerup"),
      { path: "lastAttendance", label: "Sidste fremmøde", kind: "date", value: "2024-03-01" },
      { path: "asOf", label: "Pr. dato", kind: "date", value: "2024-03-29" },
    ], show: function (r) { return r.triggered ? "Forløbet afsluttes eller revurderes" + (r.date ? " fra " + dateDa(r.date) : "") : "Ingen konsekvens endnu"; } },
    { id: "befordring", title: "§ 103 egen befordring: egenbetaling", fn: "transportOwnPayment", fields: [
      { path: "monthlyCostWithin10Km", label: "Udgift til befordring inden for 10 km pr. måned (kr.)", kind: "amount", value: "450" },
      { path: "monthlyNetEarnings", label: "Nettoarbejdsindtægt pr. måned (kr.)", kind: "amount", value: "1.200" },
      level("preset", "holbaek-2024"),
    ], show: function (r) { return "Egenbetaling: " + kr(r.ownPayment); } },
    { id: "opfoelgning", title: "Opfølgning", fn: "followUpDates", fields: [
      { path: "paragraph", label: "Paragraf", kind: "text", value: "85a" },
      { path: "granted", label: "Bevilget", kind: "date", value: "2024-08-31" },
      level("preset", "holbaek-2024"),
    ], show: function (r) { return "Første opfølgning: " + dateDa(r.first); } },
    { id: "normer", title: "Normer for omfang", fn: "serviceNorms", fields: [
      { path: "paragraph", label: "Paragraf", kind: "text", value: "85" },
      level("preset", "holbaek-2024"),
    ], show: function (r) { return r.norms.length + " normer"; } },
    { id: "tidsgraenser", title: "Tidsgrænser og kontaktfrister", fn: "timeLimits", fields: [
      { path: "paragraph", label: "Paragraf", kind: "text", value: "109" },
      { path: "start", label: "Start", kind: "date", value: "2024-03-27" },
      level("preset", "holbaek-2024"),
    ], show: function (r) { return r.limits.length + " frister"; } },
    { id: "pakke", title: "§ 85 pakke for bostøtte", fn: "supportPackage", fields: [
      { path: "weeklyHours", label: "Timer pr. uge", kind: "number", value: "3" },
      level("preset", "albertslund-2024"),
    ], show: function (r) { return "Pakke " + r.package; } },
    { id: "folkepension", title: "Folkepensionsalder", fn: "statePensionAge", fields: [
      { path: "birthDate", label: "Fødselsdato", kind: "date", value: "1960-05-20" },
    ], show: function (r) { return "Folkepensionsalder " + String(r.age).replace(".5", "½") + " år, fra " + dateDa(r.date); } },
    { id: "arbejdsdage", title: "Arbejdsdage", fn: "addWorkingDays", args: ["date", "n"], fields: [
      { path: "date", label: "Fra dato", kind: "date", value: "2024-03-27" },
      { path: "n", label: "Antal arbejdsdage", kind: "int", value: "3" },
    ], show: function (r) { return "Dato: " + dateDa(r); } },
  ];

  // A calculator the forms above do not cover gets its form from its module's spreadsheet
  // declaration (the parameter table: each field's Danish description, input field and reader),
  // with the module's example call as the values: a new module appears here without a line.
  var KIND_OF = { amount: "amount", date: "date", month: "month", time: "time", bool: "bool", level: "level", text: "text", lower: "text", paragraph: "text" };
  var covered = {};
  FORMS.forEach(function (f) { covered[f.fn] = true; });
  (S.MODULES || []).forEach(function (m) {
    (m.sheet || []).forEach(function (spec) {
      if (typeof spec === "string" || covered[spec.calls]) return;
      covered[spec.calls] = true;
      var example = ((m.examples || {})[spec.calls] || [{}])[0] || {};
      var at = function (path) { return path.split(".").reduce(function (o, k) { return o && typeof o === "object" ? o[k] : undefined; }, example); };
      FORMS.push({
        id: "auto-" + spec.calls, title: spec.description, fn: spec.calls,
        fields: spec.params.filter(function (p) { return p !== "satser" && typeof p.read !== "object" && p.read !== "amounts"; }).map(function (p) {
          var v = at(p.path);
          return { path: p.path, label: p.description, kind: p.read ? KIND_OF[p.read] : p.type === "number" ? "number" : "text", value: v === undefined ? "" : String(v) };
        }),
        show: function (r) { var v = r[spec.value]; return (spec.returns || "Resultat") + ": " + (typeof v === "number" ? String(v).replace(".", ",") : String(v)); },
      });
    });
  });

  // ---- building a form -----------------------------------------------------------------------
  function fieldId(form, path) { return "f-" + form.id + "-" + path.replace(/[^\w-]/g, "-"); }
  function control(form, f) {
    var id = fieldId(form, f.path);
    var attrs = { id: id, name: f.path, "aria-describedby": id + "-msg" + (f.help ? " " + id + "-help" : "") };
    var c;
    if (f.kind === "select" || f.kind === "bool" || f.kind === "level") {
      var opts = f.kind === "bool" ? YESNO : f.kind === "level" ? [["", "intet"]].concat(levelOptions()) : f.options;
      c = el("select", attrs, opts.map(function (o) { return el("option", { value: o[0], text: o[1] }); }));
      c.value = f.value === undefined ? "" : f.value;
    } else if (f.kind === "usage") {
      c = el("textarea", Object.assign(attrs, { rows: 3 }));
      c.value = f.value || "";
    } else {
      var type = { date: "date", month: "month", time: "datetime-local" }[f.kind] || "text";
      c = el("input", Object.assign(attrs, { type: type, inputmode: f.kind === "amount" || f.kind === "number" || f.kind === "int" ? "decimal" : undefined, autocomplete: "off" }));
      c.value = f.value || "";
    }
    return el("div", { class: "field" }, [el("label", { for: id, text: f.label }), c, f.help ? el("span", { id: id + "-help", class: "help", text: f.help }) : null, el("span", { id: id + "-msg", class: "msg" })]);
  }
  function levelOptions() {
    var own = ownLevel ? [[ownLevel.name, (ownLevel.title || ownLevel.name) + " (kommunens eget)"]] : [];
    return own.concat(LEVELS.map(function (n) { return [n, S.SERVICE_LEVELS[n].citation || n]; }));
  }

  // The library's input from the form: Danish amounts and numbers converted; an empty field left
  // out (the library says what is required). A value the page cannot read is a Danish message.
  function readForm(form, node) {
    var input = {};
    var problems = [];
    form.fields.forEach(function (f) {
      var c = node.querySelector("#" + fieldId(form, f.path));
      var raw = String(c.value).trim();
      if (raw === "") return;
      var v = raw;
      if (f.kind === "amount") { v = danishAmount(raw); if (v === undefined) problems.push({ field: f, text: f.label + " skal være et beløb i kroner, fx 1.234,50" }); }
      else if (f.kind === "number" || f.kind === "int") { v = danishNumber(raw); if (v === undefined) problems.push({ field: f, text: f.label + " skal være et tal, fx 12,5" }); }
      else if (f.kind === "bool") v = raw === "true";
      else if (f.kind === "expenses") { var a = danishAmount(raw); if (a === undefined) problems.push({ field: f, text: f.label + " skal være et beløb i kroner, fx 1.234,50" }); v = [{ label: "Godkendte faste udgifter", monthly: a }]; }
      else if (f.kind === "usage") {
        v = raw.split("\n").map(function (l) { return l.trim(); }).filter(Boolean).map(function (l, i) {
          var p = l.split(/\s+/);
          var h = danishNumber(p[1] || "");
          if (p.length !== 2 || h === undefined) problems.push({ field: f, text: f.label + " linje " + (i + 1) + " skal være en måned og et antal timer, fx 2024-04 20" });
          return { month: p[0], hours: h === undefined ? 0 : h };
        });
      }
      else if (f.kind === "level" && ownLevel && raw === ownLevel.name) return; // the bound own level is used when the call names none
      var parts = f.path.split(".");
      var at = input;
      parts.slice(0, -1).forEach(function (p) { at[p] = at[p] || {}; at = at[p]; });
      at[parts[parts.length - 1]] = v;
    });
    return { input: input, problems: problems };
  }

  // Where an issue belongs: the field whose path it names (or lies under), or the first field of
  // a group it names (`grant.weeklyHours` → the day hours), else the form.
  function fieldOf(form, path) {
    var best;
    form.fields.forEach(function (f) { if (path === f.path || path.indexOf(f.path + ".") === 0 || path.indexOf(f.path + "[") === 0) best = f; });
    if (!best && path !== "") best = form.fields.filter(function (f) { return f.path.indexOf(path + ".") === 0; })[0];
    return best;
  }
  // Library fields a message may name that are not on the form, in Danish.
  var GLOSSARY = { yearlyHours: "timer pr. år", weeklyHours: "timer pr. uge", asOf: "opgørelsesdato", decisionDate: "afgørelsesdato", decisionReceived: "afgørelsen modtaget", date: "dato", items: "udgiftsposter", yearlyCosts: "udgifter pr. år", monthlyCosts: "udgifter pr. måned", "allowances.weeklyHours": "modregning i timer pr. uge", "allowances.yearlyAmount": "modregning i kr. pr. år", grantTransferred: "overført bevilling", "admin.payrollPerHelperPerYear": "lønadministration pr. hjælper", from: "fra", to: "til", arrival: "ankomst", departure: "afrejse", preset: "serviceniveau", weeks: "uger" };
  function namesOf(form) {
    return function (path) {
      var f = fieldOf(form, path);
      if (!f) {
        var bare = path.replace(/^(grant|used)\./, "");
        return "«" + (GLOSSARY[bare] || GLOSSARY[path] || path) + "»";
      }
      var rest = path.length > f.path.length ? path.slice(f.path.length).replace(/^\[(\d+)\]\.?.*$/, function (_, i) { return " linje " + (Number(i) + 1); }) : "";
      return "«" + f.label + "»" + (/^ linje/.test(rest) ? rest : "");
    };
  }

  function clearMessages(node) {
    node.querySelectorAll(".msg").forEach(function (m) { m.textContent = ""; });
    node.querySelectorAll("[aria-invalid]").forEach(function (c) { c.removeAttribute("aria-invalid"); });
  }
  function fieldMessage(form, node, f, text) {
    var id = fieldId(form, f.path);
    var m = node.querySelector("#" + id + "-msg");
    m.textContent = m.textContent ? m.textContent + " " + text : text;
    node.querySelector("#" + id).setAttribute("aria-invalid", "true");
  }

  // A missing rate: which figure, where it is published, and a button that opens Satser at it.
  function rateMissing(issue) {
    var r = issue.rate;
    var p = el("p", { class: "error", text: "Satsen mangler: " + tableLabel(r.table) + " (" + r.table + ") for " + r.year + ". Biblioteket gætter aldrig et år ud fra et andet. Tallet offentliggøres i " + r.publishedAt + ". Tilføj det som kommunens egen række under Satser." });
    var b = el("button", { type: "button", text: "Åbn Satser ved " + r.table });
    b.addEventListener("click", function () { openSatser(r.table, r.year); });
    return el("div", { class: "missing-rate" }, [p, b]);
  }

  function letterText(form, node, r, summary) {
    var lines = [form.title, "Beregnet den " + dateDa(todayIso()) + " med servicelov.", ""];
    form.fields.forEach(function (f) {
      var c = node.querySelector("#" + fieldId(form, f.path));
      var shown = c.tagName === "SELECT" ? c.options[c.selectedIndex].text : String(c.value).trim();
      if (String(c.value).trim() !== "") lines.push(f.label + ": " + shown.replace(/\n/g, "; "));
    });
    lines.push("", "Resultat: " + summary, "", "Begrundelse:");
    (r.explanation || []).forEach(function (s, i) { lines.push((i + 1) + ". " + s.text + (s.source ? " (Kilde: " + s.source + ")" : "")); });
    var own = Object.keys(ownRates);
    if (own.length > 0) {
      lines.push("", "Kommunens egne satser:");
      own.forEach(function (t) { ownRates[t].forEach(function (row) { lines.push("- " + t + " " + row.from + "–" + (row.until || "") + ": " + valueText(row.value) + " (Kilde: " + (row.source.title || row.source) + (row.source.href ? ", " + row.source.href : "") + ")"); }); });
    }
    return lines.join("\n");
  }

  function showResult(form, node, out, r) {
    var summary = form.show(r);
    var text = letterText(form, node, r, summary);
    var ol = el("ol", { class: "explanation" }, (r.explanation || []).map(function (s) { return el("li", {}, [document.createTextNode(s.text), s.source ? el("small", { text: "Kilde: " + s.source }) : null]); }));
    var letter = el("textarea", { class: "letter", readonly: true, "aria-label": "Resultat og forklaring som tekst til en afgørelse" });
    letter.value = text;
    var copy = el("button", { type: "button", class: "copy", text: "Kopiér som tekst" });
    copy.addEventListener("click", function () {
      var done = function () { copy.textContent = "Kopieret"; setTimeout(function () { copy.textContent = "Kopiér som tekst"; }, 2000); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () { letter.select(); document.execCommand("copy"); done(); });
      else { letter.select(); document.execCommand("copy"); done(); }
    });
    var print = el("button", { type: "button", class: "print", text: "Udskriv" });
    print.addEventListener("click", function () {
      var area = document.getElementById("print-area");
      area.textContent = text;
      document.body.classList.add("printing");
      window.print();
      document.body.classList.remove("printing");
    });
    var details = el("details", {}, [el("summary", { text: "Tekst til afgørelsen" }), letter]);
    out.replaceChildren(el("p", { class: "result", text: summary }), ol, el("div", { class: "actions" }, [copy, print]), details);
  }

  function run(form, node, out) {
    clearMessages(node);
    var read = readForm(form, node);
    if (read.problems.length > 0) {
      read.problems.forEach(function (p) { fieldMessage(form, node, p.field, p.text); });
      out.replaceChildren(el("p", { class: "error", text: "Ret de markerede felter." }));
      return;
    }
    try {
      var calc = calculators();
      var r = form.args ? calc[form.fn].apply(null, form.args.map(function (a) { return read.input[a]; })) : calc[form.fn](read.input);
      showResult(form, node, out, r);
    } catch (e) {
      if (!e || !e.issues) { out.replaceChildren(el("p", { class: "error", text: "Beregningen kunne ikke gennemføres." })); return; }
      var general = [];
      e.issues.forEach(function (i) {
        if (i.code === "rate-missing" && i.rate) { general.push(rateMissing(i)); return; }
        var text = S.issueText(i, "da", namesOf(form));
        var f = fieldOf(form, i.path);
        if (f) fieldMessage(form, node, f, text);
        else general.push(el("p", { class: "error", text: text.charAt(0).toUpperCase() + text.slice(1) }));
      });
      out.replaceChildren.apply(out, general.length > 0 ? general : [el("p", { class: "error", text: "Ret de markerede felter." })]);
    }
  }

  var formsRoot = document.getElementById("forms");
  var toc = document.getElementById("toc");
  var runners = [];
  FORMS.forEach(function (form) {
    var headingId = "h-" + form.id;
    var node = el("form", { class: "fields", "data-calc": form.id, "aria-labelledby": headingId, novalidate: true }, form.fields.map(function (f) { return control(form, f); }).concat([el("div", { class: "actions" }, [el("button", { type: "submit", text: "Beregn" })])]));
    var out = el("div", { class: "out", "data-out": form.id, role: "status", "aria-live": "polite" });
    formsRoot.append(el("section", { class: "calc", id: form.id, "aria-labelledby": headingId }, [el("h2", { id: headingId, text: form.title }), node, out]));
    toc.append(el("li", {}, [el("a", { href: "#" + form.id, text: form.title })]));
    var go = function () { run(form, node, out); };
    node.addEventListener("submit", function (ev) { ev.preventDefault(); go(); });
    runners.push(go);
  });
  function rerunAll() { runners.forEach(function (g) { g(); }); }

  // ---- Satser: every shipped table, the years missing, and the municipality's own rows --------
  function throughYear() {
    var y = new Date().getFullYear();
    document.querySelectorAll("#forms input[type=date], #forms input[type=month], #forms input[type=datetime-local]").forEach(function (i) { var n = Number(String(i.value).slice(0, 4)); if (n > y && n < 2100) y = n; });
    return y;
  }
  var satserBody = document.getElementById("satser-body");
  function openSatser(table, year) {
    var d = document.getElementById("satser");
    d.open = true;
    var sel = document.getElementById("rate-table");
    sel.value = table;
    renderValueFields(year);
    document.getElementById("rate-from").value = year + "-01-01";
    document.getElementById("rate-until").value = year + "-12-31";
    d.scrollIntoView();
    var first = document.querySelector("#rate-values input");
    (first || sel).focus();
  }
  function renderSatser() {
    var through = throughYear();
    var coverage = {};
    try { S.withRates(ownRates).rateCoverage({ through: through }).forEach(function (c) { coverage[c.table] = c; }); } catch (e) { /* own rows checked when added */ }
    var rows = TABLES.map(function (t) {
      var c = coverage[t.table] || { years: [], missing: [] };
      var own = (ownRates[t.table] || []).length;
      return el("tr", {}, [el("th", { scope: "row" }, [el("span", { text: t.table }), el("br"), el("small", { text: t.label })]), el("td", { text: c.years.join(", ") }), el("td", { class: c.missing.length ? "missing" : "", text: c.missing.length ? c.missing.join(", ") : "ingen" }), el("td", { text: own ? (own === 1 ? "1 egen række" : own + " egne rækker") : "" })]);
    });
    var overview = el("div", { class: "table-wrap" }, [el("table", { id: "rate-overview" }, [el("caption", { text: "Tabellerne med de år, biblioteket har, og de år, der mangler til og med " + through + " (året i datofelterne)" }), el("tr", {}, ["Tabel", "År", "Mangler", "Kommunens egne"].map(function (h) { return el("th", { scope: "col", text: h }); }))].concat(rows))]);
    satserBody.replaceChildren(el("p", { text: "Biblioteket har de offentliggjorte tal med kilder og gætter aldrig et år ud fra et andet. Mangler årets tal, tilføjer du det her med kilden; rækken gemmes i denne browser og bruges i alle beregninger. Gem rækkerne som en fil til kolleger (samme format som bibliotekets withRates)." }), overview, shippedRows(), ownList(), addForm(), fileButtons(RATES_KEY));
  }
  // Every shipped row of every table, with its period and its source (where each figure came from).
  function shippedRows() {
    var blocks = TABLES.map(function (t) {
      var rows = t.rows.map(function (r) {
        var src = el("td");
        if (r.source.href) src.append(el("a", { href: r.source.href, text: r.source.title })); else src.textContent = r.source.title;
        return el("tr", {}, [el("td", { text: r.from }), el("td", { text: r.until || "(løbende)" }), el("td", { text: valueText(r.value) }), src]);
      });
      var head = el("tr", {}, ["Fra", "Til", "Værdi", "Kilde"].map(function (h) { return el("th", { scope: "col", text: h }); }));
      return el("details", { id: "tabel-" + t.table.replace(/\W/g, "-") }, [el("summary", { text: t.table + " — " + t.label }), el("p", { text: t.law + ". Enhed: " + t.unit + "." }), el("div", { class: "table-wrap" }, [el("table", { "data-table": t.table }, [head].concat(rows))])]);
    });
    return el("div", {}, [el("h3", { text: "Bibliotekets rækker med kilder" })].concat(blocks));
  }
  function ownList() {
    var items = [];
    Object.keys(ownRates).forEach(function (t) {
      ownRates[t].forEach(function (row, i) {
        var del = el("button", { type: "button", text: "Slet" });
        del.addEventListener("click", function () { ownRates[t].splice(i, 1); if (ownRates[t].length === 0) delete ownRates[t]; save(RATES_KEY, ownRates); renderSatser(); rerunAll(); });
        items.push(el("li", { "data-own-row": t }, [el("span", { text: t + " " + row.from + "–" + (row.until || "") + ": " + valueText(row.value) + " — kilde: " + (row.source.title || row.source) + " " }), del]));
      });
    });
    return el("div", {}, [el("h3", { text: "Kommunens egne rækker" }), items.length ? el("ul", { id: "own-rows" }, items) : el("p", { id: "own-rows", text: "Ingen endnu." })]);
  }
  function valueText(v) { return typeof v === "string" ? v : Object.keys(v).map(function (k) { return k + " " + v[k]; }).join(", "); }
  var TEMPLATE = {};
  function templateFor(table, year) {
    if (!TEMPLATE[year]) TEMPLATE[year] = S.rateTemplate({ year: year });
    return TEMPLATE[year][table];
  }
  function renderValueFields(year) {
    var table = document.getElementById("rate-table").value;
    var box = document.getElementById("rate-values");
    var t = templateFor(table, year || throughYear());
    var fields = t && t.fields ? Object.keys(t.fields).map(function (k) { return { key: k, label: t.fields[k].meaning + " (" + t.fields[k].unit + ")" }; }) : [{ key: "", label: "Værdi (" + (t ? t.unit : "") + ")" }];
    box.replaceChildren.apply(box, fields.map(function (f) {
      var id = "rate-value-" + (f.key || "value");
      return el("div", { class: "field" }, [el("label", { for: id, text: f.label }), el("input", { id: id, "data-key": f.key, type: "text", inputmode: "decimal", "aria-describedby": id + "-msg" }), el("span", { id: id + "-msg", class: "msg" })]);
    }));
  }
  function addForm() {
    var year = throughYear();
    var firstMissing = TABLES.map(function (t) { return t.table; })[0];
    var tableSel = el("select", { id: "rate-table", name: "table" }, TABLES.map(function (t) { return el("option", { value: t.table, text: t.table + " — " + t.label }); }));
    tableSel.value = firstMissing;
    tableSel.addEventListener("change", function () { renderValueFields(); });
    var simple = function (id, label, type, value) {
      var i = el("input", { id: id, type: type, "aria-describedby": id + "-msg" }); i.value = value || "";
      return el("div", { class: "field" }, [el("label", { for: id, text: label }), i, el("span", { id: id + "-msg", class: "msg" })]);
    };
    var form = el("form", { class: "fields", id: "rate-add", "aria-label": "Tilføj en række" }, [
      el("div", { class: "field" }, [el("label", { for: "rate-table", text: "Tabel" }), tableSel]),
      simple("rate-from", "Fra", "date", year + "-01-01"),
      simple("rate-until", "Til", "date", year + "-12-31"),
      el("div", { id: "rate-values" }),
      simple("rate-source-title", "Kilde (titel)", "text"),
      simple("rate-source-href", "Kilde (adresse)", "url"),
      el("div", { class: "actions" }, [el("button", { type: "submit", text: "Tilføj række" })]),
      el("p", { id: "rate-add-msg", class: "error", role: "alert" }),
    ]);
    form.addEventListener("submit", function (ev) { ev.preventDefault(); addRow(); });
    setTimeout(function () { renderValueFields(year); }, 0);
    return el("div", {}, [el("h3", { text: "Tilføj en række" }), form]);
  }
  function addRow() {
    var table = document.getElementById("rate-table").value;
    var msg = document.getElementById("rate-add-msg");
    document.querySelectorAll("#rate-add .msg").forEach(function (m) { m.textContent = ""; });
    msg.textContent = "";
    var value;
    var bad = [];
    document.querySelectorAll("#rate-values input").forEach(function (i) {
      var a = danishAmount(i.value);
      if (a === undefined) { bad.push(i.id); return; }
      if (i.getAttribute("data-key")) { value = value || {}; value[i.getAttribute("data-key")] = a; } else value = a;
    });
    bad.forEach(function (id) { document.getElementById(id + "-msg").textContent = document.querySelector("label[for=" + id + "]").textContent + " skal være et tal, fx 1.234,50"; });
    if (bad.length) { msg.textContent = "Ret de markerede felter."; return; }
    var title = document.getElementById("rate-source-title").value.trim();
    var href = document.getElementById("rate-source-href").value.trim();
    var row = { from: document.getElementById("rate-from").value, until: document.getElementById("rate-until").value || undefined, value: value, source: href ? { title: title, href: href } : title };
    if (!row.until) delete row.until;
    var next = JSON.parse(JSON.stringify(ownRates));
    next[table] = (next[table] || []).concat([row]);
    try {
      S.withRates(next);
    } catch (e) {
      var names = { from: "«Fra»", until: "«Til»", value: "«Værdi»", source: "«Kilde»" };
      msg.textContent = (e.issues || []).map(function (i) {
        var rest = i.path.replace(/^[A-Z0-9_.a-z]+?\[\d+\]\.?/, "");
        return S.issueText(Object.assign({}, i, { path: rest }), "da", function (p) { var k = p.split(/[.[]/)[0]; return names[k] ? names[k] + p.slice(k.length).replace(/^\.value\./, " ") : p; });
      }).join(" ") || "Rækken kunne ikke bruges.";
      return;
    }
    ownRates = next;
    save(RATES_KEY, ownRates);
    renderSatser();
    document.getElementById("satser").open = true;
    rerunAll();
  }
  function fileButtons(key) {
    var exp = el("button", { type: "button", text: key === RATES_KEY ? "Gem satser som fil" : "Gem serviceniveau som fil", "data-export": key });
    exp.addEventListener("click", function () { download(key === RATES_KEY ? "satser.json" : "serviceniveau.json", key === RATES_KEY ? ownRates : ownLevel); });
    var id = "import-" + key.replace(/\W/g, "-");
    var input = el("input", { id: id, type: "file", accept: ".json,application/json", "data-import": key });
    var msg = el("p", { class: "error", role: "alert" });
    input.addEventListener("change", function () {
      var f = input.files && input.files[0];
      if (!f) return;
      f.text().then(function (t) {
        var doc;
        try { doc = JSON.parse(t); } catch (e) { msg.textContent = "Filen er ikke en JSON-fil."; return; }
        try {
          if (key === RATES_KEY) { S.withRates(doc); ownRates = doc; save(RATES_KEY, ownRates); renderSatser(); }
          else { S.withServiceLevel(doc); ownLevel = doc; save(LEVEL_KEY, ownLevel); renderLevel(); refreshLevelSelects(); }
          rerunAll();
        } catch (e) { msg.textContent = "Filen kan ikke bruges: " + (e.issues || []).slice(0, 5).map(function (i) { return S.issueText(i, "da"); }).join("; "); }
      });
    });
    return el("div", { class: "actions" }, [exp, el("label", { for: id, text: key === RATES_KEY ? "Hent satser fra fil" : "Hent serviceniveau fra fil" }), input, msg]);
  }

  // ---- Serviceniveau: the municipality's own document ---------------------------------------
  var levelBody = document.getElementById("serviceniveau-body");
  function renderLevel() {
    var state = ownLevel ? el("p", { id: "own-level", text: "I brug: " + (ownLevel.title || ownLevel.name) + " (" + ownLevel.name + "). Vælg det i feltet Serviceniveau i en beregning." }) : el("p", { id: "own-level", text: "Intet eget dokument. Beregningerne kan bruge bibliotekets serviceniveauer: " + LEVELS.join(", ") + "." });
    var tmpl = el("button", { type: "button", text: "Hent en tom skabelon" });
    tmpl.addEventListener("click", function () { download("serviceniveau-skabelon.json", S.serviceLevelTemplate()); });
    var remove = ownLevel ? el("button", { type: "button", text: "Fjern kommunens dokument" }) : null;
    if (remove) remove.addEventListener("click", function () { ownLevel = null; save(LEVEL_KEY, null); renderLevel(); refreshLevelSelects(); rerunAll(); });
    levelBody.replaceChildren(el("p", { text: "Kommunens eget serviceniveau-dokument (JSON, det samme som bibliotekets withServiceLevel tager) gemmes i denne browser. Udfyld skabelonen med kommunens tal og afsnit, og hent filen her." }), state, ownLevel ? levelFigures(ownLevel) : null, el("div", { class: "actions" }, [tmpl, remove]), fileButtons(LEVEL_KEY));
  }
  // The document's figures: what each is, its periods (and the years through the year in the date
  // fields it does not cover), and the section it is taken from.
  function levelFigures(doc) {
    var through = throughYear();
    var cat = S.SERVICE_LEVEL_CATALOGUE;
    var rows = Object.keys(doc.rules || {}).map(function (k) {
      var list = doc.rules[k] || [];
      var last = list.reduce(function (a, r) { return r.until === undefined || r.until === null ? "9999" : (a > r.until ? a : r.until); }, "");
      var gap = last !== "9999" && Number(last.slice(0, 4)) < through ? "mangler efter " + last : "";
      return el("tr", {}, [el("td", {}, [el("span", { text: (cat[k] && cat[k].meaning) || k }), el("br"), el("small", { text: k })]), el("td", { text: list.map(function (r) { return r.from + "–" + (r.until || ""); }).join(", ") }), el("td", { class: gap ? "missing" : "", text: gap || "ingen" }), el("td", { text: list.map(function (r) { return r.section || ""; }).join("; ") })]);
    });
    var head = el("tr", {}, ["Tal eller regel", "Perioder", "Mangler til og med " + through, "Afsnit"].map(function (h) { return el("th", { scope: "col", text: h }); }));
    return el("div", { class: "table-wrap" }, [el("table", { id: "level-figures" }, [el("caption", { text: (doc.citation || doc.title || doc.name) }), head].concat(rows))]);
  }
  function refreshLevelSelects() {
    FORMS.forEach(function (form) {
      form.fields.filter(function (f) { return f.kind === "level"; }).forEach(function (f) {
        var s = document.getElementById(fieldId(form, f.path));
        var keep = s.value;
        s.replaceChildren.apply(s, [["", "intet"]].concat(levelOptions()).map(function (o) { return el("option", { value: o[0], text: o[1] }); }));
        s.value = keep;
      });
    });
  }

  renderSatser();
  renderLevel();
  document.querySelectorAll("#forms input[type=date]").forEach(function (i) { i.addEventListener("change", function () { if (document.getElementById("satser").open) renderSatser(); }); });
  rerunAll();
})();
