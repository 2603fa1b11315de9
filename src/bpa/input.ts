import type { DateInput } from "../core/period.js";
import type { MoneyInput } from "../core/money.js";
import type { WagePreset } from "./rates.js";
import type { BpaServicePresetName } from "./presets.js";

/** Hours by time of day or week: each 0–168 a week (or 0–8.784 a year for `yearlyHours`). */
export interface BpaHoursByTime {
  /** Day hours (no time supplement). */
  day?: number | undefined;
  /** Evening hours (evening supplement). */
  evening?: number | undefined;
  /** Night hours (night supplement). */
  night?: number | undefined;
  /** Saturday hours (Saturday supplement). */
  saturday?: number | undefined;
  /** Sunday hours (Sunday supplement). */
  sunday?: number | undefined;
  /** Public holiday hours (holiday supplement). */
  holiday?: number | undefined;
}

/**
 * An employer cost line; give exactly one of `perHour`, `rate`, `perYear`, `perHelperPerYear`.
 *
 * @example
 * const atp: BpaEmployerCost = { label: "ATP", perHour: "0.50", source: "ATP-satser 2024" };
 */
export interface BpaEmployerCost {
  /** What the cost is, shown in the explanation, e.g. `"ATP"`. */
  label: string;
  /** Kroner per paid hour. */
  perHour?: MoneyInput | undefined;
  /** A fraction of the wages (0–5), e.g. 0.01 for 1 %. */
  rate?: number | undefined;
  /** Kroner per year. */
  perYear?: MoneyInput | undefined;
  /** Kroner per helper per year (needs `helpers`). */
  perHelperPerYear?: MoneyInput | undefined;
  /** Where the figure comes from. */
  source?: string | undefined;
}

/** The wage basis: given here, or from a wage `preset`, or the municipality's `BPA_WAGES` rows. */
export interface BpaWageInput {
  /** The hourly wage, in kroner. */
  hourly?: MoneyInput | undefined;
  /** Time supplements as fractions of the hourly wage (0–5), e.g. `{ evening: 0.3 }` for 30 %. */
  supplements?: { evening?: number | undefined; night?: number | undefined; saturday?: number | undefined; sunday?: number | undefined; holiday?: number | undefined } | undefined;
  /** On-call hours paid as this fraction of the hourly wage. */
  onCallFraction?: number | undefined;
  /** Employer pension as a fraction of the wages, e.g. 0.13. */
  pensionRate?: number | undefined;
  /** Holiday pay as a fraction of the wages, e.g. 0.125. */
  holidayPayRate?: number | undefined;
  /** Months of the year the helpers have pension (0–12; pension starts after 5 months' seniority). Default 12. */
  pensionMonths?: number | undefined;
  /** Further employer costs (at most 50 lines). */
  employerCosts?: BpaEmployerCost[] | undefined;
}

/**
 * What callers pass to `bpaGrant`: the hours measured, the wage basis and who is employer.
 *
 * @example
 * const input: BpaGrantInput = { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } };
 */
export interface BpaGrantInput {
  /** `"95"` (cash grant for helpers) or `"96"` (citizen-directed personal assistance). */
  section: "95" | "96";
  /** The first day of the grant year (`"YYYY-MM-DD"` or a `Date`): it picks the wage rows. */
  date: DateInput;
  /** Hours per week by time; give this or `yearlyHours`. */
  weeklyHours?: BpaHoursByTime | undefined;
  /** Hours per year by time; give this or `weeklyHours`. */
  yearlyHours?: BpaHoursByTime | undefined;
  /** On-call hours (rådighedstimer) per week. */
  onCallWeeklyHours?: number | undefined;
  /** Pooled hours per year (puljetimer) by purpose, each 0–8.784. */
  yearlyExtraHours?: { holiday?: number | undefined; overlap?: number | undefined; training?: number | undefined; meetings?: number | undefined; other?: number | undefined } | undefined;
  /** A wage preset: `"aarhus-ltNN"` (the row in force on `date`) or `"aarhus-YYYY-MM-ltNN"` (a fixed row). */
  preset?: WagePreset | undefined;
  /** The wage basis given by the caller (wins over the preset field by field). */
  wage?: BpaWageInput | undefined;
  /** Who is employer: `"citizen"`, `"relative"`, `"association"` or `"company"`. */
  employer: "citizen" | "relative" | "association" | "company";
  /** Who does the payroll when the citizen is employer: `"citizen"`, `"municipality"` or `"association"`. */
  payroll?: "citizen" | "municipality" | "association" | undefined;
  /** Number of helpers (0–100); needed for costs per helper. */
  helpers?: number | undefined;
  /** A municipality's service level, e.g. `"albertslund-2018"` (administration fee, caps, normal hours). */
  servicePreset?: BpaServicePresetName | undefined;
  /** Administration: per measured hour, the payroll maximum per helper per year, and the payroll invoice (kroner). */
  admin?: { perMeasuredHour?: MoneyInput | undefined; payrollPerHelperPerYear?: MoneyInput | undefined; payrollInvoice?: MoneyInput | undefined } | undefined;
  /** Helper-related expenses applied for, kroner per month. */
  helperExpensesMonthly?: MoneyInput | undefined;
  /** The municipality's cap on helper-related expenses, kroner per month. */
  helperExpensesCap?: MoneyInput | undefined;
  /** Attendance/care supplements (bistands-/plejetillæg) and the assessed offset: hours a week or an amount a year. */
  allowances?: { attendance?: boolean | undefined; care?: boolean | undefined; weeklyHours?: number | undefined; yearlyAmount?: MoneyInput | undefined } | undefined;
  /** Hours per week worked by close relatives (at most 48 under § 95 unless an exception applies). */
  relativeWeeklyHours?: number | undefined;
  /** `true` when the municipality allows a relative more than 48 hours in a special case. */
  relativeCapException?: boolean | undefined;
  /** `true` when the § 95 grant is transferred to a relative, association or company (§ 95, stk. 4). */
  grantTransferred?: boolean | undefined;
  /** Weeks per year (1–53, default 52). */
  weeksPerYear?: number | undefined;
}

/** Hours used in the year, by kind (each 0–8.784). */
export interface BpaUsedHours extends BpaHoursByTime {
  /** On-call hours used. */
  onCall?: number | undefined;
  /** Pooled hours used. */
  extra?: number | undefined;
}

/**
 * What callers pass to `bpaSettlement`: the grant as given and the hours used.
 *
 * @example
 * const input: BpaSettlementInput = { grant: { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } }, used: { day: 2000 } };
 */
export interface BpaSettlementInput {
  /** The `bpaGrant` input the year was granted with. */
  grant: BpaGrantInput;
  /** Hours used in the year, by kind. */
  used: BpaUsedHours;
  /** `"money"` (default: over-use of one kind nets under-use of another) or `"by-kind"`. */
  policy?: "money" | "by-kind" | undefined;
}
