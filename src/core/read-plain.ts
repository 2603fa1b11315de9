// Reading an input once, at the door, into plain data: nothing a getter or proxy does reaches a calculation.
import { InputError, issue } from "./errors.js";
import type { IssueParams, IssueWords } from "./issue-templates.js";
import { CORE } from "./messages.js";
import { instantOf, isDate } from "./time.js";

/** Deepest nesting read from an input (the deepest real input is 4 levels). */
const MAX_DEPTH = 32;
/** The longest list read from an input (the longest any schema takes: 20.000 usage entries). */
export const MAX_LIST = 20_000;
/** At most this many values (list entries and object fields) are read from one input: the work per call is capped. */
export const MAX_VALUES = 200_000;
/** Values left to read in the input being read (reset at the top of each input). */
const budget = { left: MAX_VALUES };

/**
 * Reads an input once, at the door, into plain data: own enumerable fields of objects,
 * arrays, primitives, and Dates — recognised also from another realm, and rebuilt from their
 * instant — so a getter, a Proxy or a Date-like that throws or lies cannot reach the
 * calculation. Whatever cannot be read is an InputError naming the field; `-0` becomes 0.
 *
 * @example
 * readPlain({ get x() { throw new Error("boom"); } }, "", 0) // throws InputError("x could not be read …")
 */
export function readPlain(value: unknown, path: string, depth: number): unknown {
  if (depth === 0) budget.left = MAX_VALUES;
  try {
    return read(value, depth);
  } catch (caught) {
    // read() throws nothing but a ReadProblem: anything else is caught inside it and becomes one.
    const e = caught as ReadProblem;
    // The path is built only for the value that failed, from the steps it went back up through.
    let at = path;
    for (let i = e.steps.length - 1; i >= 0; i--) {
      const step = e.steps[i] as string | number;
      at = typeof step === "number" ? `${at}[${step}]` : at === "" ? step : `${at}.${step}`;
    }
    throw new InputError([issue(at, e.words, e.params)]);
  }
}

/** Why a value could not be read, and the keys and indexes from it back up to the input read. */
class ReadProblem {
  readonly steps: (string | number)[] = [];
  constructor(
    readonly words: IssueWords,
    readonly params?: IssueParams,
  ) {}
}

function read(value: unknown, depth: number): unknown {
  try {
    if (value === null || typeof value !== "object") return typeof value === "number" && value === 0 ? 0 : value;
    if (depth > MAX_DEPTH) throw new ReadProblem(CORE.tooDeep, { max: MAX_DEPTH });
    if (isDate(value)) return new Date(instantOf(value));
    if (Array.isArray(value)) {
      // The length is checked before a single entry is read: a sparse list of 10⁹ entries must
      // not be walked (it would abort the process), and no input of the library is that long.
      const length = value.length;
      if (length > MAX_LIST) throw new ReadProblem(CORE.listTooLong, { length, max: MAX_LIST });
      budget.left -= length;
      if (budget.left < 0) throw new ReadProblem(CORE.tooManyValues, { max: MAX_VALUES });
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        // An entry that cannot be got (a proxy) makes the list unreadable as a whole (the catch below).
        const entry: unknown = value[i];
        // A plain value is taken as it is (-0 as 0) without a call; an object is read in turn.
        if (entry === null || typeof entry !== "object") {
          out[i] = entry === 0 ? 0 : entry;
          continue;
        }
        try {
          out[i] = read(entry, depth + 1);
        } catch (e) {
          (e as ReadProblem).steps.push(i);
          throw e;
        }
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    budget.left -= keys.length;
    if (budget.left < 0) throw new ReadProblem(CORE.tooManyValues, { max: MAX_VALUES });
    for (const key of keys) {
      let raw: unknown;
      let v: unknown;
      try {
        try {
          raw = (value as Record<string, unknown>)[key];
        } catch {
          throw new ReadProblem(CORE.unreadable);
        }
        v = raw === null || typeof raw !== "object" ? (raw === 0 ? 0 : raw) : read(raw, depth + 1);
      } catch (e) {
        (e as ReadProblem).steps.push(key);
        throw e;
      }
      if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  } catch (e) {
    if (e instanceof ReadProblem) throw e;
    throw new ReadProblem(CORE.unreadable);
  }
}
