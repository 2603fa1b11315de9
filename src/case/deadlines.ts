import { CASE_ISSUES } from "./messages.js";
import type { PresetName } from "../service-levels/index.js";
import { InputError, issue } from "../core/errors.js";
import { type Step, type StepValues } from "../core/explain.js";
import { step } from "./words.js";
import { holidayOn, nextWorkingDay, plusWeeks, plusWorkingDays, weekdayOf, workingDay } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, num, obj, oneOf, parseInput, withRules, text } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { presetsWith } from "../service-levels/registry.js";
import * as z from "zod/mini";
import { presetPart, presetView, resolveLevel } from "../service-levels/preset-view.js";
import { presetName } from "../service-levels/scope.js";
import { resolvePreset } from "../service-levels/preset-view.js";
import { citeRow, levelRow } from "../service-levels/schema.js";
import { SERVICE_LEVELS } from "../service-levels/index.js";

/** A date with its Danish explanation. */
export interface DateResult {
  /** `YYYY-MM-DD` */
  date: string;
  explanation: Step[];
}

const CASE_PRESETS = /* @__PURE__ */ presetsWith("caseDeadlines");
const PARAGRAPHS = ["82a", "82b", "84", "85", "95", "96", "97", "99", "100", "102", "103", "104", "105", "107", "108"] as const;

const caseSchema = /* @__PURE__ */ (() => withRules(
  obj({
    paragraph: oneOf(PARAGRAPHS),
    received: date(),
    preset: z.optional(presetName(CASE_PRESETS)),
    weeks: z.optional(num({ min: 1, max: 104, integer: true, unit: "weeks" })),
  }),
  (v) => (v.preset === undefined && v.weeks === undefined ? [{ path: "weeks", words: CASE_ISSUES.weeks, params: { presets: CASE_PRESETS.map((n) => `"${n}"`).join(" | ") } }] : []),
))();

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
    throw new InputError([issue("weeks", CASE_ISSUES.noDeadline, { level: String(p.preset), paragraph: p.paragraph })]);
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
      throw new InputError([issue("preset", CASE_ISSUES.noAppeal, { paragraph })]);
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
