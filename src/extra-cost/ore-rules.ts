import { divideOre, oreOf } from "../core/ore.js";
import type { RateRow } from "../core/rates.js";
import type { KompensationLevel, MerudgiftLevel } from "./rates.js";

/**
 * The § 100 rules in whole øre, written once for the per-call fast path (`subsidy-ore.ts`) and the
 * batch (`batch.ts`); `merudgift.ts` and `kompensation.ts` hold the same rules in decimal.js for
 * amounts beyond the safe range, and a property test keeps the two equal.
 */

/** A year's band limits in øre (yearly), built once per rate row. */
export interface MerudgiftOre {
  readonly threshold: number;
  readonly band1: number;
  readonly band2: number;
  readonly band1Amount: number;
  readonly band2Amount: number;
}
/** A year's kompensationsydelse figures in øre, built once per rate row. */
export interface KompensationOre {
  readonly group1Threshold: number;
  readonly group1Amount: number;
  readonly group2Limit: number;
  readonly group2Amount: number;
}

const M_LIMITS = /* @__PURE__ */ new WeakMap<RateRow<MerudgiftLevel>, MerudgiftOre | null>();
const K_LIMITS = /* @__PURE__ */ new WeakMap<RateRow<KompensationLevel>, KompensationOre | null>();

/** Every figure in whole øre, or `null` when one is not (the decimal path then computes). */
function allOre<K extends string>(figures: Record<K, string>, times: Partial<Record<K, number>> = {}): Record<K, number> | null {
  const out = {} as Record<K, number>;
  for (const k of Object.keys(figures) as K[]) {
    const o = oreOf(figures[k]);
    if (o === undefined) return null;
    out[k] = o * (times[k] ?? 1);
  }
  return out;
}

/**
 * A band level's limits in øre per year (`band1To`, `band2To` are monthly: × 12), or `null`.
 *
 * @example
 * merudgiftOre(row2024)?.band2 //=> 3415200 (2.846 kr. × 12)
 */
export function merudgiftOre(row: RateRow<MerudgiftLevel>): MerudgiftOre | null {
  let x = M_LIMITS.get(row);
  if (x === undefined) {
    const l = row.value;
    const o = allOre({ threshold: l.yearlyThreshold, band1: l.band1To, band2: l.band2To, band1Amount: l.band1Amount, band2Amount: l.band2Amount }, { band1: 12, band2: 12 });
    x = o === null ? null : Object.freeze(o);
    M_LIMITS.set(row, x);
  }
  return x;
}

/**
 * A kompensationsydelse level in øre, or `null`.
 *
 * @example
 * kompensationOre(row2025)?.group1Amount //=> 110500
 */
export function kompensationOre(row: RateRow<KompensationLevel>): KompensationOre | null {
  let x = K_LIMITS.get(row);
  if (x === undefined) {
    const l = row.value;
    const o = allOre({ group1Threshold: l.group1YearlyThreshold, group1Amount: l.group1Amount, group2Limit: l.group2YearlyLimit, group2Amount: l.group2Amount });
    x = o === null ? null : Object.freeze(o);
    K_LIMITS.set(row, x);
  }
  return x;
}

/** The band rules by number, as {@link bandRule} gives them: the names results and batches use. */
export const BAND_RULE_NAMES = ["below-threshold", "band-1", "band-2", "actual"] as const;

/** Which band rule applies: an index into {@link BAND_RULE_NAMES} (0 below the threshold, 1 band 1, 2 band 2, 3 the actual costs). */
export type BandRule = 0 | 1 | 2 | 3;

/**
 * The band rule on yearly costs in øre (see `merudgiftAmount` for the law and the decisions): the
 * threshold is inclusive («mindst»), each band ends at its published limit, and above band 2 the
 * actual costs are paid only when all are documented.
 *
 * @example
 * bandRule(2160000, false, merudgiftOre(row2024)!) //=> 2 (1.800 kr. a month in 2024)
 */
export function bandRule(yearlyOre: number, documented: boolean, l: MerudgiftOre): BandRule {
  if (yearlyOre < l.threshold) return 0;
  if (yearlyOre <= l.band1) return 1;
  if (yearlyOre <= l.band2 || !documented) return 2;
  return 3;
}

/**
 * The monthly amount of a band rule in øre: the standard amount, or (actual) the monthly costs as
 * given, else a twelfth of the yearly rounded to øre half up.
 *
 * @example
 * bandAmount(2, 2160000, undefined, merudgiftOre(row2024)!) //=> 227700
 */
export function bandAmount(rule: BandRule, yearlyOre: number, monthlyOre: number | undefined, l: MerudgiftOre): number {
  if (rule === 0) return 0;
  if (rule === 1) return l.band1Amount;
  if (rule === 2) return l.band2Amount;
  return monthlyOre ?? divideOre(yearlyOre, 12);
}

/** What the two kompensationsydelse groups give, in øre per month. */
export interface GroupsOre {
  readonly g1: boolean;
  readonly g1Amount: number;
  readonly g2: boolean;
  readonly g2Amount: number;
  /** The group that pays more, `null` when neither pays. */
  readonly better: 1 | 2 | null;
}

/**
 * Group 1 (yearly costs at least the threshold: the standard amount) and group 2 (listed monthly
 * costs × 12 over the limit: those costs plus the standard amount), SEL § 100, stk. 2 from 1 Sep 2025.
 *
 * @example
 * groupsOre(900000, 0, kompensationOre(row2025)!).g1Amount //=> 110500
 */
export function groupsOre(yearlyOre: number, listedOre: number, k: KompensationOre): GroupsOre {
  const g1 = yearlyOre >= k.group1Threshold;
  const g1Amount = g1 ? k.group1Amount : 0;
  const g2 = listedOre * 12 > k.group2Limit;
  const g2Amount = g2 ? listedOre + k.group2Amount : 0;
  return { g1, g1Amount, g2, g2Amount, better: !g1 && !g2 ? null : g2Amount > g1Amount ? 2 : 1 };
}
