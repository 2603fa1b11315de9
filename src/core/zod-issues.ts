// Plain-word issues from zod's: each with its path and the code its check set (never read from its words).
import { issue, problemAt, type InputIssue, type Problem } from "./errors.js";
import { CORE } from "./messages.js";

/** Formats a zod path as `items[2].monthly`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}


/** A zod issue, as much of it as the messages need. */
export interface RawIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  errors?: readonly (readonly RawIssue[])[];
  params?: { problem?: Problem };
}

/**
 * Plain-word issues from zod's. For a field that takes one of several shapes (a union), the
 * shape the input came closest to is reported item by item (`income[0].monthly: …`), not only
 * "must be one of".
 */
export function zodIssues(raw: readonly RawIssue[], prefix: readonly PropertyKey[]): InputIssue[] {
  return collectIssues(raw, prefix);
}

function collectIssues(raw: readonly RawIssue[], prefix: readonly PropertyKey[]): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const iss of raw) {
    const full = [...prefix, ...iss.path];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: zod reports a failed union with one issue list per branch, never none
    if (iss.code === "invalid_union" && iss.errors && iss.errors.length > 0) {
      const depth = (branch: readonly RawIssue[]) => Math.min(...branch.map((b) => b.path.length));
      const best = [...iss.errors].sort((a, b) => depth(b) - depth(a))[0] as readonly RawIssue[];
      // The shape the input has: a branch that got past the type check (its problem is not
      // "wrong type" at the top) is the one the caller meant, when there is exactly one.
      const typed = iss.errors.filter((branch) => !branch.some((b) => b.path.length === 0 && (b.code === "invalid_type" || b.params?.problem?.wrongKind === true)));
      const meant = depth(best) > 0 ? best : typed.length === 1 ? (typed[0] as readonly RawIssue[]) : undefined;
      if (meant) {
        issues.push(...collectIssues(meant, full));
        continue;
      }
    }
    const path = formatPath(full);
    if (iss.code === "unrecognized_keys") {
      for (const key of iss.keys ?? []) {
        const p = path === "" ? key : `${path}.${key}`;
        issues.push(issue(p, CORE.unknownField));
      }
    } else if (path === "" && iss.code === "invalid_type") {
      issues.push(issue("", CORE.input));
    } else {
      // Every check of the library gives its problem; a check of zod's own (none is left in the
      // schemas) would still be reported, with zod's words in English.
      const p = iss.params?.problem;
      issues.push(p !== undefined ? problemAt(path, p) : issue(path, CORE.zod, { detail: iss.message }));
    }
  }
  return issues;
}

