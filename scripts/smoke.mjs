// Imports the BUILT package as ESM and as CJS and runs one calculation through each.
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const esm = await import("../dist/index.js");
const require = createRequire(import.meta.url);
const cjs = require("../dist/index.cjs");

for (const [kind, lib] of [["ESM", esm], ["CJS", cjs]]) {
  const r = lib.extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
  assert.equal(r.monthlyAmount, "2277.00", `${kind}: § 100 result`);
  assert.throws(() => lib.extraCostSubsidy({ date: "2024-02-30", monthlyCosts: 1 }), lib.InputError, `${kind}: InputError`);
  console.log(`smoke ${kind}: extraCostSubsidy → ${r.monthlyAmount} (${r.rule}) ok`);
}

const sheetEsm = await import("../dist/spreadsheet.js");
const sheetCjs = require("../dist/spreadsheet.cjs");
for (const [kind, lib] of [["ESM", sheetEsm], ["CJS", sheetCjs]]) {
  assert.equal(lib.MERUDGIFT(1800, 45352), 2277, `${kind}: spreadsheet MERUDGIFT`);
  console.log(`smoke ${kind}: servicelov/spreadsheet MERUDGIFT → 2277 ok`);
}
