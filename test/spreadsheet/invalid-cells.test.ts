// Random invalid cells never give a value computed from a skipped cell: an error passed in comes
// out as an error; TRUE/FALSE where no yes/no is asked is refused; an empty cell or a text that is
// not the asked kind either gives an error cell or exactly what the same call gives with that
// cell empty (an optional argument left out, a label in a range) — never another number.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SHEET_DECLARATIONS, SheetError, sheetFunctions, type SheetValue } from "../../src/spreadsheet/index.js";
import { DOOR_CASES, type DoorCase } from "./door-cases.js";
import { runs } from "../support/runs.js";

type Bad = { kind: "error"; value: SheetError } | { kind: "boolean"; value: boolean } | { kind: "empty"; value: "" | null } | { kind: "text"; value: string };
const bad: fc.Arbitrary<Bad> = fc.oneof(
  fc.constantFrom("#VALUE!", "#N/A", "#DIV/0!", "#REF!").map((code) => ({ kind: "error" as const, value: new SheetError(code as "#N/A", "fra en anden celle") })),
  fc.boolean().map((value) => ({ kind: "boolean" as const, value })),
  fc.constantFrom("" as const, null).map((value) => ({ kind: "empty" as const, value })),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/^\s*-?\d/.test(s) && s.trim() !== "").map((value) => ({ kind: "text" as const, value })),
);

/** Where to put the bad cell: an argument, or a cell of a range argument. */
const place = (c: DoorCase) =>
  fc.integer({ min: 0, max: c.args.length - 1 }).chain((i) => {
    const a = c.args[i];
    return Array.isArray(a) && a.length > 0
      ? fc.record({ i: fc.constant(i), row: fc.integer({ min: 0, max: a.length - 1 }), col: fc.integer({ min: 0, max: (a[0] as unknown[]).length - 1 }) })
      : fc.record({ i: fc.constant(i), row: fc.constant(-1), col: fc.constant(-1) });
  });

const put = (args: readonly unknown[], at: { i: number; row: number; col: number }, v: unknown): SheetValue[] =>
  args.map((a, i) => {
    if (i !== at.i) return a;
    if (at.row < 0) return v;
    return (a as unknown[][]).map((r, ri) => (ri === at.row ? r.map((cell, ci) => (ci === at.col ? v : cell)) : r));
  }) as SheetValue[];

describe("invalid cells in every function (plain JavaScript)", () => {
  for (const d of SHEET_DECLARATIONS) {
    it(`property: ${d.name} — an invalid cell gives an error cell or the result with that cell empty`, () => {
      const f = sheetFunctions[d.name] as (...a: SheetValue[]) => unknown;
      fc.assert(
        fc.property(
          (DOOR_CASES[d.name] as fc.Arbitrary<DoorCase>).chain((c) => fc.tuple(fc.constant(c), place(c), bad)),
          ([c, at, b]) => {
            const r = f(...put(c.args, at, b.value));
            const param = d.params[Math.min(at.i, d.params.length - 1)];
            if (b.kind === "error") {
              expect(r).toBeInstanceOf(SheetError);
              return;
            }
            // A refused argument is named by its sheet name, so the caseworker knows which cell to fix.
            if (r instanceof SheetError && at.row < 0 && b.kind !== "empty" && d.name !== "FORKLARING") expect(r.message).toContain(param?.name);
            if (b.kind === "boolean" && at.row < 0 && param?.type === "boolean") return; // a yes/no asked for
            if (b.kind === "boolean") {
              // TRUE/FALSE where a number, date or text is asked is refused — in a BPA range only the yes/no names take it.
              const bpaYesNo = d.name.startsWith("BPA.") && at.row >= 0 && at.col === 1;
              if (!bpaYesNo) expect(r).toBeInstanceOf(SheetError);
              return;
            }
            if (r instanceof SheetError) return;
            expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(f(...put(c.args, at, null)))));
          },
        ),
        { numRuns: runs(40) },
      );
    });
  }
});
