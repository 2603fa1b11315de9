// An independent tester's findings on the service levels (this session), each reproduced and
// fixed: dated rows read by the date asked, documents that validate always compute, foreign
// rules not applied, Danish sheet messages, shipped names kept for the shipped documents.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError, serviceLevelTemplate, withServiceLevel } from "../../src/index.js";
import { OPHOLD_DOEGN, SAGSFRIST, BOTILBUD_BETALING } from "../../src/spreadsheet/functions.js";
import { issuesOf } from "../support/issues.js";

const TESTBY = JSON.parse(readFileSync(new URL("./fixtures/testby-2026.json", import.meta.url), "utf8")) as Record<string, unknown> & { rules: Record<string, unknown> };
const row = (from: string, value: unknown, until?: string) => ({ from, ...(until ? { until } : {}), value, section: `S${from.slice(0, 4)}`, quote: "testtekst" });
const doc = (rules: Record<string, unknown>, name = "prøveby-2025") => ({ ...TESTBY, name, rules });

describe("dated rows are read by the date asked", () => {
  it("§ 107 in May 2025 uses the 2025 row, not the newest (2026)", () => {
    const t = withServiceLevel(doc({ "residentialCare.disposableAmount": [row("2025-01-01", "2000", "2025-12-31"), row("2026-01-01", "2500")], "residentialCare.approvedExpenses": [row("2025-01-01", [{ label: "Telefon", monthly: "100" }], "2025-12-31"), row("2026-01-01", [{ label: "Telefon", monthly: "150" }])] }));
    const may2025 = t.residentialCarePayment({ month: "2025-05", income: 12000, price: { housing: 9000 } });
    expect(may2025).toMatchObject({ disposableAmount: "2000.00", deductions: "100.00", payment: "9000.00" });
    expect(may2025.explanation.find((s) => s.rule === "residential-care.disposable")?.source).toMatch(/S2025$/);
    expect(t.residentialCarePayment({ month: "2026-05", income: 12000, price: { housing: 9000 } })).toMatchObject({ disposableAmount: "2500.00", deductions: "150.00" });
  });
  it("transport given for 2026 only needs the date, and states the document's own share (25 %)", () => {
    const t = withServiceLevel(doc({ transport: [row("2026-01-01", { ownKm: 8, maxShareOfNetEarnings: 0.25 }, "2026-12-31")] }));
    expect(issuesOf(() => t.transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200 }))[0]).toMatchObject({ path: "date", code: "required-with" });
    const r = t.transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200, date: "2026-05-01" });
    expect(r.explanation.at(-1)?.text).toMatch(/dog højst 25 % af indtjeningen/);
    expect(issuesOf(() => t.transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200, date: "2027-05-01" }))[0]).toMatchObject({ code: "rate-missing" });
  });
});

describe("a document that validates always computes; one that would not is refused when loaded", () => {
  it("packages out of order or without an open last band, a follow-up or group course without a length, duplicate ids, a bad paragraph and an unknown key are refused, each by path", () => {
    const bad = doc({
      packages: [row("2025-01-01", { bands: [{ package: 2, upTo: null, text: "a", vum: "C" }, { package: 1, upTo: 3, text: "b", vum: "D" }] })],
      "followUp.85": [row("2025-01-01", {})],
      "courses.group": [row("2025-01-01", { months: 2, weeks: 3 })],
      "norms.85": [row("2025-01-01", [{ id: "a", label: "A", kind: "exact", value: 1, unit: "x" }, { id: "a", label: "B", kind: "exact", value: 2, unit: "x" }])],
      "appeal.none": [row("2025-01-01", { paragraphs: ["zzz"] })],
      ...JSON.parse('{"__proto__": [{"from": "2025-01-01", "value": 1, "section": "s", "quote": "q"}]}'),
    });
    const paths = issuesOf(() => withServiceLevel(bad)).map((i) => `${i.path} ${i.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "rules.packages[0].value.bands[1].upTo order",
        "rules.followUp.85[0].value exactly-one",
        "rules.courses.group[0].value exactly-one",
        "rules.norms.85[0].value[1].id invalid",
        "rules.__proto__ unknown-field",
      ]),
    );
    expect(paths.some((p) => p.startsWith("rules.appeal.none[0].value.paragraphs[0]"))).toBe(true);
  });
  it("a status due before the grant is refused (statusBeforeMonths not below the months to the first follow-up)", () => {
    expect(issuesOf(() => withServiceLevel(doc({ "followUp.85": [row("2025-01-01", { every: { months: 1 }, statusBeforeMonths: 6 })] }))).map((i) => i.path)).toContain("rules.followUp.85[0].value.statusBeforeMonths");
  });
  it("the template's year left as written is not filled in", () => {
    expect(issuesOf(() => withServiceLevel(serviceLevelTemplate())).find((i) => i.path === "year")).toMatchObject({ code: "null-left" });
  });
  it("a municipality's own document may not take a shipped document's name", () => {
    expect(issuesOf(() => withServiceLevel(doc({}, "holbaek-2024")))[0]).toMatchObject({ path: "name", code: "invalid" });
  });
});

describe("a municipality's own rules, and no other", () => {
  it("the four-hour psychologist assessment is Holbæk's rule: another document's price cap does not bring it", () => {
    const t = withServiceLevel(TESTBY);
    const r = t.shelterChildPsychology({ hours: 6, hourlyPrice: 1200 });
    expect(r.needsAssessment).toBe(false);
    expect(r.explanation.some((s) => s.rule === "shelter.psychology.assessment")).toBe(false);
  });
  it("a document without § 107 figures does not block § 107 when the call gives the disposable amount", () => {
    const t = withServiceLevel(doc({ caseDeadlines: [row("2025-01-01", { weeks: { "100": 6 } })] }));
    expect(t.residentialCarePayment({ month: "2026-05", income: 12000, price: { housing: 9000 }, disposableAmount: 2800 }).payment).toBe("9000.00");
  });
  it("a batch bound to a service level explains its rows under it", () => {
    const t = withServiceLevel(TESTBY);
    const b = t.residentialCarePaymentBatch({ income: [9000], housing: 4000, services: 2500, month: "2026-03" });
    expect(b.explain(0)[0]?.text).toBe("Serviceniveau: Testby Kommune (2026).");
  });
});

describe("spreadsheets", () => {
  it("OPHOLD.DØGN counts by the document's rule; service-level problems are said in Danish", () => {
    const json = JSON.stringify(TESTBY);
    expect(OPHOLD_DOEGN(110, "2026-05-01T12:00", "2026-05-03T13:00", "", "", json)).toBe(3); // Testby counts calendar days
    expect(SAGSFRIST(100, "2026-03-02", "{ ikke json")).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^serviceniveau begynder med \{ men er ikke et JSON-dokument/) });
    expect(SAGSFRIST(100, "2026-03-02", 5)).toMatchObject({ message: expect.stringMatching(/^serviceniveau skal være navnet på et serviceniveau/) });
    const noCare = JSON.stringify(doc({ caseDeadlines: [row("2025-01-01", { weeks: { "100": 6 } })] }));
    expect(BOTILBUD_BETALING(12000, 9000, 0, "", "", "", noCare, "2026-05")).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/fastsætter ikke rådighedsbeløb og godkendte udgifter \(§ 107\): angiv tallet i formlen/) });
  });
});

void InputError;

describe("the service-level line of a view made by hand", () => {
  it("is rendered from the view as it is, not from a kept sentence", async () => {
    const { presetStepOf } = await import("../../src/service-levels/step.js");
    const { MUNICIPAL_PRESETS } = await import("../../src/index.js");
    const view = { ...MUNICIPAL_PRESETS["holbaek-2024"] };
    expect(presetStepOf(view).text).toBe("Serviceniveau: Holbæk Kommune (2024).");
    view.municipality = "Testby Kommune";
    expect(presetStepOf(view).text).toBe("Serviceniveau: Testby Kommune (2024).");
    expect(presetStepOf(MUNICIPAL_PRESETS["holbaek-2024"]).text).toBe("Serviceniveau: Holbæk Kommune (2024).");
  });
});
