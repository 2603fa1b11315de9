// The date rules in a sheet: SAGSFRIST, KLAGEFRIST, FOLKEPENSIONSALDER, FOLKEPENSIONSDATO, ARBEJDSDAGE.LÆG.TIL.
import { addWorkingDays } from "../../calendar/index.js";
import { appealDeadline, caseDeadline } from "../../case/index.js";
import { statePensionAge } from "../../pension/index.js";
import { step } from "../../calendar/words.js";
import { sheetServiceLevel, sheetDate, type SheetValue } from "../values.js";

import { opt, type SheetFunction } from "../sheet-types.js";

export const SAGSFRIST: SheetFunction = {
  name: "SAGSFRIST",
  id: "SAGSFRIST",
  exportName: "SAGSFRIST",
  english: "CASEDEADLINE",
  description: "Sagsbehandlingsfristen som dato (ÅÅÅÅ-MM-DD) for en ansøgning efter en paragraf, efter kommunens serviceniveau.",
  params: [
    { name: "paragraf", description: "Paragraf, fx 100 eller \"82b\"", type: "any" },
    { name: "modtaget", description: "Dato for modtagelse af ansøgningen", type: "any" },
    { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "albertslund-2018", eller hele serviceniveau-dokumentet som JSON-tekst (tom: angiv uger)', type: "string", optional: true },
    { name: "uger", description: "Fristen i uger (går forud for serviceniveauet)", type: "number", optional: true },
  ],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { paragraph: "paragraf", received: "modtaget", preset: "serviceniveau", weeks: "uger" },
  run([paragraph, received, preset, weeks]) {
    const pr = sheetServiceLevel(preset as SheetValue, "serviceniveau");
    const w = opt(weeks as SheetValue);
    const r = caseDeadline({
      paragraph: String(paragraph ?? "").trim().replace(/^§\s*/, "") as "100",
      received: sheetDate(received as SheetValue, "modtaget"),
      ...(pr === undefined ? {} : { preset: pr }),
      weeks: w as number | undefined,
    });
    return { value: r.date, explanation: r.explanation };
  },
};

export const KLAGEFRIST: SheetFunction = {
  name: "KLAGEFRIST",
  id: "KLAGEFRIST",
  exportName: "KLAGEFRIST",
  english: "APPEALDEADLINE",
  description: "Klagefristen som dato (ÅÅÅÅ-MM-DD): 4 uger fra modtagelsen af afgørelsen, flyttet til næste hverdag.",
  params: [{ name: "modtaget", description: "Dato for modtagelse af afgørelsen", type: "any" }],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { decisionReceived: "modtaget" },
  run([received]) {
    const r = appealDeadline({ decisionReceived: sheetDate(received as SheetValue, "modtaget") });
    return { value: r.date, explanation: r.explanation };
  },
};

export const FOLKEPENSIONSALDER: SheetFunction = {
  name: "FOLKEPENSIONSALDER",
  id: "FOLKEPENSIONSALDER",
  exportName: "FOLKEPENSIONSALDER",
  english: "PENSIONAGE",
  description: "Folkepensionsalderen i år (fx 67 eller 65,5) for en fødselsdato.",
  params: [{ name: "fødselsdato", description: "Fødselsdato", type: "any" }],
  result: "number",
  returns: "Alderen i år",
  names: { birthDate: "fødselsdato" },
  run([born]) {
    const r = statePensionAge({ birthDate: sheetDate(born as SheetValue, "fødselsdato") });
    return { value: r.age, explanation: r.explanation };
  },
};

export const FOLKEPENSIONSDATO: SheetFunction = {
  name: "FOLKEPENSIONSDATO",
  id: "FOLKEPENSIONSDATO",
  exportName: "FOLKEPENSIONSDATO",
  english: "PENSIONDATE",
  description: "Datoen (ÅÅÅÅ-MM-DD), hvor folkepensionsalderen nås.",
  params: [{ name: "fødselsdato", description: "Fødselsdato", type: "any" }],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { birthDate: "fødselsdato" },
  run([born]) {
    const r = statePensionAge({ birthDate: sheetDate(born as SheetValue, "fødselsdato") });
    return { value: r.date, explanation: r.explanation };
  },
};

export const ARBEJDSDAGE_LAEG_TIL: SheetFunction = {
  name: "ARBEJDSDAGE.LÆG.TIL",
  id: "ARBEJDSDAGE.LAEG.TIL",
  exportName: "ARBEJDSDAGE_LAEG_TIL",
  english: "WORKDAYS.ADD",
  description: "Datoen (ÅÅÅÅ-MM-DD) et antal danske arbejdsdage efter en dato (weekender og helligdage springes over).",
  params: [
    { name: "dato", description: "Startdato", type: "any" },
    { name: "antal", description: "Antal arbejdsdage (0 eller flere)", type: "number" },
  ],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { date: "dato", n: "antal" },
  run([day, n]) {
    const d = sheetDate(day as SheetValue, "dato");
    const to = addWorkingDays(d, n as number);
    return { value: to, explanation: [step("calendar.working-days", { days: n as number, from: d, to }, "Folkekirkens helligdage; store bededag afskaffet fra 2024 ved lov nr. 159 af 28/02/2023")] };
  },
};

