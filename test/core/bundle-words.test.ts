// Issue 24 § 2: a module's words live with the module and load with it. A bundle of one
// calculator, made from the BUILT package as an app's bundler makes it (esbuild, tree-shaken),
// carries its own module's sentences and no sentence of another paragraph — and no
// municipality's service-level document it does not use. (The size budgets are in .size-limit.json.)
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { WORDS as BPA } from "../../src/bpa/words.js";
import { WORDS as ESCORT } from "../../src/escort/words.js";
import { WORDS as EXTRA_COST } from "../../src/extra-cost/words.js";
import { WORDS as RESIDENTIAL_CARE } from "../../src/residential-care/words.js";
import { WORDS as SHELTER } from "../../src/shelter/words.js";
import { WORDS as TIME_LIMITS } from "../../src/time-limits/words.js";
import { WORDS as NORMS } from "../../src/norms/words.js";
import type { Words } from "../../src/core/explain.js";

const DIST = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

/** The longest literal piece of each Danish template (the text between placeholders): what a bundle carrying the sentence must contain. */
function fragments(words: Words): string[] {
  return Object.values(words).map((w) => w.da.split(/\{[^}]*\}|\[\[[^\]]*\]\]/).reduce((a, b) => (b.length > a.length ? b : a), ""));
}

async function bundle(name: string): Promise<string> {
  const out = await build({ stdin: { contents: `export { ${name} } from ${JSON.stringify(DIST)};`, resolveDir: process.cwd(), loader: "js" }, bundle: true, minify: true, format: "esm", charset: "utf8", write: false, logLevel: "silent" });
  return (out.outputFiles[0] as { text: string }).text;
}

const MODULES: [string, Words][] = [
  ["extraCostSubsidy", EXTRA_COST],
  ["escortLedger", ESCORT],
  ["residentialCarePayment", RESIDENTIAL_CARE],
  ["shelterFee", SHELTER],
  ["bpaGrant", BPA],
];
const OTHERS: Words[] = [EXTRA_COST, ESCORT, RESIDENTIAL_CARE, SHELTER, BPA, TIME_LIMITS, NORMS];

describe("one calculator's bundle carries its own words only", () => {
  for (const [fn, own] of MODULES) {
    it(`${fn}: its own sentences, none of another paragraph's`, async () => {
      const code = await bundle(fn);
      expect(fragments(own).some((f) => code.includes(f))).toBe(true);
      for (const other of OTHERS.filter((w) => w !== own)) {
        const found = fragments(other).filter((f) => f.length >= 25 && code.includes(f));
        expect(found, `${fn} carries sentences of another module`).toEqual([]);
      }
    }, 30_000);
  }
  it("extraCostSubsidy and escortLedger carry no service-level document and no catalogue (they use none)", async () => {
    for (const fn of ["extraCostSubsidy", "escortLedger"]) {
      const code = await bundle(fn);
      for (const key of ["residentialCare.disposableAmount", "bpa.adminPerMeasuredHourTransferred", "Der er ingen klageadgang i forhold til servicelovens"]) expect(code.includes(key), `${fn} carries ${key}`).toBe(false);
    }
  }, 30_000);
});
