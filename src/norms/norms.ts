import { NORMS_ISSUES } from "./messages.js";
import * as z from "zod/mini";
import { InputError, issue } from "../core/errors.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, obj, oneOf, parseInput } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { NORM_PARAGRAPHS, type NormParagraph } from "../service-levels/catalogue.js";
import { SERVICE_LEVELS, type PresetName, type ServiceLevelName } from "../service-levels/index.js";
import { figureInForce, presetView, resolveLevel } from "../service-levels/preset-view.js";
import { citeRow, levelRow, type LevelRow } from "../service-levels/schema.js";
import { presetName } from "../service-levels/scope.js";

/** One norm as a service-level document states it (the value of a `norms.<§>` row). */
interface NormItem {
  id: string;
  label: string;
  kind: ServiceNorm["kind"];
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  months?: number;
  section?: string;
  quote?: string;
}

/** One norm of the service level, with where the document says it. */
export interface ServiceNorm {
  /** The norm's id in the document, e.g. `"omfattende"`. */
  readonly id: string;
  /** What it is, in the document's words (Danish). */
  readonly label: string;
  /** How the figure binds: on average, at most, at least, about, typically, or exactly. A target or a usual figure is never a limit. */
  readonly kind: "average" | "at-most" | "at-least" | "about" | "typical" | "exact";
  /** The figure, when the document gives one. */
  readonly value?: number;
  /** The range, when the document gives one (e.g. 14–30 days). */
  readonly min?: number;
  readonly max?: number;
  /** The unit, in the document's words, e.g. `"minutter pr. uge"`. */
  readonly unit: string;
  /** For how many months the norm applies, when the document says (e.g. CTI «i op til 9 måneder»). */
  readonly months?: number;
  /** The sentence of the document it comes from. */
  readonly quote: string;
  /** The document and its section. */
  readonly source: string;
}

/** Result of {@link serviceNorms}. */
export interface ServiceNormsResult {
  /** The norms the service level sets for the paragraph, in the document's order. */
  norms: ServiceNorm[];
  explanation: Step[];
}

/** What callers pass to {@link serviceNorms}. */
export interface ServiceNormsInput {
  /** The paragraph, e.g. `"85"` (bostøtte) or `"96"` (BPA). */
  paragraph: NormParagraph;
  /** The service level whose norms apply (optional when one is bound with `withServiceLevel`). */
  preset?: PresetName;
  /** The day the norms are read for (default: the document's latest rows). A document never applies before its own date. */
  date?: DateInput;
}

function buildSchema() {
  const withNorms = (Object.keys(SERVICE_LEVELS) as ServiceLevelName[]).filter((n) => Object.keys(SERVICE_LEVELS[n].rules).some((k) => k.startsWith("norms.")));
  return obj({ paragraph: oneOf(NORM_PARAGRAPHS), preset: z.optional(presetName(withNorms)), date: z.optional(date()) });
}
const schema = /* @__PURE__ */ buildSchema();

/**
 * The extent norms a municipality's service level sets for a paragraph — hours a week, days a
 * week, sessions, relief days, holidays, how often a task is done — each as data with its kind
 * (average, at most, at least, about, typical, exact), unit and the document's own sentence.
 * Holbæk 2024 § 85 pkt. 3: «Omfattende … Gennemsnit 3 og maksimalt 6 timers støtte/uge»;
 * Albertslund 2018 § 84: «op til 60 aflastningsdøgn årligt». A norm is what the municipality
 * normally grants: the caseworker's individual assessment decides. A paragraph the document
 * sets no norms for is refused naming the document (code `not-in-preset`); with no service level
 * named or bound, an InputError (code `required`): norms are each municipality's own.
 *
 * @example
 * serviceNorms({ paragraph: "85", preset: "holbaek-2024" }).norms.map((n) => n.id) //=> ["lettere", "moderat", "omfattende", …]
 */
export function serviceNorms(input: ServiceNormsInput): ServiceNormsResult {
  const p = parseInput(schema, input);
  const level = resolveLevel(p.preset);
  if (level === undefined) throw new InputError([issue("preset", NORMS_ISSUES.preset)]);
  const day = p.date === undefined ? undefined : toIsoDate(p.date);
  const key = `norms.${p.paragraph}` as const;
  // Norms the document gives for a period only need the date they are read for.
  figureInForce(level.name, key, day, "date");
  const row = levelRow<NormItem[]>(level, key, day, "date") as LevelRow<NormItem[]> | undefined;
  if (row === undefined) throw new InputError([issue("paragraph", NORMS_ISSUES.paragraph, { citation: level.citation, paragraph: p.paragraph })]);
  const norms: ServiceNorm[] = row.value.map((n) => ({
    id: n.id,
    label: n.label,
    kind: n.kind,
    ...(n.value === undefined ? {} : { value: n.value }),
    ...(n.min === undefined ? {} : { min: n.min, max: n.max as number }),
    unit: n.unit,
    ...(n.months === undefined ? {} : { months: n.months }),
    quote: n.quote ?? row.quote,
    source: n.section === undefined ? citeRow(level, row) : `${level.citation}, ${n.section}`,
  }));
  const explanation: Step[] = [presetStepOf(presetView(level, day)), step("norms.paragraph", { paragraph: p.paragraph, count: norms.length })];
  for (const n of norms) {
    explanation.push(
      step(
        "norms.norm",
        {
          label: n.label,
          [n.kind === "at-most" ? "atMost" : n.kind === "at-least" ? "atLeast" : n.kind]: true,
          ...(n.value === undefined ? { min: n.min as number, max: n.max as number, range: true } : { value: n.value, single: true }),
          unit: n.unit,
          ...(n.months === undefined ? {} : { months: n.months }),
          quote: n.quote,
        },
        n.source,
      ),
    );
  }
  return { norms, explanation };
}
