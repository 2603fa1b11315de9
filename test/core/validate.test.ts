// The door every calculator shares (src/core/validate.ts): each field helper's exact rule text
// and code, how a union reports the shape the caller meant, and how input is read into plain
// data. Messages are compared whole: a caller's app shows them, so a changed word is a change.
import { CORE } from "../../src/core/messages.js";
import { ESCORT_ISSUES } from "../../src/escort/messages.js";
import vm from "node:vm";
import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { InputError, type InputIssue } from "../../src/core/errors.js";
import {
  amountText,
  bool,
  crossIssues,
  date,
  either,
  formatPath,
  list,
  money,
  month,
  num,
  numberProblem,
  obj,
  oneOf,
  parseInput,
  rateRows,
  readPlain,
  sourceField,
  text,
  time,
  withRules,
} from "../../src/core/validate.js";
import { runs } from "../support/runs.js";

function issuesOf(f: () => unknown): InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((i) => ({ ...i }));
  }
  throw new Error("expected an InputError");
}
const one = (schema: z.core.$ZodType, input: unknown) => issuesOf(() => parseInput(obj({ f: schema }), { f: input }));

describe("core/validate: numberProblem", () => {
  it("names the rule, with the unit where one is given", () => {
    expect(numberProblem("1")).toBe("must be a number");
    expect(numberProblem("1", { unit: "hours" })).toBe("must be a number of hours");
    expect(numberProblem(Number.NaN)).toBe("must be a finite number, not NaN or Infinity");
    expect(numberProblem(Number.POSITIVE_INFINITY, { min: 0 })).toBe("must be a finite number, not NaN or Infinity");
    expect(numberProblem(1.5, { integer: true })).toBe("must be a whole number");
    expect(numberProblem(2, { integer: true })).toBeUndefined();
    expect(numberProblem(-1, { min: 0 })).toBe("must be ≥ 0");
    expect(numberProblem(-1, { min: 0, unit: "hours" })).toBe("must be ≥ 0 hours");
    expect(numberProblem(0, { min: 0 })).toBeUndefined();
    expect(numberProblem(25, { max: 24, unit: "hours" })).toBe("must be ≤ 24 hours");
    expect(numberProblem(24, { max: 24 })).toBeUndefined();
    expect(numberProblem(1.25, { decimals: 1 })).toBe("must have at most 1 decimals");
    expect(numberProblem(1.2, { decimals: 1 })).toBeUndefined();
    expect(numberProblem(1.25, { decimals: 2 })).toBeUndefined();
  });
  it("reads float noise as the decimals it stands for, and refuses what has no exact scaled value", () => {
    expect(numberProblem(6.1 + 9.96 + 3.94, { decimals: 2 })).toBeUndefined();
    expect(numberProblem(0.1 + 0.2, { decimals: 1 })).toBeUndefined();
    expect(numberProblem(0.3000001, { decimals: 2 })).toBe("must have at most 2 decimals");
    expect(numberProblem(1e300, { decimals: 2 })).toBe("must have at most 2 decimals");
    expect(numberProblem(2 ** 52, { decimals: 0 })).toBeUndefined();
    expect(numberProblem(-2.5, { decimals: 1 })).toBeUndefined();
    expect(numberProblem(-2.55, { decimals: 1 })).toBe("must have at most 1 decimals");
  });
  it("property: a number of at most d decimals is accepted, one more decimal digit is refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 9 }), (units, d, extra) => {
        const value = units / 10 ** d;
        expect(numberProblem(value, { decimals: d })).toBeUndefined();
        const finer = (units * 10 + extra) / 10 ** (d + 1);
        expect(numberProblem(finer, { decimals: d })).toBe(`must have at most ${d} decimals`);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("core/validate: field helpers", () => {
  it("num rounds accepted float noise to its decimals and reads -0 as 0", () => {
    expect(parseInput(num({ decimals: 2 }), 6.1 + 9.96 + 3.94)).toBe(20);
    expect(parseInput(num({ decimals: 1 }), 0.1 + 0.2)).toBe(0.3);
    expect(Object.is(parseInput(num({ decimals: 2 }), -0), 0)).toBe(true);
    expect(Object.is(parseInput(num(), -0), 0)).toBe(true);
    expect(Object.is(z.parse(num(), -0), 0)).toBe(true);
    expect(Object.is(z.parse(num({ decimals: 1 }), -0), 0)).toBe(true);
    expect(z.parse(num({ decimals: 2 }), 1.1 + 2.2)).toBe(3.3);
    expect(z.parse(num(), 1.1 + 2.2)).toBe(1.1 + 2.2);
    // A bigint or symbol is refused as not a number, never thrown on in the rounding.
    for (const bad of [10n, Symbol("x")]) {
      expect(one(num({ decimals: 2 }), bad)).toMatchObject([{ path: "f", message: "f must be a number", code: "not-a-number" }]);
      expect(one(num(), bad)).toMatchObject([{ path: "f", message: "f must be a number", code: "not-a-number" }]);
    }
    expect(z.safeParse(num({ decimals: 2 }), 1.005).success).toBe(false);
  });
  it("num refuses with the rule and its code", () => {
    expect(one(num({ min: 0, unit: "hours" }), -1)).toMatchObject([{ path: "f", message: "f must be ≥ 0 hours", code: "out-of-range" }]);
    expect(one(num({ max: 3 }), 4)).toMatchObject([{ path: "f", message: "f must be ≤ 3", code: "out-of-range" }]);
    expect(one(num(), "3")).toMatchObject([{ path: "f", message: "f must be a number", code: "not-a-number" }]);
    expect(one(num({ integer: true }), 1.5)).toMatchObject([{ path: "f", message: "f must be a whole number", code: "not-a-number" }]);
    expect(one(num({ decimals: 1 }), 1.25)).toMatchObject([{ path: "f", message: "f must have at most 1 decimals", code: "out-of-range" }]);
    expect(one(num(), undefined)).toMatchObject([{ path: "f", message: "f is required", code: "required" }]);
  });
  it("money, date, month and time name their rule and code", () => {
    expect(one(money(), -1)).toMatchObject([{ path: "f", message: "f must be ≥ 0 kr.", code: "out-of-range" }]);
    expect(one(money(), "12,50")).toMatchObject([{ path: "f", message: 'f must use a point as decimal separator ("12.50"), not a comma', code: "not-an-amount" }]);
    expect(one(money(), undefined)).toMatchObject([{ path: "f", message: "f is required", code: "required" }]);
    expect(one(date(), "2024-02-30")[0]?.code).toBe("not-a-date");
    expect(one(date(), "2024-02-30")[0]?.message).toMatch(/^f must be a real calendar date/);
    expect(one(month(), "2024-13")[0]?.code).toBe("not-a-month");
    expect(one(time(), "2024-01-01 25:00")[0]?.code).toBe("not-a-time");
    expect(z.parse(money(), "12.50")).toBe("12.50");
    expect(z.parse(date(), "2024-02-29")).toBe("2024-02-29");
    expect(z.parse(month(), "2024-02")).toBe("2024-02");
  });
  it("bool, text and oneOf", () => {
    expect(one(bool(), "true")).toMatchObject([{ path: "f", message: "f must be true or false", code: "not-a-boolean" }]);
    expect(one(bool(), undefined)).toMatchObject([{ path: "f", message: "f is required", code: "required" }]);
    expect(z.parse(bool(), false)).toBe(false);
    const t = "f must be a non-empty text of at most 5 characters";
    expect(one(text(5), "")).toMatchObject([{ path: "f", message: t, code: "not-a-text" }]);
    expect(one(text(5), "   ")).toMatchObject([{ path: "f", message: t, code: "not-a-text" }]);
    expect(one(text(5), "123456")).toMatchObject([{ path: "f", message: t, code: "not-a-text" }]);
    expect(one(text(5), 5)).toMatchObject([{ path: "f", message: t, code: "not-a-text" }]);
    expect(z.parse(text(5), "12345")).toBe("12345");
    expect(z.parse(text(), "x".repeat(200))).toHaveLength(200);
    expect(z.safeParse(text(), "x".repeat(201)).success).toBe(false);
    expect(one(oneOf(["95", 96] as const), "96")).toMatchObject([{ path: "f", message: 'f must be one of "95", 96', code: "not-one-of" }]);
    expect(one(oneOf(["a"] as const), undefined)).toMatchObject([{ path: "f", message: "f is required", code: "required" }]);
    expect(z.parse(oneOf(["95", 96] as const), 96)).toBe(96);
  });
  it("obj refuses unknown fields one by one, and a non-object as a whole", () => {
    const s = obj({ a: num(), inner: obj({ b: num() }) });
    expect(issuesOf(() => parseInput(s, { a: 1, inner: { b: 1, c: 2 }, zz: 1, yy: 2 }))).toMatchObject([
      { path: "inner.c", message: "inner.c is not a known field (check the spelling)", code: "unknown-field" },
      { path: "zz", message: "zz is not a known field (check the spelling)", code: "unknown-field" },
      { path: "yy", message: "yy is not a known field (check the spelling)", code: "unknown-field" },
    ]);
    expect(issuesOf(() => parseInput(s, 5))).toMatchObject([{ path: "", message: "The input must be an object with named fields.", code: "not-an-object" }]);
    expect(issuesOf(() => parseInput(s, { a: 1, inner: 5 }))).toMatchObject([{ path: "inner", message: "inner must be an object with named fields", code: "not-an-object" }]);
    expect(issuesOf(() => parseInput(s, { a: 1 }))).toMatchObject([{ path: "inner", message: "inner is required", code: "required" }]);
  });
  it("an object of optional fields refuses a Date (it has no fields of its own), one with a required field by that field", () => {
    const optional = obj({ a: z.optional(num()) });
    expect(one(optional, new Date(0))).toMatchObject([{ path: "f", message: "f must be an object with named fields, not a date", code: "not-an-object" }]);
    expect(z.parse(optional, {})).toEqual({});
    const required = obj({ a: num() });
    expect(one(required, new Date(0))).toMatchObject([{ path: "f.a", message: "f.a is required", code: "required" }]);
    const mixed = obj({ a: num(), b: z.optional(num()) });
    expect(one(mixed, new Date(0))).toMatchObject([{ path: "f.a", message: "f.a is required", code: "required" }]);
  });
  it("list caps its length and says it is not a list", () => {
    expect(one(list(num(), 2), [1, 2, 3])).toMatchObject([{ path: "f", message: "f must have at most 2 entries", code: "too-large" }]);
    expect(z.parse(list(num(), 2), [1, 2])).toEqual([1, 2]);
    expect(one(list(num()), "x")).toMatchObject([{ path: "f", message: "f must be a list", code: "not-a-list" }]);
    expect(one(list(num()), undefined)).toMatchObject([{ path: "f", message: "f is required", code: "required" }]);
    expect(z.safeParse(list(num()), new Array(10_000).fill(1)).success).toBe(true);
    expect(z.safeParse(list(num()), new Array(10_001).fill(1)).success).toBe(false);
  });
  it("amountText keeps exact decimal text, whole kroner when asked", () => {
    expect(z.parse(amountText(), 97.3)).toBe("97.30");
    expect(z.parse(amountText({ integer: true }), "6408")).toBe("6408");
    expect(one(amountText({ integer: true }), "6408.5")).toMatchObject([{ path: "f", message: "f must be whole kroner", code: "invalid" }]);
    expect(one(amountText(), -1)).toMatchObject([{ path: "f", message: "f must be ≥ 0 kr.", code: "out-of-range" }]);
  });
  it("either says its own message for an input of no shape, and reports the shape the caller meant item by item", () => {
    const hours = either([num({ min: 0 }), list(num({ min: 0 }))], ESCORT_ISSUES.residence);
    expect(one(hours, "x")).toMatchObject([{ path: "f", message: "f must be hours per month (a number) or a list of { month, hours }", code: "invalid-shape" }]);
    expect(one(hours, undefined)).toMatchObject([{ path: "f", message: "f is required", code: "required" }]);
    expect(one(hours, [1, -2])).toMatchObject([{ path: "f[1]", message: "f[1] must be ≥ 0", code: "out-of-range" }]);
    // A number of the right type but a wrong value: the number branch was meant, in either order.
    expect(one(hours, -3)).toMatchObject([{ path: "f", message: "f must be ≥ 0", code: "out-of-range" }]);
    const listFirst = either([list(num({ min: 0 })), num({ min: 0 })], ESCORT_ISSUES.residence);
    expect(one(listFirst, -3)).toMatchObject([{ path: "f", message: "f must be ≥ 0", code: "out-of-range" }]);
    expect(one(listFirst, [1, -2])).toMatchObject([{ path: "f[1]", message: "f[1] must be ≥ 0", code: "out-of-range" }]);
    // Two shapes that both got past the type check at the top: neither is preferred, the union's own message.
    const two = either([text(), obj({ a: num() })], CORE.source);
    expect(one(two, { a: "x", zz: 1 })).toMatchObject([{ path: "f", message: "f must name the public source: a text, or { title, href } for a web page", code: "invalid-shape" }]);
    const src = sourceField();
    expect(z.parse(src, { title: "BEK", href: "https://x" })).toEqual({ title: "BEK", href: "https://x" });
    // A number is closest to the text shape (the object shape refuses it by type).
    expect(one(src, 5)).toMatchObject([{ path: "f", message: "f must be a non-empty text of at most 600 characters", code: "not-a-text" }]);
    expect(one(src, { title: "" })).toMatchObject([{ path: "f.title", message: "f.title must be a non-empty text of at most 600 characters", code: "not-a-text" }]);
  });
  it("rateRows: until must not be before from; 100 rows at most", () => {
    const rows = rateRows(money());
    const row = (from: string, until?: string) => ({ from, ...(until ? { until } : {}), value: 1, source: "own decision" });
    expect(parseInput(rows, [row("2025-01-01", "2025-01-01")])).toEqual([{ from: "2025-01-01", until: "2025-01-01", value: 1, source: "own decision" }]);
    expect(issuesOf(() => parseInput(rows, [row("2025-01-02", "2025-01-01")]))).toMatchObject([{ path: "[0].until", message: "[0].until must not be before from", code: "order" }]);
    expect(issuesOf(() => parseInput(rows, [row("2025-13-01", "2025-01-01")])).map((i) => i.path)).toEqual(["[0].from"]);
    expect(issuesOf(() => parseInput(rows, [row("2025-01-01", "2024-02-30")])).map((i) => i.path)).toEqual(["[0].until"]);
    expect(issuesOf(() => parseInput(rows, new Array(101).fill(row("2025-01-01"))))).toMatchObject([{ path: "", message: "must have at most 100 entries", code: "too-large" }]);
    expect(parseInput(rows, new Array(100).fill(row("2025-01-01")))).toHaveLength(100);
  });
});

describe("core/validate: parseInput and cross-field rules", () => {
  const s = withRules(obj({ a: z.optional(num()), b: z.optional(num()) }), (v) =>
    v.a === undefined && v.b === undefined ? [{ path: "a", words: ESCORT_ISSUES.monthOrDate, params: { other: "b" } }] : [],
  );
  it("reports cross-field rules together with the fields' own problems", () => {
    expect(issuesOf(() => parseInput(s, {}))).toMatchObject([{ path: "a", message: "a or b must be given, exactly one of the two", code: "exactly-one" }]);
    expect(issuesOf(() => parseInput(s, { c: 1 }))).toMatchObject([
      { path: "c", message: "c is not a known field (check the spelling)", code: "unknown-field" },
      { path: "a", message: "a or b must be given, exactly one of the two", code: "exactly-one" },
    ]);
    expect(parseInput(s, { b: 2 })).toEqual({ b: 2 });
  });
  it("crossIssues: none for a schema without rules, for a non-object, or when a rule trips on malformed input", () => {
    expect(crossIssues(obj({}), {})).toEqual([]);
    expect(crossIssues(s, null)).toEqual([]);
    expect(crossIssues(s, 5)).toEqual([]);
    expect(crossIssues(s, [])).toEqual([]);
    expect(crossIssues(s, {})).toMatchObject([{ path: "a", message: "a or b must be given, exactly one of the two", code: "exactly-one" }]);
    const throwing = withRules(obj({}), () => {
      throw new Error("boom");
    });
    expect(crossIssues(throwing, {})).toEqual([]);
  });
  it("formatPath writes fields dotted and list positions in brackets", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["items", 2, "monthly"])).toBe("items[2].monthly");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath(["a", "b"])).toBe("a.b");
  });
});

describe("core/validate: readPlain", () => {
  it("reads own fields into plain data, -0 as 0, a Date from its instant", () => {
    const d = new Date(Date.UTC(2024, 0, 1));
    const out = readPlain({ a: -0, b: [1, { c: "x" }], d }, "", 0) as { a: number; b: unknown[]; d: Date };
    expect(Object.is(out.a, 0)).toBe(true);
    expect(out).toEqual({ a: 0, b: [1, { c: "x" }], d });
    expect(out.d).not.toBe(d);
    expect(Object.is(readPlain(-0, "", 0), 0)).toBe(true);
    expect(readPlain(null, "", 0)).toBe(null);
    expect(readPlain("x", "", 0)).toBe("x");
  });
  it("a Date from another realm is recognised and rebuilt in this one", () => {
    const foreign = vm.runInNewContext("new Date(Date.UTC(2024, 5, 1))") as Date;
    const out = readPlain({ d: foreign }, "", 0) as { d: Date };
    expect(out.d).toBeInstanceOf(Date);
    expect(out.d.getTime()).toBe(Date.UTC(2024, 5, 1));
  });
  it("keeps a __proto__ field as data (so the strict object refuses it) and never touches the prototype", () => {
    const input = JSON.parse('{"__proto__": {"x": 1}}') as object;
    const out = readPlain(input, "", 0) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(issuesOf(() => parseInput(obj({}), input))).toMatchObject([{ path: "__proto__", message: "__proto__ is not a known field (check the spelling)", code: "unknown-field" }]);
  });
  it("a getter or proxy that throws is an InputError naming the field", () => {
    const unreadable = "could not be read (a getter or proxy failed): give plain data — numbers, texts, lists and objects";
    expect(issuesOf(() => readPlain({ a: { get b() { throw new Error("boom"); } } }, "", 0))).toMatchObject([{ path: "a.b", message: `a.b ${unreadable}`, code: "unreadable" }]);
    expect(issuesOf(() => readPlain({ list: [1, { get x() { throw new Error("boom"); } }] }, "", 0))).toMatchObject([{ path: "list[1].x", message: `list[1].x ${unreadable}`, code: "unreadable" }]);
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error("boom"); } });
    expect(issuesOf(() => readPlain({ p: proxy }, "", 0))).toMatchObject([{ path: "p", message: `p ${unreadable}`, code: "unreadable" }]);
    expect(issuesOf(() => readPlain(proxy, "", 0))).toMatchObject([{ path: "", message: unreadable, code: "unreadable" }]);
  });
  it("refuses nesting deeper than 32 levels, naming where", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 33; i++) deep = [deep];
    expect(readPlain(deep, "", 0)).toEqual(deep);
    deep = [deep];
    const issues = issuesOf(() => readPlain(deep, "", 0));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("[0]".repeat(33));
    expect(issues[0]?.message).toBe(`${"[0]".repeat(33)} is nested more than 32 levels deep`);
  });
});
