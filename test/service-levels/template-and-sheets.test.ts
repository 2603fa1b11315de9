// Issue 25 § 2: a municipality writes its service level from the fill-in document
// (`servicelov serviceniveau --skabelon`), and gives it once per workbook in a spreadsheet
// (`registerHyperFormula(hf, { serviceLevels })`, or the whole document as JSON text in a cell).
// Test figures, labelled as such.
import { readFileSync } from "node:fs";
import * as hf from "hyperformula";
import { afterEach, describe, expect, it } from "vitest";
import { SERVICE_LEVEL_CATALOGUE, caseDeadline, residentialCarePayment, serviceLevelTemplate, withServiceLevel } from "../../src/index.js";
import { main } from "../../src/cli.js";
import { registerHyperFormula } from "../../src/spreadsheet/index.js";
import { SAGSFRIST } from "../../src/spreadsheet/functions.js";
import { issuesOf } from "../support/issues.js";

const TESTBY = JSON.parse(readFileSync(new URL("./fixtures/testby-2026.json", import.meta.url), "utf8")) as Record<string, unknown> & { rules: Record<string, unknown> };

describe("the fill-in document (servicelov serviceniveau --skabelon)", () => {
  it("lists every figure and rule the library can use, grouped by paragraph, each with meaning, unit and the calculators that use it", () => {
    const t = serviceLevelTemplate();
    expect(Object.keys(t.rules).sort()).toEqual(Object.keys(SERVICE_LEVEL_CATALOGUE).sort());
    const disposable = t.rules["residentialCare.disposableAmount"];
    expect(disposable).toMatchObject({ paragraf: "SEL § 107", enhed: "kr. pr. måned", brugesAf: ["residentialCarePayment", "BOTILBUD.BETALING"], rows: [{ from: null, value: null, section: null, quote: null }] });
    // Grouped by paragraph: § 12 before § 82a before § 85 before § 107 before § 110; the law on case processing last.
    const order = Object.values(t.rules).map((e) => e.paragraf);
    const at = (p: string) => order.indexOf(p);
    expect(at("SEL § 12")).toBeLessThan(at("SEL § 82a"));
    expect(at("SEL § 82a")).toBeLessThan(at("SEL § 85"));
    expect(at("SEL § 85")).toBeLessThan(at("SEL § 107"));
    expect(at("SEL § 107")).toBeLessThan(at("SEL § 110"));
    expect(order.at(-1)).toBe("retssikkerhedsloven § 3");
  });
  it("the command writes it as JSON on standard output", () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(main(["serviceniveau", "--skabelon"], (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(JSON.parse(out.join("\n"))).toEqual(JSON.parse(JSON.stringify(serviceLevelTemplate())));
    expect(main(["serviceniveau"], (s) => out.push(s), (s) => err.push(s))).toBe(2);
    expect(err.join("\n")).toMatch(/^Angiv --skabelon/);
    expect(main(["serviceniveau", "--skabelon", "aarhus"], () => {}, (s) => err.push(s))).toBe(2);
  });
  it("unfilled entries are refused, each named, with «fill it in or delete the entry»", () => {
    const issues = issuesOf(() => withServiceLevel(serviceLevelTemplate()));
    expect(issues.find((i) => i.path === "name")).toMatchObject({ code: "null-left", message: "name is not filled in: fill it in" });
    expect(issues.find((i) => i.path === "rules.residentialCare.disposableAmount.rows[0]")).toMatchObject({ code: "null-left", message: expect.stringMatching(/is not filled in \(from, value, section, quote\): fill it in or delete the entry$/) });
    // One issue per unfilled entry, not a cascade of schema complaints about its nulls.
    expect(issues.filter((i) => i.path.startsWith("rules.residentialCare.disposableAmount"))).toHaveLength(1);
  });
  it("filled in (blocks kept, the rest deleted) it loads and computes", () => {
    const t = serviceLevelTemplate();
    const doc = {
      ...t,
      name: "skabelonby-2026",
      municipality: "Skabelonby Kommune",
      title: "Kvalitetsstandard 2026 (testdokument)",
      citation: "Skabelonby Kommune, Kvalitetsstandard 2026 (testdokument)",
      year: 2026,
      adopted: "2026-02-01",
      href: "https://example.org/skabelonby",
      rules: {
        caseDeadlines: { ...t.rules.caseDeadlines, rows: [{ from: "2026-02-01", value: { weeks: { "100": 5 } }, section: "Sagsbehandlingstider", quote: "§ 100: 5 uger (testtekst)" }] },
      },
    };
    const r = withServiceLevel(doc).caseDeadline({ paragraph: "100", received: "2026-03-02" });
    expect(r.date).toBe("2026-04-06");
    expect(r.explanation.at(-1)?.source).toBe("Skabelonby Kommune, Kvalitetsstandard 2026 (testdokument), Sagsbehandlingstider");
  });
});

describe("service levels in spreadsheets", () => {
  afterEach(() => registerHyperFormula(hf));
  const build = (rows: unknown[][]) => hf.HyperFormula.buildFromArray(rows as hf.RawCellContent[][], { licenseKey: "gpl-v3" });
  const cell = (s: hf.HyperFormula, a1: string) => s.getCellValue(s.simpleCellAddressFromString(a1, 0) as hf.SimpleCellAddress);

  it("registerHyperFormula(hf, { serviceLevels }): the workbook's own document, named by serviceniveau", () => {
    registerHyperFormula(hf, { serviceLevels: [TESTBY] });
    const s = build([["2026-03-02", '=SAGSFRIST(100, A1, "testby-2026")', '=BOTILBUD.BETALING(12000, 4000, 2500, , , , "testby-2026", "2026-11")', '=SAGSFRIST(100, A1, "aarhus-2026")']]);
    expect(cell(s, "B1")).toBe(caseDeadline({ paragraph: "100", received: "2026-03-02", weeks: 6 }).date);
    expect(cell(s, "C1")).toBe(Number(withServiceLevel(TESTBY).residentialCarePayment({ month: "2026-11", income: 12000, price: { housing: 4000, services: { other: 2500 } } }).payment));
    expect(cell(s, "D1")).toMatchObject({ type: "VALUE" });
  });
  it("registering a document that fails validation is refused, naming its place in the list", () => {
    expect(issuesOf(() => registerHyperFormula(hf, { serviceLevels: [TESTBY, { ...TESTBY, name: "Ikke Et Navn" }] }))[0]).toMatchObject({ path: "serviceLevels[1].name" });
    expect(issuesOf(() => registerHyperFormula(hf, { serviceLevels: [TESTBY, TESTBY] }))[0]).toMatchObject({ path: "serviceLevels[1].name", code: "invalid" });
  });
  it("without registration the name is unknown: no municipality's figure leaks between workbooks", () => {
    registerHyperFormula(hf);
    const s = build([["2026-03-02", '=SAGSFRIST(100, A1, "testby-2026")']]);
    expect(cell(s, "B1")).toMatchObject({ type: "VALUE" });
  });
  it("in any door, a cell holding the whole document as JSON text is a serviceniveau", () => {
    const json = JSON.stringify(TESTBY);
    expect(SAGSFRIST(100, "2026-03-02", json)).toBe("2026-04-13");
    // The document is known for that call only.
    expect(SAGSFRIST(100, "2026-03-02", "testby-2026")).toMatchObject({ code: "#VALUE!" });
    expect(SAGSFRIST(100, "2026-03-02", "{ not json")).toMatchObject({ code: "#VALUE!" });
    expect(SAGSFRIST(100, "2026-03-02", '{ "name": "x" }')).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^serviceniveau: dokumentet er ikke gyldigt: municipality skal udfyldes/) });
    expect(SAGSFRIST(100, "2026-03-02", JSON.stringify({ ...TESTBY, rules: { caseDeadlines: [{ from: "2026-01-01", value: { weeks: { "100": -1 } }, section: "s", quote: "q" }] } }))).toMatchObject({ code: "#VALUE!" });
  });
  it("a dated municipal figure in a sheet needs the month, and fails outside its period", () => {
    const s = build([['=BOTILBUD.BETALING(12000, 4000, 2500, , , , "holbaek-2024", "2024-11")', '=BOTILBUD.BETALING(12000, 4000, 2500, , , , "holbaek-2024", "2026-11")', '=BOTILBUD.BETALING(12000, 4000, 2500, , , , "holbaek-2024")']]);
    expect(cell(s, "A1")).toBe(Number(residentialCarePayment({ month: "2024-11", income: 12000, price: { housing: 4000, services: { other: 2500 } }, preset: "holbaek-2024" }).payment));
    // A figure the document does not give for the date is a missing figure (#N/A), as a missing rate is; said in Danish.
    expect(cell(s, "B1")).toMatchObject({ type: "NA", message: expect.stringMatching(/^Serviceniveauets tal mangler: Holbæk Kommune, .* fastsætter rådighedsbeløb pr\. måned, .* kun for 2024-01-01 til 2024-12-31, ikke for 2026-11-01\./) });
    expect(cell(s, "C1")).toMatchObject({ type: "VALUE", message: expect.stringMatching(/^måned skal udfyldes: Holbæk Kommune, .* så beregningen skal have sin dato\.$/) });
  });
});
