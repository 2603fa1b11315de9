// The messages of the §§ 109–110 checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The shelter checks' messages.
 *
 * @example
 * SHELTER_ISSUES.end.code //=> "exactly-one"
 */
export const SHELTER_ISSUES = /* @__PURE__ */ defineWords("shelter", {
  reduction: { code: "invalid-shape", en: "must be { fraction: 0–1 } (share of the rate waived) or { perDay: kroner } (kroner waived per døgn)", da: "skal være { fraction: 0–1 } (den andel af taksten, der frafaldes) eller { perDay: kroner } (kroner, der frafaldes pr. døgn)" },
  end: { code: "exactly-one", en: "is required, or {@other} for a stay that is still going on", da: "skal udfyldes, eller {@other} for et ophold, der stadig varer" },
  endBoth: { code: "exactly-one", en: "and {@other} cannot both be given", da: "og {@other} kan ikke angives begge" },
  beforeArrival: { code: "order", en: "must not be before {@other} ({arrival})", da: "må ikke ligge før {@other} ({arrival})" },
  uncovered: { code: "rate-missing", whole: true, en: "no § {section} rate per døgn covers {spans}. {missing}", da: "ingen takst pr. døgn efter § {section} dækker {spans}: biblioteket har ikke taksten for {year}, som offentliggøres i {where}; tilføj den som kommunens egen sats." },
  tooLong: { code: "out-of-range", en: "gives {days} døgn; at most {max} døgn (about 10 years) are computed in one call", da: "giver {days} døgn; højst {max} døgn (cirka 10 år) beregnes i ét kald" },
});
