import type { PresetName } from "../service-levels/index.js";
import { amount, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, formatMoney, roundOre, toDec } from "../core/money.js";
import { date, money, obj, parseInput } from "../core/validate.js";
import * as z from "zod/mini";
import { toIsoDate, type DateInput } from "../core/period.js";
import { presetStepOf } from "../service-levels/step.js";
import { presetsWith } from "../service-levels/registry.js";
import { figureInForce, presetPart, resolvePreset } from "../service-levels/preset-view.js";
import { presetName } from "../service-levels/scope.js";

const transportSchema = /* @__PURE__ */ (() => obj({
  monthlyCostWithin10Km: money(),
  monthlyNetEarnings: money(),
  preset: presetName(/* @__PURE__ */ presetsWith("transport")),
  date: z.optional(date()),
}))();

/** Result of {@link transportOwnPayment}. */
export interface TransportOwnPaymentResult {
  /** What the citizen pays a month, two decimals. */
  ownPayment: string;
  /** What the municipality pays of the cost within 10 km, two decimals (transport beyond 10 km is the municipality's, cheapest option). */
  municipality: string;
  /** 30 % of the net earnings, two decimals. */
  cap: string;
  explanation: Step[];
}

/** What callers pass to {@link transportOwnPayment}. */
export interface TransportInput {
  /** The day the payment is for (`"YYYY-MM-DD"` or a `Date`): required when the service level gives its rule for a period only. */
  date?: DateInput;
  /** The cost per month of transport within the distance the citizen pays for (kroner). */
  monthlyCostWithin10Km: number | string;
  /** The citizen's net earnings per month (kroner); the own payment is at most 30 % of them. */
  monthlyNetEarnings: number | string;
  /** The municipality whose rule applies. */
  preset: PresetName;
}

/**
 * The citizen's own payment for daily transport to protected employment (§ 103, § 105):
 * the citizen pays the transport within 10 km, but at most 30 % of the net earnings from the
 * protected employment after tax (Albertslund 2018; Holbæk 2024: «Du skal selv afholde udgiften
 * til transport op til 10 km … Din udgift til den daglige transport må ikke overstige 30% af din
 * indtjening ved den beskyttede beskæftigelse efter fradrag af skat»). Rounded to øre, half up.
 *
 * @example
 * transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200, preset: "holbaek-2024" }).ownPayment //=> "360.00"
 */
export function transportOwnPayment(input: TransportInput): TransportOwnPaymentResult {
  const p = parseInput(transportSchema, input);
  const day = p.date === undefined ? undefined : toIsoDate(p.date);
  figureInForce(p.preset, "transport", day, "date");
  const view = resolvePreset(p.preset, { date: day, path: "date", uses: ["transport"] }) as NonNullable<ReturnType<typeof resolvePreset>>;
  const t = presetPart(view, "transport");
  const cost = toDec(p.monthlyCostWithin10Km);
  const cap = roundOre(toDec(p.monthlyNetEarnings).times(new Dec(t.maxShareOfNetEarnings)));
  const own = Dec.min(cost, cap);
  const rest = cost.minus(own);
  return {
    ownPayment: formatMoney(own),
    municipality: formatMoney(rest),
    cap: formatMoney(cap),
    explanation: [
      presetStepOf(view),
      step("transport.own-payment", { km: t.ownKm, share: t.maxShareOfNetEarnings, cost: amount(cost), cap: amount(cap), own: amount(own), ...(rest.gt(0) ? { rest: amount(rest) } : {}) }, t.source),
    ],
  };
}
