// The words of an issue: each message is written once per language, beside its code, and
// rendered from the issue's parameters — never derived from another message's words.
import { deepFreeze } from "./freeze.js";
import type { IssueCode } from "./issue-codes.js";

/** The units a number field is counted in, and the BPA hour kinds, by language (`{x:unit}` in a message). */
export const UNITS = {
  en: { hours: "hours", "hours-week": "hours per week", "hours-year": "hours per year", weeks: "weeks", months: "months", helpers: "helpers", "working-days": "working days", "cancelled-appointments": "cancelled appointments", year: "(a year)", fraction: "(a fraction, e.g. 0.3 for 30 %)", "fraction-01": "(a fraction from 0 to 1)", evening: "evening", night: "night", saturday: "saturday", sunday: "sunday", holiday: "holiday", group: "group course (§ 82a)", individual: "individual course (§ 82b)", boolean: "TRUE/FALSE", label: "a second label", date: "a date" },
  da: { hours: "timer", "hours-week": "timer pr. uge", "hours-year": "timer pr. år", weeks: "uger", months: "måneder", helpers: "hjælpere", "working-days": "arbejdsdage", "cancelled-appointments": "aflyste aftaler", year: "(et årstal)", fraction: "(en brøk, fx 0,3 for 30 %)", "fraction-01": "(en brøk fra 0 til 1)", evening: "aften", night: "natte", saturday: "lørdags", sunday: "søndags", holiday: "helligdags", group: "gruppeforløb (§ 82 a)", individual: "individuelt forløb (§ 82 b)", boolean: "SAND/FALSK", label: "endnu en tekst", date: "en dato" },
} as const;

/** A unit a number field can be counted in. */
export type Unit = keyof (typeof UNITS)["en"];

/** The languages an issue can be said in. */
export type IssueLocale = "en" | "da";

/**
 * One message of an issue in every language, with its stable code. Templates take the issue's
 * parameters: `{name}` writes the value (a number with the language's decimal sign),
 * `{n|one|many}` writes a count with its noun in singular or plural ("1 uge", "2 uger"), and
 * `{@name}` writes a field name, which a door may rename to its own words (a sheet's parameter
 * name, a form's label).
 */
export interface IssueWords {
  /** The message's id, `<group>.<key>` (e.g. `"core.min"`): what the `says` of an issue names. */
  readonly id: string;
  /** The stable code of the problem (see {@link ISSUE_CODES}). */
  readonly code: IssueCode;
  /** The message in English (for developers), after the field's name. */
  readonly en: string;
  /** The message in Danish (for caseworkers), after the field's name. */
  readonly da: string;
  /** The value is of the wrong kind altogether (a text where a number goes), not a wrong value of the right kind. */
  readonly wrongKind?: boolean;
  /** The message is a whole sentence that names what it is about (a missing rate names its table): no field name goes in front. */
  readonly whole?: boolean;
}

/** The values a message is rendered from: numbers, words, dates, echoed caller text (cut), field names. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * A group of messages, each given its id `<group>.<key>` and frozen.
 *
 * @example
 * const W = defineWords("demo", { min: { code: "out-of-range", en: "must be ≥ {min}", da: "skal være mindst {min}" } });
 * W.min.id //=> "demo.min"
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineWords<const T extends Record<string, Omit<IssueWords, "id">>>(group: string, table: T): { readonly [K in keyof T]: IssueWords } {
  const out: Record<string, IssueWords> = {};
  for (const [key, w] of Object.entries(table)) out[key] = { id: `${group}.${key}`, ...w };
  return deepFreeze(out) as { readonly [K in keyof T]: IssueWords };
}

/** A number in the language's writing: 0.3 → "0,3" in Danish; a whole number as it is. */
function numberText(n: number, locale: IssueLocale): string {
  const s = String(n);
  return locale === "da" ? s.replace(".", ",") : s;
}

/**
 * A message template rendered with its parameters in one language; `names` renames field names
 * (`{@name}` placeholders) into the caller's words.
 *
 * @example
 * renderWords("must be ≥ {min}", { min: 0.5 }, "da") //=> "must be ≥ 0,5"
 * renderWords("{n|uge|uger}", { n: 1 }, "da") //=> "1 uge"
 */
export function renderWords(template: string, params: IssueParams | undefined, locale: IssueLocale, names?: (field: string) => string): string {
  return template.replace(/\{(@?)([A-Za-z]\w*)(:unit)?(?:\|([^|}]*)\|([^}]*))?\}/g, (_all, field: string, name: string, unit?: string, one?: string, many?: string) => {
    const v = params !== undefined && Object.hasOwn(params, name) ? params[name] : undefined;
    if (v === undefined) return `{${name}}`;
    if (unit !== undefined) return Object.hasOwn(UNITS[locale], v) ? UNITS[locale][String(v) as Unit] : String(v);
    if (one !== undefined && many !== undefined) return `${numberText(Number(v), locale)} ${Number(v) === 1 ? one : many}`;
    if (field === "@") return names ? names(String(v)) : String(v);
    return typeof v === "number" ? numberText(v, locale) : v;
  });
}
