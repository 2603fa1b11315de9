import { shelterDays, shelterFee } from "./fee.js";
import { shelterChildPsychology } from "./psychology.js";
import { computeShelterFee, SHELTER_TABLES } from "./bound.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The §§ 109–110 module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "shelter",
  title: "§§ 109–110 (`shelterFee`, `shelterDays`, `shelterChildPsychology`)",
  functions: { shelterFee, shelterDays, shelterChildPsychology },
  words: WORDS,
  bind: { shelterFee: { rates: computeShelterFee, level: "preset" }, shelterDays: { level: "preset" }, shelterChildPsychology: { level: "preset" } },
  tables: () => SHELTER_TABLES,
  sheet: ["OPHOLD.BETALING", "OPHOLD.DOEGN"],
});
