import { SERVICE_LEVEL_ISSUES } from "./messages.js";
import { problem } from "../core/errors.js";
import { CORE } from "../core/messages.js";
import { fastAs, NO } from "../core/fast-parse.js";
import * as z from "zod/mini";
import { says } from "../core/validate.js";
import type { ServiceLevel } from "./schema.js";
import type { PresetName } from "./index.js";

/**
 * The service level bound by `withServiceLevel` for the call being computed. Set only for the
 * length of one synchronous call (and restored after it, also when it throws), so every call
 * stays pure: a bound calculator's call sees its own municipality's document, any other call
 * sees none.
 */
let current: ServiceLevel | undefined;

/**
 * Service levels a door knows by name for the call in progress (a workbook's own documents:
 * `registerHyperFormula(hf, { serviceLevels })`, or a document given in a cell). A call that
 * names one uses it; none is a default.
 */
let named: Map<string, ServiceLevel> | undefined;

/** The service level known by `name` for the call in progress (see {@link withNamedLevels}), if any. */
export function namedLevel(name: string): ServiceLevel | undefined {
  return named?.get(name) ?? (current !== undefined && current.name === name ? current : undefined);
}

/**
 * Runs `run` with `levels` known by their names (added to any known already), and restores the
 * previous set after it. A document added during the call ({@link addNamedLevel}) is forgotten
 * with the call.
 *
 * @example
 * withNamedLevels([aarhus], () => caseDeadline({ paragraph: "100", received: "2026-03-02", preset: "aarhus-2026" }))
 */
export function withNamedLevels<T>(levels: Iterable<ServiceLevel>, run: () => T): T {
  const previous = named;
  named = new Map(previous);
  for (const l of levels) named.set(l.name, l);
  try {
    return run();
  } finally {
    named = previous;
  }
}

/** Makes `level` known by its name for the rest of the call in progress (inside {@link withNamedLevels}). */
export function addNamedLevel(level: ServiceLevel): void {
  if (named === undefined) throw new Error("addNamedLevel outside withNamedLevels");
  named.set(level.name, level);
}

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
/* @__NO_SIDE_EFFECTS__ */
export function presetName<const T extends readonly string[]>(names: T) {
  const list = () => [...new Set([...names, ...(current !== undefined ? [current.name] : []), ...(named?.keys() ?? [])])].map((n) => `"${n}"`).join(", ");
  const ok = (v: unknown) => typeof v === "string" && (names.includes(v) || namedLevel(v) !== undefined);
  return fastAs(z.custom<PresetName>(ok, { error: (iss) => (iss.input === undefined ? says(iss, problem(CORE.required)) : says(iss, problem(SERVICE_LEVEL_ISSUES.preset, { list: list() }))) }), (v) => (ok(v) ? v : NO));
}
