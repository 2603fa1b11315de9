import { fail } from "../core/errors.js";
import { step, type Step } from "../core/explain.js";
import { Dec, formatKr, formatMoney, formatNumberDa, roundOre } from "../core/money.js";
import { toIsoDate } from "../core/period.js";
import { NO_BOUND_RATES, type BoundRates } from "../core/rates.js";
import { parseInput } from "../core/validate.js";
import { HOUR_KINDS, measure, type HourKind } from "./measure.js";
import { bpaGrantInputSchema, bpaSettlementInputSchema, type BpaSettlementInput } from "./schema.js";

/** One hour kind in the yearly account. */
export interface BpaSettlementLine {
  kind: HourKind | "onCall" | "extra";
  granted: number;
  used: number;
  unused: number;
  /** Hours used beyond the grant (not paid by the settlement). */
  overuse: number;
  /** The grant's own cost of one hour of this kind, two decimals (rounded for display; the repayment uses the exact cost). */
  unitCost: string;
  repayment: string;
}

/** Result of {@link bpaSettlement}. */
export interface BpaSettlementResult {
  lines: BpaSettlementLine[];
  /** Amount to pay back for unused hours, two decimals. */
  repayment: string;
  /** The account is due 1 March after the grant year (seed 001). */
  dueDate: string;
  explanation: Step[];
}

/**
 * The yearly BPA account (seed 001, Albertslund 2018: «regnskab … senest 1. marts»; unused
 * hours are paid back): granted vs used hours by kind → unused hours and the amount to pay
 * back at the grant's own hourly cost of each kind (wage, supplement, pension, holiday pay,
 * rate- and hour-based employer costs, per-hour admin). Fixed parts (per-year and per-helper
 * costs, helper expenses) are not paid back. Each line is rounded to øre, half up.
 *
 * Input: `grant` — the same input `bpaGrant` was measured with; `used` — hours used in the
 * year: `{ day, evening, night, saturday, sunday, holiday, onCall, extra }` (extra = pooled hours).
 *
 * @example
 * bpaSettlement({ grant: { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } },
 *   used: { day: 2000 } }).repayment //=> "13614.24"
 */
export function bpaSettlement(input: BpaSettlementInput): BpaSettlementResult {
  return computeBpaSettlement(input, NO_BOUND_RATES);
}

/** {@link bpaSettlement} with rate rows bound by `withRates`. */
export function computeBpaSettlement(input: BpaSettlementInput, bound: BoundRates): BpaSettlementResult {
  const s = parseInput(bpaSettlementInputSchema, input);
  const g = parseInput(bpaGrantInputSchema, s.grant);
  const m = measure(g, bound);
  if (!m.eligible) fail("grant", `is not eligible: ${String(m.reason)}`);
  const granted: Record<HourKind | "onCall" | "extra", Dec> = { ...m.hours.byKind, onCall: m.hours.onCallYearly, extra: m.hours.extraYearly };
  const unitCost = m.unitCost();
  const lines: BpaSettlementLine[] = [];
  const explanation: Step[] = [];
  let total = new Dec(0);
  for (const kind of [...HOUR_KINDS, "onCall", "extra"] as const) {
    const used = new Dec(s.used[kind] ?? 0);
    const have = granted[kind];
    if (have.isZero() && used.isZero()) continue;
    const unused = Dec.max(0, have.minus(used));
    const overuse = Dec.max(0, used.minus(have));
    const repayment = roundOre(unused.times(unitCost[kind]));
    total = total.plus(repayment);
    lines.push({
      kind,
      granted: have.toDecimalPlaces(4).toNumber(),
      used: used.toNumber(),
      unused: unused.toDecimalPlaces(4).toNumber(),
      overuse: overuse.toDecimalPlaces(4).toNumber(),
      unitCost: formatMoney(unitCost[kind]),
      repayment: formatMoney(repayment),
    });
    explanation.push(
      step(
        "bpa.settlement.line",
        `${LABEL[kind]}: bevilget ${formatNumberDa(have.toDecimalPlaces(2))} t, brugt ${formatNumberDa(used)} t${unused.gt(0) ? `; ubrugt ${formatNumberDa(unused.toDecimalPlaces(2))} t × ${formatKr(unitCost[kind])} = ${formatKr(repayment)} tilbagebetales` : ""}${overuse.gt(0) ? `; ${formatNumberDa(overuse.toDecimalPlaces(2))} t ud over bevillingen dækkes ikke af tilskuddet` : ""}.`,
      ),
    );
  }
  const year = Number(toIsoDate(g.date).slice(0, 4));
  const dueDate = `${year + 1}-03-01`;
  explanation.push(step("bpa.settlement.total", `Tilbagebetaling for ubrugte timer i alt: ${formatKr(total)}; regnskabet skal være kommunen i hænde senest 1. marts ${year + 1}.`, "seed 001 (Albertslund 2018, § 96: regnskab og tilbagebetaling af ubrugte timer)"));
  return { lines, repayment: formatMoney(total), dueDate, explanation };
}

const LABEL: Record<HourKind | "onCall" | "extra", string> = {
  day: "Dagtimer",
  evening: "Aftentimer",
  night: "Nattetimer",
  saturday: "Lørdagstimer",
  sunday: "Søndagstimer",
  holiday: "Helligdagstimer",
  onCall: "Rådighedstimer",
  extra: "Puljetimer",
};
