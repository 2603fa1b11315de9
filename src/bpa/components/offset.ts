import { BPA_ISSUES } from "../messages.js";
import { fail } from "../../core/errors.js";
import { amount } from "../../core/explain.js";
import { step } from "../words.js";
import { Dec, formatNumberDa, roundOre, toDec } from "../../core/money.js";
import type { BpaServicePreset } from "../presets.js";
import type { Component, ParsedGrant } from "./component.js";
import { hoursValue, roundHours } from "./hours.js";

/** Decimals are immutable: one zero serves every call. */
const ZERO = /* @__PURE__ */ new Dec(0);

/** The offset, and the normal hours a week it stands for. */
export interface Offset extends Component {
  weeklyHours: Dec;
}

/**
 * The offset for attendance / care supplements (bistands-/plejetillæg): the caller's assessed
 * hours or amount, or — only where a document fixes it — a preset's normal hours (Albertslund
 * 2018, § 96: 4,5 and 9 hours a week).
 *
 * @example
 * offsetComponent(p, preset, weeks, hourly, measuredYearly, measuredWeekly).amount.toFixed(2)
 */
export function offsetComponent(p: ParsedGrant, preset: BpaServicePreset | undefined, weeks: Dec, hourly: Dec, measuredYearly: Dec, measuredWeekly: Dec): Offset {
  const al = p.allowances;
  if (al === undefined || !(al.attendance || al.care || al.weeklyHours !== undefined || al.yearlyAmount !== undefined)) return { amount: ZERO, weeklyHours: ZERO, steps: [] };
  if (al.yearlyAmount !== undefined) {
    const value = roundOre(toDec(al.yearlyAmount));
    return { amount: value, weeklyHours: ZERO, steps: [step("bpa.offset.amount", { amount: amount(value) }, preset?.allowanceOffset?.source ?? "Lov om social pension § 16; vurderet beløb")] };
  }
  let weeklyHours: Dec;
  let source: string | undefined;
  if (al.weeklyHours !== undefined) {
    weeklyHours = new Dec(al.weeklyHours);
    source = preset?.allowanceOffset?.source ?? "Lov om social pension § 16; vurderet timetal";
  } else {
    // A preset with a normal-hours rule for this section is guaranteed by the input schema.
    const rule = preset?.allowanceHours as NonNullable<NonNullable<typeof preset>["allowanceHours"]>;
    weeklyHours = new Dec(al.attendance ? rule.attendance : 0).plus(al.care ? rule.care : 0);
    source = rule.source;
  }
  const yearly = weeklyHours.times(weeks);
  if (yearly.gt(measuredYearly)) fail("allowances", BPA_ISSUES.offsetHours, { weekly: formatNumberDa(weeklyHours), measured: formatNumberDa(roundHours(measuredWeekly)) });
  const value = roundOre(yearly.times(hourly));
  const rule = preset?.allowanceHours;
  const line = { weeklyHours: hoursValue(weeklyHours), weeks: hoursValue(weeks), hourly: amount(hourly), amount: amount(value) };
  const s =
    al.weeklyHours !== undefined || rule === undefined
      ? step("bpa.offset.assessed-hours", line, source)
      : step("bpa.offset.preset-hours", { weeklyHours: line.weeklyHours, weeks: line.weeks, hourly: line.hourly, amount: line.amount, attendance: al.attendance === true, care: al.care === true, both: al.attendance === true && al.care === true, attendanceHours: rule.attendance, careHours: rule.care }, source);
  return { amount: value, weeklyHours, steps: [s] };
}
