// The rules that tie fields together, kept beside their schema and run with it (see withRules).
import * as z from "zod/mini";
import { issue, type InputIssue } from "./errors.js";
import type { IssueParams, IssueWords } from "./issue-templates.js";

/** One cross-field problem: where, and the message (with its code, e.g. `"exactly-one"`, `"only-with"`, `"required-with"`, `"order"`) and its values. */
export interface CrossIssue {
  path: string;
  words: IssueWords;
  params?: IssueParams;
}

/** Cross-field rules by the schema they belong to (see {@link withRules}). */
const RULES = /* @__PURE__ */ new WeakMap<object, (value: Record<string, unknown>) => CrossIssue[]>();

/**
 * Attaches the rules that tie fields together ("exactly one of", "only with regime …",
 * "required when …") to an object schema. {@link parseInput} runs them on the input together
 * with the schema's own checks — even when single fields are wrong — so one call reports every
 * problem; `rules` sees the raw input and must not assume any field is valid. (Kept beside the
 * schema rather than as a zod refinement, which doubled the cost of parsing large inputs.)
 *
 * @example
 * withRules(obj({ a: z.optional(num()), b: z.optional(num()) }), (v) => (v.a === undefined && v.b === undefined ? [{ path: "a", words: DEMO.aOrB }] : []))
 */
/* @__NO_SIDE_EFFECTS__ */
export function withRules<S extends z.core.$ZodType>(schema: S, rules: (value: Record<string, unknown>) => CrossIssue[]): S {
  RULES.set(schema, rules);
  return schema;
}

/** The cross-field issues of `value` under `schema`'s rules (none when it has none). */
export function crossIssues(schema: object, value: unknown): InputIssue[] {
  const rules = RULES.get(schema);
  // Stryker disable next-line ConditionalExpression: without rules the call below throws and is caught, giving none as well
  if (!rules || value === null || typeof value !== "object" || Array.isArray(value)) return [];
  let found: CrossIssue[];
  try {
    found = rules(value as Record<string, unknown>);
  } catch {
    return []; // a field too malformed for a rule is reported by its own check
  }
  return found.length === 0 ? [] : found.map((i) => issue(i.path, i.words, i.params));
}


