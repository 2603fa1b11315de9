import { deepFreeze } from "../core/freeze.js";
import type { RateTable, TableSpec } from "../core/rates.js";
import lt11 from "./rates/aarhus-wages-lt11.json";
import lt12 from "./rates/aarhus-wages-lt12.json";
import lt13 from "./rates/aarhus-wages-lt13.json";

/** A wage basis: the hourly wage and the fractions that are paid on top of it. */
export interface WageBasis {
  /** Hourly wage, kroner as decimal text, e.g. `"135.60"`. */
  readonly hourly: string;
  /** Time supplements as fractions of the hourly wage, e.g. `{ evening: 0.3 }`. `holiday` undefined = no sourced figure. */
  readonly supplements?: { readonly evening?: number; readonly night?: number; readonly saturday?: number; readonly sunday?: number; readonly holiday?: number };
  /** On-call (rådighed) hours are paid at this fraction of the hourly wage, with no time supplements, e.g. `0.75`. */
  readonly onCallFraction?: number;
  /** Employer pension as a fraction of pay, e.g. `0.13`. */
  readonly pensionRate: number;
  /** Holiday pay (feriegodtgørelse) as a fraction of pay, e.g. `0.125`. */
  readonly holidayPayRate: number;
}

/**
 * Aarhus BPA wage rows per løntrin (11 / 12 / 13), dated, from
 * `src/bpa/rates/aarhus-wages-ltNN.json`. The page's 1 Oct 2020 løntrin 13 figure is printed
 * 136,60 but its own derived figures imply 137,60, which is used. The last row runs to
 * 31 Mar 2022 (the next half-yearly regulation); later wages were not found: pass `wage`, or
 * add rows once with `withRates({ AARHUS_WAGES: { lt11: [...] } })` or your own basis with
 * `withRates({ BPA_WAGES: [...] })`. Frozen.
 *
 * @example
 * AARHUS_WAGES.lt11.at(-1)?.value.hourly //=> "135.60" (1 Oct 2021)
 */
export const AARHUS_WAGES: Readonly<Record<"lt11" | "lt12" | "lt13", RateTable<WageBasis>>> = /* @__PURE__ */ (() => deepFreeze({
  lt11: lt11.rows,
  lt12: lt12.rows,
  lt13: lt13.rows,
}))();

const WAGE_FIELDS = /* @__PURE__ */ (() => lt11.fields)();
const WAGES_PUBLISHED = (year: number) => ({
  title: `Aarhus Kommune, bpa.aarhus.dk "Det tjener du som handicaphjælper" (timepriser ${year}), eller kommunens eget BPA-løngrundlag`,
  href: "https://bpa.aarhus.dk/loen/det-tjener-du-som-handicaphjaelper/",
});

/* @__NO_SIDE_EFFECTS__ */
function wageTable(lt: "lt11" | "lt12" | "lt13", label: string, unit: string): TableSpec<WageBasis> {
  return deepFreeze({
    name: `AARHUS_WAGES.${lt}`,
    law: "SEL § 96; BEK nr. 1069 af 30/06/2020 § 5",
    label,
    unit,
    fields: WAGE_FIELDS,
    publishedAt: WAGES_PUBLISHED,
    rows: AARHUS_WAGES[lt],
    optional: `Kun hvis kommunen udmåler BPA efter Aarhus Kommunes løntabel (lønforudsætning aarhus-${lt}); slet ellers denne tabel, og giv timelønnen i kaldet eller jeres egen løntabel i BPA_WAGES.`,
  });
}

/** The Aarhus wage tables with what a caller needs to extend them. */
export const AARHUS_WAGE_TABLES: Readonly<Record<"lt11" | "lt12" | "lt13", TableSpec<WageBasis>>> = /* @__PURE__ */ (() => deepFreeze({
  lt11: wageTable("lt11", lt11.label, lt11.unit),
  lt12: wageTable("lt12", lt12.label, lt12.unit),
  lt13: wageTable("lt13", lt13.label, lt13.unit),
}))();

/**
 * A municipality's own BPA wage basis, added with `withRates({ BPA_WAGES: [...] })`; the library
 * ships no rows. Used when neither `preset` nor `wage.hourly` is given.
 */
export const BPA_WAGE_TABLE: TableSpec<WageBasis> = /* @__PURE__ */ deepFreeze({
  name: "BPA_WAGES",
  law: "SEL § 96; BEK nr. 1069 af 30/06/2020 § 5",
  label: "BPA-lønforudsætning (kommunens egen)",
  unit: "kr. pr. time; tillæg som brøk af timelønnen",
  fields: WAGE_FIELDS,
  publishedAt: () => ({ title: "kommunens eget BPA-løngrundlag (løntabel med tillæg), fx fra den overenskomst, kommunen udmåler efter" }),
  rows: [],
});

/** Wage presets: `aarhus-ltNN` picks the row in force on `date`; `aarhus-YYYY-MM-ltNN` a fixed row.
 *
 * @example
 * bpaGrant({ …, preset: WAGE_PRESETS[0] }) // "aarhus-lt11"
 */
export const WAGE_PRESETS = /* @__PURE__ */ Object.freeze([
  "aarhus-lt11",
  "aarhus-lt12",
  "aarhus-lt13",
  "aarhus-2020-10-lt11",
  "aarhus-2020-10-lt12",
  "aarhus-2020-10-lt13",
  "aarhus-2021-04-lt11",
  "aarhus-2021-04-lt12",
  "aarhus-2021-04-lt13",
  "aarhus-2021-10-lt11",
  "aarhus-2021-10-lt12",
  "aarhus-2021-10-lt13",
] as const);
export type WagePreset = (typeof WAGE_PRESETS)[number];

/** § 95, stk. 2: the cash grant needs help for more than 20 hours a week.
 *
 * @example
 * SECTION_95_MIN_WEEKLY_HOURS //=> 20
 */
export const SECTION_95_MIN_WEEKLY_HOURS = 20;
/** § 95, stk. 3 (from 1 Jan 2018): close relatives together at most 48 hours a week (Albertslund 2018; dukh.dk).
 *
 * @example
 * RELATIVE_MAX_WEEKLY_HOURS //=> 48
 */
export const RELATIVE_MAX_WEEKLY_HOURS = 48;
