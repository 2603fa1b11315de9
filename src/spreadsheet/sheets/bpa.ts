// BPA.TILSKUD and BPA.SPECIFIKATION: §§ 95–96 from a name/value range.
import { computeBpaGrant } from "../../bpa/bound.js";
import { NO_BOUND_RATES } from "../../core/rates.js";
import { satserBound } from "../satser.js";
import { type SheetValue } from "../values.js";
import { BPA_FIELD_NAMES, bpaInputFromRange } from "../bpa-range.js";

import { SATSER, num, type SheetFunction, type SheetParam } from "../sheet-types.js";

const bpaParams: SheetParam[] = [{ name: "parametre", description: "Område med to kolonner: parameternavn og værdi (se dokumentationen)", type: "any", range: true }, SATSER];

export const BPA_TILSKUD: SheetFunction = {
  name: "BPA.TILSKUD",
  id: "BPA.TILSKUD",
  exportName: "BPA_TILSKUD",
  english: "BPA.GRANT",
  description: "§§ 95–96: det årlige BPA-tilskud i alt ud fra et område med parametre.",
  params: bpaParams,
  result: "number",
  names: BPA_FIELD_NAMES,
  run([range, satser], ctx) {
    const r = computeBpaGrant(bpaInputFromRange(range as SheetValue), satserBound(satser as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
    return { value: num(r.yearly.total), explanation: r.explanation };
  },
};

export const BPA_SPECIFIKATION: SheetFunction = {
  name: "BPA.SPECIFIKATION",
  id: "BPA.SPECIFIKATION",
  exportName: "BPA_SPECIFIKATION",
  english: "BPA.BREAKDOWN",
  description: "§§ 95–96: BPA-tilskuddet opdelt på komponenter (to kolonner: komponent, beløb).",
  params: bpaParams,
  result: "table",
  shape: { columns: 2, rows: 11 },
  names: BPA_FIELD_NAMES,
  run([range, satser], ctx) {
    const r = computeBpaGrant(bpaInputFromRange(range as SheetValue), satserBound(satser as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
    const y = r.yearly;
    const value: (string | number)[][] = [
      ["Grundløn", num(y.wages)],
      ["Tidstillæg", num(y.supplements)],
      ["Rådighedstimer", num(y.onCall)],
      ["Pension", num(y.pension)],
      ["Feriegodtgørelse", num(y.holidayPay)],
      ["Arbejdsgiverudgifter", num(y.employerCosts)],
      ["Administration", num(y.admin)],
      ["Hjælperudgifter", num(y.helperExpenses)],
      ["Modregning", num(y.offset) === 0 ? 0 : -num(y.offset)],
      ["I alt pr. år", num(y.total)],
      ["Pr. måned", num(r.monthly)],
    ];
    return { value, explanation: r.explanation };
  },
};

