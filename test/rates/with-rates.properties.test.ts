// The conflict check of withRates over every shipped row (rateTables(): FACTS.md's figures with
// their sources): a caller re-giving a shipped figure in any equal form (a number, a text with or
// without its øre) is accepted and bound as the shipped text; a figure one øre or one krone off is
// refused as a different value, naming the shipped row. This is the invariant that lets
// sameValue compare the canonical texts the schemas write.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rateTables } from "../../src/index.js";
import { bindRates } from "../../src/rates/with-rates.js";
import { issuesOf } from "../support/issues.js";
import { runs } from "../support/runs.js";

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** The amounts of a value (decimal texts), as paths. */
function amountPaths(v: Json, at: string[] = []): string[][] {
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return [at];
  if (v !== null && typeof v === "object" && !Array.isArray(v)) return Object.entries(v).flatMap(([k, x]) => amountPaths(x, [...at, k]));
  return [];
}
const mapAt = (v: Json, path: string[], f: (s: string) => Json): Json =>
  path.length === 0 ? f(v as string) : { ...(v as Record<string, Json>), [path[0] as string]: mapAt((v as Record<string, Json>)[path[0] as string] as Json, path.slice(1), f) };

/** Equal forms of a decimal text: as written, as a number, without trailing zeros. */
const forms = (s: string): Json[] => [s, Number(s), String(Number(s))];
/** The withRates input for one table name ("AARHUS_WAGES.lt11" is nested). */
const input = (table: string, rows: unknown[]) => {
  const [name, sub] = table.split(".") as [string, string | undefined];
  return sub === undefined ? { [name]: rows } : { [name]: { [sub]: rows } };
};
const SRC = "Testkommune (testinput)";
const shipped = rateTables().flatMap((t) => t.rows.map((row) => ({ table: t.table, row })));

describe("withRates over every shipped row", () => {
  it("there are shipped rows with amounts to check", () => {
    expect(shipped.length).toBeGreaterThan(30);
    expect(shipped.every(({ row }) => amountPaths(row.value as Json).length > 0)).toBe(true);
  });
  it("property: a shipped figure given again in any equal form is accepted and bound as the shipped text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...shipped), fc.nat(), ({ table, row }, pick) => {
        let value = row.value as Json;
        amountPaths(value).forEach((p, i) => {
          const options = forms(p.reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, row.value as Json) as string);
          value = mapAt(value, p, () => options[(pick + i) % options.length] as Json);
        });
        const given = { from: row.from, ...(row.until === null ? {} : { until: row.until }), value, source: SRC };
        const bound = bindRates(input(table, [given]) as never);
        expect([...bound.keys()]).toEqual([table]);
        expect((bound.get(table) ?? []).map((r) => r.value)).toEqual([row.value]);
      }),
      { numRuns: runs(200) },
    );
  });
  it("property: a shipped figure one øre or one krone off is refused as a different value, naming the shipped row", () => {
    fc.assert(
      fc.property(fc.constantFrom(...shipped), fc.nat(), fc.constantFrom(0.01, 1, -1), ({ table, row }, i, delta) => {
        const paths = amountPaths(row.value as Json);
        const path = paths[i % paths.length] as string[];
        const off = mapAt(row.value as Json, path, (s) => {
          const whole = !s.includes(".");
          const step = whole ? Math.sign(delta) : delta;
          return whole ? String(Number(s) + step) : (Math.round(Number(s) * 100 + step * 100) / 100).toFixed(2);
        });
        const given = { from: row.from, ...(row.until === null ? {} : { until: row.until }), value: off, source: SRC };
        const found = issuesOf(() => bindRates(input(table, [given]) as never));
        expect(found.some((x) => x.message.includes(`covers the shipped row ${row.from}–`) && x.message.includes("with a different value"))).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });
});
