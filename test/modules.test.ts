// Issue 24 § 2: one manifest per module, one list of modules (src/modules.ts). Nothing can be
// forgotten silently: a module's function missing from the exports, the samples the fuzz and
// time-zone tests run, or a folder missing from the list fails here.
import type { ModuleManifest } from "../src/core/module.js";
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { MODULES } from "../src/modules.js";
import { SHEET_DECLARATIONS } from "../src/spreadsheet/registry.js";
import { GROUPS } from "../scripts/mutation.mjs";
import { SAMPLES } from "./support/samples.js";

const functions = MODULES.flatMap((m) => Object.entries(m.functions));
/** Public functions that are tools, not calculators of a module. */
const TOOLS = ["InputError", "issueText", "renameField", "parseServiceLevel", "rateCoverage", "rateTables", "rateTemplate", "renderTemplate", "serviceLevelTemplate", "translateExplanation", "withRates", "withServiceLevel"];

describe("MODULES: every module declares itself once, everything else is derived", () => {
  it("every module's functions are exported from the package as they are, and every exported calculator belongs to a module", () => {
    for (const [name, fn] of functions) expect((lib as Record<string, unknown>)[name], name).toBe(fn);
    const exported = Object.entries(lib).filter(([, v]) => typeof v === "function").map(([k]) => k);
    expect(exported.filter((k) => !TOOLS.includes(k) && !functions.some(([n]) => n === k))).toEqual([]);
    expect(new Set(functions.map(([n]) => n)).size).toBe(functions.length);
  });
  it("every folder with words has a manifest in MODULES, and every manifest names its own folder", () => {
    const folders = readdirSync("src", { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`src/${d.name}/words.ts`)).map((d) => d.name);
    expect(MODULES.map((m) => m.name).sort()).toEqual(folders.sort());
  });
  it("every rule id is a module's, and no two modules share one", () => {
    const ids = MODULES.flatMap((m) => Object.keys(m.words));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(lib.RULES).sort()).toEqual([...ids].sort());
  });
  it("every spreadsheet function belongs to one module (FORKLARING explains any of them)", () => {
    const declared = MODULES.flatMap((m: ModuleManifest) => (m.sheet ?? []).map((s) => (typeof s === "string" ? s : (s.id ?? s.name))));
    expect(SHEET_DECLARATIONS.map((d) => d.id).filter((id) => id !== "FORKLARING")).toEqual(declared);
    // A function declared as data calls a function of its own module, and fills a field of its input from every parameter but satser.
    for (const m of MODULES as readonly ModuleManifest[]) {
      for (const s of m.sheet ?? []) {
        if (typeof s === "string") continue;
        expect(Object.keys(m.functions), `${m.name}: ${s.name}`).toContain(s.calls);
      }
    }
  });
  it("every module function has a sample call (the fuzz and time-zone tests run every sample), and each sample computes", () => {
    expect(functions.map(([n]) => n).filter((n) => !(n in SAMPLES))).toEqual([]);
    for (const [name, fn] of functions) expect(() => (fn as (...a: unknown[]) => unknown)(...(SAMPLES[name] as unknown[])), name).not.toThrow();
  });
  it("the mutation groups cover every folder under src/ (derived from the folders, so a new module is mutation-tested)", () => {
    const folders = readdirSync("src", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const covered = Object.values(GROUPS as Record<string, string[]>).flat();
    for (const f of folders) expect(covered, f).toContain(`src/${f}/**/*.ts`);
    expect(covered).toContain("src/*.ts");
  });
});
