// Issue 25 (first steps): a municipality's service level is a JSON document, validated once and
// bound like rates. A made-up municipality (test/service-levels/fixtures/testby-2026.json, test
// figures labelled as such) is one JSON file — no code — and computes in every calculator that
// takes a service level, citing its own title and sections.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError, MUNICIPAL_PRESETS, SERVICE_LEVEL_CATALOGUE, SERVICE_LEVELS, parseServiceLevel, residentialCarePayment, withRates, withServiceLevel, type Step } from "../../src/index.js";
import { serviceLevelJsonSchema } from "../../scripts/service-level-schema.js";
import { issuesOf } from "../support/issues.js";

const DOC = JSON.parse(readFileSync(new URL("./fixtures/testby-2026.json", import.meta.url), "utf8")) as Record<string, unknown>;
const TITLE = "Testby Kommune, Serviceniveau for voksne 2026 (testdokument)";
const cites = (steps: readonly Step[], section: string) => steps.some((s) => (s.source ?? "").includes(`${TITLE}, ${section}`));
const noOther = (steps: readonly Step[]) => {
  for (const s of steps) expect(s.source ?? "", s.rule).not.toMatch(/Albertslund|Holbæk|Ballerup/);
};

describe("withServiceLevel: a made-up municipality as one JSON file", () => {
  const t = withServiceLevel(DOC);
  it("§ 107: its disposable amount and approved expenses, cited to its § 107, pkt. 4", () => {
    const r = t.residentialCarePayment({ month: "2026-11", income: 12000, price: { housing: 4000, services: { food: 2500 } } });
    expect(r.payment).toBe("6500.00"); // min(6.500, 12.000 − 150 − 2.500 = 9.350)
    expect(r.explanation[0]?.text).toBe("Serviceniveau: Testby Kommune (2026).");
    expect(cites(r.explanation, "§ 107, pkt. 4")).toBe(true);
    noOther(r.explanation);
    const tight = t.residentialCarePayment({ month: "2026-11", income: 5000, price: { housing: 4000 } });
    expect(tight.payment).toBe("2350.00"); // 5.000 − 150 − 2.500
  });
  it("§§ 109–110: own home exempt by its document; § 109 psychologist cap 1.000 kr.", () => {
    // No § 109 rate is published for 2026: a test row, labelled as such, gives one.
    const rates = { SHELTER_109_RATES: [{ from: "2026-01-01", until: "2026-12-31", value: "100.00", source: "Testby Kommune, satsblad 2026 (testinput)" }] };
    const fee = t.withRates(rates).shelterFee({ section: "109", arrival: "2026-03-01T12:00", departure: "2026-03-03T12:00", ownHomeRent: true });
    expect(fee.exempt).toBe("own-home");
    expect(fee.amount).toBe("0.00");
    expect(cites(fee.explanation, "§§ 109–110, pkt. 2")).toBe(true);
    noOther(fee.explanation);
    const psy = t.shelterChildPsychology({ hours: 3, hourlyPrice: 1200 });
    expect(psy.amount).toBe("3000.00");
    expect(cites(psy.explanation, "§ 109, pkt. 3")).toBe(true);
  });
  it("BPA: its admin fee per measured hour and helper-expense cap; settlement due 1 April", () => {
    const grant = { section: "96" as const, date: "2026-10-01", preset: "aarhus-2021-10-lt11" as const, employer: "association" as const, weeklyHours: { day: 40 }, helperExpensesMonthly: 1000 };
    const g = t.bpaGrant(grant);
    expect(g.yearly.admin).toBe("12480.00"); // 40 × 52 × 6,00
    expect(g.yearly.helperExpenses).toBe("9600.00"); // 800 × 12
    expect(cites(g.explanation, "BPA, pkt. 4")).toBe(true);
    noOther(g.explanation.filter((s) => s.rule !== "bpa.wage"));
    const s = t.bpaSettlement({ grant, used: { day: 2000 } });
    expect(s.explanation.at(-1)?.text).toMatch(/1\. april 2027/);
  });
  it("dates: processing deadline, BPA notice, course lengths, transport", () => {
    expect(t.caseDeadline({ paragraph: "100", received: "2026-03-02" }).date).toBe("2026-04-13");
    expect(t.bpaNoticeDate({ decisionReceived: "2026-03-02" }).date).toBe("2026-05-26");
    expect(t.courseEnd({ kind: "individual", start: "2026-03-01" }).date).toBe("2026-06-30");
    expect(t.courseEnd({ kind: "group", start: "2026-03-02" }).date).toBe("2026-05-10");
    const tr = t.transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200 });
    expect(tr.ownPayment).toBe("300.00");
    for (const r of [t.caseDeadline({ paragraph: "107", received: "2026-03-02" }), t.courseEnd({ kind: "group", start: "2026-03-02" }), tr]) noOther(r.explanation);
  });
  it("a call may still name a shipped preset, or the bound document by its own name", () => {
    const h = t.residentialCarePayment({ month: "2024-03", income: 12000, price: { housing: 4000, services: { food: 2500 } }, preset: "holbaek-2024" });
    expect(h.explanation[0]?.text).toBe("Serviceniveau: Holbæk Kommune (2024).");
    const own = t.residentialCarePayment({ income: 5000, price: { housing: 4000 }, preset: "testby-2026" as never });
    expect(own.payment).toBe("2350.00");
    // Outside the binding the name is unknown: no municipality's figure leaks into another call.
    expect(() => residentialCarePayment({ income: 5000, price: { housing: 4000 }, preset: "testby-2026" as never })).toThrow(InputError);
  });
  it("a figure the document does not set is refused naming the document (not another municipality's)", () => {
    const bare = withServiceLevel({ ...DOC, name: "tomby", rules: {} });
    expect(issuesOf(() => bare.residentialCarePayment({ income: 5000, price: { housing: 4000 } }))[0]).toMatchObject({ code: "not-in-preset" });
    expect(() => bare.caseDeadline({ paragraph: "100", received: "2026-03-02" })).toThrow(/sets no caseDeadlines/);
    expect(bare.caseDeadline({ paragraph: "100", received: "2026-03-02", weeks: 4 }).date).toBe("2026-03-30");
  });
  it("composes with withRates in either order", () => {
    const rates = { SHELTER_109_RATES: [{ from: "2030-01-01", until: "2030-12-31", value: "105.00", source: "Testby Kommune, satsblad 2030 (testinput)" }] };
    for (const calc of [withServiceLevel(DOC).withRates(rates), withRates(rates).withServiceLevel(DOC)]) {
      const r = calc.shelterFee({ section: "109", arrival: "2030-03-01T12:00", departure: "2030-03-03T12:00" });
      expect(r.amount).toBe("315.00"); // 3 calendar days (Testby counts «pr. kalenderdag») × 105,00
      expect(r.explanation[0]?.text).toBe("Serviceniveau: Testby Kommune (2026).");
    }
  });
});

describe("a figure the document gives for a period applies in that period only (Holbæk 2024, Midlertidigt botilbud § 107, pkt. 5: «2.078,00 kr. pr. måned (2024 niveau)»)", () => {
  const price = { housing: 4000, services: { food: 2500 } };
  it("November 2024 uses it; November 2026 is refused naming the document and how to give the current figure; no month is refused too", () => {
    expect(residentialCarePayment({ month: "2024-11", income: 9000, price, preset: "holbaek-2024" }).payment).toBe("6441.00"); // 9.000 − 481 − 2.078
    const late = issuesOf(() => residentialCarePayment({ month: "2026-11", income: 9000, price, preset: "holbaek-2024" }))[0];
    expect(late).toMatchObject({ path: "month", code: "rate-missing" });
    expect(late?.message).toMatch(/Holbæk Kommune, Information om serviceniveauer .* sets residentialCare\.disposableAmount .* only for 2024-01-01–2024-12-31, not for 2026-11-01.*withServiceLevel\(document\)/);
    expect(issuesOf(() => residentialCarePayment({ income: 9000, price, preset: "holbaek-2024" }))[0]).toMatchObject({ path: "month", code: "required-with" });
    // The caller's own figure needs no date.
    expect(residentialCarePayment({ month: "2026-11", income: 9000, price, preset: "holbaek-2024", disposableAmount: 2150, approvedExpenses: [{ label: "Telefon og internet", monthly: 200 }] }).payment).toBe("6500.00");
    // Its dated approved expenses are not carried into 2026 under a caller's disposable amount either.
    expect(issuesOf(() => residentialCarePayment({ month: "2026-11", income: 9000, price, preset: "holbaek-2024", disposableAmount: 2150 }))[0]).toMatchObject({ code: "rate-missing" });
  });
});

describe("the document is validated once, every problem at once", () => {
  it("unknown figures, a bad value, a missing quote and overlapping rows are all named by path", () => {
    const bad = {
      ...DOC,
      rules: {
        "residentialCare.disposable": [{ from: "2026-01-01", value: "1", section: "x", quote: "y" }],
        "residentialCare.disposableAmount": [
          { from: "2026-01-01", value: "-5", section: "§ 107", quote: "q" },
          { from: "2026-06-01", value: "2000", section: "§ 107" },
        ],
        "bpa.notice": [{ from: "2026-01-01", until: "2025-01-01", value: { weeks: 12 }, section: "s", quote: "q" }],
      },
    };
    const paths = issuesOf(() => withServiceLevel(bad)).map((i) => `${i.path} ${i.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "rules.residentialCare.disposable unknown-field",
        "rules.residentialCare.disposableAmount[0].value out-of-range",
        "rules.residentialCare.disposableAmount[1].quote required",
        "rules.bpa.notice[0].until order",
        "rules.residentialCare.disposableAmount[1] rate-overlap",
      ]),
    );
    expect(issuesOf(() => withServiceLevel(null))[0]?.code).toBe("not-an-object");
    expect(issuesOf(() => withServiceLevel({ ...DOC, name: "Testby Kommune" }))[0]?.path).toBe("name");
  });
});

describe("SERVICE_LEVELS: the shipped documents as data", () => {
  it("four documents, keyed by the preset names, each with quotes and sections for every row; the presets are derived from them", () => {
    expect(Object.keys(SERVICE_LEVELS).sort()).toEqual(["albertslund-2018", "albertslund-2024", "ballerup", "holbaek-2024"]);
    expect(Object.keys(MUNICIPAL_PRESETS).sort()).toEqual(Object.keys(SERVICE_LEVELS).sort());
    for (const level of Object.values(SERVICE_LEVELS)) {
      expect(parseServiceLevel(level)).toEqual(level);
      for (const [key, rows] of Object.entries(level.rules)) {
        expect(Object.hasOwn(SERVICE_LEVEL_CATALOGUE, key), key).toBe(true);
        for (const r of rows ?? []) {
          expect(r.section.length, `${level.name} ${key}`).toBeGreaterThan(2);
          expect(r.quote.length, `${level.name} ${key}`).toBeGreaterThan(10);
        }
      }
    }
    expect(SERVICE_LEVELS["holbaek-2024"].rules["residentialCare.disposableAmount"]?.[0]?.value).toBe("2078.00");
    expect(Object.isFrozen(SERVICE_LEVELS["holbaek-2024"].rules)).toBe(true);
  });
  it("the published JSON Schema (schema/service-level.schema.json) is the one the catalogue generates (npm run schema)", () => {
    const file = JSON.parse(readFileSync(new URL("../../schema/service-level.schema.json", import.meta.url), "utf8")) as unknown;
    expect(file).toEqual(serviceLevelJsonSchema());
    const rules = (serviceLevelJsonSchema().properties as { rules: { properties: Record<string, unknown> } }).rules.properties;
    expect(Object.keys(rules)).toEqual(Object.keys(SERVICE_LEVEL_CATALOGUE));
    // Every figure's value is checked by the JSON Schema too (an editor flags "ten" for a number), not left open as {}.
    const open: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== "object") return;
      const o = node as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => k !== "description");
      if (keys.length === 0) open.push(path);
      for (const [k, v] of Object.entries(o)) if (k !== "description" && k !== "enum" && k !== "required") walk(v, `${path}.${k}`);
    };
    for (const [key, entry] of Object.entries(rules)) walk(((entry as { anyOf: { items: { properties: { value: unknown } } }[] }).anyOf[0] as { items: { properties: { value: unknown } } }).items.properties.value, key);
    expect(open).toEqual([]);
  });
});
