// The messages of the checks of a caller's rate rows (withRates), in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The rate-row checks' messages.
 *
 * @example
 * RATES_ISSUES.overlap.code //=> "rate-overlap"
 */
export const RATES_ISSUES = /* @__PURE__ */ defineWords("rates", {
  tables: { code: "not-an-object", en: "withRates takes a plain object of rate rows by table name, e.g. { SHELTER_109_RATES: [{ from, until, value, source }] } (not a list, a Map or a Date).", da: "Satserne skal være et objekt med satsrækker pr. tabelnavn, fx { SHELTER_109_RATES: [{ from, until, value, source }] } (ikke en liste, et Map eller en dato)." },
  unknownTable: { code: "unknown-table", en: "is not a rate table; the tables are {tables}", da: "er ikke en satstabel; tabellerne er {tables}" },
  blockField: { code: "unknown-field", en: "is not a known field of a table block (rows, override)", da: "er ikke et kendt felt i en tabelblok (kun `rows` og `override`)" },
  boolean: { code: "not-a-boolean", en: "must be true or false", da: "skal være sand eller falsk" },
  rows: { code: "not-a-list", en: "must be a list of rows { from, until, value, source }, or { rows: [...] }", da: "skal være en liste af rækker { from, until, value, source } eller { rows: [...] }" },
  overlap: { code: "rate-overlap", en: "overlaps {@other} ({span}): caller rows of one table must not overlap", da: "overlapper {@other} ({span}): kommunens egne rækker i én tabel må ikke overlappe" },
  clash: { code: "rate-clash", en: "covers the shipped row {span} with a different value (shipped: {shipped}, {source}); pass { override: true } to use yours, and the explanation will say so", da: "dækker bibliotekets række {span} med en anden værdi (biblioteket: {shipped}, {source}); angiv { override: true } for at bruge jeres, så siger forklaringen det" },
  options: { code: "not-an-object", en: "must be an object { override?: true | false }", da: "skal være et objekt { override?: true | false }" },
  option: { code: "unknown-field", en: "is not a known option (check the spelling); the only option is override", da: "er ikke en kendt indstilling (tjek stavningen); den eneste indstilling er override" },
  override: { code: "not-a-boolean", en: 'must be true or false (not the text "false")', da: 'skal være sand eller falsk (ikke teksten "false")' },
  nullLeft: { code: "null-left", en: "is still null: fill it in with the published figure{what}{where}, {remove}", da: "er ikke udfyldt: udfyld det med det offentliggjorte tal{what}, eller slet rækken {row}, hvis perioden ikke skal bruges" },
});
