// Issue 25 § 3: every calculator and date rule, run under every shipped service level, under a
// made-up municipality's document (test/service-levels/fixtures/testby-2026.json — test figures,
// labelled as such) and with none; every explanation step is walked and may cite only the
// document in use or the law. A national rate published only in a municipal document is cited
// as «Landsdækkende sats, gengivet i …» (the figure is national; the page is where it was found),
// and a BPA wage table the caller chose by name (`preset: "aarhus-…"`) cites its publisher.
import { readFileSync } from "node:fs";
import { SAMPLES } from "../support/samples.js";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { InputError, SERVICE_LEVELS, withRates, withServiceLevel, type BoundCalculators, type Step } from "../../src/index.js";

const TESTBY = JSON.parse(readFileSync(new URL("./fixtures/testby-2026.json", import.meta.url), "utf8")) as { name: string; municipality: string; citation: string };
/** Every municipality a document in this test belongs to, by the word a citation names it with. */
const MUNICIPALITIES = ["Albertslund", "Holbæk", "Ballerup", "Testby"];
const NATIONAL = "Landsdækkende sats, gengivet i ";
const CHOSEN_WAGE_TABLE = "Aarhus Kommune, bpa.aarhus.dk";

type Calc = Pick<BoundCalculators, Exclude<keyof BoundCalculators, "rateCoverage" | "withRates" | "withServiceLevel">> & Pick<typeof lib, "escortAgeRule" | "statePensionAge">;
/** `preset`: the name the call gives (none when bound); `level`: a service level is in use (named or bound). */
type Call = (c: Calc, preset: string | undefined, year: number, level: boolean) => { explanation: readonly Step[] };

const named = (preset: string | undefined) => (preset === undefined ? {} : { preset });
const service = (preset: string | undefined) => (preset === undefined ? {} : { servicePreset: preset });

/** One call per public calculator and date rule; `preset` is the service level named (or none). */
const CALLS: Record<string, Call> = {
  extraCostSubsidy: (c) => c.extraCostSubsidy({ date: "2024-03-01", items: [{ label: "Medicin", yearly: 6000, kind: "medicine" }, { label: "Vask", monthly: 250 }] }),
  extraCostSubsidyBatch: (c) => ({ explanation: c.extraCostSubsidyBatch({ date: "2024-03-01", monthlyCosts: [1800, 3000], documented: [false, true] }).explain(1) }),
  extraCostOneOff: (c) => c.extraCostOneOff({ date: "2024-05-01", oneOffAmount: 3000, runningMonthlyCosts: 400 }),
  extraCostPaymentPeriod: (c, p, y) => c.extraCostPaymentPeriod({ applicationReceived: `${y}-03-15`, birthDate: "1960-05-20", conditionsEndDate: `${y + 1}-06-10`, ...named(p) }),
  escortLedger: (c) => c.escortLedger({ from: "2024-01", to: "2024-04", usage: [{ month: "2024-04", hours: 20 }] }),
  escortTripHours: (c) => c.escortTripHours({ escortingHours: 6, travelHours: 4, paidHours: 8 }),
  escortExpenseSupplement: (c) => c.escortExpenseSupplement({ date: "2018-01-01", probableExpenses: 2000 }),
  escortAgeRule: (c) => c.escortAgeRule({ birthDate: "1957-06-01", asOf: "2024-03-01" }),
  statePensionAge: (c) => c.statePensionAge({ birthDate: "1960-05-20" }),
  bpaGrant: (c, p, y) => c.bpaGrant({ section: "96", date: `${y}-01-01`, preset: "aarhus-2021-10-lt11", employer: "association", weeklyHours: { day: 40 }, helperExpensesMonthly: 1500, helpers: 2, allowances: { care: true, weeklyHours: 3 }, ...service(p) }),
  bpaSettlement: (c, p, y) => c.bpaSettlement({ grant: { section: "96", date: `${y}-01-01`, preset: "aarhus-2021-10-lt11", employer: "citizen", weeklyHours: { day: 40 }, ...service(p) }, used: { day: 2000 } }),
  residentialCarePayment: (c, p, y, l) => c.residentialCarePayment({ month: `${y}-03`, income: [{ label: "Pension", monthly: 9000 }], price: { housing: 4000, services: { food: 2500 } }, ...named(p), ...(!l ? { disposableAmount: 2500 } : {}) }),
  residentialCarePaymentBatch: (c, p, y, l) => ({ explanation: c.residentialCarePaymentBatch({ income: [9000], housing: 4000, services: 2500, month: `${y}-03`, ...named(p), ...(!l ? { disposableAmount: 2500 } : {}) }).explain(0) }),
  residentialCarePaymentNoIncome: (c, p, y, l) => c.residentialCarePayment({ month: `${y}-03`, income: 0, price: { housing: 4000 }, ...named(p), ...(!l ? { disposableAmount: 2500 } : {}) }),
  shelterFee: (c, p, y) => c.shelterFee({ section: "109", arrival: `${y}-05-01T12:00`, departure: `${y}-05-03T13:00`, ownHomeRent: true, ...named(p) }),
  shelterFeeNoIncome: (c, p, y) => c.shelterFee({ section: "110", arrival: `${y}-05-01T12:00`, departure: `${y}-05-03T13:00`, income: false, ...named(p) }),
  shelterDays: (c, p, y) => c.shelterDays({ section: "110", arrival: `${y}-05-01T12:00`, departure: `${y}-05-03T13:00`, ...named(p) }),
  shelterChildPsychology: (c, p) => c.shelterChildPsychology({ hours: 6, hourlyPrice: 1200, ...named(p) }),
  caseDeadline: (c, p, y, l) => c.caseDeadline({ paragraph: "100", received: `${y}-03-02`, ...named(p), ...(!l ? { weeks: 8 } : {}) }),
  // Whether a § 82a decision can be appealed is a municipality's statement: asked only under a service level.
  appealDeadline: (c, p, y, l) => c.appealDeadline({ decisionReceived: `${y}-03-01`, ...(l ? { paragraph: "82a" } : {}), ...named(p) }),
  bpaNoticeDate: (c, p, y, l) => c.bpaNoticeDate({ decisionReceived: `${y}-03-02`, ...named(p), ...(!l ? { weeks: 10 } : {}) }),
  courseEnd: (c, p, y) => c.courseEnd({ kind: "individual", start: `${y}-03-01`, ...(named(p) as { preset: string }) }),
  courseAttendance: (c, p, y) => c.courseAttendance({ asOf: `${y}-04-01`, lastAttendance: `${y}-03-01`, cancellations: 3, ...(named(p) as { preset: string }) }),
  transportOwnPayment: (c, p) => c.transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200, ...(named(p) as { preset: string }) }),
  followUpDates: (c, p, y) => c.followUpDates({ paragraph: "85", granted: `${y}-02-02`, ...named(p) }),
  supportPackage: (c, p) => c.supportPackage({ weeklyHours: 3, ...named(p) }),
  serviceNorms: (c, p) => c.serviceNorms({ paragraph: "85", ...named(p) }),
  timeLimits: (c, p, y) => c.timeLimits({ paragraph: p === "albertslund-2018" ? "109" : "103", start: `${y}-03-01`, birthDate: "1960-05-20", ...named(p) }),
};

/** A public calculator without a call above is walked with its module's example call (its manifest's `examples`). */
const EXAMPLE_CALLS: Record<string, Call> = Object.fromEntries(
  Object.entries(SAMPLES)
    .filter(([fn]) => !(fn in CALLS))
    .map(([fn, args]) => [fn, ((c: Calc) => ((c as unknown as Record<string, (...a: unknown[]) => { explanation?: Step[] }>)[fn] ?? (lib as unknown as Record<string, (...a: unknown[]) => { explanation?: Step[] }>)[fn])?.(...args) ?? { explanation: [] }) as unknown as Call]),
);
const ALL_CALLS: Record<string, Call> = { ...EXAMPLE_CALLS, ...CALLS };

/** Public functions that are not calculators (tools, data, loaders): everything else must be in CALLS. */
const NOT_CALCULATORS = new Set(["InputError", "issueText", "renameField", "addWorkingDays", "danishHolidays", "isWorkingDay", "parseServiceLevel", "rateCoverage", "rateTables", "rateTemplate", "renderTemplate", "serviceLevelTemplate", "translateExplanation", "withRates", "withServiceLevel"]);

/** The municipal names a source may carry, once the national rates and the chosen wage table are set aside. */
function municipalitiesCited(source: string): string[] {
  const own = source
    .split("; ")
    .filter((part) => !part.startsWith(NATIONAL) && !part.startsWith(CHOSEN_WAGE_TABLE))
    .join("; ");
  return MUNICIPALITIES.filter((m) => own.includes(m));
}

/** Runs a call; an InputError (a figure the document does not set, or a period it does not cover) counts as not applicable. */
function attempt(call: () => { explanation: readonly Step[] }): readonly Step[] | InputError {
  try {
    return call().explanation;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
}

// Test rates for 2026 (no § 109/§ 110 rate is published for 2026): labelled as such.
const RATES_2026 = {
  SHELTER_109_RATES: [{ from: "2026-01-01", until: "2026-12-31", value: "100.00", source: "Testby Kommune, satsblad 2026 (testinput)" }],
  SHELTER_110_RATES: [{ from: "2026-01-01", until: "2026-12-31", value: "104.00", source: "Testby Kommune, satsblad 2026 (testinput)" }],
};

const plain: Calc = { ...withRates({}), escortAgeRule: lib.escortAgeRule, statePensionAge: lib.statePensionAge };
const LEVELS: { name: string | undefined; municipality: string | undefined; calc: Calc; year: number; byName: boolean }[] = [
  { name: undefined, municipality: undefined, calc: plain, year: 2024, byName: true },
  ...Object.values(SERVICE_LEVELS).map((l) => ({ name: l.name, municipality: MUNICIPALITIES.find((m) => l.municipality.includes(m)), calc: plain, year: 2024, byName: true })),
  // The made-up municipality, bound (no preset named) — its figures apply from 2026.
  { name: undefined, municipality: "Testby", calc: { ...withServiceLevel(TESTBY).withRates(RATES_2026), escortAgeRule: lib.escortAgeRule, statePensionAge: lib.statePensionAge }, year: 2026, byName: false },
];

describe("citations follow the service level in use (issue 25 § 3)", () => {
  it("every public calculator and date rule is walked (a new one must be added here)", () => {
    const functions = Object.entries(lib).filter(([, v]) => typeof v === "function").map(([k]) => k);
    const walked = new Set(Object.keys(ALL_CALLS).map((k) => k.replace(/NoIncome$/, "")));
    expect(functions.filter((f) => !walked.has(f) && !NOT_CALCULATORS.has(f))).toEqual([]);
  });

  for (const level of LEVELS) {
    const label = level.byName ? (level.name ?? "no service level") : `${TESTBY.name} (bound with withServiceLevel)`;
    it(`${label}: every step cites only ${level.municipality ?? "the law and national sources"}`, () => {
      let computed = 0;
      for (const [fn, call] of Object.entries(ALL_CALLS)) {
        if (NOT_CALCULATORS.has(fn)) continue;
        const steps = attempt(() => call(level.calc, level.byName ? level.name : undefined, level.year, level.municipality !== undefined));
        if (steps instanceof InputError) {
          // With none, only a rule that is each municipality's own asks for one (preset required);
          // a service level makes a call inapplicable only by what it does not set or cover.
          if (level.municipality === undefined) expect(steps.issues.map((i) => `${i.path} ${i.code}`), `${fn}: ${steps.message}`).toEqual(["preset required"]);
          for (const i of steps.issues) expect(["not-in-preset", "rate-missing", "required", "required-with", "not-one-of"], `${fn}: ${i.path} ${i.code} ${i.message}`).toContain(i.code);
          continue;
        }
        computed++;
        for (const s of steps) {
          const cited = municipalitiesCited(s.source ?? "");
          if (level.municipality === undefined) expect(cited, `${fn} ${s.rule}: ${s.source}`).toEqual([]);
          else expect(cited.filter((m) => m !== level.municipality), `${fn} ${s.rule}: ${s.source}`).toEqual([]);
        }
        if (level.municipality === undefined) expect(steps.some((s) => s.rule === "preset.service-level"), fn).toBe(false);
      }
      // A document that sets few rules (Ballerup: courses and appeal) makes the others inapplicable.
      expect(computed).toBeGreaterThanOrEqual(level.municipality === undefined ? 18 : 10);
    });
  }

  it("the made-up municipality — one JSON file, no code — computes in every calculator and date rule that takes a service level, citing its own title", () => {
    const t = LEVELS.at(-1) as (typeof LEVELS)[number];
    const levelAware = ["extraCostPaymentPeriod", "bpaGrant", "bpaSettlement", "residentialCarePayment", "residentialCarePaymentNoIncome", "shelterFee", "shelterFeeNoIncome", "shelterDays", "shelterChildPsychology", "caseDeadline", "appealDeadline", "bpaNoticeDate", "courseEnd", "courseAttendance", "transportOwnPayment", "followUpDates", "supportPackage", "serviceNorms", "timeLimits"];
    for (const fn of levelAware) {
      const steps = (CALLS[fn] as Call)(t.calc, undefined, t.year, true).explanation;
      expect(steps[0]?.text, fn).toBe("Serviceniveau: Testby Kommune (2026).");
      expect(steps.some((s) => (s.source ?? "").includes(`${TESTBY.citation}, `)), `${fn} cites a section of the Testby document`).toBe(true);
    }
  });
});
