import { SERVICE_LEVEL_ISSUES as W } from "./messages.js";
import * as z from "zod/mini";
import { InputError, issue, type InputIssue } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { toIsoDate, type IsoDate } from "../core/period.js";
import { date, list, num, obj, parseInput, text, withRules, type CrossIssue } from "../core/validate.js";
import { CATALOGUE_VALUES, SERVICE_LEVEL_CATALOGUE, type ServiceLevelKey } from "./catalogue.js";
import { YEAR_PLACEHOLDER } from "./template.js";

/** One dated figure or rule of a service level, with where the document says it. */
export interface LevelRow<T = unknown> {
  /** First day it applies, `YYYY-MM-DD`. */
  readonly from: IsoDate;
  /** Last day it applies; open-ended (until a later document replaces it) when left out. */
  readonly until?: IsoDate;
  /** The figure or rule. */
  readonly value: T;
  /** The document's own section, e.g. `"Midlertidigt botilbud § 107, pkt. 5"`. */
  readonly section: string;
  /** The sentence of the document it comes from. */
  readonly quote: string;
  /** When the row comes from an annex published as a document of its own: how that annex is cited. */
  readonly annex?: string;
}

/** A municipality's service-level document as data (validated by {@link parseServiceLevel}). */
export interface ServiceLevel {
  /** The name a calculator's `preset` / `servicePreset` takes, e.g. `"holbaek-2024"`. */
  readonly name: string;
  readonly municipality: string;
  /** The document's own title. */
  readonly title: string;
  /** How an explanation cites the document: municipality, title and year. */
  readonly citation: string;
  /** The year the document is for (`null` when it states none). */
  readonly year: number | null;
  /** The date it was adopted, when it says. */
  readonly adopted?: IsoDate;
  /** Where it is published. */
  readonly href?: string;
  /** Its figures and rules, each a list of dated rows. */
  readonly rules: Readonly<Partial<Record<ServiceLevelKey, readonly LevelRow[]>>>;
}

const isoDate = () => z.pipe(date(), z.transform(toIsoDate));

function rowSchema(value: z.core.$ZodType) {
  return obj({ from: isoDate(), until: z.optional(isoDate()), value, section: text(400), quote: text(2000), annex: z.optional(text(600)) });
}

/** Rows of one key: in force one at a time (no two rows cover the same day), `until` not before `from`. */
function rowRules(key: string, rows: unknown): CrossIssue[] {
  if (!Array.isArray(rows)) return [];
  const spans = rows
    .map((r, i) => ({ i, from: typeof r?.from === "string" ? r.from : undefined, until: typeof r?.until === "string" ? r.until : undefined }))
    .filter((s): s is { i: number; from: string; until: string | undefined } => s.from !== undefined)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: CrossIssue[] = [];
  for (const s of spans) if (s.until !== undefined && s.until < s.from) out.push({ path: `rules.${key}[${s.i}].until`, words: W.untilBeforeFrom });
  for (let k = 1; k < spans.length; k++) {
    const prev = spans[k - 1] as (typeof spans)[number];
    const next = spans[k] as (typeof spans)[number];
    if (prev.until === undefined || next.from <= prev.until) out.push({ path: `rules.${key}[${next.i}]`, words: W.overlap, params: { other: `rules.${key}[${prev.i}]` } });
  }
  return out;
}

/**
 * Rules a value must keep beyond its shape, so a document that validates always computes:
 * a follow-up gives a first or a regular follow-up, each in one unit, and a status before the
 * follow-up that comes after the grant; a group course one length; packages in ascending order,
 * each number once, the last without an upper limit; norm and period ids once per paragraph.
 */
function valueRules(key: string, rows: unknown): CrossIssue[] {
  if (!Array.isArray(rows)) return [];
  const out: CrossIssue[] = [];
  const one = (o: unknown) => (o !== null && typeof o === "object" ? Object.values(o as Record<string, unknown>).filter((v) => v !== undefined).length : 0);
  rows.forEach((r: unknown, i: number) => {
    const v = (r as { value?: unknown } | null)?.value;
    const at = `rules.${key}[${i}].value`;
    if (v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (key.startsWith("followUp.")) {
      if (o.first === undefined && o.every === undefined) out.push({ path: at, words: W.followUp });
      if (o.first !== undefined && one(o.first) !== 1) out.push({ path: `${at}.first`, words: W.monthsOrWeeks });
      const firstMonths = (o.first as { months?: unknown } | undefined)?.months ?? (o.first === undefined ? (o.every as { months?: unknown } | undefined)?.months : undefined);
      if (typeof o.statusBeforeMonths === "number" && typeof firstMonths === "number" && o.statusBeforeMonths >= firstMonths) out.push({ path: `${at}.statusBeforeMonths`, words: W.status, params: { first: firstMonths } });
    }
    if (key === "courses.group" && one({ months: o.months, weeks: o.weeks }) !== 1) out.push({ path: at, words: W.monthsOrWeeks });
    if (key === "packages" && Array.isArray(o.bands)) {
      const bands = o.bands as { package?: unknown; upTo?: unknown }[];
      if (bands.length === 0) out.push({ path: `${at}.bands`, words: W.packages });
      bands.forEach((b, j) => {
        const prev = bands[j - 1]?.upTo;
        if (j > 0 && (prev === null || (typeof prev === "number" && typeof b?.upTo === "number" && b.upTo <= prev))) out.push({ path: `${at}.bands[${j}].upTo`, words: W.packageOrder });
      });
      if (bands.length > 0 && bands[bands.length - 1]?.upTo !== null) out.push({ path: `${at}.bands[${bands.length - 1}].upTo`, words: W.lastPackage });
      const numbers = bands.map((b) => b?.package);
      numbers.forEach((n, j) => {
        if (numbers.indexOf(n) !== j) out.push({ path: `${at}.bands[${j}].package`, words: W.packageNumber });
      });
    }
    if ((key.startsWith("norms.") || key.startsWith("periods.")) && Array.isArray(v)) {
      const ids = (v as { id?: unknown }[]).map((x) => x?.id);
      ids.forEach((id, j) => {
        if (ids.indexOf(id) !== j) out.push({ path: `${at}[${j}].id`, words: W.id });
      });
    }
  });
  return out;
}

/** A norm gives one figure or a range; a period gives one length or runs to the state pension age. */
function itemRules(key: string, rows: unknown): CrossIssue[] {
  if (!Array.isArray(rows) || !(key.startsWith("norms.") || key.startsWith("periods."))) return [];
  const out: CrossIssue[] = [];
  rows.forEach((r: unknown, i: number) => {
    const items = (r as { value?: unknown } | null)?.value;
    if (!Array.isArray(items)) return;
    items.forEach((it: unknown, j: number) => {
      if (it === null || typeof it !== "object") return;
      const o = it as Record<string, unknown>;
      const path = `rules.${key}[${i}].value[${j}]`;
      if (key.startsWith("norms.")) {
        const single = o.value !== undefined;
        const range = o.min !== undefined || o.max !== undefined;
        if (single === range) out.push({ path, words: W.valueOrRange });
        else if (range && (o.min === undefined || o.max === undefined)) out.push({ path, words: W.range });
        else if (range && typeof o.min === "number" && typeof o.max === "number" && o.min > o.max) out.push({ path: `${path}.max`, words: W.belowMin });
      } else {
        const length = o.length !== null && typeof o.length === "object" ? Object.values(o.length as Record<string, unknown>).filter((v) => v !== undefined).length : 0;
        const pension = o.untilPensionAge === true;
        if ((length === 1) === pension || (length !== 1 && !pension)) out.push({ path, words: W.length });
        const sameEvent = (x: unknown) => ((x as { from?: unknown } | null)?.from ?? "start") === (o.from ?? "start");
        const earlier = items.slice(0, j).filter(sameEvent).map((x: unknown) => (x as { id?: unknown } | null)?.id);
        if (o.after !== undefined && !earlier.includes(o.after)) out.push({ path: `${path}.after`, words: W.after, params: { ids: earlier.filter((x) => typeof x === "string").join(", ") || "none" } });
      }
    });
  });
  return out;
}

function buildSchema() {
  const rulesShape = Object.fromEntries(Object.entries(CATALOGUE_VALUES).map(([k, value]) => [k, z.optional(list(rowSchema(value), 50))]));

  return withRules(
  obj({
    $schema: z.optional(text(600)),
    name: z.pipe(text(60), z.string().check(z.regex(/^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/, "must be lower-case words joined by -, e.g. aarhus-2025"))),
    municipality: text(120),
    title: text(400),
    citation: text(600),
    year: z.nullable(num({ min: 1990, max: 2100, integer: true, unit: "year" })),
    adopted: z.optional(isoDate()),
    href: z.optional(text(600)),
    rules: obj(rulesShape),
  }),
  (v) => {
    const rules = v.rules;
    if (rules === null || typeof rules !== "object" || Array.isArray(rules)) return [];
    return Object.entries(rules as Record<string, unknown>).flatMap(([k, rows]) => [...(Object.hasOwn(CATALOGUE_VALUES, k) ? [] : [{ path: `rules.${k}`, words: W.unknownRule }]), ...rowRules(k, rows), ...itemRules(k, rows), ...valueRules(k, rows)]);
  },
);
}

/** The schema every service-level document follows (published as JSON Schema: `servicelov/service-level.schema.json`). */
export const serviceLevelSchema = /* @__PURE__ */ buildSchema();

/**
 * Validates a service-level document once — every problem at once, each naming its path
 * (`rules.residentialCare.disposableAmount[0].value`) — and returns it as frozen data.
 *
 * @throws {InputError} naming every problem.
 * @example
 * parseServiceLevel(JSON.parse(readFileSync("aarhus-2025.json", "utf8"))).citation
 */
export function parseServiceLevel(document: unknown): ServiceLevel {
  const { doc, unfilled, skip } = fromTemplate(document);
  let parsed: (ServiceLevel & { $schema?: string }) | undefined;
  try {
    parsed = parseInput(serviceLevelSchema, doc) as unknown as ServiceLevel & { $schema?: string };
  } catch (e) {
    if (e instanceof InputError && unfilled.length > 0) throw new InputError([...unfilled, ...e.issues.filter((i) => !skip.some((s) => i.path === s || i.path.startsWith(`${s}.`) || i.path.startsWith(`${s}[`)))]);
    throw e;
  }
  if (unfilled.length > 0) throw new InputError(unfilled);
  const { $schema: _, ...level } = parsed;
  return deepFreeze(level);
}

/** The read-only notes a fill-in entry may keep beside its `rows` (see `serviceLevelTemplate`). */
const NOTE_KEYS = /* @__PURE__ */ new Set(["paragraf", "betydning", "enhed", "brugesAf"]);

/**
 * A document as the template writes it, made plain: an entry given as a block `{ rows, … }` becomes
 * its rows (the notes dropped), and every `null` left from the template is an issue (code
 * `null-left`, "fill it in or delete the entry"). Anything else is left for the schema to judge.
 */
function fromTemplate(document: unknown): { doc: unknown; unfilled: InputIssue[]; skip: string[] } {
  const unfilled: InputIssue[] = [];
  /** The paths (in the plain document) whose schema issues the unfilled issue already covers. */
  const skip: string[] = [];
  if (document === null || typeof document !== "object" || Array.isArray(document)) return { doc: document, unfilled, skip };
  const d = document as Record<string, unknown>;
  for (const k of ["name", "municipality", "title", "citation", "adopted", "href"]) {
    if (!Object.hasOwn(d, k) || d[k] !== null) continue;
    skip.push(k);
    unfilled.push(issue(k, k === "adopted" || k === "href" ? W.unfilledMeta : W.unfilled));
  }
  if (d.year === YEAR_PLACEHOLDER) {
    skip.push("year");
    unfilled.push(issue("year", W.unfilledYear));
  }
  const rules = d.rules;
  if (rules === null || typeof rules !== "object" || Array.isArray(rules)) return { doc: document, unfilled, skip };
  const plainRules: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(rules as Record<string, unknown>)) {
    let rows = entry;
    let at = `rules.${key}`;
    if (entry !== null && typeof entry === "object" && !Array.isArray(entry) && Object.hasOwn(entry, "rows") && Object.keys(entry).every((n) => n === "rows" || NOTE_KEYS.has(n))) {
      rows = (entry as { rows: unknown }).rows;
      at = `rules.${key}.rows`;
    }
    if (Array.isArray(rows)) {
      rows.forEach((r: unknown, i: number) => {
        if (r === null || typeof r !== "object" || Array.isArray(r)) return;
        const left = Object.entries(r as Record<string, unknown>).filter(([, v]) => v === null).map(([f]) => f);
        if (left.length > 0) {
          unfilled.push(issue(`${at}[${i}]`, W.unfilledEntry, { left: left.join(", ") }));
          skip.push(`rules.${key}[${i}]`);
        }
      });
    }
    // A key that is a prototype name («__proto__» from JSON.parse) stays an own key, so the schema names it as unknown.
    Object.defineProperty(plainRules, key, { value: rows, enumerable: true, writable: true, configurable: true });
  }
  return { doc: { ...d, rules: plainRules }, unfilled, skip };
}

/**
 * The row of `key` in force on `date`, or `undefined` when the document does not set `key` at
 * all. A document that sets it, but not for that date, is an InputError (code `rate-missing`)
 * naming the document, the figure and how to give the current one.
 *
 * @example
 * levelRow(SERVICE_LEVELS["holbaek-2024"], "residentialCare.disposableAmount", "2024-03-01")?.value //=> "2078.00"
 */
export function levelRow<T>(level: ServiceLevel, key: ServiceLevelKey, date: IsoDate | undefined, path = "preset"): LevelRow<T> | undefined {
  const rows = level.rules[key];
  if (rows === undefined || rows.length === 0) return undefined;
  if (date === undefined) return latest(rows) as LevelRow<T>;
  let best: LevelRow | undefined;
  for (const r of rows) if (r.from <= date && (r.until === undefined || date <= r.until) && (!best || r.from >= best.from)) best = r;
  if (best) return best as LevelRow<T>;
  throw new InputError([levelMissing(level, key, date, path)]);
}

function latest(rows: readonly LevelRow[]): LevelRow {
  return rows.reduce((a, b) => (b.from > a.from ? b : a));
}

/** The issue when a document's figure does not cover the date asked. */
export function levelMissing(level: ServiceLevel, key: ServiceLevelKey, date: IsoDate, path: string): InputIssue {
  const entry = SERVICE_LEVEL_CATALOGUE[key];
  const rows = level.rules[key] ?? [];
  const spans = rows.map((r) => `${r.from}–${r.until ?? "…"}`).join(", ");
  const first = rows.reduce<string | undefined>((a, r) => (a === undefined || r.from < a ? r.from : a), undefined);
  const about = { document: level.citation, key, meaning: entry.meaning, date, periods: rows.map((r) => `${r.from}–${r.until ?? ""}`) };
  if (first !== undefined && date < first) {
    return {
      ...issue(path, W.notYet, { document: level.citation, key, meaning: entry.meaning, unit: entry.unit, first, date }),
      level: { ...about, before: true },
    };
  }
  return {
    ...issue(path, W.notNow, { document: level.citation, key, meaning: entry.meaning, unit: entry.unit, spans, date }),
    level: about,
  };
}

/**
 * A citation of a row: the document and the row's section.
 *
 * @example
 * citeRow(SERVICE_LEVELS["holbaek-2024"], row) //=> "Holbæk Kommune, … (vedtaget 19. juni 2024), BPA § 96, pkt. 7 (ophør)"
 */
export function citeRow(level: ServiceLevel, row: LevelRow): string {
  return row.annex ?? `${level.citation}, ${row.section}`;
}

export type { ServiceLevelKey };
