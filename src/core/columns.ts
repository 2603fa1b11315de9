import { CORE } from "./messages.js";
import { InputError, issue, type InputIssue } from "./errors.js";
import { moneyCheck } from "./money.js";

/** A column: one value for every row, or one entry per row (an array or a typed array). */
export type Column<T> = T | readonly (T | undefined)[] | (T extends number ? Float64Array | Int32Array | Uint32Array : never);

/** Options of a batch function. */
export interface BatchOptions {
  /**
   * What a refused row does: `"throw"` (default) fails the whole batch with one InputError naming
   * every refused row (`rows[12].monthlyCosts`); `"collect"` computes the others and lists the
   * refused rows in `errors` (their amount is 0 and their rule is refused: never an amount).
   */
  onError?: "throw" | "collect";
}

/** At most this many rows are computed in one batch (a longer column is refused before a row is read). */
export const MAX_ROWS = 20_000_000;

/** A batch's columns, read: the number of rows and a reader per column. */
export interface ReadColumns<K extends string> {
  readonly n: number;
  readonly onError: "throw" | "collect";
  readonly col: Readonly<Record<K, (i: number) => unknown>>;
}

/**
 * Reads a batch's columns: known names only, every per-row column of one length (a single value
 * stands for every row), at most {@link MAX_ROWS} rows, and the options. Reading that throws (a
 * getter or proxy) is an InputError, as in every call.
 *
 * @example
 * readColumns({ date: "2024-03-01", monthlyCosts: [1, 2] }, {}, ["date", "monthlyCosts"]).n //=> 2
 */
export function readColumns<K extends string>(columns: unknown, options: unknown, names: readonly K[]): ReadColumns<K> {
  try {
    if (columns === null || typeof columns !== "object" || Array.isArray(columns)) throw new InputError([issue("", CORE.columns, { names: names.join(", ") })]);
    if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) throw new InputError([issue("", CORE.options)]);
    const onError = (options as { onError?: unknown } | undefined)?.onError ?? "throw";
    if (onError !== "throw" && onError !== "collect") throw new InputError([issue("onError", CORE.onError)]);
    const unknown = Object.keys(columns).filter((k) => !(names as readonly string[]).includes(k));
    if (unknown.length > 0) throw new InputError(unknown.map((k) => issue(k, CORE.unknownColumn)));
    let n = -1;
    const problems: InputIssue[] = [];
    const c = columns as Record<string, unknown>;
    // Each column is read once, here: the reference and its length.
    const values = new Map<K, unknown>(names.map((k) => [k, c[k]]));
    for (const k of names) {
      const v = values.get(k);
      if (!isColumn(v)) continue;
      const len = (v as { length: unknown }).length;
      if (typeof len !== "number" || !Number.isInteger(len) || len < 0) problems.push(issue(k, CORE.columnLength));
      else if (len > MAX_ROWS) problems.push(issue(k, CORE.columnRows, { length: len, max: MAX_ROWS }));
      else if (n < 0) n = len;
      else if (len !== n) problems.push(issue(k, CORE.columnMismatch, { length: len, n }));
    }
    if (problems.length > 0) throw new InputError(problems);
    if (n < 0) n = 1;
    const col = Object.fromEntries(
      names.map((k) => {
        const v = values.get(k);
        // A row's value that cannot be read (a getter or proxy that throws) refuses that row, as in a call.
        const read = (i: number) => {
          try {
            return (v as ArrayLike<unknown>)[i];
          } catch {
            throw new InputError([issue(k, CORE.rowUnreadable, { row: i })]);
          }
        };
        return [k, isColumn(v) ? read : () => v];
      }),
    ) as Record<K, (i: number) => unknown>;
    return { n, onError, col };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([issue("", CORE.columnsUnreadable)]);
  }
}

function isColumn(c: unknown): boolean {
  return Array.isArray(c) || (ArrayBuffer.isView(c) && !(c instanceof DataView));
}

/**
 * A row index a batch result answers for: a whole number from 0 to `n − 1`, else an InputError.
 *
 * @example
 * rowIndex(2, 3) //=> 2
 */
export function rowIndex(i: unknown, n: number): number {
  if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= n) throw new InputError([issue("row", CORE.row, { last: n - 1 })]);
  return i;
}

/**
 * The refused rows of a batch as one InputError, each issue's path under its row (`rows[3].date`).
 *
 * @example
 * rowsError([{ row: 3, issues: [issue("date", CORE.required)] }]).issues[0]?.path //=> "rows[3].date"
 */
export function rowsError(errors: readonly { row: number; issues: readonly InputIssue[] }[]): InputError {
  return new InputError(errors.flatMap((e) => e.issues.map((x) => ({ ...x, path: x.path === "" ? `rows[${e.row}]` : `rows[${e.row}].${x.path}`, message: `rows[${e.row}]: ${x.message}` }))));
}

/**
 * An amount the per-call check accepts, as a number: the same rule (`moneyCheck`: finite, ≥ 0, at
 * most 100.000.000.000 kr., at most two decimals), asked without making a message.
 *
 * @example
 * plainAmount(1234.5) //=> true
 */
export function plainAmount(v: unknown): v is number {
  return typeof v === "number" && moneyCheck(v) === undefined;
}

/**
 * Computes every row of a batch: a row whose values are refused (an InputError, from the fast
 * path or the per-call function) is handed to `refuse` with its issues, never skipped and never
 * allowed to stop the batch's other rows; any other error is a fault and is thrown.
 *
 * @example
 * eachRow(3, (i) => compute(i), (i, issues) => errors.push({ row: i, issues }));
 */
export function eachRow(n: number, row: (i: number) => void, refuse: (i: number, issues: readonly InputIssue[]) => void): void {
  for (let i = 0; i < n; i++) {
    try {
      row(i);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      refuse(i, e.issues);
    }
  }
}
