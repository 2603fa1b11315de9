import { beforeAll, describe, expect, it } from "vitest";
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import { extraCostSubsidy, shelterFee } from "../../src/index.js";
import { SHEET_FUNCTIONS } from "../../src/spreadsheet/index.js";

const gs = "dist/apps-script/servicelov.gs";
const json = "dist/excel/functions.json";

beforeAll(() => {
  // A newcomer may run `npm test` before `npm run build`: build the artifacts once.
  if (!existsSync(gs) || !existsSync(json) || !existsSync("dist/excel/functions.js")) execSync("npm run build", { stdio: "ignore" });
}, 120_000);

describe("Google Apps Script file, loaded the way Apps Script does (globals only, no modules)", () => {
  const load = () => {
    const context = vm.createContext({ console });
    vm.runInContext(readFileSync(gs, "utf8"), context, { filename: "servicelov.gs" });
    return context as Record<string, (...args: unknown[]) => unknown>;
  };
  it("defines one global function per spreadsheet function", () => {
    const ctx = load();
    for (const f of SHEET_FUNCTIONS) expect(typeof ctx[f.id.replace(/\./g, "_")]).toBe("function");
    expect(typeof ctx.FORKLARING).toBe("function");
  });
  it("computes with Date objects (made inside the script's realm) and 2-D arrays", () => {
    const ctx = load();
    const march = vm.runInContext("new Date(2024, 2, 1)", ctx);
    expect(ctx.MERUDGIFT?.(1800, march)).toBe(Number(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).monthlyAmount));
    const arrival = vm.runInContext("new Date(2024, 2, 1, 14, 0)", ctx);
    const departure = vm.runInContext("new Date(2024, 2, 3, 13, 0)", ctx);
    expect(ctx.OPHOLD_BETALING?.(109, arrival, departure)).toBe(Number(shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T13:00" }).amount));
    const table = ctx.LEDSAGE?.([["2024-04", 20], ["", ""]], "2024-01", "2024-04") as unknown[][];
    expect(table[4]).toEqual(["2024-04", 15, 20, 0, 0, 40]);
    expect((ctx.FORKLARING?.("MERUDGIFT", 1800, march) as unknown[][]).length).toBeGreaterThan(2);
  });
  it("the date functions compute in the script: SAGSFRIST, KLAGEFRIST, FOLKEPENSIONSALDER, FOLKEPENSIONSDATO, ARBEJDSDAGE_LAEG_TIL", () => {
    const ctx = load();
    expect(ctx.SAGSFRIST?.(100, "2024-03-01", "albertslund-2018")).toBe("2024-04-26");
    expect(ctx.KLAGEFRIST?.(vm.runInContext('new Date("2024-03-01T00:00:00+01:00")', ctx))).toBe("2024-04-02");
    expect(ctx.FOLKEPENSIONSALDER?.("1954-03-10")).toBe(65.5);
    expect(ctx.FOLKEPENSIONSDATO?.("1954-03-10")).toBe("2019-09-10");
    expect(ctx.ARBEJDSDAGE_LAEG_TIL?.("2024-03-27", 1)).toBe("2024-04-02");
  });
  it("runs on what Apps Script's V8 offers: a classic script (no top-level await, no modules), no structuredClone, and of Intl only DateTimeFormat with the Europe/Copenhagen zone", () => {
    const source = readFileSync(gs, "utf8");
    // Compiles as a classic script: a top-level await or an import/export would be a syntax error.
    expect(() => new vm.Script(source, { filename: "servicelov.gs" })).not.toThrow();
    const ctx = load();
    expect(vm.runInContext("typeof structuredClone", ctx)).toBe("undefined");
    expect(source).not.toMatch(/\bstructuredClone\b/);
    expect([...new Set(source.match(/Intl\.[A-Za-z]+/g) ?? [])]).toEqual(["Intl.DateTimeFormat"]);
    expect([...new Set((source.match(/timeZone:\s*"[^"]*"/g) ?? []).map((m) => m.replace(/\s/g, "")))]).toEqual(['timeZone:"Europe/Copenhagen"']);
    // A Date instant is read in Danish time inside the script's own realm (31 Aug 2025 22:00 UTC is 1 Sep in Copenhagen).
    const instant = vm.runInContext('new Date("2025-08-31T22:00:00Z")', ctx);
    expect(ctx.KLAGEFRIST?.(instant)).toBe("2025-09-29");
  });
  it("bad input throws an Error whose message the cell shows", () => {
    const ctx = load();
    expect(() => ctx.MERUDGIFT?.(-1, "2024-03-01")).toThrow(/#VALUE! udgifter_pr_md skal være mindst 0 kr./);
  });
});

describe("Excel custom functions", () => {
  it("functions.json lists every function with its parameters", () => {
    const meta = JSON.parse(readFileSync(json, "utf8")) as { functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] };
    for (const f of SHEET_FUNCTIONS) {
      const m = meta.functions.find((x) => x.id === f.id);
      expect(m?.name).toBe(f.name);
      expect(m?.parameters.length).toBe(f.params.length);
      expect(m?.parameters.map((p) => p.optional === true)).toEqual(f.params.map((p) => p.optional === true));
    }
    expect(meta.functions.map((f) => f.id)).toContain("FORKLARING");
  });
  it("every id in functions.json is associated by the bundle, and errors become CustomFunctions.Error", () => {
    const associated = new Map<string, (...a: unknown[]) => unknown>();
    class CfError extends Error {
      constructor(readonly code: string, message?: string) {
        super(message);
      }
    }
    const context = vm.createContext({ CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown) => associated.set(id, fn), Error: CfError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } } });
    vm.runInContext(readFileSync("dist/excel/functions.js", "utf8"), context);
    const meta = JSON.parse(readFileSync(json, "utf8")) as { functions: { id: string }[] };
    for (const f of meta.functions) expect(associated.has(f.id)).toBe(true);
    expect(associated.get("MERUDGIFT")?.(1800, 45352, null, null)).toBe(2277);
    expect(() => associated.get("MERUDGIFT")?.(-1, 45352, null, null)).toThrow(CfError);
    expect((associated.get("FORKLARING")?.("OPHOLD.DOEGN", [109, "2024-03-01 14:00", "2024-03-03 13:00"]) as unknown[][])[0]?.[0]).toMatch(/2 døgn/);
  });
});
