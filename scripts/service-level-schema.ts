// Writes schema/service-level.schema.json — the JSON Schema of a municipality's service-level
// document, from the one catalogue of figures (SERVICE_LEVEL_CATALOGUE) — so a municipality can
// author its document in any editor with validation and help text: `npm run schema`. The package
// ships it as `servicelov/service-level.schema.json`; a test fails when the file is stale.
// withServiceLevel(document) validates every value exactly when the document is loaded.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { SERVICE_LEVEL_CATALOGUE } from "../src/service-levels/index.js";
import { CATALOGUE_VALUES } from "../src/service-levels/catalogue.js";
import { jsonHint } from "../src/core/validate.js";

const DATE = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" };

/** A value's JSON Schema: what zod can express, with the catalogue's meaning and unit as help text. */
function valueSchema(value: z.core.$ZodType, description: string): Record<string, unknown> {
  let js: Record<string, unknown> = {};
  try {
    js = jsonOf(value);
    delete js.$schema;
  } catch {
    js = {};
  }
  return { ...js, description };
}

/** A zod schema as JSON Schema, with the library's field hints and its object-of-optional-fields pipes (a date check, then the object) read as the object. */
function jsonOf(value: z.core.$ZodType): Record<string, unknown> {
  return z.toJSONSchema(value as never, {
    unrepresentable: "any",
    io: "input",
    override: (ctx: { zodSchema: { _zod: { def: { type: string; out?: z.core.$ZodType } } }; jsonSchema: Record<string, unknown> }) => {
      const hint = jsonHint(ctx.zodSchema);
      if (hint !== undefined) Object.assign(ctx.jsonSchema, hint);
      const def = ctx.zodSchema._zod.def;
      if (def.type === "pipe" && def.out !== undefined && (def.out as unknown as { _zod: { def: { type: string } } })._zod.def.type === "object") {
        const inner = jsonOf(def.out);
        delete inner.$schema;
        Object.assign(ctx.jsonSchema, inner);
      }
    },
  } as never) as Record<string, unknown>;
}


/** An entry: its rows, or the fill-in template's block `{ rows, paragraf, betydning, enhed, brugesAf }` (notes read-only). */
function block(description: string, rows: Record<string, unknown>): Record<string, unknown> {
  return {
    description,
    anyOf: [
      rows,
      {
        type: "object",
        additionalProperties: false,
        required: ["rows"],
        properties: { rows, paragraf: { type: "string" }, betydning: { type: "string" }, enhed: { type: "string" }, brugesAf: { type: "array", items: { type: "string" } } },
      },
    ],
  };
}

/** The whole document schema. */
export function serviceLevelJsonSchema(): Record<string, unknown> {
  const rules = Object.fromEntries(
    Object.entries(SERVICE_LEVEL_CATALOGUE).map(([key, e]) => [
      key,
      block(`${e.paragraph}: ${e.meaning} (${e.unit}). Bruges af ${e.usedBy.join(", ")}.`, {
        type: "array",
        maxItems: 50,
        items: {
          type: "object",
          additionalProperties: false,
          required: ["from", "value", "section", "quote"],
          properties: {
            from: { ...DATE, description: "første dag, tallet eller reglen gælder (YYYY-MM-DD)" },
            until: { ...DATE, description: "sidste dag; udelades, når det gælder, til et nyt dokument afløser det" },
            value: valueSchema(CATALOGUE_VALUES[key as keyof typeof CATALOGUE_VALUES], `${e.meaning} (${e.unit})`),
            section: { type: "string", minLength: 1, maxLength: 400, description: "dokumentets eget afsnit, fx «Midlertidigt botilbud § 107, pkt. 5»" },
            quote: { type: "string", minLength: 1, maxLength: 2000, description: "sætningen i dokumentet, tallet eller reglen kommer fra" },
            annex: { type: "string", minLength: 1, maxLength: 600, description: "når rækken kommer fra et bilag, der er et dokument for sig: hvordan bilaget citeres" },
          },
        },
      }),
    ]),
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/servicelov/service-level.schema.json",
    title: "servicelov: en kommunes serviceniveau (kvalitetsstandard) som data",
    type: "object",
    additionalProperties: false,
    required: ["name", "municipality", "title", "citation", "year", "rules"],
    properties: {
      $schema: { type: "string" },
      name: { type: "string", pattern: "^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$", maxLength: 60, description: "navnet, beregningerne kender serviceniveauet ved, fx «aarhus-2025»" },
      municipality: { type: "string", minLength: 1, maxLength: 120, description: "kommunens navn, fx «Aarhus Kommune»" },
      title: { type: "string", minLength: 1, maxLength: 400, description: "dokumentets egen titel" },
      citation: { type: "string", minLength: 1, maxLength: 600, description: "hvordan forklaringerne citerer dokumentet: kommune, titel og år" },
      year: { anyOf: [{ type: "integer", minimum: 1990, maximum: 2100 }, { type: "null" }], description: "året, dokumentet gælder for (null, når det ikke siger det)" },
      adopted: { ...DATE, description: "vedtagelsesdatoen, når dokumentet oplyser den" },
      href: { type: "string", minLength: 1, maxLength: 600, description: "hvor dokumentet er offentliggjort" },
      rules: { type: "object", additionalProperties: false, properties: rules, description: "tallene og reglerne, hver som en liste af daterede rækker" },
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = new URL("../schema/service-level.schema.json", import.meta.url);
  writeFileSync(path, `${JSON.stringify(serviceLevelJsonSchema(), null, 2)}\n`);
  console.log(`schema/service-level.schema.json written (${Object.keys(SERVICE_LEVEL_CATALOGUE).length} figures)`);
}
