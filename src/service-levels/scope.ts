import * as z from "zod/mini";
import type { ServiceLevel } from "./schema.js";
import type { PresetName } from "./index.js";

/**
 * The service level bound by `withServiceLevel` for the call being computed. Set only for the
 * length of one synchronous call (and restored after it, also when it throws), so every call
 * stays pure: a bound calculator's call sees its own municipality's document, any other call
 * sees none.
 */
let current: ServiceLevel | undefined;

/** The service level bound for the call in progress, if any. */
export function boundLevel(): ServiceLevel | undefined {
  return current;
}

/**
 * Runs `run` with `level` as the bound service level, and restores the previous one after it.
 *
 * @example
 * withBoundLevel(level, () => residentialCarePayment({ income: 9000, price: { housing: 4000 }, preset: level.name }))
 */
export function withBoundLevel<T>(level: ServiceLevel, run: () => T): T {
  const previous = current;
  current = level;
  try {
    return run();
  } finally {
    current = previous;
  }
}

/**
 * A preset-name field: one of the shipped names that set what the calculation needs, or the
 * name of the service level bound for this call (`withServiceLevel`).
 *
 * @example
 * z.parse(presetName(["holbaek-2024"] as const), "holbaek-2024") //=> "holbaek-2024"
 */
export function presetName<const T extends readonly string[]>(names: T) {
  const list = () => [...names, ...(current !== undefined && !names.includes(current.name) ? [current.name] : [])].map((n) => `"${n}"`).join(", ");
  const ok = (v: unknown) => typeof v === "string" && (names.includes(v) || v === current?.name);
  return z.custom<PresetName>(ok, { error: (iss) => (iss.input === undefined ? "is required" : `must be one of ${list()}`) });
}
