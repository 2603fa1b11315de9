import * as z from "zod/mini";
import { step, type Step } from "../core/explain.js";
import { formatNumberDa } from "../core/money.js";
import { num, obj, oneOf, parseInput } from "../core/validate.js";
import { presetStep } from "../presets/explain.js";
import { MUNICIPAL_PRESETS } from "../presets/registry.js";
import { presetPart } from "../service-levels/preset-view.js";

/** Result of {@link supportPackage}. */
export interface SupportPackageResult {
  /** The package, 1–5. */
  package: 1 | 2 | 3 | 4 | 5;
  /** The package's interval in words, e.g. `"2–4 timer om ugen"`. */
  interval: string;
  /** Hours a week: above `from` (exclusive; 0 for package 1) up to `to` (inclusive; `null` = no upper limit). */
  from: number;
  to: number | null;
  /** The VUM levels the annex names for the package. */
  vum: string;
  explanation: Step[];
}

const schema = obj({
  weeklyHours: num({ min: 0.01, max: 168, decimals: 2, unit: "hours per week" }),
  preset: z.optional(oneOf(["albertslund-2024"] as const)),
});

/** What callers pass to {@link supportPackage}. */
export interface SupportPackageInput {
  /** Hours of support per week. */
  weeklyHours: number;
  /** The municipality whose packages apply (`"albertslund-2024"`, the default). */
  preset?: "albertslund-2024";
}

/**
 * The § 85 support package (bostøtte) for a number of hours a week, after Albertslund Kommune's
 * 2024 annex: «Pakke 1: Op til 1 time om ugen», «Pakke 2: Op til 2 timer», «Pakke 3: 2-4 timer»,
 * «Pakke 4: 4-7 timer», «Pakke 5: Mere end 7 timer om ugen».
 *
 * The shared edges (2 and 4 hours, and 1 and 7) belong to the lower package — each package
 * runs up to and including its upper figure, and the next one starts above it — so every
 * positive hour count lands in exactly one package (property-tested).
 *
 * @example
 * supportPackage({ weeklyHours: 3 }).package //=> 3
 * supportPackage({ weeklyHours: 4 }).package //=> 3
 */
export function supportPackage(input: SupportPackageInput): SupportPackageResult {
  const p = parseInput(schema, input);
  const pk = presetPart(MUNICIPAL_PRESETS["albertslund-2024"], "packages");
  const bands = pk.bands;
  const i = bands.findIndex((b) => b.upTo === null || p.weeklyHours <= b.upTo);
  const band = bands[i] as (typeof bands)[number];
  const from = i === 0 ? 0 : ((bands[i - 1] as (typeof bands)[number]).upTo as number);
  return {
    package: band.package as SupportPackageResult["package"],
    interval: band.text,
    from,
    to: band.upTo,
    vum: band.vum,
    explanation: [
      presetStep("albertslund-2024"),
      step("support.package", { weeklyHours: p.weeklyHours, package: band.package, interval: band.text, edge: band.upTo ?? from }, pk.source),
    ],
  };
}
