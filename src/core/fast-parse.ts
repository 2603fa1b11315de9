// A fast path through the common valid inputs: the field checks the schemas are built from also
// register here how they accept a value without zod. When every field a call gives has such a
// check and every check passes, the input is taken as zod would give it; anything else — a field
// without a fast check, a value refused, an unknown key, a key given as undefined — goes through
// zod, which reports it. A property test compares both paths on random valid and invalid inputs.
import { isDate } from "./time.js";

/** A fast acceptance: the value as the schema gives it, or {@link NO} when the fast path cannot say. */
export type FastCheck = (v: unknown) => unknown;

/** The answer of a fast check that cannot accept the value (zod decides, and reports). */
export const NO: unique symbol = Symbol("no fast path");

const FAST = /* @__PURE__ */ new WeakMap<object, FastCheck>();

/** Whether the fast path is taken (a test turns it off to compare both paths). */
export const fastPath = { on: true };

/**
 * Registers a schema's fast check (returns the schema).
 *
 * @example
 * fastAs(schema, (v) => (typeof v === "boolean" ? v : NO))
 */
export function fastAs<S extends object>(schema: S, check: FastCheck): S {
  FAST.set(schema, check);
  return schema;
}

/** The fast check of a schema, unwrapping `optional`, or undefined when it has none. */
function fastOf(schema: unknown): FastCheck | undefined {
  const s = schema as { _zod?: { def?: { type?: string; innerType?: unknown } } };
  if (s?._zod?.def?.type === "optional") return fastOf(s._zod.def.innerType);
  return FAST.get(schema as object);
}

/**
 * The fast check of a strict object of `shape`: a plain object whose every key is in the shape,
 * every given value accepted by its field's fast check, and every absent field optional. The
 * output lists the shape's fields in its order, as zod does.
 */
export function fastObject(shape: Readonly<Record<string, unknown>>): FastCheck {
  const keys = Object.keys(shape);
  const checks = keys.map((k) => fastOf(shape[k]));
  const optional = keys.map((k) => (shape[k] as { _zod?: { optin?: string } })._zod?.optin === "optional");
  return (v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v) || isDate(v)) return NO;
    const o = v as Record<string, unknown>;
    let given = 0;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (!Object.hasOwn(o, k)) {
        // An inherited field (a changed Object.prototype) is for zod to judge, as it reads inherited keys.
        if (!optional[i] || k in o) return NO;
        continue;
      }
      given++;
      const value = o[k];
      const check = checks[i];
      if (value === undefined || check === undefined) return NO;
      const r = check(value);
      if (r === NO) return NO;
      out[k] = r;
    }
    // A key the shape does not have is refused by zod (unknown field), an inherited enumerable one too.
    if (Object.keys(o).length !== given) return NO;
    for (const k in o) if (!Object.hasOwn(o, k)) return NO;
    return out;
  };
}

/**
 * The fast check of a list of at most `max` entries of `element`.
 */
export function fastList(element: unknown, max: number): FastCheck {
  return (v) => {
    const check = fastOf(element);
    if (check === undefined || !Array.isArray(v) || v.length > max) return NO;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const r = check(v[i]);
      if (r === NO) return NO;
      out[i] = r;
    }
    return out;
  };
}

/**
 * The fast check of a field that takes one of several shapes: the first shape that accepts the
 * value, as zod's union takes the first that succeeds — only when every shape has a fast check.
 */
export function fastEither(options: readonly unknown[]): FastCheck {
  return (v) => {
    for (const o of options) {
      const check = fastOf(o);
      if (check === undefined) return NO;
      const r = check(v);
      if (r !== NO) return r;
    }
    return NO;
  };
}

/**
 * The input as the schema gives it, without zod, or {@link NO} when the fast path cannot say.
 *
 * @example
 * fastParse(obj({ date: date() }), { date: "2024-03-01" }) //=> { date: "2024-03-01" }
 */
export function fastParse(schema: object, input: unknown): unknown {
  if (!fastPath.on) return NO;
  const check = fastOf(schema);
  return check === undefined ? NO : check(input);
}
