import { SERVICE_LEVEL_CATALOGUE, type ServiceLevelKey } from "./catalogue.js";

/** One figure's entry in the fill-in document: its help text and one row to fill in. */
export interface ServiceLevelTemplateEntry {
  /** The paragraph it belongs to, e.g. `"SEL § 107"` (a read-only note). */
  readonly paragraf: string;
  /** What the figure or rule is (a read-only note). */
  readonly betydning: string;
  /** Its unit or form (a read-only note). */
  readonly enhed: string;
  /** The calculators and sheet functions that use it (a read-only note). */
  readonly brugesAf: readonly string[];
  /** The rows to fill in: `from`, `value`, `section`, `quote` (and `until` for a figure given for a period). */
  readonly rows: readonly { from: null; value: null; section: null; quote: null }[];
}

/** The fill-in service-level document (see {@link serviceLevelTemplate}). */
export interface ServiceLevelTemplate {
  readonly $schema: string;
  readonly name: null;
  readonly municipality: null;
  readonly title: null;
  readonly citation: null;
  readonly year: typeof YEAR_PLACEHOLDER;
  readonly adopted: null;
  readonly href: null;
  readonly rules: Readonly<Record<string, ServiceLevelTemplateEntry>>;
}

/** What the template writes for the year: the year the document is for, or `null` when it states none (left as it is, it is refused as not filled in). */
export const YEAR_PLACEHOLDER = "ÅÅÅÅ eller null";

/** Paragraph number for ordering: "SEL § 82b" → [82, "b"], "SEL §§ 95–96" → [95, ""], "retssikkerhedsloven § 3" → [1000 + 3]. */
function paragraphOrder(paragraph: string): [number, string] {
  const m = /§§?\s*(\d+)\s*([a-z]?)/.exec(paragraph);
  const n = m === null ? 9999 : Number(m[1]);
  return [paragraph.startsWith("SEL") ? n : 1000 + n, m?.[2] ?? ""];
}

/**
 * A fill-in service-level document listing every figure and rule the library can use, grouped by
 * paragraph, each with its meaning, unit and the calculators that use it, and one row of `null`s
 * to fill in: the shape `withServiceLevel` takes (an entry may stay a block `{ rows, … }` — its
 * notes are ignored). An entry left unfilled is refused, naming it, with "fill it in or delete the
 * entry"; delete every entry the municipality's document does not set. What
 * `npx servicelov serviceniveau --skabelon` writes.
 *
 * @example
 * serviceLevelTemplate().rules["residentialCare.disposableAmount"].brugesAf //=> ["residentialCarePayment", "BOTILBUD.BETALING"]
 */
export function serviceLevelTemplate(): ServiceLevelTemplate {
  const keys = (Object.keys(SERVICE_LEVEL_CATALOGUE) as ServiceLevelKey[]).map((k, i) => ({ k, i, o: paragraphOrder(SERVICE_LEVEL_CATALOGUE[k].paragraph) }));
  keys.sort((a, b) => a.o[0] - b.o[0] || a.o[1].localeCompare(b.o[1]) || a.i - b.i);
  const rules: Record<string, ServiceLevelTemplateEntry> = {};
  for (const { k } of keys) {
    const e = SERVICE_LEVEL_CATALOGUE[k];
    rules[k] = { paragraf: e.paragraph, betydning: e.meaning, enhed: e.unit, brugesAf: [...e.usedBy], rows: [{ from: null, value: null, section: null, quote: null }] };
  }
  return {
    $schema: "./node_modules/servicelov/schema/service-level.schema.json",
    name: null,
    municipality: null,
    title: null,
    citation: null,
    year: YEAR_PLACEHOLDER,
    adopted: null,
    href: null,
    rules,
  };
}
