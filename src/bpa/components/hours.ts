import { type Step } from "../../core/explain.js";
import { step } from "../words.js";
import { Dec, decimalOre, toDec } from "../../core/money.js";
import type { ParsedGrant } from "./component.js";

/** Hour kinds measured per week. */
export const HOUR_KINDS = ["day", "evening", "night", "saturday", "sunday", "holiday"] as const;
export type HourKind = (typeof HOUR_KINDS)[number];

const ZERO = /* @__PURE__ */ new Dec(0);

/** The hours a grant measures, per year, with the explanation line. */
export interface MeasuredHours {
  /** Weeks per year. */
  weeks: Dec;
  /** `true` when given per week. */
  perWeek: boolean;
  /** The hours as given, by kind. */
  given: Partial<Record<HourKind, number>>;
  byKind: Record<HourKind, Dec>;
  yearly: Dec;
  weekly: Dec;
  extraYearly: Dec;
  onCallYearly: Dec;
  steps: Step[];
}

/**
 * The measured hours (BEK nr. 1069/2020 § 3): by kind per year, pooled and on-call hours.
 *
 * @example
 * measuredHours({ section: "96", weeklyHours: { day: 40 }, … }).yearly.toNumber() //=> 2080
 */
export function measuredHours(p: ParsedGrant): MeasuredHours {
  // Exactly one of weeklyHours / yearlyHours: input schema (crossField).
  const weeks = toDec(p.weeksPerYear ?? 52);
  const perWeek = p.weeklyHours !== undefined;
  const given = (p.weeklyHours ?? p.yearlyHours) as Partial<Record<HourKind, number>>;
  const byKind = {} as Record<HourKind, Dec>;
  let yearly = ZERO;
  for (const k of HOUR_KINDS) {
    const v = given[k];
    // A kind not given, or 0, adds nothing.
    // Stryker disable next-line ConditionalExpression: a fast path; zero hours times the weeks and added give the same sum
    if (v === undefined || v === 0) byKind[k] = ZERO;
    else {
      byKind[k] = perWeek ? toDec(v).times(weeks) : toDec(v);
      yearly = yearly.plus(byKind[k]);
    }
  }
  const weekly = yearly.div(weeks);
  const x = p.yearlyExtraHours ?? {};
  const extraYearly = [x.holiday, x.overlap, x.training, x.meetings, x.other].reduce<Dec>((s, v) => (v === undefined ? s : s.plus(toDec(v))), ZERO);
  const onCallYearly = toDec(p.onCallWeeklyHours ?? 0).times(weeks);
  const values = {
    section: p.section,
    cashGrant: p.section === "95",
    weeklyHours: hoursValue(roundHours(weekly)),
    perWeek,
    weeks: hoursValue(weeks),
    yearlyHours: hoursValue(roundHours(yearly)),
    extraHours: hoursValue(extraYearly),
    onCallHours: hoursValue(roundHours(onCallYearly)),
  };
  const steps = [step("bpa.hours", values, "BEK nr. 1069 af 30/06/2020 § 3 (tilskuddet fastsættes én gang om året)")];
  return { weeks, perWeek, given, byKind, yearly, weekly, extraYearly, onCallYearly, steps };
}

/** Hours as a step value: at most four decimals. */
export function hoursValue(h: Dec): number {
  // At most two decimals: the number is read from the digits (the same number as its text gives).
  const hundredths = decimalOre(h);
  // Stryker disable next-line ConditionalExpression: a fast path; such hours round to themselves
  return hundredths !== undefined ? hundredths / 100 : h.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toNumber();
}

/** Hours shown in texts: two decimals at most. */
export function roundHours(h: Dec): Dec {
  // Stryker disable next-line ConditionalExpression: a fast path; rounding hours of at most two decimals returns them unchanged
  return h.decimalPlaces() <= 2 ? h : h.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}
