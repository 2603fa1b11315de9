// Plain-word issues from zod's: each with its path and the code its check set (never read from its words).
import { issue, type InputIssue, type IssueCode } from "./errors.js";

/** Formats a zod path as `items[2].monthly`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The code of an issue zod raises itself (our own checks carry theirs): by zod's issue kind, never by its words. */
const ZOD_CODES: Readonly<Record<string, IssueCode>> = { invalid_union: "invalid-shape", too_big: "too-large", too_small: "out-of-range", invalid_type: "invalid", invalid_format: "invalid", invalid_key: "invalid" };


/** A zod issue, as much of it as the messages need. */
export interface RawIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  errors?: readonly (readonly RawIssue[])[];
  params?: { code?: IssueCode; wrongKind?: boolean };
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
      const typed = iss.errors.filter((branch) => !branch.some((b) => b.path.length === 0 && (b.code === "invalid_type" || b.params?.wrongKind === true)));
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
        issues.push(issue(p, "is not a known field (check the spelling)", "unknown-field"));
      }
    } else if (path === "" && iss.code === "invalid_type") {
      issues.push(issue("", "The input must be an object with named fields.", "not-an-object"));
    } else {
      const code = iss.params?.code ?? ZOD_CODES[iss.code] ?? "invalid";
      issues.push(issue(path, iss.message, code));
    }
  }
  return issues;
}

