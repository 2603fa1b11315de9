import { step, type Step } from "../core/explain.js";
import { Dec, formatKr, formatMoney, toDec } from "../core/money.js";
import { formatNumberDa } from "../core/money.js";
import { parseInput } from "../core/validate.js";
import { HOLBAEK_PSYCHOLOGIST_PRICE_CAP } from "./rates.js";
import { shelterPsychologyInputSchema, type ShelterPsychologyInput } from "./schema.js";

/** Result of {@link shelterChildPsychology}. */
export interface ShelterPsychologyResult {
  billableHours: number;
  /** Hourly price paid: the psychologist's price, at most the cap. */
  hourlyPrice: string;
  amount: string;
  /** Hours above 4 for a child need the psychologist's assessment (SEL § 109, stk. 9). */
  needsAssessment: boolean;
  explanation: Step[];
}

/**
 * Psychologist help at a § 109 crisis centre (SEL § 109, stk. 9): each accompanying child gets
 * 4 to 10 hours with an authorised psychologist, whatever the length of the stay; adults up to
 * 10 hours (seed 004). Holbæk caps the hourly price at 1.100 kr. (2023; seed 004) — the default
 * `priceCap`, overridable. Hours outside 0–10 are refused; for a child, hours above 4 are
 * reported as needing the psychologist's assessment.
 *
 * @example
 * shelterChildPsychology({ hours: 6, hourlyPrice: 1200 }).amount //=> "6600.00"
 */
export function shelterChildPsychology(input: ShelterPsychologyInput): ShelterPsychologyResult {
  const p = parseInput(shelterPsychologyInputSchema, input);
  const price = toDec(p.hourlyPrice);
  const cap = toDec(p.priceCap ?? HOLBAEK_PSYCHOLOGIST_PRICE_CAP.value);
  const applied = Dec.min(price, cap);
  const amount = applied.times(p.hours);
  const child = (p.person ?? "child") === "child";
  const needsAssessment = child && p.hours > 4;
  const explanation = [
    step(
      "shelter.psychology",
      `${formatNumberDa(p.hours)} timer hos autoriseret psykolog à ${formatKr(applied)}${price.gt(cap) ? ` (prisen på ${formatKr(price)} er over loftet på ${formatKr(cap)})` : ""} = ${formatKr(amount)}`,
      p.priceCap === undefined ? `SEL § 109, stk. 9; ${HOLBAEK_PSYCHOLOGIST_PRICE_CAP.source}` : "SEL § 109, stk. 9",
    ),
  ];
  if (needsAssessment) {
    explanation.push(step("shelter.psychology.assessment", "Et barn har ret til 4 timer; timer ud over 4 (op til 10) forudsætter psykologens faglige vurdering.", "SEL § 109, stk. 9"));
  }
  return { billableHours: p.hours, hourlyPrice: formatMoney(applied), amount: formatMoney(amount), needsAssessment, explanation };
}
