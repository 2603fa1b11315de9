import { SHEET_ISSUES } from "./messages.js";
import { deepFreeze } from "../core/freeze.js";
import type { BpaGrantInput } from "../bpa/index.js";
import { ArgumentError, isEmpty, sheetBool, sheetMoney, sheetDate, sheetRows, word, type SheetValue, sheetServiceLevel } from "./values.js";

/** How a BPA parameter's cell is read. */
type Kind = "number" | "amount" | "text" | "bool" | "date" | "employer" | "payroll";

/** One parameter BPA.TILSKUD and BPA.SPECIFIKATION read from their two-column range. */
export interface BpaSheetParameter {
  /** The name in the range's first column (Danish, lower case), e.g. `"dagtimer"`. */
  name: string;
  /** The field of `bpaGrant`'s input it fills, as a path, e.g. `"weeklyHours.day"`. */
  field: string;
  /** What the value means, with its unit. */
  meaning: string;
  kind: Kind;
}

const p = /* @__NO_SIDE_EFFECTS__ */ (name: string, field: string, kind: Kind, meaning: string): BpaSheetParameter => ({ name, field, kind, meaning });

/**
 * Every parameter of the BPA range, written once: its sheet name, the library field it fills,
 * its meaning and how the cell is read. The sheet names, the field paths in error messages and
 * {@link BPA_PARAMETER_NAMES} all come from here.
 *
 * @example
 * BPA_PARAMETERS.find((x) => x.name === "dagtimer")?.field //=> "weeklyHours.day"
 */
export const BPA_PARAMETERS: readonly BpaSheetParameter[] = /* @__PURE__ */ (() => deepFreeze([
  p("sektion", "section", "text", "95 eller 96"),
  p("dato", "date", "date", "første dag i bevillingsåret"),
  p("lønforudsætning", "preset", "text", 'lønforudsætning, fx "aarhus-lt11"'),
  p("timeløn", "wage.hourly", "amount", "timeløn (kr.)"),
  p("dagtimer", "weeklyHours.day", "number", "timer pr. uge i dagtimer"),
  p("aftentimer", "weeklyHours.evening", "number", "timer pr. uge om aftenen"),
  p("nattetimer", "weeklyHours.night", "number", "timer pr. uge om natten"),
  p("lørdagstimer", "weeklyHours.saturday", "number", "timer pr. uge om lørdagen"),
  p("søndagstimer", "weeklyHours.sunday", "number", "timer pr. uge om søndagen"),
  p("helligdagstimer", "weeklyHours.holiday", "number", "timer pr. uge på helligdage"),
  p("rådighedstimer", "onCallWeeklyHours", "number", "rådighedstimer pr. uge"),
  p("puljetimer", "yearlyExtraHours.other", "number", "puljetimer pr. år"),
  p("arbejdsgiver", "employer", "employer", "borger, nærtstående, forening eller virksomhed"),
  p("lønadministration", "payroll", "payroll", "borger, kommune eller forening"),
  p("lønadministration_regning", "admin.payrollInvoice", "amount", "regning for lønadministration pr. år (kr.)"),
  p("lønadministration_loft", "admin.payrollPerHelperPerYear", "amount", "loft for lønadministration pr. hjælper pr. år (kr.)"),
  p("hjælpere", "helpers", "number", "antal hjælpere"),
  p("serviceniveau", "servicePreset", "text", 'kommunens serviceniveau, fx "holbaek-2024"'),
  p("hjælperudgifter", "helperExpensesMonthly", "amount", "udgifter til hjælpere pr. måned (kr.)"),
  p("hjælperudgifter_loft", "helperExpensesCap", "amount", "kommunens loft for hjælperudgifter pr. måned (kr.)"),
  p("bistandstillæg", "allowances.attendance", "bool", "modtager bistandstillæg (SAND/FALSK)"),
  p("plejetillæg", "allowances.care", "bool", "modtager plejetillæg (SAND/FALSK)"),
  p("tillæg_timer", "allowances.weeklyHours", "number", "timer pr. uge, som tillægget dækker"),
  p("tillæg_beløb", "allowances.yearlyAmount", "amount", "den del af tillægget pr. år, der dækker hjælpebehov (kr.)"),
  p("pension", "wage.pensionRate", "number", "pensionssats (brøk, fx 0,13)"),
  p("pension_måneder", "wage.pensionMonths", "number", "måneder med pension i året (0–12)"),
  p("feriegodtgørelse", "wage.holidayPayRate", "number", "feriegodtgørelse (brøk)"),
  p("tillæg_aften", "wage.supplements.evening", "number", "aftentillæg (brøk af timelønnen)"),
  p("tillæg_nat", "wage.supplements.night", "number", "nattillæg (brøk)"),
  p("tillæg_lørdag", "wage.supplements.saturday", "number", "lørdagstillæg (brøk)"),
  p("tillæg_søndag", "wage.supplements.sunday", "number", "søndagstillæg (brøk)"),
  p("tillæg_helligdag", "wage.supplements.holiday", "number", "helligdagstillæg (brøk)"),
  p("rådighedsandel", "wage.onCallFraction", "number", "andel af timelønnen for rådighedstimer (brøk)"),
  p("administration_pr_time", "admin.perMeasuredHour", "amount", "administrationstillæg pr. udmålt time (kr.)"),
  p("nærtstående_timer", "relativeWeeklyHours", "number", "timer pr. uge udført af nærtstående"),
  p("overført_bevilling", "grantTransferred", "bool", "tilskuddet er overført til en nærtstående, forening eller virksomhed (SAND/FALSK)"),
  p("uger", "weeksPerYear", "number", "uger pr. år"),
]))();

/** The parameter names BPA.TILSKUD and BPA.SPECIFIKATION read from their two-column range, each with the library field it fills.
 *
 * @example
 * BPA_PARAMETER_NAMES.dagtimer //=> "weeklyHours.day"
 */
export const BPA_PARAMETER_NAMES: Readonly<Record<string, string>> = /* @__PURE__ */ (() => Object.freeze(Object.fromEntries(BPA_PARAMETERS.map((x) => [x.name, x.field]))))();

/** Library field → sheet name, so an error message says `dagtimer`, not `weeklyHours.day`.
 *
 * @example
 * BPA_FIELD_NAMES["weeklyHours.day"] //=> "dagtimer"
 */
export const BPA_FIELD_NAMES: Readonly<Record<string, string>> = /* @__PURE__ */ (() => Object.freeze({
  ...Object.fromEntries(BPA_PARAMETERS.map((x) => [x.field, x.name])),
  // Rules about a group of fields name the group's sheet parameters.
  allowances: "bistandstillæg/plejetillæg",
  weeklyHours: "dagtimer … helligdagstimer",
}))();

const EMPLOYER: Record<string, BpaGrantInput["employer"]> = { borger: "citizen", nærtstående: "relative", forening: "association", virksomhed: "company", citizen: "citizen", relative: "relative", association: "association", company: "company" };
const PAYROLL: Record<string, NonNullable<BpaGrantInput["payroll"]>> = { borger: "citizen", kommune: "municipality", forening: "association", citizen: "citizen", municipality: "municipality", association: "association" };
const BY_NAME = /* @__PURE__ */ (() => new Map(BPA_PARAMETERS.map((x) => [x.name, x])))();
const known = () => BPA_PARAMETERS.map((x) => x.name).join(", ");

function read(param: BpaSheetParameter, value: SheetValue): unknown {
  switch (param.kind) {
    case "bool":
      return sheetBool(value, param.name);
    case "date":
      return sheetDate(value, param.name);
    case "text":
      // serviceniveau: a name, or the document as JSON text.
      return param.field === "servicePreset" ? sheetServiceLevel(value, param.name) : String(value).trim().toLowerCase();
    case "employer":
    case "payroll": {
      const map: Record<string, string> = param.kind === "employer" ? EMPLOYER : PAYROLL;
      const found = word(map, value);
      if (found === undefined) throw new ArgumentError("parametre", param.kind === "employer" ? SHEET_ISSUES.employer : SHEET_ISSUES.payroll);
      return found;
    }
    case "amount":
      // An amount in kroner: float noise from a sheet sum is read as the øre it stands for.
      return typeof value === "number" ? sheetMoney(value) : value;
    default:
      // Numbers (hours, fractions) are passed on as the cell holds them: the library checks them.
      return value;
  }
}

/** Builds the bpaGrant input from a two-column range of parameter names and values.
 *
 * @example
 * bpaInputFromRange([["sektion", 96], ["arbejdsgiver", "borger"], ["dagtimer", 40]])
 * //=> { section: "96", employer: "citizen", weeklyHours: { day: 40 } }
 */
export function bpaInputFromRange(range: SheetValue): BpaGrantInput {
  const rows = sheetRows(range, "parametre", 2);
  const input: Record<string, unknown> = { section: "", weeklyHours: {} };
  const seen = new Set<string>();
  for (const [key, value] of rows) {
    if (typeof key !== "string") throw new ArgumentError("parametre", SHEET_ISSUES.paramName, { known: known() });
    const k = key.trim().toLowerCase();
    const param = BY_NAME.get(k);
    if (param === undefined) throw new ArgumentError("parametre", SHEET_ISSUES.paramUnknown, { name: k.slice(0, 40), known: known() });
    if (seen.has(k)) throw new ArgumentError("parametre", SHEET_ISSUES.paramTwice, { name: k });
    seen.add(k);
    if (isEmpty(value)) continue;
    const path = param.field.split(".");
    let target = input;
    for (const part of path.slice(0, -1)) {
      if (typeof target[part] !== "object" || target[part] === null) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    target[path.at(-1) as string] = read(param, value);
  }
  if (input.employer === undefined) throw new ArgumentError("parametre", SHEET_ISSUES.employer);
  return input as unknown as BpaGrantInput;
}
