// Issue 23.17: every code snippet a message shows is valid JavaScript, and withRates accepts its
// shape: evaluated, with its "…" left as they are, withRates refuses only the "…" figures (an
// amount, a fraction, a text), never the table name, a field, a list or the nesting.
import { describe, expect, it } from "vitest";
import { bpaGrant, InputError, withRates } from "../../src/index.js";
import { rateMissing } from "../../src/core/rates.js";
import { KNOWN_TABLES } from "../../src/rates/tables.js";

/** The `withRates(...)` call in a message, as written (balanced parentheses). */
function snippet(message: string): string {
  const start = message.indexOf("withRates(");
  expect(start, message).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (let i = start + "withRates".length; i < message.length; i++) {
    if (message[i] === "(") depth++;
    if (message[i] === ")" && --depth === 0) return message.slice(start, i + 1);
  }
  throw new Error(`unbalanced snippet in: ${message}`);
}

/** Evaluates the snippet with a stand-in withRates that hands back its argument. */
function evaluate(code: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function("withRates", `"use strict"; return ${code};`)((tables: unknown) => tables);
}

const SHAPE_CODES = new Set(["unknown-table", "unknown-field", "not-a-list", "not-an-object", "invalid-shape"]);

function expectShapeAccepted(code: string): void {
  const tables = evaluate(code);
  try {
    withRates(tables as never);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const shape = (e as InputError).issues.filter((i) => SHAPE_CODES.has(i.code) || /\.(title|href|from|until)$/.test(i.path));
    expect(shape, code).toEqual([]);
  }
}

describe("the snippets in messages are JavaScript withRates takes", () => {
  it("rate-missing for every table (Aarhus wage steps nested as { AARHUS_WAGES: { lt11: [...] } })", () => {
    for (const { spec } of KNOWN_TABLES.values()) {
      const message = rateMissing(spec, "2090-03-01").message;
      const code = snippet(message);
      expect(() => evaluate(code), code).not.toThrow();
      expectShapeAccepted(code);
    }
    expect(snippet(rateMissing((KNOWN_TABLES.get("AARHUS_WAGES.lt11") as NonNullable<ReturnType<typeof KNOWN_TABLES.get>>).spec, "2090-03-01").message)).toMatch(/^withRates\(\{ AARHUS_WAGES: \{ lt11: \[/);
  });
  it("BPA without any wage (2026): one call names wage.hourly and every other wage figure the hours need, and its snippet is valid", () => {
    let issues: readonly { path: string; message: string; code: string }[] = [];
    try {
      bpaGrant({ section: "96", date: "2026-01-01", employer: "citizen", weeklyHours: { day: 30, evening: 5, night: 2 }, onCallWeeklyHours: 3 });
    } catch (e) {
      issues = (e as InputError).issues;
    }
    expect(issues.map((i) => i.path)).toEqual(["wage.hourly", "wage.pensionRate", "wage.holidayPayRate", "wage.supplements.evening", "wage.supplements.night", "wage.onCallFraction"]);
    const code = snippet(issues[0]?.message ?? "");
    expectShapeAccepted(code);
  });
});
