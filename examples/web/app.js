// The page's logic: reads each form, calls the library (global `Servicelov` from servicelov.js),
// shows the result and the Danish explanation, and lists every shipped rate table.
"use strict";
(function () {
  var S = window.Servicelov;
  var el = function (tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; };
  var kr = function (s) { return Number(s).toLocaleString("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + " kr."; };
  var num = function (s) { return s === "" || s === undefined ? undefined : Number(s); };

  var calculators = {
    extraCost: function (f) {
      var r = S.extraCostSubsidy({ date: f.date, monthlyCosts: f.monthlyCosts, documented: f.documented === "1" && f.date < "2025-07-01" ? true : undefined });
      return { result: "Månedlig ydelse: " + kr(r.monthlyAmount), explanation: r.explanation };
    },
    escort: function (f) {
      var usage = f.usage.split("\n").map(function (l) { return l.trim(); }).filter(Boolean).map(function (l) { var p = l.split(/\s+/); return { month: p[0], hours: Number(p[1]) }; });
      var r = S.escortLedger({ from: f.from, to: f.to, usage: usage });
      var last = r.months[r.months.length - 1];
      return { result: "Til rådighed ved udgangen af " + last.month + ": " + last.availableAtEnd + " timer", explanation: r.explanation };
    },
    bpa: function (f) {
      var r = S.bpaGrant({ section: f.section, date: f.date, preset: f.preset, employer: f.employer, weeklyHours: { day: num(f.day) || 0, evening: num(f.evening) || 0 } });
      return { result: "Tilskud pr. år: " + kr(r.yearly.total) + " (" + kr(r.monthly) + " pr. måned)", explanation: r.explanation };
    },
    residential: function (f) {
      var r = S.residentialCarePayment({ income: f.income, price: { housing: f.housing, services: { other: f.services } }, approvedExpenses: f.expenses === "" ? [] : [{ label: "Godkendte faste udgifter", monthly: f.expenses }], disposableAmount: f.disposable });
      return { result: "Egenbetaling pr. måned: " + kr(r.payment), explanation: r.explanation };
    },
    shelter: function (f) {
      var r = S.shelterFee({ section: f.section, arrival: f.arrival, departure: f.departure, income: f.income === "1" });
      return { result: r.days + " døgn, egenbetaling " + kr(r.amount), explanation: r.explanation };
    },
  };

  function show(out, value) {
    out.replaceChildren();
    if (value.error) { out.append(el("p", value.error)); out.firstChild.className = "error"; return; }
    var p = el("p", value.result); p.className = "result"; out.append(p);
    var ol = el("ol"); ol.className = "explanation";
    value.explanation.forEach(function (s) {
      var li = el("li", s.text);
      if (s.source) li.append(el("small", "Kilde: " + s.source));
      ol.append(li);
    });
    out.append(ol);
  }

  document.querySelectorAll("form[data-calc]").forEach(function (form) {
    var name = form.getAttribute("data-calc");
    var out = document.querySelector('[data-out="' + name + '"]');
    var run = function () {
      var fields = {};
      new FormData(form).forEach(function (v, k) { fields[k] = String(v).trim(); });
      try { show(out, calculators[name](fields)); } catch (e) { show(out, { error: e && e.message ? e.message : String(e) }); }
    };
    form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
    run();
  });

  // Rates explorer: every shipped table, its rows with periods and sources, and the years missing.
  var thisYear = new Date().getFullYear();
  var coverage = {};
  S.rateCoverage({ through: thisYear }).forEach(function (c) { coverage[c.table] = c; });
  var rates = document.getElementById("rates");
  S.rateTables().forEach(function (t) {
    var h = el("h3", t.table + " — " + t.label); h.id = "tabel-" + t.table; rates.append(h);
    rates.append(el("p", t.law + ". Enhed: " + t.unit + "."));
    var table = el("table"); table.setAttribute("data-table", t.table);
    var head = el("tr"); ["Fra", "Til", "Værdi", "Kilde"].forEach(function (c) { head.append(el("th", c)); }); table.append(head);
    t.rows.forEach(function (r) {
      var tr = el("tr");
      tr.append(el("td", r.from), el("td", r.until || "(løbende)"), el("td", typeof r.value === "string" ? r.value : JSON.stringify(r.value)));
      var src = el("td");
      if (r.source.href) { var a = el("a", r.source.title); a.href = r.source.href; src.append(a); } else src.textContent = r.source.title;
      tr.append(src); table.append(tr);
    });
    rates.append(table);
    var c = coverage[t.table];
    if (c && c.missing.length > 0) { var m = el("p", "Mangler til og med " + thisYear + ": " + c.missing.join(", ") + ". Offentliggøres i " + c.publishedAt + "."); m.className = "missing"; rates.append(m); }
  });
})();
