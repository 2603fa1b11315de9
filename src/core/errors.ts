/**
 * One thing that was wrong with an input: where (`path`, e.g. `"items[2].monthly"`)
 * and what rule it broke, in plain words.
 */
export interface InputIssue {
  /** Dotted path of the field, `""` for the input as a whole. */
  path: string;
  /** The rule that was broken, in plain words (English), rendered from {@link says} and {@link params}. */
  message: string;
  /** A stable code for the kind of problem, from {@link ISSUE_CODES}, e.g. `"rate-missing"` (a figure the library does not ship). */
  code: IssueCode;
  /** The id of the message (`"core.min"`): its words in every language are in {@link ISSUE_WORDS}, rendered with {@link params} by {@link issueText}. */
  says: string;
  /** The values the message is rendered from (a bound, the value given, another field's name), e.g. `{ min: 0 }`. */
  params?: IssueParams;
  /** For `rate-missing`: the table, the year asked and where the figure is published. */
  rate?: { table: string; year: number; publishedAt: string; fields?: string[] };
  /**
   * For a service-level figure missing for the date asked (`rate-missing`), needing the date
   * (`required-with`) or not set at all (`not-in-preset`): the document, the figure (key and its
   * Danish meaning), the date and the periods the document gives — so a door can say it in the
   * caller's language.
   */
  level?: { document: string; key: string; meaning: string; date?: string; periods?: string[]; before?: boolean };
}

/**
 * Thrown by every public function when its input breaks a rule. It lists every problem
 * found (`issues`), and `message` summarises them all, so nothing is lost and nothing is
 * half-computed: a function that throws returns no partial result.
 *
 * @example
 * try {
 *   extraCostSubsidy({ date: "2024-13-01", monthlyCosts: -1 });
 * } catch (e) {
 *   if (e instanceof InputError) console.log(e.issues);
 *   //=> [{ path: "date", message: "date must be a real calendar date as YYYY-MM-DD, e.g. 2024-03-01" }, …]
 * }
 */
export class InputError extends Error {
  /** Every problem found, each naming its field. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(summarise(issues));
    Object.defineProperty(this, "name", { value: "InputError", enumerable: false, writable: true, configurable: true });
    this.issues = Object.freeze(issues.slice(0, MAX_ISSUES).map((i) => Object.freeze({ ...i })));
  }
}

/** At most this many issues are kept and summarised; the rest are counted. */
export const MAX_ISSUES = 100;

function summarise(issues: readonly InputIssue[]): string {
  if (issues.length === 0) return "Invalid input.";
  const lines = issues.slice(0, MAX_ISSUES).map((i) => i.message);
  const more = issues.length > MAX_ISSUES ? `; … and ${issues.length - MAX_ISSUES} more` : "";
  return issues.length === 1 ? (lines[0] as string) : `${issues.length} problems: ${lines.join("; ")}${more}`;
}

export type { IssueCode } from "./issue-codes.js";
import type { IssueCode } from "./issue-codes.js";
import { renderWords, type IssueParams, type IssueWords } from "./issue-templates.js";

/**
 * Throws an {@link InputError} with one issue (see {@link issue}).
 *
 * @example
 * fail("monthlyCosts", CORE.amountMin) // throws InputError("monthlyCosts must be ≥ 0 kr.")
 */
export function fail(path: string, words: IssueWords, params?: IssueParams): never {
  throw new InputError([issue(path, words, params)]);
}

/**
 * A message's English text with its parameters (for an error's `message`).
 *
 * @example
 * say(CORE.min, { min: 0 }) //=> "must be ≥ 0"
 */
export function say(words: IssueWords, params?: IssueParams): string {
  return renderWords(words.en, params, "en");
}

/** Echoed input (a field name, a table name, a value) is cut to this many characters. */
export const ECHO_MAX = 40;

/**
 * Caller text as echoed in a message: at most {@link ECHO_MAX} characters, then "…".
 *
 * @example
 * echo("x".repeat(100)).length //=> 41
 */
export function echo(text: string): string {
  return text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text;
}

/**
 * Builds an issue: its code and words are the message's, its English message names its field.
 * A path built from caller keys is echoed cut (each name at most 40 characters, see {@link echo}).
 *
 * @example
 * issue("monthlyCosts", CORE.amountMin) //=> { path: "monthlyCosts", message: "monthlyCosts must be ≥ 0 kr.", code: "out-of-range", says: "core.amountMin" }
 */
export function issue(path: string, words: IssueWords, params?: IssueParams): InputIssue {
  const shown = echoPath(path);
  const text = say(words, params);
  const out: InputIssue = { path: shown, message: named(shown, text), code: words.code, says: words.id };
  // The issue's own copy: a caller who changes it changes neither the library's constants nor a later message.
  if (params !== undefined) out.params = { ...params };
  return out;
}

/**
 * A message after its field's name: `"monthlyCosts must be ≥ 0 kr."`; a message that goes on from
 * the name with a colon (`"parametre: …"`) takes no space; the input as a whole has no name.
 *
 * @example
 * named("parametre", ": unknown name") //=> "parametre: unknown name"
 */
export function named(field: string, text: string): string {
  return field === "" ? text : text.startsWith(":") ? `${field}${text}` : `${field} ${text}`;
}

/**
 * Issues found in a nested input, re-pathed under `prefix` (`"grant"`): `date` → `grant.date`,
 * `[0]` → `grant[0]`, the whole input → `grant`.
 *
 * @example
 * underPath([issue("date", CORE.required)], "grant")[0]?.path //=> "grant.date"
 */
export function underPath(issues: readonly InputIssue[], prefix: string): InputIssue[] {
  return issues.map((i) => {
    const path = i.path === "" ? prefix : i.path.startsWith("[") ? `${prefix}${i.path}` : `${prefix}.${i.path}`;
    const message = i.path !== "" && i.message.startsWith(i.path) ? `${path}${i.message.slice(i.path.length)}` : i.path === "" ? `${prefix}: ${i.message}` : i.message;
    return { ...i, path, message };
  });
}

/** A path as echoed: each name in it cut to {@link ECHO_MAX} characters. */
export function echoPath(path: string): string {
  return path.length <= ECHO_MAX ? path : path.replace(/[^.[\]]{41,}/g, (name) => echo(name));
}

/** A broken rule found by a check: its English message (for developers), its code and words, and the values they are rendered from. */
export interface Problem {
  readonly message: string;
  readonly code: IssueCode;
  /** The id of the message's words (see {@link IssueWords}). */
  readonly says: string;
  readonly params?: IssueParams;
  /** The value is of the wrong kind altogether (a text where a number goes), not a wrong value of the right kind. */
  readonly wrongKind?: boolean;
}

/**
 * The problem a check reports, from its words and parameters.
 *
 * @example
 * problem(CORE.min, { min: 0 }).message //=> "must be ≥ 0"
 */
export function problem(words: IssueWords, params?: IssueParams): Problem {
  const p: { -readonly [K in keyof Problem]: Problem[K] } = { message: say(words, params), code: words.code, says: words.id };
  if (params !== undefined) p.params = params;
  if (words.wrongKind === true) p.wrongKind = true;
  return p;
}

/** The issue a check's problem makes at `path`. */
export function problemAt(path: string, p: Problem): InputIssue {
  const shown = echoPath(path);
  const out: InputIssue = { path: shown, message: named(shown, p.message), code: p.code, says: p.says };
  if (p.params !== undefined) out.params = p.params;
  return out;
}
