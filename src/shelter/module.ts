import { shelterDays, shelterFee } from "./fee.js";
import { shelterChildPsychology } from "./psychology.js";
import { computeShelterFee, SHELTER_TABLES } from "./bound.js";
import { defineModule } from "../core/module.js";
import { OPHOLD_BETALING, OPHOLD_DOEGN } from "./sheet.js";
import { WORDS } from "./words.js";
import { SHELTER_ISSUES } from "./messages.js";

/** The §§ 109–110 module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "shelter",
  title: "§§ 109–110 (`shelterFee`, `shelterDays`, `shelterChildPsychology`)",
  functions: { shelterFee, shelterDays, shelterChildPsychology },
  words: WORDS,
  messages: SHELTER_ISSUES,
  examples: {
    shelterFee: [{ section: "109", arrival: "2023-12-30T10:00", departure: "2024-01-02T09:00" }],
    shelterDays: [{ section: "110", arrival: "2024-03-30T14:00", departure: "2024-04-01T13:00", counting: "calendar-days" }],
    shelterChildPsychology: [{ hours: 6, hourlyPrice: 1200, preset: "holbaek-2024" }],
  },
  bind: { shelterFee: { rates: computeShelterFee, level: "preset" }, shelterDays: { level: "preset" }, shelterChildPsychology: { level: "preset" } },
  tables: () => SHELTER_TABLES,
  sheet: [OPHOLD_BETALING, OPHOLD_DOEGN],
});
