import { BPA_ISSUES } from "./messages.js";
import { presetStepOf } from "../service-levels/step.js";
import { fail, InputError, underPath, type InputIssue } from "../core/errors.js";
import { amount as money, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, formatMoney, roundOre } from "../core/money.js";
import { toIsoDate } from "../core/period.js";
import { NO_BOUND_RATES, type BoundRates } from "../core/rates.js";
import { parseInput, readPlain } from "../core/validate.js";
import { HOUR_KINDS, measure, type HourKind } from "./measure.js";
import { bpaGrantInputSchema, bpaSettlementInputSchema, type BpaSettlementInput } from "./schema.js";
import { resolvePreset } from "../service-levels/preset-view.js";

/** One hour kind in the yearly account. */
export interface BpaSettlementLine {
  kind: HourKind | "onCall" | "extra";
  granted: number;
  used: number;
  unused: number;
  /** Hours used beyond the grant of this kind. */
  overuse: number;
  /** The grant's own cost of one hour of this kind, two decimals (rounded for display; sums use the exact cost). */
  unitCost: string;
  /** Value of this kind's unused hours (unused × unit cost), two decimals. */
  repayment: string;
  /** Value of this kind's hours used beyond its grant (overuse × unit cost), two decimals. */
  overuseValue: string;
}

/** How over- and under-use are settled. */
export type BpaSettlementPolicy = "money" | "by-kind";

/** Result of {@link bpaSettlement}. */
export interface BpaSettlementResult {
  lines: BpaSettlementLine[];
  /** Amount to pay back, two decimals: never below 0 and never more than the grant paid. */
  repayment: string;
  /** `"money"` (default): over- and under-use of the kinds are netted in kroner; `"by-kind"`: each kind's unused hours alone. */
  policy: BpaSettlementPolicy;
  /** The grant's yearly total (what was paid), two decimals. */
  paid: string;
  /** The grant's own cost of the granted hours and of the hours used, two decimals. */
  grantedValue: string;
  usedValue: string;
  /** When the yearly account is due, where the municipal preset says (Albertslund 2018: 1 March the year after). */
  dueDate?: string;
  explanation: Step[];
}

/**
 * The yearly BPA account: what is paid back when the grant was not used in full. Holbæk 2024
 * settles money («Hvis det ved gennemgangen viser sig, at der er ubrugte midler … skal pengene
 * tilbagebetales», BPA pkt. 7); Albertslund 2018 «Tilskud til ikke-forbrugte timer skal
 * tilbagebetales» (§ 95, arbejdsgiverrollen).
 *
 * Default policy `"money"`: repayment = the grant's own cost of the granted hours − its cost of
 * the hours actually used, each kind at the grant's hourly cost (wage, supplement, pension,
 * holiday pay, rate- and hour-based employer costs, per-hour admin); over-use of one kind
 * (more evening hours) nets against under-use of another (fewer day hours). Fixed parts
 * (per-year and per-helper costs, helper expenses) are not paid back. Policy `"by-kind"`
 * (opt-in): each kind's unused hours alone, over-use ignored. Either way the repayment is never
 * below 0 and never more than the grant's yearly total. Lines by kind are always shown.
 *
 * Input: `grant` — the same input `bpaGrant` was measured with; `used` — hours used in the
 * year: `{ day, evening, night, saturday, sunday, holiday, onCall, extra }` (extra = pooled
 * hours); `policy` (optional).
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
  const { s, g, m } = parseSettlement(input, bound);
  // The account the service level in use keeps (Albertslund 2018: hours by kind; Holbæk 2024:
  // money), unless the call chooses; with no service level, money — the calculation's default.
  const view = g.servicePreset === undefined ? undefined : resolvePreset(g.servicePreset, { date: toIsoDate(g.date), path: "grant.date", uses: ["bpa.settlement"] });
  const rule = view?.bpa?.settlement;
  const policy: BpaSettlementPolicy = s.policy ?? rule?.policy ?? "money";
  const paid = roundOre(m.total);
  const kinds = linesComponent(s.used, m);
  const netting = nettingComponent(policy, rule?.policy === policy ? rule.source : "BEK nr. 1069 af 30/06/2020 § 3", kinds, paid);
  const year = Number(toIsoDate(g.date).slice(0, 4));
  const dueDate = rule?.dueMonthDay === undefined ? undefined : `${year + 1}-${rule.dueMonthDay}`;
  const totalStep = step(
    dueDate ? "bpa.settlement.total.due" : "bpa.settlement.total",
    dueDate ? { repayment: money(netting.repayment), due: dueDate } : { repayment: money(netting.repayment) },
    rule?.source,
  );
  // The service level in use is named first, as in every calculation that uses one.
  const explanation: Step[] = [...(view === undefined ? [] : [presetStepOf(view)]), ...kinds.steps, ...netting.steps, totalStep];
  const result: BpaSettlementResult = {
    lines: kinds.lines,
    repayment: formatMoney(netting.repayment),
    policy,
    paid: formatMoney(paid),
    grantedValue: formatMoney(kinds.granted),
    usedValue: formatMoney(kinds.used),
    explanation,
  };
  if (dueDate !== undefined) result.dueDate = dueDate;
  return result;
}

type Measured = NonNullable<ReturnType<typeof measure>>;

/**
 * The settlement's input and its grant, checked together — one call reports every problem, each
 * grant problem under its full path (`grant.weeklyHours.day`) — and the grant measured.
 */
function parseSettlement(input: BpaSettlementInput, bound: BoundRates) {
  const plain = readPlain(input, "", 0);
  const issues: InputIssue[] = [];
  const attempt = <T>(run: () => T, prefix?: string): T | undefined => {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...(prefix === undefined ? e.issues : underPath(e.issues, prefix)));
      return undefined;
    }
  };
  const s = attempt(() => parseInput(bpaSettlementInputSchema, plain));
  const rawGrant = plain !== null && typeof plain === "object" && !Array.isArray(plain) ? (plain as { grant?: unknown }).grant : undefined;
  const g = rawGrant === undefined ? undefined : attempt(() => parseInput(bpaGrantInputSchema, rawGrant), "grant");
  if (issues.length > 0 || s === undefined || g === undefined) throw new InputError(issues);
  const m = attempt(() => measure(g, bound), "grant");
  if (m === undefined) throw new InputError(issues);
  if (!m.eligible) fail("grant", BPA_ISSUES.notEligible, { reason: String(m.reason) });
  return { s, g, m };
}

/** Hours granted and used of each kind, valued at the cost of one more hour of that kind. */
function linesComponent(usedHours: Readonly<Partial<Record<HourKind | "onCall" | "extra", number>>>, m: Measured): { lines: BpaSettlementLine[]; byKind: Dec; granted: Dec; used: Dec; steps: Step[] } {
  const granted: Record<HourKind | "onCall" | "extra", Dec> = { ...m.hours.byKind, onCall: m.hours.onCallYearly, extra: m.hours.extraYearly };
  const unitCost = m.unitCost();
  const lines: BpaSettlementLine[] = [];
  const steps: Step[] = [];
  let byKind = new Dec(0);
  let grantedValue = new Dec(0);
  let usedValue = new Dec(0);
  for (const kind of [...HOUR_KINDS, "onCall", "extra"] as const) {
    const used = new Dec(usedHours[kind] ?? 0);
    const have = granted[kind];
    if (have.isZero() && used.isZero()) continue;
    const unused = Dec.max(0, have.minus(used));
    const overuse = Dec.max(0, used.minus(have));
    const unusedValue = roundOre(unused.times(unitCost[kind]));
    const overuseValue = roundOre(overuse.times(unitCost[kind]));
    byKind = byKind.plus(unusedValue);
    grantedValue = grantedValue.plus(have.times(unitCost[kind]));
    usedValue = usedValue.plus(used.times(unitCost[kind]));
    lines.push({
      kind,
      granted: have.toDecimalPlaces(4).toNumber(),
      used: used.toNumber(),
      unused: unused.toDecimalPlaces(4).toNumber(),
      overuse: overuse.toDecimalPlaces(4).toNumber(),
      unitCost: formatMoney(unitCost[kind]),
      repayment: formatMoney(unusedValue),
      overuseValue: formatMoney(overuseValue),
    });
    steps.push(
      step("bpa.settlement.line", {
        kind,
        granted: have.toDecimalPlaces(2).toNumber(),
        used: used.toNumber(),
        unused: unused.toDecimalPlaces(2).toNumber(),
        unitCost: money(unitCost[kind]),
        unusedValue: money(unusedValue),
        overuse: overuse.toDecimalPlaces(2).toNumber(),
        overuseValue: money(overuseValue),
      }),
    );
  }
  return { lines, byKind, granted: roundOre(grantedValue), used: roundOre(usedValue), steps };
}

/** What is repaid: the money not used (granted − used value), or the unused hours by kind; never more than was paid. */
function nettingComponent(policy: BpaSettlementPolicy, source: string, kinds: { byKind: Dec; granted: Dec; used: Dec }, paid: Dec): { repayment: Dec; steps: Step[] } {
  const raw = policy === "money" ? kinds.granted.minus(kinds.used) : kinds.byKind;
  const repayment = Dec.min(paid, Dec.max(0, raw));
  const steps: Step[] = [
    policy === "money"
      ? step("bpa.settlement.netting.money", { granted: money(kinds.granted), used: money(kinds.used), difference: money(raw) }, source)
      : step("bpa.settlement.netting.by-kind", { repayment: money(kinds.byKind) }, source),
  ];
  if (!repayment.eq(Dec.max(0, raw))) steps.push(step("bpa.settlement.cap", { paid: money(paid) }, "BEK nr. 1069 af 30/06/2020 § 3"));
  return { repayment, steps };
}
