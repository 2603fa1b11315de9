// The § 109/§ 110 fee against a day-by-day model of BEK nr. 1244 af 13/11/2017 § 4 (each døgn is
// paid at the rate in force on the day it starts): the caller gives rate rows for years the
// library ships none (2034–2035) — rows that start and end inside a stay, gaps between rows, an
// optional reduction — and the result's total, months, segments, rate steps and refusals must
// equal the model's. Aimed at the mutants the first mutation run of src/shelter left alive.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InputError, shelterFee } from "../../src/index.js";
import { runs } from "../support/runs.js";

const DAY = 86_400_000;
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const START = dayNo("2034-01-01");
const END = dayNo("2035-12-31");

interface Row {
  from: string;
  until: string;
  value: string;
  source: string;
}

/** Rows cut from 2034–2035 at random days, each with its own value; some rows left out (gaps). */
const rowsArb = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: START + 1, max: END }), { maxLength: 6 }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 400_00 }), fc.boolean()), { minLength: 7, maxLength: 7 }),
  )
  .map(([cuts, values]) => {
    const bounds = [START, ...cuts.sort((a, b) => a - b), END + 1];
    const rows: Row[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [cents, keep] = values[i] as [number, boolean];
      if (keep || i === 0) rows.push({ from: iso(bounds[i] as number), until: iso((bounds[i + 1] as number) - 1), value: (cents / 100).toFixed(2), source: `egen takst ${i + 1}` });
    }
    return rows;
  });

type Reduction = { fraction: number } | { perDay: string } | undefined;
const reductionArb: fc.Arbitrary<Reduction> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 100 }).map((p) => ({ fraction: p / 100 })),
  fc.integer({ min: 0, max: 300_00 }).map((c) => ({ perDay: (c / 100).toFixed(2) })),
);

const cents = (s: string) => Math.round(Number(s) * 100);
const kr = (c: number) => (c / 100).toFixed(2);

/** The daily rate in øre after the reduction (half-up to the øre, never below 0). */
function reduced(value: string, r: Reduction): number {
  const base = cents(value);
  if (r === undefined) return base;
  if ("fraction" in r) return Math.round(base * (1 - r.fraction) + 1e-9);
  return Math.max(0, base - cents(r.perDay));
}

const covering = (rows: Row[], d: string) => rows.find((r) => r.from <= d && d <= r.until);

describe("shelterFee against a day-by-day model (BEK nr. 1244 af 13/11/2017 § 4: the rate in force on the day the døgn starts)", () => {
  it("property: total, months, segments, rate steps and uncovered days equal the model for caller rows that start, end and leave gaps inside a stay", () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: START, max: END - 100 }),
        fc.integer({ min: 1, max: 90 }),
        fc.constantFrom<"109" | "110">("109", "110"),
        reductionArb,
        (rows, first, n, section, reduction) => {
          const input = { section, arrival: `${iso(first)}T12:00`, departure: `${iso(first + n)}T12:00`, rates: rows, ...(reduction ? { reduction } : {}) };
          const days = Array.from({ length: n }, (_, k) => iso(first + k));
          const gaps = days.filter((d) => covering(rows, d) === undefined);
          if (gaps.length > 0) {
            // Uncovered days are named as spans "a to b", joined by ", " — never stretched.
            const spans: string[] = [];
            let run: [string, string] | undefined;
            for (const d of gaps) {
              if (run && dayNo(d) === dayNo(run[1]) + 1) run[1] = d;
              else {
                if (run) spans.push(run[0] === run[1] ? run[0] : `${run[0]}–${run[1]}`);
                run = [d, d];
              }
            }
            if (run) spans.push(run[0] === run[1] ? run[0] : `${run[0]}–${run[1]}`);
            expect(() => shelterFee(input)).toThrow(InputError);
            expect(() => shelterFee(input)).toThrow(`no § ${section} rate per døgn covers ${spans.join(", ")}. `);
            return;
          }
          const r = shelterFee(input);
          expect(r.days).toBe(n);
          const rate = (d: string) => reduced((covering(rows, d) as Row).value, reduction);
          expect(r.amount).toBe(kr(days.reduce((s, d) => s + rate(d), 0)));
          // Months: every month a døgn starts in, with its døgn and amount.
          const months = new Map<string, { days: number; amount: number }>();
          for (const d of days) {
            const m = months.get(d.slice(0, 7)) ?? { days: 0, amount: 0 };
            months.set(d.slice(0, 7), { days: m.days + 1, amount: m.amount + rate(d) });
          }
          expect(r.months).toEqual([...months].map(([month, m]) => ({ month, days: m.days, amount: kr(m.amount) })));
          // Segments: consecutive døgn of the same year and the same daily rate.
          const segments: { year: number; days: number; rate: string; amount: string }[] = [];
          for (const d of days) {
            const last = segments.at(-1);
            if (last && last.year === Number(d.slice(0, 4)) && last.rate === kr(rate(d))) {
              last.days += 1;
              last.amount = kr(cents(last.rate) * last.days);
            } else segments.push({ year: Number(d.slice(0, 4)), days: 1, rate: kr(rate(d)), amount: kr(rate(d)) });
          }
          expect(r.segments).toEqual(segments);
          // One rate step per row used, in the order first used, citing the caller's source.
          const used = [...new Set(days.map((d) => covering(rows, d) as Row))];
          const rateSteps = r.explanation.filter((s) => s.rule.startsWith("shelter.rate"));
          expect(rateSteps.map((s) => s.source)).toEqual(used.map((u) => u.source));
          expect(rateSteps.map((s) => s.values)).toEqual(
            used.map((u) => {
              const wholeYear = u.from.slice(0, 4) === u.until.slice(0, 4) && u.from.endsWith("-01-01") && u.until.endsWith("-12-31");
              const period = wholeYear ? { year: Number(u.from.slice(0, 4)) } : { from: u.from, until: u.until };
              const base = kr(cents(u.value));
              if (reduction === undefined) return { ...period, base };
              if ("fraction" in reduction) return { ...period, base, fraction: reduction.fraction, reduced: kr(rate(u.from)) };
              return { ...period, base, perDay: reduction.perDay, reduced: kr(rate(u.from)) };
            }),
          );
          expect(r.explanation.filter((s) => s.rule === "shelter.segment").map((s) => s.values)).toEqual(segments);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("a row whose whole year is given is cited by year; a row open at the end by its start (BEK nr. 1244 af 13/11/2017 § 4)", () => {
    const r = shelterFee({ section: "110", arrival: "2034-12-30T12:00", departure: "2035-01-02T12:00", rates: [{ from: "2034-01-01", until: "2034-12-31", value: "100.00", source: "a" }, { from: "2035-01-01", value: "120.00", source: "b" }] });
    expect(r.amount).toBe("320.00");
    expect(r.explanation.filter((s) => s.rule === "shelter.rate").map((s) => s.values)).toEqual([{ year: 2034, base: "100.00" }, { from: "2035-01-01", base: "120.00" }]);
    expect(r.segments).toEqual([
      { year: 2034, days: 2, rate: "100.00", amount: "200.00" },
      { year: 2035, days: 1, rate: "120.00", amount: "120.00" },
    ]);
    expect(r.months).toEqual([
      { month: "2034-12", days: 2, amount: "200.00" },
      { month: "2035-01", days: 1, amount: "120.00" },
    ]);
  });

  it("the same rate in two years is two segments; a rate that returns within a year is its own segment again", () => {
    const r = shelterFee({ section: "109", arrival: "2034-12-31T12:00", departure: "2035-01-02T12:00", rates: [{ from: "2034-01-01", until: "2035-12-31", value: "50.00", source: "a" }] });
    expect(r.segments).toEqual([
      { year: 2034, days: 1, rate: "50.00", amount: "50.00" },
      { year: 2035, days: 1, rate: "50.00", amount: "50.00" },
    ]);
    const rows = [
      { from: "2034-03-01", until: "2034-03-09", value: "50.00", source: "a" },
      { from: "2034-03-10", until: "2034-03-10", value: "60.00", source: "b" },
      { from: "2034-03-11", until: "2034-03-31", value: "50.00", source: "c" },
    ];
    const s = shelterFee({ section: "109", arrival: "2034-03-09T12:00", departure: "2034-03-12T12:00", rates: rows });
    expect(s.segments.map((x) => [x.days, x.rate])).toEqual([[1, "50.00"], [1, "60.00"], [1, "50.00"]]);
    expect(s.months).toEqual([{ month: "2034-03", days: 3, amount: "160.00" }]);
  });
});
