import { SUPPORT_ISSUES } from "./messages.js";
import * as z from "zod/mini";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { date, num, obj, parseInput } from "../core/validate.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { InputError, issue } from "../core/errors.js";
import { presetStepOf } from "../service-levels/step.js";
import { presetsWith } from "../service-levels/registry.js";
import { figureInForce, presetPart, resolvePreset } from "../service-levels/preset-view.js";
import { presetName } from "../service-levels/scope.js";
import type { PresetName } from "../service-levels/index.js";

/** Result of {@link supportPackage}. */
export interface SupportPackageResult {
  /** The package number (Albertslund 2024: 1–5). */
  package: number;
  /** The package's interval in words, e.g. `"2–4 timer om ugen"`. */
  interval: string;
  /** Hours a week: above `from` (exclusive; 0 for package 1) up to `to` (inclusive; `null` = no upper limit). */
  from: number;
  to: number | null;
  /** The VUM levels the annex names for the package. */
  vum: string;
  explanation: Step[];
}

const schema = /* @__PURE__ */ (() => obj({
  weeklyHours: num({ min: 0.01, max: 168, decimals: 2, unit: "hours-week" }),
  preset: z.optional(presetName(/* @__PURE__ */ presetsWith("packages"))),
  date: z.optional(date()),
}))();

/** What callers pass to {@link supportPackage}. */
export interface SupportPackageInput {
  /** The day the package is assessed for (`"YYYY-MM-DD"` or a `Date`): required when the service level gives its packages for a period only. */
  date?: DateInput;
  /** Hours of support per week. */
  weeklyHours: number;
  /** The service level whose packages apply, e.g. `"albertslund-2024"`; may be left out only when a service level is bound with `withServiceLevel`. */
  preset?: PresetName;
}

/**
 * The § 85 support package (bostøtte) for a number of hours a week, by the packages the service
 * level in use sets (`packages`). Packages are a municipality's own: with no service level named
 * or bound, an InputError (code `required`) asks for one. Albertslund Kommune's 2024 annex: «Pakke 1: Op til 1 time om ugen», «Pakke 2: Op til 2 timer», «Pakke 3: 2-4 timer»,
 * «Pakke 4: 4-7 timer», «Pakke 5: Mere end 7 timer om ugen».
 *
 * The shared edges (2 and 4 hours, and 1 and 7) belong to the lower package — each package
 * runs up to and including its upper figure, and the next one starts above it — so every
 * positive hour count lands in exactly one package (property-tested).
 *
 * @example
 * supportPackage({ weeklyHours: 3, preset: "albertslund-2024" }).package //=> 3
 * supportPackage({ weeklyHours: 4, preset: "albertslund-2024" }).package //=> 3
 */
export function supportPackage(input: SupportPackageInput): SupportPackageResult {
  const p = parseInput(schema, input);
  const day = p.date === undefined ? undefined : toIsoDate(p.date);
  figureInForce(p.preset, "packages", day, "date");
  const view = resolvePreset(p.preset, { date: day, path: "date", uses: ["packages"] });
  if (view === undefined) throw new InputError([issue("preset", SUPPORT_ISSUES.preset)]);
  const pk = presetPart(view, "packages");
  const bands = pk.bands;
  const i = bands.findIndex((b) => b.upTo === null || p.weeklyHours <= b.upTo);
  const band = bands[i] as (typeof bands)[number];
  const from = i === 0 ? 0 : ((bands[i - 1] as (typeof bands)[number]).upTo as number);
  return {
    package: band.package,
    interval: band.text,
    from,
    to: band.upTo,
    vum: band.vum,
    explanation: [
      presetStepOf(view),
      step("support.package", { weeklyHours: p.weeklyHours, package: band.package, interval: band.text, edge: band.upTo ?? from }, pk.source),
    ],
  };
}
