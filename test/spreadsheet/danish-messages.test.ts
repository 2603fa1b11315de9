// Error cells speak Danish: bad values in every parameter of every function (and in every BPA
// range parameter) give messages without the English rule words of the library's InputError.
import { describe, expect, it } from "vitest";
import { BPA_PARAMETERS, BPA_TILSKUD, KLAGEFRIST, LEDSAGE, MERUDGIFT, OPHOLD_DOEGN, SHEET_DECLARATIONS, SheetError, sheetFunctions } from "../../src/spreadsheet/index.js";

const ENGLISH = /\b(must|required|needs?|given|outside|between|allowed|cannot|unknown|expected|should|hours|fraction|grant|offset|not|when|is|are|working|days|helpers|cancelled|appointments)\b/;
const BAD: unknown[] = [-1, "x", true, 1e12, 0.001, "2090-01-01", "145,00", [[1, 2, 3]]];
const VALID: Record<string, unknown[]> = {
  MERUDGIFT: [1800, "2024-03-01"],
  LEDSAGE: [[["2024-02", 3]], "2024-01", "2024-04"],
  "BPA.TILSKUD": [[["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]]],
  "BOTILBUD.BETALING": [8000, 4000, 2900, 300, 2078],
  "OPHOLD.BETALING": [109, "2024-03-01 14:00", "2024-03-03 13:00"],
  SAGSFRIST: [100, "2024-03-01", "albertslund-2018"],
  KLAGEFRIST: ["2024-03-01"],
  FOLKEPENSIONSALDER: ["1954-03-10"],
  "ARBEJDSDAGE.LÆG.TIL": ["2024-03-27", 1],
};

const messages = (): string[] => {
  const out: string[] = [];
  for (const d of SHEET_DECLARATIONS) {
    const valid = VALID[d.name];
    if (!valid) continue;
    for (let i = 0; i < d.params.length; i++) {
      for (const bad of BAD) {
        const args = d.params.map((_, k) => (k === i ? bad : (valid[k] ?? null)));
        const r = sheetFunctions[d.name]?.(...(args as never[]));
        if (r instanceof SheetError) out.push(r.message);
      }
    }
  }
  const base = VALID["BPA.TILSKUD"]?.[0] as unknown[][];
  for (const p of BPA_PARAMETERS) {
    for (const bad of [-1, "x", true, 1e9, 0.5]) {
      const r = BPA_TILSKUD([...base.filter(([k]) => k !== p.name), [p.name, bad]] as never);
      if (r instanceof SheetError) out.push(r.message);
    }
  }
  for (const extra of [[["bistandstillæg", true]], [["bistandstillæg", true], ["serviceniveau", "holbaek-2024"]], [["lønadministration_regning", 100]], [["lønadministration_loft", 100]], [["tillæg_timer", 2], ["tillæg_beløb", 3]], [["helligdagstimer", 2]]]) {
    const r = BPA_TILSKUD([...base.filter(([k]) => !extra.some((e) => e[0] === k)), ...extra] as never);
    if (r instanceof SheetError) out.push(r.message);
  }
  const ledger = LEDSAGE([["2024-09", 1]], "2024-01", "2024-04");
  if (ledger instanceof SheetError) out.push(ledger.message);
  return out;
};

describe("sheet error messages name the cell's parameter", () => {
  it("a bad value in any parameter of any function gives a message that starts with that parameter's name", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const d of SHEET_DECLARATIONS) {
      const valid = VALID[d.name];
      if (!valid) continue;
      d.params.forEach((p, i) => {
        for (const bad of ["x", -1, "2024-13-45", true]) {
          const r = sheetFunctions[d.name]?.(...(d.params.map((_, k) => (k === i ? bad : (valid[k] ?? null))) as never[]));
          if (!(r instanceof SheetError)) continue;
          checked++;
          if (!r.message.startsWith(`${p.name} `)) wrong.push(`${d.name}(${p.name} = ${JSON.stringify(bad)}): ${r.message}`);
        }
      });
    }
    expect(checked).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
  });
  it("a bad cell inside a range names the range and its row", () => {
    expect((LEDSAGE([["2024-02", 3], ["2024-13-45", 1]], "2024-01", "2024-04") as SheetError).message).toMatch(/^forbrug række 2 /);
    expect((LEDSAGE([["2024-02", 3], [true, 1]], "2024-01", "2024-04") as SheetError).message).toMatch(/^forbrug række 2 /);
  });
});

describe("sheet error messages are Danish", () => {
  it("no English rule word in any message from bad values in every parameter (and every BPA range name)", () => {
    const all = messages();
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((m) => ENGLISH.test(m))).toEqual([]);
  });
});

describe("issue 23: the English words an adversarial run found in sheet messages are Danish", () => {
  it("dates, months, stays, regimes, BPA wage and the 48-hour limit", () => {
    const cells = [
      KLAGEFRIST("9999-12-31"),
      KLAGEFRIST(60),
      LEDSAGE([["2024-04", 1]], "2024-01", "2999-12"),
      LEDSAGE([["2024-04", 1]], "2024-04", "2024-01"),
      OPHOLD_DOEGN(109, 1.5, "2024-03-03 13:00"),
      MERUDGIFT(5000, "2024-03-01", undefined, "kompensation"),
      MERUDGIFT(5000, "2026-03-01", true),
      BPA_TILSKUD([["sektion", 96], ["dato", "2026-01-01"], ["arbejdsgiver", "borger"], ["dagtimer", 30]]),
      BPA_TILSKUD([["sektion", 95], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "nærtstående"], ["dagtimer", 60], ["nærtstående_timer", 60]]),
    ];
    for (const c of cells) {
      expect(c).toBeInstanceOf(SheetError);
      expect((c as SheetError).message, (c as SheetError).message).not.toMatch(ENGLISH);
      expect((c as SheetError).message).not.toMatch(/withRates|relativeCapException|grantTransferred|documentedListedMonthlyCosts/);
    }
  });
});
