import type { PresetName } from "../service-levels/index.js";
import { InputError, issue } from "../core/errors.js";
import { step, type Step, type StepValues } from "../core/explain.js";
import { endOfMonth, holidayOn, nextWorkingDay, plusDays, plusMonths, plusWeeks, plusWorkingDays, weekdayOf, workingDay } from "../core/calendar.js";
import { formatDateDa, toIsoDate, type DateInput } from "../core/period.js";
import { date, num, obj, oneOf, parseInput, withRules, text } from "../core/validate.js";
import { presetStep, presetStepOf } from "../presets/explain.js";
import { MUNICIPAL_PRESETS, presetsWith } from "../presets/registry.js";
import { LAST_LEGISLATED_BIRTH_DATE, statePensionAge } from "../pension/index.js";
import * as z from "zod/mini";
import { presetPart, presetView, resolveLevel, ruleCitation } from "../service-levels/preset-view.js";
import { presetName } from "../service-levels/scope.js";
import { resolvePreset } from "../service-levels/preset-view.js";
import { citeRow, levelRow } from "../service-levels/schema.js";
import { SERVICE_LEVELS, type ServiceLevelName } from "../service-levels/index.js";

/** A date with its Danish explanation. */
export interface DateResult {
  /** `YYYY-MM-DD` */
  date: string;
  explanation: Step[];
}

const CASE_PRESETS = /* @__PURE__ */ presetsWith("caseDeadlines");
const PARAGRAPHS = ["82a", "82b", "84", "85", "95", "96", "97", "99", "100", "102", "103", "104", "105", "107", "108"] as const;

const caseSchema = withRules(
  obj({
    paragraph: oneOf(PARAGRAPHS),
    received: date(),
    preset: z.optional(presetName(CASE_PRESETS)),
    weeks: z.optional(num({ min: 1, max: 104, integer: true, unit: "weeks" })),
  }),
  (v) => (v.preset === undefined && v.weeks === undefined ? [{ path: "weeks", code: "required-with", message: `is required, or a preset that publishes the deadline (${CASE_PRESETS.map((n) => `"${n}"`).join(" | ")})` }] : []),
);

/** Result of {@link caseDeadline}. */
export interface CaseDeadlineResult extends DateResult {
  /** The deadline in weeks from receipt. */
  weeks: number;
  /** The date a receipt (kvittering) must be sent by, where the preset sets one. */
  acknowledgeBy?: string;
}

/** What callers pass to {@link caseDeadline}. */
export interface CaseDeadlineInput {
  /** The section of the Social Services Act applied for, e.g. `"100"` or `"82b"`. */
  paragraph: (typeof PARAGRAPHS)[number];
  /** The day the application was received (`"YYYY-MM-DD"` or a `Date`). */
  received: DateInput;
  /** The municipality whose published deadlines apply, e.g. `"albertslund-2018"`. */
  preset?: PresetName;
  /** The deadline in weeks (wins over the preset's). */
  weeks?: number;
}

/**
 * The municipality's published processing deadline (sagsbehandlingsfrist) for an application
 * under a paragraph, as a date: `received` + the preset's weeks (or `weeks`, which wins).
 * Albertslund 2018: 8 weeks for §§ 85, 97, 100, 102–104; 10 weeks for §§ 105, 107, 108; BPA
 * (§§ 95–96) «op til 10 uger», counted once the relevant information is in. Holbæk 2024 prints
 * no per-paragraph weeks in its document (give `weeks`), and a receipt is due «inden for 5
 * arbejdsdage» (`acknowledgeBy`). A deadline that ends on a non-working day does not move: no
 * rule in the documents moves it (the explanation says so).
 *
 * @example
 * caseDeadline({ paragraph: "100", received: "2024-03-01", preset: "albertslund-2018" }).date //=> "2024-04-26"
 */
export function caseDeadline(input: CaseDeadlineInput): CaseDeadlineResult {
  const p = parseInput(caseSchema, input);
  const received = toIsoDate(p.received);
  const view = resolvePreset(p.preset, { date: received, path: "received", uses: p.weeks === undefined ? ["caseDeadlines"] : [] });
  // Weeks given in the call need no document; otherwise the service level must publish them.
  const preset = view === undefined ? undefined : p.weeks === undefined ? presetPart(view, "caseDeadlines") : view.caseDeadlines;
  const published = preset ? (preset.weeks as Record<string, number | undefined>)[p.paragraph] : undefined;
  const weeks = p.weeks ?? published;
  if (weeks === undefined) {
    throw new InputError([{ path: "weeks", code: "required-with", message: `weeks is required: ${String(p.preset)} publishes no processing deadline for § ${p.paragraph} in its document; give the weeks` }]);
  }
  const deadline = plusWeeks(received, weeks);
  const explanation: Step[] = [];
  if (view) explanation.push(presetStepOf(view));
  const upTo = preset && "upTo" in preset && (preset.upTo as readonly string[]).includes(p.paragraph) && p.weeks === undefined;
  explanation.push(
    step(
      "case.deadline",
      { paragraph: p.paragraph, upTo: upTo === true, weeks, received, deadline, workingDay: workingDay(deadline) },
      p.weeks === undefined ? preset?.source : "Retssikkerhedsloven § 3, stk. 2 (kommunens frister for sagsbehandling)",
    ),
  );
  const result: CaseDeadlineResult = { date: deadline, weeks, explanation };
  if (preset?.acknowledgeWorkingDays !== undefined) {
    result.acknowledgeBy = plusWorkingDays(received, preset.acknowledgeWorkingDays);
    explanation.push(step("case.acknowledgement", { workingDays: preset.acknowledgeWorkingDays, date: result.acknowledgeBy }, preset.source));
  }
  return result;
}

const APPEAL_LAW = "Retssikkerhedsloven § 67, stk. 1 (klage inden 4 uger efter modtagelsen); Justitsministeriets vejledning nr. 9533 af 26/06/2018 om beregning af klagefrister";

/** What callers pass to {@link appealDeadline}. */
export interface AppealDeadlineInput {
  /** The day the citizen received the decision (`"YYYY-MM-DD"` or a `Date`). */
  decisionReceived: DateInput;
  /**
   * The paragraph the decision is under, e.g. `"82a"`: where the service level says there is no
   * appeal to Ankestyrelsen (Ballerup, Holbæk 2024: §§ 82a–82b), the result says so instead of
   * giving a date.
   */
  paragraph?: string;
  /** The service level that states the paragraphs without appeal (`"ballerup"`, `"holbaek-2024"`), or one bound with `withServiceLevel`. */
  preset?: string;
}

/** Result of {@link appealDeadline}. */
export interface AppealDeadlineResult {
  /** The last day to appeal, `YYYY-MM-DD`; `null` when there is no appeal (see `appeal`). */
  date: string | null;
  /** `false` when the decision cannot be appealed to Ankestyrelsen. */
  appeal: boolean;
  explanation: Step[];
}

/** The paragraphs a shipped service level names as without appeal to Ankestyrelsen (read from the documents). */
function noAppealParagraphs(): string[] {
  return Object.values(SERVICE_LEVELS).flatMap((l) => (l.rules["appeal.none"] ?? []).flatMap((r) => (r.value as { paragraphs: string[] }).paragraphs));
}

function appealSchema() {
  const withRule = Object.keys(SERVICE_LEVELS).filter((n) => SERVICE_LEVELS[n as keyof typeof SERVICE_LEVELS].rules["appeal.none"] !== undefined);
  return obj({ decisionReceived: date(), paragraph: z.optional(text(5)), preset: z.optional(presetName(withRule)) });
}
const APPEAL_SCHEMA = /* @__PURE__ */ appealSchema();

/**
 * The appeal deadline: 4 weeks from the day the decision was received (retssikkerhedsloven
 * § 67, stk. 1; Holbæk 2024: «Du skal klage indenfor fire uger efter, at du har modtaget
 * afgørelsen»). Counted in weeks, the day of receipt not counted; a deadline on a Saturday,
 * Sunday or public holiday moves to the next working day (Justitsministeriets vejledning nr.
 * 9533 af 26/06/2018 om beregning af klagefrister).
 *
 * @example
 * appealDeadline({ decisionReceived: "2024-03-01" }).date //=> "2024-04-02" (4 weeks end on langfredag 29 March; 30–31 March and 2. påskedag 1 April are not working days)
 *
 * With `paragraph` (e.g. `"82a"`) and a service level that states the paragraph has no appeal
 * (Ballerup «Klagevejledning», Holbæk 2024 «Klagemulighed»: §§ 82a–82b), the result is
 * `{ date: null, appeal: false }` with the document's sentence cited.
 */
export function appealDeadline(input: AppealDeadlineInput & { paragraph?: undefined }): DateResult & { appeal: true };
export function appealDeadline(input: AppealDeadlineInput): AppealDeadlineResult;
export function appealDeadline(input: AppealDeadlineInput): AppealDeadlineResult {
  const p = parseInput(APPEAL_SCHEMA, input);
  const received = toIsoDate(p.decisionReceived);
  const paragraph = p.paragraph?.trim().toLowerCase();
  if (paragraph !== undefined) {
    const level = resolveLevel(p.preset);
    const row = level === undefined ? undefined : levelRow<{ paragraphs: string[] }>(level, "appeal.none", received, "decisionReceived");
    if (level !== undefined && row !== undefined && row.value.paragraphs.includes(paragraph)) {
      return { date: null, appeal: false, explanation: [presetStepOf(presetView(level)), step("case.appeal.none", { paragraph }, citeRow(level, row))] };
    }
    if (level === undefined && noAppealParagraphs().includes(paragraph)) {
      throw new InputError([issue("preset", `is required for § ${paragraph}: the municipalities' documents state that decisions under §§ 82a–82b cannot be appealed to Ankestyrelsen; name the service level that says so (or leave out paragraph for the 4-week deadline)`, "required-with")]);
    }
  }
  const raw = plusWeeks(received, 4);
  const deadline = nextWorkingDay(raw);
  const holiday = holidayOn(raw)?.name.toLowerCase();
  const moved: StepValues = raw === deadline ? { moved: false } : { moved: true, raw, ...(holiday === undefined ? { saturday: weekdayOf(raw) === 5 } : { holiday }) };
  return {
    date: deadline,
    appeal: true,
    explanation: [step("case.appeal", { received, deadline, ...moved }, APPEAL_LAW)],
  };
}

const noticeSchema = withRules(
  obj({ decisionDate: z.optional(date()), decisionReceived: z.optional(date()), preset: z.optional(presetName(/* @__PURE__ */ presetsWith("bpaNotice"))), weeks: z.optional(num({ min: 1, max: 104, integer: true, unit: "weeks" })) }),
  (v) => ((v.decisionDate === undefined) === (v.decisionReceived === undefined) ? [{ path: "decisionDate", code: "exactly-one", message: "or decisionReceived is required: the day the citizen received the decision (give one of the two)" }] : []),
);

/** What callers pass to {@link bpaNoticeDate}; give `decisionDate` or `decisionReceived`. */
export interface BpaNoticeInput {
  /** The day of the decision to reduce or end the BPA arrangement. */
  decisionDate?: DateInput;
  /** The day the citizen received it. */
  decisionReceived?: DateInput;
  /** The municipality whose notice applies: `"holbaek-2024"`. */
  preset?: PresetName;
  /** The notice in weeks (wins over the preset's). */
  weeks?: number;
}

/**
 * The earliest date a reduction or end of a BPA scheme can take effect, by the notice the service
 * level in use sets (`bpa.notice`) or the `weeks` the call gives. Holbæk 2024 «Der vil
 * være et varsel på mindst 14 uger fra den dag, du modtager afgørelsen om nedsættelse eller
 * ophør» — counted as the appeal deadline is (the day of receipt not counted): the 14 weeks end
 * on the same weekday 14 weeks after the day the decision is received (`decisionDate` or
 * `decisionReceived`), the scheme continues unchanged up to and including that day, and the
 * change takes effect at the earliest the day after. With no service level named, no
 * municipality's notice is assumed: give `weeks` (else an InputError, code `required-with`);
 * `weeks` also overrides a service level's notice.
 *
 * @example
 * bpaNoticeDate({ decisionDate: "2024-03-01", preset: "holbaek-2024" }).date //=> "2024-06-08"
 */
export function bpaNoticeDate(input: BpaNoticeInput): DateResult {
  const p = parseInput(noticeSchema, input);
  const received = toIsoDate((p.decisionDate ?? p.decisionReceived) as DateInput);
  const view = resolvePreset(p.preset, { date: received, path: p.decisionDate === undefined ? "decisionReceived" : "decisionDate", uses: p.weeks === undefined ? ["bpa.notice"] : [] });
  // Weeks given in the call need no document; otherwise the service level must set the notice
  // (with none, no municipality's notice is assumed: the call gives the weeks).
  if (view === undefined && p.weeks === undefined) throw new InputError([issue("weeks", "is required when no service level is named: give the notice in weeks, or name the service level that sets it (preset)", "required-with")]);
  const notice = p.weeks === undefined ? presetPart(view as NonNullable<typeof view>, "bpaNotice") : view?.bpaNotice;
  const weeks = p.weeks ?? (notice as { weeks: number }).weeks;
  // Counted as the appeal deadline is counted: the day of receipt is not counted, so the 14 weeks
  // end on the same weekday 14 weeks later, and the change takes effect at the earliest the day after.
  const lastDay = plusWeeks(received, weeks);
  const d = plusDays(lastDay, 1);
  const explanation: Step[] = view === undefined ? [] : [presetStepOf(view)];
  explanation.push(step("case.bpa-notice", { received, weeks, lastDay, effective: d }, p.weeks === undefined ? notice?.source : undefined));
  return { date: d, explanation };
}

/** Shipped service levels that state a § 100 payment-period rule. */
const PERIOD_PRESETS = /* @__PURE__ */ levelsWith("extraCost.");

function levelsWith(prefix: string): ServiceLevelName[] {
  return (Object.keys(SERVICE_LEVELS) as ServiceLevelName[]).filter((n) => Object.keys(SERVICE_LEVELS[n].rules).some((k) => k.startsWith(prefix)));
}

const periodSchema = obj({ applicationReceived: date(), birthDate: z.optional(date()), conditionsEndDate: z.optional(date()), preset: z.optional(presetName(PERIOD_PRESETS)) });

/** Result of {@link extraCostPaymentPeriod}. */
export interface PaymentPeriodResult {
  /** First month paid, `YYYY-MM`. */
  firstMonth: string;
  /** Last month paid, `YYYY-MM`, when an end is known. */
  lastMonth?: string;
  /** Why the payment ends: the conditions stop, or state pension age. */
  endReason?: "conditions" | "pension-age";
  explanation: Step[];
}

/** What callers pass to {@link extraCostPaymentPeriod}. */
export interface PaymentPeriodInput {
  /** The day the § 100 application was received (`"YYYY-MM-DD"` or a `Date`). */
  applicationReceived: DateInput;
  /** The citizen's birth date: the benefit ends with the month the state pension age is reached. */
  birthDate?: DateInput;
  /** The day the conditions for the benefit end. */
  conditionsEndDate?: DateInput;
  /** The municipality whose service level is cited, e.g. `"holbaek-2024"`. */
  preset?: PresetName;
}

/**
 * The first and last month of a § 100 payment. First month: «udbetales forud og fra den
 * førstkommende måned efter ansøgningen er modtaget» (Albertslund 2018, § 100). Last month: the
 * month in which the conditions stop («stoppe ved udgangen af den måned, hvor du ikke længere er
 * berettiget»), or the month in which state pension age is reached («stopper også, når du
 * overgår til folkepension»), whichever is first (Holbæk 2024, Merudgifter § 100, pkt. 5).
 *
 * @example
 * extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20" })
 * //=> { firstMonth: "2024-04", lastMonth: "2027-05", endReason: "pension-age", … }
 */
export function extraCostPaymentPeriod(input: PaymentPeriodInput): PaymentPeriodResult {
  const p = parseInput(periodSchema, input);
  const received = toIsoDate(p.applicationReceived);
  // The month after the one received in (a month later keeps the month: 31 January + 1 month = 29 February).
  const first = plusMonths(received, 1).slice(0, 7);
  const explanation: Step[] = [];
  const view = resolvePreset(p.preset, { date: received, path: "applicationReceived", uses: ["extraCost"] });
  if (view) explanation.push(presetStepOf(view));
  // Each rule cites the service level in use that states it; with none, the start is the
  // calculation's own choice (no municipality cited) and the ends cite the law.
  explanation.push(step("extra-cost.period.first", { received, first }, ruleCitation(p.preset, "extraCost.paymentStart", received)));
  let last: string | undefined;
  let reason: "conditions" | "pension-age" | undefined;
  if (p.birthDate !== undefined && toIsoDate(p.birthDate) > LAST_LEGISLATED_BIRTH_DATE) {
    explanation.push(step("extra-cost.period.pension-open", { born: toIsoDate(p.birthDate) }, "Lov om social pension § 1 a, stk. 2–3"));
  } else if (p.birthDate !== undefined) {
    const pension = statePensionAge({ birthDate: p.birthDate });
    last = pension.date.slice(0, 7);
    reason = "pension-age";
    const pensionRule = ruleCitation(p.preset, "extraCost.endsAtPension", received);
    explanation.push(step("extra-cost.period.pension", { age: pension.age, date: pension.date, end: endOfMonth(pension.date) }, `${pensionRule === undefined ? "SEL § 100, stk. 1 (til folkepensionsalderen)" : pensionRule}; lov om social pension § 1 a`));
  }
  if (p.conditionsEndDate !== undefined) {
    const end = toIsoDate(p.conditionsEndDate);
    const endMonth = end.slice(0, 7);
    if (last === undefined || endMonth < last) {
      last = endMonth;
      reason = "conditions";
    }
    explanation.push(step("extra-cost.period.conditions", { date: end, end: endOfMonth(end) }, ruleCitation(p.preset, "extraCost.endsWithConditions", received)));
  }
  if (last !== undefined && last < first) throw new InputError([{ path: reason === "pension-age" ? "birthDate" : "conditionsEndDate", code: "order", message: `ends the payment (${last}) before its first month (${first})` }]);
  const result: PaymentPeriodResult = { firstMonth: first, explanation };
  if (last !== undefined) {
    result.lastMonth = last;
    result.endReason = reason as "conditions" | "pension-age";
  }
  return result;
}
