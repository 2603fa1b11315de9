// Random valid calls of every spreadsheet function, each with the value the library itself gives
// (computed here from the library's own API, not from the sheet layer), so every door — plain
// JavaScript, HyperFormula, the Apps Script file, the Excel runtime page — can be checked
// against the library on the same inputs.
import fc from "fast-check";
import { addWorkingDays, appealDeadline, bpaGrant, caseDeadline, escortLedger, extraCostSubsidy, residentialCarePayment, shelterDays, shelterFee, statePensionAge } from "../../src/index.js";
import { SHEET_DECLARATIONS } from "../../src/spreadsheet/index.js";
import { MODULES } from "../../src/modules.js";
import type { ModuleManifest } from "../../src/core/module.js";
import { SAMPLES } from "../support/samples.js";

type Cell = string | number | boolean;
/** One argument: a cell value, or a range (rows of cells). */
export type DoorArg = Cell | null | Cell[][];
export interface DoorCase {
  /** The Danish formula name. */
  name: string;
  args: DoorArg[];
  /** What the library gives: a cell value or a table. */
  expected: Cell | Cell[][];
}

const n = Number;
const pad = (x: number) => String(x).padStart(2, "0");
/** A day of the given years as "YYYY-MM-DD". */
const day = (from = 2018, to = 2026) =>
  fc.record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const kr = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((o) => o / 100);

// documented applies to the merudgift regime (before 2025-07-01); kompensationsydelse is called without it.
const merudgift = fc.record({ costs: kr(6000), date: fc.constantFrom("2018-05-01", "2021-03-15", "2023-06-30", "2024-12-31", "2025-10-01"), documented: fc.boolean() }).map(({ costs, date, documented }): DoorCase => {
  const before = date < "2025-07-01";
  return {
    name: "MERUDGIFT",
    args: before ? [costs, date, documented] : [costs, date],
    expected: n(extraCostSubsidy({ date, monthlyCosts: costs, ...(before ? { documented } : {}) }).monthlyAmount),
  };
});

const ledsage = fc.array(fc.record({ m: fc.integer({ min: 1, max: 6 }), h: fc.integer({ min: 0, max: 30 }) }), { maxLength: 5 }).map((uses): DoorCase => {
  const usage = uses.map(({ m, h }) => ({ month: `2024-0${m}`, hours: h }));
  const lib = escortLedger({ from: "2024-01", to: "2024-06", usage });
  return {
    name: "LEDSAGE",
    args: [usage.length === 0 ? [["", ""]] : usage.map((u) => [u.month, u.hours]), "2024-01", "2024-06"],
    expected: [["måned", "bevilget", "brugt", "bortfaldet", "overforbrug", "til rådighed"], ...lib.months.map((m) => [m.month, m.granted, m.used, m.lapsed, m.overuse, m.availableAtEnd])],
  };
});

interface BpaCase {
  day: number;
  evening: number;
  employer: "borger" | "forening";
}
const bpaArgs = fc.record({ day: fc.integer({ min: 0, max: 60 }), evening: fc.integer({ min: 0, max: 20 }), employer: fc.constantFrom("borger" as const, "forening" as const) });
const bpaLib = (b: BpaCase) => bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: b.employer === "borger" ? "citizen" : "association", weeklyHours: { day: b.day, evening: b.evening } });
const bpaRange = (b: BpaCase): Cell[][] => [["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", b.employer], ["dagtimer", b.day], ["aftentimer", b.evening]];
const bpaTotal = bpaArgs.map((b): DoorCase => ({ name: "BPA.TILSKUD", args: [bpaRange(b)], expected: n(bpaLib(b).yearly.total) }));
const bpaSpec = bpaArgs.map((b): DoorCase => {
  const r = bpaLib(b);
  const y = r.yearly;
  const rows: [string, string][] = [["Grundløn", y.wages], ["Tidstillæg", y.supplements], ["Rådighedstimer", y.onCall], ["Pension", y.pension], ["Feriegodtgørelse", y.holidayPay], ["Arbejdsgiverudgifter", y.employerCosts], ["Administration", y.admin], ["Hjælperudgifter", y.helperExpenses]];
  return {
    name: "BPA.SPECIFIKATION",
    args: [bpaRange(b)],
    expected: [...rows.map(([k, v]) => [k, n(v)]), ["Modregning", n(y.offset) === 0 ? 0 : -n(y.offset)], ["I alt pr. år", n(y.total)], ["Pr. måned", n(r.monthly)]],
  };
});

const botilbud = fc.record({ income: kr(30000), housing: kr(8000), services: kr(4000), expenses: fc.array(kr(800), { maxLength: 3 }), disposable: kr(3000) }).map((x): DoorCase => ({
  name: "BOTILBUD.BETALING",
  args: [x.income, x.housing, x.services, x.expenses.length === 0 ? null : x.expenses.map((e) => [e]), x.disposable],
  expected: n(residentialCarePayment({ income: x.income, price: { housing: x.housing, services: { other: x.services } }, approvedExpenses: x.expenses.map((e) => ({ label: "godkendte_udgifter", monthly: e })), disposableAmount: x.disposable }).payment),
}));

const minutes = (m: number) => {
  const d = new Date(Date.UTC(2024, 0, 1) + m * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const stayArgs = fc.record({ section: fc.constantFrom(109, 110), start: fc.integer({ min: 0, max: 300 * 1440 }), len: fc.integer({ min: 0, max: 40 * 1440 }), income: fc.boolean() });
const iso = (t: string) => t.replace(" ", "T");
const ophold = stayArgs.map((s): DoorCase => {
  const arrival = minutes(s.start);
  const departure = minutes(s.start + s.len);
  return { name: "OPHOLD.BETALING", args: [s.section, arrival, departure, s.income], expected: n(shelterFee({ section: String(s.section) as "109", arrival: iso(arrival), departure: iso(departure), income: s.income }).amount) };
});
const doegn = stayArgs.map((s): DoorCase => {
  const arrival = minutes(s.start);
  const departure = minutes(s.start + s.len);
  return { name: "OPHOLD.DØGN", args: [s.section, arrival, departure], expected: shelterDays({ section: String(s.section) as "109", arrival: iso(arrival), departure: iso(departure) }).days };
});

const sagsfrist = fc.record({ received: day(2019, 2026), paragraph: fc.constantFrom(100, 95, 107) }).map(({ received, paragraph }): DoorCase => ({
  name: "SAGSFRIST",
  args: [paragraph, received, "albertslund-2018"],
  expected: caseDeadline({ paragraph: String(paragraph) as "100", received, preset: "albertslund-2018" }).date,
}));
const klagefrist = day().map((d): DoorCase => ({ name: "KLAGEFRIST", args: [d], expected: appealDeadline({ decisionReceived: d }).date }));
const born = day(1940, 1974);
const alder = born.map((d): DoorCase => ({ name: "FOLKEPENSIONSALDER", args: [d], expected: statePensionAge({ birthDate: d }).age }));
const pdato = born.map((d): DoorCase => ({ name: "FOLKEPENSIONSDATO", args: [d], expected: statePensionAge({ birthDate: d }).date }));
const arbejdsdage = fc.record({ d: day(2020, 2026), k: fc.integer({ min: 0, max: 60 }) }).map(({ d, k }): DoorCase => ({ name: "ARBEJDSDAGE.LÆG.TIL", args: [d, k], expected: addWorkingDays(d, k) }));
const forklaring = fc.record({ costs: kr(6000), date: fc.constantFrom("2021-03-15", "2024-12-31") }).map(({ costs, date }): DoorCase => ({
  name: "FORKLARING",
  args: ["MERUDGIFT", costs, date],
  expected: extraCostSubsidy({ date, monthlyCosts: costs }).explanation.map((s) => [s.text]),
}));

/**
 * The case of a function a module declares as data and no arbitrary above covers: its module's
 * example call, its arguments read back through the parameter table (a new module's sheet
 * function is tested in every door without a line here).
 */
function fromManifest(name: string): fc.Arbitrary<DoorCase> | undefined {
  for (const m of MODULES as readonly ModuleManifest[]) {
    for (const s of m.sheet ?? []) {
      if (typeof s === "string" || s.name !== name) continue;
      const sample = (SAMPLES[s.calls] ?? [])[0] as Record<string, unknown>;
      const at = (path: string): DoorArg => (path.split(".").reduce<unknown>((o, k) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), sample) ?? null) as DoorArg;
      const args = s.params.map((p) => (p === "satser" ? null : at(p.path)));
      const result = (m.functions[s.calls] as unknown as (x: unknown) => Record<string, unknown>)(sample)[s.value];
      return fc.constant({ name, args, expected: (s.result === "number" ? Number(result) : result) as Cell });
    }
  }
  return undefined;
}

/** One arbitrary per function, keyed by its Danish name (a function declared as data has its module's example call at least); a test fails when a declared function has none. */
export const DOOR_CASES: Record<string, fc.Arbitrary<DoorCase>> = {
  ...Object.fromEntries(SHEET_DECLARATIONS.flatMap((d) => {
    const c = fromManifest(d.name);
    return c === undefined ? [] : [[d.name, c]];
  })),
  MERUDGIFT: merudgift,
  LEDSAGE: ledsage,
  "BPA.TILSKUD": bpaTotal,
  "BPA.SPECIFIKATION": bpaSpec,
  "BOTILBUD.BETALING": botilbud,
  "OPHOLD.BETALING": ophold,
  "OPHOLD.DØGN": doegn,
  SAGSFRIST: sagsfrist,
  KLAGEFRIST: klagefrist,
  FOLKEPENSIONSALDER: alder,
  FOLKEPENSIONSDATO: pdato,
  "ARBEJDSDAGE.LÆG.TIL": arbejdsdage,
  FORKLARING: forklaring,
};

/** Any function's random valid call. */
export const anyDoorCase: fc.Arbitrary<DoorCase> = fc.oneof(...SHEET_DECLARATIONS.map((d) => DOOR_CASES[d.name] as fc.Arbitrary<DoorCase>));
