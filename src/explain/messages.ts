// The messages of the explanation checks (templates, translation), in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The explanation checks' messages.
 *
 * @example
 * EXPLAIN_ISSUES.unknownRule.code //=> "unknown-rule"
 */
export const EXPLAIN_ISSUES = /* @__PURE__ */ defineWords("explain", {
  closes: { code: "invalid-template", en: 'explanation template: [[/{name}]] closes no section in "{template}"', da: 'forklaringsskabelon: [[/{name}]] afslutter ingen sektion i "{template}"' },
  format: { code: "invalid-template", en: "explanation template: unknown format {format}; the formats are {formats}", da: "forklaringsskabelon: ukendt format {format}; formaterne er {formats}" },
  open: { code: "invalid-template", en: 'explanation template: a section is not closed in "{template}"', da: 'forklaringsskabelon: en sektion er ikke afsluttet i "{template}"' },
  noValue: { code: "required", en: 'explanation template: no value for {{name}} in "{template}"', da: 'forklaringsskabelon: ingen værdi for {{name}} i "{template}"' },
  notList: { code: "required", en: 'explanation template: {{name}} must be a list in "{template}"', da: 'forklaringsskabelon: {{name}} skal være en liste i "{template}"' },
  item: { code: "invalid-template", en: "explanation template: {name}[{k}] must be an object of named values", da: "forklaringsskabelon: {name}[{k}] skal være et objekt med navngivne værdier" },
  kind: { code: "invalid-template", en: "explanation template: {{name}:{format}} needs {what}, not {value}", da: "forklaringsskabelon: {{name}:{format}} kræver {what}, ikke {value}" },
  unrenderable: { code: "invalid-template", en: "could not be rendered: {detail}", da: "kunne ikke skrives ud: {detail}" },
  template: { code: "not-a-text", en: "must be a text", da: "skal være en tekst" },
  templateLength: { code: "too-large", en: "has {length} characters; at most {max}", da: "har {length} tegn; højst {max}" },
  values: { code: "not-an-object", en: "must be an object of named values", da: "skal være et objekt med navngivne værdier" },
  locale: { code: "not-one-of", en: 'must be one of "da", "en" (not {given})', da: 'skal være "da" eller "en" (ikke {given})' },
  steps: { code: "not-a-list", en: "must be a list of explanation steps (a result's explanation)", da: "skal være en liste af forklaringstrin (et resultats forklaring)" },
  stepsMax: { code: "too-large", en: "has {length} steps; at most {max} are read in one call", da: "har {length} trin; højst {max} læses i ét kald" },
  unknownRule: { code: "unknown-rule", en: "is not a rule id of the catalogue (RULES): {rule}", da: "er ikke et regel-id i kataloget (RULES): {rule}" },
});
