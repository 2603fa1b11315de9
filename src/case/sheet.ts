// SAGSFRIST and KLAGEFRIST: the case deadlines in a spreadsheet, declared as data.
import type { SheetSpec } from "../core/module.js";

/** The processing deadline. */
export const SAGSFRIST: SheetSpec = {
  name: "SAGSFRIST",
  english: "CASEDEADLINE",
  description: "Sagsbehandlingsfristen som dato (ÅÅÅÅ-MM-DD) for en ansøgning efter en paragraf, efter kommunens serviceniveau.",
  calls: "caseDeadline",
  params: [
    { name: "paragraf", description: "Paragraf, fx 100 eller \"82b\"", type: "any", path: "paragraph", read: "paragraph" },
    { name: "modtaget", description: "Dato for modtagelse af ansøgningen", type: "any", path: "received", read: "date" },
    { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "albertslund-2018", eller hele serviceniveau-dokumentet som JSON-tekst (tom: angiv uger)', type: "string", optional: true, path: "preset", read: "level" },
    { name: "uger", description: "Fristen i uger (går forud for serviceniveauet)", type: "number", optional: true, path: "weeks" },
  ],
  result: "text",
  value: "date",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
};

/** The appeal deadline. */
export const KLAGEFRIST: SheetSpec = {
  name: "KLAGEFRIST",
  english: "APPEALDEADLINE",
  description: "Klagefristen som dato (ÅÅÅÅ-MM-DD): 4 uger fra modtagelsen af afgørelsen, flyttet til næste hverdag.",
  calls: "appealDeadline",
  params: [{ name: "modtaget", description: "Dato for modtagelse af afgørelsen", type: "any", path: "decisionReceived", read: "date" }],
  result: "text",
  value: "date",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
};
