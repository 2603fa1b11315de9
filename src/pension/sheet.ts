// FOLKEPENSIONSALDER and FOLKEPENSIONSDATO in a spreadsheet, declared as data.
import type { SheetSpec } from "../core/module.js";

const BORN = { name: "fødselsdato", description: "Fødselsdato", type: "any", path: "birthDate", read: "date" } as const;

/** The state pension age in years. */
export const FOLKEPENSIONSALDER: SheetSpec = {
  name: "FOLKEPENSIONSALDER",
  english: "PENSIONAGE",
  description: "Folkepensionsalderen i år (fx 67 eller 65,5) for en fødselsdato.",
  calls: "statePensionAge",
  params: [BORN],
  result: "number",
  value: "age",
  returns: "Alderen i år",
};

/** The day the state pension age is reached. */
export const FOLKEPENSIONSDATO: SheetSpec = {
  name: "FOLKEPENSIONSDATO",
  english: "PENSIONDATE",
  description: "Datoen (ÅÅÅÅ-MM-DD), hvor folkepensionsalderen nås.",
  calls: "statePensionAge",
  params: [BORN],
  result: "text",
  value: "date",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
};
