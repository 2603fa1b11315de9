import { SERVICE_LEVEL_ISSUES } from "./messages.js";
import { InputError, issue } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { citeRow, levelRow, type LevelRow, type ServiceLevel } from "./schema.js";
import { SERVICE_LEVELS, type ServiceLevelName } from "./index.js";
import { SERVICE_LEVEL_CATALOGUE, type ServiceLevelKey } from "./catalogue.js";
import { boundLevel, namedLevel } from "./scope.js";

/** A figure with its citation. */
export interface Cited<T> {
  readonly value: T;
  readonly source: string;
}

/**
 * A service level as the calculators read it: each figure the document sets, with its citation
 * (the document and the row's section). Built from the document on the date asked (the latest
 * row when no date is given).
 */
export interface MunicipalPreset {
  readonly name: string;
  readonly municipality: string;
  readonly year: number | null;
  /** How explanations cite the document. */
  readonly document: string;
  readonly bpa?: {
    readonly adminPerMeasuredHourTransferred?: Cited<string>;
    readonly payrollPerHelperPerYearMax?: Cited<string>;
    readonly noAdminForRelative?: Cited<boolean>;
    readonly helperExpensesCap?: { readonly "95": Cited<string>; readonly "96": Cited<string> };
    readonly allowanceHours?: { readonly attendance: number; readonly care: number; readonly sections: readonly ("95" | "96")[]; readonly either?: boolean; readonly source: string };
    readonly allowanceOffset?: Cited<string>;
    readonly helperExpenses?: Cited<string>;
    readonly settlement?: { readonly policy?: "money" | "by-kind"; readonly dueMonthDay?: string; readonly source: string };
    readonly payment?: { readonly invoiceDays: number; readonly source: string };
  };
  readonly residentialCare?: { readonly disposableAmount: string; readonly approvedExpenses: readonly { readonly label: string; readonly monthly: string }[]; readonly source: string };
  readonly caseDeadlines?: { readonly weeks: Readonly<Record<string, number>>; readonly upTo?: readonly string[]; readonly fromInformation?: readonly string[]; readonly acknowledgeWorkingDays?: number; readonly source: string };
  readonly bpaNotice?: { readonly weeks: number; readonly source: string };
  readonly courses?: { readonly individual?: { readonly months: number }; readonly group?: { readonly months?: number; readonly weeks?: number; readonly course?: string }; readonly cancellationsForReview?: number; readonly nonAttendanceWeeks?: number; readonly source: string; readonly sources: { readonly individual?: string; readonly group?: string; readonly cancellationsForReview?: string; readonly nonAttendanceWeeks?: string } };
  readonly transport?: { readonly ownKm: number; readonly maxShareOfNetEarnings: number; readonly source: string };
  readonly shelter?: { readonly ownHomeExempt?: Cited<boolean>; readonly psychologistPriceCap?: Cited<string>; readonly psychologistAssessmentAfterHours?: Cited<number>; readonly counting?: Cited<"started-24h" | "calendar-days" | "nights"> };
  readonly packages?: { readonly bands: readonly { readonly package: number; readonly upTo: number | null; readonly text: string; readonly vum: string }[]; readonly source: string };
}

/**
 * The calculators' view of a service-level document on `date` (the latest row of each figure
 * when no date is given): every figure it sets, cited from its own section.
 *
 * @example
 * presetView(SERVICE_LEVELS["holbaek-2024"]).residentialCare?.disposableAmount //=> "2078.00"
 */
export function presetView(level: ServiceLevel, date?: string): MunicipalPreset {
  let byDate = VIEWS.get(level);
  if (byDate === undefined) {
    byDate = new Map();
    VIEWS.set(level, byDate);
  }
  const key = date ?? "";
  const cached = byDate.get(key);
  if (cached) return cached;
  const view = buildView(level, date);
  if (byDate.size >= 512) byDate.clear();
  byDate.set(key, view);
  return view;
}

/** Views of (frozen) documents, built once per document and date (at most 512 dates kept per document). */
const VIEWS = /* @__PURE__ */ new WeakMap<ServiceLevel, Map<string, MunicipalPreset>>();

/** The row in force on `date` (the latest without one); a figure the document does not give for that date is left out of the view. */
function rowOn<T>(level: ServiceLevel, key: ServiceLevelKey, date: string | undefined): LevelRow<T> | undefined {
  const rows = level.rules[key];
  if (rows === undefined || rows.length === 0) return undefined;
  let best: LevelRow | undefined;
  for (const r of rows) if ((date === undefined || (r.from <= date && (r.until === undefined || date <= r.until))) && (!best || r.from >= best.from)) best = r;
  return best as LevelRow<T> | undefined;
}

function buildView(level: ServiceLevel, date: string | undefined): MunicipalPreset {
  const row = <T>(key: ServiceLevelKey): LevelRow<T> | undefined => rowOn<T>(level, key, date);
  const cited = <T>(key: ServiceLevelKey): Cited<T> | undefined => {
    const r = row<T>(key);
    return r === undefined ? undefined : { value: r.value, source: citeRow(level, r) };
  };
  const out: Record<string, unknown> = { name: level.name, municipality: level.municipality, year: level.year, document: level.citation };
  const bpa: Record<string, unknown> = {};
  for (const k of ["adminPerMeasuredHourTransferred", "payrollPerHelperPerYearMax", "noAdminForRelative", "allowanceOffset", "helperExpenses"] as const) {
    const c = cited(`bpa.${k}`);
    if (c) bpa[k] = c;
  }
  const cap95 = cited<string>("bpa.helperExpensesCap95");
  const cap96 = cited<string>("bpa.helperExpensesCap96");
  if (cap95 && cap96) bpa.helperExpensesCap = { "95": cap95, "96": cap96 };
  const hours = row<{ attendance: number; care: number; sections: ("95" | "96")[]; either?: boolean }>("bpa.allowanceHours");
  if (hours) bpa.allowanceHours = { ...hours.value, source: citeRow(level, hours) };
  const settlement = row<{ policy?: "money" | "by-kind"; dueMonthDay?: string }>("bpa.settlement");
  if (settlement) bpa.settlement = { ...settlement.value, source: citeRow(level, settlement) };
  const payment = row<{ invoiceDays: number }>("bpa.payment");
  if (payment) bpa.payment = { ...payment.value, source: citeRow(level, payment) };
  if (Object.keys(bpa).length > 0) out.bpa = bpa;
  const disposable = row<string>("residentialCare.disposableAmount");
  if (disposable) {
    const expenses = row<{ label: string; monthly: string }[]>("residentialCare.approvedExpenses");
    out.residentialCare = { disposableAmount: disposable.value, approvedExpenses: expenses?.value ?? [], source: citeRow(level, disposable) };
  }
  const deadlines = row<Record<string, unknown>>("caseDeadlines");
  if (deadlines) out.caseDeadlines = { ...deadlines.value, source: citeRow(level, deadlines) };
  const notice = row<{ weeks: number }>("bpa.notice");
  if (notice) out.bpaNotice = { ...notice.value, source: citeRow(level, notice) };
  const individual = row<{ months: number }>("courses.individual");
  const group = row<{ months?: number; weeks?: number }>("courses.group");
  const cancellations = row<number>("courses.cancellationsForReview");
  const nonAttendance = row<number>("courses.nonAttendanceWeeks");
  const first = individual ?? group ?? cancellations ?? nonAttendance;
  if (first) {
    out.courses = {
      ...(individual ? { individual: individual.value } : {}),
      ...(group ? { group: group.value } : {}),
      ...(cancellations ? { cancellationsForReview: cancellations.value } : {}),
      ...(nonAttendance ? { nonAttendanceWeeks: nonAttendance.value } : {}),
      source: citeRow(level, first),
      sources: {
        ...(individual ? { individual: citeRow(level, individual) } : {}),
        ...(group ? { group: citeRow(level, group) } : {}),
        ...(cancellations ? { cancellationsForReview: citeRow(level, cancellations) } : {}),
        ...(nonAttendance ? { nonAttendanceWeeks: citeRow(level, nonAttendance) } : {}),
      },
    };
  }
  const transport = row<{ ownKm: number; maxShareOfNetEarnings: number }>("transport");
  if (transport) out.transport = { ...transport.value, source: citeRow(level, transport) };
  const ownHome = cited<boolean>("shelter.ownHomeExempt");
  const cap = cited<string>("shelter.psychologistPriceCap");
  const counting = cited<string>("shelter.counting");
  const assess = cited<number>("shelter.psychologistAssessmentAfterHours");
  if (ownHome || cap || counting || assess) out.shelter = { ...(ownHome ? { ownHomeExempt: ownHome } : {}), ...(cap ? { psychologistPriceCap: cap } : {}), ...(assess ? { psychologistAssessmentAfterHours: assess } : {}), ...(counting ? { counting } : {}) };
  const packages = row<{ bands: unknown[] }>("packages");
  if (packages) out.packages = { ...packages.value, source: citeRow(level, packages) };
  return deepFreeze(out) as unknown as MunicipalPreset;
}

/**
 * A part of a preset the calculation needs; a document that does not set it is an InputError
 * (code `not-in-preset`) naming the document and what it lacks.
 *
 * @example
 * presetPart(MUNICIPAL_PRESETS["holbaek-2024"], "bpaNotice").weeks //=> 14
 */
export function presetPart<K extends keyof MunicipalPreset>(preset: MunicipalPreset, key: K, path = "preset"): NonNullable<MunicipalPreset[K]> {
  const part = preset[key];
  if (part === undefined || part === null) throw new InputError([{ ...issue(path, SERVICE_LEVEL_ISSUES.notSet, { document: preset.document, name: preset.name, what: String(key) }), level: { document: preset.document, key: String(key), meaning: PART_DA[key] ?? String(key) } }]);
  return part as NonNullable<MunicipalPreset[K]>;
}

/** What each part of a service level is, in Danish (for a door that says what the document does not set). */
const PART_DA: Partial<Record<keyof MunicipalPreset, string>> = {
  residentialCare: "rådighedsbeløb og godkendte udgifter (§ 107)",
  caseDeadlines: "sagsbehandlingsfrister",
  bpa: "BPA-tal (§§ 95–96)",
  bpaNotice: "varsel ved nedsættelse eller ophør af BPA",
  courses: "forløbsregler (§§ 82a–82b)",
  transport: "regler for egen befordring (§ 103)",
  shelter: "regler for ophold på krisecenter og forsorgshjem (§§ 109–110)",
  packages: "pakker for bostøtte (§ 85)",
};

/** A field of a preset's part the calculation needs (see {@link presetPart}). */
export function presetField<T>(preset: MunicipalPreset, value: T | undefined, what: string, path = "preset"): T {
  if (value === undefined) throw new InputError([issue(path, SERVICE_LEVEL_ISSUES.notSet, { document: preset.document, name: preset.name, what })]);
  return value;
}

/**
 * The service level a call uses: the shipped one it names, else the one bound with
 * `withServiceLevel` (also when the call names it), else none. With `on`, each figure is the row
 * in force on the calculation's date, and every figure the calculation uses must be in force
 * then (an InputError, code `rate-missing`, naming the document, the figure and how to give the
 * current one); without `on`, each figure's latest row.
 *
 * @example
 * resolvePreset("holbaek-2024")?.residentialCare?.disposableAmount //=> "2078.00"
 */
export function resolvePreset(name: string | undefined, on?: PresetDate): MunicipalPreset | undefined {
  const level = resolveLevel(name);
  if (level === undefined) return undefined;
  if (on === undefined || on.date === undefined) return presetView(level);
  const date = on.date;
  // Every figure of the calculation's own paragraph must be in force on its date: a document is
  // never applied before it was adopted or past a period it gives (code rate-missing).
  const uses = on.uses;
  if (uses.length > 0) {
    let byUses = IN_FORCE.get(level);
    if (byUses === undefined) {
      byUses = new Map();
      IN_FORCE.set(level, byUses);
    }
    let dates = byUses.get(usesKeyOf(uses));
    if (dates === undefined) {
      dates = new Set();
      byUses.set(usesKeyOf(uses), dates);
    }
    if (!dates.has(date)) {
      for (const key of Object.keys(level.rules) as ServiceLevelKey[]) {
        if (uses.some((prefix) => key === prefix || key.startsWith(`${prefix}.`))) levelRow(level, key, date, on.path);
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the memo's size, not on any result
      if (dates.size >= 512) dates.clear();
      dates.add(date);
    }
  }
  return presetView(level, date);
}

/** The dates already found in force, per (frozen) document and set of figures: checked once, never again (at most 512 dates kept per set). */
const IN_FORCE = /* @__PURE__ */ new WeakMap<ServiceLevel, Map<string, Set<string>>>();

/** A set of figures as a key of {@link IN_FORCE}; a calculation's list is most often a constant, so its key is kept with it. */
function usesKeyOf(uses: readonly string[]): string {
  if (uses.length === 1) return uses[0] as string;
  let key = USES_KEYS.get(uses);
  if (key === undefined) {
    key = uses.join("|");
    USES_KEYS.set(uses, key);
  }
  return key;
}
const USES_KEYS = /* @__PURE__ */ new WeakMap<readonly string[], string>();

/**
 * {@link figureInForce} for each of `keys` in turn, the first not in force refused; a document,
 * set and date {@link resolvePreset} already found in force are not checked again.
 *
 * @example
 * figuresInForce("holbaek-2024", ["residentialCare.disposableAmount"], "2024-03-01", "month") // nothing: in force
 */
export function figuresInForce(name: string | undefined, keys: readonly ServiceLevelKey[], date: string | undefined, datePath: string): void {
  const level = date === undefined || keys.length === 0 ? undefined : resolveLevel(name);
  if (level !== undefined && IN_FORCE.get(level)?.get(usesKeyOf(keys))?.has(date as string) === true) return;
  for (const key of keys) figureInForce(name, key, date, datePath);
}

/** The calculation's date and the figures it uses (keys, or key prefixes such as `"bpa"`). */
export interface PresetDate {
  /** The calculation's date, `YYYY-MM-DD` (none: each figure's latest row). */
  readonly date: string | undefined;
  /** The input field that gives the date, named in the error. */
  readonly path: string;
  /** The catalogue keys (or their prefixes) the calculation reads. */
  readonly uses: readonly string[];
}

/**
 * Checks that the service level a call uses sets `key` for the calculation's date: a figure the
 * document gives for a period (Holbæk's rådighedsbeløb «(2024 niveau)») is never carried past it.
 * With no date, a dated figure is refused, asking for the field that gives the date. Does nothing
 * when no service level is used or the document does not set `key`.
 *
 * @example
 * figureInForce("holbaek-2024", "residentialCare.disposableAmount", "2026-11-01", "month") // throws InputError (rate-missing)
 */
export function figureInForce(name: string | undefined, key: ServiceLevelKey, date: string | undefined, datePath: string): void {
  const level = resolveLevel(name);
  const rows = level?.rules[key];
  if (level === undefined || rows === undefined || rows.length === 0) return;
  if (date === undefined) {
    const dated = rows.filter((r) => r.until !== undefined);
    if (dated.length === rows.length) {
      const spans = rows.map((r) => `${r.from}–${r.until}`).join(", ");
      throw new InputError([{ ...issue(datePath, SERVICE_LEVEL_ISSUES.needsDate, { document: level.citation, key, spans }), level: { document: level.citation, key, meaning: SERVICE_LEVEL_CATALOGUE[key].meaning, periods: rows.map((r) => `${r.from}–${r.until ?? ""}`) } }]);
    }
    return;
  }
  levelRow(level, key, date, datePath);
}

/**
 * The service-level document a call uses (see {@link resolvePreset}), as data.
 *
 * @example
 * resolveLevel("holbaek-2024")?.citation //=> "Holbæk Kommune, … (vedtaget 19. juni 2024)"
 */
export function resolveLevel(name: string | undefined): ServiceLevel | undefined {
  if (name === undefined) return boundLevel();
  const own = namedLevel(name);
  if (own !== undefined) return own;
  return Object.hasOwn(SERVICE_LEVELS, name) ? SERVICE_LEVELS[name as ServiceLevelName] : undefined;
}

/**
 * How a rule is cited: the section of the service level in use that states it (its latest row),
 * or `undefined` when no service level — or one that does not state it — is used, so a caller
 * cites the law alone and never another municipality's document.
 *
 * @example
 * ruleCitation("albertslund-2018", "residentialCare.noIncome") //=> "Albertslund Kommune, Kvalitetsstandard 2018 – …, § 107 Midlertidigt botilbud, Betaling"
 */
export function ruleCitation(name: string | undefined, key: ServiceLevelKey, date?: string): string | undefined {
  const level = resolveLevel(name);
  if (level === undefined) return undefined;
  const row = rowOn(level, key, date);
  return row === undefined ? undefined : citeRow(level, row);
}
