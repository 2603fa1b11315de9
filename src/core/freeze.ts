/**
 * Freezes an object and everything reachable from it, so exported tables, presets and
 * defaults cannot be changed by one caller for every later one. Returns the same object.
 *
 * @example
 * const t = deepFreeze({ rows: [{ value: "97.30" }] });
 * Object.isFrozen(t.rows[0]) //=> true
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  freezeAll(value, new Set());
  return value;
}

/** Freezes `value` and what it reaches, also below an object someone froze shallowly. */
function freezeAll(value: unknown, seen: Set<object>): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeAll((value as Record<string, unknown>)[key], seen);
}
