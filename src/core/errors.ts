/**
 * One thing that was wrong with an input: where (`path`, e.g. `"items[2].monthly"`)
 * and what rule it broke, in plain words.
 */
export interface InputIssue {
  /** Dotted path of the field, `""` for the input as a whole. */
  path: string;
  /** The rule that was broken, in plain words (English). */
  message: string;
  /** A stable code for the kind of problem, e.g. `"rate-missing"` (a figure the library does not ship). */
  code?: string;
  /** For `rate-missing`: the table, the year asked and where the figure is published. */
  rate?: { table: string; year: number; publishedAt: string; fields?: string[] };
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
    this.name = "InputError";
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

/**
 * Throws an {@link InputError} with one issue. The message is prefixed with the field name
 * when it does not already start with it.
 *
 * @example
 * fail("monthlyCosts", "must be ≥ 0 kr.") // throws InputError("monthlyCosts must be ≥ 0 kr.")
 */
export function fail(path: string, message: string): never {
  throw new InputError([issue(path, message)]);
}

/** Builds an issue whose message names its field. */
export function issue(path: string, message: string): InputIssue {
  const named = path === "" || message.startsWith(path) ? message : `${path} ${message}`;
  return { path, message: named };
}
