import { amount as money, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, formatMoney, toDec } from "../core/money.js";
import { parseInput } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { figureInForce, resolvePreset } from "../service-levels/preset-view.js";
import { toIsoDate } from "../core/period.js";
import { shelterPsychologyInputSchema, type ShelterPsychologyInput } from "./schema.js";

/** Result of {@link shelterChildPsychology}. */
export interface ShelterPsychologyResult {
  billableHours: number;
  /** Hourly price paid: the psychologist's price, at most the cap when one applies. */
  hourlyPrice: string;
  amount: string;
  /** Holbæk 2024: a child's hours above 4 need the psychologist's assessment first. */
  needsAssessment: boolean;
  explanation: Step[];
}

const LAW = "SEL § 109, stk. 9";

/**
 * Psychologist help at a § 109 crisis centre: «Behandling skal have et omfang på mindst 4 timer
 * og op til 10 timer afhængigt af barnets behov» for each accompanying child, by an authorised
 * psychologist (SEL § 109, stk. 9); adults up to 10 hours (Holbæk 2024, pkt. 3). Hours outside
 * 0–10 are refused.
 *
 * Municipal rules apply only when named: with `preset: "holbaek-2024"` the hourly price is
 * capped at Holbæk's 1.100 kr. (2023) and a child's hours above 4 need the psychologist's
 * assessment («Efter fire timer psykologbehandling vurderer psykologen …», Holbæk 2024, pkt. 3).
 * Without a preset no cap is applied unless `priceCap` is given, and the explanation says so.
 *
 * @example
 * shelterChildPsychology({ hours: 6, hourlyPrice: 1200, preset: "holbaek-2024" }).amount //=> "6600.00"
 * shelterChildPsychology({ hours: 6, hourlyPrice: 1200 }).amount //=> "7200.00"
 */
export function shelterChildPsychology(input: ShelterPsychologyInput): ShelterPsychologyResult {
  const p = parseInput(shelterPsychologyInputSchema, input);
  const day = p.date === undefined ? undefined : toIsoDate(p.date);
  if (p.priceCap === undefined) figureInForce(p.preset, "shelter.psychologistPriceCap", day, "date");
  figureInForce(p.preset, "shelter.psychologistAssessmentAfterHours", day, "date");
  const view = resolvePreset(p.preset, { date: day, path: "date", uses: [...(p.priceCap === undefined ? ["shelter.psychologistPriceCap"] : []), "shelter.psychologistAssessmentAfterHours"] });
  const presetCap = view?.shelter?.psychologistPriceCap;
  // The assessment after some hours is a service level's own rule (Holbæk 2024: «Efter fire timer …»).
  const assess = view?.shelter?.psychologistAssessmentAfterHours;
  const price = toDec(p.hourlyPrice);
  const capIn = p.priceCap ?? presetCap?.value;
  const cap = capIn === undefined ? undefined : toDec(capIn);
  const applied = cap === undefined ? price : Dec.min(price, cap);
  const amount = applied.times(p.hours);
  const child = (p.person ?? "child") === "child";
  const needsAssessment = child && assess !== undefined && p.hours > assess.value;
  const explanation: Step[] = [];
  if (view !== undefined) explanation.push(presetStepOf(view));
  explanation.push(
    step(
      cap === undefined ? "shelter.psychology.no-cap" : price.gt(cap) ? "shelter.psychology.over-cap" : "shelter.psychology",
      { hours: p.hours, applied: money(applied), amount: money(amount), price: money(price), ...(cap === undefined ? {} : { cap: money(cap) }) },
      p.priceCap === undefined && presetCap !== undefined ? `${LAW}; ${presetCap.source}` : LAW,
    ),
  );
  if (needsAssessment) {
    // Stryker disable next-line OptionalChaining: needsAssessment implies a preset cap, so `?.` never meets undefined here
    explanation.push(step("shelter.psychology.assessment", { hours: (assess as { value: number }).value }, assess?.source));
  }
  return { billableHours: p.hours, hourlyPrice: formatMoney(applied), amount: formatMoney(amount), needsAssessment, explanation };
}
