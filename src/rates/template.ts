import { parseInput, num, obj } from "../core/validate.js";
import { fieldShape, yearCoverage, type FieldInfo } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { shippedTables } from "./tables.js";

/** One table's fill-in block for a year. */
export interface TemplateTable {
  label: string;
  unit: string;
  law: string;
  /** Where the year's figure is published. */
  publishedAt: string;
  /** For composite values: each field's meaning and unit. */
  fields?: Readonly<Record<string, FieldInfo>>;
  /** Present when the table is needed only by some callers: the block may be deleted. */
  optional?: true;
  /** When an optional table is needed (Danish). */
  note?: string;
  /** The rows to fill in: every `null` must be replaced by the published figure and its source. */
  rows: { from: string; until: string; value: unknown; source: { title: null; href: null } }[];
}

/**
 * A fill-in template for `year`: one block per shipped table that lacks the year, each with a
 * row whose value (or every field of it) is `null`, the fields' meaning and unit, and where the
 * figure is published. Fill it in and pass it to `withRates`; a `null` left in it is refused.
 *
 * @example
 * Object.keys(rateTemplate({ year: 2027 })) //=> ["MERUDGIFT_LEVELS", "KOMPENSATION_LEVELS", …]
 */
export function rateTemplate(input: { year: number }): Record<string, TemplateTable> {
  const { year } = parseInput(obj({ year: num({ min: 2000, max: 2100, integer: true, unit: "year" }) }), input);
  const out: Record<string, TemplateTable> = {};
  for (const { spec } of shippedTables()) {
    if (spec.lastYear !== undefined && year > spec.lastYear) continue;
    if (!yearCoverage(spec.rows, year).missing.includes(year)) continue;
    const value = spec.fields ? fieldShape(spec.fields, null) : null;
    const block: TemplateTable = {
      label: spec.label,
      unit: spec.unit,
      law: spec.law,
      publishedAt: formatSource(spec.publishedAt(year)),
      rows: [{ from: `${year}-01-01`, until: `${year}-12-31`, value, source: { title: null, href: null } }],
    };
    if (spec.fields) block.fields = spec.fields;
    if (spec.optional !== undefined) {
      block.optional = true;
      block.note = spec.optional;
    }
    out[spec.name] = block;
  }
  return out;
}
