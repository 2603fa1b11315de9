import { bpaGrant } from "./grant.js";
import { bpaSettlement } from "./settlement.js";
import { bpaNoticeDate } from "./notice.js";
import { BPA_TABLES, computeBpaGrant, computeBpaSettlement } from "./bound.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { BPA_ISSUES } from "./messages.js";

/** The BPA §§ 95–96 module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "bpa",
  title: "BPA §§ 95–96 (`bpaGrant`, `bpaSettlement`, `bpaNoticeDate`)",
  functions: { bpaGrant, bpaSettlement, bpaNoticeDate },
  words: WORDS,
  messages: BPA_ISSUES,
  examples: {
    bpaGrant: [{ section: "96", date: "2021-12-31", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40, evening: 5 } }],
    bpaSettlement: [{ grant: { section: "96", date: "2021-12-31", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } }, used: { day: 2000 } }],
    bpaNoticeDate: [{ decisionReceived: "2024-12-31", preset: "holbaek-2024" }],
  },
  bind: { bpaGrant: { rates: computeBpaGrant, level: "servicePreset" }, bpaSettlement: { rates: computeBpaSettlement, level: "grant" }, bpaNoticeDate: { level: "preset" } },
  tables: () => BPA_TABLES,
  sheet: ["BPA.TILSKUD", "BPA.SPECIFIKATION"],
});
