import type { PresetName } from "../service-levels/index.js";
import { deepFreeze } from "../core/freeze.js";
import { MUNICIPAL_PRESETS, presetsWith } from "../service-levels/registry.js";
import { presetPart } from "../service-levels/preset-view.js";

/** A cited figure. */
export interface Cited<T> {
  readonly value: T;
  readonly source: string;
}

/** A municipality's BPA rules (plain data; every figure can be overridden by the caller). */
export interface BpaServicePreset {
  /** Admin per measured hour when the employer role is transferred (association, company, relative). */
  readonly adminPerMeasuredHourTransferred?: Cited<string>;
  /** Payroll administration per helper per year when the citizen is employer and an association runs payroll: paid on invoice, up to this. */
  readonly payrollPerHelperPerYearMax?: Cited<string>;
  /** No admin fee when a close relative is employer. */
  readonly noAdminForRelative?: Cited<boolean>;
  /** Helper-related expenses: at most this per month, by section. */
  readonly helperExpensesCap?: { readonly "95": Cited<string>; readonly "96": Cited<string> };
  /** Normal hours per week set off for attendance (bistandstillæg) and care (plejetillæg) supplements, and the sections the rule is written for. */
  readonly allowanceHours?: { readonly attendance: number; readonly care: number; readonly sections: readonly ("95" | "96")[]; readonly source: string };
  /** How the allowance offset is set (`"assessed"`: an amount the caller must give). */
  readonly allowanceOffset?: Cited<string>;
  /** Helper-related expenses assessed individually (no cap). */
  readonly helperExpenses?: Cited<string>;
  /** When the yearly account is due (`"03-01"` = 1 March the year after). */
  readonly settlement?: { readonly dueMonthDay?: string; readonly source: string };
  /** Where the payment timing is written. */
  readonly payment?: { readonly source: string };
}

/** Preset names with BPA rules, from the municipal registry (`src/presets/`). */
export const BPA_SERVICE_PRESETS = /* @__PURE__ */ presetsWith("bpa") as readonly BpaServicePresetName[];

/**
 * Municipal BPA rules by preset name, read from the municipal registry: Albertslund 2018 (5,45
 * kr. per measured hour when the employer role is transferred; payroll on invoice up to
 * 2.030 kr. per helper a year; helper expenses at most 500 kr. (§ 95) / 1.000 kr. (§ 96) a
 * month; bistandstillæg = 4,5 and plejetillæg = 9 normal hours, § 96) and Holbæk 2024 (no admin
 * for a relative employer; helper expenses and the allowance offset assessed individually).
 * Frozen.
 *
 * @example
 * BPA_PRESETS["albertslund-2018"].adminPerMeasuredHourTransferred?.value //=> "5.45"
 */
export const BPA_PRESETS: Readonly<Record<BpaServicePresetName, BpaServicePreset>> = /* @__PURE__ */ (() => deepFreeze(
  Object.fromEntries(presetsWith("bpa").map((name) => [name, presetPart(MUNICIPAL_PRESETS[name], "bpa")])) as Record<BpaServicePresetName, BpaServicePreset>,
))();

/** A preset name with BPA rules: a shipped service level that sets them, or one bound with `withServiceLevel`. */
export type BpaServicePresetName = PresetName;

/**
 * What applies when no municipal preset is named: no municipality's figure. Helper expenses
 * are not capped unless `helperExpensesCap` is given, and an allowance offset needs the
 * caller's assessed hours or amount. Frozen.
 *
 * @example
 * BPA_DEFAULTS.weeksPerYear //=> 52
 */
export const BPA_DEFAULTS = /* @__PURE__ */ deepFreeze({
  weeksPerYear: 52,
  helperExpensesCap: "none unless given",
  allowanceOffset: "caller-assessed hours or amount",
  source: "BEK nr. 1069 af 30/06/2020 § 3",
} as const);
