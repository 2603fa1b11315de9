import { deepFreeze } from "../core/freeze.js";
import { cite, DOC } from "../core/sources.js";

/**
 * Ballerup Kommune, Serviceniveau for midlertidige, forebyggende tilbud efter Servicelovens
 * § 82ab (undated; it cites LBK nr. 798 af 7. august 2019), as plain data. Frozen.
 *
 * @example
 * BALLERUP.courses.group.months //=> 9
 */
export const BALLERUP = /* @__PURE__ */ deepFreeze({
  name: "ballerup",
  municipality: "Ballerup Kommune",
  year: null,
  document: DOC.ballerup,
  /** «Den tidsbegrænsede individuelle støtte har en varighed på maksimalt seks måneder»; «Social Færdighedstræning i grupper består af et ni-måneders forløb»; «Overholder du ikke de indgåede aftaler over en periode på 4 uger afsluttes forløbet.» */
  courses: { individual: { months: 6 }, group: { months: 9 }, nonAttendanceWeeks: 4, source: cite(DOC.ballerup, "Om midlertidige, forebyggende tilbud") },
} as const);
