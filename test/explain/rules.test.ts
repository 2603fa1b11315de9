// Explanations as data: every step carries the values its sentence was built from, the Danish
// template rendered from those values is exactly the text, and every rule id has an English
// template that renders from the same values.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { RULES, renderTemplate, translateExplanation, type RuleId, type Step } from "../../src/index.js";
import { findSheetFunction, type SheetFunction } from "../../src/spreadsheet/index.js";
import { EXPLANATION_CASES } from "../explanation-cases.js";
import * as lib from "../../src/index.js";
import { runs } from "../support/runs.js";
import { SAMPLES } from "../support/samples.js";
import { issuesOf } from "../support/issues.js";
import { extraCostSubsidy } from "../../src/index.js";

const caseSteps: Step[] = EXPLANATION_CASES.flatMap(([, run]) => run().explanation);

describe("the rule catalogue", () => {
  it("every rule id has a meaning, a Danish and an English template", () => {
    for (const [id, r] of Object.entries(RULES)) {
      expect(r.meaning.length, id).toBeGreaterThan(5);
      expect(r.da.length, id).toBeGreaterThan(5);
      expect(r.en.length, id).toBeGreaterThan(5);
      // The two templates use the same placeholders.
      const names = (t: string) => [...t.matchAll(/\{(\w+)(?::\w+)?\}|\[\[[?!*](\w+)/g)].map((m) => m[1] ?? m[2]).sort();
      expect([...new Set(names(r.en))], id).toEqual([...new Set(names(r.da))]);
    }
  });
  it("every rule id is reached by the explanation cases (so every template is rendered by a test)", () => {
    const seen = new Set(caseSteps.map((s) => s.rule));
    // Every module's example calls (from its manifest) reach their rules too: a new module's rule is reached by its example.
    for (const [fn, args] of Object.entries(SAMPLES)) {
      const f = (lib as unknown as Record<string, (...a: unknown[]) => { explanation?: Step[] }>)[fn];
      const r = f?.(...args);
      for (const s of r?.explanation ?? []) seen.add(s.rule);
    }
    // ARBEJDSDAGE.LÆG.TIL's line is made by the sheet function.
    for (const s of (findSheetFunction("ARBEJDSDAGE.LÆG.TIL") as SheetFunction).run(["2024-03-27", 1]).explanation) seen.add(s.rule);
    const missing = (Object.keys(RULES) as RuleId[]).filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  });
});

describe("every step: values → text", () => {
  it("the Danish template rendered from the values is exactly the text, for every step of every case", () => {
    expect(caseSteps.length).toBeGreaterThan(300);
    for (const s of caseSteps) expect(renderTemplate(RULES[s.rule].da, s.values, "da"), s.rule).toBe(s.text);
  });
  it("values are JSON-safe: they survive JSON unchanged", () => {
    for (const s of caseSteps) expect(JSON.parse(JSON.stringify(s.values)), s.rule).toEqual(s.values);
  });
  it("property: for random valid § 100, § 107, §§ 109–110, BPA and § 97 inputs, every step's Danish template gives its text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600_000 }),
        fc.constantFrom("2018-05-01", "2021-03-15", "2024-12-31", "2025-10-01"),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 40 * 1440 }),
        (ore, date, income, hours, minutes) => {
          const steps = [
            ...lib.extraCostSubsidy({ date, monthlyCosts: ore / 100 }).explanation,
            ...lib.residentialCarePayment({ income: income / 100, price: { housing: 4000, services: { food: Math.round(ore / 2) / 100 } }, disposableAmount: 2000 }).explanation,
            ...lib.shelterFee({ section: "110", arrival: "2024-03-01T12:00", departure: new Date(Date.UTC(2024, 2, 1, 12) + minutes * 60_000).toISOString().slice(0, 16), income: income > 0 }).explanation,
            ...lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: hours, evening: hours % 7 } }).explanation,
            ...lib.escortLedger({ from: "2024-01", to: "2024-06", usage: [{ month: "2024-03", hours }] }).explanation,
          ];
          for (const s of steps) expect(renderTemplate(RULES[s.rule].da, s.values, "da")).toBe(s.text);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});

describe("translateExplanation", () => {
  it("gives every step of every case an English text (sources, rules and values unchanged), no Danish words or placeholders left", () => {
    const en = translateExplanation(caseSteps, "en");
    en.forEach((s, i) => {
      const da = caseSteps[i] as Step;
      expect(s.rule).toBe(da.rule);
      expect(s.values).toBe(da.values);
      expect(s.source).toBe(da.source);
      // Words that come from data (a caller's label, a municipality's name, a holiday) stay as given.
      if (["label", "interval", "holiday", "municipality"].some((k) => k in s.values)) return;
      expect(s.text, s.rule).not.toMatch(/[{}]|\[\[| pr\. | kr\.|\bog\b|\btimer\b|\bmåned/);
    });
  });
  it("English formats: DKK amounts with a decimal point, English dates and months", () => {
    const r = lib.extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
    const en = translateExplanation(r.explanation, "en").map((s) => s.text);
    expect(en[0]).toBe("Extra-cost benefit under § 100 of the Social Services Act (the band system) at the 2024 rates (2024 level) for 1 March 2024.");
    expect(en[1]).toBe("Probable extra costs: DKK 1,800.00 a month.");
    expect(en.at(-1)).toBe("Monthly benefit: DKK 2,277.00, equal to DKK 27,324.00 a year.");
  });
  it("“da” gives the Danish text back", () => {
    expect(translateExplanation(caseSteps, "da").map((s) => s.text)).toEqual(caseSteps.map((s) => s.text));
  });
  it("an unknown rule id is refused", () => {
    expect(issuesOf(() => translateExplanation([{ rule: "no.such" as RuleId, values: {}, text: "x" }], "en"))).toMatchObject([{ path: "[0].rule", code: "unknown-rule", message: "[0].rule is not a rule id of the catalogue (RULES): no.such" }]);
    expect(issuesOf(() => translateExplanation([{ rule: "__proto__" as RuleId, values: {}, text: "x" }], "en"))[0]?.code).toBe("unknown-rule");
    expect(issuesOf(() => translateExplanation(null as never, "fr" as never)).map((i) => i.code)).toEqual(["not-a-list", "not-one-of"]);
    // A step's values changed by a caller are checked: an amount that is no number is refused, never "NaN".
    const r = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
    const tampered = r.explanation.map((s) => (s.rule === "extra-cost.band" ? { ...s, values: { ...s.values, amount: "mange" } } : s));
    expect(issuesOf(() => translateExplanation(tampered, "en"))[0]).toMatchObject({ code: "invalid-template", path: "[2].values.amount" });
  });
});
