// Every spreadsheet function through three doors — the plain JavaScript functions, HyperFormula
// formulas in a real workbook, and the built Apps Script file run in node:vm the way Apps Script
// loads it — agrees with the library's own API on random valid inputs. (The fourth door, the
// Excel runtime page in headless Chromium, runs the same cases in excel-browser.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import fc from "fast-check";
import * as hf from "hyperformula";

const hf_DetailedCellError = hf.DetailedCellError;
import { registerHyperFormula, SHEET_DECLARATIONS, SheetError, sheetFunctions, HF_EXPLANATION_ROWS } from "../../src/spreadsheet/index.js";
import { anyDoorCase, DOOR_CASES, type DoorArg, type DoorCase } from "./door-cases.js";
import { runs } from "../support/runs.js";

const gs = "dist/apps-script/servicelov.gs";
let script: Record<string, (...args: unknown[]) => unknown>;

beforeAll(() => {
  if (!existsSync(gs)) execSync("npm run build", { stdio: "ignore" });
  const context = vm.createContext({ console });
  vm.runInContext(readFileSync(gs, "utf8"), context, { filename: "servicelov.gs" });
  script = context as typeof script;
  registerHyperFormula(hf);
}, 120_000);

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** Computes a case in a real HyperFormula workbook: scalars in row 1, each range in its own block, the formula in A1. */
function throughHyperFormula(c: DoorCase): unknown {
  const rows: unknown[][] = Array.from({ length: 50 }, () => []);
  const refs = c.args.map((a: DoorArg, i) => {
    const col = 30 + i * 4;
    if (Array.isArray(a)) {
      a.forEach((row, r) => row.forEach((v, k) => ((rows[2 + r] as unknown[])[col + k] = v)));
      const width = Math.max(...a.map((row) => row.length));
      return `${column(col)}3:${column(col + width - 1)}${2 + a.length}`;
    }
    (rows[0] as unknown[])[col] = a;
    return `${column(col)}1`;
  });
  (rows[0] as unknown[])[0] = `=${c.name}(${refs.join(", ")})`;
  const sheet = hf.HyperFormula.buildFromArray(rows as hf.RawCellContent[][], { licenseKey: "gpl-v3" });
  const values = sheet.getSheetValues(0);
  if (!Array.isArray(c.expected)) return values[0]?.[0];
  const width = (c.expected[0] as unknown[]).length;
  const height = c.name === "FORKLARING" ? HF_EXPLANATION_ROWS : c.expected.length;
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, k) => values[r]?.[k] ?? null)).filter((row) => row.some((v) => v !== "" && v !== null));
}

/** The Apps Script door: its value, or the error code and message it throws (the cell shows). */
function appsScriptOutcome(c: DoorCase): unknown {
  try {
    return throughAppsScript(c);
  } catch (e) {
    return { error: String((e as Error).message).split(" ")[0] };
  }
}

function throughAppsScript(c: DoorCase): unknown {
  const d = SHEET_DECLARATIONS.find((x) => x.name === c.name);
  const fn = script[d?.exportName as string] as (...args: unknown[]) => unknown;
  return json(fn(...c.args.map((a) => (a === null ? "" : a))));
}

describe("every door agrees with the library on random valid inputs", () => {
  it("every declared function has a generator of valid calls", () => {
    expect(Object.keys(DOOR_CASES).sort()).toEqual(SHEET_DECLARATIONS.map((d) => d.name).sort());
  });

  for (const d of SHEET_DECLARATIONS) {
    it(`property: ${d.name} — plain JavaScript, HyperFormula and the Apps Script file equal the library`, () => {
      fc.assert(
        fc.property(DOOR_CASES[d.name] as fc.Arbitrary<DoorCase>, (c) => {
          expect(json(sheetFunctions[c.name]?.(...c.args))).toEqual(c.expected);
          expect(throughAppsScript(c)).toEqual(c.expected);
          expect(throughHyperFormula(c)).toEqual(c.expected);
        }),
        { numRuns: runs(15) },
      );
    });
  }

  it("property: any function, any door (mixed)", () => {
    fc.assert(
      fc.property(anyDoorCase, (c) => {
        expect(json(sheetFunctions[c.name]?.(...c.args))).toEqual(c.expected);
        expect(throughAppsScript(c)).toEqual(c.expected);
      }),
      { numRuns: runs(40) },
    );
  });

  it("property: an invalid cell (TRUE/FALSE, empty, a stray text) gives the same outcome through plain JavaScript, the Apps Script file and HyperFormula", () => {
    const badCell = fc.oneof(fc.boolean(), fc.constantFrom("", null), fc.constantFrom("abc", "ja?", "x1", "—"));
    fc.assert(
      fc.property(
        anyDoorCase.chain((c) => fc.tuple(fc.constant(c), fc.integer({ min: 0, max: c.args.length - 1 }), badCell)),
        ([c, i, b]) => {
          const args = c.args.map((x, k) => (k !== i ? x : Array.isArray(x) ? x.map((row, r) => (r === 0 ? row.map((cell, col) => (col === row.length - 1 ? b : cell)) : row)) : b));
          const mutated: DoorCase = { ...c, args: args as DoorCase["args"] };
          const plain = sheetFunctions[c.name]?.(...(mutated.args as never[]));
          const expected = plain instanceof SheetError ? { error: plain.code } : json(plain);
          expect(appsScriptOutcome(mutated)).toEqual(expected);
          const hf = throughHyperFormula(mutated);
          if (plain instanceof SheetError) {
            const cell = Array.isArray(hf) ? (hf as unknown[][])[0]?.[0] : hf;
            expect(cell).toBeInstanceOf(hf_DetailedCellError);
          } else if (b !== null && b !== "") expect(hf).toEqual(expected);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});
