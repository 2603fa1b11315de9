// ARBEJDSDAGE.LÆG.TIL in a sheet (addWorkingDays takes its values as two arguments, and its step is written here).
import { addWorkingDays } from "../../calendar/index.js";
import { step } from "../../calendar/words.js";
import { sheetDate } from "../values.js";

import { sheetInput, sheetNames, type SheetFunction, type SheetParam } from "../sheet-types.js";

const WORKDAY_PARAMS: SheetParam[] = [
  { name: "dato", description: "Startdato", type: "any", path: "date", read: sheetDate },
  { name: "antal", description: "Antal arbejdsdage (0 eller flere)", type: "number", path: "n" },
];

export const ARBEJDSDAGE_LAEG_TIL: SheetFunction = {
  name: "ARBEJDSDAGE.LÆG.TIL",
  id: "ARBEJDSDAGE.LAEG.TIL",
  exportName: "ARBEJDSDAGE_LAEG_TIL",
  english: "WORKDAYS.ADD",
  description: "Datoen (ÅÅÅÅ-MM-DD) et antal danske arbejdsdage efter en dato (weekender og helligdage springes over).",
  params: WORKDAY_PARAMS,
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: sheetNames(WORKDAY_PARAMS),
  run(args) {
    // addWorkingDays takes its two values as arguments: the table names them `date` and `n`.
    const { date: d, n } = sheetInput(WORKDAY_PARAMS, args) as { date: string; n: number };
    const to = addWorkingDays(d, n);
    return { value: to, explanation: [step("calendar.working-days", { days: n, from: d, to }, "Folkekirkens helligdage; store bededag afskaffet fra 2024 ved lov nr. 159 af 28/02/2023")] };
  },
};

