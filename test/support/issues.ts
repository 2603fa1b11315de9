import { expect } from "vitest";
import { InputError, type InputIssue } from "../../src/core/errors.js";

/**
 * The issues an InputError thrown by `f` lists (path, message and code when set); fails the test
 * when `f` throws anything else or nothing.
 *
 * @example
 * expect(issuesOf(() => escortLedger({ from: "2024-05", to: "2024-04" }))[0]?.code).toBe("order");
 */
export function issuesOf(f: () => unknown): Pick<InputIssue, "path" | "message" | "code">[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
  }
  throw new Error("expected an InputError");
}
