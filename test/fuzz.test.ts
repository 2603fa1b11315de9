import { MODULES } from "../src/modules.js";
import { SAMPLES } from "./support/samples.js";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as lib from "../src/index.js";
import * as sheet from "../src/spreadsheet/index.js";
import { runs } from "./support/runs.js";

/** Walks a result and fails on NaN, Infinity, "-0.00" or "NaN" anywhere in it. */
function assertClean(value: unknown, path = "result"): void {
  if (typeof value === "number") expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (typeof value === "string") {
    expect(value, path).not.toBe("-0.00");
    expect(value.includes("kr.."), `${path} has "kr.." in "${value}"`).toBe(false);
    expect(/NaN|Infinity/.test(value) && !/NaN or Infinity/.test(value), `${path} = ${value}`).toBe(false);
  } else if (Array.isArray(value)) value.forEach((v, i) => assertClean(v, `${path}[${i}]`));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) assertClean(v, `${path}.${k}`);
}

/** Odd objects (a revoked Proxy breaks fast-check itself; it is tested in robustness.test.ts): getters that throw, Proxies that throw, Date-likes and lying Dates, foreign-looking objects. */
const odd = fc.constantFrom<() => unknown>(
  () => Object.defineProperty({}, "x", { enumerable: true, get: () => { throw new Error("getter"); } }),
  () => new Proxy({}, { ownKeys: () => { throw new Error("ownKeys"); } }),
  () => new Proxy({ a: 1 }, { get: () => { throw new Error("get"); } }),
  () => Object.create(Date.prototype),
  () => ({ getTime: () => 0, valueOf: () => 0, toISOString: () => "2024-03-01T00:00:00Z" }),
  () => new (class extends Date { override getTime() { return Number.NaN; } })(),
  () => new Date(Number.NaN),
  () => [1, [2, [3, [4]]]],
  () => ({ __proto__: null, toString: 5 }),
).map((make) => make());
const weird = fc.oneof(
  fc.anything(),
  odd,
  fc.constantFrom("", " ", "12,50", "-0", "1e3", "NaN", "Infinity", "9999-12-31", "2024-02-30", "2024-13", "0000-01-01", null, -0, Number.MAX_VALUE, -1, 1e21, Number.NaN),
  fc.double(),
  fc.date(),
  fc.string(),
);
const near = (shape: Record<string, fc.Arbitrary<unknown>>) => fc.record(Object.fromEntries(Object.entries(shape).map(([k, a]) => [k, fc.oneof(a, weird)])), { requiredKeys: [] });

const cases: [string, (x: never) => unknown, fc.Arbitrary<unknown>][] = [
  ["extraCostSubsidy", lib.extraCostSubsidy as never, near({ date: fc.constantFrom("2024-03-01", "2025-10-01", "2027-09-01"), monthlyCosts: fc.nat(5000), yearlyCosts: fc.nat(60000), documented: fc.boolean(), regime: fc.constantFrom("merudgift", "kompensation"), documentedListedMonthlyCosts: fc.nat(4000), group: fc.constantFrom(1, 2), items: fc.array(fc.record({ label: fc.constant("x"), monthly: fc.nat(900), kind: fc.constantFrom("medicine", "other") }), { maxLength: 3 }) })],
  ["extraCostOneOff", lib.extraCostOneOff as never, near({ date: fc.constantFrom("2024-03-01", "2021-06-01"), oneOffAmount: fc.nat(20000), runningMonthlyCosts: fc.nat(900), currentRecipient: fc.boolean() })],
  ["escortLedger", lib.escortLedger as never, near({ from: fc.constantFrom("2024-01", "2024-06"), to: fc.constantFrom("2024-03", "2025-02"), usage: fc.array(fc.record({ month: fc.constantFrom("2024-02", "2024-07"), hours: fc.nat(40) }), { maxLength: 4 }), monthlyHours: fc.nat(30), residenceHours: fc.nat(20), policy: fc.record({ cap: fc.nat(100), windowMonths: fc.integer({ min: 1, max: 8 }) }), strict: fc.boolean() })],
  ["escortTripHours", lib.escortTripHours as never, near({ escortingHours: fc.nat(20), paidHours: fc.nat(30), travelHours: fc.nat(10) })],
  ["escortExpenseSupplement", lib.escortExpenseSupplement as never, near({ date: fc.constantFrom("2024-01-01", "2019-01-01"), probableExpenses: fc.nat(3000) })],
  ["bpaGrant", lib.bpaGrant as never, near({ section: fc.constantFrom("95", "96"), date: fc.constantFrom("2021-10-01", "2024-01-01"), preset: fc.constantFrom("aarhus-lt11", "aarhus-2021-04-lt13"), employer: fc.constantFrom("citizen", "relative", "association"), weeklyHours: fc.record({ day: fc.nat(60), evening: fc.nat(20), holiday: fc.nat(2) }, { requiredKeys: [] }), onCallWeeklyHours: fc.nat(20), helpers: fc.nat(5), servicePreset: fc.constantFrom("albertslund-2018", "holbaek-2024"), helperExpensesMonthly: fc.nat(2000), allowances: fc.record({ care: fc.boolean() }), relativeWeeklyHours: fc.nat(60), weeksPerYear: fc.integer({ min: 1, max: 53 }) })],
  ["bpaSettlement", lib.bpaSettlement as never, near({ grant: fc.constant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } }), used: fc.record({ day: fc.nat(3000), evening: fc.nat(10) }, { requiredKeys: [] }) })],
  ["residentialCarePayment", lib.residentialCarePayment as never, near({ month: fc.constantFrom("2024-03"), income: fc.nat(30000), price: fc.record({ housing: fc.nat(6000) }), preset: fc.constantFrom("holbaek-2024", "albertslund-2018"), disposableAmount: fc.nat(3000), ownDwelling: fc.record({ monthlyCost: fc.nat(6000) }), days: fc.record({ from: fc.constantFrom("2024-03-05"), to: fc.constantFrom("2024-03-20", "2024-04-01") }) })],
  ["shelterFee", lib.shelterFee as never, near({ section: fc.constantFrom("109", "110"), arrival: fc.constantFrom("2024-03-01T14:00", "2023-12-30T10:00"), departure: fc.constantFrom("2024-03-03T13:00", "2024-01-02T00:00"), asOf: fc.constantFrom("2024-03-02T00:00"), income: fc.boolean(), ownHomeRent: fc.boolean(), counting: fc.constantFrom("nights", "calendar-days"), reduction: fc.record({ fraction: fc.double({ min: 0, max: 1, noNaN: true }) }), dailyFood: fc.nat(100) })],
  ["shelterChildPsychology", lib.shelterChildPsychology as never, near({ hours: fc.nat(12), hourlyPrice: fc.nat(2000), priceCap: fc.nat(1500), person: fc.constantFrom("child", "adult") })],
];

describe("fuzz: every public function gives a valid result or an InputError", () => {
  it.each(cases)("%s", (_name, fn, arb) => {
    fc.assert(
      fc.property(fc.oneof(arb, fc.anything()), (input) => {
        let result: unknown;
        try {
          result = fn(input as never);
        } catch (e) {
          expect(e).toBeInstanceOf(lib.InputError);
          expect((e as lib.InputError).issues.length).toBeGreaterThan(0);
          for (const i of (e as lib.InputError).issues) expect(Object.hasOwn(lib.ISSUE_CODES, i.code), `${i.path}: ${i.code}`).toBe(true);
          return;
        }
        assertClean(result);
      }),
      { numRuns: runs(400) },
    );
  });
  // Every module's function (MODULES), from its sample call with any field swapped for an odd
  // value, or anything at all: a new module's function is fuzzed without editing this file.
  const mutate = (v: unknown): fc.Arbitrary<unknown> =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? fc.record(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fc.oneof({ weight: 3, arbitrary: mutate(x) }, { weight: 1, arbitrary: weird })])), { requiredKeys: [] })
      : fc.oneof({ weight: 3, arbitrary: fc.constant(v) }, { weight: 1, arbitrary: weird });
  it.each(MODULES.flatMap((m) => Object.entries(m.functions)))("module function %s, from its sample", (name, fn) => {
    const sample = SAMPLES[name] as unknown[];
    fc.assert(
      fc.property(fc.oneof(fc.tuple(...sample.map(mutate)), fc.array(fc.anything(), { maxLength: 3 })), (args) => {
        let result: unknown;
        try {
          result = (fn as (...a: unknown[]) => unknown)(...args);
        } catch (e) {
          expect(e, name).toBeInstanceOf(lib.InputError);
          for (const i of (e as lib.InputError).issues) expect(Object.hasOwn(lib.ISSUE_CODES, i.code), `${name} ${i.path}: ${i.code}`).toBe(true);
          return;
        }
        assertClean(result);
      }),
      { numRuns: runs(150) },
    );
  });
  it("spreadsheet functions never throw: a value or a SheetError", () => {
    const fns = Object.values(sheet.sheetFunctions);
    fc.assert(
      fc.property(fc.constantFrom(...fns), fc.array(fc.oneof(weird, fc.array(fc.array(weird, { maxLength: 3 }), { maxLength: 3 })), { maxLength: 6 }), (fn, args) => {
        const r = fn(...(args as sheet.SheetValue[]));
        if (!(r instanceof sheet.SheetError)) assertClean(r);
      }),
      { numRuns: runs(600) },
    );
  });
});
