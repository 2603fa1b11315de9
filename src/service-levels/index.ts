import { SERVICE_LEVEL_ISSUES } from "./messages.js";
import albertslund2018 from "./documents/albertslund-2018.json";
import albertslund2024 from "./documents/albertslund-2024.json";
import ballerup from "./documents/ballerup.json";
import holbaek2024 from "./documents/holbaek-2024.json";
import { parseServiceLevel, type ServiceLevel } from "./schema.js";
import { InputError, issue } from "../core/errors.js";

/**
 * The municipal service-level documents the library ships, as plain frozen data keyed by the
 * preset name a calculator takes. Each is one JSON file (`src/service-levels/documents/`),
 * validated by the published schema when the library loads; the preset names in the public
 * types come from here. A municipality's own document is loaded the same way with
 * `withServiceLevel(document)`.
 *
 * @example
 * SERVICE_LEVELS["holbaek-2024"].rules["residentialCare.disposableAmount"]?.[0]?.value //=> "2078.00"
 */
export const SERVICE_LEVELS = /* @__PURE__ */ shipped();

/** The shipped documents, validated (a function, so a bundle that uses none of them carries none). */
function shipped() {
  return Object.freeze({
    "albertslund-2018": parseServiceLevel(albertslund2018),
    "holbaek-2024": parseServiceLevel(holbaek2024),
    "albertslund-2024": parseServiceLevel(albertslund2024),
    ballerup: parseServiceLevel(ballerup),
  } satisfies Record<string, ServiceLevel>);
}

/**
 * A municipality's own service-level document, validated ({@link parseServiceLevel}) and refused
 * when it takes the name of a shipped one: a call that names `"holbaek-2024"` always means the
 * shipped document (give yours its own name, e.g. `"holbaek-2025"`).
 *
 * @example
 * parseOwnServiceLevel({ ...doc, name: "aarhus-2026" }).name //=> "aarhus-2026"
 */
export function parseOwnServiceLevel(document: unknown): ServiceLevel {
  const level = parseServiceLevel(document);
  if (Object.hasOwn(SERVICE_LEVELS, level.name)) throw new InputError([issue("name", SERVICE_LEVEL_ISSUES.shippedName, { name: level.name, example: `${level.name.replace(/\d{4}$/, "2026")}-egen` })]);
  return level;
}

/** A shipped service level's name (a preset name), e.g. `"holbaek-2024"`. */
export type ServiceLevelName = keyof typeof SERVICE_LEVELS;

/**
 * The name a calculator's `preset` / `servicePreset` takes: a shipped service level (derived from
 * {@link SERVICE_LEVELS}, so editors complete them) or the `name` of a municipality's own document
 * bound with `withServiceLevel`. A name that is neither is refused by the calculator.
 *
 * @example
 * const name: PresetName = "holbaek-2024";
 */
export type PresetName = ServiceLevelName | (string & {});

export { SERVICE_LEVEL_CATALOGUE, type CatalogueEntry, type ServiceLevelKey } from "./catalogue.js";
export { serviceLevelTemplate, type ServiceLevelTemplate, type ServiceLevelTemplateEntry } from "./template.js";
export { citeRow, levelMissing, levelRow, parseServiceLevel, serviceLevelSchema, type LevelRow, type ServiceLevel } from "./schema.js";
