import { describe, expect, it } from "vitest";
import { renderTemplate, rateTables } from "../../src/index.js";
import { callerCacheSize, CALLER_CACHE } from "../../src/explain/render.js";
import { issuesOf } from "../support/issues.js";

describe("renderTemplate: placeholders, formats and sections", () => {
  it("Danish and English formats of every kind", () => {
    const v = { a: "1234.5", w: 1562, n: 4.5, p: "0.125", d: "2024-03-01", m: "2024-03", h: 2.5, one: 1, age: 66.5, k: "evening", t: "2024-03-01T14:00", c: "nights" };
    const t = "{a:kr}|{w:krWhole}|{w:int}|{n:num}|{p:pct}|{d:date}|{m:month}|{m:Month}|{h:hours}|{one:hours}|{age:age}|{k:hourKind}|{t:time}|{c:counting}";
    expect(renderTemplate(t, v, "da")).toBe("1.234,50 kr.|1.562|1.562|4,5|12,5 %|1. marts 2024|marts 2024|Marts 2024|2,5 timer|1 time|66½|Aftentimer|2024-03-01 kl. 14:00|hver overnatning");
    expect(renderTemplate(t, v, "en")).toBe("DKK 1,234.50|1,562|1,562|4.5|12.5 %|1 March 2024|March 2024|March 2024|2.5 hours|1 hour|66½|Evening hours|2024-03-01 at 14:00|each night");
  });
  it("an unknown word for a named list is written as given", () => {
    expect(renderTemplate("{k:hourKind} {c:counting}", { k: "other", c: "weekly" }, "en")).toBe("other weekly");
  });
  it("sections: ? when set, ! when not, * once per item joined by the separator; nested", () => {
    const t = "A[[?x]] x={x}[[/x]][[!x]] no x[[/x]][[*list|, ]]{n}:{m}[[/list]][[?y]][[?z]] yz[[/z]][[/y]].";
    expect(renderTemplate(t, { x: 0, list: [{ n: 1 }, { n: 2 }], m: "M", y: true, z: "z" }, "da")).toBe("A no x1:M, 2:M yz.");
    expect(renderTemplate(t, { x: 3, list: [], m: "M", y: false }, "da")).toBe("A x=3.");
  });
  it("a missing value, an unknown format, a non-list and a broken section are errors, never a sentence with a hole", () => {
    expect(() => renderTemplate("Beløb: {a:kr}", {}, "da")).toThrow(/no value for \{a\}/);
    expect(() => renderTemplate("{a:money}", { a: 1 }, "da")).toThrow(/unknown format money/);
    expect(() => renderTemplate("[[*a|,]]x[[/a]]", { a: 1 }, "da")).toThrow(/must be a list/);
    expect(() => renderTemplate("[[?a]]x", { a: 1 }, "da")).toThrow(/not closed/);
    expect(() => renderTemplate("x[[/a]]", { a: 1 }, "da")).toThrow(/closes no section/);
    expect(() => renderTemplate("{a}", { a: [{ b: 1 }] }, "da")).toThrow(/no value for \{a\}/);
  });
  it("the errors name the template by its first 40 characters (echoed input is cut, issue 23.20), as an InputError with a code", () => {
    const long = `${"Lang skabelon ".repeat(5)}`;
    const head = `${long.slice(0, 40)}…`;
    expect(() => renderTemplate(`${long}[[?a]]x[[/b]]`, { a: 1 }, "da")).toThrow(`explanation template: [[/b]] closes no section in "${head}"`);
    expect(() => renderTemplate(`${long}[[?a]]x`, { a: 1 }, "da")).toThrow(`explanation template: a section is not closed in "${head}"`);
    expect(() => renderTemplate(`${long}{a}`, {}, "da")).toThrow(`explanation template: no value for {a} in "${head}"`);
    expect(() => renderTemplate(`${long}[[*a|,]]x[[/a]]`, { a: 1 }, "da")).toThrow(`explanation template: {a} must be a list in "${head}"`);
    expect(issuesOf(() => renderTemplate(`${long}{a}`, {}, "da"))).toMatchObject([{ path: "a", code: "required", message: `a explanation template: no value for {a} in "${head}"` }]);
  });
  it("issue 23.9: nothing but an InputError escapes, never NaN, and the cache of caller templates is bounded", () => {
    const bad: [string, unknown, unknown, string][] = [
      ["{a}", {}, "da", "required"],
      ["{a:xyz}", { a: 1 }, "da", "invalid-template"],
      ["{a:kr}", { a: 1 }, "fr", "not-one-of"],
      ["{a:kr}", null, "da", "not-an-object"],
      [null as unknown as string, {}, "da", "not-a-text"],
      ["{a:hours}", { a: "abc" }, "da", "invalid-template"],
      ["{a:kr}", { a: "mange" }, "en", "invalid-template"],
      ["{a:int}", { a: Number.NaN }, "da", "invalid-template"],
      ["{a:date}", { a: "2024-13-01" }, "da", "invalid-template"],
      ["{a:month}", { a: 7 }, "da", "invalid-template"],
      ["{a}", { a: { b: 1 } }, "da", "invalid-template"],
      ["[[*l|,]]{b:num}[[/l]]", { l: [null] }, "da", "invalid-template"],
      ["[[*l|,]]{b:num}[[/l]]", { l: [{ b: "x" }] }, "da", "invalid-template"],
    ];
    for (const [template, values, locale, code] of bad) {
      const issues = issuesOf(() => renderTemplate(template, values as never, locale as never));
      expect(issues.map((i) => i.code), `${String(template)} ${JSON.stringify(values)} ${String(locale)}`).toContain(code);
    }
    expect(renderTemplate("{a:hours}", { a: "2.5" }, "da")).toBe("2,5 timer");
    for (let i = 0; i < 3 * CALLER_CACHE; i++) renderTemplate(`Skabelon ${i}: {a:int}`, { a: i }, "da");
    expect(callerCacheSize("da")).toBe(CALLER_CACHE);
  });
  it("a [[?list]] section is written only for a list with items", () => {
    expect(renderTemplate("a[[?l]] med[[/l]][[!l]] uden[[/l]]", { l: [] }, "da")).toBe("a uden");
    expect(renderTemplate("a[[?l]] med[[/l]][[!l]] uden[[/l]]", { l: [{ b: 1 }] }, "da")).toBe("a med");
    expect(renderTemplate("a[[?l]] med[[/l]][[!l]] uden[[/l]]", { l: "" }, "da")).toBe("a uden");
    expect(renderTemplate("a[[?l]] med[[/l]][[!l]] uden[[/l]]", { l: "x" }, "da")).toBe("a med");
  });
  it("hours to the hundredth keep an inner zero and drop a trailing one", () => {
    const h = (v: number) => renderTemplate("{h:hours}", { h: v }, "da");
    expect([1.05, 1.5, 1.25, 0.01, 2, 1].map(h)).toEqual(["1,05 timer", "1,5 timer", "1,25 timer", "0,01 timer", "2 timer", "1 time"]);
  });
  it("whole hours are written the same the first time and every time after (the words for 0–1023 are remembered), in both languages", () => {
    for (const locale of ["da", "en"] as const) {
      const h = (v: number | string) => renderTemplate("{h:hours}", { h: v }, locale);
      const [one, many] = locale === "da" ? ["time", "timer"] : ["hour", "hours"];
      for (const v of [0, 1, 2, 15, 1023, 1024, 5000, -0]) {
        expect(h(v)).toBe(`${v} ${v === 1 ? one : many}`);
        expect(h(v)).toBe(h(v));
        expect(h(String(v))).toBe(h(v));
      }
      expect(h(1.5)).toBe(locale === "da" ? "1,5 timer" : "1.5 hours");
    }
  });
  it("whole numbers are written the same the first time and every time after, also two that share a slot of the memory", () => {
    const n = (v: number | string) => renderTemplate("{n:int}", { n: v }, "da");
    for (let round = 0; round < 2; round++) {
      expect([0, 7, 1708, 1708 + 512, 2846, 123456789, -1234, -0].map(n)).toEqual(["0", "7", "1.708", "2.220", "2.846", "123.456.789", "-1.234", "0"]);
      expect(n("1708")).toBe("1.708");
    }
  });
  it("a sentence never ends “kr..”", () => {
    expect(renderTemplate("I alt {a:kr}.", { a: "5" }, "da")).toBe("I alt 5,00 kr.");
  });
});

describe("rateTables", () => {
  it("every row has a period, a value and a source title; web sources keep their address", () => {
    const tables = rateTables();
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const t of tables) for (const r of t.rows) {
      expect(r.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source.title.length).toBeGreaterThan(5);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
    expect(tables.flatMap((t) => t.rows).some((r) => r.source.href?.startsWith("https://"))).toBe(true);
    expect(tables.flatMap((t) => t.rows).some((r) => r.source.href === undefined)).toBe(true);
  });
});

describe("an amount's «kr.» before a full stop (noted piece by piece, issue 26 § 2)", () => {
  it("the sentence is exactly the whole text with «kr..» made «kr.», wherever the pieces split it", async () => {
    const fc = (await import("fast-check")).default;
    const { renderTemplate } = await import("../../src/index.js");
    const bit = fc.constantFrom("k", "r", ".", "kr.", "kr", "..", "x", " ", "kr..", "1.234,00 kr.");
    const text = fc.array(bit, { maxLength: 6 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (parts) => {
        const template = parts.map(([t], i) => `${t}{v${i}}`).join("");
        const values = Object.fromEntries(parts.map(([, v], i) => [`v${i}`, v === "" ? "x" : v]));
        const whole = parts.map(([t, v]) => t + (v === "" ? "x" : v)).join("");
        expect(renderTemplate(template, values, "da")).toBe(whole.replaceAll("kr..", "kr."));
        expect(renderTemplate(template, values, "en")).toBe(whole);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a library template's full stop after an amount is settled when compiled (issue 26 § 2)", () => {
  it("property: the text equals rendering the whole and making each «kr..» «kr.», for templates of text, amounts, numbers, words, sections and lists", async () => {
    const fc = (await import("fast-check")).default;
    const { renderStep } = await import("../../src/explain/render.js");
    const bit = fc.constantFrom("k", "r", ".", "kr.", "kr", "..", "x", " ", "kr..", "...", ". ", "r..", ".k");
    const text = fc.array(bit, { maxLength: 4 }).map((a) => a.join(""));
    const piece = fc.oneof(
      text,
      fc.constantFrom("{a:kr}", "{b:int}", "{c}", "{a:num}", "{d:date}"),
      fc.tuple(fc.constantFrom("?", "!"), text, fc.constantFrom("{a:kr}", "{c}", ""), text).map(([k, t1, v, t2]) => `[[${k}s]]${t1}${v}${t2}[[/s]]`),
      fc.tuple(fc.constantFrom(", ", ".", " kr"), text, fc.constantFrom("{a:kr}", "{c}")).map(([sep, t, v]) => `[[*l|${sep}]]${t}${v}[[/l]]`),
    );
    const words = fc.array(bit, { minLength: 1, maxLength: 3 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 99_999_999 }), words, fc.boolean(), fc.array(fc.tuple(fc.integer({ min: 0, max: 99_999 }), words), { maxLength: 3 }), (parts, ore, c, s, items) => {
        const template = parts.join("");
        const a = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, "0")}`;
        const values = { a, b: ore, c, d: "2024-03-01", s, l: items.map(([o, w]) => ({ a: `${o}.00`, c: w })) };
        const reference = renderTemplate(template, values, "da");
        expect(renderStep(template, values, "da")).toBe(reference);
        expect(renderStep(template, values, "da", true)).toBe(reference);
      }),
      { numRuns: 10000 },
    );
  });
  it("a value written as it is that holds «kr..» after an amount's full stop: the full stops are searched as written (found by the property above)", async () => {
    const { renderStep } = await import("../../src/explain/render.js");
    const template = "{a:kr}.{c}";
    const values = { a: "0.00", c: "..kr..k" };
    expect(renderStep(template, values, "da")).toBe(renderTemplate(template, values, "da"));
    expect(renderStep(template, values, "da")).toBe("0,00 kr...kr.k");
  });
});

describe("amounts and dates remember how they were written, within a bound", () => {
  it("5000 different amounts, more than the memory holds, are each written right, and one seen before is written the same", () => {
    for (let i = 0; i < 5000; i++) expect(renderTemplate("{a:kr}", { a: `${i}.25` }, "da")).toBe(`${i >= 1000 ? `${Math.floor(i / 1000)}.${String(i % 1000).padStart(3, "0")}` : i},25 kr.`);
    expect(renderTemplate("{a:kr} {d:date}", { a: "1800.00", d: "2024-03-01" }, "da")).toBe("1.800,00 kr. 1. marts 2024");
  });
});

describe("hours are written exactly", () => {
  it("a whole number of hours as it is, however large (before this work 999999999999999 was written 999999999999999,04 from a rounding in floating point)", () => {
    expect(renderTemplate("Brugt {h:hours}.", { h: 999999999999999 }, "da")).toBe("Brugt 999999999999999 timer.");
    expect(renderTemplate("Brugt {h:hours}.", { h: 1 }, "da")).toBe("Brugt 1 time.");
    expect(renderTemplate("Brugt {h:hours}.", { h: 2.5 }, "da")).toBe("Brugt 2,5 timer.");
    expect(renderTemplate("Used {h:hours}.", { h: 2.25 }, "en")).toBe("Used 2.25 hours.");
  });
});

describe("the formats the compiled full stop relies on (PLAIN_FORMATS)", () => {
  it("property: each writes text that neither starts with «.» or «r» nor ends in «k», «kr» or «kr.», in every value of its kind", async () => {
    const fc = (await import("fast-check")).default;
    const { PLAIN_FORMATS } = await import("../../src/explain/render.js");
    const valueOf: Record<string, import("fast-check").Arbitrary<string | number>> = {
      date: fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      month: fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
      Month: fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
    };
    const number = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e8 }).map((c) => c / 100), fc.constantFrom(0, 1, 0.5, 66.5));
    for (const count of ["months", "weeks", "days", "workingDays"]) valueOf[count] = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(0, 1, 2));
    for (const format of PLAIN_FORMATS) {
      fc.assert(
        fc.property(valueOf[format] ?? number, (v) => {
          const text = renderTemplate(`{v:${format}}`, { v }, "da");
          expect(text, `${format} ${v}`).not.toMatch(/^[.r]|k(r\.?)?$/);
        }),
        { numRuns: 300 },
      );
    }
  });
});
