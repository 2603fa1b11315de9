// The messages of the checks every input is read with, in English and Danish.
import { defineWords } from "./issue-templates.js";
export { UNITS, type Unit } from "./issue-templates.js";

/**
 * The messages of the field checks (numbers, amounts, dates, texts, lists, objects) and of
 * reading an input.
 *
 * @example
 * CORE.required.da //=> "skal udfyldes"
 */
export const CORE = /* @__PURE__ */ defineWords("core", {
  required: { code: "required", en: "is required", da: "skal udfyldes" },
  object: { code: "not-an-object", en: "must be an object with named fields", da: "skal være et objekt med navngivne felter", wrongKind: true },
  objectNotDate: { code: "not-an-object", en: "must be an object with named fields, not a date", da: "skal være et objekt med navngivne felter, ikke en dato", wrongKind: true },
  input: { code: "not-an-object", en: "The input must be an object with named fields.", da: "Inddata skal være et objekt med navngivne felter." },
  list: { code: "not-a-list", en: "must be a list", da: "skal være en liste", wrongKind: true },
  listMax: { code: "too-large", en: "must have at most {max} entries", da: "må højst have {max} poster" },
  unknownField: { code: "unknown-field", en: "is not a known field (check the spelling)", da: "er ikke et kendt felt (tjek stavningen)" },
  zod: { code: "invalid", en: "{detail}", da: "har en værdi, der ikke kan bruges" },
  number: { code: "not-a-number", en: "must be a number", da: "skal være et tal", wrongKind: true },
  numberOf: { code: "not-a-number", en: "must be a number of {unit:unit}", da: "skal være et antal {unit:unit}", wrongKind: true },
  finite: { code: "not-a-number", en: "must be a finite number, not NaN or Infinity", da: "skal være et endeligt tal" },
  whole: { code: "not-a-number", en: "must be a whole number", da: "skal være et helt tal" },
  min: { code: "out-of-range", en: "must be ≥ {min}", da: "skal være mindst {min}" },
  minUnit: { code: "out-of-range", en: "must be ≥ {min} {unit:unit}", da: "skal være mindst {min} {unit:unit}" },
  max: { code: "out-of-range", en: "must be ≤ {max}", da: "må højst være {max}" },
  maxUnit: { code: "out-of-range", en: "must be ≤ {max} {unit:unit}", da: "må højst være {max} {unit:unit}" },
  decimals: { code: "out-of-range", en: "must have at most {decimals} decimals", da: "må højst have {decimals} decimaler" },
  boolean: { code: "not-a-boolean", en: "must be true or false", da: "skal være sand eller falsk", wrongKind: true },
  text: { code: "not-a-text", en: "must be a non-empty text of at most {max} characters", da: "skal være en tekst på højst {max} tegn, der ikke er tom" },
  oneOf: { code: "not-one-of", en: "must be one of {list}", da: "skal være en af {list}" },
  wholeKroner: { code: "invalid", en: "must be whole kroner", da: "skal være hele kroner" },
  source: { code: "invalid-shape", en: "must name the public source: a text, or { title, href } for a web page", da: "skal angive den offentlige kilde: en tekst eller { title, href } for en webside" },
  untilBeforeFrom: { code: "order", en: "must not be before from", da: "må ikke ligge før fra-datoen" },
  amountFinite: { code: "not-an-amount", en: "must be a finite amount in kroner, not NaN or Infinity", da: "skal være et endeligt beløb i kroner" },
  amountMin: { code: "out-of-range", en: "must be ≥ 0 kr.", da: "skal være mindst 0 kr." },
  amountMax: { code: "out-of-range", en: "must be at most 100.000.000.000 kr.", da: "må højst være 100.000.000.000 kr." },
  amountDecimals: { code: "not-an-amount", en: "must have at most 2 decimals (øre)", da: "må højst have 2 decimaler (øre)" },
  amountEmpty: { code: "not-an-amount", en: "must be an amount in kroner, not an empty text", da: "skal være et beløb i kroner, ikke en tom tekst" },
  amountComma: { code: "not-an-amount", en: 'must use a point as decimal separator ("{fixed}"), not a comma', da: 'skal skrives med punktum som decimaltegn ("{fixed}"), ikke komma' },
  amountDigits: { code: "not-an-amount", en: 'must be an amount in kroner written with digits, e.g. "1234.50"', da: 'skal være et beløb i kroner skrevet med cifre, fx "1234.50"' },
  amount: { code: "not-an-amount", en: 'must be an amount in kroner, as a number (1234.5) or a text ("1234.50")', da: 'skal være et beløb i kroner, som tal (1234.5) eller tekst ("1234.50")', wrongKind: true },
  year: { code: "invalid", en: "must have a year from {min} to {max}", da: "skal have et år fra {min} til {max}" },
  dateInvalid: { code: "not-a-date", en: "must be a valid date, not an Invalid Date", da: "skal være en gyldig dato" },
  date: { code: "not-a-date", en: "must be a date as YYYY-MM-DD, e.g. 2024-03-01", da: "skal være en dato (ÅÅÅÅ-MM-DD), fx 2024-03-01", wrongKind: true },
  realDate: { code: "not-a-date", en: "must be a real calendar date as YYYY-MM-DD, e.g. 2024-03-01", da: "skal være en gyldig dato (ÅÅÅÅ-MM-DD), fx 2024-03-01" },
  month: { code: "not-a-month", en: "must be a month as YYYY-MM, e.g. 2024-03", da: "skal være en måned (ÅÅÅÅ-MM), fx 2024-03", wrongKind: true },
  time: { code: "not-a-time", en: "must be a local time as YYYY-MM-DDTHH:mm, e.g. 2024-03-01T14:00", da: "skal være en dato og et klokkeslæt (ÅÅÅÅ-MM-DD TT:MM), fx 2024-03-01 14:00", wrongKind: true },
  tooDeep: { code: "too-deep", en: "is nested more than {max} levels deep", da: "er indlejret mere end {max} niveauer" },
  listTooLong: { code: "too-large", en: "has {length} entries; at most {max} are read in one call", da: "har {length} poster; højst {max} læses i ét kald" },
  tooManyValues: { code: "too-large", en: "makes the input larger than the {max} values read in one call", da: "gør inddata større end de {max} værdier, der læses i ét kald" },
  unreadable: { code: "unreadable", en: "could not be read (a getter or proxy failed): give plain data — numbers, texts, lists and objects", da: "kunne ikke læses: angiv almindelige værdier — tal, tekster, lister og objekter" },
  invalid: { code: "invalid", en: "is invalid", da: "er ugyldig" },
  columns: { code: "not-an-object", en: "The columns must be an object with named columns ({names}).", da: "Kolonnerne skal være et objekt med navngivne kolonner (`{names}`)." },
  options: { code: "not-an-object", en: 'The options must be an object, e.g. { onError: "collect" }.', da: 'Indstillingerne skal være et objekt, fx { onError: "collect" }.' },
  onError: { code: "not-one-of", en: 'must be "throw" or "collect"', da: 'skal være "throw" eller "collect"' },
  unknownColumn: { code: "unknown-field", en: "is not a known column (check the spelling)", da: "er ikke en kendt kolonne (tjek stavningen)" },
  columnLength: { code: "not-a-list", en: "has no whole, non-negative length: give an array or typed array", da: "har ingen hel, ikke-negativ længde: angiv en liste" },
  columnRows: { code: "too-large", en: "gives {length|row|rows}; at most {max} are computed in one batch", da: "giver {length|række|rækker}; højst {max} beregnes i én kørsel" },
  columnMismatch: { code: "invalid", en: "has {length|row|rows}; the other columns have {n}: every column must have one entry per row, or be one value for all", da: "har {length|række|rækker}; de andre kolonner har {n}: hver kolonne skal have én værdi pr. række eller én værdi for alle" },
  rowUnreadable: { code: "unreadable", en: "row {row} could not be read (a getter or proxy failed): give plain values", da: "række {row} kunne ikke læses: angiv almindelige værdier" },
  columnsUnreadable: { code: "unreadable", en: "could not be read (a getter or proxy failed): give plain columns — arrays, typed arrays or single values", da: "kunne ikke læses: angiv almindelige kolonner — lister eller enkelte værdier" },
  row: { code: "out-of-range", en: "must be a row of the batch: a whole number from 0 to {last}", da: "skal være en række i kørslen: et helt tal fra 0 til {last}" },
  rateMissing: { code: "rate-missing", whole: true, en: "{table} ({label}, {law}) has no row for {year} ({date}): the library ships only published figures and never guesses a year from another.{before} The {year} figure is published in {where}. Add it once with {example}{perCall}.", da: "{table} ({label}) har ingen sats for {year} ({date}): biblioteket har kun offentliggjorte tal og gætter aldrig et år ud fra et andet. Tallet for {year} offentliggøres i {where}; tilføj det som kommunens egen sats." },
});
