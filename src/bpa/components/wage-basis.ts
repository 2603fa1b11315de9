import { BPA_ISSUES } from "../messages.js";
import type { IssueParams, IssueWords } from "../../core/issue-templates.js";
import { fail, InputError, issue } from "../../core/errors.js";
import { amount, type Step } from "../../core/explain.js";
import { step } from "../words.js";
import { Dec, toDec } from "../../core/money.js";
import { rateAt, rowAt, type BoundRates, type RateRow } from "../../core/rates.js";
import { formatSource } from "../../core/sources.js";
import { AARHUS_WAGE_TABLES, BPA_WAGE_TABLE, type WageBasis, type WagePreset } from "../rates.js";
import type { ParsedGrant } from "./component.js";
import type { HourKind } from "./hours.js";

/** Hour kinds with a time supplement. */
export const SUPPLEMENT_KINDS = ["evening", "night", "saturday", "sunday", "holiday"] as const;
export type SupplementKind = (typeof SUPPLEMENT_KINDS)[number];

const ZERO = /* @__PURE__ */ new Dec(0);

/** The wage figures a grant is measured with, and where they come from. */
export interface Wage {
  hourly: Dec;
  supplements: Record<SupplementKind, Dec>;
  onCallFraction: Dec;
  pensionRate: Dec;
  holidayPayRate: Dec;
  /** The cited source of the wage row, when one was used. */
  source: string | undefined;
  /** `true` when a wage row (preset or `BPA_WAGES`) was used. */
  fromRow: boolean;
  steps: Step[];
}

/**
 * The wage basis (BEK nr. 1069/2020 § 5): the caller's figures field by field, else the wage
 * preset's row, else the municipality's own `BPA_WAGES` row for the date. A figure the hours
 * need and no source gives is refused, naming the field.
 *
 * @example
 * wageBasis({ preset: "aarhus-lt11", date: "2021-10-01", … }, "2021-10-01", new Map(), byKind, onCall).hourly.toFixed(2)
 */
export function wageBasis(p: ParsedGrant, date: string, bound: BoundRates, byKind: Record<HourKind, Dec>, onCallYearly: Dec): Wage {
  const row = p.preset ? presetRow(p.preset, date, bound) : p.wage?.hourly === undefined ? rowAt(BPA_WAGE_TABLE, date, undefined, bound) : undefined;
  const basis = row?.value;
  const source = row ? formatSource(row.source) : undefined;
  const hourlyIn = p.wage?.hourly ?? basis?.hourly;
  if (hourlyIn === undefined) {
    // No wage at all (no preset, no row, no hourly wage): every figure the hours need is asked
    // for in this one call, not one round at a time.
    const w = p.wage;
    const issues = [
      issue("wage.hourly", BPA_ISSUES.wage, { year: date.slice(0, 4) }),
      ...(w?.pensionRate === undefined ? [issue("wage.pensionRate", BPA_ISSUES.rate, { example: 0.13 })] : []),
      ...(w?.holidayPayRate === undefined ? [issue("wage.holidayPayRate", BPA_ISSUES.rate, { example: 0.125 })] : []),
      ...SUPPLEMENT_KINDS.filter((k) => byKind[k].gt(0) && w?.supplements?.[k] === undefined).map((k) => issue(`wage.supplements.${k}`, BPA_ISSUES.supplement, { kind: k })),
      ...(onCallYearly.gt(0) && w?.onCallFraction === undefined ? [issue("wage.onCallFraction", BPA_ISSUES.onCall)] : []),
    ];
    throw new InputError(issues);
  }
  const hourly = toDec(hourlyIn);
  const need = <T>(v: T | undefined, path: string, words: IssueWords, params?: IssueParams): T => (v === undefined ? fail(path, words, params) : v);
  const supplements: Record<SupplementKind, Dec> = { evening: ZERO, night: ZERO, saturday: ZERO, sunday: ZERO, holiday: ZERO };
  for (const k of SUPPLEMENT_KINDS) {
    const given = p.wage?.supplements?.[k] ?? basis?.supplements?.[k];
    if (byKind[k].gt(0)) supplements[k] = toDec(need(given, `wage.supplements.${k}`, BPA_ISSUES.rowSupplement, { kind: k, source: String(source) }));
  }
  const onCallFraction = onCallYearly.gt(0) ? toDec(need(p.wage?.onCallFraction ?? basis?.onCallFraction, "wage.onCallFraction", BPA_ISSUES.rowOnCall, { source: String(source) })) : ZERO;
  // Stryker disable next-line StringLiteral: unreachable — every wage row carries both rates, and the input schema requires them with wage.hourly.
  const pensionRate = toDec(need(p.wage?.pensionRate ?? basis?.pensionRate, "wage.pensionRate", BPA_ISSUES.rate, { example: 0.13 }));
  // Stryker disable next-line StringLiteral: unreachable, as for pensionRate.
  const holidayPayRate = toDec(need(p.wage?.holidayPayRate ?? basis?.holidayPayRate, "wage.holidayPayRate", BPA_ISSUES.rate, { example: 0.125 }));
  const steps = [step("bpa.wage", { hourly: amount(hourly), given: p.wage?.hourly !== undefined }, `${source ?? "caller input"}; BEK nr. 1069 af 30/06/2020 § 5`)];
  return { hourly, supplements, onCallFraction, pensionRate, holidayPayRate, source, fromRow: row !== undefined, steps };
}

function presetRow(preset: WagePreset, date: string, bound: BoundRates): RateRow<WageBasis> {
  const m = /^aarhus-(?:(\d{4})-(\d{2})-)?(lt1[123])$/.exec(preset) as RegExpExecArray;
  const table = AARHUS_WAGE_TABLES[m[3] as "lt11" | "lt12" | "lt13"];
  const on = m[1] === undefined ? date : `${m[1]}-${m[2]}-01`;
  return rateAt(table, on, undefined, bound);
}
