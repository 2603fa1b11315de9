// The door every input passes: read into plain data, checked by its schema and its cross-field
// rules, every problem reported at once. The parts live by job in fields.ts (the field checks),
// zod-issues.ts (issues from zod's), cross-rules.ts (rules between fields) and read-plain.ts.
import * as z from "zod/mini";
import { InputError } from "./errors.js";
import { readPlain } from "./read-plain.js";
import { crossIssues } from "./cross-rules.js";
import { zodIssues, type RawIssue } from "./zod-issues.js";
import { fastParse, NO } from "./fast-parse.js";

export * from "./fields.js";
export { formatPath, zodIssues, type RawIssue } from "./zod-issues.js";
export { crossIssues, withRules, type CrossIssue } from "./cross-rules.js";
export { MAX_LIST, MAX_VALUES, readPlain } from "./read-plain.js";

/**
 * Parses `input` with `schema`; on failure throws {@link InputError} whose issues name each
 * field and rule in plain words (never a raw zod dump).
 *
 * @example
 * parseInput(obj({ date: date() }), { date: "2024-02-30" }) // throws InputError("date must be a real calendar date …")
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const plain = readPlain(input, "", 0);
  // The common valid input without zod (see fast-parse.ts); anything it cannot accept goes to zod.
  const fast = fastParse(schema, plain);
  if (fast !== NO && crossIssues(schema, plain).length === 0) return fast as z.output<S>;
  return parseWithZod(schema, plain);
}

/**
 * {@link parseInput} without the fast path: zod checks the input (already read into plain data).
 * The fast path must give exactly what this gives (a property test compares them).
 *
 * @example
 * parseWithZod(obj({ date: date() }), { date: "2024-03-01" }) //=> { date: "2024-03-01" }
 */
export function parseWithZod<S extends z.core.$ZodType>(schema: S, plain: unknown): z.output<S> {
  const result = z.safeParse(schema, plain);
  const cross = crossIssues(schema, plain);
  if (result.success && cross.length === 0) return result.data;
  const own = result.success ? [] : zodIssues(result.error.issues as unknown as readonly RawIssue[], []);
  throw new InputError([...own, ...cross]);
}

