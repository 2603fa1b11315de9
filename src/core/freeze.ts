/**
 * Freezes an object and everything reachable from it, so exported tables, presets and
 * defaults cannot be changed by one caller for every later one. Returns the same object.
 *
 * @example
 * const t = deepFreeze({ rows: [{ value: "97.30" }] });
 * Object.isFrozen(t.rows[0]) //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
